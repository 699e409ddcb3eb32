/*
** st_network.h: the store's interface for collaboration ties (one row per
** respondent, wave and organisation named). Conventions: see store.h
** (return STORE_*, message in store_errmsg(), caller frees what comes back).
*/
#ifndef SYN_ST_NETWORK_H
#define SYN_ST_NETWORK_H
#include "store/store.h"

/* The six ratings of a tie, 1 to 4, in this order; 0 when not answered. */
enum { TIE_TRUST_RELIABLE, TIE_TRUST_MISSION, TIE_TRUST_OPEN,
       TIE_VALUE_POWER, TIE_VALUE_INVOLVEMENT, TIE_VALUE_RESOURCES, TIE_NRATE };
/* Their column names, as import and export write them. */
extern const char *const azTieRate[TIE_NRATE];

typedef struct TieRec {
  char *zPartnership, *zWave, *zRespondent, *zOrg;
  int iCollab;                 /* 0 none .. 5 collaboration */
  int iFreq;                   /* 0 never .. 5 daily; -1 not answered */
  int aRate[TIE_NRATE];        /* 1..4; 0 not answered */
} TieRec;

/* Insert one tie (partnership, wave, member and organisation must exist). */
int st_tie_add(Store*, const TieRec*);
/* STORE_OK when this respondent already named this organisation in this wave. */
int st_tie_exists(Store*, const char *zPartnership, const char *zWave, const char *zPid, const char *zOrg);
/* Delete every tie of one partnership's wave; *pn gets how many (may be NULL). */
int st_tie_clear(Store*, const char *zPartnership, const char *zWave, int *pn);
/* Delete the ties one respondent gave in one partnership's wave; *pn how many (may be NULL). */
int st_tie_clear_respondent(Store*, const char *zPartnership, const char *zWave, const char *zPid, int *pn);
/* Ties of zPartnership (NULL: all) and wave zWave (NULL: all), ordered by
** partnership, wave (opening order), respondent, organisation. The records'
** strings are not their own: they point into the pool *pazPool (*pnPool
** strings, each stored once). Caller frees records and pool with
** st_tie_recs_free(). Cost: linear in the ties, plus n log n sorting of each
** wave's ties and of the names. */
int st_tie_all(Store*, const char *zPartnership, const char *zWave, TieRec **paRec, int *pnRec,
               char ***pazPool, int *pnPool);
void st_tie_recs_free(TieRec*, char **azPool, int nPool);

#endif

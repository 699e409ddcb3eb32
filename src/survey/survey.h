/*
** survey.h: member surveys above the store: instruments kept in a study
** (built-in ones are copied into the study on first use, so a study keeps
** scoring the same way whatever synergist later ships), answer imports and
** survey tokens.
*/
#ifndef SYN_SURVEY_H
#define SYN_SURVEY_H
#include <stdint.h>
#include "store/store.h"
#include "survey/instrument.h"
#include "util/err.h"
#include "util/errlist.h"
#include "util/sb.h"
#include "util/table.h"
#include "survey/score.h"

/* Load instrument zCode from the study; when the study lacks it and a
** built-in of that id exists, the built-in is used, and with bRegister
** also stored in the study (needs a write transaction). *pId is its row
** id (0 for an unregistered built-in). Returns STORE_OK, or a STORE_* code
** with *pzErr (caller frees) saying why. *pp is freed by the caller with
** instrument_free(). */
int survey_instrument_load(Store*, const char *zCode, int bRegister, Instrument **pp,
                           int64_t *pId, char **pzErr);

/* Read native JSON or a REDCap data dictionary (recognised by its header
** row) from zPath. zId overrides the id (default: the file's base name for
** REDCap, the file's "id" for JSON). Problems go to pErr; a note about each
** REDCap field skipped to pNotes (may be NULL), one line each
** ("FILE:LINE: field \"X\" skipped: WHY"). Returns 0 with *pp set, or 1. */
int survey_instrument_read(const char *zPath, const char *zId, Instrument **pp, ErrList *pErr, Sb *pNotes);

typedef struct ImportStats { int nRow; long nAnswer; int nLinked; } ImportStats;

/* Import answers from CSV zPath for instrument zInstrument: columns
** respondent, partnership, wave (or REDCap's record_id,
** redcap_data_access_group, redcap_event_name) and one per item id
** (case-insensitive). Every problem goes to pErr with LINE:COLUMN; the
** caller rolls back when there is any. Returns STORE_OK (check pErr) or a
** STORE_* code for a database failure (*pzErr, caller frees). */
int survey_import_responses(Store*, const char *zPath, const char *zInstrument,
                            ErrList *pErr, ImportStats *pStats, char **pzErr);

/* Write a fresh random token into z (at least 64 bytes): 256 random bits
** from libsodium in URL-safe base64, 43 characters, the first a letter or a
** digit (never '-', which a spreadsheet takes for a formula, nor '_'). libsodium must have started (survey_tokens_issue()
** starts it). */
void survey_token_new(char *z);

/* `token issue`: one token for every current member of zPartnership who
** has none for wave zWave; *pnNew gets how many were issued. Returns 0 or
** the class set in *pErr (unknown partnership or wave: ERR_FAIL). */
int survey_tokens_issue(Store*, const char *zPartnership, const char *zWave, int *pnNew, Err*);

/* ---- the commands' use cases ----
** Each returns 0 or the class of its failure with the message (an input
** file's problems: all of them, ERR_DATA) in *pErr; never prints or exits.
** A Table returned is the caller's (table_free()). */

/* Instrument zCode of the study or a built-in (ERR_FAIL when neither);
** the caller frees *pp with instrument_free(). */
int survey_instrument_get(Store*, const char *zCode, Instrument **pp, Err*);
/* `instrument import`: JSON or a REDCap dictionary (zId: its id instead of
** the file's); bReplace replaces an instrument of that id not yet
** answered. *ppInst the instrument stored (caller frees). The REDCap
** fields skipped go to pNotes (may be NULL) as survey_instrument_read()
** writes them, whether the import succeeds or not. */
int survey_instrument_import(Store*, const char *zPath, const char *zId, int bReplace,
                             Instrument **ppInst, Sb *pNotes, Err*);
/* instrument,title,source,items,responses: the study's and the built-ins
** it has not used yet. */
int survey_instrument_list(Store*, Table **ppOut, Err*);
/* `instrument show`: items (item,label,min,max,na,reverse,scales) or with
** bScales the scales (scale,label,scoring,items,bands); zLang en (NULL)
** or fr. */
int survey_instrument_show(Store*, const char *zCode, const char *zLang, int bScales, Table **ppOut, Err*);
/* `instrument export`: JSON or with bRedcap a REDCap data dictionary in
** *pzText (caller frees) of *pnText bytes. */
int survey_instrument_export(Store*, const char *zCode, int bRedcap, const char *zLang,
                             char **pzText, size_t *pnText, Err*);
int survey_instrument_remove(Store*, const char *zCode, Err*);

typedef struct WaveOpts {
  const char *zPartnership, *zWave;   /* required */
  const char *zOpens, *zCloses;       /* dates, NULL: not given */
  const char *zInstrument;            /* the web survey's instrument (NULL: none) */
  int bAllowChanges;                  /* respondents may change answers sent */
} WaveOpts;
int survey_wave_add(Store*, const WaveOpts*, Err*);
/* partnership,wave,opens,closes,tokens,responses (zPartnership NULL: all) */
int survey_wave_list(Store*, const char *zPartnership, Table **ppOut, Err*);
int survey_wave_remove(Store*, const char *zPartnership, const char *zWave, Err*);
/* 0 when partnership zPartnership has wave zWave, else ERR_FAIL naming
** it (the workspace's token page answers 404 by it). */
int survey_wave_check(Store*, const char *zPartnership, const char *zWave, Err*);
/* `wave import` of CSV columns partnership, wave, opens, closes: *pnWave
** waves added, or every problem (ERR_DATA). */
int survey_wave_import(Store*, const char *zPath, int *pnWave, Err*);

/* `response import` (zInstrument required, ERR_USAGE without). */
int survey_response_import(Store*, const char *zPath, const char *zInstrument, ImportStats*, Err*);
/* partnership,wave,instrument,respondents,linked,partial,tokens,rate */
int survey_response_list(Store*, Table **ppOut, Err*);
/* `response remove`: the answer sets of zInstrument (required) in a wave;
** *pnRemoved how many. */
int survey_response_remove(Store*, const char *zInstrument, const char *zPartnership,
                           const char *zWave, int *pnRemoved, Err*);

typedef struct TokenExportOpts {
  const char *zPartnership, *zWave;   /* required */
  const char *zStatus;                /* not-started, partial, complete, revoked, incomplete; NULL: all */
  const char *zBaseUrl;               /* NULL: the study setting base_url, if any */
  int bNames;                         /* with the members' names */
  int bNoLink;                        /* no link column, even with base_url set (the workspace) */
} TokenExportOpts;
/* token,member,partnership,wave,status,last_sent[,link][,name] */
int survey_token_export(Store*, const TokenExportOpts*, Table **ppOut, Err*);
int survey_token_revoke(Store*, const char *zPartnership, const char *zWave, const char *zMember, Err*);

/* `score`: which table. */
typedef enum ScoreView {
  SCORE_VIEW_SCALES,     /* per group and scale */
  SCORE_VIEW_ITEMS,      /* item-rest correlations, alpha if deleted */
  SCORE_VIEW_BETWEEN,    /* ICC(1), ICC(2) between partnerships */
  SCORE_VIEW_CHANGE,     /* change between a partnership's waves */
  SCORE_VIEW_MEMBERS,    /* members' reliable changes */
  SCORE_VIEW_BALANCE     /* benefits minus drawbacks */
} ScoreView;
/* The scores of instrument zInstrument (required, ERR_USAGE without) as
** table eView; *ptLoad and *ptCompute the seconds spent reading the study
** and computing. */
int survey_score_run(Store*, const char *zInstrument, const ScoreOpts*, ScoreView eView,
                     Table **ppOut, double *ptLoad, double *ptCompute, Err*);

#endif

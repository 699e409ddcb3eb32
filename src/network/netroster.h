/*
** netroster.h: the roster a collaboration network is drawn on, read once
** from the store: members (by partnership and id), waves, organisations
** with their sectors. A network's nodes are the organisations (or members)
** of a partnership present at its wave's opening (today when the wave has
** no opening date). The NetRoster owns its records; netroster_free().
*/
#ifndef SYN_NETROSTER_H
#define SYN_NETROSTER_H
#include "store/st_roster.h"
#include "store/st_survey.h"

typedef struct NetRoster {
  MemberRec *aMem; int nMem;        /* ordered by partnership, pid */
  WaveRec *aWave; int nWave;        /* ordered by opening date */
  char **azOrg, **azSector; int nOrg;  /* organisations in name order; sector may be NULL */
} NetRoster;

/* Read the members, waves and organisations of partnership zOnly (its
** members' organisations, past members' too, and those its ties name), or
** with NULL of the whole study. STORE_*. */
int netroster_load(Store*, NetRoster*, const char *zOnly);
void netroster_free(NetRoster*);
/* The member zPid of zP, or NULL (borrowed). */
const MemberRec *netroster_member(const NetRoster*, const char *zP, const char *zPid);
/* Members of zP are aMem[*piFirst .. *piFirst+return). */
int netroster_members_of(const NetRoster*, const char *zP, int *piFirst);
/* The wave zW of zP, or NULL (borrowed). */
const WaveRec *netroster_wave(const NetRoster*, const char *zP, const char *zW);
/* Day number of a wave's opening; today when undated. */
int netroster_wave_day(const WaveRec*);
/* Sector of organisation zOrg, or NULL. */
const char *netroster_sector(const NetRoster*, const char *zOrg);
/* Organisations of zP with a member present on day x, in name order
** (borrowed strings; the caller frees the array). */
int netroster_orgs_at(const NetRoster*, const char *zP, int x, const char ***pazOrg);

#endif

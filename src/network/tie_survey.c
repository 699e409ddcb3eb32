/*
** tie_survey.c: the web tie survey of one member (see tie_survey.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "network/netroster.h"
#include "network/tie_survey.h"
#include "util/xalloc.h"

/* The member's stored ties of the wave (records and pool: st_tie_recs_free). */
static int own_ties(Store *p, const TieScope *o, TieRec **pa, int *pn, char ***pazPool, int *pnPool){
  TieRec *a; int n;
  int rc = st_tie_all(p, o->zPartnership, o->zWave, &a, &n, pazPool, pnPool);
  if( rc ) return rc;
  int m = 0;
  for(int i=0; i<n; i++) if( strcmp(a[i].zRespondent, o->zRespondent)==0 ) a[m++] = a[i];
  *pa = a; *pn = m;
  return STORE_OK;
}

static const TieRec *tie_of(const TieRec *a, int n, const char *zOrg){
  for(int i=0; i<n; i++) if( strcmp(a[i].zOrg, zOrg)==0 ) return &a[i];
  return NULL;
}

int tie_survey_open(Store *p, const TieScope *o, TieSurvey *s){
  memset(s, 0, sizeof(*s));
  NetRoster r;
  if( netroster_load(p, &r, o->zPartnership) ) return STORE_ERROR;
  const WaveRec *w = netroster_wave(&r, o->zPartnership, o->zWave);
  const MemberRec *m = netroster_member(&r, o->zPartnership, o->zRespondent);
  if( !w || !m ){ netroster_free(&r); return STORE_NOTFOUND; }
  if( m->zOrg ){
    s->zOwnOrg = xstrdup(m->zOrg);
    const char **az;
    int n = netroster_orgs_at(&r, o->zPartnership, netroster_wave_day(w), &az);
    s->azOrg = xcalloc((size_t)n+1, sizeof(char*));
    s->azSector = xcalloc((size_t)n+1, sizeof(char*));
    s->aTie = xcalloc((size_t)n+1, sizeof(TieRec));
    for(int i=0; i<n; i++){
      if( strcmp(az[i], m->zOrg)==0 ) continue;
      const char *zSec = netroster_sector(&r, az[i]);
      s->azSector[s->nOrg] = zSec ? xstrdup(zSec) : NULL;
      s->azOrg[s->nOrg++] = xstrdup(az[i]);
    }
    free(az);
  }
  netroster_free(&r);
  TieRec *a; int n, nPool; char **azPool;
  if( own_ties(p, o, &a, &n, &azPool, &nPool) ){ tie_survey_free(s); return STORE_ERROR; }
  for(int i=0; i<s->nOrg; i++){
    const TieRec *t = tie_of(a, n, s->azOrg[i]);
    if( t ) s->aTie[i] = *t; else{ s->aTie[i].iCollab = -1; s->aTie[i].iFreq = -1; }
    s->aTie[i].zPartnership = s->aTie[i].zWave = s->aTie[i].zRespondent = NULL;
    s->aTie[i].zOrg = s->azOrg[i];
  }
  st_tie_recs_free(a, azPool, nPool);
  return STORE_OK;
}

void tie_survey_free(TieSurvey *s){
  for(int i=0; i<s->nOrg; i++){ free(s->azOrg[i]); free(s->azSector[i]); }
  free(s->azOrg); free(s->azSector); free(s->aTie); free(s->zOwnOrg);
  memset(s, 0, sizeof(*s));
}

/* The text of stored value v (NULL when not answered: below lo). */
static const char *num_or_null(char *zBuf, int v, int lo){
  if( v<lo ) return NULL;
  snprintf(zBuf, 12, "%d", v);
  return zBuf;
}

/* Is z a posted level of 1 or more? (Anything else is checked by the import.) */
static int level_positive(const char *z){
  return z && z[0]>='1' && z[0]<='5' && z[1]==0;
}

int tie_survey_save(Store *p, const TieScope *o, const TieAnswer *a, int n, int eStep, int bCheck, ErrList *pErr){
  TieRec *aOld; int nOld, nPool; char **azPool;
  if( own_ties(p, o, &aOld, &nOld, &azPool, &nPool) ){
    errlist_add(pErr, "form", 0, 0, "%s", store_errmsg(p));
    return 0;
  }
  CsvDoc d;
  doc_init(&d, TIE_NCOL, azTieCol);
  int nTie = 0;
  char aBuf[TIE_NCOL][12];
  const char *az[TIE_NCOL];
  for(int i=0; i<n; i++){
    const TieRec *t = a[i].zOrg ? tie_of(aOld, nOld, a[i].zOrg) : NULL;
    memset(az, 0, sizeof(az));
    az[0] = o->zPartnership; az[1] = o->zWave; az[2] = o->zRespondent; az[3] = a[i].zOrg;
    if( eStep==TIE_STEP_LEVELS ){
      int bAnswered = (a[i].zCollab && a[i].zCollab[0]) || (a[i].zFreq && a[i].zFreq[0]);
      if( !bAnswered ) continue;
      az[4] = a[i].zCollab; az[5] = a[i].zFreq;
      for(int k=0; t && level_positive(a[i].zCollab) && k<TIE_NRATE; k++) az[6+k] = num_or_null(aBuf[6+k], t->aRate[k], 1);
    }else{
      if( t ){ az[4] = num_or_null(aBuf[4], t->iCollab, 0); az[5] = num_or_null(aBuf[5], t->iFreq, 0); }
      for(int k=0; k<TIE_NRATE; k++) az[6+k] = a[i].azRate[k];
    }
    if( level_positive(az[4]) ) nTie++;
    doc_add_row(&d, i+1, az);
  }
  if( eStep==TIE_STEP_RATINGS ){
    /* The member's other ties stay as they are. */
    for(int k=0; k<nOld; k++){
      int bPosted = 0;
      for(int i=0; i<n && !bPosted; i++) bPosted = a[i].zOrg && strcmp(a[i].zOrg, aOld[k].zOrg)==0;
      if( bPosted ) continue;
      const TieRec *t = &aOld[k];
      az[0] = o->zPartnership; az[1] = o->zWave; az[2] = o->zRespondent; az[3] = t->zOrg;
      az[4] = num_or_null(aBuf[4], t->iCollab, 0); az[5] = num_or_null(aBuf[5], t->iFreq, 0);
      for(int r=0; r<TIE_NRATE; r++) az[6+r] = num_or_null(aBuf[6+r], t->aRate[r], 1);
      if( t->iCollab>=1 ) nTie++;
      doc_add_row(&d, n+1+k, az);
    }
  }
  network_import_doc(p, &d, "form", 0, o, bCheck, pErr, NULL);
  doc_free(&d);
  st_tie_recs_free(aOld, azPool, nPool);
  return nTie;
}

/* diagnose.c: loading a study for the rules and running them (see diagnose.h). */
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "qual/excerpt.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/date.h"
#include "util/xalloc.h"

#define QUOTES_PER_FINDING 2
#define EXCERPT_CHARS 220

static void free_strs(char **az, int n){
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
}

/* Split zList at ';' into trimmed non-empty strings. */
static int split_list(const char *zList, char ***paz){
  int n = 0;
  char **az = xcalloc(strlen(zList)+2, sizeof(char*));
  const char *z = zList;
  while( *z ){
    size_t k = strcspn(z, ";");
    size_t a = 0, b = k;
    while( a<b && z[a]==' ' ) a++;
    while( b>a && z[b-1]==' ' ) b--;
    if( b>a ) az[n++] = xstrndup(z+a, b-a);
    z += k;
    if( *z ) z++;
  }
  *paz = az;
  return n;
}

void diag_study_free(DiagStudy *d){
  if( !d ) return;
  free_strs(d->azPart, d->nPart);
  free_strs(d->azMemSector, d->nMem);
  member_recs_free(d->aMem, d->nMem);
  meeting_recs_free(d->aMeet, d->nMeet);
  attend_recs_free(d->aAtt, d->nAtt);
  event_recs_free(d->aEv, d->nEv);
  wave_recs_free(d->aWave, d->nWave);
  free_strs(d->azExpected, d->nExpected);
  score_free(d->pScore);
  free(d->aChg);
  lever_defs_free(d->pDefs);
  lever_fit_free(d->pFit);
  if( d->pNet ){ netstudy_free(d->pNet); free(d->pNet); }
  free(d);
}

DiagStudy *diag_study_load(Store *pStore, const DiagnoseOptions *o, char **pzErr, int *piErr){
  *pzErr = NULL; *piErr = 0;
  DiagStudy *d = xcalloc(1, sizeof(DiagStudy));
  if( diag_params_load(pStore, o->nSet, o->azSet, &d->params, pzErr) ){
    *piErr = 1;
    diag_study_free(d);
    return NULL;
  }
  if( o->zPartnership && st_partnership_exists(pStore, o->zPartnership) ){
    *pzErr = xstrdup(store_errmsg(pStore));
    *piErr = 2;
    diag_study_free(d);
    return NULL;
  }
  if( st_partnership_codes(pStore, &d->azPart, &d->nPart)
      || st_member_all(pStore, NULL, &d->aMem, &d->nMem)
      || st_meeting_all(pStore, &d->aMeet, &d->nMeet)
      || st_attendance_all(pStore, &d->aAtt, &d->nAtt)
      || st_event_all(pStore, NULL, &d->aEv, &d->nEv)
      || st_wave_all(pStore, &d->aWave, &d->nWave) ){
    *pzErr = xstrdup(store_errmsg(pStore));
    *piErr = 3;
    diag_study_free(d);
    return NULL;
  }
  /* the sector of each member's organisation */
  Table *tOrg = table_newc(NULL, "organisation,sector,members,partnerships");
  if( st_org_list(pStore, tOrg) ){
    table_free(tOrg);
    *pzErr = xstrdup(store_errmsg(pStore));
    *piErr = 3;
    diag_study_free(d);
    return NULL;
  }
  d->azMemSector = xcalloc((size_t)d->nMem+1, sizeof(char*));
  for(int i=0; i<d->nMem; i++){
    for(int r=0; r<tOrg->nRow && d->aMem[i].zOrg; r++){
      const Cell *c = table_cell(tOrg, r, 0), *s = table_cell(tOrg, r, 1);
      if( c->t==CELL_TEXT && s->t==CELL_TEXT && strcmp(c->z, d->aMem[i].zOrg)==0 ) d->azMemSector[i] = xstrdup(s->z);
    }
  }
  table_free(tOrg);
  char *zExp = NULL;
  store_setting_get(pStore, "diagnose.expected_groups", &zExp);
  d->nExpected = split_list(zExp ? zExp : "patient partner", &d->azExpected);
  free(zExp);
  d->pDefs = lever_defs_builtin(pzErr);
  if( !d->pDefs ){ *piErr = 3; diag_study_free(d); return NULL; }

  DiagRoster *r = &d->roster;
  r->aMem = d->aMem; r->nMem = d->nMem;
  r->aMeet = d->aMeet; r->nMeet = d->nMeet;
  r->aAtt = d->aAtt; r->nAtt = d->nAtt;
  r->aEv = d->aEv; r->nEv = d->nEv;
  r->iAsOf = o->iAsOf ? o->iAsOf : date_today();
  r->azExpected = (const char *const*)d->azExpected; r->nExpected = d->nExpected;

  /* Survey scores, when the study has answers to the instrument. */
  ScoreOpts so;
  if( score_opts_init(pStore, &so)==STORE_OK ){
    char *zErr = NULL;
    int rc = score_compute(pStore, o->zInstrument ? o->zInstrument : "psf", &so, &d->pScore, &zErr);
    if( rc && o->zInstrument ){
      *pzErr = zErr ? zErr : xstrdup(store_errmsg(pStore));
      *piErr = rc==STORE_NOTFOUND ? 2 : 3;
      diag_study_free(d);
      return NULL;
    }
    free(zErr);
    if( rc ) d->pScore = NULL;
  }
  if( d->pScore && d->pScore->nResp==0 ){ score_free(d->pScore); d->pScore = NULL; }
  if( d->pScore ){
    score_changes(d->pScore, &d->aChg, &d->nChg);
    d->pFit = lever_fit(d->pScore, d->pDefs, "synergy");
  }
  DiagSurvey *sv = &d->survey;
  sv->s = d->pScore;
  sv->aWave = d->aWave; sv->nWave = d->nWave;
  sv->aChg = d->aChg; sv->nChg = d->nChg;
  sv->pDefs = d->pDefs;
  d->pNet = xcalloc(1, sizeof(NetStudy));
  if( netstudy_load(pStore, d->pNet, o->zPartnership) ){
    *pzErr = xstrdup(store_errmsg(pStore)); *piErr = 3;
    diag_study_free(d);
    return NULL;
  }
  return d;
}

int diag_score_part(const DiagStudy *d, const char *zP){
  if( !d->pScore ) return -1;
  for(int i=0; i<d->pScore->nPart; i++) if( strcmp(d->pScore->azPart[i], zP)==0 ) return i;
  return -1;
}

/* Coded segments on the determinant's codes, and timeline events of the
** kind it names up to the finding's wave, as evidence of finding f. */
static void add_qual_evidence(DiagStudy *d, Store *pStore, Redactor *pRed, Finding *f){
  const char *zScale = NULL;
  for(int i=0; i<f->nEv && !zScale; i++) if( strcmp(f->aEv[i].zType, "scale")==0 ) zScale = f->aEv[i].zRef;
  int k = zScale ? lever_def_index(d->pDefs, zScale) : -1;
  if( k<0 ) return;
  const LeverDef *def = &d->pDefs->a[k];
  if( def->zTimeline ){
    int xEnd = f->zDate ? diag_day(f->zDate, d->roster.iAsOf) : d->roster.iAsOf;
    diag_events_in(&d->roster, f->zPartnership, -2147483647, xEnd, def->zTimeline, f);
  }
  int nQuote = 0;
  for(int c=0; c<def->nCode && nQuote<QUOTES_PER_FINDING && pStore; c++){
    SegFilter sf = { NULL, def->azCode[c], NULL, f->zPartnership, 1 };
    QualSegment *aSeg = NULL; int nSeg = 0;
    if( st_segment_list(pStore, &sf, &aSeg, &nSeg) ) continue;
    for(int i=0; i<nSeg && nQuote<QUOTES_PER_FINDING; i++){
      QualSource src = {0};
      if( st_source_get(pStore, aSeg[i].zSource, 1, &src)==STORE_OK && src.zText ){
        char *zEx = qual_excerpt(src.zText, aSeg[i].iStart, aSeg[i].iEnd, EXCERPT_CHARS, pRed);
        char *zAt = qual_attribution(&src);
        int bDup = 0;   /* the same span coded twice (second coder, two codes) is quoted once */
        for(int k=0; k<f->nEv && !bDup; k++) bDup = f->aEv[k].zText && strcmp(f->aEv[k].zText, zEx)==0;
        if( !bDup ){ fnd_evidence(f, "segment", aSeg[i].id, zAt, zEx); nQuote++; }
        free(zEx); free(zAt);
      }
      qual_source_clear(&src);
    }
    qual_segments_free(aSeg, nSeg);
  }
}

Findings *diag_study_findings(DiagStudy *d, Store *pStore, const char *zP, int bNames){
  Findings *pOut = findings_new();
  const DiagParams *p = &d->params;
  for(int i=0; i<d->nPart; i++){
    const char *z = d->azPart[i];
    if( zP && strcmp(zP, z) ) continue;
    rule_meeting_gap(&d->roster, z, p, pOut);
    rule_turnover(&d->roster, z, p, pOut);
    rule_attendance(&d->roster, z, p, pOut);
    rule_missing_group(&d->roster, z, p, pOut);
    if( d->pNet ) rule_network(d->pNet, z, p, pOut);
    int iPart = diag_score_part(d, z);
    if( iPart<0 ) continue;
    rule_low_response(&d->survey, &d->roster, iPart, p, pOut);
    rule_synergy_trend(&d->survey, &d->roster, iPart, p, pOut);
    rule_low_determinant(&d->survey, iPart, p, pOut);
    rule_balance(&d->survey, iPart, p, pOut);
    rule_levers(&d->survey, d->pFit, iPart, p, pOut);
  }
  Redactor *pRed = pStore && !bNames ? redactor_for_study(pStore) : NULL;
  for(int i=0; i<pOut->n; i++){
    Finding *f = &pOut->a[i];
    if( strcmp(f->zKind, "low_determinant")==0 || strcmp(f->zKind, "levers")==0 ){
      add_qual_evidence(d, pStore, pRed, f);
    }
  }
  redactor_free(pRed);
  findings_sort(pOut);
  return pOut;
}

Findings *diagnose_run(Store *pStore, const DiagnoseOptions *o, char **pzErr){
  int iErr;
  DiagStudy *d = diag_study_load(pStore, o, pzErr, &iErr);
  if( !d ) return NULL;
  Findings *f = diag_study_findings(d, pStore, o->zPartnership, o->bNames);
  diag_study_free(d);
  return f;
}

/* diagnose.c: loading a study for the rules and running them (see diagnose.h). */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "roster/dynamics.h"
#include "qual/excerpt.h"
#include "qual/redact.h"
#include "store/st_diagnose.h"
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
  if( d->pStore ) store_read_release(d->pStore, d->bReadHeld);
  free_strs(d->azPart, d->nPart);
  free_strs(d->azMemSector, d->nMem);
  st_member_recs_free(d->aMem, d->nMem);
  st_meeting_recs_free(d->aMeet, d->nMeet);
  free(d->aAtt);     /* its texts are the members' */
  st_event_recs_free(d->aEv, d->nEv);
  free(d->aMemAt); free(d->aMeetAt); free(d->aAttAt); free(d->aEvAt); free(d->aScoreOf);
  st_wave_recs_free(d->aWave, d->nWave);
  free_strs(d->azExpected, d->nExpected);
  score_free(d->pScore);
  free(d->aChg);
  lever_defs_free(d->pDefs);
  free(d->aCodeAt); free(d->abCodeIn);
  lever_fit_free(d->pFit);
  diag_survey_index_free(&d->survey);
  if( d->pNet ){ netstudy_free(d->pNet); free(d->pNet); }
  free(d);
}

static int cmp_str(const void *a, const void *b){
  return strcmp(*(const char *const*)a, *(const char *const*)b);
}

int diag_part_index(const DiagStudy *d, const char *zP){
  const char *const *p = bsearch(&zP, d->azPart, (size_t)d->nPart, sizeof(char*), cmp_str);
  return p ? (int)(p - (const char *const*)d->azPart) : -1;
}

/* The index in azPart of the partnership of record i of a (code at byte
** offset iOff), nPart when unknown; records of one partnership come in
** runs, so the last one found (*pzLast, *pkLast) is tried first. */
static int part_of(const DiagStudy *d, const char *pA, int i, size_t nSize, size_t iOff,
                   const char **pzLast, int *pkLast){
  const char *z = *(const char**)(pA + (size_t)i*nSize + iOff);
  int k = *pzLast && (z==*pzLast || strcmp(z, *pzLast)==0) ? *pkLast : diag_part_index(d, z);
  *pzLast = z; *pkLast = k;
  return k<0 ? d->nPart : k;
}

/* Regroup the n records of a (each nSize bytes, partnership code at byte
** offset iOff) by partnership in azPart order, keeping their order within
** one; records of unknown partnerships go last. Returns the nPart+1
** offsets (caller frees). */
static int *group_by_part(const DiagStudy *d, void *a, int n, size_t nSize, size_t iOff){
  int *aAt = xcalloc((size_t)d->nPart+2, sizeof(int));
  char *pA = a;
  const char *zLast = NULL; int kLast = -1;
  /* The store usually hands records over grouped already (by partnership,
  ** or by meeting of one partnership after another): then nothing moves,
  ** and neither a copy of millions of records nor a partnership index per
  ** record is made; else the second pass finds each record's again. */
  int bGrouped = 1, kPrev = 0;
  for(int i=0; i<n; i++){
    int k = part_of(d, pA, i, nSize, iOff, &zLast, &kLast);
    aAt[k+1]++;
    if( k<kPrev ) bGrouped = 0;
    kPrev = k;
  }
  for(int k=0; k<d->nPart; k++) aAt[k+1] += aAt[k];
  if( bGrouped ) return aAt;
  char *pTmp = xmalloc(nSize*(size_t)n + 1);
  int *aFill = xcalloc((size_t)d->nPart+2, sizeof(int));
  zLast = NULL; kLast = -1;
  for(int i=0; i<n; i++){
    int k = part_of(d, pA, i, nSize, iOff, &zLast, &kLast);
    int at = aAt[k] + aFill[k]++;
    memcpy(pTmp + (size_t)at*nSize, pA + (size_t)i*nSize, nSize);
  }
  if( n ) memcpy(a, pTmp, nSize*(size_t)n);
  free(pTmp); free(aFill);
  return aAt;
}

/* Loading d->aAtt: members by row id. The ids of the members read are
** dense (row ids of one table), so a direct table from id to member
** replaces a search of the roster per record; ids spread too thinly for
** one fall back to a sorted index. */
typedef struct AttFill {
  DiagStudy *d;
  int64_t idMin; int nSlot; int *aSlot;   /* aSlot[id-idMin]: member index or -1 */
  int *aById;                             /* else: member indexes sorted by id */
  int nAlloc;
} AttFill;

static const MemberRec *pSortMem;   /* for cmp_mem_id */
static int cmp_mem_id(const void *a, const void *b){
  int64_t x = pSortMem[*(const int*)a].id, y = pSortMem[*(const int*)b].id;
  return (x>y) - (x<y);
}

static int att_member(const AttFill *f, int64_t idM){
  const DiagStudy *d = f->d;
  if( f->aSlot ){
    int64_t k = idM - f->idMin;
    return k>=0 && k<f->nSlot ? f->aSlot[k] : -1;
  }
  int lo = 0, hi = d->nMem;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    if( d->aMem[f->aById[mid]].id<idM ) lo = mid+1; else hi = mid;
  }
  return lo<d->nMem && d->aMem[f->aById[lo]].id==idM ? f->aById[lo] : -1;
}

static int att_pair(void *pArg, int64_t iMeeting, int64_t idM){
  AttFill *f = pArg;
  DiagStudy *d = f->d;
  int i = att_member(f, idM);
  if( i<0 ) return 0;     /* a member outside the roster read */
  if( d->nAtt+1>=f->nAlloc ){
    f->nAlloc = 2*f->nAlloc + 1024;
    d->aAtt = xrealloc_big(d->aAtt, sizeof(AttendRec)*(size_t)f->nAlloc);
  }
  AttendRec *r = &d->aAtt[d->nAtt++];
  r->iMeeting = iMeeting;
  r->zPartnership = d->aMem[i].zPartnership;
  r->zPid = d->aMem[i].zPid;
  return 0;
}

/* d->aAtt from the store's (meeting, member) pairs, taken as they are
** read, and the members already in d->aMem: each record's texts are its
** member's (borrowed). */
static int attendance_of_members(Store *pStore, const char *zP, DiagStudy *d){
  AttFill f;
  memset(&f, 0, sizeof(f));
  f.d = d;
  int64_t idMin = 0, idMax = -1;
  for(int i=0; i<d->nMem; i++){
    if( i==0 || d->aMem[i].id<idMin ) idMin = d->aMem[i].id;
    if( i==0 || d->aMem[i].id>idMax ) idMax = d->aMem[i].id;
  }
  if( d->nMem>0 && idMax-idMin < 4*(int64_t)d->nMem + 1024 ){
    f.idMin = idMin;
    f.nSlot = (int)(idMax - idMin + 1);
    f.aSlot = xmalloc(sizeof(int)*(size_t)f.nSlot);
    for(int k=0; k<f.nSlot; k++) f.aSlot[k] = -1;
    for(int i=d->nMem-1; i>=0; i--) f.aSlot[d->aMem[i].id - idMin] = i;
  }else{
    f.aById = xmalloc(sizeof(int)*(size_t)(d->nMem+1));
    for(int i=0; i<d->nMem; i++) f.aById[i] = i;
    pSortMem = d->aMem;
    if( d->nMem>1 ) qsort(f.aById, (size_t)d->nMem, sizeof(int), cmp_mem_id);
    pSortMem = NULL;
  }
  /* The array sized once from a count: grown record by record, the
  ** programme's millions were copied at every doubling, each copy into
  ** fresh pages the kernel had to zero. */
  d->nAtt = 0;
  int nCount = 0;
  if( st_attendance_count(pStore, zP, &nCount) ){ free(f.aSlot); free(f.aById); return STORE_ERROR; }
  f.nAlloc = nCount + 1;
  d->aAtt = xmalloc_big(sizeof(AttendRec)*(size_t)f.nAlloc);
  int rc = st_attendance_each(pStore, zP, att_pair, &f);
  free(f.aSlot); free(f.aById);
  if( rc ) return STORE_ERROR;
  /* the records end with a zeroed one, as xcalloc(n+1) gave before */
  d->aAtt = xrealloc(d->aAtt, sizeof(AttendRec)*((size_t)d->nAtt+1));
  memset(&d->aAtt[d->nAtt], 0, sizeof(AttendRec));
  return STORE_OK;
}

/* One partnership's attendance in attend_sort()'s order (meeting, pid).
** The store hands it over by meeting already (st_attendance_each()), so
** only each meeting's few records are put in order; any other order is
** sorted whole. */
static void attend_order(AttendRec *a, int n){
  for(int k=1; k<n; k++) if( a[k].iMeeting<a[k-1].iMeeting ){ attend_sort(a, n); return; }
  for(int k=1; k<n; k++){
    AttendRec t = a[k];
    int u = k;
    while( u>0 && a[u-1].iMeeting==t.iMeeting && strcmp(a[u-1].zPid, t.zPid)>0 ){ a[u] = a[u-1]; u--; }
    a[u] = t;
  }
}

/* Organisations' sectors sorted by name, for finding each member's. */
typedef struct OrgSector { const char *zName, *zSector; } OrgSector;
static int cmp_org(const void *a, const void *b){
  return strcmp(((const OrgSector*)a)->zName, ((const OrgSector*)b)->zName);
}

/* Sector of each member's organisation (NULL when unknown) into d->azMemSector. */
static int member_sectors(Store *pStore, DiagStudy *d){
  Table *tOrg = table_newc(NULL, "organisation,sector");
  if( st_org_sectors(pStore, tOrg) ){ table_free(tOrg); return 1; }
  OrgSector *a = xcalloc((size_t)tOrg->nRow+1, sizeof(OrgSector));
  int n = 0;
  for(int r=0; r<tOrg->nRow; r++){
    const Cell *c = table_cell(tOrg, r, 0), *s = table_cell(tOrg, r, 1);
    if( c->t==CELL_TEXT && s->t==CELL_TEXT ){ a[n].zName = c->z; a[n].zSector = s->z; n++; }
  }
  if( n>1 ) qsort(a, (size_t)n, sizeof(OrgSector), cmp_org);
  d->azMemSector = xcalloc((size_t)d->nMem+1, sizeof(char*));
  for(int i=0; i<d->nMem; i++){
    if( !d->aMem[i].zOrg ) continue;
    OrgSector key = { d->aMem[i].zOrg, NULL };
    const OrgSector *f = bsearch(&key, a, (size_t)n, sizeof(OrgSector), cmp_org);
    if( f ) d->azMemSector[i] = xstrdup(f->zSector);
  }
  free(a);
  table_free(tOrg);
  return 0;
}

DiagStudy *diag_study_load(Store *pStore, const DiagnoseOptions *o, Err *pErr){
  char *zErr = NULL;
  DiagStudy *d = xcalloc(1, sizeof(DiagStudy));
  if( diag_params_load(pStore, o->nSet, o->azSet, &d->params, &zErr) ){
    err_set(pErr, ERR_USAGE, "%s", zErr);
    free(zErr);
    diag_study_free(d);
    return NULL;
  }
  if( o->zPartnership && st_partnership_exists(pStore, o->zPartnership) ){
    err_set(pErr, ERR_FAIL, "%s", store_errmsg(pStore));
    diag_study_free(d);
    return NULL;
  }
  /* One read transaction until diag_study_free(): one snapshot, and the
  ** file checked once rather than per query. */
  d->pStore = pStore;
  d->bReadHeld = store_read_hold(pStore);
  /* The roster of the partnership asked for only (the survey's
  ** programme-wide comparisons below still read every partnership's scores). */
  const char *zP = o->zPartnership;
  if( st_partnership_codes(pStore, &d->azPart, &d->nPart)
      || st_member_all(pStore, zP, &d->aMem, &d->nMem)
      || st_meeting_all(pStore, zP, &d->aMeet, &d->nMeet)
      || attendance_of_members(pStore, zP, d)
      || st_event_all(pStore, zP, &d->aEv, &d->nEv)
      || st_wave_all(pStore, &d->aWave, &d->nWave) ){
    err_set(pErr, ERR_INTERNAL, "%s", store_errmsg(pStore));
    diag_study_free(d);
    return NULL;
  }
  d->aMemAt = group_by_part(d, d->aMem, d->nMem, sizeof(MemberRec), offsetof(MemberRec, zPartnership));
  d->aMeetAt = group_by_part(d, d->aMeet, d->nMeet, sizeof(MeetingRec), offsetof(MeetingRec, zPartnership));
  d->aAttAt = group_by_part(d, d->aAtt, d->nAtt, sizeof(AttendRec), offsetof(AttendRec, zPartnership));
  d->aEvAt = group_by_part(d, d->aEv, d->nEv, sizeof(EventRec), offsetof(EventRec, zPartnership));
  for(int i=0; i<d->nPart; i++) attend_order(d->aAtt + d->aAttAt[i], d->aAttAt[i+1] - d->aAttAt[i]);
  if( member_sectors(pStore, d) ){
    err_set(pErr, ERR_INTERNAL, "%s", store_errmsg(pStore));
    diag_study_free(d);
    return NULL;
  }
  char *zExp = NULL;
  store_setting_get(pStore, "diagnose.expected_groups", &zExp);
  d->nExpected = split_list(zExp ? zExp : "patient partner", &d->azExpected);
  free(zExp);
  d->pDefs = lever_defs_builtin(&zErr);
  if( !d->pDefs ){
    err_set(pErr, ERR_INTERNAL, "%s", zErr ? zErr : "cannot read the study");
    free(zErr);
    diag_study_free(d);
    return NULL;
  }

  DiagRoster *r = &d->roster;
  r->aMem = d->aMem; r->nMem = d->nMem;
  r->aMeet = d->aMeet; r->nMeet = d->nMeet;
  r->aAtt = d->aAtt; r->nAtt = d->nAtt;
  r->aEv = d->aEv; r->nEv = d->nEv;
  r->iAsOf = o->iAsOf ? o->iAsOf : date_today();
  char zToday[11], *zEnd = NULL;
  date_format(r->iAsOf, zToday);
  if( st_last_activity(pStore, zToday, &zEnd) ){
    err_set(pErr, ERR_INTERNAL, "%s", store_errmsg(pStore));
    diag_study_free(d);
    return NULL;
  }
  r->iDataEnd = diag_day(zEnd, 0);
  free(zEnd);
  r->azExpected = (const char *const*)d->azExpected; r->nExpected = d->nExpected;

  /* Survey scores, when the study has answers to the instrument. */
  ScoreOpts so;
  r->nSuppressMin = 5;
  if( score_opts_init(pStore, &so)==STORE_OK ){
    r->nSuppressMin = so.bNoSuppress ? 0 : so.nSuppressMin;   /* the study's suppress_min */
    so.bNoAlphaStd = 1;     /* no rule nor report page shows standardized alpha */
    so.aWave = d->aWave; so.nWave = d->nWave;   /* read above */
    Err errScore = ERR_INIT;
    int rc = score_compute(pStore, o->zInstrument ? o->zInstrument : "psf", &so, &d->pScore, &errScore);
    if( rc && o->zInstrument ){
      *pErr = errScore;
      diag_study_free(d);
      return NULL;
    }
    err_clear(&errScore);
    if( rc ) d->pScore = NULL;
  }
  if( d->pScore && d->pScore->nResp==0 ){ score_free(d->pScore); d->pScore = NULL; }
  if( d->pScore ){
    /* one partnership's rules need only its own changes */
    int iOnly = zP ? diag_score_part(d, zP) : -1;
    if( !zP || iOnly>=0 ){
      /* the rules compare waves on synergy and the protective determinants only */
      const Instrument *pI = d->pScore->pInst;
      unsigned char *abScale = xcalloc((size_t)pI->nScale+1, 1);
      int iSyn = instrument_scale_index(pI, "synergy");
      if( iSyn>=0 ) abScale[iSyn] = 1;
      for(int k=0; k<d->pDefs->n; k++){
        int j = d->pDefs->a[k].bProtective ? instrument_scale_index(pI, d->pDefs->a[k].zScale) : -1;
        if( j>=0 ) abScale[j] = 1;
      }
      score_changes_of(d->pScore, iOnly, abScale, &d->aChg, &d->nChg);
      free(abScale);
    }
    d->pFit = lever_fit(d->pScore, d->pDefs, "synergy");
  }
  DiagSurvey *sv = &d->survey;
  sv->s = d->pScore;
  sv->aWave = d->aWave; sv->nWave = d->nWave;
  sv->aChg = d->aChg; sv->nChg = d->nChg;
  sv->pDefs = d->pDefs;
  d->pNet = xcalloc(1, sizeof(NetStudy));
  if( netstudy_load_ties(pStore, d->pNet, o->zPartnership) ){
    err_set(pErr, ERR_INTERNAL, "%s", store_errmsg(pStore));
    diag_study_free(d);
    return NULL;
  }
  if( d->pScore ) diag_survey_index(sv);
  d->aScoreOf = xcalloc((size_t)d->nPart+1, sizeof(int));
  for(int i=0; i<d->nPart; i++) d->aScoreOf[i] = diag_score_part(d, d->azPart[i]);
  return d;
}

int diag_score_part(const DiagStudy *d, const char *zP){
  if( !d->pScore ) return -1;
  const char *const *p = bsearch(&zP, d->pScore->azPart, (size_t)d->pScore->nPart, sizeof(char*), cmp_str);
  return p ? (int)(p - (const char *const*)d->pScore->azPart) : -1;
}

void diag_part(const DiagStudy *d, int i, DiagPart *pp){
  pp->zP = d->azPart[i];
  pp->iPart = i;
  pp->iScore = d->aScoreOf[i];
  pp->roster = d->roster;
  DiagRoster *r = &pp->roster;
  r->aMem = d->aMem + d->aMemAt[i]; r->nMem = d->aMemAt[i+1] - d->aMemAt[i];
  r->aMeet = d->aMeet + d->aMeetAt[i]; r->nMeet = d->aMeetAt[i+1] - d->aMeetAt[i];
  r->aAtt = d->aAtt + d->aAttAt[i]; r->nAtt = d->aAttAt[i+1] - d->aAttAt[i];
  r->aEv = d->aEv + d->aEvAt[i]; r->nEv = d->aEvAt[i+1] - d->aEvAt[i];
}

/* Is code c of lever definition k in the study's codebook? Asked of the
** store once per run (d->abCodeIn, one byte per code: 0 not yet asked,
** 1 in the codebook, 2 not), not once per finding. */
static int code_in_study(DiagStudy *d, Store *pStore, int k, int c){
  if( !d->aCodeAt ){
    d->aCodeAt = xcalloc((size_t)d->pDefs->n+1, sizeof(int));
    for(int i=0; i<d->pDefs->n; i++) d->aCodeAt[i+1] = d->aCodeAt[i] + d->pDefs->a[i].nCode;
    d->abCodeIn = xcalloc((size_t)d->aCodeAt[d->pDefs->n]+1, 1);
  }
  unsigned char *pIn = &d->abCodeIn[d->aCodeAt[k] + c];
  if( !*pIn ){
    int64_t id; char *zPath = NULL;
    *pIn = st_code_find(pStore, d->pDefs->a[k].azCode[c], &id, &zPath)==STORE_OK ? 1 : 2;
    free(zPath);
  }
  return *pIn==1;
}

/* Coded segments on the determinant's codes, and timeline events (of the
** finding's partnership's roster r) of the kind it names up to the
** finding's wave, as evidence of finding f. */
static void add_qual_evidence(DiagStudy *d, const DiagRoster *r, Store *pStore, Redactor *pRed, Finding *f){
  const char *zScale = NULL;
  for(int i=0; i<f->nEv && !zScale; i++) if( strcmp(f->aEv[i].zType, "scale")==0 ) zScale = f->aEv[i].zRef;
  int k = zScale ? lever_def_index(d->pDefs, zScale) : -1;
  if( k<0 ) return;
  const LeverDef *def = &d->pDefs->a[k];
  if( def->zTimeline ){
    int xEnd = f->zDate ? diag_day(f->zDate, r->iAsOf) : r->iAsOf;
    diag_events_in(r, f->zPartnership, -2147483647, xEnd, def->zTimeline, f);
  }
  int nQuote = 0;
  for(int c=0; c<def->nCode && nQuote<QUOTES_PER_FINDING && pStore; c++){
    if( !code_in_study(d, pStore, k, c) ) continue;
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
      st_source_clear(&src);
    }
    st_segments_free(aSeg, nSeg);
  }
}

/* ---- the rules, one line each ---- */

static void run_meeting_gap(const DiagStudy *d, const DiagPart *q, Findings *f){ rule_meeting_gap(&q->roster, q->zP, &d->params, f); }
static void run_turnover(const DiagStudy *d, const DiagPart *q, Findings *f){ rule_turnover(&q->roster, q->zP, &d->params, f); }
static void run_attendance(const DiagStudy *d, const DiagPart *q, Findings *f){ rule_attendance(&q->roster, q->zP, &d->params, f); }
static void run_missing_group(const DiagStudy *d, const DiagPart *q, Findings *f){ rule_missing_group(&q->roster, q->zP, &d->params, f); }
static void run_network(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( d->pNet ) rule_network(d->pNet, d->pScore, q->zP, &d->params, f);
}
static void run_low_response(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( q->iScore>=0 ) rule_low_response(&d->survey, &q->roster, q->iScore, &d->params, f);
}
static void run_synergy_trend(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( q->iScore>=0 ) rule_synergy_trend(&d->survey, &q->roster, q->iScore, &d->params, f);
}
static void run_low_determinant(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( q->iScore>=0 ) rule_low_determinant(&d->survey, q->iScore, &d->params, f);
}
static void run_balance(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( q->iScore>=0 ) rule_balance(&d->survey, q->iScore, &d->params, f);
}
static void run_levers(const DiagStudy *d, const DiagPart *q, Findings *f){
  if( q->iScore>=0 ) rule_levers(&d->survey, d->pFit, q->iScore, &d->params, f);
}

/* Every rule, in the order its findings are produced (findings_sort()
** orders them afterwards). A new rule is one more line. */
static const DiagRuleFn aRule[] = {
  run_meeting_gap, run_turnover, run_attendance, run_missing_group, run_network,
  run_low_response, run_synergy_trend, run_low_determinant, run_balance, run_levers,
};

Findings *diag_study_findings(DiagStudy *d, Store *pStore, const char *zP, int bNames){
  Findings *pOut = findings_new();
  Redactor *pRed = pStore && !bNames ? redactor_for_study(pStore) : NULL;
  for(int i=0; i<d->nPart; i++){
    if( zP && strcmp(zP, d->azPart[i]) ) continue;
    DiagPart q;
    diag_part(d, i, &q);
    int n0 = pOut->n;
    for(size_t k=0; k<sizeof(aRule)/sizeof(aRule[0]); k++) aRule[k](d, &q, pOut);
    for(int j=n0; j<pOut->n; j++){
      Finding *f = &pOut->a[j];
      if( strcmp(f->zKind, "low_determinant")==0 || strcmp(f->zKind, "levers")==0 ){
        add_qual_evidence(d, &q.roster, pStore, pRed, f);
      }
    }
  }
  redactor_free(pRed);
  findings_sort(pOut);
  return pOut;
}

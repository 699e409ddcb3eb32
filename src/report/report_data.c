/*
** report_data.c: data shared by the report's sections (report_data.h):
** survey scores, wave opening days and timeline markers.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "report/report_data.h"
#include "qual/matrix.h"
#include "roster/dynamics.h"
#include "store/st_roster.h"
#include "store/st_survey.h"
#include "util/date.h"
#include "util/xalloc.h"

const ScoreSet *report_score_set(ReportCtx *p){
  const ReportDiag *g = report_diag(p);
  return g ? g->d->pScore : NULL;
}

const char *report_only_part(const ReportCtx *p){
  return p->pOpts->nPart==1 ? p->pOpts->azPart[0] : NULL;
}

static int cmp_str(const void *a, const void *b){
  return strcmp(*(const char *const*)a, *(const char *const*)b);
}

/* The memo's index of s: each partnership's groups in group order. */
static ReportMemo *groups_indexed(ReportCtx *p, const ScoreSet *s){
  ReportMemo *m = report_memo(p);
  if( m->pIxSet==s ) return m;
  free(m->aPartAt); free(m->aPartGroup);
  m->aPartAt = xcalloc((size_t)s->nPart+2, sizeof(int));
  m->aPartGroup = xcalloc((size_t)s->nGroup+1, sizeof(int));
  for(int g=0; g<s->nGroup; g++) if( s->aGroup[g].iPart>=0 ) m->aPartAt[s->aGroup[g].iPart+1]++;
  for(int i=0; i<s->nPart; i++) m->aPartAt[i+1] += m->aPartAt[i];
  int *aFill = xcalloc((size_t)s->nPart+1, sizeof(int));
  for(int g=0; g<s->nGroup; g++){
    int i = s->aGroup[g].iPart;
    if( i>=0 ) m->aPartGroup[m->aPartAt[i] + aFill[i]++] = g;
  }
  free(aFill);
  m->gAllLatest = -2;
  m->pIxSet = s;
  return m;
}

const int *report_part_groups(ReportCtx *p, const ScoreSet *s, const char *zPart, int *pn){
  *pn = 0;
  const char *const *pAt = bsearch(&zPart, s->azPart, (size_t)s->nPart, sizeof(char*), cmp_str);
  if( !pAt ) return NULL;
  int i = (int)(pAt - (const char *const*)s->azPart);
  ReportMemo *m = groups_indexed(p, s);
  *pn = m->aPartAt[i+1] - m->aPartAt[i];
  return m->aPartGroup + m->aPartAt[i];
}

static int cmp_int(const void *a, const void *b){
  int x = *(const int*)a, y = *(const int*)b;
  return (x>y) - (x<y);
}

int *report_groups(ReportCtx *p, const ScoreSet *s, int *pn){
  int *aOut = xmalloc(sizeof(int)*(size_t)(s->nGroup+1));
  int n = 0;
  if( p->pOpts->nPart==0 ){
    for(int g=0; g<s->nGroup; g++) if( s->aGroup[g].iPart>=0 ) aOut[n++] = g;
  }else{
    for(int k=0; k<p->pOpts->nPart; k++){
      int bSeen = 0;     /* a partnership named twice counts once */
      for(int j=0; j<k && !bSeen; j++) bSeen = strcmp(p->pOpts->azPart[j], p->pOpts->azPart[k])==0;
      int nG;
      const int *aG = bSeen ? NULL : report_part_groups(p, s, p->pOpts->azPart[k], &nG);
      for(int i=0; aG && i<nG; i++) aOut[n++] = aG[i];
    }
    qsort(aOut, (size_t)n, sizeof(int), cmp_int);
  }
  *pn = n;
  return aOut;
}

/* Is group g later than group iBest (-1: none yet)? */
static int later_group(const ScoreSet *s, int g, int iBest){
  return iBest<0 || s->aGroup[g].iSeq > s->aGroup[iBest].iSeq
      || (s->aGroup[g].iSeq==s->aGroup[iBest].iSeq && s->aGroup[g].iWave > s->aGroup[iBest].iWave);
}

int report_latest_group(ReportCtx *p, const ScoreSet *s, const char *zPart){
  int iBest = -1;
  if( strcmp(zPart, "all")==0 ){
    ReportMemo *m = groups_indexed(p, s);
    if( m->gAllLatest!=-2 ) return m->gAllLatest;
    for(int g=0; g<s->nGroup; g++){
      if( s->aGroup[g].bSuppressed || s->aGroup[g].iPart>=0 ) continue;
      if( later_group(s, g, iBest) ) iBest = g;
    }
    m->gAllLatest = iBest;
    return iBest;
  }
  int n;
  const int *aG = report_part_groups(p, s, zPart, &n);
  for(int k=0; k<n; k++){
    int g = aG[k];
    if( !s->aGroup[g].bSuppressed && later_group(s, g, iBest) ) iBest = g;
  }
  return iBest;
}

void report_part_range(const ReportCtx *p, const ScoreSet *s, int *piLo, int *piHi){
  /* one partnership's page looks up its own code (azPart is sorted)
  ** rather than passing over the programme's */
  const char *zOnly = report_only_part(p);
  *piLo = 0; *piHi = s ? s->nPart : 0;
  if( zOnly && s ){
    const char *const *pAt = bsearch(&zOnly, s->azPart, (size_t)s->nPart, sizeof(char*), cmp_str);
    *piLo = pAt ? (int)(pAt - (const char *const*)s->azPart) : 0;
    *piHi = pAt ? *piLo+1 : 0;
  }
}

double report_latest_mean(ReportCtx *p, const ScoreSet *s, const char *zScale){
  int iScale = instrument_scale_index(s->pInst, zScale);
  if( iScale<0 ) return NAN;
  double rSum = 0; int n = 0;
  int iLo, iHi;
  report_part_range(p, s, &iLo, &iHi);
  for(int i=iLo; i<iHi; i++){
    if( !report_has_part(p, s->azPart[i]) ) continue;
    int g = report_latest_group(p, s, s->azPart[i]);
    if( g<0 ) continue;
    const ScaleStat *st = score_stat(s, g, iScale);
    if( st->n==0 || isnan(st->mean) ) continue;
    rSum += st->mean * st->n;
    n += st->n;
  }
  return n>0 ? rSum/n : NAN;
}

static const WaveRec *pSortWave;   /* for cmp_wave_ord */
static int cmp_wave_ord(const void *a, const void *b){
  int i = *(const int*)a, k = *(const int*)b;
  int c = strcmp(pSortWave[i].zPartnership, pSortWave[k].zPartnership);
  if( c==0 ) c = strcmp(pSortWave[i].zName, pSortWave[k].zName);
  return c ? c : (i>k) - (i<k);
}

/* The earliest opening day of the waves a[aOrd[..]] of zPart named zWave
** (binary search of the memo's index), or iBest when earlier. */
static int wave_day_of(const WaveRec *a, int n, const int *aOrd, const char *zPart, const char *zWave, int iBest){
  int lo = 0, hi = n;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    const WaveRec *w = &a[aOrd[mid]];
    int c = strcmp(w->zPartnership, zPart);
    if( c==0 ) c = strcmp(w->zName, zWave);
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  for(; lo<n && strcmp(a[aOrd[lo]].zPartnership, zPart)==0 && strcmp(a[aOrd[lo]].zName, zWave)==0; lo++){
    int d;
    const char *z = a[aOrd[lo]].zOpens;
    if( z && date_parse(z, &d) && (iBest==0 || d<iBest) ) iBest = d;
  }
  return iBest;
}

int report_wave_day(ReportCtx *p, const char *zPart, const char *zWave){
  WaveRec *a = NULL; int n = 0;
  const ReportDiag *g = report_diag(p);     /* its waves, read once, else read here */
  int bOwn = !g;
  if( g ){ a = g->d->aWave; n = g->d->nWave; }
  else if( st_wave_all(p->pStore, &a, &n) ) return 0;
  int iBest = 0;
  int bAll = zPart==NULL || strcmp(zPart, "all")==0;
  if( g && (!bAll || p->pOpts->nPart>0) ){
    /* one partnership's waves, or those of the partnerships named */
    ReportMemo *m = report_memo(p);
    if( m->pIxWave!=a ){
      free(m->aWaveOrd);
      m->aWaveOrd = xmalloc(sizeof(int)*(size_t)(n+1));
      for(int i=0; i<n; i++) m->aWaveOrd[i] = i;
      pSortWave = a;
      qsort(m->aWaveOrd, (size_t)n, sizeof(int), cmp_wave_ord);
      pSortWave = NULL;
      m->pIxWave = a;
    }
    if( !bAll ) return wave_day_of(a, n, m->aWaveOrd, zPart, zWave, 0);
    for(int k=0; k<p->pOpts->nPart; k++) iBest = wave_day_of(a, n, m->aWaveOrd, p->pOpts->azPart[k], zWave, iBest);
    return iBest;
  }
  for(int i=0; i<n; i++){
    int d;
    if( strcmp(a[i].zName, zWave)!=0 ) continue;
    if( !bAll && strcmp(a[i].zPartnership, zPart)!=0 ) continue;
    if( bAll && !report_has_part(p, a[i].zPartnership) ) continue;
    if( a[i].zOpens && date_parse(a[i].zOpens, &d) && (iBest==0 || d<iBest) ) iBest = d;
  }
  if( bOwn ) st_wave_recs_free(a, n);
  return iBest;
}

/* Marks by day (then label), so their numbers follow the time axis. */
static int cmp_mark(const void *a, const void *b){
  const ChartMark *x = a, *y = b;
  if( x->iDay!=y->iDay ) return (x->iDay > y->iDay) - (x->iDay < y->iDay);
  return strcmp(x->zLabel, y->zLabel);
}

int report_marks(ReportCtx *p, const char *zPart, ChartMark **paMark, int *pn){
  EventRec *aE = NULL; int nE = 0;
  char **azP = NULL; int nP = 0;
  *paMark = NULL; *pn = 0;
  /* Labels name the partnership when several are shown: the study's
  ** codes are read only to count those of a report naming none or several. */
  int bOne = zPart || p->pOpts->nPart==1;
  if( st_event_all(p->pStore, zPart ? zPart : report_only_part(p), &aE, &nE)
      || (!bOne && st_partnership_codes(p->pStore, &azP, &nP)) ){
    return STORE_ERROR;
  }
  int nSel = 0;
  for(int i=0; i<nP; i++) if( report_has_part(p, azP[i]) ) nSel++;
  if( bOne ) nSel = 1;
  ChartMark *aMark = xcalloc((size_t)nE+1, sizeof(ChartMark));
  int nMark = 0;
  /* Context events and adaptations are marked; decisions are many and listed in the timeline. */
  for(int i=0; i<nE; i++){
    int d;
    if( !report_has_part(p, aE[i].zPartnership) || strcmp(aE[i].zKind, "decision")==0 ) continue;
    if( zPart && strcmp(aE[i].zPartnership, zPart)!=0 ) continue;
    if( !date_parse(aE[i].zDate, &d) ) continue;
    aMark[nMark].iDay = d;
    aMark[nMark].zLabel = nSel>1 ? xasprintf("%s: %s", aE[i].zPartnership, aE[i].zTitle) : xstrdup(aE[i].zTitle);
    nMark++;
  }
  qsort(aMark, (size_t)nMark, sizeof(ChartMark), cmp_mark);
  for(int i=0; i<nP; i++) free(azP[i]);
  free(azP);
  st_event_recs_free(aE, nE);
  *paMark = aMark; *pn = nMark;
  return STORE_OK;
}

void report_marks_free(ChartMark *a, int n){
  for(int i=0; i<n; i++) free((void*)a[i].zLabel);
  free(a);
}

/* Raise *piMax to the day of z when z is a date of partnership zPart in the report. */
static void later_day(ReportCtx *p, const char *zPart, const char *z, int *piMax){
  int d;
  if( z && report_has_part(p, zPart) && date_parse(z, &d) && d>*piMax ) *piMax = d;
}

int report_end_day(ReportCtx *p){
  if( p->pOpts->bTodayFixed ) return p->pOpts->iToday;
  if( p->pOpts->iEndDay>0 ) return p->pOpts->iEndDay;
  MeetingRec *aMeet = NULL; int nMeet = 0;
  EventRec *aEv = NULL; int nEv = 0;
  MemberRec *aMem = NULL; int nMem = 0;
  int iMax = 0;
  const char *zOnly = report_only_part(p);
  /* The study's waves: the diagnosis's, else read once per run. */
  const ReportDiag *g = report_diag(p);
  ReportMemo *m = report_memo(p);
  if( !g && !m->bWaves && st_wave_all(p->pStore, &m->aWave, &m->nWave)==STORE_OK ) m->bWaves = 1;
  const WaveRec *aWave = g ? g->d->aWave : m->aWave; int nWave = g ? g->d->nWave : m->nWave;
  if( st_meeting_all(p->pStore, zOnly, &aMeet, &nMeet)==STORE_OK && (g || m->bWaves)
      && st_event_all(p->pStore, zOnly, &aEv, &nEv)==STORE_OK && st_member_all(p->pStore, zOnly, &aMem, &nMem)==STORE_OK ){
    for(int i=0; i<nMeet; i++) later_day(p, aMeet[i].zPartnership, aMeet[i].zDate, &iMax);
    for(int i=0; i<nWave; i++){
      later_day(p, aWave[i].zPartnership, aWave[i].zOpens, &iMax);
      later_day(p, aWave[i].zPartnership, aWave[i].zCloses, &iMax);
    }
    for(int i=0; i<nEv; i++){
      later_day(p, aEv[i].zPartnership, aEv[i].zDate, &iMax);
      later_day(p, aEv[i].zPartnership, aEv[i].zEndDate, &iMax);
    }
    for(int i=0; i<nMem; i++){
      later_day(p, aMem[i].zPartnership, aMem[i].zJoined, &iMax);
      later_day(p, aMem[i].zPartnership, aMem[i].zLeft, &iMax);
    }
  }
  st_meeting_recs_free(aMeet, nMeet);
  st_event_recs_free(aEv, nEv);
  st_member_recs_free(aMem, nMem);
  return iMax > p->pOpts->iToday ? p->pOpts->iToday : iMax;
}

const ReportDiag *report_diag(ReportCtx *p){
  if( p->pDiag ) return p->pDiag->d ? p->pDiag : NULL;
  p->pDiag = xcalloc(1, sizeof(ReportDiag));
  if( p->pOpts->pDiag && p->pOpts->pFindings ){
    p->pDiag->d = p->pOpts->pDiag;
    p->pDiag->pF = p->pOpts->pFindings;
    p->pDiag->bShared = 1;
    return p->pDiag;
  }
  DiagnoseOptions o = {0};
  o.iAsOf = p->pOpts->iToday;
  o.zPartnership = report_only_part(p);
  Err err = ERR_INIT;
  p->pDiag->d = diag_study_load(p->pStore, &o, &err);
  err_clear(&err);
  if( !p->pDiag->d ) return NULL;
  Findings *pF = diag_study_findings(p->pDiag->d, p->pStore, o.zPartnership, 0);
  p->pDiag->pF = pF;
  return p->pDiag;
}

ReportMemo *report_memo(ReportCtx *p){
  if( p->pOpts->pMemo ) return p->pOpts->pMemo;
  if( !p->pDiag ) report_diag(p);    /* allocates p->pDiag even when the study cannot be diagnosed */
  return &p->pDiag->memo;
}

void report_memo_clear(ReportMemo *m){
  table_free(m->pInstruments);
  table_free(m->pReliability);
  st_wave_recs_free(m->aWave, m->nWave);
  free(m->aPartAt); free(m->aPartGroup); free(m->aWaveOrd);
  qual_matrix_free(m->pSynth);
  free(m->azCoder[0]); free(m->azCoder[1]);
  table_free(m->pAgree);
  dynamics_free(m->pDyn); free(m->zDynPart);
  memset(m, 0, sizeof(*m));
}

void report_ctx_done(ReportCtx *p){
  if( !p->pDiag ) return;
  report_memo_clear(&p->pDiag->memo);
  if( !p->pDiag->bShared ){
    findings_free((Findings*)p->pDiag->pF);
    diag_study_free(p->pDiag->d);
  }
  free(p->pDiag);
  p->pDiag = NULL;
}

/*
** score.c: scoring an instrument's answers into a ScoreSet (see score.h).
**
** Confidentiality rule, per wave: every partnership group with fewer
** answer sets than nSuppressMin is suppressed. While the suppressed groups
** of the wave hold between 1 and nSuppressMin-1 answer sets together (so
** that "all" minus the shown groups would reveal a small group), the
** smallest shown group is suppressed too. The pooled "all" row is
** suppressed when the whole wave has fewer than nSuppressMin answer sets.
*/
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include "survey/score.h"
#include "store/st_survey.h"
#include "survey/survey.h"
#include "analysis/psychometrics.h"
#include "util/xalloc.h"

int score_opts_init(Store *p, ScoreOpts *o){
  memset(o, 0, sizeof(*o));
  o->rMinAnswered = 0.5;
  o->nSuppressMin = 5;
  char *z = NULL;
  int rc = store_setting_get(p, "min_answered", &z);
  if( rc ) return rc;
  if( z ){ double r = atof(z); if( r>0 && r<=1 ) o->rMinAnswered = r; free(z); }
  rc = store_setting_get(p, "suppress_min", &z);
  if( rc ) return rc;
  if( z ){ int n = atoi(z); if( n>=1 ) o->nSuppressMin = n; free(z); }
  return STORE_OK;
}

/* ---- loading ---- */

typedef struct Loader {
  ScoreSet *s;
  int64_t *aWaveIdx;  int64_t nWaveIdx;   /* wave row id -> index into aWave */
  WaveRec *aWave;
  int *aWaveName, *aWavePart;             /* per WaveRec: index into azWave / azPart (-1: filtered out) */
  int nAlloc;
  int nItem;
} Loader;

static int load_row(void *pArg, int64_t iWave, const char *zRespondent, int64_t iMember,
                    const unsigned char *aAns, int nAns){
  Loader *l = pArg;
  ScoreSet *s = l->s;
  (void)zRespondent;
  if( iWave<0 || iWave>=l->nWaveIdx || l->aWaveIdx[iWave]<0 ) return 0;
  int w = (int)l->aWaveIdx[iWave];
  if( l->aWaveName[w]<0 ) return 0;
  if( s->nResp==l->nAlloc ){
    l->nAlloc = l->nAlloc ? 2*l->nAlloc : 256;
    s->aRespPart = xrealloc(s->aRespPart, sizeof(int)*(size_t)l->nAlloc);
    s->aRespWave = xrealloc(s->aRespWave, sizeof(int)*(size_t)l->nAlloc);
    s->aRespMember = xrealloc(s->aRespMember, sizeof(int64_t)*(size_t)l->nAlloc);
    s->aAns = xrealloc(s->aAns, (size_t)l->nAlloc*(size_t)l->nItem);
  }
  int i = s->nResp++;
  s->aRespPart[i] = l->aWavePart[w];
  s->aRespWave[i] = w;          /* WaveRec index for now; mapped to names later */
  s->aRespMember[i] = iMember;
  unsigned char *a = &s->aAns[(size_t)i*(size_t)l->nItem];
  memset(a, ANS_MISSING, (size_t)l->nItem);
  memcpy(a, aAns, (size_t)(nAns<l->nItem ? nAns : l->nItem));
  return 0;
}

static int str_index(char **az, int n, const char *z){
  for(int i=0; i<n; i++) if( strcmp(az[i], z)==0 ) return i;
  return -1;
}
static int cmp_str(const void *a, const void *b){ return strcmp(*(char*const*)a, *(char*const*)b); }

/* ---- per-respondent scores ---- */

/* Value of answer code c for item k after reverse keying, NAN when missing or n/a. */
static double item_value(const Instrument *p, int k, unsigned char c){
  if( c<2 ) return NAN;
  const InstResp *r = &p->aResp[p->aItem[k].iResp];
  int v = c - 2 + r->iMin;
  if( p->aItem[k].bReverse ) v = r->iMin + r->iMax - v;
  return (double)v;
}

/* The table aItemValue: every item's value for every answer code. */
static void value_table(ScoreSet *s){
  const Instrument *p = s->pInst;
  s->aItemValue = xmalloc(sizeof(double)*256*(size_t)(p->nItem ? p->nItem : 1));
  for(int k=0; k<p->nItem; k++){
    for(int c=0; c<256; c++) s->aItemValue[(size_t)k*256 + (size_t)c] = item_value(p, k, (unsigned char)c);
  }
}
#define ITEM_VALUE(s, k, c) ((s)->aItemValue[(size_t)(k)*256 + (c)])

static void score_respondents(ScoreSet *s){
  const Instrument *p = s->pInst;
  s->aScore = xmalloc(sizeof(double)*(size_t)(s->nResp ? s->nResp : 1)*(size_t)(p->nScale ? p->nScale : 1));
  for(int i=0; i<s->nResp; i++){
    const unsigned char *a = &s->aAns[(size_t)i*(size_t)p->nItem];
    for(int j=0; j<p->nScale; j++){
      const InstScale *sc = &p->aScale[j];
      int nAns = 0; double sum = 0;
      for(int m=0; m<sc->nItem; m++){
        int k = sc->aiItem[m];
        double v = ITEM_VALUE(s, k, a[k]);
        if( isnan(v) ) continue;
        nAns++;
        if( sc->eScoring==SCORE_COUNT ) sum += (v==p->aResp[p->aItem[k].iResp].iMax);
        else sum += v;
      }
      double r = NAN;
      if( nAns>0 && nAns >= s->opts.rMinAnswered*sc->nItem - 1e-9 ){
        r = sc->eScoring==SCORE_COUNT ? sum : sum/nAns;
      }
      s->aScore[(size_t)i*(size_t)p->nScale + (size_t)j] = r;
    }
  }
}

/* ---- groups ---- */

static ScoreSet *g_pSort;   /* qsort has no context argument */
static int cmp_resp(const void *a, const void *b){
  int i = *(const int*)a, j = *(const int*)b;
  const ScoreSet *s = g_pSort;
  if( s->aRespWave[i]!=s->aRespWave[j] ) return s->aRespWave[i]-s->aRespWave[j];
  if( s->aRespPart[i]!=s->aRespPart[j] ) return s->aRespPart[i]-s->aRespPart[j];
  return i-j;
}

static void add_group(ScoreSet *s, int iPart, int iWave, int iSeq, int iFirst, int nResp){
  s->aGroup = xrealloc(s->aGroup, sizeof(ScoreGroup)*(size_t)(s->nGroup+1));
  ScoreGroup *g = &s->aGroup[s->nGroup++];
  g->iPart = iPart; g->iWave = iWave; g->iSeq = iSeq; g->iFirst = iFirst; g->nResp = nResp;
  g->bSuppressed = 0;
}

/* The confidentiality rule for groups aGroup[iLo..iHi) of one wave, the
** last of which is its "all" group. */
static void suppress_wave(ScoreSet *s, int iLo, int iHi){
  int nMin = s->opts.nSuppressMin;
  int nHidden = 0;
  for(int g=iLo; g<iHi-1; g++){
    if( s->aGroup[g].nResp<nMin ){ s->aGroup[g].bSuppressed = 1; nHidden += s->aGroup[g].nResp; }
  }
  while( nHidden>0 && nHidden<nMin ){
    int iSmall = -1;
    for(int g=iLo; g<iHi-1; g++){
      if( !s->aGroup[g].bSuppressed && (iSmall<0 || s->aGroup[g].nResp<s->aGroup[iSmall].nResp) ) iSmall = g;
    }
    if( iSmall<0 ) break;
    s->aGroup[iSmall].bSuppressed = 1;
    nHidden += s->aGroup[iSmall].nResp;
  }
  if( s->aGroup[iHi-1].nResp<nMin ) s->aGroup[iHi-1].bSuppressed = 1;
}

static void build_groups(ScoreSet *s, const int *aSeqOf /* per respondent */){
  s->aOrder = xmalloc(sizeof(int)*(size_t)(s->nResp ? s->nResp : 1));
  for(int i=0; i<s->nResp; i++) s->aOrder[i] = i;
  g_pSort = s;
  qsort(s->aOrder, (size_t)s->nResp, sizeof(int), cmp_resp);
  g_pSort = NULL;
  int i = 0;
  while( i<s->nResp ){
    int w = s->aRespWave[s->aOrder[i]];
    int iWaveStart = i, iGroupStart = s->nGroup;
    while( i<s->nResp && s->aRespWave[s->aOrder[i]]==w ){
      int pa = s->aRespPart[s->aOrder[i]];
      int j = i;
      while( j<s->nResp && s->aRespWave[s->aOrder[j]]==w && s->aRespPart[s->aOrder[j]]==pa ) j++;
      add_group(s, pa, w, aSeqOf[s->aOrder[i]], i, j-i);
      i = j;
    }
    add_group(s, -1, w, -1, iWaveStart, i-iWaveStart);
    if( !s->opts.bNoSuppress ) suppress_wave(s, iGroupStart, s->nGroup);
  }
}

/* Fill aX (n x k) with the reverse-keyed answers of scale sc for the group's respondents. */
static void group_matrix(const ScoreSet *s, const ScoreGroup *g, const InstScale *sc, double *aX){
  const Instrument *p = s->pInst;
  for(int r=0; r<g->nResp; r++){
    const unsigned char *a = &s->aAns[(size_t)s->aOrder[g->iFirst+r]*(size_t)p->nItem];
    for(int m=0; m<sc->nItem; m++){
      int k = sc->aiItem[m];
      aX[r*sc->nItem+m] = ITEM_VALUE(s, k, a[k]);
    }
  }
}

/* The statistics of one group on every scale; aX and aY are scratch
** buffers of the largest group (x the longest scale). */
static void group_stats_one(ScoreSet *s, int gi, double *aX, double *aY){
  const Instrument *p = s->pInst;
  const ScoreGroup *g = &s->aGroup[gi];
  for(int j=0; j<p->nScale; j++){
    ScaleStat *st = &s->aStat[(size_t)gi*(size_t)p->nScale + (size_t)j];
    st->mean = st->sd = st->ciLow = st->ciHigh = st->alpha = st->alphaStd = st->rwgj = NAN;
    if( g->bSuppressed ) continue;
    const InstScale *sc = &p->aScale[j];
    for(int r=0; r<g->nResp; r++) aY[r] = s->aScore[(size_t)s->aOrder[g->iFirst+r]*(size_t)p->nScale + (size_t)j];
    PsyDesc d;
    psy_describe(aY, g->nResp, &d);
    st->n = d.n; st->mean = d.mean; st->sd = d.sd; st->ciLow = d.ciLow; st->ciHigh = d.ciHigh;
    group_matrix(s, g, sc, aX);
    if( sc->nItem>=2 ) psy_alpha(aX, g->nResp, sc->nItem, &st->alpha, &st->alphaStd, &st->nComplete);
    if( sc->eScoring==SCORE_MEAN ){
      const InstResp *rs = &p->aResp[p->aItem[sc->aiItem[0]].iResp];
      st->rwgj = psy_rwg_j(aX, g->nResp, sc->nItem, rs->iMax-rs->iMin+1);
    }
    st->zBand = instrument_band(p, j, st->mean);
  }
}

/* Groups are independent: worker threads take the next group from a shared
** counter, each with its own scratch buffers. */
typedef struct Workers { ScoreSet *s; atomic_int iNext; size_t nX, nY; } Workers;

static void *group_worker(void *pArg){
  Workers *w = pArg;
  double *aX = xmalloc(sizeof(double)*w->nX);
  double *aY = xmalloc(sizeof(double)*w->nY);
  int gi;
  while( (gi = atomic_fetch_add(&w->iNext, 1)) < w->s->nGroup ) group_stats_one(w->s, gi, aX, aY);
  free(aX); free(aY);
  return NULL;
}

static void group_stats(ScoreSet *s){
  const Instrument *p = s->pInst;
  s->aStat = xcalloc((size_t)(s->nGroup ? s->nGroup : 1)*(size_t)(p->nScale ? p->nScale : 1), sizeof(ScaleStat));
  int nMax = 1, kMax = 1;
  for(int g=0; g<s->nGroup; g++) if( s->aGroup[g].nResp>nMax ) nMax = s->aGroup[g].nResp;
  for(int j=0; j<p->nScale; j++) if( p->aScale[j].nItem>kMax ) kMax = p->aScale[j].nItem;
  Workers w;
  w.s = s; atomic_init(&w.iNext, 0);
  w.nX = (size_t)nMax*(size_t)kMax; w.nY = (size_t)nMax;
  long nCpu = sysconf(_SC_NPROCESSORS_ONLN);
  int nThread = s->nResp<20000 || nCpu<2 ? 1 : nCpu>8 ? 8 : (int)nCpu;
  pthread_t aT[8];
  int nStarted = 0;
  for(int i=1; i<nThread; i++){
    if( pthread_create(&aT[nStarted], NULL, group_worker, &w)==0 ) nStarted++;
  }
  group_worker(&w);
  for(int i=0; i<nStarted; i++) pthread_join(aT[i], NULL);
}

int score_compute(Store *pStore, const char *zInstrument, const ScoreOpts *pOpts, ScoreSet **pp, char **pzErr){
  *pp = NULL; *pzErr = NULL;
  ScoreSet *s = xcalloc(1, sizeof(ScoreSet));
  s->opts = *pOpts;
  int64_t idInst = 0;
  int rc = survey_instrument_load(pStore, zInstrument, 0, &s->pInst, &idInst, pzErr);
  if( rc ){ score_free(s); return rc; }
  Loader l = {0};
  int nW = 0;
  if( (rc = st_wave_all(pStore, &l.aWave, &nW))!=0 ){
    *pzErr = xstrdup(store_errmsg(pStore));
    score_free(s);
    return rc;
  }
  /* Wave names in order of first opening; partnership codes sorted. */
  l.aWaveName = xcalloc((size_t)nW+1, sizeof(int));
  l.aWavePart = xcalloc((size_t)nW+1, sizeof(int));
  s->azWave = xcalloc((size_t)nW+1, sizeof(char*));
  s->azPart = xcalloc((size_t)nW+1, sizeof(char*));
  for(int w=0; w<nW; w++){
    if( str_index(s->azPart, s->nPart, l.aWave[w].zPartnership)<0 ) s->azPart[s->nPart++] = xstrdup(l.aWave[w].zPartnership);
  }
  qsort(s->azPart, (size_t)s->nPart, sizeof(char*), cmp_str);
  int64_t maxId = 0;
  for(int w=0; w<nW; w++){
    if( l.aWave[w].id>maxId ) maxId = l.aWave[w].id;
    l.aWavePart[w] = str_index(s->azPart, s->nPart, l.aWave[w].zPartnership);
    if( s->opts.zWave && strcmp(s->opts.zWave, l.aWave[w].zName)!=0 ){ l.aWaveName[w] = -1; continue; }
    int k = str_index(s->azWave, s->nWave, l.aWave[w].zName);
    if( k<0 ){ k = s->nWave; s->azWave[s->nWave++] = xstrdup(l.aWave[w].zName); }
    l.aWaveName[w] = k;
  }
  l.nWaveIdx = maxId+1;
  l.aWaveIdx = xmalloc(sizeof(int64_t)*(size_t)l.nWaveIdx);
  for(int64_t i=0; i<l.nWaveIdx; i++) l.aWaveIdx[i] = -1;
  for(int w=0; w<nW; w++) l.aWaveIdx[l.aWave[w].id] = w;
  l.s = s;
  l.nItem = s->pInst->nItem;
  if( idInst ) rc = st_response_each(pStore, idInst, load_row, &l);
  if( rc ) *pzErr = xstrdup(store_errmsg(pStore));
  if( rc==STORE_OK ){
    /* aRespWave held WaveRec indices: keep the partnership's sequence, map to names. */
    int *aSeq = xmalloc(sizeof(int)*(size_t)(s->nResp ? s->nResp : 1));
    for(int i=0; i<s->nResp; i++){
      aSeq[i] = s->aRespWave[i];
      s->aRespWave[i] = l.aWaveName[s->aRespWave[i]];
    }
    value_table(s);
    score_respondents(s);
    build_groups(s, aSeq);
    free(aSeq);
    group_stats(s);
  }
  wave_recs_free(l.aWave, nW);
  free(l.aWaveIdx); free(l.aWaveName); free(l.aWavePart);
  if( rc ){ score_free(s); return rc; }
  *pp = s;
  return STORE_OK;
}

void score_free(ScoreSet *s){
  if( !s ) return;
  instrument_free(s->pInst);
  for(int i=0; i<s->nWave; i++) free(s->azWave[i]);
  for(int i=0; i<s->nPart; i++) free(s->azPart[i]);
  free(s->azWave); free(s->azPart);
  free(s->aRespPart); free(s->aRespWave); free(s->aRespMember);
  free(s->aAns); free(s->aScore); free(s->aItemValue);
  free(s->aGroup); free(s->aOrder); free(s->aStat);
  free(s);
}

const char *score_group_part(const ScoreSet *s, int iGroup){
  int i = s->aGroup[iGroup].iPart;
  return i<0 ? "all" : s->azPart[i];
}

const ScaleStat *score_stat(const ScoreSet *s, int iGroup, int iScale){
  return &s->aStat[(size_t)iGroup*(size_t)s->pInst->nScale + (size_t)iScale];
}

void score_items(const ScoreSet *s, int iGroup, int iScale, double *aItemRest, double *aAlphaDel){
  const ScoreGroup *g = &s->aGroup[iGroup];
  const InstScale *sc = &s->pInst->aScale[iScale];
  for(int m=0; m<sc->nItem; m++){ aItemRest[m] = NAN; aAlphaDel[m] = NAN; }
  if( g->bSuppressed || sc->nItem<2 || g->nResp<2 ) return;
  double *aX = xmalloc(sizeof(double)*(size_t)g->nResp*(size_t)sc->nItem);
  group_matrix(s, g, sc, aX);
  psy_item_stats(aX, g->nResp, sc->nItem, aItemRest, aAlphaDel);
  free(aX);
}

void score_between(const ScoreSet *s, int iWave, int iScale, int *pnGroups, int *pn, double *pIcc1, double *pIcc2){
  int nScale = s->pInst->nScale;
  double *aY = xmalloc(sizeof(double)*(size_t)(s->nResp ? s->nResp : 1));
  int *aG = xmalloc(sizeof(int)*(size_t)(s->nResp ? s->nResp : 1));
  int n = 0, nGroups = 0;
  for(int gi=0; gi<s->nGroup; gi++){
    const ScoreGroup *g = &s->aGroup[gi];
    if( g->iWave!=iWave || g->iPart<0 || g->bSuppressed ) continue;
    int nIn = 0;
    for(int r=0; r<g->nResp; r++){
      double y = s->aScore[(size_t)s->aOrder[g->iFirst+r]*(size_t)nScale + (size_t)iScale];
      if( isnan(y) ) continue;
      aY[n] = y; aG[n] = nGroups; n++; nIn++;
    }
    if( nIn>0 ) nGroups++;
  }
  *pnGroups = nGroups; *pn = n;
  *pIcc1 = *pIcc2 = NAN;
  if( nGroups>=2 ) psy_icc(aY, aG, n, nGroups, pIcc1, pIcc2);
  free(aY); free(aG);
}

void score_changes(const ScoreSet *s, ScoreChange **pa, int *pn){
  *pa = NULL; *pn = 0;
  int nScale = s->pInst->nScale, n = 0;
  ScoreChange *a = NULL;
  for(int pa_=0; pa_<s->nPart; pa_++){
    /* This partnership's groups in its own wave order. */
    int iPrev = -1;
    for(;;){
      int iNext = -1;
      for(int gi=0; gi<s->nGroup; gi++){
        const ScoreGroup *g = &s->aGroup[gi];
        if( g->iPart!=pa_ ) continue;
        if( iPrev>=0 && g->iSeq<=s->aGroup[iPrev].iSeq ) continue;
        if( iNext<0 || g->iSeq<s->aGroup[iNext].iSeq ) iNext = gi;
      }
      if( iNext<0 ) break;
      if( iPrev>=0 && !s->aGroup[iPrev].bSuppressed && !s->aGroup[iNext].bSuppressed ){
        a = xrealloc(a, sizeof(ScoreChange)*(size_t)(n+nScale));
        for(int j=0; j<nScale; j++){
          const ScaleStat *f = score_stat(s, iPrev, j), *t = score_stat(s, iNext, j);
          ScoreChange *c = &a[n++];
          c->iGroupFrom = iPrev; c->iGroupTo = iNext; c->iScale = j;
          PsyDesc df = { f->n, f->mean, f->sd, f->ciLow, f->ciHigh };
          PsyDesc dt = { t->n, t->mean, t->sd, t->ciLow, t->ciHigh };
          psy_mean_diff(&dt, &df, &c->diff, &c->ciLow, &c->ciHigh);   /* to - from */
          c->rci = psy_rci(c->diff, f->sd, f->alpha);
          c->bReliable = !isnan(c->rci) && fabs(c->rci)>=1.96;
        }
      }
      iPrev = iNext;
    }
  }
  *pa = a; *pn = n;
}

int score_balance(const ScoreSet *s, int iGroup, double *pB, double *pD, PsyDesc *pDesc){
  const Instrument *p = s->pInst;
  int iB = p->zBenefits ? instrument_scale_index(p, p->zBenefits) : -1;
  int iD = p->zDrawbacks ? instrument_scale_index(p, p->zDrawbacks) : -1;
  if( iB<0 || iD<0 ) return 0;
  const ScoreGroup *g = &s->aGroup[iGroup];
  *pB = score_stat(s, iGroup, iB)->mean;
  *pD = score_stat(s, iGroup, iD)->mean;
  memset(pDesc, 0, sizeof(*pDesc));
  pDesc->mean = pDesc->sd = pDesc->ciLow = pDesc->ciHigh = NAN;
  if( g->bSuppressed ) return 1;
  double *aY = xmalloc(sizeof(double)*(size_t)(g->nResp ? g->nResp : 1));
  for(int r=0; r<g->nResp; r++){
    size_t i = (size_t)s->aOrder[g->iFirst+r]*(size_t)p->nScale;
    aY[r] = s->aScore[i+(size_t)iB] - s->aScore[i+(size_t)iD];   /* NAN when either is missing */
  }
  psy_describe(aY, g->nResp, pDesc);
  free(aY);
  return 1;
}

/*
** survey_index.c: the programme-wide views of the survey scores that the
** rules of every partnership share (see rules.h, DiagSurveyIndex): each
** partnership's groups in wave order, each group's wave record, the change
** of a scale into a group, the sums behind "the programme's other
** partnerships in the same wave" and the programme's mean over the
** partnerships' latest waves. Built once per run, so that each rule's
** cost grows with its own partnership's data, not with the programme's.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/rules.h"
#include "util/xalloc.h"

struct DiagSurveyIndex {
  int nPart;
  int *aPartAt;        /* nPart+1 offsets into aPartGroup */
  int *aPartGroup;     /* each partnership's groups, in wave order (iSeq) */
  int *aLatestSeq;     /* per partnership: the highest iSeq of any group */
  int *aLatestShown;   /* per partnership: latest unsuppressed group, or -1 */
  int *aGroupWave;     /* per group: index into aWave, or -1 */
  int *aChg;           /* change indexes ordered by (to, scale, from, index) */
  long double *aSum; int *aCnt;   /* per wave x scale: unsuppressed partnership means */
  double *aProg;       /* per scale: mean over partnerships of their latest unsuppressed wave */
};

static const DiagSurvey *pSortSurvey;   /* for the qsort comparators below */

static int cmp_chg(const void *a, const void *b){
  int i = *(const int*)a, k = *(const int*)b;
  const ScoreChange *x = &pSortSurvey->aChg[i], *y = &pSortSurvey->aChg[k];
  if( x->iGroupTo!=y->iGroupTo ) return x->iGroupTo<y->iGroupTo ? -1 : 1;
  if( x->iScale!=y->iScale ) return x->iScale<y->iScale ? -1 : 1;
  if( x->iGroupFrom!=y->iGroupFrom ) return x->iGroupFrom<y->iGroupFrom ? -1 : 1;
  return (i>k) - (i<k);
}

/* Wave records ordered by (partnership, name, position). */
static int cmp_wave(const void *a, const void *b){
  int i = *(const int*)a, k = *(const int*)b;
  const WaveRec *x = &pSortSurvey->aWave[i], *y = &pSortSurvey->aWave[k];
  int c = strcmp(x->zPartnership, y->zPartnership);
  if( c==0 ) c = strcmp(x->zName, y->zName);
  return c ? c : (i>k) - (i<k);
}

/* The first wave record (in aWave order) of partnership zP named zName, or -1. */
static int find_wave(const DiagSurvey *d, const int *aOrd, const char *zP, const char *zName){
  int lo = 0, hi = d->nWave;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    const WaveRec *w = &d->aWave[aOrd[mid]];
    int c = strcmp(w->zPartnership, zP);
    if( c==0 ) c = strcmp(w->zName, zName);
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  if( lo<d->nWave ){
    const WaveRec *w = &d->aWave[aOrd[lo]];
    if( strcmp(w->zPartnership, zP)==0 && strcmp(w->zName, zName)==0 ) return aOrd[lo];
  }
  return -1;
}

void diag_survey_index(DiagSurvey *d){
  const ScoreSet *s = d->s;
  DiagSurveyIndex *x = xcalloc(1, sizeof(DiagSurveyIndex));
  int nG = s->nGroup, nS = s->pInst->nScale, nP = s->nPart;
  x->nPart = nP;
  /* groups per partnership, in group order, then stably by iSeq */
  x->aPartAt = xcalloc((size_t)nP+2, sizeof(int));
  x->aPartGroup = xcalloc((size_t)nG+1, sizeof(int));
  for(int g=0; g<nG; g++) if( s->aGroup[g].iPart>=0 ) x->aPartAt[s->aGroup[g].iPart+1]++;
  for(int i=0; i<nP; i++) x->aPartAt[i+1] += x->aPartAt[i];
  int *aFill = xcalloc((size_t)nP+1, sizeof(int));
  for(int g=0; g<nG; g++){
    int i = s->aGroup[g].iPart;
    if( i>=0 ) x->aPartGroup[x->aPartAt[i] + aFill[i]++] = g;
  }
  free(aFill);
  x->aLatestSeq = xcalloc((size_t)nP+1, sizeof(int));
  x->aLatestShown = xcalloc((size_t)nP+1, sizeof(int));
  for(int i=0; i<nP; i++){
    int *a = x->aPartGroup + x->aPartAt[i], n = x->aPartAt[i+1] - x->aPartAt[i];
    for(int u=1; u<n; u++){
      for(int k=u; k>0 && s->aGroup[a[k]].iSeq<s->aGroup[a[k-1]].iSeq; k--){ int t = a[k]; a[k] = a[k-1]; a[k-1] = t; }
    }
    x->aLatestSeq[i] = n ? s->aGroup[a[n-1]].iSeq : 0;
    /* the first group (in group order) with the highest iSeq among the unsuppressed */
    int gBest = -1;
    for(int k=0; k<n; k++){
      const ScoreGroup *G = &s->aGroup[a[k]];
      if( G->bSuppressed ) continue;
      if( gBest<0 || G->iSeq>s->aGroup[gBest].iSeq || (G->iSeq==s->aGroup[gBest].iSeq && a[k]<gBest) ) gBest = a[k];
    }
    x->aLatestShown[i] = gBest;
  }
  /* each group's wave record */
  pSortSurvey = d;
  int *aOrd = xcalloc((size_t)d->nWave+1, sizeof(int));
  for(int w=0; w<d->nWave; w++) aOrd[w] = w;
  if( d->nWave>1 ) qsort(aOrd, (size_t)d->nWave, sizeof(int), cmp_wave);
  x->aGroupWave = xcalloc((size_t)nG+1, sizeof(int));
  for(int g=0; g<nG; g++){
    const ScoreGroup *G = &s->aGroup[g];
    x->aGroupWave[g] = G->iPart<0 ? -1 : find_wave(d, aOrd, s->azPart[G->iPart], s->azWave[G->iWave]);
  }
  free(aOrd);
  /* changes */
  x->aChg = xcalloc((size_t)d->nChg+1, sizeof(int));
  for(int c=0; c<d->nChg; c++) x->aChg[c] = c;
  if( d->nChg>1 ) qsort(x->aChg, (size_t)d->nChg, sizeof(int), cmp_chg);
  pSortSurvey = NULL;
  /* per wave and scale, the unsuppressed partnership means */
  x->aSum = xcalloc((size_t)s->nWave*(size_t)nS+1, sizeof(long double));
  x->aCnt = xcalloc((size_t)s->nWave*(size_t)nS+1, sizeof(int));
  for(int g=0; g<nG; g++){
    const ScoreGroup *G = &s->aGroup[g];
    if( G->iPart<0 || G->bSuppressed ) continue;
    for(int j=0; j<nS; j++){
      double m = score_stat(s, g, j)->mean;
      if( isnan(m) ) continue;
      x->aSum[(size_t)G->iWave*nS + j] += m;
      x->aCnt[(size_t)G->iWave*nS + j]++;
    }
  }
  /* per scale, the partnerships' latest waves */
  x->aProg = xcalloc((size_t)nS+1, sizeof(double));
  for(int j=0; j<nS; j++){
    double sum = 0; int n = 0;
    for(int i=0; i<nP; i++){
      int h = x->aLatestShown[i];
      double m = h>=0 ? score_stat(s, h, j)->mean : NAN;
      if( !isnan(m) ){ sum += m; n++; }
    }
    x->aProg[j] = n ? sum/n : NAN;
  }
  d->pIx = x;
}

void diag_survey_index_free(DiagSurvey *d){
  DiagSurveyIndex *x = d->pIx;
  if( !x ) return;
  free(x->aPartAt); free(x->aPartGroup); free(x->aLatestSeq); free(x->aLatestShown);
  free(x->aGroupWave); free(x->aChg); free(x->aSum); free(x->aCnt); free(x->aProg);
  free(x);
  d->pIx = NULL;
}

int diag_part_groups(const DiagSurvey *d, int iPart, const int **pa){
  const DiagSurveyIndex *x = d->pIx;
  *pa = x->aPartGroup + x->aPartAt[iPart];
  return x->aPartAt[iPart+1] - x->aPartAt[iPart];
}

int diag_latest_shown(const DiagSurvey *d, int iPart){ return d->pIx->aLatestShown[iPart]; }

int diag_is_latest(const DiagSurvey *d, int g){
  const ScoreGroup *G = &d->s->aGroup[g];
  return G->iPart<0 || G->iSeq>=d->pIx->aLatestSeq[G->iPart];
}

const WaveRec *diag_group_wave(const DiagSurvey *d, int g){
  int w = d->pIx->aGroupWave[g];
  return w<0 ? NULL : &d->aWave[w];
}

const ScoreChange *diag_change(const DiagSurvey *d, int g0, int g1, int j){
  const int *a = d->pIx->aChg;
  int lo = 0, hi = d->nChg;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    const ScoreChange *c = &d->aChg[a[mid]];
    int bLess = c->iGroupTo!=g1 ? c->iGroupTo<g1 : c->iScale!=j ? c->iScale<j
              : g0>=0 && c->iGroupFrom<g0;
    if( bLess ) lo = mid+1; else hi = mid;
  }
  if( lo<d->nChg ){
    const ScoreChange *c = &d->aChg[a[lo]];
    if( c->iGroupTo==g1 && c->iScale==j && (g0<0 || c->iGroupFrom==g0) ) return c;
  }
  return NULL;
}

double diag_others_mean(const DiagSurvey *d, int g, int j, int *pnOther){
  const ScoreSet *s = d->s;
  const ScoreGroup *G = &s->aGroup[g];
  size_t k = (size_t)G->iWave*(size_t)s->pInst->nScale + (size_t)j;
  long double sum = d->pIx->aSum[k];
  int n = d->pIx->aCnt[k];
  double own = score_stat(s, g, j)->mean;
  if( G->iPart>=0 && !G->bSuppressed && !isnan(own) ){ sum -= own; n--; }
  *pnOther = n;
  return n ? (double)(sum/n) : NAN;
}

double diag_programme_latest(const DiagSurvey *d, int j){ return d->pIx->aProg[j]; }

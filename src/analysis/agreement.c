/* agreement.c: character-level percent agreement, Cohen's kappa and
** Krippendorff's alpha of two coders (see agreement.h for the formulas). */
#include <math.h>
#include <stdlib.h>
#include "analysis/agreement.h"
#include "analysis/rangeset.h"
#include "util/xalloc.h"

void agr_count(int64_t nCp, const QualRange *aA, int nA, const QualRange *aB, int nB,
               AgrCounts *pC){
  if( nCp<=0 ) return;
  int nUA, nUB;
  QualRange *aUA = rangeset_union(aA, nA, nCp, &nUA);
  QualRange *aUB = rangeset_union(aB, nB, nCp, &nUB);
  int64_t nLenA = rangeset_len(aUA, nUA);
  int64_t nLenB = rangeset_len(aUB, nUB);
  int64_t nBoth = rangeset_overlap_len(aUA, nUA, aUB, nUB);
  pC->nBoth += nBoth;
  pC->nAOnly += nLenA - nBoth;
  pC->nBOnly += nLenB - nBoth;
  pC->nNeither += nCp - (nLenA + nLenB - nBoth);
  free(aUA);
  free(aUB);
}

void agr_add(AgrCounts *pTo, const AgrCounts *pFrom){
  pTo->nBoth += pFrom->nBoth;
  pTo->nAOnly += pFrom->nAOnly;
  pTo->nBOnly += pFrom->nBOnly;
  pTo->nNeither += pFrom->nNeither;
}

int64_t agr_total(const AgrCounts *p){
  return p->nBoth + p->nAOnly + p->nBOnly + p->nNeither;
}

double agr_percent(const AgrCounts *p){
  int64_t n = agr_total(p);
  if( n==0 ) return NAN;
  return 100.0 * (double)(p->nBoth + p->nNeither) / (double)n;
}

double agr_kappa(const AgrCounts *p){
  int64_t n = agr_total(p);
  if( n==0 ) return NAN;
  if( p->nAOnly==0 && p->nBOnly==0 ) return 1.0;
  double N = (double)n;
  double po = (double)(p->nBoth + p->nNeither) / N;
  double pA = (double)(p->nBoth + p->nAOnly) / N;
  double pB = (double)(p->nBoth + p->nBOnly) / N;
  double pe = pA*pB + (1.0-pA)*(1.0-pB);
  return (po - pe) / (1.0 - pe);    /* pe < 1 here: some character is disputed */
}

double agr_alpha(const AgrCounts *p){
  int64_t n = agr_total(p);
  if( n==0 ) return NAN;
  double D = (double)(p->nAOnly + p->nBOnly);
  if( D==0.0 ) return 1.0;
  double nPair = 2.0*(double)n;
  double n1 = 2.0*(double)p->nBoth + D;
  double n0 = 2.0*(double)p->nNeither + D;
  return 1.0 - (nPair - 1.0) * D / (n0 * n1);
}

/* 1 when position iPos is inside normalised set a[0..n), scanning from *pi. */
static int in_set(const QualRange *a, int n, int *pi, int64_t iPos){
  while( *pi<n && a[*pi].iEnd<=iPos ) (*pi)++;
  return *pi<n && a[*pi].iStart<=iPos;
}

AgrDiff *agr_diffs(int64_t nCp, const QualRange *aA, int nA, const QualRange *aB, int nB, int *pn){
  *pn = 0;
  int nUA, nUB;
  QualRange *aUA = rangeset_union(aA, nA, nCp, &nUA);
  QualRange *aUB = rangeset_union(aB, nB, nCp, &nUB);
  /* Every boundary of either set, in order: between two consecutive
  ** boundaries membership in A and in B is constant. */
  int nBound = 2*(nUA+nUB);
  int64_t *aBound = xmalloc(sizeof(int64_t)*(size_t)(nBound+1));
  int i = 0, j = 0, k = 0;
  while( i<2*nUA || j<2*nUB ){
    int64_t x = i<2*nUA ? (i&1 ? aUA[i/2].iEnd : aUA[i/2].iStart) : INT64_MAX;
    int64_t y = j<2*nUB ? (j&1 ? aUB[j/2].iEnd : aUB[j/2].iStart) : INT64_MAX;
    if( x<=y ){ aBound[k++] = x; i++; }else{ aBound[k++] = y; j++; }
  }
  AgrDiff *aOut = NULL;
  int nOut = 0, nAlloc = 0, ia = 0, ib = 0;
  for(int b=0; b+1<k; b++){
    int64_t lo = aBound[b], hi = aBound[b+1];
    if( hi<=lo ) continue;
    int inA = in_set(aUA, nUA, &ia, lo);
    int inB = in_set(aUB, nUB, &ib, lo);
    if( inA==inB ) continue;
    int iWho = inA ? 1 : 2;
    if( nOut>0 && aOut[nOut-1].iEnd==lo && aOut[nOut-1].iWho==iWho ){
      aOut[nOut-1].iEnd = hi;
      continue;
    }
    if( nOut==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 8; aOut = xrealloc(aOut, sizeof(AgrDiff)*(size_t)nAlloc); }
    aOut[nOut].iStart = lo; aOut[nOut].iEnd = hi; aOut[nOut].iWho = iWho;
    nOut++;
  }
  free(aBound);
  free(aUA);
  free(aUB);
  *pn = nOut;
  return aOut;
}

/* cooccur.c: overlap and same-paragraph co-occurrence of codes (see cooccur.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/cooccur.h"
#include "analysis/rangeset.h"
#include "util/xalloc.h"

static int cmp_seg(const void *pa, const void *pb){
  const CoSeg *a = pa, *b = pb;
  if( a->iSource!=b->iSource ) return a->iSource<b->iSource ? -1 : 1;
  if( a->iCode!=b->iCode ) return a->iCode<b->iCode ? -1 : 1;
  if( a->iStart!=b->iStart ) return a->iStart<b->iStart ? -1 : 1;
  return a->iEnd<b->iEnd ? -1 : a->iEnd>b->iEnd;
}

/* What one code covers in one source. */
typedef struct CodeInSource {
  int iCode;
  const CoSeg *aSeg; int nSeg;      /* its segments, sorted by start */
  QualRange *aChar; int nChar;      /* union of their characters */
  int *aPara; int nPara;            /* indexes of paragraphs touched, ascending */
} CodeInSource;

/* Indexes of the paragraphs a[0..n) that the normalised set aR[0..nR)
** overlaps, ascending and distinct. Caller frees. */
static int *paras_touched(const QualRange *a, int n, const QualRange *aR, int nR, int *pnOut){
  int *aOut = NULL, nOut = 0, nAlloc = 0, p = 0;
  for(int r=0; r<nR; r++){
    while( p<n && a[p].iEnd<=aR[r].iStart ) p++;
    for(int q=p; q<n && a[q].iStart<aR[r].iEnd; q++){
      if( nOut>0 && aOut[nOut-1]==q ) continue;
      if( nOut==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 8; aOut = xrealloc(aOut, sizeof(int)*(size_t)nAlloc); }
      aOut[nOut++] = q;
    }
  }
  *pnOut = nOut;
  return aOut;
}

static int64_t common_ints(const int *a, int nA, const int *b, int nB){
  int64_t n = 0;
  int i = 0, j = 0;
  while( i<nA && j<nB ){
    if( a[i]==b[j] ){ n++; i++; j++; }
    else if( a[i]<b[j] ) i++;
    else j++;
  }
  return n;
}

/* Segment pairs of x and y (each sorted by start) that share a character. */
static int64_t overlapping_pairs(const CodeInSource *x, const CodeInSource *y){
  int64_t n = 0;
  for(int i=0; i<x->nSeg; i++){
    for(int j=0; j<y->nSeg && y->aSeg[j].iStart<x->aSeg[i].iEnd; j++){
      if( y->aSeg[j].iEnd>x->aSeg[i].iStart ) n++;
    }
  }
  return n;
}

CoPair *cooccur_compute(const CoSeg *aSeg, int nSeg, int nCode, const CoParas *pParas, int *pn){
  *pn = 0;
  if( nSeg<=0 || nCode<=0 ) return NULL;
  CoSeg *aS = xmalloc(sizeof(CoSeg)*(size_t)nSeg);
  memcpy(aS, aSeg, sizeof(CoSeg)*(size_t)nSeg);
  qsort(aS, (size_t)nSeg, sizeof(CoSeg), cmp_seg);
  size_t nCell = (size_t)nCode*(size_t)nCode;
  int64_t *aOverlap = xcalloc(nCell, sizeof(int64_t));
  int64_t *aCharBoth = xcalloc(nCell, sizeof(int64_t));
  int64_t *aParaBoth = xcalloc(nCell, sizeof(int64_t));
  int64_t *aCharTotal = xcalloc((size_t)nCode, sizeof(int64_t));
  int64_t *aParaTotal = xcalloc((size_t)nCode, sizeof(int64_t));
  CodeInSource *aCis = xmalloc(sizeof(CodeInSource)*(size_t)nCode);

  for(int i=0; i<nSeg; ){
    int iSource = aS[i].iSource;
    const QualRange *aPara = NULL;
    int nPara = 0;
    if( iSource>=0 && iSource<pParas->nSource ){
      aPara = pParas->aaPara[iSource];
      nPara = pParas->anPara[iSource];
    }
    int nCis = 0;
    while( i<nSeg && aS[i].iSource==iSource ){
      int j = i;
      while( j<nSeg && aS[j].iSource==iSource && aS[j].iCode==aS[i].iCode ) j++;
      CodeInSource *c = &aCis[nCis++];
      c->iCode = aS[i].iCode;
      c->aSeg = &aS[i];
      c->nSeg = j-i;
      QualRange *aR = xmalloc(sizeof(QualRange)*(size_t)(j-i));
      for(int k=i; k<j; k++){ aR[k-i].iStart = aS[k].iStart; aR[k-i].iEnd = aS[k].iEnd; }
      c->aChar = rangeset_union(aR, j-i, -1, &c->nChar);
      free(aR);
      c->aPara = paras_touched(aPara, nPara, c->aChar, c->nChar, &c->nPara);
      aCharTotal[c->iCode] += rangeset_len(c->aChar, c->nChar);
      aParaTotal[c->iCode] += c->nPara;
      i = j;
    }
    for(int x=0; x<nCis; x++){
      for(int y=x+1; y<nCis; y++){
        size_t k = (size_t)aCis[x].iCode*(size_t)nCode + (size_t)aCis[y].iCode;
        aOverlap[k] += overlapping_pairs(&aCis[x], &aCis[y]);
        aCharBoth[k] += rangeset_overlap_len(aCis[x].aChar, aCis[x].nChar, aCis[y].aChar, aCis[y].nChar);
        aParaBoth[k] += common_ints(aCis[x].aPara, aCis[x].nPara, aCis[y].aPara, aCis[y].nPara);
      }
    }
    for(int x=0; x<nCis; x++){ free(aCis[x].aChar); free(aCis[x].aPara); }
  }

  CoPair *aOut = NULL;
  int nOut = 0, nAlloc = 0;
  for(int a=0; a<nCode; a++){
    for(int b=a+1; b<nCode; b++){
      size_t k = (size_t)a*(size_t)nCode + (size_t)b;
      if( aOverlap[k]==0 && aParaBoth[k]==0 ) continue;
      if( nOut==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; aOut = xrealloc(aOut, sizeof(CoPair)*(size_t)nAlloc); }
      CoPair *q = &aOut[nOut++];
      q->iCodeA = a; q->iCodeB = b;
      q->nOverlap = aOverlap[k];
      q->nCharBoth = aCharBoth[k];
      q->nCharEither = aCharTotal[a] + aCharTotal[b] - aCharBoth[k];
      q->nParaBoth = aParaBoth[k];
      q->nParaEither = aParaTotal[a] + aParaTotal[b] - aParaBoth[k];
    }
  }
  free(aCis); free(aParaTotal); free(aCharTotal);
  free(aParaBoth); free(aCharBoth); free(aOverlap); free(aS);
  *pn = nOut;
  return aOut;
}

double cooccur_jaccard(int64_t nBoth, int64_t nEither){
  if( nEither<=0 ) return NAN;
  return (double)nBoth / (double)nEither;
}

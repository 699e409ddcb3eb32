/* rangeset.c: sorted disjoint position ranges (see rangeset.h). */
#include <stdlib.h>
#include <string.h>
#include "analysis/rangeset.h"
#include "util/xalloc.h"

static int cmp_range(const void *pa, const void *pb){
  const QualRange *a = pa, *b = pb;
  if( a->iStart!=b->iStart ) return a->iStart<b->iStart ? -1 : 1;
  if( a->iEnd!=b->iEnd ) return a->iEnd<b->iEnd ? -1 : 1;
  return 0;
}

QualRange *rangeset_union(const QualRange *a, int n, int64_t nMax, int *pn){
  *pn = 0;
  if( n<=0 ) return NULL;
  QualRange *aTmp = xmalloc(sizeof(QualRange)*(size_t)n);
  int m = 0;
  for(int i=0; i<n; i++){
    QualRange r = a[i];
    if( r.iStart<0 ) r.iStart = 0;
    if( nMax>=0 && r.iEnd>nMax ) r.iEnd = nMax;
    if( r.iEnd>r.iStart ) aTmp[m++] = r;
  }
  if( m==0 ){ free(aTmp); return NULL; }
  qsort(aTmp, (size_t)m, sizeof(QualRange), cmp_range);
  int k = 0;
  for(int i=1; i<m; i++){
    if( aTmp[i].iStart<=aTmp[k].iEnd ){
      if( aTmp[i].iEnd>aTmp[k].iEnd ) aTmp[k].iEnd = aTmp[i].iEnd;
    }else{
      aTmp[++k] = aTmp[i];
    }
  }
  *pn = k+1;
  return aTmp;
}

int64_t rangeset_len(const QualRange *a, int n){
  int64_t nLen = 0;
  for(int i=0; i<n; i++) nLen += a[i].iEnd - a[i].iStart;
  return nLen;
}

int64_t rangeset_overlap_len(const QualRange *a, int nA, const QualRange *b, int nB){
  int64_t nLen = 0;
  int i = 0, j = 0;
  while( i<nA && j<nB ){
    int64_t lo = a[i].iStart>b[j].iStart ? a[i].iStart : b[j].iStart;
    int64_t hi = a[i].iEnd<b[j].iEnd ? a[i].iEnd : b[j].iEnd;
    if( hi>lo ) nLen += hi-lo;
    if( a[i].iEnd<b[j].iEnd ) i++; else j++;
  }
  return nLen;
}

/* repeats.c: values used more than once (see repeats.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/repeats.h"
#include "util/sb.h"
#include "util/xalloc.h"
#include "util/i18n.h"

/* Sort a[0..n) by value (xCmp), keeping the order of equal ones: a merge
** sort, since qsort() passes no context. */
static void sort_items(int *a, int n, RepeatCmp xCmp, void *pCtx){
  int *t = xmalloc(sizeof(int)*(size_t)(n+1));
  for(int w=1; w<n; w*=2){
    for(int lo=0; lo<n-w; lo+=2*w){
      int mid = lo+w, hi = lo+2*w < n ? lo+2*w : n, i = lo, j = mid, k = lo;
      while( i<mid && j<hi ) t[k++] = xCmp(pCtx, a[j], a[i])<0 ? a[j++] : a[i++];
      while( i<mid ) t[k++] = a[i++];
      while( j<hi ) t[k++] = a[j++];
      memcpy(a+lo, t+lo, sizeof(int)*(size_t)(hi-lo));
    }
  }
  free(t);
}

/* The items aiItem (or 0..n-1) sorted by value, equal ones in the order
** given (increasing). */
static int *sorted_items(const int *aiItem, int n, RepeatCmp xCmp, void *pCtx){
  int *a = xmalloc(sizeof(int)*(size_t)(n+1));
  for(int i=0; i<n; i++) a[i] = aiItem ? aiItem[i] : i;
  sort_items(a, n, xCmp, pCtx);
  return a;
}

typedef struct Run { int iFirst, iStart, n; } Run;
static int cmp_run(const void *a, const void *b){
  const Run *x = a, *y = b;
  return (x->iFirst > y->iFirst) - (x->iFirst < y->iFirst);
}

int repeats_each(const int *aiItem, int n, RepeatCmp xCmp, void *pCtx,
                 RepeatFn xGroup, void *pArg){
  int *a = sorted_items(aiItem, n, xCmp, pCtx);
  Run *aRun = NULL;
  int nRun = 0, nAlloc = 0;
  for(int i=0; i<n; ){
    int j = i+1;
    while( j<n && xCmp(pCtx, a[i], a[j])==0 ) j++;
    if( j-i>1 ){
      if( nRun==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 16;
        aRun = xrealloc(aRun, sizeof(Run)*(size_t)nAlloc);
      }
      aRun[nRun].iFirst = a[i]; aRun[nRun].iStart = i; aRun[nRun].n = j-i;
      nRun++;
    }
    i = j;
  }
  if( nRun>1 ) qsort(aRun, (size_t)nRun, sizeof(Run), cmp_run);
  for(int k=0; k<nRun; k++) xGroup(pArg, a+aRun[k].iStart, aRun[k].n);
  free(aRun);
  free(a);
  return nRun;
}

int *repeats_first(int n, RepeatCmp xCmp, void *pCtx){
  int *a = sorted_items(NULL, n, xCmp, pCtx);
  int *aFirst = xmalloc(sizeof(int)*(size_t)(n+1));
  for(int i=0, iFirst=0; i<n; i++){
    if( i==0 || xCmp(pCtx, a[i], a[i-1])!=0 ){ iFirst = a[i]; aFirst[a[i]] = -1; }
    else aFirst[a[i]] = iFirst;
  }
  free(a);
  return aFirst;
}

const char *repeats_times(int n, char *zBuf, size_t nBuf){
  if( n==2 ) snprintf(zBuf, nBuf, "%s", _("twice"));
  else snprintf(zBuf, nBuf, ngettext("%d time", "%d times", (unsigned long)n), n);
  return zBuf;
}

char *repeats_lines(const int *ai, int n, const int *aiLine){
  Sb b = SB_INIT;
  int nList = n < REPEATS_LIST_MAX ? n : REPEATS_LIST_MAX;
  for(int k=0; k<nList; k++) sb_printf(&b, "%s%d", k ? ", " : "", aiLine[ai[k]]);
  if( n>nList ){
    sb_putc(&b, ' ');
    sb_printf(&b, ngettext("and %d more", "and %d more", (unsigned long)(n-nList)), n-nList);
  }
  return sb_take(&b);
}

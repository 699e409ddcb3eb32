/* code_filter.c: the --codes restriction of the analysis commands (see code_filter.h). */
#include <stdlib.h>
#include "qual/code_filter.h"
#include "store/st_qual.h"

static int cmp_i64(const void *pa, const void *pb){
  int64_t a = *(const int64_t*)pa, b = *(const int64_t*)pb;
  return a<b ? -1 : a>b;
}

int qual_code_filter(Store *p, const char *zCodes, int64_t **pa, int *pn, Err *pErr){
  *pa = NULL;
  *pn = -1;
  if( !zCodes ) return 0;
  int64_t iRoot;
  int rc = st_code_find(p, zCodes, &iRoot, NULL);
  if( rc==STORE_OK ) rc = st_code_subtree(p, iRoot, pa, pn);
  if( rc ){
    *pa = NULL;
    *pn = -1;
    return store_err(p, rc, pErr);
  }
  qsort(*pa, (size_t)*pn, sizeof(int64_t), cmp_i64);
  return 0;
}

int qual_code_in(const int64_t *a, int n, int64_t id){
  if( n<0 ) return 1;
  return n>0 && bsearch(&id, a, (size_t)n, sizeof(int64_t), cmp_i64)!=NULL;
}

/* fuzz_query.c: the search query language (qual/query.c). */
#include "fuzz.h"
#include "qual/query.h"
#include "util/textquery.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  char *z = fuzz_str(a, n);
  TqNode *pQuery = NULL;
  char *zErr = NULL;
  if( qual_query_parse(z, &pQuery, &zErr)==0 ){
    Sb out = SB_INIT;
    tq_explain(&out, pQuery);
    sb_free(&out);
  }
  tq_free(pQuery); free(zErr); free(z);
  return 0;
}

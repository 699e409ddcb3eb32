/* fuzz_query.c: the search query language (qual/query.c). */
#include "fuzz.h"
#include "qual/query.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  char *z = fuzz_str(a, n);
  char *zMatch = NULL, *zErr = NULL;
  qual_query_translate(z, &zMatch, &zErr);
  free(zMatch); free(zErr); free(z);
  return 0;
}

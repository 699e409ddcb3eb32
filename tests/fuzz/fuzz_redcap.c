/* fuzz_redcap.c: REDCap data dictionaries (survey/redcap.c over util/csvread.c). */
#include "fuzz.h"
#include "survey/redcap.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  const char *zPath = fuzz_file(a, n, ".csv");
  ErrList e = ERRLIST_INIT;
  Instrument *p = NULL;
  if( redcap_read_dictionary(zPath, "rc", &p, &e, NULL)==0 ){
    FILE *f = fopen("/dev/null", "w");
    redcap_write_dictionary(p, "en", f);
    fclose(f);
    instrument_free(p);
  }
  errlist_free(&e);
  return 0;
}

/* fuzz_instrument.c: instrument JSON (survey/instrument.c, util/jsonpos.c). */
#include "fuzz.h"
#include "survey/instrument.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  char *z = fuzz_str(a, n);
  ErrList e = ERRLIST_INIT;
  Instrument *p = NULL;
  if( instrument_parse(z, n, "in.json", &p, &e)==0 ){
    char *zOut = instrument_to_json(p);    /* what it accepts it can write */
    free(zOut);
    instrument_free(p);
  }
  errlist_free(&e);
  free(z);
  return 0;
}

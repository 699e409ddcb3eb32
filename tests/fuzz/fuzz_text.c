/* fuzz_text.c: dates (util/date.c), UTF-8 (util/utf8.c), the CSV guard
** and its undoing (util/table.c), the JSON text check (util/jsonpos.c). */
#include "fuzz.h"
#include "util/date.h"
#include "util/jsonpos.h"
#include "util/table.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  char *z = fuzz_str(a, n);
  int iDay;
  if( date_parse(z, &iDay) ){
    char zOut[32];
    date_format(iDay, zOut);
    (void)date_year(iDay);
  }
  size_t iBad;
  if( utf8_valid(z, n, &iBad) ){
    free(utf8_nfc(z));
    free(utf8_fold(z));
    size_t nCp = utf8_ncp(z, strlen(z));
    (void)utf8_byte_offset(z, nCp/2);
  }
  (void)utf8_find_control(z, n);
  /* The guard is undone exactly: guarded(apostrophe + z) whenever guard(z). */
  if( csv_guard(z) && !csv_guarded(z) ){
    char *zG = malloc(n+2);
    zG[0] = '\'';
    memcpy(zG+1, z, n+1);
    if( !csv_guarded(zG) ) abort();
    free(zG);
  }
  ErrList e = ERRLIST_INIT;
  jsonpos_check_text(z, n, 64, "f", &e);
  errlist_free(&e);
  free(z);
  return 0;
}

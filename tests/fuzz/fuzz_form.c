/* fuzz_form.c: the web survey's request parsing (serve/request.c): form
** bodies, cookies, language choice, tokens and routes. */
#include "fuzz.h"
#include "serve/request.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  SvForm f;
  memset(&f, 0, sizeof(f));
  if( sv_form_parse((const char*)a, n, &f)==0 ){
    (void)sv_form_get(&f, "token");
    (void)sv_form_count(&f, "q1");
    sv_form_clear(&f);
  }
  char *z = fuzz_str(a, n);
  char zOut[128];
  (void)sv_cookie_get(z, "lang", zOut, sizeof(zOut));
  (void)sv_lang_pick(z, z, z);
  (void)sv_token_shape(z);
  char zTok[128]; int iN = 0;
  (void)sv_route_match("/s/{token}/{n}", z, zTok, &iN);
  sv_log_path(z, zOut, sizeof(zOut));
  free(z);
  return 0;
}

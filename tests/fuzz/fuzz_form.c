/* fuzz_form.c: what the web server parses from a request (serve/request.c):
** form bodies, cookies, the language choice (?lang=, cookie,
** Accept-Language), tokens, routes and logged paths; the coding
** workspace's selection positions (serve/selpos.c: a browser's UTF-16
** offsets turned into code points, the last 16 bytes of the input giving
** the numbers, the rest the text; a highlighted span "A-B" of a link's
** query) and the audit trail's segment descriptions (store/st_workspace.c).
** A survey's posted answers: fuzz_survey_post.c. */
#include "fuzz.h"
#include "serve/request.h"
#include "serve/selpos.h"
#include "store/st_workspace.h"
#include "util/utf8.h"

static uint32_t u32_at(const uint8_t *a){
  return (uint32_t)a[0] | (uint32_t)a[1]<<8 | (uint32_t)a[2]<<16 | (uint32_t)a[3]<<24;
}

/* Selection positions over text z (valid UTF-8, no NUL): the bounds the
** workspace relies on. */
static void selection(const char *z, const uint8_t *aNum){
  int64_t nCp = (int64_t)utf8_ncp(z, strlen(z));
  int64_t iFrom = u32_at(aNum) % (uint32_t)(nCp+2);   /* mostly inside */
  int64_t nUnit = u32_at(aNum+4) % 1000000;
  int64_t a = selpos_cp(z, iFrom, nUnit, 0), b = selpos_cp(z, iFrom, nUnit, 1);
  if( iFrom>nCp ){
    if( a!=-1 || b!=-1 ) abort();
    return;
  }
  if( a<iFrom || a>b || b>nCp ) abort();
  int64_t nA = selpos_units(z, iFrom, a), nB = selpos_units(z, iFrom, b);
  if( nA<0 || nA>nUnit || nB<nA ) abort();
  int64_t x = u32_at(aNum+8) % (uint32_t)(nCp+2), y = u32_at(aNum+12) % (uint32_t)(nCp+2);
  int64_t n = selpos_units(z, x, y);
  if( (x<=y && y<=nCp) != (n>=0) ) abort();
}

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
  (void)sv_route_match("/w/{p}/{n}", z, zTok, &iN);
  sv_log_path(z, zOut, sizeof(zOut));
  int64_t hA, hB;
  if( selpos_span(z, 1000000, &hA, &hB) && (hA<0 || hB<=hA || hB>1000000) ) abort();
  char *zSrc, *zCode, *zCoder;
  int64_t iA, iB;
  if( st_ws_desc_parse(z, &zSrc, &iA, &iB, &zCode, &zCoder) ){ free(zSrc); free(zCode); free(zCoder); }
  size_t iBad;
  if( n>=16 && utf8_valid((const char*)a, n-16, &iBad) && !memchr(a, 0, n-16) ){
    z[n-16] = 0;
    selection(z, a+n-16);
  }
  free(z);
  return 0;
}

/*
** test_serve_request.c: the server's pure request parsing
** (src/serve/request.c): form bodies, cookies, language choice, token
** shapes, route patterns and logged paths. Expected values by hand from
** the WHATWG urlencoded rules and RFC 7231 Accept-Language q-values.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "serve/request.h"

static void form_fields(void **state){
  (void)state;
  SvForm f;
  const char *z = "key=abc&nav=next&q1=4&note=a+b%2Bc%C3%A9&&empty=";
  assert_int_equal(sv_form_parse(z, strlen(z), &f), 0);
  assert_int_equal(f.n, 5);
  assert_string_equal(sv_form_get(&f, "nav"), "next");
  assert_string_equal(sv_form_get(&f, "note"), "a b+c\xC3\xA9");
  assert_string_equal(sv_form_get(&f, "empty"), "");
  assert_null(sv_form_get(&f, "none"));
  assert_int_equal(sv_form_count(&f, "q1"), 1);
  sv_form_clear(&f);
  z = "a=1&a=2";
  assert_int_equal(sv_form_parse(z, strlen(z), &f), 0);
  assert_int_equal(sv_form_count(&f, "a"), 2);
  sv_form_clear(&f);
}

static void form_malformed(void **state){
  (void)state;
  const char *az[] = { "novalue", "=x", "a=%zz", "a=%4", "a=%", "a=%00", "a=%C3", "%41%=1" };
  for(size_t i=0; i<sizeof(az)/sizeof(az[0]); i++){
    SvForm f;
    assert_int_equal(sv_form_parse(az[i], strlen(az[i]), &f), -1);
    assert_int_equal(f.n, 0);
  }
  /* A NUL inside the body ends no field early: it is not UTF-8 text. */
  SvForm f;
  assert_int_equal(sv_form_parse("a=b", 3, &f), 0);
  sv_form_clear(&f);
}

static void cookies(void **state){
  (void)state;
  char z[8];
  assert_int_equal(sv_cookie_get("x=1; lang=fr; y=2", "lang", z, sizeof(z)), 1);
  assert_string_equal(z, "fr");
  assert_int_equal(sv_cookie_get("xlang=fr", "lang", z, sizeof(z)), 0);
  assert_int_equal(sv_cookie_get(NULL, "lang", z, sizeof(z)), 0);
  assert_int_equal(sv_cookie_get("lang=verylongvalue", "lang", z, sizeof(z)), 1);
  assert_string_equal(z, "verylon");
}

static void languages(void **state){
  (void)state;
  assert_int_equal(sv_lang_pick(NULL, NULL, NULL), 0);
  assert_int_equal(sv_lang_pick(NULL, NULL, "fr-CA,fr;q=0.9,en;q=0.8"), 1);
  assert_int_equal(sv_lang_pick(NULL, NULL, "de, en;q=0.5, fr;q=0.7"), 1);
  assert_int_equal(sv_lang_pick(NULL, NULL, "en-GB,fr;q=0.9"), 0);
  assert_int_equal(sv_lang_pick(NULL, NULL, "fr;q=0, en"), 0);
  assert_int_equal(sv_lang_pick(NULL, "fr", "en"), 1);
  assert_int_equal(sv_lang_pick("en", "fr", "fr"), 0);
  assert_int_equal(sv_lang_pick("de", "xx", "fr"), 1);
}

static void tokens_and_routes(void **state){
  (void)state;
  assert_int_equal(sv_token_shape("7EmfwP8hOQYj3Toa-PX7pQ"), 1);
  assert_int_equal(sv_token_shape("short"), 0);
  assert_int_equal(sv_token_shape("7EmfwP8hOQYj3Toa+PX7pQ"), 0);
  char zTok[65]; int n;
  assert_int_equal(sv_route_match("/s/{token}/p/{n}", "/s/7EmfwP8hOQYj3Toa-PX7pQ/p/12", zTok, &n), 1);
  assert_string_equal(zTok, "7EmfwP8hOQYj3Toa-PX7pQ");
  assert_int_equal(n, 12);
  assert_int_equal(sv_route_match("/s/{token}/p/{n}", "/s/7EmfwP8hOQYj3Toa-PX7pQ/p/0", zTok, &n), 0);
  assert_int_equal(sv_route_match("/s/{token}/p/{n}", "/s/7EmfwP8hOQYj3Toa-PX7pQ/p/12/", zTok, &n), 0);
  assert_int_equal(sv_route_match("/s/{token}", "/s/7EmfwP8hOQYj3Toa-PX7pQ/review", zTok, &n), 0);
  assert_int_equal(sv_route_match("/", "/", zTok, &n), 1);
  assert_int_equal(sv_route_match("/style.css", "/style.cs", zTok, &n), 0);
}

static void logged_paths(void **state){
  (void)state;
  char z[100];
  sv_log_path("/s/7EmfwP8hOQYj3Toa-PX7pQ/p/2?lang=fr", z, sizeof(z));
  assert_string_equal(z, "/s/7Emf.../p/2");
  sv_log_path("/style.css", z, sizeof(z));
  assert_string_equal(z, "/style.css");
  sv_log_path("/s/7EmfwP8hOQYj3Toa-PX7pQ", z, 8);
  assert_int_equal(strlen(z), 7);
  assert_null(strstr(z, "wP8h"));
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(form_fields),
    cmocka_unit_test(form_malformed),
    cmocka_unit_test(cookies),
    cmocka_unit_test(languages),
    cmocka_unit_test(tokens_and_routes),
    cmocka_unit_test(logged_paths),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

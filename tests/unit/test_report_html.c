/*
** test_report_html.c: unit tests of the HTML writer (src/util/html.c):
** the escaping conversion %h, raw %s, id tokens %t, numeric conversions
** handed to printf. Expected strings are written by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include "util/html.h"

/* html_printf into a fresh buffer; the caller frees the result. */
static char *fmt(const char *zFmt, ...){
  Sb s = SB_INIT;
  va_list ap;
  va_start(ap, zFmt);
  html_vprintf(&s, zFmt, ap);
  va_end(ap);
  return sb_take(&s);
}

static void expect(char *zGot, const char *zWant){
  assert_string_equal(zGot, zWant);
  free(zGot);
}

static void test_escape(void **state){
  (void)state;
  /* Every one of & < > " ' becomes an entity; other bytes (UTF-8 too) pass. */
  expect(fmt("<td>%h</td>", "a<b> & \"c\" 'd' é"),
         "<td>a&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; é</td>");
  expect(fmt("[%h]", (const char*)NULL), "[]");
  expect(fmt("<p title=\"%h\">%h</p>", "x\"><script>", "<script>alert(1)</script>"),
         "<p title=\"x&quot;&gt;&lt;script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
}

static void test_raw_and_token(void **state){
  (void)state;
  expect(fmt("%s|%s", "<b>trusted</b>", (const char*)NULL), "<b>trusted</b>|");
  expect(fmt("id=\"%t\"", "chart 1/<x>"), "id=\"chart-1--x-\"");
  expect(fmt("%t", ""), "x");
  expect(fmt("100%% sure"), "100% sure");
}

static void test_numbers(void **state){
  (void)state;
  expect(fmt("%d %i %u %x %X", -7, 42, 3u, 255u, 255u), "-7 42 3 ff FF");
  expect(fmt("%ld|%lld|%zu", -5L, 1234567890123LL, (size_t)9), "-5|1234567890123|9");
  expect(fmt("%5d|%-4d|%03d", 42, 7, 5), "   42|7   |005");
  expect(fmt("%*d|%.*f", 4, 9, 2, 3.14159), "   9|3.14");
  expect(fmt("%.1f %g %e", 2.25, 0.5, 1500.0), "2.2 0.5 1.500000e+03");
  expect(fmt("%c%c", 'o', 'k'), "ok");
  /* The plain decimals written without snprintf: the extremes. */
  expect(fmt("%lld|%lld|%d|%u|%zu", (long long)INT64_MIN, (long long)INT64_MAX, 0, 4294967295u, (size_t)0),
         "-9223372036854775808|9223372036854775807|0|4294967295|0");
  /* Mixed with escaping, arguments stay aligned. */
  expect(fmt("%d<%h>%.2f", 1, "&", 0.125), "1<&amp;>0.12");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_escape),
    cmocka_unit_test(test_raw_and_token),
    cmocka_unit_test(test_numbers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

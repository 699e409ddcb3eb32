/*
** test_serve_selpos.c: browser selection offsets (UTF-16 code units of the
** text as the HTML parser leaves it) to code points of the stored text and
** back (src/serve/selpos.c). Expected values counted by hand: JavaScript's
** "😀".length is 2, "é".length 1, "e\u0301".length 2, and the HTML
** parser turns "\r\n" into one "\n" (WHATWG HTML, "normalize newlines").
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "serve/selpos.h"

/* "Élève 😀 e\u0301t\r\nfin 👍🏽." : code points
**  0 É  1 l  2 è  3 v  4 e  5 ' '  6 😀  7 ' '  8 e  9 U+0301  10 t
** 11 \r 12 \n 13 f 14 i 15 n 16 ' ' 17 👍 18 🏽 19 '.'
** UTF-16 units from 0: É0 l1 è2 v3 e4 ' '5 😀6-7 ' '8 e9 U+0301 10 t11
** \n12 f13 i14 n15 ' '16 👍17-18 🏽19-20 '.'21; length 22. */
static const char *zT = "\xC3\x89l\xC3\xA8ve \xF0\x9F\x98\x80 e\xCC\x81t\r\nfin \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD.";

static void units_to_code_points(void **state){
  (void)state;
  assert_int_equal(selpos_cp(zT, 0, 0, 0), 0);
  assert_int_equal(selpos_cp(zT, 0, 5, 0), 5);     /* accents: one unit each */
  assert_int_equal(selpos_cp(zT, 0, 6, 0), 6);     /* before the emoji */
  assert_int_equal(selpos_cp(zT, 0, 8, 0), 7);     /* after it: two units, one code point */
  assert_int_equal(selpos_cp(zT, 0, 7, 0), 6);     /* inside the pair: start rounds down */
  assert_int_equal(selpos_cp(zT, 0, 7, 1), 7);     /* end rounds up */
  assert_int_equal(selpos_cp(zT, 0, 11, 0), 10);   /* combining acute: its own unit and code point */
  assert_int_equal(selpos_cp(zT, 0, 12, 0), 11);   /* before "\r\n" */
  assert_int_equal(selpos_cp(zT, 0, 13, 0), 13);   /* after it: one unit, two code points */
  assert_int_equal(selpos_cp(zT, 0, 22, 1), 20);   /* the whole text */
  assert_int_equal(selpos_cp(zT, 0, 99, 1), 20);   /* stops at the end */
  /* From a paragraph's first code point: "fin" starts at 13. */
  assert_int_equal(selpos_cp(zT, 13, 3, 1), 16);
  assert_int_equal(selpos_cp(zT, 13, 6, 1), 18);   /* "fin 👍" */
  assert_int_equal(selpos_cp(zT, 13, 8, 1), 19);   /* with the skin-tone modifier */
  assert_int_equal(selpos_cp(zT, 6, 2, 1), 7);     /* the emoji alone */
  assert_int_equal(selpos_cp(zT, -1, 2, 1), -1);
  assert_int_equal(selpos_cp(zT, 0, -2, 1), -1);
  assert_int_equal(selpos_cp(zT, 21, 0, 1), -1);   /* past the end */
  assert_int_equal(selpos_cp(zT, 20, 0, 1), 20);
}

static void code_points_to_units(void **state){
  (void)state;
  assert_int_equal(selpos_units(zT, 0, 20), 22);
  assert_int_equal(selpos_units(zT, 0, 6), 6);
  assert_int_equal(selpos_units(zT, 6, 7), 2);
  assert_int_equal(selpos_units(zT, 8, 13), 4);    /* e, U+0301, t, "\r\n" */
  assert_int_equal(selpos_units(zT, 17, 19), 4);
  assert_int_equal(selpos_units(zT, 5, 4), -1);
  assert_int_equal(selpos_units(zT, 0, 21), -1);
  /* Round trip for every start and end. */
  for(int64_t a=0; a<=20; a++){
    for(int64_t b=a; b<=20; b++){
      if( a==12 || b==12 ) continue;               /* between '\r' and '\n': no browser position */
      int64_t nA = selpos_units(zT, 0, a), nB = selpos_units(zT, 0, b);
      assert_int_equal(selpos_cp(zT, 0, nA, 0), a);
      assert_int_equal(selpos_cp(zT, 0, nB, 1), b);
      assert_int_equal(selpos_cp(zT, a, nB-nA, 1), b);
    }
  }
}

static void plain_and_empty(void **state){
  (void)state;
  assert_int_equal(selpos_cp("", 0, 0, 0), 0);
  assert_int_equal(selpos_cp("", 0, 3, 1), 0);
  assert_int_equal(selpos_cp("abc", 1, 1, 0), 2);
  assert_int_equal(selpos_cp("a\rb", 0, 2, 0), 2);   /* a lone "\r" is one "\n": one unit */
  assert_int_equal(selpos_units("a\rb", 0, 3), 3);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(units_to_code_points),
    cmocka_unit_test(code_points_to_units),
    cmocka_unit_test(plain_and_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

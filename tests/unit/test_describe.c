/*
** test_describe.c: the wide layout of a sample table (src/roster/
** describe.c): each group's n handed back as a number beside the
** headings that show it, so that a caller writing its own headings (the
** report's "all (n = %d)" in French) never reads the number back from
** text. Counts by hand: AAA has 2 units, BBB 1, all 3.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "roster/describe.h"

static void test_wide_group_sizes(void **state){
  (void)state;
  const char *azAttr[] = { "stakeholder_group" };
  const char *az1[] = { "decision maker" }, *az2[] = { "academic" }, *az3[] = { "academic" };
  DescUnit aU[] = { { "AAA", az1 }, { "BBB", az2 }, { "AAA", az3 } };
  Table *pLong = describe_build(1, azAttr, aU, 3);
  int *aN = NULL;
  Table *w = describe_wide(pLong, &aN);
  assert_int_equal(w->nCol, 4);
  assert_string_equal(w->azCol[1], "AAA (n = 2)");
  assert_string_equal(w->azCol[3], "all (n = 3)");
  assert_non_null(aN);
  assert_int_equal(aN[0], 2);
  assert_int_equal(aN[1], 1);
  assert_int_equal(aN[2], 3);
  free(aN);
  table_free(w);
  w = describe_wide(pLong, NULL);      /* without sizes: the same table */
  assert_int_equal(w->nCol, 4);
  table_free(w);
  table_free(pLong);
}

int main(void){
  const struct CMUnitTest tests[] = { cmocka_unit_test(test_wide_group_sizes) };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
** test_hostile.c: the pieces that keep hostile input bounded: the
** spreadsheet guard of CSV cells and its exact undoing, the string map of
** the linear duplicate checks, the one-pass JSON locator, the JSON text
** check, the problem-list cap, the limits table and the audit trail's
** segment descriptions as the workspace reads them. Expected values are
** worked out by hand in the comments.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "store/st_workspace.h"
#include "util/errlist.h"
#include "util/jsonpos.h"
#include "util/limits.h"
#include "util/strmap.h"
#include "util/table.h"
#include "util/utf8.h"

static void test_csv_guard(void **state){
  (void)state;
  /* OWASP's triggers, after any apostrophes. */
  const char *azYes[] = { "=1+1", "+x", "-x", "@SUM(A1)", "\tx", "\rx", "'=x", "''@x", "-", "+", "- item", NULL };
  for(int i=0; azYes[i]; i++){ if( !csv_guard(azYes[i]) ) fail_msg("should guard '%s'", azYes[i]); }
  /* Plain numbers written as text, and text not starting with a trigger. */
  const char *azNo[] = { "-5", "+3.5", "-1e3", "x=1", "'x", "", "2018-01-01", "a@b", NULL };
  for(int i=0; azNo[i]; i++){ if( csv_guard(azNo[i]) ) fail_msg("should not guard '%s'", azNo[i]); }
  /* "-inf" and "-0x10" are numbers to strtod, not to a spreadsheet. */
  assert_true(csv_guard("-inf"));
  assert_true(csv_guard("-0x10"));
  /* What a reader drops: one apostrophe before a trigger, nothing else. */
  assert_true(csv_guarded("'=x"));
  assert_true(csv_guarded("''=x"));
  assert_false(csv_guarded("'x"));
  assert_false(csv_guarded("=x"));
  assert_false(csv_guarded("-5"));
  /* The round trip, for each value v: guard(v) ? "'"+v : v, then drop. */
  const char *azAll[] = { "=1", "'=1", "''=1", "-5", "'-5", "-x", "'x", "x", "\t", "'", NULL };
  for(int i=0; azAll[i]; i++){
    const char *v = azAll[i];
    char zOut[32];
    snprintf(zOut, sizeof(zOut), "%s%s", csv_guard(v) ? "'" : "", v);
    const char *zBack = csv_guarded(zOut) ? zOut+1 : zOut;
    assert_string_equal(zBack, v);
  }
}

static void test_strmap(void **state){
  (void)state;
  StrMap *p = strmap_new();
  char z[32];
  /* 100000 keys force several doublings of the table. */
  for(int i=0; i<100000; i++){ snprintf(z, sizeof(z), "k%d", i); assert_int_equal(strmap_put(p, z, i), -1); }
  for(int i=0; i<100000; i+=997){ snprintf(z, sizeof(z), "k%d", i); assert_int_equal(strmap_get(p, z), i); }
  assert_int_equal(strmap_put(p, "k5", 7), 5);      /* the first value stays */
  assert_int_equal(strmap_get(p, "k5"), 5);
  assert_int_equal(strmap_get(p, "nope"), -1);
  assert_int_equal(strmap_put(p, "", 0), -1);
  assert_int_equal(strmap_get(p, ""), 0);
  strmap_free(p);
}

static void test_jsonpos_all(void **state){
  (void)state;
  /* Lines and columns counted by hand (columns in code points: é is one). */
  const char *z = "{\n \"a\": [1, {\"é\": 2, \"b\": [3, 4]}],\n \"c\": \"x\"\n}";
  const char *azPath[] = { "a[1].b[1]", "c", "a[1].nope", "(top)", "a[5]", "a[0]", "c" };
  int aiLine[7], aiCol[7];
  jsonpos_find_all(z, strlen(z), azPath, 7, aiLine, aiCol);
  int aWant[7][2] = { {2,29}, {3,7}, {2,11}, {1,1}, {2,7}, {2,8}, {3,7} };
  for(int i=0; i<7; i++){
    int iL, iC;
    jsonpos_find(z, strlen(z), azPath[i], &iL, &iC);   /* the one-path locator agrees */
    assert_int_equal(aiLine[i], aWant[i][0]);
    assert_int_equal(aiCol[i], aWant[i][1]);
    assert_int_equal(iL, aWant[i][0]);
    assert_int_equal(iC, aWant[i][1]);
  }
}

static void test_json_text_check(void **state){
  (void)state;
  ErrList e = ERRLIST_INIT;
  /* \u0001 at line 2 column 8; \\u0001 is a backslash and text; \u0009 a tab. */
  const char *z = "{\"a\": \"ok\\u0009\",\n \"b\": \"\\u0001\", \"c\": \"\\\\u0001\"}";
  assert_int_equal(jsonpos_check_text(z, strlen(z), 64, "f.json", &e), 1);
  assert_int_equal(e.a[0].iLine, 2);
  assert_int_equal(e.a[0].iCol, 8);
  errlist_free(&e);
  /* Depth 3 with a limit of 2: refused at the third bracket (column 3). */
  assert_int_equal(jsonpos_check_text("[[[]]]", 6, 2, "f.json", &e), 1);
  assert_int_equal(e.a[0].iCol, 3);
  errlist_free(&e);
  /* Brackets inside strings do not count. */
  assert_int_equal(jsonpos_check_text("[\"[[[[\"]", 8, 2, "f.json", &e), 0);
  errlist_free(&e);
}

static void test_errlist_cap(void **state){
  (void)state;
  ErrList e = ERRLIST_INIT;
  for(int i=0; i<ERRLIST_KEEP+500; i++) errlist_add(&e, "f", i+1, 0, "problem %d", i);
  assert_int_equal(e.n, ERRLIST_KEEP+500);          /* every problem counted */
  assert_int_equal(errlist_kept(&e), ERRLIST_KEEP); /* the first kept */
  char *zLong = malloc(5000);
  memset(zLong, 'x', 4999); zLong[4999] = 0;
  ErrList e2 = ERRLIST_INIT;
  errlist_add(&e2, "f", 1, 0, "%s", zLong);
  assert_true(strlen(e2.a[0].zMsg) < ERRLIST_MSG_MAX + 16);
  /* Messages just over the cut, where the mark is longer than what it
  ** replaces (an overflow once: fuzz_import, corpus/import/errcut-*),
  ** ASCII and with two-byte characters across the cut. */
  for(int bWide=0; bWide<2; bWide++){
    for(int n=ERRLIST_MSG_MAX-4; n<ERRLIST_MSG_MAX+16; n++){
      ErrList e3 = ERRLIST_INIT;
      char *z = malloc((size_t)n+1);
      for(int i=0; i<n; i++) z[i] = bWide ? (i%2 ? (char)0xA9 : (char)0xC3) : 'y';
      z[n] = 0;
      errlist_add(&e3, "f", 1, 0, "%s", z);
      size_t m = strlen(e3.a[0].zMsg);
      if( n<=ERRLIST_MSG_MAX ){
        assert_string_equal(e3.a[0].zMsg, z);
      }else{
        assert_true(m<=ERRLIST_MSG_MAX+9);
        assert_string_equal(e3.a[0].zMsg+m-9, "\xE2\x80\xA6 (cut)");
        assert_memory_equal(e3.a[0].zMsg, z, m-9);
      }
      errlist_free(&e3);
      free(z);
    }
  }
  FILE *f = tmpfile();
  errlist_print(&e, f);
  rewind(f);
  char zLine[200]; int nLine = 0; char zLast[200] = "";
  while( fgets(zLine, sizeof(zLine), f) ){ nLine++; strcpy(zLast, zLine); }
  fclose(f);
  assert_int_equal(nLine, ERRLIST_SHOW+1);
  assert_string_equal(zLast, "synergist: error: and 1400 more problems\n");
  free(zLong);
  errlist_free(&e); errlist_free(&e2);
}

/* "SOURCE [START,END) CODE by CODER"; the last " [a,b)" opens the span.
** A description ending at ")" (a coder named "x [1,2)") once made the
** code start past the end of the string (fuzz_form, corpus/form/desc-at-end). */
static void test_ws_desc(void **state){
  (void)state;
  char *zS = NULL, *zC = NULL, *zW = NULL;
  int64_t a = 0, b = 0;
  assert_int_equal(st_ws_desc_parse("PCCP int [1,2) 011 [12,40) trust/shared by alice", &zS, &a, &b, &zC, &zW), 1);
  assert_string_equal(zS, "PCCP int [1,2) 011");
  assert_int_equal(a, 12); assert_int_equal(b, 40);
  assert_string_equal(zC, "trust/shared");
  assert_string_equal(zW, "alice");
  free(zS); free(zC); free(zW);
  assert_int_equal(st_ws_desc_parse("x [1,2)", &zS, &a, &b, &zC, &zW), 0);
  assert_int_equal(st_ws_desc_parse("s [0,5) c by x [1,2)", &zS, &a, &b, &zC, &zW), 0);
  assert_int_equal(st_ws_desc_parse("no span here", &zS, &a, &b, &zC, &zW), 0);
}

static void test_limits(void **state){
  (void)state;
  assert_int_equal(limit_get(LIM_SOURCE_TEXT), 64u*1024*1024);
  assert_int_equal(limit_set("max_source_text_mb", "128"), 0);
  assert_int_equal(limit_get(LIM_SOURCE_TEXT), 128u*1024*1024);
  assert_int_equal(limit_set("max_source_text_mb", "0"), 1);
  assert_int_equal(limit_set("max_source_text_mb", "12x"), 1);
  assert_int_equal(limit_set("max_query_depth", "101"), 1);   /* above its ceiling */
  assert_int_equal(limit_set("no_such", "1"), 1);
  assert_non_null(strstr(limit_hint(LIM_SOURCE_TEXT), "128 MB (raise it with: synergist setting max_source_text_mb N)"));
  assert_int_equal(utf8_find_control("ab\tc\n\r", 6), 6);
  assert_int_equal(utf8_find_control("ab\x7f\x1f", 4), 3);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_csv_guard),
    cmocka_unit_test(test_strmap),
    cmocka_unit_test(test_jsonpos_all),
    cmocka_unit_test(test_json_text_check),
    cmocka_unit_test(test_errlist_cap),
    cmocka_unit_test(test_limits),
    cmocka_unit_test(test_ws_desc),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

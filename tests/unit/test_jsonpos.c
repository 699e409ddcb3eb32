/*
** test_jsonpos.c: unit tests of src/util/jsonpos.c, the LINE:COLUMN of a
** value in a JSON text. Every expected position was counted by hand on the
** text shown in the comment above it (columns in code points: é, ü, ñ, ¿ and
** Ç are one column each although two bytes in UTF-8).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "util/jsonpos.h"

/*
** line 1: {
** line 2:  "a": "x[{\"}]\\", "b": 2,
** line 3:  "é": {"k": [1, {"deep": "ü"}, [true, null]], "ñ": "¿?"},
** line 4:  "list": ["Ça [va]", "ok"], "n": -1.5e3, "last": {}
** line 5: }
**
** Line 2: "a" is at 2-4, its value's quote at 7; the value holds [ { \" } ]
** and \\ (columns 8-16) and closes at 17, so "b" is at 20-22 and 2 at 25.
** Line 3: { of "é" at 7, [ of "k" at 13, 1 at 14, { at 17, "ü" at 26,
** [ at 32, null at 39, "¿?" at 52.
** Line 4: [ of "list" at 10, "Ça [va]" at 11-19, "ok" at 22, -1.5e3 at 34,
** { of "last" at 50.
*/
static const char zDoc[] =
  "{\n"
  " \"a\": \"x[{\\\"}]\\\\\", \"b\": 2,\n"
  " \"\xC3\xA9\": {\"k\": [1, {\"deep\": \"\xC3\xBC\"}, [true, null]], \"\xC3\xB1\": \"\xC2\xBF?\"},\n"
  " \"list\": [\"\xC3\x87" "a [va]\", \"ok\"], \"n\": -1.5e3, \"last\": {}\n"
  "}\n";

static void expect_pos(const char *z, const char *zPath, int bFound, int iLine, int iCol){
  int l = -1, c = -1;
  int rc = jsonpos_find(z, strlen(z), zPath, &l, &c);
  if( rc!=bFound || l!=iLine || c!=iCol ){
    print_error("path %s: expected found=%d %d:%d, got found=%d %d:%d\n", zPath, bFound, iLine, iCol, rc, l, c);
    fail();
  }
}

static void test_found(void **state){
  (void)state;
  expect_pos(zDoc, "(top)", 1, 1, 1);
  expect_pos(zDoc, "", 1, 1, 1);
  expect_pos(zDoc, "a", 1, 2, 7);
  expect_pos(zDoc, "b", 1, 2, 25);          /* after escaped quote and backslash */
  expect_pos(zDoc, "\xC3\xA9", 1, 3, 7);     /* key "é" */
  expect_pos(zDoc, "\xC3\xA9.k", 1, 3, 13);
  expect_pos(zDoc, "\xC3\xA9.k[0]", 1, 3, 14);
  expect_pos(zDoc, "\xC3\xA9.k[1]", 1, 3, 17);
  expect_pos(zDoc, "\xC3\xA9.k[1].deep", 1, 3, 26);
  expect_pos(zDoc, "\xC3\xA9.k[2]", 1, 3, 32);
  expect_pos(zDoc, "\xC3\xA9.k[2][1]", 1, 3, 39);
  expect_pos(zDoc, "\xC3\xA9.\xC3\xB1", 1, 3, 52); /* after "ü" and nested brackets */
  expect_pos(zDoc, "list", 1, 4, 10);
  expect_pos(zDoc, "list[0]", 1, 4, 11);
  expect_pos(zDoc, "list[1]", 1, 4, 22);    /* after "Ça [va]": Ç is one column */
  expect_pos(zDoc, "n", 1, 4, 34);
  expect_pos(zDoc, "last", 1, 4, 50);
}

static void test_not_found(void **state){
  (void)state;
  /* The nearest enclosing value found: for a missing key, its object's brace. */
  expect_pos(zDoc, "nokey", 0, 1, 1);
  expect_pos(zDoc, "lis", 0, 1, 1);                 /* a prefix of "list" is not "list" */
  expect_pos(zDoc, "deep", 0, 1, 1);                /* only a key one level down */
  expect_pos(zDoc, "list[2]", 0, 4, 10);
  expect_pos(zDoc, "\xC3\xA9.k[1].missing", 0, 3, 17);
  expect_pos(zDoc, "last.x", 0, 4, 50);
  expect_pos(zDoc, "a[0]", 0, 2, 7);                /* a string has no elements */
  expect_pos(zDoc, "list.x", 0, 4, 10);             /* an array has no keys */
}

/*
** An array at the root, CRLF line ends and leading blanks:
** line 1: (empty, CR LF)
** line 2:   [            -> [ at 3
** line 3:   {"a": 1}, 2 ]  -> { at 3, 1 at 9, 2 at 13
*/
static void test_array_root(void **state){
  (void)state;
  const char *z = "\r\n  [\r\n  {\"a\": 1}, 2 ]";
  expect_pos(z, "(top)", 1, 2, 3);
  expect_pos(z, "[0]", 1, 3, 3);
  expect_pos(z, "[0].a", 1, 3, 9);
  expect_pos(z, "[1]", 1, 3, 13);
  expect_pos(z, "[2]", 0, 2, 3);
}

/* Broken or cut text is not the locator's to judge, but it must stop
** inside the text: "a" at 1:7 ([), its elements end before [5]. */
static void test_truncated(void **state){
  (void)state;
  expect_pos("{\"a\": [1, ", "a[5]", 0, 1, 7);
  expect_pos("{\"a\": [1, {\"b", "a[1].b", 0, 1, 11);
  expect_pos("{\"a", "a", 0, 1, 1);
  expect_pos("{\"a\": \"x\\", "b", 0, 1, 1);
  expect_pos("", "a", 0, 1, 1);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_found),
    cmocka_unit_test(test_not_found),
    cmocka_unit_test(test_array_root),
    cmocka_unit_test(test_truncated),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
** test_util.c: unit tests of src/util (dates, CSV reading with positions,
** table writers, UTF-8 checks, error ordering) and of the describe
** percent rule. Expected values are worked out by hand in the comments.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/types.h>
#include <unistd.h>
#include <cmocka.h>
#include "util/date.h"
#include "util/csvread.h"
#include "util/table.h"
#include "util/utf8.h"
#include "util/errlist.h"
#include "util/sb.h"
#include "roster/describe.h"

static void test_dates(void **state){
  (void)state;
  int d;
  assert_true(date_parse("1970-01-01", &d)); assert_int_equal(d, 0);
  assert_true(date_parse("2016-02-29", &d));            /* leap year */
  assert_false(date_parse("2015-02-29", &d));
  assert_false(date_parse("1900-02-29", &d));           /* century, not leap */
  assert_true(date_parse("2000-02-29", &d));            /* 400-year leap */
  assert_false(date_parse("2014-02-30", &d));
  assert_false(date_parse("2014-13-01", &d));
  assert_false(date_parse("2014-1-01", &d));
  assert_false(date_parse("2014-01-01x", &d));
  int a, b;
  date_parse("2015-03-10", &a); date_parse("2016-12-10", &b);
  assert_int_equal(b-a, 641);                           /* 366 + 275 */
  char z[11];
  date_format(b, z);
  assert_string_equal(z, "2016-12-10");
  assert_int_equal(date_year(b), 2016);
}

static void test_percent(void **state){
  (void)state;
  assert_int_equal(percent_half_up(1, 8), 13);   /* 12.5 -> 13 */
  assert_int_equal(percent_half_up(3, 8), 38);   /* 37.5 -> 38 */
  assert_int_equal(percent_half_up(8, 9), 89);   /* 88.9 */
  assert_int_equal(percent_half_up(2, 7), 29);   /* 28.57 */
  assert_int_equal(percent_half_up(1, 7), 14);   /* 14.29 */
  assert_int_equal(percent_half_up(0, 7), 0);
  assert_int_equal(percent_half_up(0, 0), -1);
}

typedef struct Rows { int n; int aLine[8]; int anField[8]; char azFirst[8][64]; } Rows;
static int collect(void *pArg, const CsvRow *r){
  Rows *p = pArg;
  if( p->n<8 ){
    p->aLine[p->n] = r->iLine;
    p->anField[p->n] = r->nField;
    snprintf(p->azFirst[p->n], 64, "%s", r->nField ? r->az[r->nField-1] : "");
  }
  p->n++;
  return 0;
}

static char *write_tmp(const char *zData){
  char *zPath = strdup("/tmp/synergist-test-XXXXXX");
  int fd = mkstemp(zPath);
  assert_true(fd>=0);
  assert_int_equal(write(fd, zData, strlen(zData)), (ssize_t)strlen(zData));
  close(fd);
  return zPath;
}

static void test_csv_positions(void **state){
  (void)state;
  /* BOM, a quoted field with an embedded newline, a blank line, CRLF. */
  char *zPath = write_tmp("\xEF\xBB\xBF" "a,b\r\n1,\"x\ny\"\r\n\r\n2,z\r\n");
  Rows rows = {0};
  ErrList err = ERRLIST_INIT;
  assert_int_equal(csv_read(zPath, collect, &rows, &err), 0);
  assert_int_equal(err.n, 0);
  assert_int_equal(rows.n, 3);
  assert_int_equal(rows.aLine[0], 1);
  assert_int_equal(rows.aLine[1], 2);
  assert_string_equal(rows.azFirst[1], "x\ny");
  assert_int_equal(rows.aLine[2], 5);                 /* after the two-line record and the blank line */
  assert_string_equal(rows.azFirst[2], "z");
  unlink(zPath); free(zPath);
}

static void test_csv_errors(void **state){
  (void)state;
  char *zPath = write_tmp("a,b\n1,caf\xE9\n2,\"open\n");
  Rows rows = {0};
  ErrList err = ERRLIST_INIT;
  assert_int_equal(csv_read(zPath, collect, &rows, &err), 1);
  assert_int_equal(err.n, 2);
  assert_int_equal(err.a[0].iLine, 2);  /* invalid UTF-8 in field 2 of line 2 */
  assert_int_equal(err.a[0].iCol, 2);
  assert_int_equal(err.a[1].iLine, 3);  /* the quote opened on line 3 never closes */
  errlist_free(&err);
  unlink(zPath); free(zPath);
}

static void test_table_csv_json(void **state){
  (void)state;
  Table *t = table_newc(NULL, "name,n,mean");
  int r = table_row(t);
  table_text(t, r, 0, "a, \"b\"\nc");
  table_int(t, r, 1, 3);
  table_real(t, r, 2, 2.0/3.0, 3);
  r = table_row(t);
  table_text(t, r, 0, "plain");
  table_real(t, r, 2, NAN, 3);   /* stored as null */
  char *zBuf = NULL; size_t nBuf = 0;
  FILE *f = open_memstream(&zBuf, &nBuf);
  table_write(t, FMT_CSV, f);
  fclose(f);
  assert_string_equal(zBuf, "name,n,mean\n\"a, \"\"b\"\"\nc\",3,0.667\nplain,,\n");
  free(zBuf);
  f = open_memstream(&zBuf, &nBuf);
  table_write(t, FMT_JSON, f);
  fclose(f);
  assert_non_null(strstr(zBuf, "\"mean\": 0.667"));
  assert_non_null(strstr(zBuf, "\"n\": null"));
  free(zBuf);
  table_free(t);
}

/* Reals print exactly as printf("%.*f") does (the C library is the
** reference), "-" dropped when the value rounds to zero: values near
** halves of the last decimal, exact halves, negatives, large values and
** pseudo-random ones, in text and CSV. */
static void test_table_reals(void **state){
  (void)state;
  static const double aV[] = { 0.0, -0.0, 0.00005, 0.00015, 0.00025, -0.00004, -0.00005,
    2.5, 3.5, -2.5, 0.125, 0.375, 1.0/3.0, 2.0/3.0, -2.0/3.0, 0.7313, 0.73125, 0.731249999999,
    0.731250000001, 99999.99995, 123456789.123456, -987654321.5, 1e12/3.0, 4.0e20, -7.25e-7 };
  uint64_t x = 88172645463325252u;
  for(int i=0; i<20000; i++){
    double v;
    if( i < (int)(sizeof(aV)/sizeof(aV[0])) ){
      v = aV[i];
    }else{
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;        /* xorshift64 */
      v = (double)(int64_t)(x % 2000001u - 1000000u) / (double)(1u << (x >> 60));
      if( i % 3 == 0 ) v = (double)(int64_t)(x % 200001u - 100000u) / 20000.0;   /* exact halves of 1e-4 */
    }
    for(int nDec=0; nDec<=10; nDec++){
      Table *t = table_newc(NULL, "v");
      table_real(t, table_row(t), 0, v, nDec);
      char zWant[8192];
      snprintf(zWant, sizeof(zWant), "%.*f", nDec, v==0.0 ? 0.0 : v);
      if( zWant[0]=='-' && strspn(zWant, "-0.")==strlen(zWant) ) memmove(zWant, zWant+1, strlen(zWant));
      char *z = table_cell_str(t, 0, 0);
      if( strcmp(z, zWant)!=0 ) fail_msg("%.17g with %d decimals: got %s, want %s", v, nDec, z, zWant);
      free(z);
      char *zBuf = NULL; size_t nBuf = 0;
      FILE *f = open_memstream(&zBuf, &nBuf);
      table_write(t, FMT_CSV, f);
      fclose(f);
      char zCsv[sizeof(zWant)+4];
      snprintf(zCsv, sizeof(zCsv), "v\n%s\n", zWant);
      assert_string_equal(zBuf, zCsv);
      free(zBuf);
      table_free(t);
    }
  }
}

static void test_utf8(void **state){
  (void)state;
  size_t iBad = 0;
  assert_true(utf8_valid("décision", strlen("décision"), &iBad));
  assert_false(utf8_valid("ab\xC3", 3, &iBad));
  assert_int_equal(iBad, 2);
  char *z = utf8_fold("Décisions ÉLUES");
  assert_string_equal(z, "decisions elues");
  free(z);
  assert_int_equal(utf8_ncp("né à", strlen("né à")), 4);
  assert_int_equal(utf8_byte_offset("né à", 3), 4);
  /* NFC: e + combining acute becomes one code point. */
  char *n = utf8_nfc("e\xCC\x81");
  assert_string_equal(n, "\xC3\xA9");
  free(n);
}

/* sb_printf() against printf itself: the conversions sb.c writes without
** printf must give vsnprintf's text exactly, and those it does not know
** (flags, widths, positional arguments) fall back to it. */
static void check_fmt(const char *zFmt, ...){
  char zWant[8192];
  va_list ap, ap2;
  va_start(ap, zFmt);
  va_copy(ap2, ap);
  vsnprintf(zWant, sizeof(zWant), zFmt, ap);
  Sb s = SB_INIT;
  sb_vprintf(&s, zFmt, ap2);
  va_end(ap2);
  va_end(ap);
  assert_string_equal(sb_str(&s), zWant);
  sb_free(&s);
}

static void test_sb_format(void **state){
  (void)state;
  assert_true(sb_format_fast("%s is %d, %.2f%% of %zu (%lld, %lu, %x, %c)"));
  assert_false(sb_format_fast("%5d"));
  assert_false(sb_format_fast("%-12s"));
  assert_false(sb_format_fast("%2$s %1$s"));
  assert_false(sb_format_fast("%+.1f"));
  assert_false(sb_format_fast("%p"));
  const double aV[] = { 0.0, -0.0, 0.5, 1.5, 2.5, -2.675, 0.125, 1e-7, 123456789.987654, -1e300, 3.0/7.0,
                        NAN, -NAN, INFINITY, -INFINITY };
  for(size_t i=0; i<sizeof(aV)/sizeof(aV[0]); i++){
    double v = aV[i];
    check_fmt("%f|%.0f|%.1f|%.2f|%.3f|%.12f", v, v, v, v, v, v);
    check_fmt("%e|%.3e|%E|%g|%.3g|%G|%.10g|%F", v, v, v, v, v, v, v, v);
    check_fmt("[%.*f]", 2, v);
  }
  check_fmt("%d %d %d %i %u %x", 0, -1, INT32_MIN, INT32_MAX, 4294967295u, 48879u);
  check_fmt("%ld %lu %lld %llu %zu %zd", -5L, 7UL, (long long)INT64_MIN, 18446744073709551615ULL,
            (size_t)42, (ssize_t)-42);
  check_fmt("%s|%.3s|%.*s|%s|%.3s|%c|%%|100%%", "text", "abcdef", 2, "xyz", (const char*)NULL,
            (const char*)NULL, 'q');
  check_fmt("no conversion at all");
  check_fmt("");
  check_fmt("%5d|%-4s|%+.1f|%05.1f", 3, "ab", 1.25, 2.5);
  check_fmt("%2$s %1$s", "world", "hello");
  /* a long text: the floating conversion past the stack buffer */
  check_fmt("%.200f", 1.0/3.0);
}

/* sb_fixed() against printf("%.*f") on a sweep of values (a fixed linear
** congruential sequence over many magnitudes, near-halves, both signs) at
** every precision it takes: whenever it writes, the text is printf's, and
** it leaves to printf what it cannot decide (too large, not a number, too
** near a half, more than 9 decimals). */
static void test_sb_fixed(void **state){
  (void)state;
  char z[32], zWant[64];
  uint64_t x = 88172645463325252ULL;
  int nFast = 0, nTried = 0;
  for(int i=0; i<200000; i++){
    x ^= x<<13; x ^= x>>7; x ^= x<<17;
    double u = (double)(x>>11) / 9007199254740992.0;        /* [0,1) */
    double v = u * pow(10.0, (double)(int)(x%12) - 4.0);     /* 1e-4 .. 1e7 */
    if( i%3==0 ) v = floor(v*1000.0)/1000.0 + 0.0005;         /* near a half at 3 decimals */
    if( i%5==0 ) v = -v;
    int nDec = (int)((x>>3)%10);
    size_t n = sb_fixed(v, nDec, z);
    nTried++;
    if( !n ) continue;
    nFast++;
    snprintf(zWant, sizeof(zWant), "%.*f", nDec, v);
    assert_string_equal(z, zWant);
    assert_int_equal(n, strlen(zWant));
  }
  assert_true(nFast > nTried/2);
  const double aV[] = { 0.0, -0.0, -0.001, 0.994999, 2.675, 1e-9, 999999.99 };
  for(size_t i=0; i<sizeof(aV)/sizeof(aV[0]); i++){
    for(int nDec=0; nDec<=3; nDec++){
      if( !sb_fixed(aV[i], nDec, z) ) continue;
      snprintf(zWant, sizeof(zWant), "%.*f", nDec, aV[i]);
      assert_string_equal(z, zWant);
    }
  }
  assert_int_equal(sb_fixed(NAN, 2, z), 0);
  assert_int_equal(sb_fixed(INFINITY, 2, z), 0);
  assert_int_equal(sb_fixed(1e9, 2, z), 0);
  assert_int_equal(sb_fixed(1.0, 10, z), 0);
  assert_int_equal(sb_fixed(0.125, 2, z), 0);     /* an exact half: printf's rounding decides */
}

static void test_errlist_sort(void **state){
  (void)state;
  ErrList e = ERRLIST_INIT;
  errlist_add(&e, "f", 7, 3, "c");
  errlist_add(&e, "f", 2, 5, "a");
  errlist_add(&e, "f", 7, 1, "b");
  errlist_add(&e, "f", 2, 5, "a2");
  errlist_sort(&e);
  assert_string_equal(e.a[0].zMsg, "a");
  assert_string_equal(e.a[1].zMsg, "a2");     /* stable */
  assert_string_equal(e.a[2].zMsg, "b");
  assert_string_equal(e.a[3].zMsg, "c");
  errlist_free(&e);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_dates),
    cmocka_unit_test(test_percent),
    cmocka_unit_test(test_csv_positions),
    cmocka_unit_test(test_csv_errors),
    cmocka_unit_test(test_table_csv_json),
    cmocka_unit_test(test_table_reals),
    cmocka_unit_test(test_utf8),
    cmocka_unit_test(test_errlist_sort),
    cmocka_unit_test(test_sb_format),
    cmocka_unit_test(test_sb_fixed),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

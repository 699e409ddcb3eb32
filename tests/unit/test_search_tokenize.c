/*
** test_search_tokenize.c: the word rule, folding and stemming of search
** (src/qual/tokenize.h), recorded tokens (src/qual/toktape.h) and the query
** translation (src/qual/query.h).
** Expected stems were checked one by one with the Snowball algorithms
** called directly (sb_stemmer_stem, english and french, outside synergist):
** e.g. decisions -> decis (both), trusted -> trust (en) / trusted (fr),
** power -> pow (fr), partenai -> parten (fr), abandonnée -> abandon (fr).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "qual/tokenize.h"
#include "qual/toktape.h"
#include "qual/query.h"
#include "util/sb.h"

/* Words as "term@start-end" (alternative forms as "+term"), space separated. */
static int collect(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  Sb *p = pArg;
  if( p->n ) sb_putc(p, ' ');
  if( eForm==QTOK_RAW ) sb_printf(p, "=%.*s", nTerm, zTerm);
  else if( eForm==QTOK_ALT ) sb_printf(p, "+%.*s", nTerm, zTerm);
  else sb_printf(p, "%.*s@%d-%d", nTerm, zTerm, iStart, iEnd);
  return 0;
}

static char *words(const char *zLang, const char *z){
  QualTok *t = qtok_new(zLang);
  Sb s = SB_INIT;
  qtok_run(t, z, (int)strlen(z), collect, &s);
  qtok_free(t);
  return sb_take(&s);
}

static void expect_words(const char *zLang, const char *z, const char *zWant){
  char *zGot = words(zLang, z);
  assert_string_equal(zGot, zWant);
  free(zGot);
}

static void test_fold_only(void **state){
  (void)state;
  /* Byte offsets: "É" and "é" are two bytes each; ’ is three. */
  expect_words(NULL, "Équipe d’été", "equipe@0-7 d@8-9 ete@12-17");
  expect_words(NULL, "cœur ŒUVRE Straße", "coeur@0-5 oeuvre@6-12 strasse@13-20");
  expect_words(NULL, "face-to-face, 2018!", "face@0-4 to@5-7 face@8-12 2018@14-18");
  expect_words("none", "  ...  ", "");
}

static void test_stem_english(void **state){
  (void)state;
  expect_words("en", "Decisions trusted the partnerships",
               "decis@0-9 trust@10-17 the@18-21 partnership@22-34");
}

static void test_stem_french(void **state){
  (void)state;
  /* Folded then stemmed (primary), and stemmed as written then folded
  ** (alternative) when they differ: abandonnee -> abandonne; abandonnée -> abandon. */
  expect_words("fr", "Les décisions abandonnée", "le@0-3 decis@4-14 abandonne@15-26 +abandon");
  expect_words("fr", "réunions partenaires", "reunion@0-9 partenair@10-21");
}

static void test_raw_forms(void **state){
  (void)state;
  /* Asked for, the folded word follows its stem when they differ. */
  QualTok *t = qtok_new("en");
  qtok_want_raw(t, 1);
  Sb s = SB_INIT;
  const char *z = "Trusted trust";
  qtok_run(t, z, (int)strlen(z), collect, &s);
  assert_string_equal(sb_str(&s), "trust@0-7 =trusted trust@8-13");
  sb_free(&s);
  qtok_free(t);
}

/* A tape replays exactly what qtok_run() reported, unit by unit. */
static int stop_at_second(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  (void)zTerm; (void)nTerm; (void)iStart; (void)iEnd; (void)eForm;
  return ++*(int*)pArg==2 ? 7 : 0;
}
static void test_tape(void **state){
  (void)state;
  static const char *const az[] = { "Les décisions abandonnée", "", "Trusted œuvres, l'équipe 2018" };
  QualTok *t = qtok_new("fr");
  qtok_want_raw(t, 1);
  QualTape *pTape = qtape_new();
  for(int i=0; i<3; i++) qtape_record(pTape, t, az[i], (int)strlen(az[i]));
  assert_int_equal(qtape_units(pTape), 3);
  for(int i=0; i<3; i++){
    Sb want = SB_INIT, got = SB_INIT;
    qtok_run(t, az[i], (int)strlen(az[i]), collect, &want);
    assert_int_equal(qtape_replay(pTape, i, collect, &got), 0);
    assert_string_equal(sb_str(&got), sb_str(&want));
    sb_free(&want); sb_free(&got);
  }
  /* A non-zero return stops the replay and is returned. */
  int nCall = 0;
  assert_int_equal(qtape_replay(pTape, 0, stop_at_second, &nCall), 7);
  assert_int_equal(nCall, 2);
  assert_int_equal(qtape_replay(pTape, 3, stop_at_second, &nCall), 0);
  qtape_free(pTape);
  qtok_free(t);
}

static void test_invalid_utf8(void **state){
  (void)state;
  /* A stray continuation byte separates words. */
  expect_words(NULL, "ab\x80" "cd", "ab@0-2 cd@3-5");
}

/* zQuery parsed, as `search --explain` prints the tree (textquery.h). */
static void expect_query(const char *zQuery, const char *zWant){
  TqNode *pQuery = 0;
  char *zErr = 0;
  int rc = qual_query_parse(zQuery, &pQuery, &zErr);
  if( rc ) fail_msg("query %s: %s", zQuery, zErr);
  Sb got = SB_INIT;
  tq_explain(&got, pQuery);
  assert_string_equal(sb_str(&got), zWant);
  sb_free(&got);
  tq_free(pQuery);
}

static void expect_query_error(const char *zQuery, const char *zWant){
  TqNode *pQuery = 0;
  char *zErr = 0;
  int rc = qual_query_parse(zQuery, &pQuery, &zErr);
  assert_int_equal(rc, 1);
  assert_null(pQuery);
  assert_string_equal(zErr, zWant);
  free(zErr);
}

static void test_query_parse(void **state){
  (void)state;
  /* English and French stems agree: one form. */
  expect_query("Décisions", "Décisions: decis\n");
  /* They differ (en: trust, fr: trusted): both forms. */
  expect_query("trusted", "trusted: trust | trusted\n");
  expect_query("\"shared decisions\"", "\"shared decisions\": \"share decis\" | \"shared decis\"\n");
  expect_query("power NOT conflict", "NOT\n  power: power | pow\n  conflict: conflict\n");
  expect_query("a b OR c", "OR\n  AND\n    a: a\n    b: b\n  c: c\n");
  expect_query("(a OR b) c", "AND\n  OR\n    a: a\n    b: b\n  c: c\n");
  /* A chain of one operator is one node; NOT binds tightest. */
  expect_query("a OR b OR c NOT d", "OR\n  a: a\n  b: b\n  NOT\n    c: c\n    d: d\n");
  /* Prefix: the last word as typed, folded, not stemmed. */
  expect_query("partenai*", "partenai*: partenai*\n");
  expect_query("Décisions*", "Décisions*: decisions*\n");
  expect_query("\"shared deci\"*", "\"shared deci\"*: \"share deci\"* | \"shared deci\"*\n");
  /* A word the rule splits is a phrase. */
  expect_query("l'équipe", "l'équipe: \"l equip\"\n");
  /* French alternative form: abandonnée -> abandon beside abandonne. */
  expect_query("abandonnée", "abandonnée: abandonne | abandon\n");
}

static void test_query_errors(void **state){
  (void)state;
  expect_query_error("", "query, column 1: the query is empty");
  expect_query_error("NOT trust", "query, column 1: NOT needs a term before it (a NOT b)");
  expect_query_error("trust AND", "query, column 10: a word or phrase is missing at the end");
  expect_query_error("(trust OR respect", "query, column 1: this ( is not closed");
  expect_query_error("décision \"open", "query, column 10: a phrase opened with \" is not closed");
  expect_query_error("trust )", "query, column 7: this ) has no matching (");
  expect_query_error("trust ?!", "query, column 7: this has no letters or digits to search for");
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fold_only),
    cmocka_unit_test(test_stem_english),
    cmocka_unit_test(test_stem_french),
    cmocka_unit_test(test_invalid_utf8),
    cmocka_unit_test(test_raw_forms),
    cmocka_unit_test(test_tape),
    cmocka_unit_test(test_query_parse),
    cmocka_unit_test(test_query_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
** test_search_index.c: the full-text index in a real study file: indexing a
** source, searching with accents and stems, code point positions of hits,
** keyword-in-context, filters, limits, removal and rebuilding the index, a
** source indexed from tokens prepared ahead.
** Expected positions were counted independently with Python's str.find on
** the same text (Python strings index code points, like REFI-QDA).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "store/store.h"
#include "store/st_roster.h"
#include "store/st_qual.h"
#include "store/st_search.h"
#include "util/paragraph.h"
#include "qual/search.h"
#include "qual/tokenize.h"
#include "qual/toktape.h"

static const char zFr[] =
  "Les décisions sont prises ensemble.\n"
  "À la réunion, la décision était claire; on a décidé.\n"
  "Trust grew: we trusted the Décideurs.";
static const char zEn[] =
  "We decided together.\n\nEvery decision was shared; trust was built slowly.";

typedef struct Fix { Store *p; char zPath[64]; int64_t iFr, iEn; } Fix;

static int setup(void **state){
  Fix *f = calloc(1, sizeof(Fix));
  snprintf(f->zPath, sizeof(f->zPath), "/tmp/test_search_%d.db", (int)getpid());
  unlink(f->zPath);
  char *zErr = 0;
  assert_int_equal(store_open(f->zPath, 1, &f->p, &zErr), STORE_OK);
  assert_int_equal(store_begin(f->p), STORE_OK);
  assert_int_equal(st_partnership_add(f->p, "PCCP", "Primary Care Connection", NULL), STORE_OK);
  assert_int_equal(st_partnership_add(f->p, "CHRP", "Community Health Resources", NULL), STORE_OK);
  QualSource s = {0};
  s.zName = "i01"; s.zPartnership = "PCCP"; s.zKind = "interview"; s.zLanguage = "fr"; s.zText = (char*)zFr;
  assert_int_equal(st_source_add(f->p, &s, &f->iFr), STORE_OK);
  s.zName = "i02"; s.zPartnership = "CHRP"; s.zLanguage = "en"; s.zText = (char*)zEn;
  assert_int_equal(st_source_add(f->p, &s, &f->iEn), STORE_OK);
  assert_int_equal(st_search_index_source(f->p, f->iFr), STORE_OK);
  assert_int_equal(st_search_index_source(f->p, f->iEn), STORE_OK);
  *state = f;
  return 0;
}

static int teardown(void **state){
  Fix *f = *state;
  store_rollback(f->p);
  store_close(f->p);
  unlink(f->zPath);
  char z[80];
  snprintf(z, sizeof(z), "%s-wal", f->zPath); unlink(z);
  snprintf(z, sizeof(z), "%s-shm", f->zPath); unlink(z);
  free(f);
  return 0;
}

/* Run zQuery; return the hits as "source:start-end" joined by spaces. */
static char *run(Fix *f, const char *zQuery, const SearchFilter *pF, int nLimit, int *pbMore){
  char *zErr = 0;
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  int rc = qual_search(f->p, zQuery, pF, nLimit, 12, NULL, t, pbMore, &zErr);
  if( rc ) fail_msg("%s", zErr ? zErr : store_errmsg(f->p));
  char zBuf[1000] = "";
  for(int r=0; r<t->nRow; r++){
    size_t n = strlen(zBuf);
    snprintf(zBuf+n, sizeof(zBuf)-n, "%s%s:%lld-%lld", r ? " " : "", table_cell(t, r, 0)->z,
             (long long)table_cell(t, r, 3)->i, (long long)table_cell(t, r, 4)->i);
  }
  table_free(t);
  return strdup(zBuf);
}

static void expect_hits(Fix *f, const char *zQuery, const char *zWant){
  char *z = run(f, zQuery, NULL, 0, NULL);
  if( strcmp(z, zWant)!=0 ) fail_msg("query %s: expected '%s', got '%s'", zQuery, zWant, z);
  free(z);
}

static void test_accents_and_stems(void **state){
  Fix *f = *state;
  /* French "décisions" [4,13), "décision" [53,61); English "decision" [28,36)
  ** (after "We decided together.\n\nEvery ", 28 code points). */
  expect_hits(f, "decision", "i01:4-13 i01:53-61 i02:28-36");
  expect_hits(f, "DÉCISIONS", "i01:4-13 i01:53-61 i02:28-36");
  /* "décidé" (fr) [81,87) and "decided" (en) [3,10): stems decid. */
  expect_hits(f, "décidé", "i01:81-87 i02:3-10");
  /* English stemming: trusted -> trust, in both sources. "Trust" [89,94),
  ** "trusted" [104,111) in i01; "trust" [49,54) in i02. */
  expect_hits(f, "trusted", "i01:89-94 i01:104-111 i02:49-54");
}

static void test_operators(void **state){
  Fix *f = *state;
  expect_hits(f, "\"la décision\"", "i01:50-61");
  expect_hits(f, "decision NOT trust", "i01:4-13 i01:53-61");
  expect_hits(f, "réunion AND décision", "i01:41-48 i01:53-61");
  expect_hits(f, "décid*", "i01:81-87 i01:116-125 i02:3-10");
  expect_hits(f, "\"nothing like this\"", "");
}

static void test_context_and_filters(void **state){
  Fix *f = *state;
  char *zErr = 0;
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  assert_int_equal(qual_search(f->p, "réunion", NULL, 0, 5, NULL, t, NULL, &zErr), STORE_OK);
  assert_int_equal(t->nRow, 1);
  assert_string_equal(table_cell(t, 0, 1)->z, "PCCP");
  /* Five code points either side within the paragraph. */
  assert_string_equal(table_cell(t, 0, 5)->z, "À la [réunion], la …");
  table_free(t);
  SearchFilter flt = {0};
  flt.zPartnership = "CHRP";
  char *z = run(f, "decision", &flt, 0, NULL);
  assert_string_equal(z, "i02:28-36");
  free(z);
  flt.zPartnership = NULL; flt.zLanguage = "fr";
  z = run(f, "decision", &flt, 0, NULL);
  assert_string_equal(z, "i01:4-13 i01:53-61");
  free(z);
  /* --limit counts paragraphs: the first is i01's first paragraph. */
  int bMore = 0;
  z = run(f, "decision", NULL, 1, &bMore);
  assert_string_equal(z, "i01:4-13");
  assert_int_equal(bMore, 1);
  free(z);
}

static void test_remove_and_reindex(void **state){
  Fix *f = *state;
  int n = 0;
  assert_int_equal(st_search_reindex(f->p, &n), STORE_OK);
  assert_int_equal(n, 2);
  expect_hits(f, "decision", "i01:4-13 i01:53-61 i02:28-36");
  /* Re-indexing one source does not duplicate its hits. */
  assert_int_equal(st_search_index_source(f->p, f->iEn), STORE_OK);
  expect_hits(f, "decision", "i01:4-13 i01:53-61 i02:28-36");
  assert_int_equal(st_source_remove(f->p, "i01", "tester", NULL), STORE_OK);
  expect_hits(f, "decision", "i02:28-36");
}

/* A source added with its paragraphs and tokens prepared ahead (as an
** import does) is indexed as if tokenized while indexing: the same hits as
** i01, whose text it has. A tape that does not match the paragraphs is
** refused. */
static void test_prepared(void **state){
  Fix *f = *state;
  QualTok *t = qtok_new("fr");
  qtok_want_raw(t, 1);
  QualTape *pTape = qtape_new();
  int nPara;
  QualRange *aByte = NULL;
  int64_t nCp;
  QualRange *aPara = paragraph_split_ex(zFr, &nPara, &aByte, &nCp);
  assert_int_equal(nPara, 3);
  assert_int_equal(nCp, 126);     /* Python: len() of the text */
  for(int k=0; k<nPara; k++){
    qtape_record(pTape, t, zFr + aByte[k].iStart, (int)(aByte[k].iEnd - aByte[k].iStart));
  }
  QualSource s = {0};
  s.zName = "i03"; s.zPartnership = "CHRP"; s.zKind = "interview"; s.zLanguage = "fr";
  s.zText = (char*)zFr; s.nCp = nCp;
  SearchPrep prep = { nPara, aPara, aByte, pTape };
  assert_int_equal(st_source_add_prepared(f->p, &s, &prep, NULL), STORE_OK);
  expect_hits(f, "decision", "i01:4-13 i01:53-61 i02:28-36 i03:4-13 i03:53-61");
  expect_hits(f, "décid*", "i01:81-87 i01:116-125 i02:3-10 i03:81-87 i03:116-125");
  expect_hits(f, "\"la décision\"", "i01:50-61 i03:50-61");
  s.zName = "i04";
  prep.nPara = 2;
  assert_int_equal(st_source_add_prepared(f->p, &s, &prep, NULL), STORE_ERROR);
  qtape_free(pTape);
  qtok_free(t);
  free(aPara);
  free(aByte);
}

/* The store's own interface: a query tree in, (source, paragraph, spans in
** the paragraph) out. "réunion" is in i01's second paragraph, which starts
** at code point 36 (the first is 35 code points and a line break), at
** [5,12) in it ("À la réunion": Python str.find). */
typedef struct Seen { char z[200]; } Seen;
static int seen_hit(const SearchHit *h, void *pArg){
  Seen *p = pArg;
  size_t n = strlen(p->z);
  snprintf(p->z+n, sizeof(p->z)-n, "%s %d %lld [%lld,%lld) %.14s;", h->zSource, h->iPara,
           (long long)h->iParaStart, (long long)h->aSpan[0].iStart, (long long)h->aSpan[0].iEnd,
           h->zPara);
  return 0;
}

static void test_tree_in_hits_out(void **state){
  Fix *f = *state;
  TqNode *pTerm = tq_term_new("réunion", 8);
  const char *azWord[] = { "reunion" };
  tq_term_add_form(pTerm, azWord, 1, 0);
  tq_term_add_form(pTerm, azWord, 1, 0);       /* a repeated form is kept once */
  assert_int_equal(pTerm->nForm, 1);
  Seen seen = {""};
  assert_int_equal(st_search_run(f->p, pTerm, NULL, 0, seen_hit, &seen, NULL), STORE_OK);
  assert_string_equal(seen.z, "i01 1 36 [5,12) À la réunion;");
  tq_free(pTerm);
}

/* A tree nested deeper than the SQLite backend's query parser can take is
** refused as the query's fault (STORE_QUERY, exit 2 at the command line),
** not as a database failure, and no hit is reported. */
static void test_too_complex(void **state){
  Fix *f = *state;
  const char *azWord[] = { "decis" };
  TqNode *pRoot = NULL;
  for(int i=0; i<40; i++){
    TqNode *pTerm = tq_term_new("decision", 8);
    tq_term_add_form(pTerm, azWord, 1, 0);
    TqNode *pOp = tq_op_new(i%2 ? TQ_AND : TQ_OR);
    tq_op_add(pOp, pTerm);
    if( pRoot ) tq_op_add(pOp, pRoot);
    else{
      TqNode *pT2 = tq_term_new("decision", 8);
      tq_term_add_form(pT2, azWord, 1, 0);
      tq_op_add(pOp, pT2);
    }
    pRoot = pOp;
  }
  Seen seen = {""};
  assert_int_equal(st_search_run(f->p, pRoot, NULL, 0, seen_hit, &seen, NULL), STORE_QUERY);
  assert_string_equal(seen.z, "");
  assert_non_null(strstr(store_errmsg(f->p), "too complex"));
  tq_free(pRoot);
  /* Through the use case, a malformed query is the user's mistake too. */
  char *zErr = NULL;
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  assert_int_equal(qual_search(f->p, "\"unclosed", NULL, 0, 5, NULL, t, NULL, &zErr), STORE_QUERY);
  assert_non_null(strstr(zErr, "not closed"));
  free(zErr);
  table_free(t);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_accents_and_stems, setup, teardown),
    cmocka_unit_test_setup_teardown(test_operators, setup, teardown),
    cmocka_unit_test_setup_teardown(test_context_and_filters, setup, teardown),
    cmocka_unit_test_setup_teardown(test_remove_and_reindex, setup, teardown),
    cmocka_unit_test_setup_teardown(test_prepared, setup, teardown),
    cmocka_unit_test_setup_teardown(test_tree_in_hits_out, setup, teardown),
    cmocka_unit_test_setup_teardown(test_too_complex, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

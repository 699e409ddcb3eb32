/*
** test_search_classify.c: the naive Bayes classifier behind suggestions
** from existing coding (src/qual/classify.h) and the auto-coding matcher
** (src/qual/autocode.h) on a text with French accents.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "qual/classify.h"
#include "qual/autocode.h"
#include "util/sb.h"

/* Documents from space-separated words. */
static NbDocs make_docs(NbVocab *v, const char *const *azDoc, int nDoc){
  NbDocs d = { nDoc, calloc((size_t)nDoc, sizeof(int*)), calloc((size_t)nDoc, sizeof(int)), 0 };
  for(int i=0; i<nDoc; i++){
    d.aaTok[i] = calloc(16, sizeof(int));
    const char *z = azDoc[i];
    while( *z ){
      int n = (int)strcspn(z, " ");
      d.aaTok[i][d.anTok[i]++] = nb_vocab_id(v, z, n);
      z += n; while( *z==' ' ) z++;
    }
  }
  d.nVocab = nb_vocab_size(v);
  return d;
}
static void free_docs(NbDocs *d){
  for(int i=0; i<d->nDoc; i++) free(d->aaTok[i]);
  free(d->aaTok); free(d->anTok);
}

/* Example 13.1 of Manning, Raghavan & Schütze, Introduction to Information
** Retrieval (2008): P(c|d5) = 3/4 (3/7)^3 (1/14)^2 against 1/4 (2/9)^5,
** posterior 0.68976 (exact fractions computed with Python). */
static void test_nb_textbook(void **state){
  (void)state;
  static const char *const azDoc[] = {
    "Chinese Beijing Chinese", "Chinese Chinese Shanghai", "Chinese Macao",
    "Tokyo Japan Chinese", "Chinese Chinese Chinese Tokyo Japan" };
  NbVocab *v = nb_vocab_new();
  NbDocs d = make_docs(v, azDoc, 5);
  unsigned char aLabel[5] = {1,1,1,0,0}, aUse[5] = {1,1,1,1,0};
  NbModel *m = nb_train(&d, aLabel, aUse);
  assert_non_null(m);
  assert_float_equal(nb_prob(m, d.aaTok[4], d.anTok[4]), 0.6897586117634673, 1e-12);
  nb_free(m);
  /* No negative example: no model. */
  unsigned char aOnly[5] = {1,1,1,0,0};
  assert_null(nb_train(&d, aLabel, aOnly));
  free_docs(&d);
  nb_vocab_free(v);
}

/* Two folds worked by hand (see docs/qualitative.md, classifier):
** fold 0 trains on B(1) D(0): A -> TP, C -> TN, E -> FP (1/3 vs 1/8);
** fold 1 trains on A(1) C(0) E(0): B -> FN (1/4 vs 1/3), D -> TN. */
static void test_nb_crossval(void **state){
  (void)state;
  static const char *const azDoc[] = { "trust trust", "trust", "budget", "budget budget", "trust" };
  NbVocab *v = nb_vocab_new();
  NbDocs d = make_docs(v, azDoc, 5);
  unsigned char aLabel[5] = {1,1,0,0,0};
  int aFold[5] = {0,1,0,1,0};
  int nTp, nFp, nFn;
  nb_crossval(&d, aLabel, NULL, aFold, 2, 0.5, &nTp, &nFp, &nFn);
  assert_int_equal(nTp, 1);
  assert_int_equal(nFp, 1);
  assert_int_equal(nFn, 1);
  free_docs(&d);
  nb_vocab_free(v);
}

static int collect_hit(void *pArg, int iRule, int64_t iStart, int64_t iEnd){
  Sb *p = pArg;
  sb_printf(p, "%s%d:%lld-%lld", p->n ? " " : "", iRule, (long long)iStart, (long long)iEnd);
  return 0;
}

/* Ranges counted with Python's str.find on the same text. */
static void test_autocode_match(void **state){
  (void)state;
  const char *zText = "Réunion du comité : décisions prises.\n"
                      "Les décideurs ont décidé; la confiance grandit.\n";
  AcRule aRule[] = {
    { AC_WORDS, "décision confiance", AC_HIT },
    { AC_PHRASE, "décisions prises", AC_PARAGRAPH },
    { AC_REGEX, "(?i)d[ée]cid\\w+", AC_HIT },
    { AC_WORDS, "décid*", AC_HIT },
  };
  char *zErr = 0;
  AcSet *p = ac_compile(aRule, 4, &zErr);
  assert_non_null(p);
  Sb s = SB_INIT;
  assert_int_equal(ac_match(p, zText, "fr", collect_hit, &s), 0);
  assert_string_equal(sb_str(&s),
    "1:0-37 0:20-29 3:42-51 3:56-62 0:67-76 2:42-51 2:56-62");
  sb_free(&s);
  ac_free(p);
  assert_int_equal(ac_check(AC_REGEX, "(é", &zErr), 1);
  assert_string_equal(zErr, "regular expression, column 3: missing closing parenthesis");
  free(zErr);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_nb_textbook),
    cmocka_unit_test(test_nb_crossval),
    cmocka_unit_test(test_autocode_match),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

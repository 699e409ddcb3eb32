/*
** test_cooccur.c: code co-occurrence (src/analysis/cooccur.c).
** Expected values counted by hand from the segments drawn below.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <cmocka.h>
#include "analysis/cooccur.h"

/* Source 0 has paragraphs [0,10) [11,20) [21,30); source 1 one paragraph [0,50).
**   code 0: src0 [0,5) [12,18); src1 [0,10)      chars 11+10 = 21, paragraphs {0,1}+{0} = 3
**   code 1: src0 [3,8) [25,28); src1 [20,30)     chars 8+10 = 18,  paragraphs {0,2}+{0} = 3
**   code 2: src0 [14,16)                         chars 2,          paragraphs {1} = 1
** Pair 0-1: segments [0,5) and [3,8) overlap (1 pair); characters both [3,5) = 2,
**   either 21+18-2 = 37; paragraphs both: src0 {0}, src1 {0} = 2, either 3+3-2 = 4.
** Pair 0-2: [12,18) and [14,16) overlap (1); characters both 2, either 21;
**   paragraphs both 1, either 3+1-1 = 3.
** Pair 1-2: no overlap, no shared paragraph: not listed. */
static void pairs_by_hand(void **state){
  (void)state;
  CoSeg aSeg[] = {
    {1,1,20,30}, {0,1,25,28}, {0,0,12,18}, {0,2,14,16}, {0,1,3,8}, {1,0,0,10}, {0,0,0,5},
  };
  QualRange p0[] = {{0,10},{11,20},{21,30}}, p1[] = {{0,50}};
  QualRange *aa[] = {p0, p1};
  int an[] = {3, 1};
  CoParas paras = {2, aa, an};
  int n;
  CoPair *a = cooccur_compute(aSeg, 7, 3, &paras, &n);
  assert_int_equal(n, 2);
  assert_int_equal(a[0].iCodeA, 0); assert_int_equal(a[0].iCodeB, 1);
  assert_int_equal(a[0].nOverlap, 1);
  assert_int_equal(a[0].nCharBoth, 2);
  assert_int_equal(a[0].nCharEither, 37);
  assert_int_equal(a[0].nParaBoth, 2);
  assert_int_equal(a[0].nParaEither, 4);
  assert_float_equal(0.5, cooccur_jaccard(a[0].nParaBoth, a[0].nParaEither), 1e-12);
  assert_float_equal(2.0/37.0, cooccur_jaccard(a[0].nCharBoth, a[0].nCharEither), 1e-12);
  assert_int_equal(a[1].iCodeA, 0); assert_int_equal(a[1].iCodeB, 2);
  assert_int_equal(a[1].nOverlap, 1);
  assert_int_equal(a[1].nCharBoth, 2);
  assert_int_equal(a[1].nCharEither, 21);
  assert_int_equal(a[1].nParaBoth, 1);
  assert_int_equal(a[1].nParaEither, 3);
  free(a);
}

/* Two segments of one code never co-occur with themselves; several segments
** of one code overlapping one of another each count as a pair. */
static void several_segments(void **state){
  (void)state;
  CoSeg aSeg[] = { {0,0,0,10}, {0,0,5,15}, {0,1,8,12} };
  QualRange p0[] = {{0,20}};
  QualRange *aa[] = {p0};
  int an[] = {1};
  CoParas paras = {1, aa, an};
  int n;
  CoPair *a = cooccur_compute(aSeg, 3, 2, &paras, &n);
  assert_int_equal(n, 1);
  assert_int_equal(a[0].nOverlap, 2);
  assert_int_equal(a[0].nCharBoth, 4);       /* [8,12) */
  assert_int_equal(a[0].nCharEither, 15);    /* [0,15) */
  assert_int_equal(a[0].nParaBoth, 1);
  assert_int_equal(a[0].nParaEither, 1);
  free(a);
}

/* Touching segments do not overlap; in different paragraphs nothing co-occurs. */
static void touching_is_not_overlap(void **state){
  (void)state;
  CoSeg aSeg[] = { {0,0,0,5}, {0,1,6,9} };
  QualRange p0[] = {{0,5},{6,9}};
  QualRange *aa[] = {p0};
  int an[] = {2};
  CoParas paras = {1, aa, an};
  int n;
  CoPair *a = cooccur_compute(aSeg, 2, 2, &paras, &n);
  assert_int_equal(n, 0);
  assert_null(a);
  assert_true(isnan(cooccur_jaccard(0, 0)));
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(pairs_by_hand),
    cmocka_unit_test(several_segments),
    cmocka_unit_test(touching_is_not_overlap),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
** test_agreement.c: inter-coder agreement (src/analysis/agreement.c) and the
** range sets under it (src/analysis/rangeset.c).
** Expected values: counts and percentages by hand; kappa and alpha from
** tests/data/qual/agreement_reference.R (psych::cohen.kappa, and
** Krippendorff's alpha from the coincidence matrix), printed to 6 decimals.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <cmocka.h>
#include "analysis/agreement.h"
#include "analysis/rangeset.h"

#define NEAR(want, got) assert_float_equal((want), (got), 1e-6)

/* A codes [0,50), B codes [25,75) of 100 characters: 25 in each cell,
** agreement 50%, kappa 0 (po = pe = 0.5), alpha 1 - 199*50/(100*100) = 0.005. */
static void half_overlap(void **state){
  (void)state;
  QualRange a[] = {{0,50}}, b[] = {{25,75}};
  AgrCounts c = {0};
  agr_count(100, a, 1, b, 1, &c);
  assert_int_equal(c.nBoth, 25);
  assert_int_equal(c.nAOnly, 25);
  assert_int_equal(c.nBOnly, 25);
  assert_int_equal(c.nNeither, 25);
  NEAR(50.0, agr_percent(&c));
  NEAR(0.0, agr_kappa(&c));
  NEAR(0.005, agr_alpha(&c));
}

/* A code neither coder used on a source: every character agrees (not coded),
** agreement 100%, kappa and alpha reported as 1 (NVivo's convention for
** complete agreement, where the formula is 0/0). */
static void neither_coded(void **state){
  (void)state;
  AgrCounts c = {0};
  agr_count(100, NULL, 0, NULL, 0, &c);
  assert_int_equal(c.nNeither, 100);
  NEAR(100.0, agr_percent(&c));
  NEAR(1.0, agr_kappa(&c));
  NEAR(1.0, agr_alpha(&c));
}

/* Both coders coded exactly the same span: complete agreement, kappa 1. */
static void same_span(void **state){
  (void)state;
  QualRange a[] = {{10,30}}, b[] = {{10,20},{20,30}};
  AgrCounts c = {0};
  agr_count(100, a, 1, b, 2, &c);
  assert_int_equal(c.nBoth, 20);
  assert_int_equal(c.nNeither, 80);
  NEAR(100.0, agr_percent(&c));
  NEAR(1.0, agr_kappa(&c));
  NEAR(1.0, agr_alpha(&c));
}

/* One coder only: A codes [0,50), B nothing. Agreement 50%, kappa 0
** (po = pe = 0.5), alpha -0.326667 (R reference). */
static void one_coder_only(void **state){
  (void)state;
  QualRange a[] = {{0,50}};
  AgrCounts c = {0};
  agr_count(100, a, 1, NULL, 0, &c);
  assert_int_equal(c.nAOnly, 50);
  assert_int_equal(c.nNeither, 50);
  NEAR(50.0, agr_percent(&c));
  NEAR(0.0, agr_kappa(&c));
  NEAR(-0.326667, agr_alpha(&c));
}

/* Two sources pooled (200 and 50 characters), overlapping and unsorted
** ranges: both 85, A only 25, B only 25, neither 115 (by hand);
** agreement 80%, kappa 0.594156, alpha 0.594968 (R reference). */
static void two_sources_pooled(void **state){
  (void)state;
  QualRange a1[] = {{100,150},{10,60},{30,40}}, b1[] = {{180,190},{20,60},{90,140}};
  QualRange a2[] = {{0,10}}, b2[] = {{5,15}};
  AgrCounts c = {0}, c2 = {0};
  agr_count(200, a1, 3, b1, 3, &c);
  agr_count(50, a2, 1, b2, 1, &c2);
  agr_add(&c, &c2);
  assert_int_equal(c.nBoth, 85);
  assert_int_equal(c.nAOnly, 25);
  assert_int_equal(c.nBOnly, 25);
  assert_int_equal(c.nNeither, 115);
  assert_int_equal(agr_total(&c), 250);
  NEAR(80.0, agr_percent(&c));
  assert_float_equal(0.594156, agr_kappa(&c), 1e-6);
  assert_float_equal(0.594968, agr_alpha(&c), 1e-6);
}

/* No characters at all: nothing can be said. */
static void empty_is_nan(void **state){
  (void)state;
  AgrCounts c = {0};
  assert_true(isnan(agr_percent(&c)));
  assert_true(isnan(agr_kappa(&c)));
  assert_true(isnan(agr_alpha(&c)));
}

/* Ranges past the end of the source are clipped. */
static void clipped(void **state){
  (void)state;
  QualRange a[] = {{90,120}}, b[] = {{95,100}};
  AgrCounts c = {0};
  agr_count(100, a, 1, b, 1, &c);
  assert_int_equal(c.nBoth, 5);
  assert_int_equal(c.nAOnly, 5);
  assert_int_equal(c.nBOnly, 0);
  assert_int_equal(c.nNeither, 90);
}

/* Disagreeing spans of the first source above: A only [10,20), B only
** [90,100), A only [140,150), B only [180,190). */
static void diffs(void **state){
  (void)state;
  QualRange a1[] = {{100,150},{10,60}}, b1[] = {{180,190},{20,60},{90,140}};
  int n;
  AgrDiff *d = agr_diffs(200, a1, 2, b1, 3, &n);
  assert_int_equal(n, 4);
  int64_t want[4][3] = {{10,20,1},{90,100,2},{140,150,1},{180,190,2}};
  for(int i=0; i<4; i++){
    assert_int_equal(d[i].iStart, want[i][0]);
    assert_int_equal(d[i].iEnd, want[i][1]);
    assert_int_equal(d[i].iWho, want[i][2]);
  }
  free(d);
  d = agr_diffs(100, a1, 0, NULL, 0, &n);
  assert_int_equal(n, 0);
  assert_null(d);
}

/* Union merges overlapping and touching ranges, drops empty ones. */
static void union_merges(void **state){
  (void)state;
  QualRange a[] = {{5,10},{0,3},{3,4},{8,12},{20,20},{15,18}};
  int n;
  QualRange *u = rangeset_union(a, 6, -1, &n);
  assert_int_equal(n, 3);
  assert_int_equal(u[0].iStart, 0); assert_int_equal(u[0].iEnd, 4);
  assert_int_equal(u[1].iStart, 5); assert_int_equal(u[1].iEnd, 12);
  assert_int_equal(u[2].iStart, 15); assert_int_equal(u[2].iEnd, 18);
  assert_int_equal(rangeset_len(u, n), 14);
  QualRange b[] = {{2,6},{11,16}};
  assert_int_equal(rangeset_overlap_len(u, n, b, 2), 2+1+1+1);
  free(u);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(half_overlap),
    cmocka_unit_test(neither_coded),
    cmocka_unit_test(same_span),
    cmocka_unit_test(one_coder_only),
    cmocka_unit_test(two_sources_pooled),
    cmocka_unit_test(empty_is_nan),
    cmocka_unit_test(clipped),
    cmocka_unit_test(diffs),
    cmocka_unit_test(union_merges),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

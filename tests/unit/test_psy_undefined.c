/*
** test_psy_undefined.c: undefined is empty, never a number. Every statistic
** of analysis/psychometrics.c whose denominator is zero or rounding noise
** (a constant total, a constant variable, a zero mean square, fewer than 2
** cases) must give NAN, and every other result must lie in its statistic's
** range. One worked case (alpha if deleted with a constant remaining total,
** which once came out as -1.44e32) and a property test over 20,000 random
** small groups built to be degenerate often: few respondents, few distinct
** answers, constant items, items that sum to a constant, missing answers,
** scale scores that are fractions (means of items), as a survey has them.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/psychometrics.h"

/* A value is either NAN or finite and within [lo, hi]. */
#define assert_empty_or_in(got, lo, hi, ctx) do{ \
  double g_ = (got); \
  if( !isnan(g_) && !(isfinite(g_) && g_ >= (lo) && g_ <= (hi)) ){ \
    fail_msg("case %d: %s = %.12g outside [%g, %g]", (ctx), #got, g_, (double)(lo), (double)(hi)); \
  } \
}while(0)

/* Six rows in which items 2 and 3 always sum to 5, so deleting item 1
** leaves a constant total: alpha if deleted and the item-rest correlation
** of item 1 are undefined (R psych::alpha, alpha.drop$raw_alpha: -Inf for
** item 1, -2.844444444444 and 0.739884393064 for items 2 and 3). The means
** are not whole numbers, so the rest's variance comes out as rounding
** noise unless it is judged against the items' own variance. */
static void test_constant_rest(void **state){
  (void)state;
  double x[] = {1, 1, 4,  2, 2, 3,  5, 3, 2,  4, 4, 1,  3, 1, 4,  2, 3, 2};
  double aR[3], aD[3];
  psy_item_stats(x, 6, 3, aR, aD);
  if( !isnan(aD[0]) ) fail_msg("alpha if item 1 deleted = %.12g, expected empty", aD[0]);
  if( !isnan(aR[0]) ) fail_msg("item-rest r of item 1 = %.12g, expected empty", aR[0]);
  /* Items 2 and 3 remain defined: their rests vary. */
  if( fabs(aD[1] - -2.844444444444) > 1e-9 ) fail_msg("alpha if item 2 deleted = %.12g", aD[1]);
  if( fabs(aD[2] - 0.739884393064) > 1e-9 ) fail_msg("alpha if item 3 deleted = %.12g", aD[2]);
}

/* Deterministic generator (a 64-bit LCG): the same cases on every run. */
static uint64_t seed = 0x5eed5eed12345ull;
static int rnd(int n){
  seed = seed * 6364136223846793005ull + 1442695040888963407ull;
  return (int)((seed >> 33) % (uint64_t)n);
}

/* One random group: n respondents x k items on 1..5, drawn from a palette
** of 1 to 3 distinct values; some items constant, some the mirror of the
** one before (so that pairs sum to a constant); ~15% missing. */
static void random_items(double *aX, int n, int k){
  int aPal[3], nPal = 1 + rnd(3);
  for(int p = 0; p < nPal; p++) aPal[p] = 1 + rnd(5);
  for(int j = 0; j < k; j++){
    int eKind = rnd(4);   /* 0 constant, 1 mirror, else random */
    int c = aPal[rnd(nPal)];
    for(int i = 0; i < n; i++){
      double v;
      if( eKind == 0 ) v = c;
      else if( eKind == 1 && j > 0 && !isnan(aX[i * k + j - 1]) ) v = 6 - aX[i * k + j - 1];
      else v = aPal[rnd(nPal)];
      aX[i * k + j] = rnd(100) < 15 ? NAN : v;
    }
  }
}

/* Scale scores: the mean of each row's answered items (a fraction). */
static void row_means(const double *aX, int n, int k, double *aY){
  for(int i = 0; i < n; i++){
    double s = 0; int m = 0;
    for(int j = 0; j < k; j++) if( !isnan(aX[i * k + j]) ){ s += aX[i * k + j]; m++; }
    aY[i] = m ? s / m : NAN;
  }
}

static void check_desc(const PsyDesc *d, int ctx){
  assert_empty_or_in(d->mean, 1.0, 5.0, ctx);
  assert_empty_or_in(d->sd, 0.0, 4.0, ctx);
  if( !isnan(d->ciLow) || !isnan(d->ciHigh) ){
    if( d->n < 2 ) fail_msg("case %d: a CI with n = %d", ctx, d->n);
    if( !(d->ciLow <= d->mean && d->mean <= d->ciHigh) || !isfinite(d->ciLow) || !isfinite(d->ciHigh) ){
      fail_msg("case %d: CI %.12g .. %.12g around %.12g", ctx, d->ciLow, d->ciHigh, d->mean);
    }
  }
}

static void test_random_small_groups(void **state){
  (void)state;
  enum { NCASE = 20000, NMAX = 8, KMAX = 5 };
  double aX[NMAX * KMAX], aX2[NMAX * KMAX], aY[NMAX * 2], aR[KMAX], aD[KMAX];
  int aG[NMAX * 2];
  int nAlphaDefined = 0, nAlphaEmpty = 0;
  for(int c = 0; c < NCASE; c++){
    int n = 1 + rnd(NMAX), k = 1 + rnd(KMAX);
    random_items(aX, n, k);
    /* Bound for a defined alpha: with whole answers on 1..5 and at most 8
    ** rows, a non-constant total has variance >= 1/56 and the items'
    ** variances sum to at most 5 x 4^2 x 8/7, so |alpha| < 2 x 5 x 16 x 8/7
    ** x 56 ~ 1e4. Anything beyond is rounding noise made into a number. */
    double alpha, alphaStd;
    int nC;
    psy_alpha(aX, n, k, &alpha, &alphaStd, &nC);
    if( isnan(alpha) ) nAlphaEmpty++; else nAlphaDefined++;
    assert_empty_or_in(alpha, -1e4, 1.0, c);
    assert_empty_or_in(alphaStd, -1e4, 1.0, c);
    psy_item_stats(aX, n, k, aR, aD);
    for(int j = 0; j < k; j++){
      assert_empty_or_in(aR[j], -1.0, 1.0, c);
      assert_empty_or_in(aD[j], -1e4, 1.0, c);
    }
    assert_empty_or_in(psy_rwg_j(aX, n, k, 5), 0.0, 1.0, c);

    /* Moments (whole answers shifted to 0..4) give the same ranges. */
    int aV[NMAX * KMAX];
    for(int i = 0; i < n * k; i++) aV[i] = isnan(aX[i]) ? PSY_MOM_MISSING : (int)aX[i] - 1;
    int64_t aMom[2 + 4 * KMAX + KMAX * (KMAX + 1) / 2];
    memset(aMom, 0, sizeof(aMom));
    psy_mom_rows(aMom, k, aV, n);
    if( k >= 2 ){
      psy_alpha_mom(aMom, k, &alpha, &alphaStd, &nC);
      assert_empty_or_in(alpha, -1e4, 1.0, c);
      assert_empty_or_in(alphaStd, -1e4, 1.0, c);
    }
    assert_empty_or_in(psy_rwg_j_mom(aMom, k, 5), 0.0, 1.0, c);

    /* Scale scores of this group and of a second one: describe, Welch
    ** difference, reliable change, ICC over 2 or 3 groups, regression. */
    int n2 = 1 + rnd(NMAX);
    random_items(aX2, n2, k);
    row_means(aX, n, k, aY);
    row_means(aX2, n2, k, aY + n);
    PsyDesc dA, dB;
    psy_describe(aY, n, &dA);
    psy_describe(aY + n, n2, &dB);
    check_desc(&dA, c);
    check_desc(&dB, c);
    double diff, lo, hi;
    psy_mean_diff(&dB, &dA, &diff, &lo, &hi);
    assert_empty_or_in(diff, -4.0, 4.0, c);
    if( !isnan(lo) && !(lo <= diff && diff <= hi && isfinite(lo) && isfinite(hi)) ){
      fail_msg("case %d: Welch CI %.12g .. %.12g around %.12g", c, lo, hi, diff);
    }
    /* RCI: |diff| <= 4 over sqrt(2) SEM, SEM >= sd x sqrt(1 - alpha);
    ** noise would make it astronomically large. */
    assert_empty_or_in(psy_rci(diff, dA.sd, alpha), -1e8, 1e8, c);

    /* The same two groups with their first rows as the same people. */
    int aPair[2 * NMAX], nPair = rnd(1 + (n < n2 ? n : n2));
    for(int i = 0; i < nPair; i++){ aPair[2 * i] = i; aPair[2 * i + 1] = i; }
    PsyChange ch;
    psy_change(aY, n, aY + n, n2, aPair, nPair, &ch);
    assert_empty_or_in(ch.diff, -4.0, 4.0, c);
    if( !isnan(ch.ciLow) && !(ch.ciLow <= ch.diff && ch.diff <= ch.ciHigh && isfinite(ch.ciHigh) && ch.df > 0) ){
      fail_msg("case %d: change CI %.12g .. %.12g around %.12g, df %g", c, ch.ciLow, ch.ciHigh, ch.diff, ch.df);
    }
    assert_empty_or_in(ch.es, -1e8, 1e8, c);

    int nGroups = 2 + rnd(2);
    for(int i = 0; i < n + n2; i++) aG[i] = i < n ? 0 : 1 + (nGroups == 3 ? i % 2 : 0);
    double icc1, icc2;
    psy_icc(aY, aG, n + n2, nGroups, &icc1, &icc2);
    /* ICC(1) >= -1/(g-1) with g the mean group size (>= 1 + 1/3 here when
    ** defined, as N > groups): at least -3. */
    assert_empty_or_in(icc1, -3.0 - 1e-9, 1.0, c);
    assert_empty_or_in(icc2, -1e8, 1.0, c);
    /* ICC(1) with k0: within its range; with two groups of equal size (in
    ** scores present) k0 is the mean size, so it equals ICC(1). */
    double icc1k0 = psy_icc1_k0(aY, aG, n + n2, nGroups);
    assert_empty_or_in(icc1k0, -1e8, 1.0, c);
    int nA = 0, nB = 0;
    for(int i = 0; i < n + n2; i++) if( !isnan(aY[i]) ){ if( i < n ) nA++; else nB++; }
    if( nGroups == 2 && nA == nB && !isnan(icc1) && fabs(icc1k0 - icc1) > 1e-12 ){
      fail_msg("case %d: equal groups, ICC(1) %.12g but with k0 %.12g", c, icc1, icc1k0);
    }

    double b[2], bl[2], bh[2], r2, aP[NMAX * 2 * 2];
    for(int i = 0; i < n + n2; i++){
      aP[2 * i] = (i < n ? aX[i * k] : aX2[(i - n) * k]);
      aP[2 * i + 1] = (i < n ? aX[i * k + k - 1] : aX2[(i - n) * k + k - 1]);
    }
    int m = psy_regress_std(aY, aP, n + n2, 2, b, bl, bh, &r2);
    for(int j = 0; j < 2; j++){
      if( m == 0 ){
        if( !isnan(b[j]) || !isnan(bl[j]) ) fail_msg("case %d: no fit but coefficients", c);
        continue;
      }
      assert_empty_or_in(b[j], -1e6, 1e6, c);
      if( !(bl[j] <= b[j] + 1e-12 && b[j] <= bh[j] + 1e-12) ) fail_msg("case %d: beta CI", c);
    }
    assert_empty_or_in(r2, 0.0, 1.0 + 1e-12, c);
  }
  /* The generator reaches both kinds of case. */
  if( nAlphaDefined < 1000 || nAlphaEmpty < 1000 ){
    fail_msg("alpha defined in %d cases, empty in %d: the generator lost its variety", nAlphaDefined, nAlphaEmpty);
  }
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_constant_rest),
    cmocka_unit_test(test_random_small_groups),
  };
  return cmocka_run_group_tests(aTest, NULL, NULL);
}

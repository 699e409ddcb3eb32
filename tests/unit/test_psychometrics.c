/*
** test_psychometrics.c: the survey statistics of analysis/psychometrics.c
** checked against values computed independently: by hand (worked out in the
** comments) and by R (psych, multilevel, stats) on the published data sets
** in tests/data/psy/, made and evaluated by tests/data/psy/reference.R.
** Also the degenerate inputs (too few cases, zero variance, all missing),
** which must give NAN and never crash.
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
#include "analysis/robust.h"
#include "util/csvread.h"
#include "util/xalloc.h"

/* Agreement with R's printed values (10 significant digits). */
#define TOL 1e-8

#define assert_near(got, want, tol) do{ \
  double g_ = (got), w_ = (want); \
  if( !(fabs(g_ - w_) <= (tol)) ){ \
    fail_msg("%s = %.12g, expected %.12g (tol %g)", #got, g_, w_, (double)(tol)); \
  } \
}while(0)
#define assert_nan(got) do{ \
  double g_ = (got); \
  if( !isnan(g_) ) fail_msg("%s = %.12g, expected NAN", #got, g_); \
}while(0)

/* A numeric CSV from tests/data/psy/: header skipped, empty or NA -> NAN. */
typedef struct Mat { double *a; int n, k, nAlloc; } Mat;

static int mat_row(void *pArg, const CsvRow *pRow){
  Mat *p = pArg;
  if( pRow->iLine == 1 ){ p->k = pRow->nField; return 0; }
  if( pRow->nField != p->k ) return 1;
  if( (p->n + 1) * p->k > p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2 * p->nAlloc : 64 * p->k;
    p->a = xrealloc(p->a, (size_t)p->nAlloc * sizeof(double));
  }
  for(int j = 0; j < p->k; j++){
    const char *z = pRow->az[j];
    p->a[p->n * p->k + j] = (z[0] == 0 || strcmp(z, "NA") == 0) ? NAN : strtod(z, 0);
  }
  p->n++;
  return 0;
}

/* Loads tests/data/psy/zName; the caller frees the returned Mat's a. */
static Mat mat_load(const char *zName){
  Mat m = {0, 0, 0, 0};
  ErrList err = ERRLIST_INIT;
  const char *zDir = getenv("SYNERGIST_TESTDATA");
  char *zPath = xasprintf("%s/psy/%s", zDir ? zDir : "tests/data", zName);
  int rc = csv_read(zPath, mat_row, &m, &err);
  if( rc != 0 || err.n > 0 ) fail_msg("cannot read %s", zPath);
  free(zPath);
  errlist_free(&err);
  return m;
}

/* Columns [j0, j0+k) of m as a fresh row-major n x k matrix; caller frees. */
static double *mat_cols(const Mat *m, int j0, int k){
  double *a = xmalloc((size_t)m->n * k * sizeof(double));
  for(int i = 0; i < m->n; i++){
    for(int j = 0; j < k; j++) a[i * k + j] = m->a[i * m->k + j0 + j];
  }
  return a;
}

/* ---- hand-checked small cases ---------------------------------------- */

/* Items a = (1,2,3), b = (2,3,5): var a = 1, var b = 7/3, totals (3,5,8)
** var 19/3, so alpha = 2 (1 - (10/3)/(19/3)) = 18/19. cov = 3/2, r =
** 1.5/sqrt(7/3), std alpha = 2r/(1+r) = 0.9909083395 (psych::alpha agrees,
** reference.R section 5). */
static void test_alpha_hand(void **state){
  (void)state;
  double a[] = {1, 2, 2, 3, 3, 5};
  double alpha, alphaStd, aR[2], aD[2];
  int nC;
  psy_alpha(a, 3, 2, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 3);
  assert_near(alpha, 18.0 / 19.0, 1e-12);
  assert_near(alphaStd, 0.9909083395, TOL);
  /* With 2 items the rest score is the other item: r = 1.5/sqrt(7/3). */
  psy_item_stats(a, 3, 2, aR, aD);
  assert_near(aR[0], 1.5 / sqrt(7.0 / 3.0), 1e-12);
  assert_near(aR[1], 1.5 / sqrt(7.0 / 3.0), 1e-12);
  assert_nan(aD[0]);
}

/* Rows with a missing answer are left out: the NAN row changes nothing. */
static void test_alpha_complete_cases(void **state){
  (void)state;
  double a[] = {1, 2, NAN, 9, 2, 3, 3, 5};
  double alpha;
  int nC;
  psy_alpha(a, 4, 2, &alpha, 0, &nC);
  assert_int_equal(nC, 3);
  assert_near(alpha, 18.0 / 19.0, 1e-12);
}

/* One group, 2 items, 5 options: null variance (25-1)/12 = 2; item
** variances 1 and 0, mean 0.5, s2/e = 0.25; rwg(j) = 2(0.75)/(1.5+0.25) = 6/7.
** Item 1 all equal and item 2 spread past the null: truncated to 0. */
static void test_rwg_hand(void **state){
  (void)state;
  double a[] = {1, 2, 2, 2, 3, 2};
  assert_near(psy_rwg_j(a, 3, 2, 5), 6.0 / 7.0, 1e-12);
  double b[] = {3, 1, 3, 5, 3, 1, 3, 5};   /* item 2 variance 16/3 > 2 */
  assert_near(psy_rwg_j(b, 4, 2, 5), 0.0, 1e-12);
  double c[] = {4, 4, 4, 4, 4, 4};         /* perfect agreement */
  assert_near(psy_rwg_j(c, 3, 2, 5), 1.0, 1e-12);
}

/* Groups {1,2,3} and {4,5,6}: grand mean 3.5, SSB = 2*3*1.5^2 = 13.5 (MSB
** 13.5, 1 df), SSW = 2+2 = 4 (MSW 1, 4 df), mean group size 3:
** ICC1 = 12.5/(13.5+2) = 25/31, ICC2 = 12.5/13.5 = 25/27 (multilevel ICC1,
** ICC2 agree: reference.R section 5). A NAN score, an out-of-range id and
** an empty group 2 are skipped. */
static void test_icc_hand(void **state){
  (void)state;
  double y[] = {1, 2, 3, 4, 5, 6, NAN, 7};
  int g[] = {0, 0, 0, 1, 1, 1, 0, 9};
  double icc1, icc2;
  psy_icc(y, g, 8, 3, &icc1, &icc2);
  assert_near(icc1, 25.0 / 31.0, 1e-12);
  assert_near(icc2, 25.0 / 27.0, 1e-12);
}

/* diff 1, SD 2, reliability .75: SEM = 2 sqrt(.25) = 1, RCI = 1/sqrt(2). */
static void test_rci_sem(void **state){
  (void)state;
  assert_near(psy_sem(2.0, 0.75), 1.0, 1e-15);
  assert_near(psy_rci(1.0, 2.0, 0.75), 1.0 / sqrt(2.0), 1e-15);
  assert_near(psy_rci(-3.0, 2.0, 0.0), -3.0 / (2.0 * sqrt(2.0)), 1e-15);
  assert_nan(psy_rci(1.0, 2.0, 1.0));
  assert_nan(psy_rci(1.0, 0.0, 0.5));
  assert_nan(psy_rci(1.0, 2.0, -0.1));
  assert_nan(psy_rci(NAN, 2.0, 0.5));
  assert_nan(psy_sem(-1.0, 0.5));
  assert_nan(psy_sem(1.0, NAN));
}

/* (1,2,3,4): mean 2.5, sd sqrt(5/3); CI 2.5 -+ t(.975,3) sd/2 with
** t(.975,3) = 3.182446305 (R qt(.975,3)). NAN skipped. */
static void test_describe_hand(void **state){
  (void)state;
  double a[] = {1, NAN, 2, 3, 4};
  PsyDesc d;
  psy_describe(a, 5, &d);
  assert_int_equal(d.n, 4);
  assert_near(d.mean, 2.5, 1e-15);
  assert_near(d.sd, sqrt(5.0 / 3.0), 1e-15);
  assert_near(d.ciLow, 2.5 - 3.182446305 * sqrt(5.0 / 3.0) / 2, TOL);
  assert_near(d.ciHigh, 2.5 + 3.182446305 * sqrt(5.0 / 3.0) / 2, TOL);
}

/* 1..n for n = 1025 and 1026, each side of the 1024-df quantile table:
** R t.test(1:n)$conf.int. */
static void test_describe_long(void **state){
  (void)state;
  double a[1026];
  PsyDesc d;
  for(int i = 0; i < 1026; i++) a[i] = i + 1;
  psy_describe(a, 1025, &d);
  assert_near(d.ciLow, 494.855509561, TOL);
  assert_near(d.ciHigh, 531.144490439, TOL);
  psy_describe(a, 1026, &d);
  assert_near(d.ciLow, 495.346690328, TOL);
  assert_near(d.ciHigh, 531.653309672, TOL);
}

/* ---- published data, reference values from R ---------------------------- */

/* psych::bfi rows 1..300, agreeableness A1 (reverse-keyed) .. A5, 293
** complete cases. psych::alpha(na.omit(x)): raw_alpha, std.alpha,
** item.stats$r.drop, alpha.drop$raw_alpha (reference.R section 1). */
static void test_alpha_bfi(void **state){
  (void)state;
  static const double aRDrop[5] = {0.2975325551, 0.60035893, 0.659888796, 0.3697681767, 0.5257743214};
  static const double aADrop[5] = {0.7419867172, 0.6301897822, 0.5962316791, 0.7212667917, 0.6518328422};
  Mat m = mat_load("bfi_agree.csv");
  assert_int_equal(m.n, 300);
  double *x = mat_cols(&m, 1, 5);
  double alpha, alphaStd, aR[5], aD[5];
  int nC;
  psy_alpha(x, m.n, 5, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 293);
  assert_near(alpha, 0.7182955827, TOL);
  assert_near(alphaStd, 0.7314775368, TOL);
  psy_item_stats(x, m.n, 5, aR, aD);
  for(int j = 0; j < 5; j++){
    assert_near(aR[j], aRDrop[j], TOL);
    assert_near(aD[j], aADrop[j], TOL);
  }
  free(x);
  free(m.a);
}

/* Item A2 of the same rows: 298 answers; R mean, sd, t.test()$conf.int;
** men (gender 1) minus women (2) with t.test(var.equal=FALSE)$conf.int
** (reference.R section 1). */
static void test_describe_bfi(void **state){
  (void)state;
  Mat m = mat_load("bfi_agree.csv");
  double *aAll = xmalloc(m.n * sizeof(double));
  double *aM = xmalloc(m.n * sizeof(double)), *aF = xmalloc(m.n * sizeof(double));
  int nM = 0, nF = 0;
  for(int i = 0; i < m.n; i++){
    double v = m.a[i * m.k + 2];
    aAll[i] = v;
    if( m.a[i * m.k] == 1 ) aM[nM++] = v; else aF[nF++] = v;
  }
  PsyDesc d, dM, dF;
  psy_describe(aAll, m.n, &d);
  assert_int_equal(d.n, 298);
  assert_near(d.mean, 4.781879195, TOL);
  assert_near(d.sd, 1.13235571, TOL);
  assert_near(d.ciLow, 4.652788125, TOL);
  assert_near(d.ciHigh, 4.910970265, TOL);
  psy_describe(aM, nM, &dM);
  psy_describe(aF, nF, &dF);
  double diff, lo, hi;
  psy_mean_diff(&dM, &dF, &diff, &lo, &hi);
  assert_near(diff, -0.4827586207, TOL);
  assert_near(lo, -0.7387885811, TOL);
  assert_near(hi, -0.2267286603, TOL);
  free(aAll); free(aM); free(aF);
  free(m.a);
}

/* multilevel::lq2002, 2042 soldiers in 49 companies (rows sorted by
** COMPID), 11 leadership items with 5 options. Per company
** multilevel::rwg.j(ranvar = 2): companies 2..5 and the sum over all 49;
** ICC1/ICC2 of the LEAD scale (row mean) on aov(LEAD ~ COMPID)
** (reference.R section 2). Company ids are used as group ids 0..58, so
** most ids are empty groups, which must not count. */
static const double aLqRwgFirst[4] = {0.8075272584, 0.8959383151, 0.8600120204, 0.8635584505};
static void test_lq2002(void **state){
  (void)state;
  Mat m = mat_load("lq2002_lead.csv");
  assert_int_equal(m.n, 2042);
  assert_int_equal(m.k, 12);
  double *x = mat_cols(&m, 1, 11);
  double *aLead = xmalloc(m.n * sizeof(double));
  int *aG = xmalloc(m.n * sizeof(int));
  double sum = 0.0;
  int nGrp = 0;
  for(int i0 = 0, i = 0; i0 < m.n; i0 = i){
    while( i < m.n && m.a[i * m.k] == m.a[i0 * m.k] ) i++;
    double r = psy_rwg_j(x + (size_t)i0 * 11, i - i0, 11, 5);
    if( nGrp < 4 ) assert_near(r, aLqRwgFirst[nGrp], TOL);
    sum += r;
    nGrp++;
  }
  assert_int_equal(nGrp, 49);
  assert_near(sum, 42.5214601, 1e-7);
  for(int i = 0; i < m.n; i++){
    double s = 0.0;
    for(int j = 0; j < 11; j++) s += x[i * 11 + j];
    aLead[i] = s / 11;
    aG[i] = (int)m.a[i * m.k];
  }
  double icc1, icc2;
  psy_icc(aLead, aG, m.n, 59, &icc1, &icc2);
  assert_near(icc1, 0.08795621852, TOL);
  assert_near(icc2, 0.800754373, TOL);
  free(aLead); free(aG); free(x);
  free(m.a);
}

/* Company 2 with three answers blanked (in three rows): rwg(j) over the 21
** complete rows, multilevel::rwg.j(ranvar = 2), which drops incomplete
** rows (reference.R section 3). */
static void test_rwg_missing(void **state){
  (void)state;
  Mat m = mat_load("lq2002_comp2_na.csv");
  assert_int_equal(m.n, 24);
  assert_near(psy_rwg_j(m.a, m.n, m.k, 5), 0.8618556701, TOL);
  free(m.a);
}

/* datasets::swiss, Fertility on Agriculture, Education, Catholic, two
** cells blanked (45 complete rows): lm on scale()d variables, coef and
** confint, summary()$r.squared (reference.R section 4). */
static void test_regress_swiss(void **state){
  (void)state;
  static const double aB[3] = {-0.3891136885, -0.8476158554, 0.5118793465};
  static const double aL[3] = {-0.6486195982, -1.0866770724, 0.3106688824};
  static const double aH[3] = {-0.1296077788, -0.6085546384, 0.7130898107};
  Mat m = mat_load("swiss_na.csv");
  assert_int_equal(m.n, 47);
  double *y = mat_cols(&m, 0, 1), *x = mat_cols(&m, 1, 3);
  double b[3], lo[3], hi[3], r2;
  assert_int_equal(psy_regress_std(y, x, m.n, 3, b, lo, hi, &r2), 45);
  assert_near(r2, 0.6716189351, TOL);
  for(int j = 0; j < 3; j++){
    assert_near(b[j], aB[j], TOL);
    assert_near(lo[j], aL[j], TOL);
    assert_near(hi[j], aH[j], TOL);
  }
  free(y); free(x);
  free(m.a);
}

/* ---- degenerate inputs -------------------------------------------------- */

static void test_degenerate(void **state){
  (void)state;
  double alpha, alphaStd, aR[3], aD[3], icc1, icc2;
  int nC;
  PsyDesc d;

  /* describe: nothing, one value, all missing */
  psy_describe(0, 0, &d);
  assert_int_equal(d.n, 0);
  assert_nan(d.mean); assert_nan(d.sd); assert_nan(d.ciLow);
  double one[] = {NAN, 3, NAN};
  psy_describe(one, 3, &d);
  assert_int_equal(d.n, 1);
  assert_near(d.mean, 3.0, 0);
  assert_nan(d.sd); assert_nan(d.ciHigh);

  /* alpha: one complete row, all missing, a constant item, constant total */
  double a1[] = {1, 2, 3, NAN, 2, 2};
  psy_alpha(a1, 2, 3, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 1);
  assert_nan(alpha); assert_nan(alphaStd);
  psy_item_stats(a1, 2, 3, aR, aD);
  assert_nan(aR[0]); assert_nan(aD[2]);
  double aMiss[] = {NAN, NAN, NAN, NAN};
  psy_alpha(aMiss, 2, 2, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 0);
  assert_nan(alpha); assert_nan(alphaStd);
  double aConst[] = {1, 3, 2, 3, 3, 3};      /* item 2 constant: raw alpha 0 */
  psy_alpha(aConst, 3, 2, &alpha, &alphaStd, &nC);
  assert_near(alpha, 0.0, 1e-15);
  assert_nan(alphaStd);
  psy_item_stats(aConst, 3, 2, aR, aD);
  assert_nan(aR[0]); assert_nan(aR[1]);
  double aFlat[] = {1, 3, 2, 2, 3, 1};       /* total constant */
  psy_alpha(aFlat, 3, 2, &alpha, 0, 0);
  assert_nan(alpha);
  psy_alpha(aFlat, 3, 1, &alpha, &alphaStd, &nC);   /* k < 2 */
  assert_nan(alpha); assert_nan(alphaStd);
  assert_int_equal(nC, 3);

  /* rwg: one respondent, an item nobody answered, bad option count */
  double r1[] = {1, 2};
  assert_nan(psy_rwg_j(r1, 1, 2, 5));
  double r2[] = {1, NAN, 2, NAN, 3, 4};
  assert_nan(psy_rwg_j(r2, 3, 2, 5));
  assert_nan(psy_rwg_j(r1, 1, 2, 1));

  /* icc: one group, groups of one, no variance at all */
  double y[] = {1, 2, 3, 4};
  int gOne[] = {0, 0, 0, 0}, gEach[] = {0, 1, 2, 3};
  psy_icc(y, gOne, 4, 1, &icc1, &icc2);
  assert_nan(icc1); assert_nan(icc2);
  psy_icc(y, gEach, 4, 4, &icc1, &icc2);
  assert_nan(icc1); assert_nan(icc2);
  double yc[] = {2, 2, 2, 2};
  int gTwo[] = {0, 0, 1, 1};
  psy_icc(yc, gTwo, 4, 2, &icc1, &icc2);
  assert_nan(icc1); assert_nan(icc2);
  psy_icc(y, gTwo, 4, 0, &icc1, &icc2);
  assert_nan(icc1);

  /* mean difference: a side with one value, two constant sides */
  PsyDesc dA = {1, 2.0, NAN, NAN, NAN}, dB = {5, 1.0, 1.0, 0, 2};
  double diff, lo, hi;
  psy_mean_diff(&dA, &dB, &diff, &lo, &hi);
  assert_near(diff, 1.0, 0);
  assert_nan(lo); assert_nan(hi);
  PsyDesc dC = {3, 4.0, 0.0, 4, 4};
  psy_mean_diff(&dC, &dC, &diff, &lo, &hi);
  assert_near(diff, 0.0, 0);
  assert_nan(lo);

  /* regression: too few rows, constant y, collinear predictors */
  double ry[] = {1, 2, 3, 5}, rx[] = {1, 1, 2, 2, 3, 3, 4, 4}, b[2], l[2], h[2], rsq;
  assert_int_equal(psy_regress_std(ry, rx, 3, 2, b, l, h, &rsq), 0);
  assert_nan(b[0]); assert_nan(h[1]); assert_nan(rsq);
  assert_int_equal(psy_regress_std(ry, rx, 4, 2, b, l, h, &rsq), 0);   /* x1 == x2 */
  assert_nan(b[0]); assert_nan(l[1]); assert_nan(rsq);
  double yk[] = {2, 2, 2, 2}, xk[] = {1, 2, 3, 4};
  assert_int_equal(psy_regress_std(yk, xk, 4, 1, b, l, h, &rsq), 0);
  assert_nan(b[0]);
}

/* ---- change between waves ----------------------------------------------- */

/* Partnership P of tests/data/survey/tiny_answers.csv, scale s: w1 (p1..p6)
** and w2 (p1..p7); values printed by tests/data/survey/change_reference.R. */
static const double aW1[] = {4, 5, 3, 4, 3, 4.5}, aW2[] = {2, 3, 1.5, 1.5, 3, 2.5, 1};
static const int aPair6[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};

/* No pairs: Welch, R t.test(w2, w1): CI -2.8223 -0.8682, df 10.6306;
** Cohen's d (average variance) -2.3241, CI -3.5547 -1.0935. */
static void test_change_welch(void **state){
  (void)state;
  PsyChange c;
  psy_change(aW1, 6, aW2, 7, NULL, 0, &c);
  assert_int_equal(c.nLinked, 0);
  assert_near(c.diff, -1.8452, 5e-5);
  assert_near(c.ciLow, -2.8223, 5e-5); assert_near(c.ciHigh, -0.8682, 5e-5);
  assert_near(c.df, 10.6306, 5e-5);
  assert_near(c.es, -2.3241, 5e-5);
  assert_near(c.esLow, -3.5547, 5e-5); assert_near(c.esHigh, -1.0935, 5e-5);
}

/* Only p1..p6, all linked: the paired t-test, R t.test(w2, w1, paired =
** TRUE): change -1.6667, CI -2.5855 -0.7478, df 5. */
static void test_change_paired(void **state){
  (void)state;
  PsyChange c;
  psy_change(aW1, 6, aW2, 6, aPair6, 6, &c);
  assert_int_equal(c.nLinked, 6);
  assert_near(c.diff, -1.6667, 5e-5);
  assert_near(c.ciLow, -2.5855, 5e-5); assert_near(c.ciHigh, -0.7478, 5e-5);
  assert_near(c.df, 5.0, 1e-9);
}

/* p1..p6 linked, p7 in w2 only: Derrick et al. (2017) Tnew2 written out in
** R: CI -2.7787 -0.9117, df 5.4331 (r 0.3170); effect -2.3241, CI -3.4999
** -1.1484. A pair with a missing side does not count as linked. */
static void test_change_overlap(void **state){
  (void)state;
  PsyChange c;
  psy_change(aW1, 6, aW2, 7, aPair6, 6, &c);
  assert_int_equal(c.nLinked, 6);
  assert_near(c.diff, -1.8452, 5e-5);
  assert_near(c.ciLow, -2.7787, 5e-5); assert_near(c.ciHigh, -0.9117, 5e-5);
  assert_near(c.df, 5.4331, 5e-5);
  assert_near(c.esLow, -3.4999, 5e-5); assert_near(c.esHigh, -1.1484, 5e-5);
  double aMiss[] = {4, 5, 3, 4, 3, NAN};
  psy_change(aMiss, 6, aW2, 7, aPair6, 6, &c);
  assert_int_equal(c.nLinked, 5);
  /* one value on a side: no interval */
  psy_change(aW1, 1, aW2, 7, aPair6, 1, &c);
  assert_nan(c.ciLow); assert_nan(c.es);
}

/* ---- numeric robustness ------------------------------------------------- */

/* 200,000 respondents whose answers sit on a huge offset (1e9): centered
** sums must give the same alpha, rwg and ICC as the answers without it. A
** perfect regression (y = 2 x) stays a perfect one (R^2 1, CI width 0). */
static void test_large_offset(void **state){
  (void)state;
  enum { N = 200000, K = 4 };
  double *a = xmalloc(sizeof(double) * N * K), *b = xmalloc(sizeof(double) * N * K);
  double *y = xmalloc(sizeof(double) * N), *yo = xmalloc(sizeof(double) * N);
  int *g = xmalloc(sizeof(int) * N);
  for(int i = 0; i < N; i++){
    int base = (i * 7) % 5;
    for(int j = 0; j < K; j++){
      a[i * K + j] = 1 + (base + (i * (j + 3)) % 3) % 5;
      b[i * K + j] = a[i * K + j] + 1e9;
    }
    g[i] = i % 100;
    y[i] = a[i * K] + g[i] * 0.01;
    yo[i] = y[i] + 1e9;
  }
  double alphaA, alphaB, stdA, stdB, i1a, i1b, i2a, i2b;
  psy_alpha(a, N, K, &alphaA, &stdA, 0);
  psy_alpha(b, N, K, &alphaB, &stdB, 0);
  assert_false(isnan(alphaA));
  assert_near(alphaB, alphaA, 1e-6);
  assert_near(stdB, stdA, 1e-6);
  assert_near(psy_rwg_j(b, N, K, 5), psy_rwg_j(a, N, K, 5), 1e-6);
  psy_icc(y, g, N, 100, &i1a, &i2a);
  psy_icc(yo, g, N, 100, &i1b, &i2b);
  assert_near(i1b, i1a, 1e-6);
  assert_near(i2b, i2a, 1e-6);
  for(int i = 0; i < N; i++){ yo[i] = b[i * K]; y[i] = 2 * yo[i]; }
  double beta, lo, hi, r2;
  assert_int_equal(psy_regress_std(y, yo, N, 1, &beta, &lo, &hi, &r2), N);
  assert_near(beta, 1.0, 1e-9);
  assert_near(r2, 1.0, 1e-9);
  assert_near(hi - lo, 0.0, 1e-6);
  free(a); free(b); free(y); free(yo); free(g);
}

/* ---- item moments: exact sums that combine across groups ------------- */

/* Rows [i0, i1) of an n x k matrix of whole numbers (NAN missing) added to
** fresh moments; the caller frees. */
static int64_t *mom_of(const double *x, int k, int i0, int i1){
  int64_t *aMom = calloc(psy_mom_len(k), sizeof(int64_t));
  int *aV = xmalloc((size_t)(i1 > i0 ? i1 - i0 : 1) * k * sizeof(int));
  for(int i = i0; i < i1; i++){
    for(int j = 0; j < k; j++){
      double v = x[(size_t)i * k + j];
      aV[(i - i0) * k + j] = isnan(v) ? PSY_MOM_MISSING : (int)v;
    }
  }
  psy_mom_rows(aMom, k, aV, i1 - i0);
  free(aV);
  return aMom;
}

/* Alpha of the bfi agreeableness items, psych::alpha (test_alpha_bfi). */
static void check_bfi_alpha(const int64_t *aMom){
  double alpha, alphaStd;
  int nC;
  psy_alpha_mom(aMom, 5, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 293);
  assert_near(alpha, 0.7182955827, TOL);
  assert_near(alphaStd, 0.7314775368, TOL);
}

/* The bfi agreeableness items of test_alpha_bfi: alpha from the moments of
** all 300 rows, and from the moments of three slices added together, are
** R's psych::alpha values (reference.R section 1). Each slice on its own
** matches psy_alpha() on the same rows, the direct two-pass computation. */
static void test_mom_alpha_bfi(void **state){
  (void)state;
  Mat m = mat_load("bfi_agree.csv");
  double *x = mat_cols(&m, 1, 5);
  int64_t *aAll = mom_of(x, 5, 0, m.n);
  check_bfi_alpha(aAll);
  int64_t *aSum = calloc(psy_mom_len(5), sizeof(int64_t));
  static const int aCut[4] = {0, 17, 160, 300};
  for(int c = 0; c < 3; c++){
    int64_t *aPart = mom_of(x, 5, aCut[c], aCut[c + 1]);
    double a1, s1, a2, s2;
    int n1, n2;
    psy_alpha_mom(aPart, 5, &a1, &s1, &n1);
    psy_alpha(x + (size_t)aCut[c] * 5, aCut[c + 1] - aCut[c], 5, &a2, &s2, &n2);
    assert_int_equal(n1, n2);
    assert_near(a1, a2, 1e-12);
    assert_near(s1, s2, 1e-12);
    psy_mom_add(aSum, aPart, 5);
    free(aPart);
  }
  assert_memory_equal(aSum, aAll, psy_mom_len(5) * sizeof(int64_t));
  check_bfi_alpha(aSum);
  free(aSum); free(aAll); free(x);
  free(m.a);
}

/* rwg(j) from moments: multilevel::rwg.j for companies 2..5 of lq2002
** (test_lq2002), the complete rows only with missing answers
** (test_rwg_missing, multilevel::rwg.j), and companies 2 and 3 pooled by
** adding their moments, against psy_rwg_j() on their rows together. */
static void test_mom_rwg(void **state){
  (void)state;
  Mat m = mat_load("lq2002_lead.csv");
  double *x = mat_cols(&m, 1, 11);
  int64_t *aPool = calloc(psy_mom_len(11), sizeof(int64_t));
  int i0 = 0, i = 0;
  for(int g = 0; g < 4; g++, i0 = i){
    while( i < m.n && m.a[i * m.k] == m.a[i0 * m.k] ) i++;
    int64_t *aMom = mom_of(x, 11, i0, i);
    assert_near(psy_rwg_j_mom(aMom, 11, 5), aLqRwgFirst[g], TOL);
    if( g < 2 ) psy_mom_add(aPool, aMom, 11);
    free(aMom);
    if( g == 1 ) assert_near(psy_rwg_j_mom(aPool, 11, 5), psy_rwg_j(x, i, 11, 5), 1e-12);
  }
  free(aPool); free(x); free(m.a);
  Mat na = mat_load("lq2002_comp2_na.csv");
  int64_t *aMom = mom_of(na.a, na.k, 0, na.n);
  assert_near(psy_rwg_j_mom(aMom, na.k, 5), 0.8618556701, TOL);
  free(aMom); free(na.a);
}

/* Moments of degenerate data give NAN as the direct functions do: fewer
** than 2 complete rows, a constant item (standardized alpha only), an item
** with fewer than 2 answers (rwg). */
static void test_mom_degenerate(void **state){
  (void)state;
  double aOne[] = {1, 2, 3, NAN, 4, NAN};
  double aConst[] = {1, 2, 1, 3, 1, 5};
  double alpha, alphaStd;
  int nC;
  int64_t *p = mom_of(aOne, 2, 0, 3);
  psy_alpha_mom(p, 2, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 1);
  assert_nan(alpha);
  assert_nan(alphaStd);
  assert_nan(psy_rwg_j_mom(p, 2, 5));            /* item 2 has 1 answer */
  free(p);
  p = mom_of(aConst, 2, 0, 3);
  psy_alpha_mom(p, 2, &alpha, &alphaStd, &nC);
  assert_int_equal(nC, 3);
  assert_nan(alphaStd);
  double alphaDirect;
  psy_alpha(aConst, 3, 2, &alphaDirect, 0, 0);
  assert_near(alpha, alphaDirect, 1e-12);          /* raw alpha still defined: 2(1 - (7/3)/(7/3)) = 0 */
  assert_near(alpha, 0.0, 1e-12);
  free(p);
}

/* Lean moments of rows [i0, i1), as mom_of(). */
static int64_t *mom_lean_of(const double *x, int k, int i0, int i1){
  int64_t *aMom = calloc(psy_mom_lean_len(k), sizeof(int64_t));
  int *aV = xmalloc((size_t)(i1 > i0 ? i1 - i0 : 1) * k * sizeof(int));
  for(int i = i0; i < i1; i++){
    for(int j = 0; j < k; j++){
      double v = x[(size_t)i * k + j];
      aV[(i - i0) * k + j] = isnan(v) ? PSY_MOM_MISSING : (int)v;
    }
  }
  psy_mom_lean_rows(aMom, k, aV, i1 - i0);
  free(aV);
  return aMom;
}

/* Lean moments (no cross-products) give alpha and rwg(j) bit for bit as
** the full moments do, on the bfi agreeableness items (psych::alpha 0.718,
** test_mom_alpha_bfi) whole and as slices added element by element, on
** lq2002 with missing answers (multilevel::rwg.j 0.862, test_mom_rwg),
** and on the degenerate data of test_mom_degenerate. */
static void test_mom_lean(void **state){
  (void)state;
  Mat m = mat_load("bfi_agree.csv");
  double *x = mat_cols(&m, 1, 5);
  size_t nLean = psy_mom_lean_len(5);
  int64_t *aSum = calloc(nLean, sizeof(int64_t));
  static const int aCut[4] = {0, 17, 160, 300};
  for(int c = 0; c < 3; c++){
    int64_t *aPart = mom_lean_of(x, 5, aCut[c], aCut[c + 1]);
    for(size_t i = 0; i < nLean; i++) aSum[i] += aPart[i];
    free(aPart);
  }
  int64_t *aFull = mom_of(x, 5, 0, m.n), *aLean = mom_lean_of(x, 5, 0, m.n);
  assert_memory_equal(aSum, aLean, nLean * sizeof(int64_t));
  double a1, s1, a2;
  int n1, n2;
  psy_alpha_mom(aFull, 5, &a1, &s1, &n1);
  psy_alpha_mom_lean(aLean, 5, &a2, &n2);
  assert_int_equal(n2, 293);
  assert_true(a1 == a2);
  assert_near(a2, 0.7182955827, TOL);
  assert_true(psy_rwg_j_mom(aFull, 5, 6) == psy_rwg_j_mom_lean(aLean, 5, 6));
  free(aFull); free(aLean); free(aSum); free(x); free(m.a);
  Mat na = mat_load("lq2002_comp2_na.csv");
  aFull = mom_of(na.a, na.k, 0, na.n); aLean = mom_lean_of(na.a, na.k, 0, na.n);
  psy_alpha_mom(aFull, na.k, &a1, &s1, &n1);
  psy_alpha_mom_lean(aLean, na.k, &a2, &n2);
  assert_int_equal(n1, n2);
  assert_true(a1 == a2);
  assert_near(psy_rwg_j_mom_lean(aLean, na.k, 5), 0.8618556701, TOL);
  assert_true(psy_rwg_j_mom(aFull, na.k, 5) == psy_rwg_j_mom_lean(aLean, na.k, 5));
  free(aFull); free(aLean); free(na.a);
  double aOne[] = {1, 2, 3, NAN, 4, NAN};
  double aConst[] = {1, 2, 1, 3, 1, 5};
  aLean = mom_lean_of(aOne, 2, 0, 3);
  psy_alpha_mom_lean(aLean, 2, &a2, &n2);
  assert_int_equal(n2, 1);
  assert_nan(a2);
  assert_nan(psy_rwg_j_mom_lean(aLean, 2, 5));
  free(aLean);
  aLean = mom_lean_of(aConst, 2, 0, 3);
  psy_alpha_mom_lean(aLean, 2, &a2, &n2);
  assert_near(a2, 0.0, 1e-12);
  free(aLean);
}

/* ---- cluster-robust (CR2) regression ------------------------------------ */

/* tests/data/psy/cluster_reg.csv (cluster, y, x1, x2, x3), made by
** tests/data/psy/cr2_reference.R; expected values printed there by R
** clubSandwich 0.5.8: coef_test(lm(y ~ ., scale()d complete rows),
** vcov = "CR2", cluster, test = "Satterthwaite") and conf_int(). */
static void cr2_check(const Mat *m, const int *aKeep, int p, int nWant, int nClWant,
                      const double aWant[][5]){
  double *y = mat_cols(m, 1, 1), *x = mat_cols(m, 2, p);
  int *aCl = xmalloc(sizeof(int) * (size_t)m->n), nCl = -1;
  for(int i = 0; i < m->n; i++){
    int c = (int)m->a[i * m->k];
    aCl[i] = aKeep == 0 || aKeep[c] ? c : -1;
  }
  PsyRobust a[3];
  double b[3], lo[3], hi[3];
  assert_int_equal(psy_regress_cr2(y, x, aCl, 9, m->n, p, a, &nCl), nWant);
  assert_int_equal(nCl, nClWant);
  for(int j = 0; j < p; j++){
    assert_near(a[j].beta, aWant[j][0], TOL);
    assert_near(a[j].se, aWant[j][1], TOL);
    assert_near(a[j].df, aWant[j][2], 1e-7);
    assert_near(a[j].low, aWant[j][3], 1e-7);
    assert_near(a[j].high, aWant[j][4], 1e-7);
  }
  /* the same betas as the ordinary fit when every cluster is kept */
  if( aKeep == 0 ){
    assert_int_equal(psy_regress_std(y, x, m->n, p, b, lo, hi, 0), nWant);
    for(int j = 0; j < p; j++) assert_near(b[j], a[j].beta, 1e-10);
  }
  free(aCl); free(y); free(x);
}

static void test_cr2_clubsandwich(void **state){
  (void)state;
  Mat m = mat_load("cluster_reg.csv");
  assert_int_equal(m.n, 69);
  /* 1. nine clusters, three predictors */
  static const double a3[3][5] = {
    {6.139438612e-01, 0.13471088663, 6.032000689, 0.28474162556, 0.9431460969},
    {-1.296764627e-01, 0.18078883229, 5.544685778, -0.58100747548, 0.3216545500},
    {1.720196258e-01, 0.09481263961, 6.764463565, -0.05376889688, 0.3978081484}};
  cr2_check(&m, 0, 3, 65, 9, a3);
  /* 2. clusters 2 and 3 only: two clusters, df about 1 (and a spuriously
  ** small SE: the reason the levers rule wants df >= 4) */
  static const int aTwo[9] = {0, 0, 1, 1, 0, 0, 0, 0, 0};
  static const double a2[3][5] = {
    {4.429279136e-01, 0.02502119479, 1.100367223, 0.1859697345, 0.6998860927},
    {3.850273731e-01, 0.01314627466, 1.010098809, 0.2218833511, 0.5481713951},
    {-1.590159160e-02, 0.05210681166, 1.306955377, -0.4032360415, 0.3714328583}};
  cr2_check(&m, aTwo, 3, 22, 2, a2);
  /* 3. one predictor */
  static const double a1[1][5] = {{5.422629702e-01, 0.1106719720, 6.664237923, 0.2778686257, 0.8066573146}};
  cr2_check(&m, 0, 1, 67, 9, a1);
  free(m.a);
}

/* One cluster: betas, no robust SE; too few rows: nothing. */
static void test_cr2_degenerate(void **state){
  (void)state;
  double y[] = {1, 2, 3, 5, 4}, x[] = {1, 3, 2, 5, 4};
  int aCl[] = {0, 0, 0, 0, 0}, nCl;
  PsyRobust a[1];
  assert_int_equal(psy_regress_cr2(y, x, aCl, 1, 5, 1, a, &nCl), 5);
  assert_int_equal(nCl, 1);
  assert_near(a[0].beta, 0.9, 1e-12);          /* r = 0.9 by hand */
  assert_nan(a[0].se); assert_nan(a[0].df); assert_nan(a[0].low);
  assert_int_equal(psy_regress_cr2(y, x, aCl, 1, 2, 1, a, &nCl), 0);
  assert_nan(a[0].beta);
  int aOut[] = {0, 1, -1, 1, 0};                /* a row outside the clusters is skipped */
  assert_int_equal(psy_regress_cr2(y, x, aOut, 2, 5, 1, a, &nCl), 4);
  assert_int_equal(nCl, 2);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_alpha_hand),
    cmocka_unit_test(test_alpha_complete_cases),
    cmocka_unit_test(test_rwg_hand),
    cmocka_unit_test(test_icc_hand),
    cmocka_unit_test(test_rci_sem),
    cmocka_unit_test(test_describe_hand),
    cmocka_unit_test(test_describe_long),
    cmocka_unit_test(test_alpha_bfi),
    cmocka_unit_test(test_describe_bfi),
    cmocka_unit_test(test_lq2002),
    cmocka_unit_test(test_rwg_missing),
    cmocka_unit_test(test_regress_swiss),
    cmocka_unit_test(test_degenerate),
    cmocka_unit_test(test_large_offset),
    cmocka_unit_test(test_change_welch),
    cmocka_unit_test(test_change_paired),
    cmocka_unit_test(test_change_overlap),
    cmocka_unit_test(test_mom_alpha_bfi),
    cmocka_unit_test(test_mom_rwg),
    cmocka_unit_test(test_mom_degenerate),
    cmocka_unit_test(test_mom_lean),
    cmocka_unit_test(test_cr2_clubsandwich),
    cmocka_unit_test(test_cr2_degenerate),
  };
  return cmocka_run_group_tests(aTest, 0, 0);
}

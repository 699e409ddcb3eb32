/*
** psychometrics.c: the statistics of member surveys (see psychometrics.h):
** descriptive statistics with t intervals, Cronbach's alpha and item
** analysis, rwg(j) agreement, ICC(1)/ICC(2), reliable change, Welch mean
** differences and standardized regression.
**
** Every function makes at most a few passes over its data and keeps
** centered sums (two-pass), so results stay accurate for large n. The item
** moments (psy_mom_*) are the exception: exact integer sums of whole-number
** answers, so that the moments of groups add up to those of the pooled
** group and alpha and rwg(j) are computed from them without rounding until
** the last divisions. Scratch
** space lives on the stack when small and otherwise comes from one
** allocation per call, freed before returning. The only static state is a
** table of t quantiles filled once. Quantiles of t come from
** GSL; the regression solves the predictors' correlation matrix by GSL's
** singular value decomposition, which needs no error handler for the
** singular case (collinear predictors give NAN instead of an abort).
**
** Undefined is NAN, never a number: a denominator that is zero or only
** rounding noise (a variance, a total's variance, a mean square, a
** standard error) gives NAN, judged relative to the size of the data
** (NEAR_ZERO) rather than against exact zero, so a constant total never
** yields an alpha of -1e32. Correlations are kept within [-1, 1].
*/
#include "analysis/psychometrics.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>

/* Relative size below which a variance or sum of squares is taken as
** zero: far below any real spread of answers (whole numbers, or means of a
** few of them) and far above the rounding of double arithmetic. */
#define NEAR_ZERO 1e-10

/* True when x is zero up to rounding, compared with the scale ref (> 0). */
static int near_zero(double x, double ref){
  return !(x > NEAR_ZERO * ref) || !(x > 1e-300);
}

/* x clamped into [lo, hi] (NAN stays NAN). */
static double clamp(double x, double lo, double hi){
  return x < lo ? lo : x > hi ? hi : x;
}

/* Scratch doubles: on the stack up to PSY_STACK, else one heap block. */
#define PSY_STACK 512
typedef struct Scratch { double aStack[PSY_STACK]; double *a; } Scratch;

/* Returns nDouble zeroed doubles owned by p; release with scratch_free(). */
static double *scratch_get(Scratch *p, size_t nDouble){
  p->a = nDouble <= PSY_STACK ? p->aStack : xmalloc(nDouble * sizeof(double));
  memset(p->a, 0, nDouble * sizeof(double));
  return p->a;
}
static void scratch_free(Scratch *p){
  if( p->a != p->aStack ) free(p->a);
  p->a = 0;
}

/* The two-sided 95% quantile of t with df degrees of freedom (df > 0).
** Integer df up to T975_MAX come from a table filled once (call_once keeps
** it thread-safe): the describe of every item of every wave would
** otherwise spend most of its time inverting the t distribution. */
#define T975_MAX 1024
static double aT975[T975_MAX + 1];
static once_flag t975Once = ONCE_FLAG_INIT;
static void t975_fill(void){
  for(int i = 1; i <= T975_MAX; i++) aT975[i] = gsl_cdf_tdist_Pinv(0.975, i);
}
static double t975(double df){
  if( df >= 1.0 && df <= T975_MAX && df == floor(df) ){
    call_once(&t975Once, t975_fill);
    return aT975[(int)df];
  }
  return gsl_cdf_tdist_Pinv(0.975, df);
}

/* Mean and sample variance of the non-NAN values a[0], a[stride], ...
** (n values). Returns their count; *pMean is NAN when none, *pVar NAN
** when fewer than two. */
static int mean_var(const double *a, int n, int stride, double *pMean, double *pVar){
  int m = 0;
  double sum = 0.0, ss = 0.0, mean;
  for(int i = 0; i < n; i++){
    double v = a[(size_t)i * stride];
    if( !isnan(v) ){ sum += v; m++; }
  }
  mean = m > 0 ? sum / m : NAN;
  for(int i = 0; i < n && m > 1; i++){
    double v = a[(size_t)i * stride];
    if( !isnan(v) ){ ss += (v - mean) * (v - mean); }
  }
  /* Equal values whose mean does not round exactly: a spread of zero. */
  if( m > 1 && near_zero(ss, m * mean * mean * 1e-14) ) ss = 0.0;
  *pMean = mean;
  *pVar = m > 1 ? ss / (m - 1) : NAN;
  return m;
}

/* True when none of the k values of row r is missing. */
static int row_complete(const double *r, int k){
  for(int j = 0; j < k; j++) if( isnan(r[j]) ) return 0;
  return 1;
}

void psy_describe(const double *a, int n, PsyDesc *pOut){
  double var;
  pOut->n = mean_var(a, n, 1, &pOut->mean, &var);
  pOut->sd = sqrt(var);
  if( pOut->n > 1 ){
    double half = t975(pOut->n - 1) * pOut->sd / sqrt((double)pOut->n);
    pOut->ciLow = pOut->mean - half;
    pOut->ciHigh = pOut->mean + half;
  }else{
    pOut->ciLow = pOut->ciHigh = NAN;
  }
}

/*
** Moments of the complete rows of an n x k item matrix, the shared core of
** alpha and item analysis. The caller provides zeroed arrays of k: aMean
** (receives item means), aVar (item variances), aDev (scratch for one row
** of deviations), and aVarRest and aCovRest, which may both be NULL and
** otherwise receive the variance of the rest score (total minus item j)
** and its covariance with item j. With fewer than 2 complete rows only
** pM->m is meaningful.
*/
typedef struct AlphaMom {
  int m;            /* complete rows */
  double sumVar;    /* sum of the item variances */
  double varT;      /* variance of the total score */
  double sumR;      /* sum of all k*k item correlations; NAN if an item is constant */
} AlphaMom;

static void alpha_moments(const double *aX, int n, int k, double *aMean, double *aVar,
                          double *aDev, double *aVarRest, double *aCovRest, AlphaMom *pM){
  int m = 0;
  double ssT = 0.0, ssZ = 0.0;
  for(int i = 0; i < n; i++){
    const double *r = aX + (size_t)i * k;
    if( !row_complete(r, k) ) continue;
    for(int j = 0; j < k; j++) aMean[j] += r[j];
    m++;
  }
  memset(pM, 0, sizeof(*pM));
  pM->m = m;
  if( m < 2 ){
    pM->sumVar = pM->varT = pM->sumR = NAN;
    return;
  }
  for(int j = 0; j < k; j++) aMean[j] /= m;
  for(int i = 0; i < n; i++){
    const double *r = aX + (size_t)i * k;
    double dT = 0.0;
    if( !row_complete(r, k) ) continue;
    for(int j = 0; j < k; j++){
      aDev[j] = r[j] - aMean[j];
      aVar[j] += aDev[j] * aDev[j];
      dT += aDev[j];
    }
    ssT += dT * dT;
    if( aVarRest ){
      for(int j = 0; j < k; j++){
        double dR = dT - aDev[j];
        aVarRest[j] += dR * dR;
        aCovRest[j] += aDev[j] * dR;
      }
    }
  }
  int bConst = 0;
  double ssRef = 0.0;   /* the items' raw sums of squares: the scale of the data */
  for(int j = 0; j < k; j++) ssRef += aMean[j] * aMean[j];
  for(int j = 0; j < k; j++){
    aVar[j] /= m - 1;
    if( near_zero(aVar[j], 1e-20 * (aMean[j] * aMean[j] + 1.0)) ) aVar[j] = 0.0;
    pM->sumVar += aVar[j];
    if( aVar[j] <= 0.0 ) bConst = 1;
    if( aVarRest ){ aVarRest[j] /= m - 1; aCovRest[j] /= m - 1; }
  }
  pM->varT = ssT / (m - 1);
  if( near_zero(pM->varT, 1e-20 * (ssRef + 1.0)) ) pM->varT = 0.0;
  if( bConst ){
    pM->sumR = NAN;
    return;
  }
  /* The variance of the sum of z-scores is the sum of all correlations. */
  for(int j = 0; j < k; j++) aDev[j] = 1.0 / sqrt(aVar[j]);
  for(int i = 0; i < n; i++){
    const double *r = aX + (size_t)i * k;
    double z = 0.0;
    if( !row_complete(r, k) ) continue;
    for(int j = 0; j < k; j++) z += (r[j] - aMean[j]) * aDev[j];
    ssZ += z * z;
  }
  pM->sumR = ssZ / (m - 1);
}

/* Alpha from k items, the sum of their variances and the total's variance;
** NAN when the total is constant (up to rounding) or no item varies. */
static double alpha_raw(int k, double sumVar, double varT){
  if( k < 2 || !(sumVar > 0.0) || near_zero(varT, sumVar) ) return NAN;
  return fmin((double)k / (k - 1) * (1.0 - sumVar / varT), 1.0);
}

/* Standardized alpha from the mean inter-item correlation rBar of k items;
** NAN when 1 + (k-1) rBar is zero up to rounding. */
static double alpha_std(int k, double rBar){
  rBar = clamp(rBar, -1.0, 1.0);
  double den = 1.0 + (k - 1) * rBar;
  if( near_zero(fabs(den), 1.0) ) return NAN;
  return fmin(k * rBar / den, 1.0);
}

void psy_alpha(const double *aX, int n, int k, double *pAlpha, double *pAlphaStd, int *pnComplete){
  Scratch s;
  double *a = scratch_get(&s, 3 * (size_t)(k > 0 ? k : 1));
  AlphaMom mom;
  double alpha = NAN, alphaStd = NAN;
  if( k >= 2 ){
    alpha_moments(aX, n, k, a, a + k, a + 2 * k, 0, 0, &mom);
    alpha = alpha_raw(k, mom.sumVar, mom.varT);
    if( !isnan(mom.sumR) ) alphaStd = alpha_std(k, (mom.sumR - k) / ((double)k * (k - 1)));
  }else{
    mom.m = 0;
    for(int i = 0; i < n && k > 0; i++) mom.m += row_complete(aX + (size_t)i * k, k);
  }
  if( pAlpha ) *pAlpha = alpha;
  if( pAlphaStd ) *pAlphaStd = alphaStd;
  if( pnComplete ) *pnComplete = mom.m;
  scratch_free(&s);
}

void psy_item_stats(const double *aX, int n, int k, double *aItemRest, double *aAlphaIfDeleted){
  Scratch s;
  double *a, *aVar, *aVarRest, *aCovRest;
  AlphaMom mom;
  if( k < 1 ) return;
  a = scratch_get(&s, 5 * (size_t)k);
  aVar = a + k; aVarRest = a + 3 * k; aCovRest = a + 4 * k;
  if( k >= 2 ){
    alpha_moments(aX, n, k, a, aVar, a + 2 * k, aVarRest, aCovRest, &mom);
  }else{
    mom.m = 0;
  }
  for(int j = 0; j < k; j++){
    double r = NAN, ad = NAN;
    if( mom.m >= 2 ){
      /* The rest score is constant (up to rounding) when its variance is
      ** negligible beside its items' variances: then r and alpha are undefined. */
      double sumRest = mom.sumVar - aVar[j];
      int bRestConst = !(sumRest > 0.0) || near_zero(aVarRest[j], sumRest);
      if( aVar[j] > 0.0 && !bRestConst ) r = clamp(aCovRest[j] / sqrt(aVar[j] * aVarRest[j]), -1.0, 1.0);
      if( !bRestConst ) ad = alpha_raw(k - 1, sumRest, aVarRest[j]);
    }
    if( aItemRest ) aItemRest[j] = r;
    if( aAlphaIfDeleted ) aAlphaIfDeleted[j] = ad;
  }
  scratch_free(&s);
}

/* ---- item moments ---- */

/* Products of two 64-bit sums exceed 64 bits for very large groups. */
#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Wide;
#else
typedef long double Wide;
#endif

/* Offsets in a moments array of k items. Complete rows add to the
** cross-products (whose diagonal holds the sums of squares) and to the
** items' complete sums; incomplete rows add to the items' own counts, sums
** and sums of squares, so every answer is counted once. */
#define MOM_ROWS 0
#define MOM_COMPLETE 1
#define MOM_ITEM(j) (2 + 4 * (size_t)(j))   /* incomplete rows: answers, sum, sum of squares; complete rows: sum */
#define MOM_CROSS(k) (2 + 4 * (size_t)(k))  /* then the upper triangle of cross-products, row by row */

size_t psy_mom_len(int k){
  return MOM_CROSS(k) + (size_t)k * (size_t)(k + 1) / 2;
}

/* 1 if row r answers all k items. */
static inline int mom_complete(const int *r, int k){
  int bComplete = 1;
  for(int j = 0; j < k; j++) bComplete &= r[j] != PSY_MOM_MISSING;
  return bComplete;
}

/* An incomplete row r into the answered items' counts, sums and sums of
** squares (both layouts share them). */
static inline void mom_incomplete(int64_t *aMom, const int *r, int k){
  for(int j = 0; j < k; j++){
    int64_t v = r[j];
    if( r[j] == PSY_MOM_MISSING ) continue;
    int64_t *p = aMom + MOM_ITEM(j);
    p[0]++; p[1] += v; p[2] += v * v;
  }
}

void psy_mom_rows(int64_t *aMom, int k, const int *aV, int n){
  int64_t *pCross = aMom + MOM_CROSS(k);
  aMom[MOM_ROWS] += n;
  for(int i = 0; i < n; i++){
    const int *r = aV + (size_t)i * k;
    if( !mom_complete(r, k) ){
      mom_incomplete(aMom, r, k);
      continue;
    }
    int64_t *pC = pCross;
    aMom[MOM_COMPLETE]++;
    for(int j = 0; j < k; j++){
      int64_t v = r[j];
      aMom[MOM_ITEM(j) + 3] += v;
      for(int l = j; l < k; l++) *pC++ += v * r[l];
    }
  }
}

void psy_mom_add(int64_t *aDst, const int64_t *aSrc, int k){
  size_t n = psy_mom_len(k);
  for(size_t i = 0; i < n; i++) aDst[i] += aSrc[i];
}

/* n * sxy - sx * sy: n(n-1) times the covariance, exactly. */
static Wide co_moment(int64_t n, int64_t sxy, int64_t sx, int64_t sy){
  return (Wide)n * sxy - (Wide)sx * sy;
}

void psy_alpha_mom(const int64_t *aMom, int k, double *pAlpha, double *pAlphaStd, int *pnComplete){
  int64_t m = aMom[MOM_COMPLETE];
  double alpha = NAN, alphaStd = NAN;
  if( k >= 2 && m >= 2 ){
    /* m(m-1) times the item covariance matrix, exact: alpha compares its
    ** trace with its sum; standardized alpha averages the correlations. */
    Scratch s;
    double *aDiag = scratch_get(&s, (size_t)k);
    const int64_t *pC = aMom + MOM_CROSS(k), *aSum = aMom + MOM_ITEM(0) + 3;
    Wide trace = 0, total = 0;
    double sumR = 0.0;
    int bConst = 0;
    for(int j = 0; j < k; j++){
      for(int l = j; l < k; l++){
        Wide c = co_moment(m, *pC++, aSum[4 * j], aSum[4 * l]);
        if( l == j ){
          trace += c;
          total += c;
          aDiag[j] = (double)c;
          if( c <= 0 ) bConst = 1;
        }else{
          total += 2 * c;
        }
      }
    }
    pC = aMom + MOM_CROSS(k);
    for(int j = 0; j < k && !bConst; j++){
      pC++;                                    /* the diagonal */
      for(int l = j + 1; l < k; l++){
        sumR += (double)co_moment(m, *pC++, aSum[4 * j], aSum[4 * l]) / sqrt(aDiag[j] * aDiag[l]);
      }
    }
    alpha = alpha_raw(k, (double)trace, (double)total);
    if( !bConst ) alphaStd = alpha_std(k, 2.0 * sumR / ((double)k * (k - 1)));
    scratch_free(&s);
  }
  if( pAlpha ) *pAlpha = alpha;
  if( pAlphaStd ) *pAlphaStd = alphaStd;
  if( pnComplete ) *pnComplete = (int)m;
}

/* rwg(j) from the complete rows' item sums and their sums of squares from
** pSq on: the diagonal of the cross-products' upper triangle (bTriangle),
** or k consecutive values. */
static double rwg_j_sums(const int64_t *aMom, int k, int nOptions, const int64_t *pSq, int bTriangle){
  double e = ((double)nOptions * nOptions - 1.0) / 12.0;
  double sumVar = 0.0, ratio, num;
  int64_t m = aMom[MOM_COMPLETE];
  if( k < 1 || m < 2 || nOptions < 2 ) return NAN;
  for(int j = 0; j < k; j++){
    /* Item j over the complete rows: its sum and (diagonal) sum of squares. */
    int64_t sj = aMom[MOM_ITEM(j) + 3], qj = *pSq;
    pSq += bTriangle ? k - j : 1;
    sumVar += (double)co_moment(m, qj, sj, sj) / ((double)m * (double)(m - 1));
  }
  ratio = sumVar / k / e;
  if( ratio > 1.0 ) ratio = 1.0;
  num = k * (1.0 - ratio);
  return num / (num + ratio);
}

double psy_rwg_j_mom(const int64_t *aMom, int k, int nOptions){
  return rwg_j_sums(aMom, k, nOptions, aMom + MOM_CROSS(k), 1);
}

/* Lean moments: the full layout up to MOM_CROSS(k), then the complete
** rows' k item sums of squares, their totals' sum and sum of squares. */
size_t psy_mom_lean_len(int k){
  return MOM_CROSS(k) + (size_t)k + 2;
}

void psy_mom_lean_rows(int64_t *aMom, int k, const int *aV, int n){
  int64_t *pSq = aMom + MOM_CROSS(k), *pTot = pSq + k;
  aMom[MOM_ROWS] += n;
  for(int i = 0; i < n; i++){
    const int *r = aV + (size_t)i * k;
    if( !mom_complete(r, k) ){
      mom_incomplete(aMom, r, k);
      continue;
    }
    int64_t t = 0;
    aMom[MOM_COMPLETE]++;
    for(int j = 0; j < k; j++){
      int64_t v = r[j];
      aMom[MOM_ITEM(j) + 3] += v;
      pSq[j] += v * v;
      t += v;
    }
    pTot[0] += t;
    pTot[1] += t * t;
  }
}

void psy_alpha_mom_lean(const int64_t *aMom, int k, double *pAlpha, int *pnComplete){
  int64_t m = aMom[MOM_COMPLETE];
  double alpha = NAN;
  if( k >= 2 && m >= 2 ){
    /* the trace and the sum of m(m-1) times the item covariance matrix,
    ** the latter m(m-1) times the variance of the totals: the same exact
    ** integers psy_alpha_mom() sums element by element */
    const int64_t *pSq = aMom + MOM_CROSS(k), *aSum = aMom + MOM_ITEM(0) + 3;
    Wide trace = 0, total = co_moment(m, pSq[k + 1], pSq[k], pSq[k]);
    for(int j = 0; j < k; j++) trace += co_moment(m, pSq[j], aSum[4 * j], aSum[4 * j]);
    alpha = alpha_raw(k, (double)trace, (double)total);
  }
  if( pAlpha ) *pAlpha = alpha;
  if( pnComplete ) *pnComplete = (int)m;
}

double psy_rwg_j_mom_lean(const int64_t *aMom, int k, int nOptions){
  return rwg_j_sums(aMom, k, nOptions, aMom + MOM_CROSS(k), 0);
}

double psy_rwg_j(const double *aX, int n, int k, int nOptions){
  double e = ((double)nOptions * nOptions - 1.0) / 12.0;
  double sumVar = 0.0, ratio, num;
  Scratch s;
  double *aMean, *aVar, *aDev;
  AlphaMom mom;
  if( k < 1 || n < 2 || nOptions < 2 ) return NAN;
  /* The item variances over the complete rows, as alpha has them. */
  aMean = scratch_get(&s, 3 * (size_t)k);
  aVar = aMean + k; aDev = aVar + k;
  alpha_moments(aX, n, k, aMean, aVar, aDev, 0, 0, &mom);
  for(int j = 0; j < k && mom.m >= 2; j++) sumVar += aVar[j];
  scratch_free(&s);
  if( mom.m < 2 ) return NAN;
  ratio = sumVar / k / e;
  if( ratio > 1.0 ) ratio = 1.0;
  num = k * (1.0 - ratio);
  return num / (num + ratio);
}

/* The one-way ANOVA behind psy_icc() and psy_icc1_k0(): ICC(1) with the
** mean group size, ICC(2), and ICC(1) with the adjusted size k0; any
** output pointer may be NULL. */
static void icc_core(const double *aY, const int *aGroup, int n, int nGroups,
                     double *pIcc1, double *pIcc2, double *pIcc1k0){
  Scratch s;
  double *aSum, *aCnt;
  double sum = 0.0, sumSq = 0.0, grand, ssb = 0.0, ssw = 0.0, msb, msw, gSize, icc1 = NAN, icc2 = NAN;
  double sumN2 = 0.0, k0, icc1k0 = NAN;
  int nTot = 0, g = 0;
  if( nGroups < 1 ) goto icc_out_nofree;
  aSum = scratch_get(&s, 2 * (size_t)nGroups);
  aCnt = aSum + nGroups;
  for(int i = 0; i < n; i++){
    int c = aGroup[i];
    if( isnan(aY[i]) || c < 0 || c >= nGroups ) continue;
    aSum[c] += aY[i];
    aCnt[c] += 1.0;
    sum += aY[i];
    sumSq += aY[i] * aY[i];
    nTot++;
  }
  for(int c = 0; c < nGroups; c++){
    if( aCnt[c] > 0.0 ){ aSum[c] /= aCnt[c]; g++; sumN2 += aCnt[c] * aCnt[c]; }   /* aSum now holds group means */
  }
  if( g < 2 || nTot <= g ) goto icc_out;
  grand = sum / nTot;
  for(int c = 0; c < nGroups; c++){
    if( aCnt[c] > 0.0 ) ssb += aCnt[c] * (aSum[c] - grand) * (aSum[c] - grand);
  }
  for(int i = 0; i < n; i++){
    int c = aGroup[i];
    if( isnan(aY[i]) || c < 0 || c >= nGroups ) continue;
    ssw += (aY[i] - aSum[c]) * (aY[i] - aSum[c]);
  }
  /* Every score equal (up to rounding): no variance to divide. */
  if( near_zero(ssb + ssw, 1e-20 * (sumSq + 1.0)) ) goto icc_out;
  if( near_zero(ssb, ssb + ssw) ) ssb = 0.0;
  if( near_zero(ssw, ssb + ssw) ) ssw = 0.0;
  msb = ssb / (g - 1);
  msw = ssw / (nTot - g);
  gSize = (double)nTot / g;
  icc1 = (msb - msw) / (msb + (gSize - 1.0) * msw);
  if( gSize > 1.0 ) icc1 = clamp(icc1, -1.0 / (gSize - 1.0), 1.0);   /* its range, against rounding */
  if( msb > 0.0 ) icc2 = (msb - msw) / msb;
  k0 = (nTot - sumN2 / nTot) / (g - 1);
  icc1k0 = (msb - msw) / (msb + (k0 - 1.0) * msw);
  if( k0 > 1.0 ) icc1k0 = clamp(icc1k0, -1.0 / (k0 - 1.0), 1.0);
  else if( !isfinite(icc1k0) ) icc1k0 = NAN;
icc_out:
  scratch_free(&s);
icc_out_nofree:
  if( pIcc1 ) *pIcc1 = icc1;
  if( pIcc2 ) *pIcc2 = icc2;
  if( pIcc1k0 ) *pIcc1k0 = icc1k0;
}

void psy_icc(const double *aY, const int *aGroup, int n, int nGroups, double *pIcc1, double *pIcc2){
  icc_core(aY, aGroup, n, nGroups, pIcc1, pIcc2, NULL);
}

double psy_icc1_k0(const double *aY, const int *aGroup, int n, int nGroups){
  double v;
  icc_core(aY, aGroup, n, nGroups, NULL, NULL, &v);
  return v;
}

double psy_sem(double sd, double reliability){
  if( !(sd >= 0.0) || !(reliability >= 0.0 && reliability <= 1.0) ) return NAN;
  if( reliability > 1.0 - NEAR_ZERO ) return 0.0;
  return sd * sqrt(1.0 - reliability);
}

double psy_rci(double diff, double sd, double reliability){
  double sem = psy_sem(sd, reliability);
  if( !(sem > 0.0) || near_zero(sem, 1e-6) || isnan(diff) ) return NAN;
  return diff / (sqrt(2.0) * sem);
}

void psy_mean_diff(const PsyDesc *pA, const PsyDesc *pB, double *pDiff, double *pLow, double *pHigh){
  double diff = pA->mean - pB->mean;
  *pDiff = diff;
  *pLow = *pHigh = NAN;
  if( pA->n < 2 || pB->n < 2 || isnan(diff) ) return;
  double a = pA->sd * pA->sd / pA->n, b = pB->sd * pB->sd / pB->n;
  double se2 = a + b;
  if( near_zero(se2, 1e-20 * (pA->mean * pA->mean + pB->mean * pB->mean + 1.0)) ) return;
  double df = se2 * se2 / (a * a / (pA->n - 1) + b * b / (pB->n - 1));
  double half = t975(df) * sqrt(se2);
  *pLow = diff - half;
  *pHigh = diff + half;
}

void psy_change(const double *aFrom, int nFrom, const double *aTo, int nTo,
                const int *aPair, int nPair, PsyChange *pOut){
  PsyDesc d1, d2;
  memset(pOut, 0, sizeof(*pOut));
  pOut->diff = pOut->se = pOut->df = pOut->ciLow = pOut->ciHigh = NAN;
  pOut->es = pOut->esLow = pOut->esHigh = NAN;
  psy_describe(aFrom, nFrom, &d1);
  psy_describe(aTo, nTo, &d2);
  pOut->n1 = d1.n; pOut->n2 = d2.n;
  pOut->diff = d2.mean - d1.mean;
  /* The pairs with both values: their count and correlation. */
  int nc = 0;
  double m1 = 0, m2 = 0, s11 = 0, s22 = 0, s12 = 0, r = 0.0;
  for(int i = 0; i < nPair; i++){
    double x = aFrom[aPair[2 * i]], y = aTo[aPair[2 * i + 1]];
    if( isnan(x) || isnan(y) ) continue;
    nc++; m1 += x; m2 += y;
  }
  pOut->nLinked = nc;
  if( nc > 0 ){ m1 /= nc; m2 /= nc; }
  for(int i = 0; i < nPair; i++){
    double x = aFrom[aPair[2 * i]], y = aTo[aPair[2 * i + 1]];
    if( isnan(x) || isnan(y) ) continue;
    s11 += (x - m1) * (x - m1); s22 += (y - m2) * (y - m2); s12 += (x - m1) * (y - m2);
  }
  /* r of the pairs; 0 when undefined (fewer than 2 pairs, a constant
  ** side), which leaves the formula exact: a constant side has S r = 0. */
  if( nc >= 2 && !near_zero(s11, 1e-20 * nc * (m1 * m1 + 1.0)) && !near_zero(s22, 1e-20 * nc * (m2 * m2 + 1.0)) ){
    r = clamp(s12 / sqrt(s11 * s22), -1.0, 1.0);
  }
  if( d1.n < 2 || d2.n < 2 || isnan(pOut->diff) ) return;
  double v1 = d1.sd * d1.sd / d1.n, v2 = d2.sd * d2.sd / d2.n;
  double se2 = v1 + v2 - 2.0 * r * d1.sd * d2.sd * nc / ((double)d1.n * d2.n);
  double ref = 1e-20 * (d1.mean * d1.mean + d2.mean * d2.mean + 1.0);
  if( near_zero(se2, ref) ) return;
  double na = d1.n - nc, nb = d2.n - nc, df;
  if( near_zero(v1 + v2, ref) ) return;
  double gamma = (v1 + v2) * (v1 + v2) / (v1 * v1 / (d1.n - 1) + v2 * v2 / (d2.n - 1));
  df = (nc - 1) + (gamma - nc + 1) * (na + nb) / (na + nb + 2.0 * nc);
  if( !(df > 0.0) ) return;
  pOut->se = sqrt(se2);
  pOut->df = df;
  double half = t975(df) * pOut->se;
  pOut->ciLow = pOut->diff - half;
  pOut->ciHigh = pOut->diff + half;
  double sAv = sqrt((d1.sd * d1.sd + d2.sd * d2.sd) / 2.0);
  if( !near_zero(sAv * sAv, ref) ){
    pOut->es = pOut->diff / sAv;
    pOut->esLow = pOut->ciLow / sAv;
    pOut->esHigh = pOut->ciHigh / sAv;
  }
}

/* True when y[i] and the p predictors of row i are all present. */
static int reg_row_ok(const double *aY, const double *aX, int i, int p){
  return !isnan(aY[i]) && row_complete(aX + (size_t)i * p, p);
}

int psy_regress_std(const double *aY, const double *aX, int n, int p,
                    double *aBeta, double *aLow, double *aHigh, double *pR2){
  /* Scratch: q = p+1 variables (0 is y): means q, deviations q, centered
  ** cross-products q*q, then for the p x p solve: R p*p, V p*p, S p, work p. */
  int q = p + 1, m = 0, rc = 0;
  Scratch s;
  double *aMean, *aDev, *aCross, *aR, *aV, *aS, *aWork, r2 = NAN;
  for(int j = 0; j < p; j++) aBeta[j] = aLow[j] = aHigh[j] = NAN;
  if( pR2 ) *pR2 = NAN;
  if( p < 1 ) return 0;
  aMean = scratch_get(&s, 2 * (size_t)q + (size_t)q * q + 2 * (size_t)p * p + 2 * (size_t)p);
  aDev = aMean + q;
  aCross = aDev + q;
  aR = aCross + (size_t)q * q;
  aV = aR + (size_t)p * p;
  aS = aV + (size_t)p * p;
  aWork = aS + p;

  for(int i = 0; i < n; i++){
    if( !reg_row_ok(aY, aX, i, p) ) continue;
    aMean[0] += aY[i];
    for(int j = 0; j < p; j++) aMean[j + 1] += aX[(size_t)i * p + j];
    m++;
  }
  if( m <= p + 1 ) goto regress_out;
  for(int j = 0; j < q; j++) aMean[j] /= m;
  for(int i = 0; i < n; i++){
    if( !reg_row_ok(aY, aX, i, p) ) continue;
    aDev[0] = aY[i] - aMean[0];
    for(int j = 0; j < p; j++) aDev[j + 1] = aX[(size_t)i * p + j] - aMean[j + 1];
    for(int a = 0; a < q; a++){
      for(int b = 0; b <= a; b++) aCross[a * q + b] += aDev[a] * aDev[b];
    }
  }
  for(int a = 0; a < q; a++){
    /* constant variable (up to rounding, against its raw sum of squares) */
    if( near_zero(aCross[a * q + a], 1e-20 * (m * aMean[a] * aMean[a] + 1.0)) ) goto regress_out;
  }
  /* Correlations: R among predictors (full, symmetric), r_xy into aDev. */
  for(int a = 1; a < q; a++){
    for(int b = 1; b <= a; b++){
      double r = clamp(aCross[a * q + b] / sqrt(aCross[a * q + a] * aCross[b * q + b]), -1.0, 1.0);
      aR[(a - 1) * p + (b - 1)] = aR[(b - 1) * p + (a - 1)] = r;
    }
    aDev[a - 1] = clamp(aCross[a * q] / sqrt(aCross[a * q + a] * aCross[0]), -1.0, 1.0);
  }
  {
    gsl_matrix_view mR = gsl_matrix_view_array(aR, p, p);
    gsl_matrix_view mV = gsl_matrix_view_array(aV, p, p);
    gsl_vector_view vS = gsl_vector_view_array(aS, p);
    gsl_vector_view vW = gsl_vector_view_array(aWork, p);
    if( gsl_linalg_SV_decomp(&mR.matrix, &mV.matrix, &vS.vector, &vW.vector) ) goto regress_out;
    /* R is symmetric positive semi-definite: R = V diag(S) V'. */
    if( !(aS[p - 1] > 1e-12 * aS[0]) ) goto regress_out;   /* collinear */
    /* beta = V diag(1/S) V' r_xy; the SVD's work vector is free again. */
    for(int l = 0; l < p; l++){
      double vr = 0.0;
      for(int t = 0; t < p; t++) vr += aV[t * p + l] * aDev[t];
      aWork[l] = vr / aS[l];
    }
    r2 = 0.0;
    for(int j = 0; j < p; j++){
      double b = 0.0;
      for(int l = 0; l < p; l++) b += aV[j * p + l] * aWork[l];
      aBeta[j] = b;
      r2 += b * aDev[j];
    }
    double df = m - p - 1, tq = t975(df);
    double s2 = r2 < 1.0 ? (1.0 - r2) / df : 0.0;   /* a perfect fit may round above 1 */
    for(int j = 0; j < p; j++){
      double inv = 0.0;
      for(int l = 0; l < p; l++) inv += aV[j * p + l] * aV[j * p + l] / aS[l];
      double se = sqrt(s2 * inv);
      aLow[j] = aBeta[j] - tq * se;
      aHigh[j] = aBeta[j] + tq * se;
    }
  }
  if( pR2 ) *pR2 = r2;
  rc = m;
regress_out:
  scratch_free(&s);
  return rc;
}

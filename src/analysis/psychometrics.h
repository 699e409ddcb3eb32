/*
** psychometrics.h: the statistics of member surveys, checked against R's
** psych and multilevel packages (tests/data/psy/reference.R). Pure functions
** over arrays; no I/O, no SQL.
**
** Data matrices are n respondents x k items, row-major (aX[i*k+j]), with
** NAN for a missing answer. Outputs that cannot be computed (too few cases,
** zero variance, singular predictors) are NAN, never a crash: a
** denominator that is zero up to rounding (a constant total, a constant
** variable, a zero mean square) makes the statistic NAN, never a huge
** number, and every result lies in its statistic's range. Nothing here
** allocates memory the caller must free. Every call is O(n*k) (regression
** O(n*p^2), item moments O(n*k^2)) with at most one scratch allocation, so
** scoring millions of answers stays fast. Functions are thread-safe (the one shared table, of
** t quantiles, is filled once under call_once).
*/
#ifndef SYN_PSYCHOMETRICS_H
#define SYN_PSYCHOMETRICS_H
#include <stddef.h>
#include <stdint.h>

/* n, mean, sample SD (n-1), t-based 95% CI of the mean over the non-NAN values of a[0..n).
** n == 0: mean NAN; n == 1: sd and CI NAN. (R: mean, sd, t.test()$conf.int) */
typedef struct PsyDesc { int n; double mean, sd, ciLow, ciHigh; } PsyDesc;
void psy_describe(const double *a, int n, PsyDesc *pOut);

/* Cronbach's alpha, raw and standardized (psych::alpha raw_alpha, std.alpha),
** over the respondents who answered every item (complete cases; their count
** in *pnComplete). k must be >= 2. Any output pointer may be NULL.
** Standardized alpha is NAN when an item has zero variance.
** The program computes alpha from moments (psy_alpha_mom()); this direct
** form over the answers is kept as the reference the unit tests check
** psy_alpha_mom() and the R values against. */
void psy_alpha(const double *aX, int n, int k, double *pAlpha, double *pAlphaStd, int *pnComplete);

/* Item analysis on complete cases: item-rest correlation (psych r.drop) and
** alpha if the item is deleted (psych alpha.drop raw_alpha), arrays of k.
** Alpha if deleted is NAN when k == 2 (one item left). Either array may be NULL. */
void psy_item_stats(const double *aX, int n, int k, double *aItemRest, double *aAlphaIfDeleted);

/* Item moments: the sufficient statistics of alpha and rwg(j) for an n x k
** matrix of whole-number answers, kept as exact 64-bit integer sums. The
** moments of several groups add up (psy_mom_add) to those of the pooled
** group, and the statistics computed from them do not depend on the order
** of rows. Answers must be small (|value| below 2^20, e.g. answer codes
** shifted to start at 0); PSY_MOM_MISSING marks a missing answer.
** The moments are an array of psy_mom_len(k) int64_t, zeroed by the caller
** (rows, complete rows, per item sums, cross-products of complete rows;
** the layout is private to psychometrics.c). */
#define PSY_MOM_MISSING (-2147483647 - 1)
size_t psy_mom_len(int k);
/* Adds n rows of k answers each (aV[i*k+j]). */
void psy_mom_rows(int64_t *aMom, int k, const int *aV, int n);
/* aDst += aSrc, both of psy_mom_len(k). */
void psy_mom_add(int64_t *aDst, const int64_t *aSrc, int k);
/* psy_alpha() from moments: the same alpha and standardized alpha, over
** the complete rows. k must be >= 2. Any output pointer may be NULL. */
void psy_alpha_mom(const int64_t *aMom, int k, double *pAlpha, double *pAlphaStd, int *pnComplete);
/* psy_rwg_j() from moments: the same rwg(j), over the complete rows. */
double psy_rwg_j_mom(const int64_t *aMom, int k, int nOptions);
/* The same without standardized alpha: moments of psy_mom_lean_len(k)
** int64_t whose complete rows keep the items' sums of squares and their
** totals' sum and sum of squares (k + 2 sums, not k(k+1)/2 cross-products,
** per row); alpha and rwg(j) come out exactly as from the full moments.
** Lean moments add up element by element like the full ones. */
size_t psy_mom_lean_len(int k);
void psy_mom_lean_rows(int64_t *aMom, int k, const int *aV, int n);
void psy_alpha_mom_lean(const int64_t *aMom, int k, double *pAlpha, int *pnComplete);
double psy_rwg_j_mom_lean(const int64_t *aMom, int k, int nOptions);

/* James, Demaree & Wolf (1984) rwg(j) for one group: J items, observed
** variances averaged over items, uniform null variance (A^2-1)/12 with A
** options, over the complete rows (respondents who answered every item),
** as multilevel::rwg.j (which drops incomplete rows) and as alpha:
** rwg(j) = J(1 - s2/e) / (J(1 - s2/e) + s2/e), and 0 when the mean
** observed variance exceeds the null (truncated), so within [0, 1].
** NAN with fewer than 2 complete rows or nOptions < 2.
** The program uses psy_rwg_j_mom(); this direct form is kept as the
** reference the unit tests check it and multilevel::rwg.j's values against. */
double psy_rwg_j(const double *aX, int n, int k, int nOptions);

/* Bliese (2000) ICC(1) and ICC(2) from the one-way ANOVA of scores aY by
** group aGroup (ids 0..nGroups-1), NAN scores skipped, groups left with no
** score not counted. ICC(1) = (MSB-MSW)/(MSB+(g-1)MSW) with g the mean group
** size N/groups exactly as multilevel::ICC1; ICC(2) = (MSB-MSW)/MSB as
** multilevel::ICC2. NAN with fewer than 2 groups, N <= groups, or a zero
** denominator. Either output pointer may be NULL. */
void psy_icc(const double *aY, const int *aGroup, int n, int nGroups, double *pIcc1, double *pIcc2);
/* ICC(1) of the same ANOVA with the adjusted group size of unbalanced
** designs, k0 = (N - sum n_j^2 / N) / (G - 1), in place of the mean N/G:
** (MSB - MSW) / (MSB + (k0 - 1) MSW) (Snijders & Bosker 2012; Bliese 2000
** note that the mean serves when sizes are close). Equal to ICC(1) when the
** groups are of equal size. NAN as psy_icc(). */
double psy_icc1_k0(const double *aY, const int *aGroup, int n, int nGroups);

/* Standard error of measurement: sd * sqrt(1 - reliability).
** NAN unless sd >= 0 and 0 <= reliability <= 1. */
double psy_sem(double sd, double reliability);

/* Reliable change (Jacobson & Truax 1991): RCI = diff / (sqrt(2) * SD * sqrt(1 - reliability)),
** i.e. diff / (sqrt(2) * psy_sem(sd, reliability)).
** Returns NAN when it cannot be computed (sd <= 0, reliability outside [0,1)). */
double psy_rci(double diff, double sd, double reliability);

/* Difference of two independent means (A minus B) with a Welch t-based 95% CI
** (R: t.test(a, b)$conf.int). *pDiff is NAN if either mean is; the CI is NAN
** when either side has fewer than 2 values or both SDs are zero. */
void psy_mean_diff(const PsyDesc *pA, const PsyDesc *pB, double *pDiff, double *pLow, double *pHigh);

/* Change of a mean between two waves whose samples partly overlap: the
** same people (linked members) answered both, others only one. The
** partially overlapping samples t-test of Derrick, Toher & White (2017,
** The Quantitative Methods for Psychology 13(2), "Tnew2"): over every
** value of each wave (n1, mean1, S1; n2, mean2, S2) and the nc pairs with
** both values (their correlation r),
**   diff = mean2 - mean1,
**   SE^2 = S1^2/n1 + S2^2/n2 - 2 r S1 S2 nc / (n1 n2),
**   df = (nc - 1) + (gamma - nc + 1) (na + nb) / (na + nb + 2 nc),
** gamma the Welch df, na = n1 - nc, nb = n2 - nc; the 95% CI is
** diff +- t(0.975, df) SE. Without pairs it is Welch's test (R t.test),
** with only pairs the paired t-test (R t.test(paired = TRUE)). r is taken
** as 0 when fewer than 2 pairs or a constant side leave it undefined.
** The standardized change es = diff / sqrt((S1^2 + S2^2)/2) (Cohen's d
** with the average variance), its CI the change's CI on the same scale.
** aFrom[0..nFrom) and aTo[0..nTo) hold the values (NAN skipped); aPair
** holds nPair pairs (index into aFrom, index into aTo) of the same person.
** Anything undefined is NAN (CI with n < 2 on a side, zero SE). */
typedef struct PsyChange {
  int n1, n2, nLinked;      /* values per wave, pairs with both values */
  double diff, se, df, ciLow, ciHigh, es, esLow, esHigh;
} PsyChange;
void psy_change(const double *aFrom, int nFrom, const double *aTo, int nTo,
                const int *aPair, int nPair, PsyChange *pOut);

/* Ordinary least squares of y on p predictors (rows aX[i*p+j]) over complete
** rows, every variable standardized first over those rows, so aBeta are
** standardized coefficients (R: lm on scale()d variables with intercept);
** 95% CIs from the t distribution with m-p-1 df; *pR2 the R squared.
** Returns the number m of complete rows used, or 0 when no fit was possible
** (m <= p+1, a variable with zero variance, or collinear predictors), and
** then every output is NAN. aBeta, aLow, aHigh hold p values; pR2 may be NULL. */
int psy_regress_std(const double *aY, const double *aX, int n, int p,
                    double *aBeta, double *aLow, double *aHigh, double *pR2);

#endif

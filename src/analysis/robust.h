/*
** robust.h: cluster-robust standard errors for the standardized regression
** of psy_regress_std() (psychometrics.h), for observations that come in
** clusters (members inside partnerships), as R's clubSandwich computes
** them: coef_test(fit, vcov = "CR2", cluster = ..., test = "Satterthwaite")
** and conf_int() of the same (Bell & McCaffrey 2002; Pustejovsky & Tipton
** 2018, Journal of Business & Economic Statistics 36(4)). Pure function,
** no I/O; NAN for anything undefined.
*/
#ifndef SYN_ROBUST_H
#define SYN_ROBUST_H

/* One coefficient's cluster-robust inference. */
typedef struct PsyRobust {
  double beta;      /* standardized coefficient (as psy_regress_std) */
  double se;        /* CR2 standard error */
  double df;        /* Satterthwaite degrees of freedom */
  double low, high; /* beta +- t(0.975, df) se */
} PsyRobust;

/* The regression of psy_regress_std() (y and the p predictors aX[i*p+j]
** standardized over the complete rows, OLS with intercept) over the rows
** that are complete and have a cluster id aCluster[i] in [0, nCluster),
** with the CR2 sandwich variance
**     V = M (sum_j Z_j' A_j e_j e_j' A_j Z_j) M,   M = (Z'Z)^-1,
**     A_j = (I - Z_j M Z_j')^(-1/2)  (symmetric; pseudo-inverse square root
**           when singular, as clubSandwich),
** and, per coefficient, the Satterthwaite df of its variance under a
** working model of independent errors, as clubSandwich's coef_test.
** A_j is applied through the q x q cross-product of each cluster
** (q = p + 1), so the cost is O(n q^2 + G q^3) for G clusters, whatever
** their size. Writes p results to aOut; *pnCluster (may be NULL) gets the
** number of clusters with a complete row. Returns the rows used, or 0 when
** psy_regress_std() would fit nothing (then every output is NAN); with
** fewer than 2 clusters the betas are given and se, df, low, high are NAN. */
int psy_regress_cr2(const double *aY, const double *aX, const int *aCluster, int nCluster,
                    int n, int p, PsyRobust *aOut, int *pnCluster);

#endif

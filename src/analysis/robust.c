/*
** robust.c: CR2 cluster-robust standard errors with Satterthwaite degrees
** of freedom for the standardized regression (see robust.h). Exports
** psy_regress_cr2().
**
** Notation (all q x q with q = p + 1 unless said): Z the standardized
** design with an intercept column, M = (Z'Z)^-1, for cluster j its rows
** Z_j, residuals e_j, S_j = Z_j'Z_j and b_j = Z_j'e_j. The hat block
** H_jj = Z_j M Z_j' is n_j x n_j, but it acts only on the column space of
** Z_j: with S_j = W diag(s) W' (s > 0 kept) the columns
** Q = Z_j W diag(s^-1/2) are orthonormal, H_jj = Q K Q' with
** K = diag(s^1/2) W' M W diag(s^1/2) = U diag(l) U', so
**     A_j = (I - H_jj)^-1/2 = I + Q U diag(d) U' Q',  d = (1 - l)^-1/2 - 1
** (d = -1 where 1 - l is zero: the pseudo-inverse). Then
**     A_j Z_j = Z_j T_j,  T_j = I + W diag(s^-1/2) U diag(d) U' diag(s^1/2) W',
** and every quantity of clubSandwich's CR2 and Satterthwaite df follows
** from S_j, b_j and T_j:
**     meat = sum_j T_j' b_j b_j' T_j;
**     for coefficient c: t_j = T_j M c, g_j'g_j = t_j' S_j t_j,
**     u_j = S_j t_j, P_ij = [i==j] g_j'g_j - u_i' M u_j,
**     df = (sum_j P_jj)^2 / sum_ij P_ij^2,
** with sum_ij (u_i' M u_j)^2 = trace(M B M B), B = sum_j u_j u_j'.
*/
#include "analysis/robust.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_linalg.h>

/* Eigenvalues below this share of the largest are zero (clubSandwich's
** Sym_power drops eigenvalues below 1e-12). */
#define EIG_TOL 1e-12

static int row_ok(const double *aY, const double *aX, const int *aCluster, int nCluster, int i, int p){
  if( isnan(aY[i]) || aCluster[i] < 0 || aCluster[i] >= nCluster ) return 0;
  for(int j = 0; j < p; j++) if( isnan(aX[(size_t)i * p + j]) ) return 0;
  return 1;
}

/* c = a b for q x q row-major matrices (c distinct from a and b). */
static void mat_mul(const double *a, const double *b, double *c, int q){
  for(int i = 0; i < q; i++){
    for(int k = 0; k < q; k++){
      double s = 0.0;
      for(int l = 0; l < q; l++) s += a[i * q + l] * b[l * q + k];
      c[i * q + k] = s;
    }
  }
}

/* Copy the upper triangle of the q x q matrix a to its lower one: the
** cross-product sums are made over the upper triangle only, each element
** summed in the same order, so the whole matrix is what summing every
** element would give, bit for bit (z_a z_b is z_b z_a). */
static void sym_fill(double *a, int q){
  for(int i = 1; i < q; i++) for(int j = 0; j < i; j++) a[i * q + j] = a[j * q + i];
}

/* y = a x for a q x q matrix a. */
static void mat_vec(const double *a, const double *x, double *y, int q){
  for(int i = 0; i < q; i++){
    double s = 0.0;
    for(int l = 0; l < q; l++) s += a[i * q + l] * x[l];
    y[i] = s;
  }
}

/* Symmetric eigen decomposition of the q x q matrix a (destroyed):
** eigenvalues to aVal, eigenvectors as columns of aVec. 0 on success. */
static int eigen_sym(double *a, int q, double *aVal, double *aVec, gsl_eigen_symmv_workspace *w){
  gsl_matrix_view mA = gsl_matrix_view_array(a, q, q);
  gsl_vector_view vVal = gsl_vector_view_array(aVal, q);
  gsl_matrix_view mVec = gsl_matrix_view_array(aVec, q, q);
  return gsl_eigen_symmv(&mA.matrix, &vVal.vector, &mVec.matrix, w);
}

/* T_j of the header comment from S (q x q) and M into aT. aWork holds
** 6 q*q doubles. 0 on success. */
static int cr2_adjust(const double *aS, const double *aM, int q, double *aT, double *aWork,
                      gsl_eigen_symmv_workspace *w){
  double *aA = aWork, *aW = aA + q * q, *aK = aW + q * q, *aU = aK + q * q;
  double *aP = aU + q * q, *aQ = aP + q * q;
  double aS2[64], aL[64];
  double *s = q <= 64 ? aS2 : xmalloc(sizeof(double) * (size_t)q);
  double *l = q <= 64 ? aL : xmalloc(sizeof(double) * (size_t)q);
  int rc = 1, r = 0;
  memcpy(aA, aS, sizeof(double) * (size_t)(q * q));
  if( eigen_sym(aA, q, s, aW, w) ) goto adjust_out;
  double sMax = 0.0;
  for(int k = 0; k < q; k++) if( s[k] > sMax ) sMax = s[k];
  /* keep the columns of W with s > tol, packed to the front (r of them) */
  for(int k = 0; k < q; k++){
    if( !(s[k] > EIG_TOL * sMax) ) continue;
    for(int i = 0; i < q; i++) aW[i * q + r] = aW[i * q + k];
    s[r++] = s[k];
  }
  if( r == 0 ){ memset(aT, 0, sizeof(double) * (size_t)(q * q)); goto identity; }
  /* K = D W' M W D, D = diag(s^1/2), r x r (stored with stride q): M W
  ** first (in aP, free until P below), then W' (M W), q^3 products each
  ** rather than q^4 */
  for(int i = 0; i < q; i++){
    for(int b = 0; b < r; b++){
      double v = 0.0;
      for(int k = 0; k < q; k++) v += aM[i * q + k] * aW[k * q + b];
      aP[i * q + b] = v;
    }
  }
  for(int a = 0; a < r; a++){
    for(int b = 0; b < r; b++){
      double v = 0.0;
      for(int i = 0; i < q; i++) v += aW[i * q + a] * aP[i * q + b];
      aK[a * r + b] = v * sqrt(s[a] * s[b]);
    }
  }
  {
    gsl_matrix_view mK = gsl_matrix_view_array(aK, r, r);
    gsl_vector_view vL = gsl_vector_view_array(l, r);
    gsl_matrix_view mU = gsl_matrix_view_array(aU, r, r);
    gsl_eigen_symmv_workspace *w2 = gsl_eigen_symmv_alloc(r);
    int e = gsl_eigen_symmv(&mK.matrix, &vL.vector, &mU.matrix, w2);
    gsl_eigen_symmv_free(w2);
    if( e ) goto adjust_out;
  }
  /* P = W diag(s^-1/2) U diag(d), Q = W diag(s^1/2) U (q x r); T = I + P Q'
  ** (each square root taken once, in sq) */
  double aRoot[64];
  double *sq = r <= 64 ? aRoot : xmalloc(sizeof(double) * (size_t)r);
  for(int a = 0; a < r; a++) sq[a] = sqrt(s[a]);
  for(int i = 0; i < q; i++){
    for(int c = 0; c < r; c++){
      double vp = 0.0, vq = 0.0;
      for(int a = 0; a < r; a++){
        vp += aW[i * q + a] * aU[a * r + c] / sq[a];
        vq += aW[i * q + a] * aU[a * r + c] * sq[a];
      }
      double one = 1.0 - l[c];
      double d = one > EIG_TOL ? 1.0 / sqrt(one) - 1.0 : -1.0;
      aP[i * q + c] = vp * d;
      aQ[i * q + c] = vq;
    }
  }
  for(int i = 0; i < q; i++){
    for(int k = 0; k < q; k++){
      double v = 0.0;
      for(int c = 0; c < r; c++) v += aP[i * q + c] * aQ[k * q + c];
      aT[i * q + k] = v;
    }
  }
  if( sq != aRoot ) free(sq);
identity:
  for(int i = 0; i < q; i++) aT[i * q + i] += 1.0;
  rc = 0;
adjust_out:
  if( s != aS2 ) free(s);
  if( l != aL ) free(l);
  return rc;
}

int psy_regress_cr2(const double *aY, const double *aX, const int *aCluster, int nCluster,
                    int n, int p, PsyRobust *aOut, int *pnCluster){
  int q = p + 1, m = 0, G = 0, rc = 0;
  size_t qq = (size_t)q * q;
  for(int j = 0; j < p; j++){
    aOut[j].beta = aOut[j].se = aOut[j].df = aOut[j].low = aOut[j].high = NAN;
  }
  if( pnCluster ) *pnCluster = 0;
  if( p < 1 || nCluster < 1 ) return 0;
  /* one block: mean q, sd q, z q, M qq, XtX qq, Xty q, beta q, meat qq,
  ** 6 qq work, per cluster S qq + b q + T qq, cluster used flags */
  size_t nCl = (size_t)nCluster;
  double *aMean = xcalloc_big(4 * (size_t)q + 9 * qq + q + nCl * (2 * qq + q), sizeof(double));
  double *aSd = aMean + q, *aZ = aSd + q, *aM = aZ + q, *aXtX = aM + qq, *aXty = aXtX + qq;
  double *aBeta = aXty + q, *aMeat = aBeta + q, *aWork = aMeat + qq, *aClS = aWork + 6 * qq;
  double *aClB = aClS + nCl * qq, *aClT = aClB + nCl * (size_t)q;
  int *aUsed = xcalloc(nCl, sizeof(int));
  gsl_eigen_symmv_workspace *w = gsl_eigen_symmv_alloc((size_t)q);

  /* means and sample SDs over complete rows; y is variable 0 */
  for(int i = 0; i < n; i++){
    if( !row_ok(aY, aX, aCluster, nCluster, i, p) ) continue;
    aMean[0] += aY[i];
    for(int j = 0; j < p; j++) aMean[j + 1] += aX[(size_t)i * p + j];
    m++;
  }
  if( m <= p + 1 ) goto cr2_out;
  for(int j = 0; j < q; j++) aMean[j] /= m;
  for(int i = 0; i < n; i++){
    if( !row_ok(aY, aX, aCluster, nCluster, i, p) ) continue;
    double d = aY[i] - aMean[0];
    aSd[0] += d * d;
    for(int j = 0; j < p; j++){
      d = aX[(size_t)i * p + j] - aMean[j + 1];
      aSd[j + 1] += d * d;
    }
  }
  for(int j = 0; j < q; j++){
    /* constant variable, up to rounding against its raw sum of squares */
    if( !(aSd[j] > 1e-20 * (m * aMean[j] * aMean[j] + 1.0)) || !(aSd[j] > 1e-300) ) goto cr2_out;
    aSd[j] = sqrt(aSd[j] / (m - 1));
  }
  /* Z'Z and Z'y, Z = [1, standardized x], y standardized */
  for(int i = 0; i < n; i++){
    if( !row_ok(aY, aX, aCluster, nCluster, i, p) ) continue;
    double y = (aY[i] - aMean[0]) / aSd[0];
    aZ[0] = 1.0;
    for(int j = 0; j < p; j++) aZ[j + 1] = (aX[(size_t)i * p + j] - aMean[j + 1]) / aSd[j + 1];
    for(int a = 0; a < q; a++){
      aXty[a] += aZ[a] * y;
      for(int b = a; b < q; b++) aXtX[a * q + b] += aZ[a] * aZ[b];
    }
  }
  sym_fill(aXtX, q);
  {
    /* M = (Z'Z)^-1 by SVD (collinear predictors: no fit, as psy_regress_std) */
    double *aU = aWork, *aV = aU + qq, *aSv = aV + qq, *aSw = aSv + q;
    memcpy(aU, aXtX, sizeof(double) * qq);
    gsl_matrix_view mU = gsl_matrix_view_array(aU, q, q);
    gsl_matrix_view mV = gsl_matrix_view_array(aV, q, q);
    gsl_vector_view vS = gsl_vector_view_array(aSv, q);
    gsl_vector_view vW = gsl_vector_view_array(aSw, q);
    if( gsl_linalg_SV_decomp(&mU.matrix, &mV.matrix, &vS.vector, &vW.vector) ) goto cr2_out;
    if( !(aSv[q - 1] > 1e-12 * aSv[0]) ) goto cr2_out;
    for(int a = 0; a < q; a++){
      for(int b = 0; b < q; b++){
        double v = 0.0;
        for(int l = 0; l < q; l++) v += aV[a * q + l] * aV[b * q + l] / aSv[l];
        aM[a * q + b] = v;
      }
    }
  }
  mat_vec(aM, aXty, aBeta, q);
  for(int j = 0; j < p; j++) aOut[j].beta = aBeta[j + 1];
  rc = m;

  /* per cluster S_j and b_j */
  for(int i = 0; i < n; i++){
    if( !row_ok(aY, aX, aCluster, nCluster, i, p) ) continue;
    size_t c = (size_t)aCluster[i];
    double e = (aY[i] - aMean[0]) / aSd[0];
    aZ[0] = 1.0;
    for(int j = 0; j < p; j++) aZ[j + 1] = (aX[(size_t)i * p + j] - aMean[j + 1]) / aSd[j + 1];
    for(int a = 0; a < q; a++) e -= aZ[a] * aBeta[a];
    double *aS = aClS + c * qq, *aB = aClB + c * (size_t)q;
    for(int a = 0; a < q; a++){
      aB[a] += aZ[a] * e;
      for(int b = a; b < q; b++) aS[a * q + b] += aZ[a] * aZ[b];
    }
    if( !aUsed[c] ){ aUsed[c] = 1; G++; }
  }
  for(size_t c = 0; c < nCl; c++) if( aUsed[c] ) sym_fill(aClS + c * qq, q);
  if( pnCluster ) *pnCluster = G;
  if( G < 2 ) goto cr2_out;
  for(size_t c = 0; c < nCl; c++){
    if( !aUsed[c] ) continue;
    double *aT = aClT + c * qq, *aV = aZ;   /* aZ is free again: v = T' b */
    if( cr2_adjust(aClS + c * qq, aM, q, aT, aWork, w) ){ rc = m; goto cr2_nan; }
    const double *aB = aClB + c * (size_t)q;
    for(int a = 0; a < q; a++){
      double v = 0.0;
      for(int l = 0; l < q; l++) v += aT[l * q + a] * aB[l];
      aV[a] = v;
    }
    for(int a = 0; a < q; a++) for(int b = 0; b < q; b++) aMeat[a * q + b] += aV[a] * aV[b];
  }
  {
    double *aTmp = aWork, *aVc = aTmp + qq, *aBB = aVc + qq, *aMc = aBB + qq, *aT1 = aMc + q, *aU1 = aT1 + q;
    double *aMB = aWork + 5 * qq;
    mat_mul(aM, aMeat, aTmp, q);
    mat_mul(aTmp, aM, aVc, q);
    for(int k = 1; k < q; k++){
      PsyRobust *o = &aOut[k - 1];
      double var = aVc[k * q + k];
      if( !(var > 0.0) ) continue;
      o->se = sqrt(var);
      for(int a = 0; a < q; a++) aMc[a] = aM[a * q + k];
      memset(aBB, 0, sizeof(double) * qq);
      double E = 0.0, A = 0.0;
      for(size_t c = 0; c < nCl; c++){
        if( !aUsed[c] ) continue;
        const double *aS = aClS + c * qq;
        mat_vec(aClT + c * qq, aMc, aT1, q);
        mat_vec(aS, aT1, aU1, q);
        double gg = 0.0, uMu = 0.0;
        for(int a = 0; a < q; a++){
          gg += aT1[a] * aU1[a];
          for(int b = 0; b < q; b++) uMu += aU1[a] * aM[a * q + b] * aU1[b];
        }
        E += gg - uMu;
        A += gg * gg - 2.0 * gg * uMu;
        for(int a = 0; a < q; a++) for(int b = 0; b < q; b++) aBB[a * q + b] += aU1[a] * aU1[b];
      }
      mat_mul(aM, aBB, aMB, q);
      double tr = 0.0;   /* trace((M B)^2) */
      for(int a = 0; a < q; a++) for(int b = 0; b < q; b++) tr += aMB[a * q + b] * aMB[b * q + a];
      double sumSq = A + tr;
      if( !(sumSq > 0.0) || !(E > 0.0) ) continue;
      o->df = E * E / sumSq;
      double t = gsl_cdf_tdist_Pinv(0.975, o->df);
      o->low = o->beta - t * o->se;
      o->high = o->beta + t * o->se;
    }
  }
  goto cr2_out;
cr2_nan:
  for(int j = 0; j < p; j++) aOut[j].se = aOut[j].df = aOut[j].low = aOut[j].high = NAN;
cr2_out:
  if( rc == 0 ){
    for(int j = 0; j < p; j++) aOut[j].beta = NAN;
  }
  gsl_eigen_symmv_free(w);
  free(aUsed);
  free(aMean);
  return rc;
}

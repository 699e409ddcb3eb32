/*
** agreement.h: inter-coder agreement of two coders on one code, with
** characters (Unicode code points) as the units, as NVivo's coding
** comparison counts them. Pure: no I/O, no SQL.
**
** For each source both coders coded, every character is in one of four
** cells: coded by both, by coder A only, by coder B only, by neither.
** agr_count() adds one source's characters to an AgrCounts; counts of
** several sources (and of several codes, for a pooled figure) are summed
** with agr_add(). From the counts:
**   percent agreement  100 * (both + neither) / total
**   Cohen's kappa      (po - pe) / (1 - pe), po = (both+neither)/total,
**                      pe = pA*pB + (1-pA)*(1-pB), pA, pB the shares coded
**   Krippendorff alpha nominal, two coders, no missing values: from the
**                      coincidence matrix, alpha = 1 - (n-1) * D / (n0*n1)
**                      with n = 2*total, D = A only + B only, n1 = 2*both + D,
**                      n0 = 2*neither + D.
** Degenerate cases, as NVivo reports them: when the coders agree on every
** character (a code neither used, or both coded exactly the same text) the
** expected agreement can be 1 and kappa is 0/0; it is then reported as 1,
** and alpha likewise. When one coder coded nothing and the other coded
** something, kappa is 0 (po equals pe) and alpha is negative or zero; both
** follow from the formulas. With no characters at all (total 0) every
** figure is NaN.
**
** agr_diffs() lists the spans where exactly one coder coded, for discussion.
** Arrays returned are the caller's to free().
*/
#ifndef SYN_AGREEMENT_H
#define SYN_AGREEMENT_H
#include <stdint.h>
#include "util/range.h"

typedef struct AgrCounts { int64_t nBoth, nAOnly, nBOnly, nNeither; } AgrCounts;

/* Add to *pC the characters of one source of nCp code points where coder A
** coded aA[0..nA) and coder B coded aB[0..nB). The ranges may be in any
** order and overlap; they are clipped to [0, nCp). */
void agr_count(int64_t nCp, const QualRange *aA, int nA, const QualRange *aB, int nB,
               AgrCounts *pC);
/* *pTo += *pFrom, cell by cell. */
void agr_add(AgrCounts *pTo, const AgrCounts *pFrom);
int64_t agr_total(const AgrCounts*);

double agr_percent(const AgrCounts*);   /* 0..100; NaN when total is 0 */
double agr_kappa(const AgrCounts*);     /* -1..1; 1 when complete agreement; NaN when total is 0 */
double agr_alpha(const AgrCounts*);     /* Krippendorff nominal; 1 when complete agreement; NaN when total is 0 */

/* A span coded by one coder only: iWho 1 for coder A, 2 for coder B. */
typedef struct AgrDiff { int64_t iStart, iEnd; int iWho; } AgrDiff;
/* The maximal spans of [0, nCp) coded by exactly one of the coders (ranges
** as for agr_count()), in order. Returns a new array of *pn spans (NULL when
** none); the caller frees it. */
AgrDiff *agr_diffs(int64_t nCp, const QualRange *aA, int nA, const QualRange *aB, int nB, int *pn);

#endif

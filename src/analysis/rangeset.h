/*
** rangeset.h: sets of code-point positions held as sorted, disjoint,
** half-open ranges [iStart, iEnd) (the unit of every position in a source).
** Used by inter-coder agreement and code co-occurrence. Pure: no I/O, no SQL.
**
** Exports rangeset_union() (normalise a list of possibly overlapping ranges),
** rangeset_len() and rangeset_overlap_len(). Arrays returned are the
** caller's to free().
*/
#ifndef SYN_RANGESET_H
#define SYN_RANGESET_H
#include <stdint.h>
#include "util/range.h"

/* The union of a[0..n) (any order, overlaps allowed) clipped to [0, nMax)
** (nMax < 0: no clipping), as sorted, disjoint, non-adjacent ranges; empty
** and reversed ranges are dropped. Returns a new array of *pn ranges (NULL
** when empty); the caller frees it. a is not changed. */
QualRange *rangeset_union(const QualRange *a, int n, int64_t nMax, int *pn);

/* Number of positions in a normalised set a[0..n). */
int64_t rangeset_len(const QualRange *a, int n);

/* Number of positions in both normalised sets a[0..nA) and b[0..nB). */
int64_t rangeset_overlap_len(const QualRange *a, int nA, const QualRange *b, int nB);

#endif

/*
** cooccur.h: code co-occurrence from coded segments. Pure: no I/O, no SQL.
**
** Two measures for each pair of codes:
**  - overlap: how many pairs of segments (one of each code, in the same
**    source) share at least one character, and the Jaccard index of the
**    characters coded with each code (characters coded with both / with
**    either);
**  - same paragraph: how many paragraphs (util/paragraph.h: the one
**    paragraph rule) hold both codes, and the Jaccard index of the
**    paragraphs (holding both / holding either). A segment belongs to every
**    paragraph it overlaps.
** Exports cooccur_compute() and cooccur_jaccard(). The array returned is
** the caller's to free().
*/
#ifndef SYN_COOCCUR_H
#define SYN_COOCCUR_H
#include <stdint.h>
#include "util/range.h"

/* One coded segment: source and code as indexes chosen by the caller. */
typedef struct CoSeg { int iSource, iCode; int64_t iStart, iEnd; } CoSeg;

typedef struct CoPair {
  int iCodeA, iCodeB;               /* iCodeA < iCodeB */
  int64_t nOverlap;                 /* overlapping segment pairs */
  int64_t nCharBoth, nCharEither;   /* characters coded with both / with either */
  int64_t nParaBoth, nParaEither;   /* paragraphs holding both / either */
} CoPair;

/* The sources' paragraphs: aaPara[i][0..anPara[i]) for source i (sorted,
** as paragraph_split() returns them). */
typedef struct CoParas { int nSource; QualRange *const *aaPara; const int *anPara; } CoParas;

/* Co-occurrence of every pair of codes among aSeg[0..nSeg) (iCode in
** [0,nCode), iSource in [0,pParas->nSource)). Only pairs that co-occur (an
** overlap or a shared paragraph) are returned, ordered by iCodeA, iCodeB;
** *pn of them (NULL when none). The caller frees the array. */
CoPair *cooccur_compute(const CoSeg *aSeg, int nSeg, int nCode, const CoParas *pParas, int *pn);

/* nBoth / nEither, or NaN when nEither is 0. */
double cooccur_jaccard(int64_t nBoth, int64_t nEither);

#endif

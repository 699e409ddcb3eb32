/*
** cooccur_run.h: `cooccurrence` read from the study: which codes occur
** together, by overlapping segments and by shared paragraphs (the counting
** is analysis/cooccur.c).
*/
#ifndef SYN_COOCCUR_RUN_H
#define SYN_COOCCUR_RUN_H
#include "store/store.h"
#include "util/err.h"
#include "util/table.h"

typedef struct CooccurOpts {
  const char *zCodes;         /* only this code and those below it (NULL: all) */
  const char *zCoder;         /* only this coder's segments (NULL: every coder) */
  const char *zPartnership;   /* only this partnership's sources (NULL: all) */
} CooccurOpts;

/* *ptOut (caller frees): code_a, code_b, overlaps, overlap_jaccard,
** paragraphs, paragraph_jaccard, most shared paragraphs first. Returns 0 or
** the class set in *pErr (an unknown coder, partnership or code: ERR_FAIL). */
int qual_cooccurrence(Store*, const CooccurOpts*, Table **ptOut, Err*);

#endif

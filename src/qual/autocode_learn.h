/*
** autocode_learn.h: `autocode learn`: suggestions of codes for uncoded
** paragraphs, learnt from the coded ones (naive Bayes, qual/classify.c).
*/
#ifndef SYN_AUTOCODE_LEARN_H
#define SYN_AUTOCODE_LEARN_H
#include "store/store.h"
#include "util/err.h"
#include "util/table.h"

typedef struct LearnOpts {
  const char *zCoder;         /* learn from this coder's segments only (NULL: all) */
  long nFold;                 /* cross-validation folds, 2..50 (command: 5) */
  double rThreshold;          /* probability from which to suggest, (0,1) (0.5) */
  long nMinExamples;          /* coded paragraphs a code needs, >= 1 (3) */
  int bDryRun;                /* only the figures: no suggestion stored */
} LearnOpts;

/* Learn a classifier per code used, store its suggestions (source
** "classifier") unless bDryRun, and return in *ptOut (caller frees): code,
** examples, precision, recall, suggestions. Returns 0 or the class set in
** *pErr (options out of range: ERR_USAGE; an unknown coder or nothing
** coded: ERR_FAIL). Write inside one transaction (store_write()). */
int qual_autocode_learn(Store*, const LearnOpts*, Table **ptOut, Err*);

#endif

/*
** quote.h: finding a quotation in a source's text, ignoring differences in
** white space (a run of spaces, tabs or line breaks in the quote matches any
** non-empty run in the text; white space at the ends of the quote is
** ignored). Matching is otherwise exact (case and accents count), after
** both are NFC-normalised. Positions are code points from 0, half-open.
*/
#ifndef SYN_QUOTE_H
#define SYN_QUOTE_H
#include <stdint.h>
#include "util/paragraph.h"

typedef struct QuoteHits {
  QualRange *a; int n;   /* every match, by start (may overlap) */
  int64_t iBestStart;    /* no match: where the longest matching beginning of the
                         ** quote starts (the first such place; -1: none) */
  int64_t nBestLen;      /* ... and how many characters of the text it covers there */
} QuoteHits;

/* Find zQuote in zText (both NUL-terminated UTF-8; zText NFC). Returns 0,
** or -1 when the quote is empty or only white space. The caller frees
** pOut->a. */
int qual_quote_find(const char *zText, const char *zQuote, QuoteHits *pOut);

/* 1-based line and column (in characters) of code point iCp of zText. */
void qual_line_col(const char *zText, int64_t iCp, int *piLine, int *piCol);

#endif

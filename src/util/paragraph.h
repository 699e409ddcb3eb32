/*
** paragraph.h: the one paragraph rule of synergist, shared by coding,
** co-occurrence, auto-coding, the classifier and the search index (so it
** sits below the store and qual/ alike; it reads text and nothing else).
**
** Rule: a paragraph is a maximal run of characters between line breaks
** ("\n"; imported text has no "\r"), with leading and trailing white space
** left out; lines holding only white space are not paragraphs. A single
** newline therefore separates two paragraphs, as does a blank line. An
** imported .docx/.odt paragraph, heading or speaker turn is one line, so it
** is one paragraph.
**
** Ranges are half-open [iStart, iEnd) in Unicode code points from 0, the
** unit of every position in a source (REFI-QDA).
*/
#ifndef SYN_PARAGRAPH_H
#define SYN_PARAGRAPH_H
#include <stdint.h>
#include "util/range.h"

/* The paragraphs of NUL-terminated UTF-8 zText in order. Returns an array of
** *pn ranges (NULL when there are none); the caller frees it. */
QualRange *paragraph_split(const char *zText, int *pn);
/* The same, in one pass over the text, with (when not NULL) *paByte: an
** array of *pn byte ranges in zText, the same paragraphs' (NULL when there
** are none; the caller frees it), and *pnCp: zText's length in code points. */
QualRange *paragraph_split_ex(const char *zText, int *pn, QualRange **paByte, int64_t *pnCp);

/* Index of the paragraph of a[0..n) (as from paragraph_split()) that contains
** code point iCp, or -1 when iCp falls between paragraphs. */
int paragraph_at(const QualRange *a, int n, int64_t iCp);

#endif

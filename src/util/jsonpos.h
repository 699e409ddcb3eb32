/*
** jsonpos.h: where a value sits in a JSON text, as LINE:COLUMN, so that a
** problem found after parsing (a repeated id, an unknown name) can be
** reported at its place in the file.
**
** The text must be valid JSON (already accepted by the parser): this is a
** locator, not a parser. A path is written as the instrument reader writes
** it: `key`, `key[3]`, `key[3].sub`, `key[3].sub[0]`; `(top)` or "" is the
** root. Keys are compared with their raw text between the quotes, so a key
** written with escapes is not found.
*/
#ifndef SYN_JSONPOS_H
#define SYN_JSONPOS_H
#include <stddef.h>
#include "util/errlist.h"

/* The 1-based line and column (counted in Unicode code points, like the
** parser's own syntax errors) of the first character of the value at zPath
** in z[0..n). Returns 1 when the whole path was found; 0 when it was not,
** and then the position is that of the nearest enclosing value found (for
** a missing key, the opening brace of the object that lacks it). */
int jsonpos_find(const char *z, size_t n, const char *zPath, int *piLine, int *piCol);

/* jsonpos_find() for nPath paths at once, in one pass over the text (a
** reader reporting many problems must not re-scan the file for each):
** aiLine[i], aiCol[i] receive the position of azPath[i], or of its nearest
** enclosing value found. Only containers on the way to some path are
** entered, so the recursion is as deep as the deepest path. */
void jsonpos_find_all(const char *z, size_t n, const char *const *azPath, int nPath,
                      int *aiLine, int *aiCol);

/* Check a JSON text for what synergist refuses before parsing it: arrays
** and objects nested deeper than nMaxDepth (reported once, at the bracket
** that passes the limit, so a parser never recurses that deep) and escapes
** of control characters that stored text cannot hold (\u0000 to \u001F but
** tab, line feed and carriage return), each at its LINE:COLUMN. Problems
** are added to pErr under zFile; returns how many. */
int jsonpos_check_text(const char *z, size_t n, size_t nMaxDepth, const char *zFile, ErrList *pErr);

#endif

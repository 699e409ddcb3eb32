/*
** jsonsplit.h: the elements of the large arrays of a JSON object, found in
** one streaming pass (yajl), so that a reader parses one element at a time
** with jansson instead of building the tree of the whole document (an
** instrument of a million items cost over a gigabyte and minutes that way).
**
** jsonsplit_scan() checks the whole text's syntax and, for each key azKey[k]
** of the root object whose value is an array, where each element ends.
** jsonsplit_root() is then the root parsed with those arrays' contents
** left out (blanked: every position in the file stays the same), and
** jsonsplit_elem() element i of array k, parsed alone. Problems are
** placed at FILE:LINE:COLUMN (the column in code points, as jansson's); a
** syntax error is described by jansson (it reads the text again then).
*/
#ifndef SYN_JSONSPLIT_H
#define SYN_JSONSPLIT_H
#include <stddef.h>
#include <jansson.h>
#include "util/errlist.h"

typedef struct JsonArr {
  int bFound;              /* the key's value is an array */
  size_t iOpen, iClose;    /* offsets of its '[' and ']' */
  size_t *aEnd; int n, nAlloc;   /* where each element ends (one past) */
} JsonArr;

typedef struct JsonSplit {
  const char *z; size_t n; const char *zFile;
  int nKey; JsonArr *aArr;       /* one per key */
  size_t iCur; int iCurLine, iCurCol;   /* the last position computed */
} JsonSplit;

/* Scan z[0..n) (named zFile in problems): 0, or 1 with its syntax error
** added to pErr. Call jsonsplit_free() in every case. */
int jsonsplit_scan(JsonSplit*, const char *z, size_t n, const char *const *azKey, int nKey,
                   const char *zFile, ErrList *pErr);
/* The root value, the arrays found left empty (flags: jansson's); NULL
** with the problem added to pErr. */
json_t *jsonsplit_root(JsonSplit*, size_t flags, ErrList *pErr);
/* How many elements array k holds (0 when its value was no array). */
int jsonsplit_count(const JsonSplit*, int k);
/* Element i of array k, parsed (any JSON value); NULL with the problem
** added to pErr. The caller json_decref()s it. */
json_t *jsonsplit_elem(JsonSplit*, int k, int i, size_t flags, ErrList *pErr);
void jsonsplit_free(JsonSplit*);

#endif

/*
** errlist.h: problems collected with their positions, so that a parser can
** report every problem in a file at once instead of stopping at the first.
**
** Each entry prints as "FILE:LINE:COLUMN: message" (LINE and COLUMN are
** 1-based; 0 means unknown and is left out). The ErrList owns its entries;
** errlist_free() releases them.
**
** n counts every problem added, but only the first ERRLIST_KEEP are kept
** (a[0..errlist_kept())), so that a hostile file with millions of bad
** rows costs bounded memory; errlist_print() shows ERRLIST_SHOW of them
** and then "and N more". A message longer than ERRLIST_MSG_MAX bytes
** (one quoting a huge value) is cut there and ends with "... (cut)".
*/
#ifndef SYN_ERRLIST_H
#define SYN_ERRLIST_H
#include <stdio.h>

typedef struct ErrEntry { char *zFile; int iLine; int iCol; char *zMsg; int iSeq; } ErrEntry;
typedef struct ErrList { ErrEntry *a; int n; int nAlloc; } ErrList;
#define ERRLIST_INIT {0,0,0}
#define ERRLIST_KEEP 1000
#define ERRLIST_SHOW 100
#define ERRLIST_MSG_MAX 400   /* bytes of a message kept; longer ones are cut */
/* How many entries a[] holds: min(n, ERRLIST_KEEP). */
#define errlist_kept(p) ((p)->n < ERRLIST_KEEP ? (p)->n : ERRLIST_KEEP)

void errlist_add(ErrList *p, const char *zFile, int iLine, int iCol,
                 const char *zFmt, ...) __attribute__((format(printf,5,6)));
/* Print the first ERRLIST_SHOW entries to out as "synergist: error:
** FILE:LINE:COL: msg", then "synergist: error: and N more problems". */
void errlist_print(const ErrList *p, FILE *out);
/* Order entries by file, line, column (stable), as a reader fixes a file. */
void errlist_sort(ErrList *p);
void errlist_free(ErrList *p);

#endif

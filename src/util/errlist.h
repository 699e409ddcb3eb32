/*
** errlist.h: problems collected with their positions, so that a parser can
** report every problem in a file at once instead of stopping at the first.
**
** Each entry prints as "FILE:LINE:COLUMN: message" (LINE and COLUMN are
** 1-based; 0 means unknown and is left out). The ErrList owns its entries;
** errlist_free() releases them.
*/
#ifndef SYN_ERRLIST_H
#define SYN_ERRLIST_H
#include <stdio.h>

typedef struct ErrEntry { char *zFile; int iLine; int iCol; char *zMsg; int iSeq; } ErrEntry;
typedef struct ErrList { ErrEntry *a; int n; int nAlloc; } ErrList;
#define ERRLIST_INIT {0,0,0}

void errlist_add(ErrList *p, const char *zFile, int iLine, int iCol,
                 const char *zFmt, ...) __attribute__((format(printf,5,6)));
/* Print every entry to out as "synergist: error: FILE:LINE:COL: msg". */
void errlist_print(const ErrList *p, FILE *out);
/* The same with zKind instead of "error" ("warning"). */
void errlist_print_as(const ErrList *p, const char *zKind, FILE *out);
/* Order entries by file, line, column (stable), as a reader fixes a file. */
void errlist_sort(ErrList *p);
void errlist_free(ErrList *p);

#endif

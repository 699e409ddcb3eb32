/*
** csvdoc.h: a whole CSV file in memory for importers that check every row
** before writing anything. Header names are trimmed and lower-cased; each
** row keeps the line it starts on, so problems print as FILE:LINE:FIELD.
** The CsvDoc owns its strings; doc_free() releases them.
*/
#ifndef SYN_CSVDOC_H
#define SYN_CSVDOC_H
#include "util/errlist.h"
#include "util/repeats.h"

typedef struct CsvDoc { int nRow; int nCol; int *aLine; char ***aazRow; int *anField; char **azHead; } CsvDoc;

/* Read zPath; check the header has every required column (azRequired ends
** with NULL), no repeated or empty names, and rows are not ragged, each
** problem into pErr. Returns 0 when the document can be checked row by
** row; call doc_free() in every case. */
int doc_load(CsvDoc *d, const char *zPath, const char *const *azRequired, ErrList *pErr);
void doc_free(CsvDoc *d);
/* A document made in memory (a web form's rows): nCol columns named
** azHead (lower case), no rows yet; doc_add_row() appends a row of nCol
** fields (NULL: empty) that problems report at line iLine. */
void doc_init(CsvDoc *d, int nCol, const char *const *azHead);
void doc_add_row(CsvDoc *d, int iLine, const char *const *azField);
/* Index of the column named zName (lower case), or -1. */
int doc_col(const CsvDoc *d, const char *zName);
/* Field j of row i, or NULL when absent or empty (borrowed). */
const char *doc_get(const CsvDoc *d, int i, int j);
/* For each row, the first earlier row with the same values in the nCol
** columns aiCol (an empty value counts as ""), or -1. Sorts, so large
** files stay fast. The caller frees the array. */
int *doc_first_same(const CsvDoc *d, const int *aiCol, int nCol);
/* repeats_each() over the rows aiRow[0..nRow) (increasing; NULL: every
** row), rows being equal when their values in the nCol columns aiCol are:
** xGroup gets each set of rows that repeat one value. */
int doc_repeats(const CsvDoc *d, const int *aiRow, int nRow, const int *aiCol, int nCol,
                RepeatFn xGroup, void *pArg);

#endif

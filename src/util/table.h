/*
** table.h: the result of every listing, written as text, CSV or JSON.
**
** A Table has named columns and rows of typed cells (null, integer, real
** with a number of decimals, text). Commands build a Table from the store
** or an analysis and call table_write() with the --format the user chose:
**   text  aligned columns under a header (title line first when set)
**   csv   RFC 4180 through libcsv, header row first, nulls empty
**   json  an array of objects, one per row; numbers stay numbers
** The Table owns copies of everything added; table_free() releases it.
*/
#ifndef SYN_TABLE_H
#define SYN_TABLE_H
#include <stdio.h>
#include <stdint.h>

typedef enum { FMT_TEXT=0, FMT_CSV=1, FMT_JSON=2 } Format;
typedef enum { CELL_NULL=0, CELL_INT, CELL_REAL, CELL_TEXT } CellType;

typedef struct Cell { CellType t; int nDec; int64_t i; double r; char *z; } Cell;
typedef struct Table {
  char *zTitle;
  int nCol; char **azCol;
  int nRow, nRowAlloc;
  Cell *aCell;      /* nRow*nCol cells, row-major */
} Table;

Table *table_new(const char *zTitle, int nCol, const char *const *azCol);
/* Column names given as one comma-separated string: "code,name,members". */
Table *table_newc(const char *zTitle, const char *zCols);
void table_free(Table*);
int table_row(Table*);                       /* appends a row of nulls, returns its index */
void table_int(Table*, int iRow, int iCol, int64_t v);
void table_real(Table*, int iRow, int iCol, double v, int nDec);  /* NaN stored as null */
void table_text(Table*, int iRow, int iCol, const char *z);       /* NULL stored as null */
void table_null(Table*, int iRow, int iCol);
int table_col(const Table*, const char *zName);  /* index or -1 */
const Cell *table_cell(const Table*, int iRow, int iCol);
/* The cell as text as it would print in text or CSV: "" for null. Owned by the caller. */
char *table_cell_str(const Table*, int iRow, int iCol);

void table_write(const Table*, Format, FILE *out);
/* The CSV of table_write(), its header line only when bHeader: a long
** listing written a part at a time, each part a table of its own. */
void table_write_csv(const Table*, FILE *out, int bHeader);
/* Parse "text", "csv", "json"; returns -1 if unknown. */
int format_parse(const char *z);

/* Write one CSV field (quoted as RFC 4180 requires) without separator,
** exactly as given (names, headers). */
void csv_write_field(FILE *out, const char *z);
/* Write one CSV text cell: csv_write_field() of its spreadsheet-safe form
** (csv_guard_len()), or of z itself after table_set_raw(1). */
void csv_write_text(FILE *out, const char *z);

/* Spreadsheet-safe CSV (OWASP's advice against formula injection): a text
** cell that a spreadsheet would run as a formula, one beginning with =, +,
** -, @, a tab or a carriage return after any apostrophes, is written with
** one more leading apostrophe; a cell that is a plain number ("-5",
** "+3.2") is left as it is, and number cells are never touched. csv_read()
** removes exactly that apostrophe, so export -> import is exact.
** csv_guard() is 1 when z needs the apostrophe. */
int csv_guard(const char *z);
/* 1 when a field read from CSV carries that apostrophe (to be dropped). */
int csv_guarded(const char *z);
/* --raw: CSV text cells written exactly as stored (for data pipelines). */
void table_set_raw(int bRaw);

#endif

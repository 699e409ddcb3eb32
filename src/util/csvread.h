/*
** csvread.h: streaming RFC 4180 CSV reading through libcsv, with positions.
**
** csv_read() calls xRow once per record (header included) with the record's
** 1-based starting line and its fields (NUL-terminated; valid only during
** the call). Fields that are not valid UTF-8 are reported into pErr as
** FILE:LINE:FIELD (the column is the 1-based field number) and still passed.
** A UTF-8 byte-order mark at the start is dropped; blank lines are skipped.
** The spreadsheet guard synergist's CSV output adds (an apostrophe before
** a leading =, +, -, @, tab or CR; see table.h) is removed, so that every
** export reads back exactly. A field longer than max_csv_field_mb and a
** control character text cannot hold are reported with their place.
** Returns 0 when the file was read to the end, 1 when it could not be opened
** or its quoting is malformed (reported into pErr), 2 when xRow asked to stop.
*/
#ifndef SYN_CSVREAD_H
#define SYN_CSVREAD_H
#include <stddef.h>
#include "util/errlist.h"

typedef struct CsvRow {
  int iLine;          /* line where the record starts, 1-based */
  int nField;
  char **az;          /* nField NUL-terminated fields */
  size_t *an;         /* their lengths in bytes */
} CsvRow;
typedef int (*CsvRowFn)(void *pArg, const CsvRow *pRow);   /* non-zero stops */

int csv_read(const char *zPath, CsvRowFn xRow, void *pArg, ErrList *pErr);

/* Index of the header field equal to zName ignoring ASCII case, or -1. */
int csv_find_col(const CsvRow *pHeader, const char *zName);

#endif

/*
** source_import.h: `source import`: documents (txt, md, docx, odt) read,
** split into paragraphs, indexed for search and stored, all or nothing.
*/
#ifndef SYN_SOURCE_IMPORT_H
#define SYN_SOURCE_IMPORT_H
#include <stdint.h>
#include "store/store.h"
#include "util/err.h"

typedef struct SourceImportOpts {
  const char *const *azFile; int nFile;  /* the files, in this order */
  const char *zPartnership;   /* required */
  const char *zKind;          /* interview, fieldnotes or document (required) */
  const char *zParticipant;   /* the member interviewed (interviews, one file) */
  const char *zLanguage;      /* en (default) or fr */
  const char *zDate;          /* YYYY-MM-DD or NULL */
  const char *zName;          /* the source's name (one file); else the file's base name */
} SourceImportOpts;

typedef struct SourceImported {
  char *zName;                /* the source's name */
  int64_t nCp;                /* characters (code points) */
  int bNameWarn;              /* the name holds a name to pseudonymise */
} SourceImported;
typedef struct SourceImportResult { SourceImported *a; int n; } SourceImportResult;

/* Import every file. Wrong options: ERR_USAGE; an unknown partnership or
** participant: ERR_FAIL; unreadable files, names already used: ERR_DATA
** with every problem in pErr->list. The sources stored before a failure
** are in *pRes all the same (the caller rolls the transaction back); free
** it with source_import_result_clear(). Returns 0 or the class. */
int qual_source_import(Store*, const SourceImportOpts*, SourceImportResult *pRes, Err*);
void source_import_result_clear(SourceImportResult*);

#endif

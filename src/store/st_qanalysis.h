/*
** st_qanalysis.h: the store's interface for qualitative analysis: the
** charted summaries of framework-matrix cells (schema in
** sql/001_qanalysis.sql). Segments, sources and codes come from st_qual.h.
** Conventions: see store.h (return STORE_*, strings in are borrowed, what
** comes back is the caller's).
*/
#ifndef SYN_ST_QANALYSIS_H
#define SYN_ST_QANALYSIS_H
#include <stdint.h>
#include "store/store.h"

typedef struct QualSummary {
  char *zRowKind, *zRow;    /* "partnership" + "PCCP", "participant" + "PCCP/011", ... */
  int64_t iCode;
  char *zCodePath;
  char *zText, *zAuthor, *zUpdated;
} QualSummary;
void st_summaries_free(QualSummary *a, int n);

/* Write the summary of cell (zRowKind, zRow) x code zCode (path or unique
** name, as st_code_find() takes it). zText NULL or empty removes it. The
** change is audited as "summary edit" with the text before and after, by
** zWho (NULL: st_who()) with zReason (may be NULL). *pbChanged (may be
** NULL) is set to 0 when the text was already the same (nothing recorded). */
int st_summary_set(Store*, const char *zRowKind, const char *zRow, const char *zCode,
                   const char *zText, const char *zWho, const char *zReason, int *pbChanged);
/* Every summary with rows of kind zRowKind (NULL: all), ordered by row,
** code path. Caller frees with st_summaries_free(). */
int st_summary_all(Store*, const char *zRowKind, QualSummary **pa, int *pn);

#endif

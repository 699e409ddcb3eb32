/*
** report_run.h: the use cases of `report`. report_request() checks a
** request and fills the ReportOpts (the caller has switched the message
** language to the request's, i18n_set_lang()); then the caller writes what
** was asked:
** report_write_html(), report_write_xlsx() or report_write_each(). Each
** returns 0 or the class of its failure with the message in *pErr; none
** prints or exits.
*/
#ifndef SYN_REPORT_RUN_H
#define SYN_REPORT_RUN_H
#include "report/report.h"
#include "util/err.h"

typedef struct ReportRequest {
  int nPart; char **azPart;   /* the partnerships named (none: see bProgramme) */
  const char *zLang;          /* en or fr (NULL: en) */
  const char *zOut;           /* --out FILE.html */
  const char *zXlsx;          /* --xlsx FILE.xlsx */
  const char *zEach;          /* --each DIR */
  int bProgramme, bAll, bFull;
} ReportRequest;

/* The request checked (ERR_USAGE: conflicting or missing outputs, a
** language other than en and fr; ERR_FAIL: an unknown partnership) and
** its options in *pOpts; naming no partnership in a study of several is
** the programme overview. */
int report_request(Store*, const ReportRequest*, ReportOpts *pOpts, Err*);

/* The link from a page written to zPage to the workbook written to zXlsx
** (both paths as given on the command line): relative between their
** directories when both exist, percent-encoded where a link needs it; the
** page's ReportOpts.zWorkbook. Caller frees. */
char *report_workbook_href(const char *zPage, const char *zXlsx);
/* The report page written to zPath. */
int report_write_html(Store*, const ReportOpts*, const char *zPath, Err*);
/* The workbook written to zPath. */
int report_write_xlsx(Store*, const ReportOpts*, const char *zPath, Err*);
/* One page per partnership and the overview in zDir; *pnFile written. */
int report_write_each(Store*, const ReportOpts*, const char *zDir, int *pnFile, Err*);

#endif

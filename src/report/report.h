/*
** report.h: the partnership report. report_html() writes one
** self-contained HTML page (inline CSS and SVG, no script, no request to
** anything) with every section of section.h, in the current gettext
** language; report_xlsx() writes the sections' tables as an Excel workbook,
** one sheet per table.
**
** Real names never appear: members are shown by their pseudonymous ids.
*/
#ifndef SYN_REPORT_H
#define SYN_REPORT_H
#include "store/store.h"
#include "util/sb.h"

typedef struct ReportOpts {
  int nPart; char **azPart;   /* partnerships to report (codes); 0: every one */
  const char *zLang;          /* "en" or "fr": the page's lang attribute */
  int iToday;                 /* day number used as "today" */
  int bTodayFixed;            /* iToday was set (SYNERGIST_TODAY): time charts run to it;
                              ** otherwise they end at the study's last dated event */
  int bProgramme;             /* the programme overview (sec_programme.c) instead of
                              ** the partnership sections */
  int bFull;                  /* every table in the page; else long tables
                              ** stay in the workbook (report_full()) */
  /* Shared by the reports of one run (report_each()); all may be NULL/0. */
  struct DiagStudy *pDiag;    /* the study diagnosed once (its scores are the reports') */
  const struct Findings *pFindings;   /* every partnership's findings from pDiag */
  struct ReportMemo *pMemo;   /* the programme-wide tables every page shows, made once (report_data.h) */
  const char *zWorkbook;      /* the workbook written with this page, as a link from it
                              ** (report --out with --xlsx, report --each, the server's
                              ** download); NULL when none is: the page then says which
                              ** command writes it instead of pointing at it */
  int bProgrammeSheets;       /* a workbook of the partnership sections that adds the
                              ** programme's portfolio and sector mix (report --each) */
  const char *zHome;          /* link back to the programme overview (a partnership's report) */
  int nLink; char **azLinkCode, **azLinkHref;   /* links to each partnership's report (the overview) */
} ReportOpts;

/* Does the study hold more than one partnership? Then a report naming
** none is the programme overview. 1 or 0; -1 on a store error. */
int report_is_programme(Store*);

/* Write the programme overview to DIR/index.html, each partnership's
** report to DIR/CODE.html (characters other than letters, digits, '.',
** '-' and '_' in the code become '_'), linked both ways, and the workbook
** of every partnership's tables with the programme's portfolio and sector
** mix to DIR/workbook.xlsx, which every page links to; the study diagnosed
** and scored once for all of them. DIR is created when missing.
** pBase gives the language, today and --full. Returns STORE_OK with
** *pnFile the files written, or a STORE_* code with *pzErr (caller frees). */
int report_each(Store*, const ReportOpts *pBase, const char *zDir, int *pnFile, char **pzErr);

/* Fill *pOpts for partnerships azPart[0..nPart) (0: every one) in zLang,
** "today" being SYNERGIST_TODAY when set (then fixed) or the clock's day:
** what `synergist report` and the server's report pages use. */
void report_opts_init(ReportOpts *pOpts, int nPart, char **azPart, const char *zLang, int bProgramme);

/* Append the table of contents and every section (no page head, cover nor
** footer) to pOut, in the current language: the report inside another
** page (the workspace's partnership page). Sections use <h2> and below.
** Returns STORE_OK or a STORE_* code. */
int report_body_html(Store*, const ReportOpts*, Sb *pOut);

/* Append the whole page to pOut. Returns STORE_OK or a STORE_* code (message
** in store_errmsg()). */
int report_html(Store*, const ReportOpts*, Sb *pOut);

/* Write the workbook to zPath. Returns STORE_OK, or a STORE_* code with
** *pzErr (caller frees) saying why (STORE_ERROR also for a file that cannot
** be written). */
int report_xlsx(Store*, const ReportOpts*, const char *zPath, char **pzErr);

#endif

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
  int iEndDay;                /* the day time tables end (report --each's workbook: the
                              ** programme's, for every partnership's rows); 0: the last
                              ** dated event of the report's partnerships (report_end_day()) */
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

/* report --each's workbook, written while the pages are: the workbook
** report_xlsx() writes of *pAll (every partnership, sharing one diagnosis
** and memo, pDiag, pFindings and pMemo, with bProgrammeSheets), but holding
** no more than one partnership's tables at a time.
** report_book_open() starts it at zPath (NULL with *pzErr when the file
** cannot be made); report_book_part() appends the rows of partnership zPart
** to every sheet, called for each partnership in the order of pAll's
** tables (by code); report_book_close() adds the programme's sheets,
** writes the file and frees the book (bWrite 0, or after a failure: no
** file is written, for a caller that failed elsewhere). Each returns
** STORE_OK or the STORE_* code of the book's first failure with *pzErr
** (caller frees); after a failure only report_book_close() is left to call. */
typedef struct ReportBook ReportBook;
ReportBook *report_book_open(Store*, const ReportOpts *pAll, const char *zPath, char **pzErr);
int report_book_part(ReportBook*, const char *zPart, char **pzErr);
int report_book_close(ReportBook*, int bWrite, char **pzErr);

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

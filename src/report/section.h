/*
** section.h: the interface every section of the report implements, so
** that each area can fill its own section in its own file sec_*.c.
**
** A section has a heading id (the anchor, stable across languages), a
** title marked with N_() and translated when written, a writer of its HTML
** body, and optionally a producer of its tables for the workbook. The
** report writes <section id=ID><h2>TITLE</h2> around the body; a body uses
** <h3> and below. A section whose data do not exist yet writes
** report_no_data() instead.
**
** Exports: the ReportCtx and ReportSection types, the section list
** aReportSection (report.c), and the helpers report_no_data(),
** report_table(), report_table_fold(), report_has_part(), report_select(),
** report_tables_add(), report_setting_int(), report_chart_id(),
** report_only_part(), report_portfolio(), report_findings_sheets().
*/
#ifndef SYN_SECTION_H
#define SYN_SECTION_H
#include "report/report.h"
#include "util/html.h"
#include "util/table.h"

/* The workbook's tables of a report: kept in a[0..n), or, when xPut is
** set, each handed to xPut(pArg, table), which frees it, as it is added
** (report --each's workbook writes them at once). */
typedef struct ReportTables {
  int n, nAlloc; Table **a;
  void (*xPut)(void *pArg, Table*); void *pArg;
} ReportTables;

typedef struct ReportCtx {
  Store *pStore;
  const ReportOpts *pOpts;
  Sb *pOut;                   /* the page being written */
  int nChart;                 /* charts written so far (for unique ids) */
  struct ReportDiag *pDiag;   /* the diagnosis, loaded once (report_diag()) */
} ReportCtx;

typedef struct ReportSection {
  const char *zId;            /* heading id: "model", "scores", ... */
  const char *zTitle;         /* N_("...") */
  int (*xHtml)(ReportCtx*);                  /* body; STORE_OK or STORE_* */
  int (*xTables)(ReportCtx*, ReportTables*); /* workbook tables; may be NULL */
} ReportSection;

extern const ReportSection *const aReportSection[];
extern const int nReportSection;
/* The sections of the report asked for (pOpts->bProgramme: the programme
** overview only); returns how many. */
int report_sections(const ReportOpts*, const ReportSection *const **paSec);

/* The sections, each defined in its sec_*.c file. */
extern const ReportSection sec_model, sec_partnerships, sec_scores, sec_profile,
  sec_benefits, sec_membership, sec_findings, sec_qual, sec_methods, sec_network, sec_programme,
  sec_briefing;

/* "<p class=no-data>": "No data yet." followed by zWhat, a whole translated
** sentence saying what is missing (not a bare noun: "No meeting has been
** recorded."), and which command provides it (zHow, a command line, may be
** NULL). */
void report_no_data(ReportCtx*, const char *zWhat, const char *zHow);
/* "<p class=no-data>" for a section whose every score is withheld by
** small-cell suppression: "Withheld to protect confidentiality." and the
** rule (fewer than nMin answer sets, setting suppress_min), rather than
** report_no_data()'s "No data yet." and a command to run. */
void report_withheld(ReportCtx*, int nMin);
/* Write pTab as an HTML table with zCaption (translated) and the column
** headings azHead (translated; NULL: the table's own column names), header
** cells with scope="col", the first cell of each row a row header. Numbers
** are right-aligned and real numbers written in the page's language
** (i18n_num(): "3,45" in French). pTab stays the caller's. */
void report_table(ReportCtx*, const Table *pTab, const char *zCaption, const char *const *azHead);
/* As report_table(), but unless the report is --full the table is folded
** into a <details> whose summary is the caption: open on screen, collapsed
** in print (the workbook has it). */
/* As report_table(), but each row's first cell (a row heading) is written
** by xRowHead(pArg, pOut, zCell) inside its <th>, escaping what it writes. */
void report_table_rows(ReportCtx*, const Table *pTab, const char *zCaption, const char *const *azHead,
                       void (*xRowHead)(void*, Sb*, const char*), void *pArg);
void report_table_fold(ReportCtx*, const Table *pTab, const char *zCaption, const char *const *azHead);
/* 1 if partnership zCode is in the report. */
int report_has_part(const ReportCtx*, const char *zCode);
/* The partnership's code when the report covers exactly one, else NULL:
** a section then reads only that partnership's roster (report_data.c). */
const char *report_only_part(const ReportCtx*);
/* The findings of f (sorted by findings_sort()) about the report's
** partnerships, as runs of one partnership each: run r is f->a[aRun[2r]
** .. aRun[2r+1]), in f's order. Returns aRun (caller frees), *pn the runs.
** A report naming its partnerships finds each run by binary search. */
int *report_finding_runs(const ReportCtx*, const struct Findings *f, int *pn);
/* A new table titled zTitle (caller frees) with the rows of pIn whose
** column iPartCol holds a partnership of the report (iPartCol < 0: every
** row) and the columns named in zCols ("year,start,end"; NULL: all), in
** that order. pIn stays the caller's. */
Table *report_select(const ReportCtx*, const Table *pIn, int iPartCol, const char *zCols, const char *zTitle);
/* Hand pTab (its zTitle is the sheet name; tables of one title, one after
** another, fill one sheet) over to the list. */
void report_tables_add(ReportTables*, Table *pTab);
/* The study setting zKey as a positive integer, else iDefault. */
int report_setting_int(const ReportCtx*, const char *zKey, int iDefault);
/* A fresh chart id "chart-N". Static buffer valid until the next call. */
const char *report_chart_id(ReportCtx*);
/* Add the workbook's sheets findings (findings_table()'s columns after
** "finding", the finding's number: its place among its partnership's
** findings in pF (sorted by findings_sort()) from 1, the number the page
** shows, the same whichever partnerships the report covers) and evidence
** (finding_evidence_table(): every piece of evidence, one row each) for
** the findings of pF about the report's partnerships (sec_findings.c). */
void report_findings_sheets(ReportCtx*, const struct Findings *pF, ReportTables *pList);
/* The portfolio in words (portfolio_table() in PF_WORDS form) and, unless
** NULL, the sector mix (portfolio_sectors()) as tables headed in the
** page's language, the portfolio's rows those of the report's
** partnerships: the programme overview and the workspace's programme
** page (sec_programme.c). Both tables stay the caller's. */
void report_portfolio(ReportCtx*, const Table *pWords, const Table *pSect);

#endif

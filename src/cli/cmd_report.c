/*
** cmd_report.c: report: the partnership report as HTML or its tables as Excel
** (report/report_run.c).
** Handlers and their entries of the command table (aCmd_report, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "report/report_run.h"
#include "util/i18n.h"

static int cmd_report(Cli *p){
  ReportRequest q = {0};
  q.zOut = cli_opt(p, "--out");
  q.zXlsx = cli_opt(p, "--xlsx");
  q.zLang = cli_opt(p, "--lang");
  q.zEach = cli_opt(p, "--each");
  q.bProgramme = cli_flag(p, "--programme");
  q.bAll = cli_flag(p, "--all");
  q.bFull = cli_flag(p, "--full");
  cli_args(p, 0, -1);
  q.nPart = p->nArg; q.azPart = p->azArg;
  ReportOpts opts;
  Err err = ERR_INIT;
  /* The messages in the report's language from here (report_request()
  ** refuses a language other than en and fr). */
  i18n_set_lang(q.zLang ? q.zLang : "en");
  if( report_request(p->pStore, &q, &opts, &err) ) cli_fail(&err);
  if( q.zEach ){
    int nFile;
    if( report_write_each(p->pStore, &opts, q.zEach, &nFile, &err) ) cli_fail(&err);
    printf(ngettext("%d report written in %s (the programme overview: %s/index.html; every table: %s/workbook.xlsx)\n",
                    "%d reports written in %s (the programme overview: %s/index.html; every table: %s/workbook.xlsx)\n",
                    (unsigned long)nFile),
           nFile, q.zEach, q.zEach, q.zEach);
    return EXIT_OK;
  }
  char *zHref = q.zOut && q.zXlsx ? report_workbook_href(q.zOut, q.zXlsx) : NULL;
  opts.zWorkbook = zHref;      /* the page links to the workbook written with it */
  if( q.zOut ){
    if( report_write_html(p->pStore, &opts, q.zOut, &err) ) cli_fail(&err);
    printf(_("report written: %s\n"), q.zOut);
  }
  if( q.zXlsx ){
    if( report_write_xlsx(p->pStore, &opts, q.zXlsx, &err) ) cli_fail(&err);
    printf(_("workbook written: %s\n"), q.zXlsx);
  }
  free(zHref);
  return EXIT_OK;
}

const CmdEntry aCmd_report[] = {
  { "report", cmd_report, CMD_STUDY, "write the partnership report (HTML) or its tables (Excel)",
    "Usage: synergist report [PARTNERSHIP...] [--out FILE.html] [--xlsx FILE.xlsx] [--lang en|fr] [--full]\n"
    "       synergist report --programme|--all [--out FILE.html] [--xlsx FILE.xlsx] [--lang en|fr] [--full]\n"
    "       synergist report --each DIR [--lang en|fr] [--full]\n"
    "\n"
    "Writes one self-contained HTML page (styles and SVG charts inside, no\n"
    "script, nothing fetched from the network; prints cleanly). It opens with\n"
    "a briefing per partnership that fits one printed page for two: where it\n"
    "stands (synergy, band, the trend since the wave before in words and an\n"
    "arrow; no trend when the wave before is withheld), what changed (the two\n"
    "or three most severe findings, one plain sentence each), what to do first\n"
    "(the levers ranked 1 and 2 and their first suggested action) and how sure\n"
    "we are (answer sets, response rate, CI).\n"
    "Then the model figure, scores by wave, the determinant profile, benefits and drawbacks,\n"
    "membership dynamics and attendance, findings, qualitative evidence and\n"
    "methods. Sections without data yet say so. --xlsx writes the report's\n"
    "tables as a workbook, one sheet per table, among them findings (each\n"
    "finding numbered as in the page) and evidence (every piece of evidence\n"
    "of every finding, one row each: the page summarises long lists, e.g.\n"
    "\"member (14): decision maker 5, ...\", and points to the finding's rows).\n"
    "With --out and --xlsx together the page links to the workbook; a page\n"
    "written alone says that report --xlsx writes it. Members appear only by\n"
    "pseudonymous ids.\n"
    "\n"
    "Without PARTNERSHIP: a study of one partnership gets its report; a\n"
    "programme (more than one) gets the programme overview (--programme,\n"
    "below). --all puts every partnership's full report on one page instead.\n"
    "--each DIR writes DIR/index.html (the overview, linking to each\n"
    "partnership's report), DIR/CODE.html for every partnership (linking\n"
    "back) and DIR/workbook.xlsx, the tables of every partnership with the\n"
    "programme's sheets portfolio and sectors, which every page links to;\n"
    "the study diagnosed and scored once for all of them.\n"
    "One partnership's report reads only that partnership's roster; the\n"
    "scores and the programme comparisons always cover every partnership.\n"
    "\n"
    "--lang chooses English (default) or French: every label and sentence,\n"
    "the findings included, and numbers with a decimal comma in French. The\n"
    "membership chart runs to the last dated event of the study (to\n"
    "SYNERGIST_TODAY when that is set).\n"
    "\n"
    "Findings come grouped by partnership and severity (a heading counts the\n"
    "findings listed, and those across waves when repeats are folded), each as\n"
    "a plain sentence with its statistics, figures, evidence (long lists\n"
    "summarised) and rule inside a collapsible block that prints collapsed. Meeting cadence and\n"
    "attendance are charts. By default long tables (meeting gaps, timeline,\n"
    "tie lists, score and agreement tables, every quotation) are folded in the\n"
    "page: a block under their caption, open on screen, collapsed in print\n"
    "(the workbook holds every row), so the demo prints on at most 12 A4\n"
    "pages; --full prints every table open, for evaluators.\n"
    "\n"
    "--programme writes the programme overview instead: the spread of synergy\n"
    "across partnerships in each wave (n, lowest and highest, quartiles as a\n"
    "box; each partnership as a dot when fewer than five), the struggling partnerships\n"
    "(at most 20, then how many more) with their main finding (the open one\n"
    "that weighs most, as diagnose orders findings), the portfolio (band, trend, open\n"
    "concerns, response rate of the members present when the wave opened,\n"
    "members now, sectors) and the sector mix; with --xlsx, sheets portfolio\n"
    "and sectors, and findings and evidence (every finding of the programme,\n"
    "numbered per partnership as on the partnerships' pages, and every piece\n"
    "of its evidence).\n"
    "\n"
    "Exit codes: 0 written; 1 unknown partnership or a file or folder that\n"
    "cannot be written; 2 wrong command line (no --out, --xlsx or --each, a\n"
    "partnership named with --programme, --all or --each, two of these\n"
    "together, --each with --out or --xlsx, unknown option, a language other\n"
    "than en or fr); 4 the study cannot be opened.\n"
    "\n"
    "Example:\n"
    "  synergist report PCCP CHRP --out report.html --lang fr\n"
    "  synergist report --all --xlsx tables.xlsx\n"
    "  synergist report --all --full --out evaluation.html\n"
    "  synergist report --programme --out programme.html\n"
    "  synergist report --each reports/\n"
    "" },
  {0,0,0,0,0}
};

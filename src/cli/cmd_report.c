/*
** cmd_report.c: the report command (table aCmd_report, help text beside
** the handler): the self-contained HTML report and the Excel workbook of
** its tables, in English or French.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "report/report.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"

/* Write z (n bytes) to zPath; 0 on success. */
static int write_file(const char *zPath, const char *z, size_t n){
  FILE *f = fopen(zPath, "wb");
  if( !f ) return 1;
  size_t nOut = fwrite(z, 1, n, f);
  int rc = fclose(f);
  return nOut!=n || rc!=0;
}

static int cmd_report(Cli *p){
  const char *zOut = cli_opt(p, "--out");
  const char *zXlsx = cli_opt(p, "--xlsx");
  const char *zLang = cli_opt(p, "--lang");
  int bProgramme = cli_flag(p, "--programme");
  int bFull = cli_flag(p, "--full");
  cli_args(p, 0, -1);
  if( bProgramme && p->nArg ) fatal(EXIT_USAGE, "report --programme covers every partnership: name none");
  if( !zOut && !zXlsx ) fatal(EXIT_USAGE, "report needs --out FILE.html or --xlsx FILE.xlsx");
  if( !zLang ) zLang = "en";
  if( i18n_set_lang(zLang) ) fatal(EXIT_USAGE, "--lang must be en or fr, not '%s'", zLang);
  for(int i=0; i<p->nArg; i++){
    int rc = st_partnership_exists(p->pStore, p->azArg[i]);
    if( rc ) fatal_store(p, rc);
  }
  ReportOpts opts;
  report_opts_init(&opts, p->nArg, p->azArg, zLang, bProgramme);
  opts.bFull = bFull;
  if( zOut ){
    Sb page = SB_INIT;
    int rc = report_html(p->pStore, &opts, &page);
    if( rc ) fatal_store(p, rc);
    if( write_file(zOut, sb_str(&page), page.n) ) fatal(EXIT_FAIL, "cannot write %s", zOut);
    sb_free(&page);
    printf("report written: %s\n", zOut);
  }
  if( zXlsx ){
    char *zErr = NULL;
    if( report_xlsx(p->pStore, &opts, zXlsx, &zErr) ){
      fprintf(stderr, "synergist: error: %s\n", zErr ? zErr : "cannot write the workbook");
      free(zErr);
      return EXIT_FAIL;
    }
    printf("workbook written: %s\n", zXlsx);
  }
  return EXIT_OK;
}

const CmdEntry aCmd_report[] = {
  { "report", cmd_report, CMD_STUDY, "write the partnership report (HTML) or its tables (Excel)",
    "Usage: synergist report [PARTNERSHIP...] [--out FILE.html] [--xlsx FILE.xlsx] [--lang en|fr] [--full]\n"
    "       synergist report --programme [--out FILE.html] [--xlsx FILE.xlsx] [--lang en|fr]\n"
    "\n"
    "Writes one self-contained HTML page (styles and SVG charts inside, no\n"
    "script, nothing fetched from the network; prints cleanly). It opens with\n"
    "a briefing per partnership that fits one printed page for two: where it\n"
    "stands (synergy, band, the trend since the wave before in words and an\n"
    "arrow), what changed (the two or three most severe findings, one plain\n"
    "sentence each), what to do first (the top levers and their first\n"
    "suggested action) and how sure we are (answer sets, response rate, CI).\n"
    "Then the model figure, scores by wave, the determinant profile, benefits and drawbacks,\n"
    "membership dynamics and attendance, findings, qualitative evidence and\n"
    "methods. Sections without data yet say so. --xlsx writes the report's\n"
    "tables as a workbook, one sheet per table. Without PARTNERSHIP every\n"
    "partnership is reported. Members appear only by pseudonymous ids.\n"
    "--lang chooses English (default) or French: every label and sentence,\n"
    "the findings included, and numbers with a decimal comma in French. The\n"
    "membership chart runs to the last dated event of the study (to\n"
    "SYNERGIST_TODAY when that is set).\n"
    "\n"
    "Findings come grouped by partnership and severity, each as a plain\n"
    "sentence with its figures, evidence (long lists summarised) and rule\n"
    "inside a collapsible block that prints collapsed. Meeting cadence and\n"
    "attendance are charts. By default long tables (meeting gaps, timeline,\n"
    "tie lists, score and agreement tables, every quotation) are left to the\n"
    "workbook, so the demo prints on at most 12 A4 pages; --full keeps every\n"
    "table in the page, for evaluators.\n"
    "\n"
    "--programme writes the programme overview instead: the spread of synergy\n"
    "across partnerships in each wave (quartiles), the struggling partnerships\n"
    "with their most severe open finding, the portfolio (band, trend, open\n"
    "concerns, response rate, members, sectors) and the sector mix; with\n"
    "--xlsx, sheets portfolio and sectors.\n"
    "\n"
    "Example:\n"
    "  synergist report PCCP CHRP --out report.html --lang fr\n"
    "  synergist report --xlsx tables.xlsx\n"
    "  synergist report --full --out evaluation.html\n"
    "  synergist report --programme --out programme.html\n"
    "" },
  {0,0,0,0,0}
};

/*
** cmd_matrix.c: matrix and matrix summarize: the framework matrix
** (qual/matrix.c, qual/matrix_run.c, qual/matrix_html.c);
** cmd_matrix_write_html() serves synthesis too.
** Handlers and their entries of the command table (aCmd_matrix, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/cmd_matrix.h"
#include "qual/matrix.h"
#include "qual/matrix_html.h"
#include "store/st_qanalysis.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Write the HTML page of m to zFile ("-": standard output). */
/* The page's title for rows of kind zKind, in the messages' language
** (caller frees). */
static char *matrix_title(const char *zKind){
  if( strcmp(zKind, "partnership")==0 ) return xstrdup(_("Framework matrix by partnership"));
  if( strcmp(zKind, "participant")==0 ) return xstrdup(_("Framework matrix by participant"));
  if( strcmp(zKind, "kind")==0 ) return xstrdup(_("Framework matrix by kind of source"));
  if( strcmp(zKind, "language")==0 ) return xstrdup(_("Framework matrix by language"));
  return xasprintf(_("Framework matrix by %s"), zKind);   /* a member attribute, as named */
}

void cmd_matrix_write_html(Matrix *m, const char *zFile, const char *zTitle, int bSynthesis, int bAll){
  Sb sb = SB_INIT;
  matrix_html(m, zTitle, bSynthesis, bAll, &sb);
  FILE *out = strcmp(zFile, "-")==0 ? stdout : fopen(zFile, "wb");
  if( !out ){ sb_free(&sb); fatal(EXIT_FAIL, "cannot write %s", zFile); }
  int bOk = fwrite(sb.z, 1, sb.n, out)==sb.n;
  if( out!=stdout && fclose(out)!=0 ) bOk = 0;
  sb_free(&sb);
  if( !bOk ) fatal(EXIT_FAIL, "cannot write %s", zFile);
  if( out!=stdout ) printf("wrote %s\n", zFile);
}

static int cmd_matrix(Cli *p){
  MxSpec spec = {0};
  spec.zRows = cli_opt(p, "--rows");
  spec.zCodes = cli_opt(p, "--codes");
  spec.zCoder = cli_opt(p, "--coder");
  const char *zHtml = cli_opt(p, "--html");
  spec.nQuote = (int)cli_opt_int(p, "--quotes", zHtml ? 2 : 0);
  int bAll = cli_flag(p, "--all");
  cli_args(p, 0, 0);
  spec.nQuoteLen = 300;
  spec.bNames = p->bNames;
  Matrix *m;
  Err err = ERR_INIT;
  if( qual_matrix(p->pStore, &spec, &m, &err) ) cli_fail(&err);
  if( zHtml ){
    char *zTitle = matrix_title(m->zRowKind);
    cmd_matrix_write_html(m, zHtml, zTitle, 0, bAll);
    free(zTitle);
    qual_matrix_free(m);
    return EXIT_OK;
  }
  Table *t = qual_matrix_table(m, spec.nQuote, bAll);
  qual_matrix_free(m);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_matrix_summarize(Cli *p){
  MxSummaryOpts o = {0};
  o.zText = cli_opt(p, "--text");
  o.zRows = cli_opt(p, "--rows");
  o.zReason = cli_opt(p, "--reason");
  o.bClear = cli_flag(p, "--clear");
  cli_args(p, 2, 2);
  o.zRow = p->azArg[0];
  o.zCode = p->azArg[1];
  int bChanged;
  Err err = ERR_INIT;
  if( qual_matrix_summarize(p->pStore, &o, &bChanged, &err) ) cli_fail(&err);
  if( !bChanged ) printf("summary of %s x %s unchanged\n", o.zRow, o.zCode);
  else printf("summary of %s x %s %s\n", o.zRow, o.zCode, o.zText ? "saved" : "removed");
  return EXIT_OK;
}

const CmdEntry aCmd_matrix[] = {
  { "matrix", cmd_matrix, CMD_STUDY, "framework matrix: rows x codes with counts, summaries, quotes",
    "Usage: synergist matrix [--rows partnership|participant|ATTRIBUTE] [--codes CODE]\n"
    "                        [--coder C] [--quotes N] [--all] [--html FILE]\n\n"
    "The framework matrix of framework analysis. Each cell crosses a row with a\n"
    "code: segments coded with the code or any code below it, distinct sources,\n"
    "coverage (percent of the row's characters so coded) and the analyst's\n"
    "charted summary (see: synergist help matrix summarize).\n\n"
    "Rows: partnership (default: every source of each partnership), participant\n"
    "(interviews, as PCCP/011), kind or language (of the source), or a\n"
    "characteristic of the interviewee: stakeholder_group, organisation or any\n"
    "member attribute. Sources without a value are left out. --codes shows only\n"
    "a code and the codes below it; --coder counts one coder's segments only\n"
    "(default: every coder). Cells with no segment and no summary are left out\n"
    "unless --all. --quotes N adds up to N illustrative quotes per cell,\n"
    "attributed as (011, PCCP) and pseudonymised unless --names. --html FILE\n"
    "writes the matrix as one HTML page (codes down, rows across, 2 quotes per\n"
    "cell unless --quotes) in the language of the messages, the built-in\n"
    "codebook's codes by their names in it; FILE '-' is standard output.\n\n"
    "CSV columns: row,code,segments,sources,coverage,summary (and quotes with\n"
    "--quotes, joined by ' | ').\n\n"
    "Example:\n"
    "  synergist matrix --codes \"relationships among partners\" --format csv\n"
    "  synergist matrix --rows stakeholder_group --quotes 1\n"
    "  synergist matrix --html matrix.html\n" },
  { "matrix summarize", cmd_matrix_summarize, CMD_WRITE, "write the charted summary of a matrix cell",
    "Usage: synergist matrix summarize ROW CODE (--text TEXT | --clear)\n"
    "                        [--rows KIND] [--reason TEXT]\n\n"
    "Stores the analyst's summary of what the row's sources say about CODE\n"
    "(charting, in framework analysis). ROW is a row of `synergist matrix\n"
    "--rows KIND` (default partnership: a partnership code). --clear removes\n"
    "the summary. Every change is kept in the audit trail with the text before\n"
    "and after (see: synergist audit).\n\n"
    "Example:\n"
    "  synergist matrix summarize PCCP trust --text \"Trust built over years of joint work\"\n"
    "  synergist matrix summarize PCCP/011 governance --rows participant --text \"Values votes\"\n" },
  {0,0,0,0,0}
};

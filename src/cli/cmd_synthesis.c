/*
** cmd_synthesis.c: synthesis: the cross-case synthesis over the framework
** matrix (the work in qual/synthesis.c; the HTML page written by
** cmd_matrix_write_html(), cmd_matrix.c).
** Handlers and their entries of the command table (aCmd_synthesis, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "cli/cmd_matrix.h"
#include "qual/matrix.h"
#include "util/i18n.h"

static int cmd_synthesis(Cli *p){
  SynthesisOpts o = {0};
  o.zCodes = cli_opt(p, "--codes");
  o.zCoder = cli_opt(p, "--coder");
  const char *zHtml = cli_opt(p, "--html");
  o.nQuote = (int)cli_opt_int(p, "--quotes", 2);
  cli_args(p, 0, 0);
  o.bNames = p->bNames;
  Matrix *m;
  Err err = ERR_INIT;
  if( qual_synthesis(p->pStore, &o, &m, &err) ) cli_fail(&err);
  if( zHtml ){
    cmd_matrix_write_html(m, zHtml, _("Cross-case synthesis"), 1, 0);
  }else if( p->fmt==FMT_TEXT ){
    char *z = qual_synthesis_text(m);
    fputs(z, stdout);
    free(z);
  }else{
    cli_print_table(p, qual_synthesis_table(m));
  }
  qual_matrix_free(m);
  return EXIT_OK;
}

const CmdEntry aCmd_synthesis[] = {
  { "synthesis", cmd_synthesis, CMD_STUDY, "cross-case synthesis: factors down, partnerships across",
    "Usage: synergist synthesis [--codes CODE] [--coder C] [--quotes N] [--html FILE]\n\n"
    "The cross-case synthesis: the framework's categories and factors down the\n"
    "side, the partnerships across, each cell holding the charted summary (from\n"
    "`synergist matrix summarize`) and up to N quotes (default 2) attributed\n"
    "as (011, PCCP), pseudonymised unless --names. Factors with nothing in any\n"
    "partnership are left out; a category appears as a row of its own only\n"
    "when it has a summary. Text output reads as a report; CSV and JSON have\n"
    "the columns category,factor and one per partnership (summary, then each\n"
    "quote on its own line); --html FILE writes one HTML page ('-': standard\n"
    "output).\n\n"
    "Example:\n"
    "  synergist synthesis --codes determinants --quotes 1\n"
    "  synergist synthesis --html synthesis.html\n" },
  {0,0,0,0,0}
};

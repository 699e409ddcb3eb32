/*
** cmd_synthesis.c: synthesis: the cross-case synthesis over the framework
** matrix (built with cmd_matrix_build(), cmd_matrix.c).
** Handlers and their entries of the command table (aCmd_synthesis, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/cmd_matrix.h"
#include "qual/matrix.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Summary, then each quote, one per line (caller frees). */
static char *synthesis_cell(const MxCell *c){
  Sb sb = SB_INIT;
  if( c->zSummary ) sb_puts(&sb, c->zSummary);
  for(int q=0; q<c->nQuote; q++){
    if( sb.n ) sb_putc(&sb, '\n');
    sb_puts(&sb, c->azQuote[q]);
  }
  return sb_take(&sb);
}

/* The synthesis as a report for reading in a terminal. */
static void synthesis_text(Matrix *m){
  printf("Cross-case synthesis:");
  for(int r=0; r<m->nRow; r++) printf("%s %s", r ? "," : "", m->azRow[r]);
  printf("\n");
  char *zLastCat = NULL;
  for(int k=0; k<m->nCode; k++){
    if( !qual_matrix_code_in_synthesis(m, k) ) continue;
    char *zCat = qual_code_category(&m->aCode[k]);
    if( !zLastCat || strcmp(zCat, zLastCat)!=0 ) printf("\n== %s ==\n", zCat[0] ? zCat : "(top level)");
    free(zLastCat);
    zLastCat = zCat;
    printf("\n%s\n", m->aCode[k].zName);
    for(int r=0; r<m->nRow; r++){
      MxCell *c = qual_matrix_cell(m, r, k);
      printf("  %s: %s\n", m->azRow[r], c->zSummary ? c->zSummary : (c->nSeg ? "(no summary yet)" : "(nothing coded)"));
      for(int q=0; q<c->nQuote; q++) printf("      %s\n", c->azQuote[q]);
    }
  }
  free(zLastCat);
}

static int cmd_synthesis(Cli *p){
  MxSpec spec = {0};
  spec.zCodes = cli_opt(p, "--codes");
  spec.zCoder = cli_opt(p, "--coder");
  const char *zHtml = cli_opt(p, "--html");
  spec.nQuote = (int)cli_opt_int(p, "--quotes", 2);
  cli_args(p, 0, 0);
  if( spec.nQuote<0 ) fatal(EXIT_USAGE, "--quotes must be 0 or more");
  spec.zRows = "partnership";
  spec.nQuoteLen = 300;
  spec.bNames = p->bNames;
  Matrix *m = cmd_matrix_build(p, &spec);
  if( zHtml ){
    cmd_matrix_write_html(m, zHtml, "Cross-case synthesis", 1, 0);
  }else if( p->fmt==FMT_TEXT ){
    synthesis_text(m);
  }else{
    const char **azCol = xcalloc((size_t)m->nRow+2, sizeof(char*));
    azCol[0] = "category";
    azCol[1] = "factor";
    for(int r=0; r<m->nRow; r++) azCol[2+r] = m->azRow[r];
    Table *t = table_new(NULL, m->nRow+2, azCol);
    free(azCol);
    for(int k=0; k<m->nCode; k++){
      if( !qual_matrix_code_in_synthesis(m, k) ) continue;
      int i = table_row(t);
      char *zCat = qual_code_category(&m->aCode[k]);
      table_text(t, i, 0, zCat);
      table_text(t, i, 1, m->aCode[k].zName);
      free(zCat);
      for(int r=0; r<m->nRow; r++){
        char *z = synthesis_cell(qual_matrix_cell(m, r, k));
        table_text(t, i, 2+r, z);
        free(z);
      }
    }
    cli_print_table(p, t);
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

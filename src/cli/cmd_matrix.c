/*
** cmd_matrix.c: the framework matrix (`matrix`), charted summaries
** (`matrix summarize`) and the cross-case synthesis (`synthesis`); help
** text in cmd_qanalysis.h. The matrix itself is built by qual/matrix.c.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_qanalysis.h"
#include "qual/matrix.h"
#include "qual/matrix_html.h"
#include "store/st_qanalysis.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Build the matrix or die with the reason. Caller frees with qual_matrix_free(). */
static Matrix *build_or_die(Cli *p, const MxSpec *pSpec){
  Matrix *m;
  char *zErr;
  int rc = qual_matrix_build(p->pStore, pSpec, &m, &zErr);
  if( rc ) fatal(rc==STORE_ERROR ? EXIT_INTERNAL : EXIT_FAIL, "%s", zErr);
  return m;
}

/* Write the HTML page of m to zFile ("-": standard output). */
static void write_html(Matrix *m, const char *zFile, const char *zTitle, int bSynthesis, int bAll){
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

/* The quotes of a cell joined by zSep (caller frees). */
static char *join_quotes(const MxCell *c, const char *zSep){
  Sb sb = SB_INIT;
  for(int q=0; q<c->nQuote; q++){
    if( q ) sb_puts(&sb, zSep);
    sb_puts(&sb, c->azQuote[q]);
  }
  return sb_take(&sb);
}

int cmd_matrix(Cli *p){
  MxSpec spec = {0};
  spec.zRows = cli_opt(p, "--rows");
  spec.zCodes = cli_opt(p, "--codes");
  spec.zCoder = cli_opt(p, "--coder");
  const char *zHtml = cli_opt(p, "--html");
  spec.nQuote = (int)cli_opt_int(p, "--quotes", zHtml ? 2 : 0);
  int bAll = cli_flag(p, "--all");
  cli_args(p, 0, 0);
  if( spec.nQuote<0 ) fatal(EXIT_USAGE, "--quotes must be 0 or more");
  spec.nQuoteLen = 300;
  spec.bNames = p->bNames;
  Matrix *m = build_or_die(p, &spec);
  if( zHtml ){
    char *zTitle = xasprintf("Framework matrix by %s", m->zRowKind);
    write_html(m, zHtml, zTitle, 0, bAll);
    free(zTitle);
    qual_matrix_free(m);
    return EXIT_OK;
  }
  Table *t = table_newc(NULL, spec.nQuote>0 ? "row,code,segments,sources,coverage,summary,quotes"
                                            : "row,code,segments,sources,coverage,summary");
  for(int r=0; r<m->nRow; r++){
    for(int k=0; k<m->nCode; k++){
      MxCell *c = qual_matrix_cell(m, r, k);
      if( !bAll && c->nSeg==0 && !c->zSummary ) continue;
      int i = table_row(t);
      table_text(t, i, 0, m->azRow[r]);
      table_text(t, i, 1, m->aCode[k].zPath);
      table_int(t, i, 2, c->nSeg);
      table_int(t, i, 3, c->nSource);
      table_real(t, i, 4, c->rCoverage, 1);
      table_text(t, i, 5, c->zSummary);
      if( spec.nQuote>0 ){
        char *z = join_quotes(c, " | ");
        table_text(t, i, 6, z);
        free(z);
      }
    }
  }
  qual_matrix_free(m);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_matrix_summarize(Cli *p){
  const char *zText = cli_opt(p, "--text");
  const char *zKind = cli_opt(p, "--rows");
  const char *zReason = cli_opt(p, "--reason");
  int bClear = cli_flag(p, "--clear");
  cli_args(p, 2, 2);
  if( !zText == !bClear ) fatal(EXIT_USAGE, "give either --text TEXT or --clear");
  if( zText && !zText[0] ) fatal(EXIT_USAGE, "--text is empty; use --clear to remove a summary");
  const char *zRow = p->azArg[0], *zCode = p->azArg[1];
  MxSpec spec = {0};
  spec.zRows = zKind;
  Matrix *m = build_or_die(p, &spec);
  int bFound = 0;
  Sb rows = SB_INIT;
  for(int r=0; r<m->nRow; r++){
    if( strcmp(m->azRow[r], zRow)==0 ) bFound = 1;
    sb_printf(&rows, "%s%s", r ? ", " : "", m->azRow[r]);
  }
  if( !bFound ){
    char *zRows = sb_take(&rows);
    qual_matrix_free(m);
    fatal(EXIT_FAIL, "no row '%s' among rows by %s (rows: %s)", zRow, zKind ? zKind : "partnership", zRows);
  }
  sb_free(&rows);
  int bChanged;
  int rc = st_summary_set(p->pStore, m->zRowKind, zRow, zCode, zText, NULL, zReason, &bChanged);
  qual_matrix_free(m);
  if( rc ) fatal_store(p, rc);
  if( !bChanged ) printf("summary of %s x %s unchanged\n", zRow, zCode);
  else printf("summary of %s x %s %s\n", zRow, zCode, zText ? "saved" : "removed");
  return EXIT_OK;
}

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

int cmd_synthesis(Cli *p){
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
  Matrix *m = build_or_die(p, &spec);
  if( zHtml ){
    write_html(m, zHtml, "Cross-case synthesis", 1, 0);
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

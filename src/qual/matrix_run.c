/*
** matrix_run.c: the matrix of `matrix` as a table and the use case of
** `matrix summarize` (see matrix.h).
*/
#include <stdlib.h>
#include <string.h>
#include "qual/matrix.h"
#include "util/sb.h"

/* The quotes of a cell joined by zSep (caller frees). */
static char *join_quotes(const MxCell *c, const char *zSep){
  Sb sb = SB_INIT;
  for(int q=0; q<c->nQuote; q++){
    if( q ) sb_puts(&sb, zSep);
    sb_puts(&sb, c->azQuote[q]);
  }
  return sb_take(&sb);
}

Table *qual_matrix_table(Matrix *m, int nQuote, int bAll){
  Table *t = table_newc(NULL, nQuote>0 ? "row,code,segments,sources,coverage,summary,quotes"
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
      if( nQuote>0 ){
        char *z = join_quotes(c, " | ");
        table_text(t, i, 6, z);
        free(z);
      }
    }
  }
  return t;
}

int qual_matrix_summarize(Store *p, const MxSummaryOpts *o, int *pbChanged, Err *pErr){
  *pbChanged = 0;
  if( !o->zText == !o->bClear ) return err_set(pErr, ERR_USAGE, "give either --text TEXT or --clear");
  if( o->zText && !o->zText[0] ) return err_set(pErr, ERR_USAGE, "--text is empty; use --clear to remove a summary");
  MxSpec spec = {0};
  spec.zRows = o->zRows;
  Matrix *m;
  if( qual_matrix(p, &spec, &m, pErr) ) return pErr->e;
  int bFound = 0;
  Sb rows = SB_INIT;
  for(int r=0; r<m->nRow; r++){
    if( strcmp(m->azRow[r], o->zRow)==0 ) bFound = 1;
    sb_printf(&rows, "%s%s", r ? ", " : "", m->azRow[r]);
  }
  if( !bFound ){
    err_set(pErr, ERR_FAIL, "no row '%s' among rows by %s (rows: %s)", o->zRow, o->zRows ? o->zRows : "partnership", sb_str(&rows));
    sb_free(&rows);
    qual_matrix_free(m);
    return ERR_FAIL;
  }
  sb_free(&rows);
  int rc = qual_matrix_summary_set(p, m->zRowKind, o->zRow, o->zCode, o->zText, NULL, o->zReason, pbChanged);
  qual_matrix_free(m);
  return rc ? store_err(p, rc, pErr) : 0;
}

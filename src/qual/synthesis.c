/*
** synthesis.c: the use case of `synthesis`, the cross-case synthesis over
** the framework matrix by partnership, as a table or a report to read in a
** terminal (see matrix.h; matrix_html.c writes it as HTML).
*/
#include <stdlib.h>
#include <string.h>
#include "qual/matrix.h"
#include "util/sb.h"
#include "util/xalloc.h"

int qual_synthesis(Store *p, const SynthesisOpts *o, Matrix **ppOut, Err *pErr){
  MxSpec spec = {0};
  spec.zRows = "partnership";
  spec.zCodes = o->zCodes;
  spec.zCoder = o->zCoder;
  spec.nQuote = o->nQuote;
  spec.nQuoteLen = 300;
  spec.bNames = o->bNames;
  return qual_matrix(p, &spec, ppOut, pErr);
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

Table *qual_synthesis_table(Matrix *m){
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
  return t;
}

char *qual_synthesis_text(Matrix *m){
  Sb sb = SB_INIT;
  sb_puts(&sb, "Cross-case synthesis:");
  for(int r=0; r<m->nRow; r++) sb_printf(&sb, "%s %s", r ? "," : "", m->azRow[r]);
  sb_putc(&sb, '\n');
  char *zLastCat = NULL;
  for(int k=0; k<m->nCode; k++){
    if( !qual_matrix_code_in_synthesis(m, k) ) continue;
    char *zCat = qual_code_category(&m->aCode[k]);
    if( !zLastCat || strcmp(zCat, zLastCat)!=0 ) sb_printf(&sb, "\n== %s ==\n", zCat[0] ? zCat : "(top level)");
    free(zLastCat);
    zLastCat = zCat;
    sb_printf(&sb, "\n%s\n", m->aCode[k].zName);
    for(int r=0; r<m->nRow; r++){
      MxCell *c = qual_matrix_cell(m, r, k);
      sb_printf(&sb, "  %s: %s\n", m->azRow[r], c->zSummary ? c->zSummary : (c->nSeg ? "(no summary yet)" : "(nothing coded)"));
      for(int q=0; q<c->nQuote; q++) sb_printf(&sb, "      %s\n", c->azQuote[q]);
    }
  }
  free(zLastCat);
  return sb_take(&sb);
}

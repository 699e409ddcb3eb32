/* matrix_html.c: the framework matrix and the cross-case synthesis as HTML (see matrix_html.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "qual/codebook.h"
#include "qual/matrix_html.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static const char zCss[] =
  "body{font-family:sans-serif;margin:2em;color:#222}"
  "table{border-collapse:collapse;width:100%}"
  "th,td{border:1px solid #bbb;padding:.4em;vertical-align:top;text-align:left}"
  "th.cat{background:#e8eef5;font-size:1.05em}"
  "td.code{font-weight:bold;width:14em}"
  ".n{color:#555;font-size:.85em}.sum{margin:.2em 0}"
  "blockquote{margin:.3em 0 .3em 1em;font-style:italic;color:#333}";

char *matrix_count_words(const MxCell *x){
  char *zSeg = i18n_asprintf(ngettext("%lld segment", "%lld segments", (unsigned long)x->nSeg), (long long)x->nSeg);
  char *zSrc = i18n_asprintf(ngettext("%lld source", "%lld sources", (unsigned long)x->nSource),
                             (long long)x->nSource);
  char *z = xasprintf("%s, %s", zSeg, zSrc);
  free(zSeg); free(zSrc);
  return z;
}

void matrix_html(Matrix *m, const char *zTitle, int bSynthesis, int bAll, Sb *pOut){
  html_printf(pOut, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%h</title>"
              "<style>%s</style></head><body>\n<h1>%h</h1>\n", i18n_lang(), zTitle, zCss, zTitle);
  html_printf(pOut, "<table>\n<tr><th>%h</th>", bSynthesis ? C_("matrix", "factor") : C_("matrix", "code"));
  for(int r=0; r<m->nRow; r++) html_printf(pOut, "<th>%h</th>", m->azRow[r]);
  html_printf(pOut, "</tr>\n");
  char *zLastCat = NULL;
  for(int k=0; k<m->nCode; k++){
    int bShow = bSynthesis ? qual_matrix_code_in_synthesis(m, k) : (bAll || qual_matrix_code_used(m, k));
    if( !bShow ) continue;
    const QualCode *c = &m->aCode[k];
    /* The category: the path in the messages' language less the name. */
    char *zCat = codebook_path_words(m->aCode, m->nCode, k);
    char *zSlash = strrchr(zCat, '/');
    if( zSlash ) *zSlash = 0; else zCat[0] = 0;
    if( zCat[0] && (!zLastCat || strcmp(zCat, zLastCat)!=0) ){
      html_printf(pOut, "<tr><th class=\"cat\" colspan=\"%d\">%h</th></tr>\n", m->nRow+1, zCat);
    }
    free(zLastCat);
    zLastCat = zCat;
    html_printf(pOut, "<tr><td class=\"code\">%h</td>", codebook_word(c->zName, c->bBuiltin));
    for(int r=0; r<m->nRow; r++){
      MxCell *x = qual_matrix_cell(m, r, k);
      html_printf(pOut, "<td>");
      if( !bSynthesis ){
        char *zN = matrix_count_words(x);
        html_printf(pOut, "<div class=\"n\">%h", zN);
        free(zN);
        if( !isnan(x->rCoverage) ){
          char *z = i18n_asprintf(_("%.1f%% coverage"), x->rCoverage);
          html_printf(pOut, ", %h", z);
          free(z);
        }
        html_printf(pOut, "</div>");
      }
      if( x->zSummary ) html_printf(pOut, "<p class=\"sum\">%h</p>", x->zSummary);
      for(int q=0; q<x->nQuote; q++) html_printf(pOut, "<blockquote>%h</blockquote>", x->azQuote[q]);
      html_printf(pOut, "</td>");
    }
    html_printf(pOut, "</tr>\n");
  }
  free(zLastCat);
  html_printf(pOut, "</table>\n</body></html>\n");
}

/*
** ws_analysis.c: the analysis pages of the workspace, drawn by the same
** functions as `synergist matrix` and `synergist agreement`:
**   GET /w/matrix?rows=partnership|participant[&view=synthesis]  the
**       framework matrix (or the cross-case synthesis: summaries of the
**       codes `synthesis` shows, no counts) of the
**       user's partnerships (codes down, rows across): counts, coverage,
**       the charted summary (evaluators edit it in place: POST /w/summary,
**       qual_matrix_summary_set, audited) and a link to the cell's quotes in context;
**   GET /w/quotes?code=ID&row=ROW&rows=KIND  a cell's segments, each linked
**       to its place in the source view;
**   GET /w/agreement?a=CODER&b=CODER[&s=SOURCE]  per-code percent agreement,
**       Cohen's kappa and Krippendorff's alpha of two coders, and the spans
**       only one of them coded, each highlighted in the source view.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "qual/agreement_run.h"
#include "qual/excerpt.h"
#include "qual/matrix.h"
#include "qual/redact.h"
#include "store/st_qanalysis.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The partnership a matrix row belongs to: the row for "partnership", the
** part before '/' for "participant" ("PCCP/011"). Into zOut (64 bytes). */
static void row_partnership(const char *zKind, const char *zRow, char *zOut){
  size_t n = strcmp(zKind, "participant")==0 ? strcspn(zRow, "/") : strlen(zRow);
  if( n>63 ) n = 63;
  memcpy(zOut, zRow, n);
  zOut[n] = 0;
}

void ws_matrix(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zRows = sv_query(r, "rows");
  if( !zRows || strcmp(zRows, "participant")!=0 ) zRows = "partnership";
  MxSpec spec = {0};
  spec.zRows = zRows;
  spec.nQuote = 0;
  Matrix *m = NULL;
  Err err = ERR_INIT;
  if( qual_matrix(r->pStore, &spec, &m, &err) ){
    ws_page_begin(r, sv_t(r, N_("Framework matrix")), 0);
    sv_printf(r, "<h1>%h</h1>\n<p>%h</p>\n", sv_t(r, N_("Framework matrix")), err.zMsg ? err.zMsg : "");
    err_clear(&err);
    sv_app_end(r);
    return;
  }
  int bEdit = sv_may(r, ROLE_EVALUATOR, NULL);
  const char *zView = sv_query(r, "view");
  int bSyn = zView && strcmp(zView, "synthesis")==0;
  const char *zTitle = bSyn ? sv_t(r, N_("Cross-case synthesis")) : sv_t(r, N_("Framework matrix"));
  ws_page_begin(r, zTitle, 0);
  sv_printf(r, "<h1>%h</h1>\n<p><a href=\"/w/matrix?rows=partnership\">%h</a> &middot; <a href=\"/w/matrix?rows=participant\">%h</a>"
               " &middot; <a href=\"/w/matrix?rows=partnership&amp;view=synthesis\">%h</a></p>\n",
            zTitle, sv_t(r, N_("By partnership")), sv_t(r, N_("By participant")), sv_t(r, N_("Cross-case synthesis")));
  int *aRow = xmalloc(sizeof(int)*(size_t)(m->nRow+1));
  int nRow = 0;
  for(int i=0; i<m->nRow; i++){
    char zP[64];
    row_partnership(zRows, m->azRow[i], zP);
    if( sv_may(r, ROLE_CODER, zP) ) aRow[nRow++] = i;
  }
  sv_printf(r, "<div class=\"mxwrap\"><table class=\"mx\">\n<thead><tr><th scope=\"col\">%h</th>", sv_t(r, N_("Code")));
  for(int k=0; k<nRow; k++) sv_printf(r, "<th scope=\"col\">%h</th>", m->azRow[aRow[k]]);
  sv_printf(r, "</tr></thead>\n<tbody>\n");
  for(int c=0; c<m->nCode; c++){
    if( bSyn ? !qual_matrix_code_in_synthesis(m, c) : !qual_matrix_code_used(m, c) ) continue;
    const QualCode *qc = &m->aCode[c];
    sv_printf(r, "<tr><th scope=\"row\"><span class=\"code k%lld\" title=\"%h\">%h</span></th>", (long long)qc->id, qc->zPath, qc->zName);
    for(int k=0; k<nRow; k++){
      MxCell *x = qual_matrix_cell(m, aRow[k], c);
      sv_printf(r, "<td>");
      if( x->nSeg && !bSyn ){
        /* Counts and coverage in the page's language (this thread's). */
        sv_printf(r, "<a href=\"/w/quotes?code=%lld&amp;rows=%U&amp;row=%U\">%lld %h, %lld %h</a>",
                  (long long)qc->id, zRows, m->azRow[aRow[k]],
                  (long long)x->nSeg, ngettext("segment", "segments", (unsigned long)x->nSeg),
                  (long long)x->nSource, ngettext("source", "sources", (unsigned long)x->nSource));
        if( !isnan(x->rCoverage) ){
          char *zPct = i18n_asprintf("%.1f%%", x->rCoverage);
          sv_printf(r, "<br><span class=\"muted\">%h</span>", zPct);
          free(zPct);
        }
      }
      if( x->zSummary ) sv_printf(r, "<p class=\"sum\">%h</p>", x->zSummary);
      if( x->nSeg && bSyn ){
        sv_printf(r, "<a href=\"/w/quotes?code=%lld&amp;rows=%U&amp;row=%U\">%h</a>", (long long)qc->id, zRows,
                  m->azRow[aRow[k]], sv_t(r, N_("Quotes in context")));
      }
      if( bEdit ){
        sv_printf(r, "<details><summary>%h</summary><form method=\"post\" action=\"/w/summary\">", sv_t(r, N_("Edit the summary")));
        sv_csrf_field(r);
        sv_printf(r, "<input type=\"hidden\" name=\"rows\" value=\"%h\"><input type=\"hidden\" name=\"row\" value=\"%h\">"
                     "<input type=\"hidden\" name=\"code\" value=\"%h\"><label for=\"sm%d-%d\">%h</label>"
                     "<textarea id=\"sm%d-%d\" name=\"text\" rows=\"3\">%h</textarea><button type=\"submit\">%h</button></form></details>",
                  zRows, m->azRow[aRow[k]], qc->zPath, c, k, sv_t(r, N_("Summary")), c, k, x->zSummary ? x->zSummary : "",
                  sv_t(r, N_("Save")));
      }
      sv_printf(r, "</td>");
    }
    sv_printf(r, "</tr>\n");
  }
  sv_printf(r, "</tbody></table></div>\n");
  free(aRow);
  qual_matrix_free(m);
  sv_app_end(r);
}

void ws_quotes(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zRows = sv_query(r, "rows"), *zRow = sv_query(r, "row"), *zCode = sv_query(r, "code");
  if( !zRows || strcmp(zRows, "participant")!=0 ) zRows = "partnership";
  char zP[64];
  if( !zRow || !zCode ){ sv_app_message(r, 404, N_("Page not found"), N_("There is no page at this address.")); return; }
  row_partnership(zRows, zRow, zP);
  if( !sv_require(r, ROLE_CODER, zP) ) return;
  QualCode *aCode = NULL; int nCode = 0;
  const QualCode *pCode = NULL;
  if( qual_codes(r->pStore, &aCode, &nCode)==STORE_OK ){
    for(int i=0; i<nCode; i++) if( aCode[i].id==strtoll(zCode, NULL, 10) ) pCode = &aCode[i];
  }
  if( !pCode ){
    st_codes_free(aCode, nCode);
    sv_app_message(r, 404, N_("Code not found"), N_("There is no such code."));
    return;
  }
  SegFilter f = {0};
  f.zCode = pCode->zPath;
  f.bSubtree = 1;
  f.zPartnership = zP;
  QualSegment *aSeg = NULL; int nSeg = 0;
  qual_segments(r->pStore, &f, &aSeg, &nSeg);
  char *zTitle = xasprintf("%s: %s", zRow, pCode->zPath);
  ws_page_begin(r, zTitle, 0);
  sv_printf(r, "<h1>%h</h1>\n<ol class=\"quotes\">\n", zTitle);
  free(zTitle);
  const char *zPid = strcmp(zRows, "participant")==0 ? zRow + strlen(zP) + (zRow[strlen(zP)]=='/') : NULL;
  QualSource src = {0};
  for(int i=0; i<nSeg; i++){
    const QualSegment *g = &aSeg[i];
    if( zPid && (!g->zParticipant || strcmp(g->zParticipant, zPid)!=0) ) continue;
    if( !src.zName || strcmp(src.zName, g->zSource)!=0 ){
      st_source_clear(&src);
      if( qual_source(r->pStore, g->zSource, 1, &src) ) continue;
    }
    char *zEx = qual_excerpt(src.zText, g->iStart, g->iEnd, 300, NULL);
    sv_printf(r, "<li><blockquote>%h</blockquote><p><a href=\"/w/source?s=%U&amp;hl=%lld-%lld#hit\">%h [%lld, %lld)</a>"
                 " <span class=\"muted\">%h &middot; %h</span></p></li>\n", zEx, g->zSource, (long long)g->iStart,
              (long long)g->iEnd, g->zSource, (long long)g->iStart, (long long)g->iEnd, g->zCodePath, g->zCoder);
    free(zEx);
  }
  st_source_clear(&src);
  sv_printf(r, "</ol>\n");
  st_segments_free(aSeg, nSeg);
  st_codes_free(aCode, nCode);
  sv_app_end(r);
}

typedef struct SumArgs { char *zRows, *zRow, *zCode, *zText, *zWho; } SumArgs;
static void sum_free(void *p){
  SumArgs *a = p;
  free(a->zRows); free(a->zRow); free(a->zCode); free(a->zText); free(a->zWho); free(a);
}
static int write_summary(Store *p, SvJob *j){
  SumArgs *a = j->pArg;
  return qual_matrix_summary_set(p, a->zRows, a->zRow, a->zCode, a->zText, a->zWho, NULL, NULL);
}
static int after_summary(SvReq *r){
  if( ws_job_failed(r) ) return 0;
  SumArgs *a = r->pJob->pArg;
  Sb b = SB_INIT;
  html_printf(&b, "/w/matrix?rows=%U", a->zRows);
  sv_redirect(r, "%s", sb_str(&b));
  sb_free(&b);
  return 0;
}

void ws_summary_post(SvReq *r){
  const char *zRows = sv_form_get(&r->form, "rows"), *zRow = sv_form_get(&r->form, "row");
  const char *zCode = sv_form_get(&r->form, "code"), *zText = sv_form_get(&r->form, "text");
  char zP[64] = "";
  if( zRows && zRow ) row_partnership(zRows, zRow, zP);
  if( !sv_require_post(r, ROLE_EVALUATOR, zP[0] ? zP : NULL) ) return;
  if( !zRows || (strcmp(zRows, "partnership")!=0 && strcmp(zRows, "participant")!=0) || !zRow || !zRow[0] || !zCode || !zText ){
    ws_refused(r, 400, sv_t(r, N_("rows, row, code and text are needed.")));
    return;
  }
  SumArgs *a = xcalloc(1, sizeof(*a));
  a->zRows = xstrdup(zRows); a->zRow = xstrdup(zRow); a->zCode = xstrdup(zCode);
  a->zText = xstrdup(zText); a->zWho = xstrdup(sv_who(r));
  ws_queue(r, write_summary, a, sum_free, after_summary);
}

/* A <select> of the coders named zName with zCur chosen. */
static void coder_select(SvReq *r, const Table *t, const char *zName, const char *zLabel, const char *zCur){
  sv_printf(r, "<label for=\"ag%s\">%h</label> <select id=\"ag%s\" name=\"%s\">", zName, zLabel, zName, zName);
  for(int i=0; i<t->nRow; i++){
    const char *z = table_cell(t, i, 0)->z;
    sv_printf(r, "<option%s>%h</option>", zCur && strcmp(zCur, z)==0 ? " selected" : "", z);
  }
  sv_printf(r, "</select>\n");
}

void ws_agreement(SvReq *r){
  if( !sv_require(r, ROLE_EVALUATOR, NULL) ) return;
  const char *zA = sv_query(r, "a"), *zB = sv_query(r, "b"), *zS = sv_query(r, "s");
  if( zS && !zS[0] ) zS = NULL;
  Table *tCoder = table_newc(NULL, "coder,segments,sources");
  qual_coders(r->pStore, tCoder);
  ws_page_begin(r, sv_t(r, N_("Agreement")), 0);
  sv_printf(r, "<h1>%h</h1>\n<form method=\"get\" action=\"/w/agreement\">\n", sv_t(r, N_("Agreement between two coders")));
  coder_select(r, tCoder, "a", sv_t(r, N_("First coder")), zA);
  coder_select(r, tCoder, "b", sv_t(r, N_("Second coder")), zB);
  sv_printf(r, "<label for=\"ags\">%h</label> <input id=\"ags\" name=\"s\" value=\"%h\">\n<button type=\"submit\">%h</button>\n</form>\n",
            sv_t(r, N_("Source (empty: every shared source)")), zS ? zS : "", sv_t(r, N_("Compare")));
  table_free(tCoder);
  if( !zA || !zB ){ sv_app_end(r); return; }
  const char *azCoder[2] = { zA, zB };
  Table *tStat = NULL, *tDiff = NULL;
  int nShared = 0;
  char *zErr = NULL;
  Redactor *pRed = redactor_for_study(r->pStore);
  int rc = agreement_run(r->pStore, azCoder, zS, NULL, 0, pRed, &tStat, &tDiff, &nShared, &zErr);
  redactor_free(pRed);
  if( rc ){
    sv_printf(r, "<p class=\"err\" role=\"alert\">%h</p>\n", zErr ? zErr : store_errmsg(r->pStore));
    free(zErr);
    sv_app_end(r);
    return;
  }
  sv_printf(r, "<p>%h: %d</p>\n<table class=\"list\"><thead><tr><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
               "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead><tbody>\n",
            sv_t(r, N_("Sources both coded")), nShared, sv_t(r, N_("Code")), sv_t(r, N_("Agreement (%)")),
            sv_t(r, N_("Cohen's kappa")), sv_t(r, N_("Krippendorff's alpha")));
  for(int i=0; i<tStat->nRow; i++){
    sv_printf(r, "<tr>");
    for(int k=0; k<4; k++){
      char *z = table_cell_str(tStat, i, k);
      sv_printf(r, k ? "<td>%h</td>" : "<th scope=\"row\">%h</th>", z);
      free(z);
    }
    sv_printf(r, "</tr>\n");
  }
  sv_printf(r, "</tbody></table>\n<h2>%h</h2>\n<ol class=\"dis\">\n", sv_t(r, N_("Spans only one coder coded")));
  QualSource src = {0};
  for(int i=0; i<tDiff->nRow; i++){
    const char *zSrc = table_cell(tDiff, i, 0)->z;
    if( !src.zName || strcmp(src.zName, zSrc)!=0 ){
      st_source_clear(&src);
      if( qual_source(r->pStore, zSrc, 0, &src) ) continue;
    }
    if( !sv_may(r, ROLE_CODER, src.zPartnership) ) continue;
    long long a = table_cell(tDiff, i, 2)->i, b = table_cell(tDiff, i, 3)->i;
    sv_printf(r, "<li><a href=\"/w/source?s=%U&amp;hl=%lld-%lld#hit\">%h [%lld, %lld)</a> %h &middot; %h %h: <q>%h</q></li>\n",
              zSrc, a, b, zSrc, a, b, table_cell(tDiff, i, 1)->z, sv_t(r, N_("coded by")),
              table_cell(tDiff, i, 4)->z, table_cell(tDiff, i, 5)->z);
  }
  st_source_clear(&src);
  sv_printf(r, "</ol>\n");
  table_free(tStat);
  table_free(tDiff);
  sv_app_end(r);
}

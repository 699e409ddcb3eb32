/*
** ws_search.c: search in the workspace (GET /w/search?q=QUERY&p=P&c=CODE):
** the query language of `synergist search` (qual/query.h, run by the
** search use case, qual/search.h) over the sources of the user's
** partnerships, each hit in its context (keyword in
** context, pseudonymised as the command shows it), a link to the hit in
** the source view, and a one-click form coding the hit with code c.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "qual/redact.h"
#include "qual/search.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define WS_SEARCH_LIMIT 200    /* paragraphs read */
#define WS_HITS_SHOWN 300      /* hits listed (a word repeated in a paragraph has many) */

void ws_search(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zQ = sv_query(r, "q");
  const char *zP = sv_query(r, "p");
  const char *zC = sv_query(r, "c");
  if( zP && !zP[0] ) zP = NULL;
  if( zC && !zC[0] ) zC = NULL;
  if( zP && !sv_require(r, ROLE_CODER, zP) ) return;
  ws_page_begin(r, sv_t(r, N_("Search")), 0);
  sv_printf(r, "<h1>%h</h1>\n<form method=\"get\" action=\"/w/search\" class=\"search\">\n"
               "<label for=\"q\">%h</label> <input id=\"q\" name=\"q\" value=\"%h\" required>\n"
               "<label for=\"sp\">%h</label> <input id=\"sp\" name=\"p\" value=\"%h\" size=\"8\">\n"
               "<label for=\"sc\">%h</label> <input id=\"sc\" name=\"c\" value=\"%h\" list=\"codelist\" autocomplete=\"off\">\n"
               "<button type=\"submit\">%h</button>\n</form>\n",
            sv_t(r, N_("Search")), sv_t(r, N_("Words")), zQ ? zQ : "", sv_t(r, N_("Partnership (empty: all of yours)")),
            zP ? zP : "", sv_t(r, N_("Code to apply to hits")), zC ? zC : "", sv_t(r, N_("Search")));
  QualCode *aCode = NULL; int nCode = 0;
  if( qual_codes(r->pStore, &aCode, &nCode)==STORE_OK ) ws_code_datalist(r, aCode, nCode, NULL, 0);
  st_codes_free(aCode, nCode);
  if( !zQ || !zQ[0] ){ sv_app_end(r); return; }
  SearchFilter f = {0};
  f.zPartnership = zP;
  Redactor *pRed = redactor_for_study(r->pStore);
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  int bMore = 0;
  char *zErr = NULL;
  int rc = qual_search(r->pStore, zQ, &f, WS_SEARCH_LIMIT, 60, pRed, t, &bMore, &zErr);
  redactor_free(pRed);
  if( rc==STORE_QUERY ){
    sv_printf(r, "<p class=\"err\" role=\"alert\">%h</p>\n", zErr);
    free(zErr);
    table_free(t);
    sv_app_end(r);
    return;
  }
  /* Where a coded hit brings the user back. */
  Sb back = SB_INIT;
  html_printf(&back, "/w/search?q=%U&p=%U&c=%U", zQ, zP ? zP : "", zC ? zC : "");
  int nShown = 0, bCut = 0;
  if( rc==STORE_OK ){
    sv_printf(r, "<ol class=\"hits\">\n");
    for(int i=0; i<t->nRow; i++){
      const char *zSrc = table_cell(t, i, 0)->z, *zPart = table_cell(t, i, 1)->z;
      if( !sv_may(r, ROLE_CODER, zPart) ) continue;
      if( nShown==WS_HITS_SHOWN ){ bCut = 1; break; }
      nShown++;
      long long a = table_cell(t, i, 3)->i, b = table_cell(t, i, 4)->i;
      sv_printf(r, "<li><p><a href=\"/w/source?s=%U&amp;hl=%lld-%lld#hit\">%h</a> <span class=\"muted\">%h",
                zSrc, a, b, zSrc, zPart);
      if( table_cell(t, i, 2)->z ) sv_printf(r, " %h", table_cell(t, i, 2)->z);
      sv_printf(r, "</span></p>\n<p class=\"kwic\">%h</p>\n<form method=\"post\" action=\"/w/code\" class=\"inline\">", table_cell(t, i, 5)->z);
      sv_csrf_field(r);
      sv_printf(r, "<input type=\"hidden\" name=\"s\" value=\"%h\"><input type=\"hidden\" name=\"start\" value=\"%lld\">"
                   "<input type=\"hidden\" name=\"end\" value=\"%lld\"><input type=\"hidden\" name=\"back\" value=\"%h\">",
                zSrc, a, b, sb_str(&back));
      if( zC ){
        sv_printf(r, "<input type=\"hidden\" name=\"code\" value=\"%h\"><button type=\"submit\">%h %h</button>", zC,
                  sv_t(r, N_("Code as")), zC);
      }else{
        sv_printf(r, "<label for=\"hc%d\">%h</label> <input id=\"hc%d\" name=\"code\" list=\"codelist\" required autocomplete=\"off\">"
                     " <button type=\"submit\">%h</button>", i, sv_t(r, N_("Code")), i, sv_t(r, N_("Code the hit")));
      }
      sv_printf(r, "</form></li>\n");
    }
    sv_printf(r, "</ol>\n");
    if( !nShown ) sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("No hits.")));
    if( bCut ){
      char *z = xasprintf(sv_t(r, N_("Only the first %d hits are shown: make the query narrower.")), WS_HITS_SHOWN);
      sv_printf(r, "<p class=\"muted\">%h</p>\n", z);
      free(z);
    }else if( bMore ){
      sv_printf(r, "<p class=\"muted\">%h</p>\n", sv_t(r, N_("More paragraphs match: make the query narrower.")));
    }
  }else{
    sv_printf(r, "<p class=\"err\" role=\"alert\">%h</p>\n", store_errmsg(r->pStore));
  }
  sb_free(&back);
  table_free(t);
  sv_app_end(r);
}

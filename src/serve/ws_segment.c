/*
** ws_segment.c: one coded segment (GET /w/segment?id=N): its passage in
** context, code, coder and memos, with the forms to recode or remove it
** and to add a memo. The page works without the script; coding.js offers
** the same forms in a panel over the text.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "qual/excerpt.h"
#include "qual/segment.h"
#include "qual/coding.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void ws_segment(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zId = sv_query(r, "id");
  QualSegment g;
  char *zEnd = NULL;
  long long id = zId ? strtoll(zId, &zEnd, 10) : 0;
  if( !zId || *zEnd || id<=0 || qual_segment_get(r->pStore, id, &g)!=STORE_OK ){
    sv_app_message(r, 404, N_("Segment not found"), N_("There is no such segment: it may have been removed."));
    return;
  }
  QualSource src;
  if( !ws_source_open(r, g.zSource, 1, &src) ){
    free(g.zSource); free(g.zPartnership); free(g.zCodePath); free(g.zCoder);
    return;
  }
  char *zTitle = xasprintf("%s %lld", sv_t(r, N_("Segment")), id);
  ws_page_begin(r, zTitle, 0);
  free(zTitle);
  char *zPassage = segment_slice(src.zText, g.iStart, g.iEnd);
  int64_t a = g.iStart>120 ? g.iStart-120 : 0, b = g.iEnd+120<src.nCp ? g.iEnd+120 : src.nCp;
  char *zBefore = segment_slice(src.zText, a, g.iStart), *zAfter = segment_slice(src.zText, g.iEnd, b);
  sv_printf(r, "<h1>%h %lld</h1>\n<dl class=\"seg\"><dt>%h</dt><dd><a href=\"/w/source?s=%U#g%lld\">%h</a></dd>"
               "<dt>%h</dt><dd class=\"k%lld code\">%h</dd><dt>%h</dt><dd>%h</dd><dt>%h</dt><dd>[%lld, %lld)</dd></dl>\n"
               "<blockquote class=\"ctx\">%s%h<mark>%h</mark>%h%s</blockquote>\n",
            sv_t(r, N_("Segment")), id, sv_t(r, N_("Source")), g.zSource, id, g.zSource,
            sv_t(r, N_("Code")), (long long)g.iCode, g.zCodePath, sv_t(r, N_("Coder")), g.zCoder,
            sv_t(r, N_("Characters")), (long long)g.iStart, (long long)g.iEnd,
            a>0 ? "&hellip;" : "", zBefore, zPassage, zAfter, b<src.nCp ? "&hellip;" : "");
  free(zPassage); free(zBefore); free(zAfter);
  char zT[24];
  snprintf(zT, sizeof(zT), "%lld", id);
  ws_memo_section(r, "segment", zT, N_("Memos"));
  sv_printf(r, "<h2>%h</h2>\n<form method=\"post\" action=\"/w/segment/recode\">", sv_t(r, N_("Change the coding")));
  sv_csrf_field(r);
  sv_printf(r, "<input type=\"hidden\" name=\"id\" value=\"%lld\">\n<label for=\"rcode\">%h</label> "
               "<input id=\"rcode\" name=\"code\" list=\"codelist\" required autocomplete=\"off\">\n"
               "<button type=\"submit\">%h</button></form>\n", id, sv_t(r, N_("New code")), sv_t(r, N_("Recode")));
  QualCode *aCode = NULL; int nCode = 0;
  if( qual_codes(r->pStore, &aCode, &nCode)==STORE_OK ) ws_code_datalist(r, aCode, nCode, NULL, 0);
  st_codes_free(aCode, nCode);
  sv_printf(r, "<form method=\"post\" action=\"/w/segment/remove\">");
  sv_csrf_field(r);
  sv_printf(r, "<input type=\"hidden\" name=\"id\" value=\"%lld\"><button type=\"submit\" class=\"danger\">%h</button></form>\n",
            id, sv_t(r, N_("Remove this segment")));
  sv_app_end(r);
  st_source_clear(&src);
  free(g.zSource); free(g.zPartnership); free(g.zCodePath); free(g.zCoder);
}

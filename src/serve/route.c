/*
** route.c: the one routing table of the server: each path pattern (see
** sv_route_match in request.h) with the methods it takes and its handler.
** Pages of later areas add their rows here.
*/
#include <string.h>
#include "serve/auth.h"
#include "serve/serve_int.h"
#include "serve/ws.h"

static const SvRoute aRoute[] = {
  { "/",                  0,       sv_home },
  { "/start",             0,       sv_start },
  { "/style.css",         0,       sv_style },
  { "/s/{token}",         0,       sv_welcome },
  { "/s/{token}/p/{n}",   0,       sv_page_get },
  { "/s/{token}/p/{n}",   SV_POST, sv_page_post },
  { "/s/{token}/review",  0,       sv_review },
  { "/s/{token}/submit",  SV_POST, sv_submit },
  { "/s/{token}/thanks",  0,       sv_thanks },
  { "/s/{token}/network", 0,       sv_ties_get },
  { "/s/{token}/network", SV_POST, sv_ties_post },
  { "/s/{token}/network/ratings", 0,       sv_ties_ratings_get },
  { "/s/{token}/network/ratings", SV_POST, sv_ties_ratings_post },
  { "/s/{token}/network/saved",   0,       sv_ties_saved },
  /* the evaluators' workspace (serve/auth.h) */
  { "/app.css",           0,       sv_app_style },
  { "/signin",            0,       sv_signin_get },
  { "/signin",            SV_POST, sv_signin_post },
  { "/signout",           SV_POST, sv_signout },
  { "/programme",         0,       sv_programme },
  { "/report.css",        0,       sv_report_style },
  { "/partnership/{p}",   0,       sv_partnership },
  { "/partnership/{p}/report.html", 0, sv_report_html },
  { "/partnership/{p}/report.xlsx", 0, sv_report_xlsx },
  { "/partnership/{p}/survey", 0,     sv_survey_admin },
  { "/partnership/{p}/tokens", 0,     sv_survey_tokens },
  { "/users",             0,       sv_users },
  { "/users/add",         SV_POST, sv_users_add },
  { "/users/{p}/remove",  SV_POST, sv_users_remove },
  { "/users/{p}/edit",    0,       sv_users_edit },
  { "/users/{p}/edit",    SV_POST, sv_users_edit_post },
  { "/users/{p}/password", SV_POST, sv_users_password_post },
  /* the coding workspace (ws_*.c) */
  { "/w/coding.js",       0,       ws_js },
  { "/w/coding.css",      0,       ws_css },
  { "/w/codes.css",       0,       ws_codes_css },
  { "/w/sources",         0,       ws_sources },
  { "/w/source",          0,       ws_source },
  { "/w/source/part",     0,       ws_source_part },
  { "/w/segment",         0,       ws_segment },
  { "/w/code",            SV_POST, ws_code_post },
  { "/w/segment/remove",  SV_POST, ws_remove_post },
  { "/w/segment/recode",  SV_POST, ws_recode_post },
  { "/w/memo",            SV_POST, ws_memo_post },
  { "/w/suggestions",     SV_POST, ws_suggest_post },
  { "/w/undo",            SV_POST, ws_undo_post },
  { "/w/redo",            SV_POST, ws_redo_post },
  { "/w/codebook",        0,       ws_codebook },
  { "/w/codebook",        SV_POST, ws_codebook_post },
  { "/w/search",          0,       ws_search },
  { "/w/matrix",          0,       ws_matrix },
  { "/w/quotes",          0,       ws_quotes },
  { "/w/summary",         SV_POST, ws_summary_post },
  { "/w/agreement",       0,       ws_agreement },
};

SvHandler sv_route(SvReq *r, int *piStatus, const char **pzAllow){
  int bPost = strcmp(r->zMethod, "POST")==0;
  int bGet = strcmp(r->zMethod, "GET")==0 || strcmp(r->zMethod, "HEAD")==0;
  int bGetPath = 0, bPostPath = 0;
  for(size_t i=0; i<sizeof(aRoute)/sizeof(aRoute[0]); i++){
    char zTok[65]; int n;
    if( !sv_route_match(aRoute[i].zPattern, r->zPath, zTok, &n) ) continue;
    int bRoutePost = (aRoute[i].flags & SV_POST)!=0;
    if( bRoutePost ) bPostPath = 1; else bGetPath = 1;
    if( (bRoutePost && bPost) || (!bRoutePost && bGet) ){
      memcpy(r->zToken, zTok, sizeof(zTok));
      r->iN = n;
      return aRoute[i].x;
    }
  }
  if( !bGetPath && !bPostPath && strncmp(r->zPath, "/s/", 3)==0 && (bGet || bPost) ){
    /* A mistyped or made-up link: the same neutral page as an unknown token. */
    return sv_unknown;
  }
  if( bGetPath || bPostPath ){
    *piStatus = 405;
    *pzAllow = bGetPath && bPostPath ? "GET, HEAD, POST" : bPostPath ? "POST" : "GET, HEAD";
  }else{
    *piStatus = 404;
  }
  return NULL;
}

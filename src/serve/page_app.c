/*
** page_app.c: the layout of the evaluators' workspace (sv_app_begin,
** sv_app_end, sv_app_message; see auth.h) and its stylesheet /app.css.
** The navigation is the table aNav: each entry with the least role that
** sees it; the pages of each area add their entry here.
*/
#include <string.h>
#include "serve/auth.h"
#include "util/i18n.h"

static const struct NavEntry {
  const char *zKey;         /* what sv_app_begin's zNav names */
  const char *zPath;
  const char *zLabel;       /* msgid */
  Role need;
} aNav[] = {
  { "programme", "/programme", N_("Programme"), ROLE_VIEWER },
  { "coding",    "/w/sources", N_("Coding"),    ROLE_CODER },
  { "users",     "/users",     N_("Users"),     ROLE_EVALUATOR },
};

void sv_app_begin(SvReq *r, int iStatus, const char *zTitle, const char *zNav){
  const User *u = sv_user(r);
  r->iStatus = iStatus;
  sb_reset(&r->out);
  const char *zOther = r->bFr ? "en" : "fr";
  sv_printf(r, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"referrer\" content=\"no-referrer\">\n"
    "<meta name=\"csrf-token\" content=\"%h\">\n"
    "<title>%h - synergist</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n",
    r->bFr ? "fr" : "en", sv_csrf(r), zTitle);
  if( r->zStyle ) sv_printf(r, "<link rel=\"stylesheet\" href=\"%h\">\n", r->zStyle);
  sv_printf(r, "<link rel=\"stylesheet\" href=\"/app.css\">\n");
  if( r->zScript ) sv_printf(r, "<script src=\"%h\" defer></script>\n", r->zScript);
  sv_printf(r, "</head>\n<body class=\"app\">\n<a class=\"skip\" href=\"#main\">%h</a>\n"
    "<header class=\"top app\"><span class=\"brand\">synergist</span>\n",
    sv_t(r, N_("Skip to the content")));
  if( u ){
    sv_printf(r, "<nav aria-label=\"%h\"><ul>\n", sv_t(r, N_("Workspace")));
    for(size_t i=0; i<sizeof(aNav)/sizeof(aNav[0]); i++){
      if( !user_may(u, aNav[i].need, NULL) ) continue;
      sv_printf(r, "<li><a href=\"%s\"%s>%h</a></li>\n", aNav[i].zPath,
                zNav && strcmp(zNav, aNav[i].zKey)==0 ? " aria-current=\"page\"" : "", sv_t(r, aNav[i].zLabel));
    }
    sv_printf(r, "</ul></nav>\n");
  }
  /* The language switch leads to this page (a GET one) in the other language. */
  const char *zPath = strcmp(r->zMethod, "POST")==0 ? "/programme" : r->zPath;
  sv_printf(r, "<div class=\"who\">");
  if( u ){
    sv_printf(r, "<span>%h (%h)</span>\n", u->zName, sv_t(r, user_role_name(u->role)));
  }
  sv_printf(r, "<a href=\"%h?lang=%s\" lang=\"%s\" hreflang=\"%s\">%s</a>\n", zPath, zOther, zOther, zOther,
            r->bFr ? "English" : "Fran&ccedil;ais");
  if( u ){
    sv_printf(r, "<form method=\"post\" action=\"/signout\">");
    sv_csrf_field(r);
    sv_printf(r, "<button type=\"submit\">%h</button></form>\n", sv_t(r, N_("Sign out")));
  }
  sv_printf(r, "</div></header>\n<main id=\"main\">\n");
}

void sv_app_end(SvReq *r){
  sv_printf(r, "</main>\n</body>\n</html>\n");
}

void sv_app_message(SvReq *r, int iStatus, const char *zTitle, const char *zMsg){
  sv_app_begin(r, iStatus, sv_t(r, zTitle), NULL);
  sv_printf(r, "<h1>%h</h1>\n<p>%h</p>\n", sv_t(r, zTitle), sv_t(r, zMsg));
  if( !sv_user(r) ) sv_printf(r, "<p><a href=\"/signin\">%h</a></p>\n", sv_t(r, N_("Sign in")));
  sv_app_end(r);
}

void sv_app_style(SvReq *r){ sv_asset(r, "data/serve/app.css", "text/css; charset=utf-8"); }

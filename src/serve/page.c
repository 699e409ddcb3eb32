/*
** page.c: the page writer of the server. Every page goes through
** sv_page_begin/sv_page_end (the one layout: language, title, the
** language switch, a skip link, <main>) and sv_printf, whose %h escapes
** (util/html.c), so no handler writes raw text. Messages are translated
** per request: the French catalogue stays selected in the server process
** and English pages use the message ids, which are the English texts.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/serve_int.h"
#include "util/builtin.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

const char *sv_t(const SvReq *r, const char *z){
  return r->bFr ? gettext(z) : z;
}

void sv_printf(SvReq *r, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  html_vprintf(&r->out, zFmt, ap);
  va_end(ap);
}

void sv_page_begin(SvReq *r, int iStatus, const char *zTitle){
  r->iStatus = iStatus;
  sb_reset(&r->out);
  /* The language switch links to this page in the other language. */
  char zPath[300];
  snprintf(zPath, sizeof(zPath), "%s", r->zPath);
  if( strcmp(r->zMethod, "POST")==0 ){
    /* After a refused post, the switch leads to the page of the form. */
    char *zSlash = strrchr(zPath, '/');
    if( zSlash && strcmp(zSlash, "/submit")==0 ) strcpy(zSlash, "/review");
  }
  sv_printf(r, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta name=\"referrer\" content=\"no-referrer\">\n"
    "<title>%h</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n"
    "<a class=\"skip\" href=\"#main\">%h</a>\n"
    "<header class=\"top\"><span class=\"brand\">%h</span>\n"
    "<nav aria-label=\"%h\"><a href=\"%h?lang=%s\" lang=\"%s\" hreflang=\"%s\">%s</a></nav></header>\n"
    "<main id=\"main\">\n",
    r->bFr ? "fr" : "en", zTitle, sv_t(r, N_("Skip to the content")), sv_t(r, N_("Partnership survey")),
    sv_t(r, N_("Language")), zPath, r->bFr ? "en" : "fr", r->bFr ? "en" : "fr", r->bFr ? "en" : "fr",
    r->bFr ? "English" : "Fran&ccedil;ais");
}

void sv_page_end(SvReq *r){
  sv_printf(r, "</main>\n</body>\n</html>\n");
}

void sv_message(SvReq *r, int iStatus, const char *zTitle, const char *zMsg){
  sv_page_begin(r, iStatus, sv_t(r, zTitle));
  sv_printf(r, "<h1>%h</h1>\n<p>%h</p>\n", sv_t(r, zTitle), sv_t(r, zMsg));
  sv_page_end(r);
}

void sv_redirect(SvReq *r, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  free(r->zLocation);
  r->zLocation = xvasprintf(zFmt, ap);
  va_end(ap);
  r->iStatus = 303;
  sb_reset(&r->out);
}

void sv_asset(SvReq *r, const char *zFile, const char *zType){
  size_t n = 0;
  const char *z = builtin_text(zFile, &n);
  r->iStatus = 200;
  r->zType = zType;
  sb_append(&r->out, z ? z : "", z ? n : 0);
}

void sv_style(SvReq *r){ sv_asset(r, "data/serve/survey.css", "text/css; charset=utf-8"); }

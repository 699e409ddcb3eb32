/*
** ws.c: what the coding workspace pages share (see ws.h): the frame, the
** access check on a source, posts handed to the writer, colours and
** initials, and the built-in script and stylesheet.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "qual/redact.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void ws_page_begin(SvReq *r, const char *zTitle, int bScript){
  r->zScript = bScript ? "/w/coding.js" : NULL;
  sv_app_begin(r, 200, zTitle, "coding");
  sv_printf(r, "<link rel=\"stylesheet\" href=\"/w/coding.css\">\n<link rel=\"stylesheet\" href=\"/w/codes.css\">\n");
  sv_printf(r, "<nav class=\"ws\" aria-label=\"%h\"><a href=\"/w/sources\">%h</a> <a href=\"/w/codebook\">%h</a>"
               " <a href=\"/w/search\">%h</a> <a href=\"/w/matrix\">%h</a> <a href=\"/w/agreement\">%h</a></nav>\n",
            sv_t(r, N_("Coding")), sv_t(r, N_("Sources")), sv_t(r, N_("Codebook")), sv_t(r, N_("Search")),
            sv_t(r, N_("Framework matrix")), sv_t(r, N_("Agreement")));
}


int ws_source_open(SvReq *r, const char *zName, int bText, QualSource *pSrc){
  memset(pSrc, 0, sizeof(*pSrc));
  if( !sv_require(r, ROLE_CODER, NULL) ) return 0;
  if( !zName || qual_source(r->pStore, zName, bText, pSrc)!=STORE_OK ){
    st_source_clear(pSrc);
    sv_app_message(r, 404, N_("Source not found"), N_("There is no source of that name."));
    return 0;
  }
  if( !sv_require(r, ROLE_CODER, pSrc->zPartnership) ){
    st_source_clear(pSrc);
    return 0;
  }
  return 1;
}

void ws_refused(SvReq *r, int iStatus, const char *zMsg){
  sv_app_begin(r, iStatus, sv_t(r, N_("Not changed")), "coding");
  sv_printf(r, "<h1>%h</h1>\n<p class=\"err\">%h</p>\n<p>%h</p>\n", sv_t(r, N_("Not changed")), zMsg,
            sv_t(r, N_("Nothing was saved. Go back to change what you sent.")));
  sv_app_end(r);
}

void ws_queue(SvReq *r, int (*xWrite)(Store*, SvJob*), void *pArg, void (*xFree)(void*), int (*xAfter)(SvReq*)){
  SvJob *j = xcalloc(1, sizeof(*j));
  j->xWrite = xWrite;
  j->pArg = pArg;
  j->xFree = xFree;
  j->pReq = r;
  r->pJob = j;
  r->xAfterSave = xAfter;
}

int ws_job_failed(SvReq *r){
  SvJob *j = r->pJob;
  if( j->rc==STORE_OK ) return 0;
  ws_refused(r, j->rc==STORE_EXISTS ? 409 : j->rc==STORE_NOTFOUND ? 404 : 400, j->zErr ? sv_t(r, j->zErr) : "");
  return 1;
}

const char *ws_back(SvReq *r, const char *zDefault){
  const char *z = sv_form_get(&r->form, "back");
  if( !z || strncmp(z, "/w/", 3)!=0 ) return zDefault;
  for(const char *c = z; *c; c++) if( (unsigned char)*c<0x21 || *c=='\\' ) return zDefault;
  return z;
}

void ws_initials(const char *zName, char *zOut){
  int n = 0;
  const char *z = zName;
  while( *z && n<2 ){
    while( *z && !isalnum((unsigned char)*z) ) z++;
    if( !*z ) break;
    zOut[n++] = (char)toupper((unsigned char)*z);
    while( *z && isalnum((unsigned char)*z) ) z++;
  }
  if( n==1 ){
    /* One word: its first two letters. */
    for(z = zName; *z && !isalnum((unsigned char)*z); z++){}
    if( z[0] && isalnum((unsigned char)z[1]) ) zOut[n++] = (char)toupper((unsigned char)z[1]);
  }
  zOut[n] = 0;
}

void ws_js(SvReq *r){ sv_asset(r, "data/serve/coding.js", "text/javascript; charset=utf-8"); }
void ws_css(SvReq *r){ sv_asset(r, "data/serve/coding.css", "text/css; charset=utf-8"); }

/* A colour for code id when it has none: evenly spread hues. */
static void default_color(int64_t id, char *zOut){
  static const char *const az[] = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939" };
  snprintf(zOut, 8, "%s", az[id % (int64_t)(sizeof(az)/sizeof(az[0]))]);
}

void ws_codes_css(SvReq *r){
  QualCode *a = NULL; int n = 0;
  r->iStatus = 200;
  r->zType = "text/css; charset=utf-8";
  if( !sv_user(r) || qual_codes(r->pStore, &a, &n) ) return;
  for(int i=0; i<n; i++){
    char zC[8];
    const char *z = a[i].zColor;
    int bOk = z && strlen(z)==7 && z[0]=='#';
    for(int k=1; bOk && k<7; k++) bOk = isxdigit((unsigned char)z[k]);
    if( bOk ) memcpy(zC, z, 8); else default_color(a[i].id, zC);
    sb_printf(&r->out, ".k%lld{--k:%s}\n", (long long)a[i].id, zC);
  }
  st_codes_free(a, n);
}

void ws_memos(SvReq *r, const char *zKind, const char *zTarget){
  Table *t = table_newc(NULL, "id,kind,target,author,created,text");
  if( qual_memos(r->pStore, zKind, zTarget, t)==STORE_OK && t->nRow ){
    Redactor *pRed = redactor_for_study(r->pStore);
    sv_printf(r, "<ul class=\"memos\">\n");
    for(int i=0; i<t->nRow; i++){
      char *z = pRed ? redactor_apply(pRed, table_cell(t, i, 5)->z) : NULL;
      sv_printf(r, "<li><span class=\"muted\">%h, %h:</span> %h</li>\n", table_cell(t, i, 3)->z,
                table_cell(t, i, 4)->z, z ? z : "");
      free(z);
    }
    sv_printf(r, "</ul>\n");
    redactor_free(pRed);
  }
  table_free(t);
}

void ws_memo_section(SvReq *r, const char *zKind, const char *zTarget, const char *zTitle){
  sv_printf(r, "<section aria-labelledby=\"memoh\"><h2 id=\"memoh\">%h</h2>\n", sv_t(r, zTitle));
  ws_memos(r, zKind, zTarget);
  sv_printf(r, "<form method=\"post\" action=\"/w/memo\">\n");
  sv_csrf_field(r);
  sv_printf(r, "<input type=\"hidden\" name=\"kind\" value=\"%h\"><input type=\"hidden\" name=\"target\" value=\"%h\">\n"
               "<label for=\"memotext\">%h</label>\n<textarea id=\"memotext\" name=\"text\" rows=\"3\" required></textarea>\n"
               "<button type=\"submit\">%h</button>\n</form>\n</section>\n",
            zKind, zTarget, sv_t(r, N_("New memo")), sv_t(r, N_("Add the memo")));
}

void ws_code_datalist(SvReq *r, const QualCode *a, int n, const int64_t *aFirst, int nFirst){
  sv_printf(r, "<datalist id=\"codelist\">\n");
  for(int k=0; k<nFirst; k++){
    for(int i=0; i<n; i++) if( a[i].id==aFirst[k] ) sv_printf(r, "<option value=\"%h\"></option>\n", a[i].zPath);
  }
  for(int i=0; i<n; i++){
    int bFirst = 0;
    for(int k=0; k<nFirst; k++) if( aFirst[k]==a[i].id ) bFirst = 1;
    if( !bFirst ) sv_printf(r, "<option value=\"%h\"></option>\n", a[i].zPath);
  }
  sv_printf(r, "</datalist>\n");
}

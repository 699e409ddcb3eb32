/*
** ws_codebook.c: the codebook of the workspace (GET /w/codebook): the
** tree with each code's definition, example and counts (segments, with
** sub-codes, sources), and the forms to add a code (coders), and to
** rename, move, merge or describe one (evaluators), all posted to
** /w/codebook with op= and made by the store functions of `code add`,
** `code rename`, `code move`, `code merge` and `code describe`.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void ws_codebook(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  Table *t = table_newc(NULL, "code,path,segments,total,sources,description");
  QualCode *aCode = NULL; int nCode = 0;
  if( qual_code_table(r->pStore, t) || qual_codes(r->pStore, &aCode, &nCode) || nCode!=t->nRow ){
    table_free(t);
    st_codes_free(aCode, nCode);
    sv_app_message(r, 500, N_("Something went wrong"), N_("The server could not answer this request. Please try again later."));
    return;
  }
  ws_page_begin(r, sv_t(r, N_("Codebook")), 0);
  sv_printf(r, "<h1>%h</h1>\n<table class=\"list cb\">\n<thead><tr><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
               "<th scope=\"col\">%h</th><th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
            sv_t(r, N_("Codebook")), sv_t(r, N_("Code")), sv_t(r, N_("Definition and example")),
            sv_t(r, N_("Segments")), sv_t(r, N_("With sub-codes")), sv_t(r, N_("Sources")));
  for(int i=0; i<nCode; i++){
    const QualCode *c = &aCode[i];
    sv_printf(r, "<tr><td class=\"depth%d\"><span class=\"code k%lld\" title=\"%h\">%h</span></td><td>%h",
              c->iDepth>5 ? 5 : c->iDepth, (long long)c->id, c->zPath, c->zName, c->zDescription ? c->zDescription : "");
    if( c->zExample && c->zExample[0] ) sv_printf(r, "<br><span class=\"muted\">%h <q>%h</q></span>", sv_t(r, N_("Example:")), c->zExample);
    sv_printf(r, "</td><td>%lld</td><td>%lld</td><td>%lld</td></tr>\n", (long long)table_cell(t, i, 2)->i,
              (long long)table_cell(t, i, 3)->i, (long long)table_cell(t, i, 4)->i);
  }
  sv_printf(r, "</tbody></table>\n");
  ws_code_datalist(r, aCode, nCode, NULL, 0);
  table_free(t);
  st_codes_free(aCode, nCode);

  /* The forms: (op, heading, fields as name|label|uses the code list). */
  static const struct { const char *zOp; const char *zHead; int eRole; const char *azField[3][2]; } aForm[] = {
    { "add",      N_("Add a code"),            ROLE_CODER,     { { "name", N_("Name") }, { "parent", N_("Under (empty: top level)") }, { "description", N_("Definition") } } },
    { "rename",   N_("Rename a code"),         ROLE_EVALUATOR, { { "code", N_("Code") }, { "name", N_("New name") }, { 0, 0 } } },
    { "move",     N_("Move a code"),           ROLE_EVALUATOR, { { "code", N_("Code") }, { "parent", N_("Under (empty: top level)") }, { 0, 0 } } },
    { "merge",    N_("Merge a code into another"), ROLE_EVALUATOR, { { "code", N_("Code") }, { "into", N_("Into") }, { 0, 0 } } },
    { "describe", N_("Change a definition"),   ROLE_EVALUATOR, { { "code", N_("Code") }, { "description", N_("Definition") }, { "example", N_("Example") } } },
  };
  for(size_t f=0; f<sizeof(aForm)/sizeof(aForm[0]); f++){
    if( !sv_may(r, aForm[f].eRole, NULL) ) continue;
    sv_printf(r, "<form class=\"cbform\" method=\"post\" action=\"/w/codebook\"><fieldset><legend>%h</legend>\n",
              sv_t(r, aForm[f].zHead));
    sv_csrf_field(r);
    sv_printf(r, "<input type=\"hidden\" name=\"op\" value=\"%h\">\n", aForm[f].zOp);
    for(int k=0; k<3 && aForm[f].azField[k][0]; k++){
      const char *zName = aForm[f].azField[k][0];
      int bCode = strcmp(zName, "code")==0 || strcmp(zName, "parent")==0 || strcmp(zName, "into")==0;
      int bNeeded = strcmp(zName, "parent")!=0 && strcmp(zName, "example")!=0 && !(strcmp(zName, "description")==0 && f==0);
      sv_printf(r, "<label for=\"%s-%s\">%h</label> <input id=\"%s-%s\" name=\"%s\"%s%s autocomplete=\"off\">\n",
                aForm[f].zOp, zName, sv_t(r, aForm[f].azField[k][1]), aForm[f].zOp, zName, zName,
                bCode ? " list=\"codelist\"" : "", bNeeded ? " required" : "");
    }
    sv_printf(r, "<button type=\"submit\">%h</button></fieldset></form>\n", sv_t(r, aForm[f].zHead));
  }
  sv_app_end(r);
}

typedef struct CbArgs { char *zOp, *zWho, *zCode, *zName, *zParent, *zInto, *zDesc, *zExample; } CbArgs;
static void cb_free(void *p){
  CbArgs *a = p;
  free(a->zOp); free(a->zWho); free(a->zCode); free(a->zName); free(a->zParent);
  free(a->zInto); free(a->zDesc); free(a->zExample); free(a);
}
static int write_codebook(Store *p, SvJob *j){
  CbArgs *a = j->pArg;
  int64_t id;
  switch( a->zOp[0] ){
    case 'a': return qual_code_add(p, a->zName, a->zParent, a->zDesc, NULL, a->zWho, &id);
    case 'r': return qual_code_rename(p, a->zCode, a->zName, a->zWho, NULL);
    case 'm': return a->zOp[1]=='o' ? qual_code_move(p, a->zCode, a->zParent, a->zWho, NULL)
                                    : qual_code_merge(p, a->zCode, a->zInto, a->zWho, NULL);
    default:  return qual_code_describe(p, a->zCode, a->zDesc, a->zExample, a->zWho);
  }
}
static int after_codebook(SvReq *r){
  if( !ws_job_failed(r) ) sv_redirect(r, "/w/codebook");
  return 0;
}
/* Field zName of the form, NULL when absent or empty, copied. */
static char *field(SvReq *r, const char *zName){
  const char *z = sv_form_get(&r->form, zName);
  return z && z[0] ? xstrdup(z) : NULL;
}

void ws_codebook_post(SvReq *r){
  const char *zOp = sv_form_get(&r->form, "op");
  static const char *const azOp[] = { "add", "rename", "move", "merge", "describe" };
  int iOp = -1;
  for(int i=0; zOp && i<5; i++) if( strcmp(zOp, azOp[i])==0 ) iOp = i;
  if( !sv_require_post(r, iOp<=0 ? ROLE_CODER : ROLE_EVALUATOR, NULL) ) return;
  if( iOp<0 ){ ws_refused(r, 400, sv_t(r, N_("op: add, rename, move, merge or describe."))); return; }
  CbArgs *a = xcalloc(1, sizeof(*a));
  a->zOp = xstrdup(zOp);
  a->zWho = xstrdup(sv_who(r));
  a->zCode = field(r, "code");
  a->zName = field(r, "name");
  a->zParent = field(r, "parent");
  a->zInto = field(r, "into");
  a->zDesc = field(r, "description");
  a->zExample = field(r, "example");
  Sb msg = SB_INIT;
  if( iOp>0 && !a->zCode ) sb_puts(&msg, sv_t(r, N_("code: which code? ")));
  if( (iOp<=1) && !a->zName ) sb_puts(&msg, sv_t(r, N_("name: the name is empty. ")));
  if( a->zName && strchr(a->zName, '/') ) sb_puts(&msg, sv_t(r, N_("name: a code's name cannot contain '/'. ")));
  if( iOp==3 && !a->zInto ) sb_puts(&msg, sv_t(r, N_("into: which code to merge into? ")));
  if( iOp==4 && !a->zDesc && !a->zExample ) sb_puts(&msg, sv_t(r, N_("description: nothing to change. ")));
  if( msg.n ){
    ws_refused(r, 400, sb_str(&msg));
    sb_free(&msg);
    cb_free(a);
    return;
  }
  ws_queue(r, write_codebook, a, cb_free, after_codebook);
}

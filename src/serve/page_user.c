/*
** page_user.c: the users page of the workspace (GET /users, POST
** /users/add, POST /users/{name}/remove) for admins and evaluators; the
** page changing a user's role, partnerships or password is
** page_user_edit.c. It
** calls the use cases of user/user.h, as `synergist user` does; who may
** manage whom is user_may_manage(): an admin anyone, an evaluator the
** coders and viewers of their own partnerships. Changes are audited with
** the signed-in user as their author.
*/
#include <stdlib.h>
#include <string.h>
#include "serve/auth.h"
#include "store/st_user.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The fields of a user's form as the use cases name their problems
** (user.h), each with its word on the page. */
static const char *const azField[][2] = {
  { "name", NC_("user field", "name") }, { "role", NC_("user field", "role") },
  { "partnership", NC_("user field", "partnership") }, { "password", NC_("user field", "password") } };

void sv_user_problems(SvReq *r, const ErrList *pErr, const char *zId){
  if( !pErr || pErr->n==0 ) return;
  sv_printf(r, "<div class=\"errsum\" role=\"alert\" id=\"%h\"><ul>\n", zId);
  for(int i=0; i<errlist_kept(pErr); i++){
    const char *zField = pErr->a[i].zFile;
    for(size_t k=0; k<sizeof(azField)/sizeof(azField[0]); k++){
      if( strcmp(zField, azField[k][0])==0 ) zField = r->bFr ? i18n_pgettext(azField[k][1], zField) : zField;
    }
    /* TRANSLATORS: a form's field, then its problem. */
    char *zLine = xasprintf(sv_t(r, N_("%s: %s")), zField, pErr->a[i].zMsg);
    sv_printf(r, "<li>%h</li>\n", zLine);
    free(zLine);
  }
  sv_printf(r, "</ul></div>\n");
}

/* The users page with status iStatus; pErr the problems of a refused add. */
static void users_page(SvReq *r, int iStatus, const ErrList *pErr){
  const User *me = sv_user(r);
  UserRec *a = NULL; int n = 0;
  if( user_list(r->pStore, &a, &n) ){
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  sv_app_begin(r, iStatus, sv_t(r, N_("Users")), "users");
  sv_printf(r, "<h1>%h</h1>\n", sv_t(r, N_("Users")));
  /* After an add: say so, naming the user only when it exists (the
  ** address cannot make the page say anything else). */
  const char *zDone = sv_query(r, "done");
  const char *zChanged = sv_query(r, "changed");
  for(int i=0; iStatus==200 && i<n; i++){
    if( zDone && strcmp(a[i].zName, zDone)==0 ) sv_printf(r, "<p class=\"notice\" role=\"status\">%h %h</p>\n", sv_t(r, N_("User added:")), zDone);
    if( zChanged && strcmp(a[i].zName, zChanged)==0 ) sv_printf(r, "<p class=\"notice\" role=\"status\">%h %h</p>\n", sv_t(r, N_("User changed:")), zChanged);
  }
  sv_printf(r, "<table class=\"data\">\n<caption class=\"muted\">%h</caption>\n<thead><tr><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
               "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
            sv_t(r, N_("The users you manage")), sv_t(r, N_("Name")), sv_t(r, N_("Role")),
            sv_t(r, N_("Partnerships")), sv_t(r, N_("Action")));
  for(int i=0; i<n; i++){
    Role role = user_role_parse(a[i].zRole);
    if( !user_may_manage(me, role, a[i].bAll, a[i].nPart, a[i].azPart) ) continue;
    sv_printf(r, "<tr><td>%h</td><td>%h</td><td>", a[i].zName, sv_t(r, a[i].zRole));
    if( a[i].bAll ) sv_printf(r, "%h", sv_t(r, N_("all")));
    for(int k=0; !a[i].bAll && k<a[i].nPart; k++) sv_printf(r, "%s%h", k ? ", " : "", a[i].azPart[k]);
    sv_printf(r, "</td><td><a href=\"/users/%U/edit\" aria-label=\"%h %h\">%h</a> ", a[i].zName,
              sv_t(r, N_("Change")), a[i].zName, sv_t(r, N_("Change")));
    if( a[i].id!=me->id ){
      sv_printf(r, "<form class=\"inline\" method=\"post\" action=\"/users/%U/remove\">", a[i].zName);
      sv_csrf_field(r);
      sv_printf(r, "<button type=\"submit\" class=\"secondary\" aria-label=\"%h %h\">%h</button></form>",
                sv_t(r, N_("Remove")), a[i].zName, sv_t(r, N_("Remove")));
    }
    sv_printf(r, "</td></tr>\n");
  }
  sv_printf(r, "</tbody></table>\n");
  st_user_recs_free(a, n);

  /* The add form, keeping what was typed when it was refused. */
  const char *zName = pErr ? sv_form_get(&r->form, "name") : NULL;
  const char *zRole = pErr ? sv_form_get(&r->form, "role") : "coder";
  sv_printf(r, "<h2 id=\"add\">%h</h2>\n", sv_t(r, N_("Add a user")));
  sv_user_problems(r, pErr, "add-errors");
  sv_printf(r, "<form class=\"stack\" method=\"post\" action=\"/users/add\">\n");
  sv_csrf_field(r);
  sv_printf(r, "<label for=\"u-name\">%h</label>\n<input type=\"text\" id=\"u-name\" name=\"name\" required autocomplete=\"off\" value=\"%h\">\n",
            sv_t(r, N_("Name")), zName ? zName : "");
  sv_printf(r, "<label for=\"u-role\">%h</label>\n<select id=\"u-role\" name=\"role\">\n", sv_t(r, N_("Role")));
  for(Role k=ROLE_VIEWER; k<=ROLE_ADMIN; k++){
    if( !user_may_manage(me, k, 0, 0, NULL) && !(me->role==ROLE_EVALUATOR && k<=ROLE_CODER) ) continue;
    sv_printf(r, "<option value=\"%h\"%s>%h</option>\n", user_role_name(k),
              zRole && strcmp(zRole, user_role_name(k))==0 ? " selected" : "", sv_t(r, user_role_name(k)));
  }
  sv_printf(r, "</select>\n<fieldset><legend>%h</legend>\n", sv_t(r, N_("Partnerships")));
  char **az; int nP;
  if( user_grantable_partnerships(r->pStore, sv_user(r), &az, &nP) ){ az = NULL; nP = 0; }
  for(int i=0; i<nP; i++){
    int bOn = 0;
    for(int k=0; pErr && k<r->form.n; k++) if( strcmp(r->form.azName[k], "partnership")==0 && strcmp(r->form.azValue[k], az[i])==0 ) bOn = 1;
    sv_printf(r, "<label><input type=\"checkbox\" name=\"partnership\" value=\"%h\"%s> %h</label>\n",
              az[i], bOn ? " checked" : "", az[i]);
    free(az[i]);
  }
  free(az);
  sv_printf(r, "</fieldset>\n<label for=\"u-pw\">%h</label>\n"
               "<input type=\"password\" id=\"u-pw\" name=\"password\" required minlength=\"%d\" autocomplete=\"new-password\">\n"
               "<p class=\"muted\">%h</p>\n<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n",
            sv_t(r, N_("Password")), USER_PW_MIN, sv_t(r, N_("At least 10 characters. Give it to the user in person; they cannot see it here again.")),
            sv_t(r, N_("Add the user")));
  sv_app_end(r);
}

void sv_users(SvReq *r){
  if( !sv_require(r, ROLE_EVALUATOR, NULL) ) return;
  users_page(r, 200, NULL);
}

typedef struct AddArg { UserSpec spec; const char *zPw; const char *zWho; Err err; } AddArg;
static int add_write(Store *p, void *pArg){
  AddArg *a = pArg;
  return user_add(p, &a->spec, a->zPw, a->zWho, &a->err);
}

void sv_users_add(SvReq *r){
  if( !sv_require_post(r, ROLE_EVALUATOR, NULL) ) return;
  AddArg a;
  memset(&a, 0, sizeof(a));
  a.spec.zName = sv_form_get(&r->form, "name");
  a.spec.role = user_role_parse(sv_form_get(&r->form, "role"));
  a.zPw = sv_form_get(&r->form, "password");
  a.zWho = sv_who(r);
  int nPart = sv_form_count(&r->form, "partnership");
  char **azPart = xcalloc((size_t)nPart+1, sizeof(char*));
  nPart = 0;
  for(int k=0; k<r->form.n; k++) if( strcmp(r->form.azName[k], "partnership")==0 ) azPart[nPart++] = r->form.azValue[k];
  a.spec.nPart = nPart; a.spec.azPart = azPart;
  if( !user_may_manage(sv_user(r), a.spec.role, 0, nPart, azPart) ){
    free(azPart);
    sv_app_message(r, 403, N_("Not allowed"), N_("You may add coders and viewers of your own partnerships only. Nothing was changed."));
    return;
  }
  int rc = sv_write(r, add_write, &a);
  free(azPart);
  if( a.err.e==ERR_DATA || a.err.e==ERR_FAIL ){
    /* ERR_FAIL of an add: the name is taken, a problem of that field. */
    if( a.err.e==ERR_FAIL ) errlist_add(&a.err.list, "name", 0, 0, "%s", a.err.zMsg);
    users_page(r, a.err.e==ERR_FAIL ? 409 : 400, &a.err.list);
  }else if( rc ){
    sv_app_message(r, 503, N_("Not saved"), N_("The study is busy or could not be written. Nothing was changed; please try again."));
  }else{
    Sb s = SB_INIT;
    html_printf(&s, "/users?done=%U", a.spec.zName);
    sv_redirect(r, "%s", sb_str(&s));
    sb_free(&s);
  }
  err_clear(&a.err);
}

typedef struct RemoveArg { const char *zName, *zWho; Err err; } RemoveArg;
static int remove_write(Store *p, void *pArg){
  RemoveArg *a = pArg;
  return user_remove(p, a->zName, a->zWho, &a->err);
}

void sv_users_remove(SvReq *r){
  if( !sv_require_post(r, ROLE_EVALUATOR, NULL) ) return;
  User t;
  if( user_load(r->pStore, r->zToken, 0, &t) ){
    sv_app_message(r, 404, N_("No such user"), N_("There is no user by this name. Nothing was changed."));
    return;
  }
  int bMay = user_may_manage(sv_user(r), t.role, t.bAll, t.nPart, t.azPart) && t.id!=sv_user(r)->id;
  user_clear(&t);
  if( !bMay ){
    sv_app_message(r, 403, N_("Not allowed"), N_("You may not remove this user. Nothing was changed."));
    return;
  }
  RemoveArg a = { r->zToken, sv_who(r), ERR_INIT };
  int rc = sv_write(r, remove_write, &a);
  err_clear(&a.err);
  if( rc ){
    sv_app_message(r, 503, N_("Not saved"), N_("The study is busy or could not be written. Nothing was changed; please try again."));
    return;
  }
  sv_redirect(r, "/users");
}

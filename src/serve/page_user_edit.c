/*
** page_user_edit.c: changing a user on the web (GET /users/{name}/edit,
** POST /users/{name}/edit for the role and partnerships, POST
** /users/{name}/password for a new password), with the use cases of
** user/user.h that `synergist user edit` and `user password` call. Who may
** change whom is user_may_manage(), for the user as they are and as they
** would be: an admin anyone, an evaluator the coders and viewers of their
** own partnerships; nobody changes their own role here. Each post carries
** the CSRF token; the change is audited under the signed-in user's name
** and ends the changed user's sessions (user.h).
*/
#include <stdlib.h>
#include <string.h>
#include "serve/auth.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* User zName, loaded into *t, when the signed-in user may change them
** (bRole: their role too); 0 with a page written (404, 403). */
static int target_user(SvReq *r, const char *zName, int bRole, User *t){
  if( user_load(r->pStore, zName, 0, t) ){
    sv_app_message(r, 404, N_("No such user"), N_("There is no user by this name. Nothing was changed."));
    return 0;
  }
  const User *me = sv_user(r);
  if( !user_may_manage(me, t->role, t->bAll, t->nPart, t->azPart) || (bRole && t->id==me->id) ){
    user_clear(t);
    sv_app_message(r, 403, N_("Not allowed"), N_("You may not change this user. Nothing was changed."));
    return 0;
  }
  return 1;
}

/* The edit page of user t with status iStatus; pErr the problems of a refused change. */
static void edit_page(SvReq *r, int iStatus, const User *t, const ErrList *pErr){
  const User *me = sv_user(r);
  char *zTitle = xasprintf("%s %s", sv_t(r, N_("Change the user")), t->zName);
  sv_app_begin(r, iStatus, zTitle, "users");
  free(zTitle);
  sv_printf(r, "<h1>%h <span class=\"name\">%h</span></h1>\n<p><a href=\"/users\">%h</a></p>\n",
            sv_t(r, N_("Change the user")), t->zName, sv_t(r, N_("All users")));
  sv_user_problems(r, pErr, "edit-errors");
  if( t->id!=me->id ){
    sv_printf(r, "<h2>%h</h2>\n<form class=\"stack\" method=\"post\" action=\"/users/%U/edit\">\n",
              sv_t(r, N_("Role and partnerships")), t->zName);
    sv_csrf_field(r);
    sv_printf(r, "<label for=\"e-role\">%h</label>\n<select id=\"e-role\" name=\"role\">\n", sv_t(r, N_("Role")));
    for(Role k=ROLE_VIEWER; k<=ROLE_ADMIN; k++){
      if( !user_may_manage(me, k, 0, 0, NULL) && !(me->role==ROLE_EVALUATOR && k<=ROLE_CODER) ) continue;
      sv_printf(r, "<option value=\"%h\"%s>%h</option>\n", user_role_name(k), k==t->role ? " selected" : "",
                sv_t(r, user_role_name(k)));
    }
    sv_printf(r, "</select>\n<fieldset><legend>%h</legend>\n", sv_t(r, N_("Partnerships")));
    char **az = NULL; int nP = 0;
    if( user_grantable_partnerships(r->pStore, me, &az, &nP) ){ az = NULL; nP = 0; }
    for(int i=0; i<nP; i++){
      int bOn = t->bAll;
      for(int k=0; k<t->nPart; k++) if( strcmp(t->azPart[k], az[i])==0 ) bOn = 1;
      sv_printf(r, "<label><input type=\"checkbox\" name=\"partnership\" value=\"%h\"%s> %h</label>\n",
                az[i], bOn ? " checked" : "", az[i]);
      free(az[i]);
    }
    free(az);
    sv_printf(r, "</fieldset>\n<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n",
              sv_t(r, N_("Change the role and partnerships")));
  }
  sv_printf(r, "<h2>%h</h2>\n<form class=\"stack\" method=\"post\" action=\"/users/%U/password\">\n",
            sv_t(r, N_("New password")), t->zName);
  sv_csrf_field(r);
  sv_printf(r, "<label for=\"e-pw\">%h</label>\n"
               "<input type=\"password\" id=\"e-pw\" name=\"password\" required minlength=\"%d\" autocomplete=\"new-password\">\n"
               "<p class=\"muted\">%h</p>\n<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n",
            sv_t(r, N_("Password")), USER_PW_MIN,
            sv_t(r, N_("At least 10 characters. Give it to the user in person; they cannot see it here again.")),
            sv_t(r, N_("Set the password")));
  sv_app_end(r);
}

void sv_users_edit(SvReq *r){
  if( !sv_require(r, ROLE_EVALUATOR, NULL) ) return;
  User t;
  if( !target_user(r, r->zToken, 0, &t) ) return;
  edit_page(r, 200, &t, NULL);
  user_clear(&t);
}

typedef struct EditArg {
  const char *zName, *zPw, *zWho;
  UserSpec spec;
  Err err;
} EditArg;
static int edit_write(Store *p, void *pArg){
  EditArg *a = pArg;
  return a->zPw ? user_set_password(p, a->zName, a->zPw, a->zWho, &a->err)
                : user_edit(p, a->zName, &a->spec, a->zWho, &a->err);
}

/* After a change: back to the users page, or the edit page with the
** problems (rc: sv_write's, a failure of the use case or of the commit). */
static void edit_done(SvReq *r, int rc, const User *t, EditArg *a){
  if( a->err.e==ERR_DATA ){
    edit_page(r, 400, t, &a->err.list);
  }else if( rc ){
    sv_app_message(r, 503, N_("Not saved"), N_("The study is busy or could not be written. Nothing was changed; please try again."));
  }else{
    Sb s = SB_INIT;
    html_printf(&s, "/users?changed=%U", t->zName);
    sv_redirect(r, "%s", sb_str(&s));
    sb_free(&s);
  }
}

void sv_users_edit_post(SvReq *r){
  if( !sv_require_post(r, ROLE_EVALUATOR, NULL) ) return;
  User t;
  if( !target_user(r, r->zToken, 1, &t) ) return;
  EditArg a;
  memset(&a, 0, sizeof(a));
  a.zName = t.zName;
  a.zWho = sv_who(r);
  a.spec.role = user_role_parse(sv_form_get(&r->form, "role"));
  int nPart = sv_form_count(&r->form, "partnership");
  char **azPart = xcalloc((size_t)nPart+1, sizeof(char*));
  nPart = 0;
  for(int k=0; k<r->form.n; k++) if( strcmp(r->form.azName[k], "partnership")==0 ) azPart[nPart++] = r->form.azValue[k];
  a.spec.bParts = 1;
  a.spec.nPart = nPart; a.spec.azPart = azPart;
  if( a.spec.role==ROLE_NONE ){
    errlist_add(&a.err.list, "role", 0, 0, "%s", sv_t(r, N_("choose admin, evaluator, coder or viewer")));
    edit_page(r, 400, &t, &a.err.list);
  }else if( !user_may_manage(sv_user(r), a.spec.role, 0, nPart, azPart) ){
    sv_app_message(r, 403, N_("Not allowed"), N_("You may give the roles coder and viewer in your own partnerships only. Nothing was changed."));
  }else{
    edit_done(r, sv_write(r, edit_write, &a), &t, &a);
  }
  free(azPart);
  err_clear(&a.err);
  user_clear(&t);
}

void sv_users_password_post(SvReq *r){
  if( !sv_require_post(r, ROLE_EVALUATOR, NULL) ) return;
  User t;
  if( !target_user(r, r->zToken, 0, &t) ) return;
  EditArg a;
  memset(&a, 0, sizeof(a));
  a.zName = t.zName;
  a.zWho = sv_who(r);
  const char *zPw = sv_form_get(&r->form, "password");
  a.zPw = zPw ? zPw : "";
  edit_done(r, sv_write(r, edit_write, &a), &t, &a);
  err_clear(&a.err);
  user_clear(&t);
}

/*
** page_signin.c: GET/POST /signin and POST /signout of the workspace.
** The sign-in form carries a token matching the "syn_pre" cookie it sets
** (so another site cannot sign a browser in), failed attempts count per
** client address and per user name (--signin-failures per 10 minutes,
** then 429 with Retry-After, the password not even checked), and the
** answer to a wrong name or a wrong password is the same page.
*/
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include "serve/auth.h"
#include "util/i18n.h"

#define PRE_COOKIE "syn_pre"

/* A local path to go to after sign-in: z when it is one ("/x", not "//x"
** nor a sign-in page), else the programme page. */
static const char *next_path(const char *z){
  if( !z || z[0]!='/' || z[1]=='/' || z[1]=='\\' || strncmp(z, "/signin", 7)==0 || strlen(z)>500 ) return "/programme";
  for(const char *p = z; *p; p++) if( (unsigned char)*p<0x20 ) return "/programme";
  return z;
}

/* The sign-in page with status iStatus and an error message (msgid) or NULL. */
static void signin_page(SvReq *r, int iStatus, const char *zErr, const char *zName){
  char zPre[64];
  if( !sv_cookie_get(sv_header(r, "Cookie"), PRE_COOKIE, zPre, sizeof(zPre)) || strlen(zPre)!=43 ){
    unsigned char a[32];
    char zCookie[128];
    randombytes_buf(a, sizeof(a));
    sodium_bin2base64(zPre, 48, a, sizeof(a), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    snprintf(zCookie, sizeof(zCookie), PRE_COOKIE "=%s; Path=/signin; HttpOnly; SameSite=Strict%s",
             zPre, g_sv.opts.bSecureCookies ? "; Secure" : "");
    sv_set_cookie(r, zCookie);
  }
  const char *zNext = next_path(sv_form_get(&r->form, "next") ? sv_form_get(&r->form, "next") : sv_query(r, "next"));
  sv_app_begin(r, iStatus, sv_t(r, N_("Sign in")), NULL);
  sv_printf(r, "<h1>%h</h1>\n", sv_t(r, N_("Sign in")));
  if( zErr ) sv_printf(r, "<p class=\"errsum\" role=\"alert\" id=\"signin-error\">%h</p>\n", sv_t(r, zErr));
  sv_printf(r, "<form class=\"stack\" method=\"post\" action=\"/signin\">\n"
               "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
               "<input type=\"hidden\" name=\"next\" value=\"%h\">\n"
               "<label for=\"name\">%h</label>\n"
               "<input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required value=\"%h\"%s>\n"
               "<label for=\"password\">%h</label>\n"
               "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required%s>\n"
               "<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n",
            zPre, zNext, sv_t(r, N_("User name")), zName ? zName : "", zErr ? " aria-describedby=\"signin-error\"" : "",
            sv_t(r, N_("Password")), zErr ? " aria-describedby=\"signin-error\"" : "", sv_t(r, N_("Sign in")));
  sv_printf(r, "<p class=\"muted\">%h</p>\n", sv_t(r, N_("Members answering a survey do not sign in: they use the link they received.")));
  sv_app_end(r);
}

void sv_signin_get(SvReq *r){
  if( sv_user(r) ){ sv_redirect(r, "%s", next_path(sv_query(r, "next"))); return; }
  signin_page(r, 200, NULL, NULL);
}

void sv_signin_post(SvReq *r){
  char zPre[64], zKeyC[96], zKeyU[96];
  const char *zName = sv_form_get(&r->form, "name");
  const char *zPw = sv_form_get(&r->form, "password");
  const char *zTok = sv_form_get(&r->form, "csrf");
  if( !sv_cookie_get(sv_header(r, "Cookie"), PRE_COOKIE, zPre, sizeof(zPre)) || strlen(zPre)!=43
   || !zTok || strlen(zTok)!=43 || sodium_memcmp(zTok, zPre, 43)!=0 ){
    signin_page(r, 403, N_("This form had expired. Please sign in again."), zName);
    return;
  }
  if( !zName || !zPw || !zName[0] ){
    signin_page(r, 400, N_("Give your user name and your password."), zName);
    return;
  }
  snprintf(zKeyC, sizeof(zKeyC), "signin %s", r->zClient);
  snprintf(zKeyU, sizeof(zKeyU), "user %.80s", zName);
  int nRetry = 0, nRetryU = 0;
  int bBlocked = sv_rate_blocked_key(zKeyC, g_sv.opts.nSigninFailures, &nRetry);
  if( sv_rate_blocked_key(zKeyU, g_sv.opts.nSigninFailures, &nRetryU) ){
    bBlocked = 1;
    if( nRetryU>nRetry ) nRetry = nRetryU;
  }
  if( bBlocked ){
    r->nRetryAfter = nRetry;
    signin_page(r, 429, N_("Too many failed sign-ins. Wait a few minutes, then try again."), zName);
    return;
  }
  User u;
  if( !user_sign_in(r->pStore, zName, zPw, &u) ){
    sv_rate_fail_key(zKeyC);
    sv_rate_fail_key(zKeyU);
    signin_page(r, 403, N_("The user name or the password is wrong."), zName);
    return;
  }
  sv_session_start(r, &u);
  sv_redirect(r, "%s", next_path(sv_form_get(&r->form, "next")));
}

void sv_signout(SvReq *r){
  if( !sv_require_post(r, ROLE_VIEWER, NULL) ) return;
  sv_session_end(r);
  sv_redirect(r, "/signin");
}

/*
** auth.h: the signed-in users of `synergist serve` and the page layout of
** the evaluators' workspace. Every workspace page (dashboards, sources,
** coding, codebook, matrix, agreement, users) is written with these and
** nothing else for sign-in, rights, forms and layout.
**
** Who may do what: roles and partnerships of user/user.h (viewer < coder
** < evaluator < admin; a user has some partnerships or all). Sessions:
** a random 256-bit id in the cookie "syn_session" (HttpOnly,
** SameSite=Strict, Path=/, Secure with --secure-cookies or an https
** --base-url), kept in the server's memory only (a restart signs everyone
** out), ended by sign-out, by --session-idle minutes without a request
** (30), after 12 hours in any case, and by any change of the user's
** password, role or partnerships (or removal) on the command line or the
** web. Each session has its own CSRF token.
**
** A GET page handler:
**
**   void sv_example(SvReq *r){                 // route "/partnership/{p}/example"
**     if( !sv_require(r, ROLE_CODER, r->zToken) ) return;
**     sv_app_begin(r, 200, sv_t(r, N_("Example")), "programme");
**     sv_printf(r, "<form method=\"post\" action=\"/partnership/%U/example\">\n", r->zToken);
**     sv_csrf_field(r);                        // <input type="hidden" name="csrf" ...>
**     sv_printf(r, "...</form>\n");
**     sv_app_end(r);
**   }
**
** A POST handler (a form, or fetch() from a script sending the token in
** the header X-CSRF-Token, read from <meta name="csrf-token"> which every
** workspace page carries):
**
**   void sv_example_post(SvReq *r){
**     if( !sv_require_post(r, ROLE_CODER, r->zToken) ) return;   // rights + CSRF
**     Arg a = { ..., .zWho = sv_who(r) };      // the audit trail's coder
**     int rc = sv_write(r, example_write, &a); // one transaction
**     if( rc ){ sv_app_message(r, 409, ...); return; }
**     sv_redirect(r, "/partnership/%s/example", ...);            // post-redirect-get
**   }
**
** The route's string parameter ({p} or {token}) is r->zToken, its number
** ({n}) r->iN; form fields sv_form_get(&r->form, "name"); query arguments
** sv_query(r, "name"). Everything written goes through sv_printf (%h
** escapes text, %U encodes a URL part, %t makes an id).
**
** HTTP statuses of these helpers: 303 to /signin?next=PATH for a GET by
** someone not signed in; 403 for a signed-in user without the right (role
** or partnership), for a POST without a session, and for a POST without
** or with a wrong CSRF token; all three change nothing.
*/
#ifndef SYN_SERVE_AUTH_H
#define SYN_SERVE_AUTH_H
#include "serve/serve_int.h"
#include "user/user.h"

/* The signed-in user of the request, or NULL. Looked up once per request
** (the session, then the user's current record in the study); owned by
** the request. */
const User *sv_user(SvReq*);

/* The user's name for the audit trail (the coder of each change), or
** NULL when nobody is signed in. Owned by the request. */
const char *sv_who(SvReq*);

/* 1 when the signed-in user has role `need` or higher and (zPartnership
** NULL, or) that partnership; writes nothing. For showing links. */
int sv_may(SvReq*, Role need, const char *zPartnership);

/* For a page: 1 when allowed. Otherwise 0 with the response already
** written (303 to the sign-in page when nobody is signed in and the
** method is GET or HEAD; 403 else) and the handler returns at once. */
int sv_require(SvReq*, Role need, const char *zPartnership);

/* For a state-changing request (POST): sv_require, then the CSRF token
** (form field "csrf" or header X-CSRF-Token) must be the session's; 403
** when missing or wrong. 1 when allowed, else 0 with the response written. */
int sv_require_post(SvReq*, Role need, const char *zPartnership);

/* The session's CSRF token (43 characters), "" when not signed in. Owned
** by the request. */
const char *sv_csrf(SvReq*);
/* Write <input type="hidden" name="csrf" value="..."> into the page. */
void sv_csrf_field(SvReq*);

/* Run xWrite(pStore, pArg) through store_write(), one write transaction on
** this thread's connection (synced commit, waits for other writers; the
** request's read transaction ended before it and begun again after),
** committed when it returns STORE_OK (0), rolled back otherwise. Returns xWrite's code, or
** STORE_ERROR when the transaction could not start or commit (logged).
** Reads after it see the change. */
int sv_write(SvReq*, int (*xWrite)(Store*, void *pArg), void *pArg);

/* The workspace layout. sv_app_begin starts a page with status iStatus
** and title zTitle (translated already): head (stylesheets, with
** r->zStyle after the base one when a handler set it; the CSRF meta; the
** script of r->zScript when a handler set it, loaded with defer),
** skip link, header with the navigation (entry zNav marked current; the
** entries a user may see, table aNav in page_app.c), the user's name and
** role, the language switch and the sign-out button, then <main>.
** sv_app_end closes it. A page with nobody signed in shows no navigation. */
void sv_app_begin(SvReq*, int iStatus, const char *zTitle, const char *zNav);
void sv_app_end(SvReq*);
/* A whole workspace page with a heading and one message (both msgids). */
void sv_app_message(SvReq*, int iStatus, const char *zTitle, const char *zMsg);

/* ---- server.c and route.c use these ---- */
void sv_auth_clear(SvReq*);       /* frees what sv_user loaded */
/* Start a session for u (taken over: *u is emptied) with its cookie on
** the response; the request's user becomes u. */
void sv_session_start(SvReq*, User *u);
/* End the request's session and clear its cookie. */
void sv_session_end(SvReq*);
void sv_auth_shutdown(void);      /* forgets every session */
void sv_signin_get(SvReq*);       /* GET /signin */
void sv_signin_post(SvReq*);      /* POST /signin */
void sv_signout(SvReq*);          /* POST /signout */
void sv_users(SvReq*);            /* GET /users */
void sv_users_add(SvReq*);        /* POST /users/add */
void sv_users_remove(SvReq*);     /* POST /users/{p}/remove */
void sv_users_edit(SvReq*);       /* GET /users/{p}/edit (page_user_edit.c) */
void sv_users_edit_post(SvReq*);  /* POST /users/{p}/edit: role and partnerships */
void sv_users_password_post(SvReq*); /* POST /users/{p}/password */
/* The problems of a refused change of a user, each as "field: message" in
** the page's language, in a summary <div> of id zId (nothing when pErr
** holds none); the messages come translated from the use case. */
void sv_user_problems(SvReq*, const ErrList *pErr, const char *zId);
void sv_app_style(SvReq*);        /* GET /app.css */
void sv_programme(SvReq*);        /* GET /programme */
void sv_partnership(SvReq*);      /* GET /partnership/{p} */
void sv_report_html(SvReq*);      /* GET /partnership/{p}/report.html */
void sv_report_xlsx(SvReq*);      /* GET /partnership/{p}/report.xlsx */
void sv_report_style(SvReq*);     /* GET /report.css */
void sv_survey_admin(SvReq*);     /* GET /partnership/{p}/survey */
void sv_survey_tokens(SvReq*);    /* GET /partnership/{p}/tokens */

#endif

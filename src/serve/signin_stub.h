/*
** signin_stub.h: TEMPORARY stand-in for serve/auth.h (users, roles, CSRF,
** layout) until it is on main; same names; never landed. The user comes
** from $SYNERGIST_STUB_USER ("name:role:PART1,PART2").
*/
#ifndef SYN_SIGNIN_STUB_H
#define SYN_SIGNIN_STUB_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/serve_int.h"

typedef enum Role { ROLE_NONE = 0, ROLE_VIEWER = 1, ROLE_CODER = 2, ROLE_EVALUATOR = 3, ROLE_ADMIN = 4 } Role;
typedef struct User { char *zName; Role role; int bAll; int nPart; char **azPart; } User;

static inline const User *sv_user(SvReq *r){
  (void)r;
  static User u; static char zN[64], zP[256]; static char *az[8];
  const char *z = getenv("SYNERGIST_STUB_USER");
  if( !z ) return NULL;
  char b[400]; snprintf(b, sizeof b, "%s", z);
  char *a = strchr(b, ':'); if( !a ) return NULL; *a++ = 0;
  char *c = strchr(a, ':'); if( c ) *c++ = 0;
  snprintf(zN, sizeof zN, "%.63s", b); u.zName = zN;
  u.role = strcmp(a,"admin")==0 ? 4 : strcmp(a,"evaluator")==0 ? 3 : strcmp(a,"coder")==0 ? 2 : 1;
  snprintf(zP, sizeof zP, "%.250s", c ? c : "");
  u.nPart = 0; u.azPart = az; u.bAll = strcmp(zP, "*")==0;
  for(char *t = strtok(zP, ","); t && u.nPart<8; t = strtok(NULL, ",")) az[u.nPart++] = t;
  return &u;
}
static inline const char *sv_who(SvReq *r){ const User *u = sv_user(r); return u ? u->zName : NULL; }
static inline int sv_may(SvReq *r, Role need, const char *zP){
  const User *u = sv_user(r);
  if( !u || u->role<need ) return 0;
  if( !zP || u->bAll || u->role==ROLE_ADMIN ) return 1;
  for(int i=0; i<u->nPart; i++) if( strcmp(u->azPart[i], zP)==0 ) return 1;
  return 0;
}
static inline int sv_require(SvReq *r, Role need, const char *zP){
  if( sv_may(r, need, zP) ) return 1;
  sv_message(r, 403, "Not allowed", "You cannot open this page.");
  return 0;
}
static inline const char *sv_csrf(SvReq *r){ (void)r; return "stubtoken"; }
static inline void sv_csrf_field(SvReq *r){ sv_printf(r, "<input type=\"hidden\" name=\"csrf\" value=\"stubtoken\">\n"); }
static inline int sv_require_post(SvReq *r, Role need, const char *zP){
  if( !sv_require(r, need, zP) ) return 0;
  const char *z = sv_form_get(&r->form, "csrf");
  if( z && strcmp(z, "stubtoken")==0 ) return 1;
  sv_message(r, 403, "Form not accepted", "Nothing was saved.");
  return 0;
}
static inline void sv_app_begin(SvReq *r, int iStatus, const char *zTitle, const char *zNav){
  (void)zNav; sv_page_begin(r, iStatus, zTitle);
  if( r->zScript ) sv_printf(r, "<script src=\"%h\" defer></script>\n", r->zScript);
}
static inline void sv_app_end(SvReq *r){ sv_page_end(r); }
static inline void sv_app_message(SvReq *r, int iStatus, const char *zTitle, const char *zMsg){ sv_message(r, iStatus, zTitle, zMsg); }
#endif

/*
** signin_stub.h: TEMPORARY stand-in for the sign-in module (users, roles,
** CSRF) until it is on main; never landed. The user comes from
** $SYNERGIST_STUB_USER ("name:role:PART1,PART2").
*/
#ifndef SYN_SIGNIN_STUB_H
#define SYN_SIGNIN_STUB_H
#include <stdlib.h>
#include <string.h>
#include "serve/serve_int.h"

enum { ROLE_VIEWER = 1, ROLE_CODER = 2, ROLE_EVALUATOR = 3, ROLE_ADMIN = 4 };
typedef struct SvUser { char zName[64]; int eRole; char zParts[256]; } SvUser;

static inline const SvUser *sv_user(SvReq *r){
  (void)r;
  static SvUser u; const char *z = getenv("SYNERGIST_STUB_USER");
  if( !z ) return NULL;
  char b[400]; snprintf(b, sizeof b, "%s", z);
  char *a = strchr(b, ':'); if( !a ) return NULL; *a++ = 0;
  char *c = strchr(a, ':'); if( c ) *c++ = 0;
  snprintf(u.zName, sizeof u.zName, "%.63s", b);
  u.eRole = strcmp(a,"admin")==0 ? 4 : strcmp(a,"evaluator")==0 ? 3 : strcmp(a,"coder")==0 ? 2 : 1;
  snprintf(u.zParts, sizeof u.zParts, ",%.250s,", c ? c : "");
  return &u;
}
/* 1 (a 403 written) unless the user has eRole or more in zPartnership (NULL: any). */
static inline int sv_deny(SvReq *r, int eRole, const char *zPartnership){
  const SvUser *u = sv_user(r);
  int ok = u && u->eRole>=eRole;
  if( ok && zPartnership && u->eRole<ROLE_ADMIN ){
    char k[80]; snprintf(k, sizeof k, ",%s,", zPartnership);
    ok = strstr(u->zParts, k)!=NULL;
  }
  if( !ok ) sv_message(r, 403, "Not allowed", "You cannot open this page.");
  return !ok;
}
static inline int sv_partnership_ok(SvReq *r, const char *zP){
  const SvUser *u = sv_user(r); if( !u ) return 0; if( u->eRole>=ROLE_ADMIN ) return 1;
  char k[80]; snprintf(k, sizeof k, ",%s,", zP); return strstr(u->zParts, k)!=NULL;
}
static inline const char *sv_csrf(SvReq *r){ (void)r; return "stubtoken"; }
static inline int sv_csrf_bad(SvReq *r){
  const char *z = sv_form_get(&r->form, "csrf");
  if( z && strcmp(z, "stubtoken")==0 ) return 0;
  sv_message(r, 403, "Form not accepted", "Nothing was saved.");
  return 1;
}
#endif

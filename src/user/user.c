/*
** user.c: the use cases of users (see user.h): checks of names, roles,
** partnerships and passwords that report every problem at once, argon2id
** hashing and verification with libsodium, and the rule of who may manage
** whom. SQL lives in store/st_user.c.
*/
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "store/st_user.h"
#include "user/user.h"
#include "util/sb.h"
#include "util/table.h"
#include "util/i18n.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static const char *const azRole[] = { "", N_("viewer"), N_("coder"), N_("evaluator"), N_("admin") };

Role user_role_parse(const char *z){
  for(int i=1; z && i<=ROLE_ADMIN; i++) if( strcmp(z, azRole[i])==0 ) return (Role)i;
  return ROLE_NONE;
}
const char *user_role_name(Role r){ return r>=ROLE_NONE && r<=ROLE_ADMIN ? azRole[r] : ""; }

void user_clear(User *u){
  free(u->zName);
  for(int i=0; i<u->nPart; i++) free(u->azPart[i]);
  free(u->azPart);
  memset(u, 0, sizeof(*u));
}

static int has_part(int nPart, char *const *azPart, const char *z){
  for(int i=0; i<nPart; i++) if( strcmp(azPart[i], z)==0 ) return 1;
  return 0;
}

int user_may(const User *u, Role need, const char *zPartnership){
  if( !u || u->role<need || need==ROLE_NONE ) return 0;
  if( !zPartnership || u->bAll || u->role==ROLE_ADMIN ) return 1;
  return has_part(u->nPart, u->azPart, zPartnership);
}

int user_may_manage(const User *pActor, Role role, int bAll, int nPart, char *const *azPart){
  if( !pActor || pActor->role==ROLE_ADMIN ) return 1;
  if( pActor->role!=ROLE_EVALUATOR || role>ROLE_CODER ) return 0;
  if( pActor->bAll ) return 1;
  if( bAll || nPart==0 ) return 0;
  for(int i=0; i<nPart; i++) if( !has_part(pActor->nPart, pActor->azPart, azPart[i]) ) return 0;
  return 1;
}

static int ensure_init(void){ return sodium_init()>=0; }

void user_check_password(const char *zPw, ErrList *pErr){
  size_t n = zPw ? strlen(zPw) : 0;
  if( n>USER_PW_MAX ){
    errlist_add(pErr, "password", 0, 0, _("a password has at most %d bytes"), USER_PW_MAX);
  }else if( !utf8_valid(zPw ? zPw : "", n, NULL) ){
    errlist_add(pErr, "password", 0, 0, "%s", _("the password is not UTF-8 text"));
  }else if( utf8_ncp(zPw ? zPw : "", n)<USER_PW_MIN ){
    errlist_add(pErr, "password", 0, 0, _("a password has at least %d characters"), USER_PW_MIN);
  }
}

static void check_name(const char *z, ErrList *pErr){
  size_t n = z ? strlen(z) : 0;
  if( n==0 ){ errlist_add(pErr, "name", 0, 0, "%s", _("a user needs a name")); return; }
  if( n>USER_NAME_MAX ){ errlist_add(pErr, "name", 0, 0, _("a user name has at most %d bytes"), USER_NAME_MAX); return; }
  int bCtl = 0;
  for(size_t i=0; i<n; i++) if( (unsigned char)z[i]<0x20 || z[i]==0x7f ) bCtl = 1;
  if( bCtl || !utf8_valid(z, n, NULL) || z[0]==' ' || z[strlen(z)-1]==' ' || z[0]=='-' ){
    errlist_add(pErr, "name", 0, 0, "%s", _("a user name is text without control characters, "
                "not starting with '-' nor starting or ending with a space"));
  }
}

/* Problems of a role and partnerships into pErr. */
static void check_access(Store *p, Role role, int bAll, int nPart, char *const *azPart, ErrList *pErr){
  if( role==ROLE_NONE ) errlist_add(pErr, "role", 0, 0, "%s", _("the role must be admin, evaluator, coder or viewer"));
  if( role!=ROLE_ADMIN && !bAll && nPart==0 ){
    errlist_add(pErr, "partnership", 0, 0, "%s", _("a user who is not an admin needs at least one --partnership "
                "(or --partnership '*' for all)"));
  }
  for(int i=0; i<nPart; i++){
    if( st_partnership_exists(p, azPart[i])!=STORE_OK ){
      errlist_add(pErr, "partnership", 0, 0, _("no partnership '%s' (see: synergist partnership list)"), azPart[i]);
    }
  }
}

/* "role [partnerships]" as the audit trail keeps it. Caller frees. */
static char *access_text(Role role, int bAll, int nPart, char *const *azPart){
  Sb s = SB_INIT;
  sb_puts(&s, user_role_name(role));
  if( bAll || role==ROLE_ADMIN ) sb_puts(&s, " *");
  else for(int i=0; i<nPart; i++){ sb_putc(&s, i ? ',' : ' '); sb_puts(&s, azPart[i]); }
  return sb_take(&s);
}

/* The argon2id string of zPw into zOut. */
static int hash_password(const char *zPw, char zOut[crypto_pwhash_STRBYTES], int bLow, Err *pErr){
  if( !ensure_init() || crypto_pwhash_str(zOut, zPw, strlen(zPw),
                                          bLow ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          bLow ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE)!=0 ){
    return err_set(pErr, ERR_INTERNAL, "%s", _("cannot hash the password (out of memory)"));
  }
  return 0;
}

/* Give user zName a coder of the same name when it has none. */
static int ensure_coder(Store *p, const char *zName, Role role){
  int64_t id;
  if( role<ROLE_CODER ) return STORE_OK;
  int rc = st_coder_id(p, zName, &id);
  return rc==STORE_NOTFOUND ? st_coder_add(p, zName) : rc;
}

/* Store result rc as the use case's result: 0, or its failure in *pErr. */
static int done(Store *p, int rc, Err *pErr){
  return rc ? store_err(p, rc, pErr) : 0;
}

int user_add(Store *p, const UserSpec *s, const char *zPw, const char *zWho, Err *pErr){
  int bAll = s->bAll || s->role==ROLE_ADMIN;
  check_name(s->zName, &pErr->list);
  check_access(p, s->role, bAll, s->nPart, s->azPart, &pErr->list);
  user_check_password(zPw, &pErr->list);
  if( err_if_problems(pErr) ) return ERR_DATA;
  char zHash[crypto_pwhash_STRBYTES];
  int64_t id;
  if( hash_password(zPw, zHash, s->bLowCost, pErr) ) return pErr->e;
  int rc = st_user_add(p, s->zName, user_role_name(s->role), bAll, zHash, &id);
  sodium_memzero(zHash, sizeof(zHash));
  if( !rc && !bAll ) rc = st_user_set_partnerships(p, id, s->azPart, s->nPart);
  if( !rc ) rc = ensure_coder(p, s->zName, s->role);
  if( !rc ){
    char *zAfter = access_text(s->role, bAll, s->nPart, s->azPart);
    rc = st_audit_add(p, zWho, "user add", s->zName, NULL, zAfter, NULL);
    free(zAfter);
  }
  return done(p, rc, pErr);
}

int user_edit(Store *p, const char *zName, const UserSpec *s, const char *zWho, Err *pErr){
  UserRec u;
  int rc = st_user_get(p, zName, 0, &u);
  if( rc ) return done(p, rc, pErr);
  Role role = s->role!=ROLE_NONE ? s->role : user_role_parse(u.zRole);
  int bAll = s->bParts ? s->bAll : u.bAll;
  if( role==ROLE_ADMIN ) bAll = 1;
  int nPart = s->bParts ? s->nPart : u.nPart;
  char *const *azPart = s->bParts ? s->azPart : u.azPart;
  if( s->zName ) check_name(s->zName, &pErr->list);
  check_access(p, role, bAll, bAll ? 0 : nPart, azPart, &pErr->list);
  if( err_if_problems(pErr) ){ st_user_rec_clear(&u); return ERR_DATA; }
  char *zBefore = access_text(user_role_parse(u.zRole), u.bAll, u.nPart, u.azPart);
  char *zAfter = access_text(role, bAll, bAll ? 0 : nPart, azPart);
  const char *zNew = s->zName ? s->zName : u.zName;
  rc = st_user_set_role(p, u.id, user_role_name(role), bAll);
  if( !rc ) rc = st_user_set_partnerships(p, u.id, azPart, bAll ? 0 : nPart);
  if( !rc && s->zName && strcmp(s->zName, u.zName)!=0 ) rc = st_user_rename(p, u.id, s->zName);
  if( !rc ) rc = ensure_coder(p, zNew, role);
  if( !rc && strcmp(zBefore, zAfter)!=0 ) rc = st_audit_add(p, zWho, "user edit", zNew, zBefore, zAfter, NULL);
  if( !rc && strcmp(zNew, u.zName)!=0 ) rc = st_audit_add(p, zWho, "user rename", zNew, u.zName, zNew, NULL);
  free(zBefore); free(zAfter);
  st_user_rec_clear(&u);
  return done(p, rc, pErr);
}

int user_set_password(Store *p, const char *zName, const char *zPw, const char *zWho, Err *pErr){
  UserRec u;
  int rc = st_user_get(p, zName, 0, &u);
  if( rc ) return done(p, rc, pErr);
  user_check_password(zPw, &pErr->list);
  char zHash[crypto_pwhash_STRBYTES];
  if( err_if_problems(pErr) || hash_password(zPw, zHash, 0, pErr) ){
    st_user_rec_clear(&u);
    return pErr->e;
  }
  rc = st_user_set_password(p, u.id, zHash);
  sodium_memzero(zHash, sizeof(zHash));
  if( !rc ) rc = st_audit_add(p, zWho, "user password", u.zName, NULL, NULL, NULL);
  st_user_rec_clear(&u);
  return done(p, rc, pErr);
}

int user_remove(Store *p, const char *zName, const char *zWho, Err *pErr){
  UserRec u;
  int rc = st_user_get(p, zName, 0, &u);
  if( !rc ) rc = st_user_remove(p, u.id);
  if( !rc ){
    char *zBefore = access_text(user_role_parse(u.zRole), u.bAll, u.nPart, u.azPart);
    rc = st_audit_add(p, zWho, "user remove", u.zName, zBefore, NULL, NULL);
    free(zBefore);
  }
  st_user_rec_clear(&u);
  return done(p, rc, pErr);
}

int user_find(Store *p, const char *zName, Err *pErr){
  UserRec u;
  int rc = st_user_get(p, zName, 0, &u);
  st_user_rec_clear(&u);
  return done(p, rc, pErr);
}

/* Move a store record into a User. */
static void user_from_rec(UserRec *r, User *u){
  u->id = r->id;
  u->zName = r->zName; r->zName = NULL;
  u->role = user_role_parse(r->zRole);
  u->bAll = r->bAll || u->role==ROLE_ADMIN;
  u->iGen = r->iGen;
  u->nPart = r->nPart; u->azPart = r->azPart;
  r->nPart = 0; r->azPart = NULL;
  st_user_rec_clear(r);
}

int user_load(Store *p, const char *zName, int64_t iId, User *pOut){
  UserRec r;
  memset(pOut, 0, sizeof(*pOut));
  int rc = st_user_get(p, zName, iId, &r);
  if( rc ) return rc;
  user_from_rec(&r, pOut);
  return STORE_OK;
}

/* A hash to check against when the user does not exist, so that the
** answer takes as long (made once; its password is random). */
static char zDummy[crypto_pwhash_STRBYTES];
static int bDummy = 0;
static pthread_once_t dummyOnce = PTHREAD_ONCE_INIT;
static void make_dummy(void){
  char zRand[33];
  randombytes_buf(zRand, 32);
  for(int i=0; i<32; i++) zRand[i] = (char)('a' + (unsigned char)zRand[i]%26);
  zRand[32] = 0;
  bDummy = crypto_pwhash_str(zDummy, zRand, 32, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)==0;
}

int user_sign_in(Store *p, const char *zName, const char *zPw, User *pOut){
  memset(pOut, 0, sizeof(*pOut));
  if( !ensure_init() || !zName || !zPw || strlen(zPw)>USER_PW_MAX ) return 0;
  UserRec r;
  int rc = st_user_get(p, zName, 0, &r);
  if( rc || !r.zPwHash ){
    pthread_once(&dummyOnce, make_dummy);
    if( bDummy && crypto_pwhash_str_verify(zDummy, zPw, strlen(zPw))==0 ){ /* never: its password is random */ }
    if( !rc ) st_user_rec_clear(&r);
    return 0;
  }
  int bOk = crypto_pwhash_str_verify(r.zPwHash, zPw, strlen(zPw))==0;
  if( bOk ) user_from_rec(&r, pOut); else st_user_rec_clear(&r);
  return bOk;
}

int user_list(Store *p, UserRec **pa, int *pn){ return st_user_list(p, pa, pn); }

int user_grantable_partnerships(Store *p, const User *u, char ***paz, int *pn){
  *paz = NULL; *pn = 0;
  if( u->bAll ) return st_partnership_codes(p, paz, pn);
  *paz = xcalloc((size_t)u->nPart+1, sizeof(char*));
  for(int i=0; i<u->nPart; i++) (*paz)[i] = xstrdup(u->azPart[i]);
  *pn = u->nPart;
  return STORE_OK;
}

int user_list_table(Store *p, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  UserRec *a; int n;
  int rc = user_list(p, &a, &n);
  if( rc ) return store_err(p, rc, pErr);
  Table *t = table_newc(NULL, "name,role,partnerships,password,created");
  for(int i=0; i<n; i++){
    int r = table_row(t);
    table_text(t, r, 0, a[i].zName);
    table_text(t, r, 1, a[i].zRole);
    Sb sb = SB_INIT;
    if( a[i].bAll ) sb_puts(&sb, "*");
    for(int k=0; !a[i].bAll && k<a[i].nPart; k++){ if( k ) sb_putc(&sb, ' '); sb_puts(&sb, a[i].azPart[k]); }
    table_text(t, r, 2, sb_str(&sb));
    sb_free(&sb);
    table_text(t, r, 3, a[i].zPwHash ? "set" : "none");
    table_text(t, r, 4, a[i].zCreated);
  }
  st_user_recs_free(a, n);
  *ppOut = t;
  return 0;
}

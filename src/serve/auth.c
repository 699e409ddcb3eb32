/*
** auth.c: sessions of the workspace (see auth.h): a table in memory of
** the SHA-256 of each session id (the id itself is only in the browser's
** cookie) with its user, the user's gen when it started, its CSRF token
** and times; the per-request lookup of the signed-in user; the rights
** checks; and sv_write, store_write() (one transaction) on the request
** thread's own connection, its read transaction ended around it.
*/
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "serve/auth.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define SESSION_MAX 4096          /* sessions kept; the least recent goes first */
#define SESSION_LIFE (12*3600)    /* seconds from sign-in, whatever the use */
#define COOKIE "syn_session"

typedef struct Session {
  unsigned char aHash[32];        /* SHA-256 of the id; all zero: free slot */
  int64_t iUser, iGen;
  char zCsrf[48];
  time_t tStart, tSeen;
} Session;

static Session aSess[SESSION_MAX];
static pthread_mutex_t sessMutex = PTHREAD_MUTEX_INITIALIZER;
static const unsigned char aZero[32];

/* The slot of hash a, or NULL. Locked. */
static Session *find_session(const unsigned char *a){
  for(int i=0; i<SESSION_MAX; i++){
    if( sodium_memcmp(aSess[i].aHash, a, 32)==0 ) return &aSess[i];
  }
  return NULL;
}

/* A URL-safe base64 text of 32 random bytes into z (48 bytes). */
static void random_text(char *z, unsigned char *aRaw){
  unsigned char a[32];
  randombytes_buf(a, sizeof(a));
  sodium_bin2base64(z, 48, a, sizeof(a), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  if( aRaw ) memcpy(aRaw, a, 32);
  sodium_memzero(a, sizeof(a));
}

static void hash_id(const char *zId, unsigned char *aHash){
  crypto_hash_sha256(aHash, (const unsigned char*)zId, strlen(zId));
}

/* The cookie attributes every session cookie carries. */
static const char *cookie_attrs(void){
  return g_sv.opts.bSecureCookies ? "; Path=/; HttpOnly; SameSite=Strict; Secure" : "; Path=/; HttpOnly; SameSite=Strict";
}

/* Start a session for u: the cookie goes on the response; r's user is u
** (taken over). Used by the sign-in page. */
void sv_session_start(SvReq *r, User *u){
  char zId[48], zCookie[160];
  unsigned char aHash[32];
  random_text(zId, NULL);
  hash_id(zId, aHash);
  time_t now = time(NULL);
  pthread_mutex_lock(&sessMutex);
  Session *s = NULL;
  for(int i=0; i<SESSION_MAX; i++){
    Session *t = &aSess[i];
    int bFree = memcmp(t->aHash, aZero, 32)==0 || now - t->tSeen > g_sv.opts.nSessionIdle*60 || now - t->tStart > SESSION_LIFE;
    if( bFree ){ s = t; break; }
    if( !s || t->tSeen < s->tSeen ) s = t;
  }
  memcpy(s->aHash, aHash, 32);
  s->iUser = u->id; s->iGen = u->iGen;
  random_text(s->zCsrf, NULL);
  s->tStart = s->tSeen = now;
  memcpy(r->zCsrf, s->zCsrf, sizeof(r->zCsrf));
  pthread_mutex_unlock(&sessMutex);
  memcpy(r->aSess, aHash, 32);
  snprintf(zCookie, sizeof(zCookie), COOKIE "=%s%s", zId, cookie_attrs());
  sv_set_cookie(r, zCookie);
  sodium_memzero(zId, sizeof(zId));
  sv_auth_clear(r);
  r->pUser = xmalloc(sizeof(User));
  *r->pUser = *u;
  memset(u, 0, sizeof(*u));
  r->bAuth = 1;
}

/* End the request's session (sign-out) and clear its cookie. */
void sv_session_end(SvReq *r){
  char zCookie[160];
  pthread_mutex_lock(&sessMutex);
  Session *s = find_session(r->aSess);
  if( s && memcmp(r->aSess, aZero, 32)!=0 ) memset(s, 0, sizeof(*s));
  pthread_mutex_unlock(&sessMutex);
  snprintf(zCookie, sizeof(zCookie), COOKIE "=%s; Max-Age=0", cookie_attrs());
  sv_set_cookie(r, zCookie);
  sv_auth_clear(r);
  r->bAuth = 1;
}

void sv_auth_clear(SvReq *r){
  if( r->pUser ){ user_clear(r->pUser); free(r->pUser); r->pUser = NULL; }
  r->bAuth = 0;
}

void sv_auth_shutdown(void){
  pthread_mutex_lock(&sessMutex);
  sodium_memzero(aSess, sizeof(aSess));
  pthread_mutex_unlock(&sessMutex);
}

const User *sv_user(SvReq *r){
  if( r->bAuth ) return r->pUser;
  r->bAuth = 1;
  char zId[64];
  if( !sv_cookie_get(sv_header(r, "Cookie"), COOKIE, zId, sizeof(zId)) || strlen(zId)!=43 ) return NULL;
  unsigned char aHash[32];
  hash_id(zId, aHash);
  int64_t iUser = 0, iGen = 0;
  time_t now = time(NULL);
  pthread_mutex_lock(&sessMutex);
  Session *s = find_session(aHash);
  if( s && (now - s->tSeen > g_sv.opts.nSessionIdle*60 || now - s->tStart > SESSION_LIFE) ){
    memset(s, 0, sizeof(*s));
    s = NULL;
  }
  if( s ){
    s->tSeen = now;
    iUser = s->iUser; iGen = s->iGen;
    memcpy(r->zCsrf, s->zCsrf, sizeof(r->zCsrf));
  }
  pthread_mutex_unlock(&sessMutex);
  if( !s ) return NULL;
  memcpy(r->aSess, aHash, 32);
  User u;
  if( user_load(r->pStore, NULL, iUser, &u)!=STORE_OK || u.iGen!=iGen ){
    /* Removed, or password, role or partnerships changed: the session ends. */
    if( u.id ) user_clear(&u);
    pthread_mutex_lock(&sessMutex);
    if( (s = find_session(aHash))!=NULL ) memset(s, 0, sizeof(*s));
    pthread_mutex_unlock(&sessMutex);
    r->zCsrf[0] = 0;
    return NULL;
  }
  r->pUser = xmalloc(sizeof(User));
  *r->pUser = u;
  return r->pUser;
}

const char *sv_who(SvReq *r){
  const User *u = sv_user(r);
  return u ? u->zName : NULL;
}

int sv_may(SvReq *r, Role need, const char *zPartnership){
  return user_may(sv_user(r), need, zPartnership);
}

int sv_require(SvReq *r, Role need, const char *zPartnership){
  const User *u = sv_user(r);
  if( !u ){
    if( strcmp(r->zMethod, "POST")!=0 ){
      Sb s = SB_INIT;
      html_printf(&s, "/signin?next=%U", r->zPath);   /* the path as a query argument */
      sv_redirect(r, "%s", sb_str(&s));
      sb_free(&s);
      return 0;
    }
    sv_app_message(r, 403, N_("Sign in first"), N_("This action needs you to be signed in. Nothing was changed."));
    return 0;
  }
  if( !user_may(u, need, zPartnership) ){
    sv_app_message(r, 403, N_("Not allowed"), N_("Your role does not give access to this page or action. Nothing was changed."));
    return 0;
  }
  return 1;
}

int sv_require_post(SvReq *r, Role need, const char *zPartnership){
  if( !sv_require(r, need, zPartnership) ) return 0;
  const char *z = sv_form_get(&r->form, "csrf");
  if( !z ) z = sv_header(r, "X-CSRF-Token");
  if( !z || strlen(z)!=43 || !r->zCsrf[0] || sodium_memcmp(z, r->zCsrf, 43)!=0 ){
    sv_app_message(r, 403, N_("Form expired"), N_("This form is not from your current session (or has expired). "
                                                  "Nothing was changed: open the page again and resend."));
    return 0;
  }
  return 1;
}

const char *sv_csrf(SvReq *r){
  return sv_user(r) ? r->zCsrf : "";
}

void sv_csrf_field(SvReq *r){
  sv_printf(r, "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n", sv_csrf(r));
}

int sv_write(SvReq *r, int (*xWrite)(Store*, void*), void *pArg){
  int rcWork = STORE_OK;
  store_read_end(r->pStore);
  int rc = store_write(r->pStore, xWrite, pArg, &rcWork);
  if( rc ){
    fprintf(stderr, "synergist: error: write: %s\n", store_errmsg(r->pStore));
    rcWork = STORE_ERROR;
  }
  store_read_begin(r->pStore);
  return rcWork;
}

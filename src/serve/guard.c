/*
** guard.c: the server's guards: per-token form keys (a keyed hash of the
** token with the study's secret, so a page on another site cannot post
** answers), and the limit on failed token attempts per client address
** (a fixed table, oldest entry replaced when full), also used for failed
** sign-ins (keys "signin CLIENT" and "user NAME", see page_signin.c).
*/
#include <pthread.h>
#include <sodium.h>
#include <string.h>
#include <time.h>
#include "serve/serve_int.h"

#define RATE_WINDOW 600      /* seconds */
#define RATE_SLOTS 4096

void sv_form_key(const char *zToken, char *zOut){
  unsigned char aMac[crypto_auth_BYTES];
  crypto_auth(aMac, (const unsigned char*)zToken, strlen(zToken), g_sv.aKey);
  sodium_bin2base64(zOut, 44, aMac, 24, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int sv_form_key_ok(const char *zToken, const char *zKey){
  char zWant[44];
  if( !zKey || strlen(zKey)!=32 ) return 0;
  sv_form_key(zToken, zWant);
  return sodium_memcmp(zWant, zKey, 32)==0;
}

typedef struct RateSlot { char zClient[96]; time_t tStart; int n; } RateSlot;
static RateSlot aSlot[RATE_SLOTS];
static pthread_mutex_t rateMutex = PTHREAD_MUTEX_INITIALIZER;

/* The slot of zClient, or NULL; with bAdd a new or the oldest slot. Locked. */
static RateSlot *slot_of(const char *zClient, int bAdd, time_t now){
  uint64_t h = 1469598103934665603ULL;
  for(const char *z = zClient; *z; z++) h = (h ^ (unsigned char)*z) * 1099511628211ULL;
  RateSlot *pOld = NULL;
  for(int k=0; k<16; k++){
    RateSlot *s = &aSlot[(h + (uint64_t)k) % RATE_SLOTS];
    if( strcmp(s->zClient, zClient)==0 ) return s;
    if( !pOld || s->tStart<pOld->tStart ) pOld = s;
  }
  if( !bAdd ) return NULL;
  snprintf(pOld->zClient, sizeof(pOld->zClient), "%s", zClient);
  pOld->tStart = now;
  pOld->n = 0;
  return pOld;
}

int sv_rate_blocked(const char *zClient, int *pnRetry){
  return sv_rate_blocked_key(zClient, g_sv.opts.nTokenFailures, pnRetry);
}
void sv_rate_fail(const char *zClient){ sv_rate_fail_key(zClient); }

int sv_rate_blocked_key(const char *zClient, int nMax, int *pnRetry){
  time_t now = time(NULL);
  int bBlocked = 0;
  pthread_mutex_lock(&rateMutex);
  RateSlot *s = slot_of(zClient, 0, now);
  if( s && now-s->tStart<RATE_WINDOW && s->n>=nMax ){
    bBlocked = 1;
    *pnRetry = (int)(RATE_WINDOW - (now - s->tStart));
  }
  pthread_mutex_unlock(&rateMutex);
  return bBlocked;
}

void sv_rate_fail_key(const char *zClient){
  time_t now = time(NULL);
  pthread_mutex_lock(&rateMutex);
  RateSlot *s = slot_of(zClient, 1, now);
  if( now-s->tStart>=RATE_WINDOW ){ s->tStart = now; s->n = 0; }
  s->n++;
  pthread_mutex_unlock(&rateMutex);
}

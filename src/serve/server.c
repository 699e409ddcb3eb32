/*
** server.c: the libmicrohttpd daemon of `synergist serve`: startup
** (secret, settings, writer thread), the life of a request (body capped
** and collected, routed, handled, suspended while its save is committed),
** the headers every response carries, one log line per request, and a
** clean stop on SIGINT/SIGTERM (no new connections; requests in flight
** and queued saves finish).
**
** Limits: bodies over SV_BODY_MAX bytes get 413; a connection idle for
** SV_TIMEOUT seconds is closed; at most SV_CONNECTIONS connections.
*/
#include <arpa/inet.h>
#include <malloc.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "serve/auth.h"
#include "serve/serve_int.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define SV_BODY_MAX 65536
#define SV_TIMEOUT 30
#define SV_CONNECTIONS 2048

SvConfig g_sv;
static pthread_key_t storeKey;
static atomic_int nInFlight;
static pthread_mutex_t logMutex = PTHREAD_MUTEX_INITIALIZER;

static double now_ms(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec*1e3 + (double)t.tv_nsec*1e-6;
}

static void close_store(void *p){ store_close(p); }

/* This thread's read connection, opened on first use. */
static Store *thread_store(void){
  Store *p = pthread_getspecific(storeKey);
  if( !p ){
    char *zErr = NULL;
    if( store_open(g_sv.opts.zStudy, 0, &p, &zErr) ){
      fprintf(stderr, "synergist: error: %s\n", zErr);
      free(zErr);
      return NULL;
    }
    store_set_durable(p);     /* workspace writes (sv_write) are synced too */
    pthread_setspecific(storeKey, p);
  }
  return p;
}

void sv_set_cookie(SvReq *r, const char *zValue){
  if( r->nCookie < (int)(sizeof(r->azCookie)/sizeof(r->azCookie[0])) ) r->azCookie[r->nCookie++] = xstrdup(zValue);
}

const char *sv_header(SvReq *r, const char *zName){
  return MHD_lookup_connection_value(r->pConn, MHD_HEADER_KIND, zName);
}

const char *sv_query(SvReq *r, const char *zName){
  return MHD_lookup_connection_value(r->pConn, MHD_GET_ARGUMENT_KIND, zName);
}

/* Every response: the security headers, then what the handler set. */
static enum MHD_Result respond(struct MHD_Connection *c, SvReq *r){
  if( r->iStatus==0 ) sv_message(r, 500, N_("Something went wrong"), N_("The server could not answer this request. Please try again later."));
  size_t n = r->out.n;
  struct MHD_Response *pResp = MHD_create_response_from_buffer(n, n ? sb_take(&r->out) : (void*)"",
                                                               n ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
  if( !pResp ) return MHD_NO;
  MHD_add_response_header(pResp, "Content-Type", r->zType ? r->zType : "text/html; charset=utf-8");
  MHD_add_response_header(pResp, "Content-Security-Policy",
    "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
  MHD_add_response_header(pResp, "X-Frame-Options", "DENY");
  MHD_add_response_header(pResp, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(pResp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(pResp, "Cache-Control", "no-store");
  if( r->zLocation ) MHD_add_response_header(pResp, "Location", r->zLocation);
  if( r->zAllow ) MHD_add_response_header(pResp, "Allow", r->zAllow);
  if( r->nRetryAfter>0 ){
    char z[24];
    snprintf(z, sizeof(z), "%d", r->nRetryAfter);
    MHD_add_response_header(pResp, "Retry-After", z);
  }
  if( r->bLangCookie ){
    MHD_add_response_header(pResp, "Set-Cookie", r->bFr ? "lang=fr; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict"
                                                        : "lang=en; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
  }
  for(int i=0; i<r->nCookie; i++) MHD_add_response_header(pResp, "Set-Cookie", r->azCookie[i]);
  if( r->zDisposition ) MHD_add_response_header(pResp, "Content-Disposition", r->zDisposition);
  enum MHD_Result ret = MHD_queue_response(c, (unsigned)r->iStatus, pResp);
  MHD_destroy_response(pResp);
  return ret;
}

/* Route and handle a request whose body has arrived. */
static void handle(SvReq *r){
  struct MHD_Connection *c = r->pConn;
  char zCookie[8];
  const char *zQLang = sv_query(r, "lang");
  sv_cookie_get(MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Cookie"), "lang", zCookie, sizeof(zCookie));
  r->bFr = sv_lang_pick(zQLang, zCookie, MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Language"));
  r->bLangCookie = zQLang && (strcmp(zQLang, "en")==0 || strcmp(zQLang, "fr")==0);
  int iStatus = 0;
  const char *zAllow = NULL;
  SvHandler x = sv_route(r, &iStatus, &zAllow);
  if( !x ){
    if( iStatus==405 ){
      r->zAllow = zAllow;
      sv_message(r, 405, N_("Method not allowed"), N_("This address does not take this kind of request."));
    }else{
      sv_message(r, 404, N_("Page not found"), N_("There is no page at this address."));
    }
    return;
  }
  if( strcmp(r->zMethod, "POST")==0 ){
    const char *zType = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
    if( r->bTooBig ){
      sv_message(r, 413, N_("Form too large"), N_("The form sent is larger than any form of this survey. Nothing was saved."));
      return;
    }
    if( !zType || strncmp(zType, "application/x-www-form-urlencoded", 33)!=0 ){
      sv_message(r, 415, N_("Unsupported form"), N_("The form was not sent as a web form. Nothing was saved."));
      return;
    }
    if( sv_form_parse(sb_str(&r->body), r->body.n, &r->form) ){
      sv_message(r, 400, N_("Malformed form"), N_("The form sent could not be read. Nothing was saved."));
      return;
    }
  }
  r->pStore = thread_store();
  if( !r->pStore ){
    r->nRetryAfter = 5;
    sv_message(r, 503, N_("Survey unavailable"), N_("The survey cannot be reached just now. Please try again in a few minutes."));
    return;
  }
  store_read_begin(r->pStore);
  /* Shared code (_() in the report) speaks the page's language. */
  i18n_thread_english(!r->bFr);
  x(r);
  i18n_thread_english(0);
  store_read_end(r->pStore);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *zUrl,
                                  const char *zMethod, const char *zVersion, const char *zData,
                                  size_t *pnData, void **ppReq){
  (void)cls; (void)zVersion;
  SvReq *r = *ppReq;
  if( !r ){
    r = xcalloc(1, sizeof(*r));
    r->tStart = now_ms();
    r->pConn = c;
    r->zMethod = zMethod;
    r->zPath = xstrdup(zUrl);
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if( ci && ci->client_addr ){
      const struct sockaddr *sa = ci->client_addr;
      if( sa->sa_family==AF_INET ) inet_ntop(AF_INET, &((const struct sockaddr_in*)sa)->sin_addr, r->zClient, sizeof(r->zClient));
      else if( sa->sa_family==AF_INET6 ) inet_ntop(AF_INET6, &((const struct sockaddr_in6*)sa)->sin6_addr, r->zClient, sizeof(r->zClient));
    }
    atomic_fetch_add(&nInFlight, 1);
    *ppReq = r;
    return MHD_YES;
  }
  if( r->pJob ){
    /* Resumed: the save is committed (or failed); the page in its language. */
    i18n_thread_english(!r->bFr);
    r->xAfterSave(r);
    i18n_thread_english(0);
    sv_job_free(r->pJob);
    r->pJob = NULL;
    return respond(c, r);
  }
  if( *pnData ){
    if( r->body.n + *pnData > SV_BODY_MAX ) r->bTooBig = 1;
    else sb_append(&r->body, zData, *pnData);
    *pnData = 0;
    return MHD_YES;
  }
  handle(r);
  if( r->pJob ){
    /* Suspend first, then queue: the writer resumes only a suspended request. */
    MHD_suspend_connection(c);
    sv_writer_queue(r->pJob);
    return MHD_YES;
  }
  return respond(c, r);
}

void sv_job_done(SvJob *j){
  MHD_resume_connection(j->pReq->pConn);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **ppReq, enum MHD_RequestTerminationCode e){
  (void)cls; (void)c; (void)e;
  SvReq *r = *ppReq;
  if( !r ) return;
  char zPath[200], zTime[32];
  sv_log_path(r->zPath, zPath, sizeof(zPath));
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(zTime, sizeof(zTime), "%Y-%m-%dT%H:%M:%SZ", &tm);
  pthread_mutex_lock(&logMutex);
  fprintf(stderr, "%s %s %s %d %.1fms\n", zTime, r->zMethod, zPath, r->iStatus, now_ms()-r->tStart);
  pthread_mutex_unlock(&logMutex);
  sv_form_clear(&r->form);
  sv_auth_clear(r);
  for(int i=0; i<r->nCookie; i++) free(r->azCookie[i]);
  free(r->zDisposition);
  sb_free(&r->body);
  sb_free(&r->out);
  free(r->zLocation);
  free(r->zPath);
  free(r);
  *ppReq = NULL;
  atomic_fetch_sub(&nInFlight, 1);
}

/* The form-key secret kept in the study (created once), the settings the
** pages show, and the base URL when given: one transaction. */
static int load_config_txn(Store *p, void *pArg){
  const ServeOpts *pOpts = pArg;
  char *zHex = NULL;
  int rc = store_setting_get(p, "serve_secret", &zHex);
  size_t nBin = 0;
  if( !rc && (!zHex || sodium_hex2bin(g_sv.aKey, sizeof(g_sv.aKey), zHex, strlen(zHex), NULL, &nBin, NULL) || nBin!=32) ){
    char z[65];
    randombytes_buf(g_sv.aKey, sizeof(g_sv.aKey));
    sodium_bin2hex(z, sizeof(z), g_sv.aKey, sizeof(g_sv.aKey));
    rc = store_setting_set(p, "serve_secret", z);
  }
  free(zHex);
  if( !rc && pOpts->zBaseUrl ) rc = store_setting_set(p, "base_url", pOpts->zBaseUrl);
  char *z = NULL;
  if( !rc ) rc = store_setting_get(p, "suppress_min", &z);
  g_sv.nSuppressMin = z && atoi(z)>0 ? atoi(z) : 5;
  free(z);
  if( !rc ) rc = store_setting_get(p, "survey_contact", &g_sv.zContact);
  return rc;
}
static int load_config(Store *p, const ServeOpts *pOpts, char **pzErr){
  int rcWork = STORE_OK;
  int rc = store_write(p, load_config_txn, (void*)pOpts, &rcWork);
  if( !rc ) rc = rcWork;
  if( rc ) *pzErr = xstrdup(store_errmsg(p));
  return rc;
}

void serve_limits_print(FILE *out){
  fputs(_("\nWeb server (synergist serve)\n"), out);
  fprintf(out, _("  a request body over %d bytes is refused with 413, nothing saved\n"), SV_BODY_MAX);
  fprintf(out, _("  a form of more than %d fields is refused with 400, nothing saved\n"), SV_FORM_MAX);
  fprintf(out, _("  a connection idle for %d seconds is closed; at most %d connections at once\n"),
          SV_TIMEOUT, SV_CONNECTIONS);
  fputs(_("  failed token attempts and failed sign-ins are limited per client (429 with\n"
          "  Retry-After): serve --token-failures N (20) and --signin-failures N (10)\n"
          "  per 10 minutes; a session ends after --session-idle MIN (30) minutes\n"), out);
}

int serve_run(const ServeOpts *pOpts){
  memset(&g_sv, 0, sizeof(g_sv));
  g_sv.opts = *pOpts;
  if( sodium_init()<0 ){ fprintf(stderr, "synergist: error: libsodium cannot start\n"); return 1; }
  Store *pSetup = NULL;
  char *zErr = NULL;
  if( store_open(pOpts->zStudy, 0, &pSetup, &zErr) || load_config(pSetup, pOpts, &zErr) ){
    fprintf(stderr, "synergist: error: %s\n", zErr ? zErr : "cannot open the study");
    free(zErr);
    store_close(pSetup);
    return 1;
  }
  store_close(pSetup);
  struct sockaddr_in6 a6; struct sockaddr_in a4;
  struct sockaddr *pAddr; int bV6 = strchr(pOpts->zBind, ':')!=NULL;
  memset(&a6, 0, sizeof(a6)); memset(&a4, 0, sizeof(a4));
  if( bV6 ){
    a6.sin6_family = AF_INET6; a6.sin6_port = htons((uint16_t)pOpts->iPort);
    if( inet_pton(AF_INET6, pOpts->zBind, &a6.sin6_addr)!=1 ){ fprintf(stderr, "synergist: error: --bind %s is not an address\n", pOpts->zBind); return 2; }
    pAddr = (struct sockaddr*)&a6;
  }else{
    a4.sin_family = AF_INET; a4.sin_port = htons((uint16_t)pOpts->iPort);
    if( inet_pton(AF_INET, pOpts->zBind, &a4.sin_addr)!=1 ){ fprintf(stderr, "synergist: error: --bind %s is not an address\n", pOpts->zBind); return 2; }
    pAddr = (struct sockaddr*)&a4;
  }
  /* Signals are taken by sigwait() below, not by any thread. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  signal(SIGPIPE, SIG_IGN);
  /* Pages are rendered in either language by choosing per message
  ** (sv_t): the French catalogue stays selected for the whole process. */
  i18n_set_lang("fr");
  /* Request threads allocate and free the same sizes all day: keep freed
  ** memory in the process rather than handing it back (and faulting it in
  ** again) after every burst. */
  mallopt(M_TRIM_THRESHOLD, 64<<20);
  pthread_key_create(&storeKey, close_store);
  if( sv_writer_start(pOpts->zStudy, &zErr) ){
    fprintf(stderr, "synergist: error: %s\n", zErr);
    free(zErr);
    return 1;
  }
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME
                 | MHD_USE_TURBO | (bV6 ? MHD_USE_IPv6 : 0);
  struct MHD_Daemon *d = MHD_start_daemon(flags, (uint16_t)pOpts->iPort, NULL, NULL, on_request, NULL,
    MHD_OPTION_SOCK_ADDR, pAddr,
    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)(pOpts->nThread>0 ? pOpts->nThread : 2),
    MHD_OPTION_CONNECTION_LIMIT, (unsigned)SV_CONNECTIONS,
    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SV_TIMEOUT,
    MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
    MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
    MHD_OPTION_END);
  if( !d ){
    fprintf(stderr, "synergist: error: cannot listen on %s port %d (in use, or not allowed)\n", pOpts->zBind, pOpts->iPort);
    sv_writer_stop();
    return 1;
  }
  const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  int iPort = di ? di->port : pOpts->iPort;
  fprintf(stderr, "synergist: serving %s on http://%s%s%s:%d/ (stop with Ctrl-C)\n",
          pOpts->zStudy, bV6 ? "[" : "", pOpts->zBind, bV6 ? "]" : "", iPort);
  if( pOpts->zPortFile ){
    FILE *f = fopen(pOpts->zPortFile, "w");
    if( f ){ fprintf(f, "%d\n", iPort); fclose(f); }
  }
  int sig = 0;
  sigwait(&set, &sig);
  fprintf(stderr, "synergist: stopping: finishing requests in flight\n");
  /* No new connections; wait (up to SV_TIMEOUT) for the requests in flight. */
  MHD_socket s = MHD_quiesce_daemon(d);
  for(int i=0; i<SV_TIMEOUT*100 && atomic_load(&nInFlight)>0; i++) usleep(10000);
  MHD_stop_daemon(d);
  if( s!=MHD_INVALID_SOCKET ) close(s);
  sv_writer_stop();
  answer_cache_clear();
  sv_auth_shutdown();
  free(g_sv.zContact);
  fprintf(stderr, "synergist: stopped\n");
  return 0;
}

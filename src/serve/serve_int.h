/*
** serve_int.h: private to src/serve/. The request a handler works on, the
** routing table, the page writer and the group-commit writer.
**
** A handler (SvHandler) gets a request whose route parameters, language,
** form (POST) and read connection are ready; it first checks what it needs
** (the token, the form key) and returns at once with a 4xx page when that
** fails; it calls the same use-case functions as the command line
** (survey/answer.h) and either writes a page (sv_page_begin ... _end),
** a redirect (sv_redirect) or hands a save to the writer (sv_writer_queue)
** and waits. Headers (security, cache, language cookie) are set in one
** place, server.c, for every response.
*/
#ifndef SYN_SERVE_INT_H
#define SYN_SERVE_INT_H
#include <stdint.h>
#include "serve/serve.h"
#include "serve/request.h"
#include "store/store.h"
#include "survey/answer.h"
#include "util/sb.h"

typedef struct SvReq SvReq;
typedef struct SvJob SvJob;
typedef void (*SvHandler)(SvReq*);

/* A save waiting for the writer thread: answers (xWrite NULL), or any
** other change made by xWrite on the writer's connection, alone in a
** savepoint (it fails alone; its message is kept in zErr). */
struct SvJob {
  int (*xWrite)(Store*, SvJob*);  /* the change; returns STORE_* */
  void *pArg;               /* its data, freed by xFree (may be NULL) */
  void (*xFree)(void*);
  char *zErr;               /* owned: the store's message when rc failed */
  int64_t iResult;          /* what xWrite made (a new row's id) */
  TokenInfo tok;            /* owned */
  AnswerForm form;          /* borrowed from the answer cache */
  unsigned char *aAns, *aSet;   /* owned */
  int iPage, bSubmit;
  int rc;                   /* STORE_* once done */
  SvReq *pReq;              /* the waiting request */
  SvJob *pNext;
};

struct SvReq {
  void *pConn;              /* struct MHD_Connection* */
  const char *zMethod;
  char *zPath;              /* owned */
  char zToken[65]; int iN;  /* route parameters */
  char zClient[64];         /* the client's address */
  int bFr;                  /* French page */
  int bLangCookie;          /* set the lang cookie to the chosen language */
  Store *pStore;            /* this thread's read connection */
  SvForm form;              /* the posted form */
  Sb body; int bTooBig;     /* the request body as it arrives */
  /* the response */
  int iStatus;
  Sb out;
  const char *zType;        /* Content-Type; NULL: text/html */
  char *zLocation;          /* for redirects, owned */
  int nRetryAfter;          /* seconds, for 429 and 503 */
  const char *zAllow;       /* for 405 */
  SvJob *pJob;              /* a save handed to the writer */
  int (*xAfterSave)(SvReq*);/* writes the response once pJob is done */
  double tStart;
  /* the signed-in user (auth.c) */
  int bAuth;                /* sv_user() has looked */
  struct User *pUser;       /* owned; NULL: nobody */
  char zCsrf[48];           /* the session's CSRF token */
  unsigned char aSess[32];  /* hash of the session id */
  const char *zScript;      /* a workspace page's script (a served path), or NULL */
  const char *zStyle;       /* a workspace page's extra stylesheet (a served path), or NULL */
  char *azCookie[3]; int nCookie;   /* Set-Cookie values, owned */
  char *zDisposition;       /* Content-Disposition (a download), owned, or NULL */
};

/* ---- configuration (server.c) ---- */
typedef struct SvConfig {
  ServeOpts opts;
  unsigned char aKey[32];   /* form key secret */
  int nSuppressMin;
  char *zContact;           /* who runs the survey (setting survey_contact), may be NULL */
} SvConfig;
extern SvConfig g_sv;

/* Add a Set-Cookie header value to the response (copied). */
void sv_set_cookie(SvReq*, const char *zValue);
/* The value of request header zName, or NULL. Borrowed. */
const char *sv_header(SvReq*, const char *zName);

/* A query-string argument of the request (server.c), or NULL. Borrowed. */
const char *sv_query(SvReq*, const char *zName);

/* ---- routing (route.c) ---- */
#define SV_POST 0x01          /* the route takes POST; otherwise GET and HEAD */
typedef struct SvRoute { const char *zPattern; unsigned flags; SvHandler x; } SvRoute;
/* Find the handler of zPath for method zMethod. Returns it with the route
** parameters set, or NULL with *piStatus 404 (no such path) or 405 (the path
** exists, not with this method; *pzAllow the methods it takes). */
SvHandler sv_route(SvReq*, int *piStatus, const char **pzAllow);

/* ---- pages (page.c) ---- */
/* The translation of msgid z in the request's language. */
const char *sv_t(const SvReq*, const char *z);
/* Start a page with status iStatus and title zTitle (translated already):
** doctype, head, language switch, skip link, <main>. */
void sv_page_begin(SvReq*, int iStatus, const char *zTitle);
void sv_page_end(SvReq*);
/* html_printf into the page (%h escapes). */
void sv_printf(SvReq*, const char *zFmt, ...);
/* A whole page with a heading and one message, both msgids. */
void sv_message(SvReq*, int iStatus, const char *zTitle, const char *zMsg);
/* 303 See Other to a path of this server (printf-style). */
void sv_redirect(SvReq*, const char *zFmt, ...) __attribute__((format(printf,2,3)));
/* A built-in file (data/...) as the response, with Content-Type zType
** (a literal). */
void sv_asset(SvReq*, const char *zFile, const char *zType);
/* The plain stylesheet (GET /style.css). */
void sv_style(SvReq*);

/* ---- guards (guard.c) ---- */
/* The form key of a token into zOut (at least 44 bytes). */
void sv_form_key(const char *zToken, char *zOut);
/* 1 when zKey is the form key of zToken (constant time). */
int sv_form_key_ok(const char *zToken, const char *zKey);
/* 1 when key zKey has had nMax failures in the last 10 minutes
** (*pnRetry seconds to wait); sv_rate_fail_key counts one. */
int sv_rate_blocked_key(const char *zKey, int nMax, int *pnRetry);
void sv_rate_fail_key(const char *zKey);
/* 1 when zClient may not try tokens now (*pnRetry seconds to wait). */
int sv_rate_blocked(const char *zClient, int *pnRetry);
/* Count a failed token attempt of zClient. */
void sv_rate_fail(const char *zClient);

/* ---- the writer thread (writer.c) ---- */
int sv_writer_start(const char *zStudy, char **pzErr);
/* Queue a save; the writer commits it (synced) with the others waiting
** and then calls sv_job_done(pJob) from its thread. */
void sv_writer_queue(SvJob*);
/* Commit what is queued, then stop the thread. */
void sv_writer_stop(void);
void sv_job_done(SvJob*);     /* server.c: resumes the waiting request */
void sv_job_free(SvJob*);

/* ---- respondent pages (page_survey.c) ---- */
void sv_home(SvReq*);         /* GET / */
void sv_start(SvReq*);        /* GET /start?token= */
void sv_welcome(SvReq*);      /* GET /s/{token} */
void sv_page_get(SvReq*);     /* GET /s/{token}/p/{n} */
void sv_page_post(SvReq*);    /* POST /s/{token}/p/{n} */
void sv_review(SvReq*);       /* GET /s/{token}/review */
void sv_submit(SvReq*);       /* POST /s/{token}/submit */
void sv_thanks(SvReq*);       /* GET /s/{token}/thanks */
void sv_unknown(SvReq*);      /* any other /s/... : the neutral page */
/* Shared with page_ties.c: the token opened (NULL: a page was written),
** the page of a wave not open or a submitted set (1: written), the form
** key checked (1: a refusal was written), the partnership and wave line. */
AnswerSet *sv_survey_open(SvReq*);
int sv_survey_state(SvReq*, const AnswerSet*, int bPost);
int sv_survey_bad_key(SvReq*);
void sv_survey_intro(SvReq*, const AnswerSet*);

/* ---- the tie survey (page_ties.c) ---- */
void sv_ties_link(SvReq*);    /* the welcome page's link to it */
void sv_ties_get(SvReq*);     /* GET /s/{token}/network: levels */
void sv_ties_post(SvReq*);    /* POST /s/{token}/network */
void sv_ties_ratings_get(SvReq*);   /* GET /s/{token}/network/ratings: trust and value */
void sv_ties_ratings_post(SvReq*);  /* POST /s/{token}/network/ratings */
void sv_ties_saved(SvReq*);   /* GET /s/{token}/network/saved */

#endif

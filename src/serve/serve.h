/*
** serve.h: `synergist serve`, the web survey over libmicrohttpd. One
** process serves the study file while the command line keeps using it.
**
** Layout of src/serve/: server.c the daemon, request life cycle, headers
** and log; route.c the one routing table; request.c pure parsing (forms,
** cookies, language, routes); page.c the page writer (escaping, layout,
** errors, redirects); page_survey.c the respondent pages; writer.c the
** thread that commits saves in groups; guard.c form keys and the limit
** on failed token attempts. The evaluators' workspace: auth.h/auth.c
** sessions, rights, CSRF and writes; page_app.c its layout;
** page_signin.c sign-in and sign-out; page_user.c the users page.
*/
#ifndef SYN_SERVE_H
#define SYN_SERVE_H
#include <stdio.h>

typedef struct ServeOpts {
  const char *zStudy;       /* the study file */
  const char *zBind;        /* address to listen on (127.0.0.1) */
  int iPort;                /* TCP port (8080) */
  const char *zBaseUrl;     /* public address for links (may be NULL) */
  int nTokenFailures;       /* failed token attempts per client per 10 minutes (20) */
  int nThread;              /* request threads (2) */
  const char *zPortFile;    /* when set, the chosen port is written there once listening */
  int bSecureCookies;       /* session cookies marked Secure (behind TLS) */
  int nSessionIdle;         /* minutes without a request that end a session (30) */
  int nSigninFailures;      /* failed sign-ins per client and per name per 10 minutes (10) */
} ServeOpts;

/* Serve until SIGINT or SIGTERM. Returns 0 after a clean stop, or
** non-zero (a message printed) when it could not start. */
int serve_run(const ServeOpts*);
/* The web server's fixed limits, for `synergist help limits`. */
void serve_limits_print(FILE*);

#endif

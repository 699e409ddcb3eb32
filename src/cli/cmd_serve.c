/*
** cmd_serve.c: serve: the local web server (src/serve/).
** Handlers and their entries of the command table (aCmd_serve, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "serve/serve.h"

static int cmd_serve(Cli *p){
  ServeOpts o = {0};
  o.zStudy = p->zStudy;
  o.zBind = cli_opt(p, "--bind");
  long iPort = cli_opt_int(p, "--port", 8080);
  o.zBaseUrl = cli_opt(p, "--base-url");
  o.nTokenFailures = (int)cli_opt_int(p, "--token-failures", 20);
  o.nThread = (int)cli_opt_int(p, "--threads", 2);
  o.zPortFile = cli_opt(p, "--port-file");
  o.bSecureCookies = cli_flag(p, "--secure-cookies");
  o.nSessionIdle = (int)cli_opt_int(p, "--session-idle", 30);
  o.nSigninFailures = (int)cli_opt_int(p, "--signin-failures", 10);
  cli_args(p, 0, 0);
  if( !o.zBind ) o.zBind = "127.0.0.1";
  if( iPort<0 || iPort>65535 ) fatal(EXIT_USAGE, "--port must be 0 to 65535, not %ld", iPort);
  if( o.nTokenFailures<1 ) fatal(EXIT_USAGE, "--token-failures must be at least 1");
  if( o.nThread<1 || o.nThread>64 ) fatal(EXIT_USAGE, "--threads must be 1 to 64");
  if( o.nSessionIdle<1 || o.nSessionIdle>720 ) fatal(EXIT_USAGE, "--session-idle must be 1 to 720 minutes");
  if( o.nSigninFailures<1 ) fatal(EXIT_USAGE, "--signin-failures must be at least 1");
  if( o.zBaseUrl ){
    size_t n = strlen(o.zBaseUrl);
    if( (strncmp(o.zBaseUrl, "https://", 8)!=0 && strncmp(o.zBaseUrl, "http://", 7)!=0) || o.zBaseUrl[n-1]=='/' ){
      fatal(EXIT_USAGE, "--base-url must start with https:// (or http://) and not end with '/', not '%s'", o.zBaseUrl);
    }
  }
  o.iPort = (int)iPort;
  if( o.zBaseUrl && strncmp(o.zBaseUrl, "https://", 8)==0 ) o.bSecureCookies = 1;
  if( strcmp(o.zBind, "127.0.0.1")!=0 && strcmp(o.zBind, "::1")!=0 ){
    warn("serving on %s: put a TLS reverse proxy in front (nginx or Caddy, see docs/deploy.md); "
         "survey tokens must never travel unencrypted", o.zBind);
  }
  /* The server opens its own connections; the dispatcher's is not needed. */
  int rc = serve_run(&o);
  return rc==0 ? EXIT_OK : rc==2 ? EXIT_USAGE : EXIT_FAIL;
}

const CmdEntry aCmd_serve[] = {
  { "serve", cmd_serve, CMD_STUDY, "the web survey (members answer by their token) and the evaluators' workspace",
    "Usage: synergist serve [--bind ADDR] [--port N] [--base-url URL]\n"
    "                       [--token-failures N] [--threads N] [--secure-cookies]\n"
    "                       [--session-idle MIN] [--signin-failures N]\n"
    "                       [--port-file FILE]\n\n"
    "Serves the study's surveys on the web while the command line keeps\n"
    "working on the same file (imports, score, report). A member opens\n"
    "BASE/s/TOKEN (the link column of `token export`) or types the token on\n"
    "the start page, and answers the wave's instrument (wave add --instrument)\n"
    "page by page, in English or French (browser language, or the switch on\n"
    "every page). Each page is saved as it is left: the same link resumes.\n"
    "After the review page's submit the answer set is complete; `score`\n"
    "counts complete sets (--include-partial: the others too).\n\n"
    "  --bind ADDR        address to listen on (default 127.0.0.1). Any other\n"
    "                     address prints a warning: put a TLS reverse proxy in\n"
    "                     front (docs/deploy.md)\n"
    "  --port N           TCP port (default 8080; 0 picks a free one)\n"
    "  --port-file FILE   write the port listened on to FILE once the server\n"
    "                     accepts requests (with --port 0: scripts and tests)\n"
    "  --base-url URL     the public address, kept in the study for the links\n"
    "                     of `token export` (e.g. https://survey.example.org)\n"
    "  --token-failures N unknown links one client may try per 10 minutes\n"
    "                     before getting 429 (default 20)\n"
    "  --threads N        request threads (default 2)\n"
    "  --secure-cookies   mark the workspace's cookies Secure (behind a TLS\n"
    "                     proxy; implied by an https:// --base-url)\n"
    "  --session-idle MIN a signed-in session ends after MIN minutes without a\n"
    "                     request (default 30; always after 12 hours)\n"
    "  --signin-failures N failed sign-ins per client and per user name per\n"
    "                     10 minutes before 429 (default 10)\n\n"
    "The evaluators' workspace is on the same server: users added with\n"
    "`synergist user add` sign in at BASE/signin and see what their role and\n"
    "partnerships allow (see: synergist help user add): /programme (the\n"
    "portfolio), /users (admins and evaluators). Sessions are a random\n"
    "256-bit id in an HttpOnly, SameSite=Strict cookie, kept in memory (a\n"
    "restart signs everyone out); every form and state-changing request\n"
    "carries the session's CSRF token; a change of a user's password, role\n"
    "or partnerships ends their sessions. Changes made on the web are\n"
    "audited under the signed-in user's name.\n\n"
    "Stops cleanly on SIGINT or SIGTERM: requests in flight finish and every\n"
    "acknowledged answer is on disk. Logs one line per request to stderr\n"
    "(time, method, path with the token cut to 4 characters, status, ms).\n\n"
    "HTTP statuses: 200 page; 303 after a saved form (post-redirect-get);\n"
    "400 malformed form, missing form key or navigation, an answer out of\n"
    "range or for a question not on the page; 403 wrong form key; 404\n"
    "unknown page, or an unknown, revoked or mistyped token (one neutral\n"
    "page); 405 wrong method (Allow header); 409 already submitted, or the\n"
    "wave is not open; 413 body over 64 KB; 415 not a web form; 429 too many\n"
    "unknown tokens (Retry-After); 503 the study is busy or unavailable.\n"
    "Workspace: 303 to /signin?next=PATH when a page needs a signed-in user;\n"
    "403 a wrong password, a role or partnership that does not allow the\n"
    "page or action, or a form without the session's CSRF token; 400 a\n"
    "refused form (every problem listed); 409 a name already taken; 429 too\n"
    "many failed sign-ins (Retry-After).\n"
    "A 4xx answer never changes anything.\n\n"
    "Exit codes: 0 stopped cleanly; 1 could not start (port in use, study\n"
    "unusable); 2 wrong options; 4 the study file cannot be used.\n\n"
    "Example:\n  synergist serve --port 8080 --base-url https://survey.example.org\n" },
  {0,0,0,0,0}
};

/* cmd_serve.c: `synergist serve`, the web survey (part of aCmd_survey; the server is src/serve/). */
#include <stdio.h>
#include <string.h>
#include "cli/cmd_survey.h"
#include "serve/serve.h"

int cmd_serve(Cli *p){
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

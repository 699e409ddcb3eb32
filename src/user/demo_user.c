/*
** demo_user.c: the users of the demo study (demo_users(), a hook of
** roster/demo.h): an admin, an evaluator of both partnerships and the
** demo's two coders, "ana" and "ben", so their coding is theirs. Their
** passwords are public (printed by `synergist demo` and `make demo`,
** written in the README) and belong to the demo only: they are hashed
** with argon2id at its lowest cost, which keeps `synergist demo` fast.
*/
#include "roster/demo.h"
#include "user/user.h"

static char *azBoth[] = { "CHRP", "PCCP" };

const DemoUser aDemoUser[] = {
  { "admin", "admin",     "demo-admin-2026" },
  { "eva",   "evaluator", "demo-evaluator-2026" },
  { "ana",   "coder",     "demo-coder-ana-2026" },
  { "ben",   "coder",     "demo-coder-ben-2026" },
  { NULL, NULL, NULL }
};

int demo_users(Store *p, Err *pErr){
  for(const DemoUser *d = aDemoUser; d->zName; d++){
    UserSpec s = { .zName = d->zName, .role = user_role_parse(d->zRole), .nPart = 2, .azPart = azBoth, .bLowCost = 1 };
    int rc = user_add(p, &s, d->zPassword, "demo", pErr);
    if( rc ) return rc;
  }
  return 0;
}

/*
** demo.h: the fictional demo programme written by `synergist demo`.
** Each area adds its part: demo_roster() (partnerships, members, meetings,
** timeline), demo_survey() (waves and answers), demo_qual() (sources,
** coding, summaries), demo_network() (tie surveys), demo_users() (who
** signs in to `serve`). All are
** deterministic (DemoRng seeded with a fixed value) and run inside the
** command's one transaction. Each returns 0 or a
** STORE_* code with the store's message set; demo_users() returns 0 or
** the class of its failure in an Err, as the use cases of user/user.h do.
*/
#ifndef SYN_DEMO_H
#define SYN_DEMO_H
#include <stdint.h>
#include "store/store.h"

/* A small deterministic generator (xorshift64*), so the demo is identical everywhere. */
typedef struct DemoRng { uint64_t s; } DemoRng;
uint64_t demo_rng_next(DemoRng*);
double demo_rng_uniform(DemoRng*);            /* [0,1) */
double demo_rng_normal(DemoRng*);             /* standard normal */

int demo_roster(Store*);
int demo_survey(Store*);
int demo_qual(Store*);
int demo_network(Store*);      /* src/network/demo_network.c: tie surveys */

/* The demo's users of `serve` (src/user/demo_user.c): name, role and
** public demo password; the list ends with a NULL name. demo_users()
** adds them (after demo_qual(), whose coders they are). */
typedef struct DemoUser { const char *zName, *zRole, *zPassword; } DemoUser;
extern const DemoUser aDemoUser[];
struct Err;
int demo_users(Store*, struct Err*);

/* `demo`: every area's part written into the study, which must hold no
** partnership yet (ERR_FAIL). Inside the caller's transaction. */
int demo_study(Store*, struct Err*);

#endif

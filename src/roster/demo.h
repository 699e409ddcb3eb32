/*
** demo.h: the fictional demo programme written by `synergist demo`.
** Each area adds its part: demo_roster() (partnerships, members, meetings,
** timeline), demo_survey() (waves and answers), demo_qual() (sources,
** coding, summaries), demo_network() (tie surveys). All are
** deterministic (DemoRng seeded with a fixed value) and run inside the
** command's one transaction. Each returns 0 or a
** STORE_* code with the store's message set.
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

#endif

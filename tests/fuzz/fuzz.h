/*
** fuzz.h: what the libFuzzer harnesses of tests/fuzz/ share. Each harness
** is one fuzz_*.c with LLVMFuzzerTestOneInput() over one parser; readers
** that take a path get the input through fuzz_file(), and those that write
** to a study get fuzz_store(): a study made once per process, with the
** demo programme, each input run inside a transaction rolled back after.
*/
#ifndef SYN_FUZZ_H
#define SYN_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/store.h"
#include "roster/demo.h"
#include "survey/survey.h"
#include "util/errlist.h"

/* The input written to a file of this process ending in zExt (the same
** file each time, rewritten); its path is static. */
static inline const char *fuzz_file(const uint8_t *a, size_t n, const char *zExt){
  static char zPath[256];
  snprintf(zPath, sizeof(zPath), "%s/synergist-fuzz-%d%s",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid(), zExt);
  FILE *f = fopen(zPath, "wb");
  if( !f ) abort();
  if( n ) fwrite(a, 1, n, f);
  fclose(f);
  return zPath;
}

/* The input as a NUL-terminated copy (caller frees). */
static inline char *fuzz_str(const uint8_t *a, size_t n){
  char *z = malloc(n+1);
  if( !z ) abort();
  memcpy(z, a, n);
  z[n] = 0;
  return z;
}

/* A new study of this process holding the demo programme's roster (and,
** with bSurvey, its survey answers), made once by the caller; never NULL. */
static inline Store *fuzz_demo_study(int bSurvey){
  char zPath[256], *zErr = NULL;
  Store *p = NULL;
  snprintf(zPath, sizeof(zPath), "%s/synergist-fuzz-%d.db",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid());
  unlink(zPath);
  if( store_open(zPath, 1, &p, &zErr) ) abort();
  store_begin(p);
  if( demo_roster(p) || (bSurvey && demo_survey(p)) ) abort();
  store_commit(p);
  return p;
}

#endif

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


#endif

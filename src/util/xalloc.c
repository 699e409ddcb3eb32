/* xalloc.c: allocation wrappers that never return NULL (see xalloc.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#ifdef __linux__
#include <sys/mman.h>
#endif
#include "util/sb.h"
#include "util/xalloc.h"

/* The one exit() outside the command line: no caller could go on without
** the memory. 5 is the exit code of an internal error (help exit-codes). */
static void oom(void){
  fputs("synergist: error: out of memory\n", stderr);
  exit(5);
}
void *xmalloc(size_t n){ void *p = malloc(n ? n : 1); if( !p ) oom(); return p; }
void *xcalloc(size_t a, size_t b){ void *p = calloc(a ? a : 1, b ? b : 1); if( !p ) oom(); return p; }
void *xrealloc(void *p, size_t n){ p = realloc(p, n ? n : 1); if( !p ) oom(); return p; }
char *xstrdup(const char *z){ return z ? xstrndup(z, strlen(z)) : NULL; }
char *xstrndup(const char *z, size_t n){
  char *r = xmalloc(n+1);
  memcpy(r, z, n);
  r[n] = 0;
  return r;
}
char *xvasprintf(const char *zFmt, va_list ap){
  if( sb_format_fast(zFmt) ){
    /* without printf when it can (sb.c says why) */
    Sb s = SB_INIT;
    sb_vprintf(&s, zFmt, ap);
    char *z = xrealloc(s.z, s.n+1);
    if( s.n==0 ) z[0] = 0;
    return z;
  }
  char zBuf[256];          /* one pass for the usual short text */
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(zBuf, sizeof(zBuf), zFmt, ap2);
  va_end(ap2);
  if( n<0 ) oom();
  if( (size_t)n<sizeof(zBuf) ) return xstrndup(zBuf, (size_t)n);
  char *z = xmalloc((size_t)n+1);
  vsnprintf(z, (size_t)n+1, zFmt, ap);
  return z;
}
char *xasprintf(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  char *z = xvasprintf(zFmt, ap);
  va_end(ap);
  return z;
}

/* Huge pages for the whole 2 MiB blocks inside p[0..n) (a hint: ignored
** where unsupported or smaller). */
#define HUGE_PAGE ((size_t)2 << 20)
static void *huge_hint(void *p, size_t n){
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if( n>=HUGE_PAGE ){
    uintptr_t a = ((uintptr_t)p + HUGE_PAGE-1) & ~(uintptr_t)(HUGE_PAGE-1);
    uintptr_t b = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE_PAGE-1);
    if( b>a ) madvise((void*)a, b-a, MADV_HUGEPAGE);
  }
#else
  (void)n;
#endif
  return p;
}

/* An array of at least a quarter of a huge page starts on a huge page and takes
** whole ones, so every part of it can be a huge page (where the system
** gives none, the untouched rest costs nothing), but for a last part
** under a quarter of one, left in ordinary pages rather than zeroing a
** whole huge page for it; smaller arrays come from malloc(). A first
** touch of ordinary pages costs a fault per 4 KiB, several times what a
** 2 MiB page costs per byte. */
void *xmalloc_big(size_t n){
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if( n>=HUGE_PAGE/4 && n<=SIZE_MAX-HUGE_PAGE ){
    size_t nAll = n%HUGE_PAGE < HUGE_PAGE/4 ? n : (n + HUGE_PAGE-1) & ~(HUGE_PAGE-1);
    void *p = NULL;
    if( posix_memalign(&p, HUGE_PAGE, nAll)!=0 ) oom();
    return huge_hint(p, nAll);
  }
#endif
  return xmalloc(n);
}
void *xrealloc_big(void *p, size_t n){ return p ? huge_hint(xrealloc(p, n), n) : xmalloc_big(n); }
void *xcalloc_big(size_t a, size_t b){
  size_t n = (a ? a : 1)*(b ? b : 1);
  if( b && n/b!=(a ? a : 1) ) oom();
  return memset(xmalloc_big(n), 0, n);
}

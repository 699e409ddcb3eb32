/* sb.c: growable string buffer (see sb.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/sb.h"
#include "util/xalloc.h"

static void sb_grow(Sb *p, size_t nMore){
  if( p->n + nMore + 1 <= p->nAlloc ) return;
  size_t nNew = p->nAlloc ? p->nAlloc*2 : 64;
  while( nNew < p->n + nMore + 1 ) nNew *= 2;
  p->z = xrealloc(p->z, nNew);
  p->nAlloc = nNew;
}
void sb_append(Sb *p, const char *z, size_t n){
  sb_grow(p, n);
  memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}
void sb_puts(Sb *p, const char *z){ sb_append(p, z, strlen(z)); }
void sb_putc(Sb *p, char c){ sb_append(p, &c, 1); }
/* One pass into a stack buffer for the usual short conversion; a longer
** one is written a second time straight into the grown buffer. */
void sb_vprintf(Sb *p, const char *zFmt, va_list ap){
  char zBuf[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(zBuf, sizeof(zBuf), zFmt, ap2);
  va_end(ap2);
  if( n<=0 ) return;
  if( (size_t)n<sizeof(zBuf) ){ sb_append(p, zBuf, (size_t)n); return; }
  sb_grow(p, (size_t)n);
  vsnprintf(p->z + p->n, (size_t)n+1, zFmt, ap);
  p->n += (size_t)n;
}
void sb_printf(Sb *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  sb_vprintf(p, zFmt, ap);
  va_end(ap);
}
void sb_reset(Sb *p){ p->n = 0; if( p->z ) p->z[0] = 0; }
void sb_free(Sb *p){ free(p->z); p->z = 0; p->n = p->nAlloc = 0; }
char *sb_take(Sb *p){
  char *z = p->z ? p->z : xstrdup("");
  p->z = 0; p->n = p->nAlloc = 0;
  return z;
}
const char *sb_str(Sb *p){ return p->z ? p->z : ""; }

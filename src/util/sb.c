/* sb.c: growable string buffer (see sb.h). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
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
/*
** Formatting without printf for the conversions the program writes most:
** text, %%, %s, %c, decimal integers (d, i, u with l, ll or z), %x, and
** floating conversions (f F e E g G) with at most a precision, the last
** through strfromd(). The reason is glibc's: once any printf handler is
** registered in a process, every printf-family call takes its slow
** positional path, and libquadmath (loaded with igraph, through ARPACK
** and gfortran) registers handlers for the floating conversions in every
** process that links it, about an eighth of diagnose's instructions.
** strfromd() formats one double without that dispatch. A format with
** anything else (flags, widths, positional arguments) goes to vsnprintf()
** whole, so the text is always printf's.
*/
typedef struct Spec {
  char c;            /* the conversion */
  int nLen;          /* 'l' count, or 3 for 'z' */
  int iPrec;         /* -1 none, -2 '*', else the digits' value */
} Spec;

/* Parse the spec after '%' at z into *pS; the character after it, or NULL
** when this formatter does not write it. */
static const char *spec_parse(const char *z, Spec *pS){
  pS->c = 0; pS->nLen = 0; pS->iPrec = -1;
  if( *z=='.' ){
    z++;
    if( *z=='*' ){ pS->iPrec = -2; z++; }
    else{
      int n = 0, k = 0;
      while( *z>='0' && *z<='9' && k<3 ){ n = n*10 + (*z - '0'); z++; k++; }
      if( *z>='0' && *z<='9' ) return NULL;
      pS->iPrec = n;
    }
  }
  if( *z=='l' ){ z++; pS->nLen = 1; if( *z=='l' ){ z++; pS->nLen = 2; } }
  else if( *z=='z' ){ z++; pS->nLen = 3; }
  pS->c = *z;
  switch( *z ){
    case 's': return pS->nLen ? NULL : z+1;
    case 'c': case '%': return pS->nLen || pS->iPrec!=-1 ? NULL : z+1;
    case 'd': case 'i': case 'u': case 'x': return pS->iPrec!=-1 ? NULL : z+1;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': return pS->nLen ? NULL : z+1;
    default: return NULL;
  }
}

int sb_format_fast(const char *zFmt){
  Spec sp;
  for(const char *z = strchr(zFmt, '%'); z; z = strchr(z, '%')){
    z = spec_parse(z+1, &sp);
    if( !z ) return 0;
  }
  return 1;
}

size_t sb_fixed(double r, int nDec, char *z){
  static const double aPow[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
  if( nDec<0 || nDec>9 ) return 0;
  double a = fabs(r)*aPow[nDec], f = floor(a), d = a - f;
  if( !(a<1e9) || fabs(d-0.5)<=1e-6 ) return 0;
  uint64_t u = (uint64_t)f + (d>0.5), p10 = (uint64_t)aPow[nDec];
  uint64_t iInt = u/p10, iFrac = u%p10;
  char aDig[24];
  size_t n = 0, nd = 0;
  if( signbit(r) ) z[n++] = '-';
  do{ aDig[nd++] = (char)('0' + iInt%10); iInt /= 10; }while( iInt );
  while( nd ) z[n++] = aDig[--nd];
  if( nDec>0 ){
    z[n++] = '.';
    for(int i=nDec-1; i>=0; i--){ z[n+(size_t)i] = (char)('0' + iFrac%10); iFrac /= 10; }
    n += (size_t)nDec;
  }
  z[n] = 0;
  return n;
}

static void fast_vprintf(Sb *p, const char *zFmt, va_list ap){
  const char *z = zFmt;
  for(;;){
    const char *zPct = strchr(z, '%');
    if( !zPct ){ sb_puts(p, z); return; }
    sb_append(p, z, (size_t)(zPct - z));
    Spec sp;
    z = spec_parse(zPct+1, &sp);
    if( !z ){ sb_puts(p, zPct); return; }  /* not reached: sb_format_fast() said yes */
    int iPrec = sp.iPrec==-2 ? va_arg(ap, int) : sp.iPrec;
    switch( sp.c ){
      case '%': sb_putc(p, '%'); break;
      case 'c': sb_putc(p, (char)va_arg(ap, int)); break;
      case 's': {
        const char *zArg = va_arg(ap, const char*);
        if( !zArg ) zArg = iPrec<0 || iPrec>=6 ? "(null)" : "";
        sb_append(p, zArg, iPrec<0 ? strlen(zArg) : strnlen(zArg, (size_t)iPrec));
        break;
      }
      case 'd': case 'i': case 'u': case 'x': {
        int bSigned = sp.c=='d' || sp.c=='i';
        unsigned long long u; int bNeg = 0;
        if( bSigned ){
          long long v = sp.nLen==3 ? (long long)va_arg(ap, ssize_t) : sp.nLen==2 ? va_arg(ap, long long)
                      : sp.nLen==1 ? (long long)va_arg(ap, long) : (long long)va_arg(ap, int);
          bNeg = v<0;
          u = bNeg ? 0ULL-(unsigned long long)v : (unsigned long long)v;
        }else{
          u = sp.nLen==3 ? (unsigned long long)va_arg(ap, size_t) : sp.nLen==2 ? va_arg(ap, unsigned long long)
            : sp.nLen==1 ? (unsigned long long)va_arg(ap, unsigned long) : (unsigned long long)va_arg(ap, unsigned);
        }
        char zNum[24];
        int k = (int)sizeof(zNum);
        unsigned base = sp.c=='x' ? 16 : 10;
        do{ zNum[--k] = "0123456789abcdef"[u%base]; u /= base; }while( u );
        if( bNeg ) zNum[--k] = '-';
        sb_append(p, zNum+k, sizeof(zNum)-(size_t)k);
        break;
      }
      default: {   /* f F e E g G */
        double v = va_arg(ap, double);
        char zF[8], zBuf[64];
        size_t nFixed;
        if( (sp.c=='f' || sp.c=='F') && (nFixed = sb_fixed(v, iPrec<0 ? 6 : iPrec, zBuf))>0 ){
          sb_append(p, zBuf, nFixed);    /* strfromd() takes a thousand instructions */
          break;
        }
        int k = 0;
        zF[k++] = '%';
        if( iPrec>=0 ){
          if( iPrec>999 ) iPrec = 999;
          zF[k++] = '.';
          if( iPrec>=100 ) zF[k++] = (char)('0' + iPrec/100);
          if( iPrec>=10 ) zF[k++] = (char)('0' + iPrec/10%10);
          zF[k++] = (char)('0' + iPrec%10);
        }
        zF[k++] = sp.c; zF[k] = 0;
        int n = strfromd(zBuf, sizeof(zBuf), zF, v);
        if( n<0 ) break;
        if( (size_t)n<sizeof(zBuf) ){ sb_append(p, zBuf, (size_t)n); break; }
        sb_grow(p, (size_t)n);
        strfromd(p->z + p->n, (size_t)n+1, zF, v);
        p->n += (size_t)n;
        break;
      }
    }
  }
}

/* One pass into a stack buffer for the usual short conversion; a longer
** one is written a second time straight into the grown buffer. */
void sb_vprintf(Sb *p, const char *zFmt, va_list ap){
  if( sb_format_fast(zFmt) ){ fast_vprintf(p, zFmt, ap); return; }
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

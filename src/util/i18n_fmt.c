/*
** i18n_fmt.c: numbers written in the current language (see i18n.h).
** i18n_vasprintf_lang() reads the whole format first so that positional
** arguments (%2$s, as translators reorder them) work: it notes the type of
** every argument, fetches them in order, then writes each conversion with
** printf. In French a floating conversion gets a decimal comma and a "%%"
** right after a numeric conversion gets a no-break space before it.
** Returned strings are the caller's to free.
*/
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/i18n.h"
#include "util/xalloc.h"

#define NBSP "\xC2\xA0"
#define MAX_ARG 32

typedef enum { A_NONE, A_INT, A_LONG, A_LLONG, A_SIZE, A_INTMAX, A_PTRDIFF,
               A_DOUBLE, A_LDOUBLE, A_STR, A_PTR } ArgType;

typedef union ArgVal { long long i; size_t z; intmax_t j; ptrdiff_t t; double d; long double ld;
                       const char *s; void *p; } ArgVal;

/* One conversion of the format. */
typedef struct Conv {
  const char *zStart, *zEnd;    /* the spec in the format, '%' to conversion */
  char zSpec[40];               /* the spec for printf, without n$ parts */
  int iArg;                     /* argument index of the value */
  int iWidth, iPrec;            /* argument indices of '*' values, or -1 */
  char c;                       /* conversion character */
  ArgType t;
} Conv;

/* Read a decimal number at *pz; -1 when there is none. */
static int read_num(const char **pz){
  const char *z = *pz;
  if( *z<'0' || *z>'9' ) return -1;
  int n = 0;
  while( *z>='0' && *z<='9' ){ if( n<100000 ) n = n*10 + (*z-'0'); z++; }
  *pz = z;
  return n;
}

/* "n$" at *pz: its index n-1 (the text is consumed), else -1. */
static int read_pos(const char **pz){
  const char *z = *pz;
  int n = read_num(&z);
  if( n<1 || *z!='$' ) return -1;
  *pz = z+1;
  return n-1;
}

/* A width or precision at *pz copied into zSpec[*pn..] (digits up to nMax
** bytes, or '*'): the argument index of a '*' (taking the next sequential
** one unless "*m$"), else -1. */
static int read_field(const char **pz, char *zSpec, size_t *pn, size_t nMax, int *piNext){
  const char *z = *pz;
  int iArg = -1;
  if( *z=='*' ){
    z++;
    int k = read_pos(&z);
    iArg = k>=0 ? k : (*piNext)++;
    zSpec[(*pn)++] = '*';
  }else{
    while( *z>='0' && *z<='9' && *pn<nMax ) zSpec[(*pn)++] = *z++;
  }
  *pz = z;
  return iArg;
}

/* Parse the spec at z (just after '%') into c; *piNext is the next
** sequential argument. Returns the end of the spec, or NULL when malformed. */
static const char *parse_conv(const char *z, Conv *c, int *piNext){
  size_t n = 0;
  c->zSpec[n++] = '%';
  int iPos = read_pos(&z);
  while( *z && strchr("-+ #0'", *z) && n<8 ) c->zSpec[n++] = *z++;
  c->iWidth = read_field(&z, c->zSpec, &n, 16, piNext);
  c->iPrec = -1;
  if( *z=='.' ){
    c->zSpec[n++] = *z++;
    c->iPrec = read_field(&z, c->zSpec, &n, 24, piNext);
  }
  int nL = 0; char cLen = 0;
  while( *z && strchr("hlLqjzt", *z) && nL<2 ){ cLen = *z; c->zSpec[n++] = *z++; nL++; }
  c->c = *z;
  if( !c->c ) return NULL;
  c->zSpec[n++] = *z++;
  c->zSpec[n] = 0;
  switch( c->c ){
    case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
      c->t = cLen=='z' ? A_SIZE : cLen=='j' ? A_INTMAX : cLen=='t' ? A_PTRDIFF
           : nL==2 && cLen=='l' ? A_LLONG : cLen=='q' ? A_LLONG : cLen=='l' ? A_LONG : A_INT;
      break;
    case 'c': c->t = A_INT; break;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      c->t = cLen=='L' ? A_LDOUBLE : A_DOUBLE; break;
    case 's': c->t = A_STR; break;
    case 'p': c->t = A_PTR; break;
    default: return NULL;
  }
  c->iArg = iPos>=0 ? iPos : (*piNext)++;
  return z;
}

/* Write conversion c of values a[] into p. */
static void put_conv(Sb *p, const Conv *c, const ArgVal *a){
  int aStar[2], nStar = 0;
  if( c->iWidth>=0 ) aStar[nStar++] = (int)a[c->iWidth].i;
  if( c->iPrec>=0 ) aStar[nStar++] = (int)a[c->iPrec].i;
  const ArgVal *v = &a[c->iArg];
#define PUT(X) do{ if( nStar==2 ) sb_printf(p, c->zSpec, aStar[0], aStar[1], X); \
                   else if( nStar==1 ) sb_printf(p, c->zSpec, aStar[0], X); \
                   else sb_printf(p, c->zSpec, X); }while(0)
  switch( c->t ){
    case A_INT:     PUT((int)v->i); break;
    case A_LONG:    PUT((long)v->i); break;
    case A_LLONG:   PUT(v->i); break;
    case A_SIZE:    PUT(v->z); break;
    case A_INTMAX:  PUT(v->j); break;
    case A_PTRDIFF: PUT(v->t); break;
    case A_DOUBLE:  PUT(v->d); break;
    case A_LDOUBLE: PUT(v->ld); break;
    case A_STR:     PUT(v->s); break;
    case A_PTR:     PUT(v->p); break;
    default: break;
  }
#undef PUT
}

char *i18n_vasprintf_lang(int bFr, const char *zFmt, va_list ap){
  if( !bFr ) return xvasprintf(zFmt, ap);
  int nConv = 0, nAlloc = 8, iNext = 0;
  Conv *aC = xmalloc(sizeof(Conv)*(size_t)nAlloc);
  ArgType aType[MAX_ARG] = {0};
  for(const char *z = strchr(zFmt, '%'); z; z = strchr(z, '%')){
    if( z[1]=='%' ){ z += 2; continue; }
    if( nConv==nAlloc ){ nAlloc *= 2; aC = xrealloc(aC, sizeof(Conv)*(size_t)nAlloc); }
    Conv *c = &aC[nConv];
    c->zStart = z;
    const char *zEnd = parse_conv(z+1, c, &iNext);
    if( !zEnd || c->iArg>=MAX_ARG || c->iWidth>=MAX_ARG || c->iPrec>=MAX_ARG ){
      /* Not a format this code knows: printf's own output, in English. */
      free(aC);
      return xvasprintf(zFmt, ap);
    }
    c->zEnd = zEnd;
    aType[c->iArg] = c->t;
    if( c->iWidth>=0 ) aType[c->iWidth] = A_INT;
    if( c->iPrec>=0 ) aType[c->iPrec] = A_INT;
    nConv++;
    z = zEnd;
  }
  ArgVal aVal[MAX_ARG];
  memset(aVal, 0, sizeof(aVal));
  int nArg = 0;
  for(int i=0; i<MAX_ARG; i++) if( aType[i]!=A_NONE ) nArg = i+1;
  for(int i=0; i<nArg; i++){
    switch( aType[i] ){
      case A_NONE:     /* an argument no conversion uses: printf assumes int */
      case A_INT:      aVal[i].i = va_arg(ap, int); break;
      case A_LONG:     aVal[i].i = va_arg(ap, long); break;
      case A_LLONG:    aVal[i].i = va_arg(ap, long long); break;
      case A_SIZE:     aVal[i].z = va_arg(ap, size_t); break;
      case A_INTMAX:   aVal[i].j = va_arg(ap, intmax_t); break;
      case A_PTRDIFF:  aVal[i].t = va_arg(ap, ptrdiff_t); break;
      case A_DOUBLE:   aVal[i].d = va_arg(ap, double); break;
      case A_LDOUBLE:  aVal[i].ld = va_arg(ap, long double); break;
      case A_STR:      aVal[i].s = va_arg(ap, const char*); break;
      case A_PTR:      aVal[i].p = va_arg(ap, void*); break;
    }
  }
  Sb s = SB_INIT;
  const char *z = zFmt;
  int bAfterNum = 0;      /* the last thing written was a number */
  for(int k=0; k<=nConv; k++){
    const char *zLit = k<nConv ? aC[k].zStart : z + strlen(z);
    /* literal text up to the conversion, with %% as % */
    while( z<zLit ){
      const char *zPct = strchr(z, '%');
      if( !zPct || zPct>=zLit ){ sb_append(&s, z, (size_t)(zLit-z)); bAfterNum = 0; z = zLit; break; }
      if( zPct>z ){ sb_append(&s, z, (size_t)(zPct-z)); bAfterNum = 0; }
      if( bAfterNum ) sb_puts(&s, NBSP);
      sb_putc(&s, '%');
      bAfterNum = 0;
      z = zPct+2;
    }
    if( k==nConv ) break;
    const Conv *c = &aC[k];
    size_t iFrom = s.n;
    put_conv(&s, c, aVal);
    if( strchr("fFeEgGaA", c->c) ){
      for(size_t i=iFrom; i<s.n; i++) if( s.z[i]=='.' ) s.z[i] = ',';
    }
    bAfterNum = strchr("dioxXuUfFeEgGaA", c->c)!=NULL && s.n>iFrom;
    z = c->zEnd;
  }
  free(aC);
  return sb_take(&s);
}

char *i18n_vasprintf(const char *zFmt, va_list ap){
  return i18n_vasprintf_lang(i18n_is_fr(), zFmt, ap);
}

char *i18n_asprintf(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  char *z = i18n_vasprintf(zFmt, ap);
  va_end(ap);
  return z;
}

void i18n_sb_vprintf(Sb *p, const char *zFmt, va_list ap){
  if( !i18n_is_fr() ){ sb_vprintf(p, zFmt, ap); return; }   /* xvasprintf()'s text, in place */
  char *z = i18n_vasprintf_lang(1, zFmt, ap);
  sb_puts(p, z);
  free(z);
}

void i18n_sb_printf(Sb *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  i18n_sb_vprintf(p, zFmt, ap);
  va_end(ap);
}

const char *i18n_num(char *zBuf, double r, int nDec){
  if( isnan(r) ){ snprintf(zBuf, I18N_NUM_MAX, "NA"); return zBuf; }
  if( nDec<0 ) nDec = 0;
  if( nDec>20 ) nDec = 20;
  /* strfromd(), not snprintf(): see sb.c on printf's slow path */
  char zF[8] = { '%', '.', (char)('0' + nDec/10), (char)('0' + nDec%10), 'f', 0 };
  if( nDec<10 ){ zF[2] = zF[3]; zF[3] = 'f'; zF[4] = 0; }
  strfromd(zBuf, I18N_NUM_MAX, zF, r==0.0 ? 0.0 : r);
  /* no "-0.00": a value that rounds to zero is written without a sign */
  if( zBuf[0]=='-' && strspn(zBuf+1, "0.")==strlen(zBuf+1) ) memmove(zBuf, zBuf+1, strlen(zBuf));
  if( i18n_is_fr() ){ char *zDot = strchr(zBuf, '.'); if( zDot ) *zDot = ','; }
  return zBuf;
}

/*
** html.c: the HTML writer with escaping conversions (see html.h).
** Each conversion spec is parsed here; numeric ones are handed to
** sb_printf with exactly the spec written, so their output is printf's.
*/
#include <stdint.h>
#include <string.h>
#include "util/html.h"

void html_escape_n(Sb *pOut, const char *z, size_t n){
  if( !z ) return;
  const char *zStart = z, *zEnd = z+n;
  for(; z<zEnd && *z; z++){
    const char *zEnt;
    switch( *z ){
      case '&':  zEnt = "&amp;"; break;
      case '<':  zEnt = "&lt;"; break;
      case '>':  zEnt = "&gt;"; break;
      case '"':  zEnt = "&quot;"; break;
      case '\'': zEnt = "&#39;"; break;
      default: continue;
    }
    sb_append(pOut, zStart, (size_t)(z - zStart));
    sb_puts(pOut, zEnt);
    zStart = z+1;
  }
  sb_append(pOut, zStart, (size_t)(z - zStart));
}

void html_escape(Sb *pOut, const char *z){
  html_escape_n(pOut, z, z ? strlen(z) : 0);
}

/* Append z as an id token (see %t in html.h). */
static void html_token(Sb *pOut, const char *z){
  if( !z || !*z ){ sb_putc(pOut, 'x'); return; }
  for(; *z; z++){
    char c = *z;
    int ok = (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') || c=='-' || c=='_';
    sb_putc(pOut, ok ? c : '-');
  }
}

/* Append z percent-encoded (see %U in html.h). */
static void html_url(Sb *pOut, const char *z){
  static const char zHex[] = "0123456789ABCDEF";
  for(; z && *z; z++){
    unsigned char c = (unsigned char)*z;
    if( (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') || c=='-' || c=='_' || c=='.' || c=='~' ){
      sb_putc(pOut, (char)c);
    }else{
      sb_putc(pOut, '%'); sb_putc(pOut, zHex[c>>4]); sb_putc(pOut, zHex[c&15]);
    }
  }
}

void html_vprintf(Sb *pOut, const char *zFmt, va_list ap){
  const char *z = zFmt;
  while( *z ){
    const char *zPct = strchr(z, '%');
    if( !zPct ){ sb_puts(pOut, z); return; }
    sb_append(pOut, z, (size_t)(zPct - z));
    /* Copy the spec: flags, width, precision, length, conversion. */
    char zSpec[32];
    size_t n = 0;
    const char *q = zPct;
    zSpec[n++] = *q++;
    int aStar[2], nStar = 0;
    while( *q && strchr("-+ #0", *q) && n<20 ) zSpec[n++] = *q++;
    if( *q=='*' ){ zSpec[n++] = *q++; aStar[nStar++] = va_arg(ap, int); }
    while( *q>='0' && *q<='9' && n<20 ) zSpec[n++] = *q++;
    if( *q=='.' ){
      zSpec[n++] = *q++;
      if( *q=='*' ){ zSpec[n++] = *q++; aStar[nStar++] = va_arg(ap, int); }
      while( *q>='0' && *q<='9' && n<24 ) zSpec[n++] = *q++;
    }
    int nLong = 0, bSize = 0;
    while( *q=='l' && nLong<2 ){ zSpec[n++] = *q++; nLong++; }
    if( *q=='z' ){ zSpec[n++] = *q++; bSize = 1; }
    char c = *q;
    if( c==0 ){ sb_puts(pOut, zPct); return; }
    zSpec[n++] = c;
    zSpec[n] = 0;
    z = q+1;
    switch( c ){
      case '%': sb_putc(pOut, '%'); break;
      case 'h': html_escape(pOut, va_arg(ap, const char*)); break;
      case 't': html_token(pOut, va_arg(ap, const char*)); break;
      case 'U': html_url(pOut, va_arg(ap, const char*)); break;
      case 's': { const char *zArg = va_arg(ap, const char*); if( zArg ) sb_puts(pOut, zArg); break; }
      case 'c': sb_putc(pOut, (char)va_arg(ap, int)); break;
      case 'd': case 'i': case 'u': case 'x': case 'X': {
        /* Normalise to a long long conversion so one call covers every length. */
        long long v;
        int bSigned = (c=='d' || c=='i');
        if( bSize ) v = bSigned ? (long long)va_arg(ap, intptr_t) : (long long)va_arg(ap, size_t);
        else if( nLong==2 ) v = bSigned ? va_arg(ap, long long) : (long long)va_arg(ap, unsigned long long);
        else if( nLong==1 ) v = bSigned ? (long long)va_arg(ap, long) : (long long)va_arg(ap, unsigned long);
        else v = bSigned ? (long long)va_arg(ap, int) : (long long)va_arg(ap, unsigned);
        size_t nBase = n - 1 - (size_t)nLong - (size_t)bSize;
        if( nBase==1 && (c=='d' || c=='i' || c=='u') ){
          /* A plain decimal (most numbers of a page): without snprintf. */
          char zNum[24];
          int k = (int)sizeof(zNum);
          unsigned long long u = bSigned && v<0 ? 0ULL-(unsigned long long)v : (unsigned long long)v;
          do{ zNum[--k] = (char)('0' + u%10); u /= 10; }while( u );
          if( bSigned && v<0 ) zNum[--k] = '-';
          sb_append(pOut, zNum+k, sizeof(zNum)-(size_t)k);
          break;
        }
        char zLL[40];
        memcpy(zLL, zSpec, nBase);
        zLL[nBase] = 'l'; zLL[nBase+1] = 'l'; zLL[nBase+2] = c; zLL[nBase+3] = 0;
        if( nStar==2 ) sb_printf(pOut, zLL, aStar[0], aStar[1], v);
        else if( nStar==1 ) sb_printf(pOut, zLL, aStar[0], v);
        else sb_printf(pOut, zLL, v);
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        double v = va_arg(ap, double);
        if( nStar==2 ) sb_printf(pOut, zSpec, aStar[0], aStar[1], v);
        else if( nStar==1 ) sb_printf(pOut, zSpec, aStar[0], v);
        else sb_printf(pOut, zSpec, v);
        break;
      }
      default:
        /* Unknown conversion: written as is, so the mistake shows on the page. */
        sb_puts(pOut, zSpec);
        break;
    }
  }
}

void html_printf(Sb *pOut, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  html_vprintf(pOut, zFmt, ap);
  va_end(ap);
}

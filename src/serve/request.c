/* request.c: form bodies, cookies, language, token shapes, routes and logged paths (see request.h). */
#include <stdlib.h>
#include <string.h>
#include "serve/request.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static int hexval(char c){
  if( c>='0' && c<='9' ) return c-'0';
  if( c>='a' && c<='f' ) return c-'a'+10;
  if( c>='A' && c<='F' ) return c-'A'+10;
  return -1;
}

/* Decode z[0..n) (%XX, '+' as space) into zOut, NUL-terminated; returns
** the length, or -1 when malformed (a bad or NUL escape, not UTF-8). */
static long form_decode(const char *z, size_t n, char *zOut){
  size_t j = 0;
  for(size_t i=0; i<n; i++){
    char c = z[i];
    if( c=='+' ) c = ' ';
    else if( c=='%' ){
      if( i+2>=n ) return -1;
      int h = hexval(z[i+1]), l = hexval(z[i+2]);
      if( h<0 || l<0 || (h==0 && l==0) ) return -1;
      c = (char)(h*16+l);
      i += 2;
    }
    zOut[j++] = c;
  }
  zOut[j] = 0;
  return utf8_valid(zOut, j, NULL) ? (long)j : -1;
}

void sv_form_clear(SvForm *p){
  free(p->zBuf);
  free(p->azName);
  memset(p, 0, sizeof(*p));
}

int sv_form_parse(const char *z, size_t n, SvForm *p){
  memset(p, 0, sizeof(*p));
  /* Decoded strings are never longer than their source: one buffer holds
  ** them all; names and values point into it. */
  char *zOut = p->zBuf = xmalloc(n+2);
  int nAlloc = 0;
  size_t i = 0;
  while( i<n ){
    size_t j = i;
    while( j<n && z[j]!='&' ) j++;
    if( j>i ){
      const char *zEq = memchr(z+i, '=', j-i);
      if( !zEq || zEq==z+i || p->n>=SV_FORM_MAX ){ sv_form_clear(p); return -1; }
      if( p->n==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 32;
        p->azName = xrealloc(p->azName, sizeof(char*)*2*(size_t)nAlloc);
      }
      long nName = form_decode(z+i, (size_t)(zEq-(z+i)), zOut);
      if( nName<0 ){ sv_form_clear(p); return -1; }
      char *zValue = zOut + nName + 1;
      long nValue = form_decode(zEq+1, (size_t)(z+j-(zEq+1)), zValue);
      if( nValue<0 ){ sv_form_clear(p); return -1; }
      p->azName[2*p->n] = zOut;
      p->azName[2*p->n+1] = zValue;
      p->n++;
      zOut = zValue + nValue + 1;
    }
    i = j+1;
  }
  /* Names at even, values at odd places: split into the two arrays. */
  char **az = xmalloc(sizeof(char*)*(2*(size_t)p->n+1));
  for(int k=0; k<p->n; k++){ az[k] = p->azName[2*k]; az[p->n+k] = p->azName[2*k+1]; }
  free(p->azName);
  p->azName = az;
  p->azValue = az + p->n;
  return 0;
}

const char *sv_form_get(const SvForm *p, const char *zName){
  for(int i=0; i<p->n; i++) if( strcmp(p->azName[i], zName)==0 ) return p->azValue[i];
  return NULL;
}

int sv_form_count(const SvForm *p, const char *zName){
  int k = 0;
  for(int i=0; i<p->n; i++) if( strcmp(p->azName[i], zName)==0 ) k++;
  return k;
}

int sv_cookie_get(const char *zHeader, const char *zName, char *zOut, size_t nOut){
  if( nOut ) zOut[0] = 0;
  if( !zHeader ) return 0;
  size_t nName = strlen(zName);
  const char *z = zHeader;
  while( *z ){
    while( *z==' ' || *z==';' ) z++;
    const char *zEnd = strchr(z, ';');
    size_t n = zEnd ? (size_t)(zEnd-z) : strlen(z);
    if( n>nName && strncmp(z, zName, nName)==0 && z[nName]=='=' ){
      size_t nv = n-nName-1;
      if( nOut ){
        if( nv>=nOut ) nv = nOut-1;
        memcpy(zOut, z+nName+1, nv);
        zOut[nv] = 0;
      }
      return 1;
    }
    z += n;
  }
  return 0;
}

/* 0 en, 1 fr, -1 neither. */
static int lang_code(const char *z, size_t n){
  if( n>=2 && (n==2 || z[2]=='-' || z[2]=='_') ){
    if( (z[0]|0x20)=='e' && (z[1]|0x20)=='n' ) return 0;
    if( (z[0]|0x20)=='f' && (z[1]|0x20)=='r' ) return 1;
  }
  return -1;
}

int sv_lang_pick(const char *zQuery, const char *zCookie, const char *zAccept){
  if( zQuery && (strcmp(zQuery, "en")==0 || strcmp(zQuery, "fr")==0) ) return zQuery[0]=='f';
  if( zCookie && (strcmp(zCookie, "en")==0 || strcmp(zCookie, "fr")==0) ) return zCookie[0]=='f';
  if( !zAccept ) return 0;
  int iBest = 0; double qBest = -1;
  const char *z = zAccept;
  while( *z ){
    while( *z==' ' || *z==',' ) z++;
    if( !*z ) break;
    size_t n = strcspn(z, ",");
    size_t nTag = strcspn(z, ";,");
    while( nTag>0 && z[nTag-1]==' ' ) nTag--;
    double q = 1.0;
    const char *zQ = memchr(z, ';', n);
    if( zQ ){
      const char *zq = strstr(zQ, "q=");
      if( zq && zq<z+n ) q = atof(zq+2);
    }
    int k = lang_code(z, nTag);
    if( k>=0 && q>0 && q>qBest ){ qBest = q; iBest = k; }
    z += n;
  }
  return iBest;
}

int sv_token_shape(const char *z){
  size_t n = 0;
  for(; z[n]; n++){
    char c = z[n];
    if( !((c>='A' && c<='Z') || (c>='a' && c<='z') || (c>='0' && c<='9') || c=='-' || c=='_') ) return 0;
    if( n>64 ) return 0;
  }
  return n>=16 && n<=64;
}

int sv_route_match(const char *zPattern, const char *zPath, char *zToken, int *pN){
  const char *p = zPattern, *s = zPath;
  zToken[0] = 0; *pN = 0;
  while( *p || *s ){
    if( *p!='/' || *s!='/' ) return 0;
    p++; s++;
    size_t np = strcspn(p, "/"), ns = strcspn(s, "/");
    if( np==7 && strncmp(p, "{token}", 7)==0 ){
      if( ns<16 || ns>64 ) return 0;
      char zTok[65];
      memcpy(zTok, s, ns); zTok[ns] = 0;
      if( !sv_token_shape(zTok) ) return 0;
      memcpy(zToken, zTok, ns+1);
    }else if( np==3 && strncmp(p, "{p}", 3)==0 ){
      if( ns<1 || ns>64 ) return 0;
      memcpy(zToken, s, ns); zToken[ns] = 0;
    }else if( np==3 && strncmp(p, "{n}", 3)==0 ){
      if( ns<1 || ns>4 || s[0]=='0' ) return 0;
      int v = 0;
      for(size_t i=0; i<ns; i++){
        if( s[i]<'0' || s[i]>'9' ) return 0;
        v = v*10 + (s[i]-'0');
      }
      *pN = v;
    }else if( np!=ns || strncmp(p, s, np)!=0 ){
      return 0;
    }
    p += np; s += ns;
  }
  return 1;
}

void sv_log_path(const char *zPath, char *zOut, size_t nOut){
  size_t j = 0;
  const char *z = zPath;
  int bAfterS = 0;
  if( nOut==0 ) return;
  while( *z && *z!='?' && j+1<nOut ){
    if( *z=='/' ){ zOut[j++] = *z++; continue; }
    size_t n = strcspn(z, "/?");
    char zSeg[72];
    int bTok = 0;
    if( bAfterS && n<sizeof(zSeg) ){
      memcpy(zSeg, z, n); zSeg[n] = 0;
      bTok = sv_token_shape(zSeg);
    }
    bAfterS = n==1 && z[0]=='s';
    size_t nCopy = bTok ? 4 : n;
    for(size_t i=0; i<nCopy && j+1<nOut; i++){
      char c = z[i];
      zOut[j++] = (c>' ' && c<0x7f) ? c : '?';
    }
    if( bTok ) for(const char *d = "..."; *d && j+1<nOut; d++) zOut[j++] = *d;
    z += n;
  }
  zOut[j] = 0;
}

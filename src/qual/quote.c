/* quote.c: qual_quote_find() and qual_line_col() (see quote.h). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "qual/quote.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define WS (-1)   /* a run of white space in the decoded quote */

static int is_ws(int32_t c){
  if( c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f' || c=='\v' ) return 1;
  if( c<0x80 ) return 0;
  utf8proc_category_t k = utf8proc_category(c);
  return k==UTF8PROC_CATEGORY_ZS || k==UTF8PROC_CATEGORY_ZL || k==UTF8PROC_CATEGORY_ZP;
}

/* Decode z into code points; *pn of them. Caller frees. Invalid bytes become U+FFFD. */
static int32_t *decode(const char *z, int64_t *pn){
  size_t nByte = strlen(z);
  int32_t *a = xmalloc(sizeof(int32_t)*(nByte+1));
  int64_t n = 0;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  size_t i = 0;
  while( i<nByte ){
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s+i, (utf8proc_ssize_t)(nByte-i), &c);
    if( k<=0 ){ c = 0xFFFD; k = 1; }
    a[n++] = c;
    i += (size_t)k;
  }
  *pn = n;
  return a;
}

int qual_quote_find(const char *zText, const char *zQuote, QuoteHits *pOut){
  memset(pOut, 0, sizeof(*pOut));
  pOut->iBestStart = -1;
  char *zNfc = utf8_nfc(zQuote);
  if( !zNfc ) return -1;
  int64_t nQ0, nT;
  int32_t *aQ0 = decode(zNfc, &nQ0);
  free(zNfc);
  /* Collapse white space runs into WS and trim the ends. */
  int32_t *aQ = xmalloc(sizeof(int32_t)*(size_t)(nQ0+1));
  int64_t nQ = 0;
  for(int64_t i=0; i<nQ0; i++){
    if( is_ws(aQ0[i]) ){
      if( nQ>0 && aQ[nQ-1]!=WS ) aQ[nQ++] = WS;
    }else{
      aQ[nQ++] = aQ0[i];
    }
  }
  free(aQ0);
  if( nQ>0 && aQ[nQ-1]==WS ) nQ--;
  if( nQ==0 ){ free(aQ); return -1; }
  int32_t *aT = decode(zText, &nT);
  int nAlloc = 0;
  int64_t nBestQ = 0;    /* quote units matched at the best partial match */
  for(int64_t i=0; i<nT; i++){
    if( aT[i]!=aQ[0] ) continue;
    int64_t t = i, q = 0;
    while( q<nQ && t<nT ){
      if( aQ[q]==WS ){
        if( !is_ws(aT[t]) ) break;
        while( t<nT && is_ws(aT[t]) ) t++;
        q++;
      }else if( aQ[q]==aT[t] ){
        q++; t++;
      }else{
        break;
      }
    }
    if( q==nQ ){
      if( pOut->n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 4; pOut->a = xrealloc(pOut->a, sizeof(QualRange)*(size_t)nAlloc); }
      pOut->a[pOut->n].iStart = i;
      pOut->a[pOut->n].iEnd = t;
      pOut->n++;
    }else if( q>nBestQ ){
      nBestQ = q;
      pOut->iBestStart = i;
      pOut->nBestLen = t-i;
    }
  }
  free(aT);
  free(aQ);
  return 0;
}

void qual_line_col(const char *zText, int64_t iCp, int *piLine, int *piCol){
  int iLine = 1, iCol = 1;
  int64_t n = 0;
  for(const unsigned char *z = (const unsigned char*)zText; *z && n<iCp; z++){
    if( (*z & 0xC0)==0x80 ) continue;
    if( *z=='\n' ){ iLine++; iCol = 1; } else iCol++;
    n++;
  }
  *piLine = iLine; *piCol = iCol;
}

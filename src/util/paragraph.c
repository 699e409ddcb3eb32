/*
** paragraph.c: paragraph_split(), paragraph_split_ex() and
** paragraph_at() (see paragraph.h).
*/
#include <stdlib.h>
#include <string.h>
#include "util/paragraph.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static int is_space(unsigned char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v';
}

QualRange *paragraph_split_ex(const char *zText, int *pn, QualRange **paByte, int64_t *pnCp){
  QualRange *a = NULL, *aByte = NULL;
  int n = 0, nAlloc = 0;
  int64_t iCp = 0;          /* code point index of the line's start */
  const char *z = zText;
  for(;;){
    /* One line at a time: its first and last non-space bytes (a space is
    ** ASCII, so never part of a longer character), then code point counts. */
    const char *zEol = strchr(z, '\n');
    size_t nLine = zEol ? (size_t)(zEol-z) : strlen(z);
    size_t i0 = 0, i1 = nLine;
    while( i0<nLine && is_space((unsigned char)z[i0]) ) i0++;
    while( i1>i0 && is_space((unsigned char)z[i1-1]) ) i1--;
    int64_t nLead = (int64_t)utf8_ncp(z, i0);
    int64_t nBody = (int64_t)utf8_ncp(z+i0, i1-i0);
    if( i1>i0 ){
      if( n==nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 16;
        a = xrealloc(a, sizeof(QualRange)*(size_t)nAlloc);
        if( paByte ) aByte = xrealloc(aByte, sizeof(QualRange)*(size_t)nAlloc);
      }
      a[n].iStart = iCp + nLead; a[n].iEnd = iCp + nLead + nBody;
      if( paByte ){
        aByte[n].iStart = (int64_t)(z-zText) + (int64_t)i0;
        aByte[n].iEnd = (int64_t)(z-zText) + (int64_t)i1;
      }
      n++;
    }
    iCp += nLead + nBody + (int64_t)utf8_ncp(z+i1, nLine-i1);
    if( !zEol ) break;
    iCp++;
    z = zEol+1;
  }
  *pn = n;
  if( paByte ) *paByte = aByte;
  if( pnCp ) *pnCp = iCp;
  return a;
}

QualRange *paragraph_split(const char *zText, int *pn){
  return paragraph_split_ex(zText, pn, NULL, NULL);
}

int paragraph_at(const QualRange *a, int n, int64_t iCp){
  int lo = 0, hi = n-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    if( iCp<a[mid].iStart ) hi = mid-1;
    else if( iCp>=a[mid].iEnd ) lo = mid+1;
    else return mid;
  }
  return -1;
}

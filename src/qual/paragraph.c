/* paragraph.c: qual_paragraphs() and qual_paragraph_at() (see paragraph.h). */
#include <stdlib.h>
#include "qual/paragraph.h"
#include "util/xalloc.h"

static int is_space(unsigned char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\f' || c=='\v';
}

QualRange *qual_paragraphs(const char *zText, int *pn){
  QualRange *a = NULL;
  int n = 0, nAlloc = 0;
  int64_t iCp = 0;          /* code point index of zText[i] */
  int64_t iStart = -1;      /* first non-space code point of the current line */
  int64_t iEnd = -1;        /* one past the last non-space code point */
  for(const unsigned char *z = (const unsigned char*)zText; ; z++){
    unsigned char c = *z;
    if( c==0 || c=='\n' ){
      if( iStart>=0 ){
        if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(QualRange)*(size_t)nAlloc); }
        a[n].iStart = iStart; a[n].iEnd = iEnd; n++;
      }
      iStart = iEnd = -1;
      if( c==0 ) break;
      iCp++;
      continue;
    }
    if( (c & 0xC0)==0x80 ) continue;      /* continuation byte: same code point */
    if( !is_space(c) ){
      if( iStart<0 ) iStart = iCp;
      iEnd = iCp+1;
    }
    iCp++;
  }
  *pn = n;
  return a;
}

int qual_paragraph_at(const QualRange *a, int n, int64_t iCp){
  int lo = 0, hi = n-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    if( iCp<a[mid].iStart ) hi = mid-1;
    else if( iCp>=a[mid].iEnd ) lo = mid+1;
    else return mid;
  }
  return -1;
}

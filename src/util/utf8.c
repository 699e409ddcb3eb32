/*
** utf8.c: UTF-8 validation, normalisation and offsets (see utf8.h).
** The passes over whole texts (validation, the NFC quick check, counting
** code points) read eight bytes at a time while the text is ASCII.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "util/utf8.h"
#include "util/xalloc.h"

#define HIGH_BITS 0x8080808080808080ull

/* The eight bytes at z as one word (any alignment). */
static uint64_t load8(const unsigned char *z){
  uint64_t v;
  memcpy(&v, z, 8);
  return v;
}

int utf8_valid(const char *z, size_t n, size_t *piBad){
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  size_t i = 0;
  while( i<n ){
    if( i+8<=n && (load8(s+i) & HIGH_BITS)==0 ){ i += 8; continue; }
    if( s[i]<0x80 ){ i++; continue; }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s+i, (utf8proc_ssize_t)(n-i), &cp);
    if( k<0 ){ if( piBad ) *piBad = i; return 0; }
    i += (size_t)k;
  }
  return 1;
}

/* 1 when valid UTF-8 z is certainly NFC already: every code point is below
** U+0300 (Latin-1 and Latin Extended, where nothing decomposes, composes
** or has a combining class) or a punctuation mark of U+2010..U+205E (dashes,
** curly quotes, ellipsis: the same). Most transcripts pass, and then
** normalising is a copy. */
static int nfc_quick(const char *z){
  const unsigned char *s = (const unsigned char*)z;
  size_t n = strlen(z);
  for(size_t i=0; i<n; i++){
    while( i+8<=n && (load8(s+i) & HIGH_BITS)==0 ) i += 8;
    if( i>=n ) break;
    if( s[i]<0x80 ) continue;
    if( s[i]>=0xC2 && s[i]<0xCC && (s[i+1]&0xC0)==0x80 ){ i++; continue; }   /* below U+0300 */
    if( s[i]==0xE2 && (s[i+1]==0x80 || s[i+1]==0x81) && (s[i+2]&0xC0)==0x80
     && (s[i+1]==0x80 || s[i+2]<=0x9E) ){
      unsigned c = ((unsigned)(s[i+1]&0x3F)<<6) | (s[i+2]&0x3F);
      if( c<0x10 ) return 0;                       /* U+2000..U+200F */
      i += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

char *utf8_nfc(const char *z){
  /* nfc_quick() accepts only well-formed sequences, so a text it passes is
  ** valid UTF-8 too; anything else goes to utf8proc, which checks. */
  if( nfc_quick(z) ) return xstrdup(z);
  return (char*)utf8proc_NFC((const utf8proc_uint8_t*)z);
}

char *utf8_nfc_take(char *z){
  if( nfc_quick(z) ) return z;
  char *zNfc = (char*)utf8proc_NFC((const utf8proc_uint8_t*)z);
  free(z);
  return zNfc;
}

char *utf8_fold(const char *z){
  utf8proc_uint8_t *r = 0;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t*)z, 0, &r,
      UTF8PROC_NULLTERM|UTF8PROC_STABLE|UTF8PROC_COMPOSE|UTF8PROC_CASEFOLD|UTF8PROC_STRIPMARK);
  if( n<0 ) return NULL;
  return (char*)r;
}

size_t utf8_ncp(const char *z, size_t nByte){
  /* Count the continuation bytes (10xxxxxx: bit 7 set, bit 6 clear), eight
  ** at a time: their bits 7 are gathered and summed by one multiplication. */
  const unsigned char *s = (const unsigned char*)z;
  size_t nCont = 0, i = 0;
  for(; i+8<=nByte; i+=8){
    uint64_t v = load8(s+i);
    uint64_t c = (v & ~(v<<1) & HIGH_BITS) >> 7;
    nCont += (size_t)((c * 0x0101010101010101ull) >> 56);
  }
  for(; i<nByte; i++) nCont += (s[i] & 0xC0)==0x80;
  return nByte - nCont;
}

size_t utf8_byte_offset(const char *z, size_t iCp){
  size_t i = 0, n = 0;
  while( z[i] ){
    if( ((unsigned char)z[i] & 0xC0)!=0x80 ){
      if( n==iCp ) return i;
      n++;
    }
    i++;
  }
  return i;
}

size_t utf8_find_control(const char *z, size_t n){
  for(size_t i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c<0x20 && c!='\t' && c!='\n' && c!='\r' ) return i;
  }
  return n;
}

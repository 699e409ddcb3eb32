/* utf8.c: UTF-8 validation, normalisation and offsets (see utf8.h). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "util/utf8.h"

int utf8_valid(const char *z, size_t n, size_t *piBad){
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  size_t i = 0;
  while( i<n ){
    if( s[i]<0x80 ){ i++; continue; }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s+i, (utf8proc_ssize_t)(n-i), &cp);
    if( k<0 ){ if( piBad ) *piBad = i; return 0; }
    i += (size_t)k;
  }
  return 1;
}

char *utf8_nfc(const char *z){
  return (char*)utf8proc_NFC((const utf8proc_uint8_t*)z);
}

char *utf8_fold(const char *z){
  utf8proc_uint8_t *r = 0;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t*)z, 0, &r,
      UTF8PROC_NULLTERM|UTF8PROC_STABLE|UTF8PROC_COMPOSE|UTF8PROC_CASEFOLD|UTF8PROC_STRIPMARK);
  if( n<0 ) return NULL;
  return (char*)r;
}

size_t utf8_ncp(const char *z, size_t nByte){
  size_t n = 0;
  for(size_t i=0; i<nByte; i++) if( ((unsigned char)z[i] & 0xC0)!=0x80 ) n++;
  return n;
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

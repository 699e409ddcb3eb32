/* selpos.c: browser selection offsets (UTF-16 units) to code points and back (see selpos.h). */
#include <string.h>
#include "serve/selpos.h"
#include "util/utf8.h"

/* The item at byte z: its length in bytes, code points (*pnCp) and UTF-16
** units (*pnUnit). "\r\n" is one item of two code points and one unit. */
static int item_at(const unsigned char *z, int *pnCp, int *pnUnit){
  unsigned char c = z[0];
  if( c=='\r' && z[1]=='\n' ){ *pnCp = 2; *pnUnit = 1; return 2; }
  *pnCp = 1;
  if( c<0x80 ){ *pnUnit = 1; return 1; }
  if( c>=0xF0 ){ *pnUnit = 2; return 4; }
  *pnUnit = 1;
  return c>=0xE0 ? 3 : 2;
}

int64_t selpos_cp(const char *zText, int64_t iFrom, int64_t nUnit, int bEnd){
  if( iFrom<0 || nUnit<0 ) return -1;
  size_t nByte = strlen(zText);
  size_t iByte = utf8_byte_offset(zText, (size_t)iFrom);
  if( iByte>nByte || (iByte==nByte && utf8_ncp(zText, nByte)<(size_t)iFrom) ) return -1;
  const unsigned char *z = (const unsigned char*)zText;
  int64_t iCp = iFrom, nDone = 0;
  while( z[iByte] && nDone<nUnit ){
    int nCp, nU;
    int n = item_at(z+iByte, &nCp, &nU);
    if( nDone+nU>nUnit && !bEnd ) break;
    nDone += nU;
    iCp += nCp;
    iByte += (size_t)n;
  }
  return iCp;
}

int64_t selpos_units(const char *zText, int64_t iFrom, int64_t iTo){
  if( iFrom<0 || iTo<iFrom ) return -1;
  size_t nByte = strlen(zText);
  if( utf8_ncp(zText, nByte)<(size_t)iTo ) return -1;
  const unsigned char *z = (const unsigned char*)zText;
  size_t iByte = utf8_byte_offset(zText, (size_t)iFrom);
  int64_t iCp = iFrom, nUnit = 0;
  while( iCp<iTo && z[iByte] ){
    int nCp, nU;
    int n = item_at(z+iByte, &nCp, &nU);
    if( iCp+nCp>iTo ){ nU = 1; n = 1; nCp = 1; }   /* "\r" of "\r\n" at the end */
    nUnit += nU;
    iCp += nCp;
    iByte += (size_t)n;
  }
  return nUnit;
}

/* Decimal digits at *pz (at most 18, so no overflow) into *pv; advances *pz. */
static int digits(const char **pz, int64_t *pv){
  const char *z = *pz;
  int64_t v = 0;
  int n = 0;
  while( *z>='0' && *z<='9' ){
    if( ++n>18 ) return 0;
    v = v*10 + (*z++ - '0');
  }
  *pz = z; *pv = v;
  return n>0;
}

int selpos_span(const char *z, int64_t nCp, int64_t *pA, int64_t *pB){
  int64_t a, b;
  if( !z || !digits(&z, &a) || *z++!='-' || !digits(&z, &b) || *z ) return 0;
  if( b<=a || b>nCp ) return 0;
  *pA = a; *pB = b;
  return 1;
}

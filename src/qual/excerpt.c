/* excerpt.c: collapsed, shortened, pseudonymised spans and quote attributions (see excerpt.h). */
#include <string.h>
#include <stdlib.h>
#include "qual/excerpt.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"

static int is_ws(unsigned char c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f' || c=='\v';
}

char *qual_excerpt(const char *zText, int64_t iStart, int64_t iEnd, int nMax, const Redactor *pRed){
  if( iStart<0 ) iStart = 0;
  if( iEnd<iStart ) iEnd = iStart;
  size_t iByte = utf8_byte_offset(zText, (size_t)iStart);
  size_t nByte = utf8_byte_offset(zText+iByte, (size_t)(iEnd-iStart));
  Sb sb = SB_INIT;
  int bSpace = 0;
  for(size_t i=iByte; i<iByte+nByte; i++){
    unsigned char c = (unsigned char)zText[i];
    if( is_ws(c) ){ bSpace = 1; continue; }
    if( bSpace && sb.n>0 ) sb_putc(&sb, ' ');
    bSpace = 0;
    sb_putc(&sb, (char)c);
  }
  char *z = sb_take(&sb);
  if( pRed ){
    char *zRed = redactor_apply(pRed, z);
    free(z);
    z = zRed;
  }
  if( nMax>0 && utf8_ncp(z, strlen(z))>(size_t)nMax ){
    size_t iCut = utf8_byte_offset(z, (size_t)nMax);
    size_t iWord = iCut;
    while( iWord>0 && z[iWord]!=' ' ) iWord--;
    if( iWord>iCut/2 ) iCut = iWord;
    while( iCut>0 && z[iCut-1]==' ' ) iCut--;
    char *zCut = xasprintf("%.*s...", (int)iCut, z);
    free(z);
    z = zCut;
  }
  return z;
}

char *qual_attribution(const QualSource *pSrc){
  if( pSrc->zParticipant && pSrc->zParticipant[0] ){
    return xasprintf("(%s, %s)", pSrc->zParticipant, pSrc->zPartnership);
  }
  return xasprintf("(%s, %s)", pSrc->zName, pSrc->zPartnership);
}

/* excerpt.c: collapsed, shortened, pseudonymised spans, keyword-in-context
** views and quote attributions (see excerpt.h). */
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

void qual_kwic(Sb *pOut, const char *z, int64_t iS, int64_t iE, int nCtx, const Redactor *pRed){
  int64_t iFrom = iS>nCtx ? iS-nCtx : 0;
  size_t bFrom = utf8_byte_offset(z, (size_t)iFrom);
  size_t bS = bFrom + utf8_byte_offset(z+bFrom, (size_t)(iS-iFrom));
  size_t bE = bS + utf8_byte_offset(z+bS, (size_t)(iE-iS));
  size_t bTo = bE + utf8_byte_offset(z+bE, (size_t)nCtx);
  size_t n = bTo + strlen(z+bTo);
  size_t mS, mE;
  const char *zRepl;
  /* Widen the view and the hit over any term they cut. */
  for(size_t i=0; pRed && redactor_next(pRed, z, n, i, &mS, &mE, &zRepl) && mS<bTo; i=mE){
    if( mE<=bFrom ) continue;
    if( mS<bFrom ) bFrom = mS;
    if( mE>bTo ) bTo = mE;
    if( mS<bS && bS<mE ) bS = mS;
    if( mS<bE && bE<mE ) bE = mE;
  }
  int bTerm = pRed && redactor_next(pRed, z, n, bFrom, &mS, &mE, &zRepl);
  if( bFrom>0 ) sb_puts(pOut, "…");
  for(size_t i=bFrom; i<bTo; ){
    if( i==bS ) sb_putc(pOut, '[');
    if( i==bE ) sb_putc(pOut, ']');
    if( bTerm && i==mS ){
      sb_puts(pOut, zRepl);
      i = mE;
      bTerm = redactor_next(pRed, z, n, i, &mS, &mE, &zRepl);
      continue;
    }
    char c = z[i++];
    sb_putc(pOut, (c=='\n' || c=='\t' || c=='\r') ? ' ' : c);
  }
  if( bTo==bE ) sb_putc(pOut, ']');
  if( z[bTo] ) sb_puts(pOut, "…");
}

char *qual_attribution(const QualSource *pSrc){
  if( pSrc->zParticipant && pSrc->zParticipant[0] ){
    return xasprintf("(%s, %s)", pSrc->zParticipant, pSrc->zPartnership);
  }
  return xasprintf("(%s, %s)", pSrc->zName, pSrc->zPartnership);
}

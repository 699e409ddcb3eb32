/*
** toktape.c: recorded tokenizer output (see toktape.h).
**
** One byte buffer holds every word: a header (form, term length, start,
** end) and the term's bytes; aUnit[i] is the offset of unit i's first word
** and aUnit[nUnit] the end of the last.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "qual/toktape.h"
#include "util/xalloc.h"

typedef struct TapeWord {
  int32_t iStart, iEnd;     /* byte range in the recorded text */
  uint16_t nTerm;           /* bytes of the term that follows */
  uint8_t eForm;            /* QTOK_STEM, QTOK_ALT or QTOK_RAW */
} TapeWord;

struct QualTape {
  unsigned char *a;         /* headers and terms */
  size_t n, nAlloc;
  size_t *aUnit;            /* nUnit+1 offsets into a */
  int nUnit, nUnitAlloc;
};

QualTape *qtape_new(void){
  QualTape *p = xcalloc(1, sizeof(QualTape));
  p->nUnitAlloc = 16;
  p->aUnit = xmalloc(sizeof(size_t)*(size_t)(p->nUnitAlloc+1));
  p->aUnit[0] = 0;
  return p;
}

void qtape_free(QualTape *p){
  if( !p ) return;
  free(p->a);
  free(p->aUnit);
  free(p);
}

static int tape_add(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  QualTape *p = pArg;
  size_t nNeed = sizeof(TapeWord) + (size_t)nTerm;
  if( p->n + nNeed > p->nAlloc ){
    p->nAlloc = p->nAlloc*2 + nNeed + 4096;
    p->a = xrealloc(p->a, p->nAlloc);
  }
  TapeWord w = { iStart, iEnd, (uint16_t)nTerm, (uint8_t)eForm };
  memcpy(p->a + p->n, &w, sizeof(w));
  memcpy(p->a + p->n + sizeof(w), zTerm, (size_t)nTerm);
  p->n += nNeed;
  return 0;
}

void qtape_record(QualTape *p, QualTok *t, const char *z, int n){
  qtok_run(t, z, n, tape_add, p);
  if( p->nUnit+1 >= p->nUnitAlloc ){
    p->nUnitAlloc *= 2;
    p->aUnit = xrealloc(p->aUnit, sizeof(size_t)*(size_t)(p->nUnitAlloc+1));
  }
  p->aUnit[++p->nUnit] = p->n;
}

int qtape_units(const QualTape *p){ return p->nUnit; }

int qtape_replay(const QualTape *p, int iUnit, QualTokFn xTok, void *pArg){
  if( iUnit<0 || iUnit>=p->nUnit ) return 0;
  size_t i = p->aUnit[iUnit], iEnd = p->aUnit[iUnit+1];
  while( i<iEnd ){
    TapeWord w;
    memcpy(&w, p->a + i, sizeof(w));
    i += sizeof(w);
    int rc = xTok(pArg, (const char*)p->a + i, w.nTerm, w.iStart, w.iEnd, w.eForm);
    if( rc ) return rc;
    i += w.nTerm;
  }
  return 0;
}

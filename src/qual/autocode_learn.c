/*
** autocode_learn.c: `autocode learn` (see autocode_learn.h): every coded
** paragraph is a training document of a naive Bayes classifier per code
** (qual/classify.c); cross-validated precision and recall per code, then
** suggestions for the paragraphs not coded yet.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "qual/autocode_learn.h"
#include "qual/classify.h"
#include "util/paragraph.h"
#include "qual/tokenize.h"
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The paragraphs of all sources as documents. */
typedef struct Corpus {
  NbDocs d;
  int nAlloc;
  int64_t *aSource;          /* source row id of each document */
  int *aSrcIdx;              /* index of that source in the source array */
  int64_t *aStart, *aEnd;    /* the paragraph's range */
  int nTokAlloc;             /* of the document being filled */
} Corpus;

typedef struct TokSink {
  Corpus *c; NbVocab *v;
  QualRange *aPara; int nPara; int iDoc0;   /* first document of this source */
  const char *zText; size_t iByte; int64_t iCp;
} TokSink;

static int add_token(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  (void)iEnd;
  TokSink *t = pArg;
  if( eForm!=QTOK_STEM ) return 0;
  t->iCp += (int64_t)utf8_ncp(t->zText + t->iByte, (size_t)iStart - t->iByte);
  t->iByte = (size_t)iStart;
  int k = paragraph_at(t->aPara, t->nPara, t->iCp);
  if( k<0 ) return 0;
  int iDoc = t->iDoc0 + k;
  NbDocs *d = &t->c->d;
  int n = d->anTok[iDoc];
  if( (n & (n-1))==0 ) d->aaTok[iDoc] = xrealloc(d->aaTok[iDoc], sizeof(int)*(size_t)(n ? 2*n : 16));
  d->aaTok[iDoc][d->anTok[iDoc]++] = nb_vocab_id(t->v, zTerm, nTerm);
  return 0;
}

static void corpus_add_source(Corpus *c, NbVocab *v, const QualSource *pSrc, int iSrcIdx){
  int nPara;
  QualRange *aPara = paragraph_split(pSrc->zText, &nPara);
  if( c->d.nDoc + nPara > c->nAlloc ){
    c->nAlloc = (c->d.nDoc + nPara)*2 + 64;
    c->d.aaTok = xrealloc(c->d.aaTok, sizeof(int*)*(size_t)c->nAlloc);
    c->d.anTok = xrealloc(c->d.anTok, sizeof(int)*(size_t)c->nAlloc);
    c->aSource = xrealloc(c->aSource, sizeof(int64_t)*(size_t)c->nAlloc);
    c->aSrcIdx = xrealloc(c->aSrcIdx, sizeof(int)*(size_t)c->nAlloc);
    c->aStart = xrealloc(c->aStart, sizeof(int64_t)*(size_t)c->nAlloc);
    c->aEnd = xrealloc(c->aEnd, sizeof(int64_t)*(size_t)c->nAlloc);
  }
  int iDoc0 = c->d.nDoc;
  for(int k=0; k<nPara; k++){
    int i = c->d.nDoc++;
    c->d.aaTok[i] = NULL; c->d.anTok[i] = 0;
    c->aSource[i] = pSrc->id; c->aSrcIdx[i] = iSrcIdx;
    c->aStart[i] = aPara[k].iStart; c->aEnd[i] = aPara[k].iEnd;
  }
  QualTok *pTok = qtok_new(pSrc->zLanguage);
  TokSink t = { c, v, aPara, nPara, iDoc0, pSrc->zText, 0, 0 };
  qtok_run(pTok, pSrc->zText, (int)strlen(pSrc->zText), add_token, &t);
  qtok_free(pTok);
  free(aPara);
}

static void corpus_free(Corpus *c){
  for(int i=0; i<c->d.nDoc; i++) free(c->d.aaTok[i]);
  free(c->d.aaTok); free(c->d.anTok); free(c->aSource); free(c->aSrcIdx);
  free(c->aStart); free(c->aEnd);
}

int qual_autocode_learn(Store *p, const LearnOpts *o, Table **ptOut, Err *pErr){
  *ptOut = NULL;
  const char *zCoder = o->zCoder;
  long nFold = o->nFold;
  double rThreshold = o->rThreshold;
  long nMin = o->nMinExamples;
  int bDry = o->bDryRun;
  if( nFold<2 || nFold>50 ) return err_set(pErr, ERR_USAGE, "--folds must be between 2 and 50, not %ld", nFold);
  if( !(rThreshold>0 && rThreshold<1) ) return err_set(pErr, ERR_USAGE, "--threshold must be between 0 and 1 (exclusive)");
  if( nMin<1 ) return err_set(pErr, ERR_USAGE, "--min-examples must be at least 1");
  int64_t iCoder;
  if( zCoder && st_coder_id(p, zCoder, &iCoder) ) return store_err(p, STORE_NOTFOUND, pErr);

  SegFilter sf = {0};
  sf.zCoder = zCoder;
  QualSegment *aSeg; int nSeg;
  int rc = st_segment_list(p, &sf, &aSeg, &nSeg);
  if( rc ) return store_err(p, rc, pErr);
  if( nSeg==0 ){
    st_segments_free(aSeg, nSeg);
    return err_set(pErr, ERR_FAIL, "no coded segments to learn from%s%s", zCoder ? " by " : "", zCoder ? zCoder : "");
  }
  QualSource *aSrc; int nSrc;
  rc = st_source_all(p, NULL, 1, &aSrc, &nSrc);
  if( rc ){
    st_segments_free(aSeg, nSeg);
    return store_err(p, rc, pErr);
  }

  NbVocab *v = nb_vocab_new();
  Corpus c;
  memset(&c, 0, sizeof(c));
  for(int i=0; i<nSrc; i++) corpus_add_source(&c, v, &aSrc[i], i);
  c.d.nVocab = nb_vocab_size(v);
  int nDoc = c.d.nDoc;

  /* Training documents: the coded paragraphs (overlapping any segment). An
  ** uncoded paragraph is not taken as a negative example: it may simply not
  ** have been coded yet, and those are the ones to suggest codes for. */
  unsigned char *aSrcCoded = xcalloc((size_t)nSrc+1, 1);
  unsigned char *aUse = xcalloc((size_t)nDoc+1, 1);
  unsigned char *aCoded = xcalloc((size_t)nDoc+1, 1);
  unsigned char *aLabel = xcalloc((size_t)nDoc+1, 1);
  int *aFold = xcalloc((size_t)nDoc+1, sizeof(int));
  for(int g=0; g<nSeg; g++){
    for(int i=0; i<nSrc; i++) if( aSrc[i].id==aSeg[g].iSource ) aSrcCoded[i] = 1;
  }
  int nTrainSrc = 0;
  int *aSrcRank = xcalloc((size_t)nSrc+1, sizeof(int));
  for(int i=0; i<nSrc; i++) if( aSrcCoded[i] ) aSrcRank[i] = nTrainSrc++;
  for(int i=0; i<nDoc; i++){
    /* Folds by source when there are enough coded sources (a fairer test of
    ** new interviews); otherwise by paragraph. */
    aFold[i] = nTrainSrc>=nFold ? aSrcRank[c.aSrcIdx[i]] % (int)nFold : i % (int)nFold;
    for(int g=0; g<nSeg && !aCoded[i]; g++){
      aCoded[i] = aSeg[g].iSource==c.aSource[i] && aSeg[g].iStart<c.aEnd[i] && aSeg[g].iEnd>c.aStart[i];
    }
    aUse[i] = aCoded[i];
  }

  Table *t = table_newc(NULL, "code,examples,precision,recall,suggestions");
  for(int g=0; g<nSeg; g++){
    int bSeen = 0;
    for(int h=0; h<g && !bSeen; h++) bSeen = aSeg[h].iCode==aSeg[g].iCode;
    if( bSeen ) continue;
    int64_t iCode = aSeg[g].iCode;
    int nPos = 0;
    for(int i=0; i<nDoc; i++){
      aLabel[i] = 0;
      for(int h=0; h<nSeg && !aLabel[i]; h++){
        aLabel[i] = aSeg[h].iCode==iCode && aSeg[h].iSource==c.aSource[i]
                    && aSeg[h].iStart<c.aEnd[i] && aSeg[h].iEnd>c.aStart[i];
      }
      nPos += aLabel[i] && aUse[i];
    }
    int r = table_row(t);
    table_text(t, r, 0, aSeg[g].zCodePath);
    table_int(t, r, 1, nPos);
    if( nPos<nMin ) continue;
    int nTp, nFp, nFn;
    nb_crossval(&c.d, aLabel, aUse, aFold, (int)nFold, rThreshold, &nTp, &nFp, &nFn);
    if( nTp+nFp>0 ) table_real(t, r, 2, (double)nTp/(nTp+nFp), 2);
    if( nTp+nFn>0 ) table_real(t, r, 3, (double)nTp/(nTp+nFn), 2);
    NbModel *m = nb_train(&c.d, aLabel, aUse);
    int nNew = 0;
    for(int i=0; i<nDoc && m && !bDry; i++){
      if( aCoded[i] ) continue;
      double rP = nb_prob(m, c.d.aaTok[i], c.d.anTok[i]);
      if( rP<rThreshold ) continue;
      int bNew = 0;
      rc = st_suggestion_add(p, c.aSource[i], iCode, c.aStart[i], c.aEnd[i],
                             "classifier", 0, rP, &bNew);
      if( rc ) break;
      nNew += bNew;
    }
    nb_free(m);
    if( rc ) break;
    table_int(t, r, 4, nNew);
  }
  if( rc ){
    store_err(p, rc, pErr);
    table_free(t);
    t = NULL;
  }
  *ptOut = t;
  free(aSrcCoded); free(aUse); free(aCoded); free(aLabel); free(aFold); free(aSrcRank);
  corpus_free(&c);
  nb_vocab_free(v);
  st_sources_free(aSrc, nSrc);
  st_segments_free(aSeg, nSeg);
  return pErr->e;
}

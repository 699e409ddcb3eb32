/*
** cooccur_run.c: `cooccurrence` read from the study (see cooccur_run.h).
*/
#include <stdlib.h>
#include "analysis/cooccur.h"
#include "qual/code_filter.h"
#include "qual/cooccur_run.h"
#include "util/paragraph.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "util/xalloc.h"

/* Order of the output: most paragraphs, then most overlaps, then code order. */
static int cmp_pair(const void *pa, const void *pb){
  const CoPair *a = pa, *b = pb;
  if( a->nParaBoth!=b->nParaBoth ) return a->nParaBoth>b->nParaBoth ? -1 : 1;
  if( a->nOverlap!=b->nOverlap ) return a->nOverlap>b->nOverlap ? -1 : 1;
  if( a->iCodeA!=b->iCodeA ) return a->iCodeA<b->iCodeA ? -1 : 1;
  return a->iCodeB<b->iCodeB ? -1 : a->iCodeB>b->iCodeB;
}

int qual_cooccurrence(Store *p, const CooccurOpts *o, Table **ptOut, Err *pErr){
  *ptOut = NULL;
  int rc;
  if( o->zCoder ){
    int64_t id;
    if( (rc = st_coder_id(p, o->zCoder, &id))!=STORE_OK ) return store_err(p, rc, pErr);
  }
  if( o->zPartnership && (rc = st_partnership_exists(p, o->zPartnership))!=STORE_OK ) return store_err(p, rc, pErr);
  int nFilter;
  int64_t *aFilter;
  if( qual_code_filter(p, o->zCodes, &aFilter, &nFilter, pErr) ) return pErr->e;
  QualCode *aCode; int nCode;
  QualSource *aSrc; int nSrc;
  QualSegment *aSeg; int nSeg;
  SegFilter f = {0};
  f.zCoder = o->zCoder;
  f.zPartnership = o->zPartnership;
  if( (rc = st_code_all(p, &aCode, &nCode))!=STORE_OK ){
    free(aFilter);
    return store_err(p, rc, pErr);
  }
  if( (rc = st_source_all(p, o->zPartnership, 1, &aSrc, &nSrc))!=STORE_OK ){
    free(aFilter); st_codes_free(aCode, nCode);
    return store_err(p, rc, pErr);
  }
  if( (rc = st_segment_list(p, &f, &aSeg, &nSeg))!=STORE_OK ){
    free(aFilter); st_codes_free(aCode, nCode); st_sources_free(aSrc, nSrc);
    return store_err(p, rc, pErr);
  }

  QualRange **aaPara = xcalloc((size_t)(nSrc>0?nSrc:1), sizeof(QualRange*));
  int *anPara = xcalloc((size_t)(nSrc>0?nSrc:1), sizeof(int));
  for(int s=0; s<nSrc; s++) aaPara[s] = paragraph_split(aSrc[s].zText, &anPara[s]);
  CoSeg *aCo = xmalloc(sizeof(CoSeg)*(size_t)(nSeg>0?nSeg:1));
  int nCo = 0;
  for(int i=0; i<nSeg; i++){
    if( !qual_code_in(aFilter, nFilter, aSeg[i].iCode) ) continue;
    int k = 0, s = 0;
    while( k<nCode && aCode[k].id!=aSeg[i].iCode ) k++;
    while( s<nSrc && aSrc[s].id!=aSeg[i].iSource ) s++;
    if( k==nCode || s==nSrc ) continue;
    aCo[nCo].iSource = s; aCo[nCo].iCode = k;
    aCo[nCo].iStart = aSeg[i].iStart; aCo[nCo].iEnd = aSeg[i].iEnd;
    nCo++;
  }
  CoParas paras = { nSrc, aaPara, anPara };
  int nPair;
  CoPair *aPair = cooccur_compute(aCo, nCo, nCode, &paras, &nPair);
  if( nPair>1 ) qsort(aPair, (size_t)nPair, sizeof(CoPair), cmp_pair);
  Table *t = table_newc(NULL, "code_a,code_b,overlaps,overlap_jaccard,paragraphs,paragraph_jaccard");
  for(int i=0; i<nPair; i++){
    const CoPair *q = &aPair[i];
    int r = table_row(t);
    table_text(t, r, 0, aCode[q->iCodeA].zPath);
    table_text(t, r, 1, aCode[q->iCodeB].zPath);
    table_int(t, r, 2, q->nOverlap);
    table_real(t, r, 3, cooccur_jaccard(q->nCharBoth, q->nCharEither), 3);
    table_int(t, r, 4, q->nParaBoth);
    table_real(t, r, 5, cooccur_jaccard(q->nParaBoth, q->nParaEither), 3);
  }
  free(aPair); free(aCo);
  for(int s=0; s<nSrc; s++) free(aaPara[s]);
  free(aaPara); free(anPara); free(aFilter);
  st_segments_free(aSeg, nSeg);
  st_sources_free(aSrc, nSrc);
  st_codes_free(aCode, nCode);
  *ptOut = t;
  return 0;
}

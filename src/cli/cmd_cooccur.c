/*
** cmd_cooccur.c: `cooccurrence`, which codes occur together, by
** overlapping segments and by shared paragraphs (help text in
** cmd_qanalysis.h; the counting is analysis/cooccur.c). Also the --codes
** filter shared by the analysis commands (qa_code_filter, qa_code_in).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_qanalysis.h"
#include "analysis/cooccur.h"
#include "util/paragraph.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "util/xalloc.h"

static int cmp_i64(const void *pa, const void *pb){
  int64_t a = *(const int64_t*)pa, b = *(const int64_t*)pb;
  return a<b ? -1 : a>b;
}

int64_t *qa_code_filter(Cli *p, const char *zCodes, int *pn){
  *pn = -1;
  if( !zCodes ) return NULL;
  int64_t iRoot, *a;
  int rc = st_code_find(p->pStore, zCodes, &iRoot, NULL);
  if( rc==STORE_OK ) rc = st_code_subtree(p->pStore, iRoot, &a, pn);
  if( rc ) fatal_store(p, rc);
  qsort(a, (size_t)*pn, sizeof(int64_t), cmp_i64);
  return a;
}

int qa_code_in(const int64_t *a, int n, int64_t id){
  if( n<0 ) return 1;
  return n>0 && bsearch(&id, a, (size_t)n, sizeof(int64_t), cmp_i64)!=NULL;
}

/* Order of the output: most paragraphs, then most overlaps, then code order. */
static int cmp_pair(const void *pa, const void *pb){
  const CoPair *a = pa, *b = pb;
  if( a->nParaBoth!=b->nParaBoth ) return a->nParaBoth>b->nParaBoth ? -1 : 1;
  if( a->nOverlap!=b->nOverlap ) return a->nOverlap>b->nOverlap ? -1 : 1;
  if( a->iCodeA!=b->iCodeA ) return a->iCodeA<b->iCodeA ? -1 : 1;
  return a->iCodeB<b->iCodeB ? -1 : a->iCodeB>b->iCodeB;
}

int cmd_cooccurrence(Cli *p){
  const char *zCodes = cli_opt(p, "--codes");
  const char *zCoder = cli_opt(p, "--coder");
  const char *zPartnership = cli_opt(p, "--partnership");
  cli_args(p, 0, 0);
  int rc;
  if( zCoder ){
    int64_t id;
    if( (rc = st_coder_id(p->pStore, zCoder, &id))!=STORE_OK ) fatal_store(p, rc);
  }
  if( zPartnership && (rc = st_partnership_exists(p->pStore, zPartnership))!=STORE_OK ) fatal_store(p, rc);
  int nFilter;
  int64_t *aFilter = qa_code_filter(p, zCodes, &nFilter);
  QualCode *aCode; int nCode;
  QualSource *aSrc; int nSrc;
  QualSegment *aSeg; int nSeg;
  SegFilter f = {0};
  f.zCoder = zCoder;
  f.zPartnership = zPartnership;
  if( (rc = st_code_all(p->pStore, &aCode, &nCode))!=STORE_OK
   || (rc = st_source_all(p->pStore, zPartnership, 1, &aSrc, &nSrc))!=STORE_OK
   || (rc = st_segment_list(p->pStore, &f, &aSeg, &nSeg))!=STORE_OK ) fatal_store(p, rc);

  QualRange **aaPara = xcalloc((size_t)(nSrc>0?nSrc:1), sizeof(QualRange*));
  int *anPara = xcalloc((size_t)(nSrc>0?nSrc:1), sizeof(int));
  for(int s=0; s<nSrc; s++) aaPara[s] = qual_paragraphs(aSrc[s].zText, &anPara[s]);
  CoSeg *aCo = xmalloc(sizeof(CoSeg)*(size_t)(nSeg>0?nSeg:1));
  int nCo = 0;
  for(int i=0; i<nSeg; i++){
    if( !qa_code_in(aFilter, nFilter, aSeg[i].iCode) ) continue;
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
  qual_segments_free(aSeg, nSeg);
  qual_sources_free(aSrc, nSrc);
  qual_codes_free(aCode, nCode);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* matrix.c: building the framework matrix from the study (see matrix.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "qual/matrix.h"
#include "qual/excerpt.h"
#include "qual/redact.h"
#include "analysis/rangeset.h"
#include "store/st_qanalysis.h"
#include "store/st_roster.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* One segment placed in one cell (a segment counts in its code's column and
** in every ancestor's column shown). */
typedef struct MxHit { int iCell, iSource; int64_t iStart, iEnd; } MxHit;

static int cmp_hit(const void *pa, const void *pb){
  const MxHit *a = pa, *b = pb;
  if( a->iCell!=b->iCell ) return a->iCell<b->iCell ? -1 : 1;
  if( a->iSource!=b->iSource ) return a->iSource<b->iSource ? -1 : 1;
  if( a->iStart!=b->iStart ) return a->iStart<b->iStart ? -1 : 1;
  return a->iEnd>b->iEnd ? -1 : a->iEnd<b->iEnd;     /* the longer span first: the fuller quote */
}
static int cmp_str(const void *pa, const void *pb){
  return strcmp(*(char*const*)pa, *(char*const*)pb);
}
static int cmp_i64(const void *pa, const void *pb){
  int64_t a = *(const int64_t*)pa, b = *(const int64_t*)pb;
  return a<b ? -1 : a>b;
}

/* Index of id in the sorted aId[0..n) (each paired with its position in
** aPos), or -1. */
static int find_id(const int64_t (*aIdPos)[2], int n, int64_t id){
  int lo = 0, hi = n-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    if( aIdPos[mid][0]==id ) return (int)aIdPos[mid][1];
    if( aIdPos[mid][0]<id ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}
static int64_t (*index_ids(int n, const int64_t *aId))[2]{
  int64_t (*a)[2] = xmalloc(sizeof(*a)*(size_t)(n>0?n:1));
  for(int i=0; i<n; i++){ a[i][0] = aId[i]; a[i][1] = i; }
  qsort(a, (size_t)n, sizeof(*a), cmp_i64);
  return a;
}

/* The row value of source pSrc for rows of kind zKind, or NULL. Borrowed
** from pSrc or aMem, except participant rows (a new string in *pzOwned). */
static const char *row_of(const char *zKind, const QualSource *pSrc,
                          const MemberRec *aMem, int nMem, char **pzOwned){
  *pzOwned = NULL;
  if( strcmp(zKind, "partnership")==0 ) return pSrc->zPartnership;
  if( strcmp(zKind, "kind")==0 ) return pSrc->zKind;
  if( strcmp(zKind, "language")==0 ) return pSrc->zLanguage;
  if( !pSrc->zParticipant ) return NULL;
  if( strcmp(zKind, "participant")==0 ){
    *pzOwned = xasprintf("%s/%s", pSrc->zPartnership, pSrc->zParticipant);
    return *pzOwned;
  }
  for(int i=0; i<nMem; i++){
    const MemberRec *m = &aMem[i];
    if( strcmp(m->zPartnership, pSrc->zPartnership)!=0 || strcmp(m->zPid, pSrc->zParticipant)!=0 ) continue;
    if( strcmp(zKind, "stakeholder_group")==0 ) return m->zGroup;
    if( strcmp(zKind, "organisation")==0 ) return m->zOrg;
    for(int j=0; j<m->nAttr; j++){
      if( strcmp(m->aAttr[j].zName, zKind)==0 ) return m->aAttr[j].zValue;
    }
    return NULL;
  }
  return NULL;
}

static int uses_members(const char *zKind){
  return strcmp(zKind, "partnership")!=0 && strcmp(zKind, "kind")!=0
      && strcmp(zKind, "language")!=0 && strcmp(zKind, "participant")!=0;
}

MxCell *qual_matrix_cell(Matrix *m, int iRow, int iCode){
  return &m->aCell[(size_t)iRow*(size_t)m->nCode + (size_t)iCode];
}

void qual_matrix_free(Matrix *m){
  if( !m ) return;
  for(int i=0; i<m->nRow*m->nCode; i++){
    for(int j=0; j<m->aCell[i].nQuote; j++) free(m->aCell[i].azQuote[j]);
    free(m->aCell[i].azQuote);
  }
  free(m->aCell);
  for(int i=0; i<m->nRow; i++) free(m->azRow[i]);
  free(m->azRow);
  free(m->anRowChar);
  st_codes_free(m->aCode, m->nCode);
  st_summaries_free(m->aSum, m->nSum);
  free(m->zRowKind);
  free(m);
}

/* Pick up to pSpec->nQuote quotes for a cell from its hits a[0..n) (sorted
** by source, start): first one per source, then more from the same sources. */
static void cell_quotes(MxCell *pCell, const MxHit *a, int n, const QualSource *aSrc,
                        const MxSpec *pSpec, const Redactor *pRed){
  if( pSpec->nQuote<=0 || n==0 ) return;
  unsigned char *aTaken = xcalloc((size_t)n, 1);
  pCell->azQuote = xcalloc((size_t)pSpec->nQuote, sizeof(char*));
  for(int pass=0; pass<2 && pCell->nQuote<pSpec->nQuote; pass++){
    for(int i=0; i<n && pCell->nQuote<pSpec->nQuote; i++){
      if( aTaken[i] ) continue;
      if( i>0 && a[i].iSource==a[i-1].iSource && a[i].iStart==a[i-1].iStart && a[i].iEnd==a[i-1].iEnd ){
        aTaken[i] = 1;      /* the same span coded twice (two coders) */
        continue;
      }
      if( pass==0 && i>0 && a[i].iSource==a[i-1].iSource ) continue;
      aTaken[i] = 1;
      const QualSource *s = &aSrc[a[i].iSource];
      char *zText = qual_excerpt(s->zText, a[i].iStart, a[i].iEnd, pSpec->nQuoteLen, pRed);
      char *zWho = qual_attribution(s);
      pCell->azQuote[pCell->nQuote++] = xasprintf("\"%s\" %s", zText, zWho);
      free(zText); free(zWho);
    }
  }
  free(aTaken);
}

int qual_matrix(Store *p, const MxSpec *pSpec, Matrix **ppOut, Err *pErr){
  *ppOut = NULL;
  if( pSpec->nQuote<0 ) return err_set(pErr, ERR_USAGE, "--quotes must be 0 or more");
  const char *zKind = pSpec->zRows ? pSpec->zRows : "partnership";
  QualCode *aAll = NULL; int nAll = 0;
  int64_t *aSub = NULL; int nSub = 0;
  QualSource *aSrc = NULL; int nSrc = 0;
  MemberRec *aMem = NULL; int nMem = 0;
  QualSegment *aSeg = NULL; int nSeg = 0;
  int64_t (*aCodeIdx)[2] = NULL, (*aSrcIdx)[2] = NULL;
  int *aSrcRow = NULL, *aColOf = NULL;
  MxHit *aHit = NULL; int nHit = 0;
  Redactor *pRed = NULL;
  Matrix *m = xcalloc(1, sizeof(Matrix));
  m->zRowKind = xstrdup(zKind);
  int rc = st_code_all(p, &aAll, &nAll);
  if( rc ) goto build_err;
  if( pSpec->zCodes ){
    int64_t iRoot;
    rc = st_code_find(p, pSpec->zCodes, &iRoot, NULL);
    if( rc==STORE_OK ) rc = st_code_subtree(p, iRoot, &aSub, &nSub);
    if( rc ) goto build_err;
    qsort(aSub, (size_t)nSub, sizeof(int64_t), cmp_i64);
  }
  if( pSpec->zCoder ){
    int64_t iCoder;
    rc = st_coder_id(p, pSpec->zCoder, &iCoder);
    if( rc ) goto build_err;
  }
  /* Columns: the chosen codes, in tree order. */
  m->aCode = xcalloc((size_t)(nAll>0?nAll:1), sizeof(QualCode));
  aColOf = xmalloc(sizeof(int)*(size_t)(nAll>0?nAll:1));
  int64_t *aAllId = xmalloc(sizeof(int64_t)*(size_t)(nAll>0?nAll:1));
  for(int i=0; i<nAll; i++){
    aAllId[i] = aAll[i].id;
    aColOf[i] = -1;
    if( aSub && !bsearch(&aAll[i].id, aSub, (size_t)nSub, sizeof(int64_t), cmp_i64) ) continue;
    aColOf[i] = m->nCode;
    QualCode *c = &m->aCode[m->nCode++];
    *c = aAll[i];
    c->zName = xstrdup(c->zName); c->zPath = xstrdup(c->zPath);
    c->zDescription = xstrdup(c->zDescription); c->zExample = xstrdup(c->zExample);
  }
  aCodeIdx = index_ids(nAll, aAllId);
  free(aAllId);

  /* Rows. */
  rc = st_source_all(p, NULL, pSpec->nQuote>0, &aSrc, &nSrc);
  if( rc==STORE_OK && uses_members(zKind) ) rc = st_member_all(p, NULL, &aMem, &nMem);
  if( rc ) goto build_err;
  char **azVal = xcalloc((size_t)(nSrc>0?nSrc:1), sizeof(char*));
  int nVal = 0;
  for(int i=0; i<nSrc; i++){
    char *zOwned;
    const char *z = row_of(zKind, &aSrc[i], aMem, nMem, &zOwned);
    if( z ) azVal[nVal++] = zOwned ? zOwned : xstrdup(z);
  }
  qsort(azVal, (size_t)nVal, sizeof(char*), cmp_str);
  m->azRow = xcalloc((size_t)(nVal>0?nVal:1), sizeof(char*));
  for(int i=0; i<nVal; i++){
    if( m->nRow>0 && strcmp(m->azRow[m->nRow-1], azVal[i])==0 ){ free(azVal[i]); continue; }
    m->azRow[m->nRow++] = azVal[i];
  }
  free(azVal);
  if( m->nRow==0 ){
    if( pSpec->bEmptyOk ){
      rc = STORE_OK;
      goto build_out;
    }
    if( nSrc==0 ) err_set(pErr, ERR_FAIL, "%s", _("the study has no sources yet (see: synergist help source import)"));
    else err_set(pErr, ERR_FAIL, _("no source has a value for rows '%s' (rows: partnership, participant, kind,"
                                   " language, stakeholder_group, organisation or a member attribute)"), zKind);
    rc = STORE_NOTFOUND;
    goto build_out;
  }
  m->anRowChar = xcalloc((size_t)m->nRow, sizeof(int64_t));
  aSrcRow = xmalloc(sizeof(int)*(size_t)(nSrc>0?nSrc:1));
  int64_t *aSrcId = xmalloc(sizeof(int64_t)*(size_t)(nSrc>0?nSrc:1));
  for(int i=0; i<nSrc; i++){
    char *zOwned;
    const char *z = row_of(zKind, &aSrc[i], aMem, nMem, &zOwned);
    char **pz = z ? bsearch(&z, m->azRow, (size_t)m->nRow, sizeof(char*), cmp_str) : NULL;
    aSrcRow[i] = pz ? (int)(pz - m->azRow) : -1;
    if( aSrcRow[i]>=0 ) m->anRowChar[aSrcRow[i]] += aSrc[i].nCp;
    aSrcId[i] = aSrc[i].id;
    free(zOwned);
  }
  aSrcIdx = index_ids(nSrc, aSrcId);
  free(aSrcId);

  /* Every segment lands in its code's column and its ancestors'. */
  SegFilter f = {0};
  f.zCoder = pSpec->zCoder;
  rc = st_segment_list(p, &f, &aSeg, &nSeg);
  if( rc ) goto build_err;
  int nHitAlloc = 0;
  for(int i=0; i<nSeg; i++){
    int iSrc = find_id((const int64_t(*)[2])aSrcIdx, nSrc, aSeg[i].iSource);
    if( iSrc<0 || aSrcRow[iSrc]<0 ) continue;
    for(int iCode = find_id((const int64_t(*)[2])aCodeIdx, nAll, aSeg[i].iCode); iCode>=0;
        iCode = aAll[iCode].iParent ? find_id((const int64_t(*)[2])aCodeIdx, nAll, aAll[iCode].iParent) : -1){
      if( aColOf[iCode]<0 ) continue;
      if( nHit==nHitAlloc ){ nHitAlloc = nHitAlloc ? 2*nHitAlloc : 256; aHit = xrealloc(aHit, sizeof(MxHit)*(size_t)nHitAlloc); }
      MxHit *h = &aHit[nHit++];
      h->iCell = aSrcRow[iSrc]*m->nCode + aColOf[iCode];
      h->iSource = iSrc;
      h->iStart = aSeg[i].iStart;
      h->iEnd = aSeg[i].iEnd;
    }
  }
  if( nHit>0 ) qsort(aHit, (size_t)nHit, sizeof(MxHit), cmp_hit);
  if( !pSpec->bNames ){
    pRed = redactor_for_study(p);
    if( !pRed ){ rc = STORE_ERROR; goto build_err; }
  }
  m->aCell = xcalloc((size_t)m->nRow*(size_t)(m->nCode>0?m->nCode:1), sizeof(MxCell));
  for(int i=0; i<m->nRow*m->nCode; i++){
    m->aCell[i].rCoverage = m->anRowChar[i/m->nCode]>0 ? 0.0 : NAN;
  }
  for(int i=0; i<nHit; ){
    int j = i;
    while( j<nHit && aHit[j].iCell==aHit[i].iCell ) j++;
    MxCell *c = &m->aCell[aHit[i].iCell];
    for(int k=i; k<j; ){
      int e = k;
      while( e<j && aHit[e].iSource==aHit[k].iSource ) e++;
      QualRange *aR = xmalloc(sizeof(QualRange)*(size_t)(e-k));
      for(int x=k; x<e; x++){ aR[x-k].iStart = aHit[x].iStart; aR[x-k].iEnd = aHit[x].iEnd; }
      int nU;
      QualRange *aU = rangeset_union(aR, e-k, aSrc[aHit[k].iSource].nCp, &nU);
      c->nCoded += rangeset_len(aU, nU);
      free(aU); free(aR);
      c->nSource++;
      k = e;
    }
    c->nSeg = j-i;
    int64_t nRowChar = m->anRowChar[aHit[i].iCell/m->nCode];
    if( nRowChar>0 ) c->rCoverage = 100.0*(double)c->nCoded/(double)nRowChar;
    cell_quotes(c, &aHit[i], j-i, aSrc, pSpec, pRed);
    i = j;
  }
  /* The charted summaries. */
  rc = st_summary_all(p, zKind, &m->aSum, &m->nSum);
  if( rc ) goto build_err;
  for(int i=0; i<m->nSum; i++){
    const QualSummary *q = &m->aSum[i];
    const char *z = q->zRow;
    char **pz = bsearch(&z, m->azRow, (size_t)m->nRow, sizeof(char*), cmp_str);
    int iCode = find_id((const int64_t(*)[2])aCodeIdx, nAll, q->iCode);
    if( !pz || iCode<0 || aColOf[iCode]<0 ) continue;
    if( pRed ){
      /* An analyst's summary may name people too. */
      char *zShown = redactor_apply(pRed, q->zText);
      free(m->aSum[i].zText);
      m->aSum[i].zText = zShown;
    }
    qual_matrix_cell(m, (int)(pz - m->azRow), aColOf[iCode])->zSummary = q->zText;
  }
  rc = STORE_OK;
  goto build_out;

build_err:
  store_err(p, rc, pErr);
build_out:
  redactor_free(pRed);
  free(aHit); free(aSrcRow); free(aColOf); free(aCodeIdx); free(aSrcIdx); free(aSub);
  st_segments_free(aSeg, nSeg);
  st_member_recs_free(aMem, nMem);
  st_sources_free(aSrc, nSrc);
  st_codes_free(aAll, nAll);
  if( rc ){ qual_matrix_free(m); m = NULL; }
  *ppOut = m;
  return rc ? pErr->e : 0;
}

int qual_matrix_code_used(Matrix *m, int iCode){
  for(int r=0; r<m->nRow; r++){
    MxCell *c = qual_matrix_cell(m, r, iCode);
    if( c->nSeg>0 || c->zSummary ) return 1;
  }
  return 0;
}

int qual_matrix_code_in_synthesis(Matrix *m, int iCode){
  if( !qual_matrix_code_used(m, iCode) ) return 0;
  int bLeaf = iCode+1>=m->nCode || m->aCode[iCode+1].iParent!=m->aCode[iCode].id;
  if( bLeaf ) return 1;
  for(int r=0; r<m->nRow; r++){
    if( qual_matrix_cell(m, r, iCode)->zSummary ) return 1;
  }
  return 0;
}

char *qual_code_category(const QualCode *c){
  const char *zSlash = strrchr(c->zPath, '/');
  return zSlash ? xstrndup(c->zPath, (size_t)(zSlash - c->zPath)) : xstrdup("");
}

int qual_matrix_summary_set(Store *p, const char *zRowKind, const char *zRow, const char *zCode,
                            const char *zText, const char *zWho, const char *zReason, int *pbChanged){
  return st_summary_set(p, zRowKind, zRow, zCode, zText, zWho, zReason, pbChanged);
}

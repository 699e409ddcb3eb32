/*
** agreement_run.c: inter-coder agreement of two coders over the sources
** both coded, per code and pooled, with the disagreeing spans (see
** agreement_run.h). The statistics are analysis/agreement.c.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "qual/agreement_run.h"
#include "analysis/agreement.h"
#include "qual/code_filter.h"
#include "qual/excerpt.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* One segment of either coder: code column, source index, coder (0: A, 1: B). */
typedef struct AgHit { int iCol, iSrc, iWho; int64_t iStart, iEnd; } AgHit;

static int cmp_hit(const void *pa, const void *pb){
  const AgHit *a = pa, *b = pb;
  if( a->iCol!=b->iCol ) return a->iCol<b->iCol ? -1 : 1;
  if( a->iSrc!=b->iSrc ) return a->iSrc<b->iSrc ? -1 : 1;
  if( a->iWho!=b->iWho ) return a->iWho<b->iWho ? -1 : 1;
  return a->iStart<b->iStart ? -1 : a->iStart>b->iStart;
}

/* Index of the source with row id iId in a[0..n), or -1. */
static int source_index(const QualSource *a, int n, int64_t iId){
  for(int i=0; i<n; i++) if( a[i].id==iId ) return i;
  return -1;
}

static void add_stats_row(Table *t, const char *zCode, const AgrCounts *c){
  int i = table_row(t);
  table_text(t, i, 0, zCode);
  table_real(t, i, 1, agr_percent(c), 2);
  table_real(t, i, 2, agr_kappa(c), 4);
  table_real(t, i, 3, agr_alpha(c), 4);
}

static int in_filter(const int64_t *a, int n, int64_t id){
  if( !a ) return 1;
  for(int i=0; i<n; i++) if( a[i]==id ) return 1;
  return 0;
}

int agreement_run(Store *pStore, const char *const azCoder[2], const char *zSource,
                  const int64_t *aFilter, int nFilter, Redactor *pRed,
                  Table **ptStat, Table **ptDiff, int *pnShared, char **pzErr){
  *ptStat = *ptDiff = NULL; *pnShared = 0; *pzErr = NULL;
  int rc;
  QualSource *aSrc; int nSrc;
  if( (rc = st_source_all(pStore, NULL, 1, &aSrc, &nSrc))!=STORE_OK ) return rc;
  QualSegment *aaSeg[2] = {0,0}; int anSeg[2] = {0,0};
  for(int w=0; w<2; w++){
    SegFilter f = {0};
    f.zCoder = azCoder[w];
    f.zSource = zSource;
    if( (rc = st_segment_list(pStore, &f, &aaSeg[w], &anSeg[w]))!=STORE_OK ){
      if( w ) st_segments_free(aaSeg[0], anSeg[0]);
      st_sources_free(aSrc, nSrc);
      return rc;
    }
  }
  /* The shared sources: at least one segment of each coder. */
  unsigned char *aCoded = xcalloc((size_t)(nSrc>0?nSrc:1), 1);
  for(int w=0; w<2; w++){
    for(int i=0; i<anSeg[w]; i++){
      int s = source_index(aSrc, nSrc, aaSeg[w][i].iSource);
      if( s>=0 ) aCoded[s] |= (unsigned char)(1<<w);
    }
  }
  int64_t nShared = 0;
  int nSharedSrc = 0;
  for(int s=0; s<nSrc; s++) if( aCoded[s]==3 ){ nShared += aSrc[s].nCp; nSharedSrc++; }
  QualCode *aCode = NULL; int nCode = 0;
  unsigned char *aUsed = NULL;
  AgHit *aHit = NULL;
  Table *tStat = NULL, *tDiff = NULL;
  if( nSharedSrc==0 ){
    *pzErr = zSource ? xasprintf(_("coders %s and %s have no source in common in %s (agreement is computed"
                                   " over the sources both coded)"), azCoder[0], azCoder[1], zSource)
                     : xasprintf(_("coders %s and %s have no source in common (agreement is computed over"
                                   " the sources both coded)"), azCoder[0], azCoder[1]);
    rc = STORE_NOTFOUND;
    goto out;
  }
  /* Columns: codes in tree order, kept when listed (filter) or used on a shared source. */
  if( (rc = st_code_all(pStore, &aCode, &nCode))!=STORE_OK ) goto out;
  aUsed = xcalloc((size_t)(nCode>0?nCode:1), 1);
  aHit = xmalloc(sizeof(AgHit)*(size_t)(anSeg[0]+anSeg[1]+1));
  int nHit = 0;
  for(int w=0; w<2; w++){
    for(int i=0; i<anSeg[w]; i++){
      const QualSegment *g = &aaSeg[w][i];
      int s = source_index(aSrc, nSrc, g->iSource);
      if( s<0 || aCoded[s]!=3 || !in_filter(aFilter, nFilter, g->iCode) ) continue;
      int k = 0;
      while( k<nCode && aCode[k].id!=g->iCode ) k++;
      if( k==nCode ) continue;
      aUsed[k] = 1;
      AgHit *h = &aHit[nHit++];
      h->iCol = k; h->iSrc = s; h->iWho = w; h->iStart = g->iStart; h->iEnd = g->iEnd;
    }
  }
  qsort(aHit, (size_t)nHit, sizeof(AgHit), cmp_hit);
  tStat = table_newc(NULL, "code,agreement,kappa,krippendorff_alpha");
  tDiff = table_newc(NULL, "source,code,start,end,coded_by,text");
  AgrCounts all = {0};
  int h = 0;
  for(int k=0; k<nCode; k++){
    int bListed = aFilter ? in_filter(aFilter, nFilter, aCode[k].id) : aUsed[k];
    if( !bListed ) continue;
    AgrCounts c = {0};
    c.nNeither = nShared;       /* sources where neither coder used the code */
    while( h<nHit && aHit[h].iCol==k ){
      int s = aHit[h].iSrc, e = h;
      while( e<nHit && aHit[e].iCol==k && aHit[e].iSrc==s ) e++;
      int nA = 0;
      while( h+nA<e && aHit[h+nA].iWho==0 ) nA++;
      QualRange *aR = xmalloc(sizeof(QualRange)*(size_t)(e-h));
      for(int x=h; x<e; x++){ aR[x-h].iStart = aHit[x].iStart; aR[x-h].iEnd = aHit[x].iEnd; }
      c.nNeither -= aSrc[s].nCp;
      agr_count(aSrc[s].nCp, aR, nA, aR+nA, e-h-nA, &c);
      int nDiff;
      AgrDiff *aDiff = agr_diffs(aSrc[s].nCp, aR, nA, aR+nA, e-h-nA, &nDiff);
      for(int d=0; d<nDiff; d++){
        int i = table_row(tDiff);
        table_text(tDiff, i, 0, aSrc[s].zName);
        table_text(tDiff, i, 1, aCode[k].zPath);
        table_int(tDiff, i, 2, aDiff[d].iStart);
        table_int(tDiff, i, 3, aDiff[d].iEnd);
        table_text(tDiff, i, 4, azCoder[aDiff[d].iWho-1]);
        char *zText = qual_excerpt(aSrc[s].zText, aDiff[d].iStart, aDiff[d].iEnd, 80, pRed);
        table_text(tDiff, i, 5, zText);
        free(zText);
      }
      free(aDiff);
      free(aR);
      h = e;
    }
    add_stats_row(tStat, aCode[k].zPath, &c);
    agr_add(&all, &c);
  }
  if( tStat->nRow==0 ){
    *pzErr = xasprintf(aFilter ? _("neither %s nor %s coded anything under that code on their shared sources")
                               : _("neither %s nor %s coded anything on their shared sources"), azCoder[0], azCoder[1]);
    table_free(tStat); table_free(tDiff);
    tStat = tDiff = NULL;
    rc = STORE_NOTFOUND;
    goto out;
  }
  add_stats_row(tStat, "all", &all);
  *ptStat = tStat; *ptDiff = tDiff; *pnShared = nSharedSrc;
out:
  free(aHit); free(aUsed); free(aCoded);
  if( aCode ) st_codes_free(aCode, nCode);
  for(int w=0; w<2; w++) st_segments_free(aaSeg[w], anSeg[w]);
  st_sources_free(aSrc, nSrc);
  return rc;
}

int qual_agreement(Store *p, const AgreementOpts *o, AgreementResult *pRes, Err *pErr){
  memset(pRes, 0, sizeof(*pRes));
  const char *zCoders = o->zCoders;
  if( !zCoders ) return err_set(pErr, ERR_USAGE, "agreement needs --coders A,B");
  const char *zComma = strchr(zCoders, ',');
  if( !zComma || zComma==zCoders || !zComma[1] || strchr(zComma+1, ',') ){
    return err_set(pErr, ERR_USAGE, "--coders takes two coder names separated by a comma, not '%s'", zCoders);
  }
  char *azCoder[2] = { xstrndup(zCoders, (size_t)(zComma-zCoders)), xstrdup(zComma+1) };
  int64_t *aFilter = NULL;
  int nFilter = -1;
  Redactor *pRed = NULL;
  char *zErr = NULL;
  int rc;
  if( strcmp(azCoder[0], azCoder[1])==0 ){
    err_set(pErr, ERR_USAGE, "--coders names the same coder twice");
    goto out;
  }
  for(int w=0; w<2; w++){
    int64_t id;
    if( (rc = st_coder_id(p, azCoder[w], &id))!=STORE_OK ){ store_err(p, rc, pErr); goto out; }
  }
  if( o->zSource ){
    QualSource one = {0};
    if( (rc = st_source_get(p, o->zSource, 0, &one))!=STORE_OK ){ store_err(p, rc, pErr); goto out; }
    st_source_clear(&one);
  }
  if( qual_code_filter(p, o->zCodes, &aFilter, &nFilter, pErr) ) goto out;
  pRed = o->bNames ? NULL : redactor_for_study(p);
  if( !o->bNames && !pRed ){ store_err(p, STORE_ERROR, pErr); goto out; }
  rc = agreement_run(p, (const char *const*)azCoder, o->zSource, aFilter, nFilter, pRed,
                     &pRes->tStat, &pRes->tDiff, &pRes->nShared, &zErr);
  if( rc==STORE_NOTFOUND && zErr ) err_set(pErr, ERR_FAIL, "%s", zErr);
  else if( rc ) store_err(p, rc, pErr);
out:
  free(zErr);
  redactor_free(pRed);
  free(aFilter);
  for(int w=0; w<2; w++) free(azCoder[w]);
  return pErr->e;
}

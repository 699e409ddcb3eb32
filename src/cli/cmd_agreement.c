/*
** cmd_agreement.c: `agreement`, inter-coder agreement of two coders per
** code over the sources both coded (help text in cmd_qanalysis.h). The
** statistics are analysis/agreement.c; this file gathers the segments,
** builds the tables and lists the disagreeing spans.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_qanalysis.h"
#include "analysis/agreement.h"
#include "qual/excerpt.h"
#include "qual/redact.h"
#include "store/st_qual.h"
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

int cmd_agreement(Cli *p){
  const char *zCoders = cli_opt(p, "--coders");
  const char *zCodes = cli_opt(p, "--codes");
  const char *zSource = cli_opt(p, "--source");
  int bDiffOnly = cli_flag(p, "--disagreements");
  cli_args(p, 0, 0);
  if( !zCoders ) fatal(EXIT_USAGE, "agreement needs --coders A,B");
  const char *zComma = strchr(zCoders, ',');
  if( !zComma || zComma==zCoders || !zComma[1] || strchr(zComma+1, ',') ){
    fatal(EXIT_USAGE, "--coders takes two coder names separated by a comma, not '%s'", zCoders);
  }
  char *azCoder[2] = { xstrndup(zCoders, (size_t)(zComma-zCoders)), xstrdup(zComma+1) };
  if( strcmp(azCoder[0], azCoder[1])==0 ) fatal(EXIT_USAGE, "--coders names the same coder twice");
  int rc;
  for(int w=0; w<2; w++){
    int64_t id;
    if( (rc = st_coder_id(p->pStore, azCoder[w], &id))!=STORE_OK ) fatal_store(p, rc);
  }
  if( zSource ){
    QualSource one = {0};
    if( (rc = st_source_get(p->pStore, zSource, 0, &one))!=STORE_OK ) fatal_store(p, rc);
    qual_source_clear(&one);
  }
  int nFilter;
  int64_t *aFilter = qa_code_filter(p, zCodes, &nFilter);

  QualSource *aSrc; int nSrc;
  if( (rc = st_source_all(p->pStore, NULL, 1, &aSrc, &nSrc))!=STORE_OK ) fatal_store(p, rc);
  QualSegment *aaSeg[2]; int anSeg[2];
  for(int w=0; w<2; w++){
    SegFilter f = {0};
    f.zCoder = azCoder[w];
    f.zSource = zSource;
    if( (rc = st_segment_list(p->pStore, &f, &aaSeg[w], &anSeg[w]))!=STORE_OK ) fatal_store(p, rc);
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
  if( nSharedSrc==0 ){
    fatal(EXIT_FAIL, "coders %s and %s have no source in common%s%s (agreement is computed over"
          " the sources both coded)", azCoder[0], azCoder[1], zSource ? " in " : "", zSource ? zSource : "");
  }
  /* Columns: codes in tree order, kept when listed (--codes) or used on a shared source. */
  QualCode *aCode; int nCode;
  if( (rc = st_code_all(p->pStore, &aCode, &nCode))!=STORE_OK ) fatal_store(p, rc);
  unsigned char *aUsed = xcalloc((size_t)(nCode>0?nCode:1), 1);
  AgHit *aHit = xmalloc(sizeof(AgHit)*(size_t)(anSeg[0]+anSeg[1]+1));
  int nHit = 0;
  for(int w=0; w<2; w++){
    for(int i=0; i<anSeg[w]; i++){
      const QualSegment *g = &aaSeg[w][i];
      int s = source_index(aSrc, nSrc, g->iSource);
      if( s<0 || aCoded[s]!=3 || !qa_code_in(aFilter, nFilter, g->iCode) ) continue;
      int k = 0;
      while( k<nCode && aCode[k].id!=g->iCode ) k++;
      if( k==nCode ) continue;
      aUsed[k] = 1;
      AgHit *h = &aHit[nHit++];
      h->iCol = k; h->iSrc = s; h->iWho = w; h->iStart = g->iStart; h->iEnd = g->iEnd;
    }
  }
  qsort(aHit, (size_t)nHit, sizeof(AgHit), cmp_hit);

  Table *tStat = table_newc(NULL, "code,agreement,kappa,krippendorff_alpha");
  Table *tDiff = table_newc(bDiffOnly ? NULL : "Disagreements to discuss", "source,code,start,end,coded_by,text");
  Redactor *pRed = p->bNames ? NULL : redactor_for_study(p->pStore);
  if( !p->bNames && !pRed ) fatal_store(p, STORE_ERROR);
  AgrCounts all = {0};
  int h = 0;
  for(int k=0; k<nCode; k++){
    int bListed = aFilter ? qa_code_in(aFilter, nFilter, aCode[k].id) : aUsed[k];
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
    fatal(EXIT_FAIL, "neither %s nor %s coded anything%s on their shared sources", azCoder[0], azCoder[1],
          zCodes ? " under that code" : "");
  }
  add_stats_row(tStat, "all", &all);
  if( bDiffOnly ){
    table_free(tStat);
    cli_print_table(p, tDiff);
  }else{
    cli_print_table(p, tStat);
    if( p->fmt==FMT_TEXT ){
      printf("\n%d source%s coded by both; ", nSharedSrc, nSharedSrc==1 ? "" : "s");
      if( tDiff->nRow==0 ){
        printf("no disagreements.\n");
        table_free(tDiff);
      }else{
        printf("%d disagreeing span%s.\n\n", tDiff->nRow, tDiff->nRow==1 ? "" : "s");
        cli_print_table(p, tDiff);
      }
    }else{
      table_free(tDiff);
    }
  }
  redactor_free(pRed);
  free(aHit); free(aUsed); free(aCoded); free(aFilter);
  qual_codes_free(aCode, nCode);
  for(int w=0; w<2; w++){ qual_segments_free(aaSeg[w], anSeg[w]); free(azCoder[w]); }
  qual_sources_free(aSrc, nSrc);
  return EXIT_OK;
}

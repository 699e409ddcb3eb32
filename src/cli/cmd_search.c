/*
** cmd_search.c: `synergist search` (keyword in context over the full-text
** index; help text in cmd_search.h). The search itself is src/qual/search.h
** (query language src/qual/query.h, index src/store/st_search.h). Also the hidden
** `test-search-time` that times queries for bench/qual.sh.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cmd_search.h"
#include "qual/query.h"
#include "qual/redact.h"
#include "qual/search.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* The study's redactor, or NULL with --names (real names may be shown).
** Caller frees with redactor_free(). */
static Redactor *search_redactor(Cli *p){
  if( p->bNames ) return NULL;
  Redactor *r = redactor_for_study(p->pStore);
  if( !r ) fatal_store(p, STORE_ERROR);
  return r;
}

int cmd_search(Cli *p){
  SearchFilter f = {0};
  f.zPartnership = cli_opt(p, "--partnership");
  f.zSource = cli_opt(p, "--source");
  f.zKind = cli_opt(p, "--kind");
  f.zLanguage = cli_opt(p, "--language");
  long nLimit = cli_opt_int(p, "--limit", 100);
  long nContext = cli_opt_int(p, "--context", 40);
  int bExplain = cli_flag(p, "--explain");
  int bReindex = cli_flag(p, "--reindex");
  cli_args(p, bReindex ? 0 : 1, bReindex ? 0 : -1);
  if( bReindex ){
    int nSource = 0;
    if( store_begin(p->pStore) ) fatal_store(p, STORE_ERROR);
    int rc = st_search_reindex(p->pStore, &nSource);
    if( rc ) fatal_store(p, rc);
    printf("search index rebuilt: %d source%s\n", nSource, nSource==1 ? "" : "s");
    return EXIT_OK;
  }
  if( nLimit<0 ) fatal(EXIT_USAGE, "--limit must be 0 (no limit) or more, not %ld", nLimit);
  if( nContext<0 || nContext>10000 ) fatal(EXIT_USAGE, "--context must be between 0 and 10000, not %ld", nContext);
  Sb q = SB_INIT;
  for(int i=0; i<p->nArg; i++){
    if( i ) sb_putc(&q, ' ');
    sb_puts(&q, p->azArg[i]);
  }
  char *zErr = 0;
  if( bExplain ){
    TqNode *pQuery = 0;
    if( qual_query_parse(sb_str(&q), &pQuery, &zErr) ) fatal(EXIT_USAGE, "%s", zErr);
    sb_reset(&q);
    tq_explain(&q, pQuery);
    fputs(sb_str(&q), stdout);
    sb_free(&q);
    tq_free(pQuery);
    return EXIT_OK;
  }
  Redactor *pRed = search_redactor(p);
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  int bMore = 0;
  int rc = qual_search(p->pStore, sb_str(&q), &f, (int)nLimit, (int)nContext, pRed, t, &bMore, &zErr);
  sb_free(&q);
  redactor_free(pRed);
  if( rc==STORE_QUERY ) fatal(EXIT_USAGE, "%s", zErr);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  int nHit = t->nRow;
  cli_print_table(p, t);
  if( bMore ){
    fprintf(stderr, "synergist: note: more paragraphs match than the %ld read; "
                    "use --limit 0 for all\n", nLimit);
  }else if( nHit==0 ){
    fprintf(stderr, "synergist: note: no hits\n");
  }
  return EXIT_OK;
}

static int cmp_double(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return x<y ? -1 : x>y;
}

/* test-search-time FILE [--limit N]: run every line of FILE as a query (as
** `search` would, pseudonymising the contexts, output discarded) and print the count, median and 95th
** percentile of the wall-clock time per query in milliseconds. */
int cmd_test_search_time(Cli *p){
  long nLimit = cli_opt_int(p, "--limit", 100);
  cli_args(p, 1, 1);
  FILE *in = fopen(p->azArg[0], "r");
  if( !in ) fatal(EXIT_FAIL, "cannot read %s", p->azArg[0]);
  char zLine[1000];
  double *aMs = NULL; int n = 0, nAlloc = 0;
  Redactor *pRed = search_redactor(p);
  long nHit = 0;
  while( fgets(zLine, sizeof(zLine), in) ){
    zLine[strcspn(zLine, "\r\n")] = 0;
    if( !zLine[0] ) continue;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    char *zErr = 0;
    Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
    int rc = qual_search(p->pStore, zLine, NULL, (int)nLimit, 40, pRed, t, NULL, &zErr);
    if( rc==STORE_QUERY ) fatal(EXIT_USAGE, "%s: %s", zLine, zErr);
    if( rc ) fatal_store(p, rc);
    nHit += t->nRow;
    table_free(t);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if( n>=nAlloc ){ nAlloc = nAlloc*2+256; aMs = xrealloc(aMs, sizeof(double)*(size_t)nAlloc); }
    aMs[n++] = (double)(t1.tv_sec-t0.tv_sec)*1e3 + (double)(t1.tv_nsec-t0.tv_nsec)/1e6;
  }
  fclose(in);
  redactor_free(pRed);
  if( n==0 ) fatal(EXIT_FAIL, "no queries in %s", p->azArg[0]);
  qsort(aMs, (size_t)n, sizeof(double), cmp_double);
  int i95 = (int)(0.95*(n-1) + 0.5);
  printf("queries %d hits %ld median_ms %.3f p95_ms %.3f max_ms %.3f\n",
         n, nHit, aMs[(n-1)/2], aMs[i95], aMs[n-1]);
  free(aMs);
  return EXIT_OK;
}

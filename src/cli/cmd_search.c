/*
** cmd_search.c: search (keyword in context over the full-text index; the
** search itself is qual/search.h, the query language qual/query.h, the
** index store/st_search.h) and the hidden test-search-time that times
** queries for bench/qual.sh.
** Handlers and their entries of the command table (aCmd_search, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
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

static int cmd_search(Cli *p){
  SearchOpts o = {0};
  o.f.zPartnership = cli_opt(p, "--partnership");
  o.f.zSource = cli_opt(p, "--source");
  o.f.zKind = cli_opt(p, "--kind");
  o.f.zLanguage = cli_opt(p, "--language");
  o.nLimit = cli_opt_int(p, "--limit", 100);
  o.nContext = cli_opt_int(p, "--context", 40);
  o.bNames = p->bNames;
  int bExplain = cli_flag(p, "--explain");
  int bReindex = cli_flag(p, "--reindex");
  cli_args(p, bReindex ? 0 : 1, bReindex ? 0 : -1);
  Err err = ERR_INIT;
  if( bReindex ){
    int nSource;
    if( qual_search_reindex(p->pStore, &nSource, &err) ) cli_fail(&err);
    printf("search index rebuilt: %d source%s\n", nSource, nSource==1 ? "" : "s");
    return EXIT_OK;
  }
  Sb q = SB_INIT;
  for(int i=0; i<p->nArg; i++){
    if( i ) sb_putc(&q, ' ');
    sb_puts(&q, p->azArg[i]);
  }
  o.zQuery = sb_str(&q);
  if( bExplain ){
    char *zOut;
    if( qual_search_explain(&o, &zOut, &err) ) cli_fail(&err);
    fputs(zOut, stdout);
    free(zOut);
    sb_free(&q);
    return EXIT_OK;
  }
  Table *t;
  int bMore;
  if( qual_search_run(p->pStore, &o, &t, &bMore, &err) ) cli_fail(&err);
  sb_free(&q);
  int nHit = t->nRow;
  cli_print_table(p, t);
  if( bMore ){
    fprintf(stderr, "synergist: note: more paragraphs match than the %ld read; "
                    "use --limit 0 for all\n", o.nLimit);
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
static int cmd_test_search_time(Cli *p){
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

const CmdEntry aCmd_search[] = {
  { "search", cmd_search, CMD_STUDY, "find words and phrases in the sources (keyword in context)",
    "Usage: synergist search QUERY... [--partnership P] [--source NAME] [--kind KIND]\n"
    "                        [--language en|fr] [--limit N] [--context N] [--explain]\n"
    "       synergist search --reindex\n\n"
    "Finds QUERY in every source and prints each hit in its context: source,\n"
    "partnership, participant (pseudonymous id), start and end (code points\n"
    "[start,end) in the source, as segments count them) and context (the hit in\n"
    "[brackets] with --context characters either side, default 40, within\n"
    "its paragraph). Members' real names and the terms of `redact term list`\n"
    "are replaced by their pseudonyms in the context unless --names is given\n"
    "(a term cut by the window is shown whole, as its pseudonym).\n"
    "Matching ignores case and accents and compares Snowball\n"
    "stems of English and French, so \"décisions\" finds \"decision\" and\n"
    "\"trusted\" finds \"trust\".\n\n"
    "Query syntax:\n"
    "  word              any form of the word\n"
    "  \"a phrase\"        the words in this order, side by side\n"
    "  word*             words beginning so (also \"a phra\"*)\n"
    "  a b, a AND b      both in the same paragraph\n"
    "  a OR b            either;   a NOT b   a without b\n"
    "  ( ... )           grouping; AND, OR, NOT only in capitals\n\n"
    "Hits come in import order of the sources, then by position. --limit N\n"
    "(default 100) reads at most N matching paragraphs, 0 for all; a note on\n"
    "standard error says when more matched. --explain prints the query as\n"
    "parsed, without searching: its operators, and each term with the\n"
    "folded and stemmed forms it matches (an operand indented under its\n"
    "operator). --reindex rebuilds the index of every source (imports keep\n"
    "it current; this is for repairs).\n\n"
    "Example:\n"
    "  synergist search '\"shared decisions\" OR consensus' --partnership PCCP\n"
    "  synergist search confian* --format csv\n" },
  { "test-search-time", cmd_test_search_time, CMD_STUDY|CMD_HIDDEN, "time search queries (benchmark)",
    "Usage: synergist test-search-time FILE [--limit N]\n\n"
    "Runs each line of FILE as a search query and prints the number of\n"
    "queries, hits, and the median, 95th percentile and maximum time per\n"
    "query in milliseconds (used by bench/qual.sh).\n\n"
    "Example:\n  synergist test-search-time queries.txt\n" },
  {0,0,0,0,0}
};

/*
** cmd_coding.c: code apply, memo add/list (entries in
** cmd_code.h, gathered in aCmd_qual).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_code.h"
#include "qual/excerpt.h"
#include "qual/quote.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Find the span of --quote in the source; exits listing the places when the
** quote is absent or appears more than once (the text shown pseudonymised
** unless --names). */
static void find_quote(Cli *p, const QualSource *pSrc, const char *zQuote, int64_t *piStart, int64_t *piEnd){
  QuoteHits h;
  if( qual_quote_find(pSrc->zText, zQuote, &h) ) fatal(EXIT_USAGE, "--quote is empty");
  if( h.n==1 ){
    *piStart = h.a[0].iStart;
    *piEnd = h.a[0].iEnd;
    free(h.a);
    return;
  }
  Sb msg = SB_INIT;
  int iLine, iCol;
  if( h.n==0 ){
    sb_printf(&msg, "the quote is not in source '%s'", pSrc->zName);
    if( h.iBestStart>=0 ){
      Redactor *pRed = p->bNames ? NULL : redactor_for_study(p->pStore);
      char *zSeen = qual_excerpt(pSrc->zText, h.iBestStart, h.iBestStart+h.nBestLen+1, 0, pRed);
      redactor_free(pRed);
      qual_line_col(pSrc->zText, h.iBestStart, &iLine, &iCol);
      sb_printf(&msg, "; its longest beginning found is at %s:%d:%d (position %lld), where the text reads \"%s\"",
                pSrc->zName, iLine, iCol, (long long)h.iBestStart, zSeen);
      free(zSeen);
    }
  }else{
    sb_printf(&msg, "the quote appears %d times in source '%s'; give --start and --end for one of:", h.n, pSrc->zName);
    for(int i=0; i<h.n; i++){
      qual_line_col(pSrc->zText, h.a[i].iStart, &iLine, &iCol);
      sb_printf(&msg, "\n  %s:%d:%d  --start %lld --end %lld", pSrc->zName, iLine, iCol,
                (long long)h.a[i].iStart, (long long)h.a[i].iEnd);
    }
  }
  free(h.a);
  fatal(EXIT_FAIL, "%s", sb_str(&msg));
}

int cmd_code_apply(Cli *p){
  const char *zSource = cli_opt(p, "--source");
  const char *zCode = cli_opt(p, "--code");
  const char *zCoder = cli_opt(p, "--coder");
  const char *zQuote = cli_opt(p, "--quote");
  const char *zStart = cli_opt(p, "--start");
  const char *zEnd = cli_opt(p, "--end");
  const char *zMemo = cli_opt(p, "--memo");
  cli_args(p, 0, 0);
  if( !zSource || !zCode || !zCoder ) fatal(EXIT_USAGE, "code apply needs --source NAME, --code CODE and --coder C");
  if( !zQuote==!(zStart || zEnd) ) fatal(EXIT_USAGE, "code apply needs either --quote TEXT or --start N --end N");
  if( !zQuote && !(zStart && zEnd) ) fatal(EXIT_USAGE, "code apply needs both --start and --end");
  Store *pS = p->pStore;
  QualSource src;
  int64_t id, iStart, iEnd;
  int rc = st_source_get(pS, zSource, 1, &src);
  if( rc ) fatal_store(p, rc);
  if( (rc = st_code_find(pS, zCode, &id, NULL))!=STORE_OK ) fatal_store(p, rc);
  if( (rc = st_coder_id(pS, zCoder, &id))!=STORE_OK ) fatal_store(p, rc);
  if( zQuote ){
    find_quote(p, &src, zQuote, &iStart, &iEnd);
  }else{
    char *zE1, *zE2;
    iStart = strtoll(zStart, &zE1, 10);
    iEnd = strtoll(zEnd, &zE2, 10);
    if( !zStart[0] || *zE1 || !zEnd[0] || *zE2 ) fatal(EXIT_USAGE, "--start and --end must be whole numbers");
    if( iStart<0 || iEnd>src.nCp || iStart>=iEnd ){
      fatal(EXIT_USAGE, "span [%lld,%lld) is %s source '%s', which has %lld characters (positions 0 to %lld)",
            (long long)iStart, (long long)iEnd, iStart>=iEnd ? "empty or reversed in" : "outside",
            src.zName, (long long)src.nCp, (long long)src.nCp);
    }
  }
  rc = st_segment_add(pS, zSource, zCode, zCoder, iStart, iEnd, zMemo, NULL, &id);
  if( rc ) fatal_store(p, rc);
  printf("segment %lld: %s [%lld,%lld)\n", (long long)id, zSource, (long long)iStart, (long long)iEnd);
  qual_source_clear(&src);
  return EXIT_OK;
}

/* The memo target named by the options: kind into *pzKind, target into *pzTarget. */
static int memo_target_opts(Cli *p, const char **pzKind, const char **pzTarget){
  static const char *const azKind[] = { "source", "code", "segment" };
  int nGiven = 0;
  *pzKind = NULL; *pzTarget = NULL;
  if( cli_flag(p, "--project") ){ *pzKind = "project"; nGiven++; }
  for(int i=0; i<3; i++){
    char zOpt[16];
    snprintf(zOpt, sizeof(zOpt), "--%s", azKind[i]);
    const char *z = cli_opt(p, zOpt);
    if( z ){ *pzKind = azKind[i]; *pzTarget = z; nGiven++; }
  }
  return nGiven;
}

int cmd_memo_add(Cli *p){
  const char *zKind, *zTarget;
  int nGiven = memo_target_opts(p, &zKind, &zTarget);
  const char *zText = cli_opt(p, "--text");
  const char *zBy = cli_opt(p, "--by");
  cli_args(p, 0, 0);
  if( nGiven!=1 ) fatal(EXIT_USAGE, "memo add needs one of --project, --source NAME, --code CODE, --segment ID");
  if( !zText || !zText[0] ) fatal(EXIT_USAGE, "memo add needs --text TEXT");
  int64_t id;
  int rc = st_memo_add(p->pStore, zKind, zTarget, zText, zBy, &id);
  if( rc ) fatal_store(p, rc);
  printf("memo %lld added\n", (long long)id);
  return EXIT_OK;
}

int cmd_memo_list(Cli *p){
  const char *zKind, *zTarget;
  int nGiven = memo_target_opts(p, &zKind, &zTarget);
  cli_args(p, 0, 0);
  if( nGiven>1 ) fatal(EXIT_USAGE, "memo list takes at most one of --project, --source, --code, --segment");
  Table *t = table_newc(NULL, "id,kind,target,author,created,text");
  int rc = st_memo_list(p->pStore, zKind, zTarget, t);
  if( rc ) fatal_store(p, rc);
  if( !p->bNames ){
    /* Analysts write memos, and may name people in them. */
    Redactor *r = redactor_for_study(p->pStore);
    if( !r ) fatal_store(p, STORE_ERROR);
    redactor_apply_column(r, t, 5);
    redactor_free(r);
  }
  cli_print_table(p, t);
  return EXIT_OK;
}

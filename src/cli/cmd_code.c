/*
** cmd_code.c: code add/list/rename/move/merge/remove/describe and code apply
** (coding a quote or a span of a source).
** Handlers and their entries of the command table (aCmd_code, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/cli.h"
#include "qual/coding.h"
#include "qual/excerpt.h"
#include "qual/quote.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/sb.h"
#include "util/xalloc.h"

#define CODE_WORDS \
  "CODE is a full path (\"determinants/relationships among partners/trust\") or\n" \
  "its end when that is unique: the name (\"trust\") or the last parts\n" \
  "(\"operational/leadership\").\n"

/* Exit with a usage error unless zName can name a code. */
static void check_code_name(const char *zName){
  if( !zName[0] ) fatal(EXIT_USAGE, "a code needs a name");
  if( strchr(zName, '/') ) fatal(EXIT_USAGE, "a code name cannot contain '/': '%s'", zName);
}

static int cmd_code_add(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  check_code_name(p->azArg[0]);
  int rc = qual_code_add(p->pStore, p->azArg[0], zParent, zDesc, zExample, NULL, NULL);
  if( rc ) fatal_store(p, rc);
  printf("code %s%s%s added\n", zParent ? zParent : "", zParent ? "/" : "", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_code_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "code,path,segments,total,sources,description");
  int rc = qual_code_table(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_code_rename(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 2, 2);
  check_code_name(p->azArg[1]);
  int rc = qual_code_rename(p->pStore, p->azArg[0], p->azArg[1], NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s renamed to %s\n", p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

static int cmd_code_move(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  int bTop = cli_flag(p, "--top");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  if( !zParent==!bTop ) fatal(EXIT_USAGE, "code move needs either --parent CODE or --top");
  int rc = qual_code_move(p->pStore, p->azArg[0], zParent, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s moved %s%s\n", p->azArg[0], bTop ? "to the top level" : "under ", bTop ? "" : zParent);
  return EXIT_OK;
}

static int cmd_code_merge(Cli *p){
  const char *zInto = cli_opt(p, "--into");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  if( !zInto ) fatal(EXIT_USAGE, "code merge needs --into CODE");
  int rc = qual_code_merge(p->pStore, p->azArg[0], zInto, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s merged into %s\n", p->azArg[0], zInto);
  return EXIT_OK;
}

static int cmd_code_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int rc = st_code_remove(p->pStore, p->azArg[0], NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_code_describe(Cli *p){
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  if( !zDesc && !zExample ) fatal(EXIT_USAGE, "nothing to change: give --description or --example");
  int rc = qual_code_describe(p->pStore, p->azArg[0], zDesc, zExample, NULL);
  if( rc ) fatal_store(p, rc);
  printf("code %s described\n", p->azArg[0]);
  return EXIT_OK;
}

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

static int cmd_code_apply(Cli *p){
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
  int rc = qual_source(pS, zSource, 1, &src);
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
  rc = qual_segment_code(pS, zSource, zCode, zCoder, iStart, iEnd, zMemo, 0, 0, NULL, &id);
  if( rc ) fatal_store(p, rc);
  printf("segment %lld: %s [%lld,%lld)\n", (long long)id, zSource, (long long)iStart, (long long)iEnd);
  qual_source_clear(&src);
  return EXIT_OK;
}

const CmdEntry aCmd_code[] = {
  { "code add", cmd_code_add, CMD_WRITE, "add a code to the codebook",
    "Usage: synergist code add NAME [--parent CODE] [--description TEXT] [--example TEXT]\n\n"
    "Adds a code (an inductive theme, say) at the top level or under CODE.\n"
    "Names cannot contain '/'. " CODE_WORDS "\n"
    "Example:\n  synergist code add \"ethics delays\" --parent \"external environment\" \\\n"
    "      --description \"Waiting for ethics approval holds the work back\"\n" },
  { "code list", cmd_code_list, CMD_STUDY, "show the codebook tree with counts",
    "Usage: synergist code list\n\n"
    "Columns: code (indented by depth), path, segments (coded with this code),\n"
    "total (with its sub-codes), sources (with its sub-codes), description.\n\n"
    "Example:\n  synergist code list --format csv\n" },
  { "code rename", cmd_code_rename, CMD_WRITE, "rename a code",
    "Usage: synergist code rename CODE NEWNAME [--reason TEXT]\n\n"
    "Segments, sub-codes and memos stay with the code. " CODE_WORDS "\n"
    "Example:\n  synergist code rename trust \"mutual trust\" --reason \"closer to the data\"\n" },
  { "code move", cmd_code_move, CMD_WRITE, "move a code under another parent",
    "Usage: synergist code move CODE (--parent CODE | --top) [--reason TEXT]\n\n"
    "Moves the code with its sub-codes and segments. " CODE_WORDS "\n"
    "Example:\n  synergist code move \"ethics delays\" --parent \"negative factors\"\n" },
  { "code merge", cmd_code_merge, CMD_WRITE, "merge a code into another",
    "Usage: synergist code merge CODE --into CODE [--reason TEXT]\n\n"
    "The first code's segments, memos, summaries, sub-codes, auto-coding rules\n"
    "and suggestions move to the second; dropped as duplicates are a segment\n"
    "the same coder already coded there, a rule the second code already has\n"
    "(its suggestions go to that rule), a suggestion of a range already\n"
    "suggested for the second code and a pending suggestion of a range it\n"
    "already codes. The first code is removed. " CODE_WORDS "\n"
    "Example:\n  synergist code merge \"team spirit\" --into \"partnership atmosphere\"\n" },
  { "code remove", cmd_code_remove, CMD_WRITE, "remove an unused code",
    "Usage: synergist code remove CODE [--reason TEXT]\n\n"
    "Refused (exit 1) while the code has segments or sub-codes: merge it instead.\n\n"
    "Example:\n  synergist code remove \"ethics delays\"\n" },
  { "code describe", cmd_code_describe, CMD_WRITE, "change a code's definition or example",
    "Usage: synergist code describe CODE [--description TEXT] [--example TEXT]\n\n"
    "Example:\n  synergist code describe trust --example \"I know she keeps her word.\"\n" },
  { "code apply", cmd_code_apply, CMD_WRITE, "code a span of a source",
    "Usage: synergist code apply --source NAME --code CODE --coder C\n"
    "                        (--quote TEXT | --start N --end N) [--memo TEXT]\n\n"
    "Records a segment: the span [start,end) of the source, in Unicode code\n"
    "points from 0, coded with CODE by coder C (see: synergist coder add).\n"
    "--quote finds the span from its text: white space differences are ignored,\n"
    "case and accents are not. A quote that is not in the source is an error\n"
    "showing where its longest beginning matches; a quote found more than once is\n"
    "an error listing each place (then give --start/--end). --memo attaches a memo\n"
    "to the new segment. Prints the segment id and its span. " CODE_WORDS "\n"
    "Example:\n"
    "  synergist code apply --source int011 --code trust --coder ana \\\n"
    "      --quote \"on se fait confiance\"\n"
    "  synergist code apply --source int011 --code conflict --coder ben --start 120 --end 188\n" },
  {0,0,0,0,0}
};

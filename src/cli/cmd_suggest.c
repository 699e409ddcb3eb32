/*
** cmd_suggest.c: suggest list/accept/reject: reviewing auto-coding
** suggestions.
** Handlers and their entries of the command table (aCmd_suggest, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "qual/coding.h"
#include "qual/autocode.h"
#include "qual/excerpt.h"
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

/* The suggestion filter options shared by suggest list/accept/reject. */
static void suggest_filter(Cli *p, SuggestFilter *f){
  memset(f, 0, sizeof(*f));
  f->zSource = cli_opt(p, "--source");
  f->zCode = cli_opt(p, "--code");
  f->zPartnership = cli_opt(p, "--partnership");
  f->zOrigin = cli_opt(p, "--origin");
  const char *zRule = cli_opt(p, "--rule");
  if( zRule ) f->iRule = cli_id("--rule", zRule);
  f->rMinScore = cli_opt_real(p, "--min-score", 0.0);
  if( f->zOrigin && strcmp(f->zOrigin, "rule")!=0 && strcmp(f->zOrigin, "classifier")!=0 ){
    fatal(EXIT_USAGE, "--origin must be rule or classifier, not '%s'", f->zOrigin);
  }
}

static int cmd_suggest_list(Cli *p){
  SuggestFilter f;
  suggest_filter(p, &f);
  f.zStatus = cli_opt(p, "--status");
  if( !f.zStatus ) f.zStatus = "pending";
  else if( strcmp(f.zStatus, "all")==0 ) f.zStatus = NULL;
  else if( strcmp(f.zStatus, "pending") && strcmp(f.zStatus, "accepted") && strcmp(f.zStatus, "rejected") ){
    fatal(EXIT_USAGE, "--status must be pending, accepted, rejected or all, not '%s'", f.zStatus);
  }
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "id,source,partnership,code,start,end,origin,rule,score,status,text");
  int rc = qual_suggestions(p->pStore, &f, t);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  Redactor *pRed = NULL;
  if( !p->bNames && t->nRow>0 && !(pRed = redactor_for_study(p->pStore)) ) fatal_store(p, STORE_ERROR);
  for(int r=0; r<t->nRow; r++){
    const Cell *c = table_cell(t, r, 10);
    if( c->t!=CELL_TEXT ) continue;
    char *z = qual_excerpt(c->z, 0, INT64_MAX, 60, pRed);
    table_text(t, r, 10, z);
    free(z);
  }
  redactor_free(pRed);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* suggest accept / suggest reject: by ids or --all with filters. */
static int suggest_decide(Cli *p, int bAccept){
  SuggestFilter f;
  suggest_filter(p, &f);
  const char *zCoder = cli_opt(p, "--coder");
  int bAll = cli_flag(p, "--all");
  cli_args(p, 0, -1);
  if( !zCoder ) fatal(EXIT_USAGE, "give the coder who decides with --coder NAME");
  if( bAll==(p->nArg>0) ) fatal(EXIT_USAGE, "give suggestion ids or --all (with filters), not both or neither");
  int64_t *aId = NULL; int nId = 0;
  if( bAll ){
    f.zStatus = "pending";
    int rc = st_suggestion_ids(p->pStore, &f, &aId, &nId);
    if( rc ) fatal_store(p, rc);
  }else{
    aId = xcalloc((size_t)p->nArg, sizeof(int64_t));
    for(int i=0; i<p->nArg; i++) aId[nId++] = cli_id("a suggestion id", p->azArg[i]);
  }
  int rc = qual_suggestions_decide(p->pStore, aId, nId, bAccept, zCoder, 0, st_who());
  if( rc ){ free(aId); fatal_store(p, rc); }
  printf("%d suggestion%s %s\n", nId, nId==1 ? "" : "s", bAccept ? "accepted" : "rejected");
  free(aId);
  return EXIT_OK;
}

static int cmd_suggest_accept(Cli *p){ return suggest_decide(p, 1); }

static int cmd_suggest_reject(Cli *p){ return suggest_decide(p, 0); }

const CmdEntry aCmd_suggest[] = {
  { "suggest list", cmd_suggest_list, CMD_STUDY, "list coding suggestions to review",
    "Usage: synergist suggest list [--status pending|accepted|rejected|all] [--origin rule|classifier]\n"
    "                              [--code C] [--source S] [--partnership P] [--rule ID]\n"
    "                              [--min-score X]\n\n"
    "Columns: id, source, partnership, code, start, end (code points), origin,\n"
    "rule, score (classifier probability), status and the start of the text\n"
    "(pseudonymised, as `source show` prints it, unless --names is given).\n"
    "Default: pending suggestions.\n\n"
    "Example:\n  synergist suggest list --code trust --format csv\n" },
  { "suggest accept", cmd_suggest_accept, CMD_WRITE, "accept suggestions: they become coded segments",
    "Usage: synergist suggest accept (ID... | --all [filters of suggest list]) --coder C\n\n"
    "Each accepted suggestion becomes a segment coded by C (recorded in the\n"
    "audit trail). All or nothing: an unknown id or coder changes nothing.\n\n"
    "Example:\n  synergist suggest accept 12 15 --coder anna\n"
    "  synergist suggest accept --all --rule 2 --coder anna\n" },
  { "suggest reject", cmd_suggest_reject, CMD_WRITE, "reject suggestions (never proposed again)",
    "Usage: synergist suggest reject (ID... | --all [filters of suggest list]) --coder C\n\n"
    "Example:\n  synergist suggest reject 13 --coder anna\n" },
  {0,0,0,0,0}
};

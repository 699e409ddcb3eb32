/*
** cmd_suggest.c: suggest list/accept/reject: reviewing auto-coding
** suggestions (the work in qual/suggest_run.c).
** Handlers and their entries of the command table (aCmd_suggest, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"
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
}

static int cmd_suggest_list(Cli *p){
  SuggestFilter f;
  suggest_filter(p, &f);
  const char *zStatus = cli_opt(p, "--status");
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_suggest_list(p->pStore, &f, zStatus, p->bNames, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* suggest accept / suggest reject: by ids or --all with filters. */
static int suggest_decide(Cli *p, int bAccept){
  SuggestDecideOpts o = {0};
  suggest_filter(p, &o.f);
  o.zCoder = cli_opt(p, "--coder");
  o.bAll = cli_flag(p, "--all");
  cli_args(p, 0, -1);
  int64_t *aId = xcalloc((size_t)p->nArg+1, sizeof(int64_t));
  for(int i=0; i<p->nArg; i++) aId[i] = cli_id("a suggestion id", p->azArg[i]);
  o.aId = aId;
  o.nId = p->nArg;
  o.bAccept = bAccept;
  o.zWho = st_who();
  int nDone;
  Err err = ERR_INIT;
  if( qual_suggest_decide(p->pStore, &o, &nDone, &err) ) cli_fail(&err);
  printf("%d suggestion%s %s\n", nDone, nDone==1 ? "" : "s", bAccept ? "accepted" : "rejected");
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
    "Usage: synergist suggest accept (ID... | --all [filters of suggest list]) --coder C\n"
    "                                filters: [--code C] [--source S] [--partnership P] [--rule ID]\n"
    "                                         [--origin rule|classifier] [--min-score X]\n\n"
    "Each accepted suggestion becomes a segment coded by C (recorded in the\n"
    "audit trail). All or nothing: an unknown id or coder changes nothing.\n\n"
    "Example:\n  synergist suggest accept 12 15 --coder anna\n"
    "  synergist suggest accept --all --rule 2 --coder anna\n" },
  { "suggest reject", cmd_suggest_reject, CMD_WRITE, "reject suggestions (never proposed again)",
    "Usage: synergist suggest reject (ID... | --all [filters of suggest list]) --coder C\n"
    "                                filters: [--code C] [--source S] [--partnership P] [--rule ID]\n"
    "                                         [--origin rule|classifier] [--min-score X]\n\n"
    "Example:\n  synergist suggest reject 13 --coder anna\n" },
  {0,0,0,0,0}
};

/*
** cmd_memo.c: memo add/list: analytic memos on a source, a code or a
** partnership (the work in qual/memo_run.c).
** Handlers and their entries of the command table (aCmd_memo, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"

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

static int cmd_memo_add(Cli *p){
  MemoAddOpts o = {0};
  int nGiven = memo_target_opts(p, &o.zKind, &o.zTarget);
  o.zText = cli_opt(p, "--text");
  o.zBy = cli_opt(p, "--by");
  o.zStart = cli_opt(p, "--start");
  o.zEnd = cli_opt(p, "--end");
  cli_args(p, 0, 0);
  if( nGiven!=1 ) fatal(EXIT_USAGE, "memo add needs one of --project, --source NAME, --code CODE, --segment ID");
  int64_t id;
  Err err = ERR_INIT;
  if( qual_memo_add_run(p->pStore, &o, &id, &err) ) cli_fail(&err);
  printf("memo %lld added\n", (long long)id);
  return EXIT_OK;
}

static int cmd_memo_list(Cli *p){
  const char *zKind, *zTarget;
  int nGiven = memo_target_opts(p, &zKind, &zTarget);
  cli_args(p, 0, 0);
  if( nGiven>1 ) fatal(EXIT_USAGE, "memo list takes at most one of --project, --source, --code, --segment");
  Table *t;
  Err err = ERR_INIT;
  if( qual_memo_list(p->pStore, zKind, zTarget, p->bNames, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_memo[] = {
  { "memo add", cmd_memo_add, CMD_WRITE, "write a memo",
    "Usage: synergist memo add (--project | --source NAME [--start N --end N] | --code CODE\n"
    "                        | --segment ID) --text TEXT [--by NAME]\n\n"
    "Memos record analytic thinking: on the whole project, a source (or a span\n"
    "[start,end) of it, in code points), a code or a segment. --by names the\n"
    "author (default $SYNERGIST_USER, else $USER).\n\n"
    "Example:\n  synergist memo add --code trust --text \"Trust precedes resource sharing in PCCP\"\n" },
  { "memo list", cmd_memo_list, CMD_STUDY, "list memos",
    "Usage: synergist memo list [--project | --source NAME | --code CODE | --segment ID]\n\n"
    "Columns: id, kind, target, author, created, text (pseudonymised unless\n"
    "--names, as source text is: see `synergist help redact`).\n\n"
    "Example:\n  synergist memo list --code trust\n" },
  {0,0,0,0,0}
};

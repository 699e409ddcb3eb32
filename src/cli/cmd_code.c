/*
** cmd_code.c: code add/list/rename/move/merge/remove/describe and code apply
** (coding a quote or a span of a source): the work in qual/code_run.c.
** Handlers and their entries of the command table (aCmd_code, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"

#define CODE_WORDS \
  "CODE is a full path (\"determinants/relationships among partners/trust\") or\n" \
  "its end when that is unique: the name (\"trust\") or the last parts\n" \
  "(\"operational/leadership\").\n"

static int cmd_code_add(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_code_add_run(p->pStore, p->azArg[0], zParent, zDesc, zExample, &err) ) cli_fail(&err);
  printf("code %s%s%s added\n", zParent ? zParent : "", zParent ? "/" : "", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_code_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_code_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_code_rename(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 2, 2);
  Err err = ERR_INIT;
  if( qual_code_rename_run(p->pStore, p->azArg[0], p->azArg[1], zReason, &err) ) cli_fail(&err);
  printf("code %s renamed to %s\n", p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

static int cmd_code_move(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  int bTop = cli_flag(p, "--top");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_code_move_run(p->pStore, p->azArg[0], zParent, bTop, zReason, &err) ) cli_fail(&err);
  printf("code %s moved %s%s\n", p->azArg[0], bTop ? "to the top level" : "under ", bTop ? "" : zParent);
  return EXIT_OK;
}

static int cmd_code_merge(Cli *p){
  const char *zInto = cli_opt(p, "--into");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_code_merge_run(p->pStore, p->azArg[0], zInto, zReason, &err) ) cli_fail(&err);
  printf("code %s merged into %s\n", p->azArg[0], zInto);
  return EXIT_OK;
}

static int cmd_code_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_code_remove(p->pStore, p->azArg[0], zReason, &err) ) cli_fail(&err);
  printf("code %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_code_describe(Cli *p){
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_code_describe_run(p->pStore, p->azArg[0], zDesc, zExample, &err) ) cli_fail(&err);
  printf("code %s described\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_code_apply(Cli *p){
  CodeApplyOpts o = {0};
  o.zSource = cli_opt(p, "--source");
  o.zCode = cli_opt(p, "--code");
  o.zCoder = cli_opt(p, "--coder");
  o.zQuote = cli_opt(p, "--quote");
  o.zStart = cli_opt(p, "--start");
  o.zEnd = cli_opt(p, "--end");
  o.zMemo = cli_opt(p, "--memo");
  o.bNames = p->bNames;
  cli_args(p, 0, 0);
  int64_t id, iStart, iEnd;
  Err err = ERR_INIT;
  if( qual_code_apply(p->pStore, &o, &id, &iStart, &iEnd, &err) ) cli_fail(&err);
  printf("segment %lld: %s [%lld,%lld)\n", (long long)id, o.zSource, (long long)iStart, (long long)iEnd);
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

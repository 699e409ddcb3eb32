/*
** cmd_segment.c: segment list/remove/recode: coded passages (the work in
** qual/segment.c).
** Handlers and their entries of the command table (aCmd_segment, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "qual/coding_run.h"
#include "util/i18n.h"

static int cmd_segment_list(Cli *p){
  SegFilter f = {0};
  f.zSource = cli_opt(p, "--source");
  f.zCode = cli_opt(p, "--code");
  f.bSubtree = cli_flag(p, "--subtree");
  f.zCoder = cli_opt(p, "--coder");
  f.zPartnership = cli_opt(p, "--partnership");
  (void)cli_flag(p, "--text");   /* the text is always listed now; kept for old scripts */
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_segment_list(p->pStore, &f, p->bNames, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_segment_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int64_t id = cli_id("segment id", p->azArg[0]);
  Err err = ERR_INIT;
  if( qual_segment_remove_run(p->pStore, id, zReason, &err) ) cli_fail(&err);
  printf("segment %lld removed\n", (long long)id);
  return EXIT_OK;
}

static int cmd_segment_recode(Cli *p){
  const char *zCode = cli_opt(p, "--code");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int64_t id = cli_id("segment id", p->azArg[0]);
  Err err = ERR_INIT;
  int bSame;
  if( qual_segment_recode_run(p->pStore, id, zCode, zReason, &bSame, &err) ) cli_fail(&err);
  if( bSame ){
    char *zMsg = i18n_asprintf(_("segment %lld already has the code %s; nothing changed"), (long long)id, zCode);
    printf("%s\n", zMsg);
    free(zMsg);
  }else{
    printf("segment %lld recoded as %s\n", (long long)id, zCode);
  }
  return EXIT_OK;
}

const CmdEntry aCmd_segment[] = {
  { "segment list", cmd_segment_list, CMD_STUDY, "list coded segments as data",
    "Usage: synergist segment list [--source NAME] [--code CODE [--subtree]] [--coder C]\n"
    "                        [--partnership P] [--format text|csv|json]\n\n"
    "One row per coded segment: id, source, partnership, participant (the\n"
    "interviewee's pseudonymous id), code (full path), coder, start, end (Unicode\n"
    "code points from 0, half-open), text (the coded passage) and memo (the\n"
    "segment's memos, one per line). text and memo are pseudonymised unless\n"
    "--names. --subtree includes the code's sub-codes. With --format csv or json\n"
    "the list is data for R, Python or a spreadsheet.\n\n"
    "Example:\n  synergist segment list --code trust --subtree --format csv > trust.csv\n" },
  { "segment recode", cmd_segment_recode, CMD_WRITE, "give a coded segment another code",
    "Usage: synergist segment recode ID --code CODE [--reason TEXT]\n\n"
    "The segment keeps its source, span, coder and memos; the change is in the\n"
    "audit trail (synergist audit --action segment). Refused (exit 1) when the\n"
    "same coder already coded that span with CODE. A segment that already has\n"
    "CODE is left as it is (exit 0, nothing in the audit trail).\n\n"
    "Example:\n  synergist segment recode 42 --code respect --reason \"respect, not trust\"\n" },
  { "segment remove", cmd_segment_remove, CMD_WRITE, "remove a coded segment",
    "Usage: synergist segment remove ID [--reason TEXT]\n\n"
    "Removes the segment and its memos; the audit trail keeps what it was.\n\n"
    "Example:\n  synergist segment remove 42 --reason \"coded twice\"\n" },
  {0,0,0,0,0}
};

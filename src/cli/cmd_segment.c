/*
** cmd_segment.c: segment list/remove/recode (entries in cmd_segment.h,
** gathered in aCmd_qual). The work is done by src/qual/segment.c and the
** store.
*/
#include <stdio.h>
#include "cli/cmd_segment.h"
#include "qual/segment.h"
#include "store/st_qual.h"

int cmd_segment_list(Cli *p){
  SegFilter f = {0};
  f.zSource = cli_opt(p, "--source");
  f.zCode = cli_opt(p, "--code");
  f.bSubtree = cli_flag(p, "--subtree");
  f.zCoder = cli_opt(p, "--coder");
  f.zPartnership = cli_opt(p, "--partnership");
  (void)cli_flag(p, "--text");   /* the text is always listed now; kept for old scripts */
  cli_args(p, 0, 0);
  Table *t;
  int rc = segment_table(p->pStore, &f, p->bNames, &t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_segment_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int64_t id = cli_id("segment id", p->azArg[0]);
  int rc = st_segment_remove(p->pStore, id, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("segment %lld removed\n", (long long)id);
  return EXIT_OK;
}

int cmd_segment_recode(Cli *p){
  const char *zCode = cli_opt(p, "--code");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  if( !zCode ) fatal(EXIT_USAGE, "segment recode needs --code CODE");
  int64_t id = cli_id("segment id", p->azArg[0]);
  int rc = st_segment_recode(p->pStore, id, zCode, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("segment %lld recoded as %s\n", (long long)id, zCode);
  return EXIT_OK;
}

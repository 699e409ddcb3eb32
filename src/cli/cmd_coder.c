/*
** cmd_coder.c: coder add/list: the people who code (qual/coder_run.c).
** Handlers and their entries of the command table (aCmd_coder, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"

static int cmd_coder_add(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_coder_add(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("coder %s added\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_coder_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_coder_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_coder[] = {
  { "coder add", cmd_coder_add, CMD_WRITE, "register a coder",
    "Usage: synergist coder add NAME\n\n"
    "Segments name the coder who made them; coding by an unregistered coder is\n"
    "refused, so typing mistakes do not create a second coder.\n\n"
    "Example:\n  synergist coder add ana\n" },
  { "coder list", cmd_coder_list, CMD_STUDY, "list coders with their coding",
    "Usage: synergist coder list\n\nColumns: coder, segments, sources.\n\n"
    "Example:\n  synergist coder list\n" },
  {0,0,0,0,0}
};

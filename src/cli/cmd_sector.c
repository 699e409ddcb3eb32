/*
** cmd_sector.c: sector add/list: the list of sectors organisations belong to.
** Handlers and their entries of the command table (aCmd_sector, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "util/xalloc.h"
#include "roster/roster.h"

static int cmd_sector_add(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_sector_add(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("sector %s added\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_sector_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( roster_sector_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_sector[] = {
  { "sector add", cmd_sector_add, CMD_WRITE, "add a sector to the list",
    "Usage: synergist sector add NAME\n"
    "\n"
    "Example:\n"
    "  synergist sector add philanthropy\n"
    "" },
  { "sector list", cmd_sector_list, CMD_STUDY, "list sectors",
    "Usage: synergist sector list [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist sector list\n"
    "" },
  {0,0,0,0,0}
};

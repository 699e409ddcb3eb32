/*
** cmd_org.c: organisation add/edit/remove/list/import: organisations and their
** sectors.
** Handlers and their entries of the command table (aCmd_org, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/import.h"
#include "util/xalloc.h"
#include "roster/roster.h"

static int cmd_org_add(Cli *p){
  const char *zSector = cli_opt(p, "--sector");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_org_add(p->pStore, p->azArg[0], zSector, &err) ) cli_fail(&err);
  printf("organisation %s added\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_org_edit(Cli *p){
  const char *zSector = cli_opt(p, "--sector");
  const char *zName = cli_opt(p, "--name");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_org_edit(p->pStore, p->azArg[0], zName, zSector, &err) ) cli_fail(&err);
  printf("organisation %s changed\n", zName ? zName : p->azArg[0]);
  return EXIT_OK;
}

static int cmd_org_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_org_remove(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("organisation %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_org_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( roster_org_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_org_import(Cli *p){ return cli_import(p, roster_import_orgs, "organisations"); }

const CmdEntry aCmd_org[] = {
  { "organisation add", cmd_org_add, CMD_WRITE, "add an organisation with its sector",
    "Usage: synergist organisation add NAME [--sector SECTOR]\n"
    "\n"
    "Sectors: nonprofit, industry, government, academic, health system, and any\n"
    "added with sector add.\n"
    "\n"
    "Example:\n"
    "  synergist organisation add \"Eastside Community Centre\" --sector nonprofit\n"
    "" },
  { "organisation edit", cmd_org_edit, CMD_WRITE, "rename an organisation or change its sector",
    "Usage: synergist organisation edit NAME [--name NEWNAME] [--sector SECTOR]\n"
    "\n"
    "Example:\n"
    "  synergist organisation edit \"North Health Network\" --sector \"health system\"\n"
    "" },
  { "organisation remove", cmd_org_remove, CMD_WRITE, "remove an organisation no member belongs to",
    "Usage: synergist organisation remove NAME\n"
    "\n"
    "Example:\n"
    "  synergist organisation remove \"Old Name Inc\"\n"
    "" },
  { "organisation import", cmd_org_import, CMD_WRITE, "import organisations from CSV",
    "Usage: synergist organisation import FILE.csv\n\n"
    "Required column: organisation. Optional: sector (an existing sector).\n"
    "organisation list --format csv writes columns this import reads.\n\n"
    "Example:\n  synergist organisation import organisations.csv\n" },
  { "organisation list", cmd_org_list, CMD_STUDY, "list organisations with sector and members",
    "Usage: synergist organisation list [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist organisation list --format csv\n"
    "" },
  {0,0,0,0,0}
};

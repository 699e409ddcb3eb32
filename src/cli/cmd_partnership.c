/*
** cmd_partnership.c: partnership add/edit/remove/list/import: the cases of the
** programme.
** Handlers and their entries of the command table (aCmd_partnership, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include "cli/cli.h"
#include "roster/import.h"
#include "roster/roster.h"

static int cmd_partnership_add(Cli *p){
  const char *zName = cli_opt(p, "--name");
  const char *zDesc = cli_opt(p, "--description");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_partnership_add(p->pStore, p->azArg[0], zName, zDesc, &err) ) cli_fail(&err);
  printf("partnership %s added\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_partnership_edit(Cli *p){
  const char *zName = cli_opt(p, "--name");
  const char *zDesc = cli_opt(p, "--description");
  const char *zCode = cli_opt(p, "--code");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_partnership_edit(p->pStore, p->azArg[0], zCode, zName, zDesc, &err) ) cli_fail(&err);
  printf("partnership %s changed\n", zCode ? zCode : p->azArg[0]);
  return EXIT_OK;
}

static int cmd_partnership_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_partnership_remove(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("partnership %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_partnership_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( roster_partnership_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_partnership_import(Cli *p){ return cli_import(p, roster_import_partnerships, "partnerships"); }

const CmdEntry aCmd_partnership[] = {
  { "partnership add", cmd_partnership_add, CMD_WRITE, "add a partnership (a case)",
    "Usage: synergist partnership add CODE --name NAME [--description TEXT]\n\n"
    "A partnership is one case of the programme, named by a short code.\n\n"
    "Example:\n  synergist partnership add PCCP --name \"Primary Care Connection\"\n" },
  { "partnership edit", cmd_partnership_edit, CMD_WRITE, "rename or describe a partnership",
    "Usage: synergist partnership edit CODE [--code NEWCODE] [--name NAME] [--description TEXT]\n\n"
    "Example:\n  synergist partnership edit PCCP --name \"Primary Care Connection Partnership\"\n" },
  { "partnership import", cmd_partnership_import, CMD_WRITE, "import partnerships from CSV",
    "Usage: synergist partnership import FILE.csv\n\n"
    "Required columns: code, name. Optional: description. All or nothing: every\n"
    "problem is listed as FILE:LINE:FIELD (exit 3). partnership list --format csv\n"
    "writes the same columns.\n\n"
    "Example:\n  synergist partnership import partnerships.csv\n" },
  { "partnership list", cmd_partnership_list, CMD_STUDY, "list partnerships with their sizes",
    "Usage: synergist partnership list [--format text|csv|json]\n\n"
    "Columns: code, name, members (ever), current (not left), meetings, events.\n\n"
    "Example:\n  synergist partnership list --format csv\n" },
  { "partnership remove", cmd_partnership_remove, CMD_WRITE, "remove an empty partnership",
    "Usage: synergist partnership remove CODE\n\n"
    "Refused (exit 1) while members, meetings, events or other data refer to it.\n\n"
    "Example:\n  synergist partnership remove TEST\n" },
  {0,0,0,0,0}
};

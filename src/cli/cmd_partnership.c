/* cmd_partnership.c: partnership add/list/edit/remove (part of aCmd_roster). */
#include <stdio.h>
#include "cli/cli.h"
#include "cli/cmd_roster.h"
#include "store/st_roster.h"
#include "roster/import.h"

int cmd_partnership_add(Cli *p){
  const char *zName = cli_opt(p, "--name");
  const char *zDesc = cli_opt(p, "--description");
  cli_args(p, 1, 1);
  if( !zName ) fatal(EXIT_USAGE, "partnership add needs --name NAME");
  int rc = st_partnership_add(p->pStore, p->azArg[0], zName, zDesc);
  if( rc ) fatal_store(p, rc);
  printf("partnership %s added\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_partnership_edit(Cli *p){
  const char *zName = cli_opt(p, "--name");
  const char *zDesc = cli_opt(p, "--description");
  const char *zCode = cli_opt(p, "--code");
  cli_args(p, 1, 1);
  if( !zName && !zDesc && !zCode ) fatal(EXIT_USAGE, "nothing to change: give --name, --code or --description");
  int rc = st_partnership_edit(p->pStore, p->azArg[0], zCode, zName, zDesc);
  if( rc ) fatal_store(p, rc);
  printf("partnership %s changed\n", zCode ? zCode : p->azArg[0]);
  return EXIT_OK;
}

int cmd_partnership_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_partnership_remove(p->pStore, p->azArg[0]);
  if( rc ) fatal_store(p, rc);
  printf("partnership %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_partnership_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "code,name,members,current,meetings,events");
  int rc = st_partnership_list(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_partnership_import(Cli *p){ return roster_import_cmd(p, roster_import_partnerships, "partnerships"); }

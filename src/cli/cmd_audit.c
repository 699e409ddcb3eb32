/*
** cmd_audit.c: audit: the coding audit trail (qual/coder_run.c).
** Handlers and their entries of the command table (aCmd_audit, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"

static int cmd_audit(Cli *p){
  const char *zAction = cli_opt(p, "--action");
  const char *zSince = cli_opt(p, "--since");
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_audit_list(p->pStore, zAction, zSince, p->bNames, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_audit[] = {
  { "audit", cmd_audit, CMD_STUDY, "print the audit trail of analytic changes",
    "Usage: synergist audit [--action PREFIX] [--since YYYY-MM-DD]\n\n"
    "Every change to sources, codes, segments, memos and summaries, in order:\n"
    "id, at (UTC), who, action, target, before, after, reason. --action keeps\n"
    "actions starting so (\"code\", \"segment add\"). This is the study's audit\n"
    "trail of analytic decisions. Set SYNERGIST_USER to record who works.\n"
    "target, before, after and reason are pseudonymised unless --names.\n\n"
    "Example:\n  synergist audit --action code --format csv\n" },
  {0,0,0,0,0}
};

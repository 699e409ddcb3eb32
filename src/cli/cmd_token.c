/*
** cmd_token.c: token issue/export/revoke: survey links of a wave.
** Handlers and their entries of the command table (aCmd_token, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "survey/survey.h"

static int cmd_token_issue(Cli *p){
  cli_args(p, 2, 2);
  int nNew = 0;
  Err err = ERR_INIT;
  if( survey_tokens_issue(p->pStore, p->azArg[0], p->azArg[1], &nNew, &err) ) cli_fail(&err);
  printf("%d token%s issued for %s %s\n", nNew, nNew==1 ? "" : "s", p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

static int cmd_token_export(Cli *p){
  TokenExportOpts o = {0};
  o.zStatus = cli_opt(p, "--status");
  o.zBaseUrl = cli_opt(p, "--base-url");
  o.bNames = p->bNames;
  cli_args(p, 2, 2);
  o.zPartnership = p->azArg[0];
  o.zWave = p->azArg[1];
  Table *t;
  Err err = ERR_INIT;
  if( survey_token_export(p->pStore, &o, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_token_revoke(Cli *p){
  cli_args(p, 3, 3);
  Err err = ERR_INIT;
  if( survey_token_revoke(p->pStore, p->azArg[0], p->azArg[1], p->azArg[2], &err) ) cli_fail(&err);
  printf("token of %s in %s %s revoked\n", p->azArg[2], p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

const CmdEntry aCmd_token[] = {
  { "token export", cmd_token_export, CMD_STUDY, "tokens of a wave for a mail merge",
    "Usage: synergist token export PARTNERSHIP WAVE [--status S] [--base-url URL]\n"
    "                              [--format text|csv|json]\n\n"
    "Columns: token, member (pseudonymous id), partnership, wave, status (not\n"
    "started, partial, complete, revoked), last_sent (the last invitation or\n"
    "reminder: step, time, \"failed\" when refused), link (BASE/s/TOKEN, when --base-url\n"
    "or the study setting base_url, saved by `serve --base-url`, gives BASE);\n"
    "with the global --names also the member's name. --status keeps one\n"
    "status: not-started, partial, complete, revoked, or incomplete (not\n"
    "started or partial: the reminder list). A token identifies an answer\n"
    "set, never a name, in every other output.\n\n"
    "Example:\n  synergist --names token export PCCP followup1 --format csv > mailmerge.csv\n"
    "  synergist token export PCCP followup1 --status incomplete --base-url https://survey.example.org\n" },
  { "token revoke", cmd_token_revoke, CMD_WRITE, "revoke a member's survey token",
    "Usage: synergist token revoke PARTNERSHIP WAVE MEMBER\n\n"
    "The token then opens nothing: the web survey shows the same neutral page\n"
    "as for a mistyped token. Answers already given stay.\n\n"
    "Example:\n  synergist token revoke PCCP baseline 013\n" },
  { "token issue", cmd_token_issue, CMD_WRITE, "one survey token per current member",
    "Usage: synergist token issue PARTNERSHIP WAVE\n\n"
    "Gives every member of the partnership who is current when the wave opens\n"
    "(today for an undated wave) an unguessable token (128 random bits) for\n"
    "that wave. Members who already have one keep it, so issuing again after\n"
    "adding members only fills the gaps.\n\n"
    "Example:\n  synergist token issue PCCP baseline\n" },
  {0,0,0,0,0}
};

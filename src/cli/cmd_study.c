/*
** cmd_study.c: init, info and setting: the study file itself (study/study.c).
** Handlers and their entries of the command table (aCmd_study, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "study/study.h"

static int cmd_init(Cli *p){
  cli_args(p, 0, 0);
  printf("study ready: %s (schema version %d)\n", store_path(p->pStore), store_schema_version(p->pStore));
  return EXIT_OK;
}

static int cmd_info(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( study_info(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_setting(Cli *p){
  cli_args(p, 1, 2);
  char *zVal = NULL;
  Err err = ERR_INIT;
  if( study_setting(p->pStore, p->azArg[0], p->nArg==2 ? p->azArg[1] : NULL, &zVal, &err) ) cli_fail(&err);
  if( p->nArg<2 ) printf("%s\n", zVal ? zVal : "(default)");
  free(zVal);
  return EXIT_OK;
}

const CmdEntry aCmd_study[] = {
  { "init", cmd_init, CMD_WRITE|CMD_CREATE, "create a study file (or bring an old one up to date)",
    "Usage: synergist [--study PATH] init\n\n"
    "Creates the study file (an SQLite database) at PATH, $SYNERGIST_STUDY or\n"
    "./synergist.db. On an existing study it only applies pending schema\n"
    "migrations. A file that is not a study, or that a newer synergist wrote,\n"
    "is left untouched (exit 4).\n\n"
    "Example:\n  synergist --study impact.db init\n" },
  { "info", cmd_info, CMD_STUDY, "what the study holds",
    "Usage: synergist info [--format text|csv|json]\n\n"
    "Prints the study's path, schema version and how many partnerships,\n"
    "organisations, members, meetings and timeline events it holds.\n\n"
    "Example:\n  synergist --study impact.db info\n" },
  { "setting", cmd_setting, CMD_WRITE, "show or change a study setting",
    "Usage: synergist setting KEY [VALUE]\n\n"
    "Study-wide settings:\n"
    "  gap_days      meetings further apart than this are flagged (default 180)\n"
    "  suppress_min  groups with fewer respondents are suppressed (default 5)\n"
    "  min_answered  share of a scale's items needed for a score (default 0.5)\n"
    "  base_url      public address of the web survey (serve --base-url)\n"
    "  survey_contact who runs the survey, shown on its welcome page\n"
    "  smtp_url      relay of `invite`: smtps://user@host:465 or smtp://...:587\n"
    "  smtp_from     sender address of `invite`\n"
    "  diagnose.KEY  a diagnosis threshold (synergist diagnose --rules), or\n"
    "                diagnose.expected_groups (stakeholder groups, ';'-separated)\n"
    "  max_*         an input limit, e.g. max_source_text_mb (synergist help limits)\n\n"
    "Example:\n  synergist setting gap_days 120\n" },
  {0,0,0,0,0}
};

/*
** cmd_study.c: commands about the study file itself: init, info, settings.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "store/st_roster.h"
#include "cli/cmd_roster.h"
#include "diagnose/params.h"
#include "util/limits.h"
#include "util/i18n.h"

static int cmd_init(Cli *p){
  cli_args(p, 0, 0);
  printf("study ready: %s (schema version %d)\n", store_path(p->pStore), store_schema_version(p->pStore));
  return EXIT_OK;
}

static int cmd_info(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "item,value");
  int r = table_row(t);
  table_text(t, r, 0, "path"); table_text(t, r, 1, store_path(p->pStore));
  r = table_row(t);
  table_text(t, r, 0, "schema_version"); table_int(t, r, 1, store_schema_version(p->pStore));
  int rc = st_roster_counts(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_setting(Cli *p){
  cli_args(p, 1, 2);
  const char *zKey = p->azArg[0];
  static const char *const azKnown[] = { "gap_days", "suppress_min", "min_answered", "base_url", "survey_contact",
                                         "smtp_url", "smtp_from", NULL };
  int ok = 0;
  for(int i=0; azKnown[i]; i++) if( strcmp(azKnown[i], zKey)==0 ) ok = 1;
  if( !ok && diag_setting_known(zKey) ) ok = 1;     /* diagnose.KEY: see diagnose --rules */
  if( !ok && limit_is_setting(zKey) ){               /* max_*: see help limits */
    ok = 1;
    if( p->nArg==2 && limit_set(zKey, p->azArg[1]) ){
      fatal(EXIT_USAGE, _("%s must be a whole number from 1 to its ceiling (synergist help limits), not '%s'"), zKey, p->azArg[1]);
    }
  }
  if( !ok ) fatal(EXIT_USAGE, "unknown setting '%s' (known: gap_days, suppress_min, min_answered, base_url, survey_contact, smtp_url, smtp_from, diagnose.KEY, max_* of synergist help limits)", zKey);
  if( p->nArg==2 ){
    int rc = store_setting_set(p->pStore, zKey, p->azArg[1]);
    if( rc ) fatal_store(p, rc);
  }else{
    char *zVal = NULL;
    int rc = store_setting_get(p->pStore, zKey, &zVal);
    if( rc ) fatal_store(p, rc);
    printf("%s\n", zVal ? zVal : "(default)");
    free(zVal);
  }
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
  { "demo", cmd_demo, CMD_WRITE|CMD_CREATE, "write the fictional demo programme into a new study",
    "Usage: synergist --study PATH demo\n\n"
    "Writes a fictional two-partnership programme into a new (empty) study:\n"
    "PCCP (13 members at the end of 2018, 34 over the years, meeting every 2 to 8\n"
    "weeks, most non-academic members lost in a 2015 health reform and replaced\n"
    "from the same organisations) and CHRP (23 members, 30 over the years, a long\n"
    "gap without meetings during an ethics delay, decisions by the research\n"
    "team), with their timelines, member surveys and coded qualitative evidence.\n"
    "Every person, organisation and text is invented. Deterministic.\n\n"
    "Example:\n  synergist --study demo.db demo && synergist --study demo.db dynamics\n" },
  {0,0,0,0,0}
};

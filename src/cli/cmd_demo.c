/*
** cmd_demo.c: demo: the fictional demo programme written into a new study
** (demo_study() in roster/demo.c, with the hooks of the other areas).
** Handlers and their entries of the command table (aCmd_demo, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include "cli/cli.h"
#include "roster/demo.h"
#include "util/i18n.h"

static int cmd_demo(Cli *p){
  cli_args(p, 0, 0);
  Err err = ERR_INIT;
  if( demo_study(p->pStore, &err) ) cli_fail(&err);
  printf(_("demo study written to %s\n"), store_path(p->pStore));
  printf("%s\n", _("demo users of `synergist serve` (sign in at /signin; demo passwords, never use them elsewhere):"));
  for(const DemoUser *d = aDemoUser; d->zName; d++) printf("  %-6s %-10s %s\n", d->zName, d->zRole, d->zPassword);
  return EXIT_OK;
}

const CmdEntry aCmd_demo[] = {
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

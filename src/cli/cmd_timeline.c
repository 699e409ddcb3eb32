/*
** cmd_timeline.c: timeline add/list/remove/import: context events, decisions,
** adaptations.
** Handlers and their entries of the command table (aCmd_timeline, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/import.h"
#include "roster/roster.h"

static int cmd_timeline_add(Cli *p){
  EventRec e = {0};
  e.zKind = (char*)cli_opt(p, "--kind");
  e.zCategory = (char*)cli_opt(p, "--category");
  e.zDetail = (char*)cli_opt(p, "--detail");
  e.zEndDate = (char*)cli_opt(p, "--until");
  e.zHowMade = (char*)cli_opt(p, "--how");
  e.zCommunicated = (char*)cli_opt(p, "--communicated");
  cli_args(p, 3, 3);
  e.zPartnership = p->azArg[0];
  e.zDate = p->azArg[1];
  e.zTitle = p->azArg[2];
  int64_t id;
  Err err = ERR_INIT;
  if( roster_event_add(p->pStore, &e, &id, &err) ) cli_fail(&err);
  printf("timeline event %lld added to %s\n", (long long)id, e.zPartnership);
  return EXIT_OK;
}

static int cmd_timeline_list(Cli *p){
  const char *zKind = cli_opt(p, "--kind");
  cli_args(p, 0, 1);
  Table *t;
  Err err = ERR_INIT;
  if( roster_event_list(p->pStore, p->nArg ? p->azArg[0] : NULL, zKind, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_timeline_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_event_remove(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]), &err) ){
    cli_fail(&err);
  }
  printf("timeline event %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_timeline_import(Cli *p){ return cli_import(p, roster_import_events, "timeline events"); }

const CmdEntry aCmd_timeline[] = {
  { "timeline add", cmd_timeline_add, CMD_WRITE, "add a context event, decision or adaptation",
    "Usage: synergist timeline add PARTNERSHIP DATE TITLE [--kind context|decision|adaptation]\n"
    "       [--category CATEGORY] [--detail TEXT] [--until DATE]\n"
    "       [--how vote|consensus|research team|...] [--communicated TEXT]\n"
    "\n"
    "The timeline records what the interview guide asks about: context events\n"
    "(category: reform, policy change, funding, ethics delay, ...), decisions\n"
    "(what, how they were made, how communicated) and adaptations of the\n"
    "intervention. Reports mark these events on every chart.\n"
    "\n"
    "Example:\n"
    "  synergist timeline add PCCP 2015-04-01 \"Provincial health reform\" --kind context \\\n"
    "    --category reform --detail \"Regional agencies merged\"\n"
    "" },
  { "timeline list", cmd_timeline_list, CMD_STUDY, "the timeline of a partnership",
    "Usage: synergist timeline list [PARTNERSHIP] [--kind KIND] [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist timeline list PCCP --kind decision\n"
    "" },
  { "timeline remove", cmd_timeline_remove, CMD_WRITE, "remove a timeline event (by id)",
    "Usage: synergist timeline remove ID\n"
    "\n"
    "Example:\n"
    "  synergist timeline remove 3\n"
    "" },
  { "timeline import", cmd_timeline_import, CMD_WRITE, "import timeline events from CSV",
    "Usage: synergist timeline import FILE.csv\n"
    "\n"
    "Required columns: partnership, date, kind (context, decision, adaptation),\n"
    "title. Optional: end_date, category, detail, how_made, communicated.\n"
    "\n"
    "Example:\n"
    "  synergist timeline import events.csv\n"
    "" },
  {0,0,0,0,0}
};

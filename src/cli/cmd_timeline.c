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
#include "store/st_roster.h"

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
  int iStart = cli_date("date", e.zDate);
  if( e.zEndDate && cli_date("--until", e.zEndDate)<iStart ) fatal(EXIT_USAGE, "--until is before the date");
  if( !e.zKind ) e.zKind = "context";
  if( strcmp(e.zKind,"context") && strcmp(e.zKind,"decision") && strcmp(e.zKind,"adaptation") ){
    fatal(EXIT_USAGE, "--kind must be context, decision or adaptation, not '%s'", e.zKind);
  }
  int64_t id;
  int rc = st_event_add(p->pStore, &e, &id);
  if( rc ) fatal_store(p, rc);
  printf("timeline event %lld added to %s\n", (long long)id, e.zPartnership);
  return EXIT_OK;
}

static int cmd_timeline_list(Cli *p){
  const char *zKind = cli_opt(p, "--kind");
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  EventRec *a; int n;
  if( st_event_all(p->pStore, zP, &a, &n) ) fatal_store(p, STORE_ERROR);
  Table *t = table_newc(NULL, "id,partnership,date,end_date,kind,category,title,detail,how_made,communicated");
  for(int i=0; i<n; i++){
    if( zKind && strcmp(zKind, a[i].zKind) ) continue;
    int r = table_row(t);
    table_int(t, r, 0, a[i].id);
    const char *az[] = { a[i].zPartnership, a[i].zDate, a[i].zEndDate, a[i].zKind, a[i].zCategory,
                         a[i].zTitle, a[i].zDetail, a[i].zHowMade, a[i].zCommunicated };
    for(int j=0; j<9; j++) table_text(t, r, j+1, az[j]);
  }
  event_recs_free(a, n);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_timeline_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_event_remove(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]));
  if( rc ) fatal_store(p, rc);
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

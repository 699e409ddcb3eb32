/*
** cmd_meeting.c: meeting add/list/remove/import/export: meetings and their
** attendance.
** Handlers and their entries of the command table (aCmd_meeting, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/import.h"
#include "roster/roster.h"

static int cmd_meeting_add(Cli *p){
  MeetingOpts o = {0};
  o.zKind = cli_opt(p, "--kind");
  o.zTitle = cli_opt(p, "--title");
  o.nDuration = cli_opt_int(p, "--duration", 0);
  o.zAttendees = cli_opt(p, "--attendees");
  cli_args(p, 2, 2);
  o.zPartnership = p->azArg[0];
  o.zDate = p->azArg[1];
  int64_t id;
  int nAtt;
  Err err = ERR_INIT;
  if( roster_meeting_add(p->pStore, &o, &id, &nAtt, &err) ) cli_fail(&err);
  printf("meeting %lld of %s on %s added (%d attendees)\n", (long long)id, p->azArg[0], p->azArg[1], nAtt);
  return EXIT_OK;
}

static int cmd_meeting_list(Cli *p){
  cli_args(p, 0, 1);
  Table *t;
  Err err = ERR_INIT;
  if( roster_meeting_list(p->pStore, p->nArg ? p->azArg[0] : NULL, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_meeting_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( roster_meeting_remove(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]), &err) ){
    cli_fail(&err);
  }
  printf("meeting %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_meeting_import(Cli *p){ return cli_import(p, roster_import_meetings, "meetings"); }

static int cmd_meeting_export(Cli *p){
  cli_args(p, 0, 1);
  Table *t;
  Err err = ERR_INIT;
  if( roster_meeting_export(p->pStore, p->nArg ? p->azArg[0] : NULL, &t, &err) ) cli_fail(&err);
  if( p->fmt==FMT_TEXT ) p->fmt = FMT_CSV;
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_meeting[] = {
  { "meeting add", cmd_meeting_add, CMD_WRITE, "record a meeting and who attended",
    "Usage: synergist meeting add PARTNERSHIP DATE [--kind KIND] [--duration MINUTES]\n"
    "       [--title TEXT] [--attendees \"ID;ID;...\"]\n"
    "\n"
    "KIND is free text (meeting by default; e.g. steering, working group).\n"
    "\n"
    "Example:\n"
    "  synergist meeting add PCCP 2017-03-14 --duration 120 --attendees \"011;012;015\"\n"
    "" },
  { "meeting export", cmd_meeting_export, CMD_STUDY, "meetings and attendance as CSV in the import format",
    "Usage: synergist meeting export [PARTNERSHIP] [--format csv|json]\n\n"
    "Columns partnership,date,kind,duration,title,attendees (ids joined by ';'),\n"
    "which meeting import reads back.\n\n"
    "Example:\n  synergist meeting export PCCP > pccp-meetings.csv\n" },
  { "meeting list", cmd_meeting_list, CMD_STUDY, "list meetings with attendance counts",
    "Usage: synergist meeting list [PARTNERSHIP] [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist meeting list CHRP\n"
    "" },
  { "meeting remove", cmd_meeting_remove, CMD_WRITE, "remove a meeting (by id)",
    "Usage: synergist meeting remove ID\n"
    "\n"
    "Example:\n"
    "  synergist meeting remove 12\n"
    "" },
  { "meeting import", cmd_meeting_import, CMD_WRITE, "import meetings and attendance from CSV",
    "Usage: synergist meeting import FILE.csv\n"
    "\n"
    "Required columns: partnership, date. Optional: kind, duration (minutes),\n"
    "title, attendees (member ids separated by ';'). All or nothing (exit 3 with\n"
    "every problem listed).\n"
    "\n"
    "Example:\n"
    "  synergist meeting import meetings.csv\n"
    "" },
  {0,0,0,0,0}
};

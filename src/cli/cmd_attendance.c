/*
** cmd_attendance.c: attendance add/list: who attended a meeting.
** Handlers and their entries of the command table (aCmd_attendance, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/roster.h"

static int cmd_attendance_add(Cli *p){
  cli_args(p, 2, -1);
  int64_t id = cli_id("the id (see the id column of the list)", p->azArg[0]);
  int nNew;
  char *zAlready;
  Err err = ERR_INIT;
  if( roster_attendance_add(p->pStore, id, p->nArg-1, p->azArg+1, &nNew, &zAlready, &err) ) cli_fail(&err);
  printf("%d attendee%s recorded for meeting %s", nNew, nNew==1?"":"s", p->azArg[0]);
  if( zAlready ) printf(" (already recorded: %s)", zAlready);
  printf("\n");
  free(zAlready);
  return EXIT_OK;
}

static int cmd_attendance_list(Cli *p){
  cli_args(p, 1, 1);
  int64_t id = cli_id("the id (see the id column of the list)", p->azArg[0]);
  Table *t;
  Err err = ERR_INIT;
  if( roster_attendance_list(p->pStore, id, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_attendance[] = {
  { "attendance add", cmd_attendance_add, CMD_WRITE, "record attendees of a meeting",
    "Usage: synergist attendance add MEETING-ID MEMBER-ID...\n"
    "\n"
    "Example:\n"
    "  synergist attendance add 12 011 014\n"
    "" },
  { "attendance list", cmd_attendance_list, CMD_STUDY, "who attended a meeting",
    "Usage: synergist attendance list MEETING-ID [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist attendance list 12\n"
    "" },
  {0,0,0,0,0}
};

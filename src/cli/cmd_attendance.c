/*
** cmd_attendance.c: attendance add/list: who attended a meeting.
** Handlers and their entries of the command table (aCmd_attendance, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "store/st_roster.h"

static int cmd_attendance_add(Cli *p){
  cli_args(p, 2, -1);
  int64_t id = cli_id("the id (see the id column of the list)", p->azArg[0]);
  for(int i=1; i<p->nArg; i++){
    int rc = st_attendance_add(p->pStore, id, p->azArg[i]);
    if( rc ) fatal_store(p, rc);
  }
  printf("%d attendee%s recorded for meeting %s\n", p->nArg-1, p->nArg==2?"":"s", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_attendance_list(Cli *p){
  cli_args(p, 1, 1);
  Table *t = table_newc(NULL, "member,stakeholder_group");
  if( st_attendance_list(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]), t) ) fatal_store(p, STORE_ERROR);
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

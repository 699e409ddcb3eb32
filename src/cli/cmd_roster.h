/* cmd_roster.h: handlers of the roster commands, gathered in aCmd_roster (cmd_roster.c). */
#ifndef SYN_CMD_ROSTER_H
#define SYN_CMD_ROSTER_H
#include "cli/cli.h"
#include "store/store.h"
#include "util/errlist.h"

int cmd_partnership_add(Cli*);
int cmd_partnership_edit(Cli*);
int cmd_partnership_remove(Cli*);
int cmd_partnership_list(Cli*);
int cmd_partnership_import(Cli*);
int cmd_meeting_export(Cli*);
int cmd_org_import(Cli*);
int cmd_member_add(Cli*);
int cmd_member_edit(Cli*);
int cmd_member_remove(Cli*);
int cmd_member_list(Cli*);
int cmd_member_show(Cli*);
int cmd_member_import(Cli*);
int cmd_member_export(Cli*);
int cmd_org_add(Cli*);
int cmd_org_edit(Cli*);
int cmd_org_remove(Cli*);
int cmd_org_list(Cli*);
int cmd_sector_add(Cli*);
int cmd_sector_list(Cli*);
int cmd_meeting_add(Cli*);
int cmd_meeting_list(Cli*);
int cmd_meeting_remove(Cli*);
int cmd_meeting_import(Cli*);
int cmd_attendance_add(Cli*);
int cmd_attendance_list(Cli*);
int cmd_event_add(Cli*);
int cmd_event_list(Cli*);
int cmd_event_remove(Cli*);
int cmd_event_import(Cli*);
int cmd_describe(Cli*);
int cmd_dynamics(Cli*);
int cmd_demo(Cli*);

/* Run a roster CSV import (FILE is the one argument), print problems or the count. */
int roster_import_cmd(Cli*, int (*xImport)(Store*, const char*, ErrList*), const char *zWhat);

#endif

/* cmd_roster.h: handlers of the roster commands, gathered in aCmd_roster (cmd_roster.c). */
#ifndef SYN_CMD_ROSTER_H
#define SYN_CMD_ROSTER_H
#include "cli/cli.h"

int cmd_partnership_add(Cli*);
int cmd_partnership_edit(Cli*);
int cmd_partnership_remove(Cli*);
int cmd_partnership_list(Cli*);

#endif

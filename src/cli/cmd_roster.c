/*
** cmd_roster.c: the roster command table aCmd_roster with the help text of
** each command; handlers live in cmd_partnership.c, cmd_member.c,
** cmd_meeting.c, cmd_timeline.c, cmd_describe.c and cmd_dynamics.c.
*/
#include "cli/cmd_roster.h"

const CmdEntry aCmd_roster[] = {
  { "partnership add", cmd_partnership_add, CMD_WRITE, "add a partnership (a case)",
    "Usage: synergist partnership add CODE --name NAME [--description TEXT]\n\n"
    "A partnership is one case of the programme, named by a short code.\n\n"
    "Example:\n  synergist partnership add PCCP --name \"Primary Care Connection\"\n" },
  { "partnership edit", cmd_partnership_edit, CMD_WRITE, "rename or describe a partnership",
    "Usage: synergist partnership edit CODE [--code NEWCODE] [--name NAME] [--description TEXT]\n\n"
    "Example:\n  synergist partnership edit PCCP --name \"Primary Care Connection Partnership\"\n" },
  { "partnership list", cmd_partnership_list, CMD_STUDY, "list partnerships with their sizes",
    "Usage: synergist partnership list [--format text|csv|json]\n\n"
    "Columns: code, name, members (ever), current (not left), meetings, events.\n\n"
    "Example:\n  synergist partnership list --format csv\n" },
  { "partnership remove", cmd_partnership_remove, CMD_WRITE, "remove an empty partnership",
    "Usage: synergist partnership remove CODE\n\n"
    "Refused (exit 1) while members, meetings, events or other data refer to it.\n\n"
    "Example:\n  synergist partnership remove TEST\n" },
  {0,0,0,0,0}
};

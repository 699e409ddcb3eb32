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
  { "partnership import", cmd_partnership_import, CMD_WRITE, "import partnerships from CSV",
    "Usage: synergist partnership import FILE.csv\n\n"
    "Required columns: code, name. Optional: description. All or nothing: every\n"
    "problem is listed as FILE:LINE:FIELD (exit 3). partnership list --format csv\n"
    "writes the same columns.\n\n"
    "Example:\n  synergist partnership import partnerships.csv\n" },
  { "partnership list", cmd_partnership_list, CMD_STUDY, "list partnerships with their sizes",
    "Usage: synergist partnership list [--format text|csv|json]\n\n"
    "Columns: code, name, members (ever), current (not left), meetings, events.\n\n"
    "Example:\n  synergist partnership list --format csv\n" },
  { "partnership remove", cmd_partnership_remove, CMD_WRITE, "remove an empty partnership",
    "Usage: synergist partnership remove CODE\n\n"
    "Refused (exit 1) while members, meetings, events or other data refer to it.\n\n"
    "Example:\n  synergist partnership remove TEST\n" },
  { "member add", cmd_member_add, CMD_WRITE, "add a member to a partnership",
    "Usage: synergist member add PARTNERSHIP ID [--organisation ORG] [--group GROUP]\n"
    "       [--joined DATE] [--left DATE] [--name REALNAME] [--attr NAME=VALUE]...\n"
    "\n"
    "ID is the member's pseudonymous id, unique within the partnership (\"011\" in\n"
    "PCCP and \"011\" in CHRP are two people). GROUP is the stakeholder group\n"
    "(decision maker, academic researcher, research coordinator, clinician,\n"
    "health system administrator, patient partner, community organisation\n"
    "representative, or your own). An unknown organisation is created. The real\n"
    "name is optional and printed only with --names.\n"
    "\n"
    "Example:\n"
    "  synergist member add PCCP 011 --organisation \"North Health Network\" \\\n"
    "    --group \"decision maker\" --joined 2014-03-01 --attr gender=female\n"
    "" },
  { "member edit", cmd_member_edit, CMD_WRITE, "change a member",
    "Usage: synergist member edit PARTNERSHIP ID [--id NEWID] [--organisation ORG] [--group GROUP]\n"
    "       [--joined DATE] [--left DATE] [--name REALNAME] [--attr NAME=VALUE]...\n"
    "\n"
    "Only the fields given change. --attr NAME= (empty value) removes an attribute.\n"
    "\n"
    "Example:\n"
    "  synergist member edit PCCP 014 --left 2015-06-30\n"
    "" },
  { "member remove", cmd_member_remove, CMD_WRITE, "remove a member entered by mistake",
    "Usage: synergist member remove PARTNERSHIP ID\n"
    "\n"
    "For someone who left, keep the history: use member edit --left DATE.\n"
    "\n"
    "Example:\n"
    "  synergist member remove PCCP 099\n"
    "" },
  { "member list", cmd_member_list, CMD_STUDY, "list members (pseudonymous)",
    "Usage: synergist member list [PARTNERSHIP] [--attributes] [--format text|csv|json]\n"
    "\n"
    "Columns: id, partnership, organisation, sector, stakeholder_group, joined,\n"
    "left; with --attributes one column per imported attribute (email, the\n"
    "address `invite` mails, only with --names); with the global --names also\n"
    "the real name.\n"
    "\n"
    "Example:\n"
    "  synergist member list CHRP --attributes --format csv\n"
    "" },
  { "member show", cmd_member_show, CMD_STUDY, "every field of one member",
    "Usage: synergist member show PARTNERSHIP ID\n"
    "\n"
    "Example:\n"
    "  synergist member show PCCP 011\n"
    "" },
  { "member import", cmd_member_import, CMD_WRITE, "import members from a CSV file",
    "Usage: synergist member import FILE.csv\n"
    "\n"
    "Required columns: id, partnership. Known columns: organisation, sector (of\n"
    "a new organisation), stakeholder_group, joined, left (YYYY-MM-DD), name\n"
    "(real name, kept private). Every other column becomes a typed attribute\n"
    "(integer, real, date or text, from its values), usable by describe.\n"
    "Every problem (missing column, unknown partnership, duplicate id, impossible\n"
    "date, bytes that are not UTF-8, ragged rows) is listed as FILE:LINE:FIELD and\n"
    "nothing is imported (exit 3).\n"
    "\n"
    "Example:\n"
    "  synergist member import roster.csv\n"
    "" },
  { "member export", cmd_member_export, CMD_STUDY, "members as CSV in the import format",
    "Usage: synergist member export [PARTNERSHIP] [--format csv|json]\n"
    "\n"
    "Writes the columns member import reads (names only with --names), so an\n"
    "export can be edited and imported into another study.\n"
    "\n"
    "Example:\n"
    "  synergist member export PCCP > pccp.csv\n"
    "" },
  { "organisation add", cmd_org_add, CMD_WRITE, "add an organisation with its sector",
    "Usage: synergist organisation add NAME [--sector SECTOR]\n"
    "\n"
    "Sectors: nonprofit, industry, government, academic, health system, and any\n"
    "added with sector add.\n"
    "\n"
    "Example:\n"
    "  synergist organisation add \"Eastside Community Centre\" --sector nonprofit\n"
    "" },
  { "organisation edit", cmd_org_edit, CMD_WRITE, "rename an organisation or change its sector",
    "Usage: synergist organisation edit NAME [--name NEWNAME] [--sector SECTOR]\n"
    "\n"
    "Example:\n"
    "  synergist organisation edit \"North Health Network\" --sector \"health system\"\n"
    "" },
  { "organisation remove", cmd_org_remove, CMD_WRITE, "remove an organisation no member belongs to",
    "Usage: synergist organisation remove NAME\n"
    "\n"
    "Example:\n"
    "  synergist organisation remove \"Old Name Inc\"\n"
    "" },
  { "organisation import", cmd_org_import, CMD_WRITE, "import organisations from CSV",
    "Usage: synergist organisation import FILE.csv\n\n"
    "Required column: organisation. Optional: sector (an existing sector).\n"
    "organisation list --format csv writes columns this import reads.\n\n"
    "Example:\n  synergist organisation import organisations.csv\n" },
  { "organisation list", cmd_org_list, CMD_STUDY, "list organisations with sector and members",
    "Usage: synergist organisation list [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist organisation list --format csv\n"
    "" },
  { "sector add", cmd_sector_add, CMD_WRITE, "add a sector to the list",
    "Usage: synergist sector add NAME\n"
    "\n"
    "Example:\n"
    "  synergist sector add philanthropy\n"
    "" },
  { "sector list", cmd_sector_list, CMD_STUDY, "list sectors",
    "Usage: synergist sector list [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist sector list\n"
    "" },
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
  { "timeline add", cmd_event_add, CMD_WRITE, "add a context event, decision or adaptation",
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
  { "timeline list", cmd_event_list, CMD_STUDY, "the timeline of a partnership",
    "Usage: synergist timeline list [PARTNERSHIP] [--kind KIND] [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist timeline list PCCP --kind decision\n"
    "" },
  { "timeline remove", cmd_event_remove, CMD_WRITE, "remove a timeline event (by id)",
    "Usage: synergist timeline remove ID\n"
    "\n"
    "Example:\n"
    "  synergist timeline remove 3\n"
    "" },
  { "timeline import", cmd_event_import, CMD_WRITE, "import timeline events from CSV",
    "Usage: synergist timeline import FILE.csv\n"
    "\n"
    "Required columns: partnership, date, kind (context, decision, adaptation),\n"
    "title. Optional: end_date, category, detail, how_made, communicated.\n"
    "\n"
    "Example:\n"
    "  synergist timeline import events.csv\n"
    "" },
  { "describe", cmd_describe, CMD_STUDY, "sample characteristics table (n, of, %)",
    "Usage: synergist describe ATTRIBUTE... [--partnership P] [--current] [--as-of DATE]\n"
    "       [--interviewees] [--layout wide|long] [--format text|csv|json]\n"
    "\n"
    "For each attribute, each value seen anywhere and each partnership plus\n"
    "'all': the count n, the group size 'of' and the whole-number percent\n"
    "rounded half up (12.5 -> 13), as published sample tables show them. Every\n"
    "value appears for every partnership, zeros included; '(missing)' counts\n"
    "members without a value. ATTRIBUTE is stakeholder_group, organisation,\n"
    "status (current/former), or any imported attribute column. --current keeps\n"
    "members present on --as-of (default today). --interviewees keeps the\n"
    "members linked to interview sources (the interview sample) and offers\n"
    "their interview's language as the attribute interview_language.\n"
    "Text output uses the wide\n"
    "layout (\"8 (89%)\"); CSV and JSON the long one with columns\n"
    "attribute,value,partnership,n,of,percent.\n"
    "\n"
    "Example:\n"
    "  synergist describe gender stakeholder_group --format csv\n" },
  { "dynamics", cmd_dynamics, CMD_STUDY, "membership over time, attendance, meeting gaps",
    "Usage: synergist dynamics [PARTNERSHIP] [--table size|years|members|groups|gaps]\n"
    "       [--gap-days N] [--as-of DATE] [--format text|csv|json]\n"
    "\n"
    "size     current members (present on --as-of, default today), everyone who\n"
    "         ever took part, organisations represented now and ever, meetings\n"
    "years    per calendar year: members at the start, joined, left, at the end,\n"
    "         individual retention (share of the start members still there at the\n"
    "         end) and turnover (departures / average headcount), and the same for\n"
    "         organisations (an organisation stays while anyone represents it)\n"
    "members  attendance rate: meetings attended / meetings held while a member\n"
    "groups   the same pooled by stakeholder group\n"
    "gaps     days between consecutive meetings, flagged over --gap-days (else\n"
    "         the study setting gap_days, else 180)\n"
    "CSV output needs one --table; JSON without --table is an object of tables.\n"
    "\n"
    "Example:\n"
    "  synergist dynamics CHRP --table gaps --gap-days 120\n" },
  {0,0,0,0,0}
};

/*
** cmd_describe.c: describe: the sample characteristics table
** (roster/describe_run.c).
** Handlers and their entries of the command table (aCmd_describe, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include "cli/cli.h"
#include "roster/roster.h"

static int cmd_describe(Cli *p){
  DescribeOpts o = {0};
  o.zPartnership = cli_opt(p, "--partnership");
  o.bCurrent = cli_flag(p, "--current");
  const char *zAsOf = cli_opt(p, "--as-of");
  o.zLayout = cli_opt(p, "--layout");
  o.bInterviewees = cli_flag(p, "--interviewees");
  cli_args(p, 1, -1);
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  o.nAttr = p->nArg;
  o.azAttr = (const char *const*)p->azArg;
  o.bNames = p->bNames;
  o.bWide = p->fmt==FMT_TEXT;     /* wide for text, long for csv/json */
  Table *t;
  Err err = ERR_INIT;
  if( roster_describe(p->pStore, &o, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_describe[] = {
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
  {0,0,0,0,0}
};

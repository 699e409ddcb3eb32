/*
** cmd_dynamics.c: dynamics: membership over time, attendance and meeting gaps
** (roster/describe_run.c over dynamics.c).
** Handlers and their entries of the command table (aCmd_dynamics, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/dynamics.h"
#include "roster/roster.h"

static int cmd_dynamics(Cli *p){
  const char *zTable = cli_opt(p, "--table");
  const char *zAsOf = cli_opt(p, "--as-of");
  DynamicsOpts o = {0};
  o.nGapDays = cli_opt_int(p, "--gap-days", -1);
  cli_args(p, 0, 1);
  o.zPartnership = p->nArg ? p->azArg[0] : NULL;
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  Dynamics *d;
  int nGap;
  Err err = ERR_INIT;
  if( roster_dynamics(p->pStore, &o, &d, &nGap, &err) ) cli_fail(&err);
  struct { const char *zName; Table *t; } aT[] = {
    {"size", d->pSize}, {"years", d->pYears}, {"members", d->pMembers}, {"groups", d->pGroups}, {"gaps", d->pGaps} };
  int nT = (int)(sizeof(aT)/sizeof(aT[0]));
  int iOnly = -1;
  if( zTable ){
    for(int i=0; i<nT; i++) if( strcmp(aT[i].zName, zTable)==0 ) iOnly = i;
    if( iOnly<0 ) fatal(EXIT_USAGE, "--table must be size, years, members, groups or gaps");
  }else if( p->fmt==FMT_CSV ){
    fatal(EXIT_USAGE, "with --format csv choose one --table: size, years, members, groups or gaps");
  }
  if( p->fmt==FMT_JSON && iOnly<0 ){
    printf("{\n");
    for(int i=0; i<nT; i++){
      printf("\"%s\": ", aT[i].zName);
      table_write(aT[i].t, FMT_JSON, stdout);
      if( i<nT-1 ) printf(",");
    }
    printf("}\n");
  }else{
    for(int i=0; i<nT; i++){
      if( iOnly>=0 && i!=iOnly ) continue;
      if( iOnly<0 && i ) printf("\n");
      table_write(aT[i].t, p->fmt, stdout);
    }
  }
  if( iOnly<0 && p->fmt==FMT_TEXT ){
    int nFlag = 0;
    for(int r=0; r<d->pGaps->nRow; r++) if( strcmp(table_cell(d->pGaps, r, 4)->z, "yes")==0 ) nFlag++;
    printf("\n%d gap%s longer than %d days flagged.\n", nFlag, nFlag==1?"":"s", nGap);
  }
  dynamics_free(d);
  return EXIT_OK;
}

const CmdEntry aCmd_dynamics[] = {
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

/*
** cmd_describe.c: describe: the sample characteristics table
** (roster/describe.c).
** Handlers and their entries of the command table (aCmd_describe, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/describe.h"
#include "roster/dynamics.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/xalloc.h"

/* Print a long describe table: wide layout for text, long for csv/json. */
static void print_describe(Cli *p, Table *pLong, const char *zLayout){
  int bWide = zLayout ? strcmp(zLayout, "wide")==0 : p->fmt==FMT_TEXT;
  if( zLayout && strcmp(zLayout, "wide") && strcmp(zLayout, "long") ) fatal(EXIT_USAGE, "--layout must be wide or long");
  if( bWide ){
    Table *w = describe_wide(pLong);
    table_free(pLong);
    cli_print_table(p, w);
  }else{
    cli_print_table(p, pLong);
  }
}

static int cmd_describe(Cli *p){
  const char *zP = cli_opt(p, "--partnership");
  int bCurrent = cli_flag(p, "--current");
  const char *zAsOf = cli_opt(p, "--as-of");
  const char *zLayout = cli_opt(p, "--layout");
  int bInterviewees = cli_flag(p, "--interviewees");
  cli_args(p, 1, -1);
  int iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : date_today();
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  MemberRec *a; int n;
  if( st_member_all(p->pStore, zP, &a, &n) ) fatal_store(p, STORE_ERROR);
  /* Every attribute asked for must exist for at least one member. */
  for(int k=0; k<p->nArg; k++){
    if( !p->bNames && member_attr_is_contact(p->azArg[k]) ){
      member_recs_free(a, n);
      fatal(EXIT_USAGE, "attribute '%s' holds members' e-mail addresses, personal data shown only "
                        "with --names", p->azArg[k]);
    }
    int found = 0;
    static const char *const azBuiltin[] = { "stakeholder_group", "organisation", "joined", "left", "partnership", "status", NULL };
    if( bInterviewees && strcmp(p->azArg[k], "interview_language")==0 ) found = 1;
    for(int b=0; azBuiltin[b]; b++) if( strcmp(azBuiltin[b], p->azArg[k])==0 ) found = 1;
    for(int i=0; i<n && !found; i++) if( member_value(&a[i], p->azArg[k], iAsOf) ) found = 1;
    if( !found ){
      member_recs_free(a, n);
      fatal(EXIT_FAIL, "no member has an attribute '%s' (see: synergist member list --attributes)", p->azArg[k]);
    }
  }
  /* --interviewees: only members linked to interview sources, with their interview's language. */
  Interviewee *aIv = NULL; int nIv = 0;
  if( bInterviewees && st_interviewees(p->pStore, &aIv, &nIv) ) fatal_store(p, STORE_ERROR);
  DescUnit *aU = xcalloc((size_t)n+1, sizeof(DescUnit));
  int nU = 0;
  for(int i=0; i<n; i++){
    if( bCurrent && !member_present(&a[i], iAsOf) ) continue;
    const char *zIvLang = NULL;
    for(int j=0; j<nIv && !zIvLang; j++){
      if( strcmp(aIv[j].zPartnership, a[i].zPartnership)==0 && strcmp(aIv[j].zPid, a[i].zPid)==0 ){
        zIvLang = aIv[j].zLanguage ? aIv[j].zLanguage : "";
      }
    }
    if( bInterviewees && !zIvLang ) continue;
    aU[nU].zPartnership = a[i].zPartnership;
    aU[nU].azValue = xcalloc((size_t)p->nArg, sizeof(char*));
    for(int k=0; k<p->nArg; k++){
      aU[nU].azValue[k] = bInterviewees && strcmp(p->azArg[k], "interview_language")==0
                        ? zIvLang : member_value(&a[i], p->azArg[k], iAsOf);
    }
    nU++;
  }
  Table *t = describe_build(p->nArg, (const char*const*)p->azArg, aU, nU);
  for(int i=0; i<nU; i++) free(aU[i].azValue);
  free(aU);
  member_recs_free(a, n);
  interviewees_free(aIv, nIv);
  print_describe(p, t, zLayout);
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

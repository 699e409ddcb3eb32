/*
** cmd_describe.c: `synergist describe` (sample characteristics) and
** `synergist dynamics` (membership over time, attendance, meeting gaps).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_roster.h"
#include "roster/describe.h"
#include "roster/dynamics.h"
#include "roster/demo.h"
#include "store/st_roster.h"
#include "store/st_qual.h"
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

int cmd_describe(Cli *p){
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

/* The gap threshold: --gap-days, else the study setting, else 180. */
static int gap_days(Cli *p){
  long v = cli_opt_int(p, "--gap-days", -1);
  if( v<0 ){
    char *z = NULL;
    store_setting_get(p->pStore, "gap_days", &z);
    v = z ? atol(z) : 180;
    free(z);
  }
  if( v<=0 ) fatal(EXIT_USAGE, "the gap threshold must be a positive number of days");
  return (int)v;
}

/* Keep only the rows of t whose column 0 is zP (NULL keeps all). */
static void filter_partnership(Table *t, const char *zP){
  if( !zP ) return;
  int w = 0;
  for(int r=0; r<t->nRow; r++){
    Cell *row = &t->aCell[r*t->nCol];
    if( row[0].z && strcmp(row[0].z, zP)==0 ){
      if( w!=r ) memcpy(&t->aCell[w*t->nCol], row, sizeof(Cell)*(size_t)t->nCol);
      w++;
    }else{
      for(int j=0; j<t->nCol; j++) free(row[j].z);
    }
  }
  t->nRow = w;
}

int cmd_dynamics(Cli *p){
  const char *zTable = cli_opt(p, "--table");
  const char *zAsOf = cli_opt(p, "--as-of");
  int nGap = gap_days(p);
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  int iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : date_today();
  Dynamics *d = dynamics_of_study(p->pStore, iAsOf, nGap);
  if( !d ) fatal(EXIT_INTERNAL, "%s", store_errmsg(p->pStore));
  struct { const char *zName; Table *t; } aT[] = {
    {"size", d->pSize}, {"years", d->pYears}, {"members", d->pMembers}, {"groups", d->pGroups}, {"gaps", d->pGaps} };
  int nT = (int)(sizeof(aT)/sizeof(aT[0]));
  for(int i=0; i<nT; i++) filter_partnership(aT[i].t, zP);
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

int cmd_demo(Cli *p){
  cli_args(p, 0, 0);
  char **az; int n;
  if( st_partnership_codes(p->pStore, &az, &n) ) fatal_store(p, STORE_ERROR);
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
  if( n>0 ) fatal(EXIT_FAIL, "%s already holds partnerships; the demo needs a new study file", store_path(p->pStore));
  int rc = demo_roster(p->pStore);
  if( !rc ) rc = demo_survey(p->pStore);
  if( !rc ) rc = demo_qual(p->pStore);
  if( !rc ) rc = demo_network(p->pStore);
  if( !rc ) rc = demo_users(p->pStore);
  if( rc ) fatal_store(p, rc);
  printf("demo study written to %s\n", store_path(p->pStore));
  printf("demo users of `synergist serve` (sign in at /signin; demo passwords, never use them elsewhere):\n");
  for(const DemoUser *d = aDemoUser; d->zName; d++) printf("  %-6s %-10s %s\n", d->zName, d->zRole, d->zPassword);
  return EXIT_OK;
}

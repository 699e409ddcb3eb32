/*
** cmd_meeting.c: handlers for meetings, attendance and the timeline (their
** help is in cmd_roster.c).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_roster.h"
#include "roster/import.h"
#include "store/st_roster.h"

int cmd_meeting_add(Cli *p){
  const char *zKind = cli_opt(p, "--kind");
  const char *zTitle = cli_opt(p, "--title");
  long nDur = cli_opt_int(p, "--duration", 0);
  const char *zAtt = cli_opt(p, "--attendees");
  cli_args(p, 2, 2);
  cli_date("date", p->azArg[1]);
  if( nDur<0 ) fatal(EXIT_USAGE, "--duration must be a positive number of minutes");
  int64_t id;
  int rc = st_meeting_add(p->pStore, p->azArg[0], p->azArg[1], zKind, (int)nDur, zTitle, &id);
  if( rc ) fatal_store(p, rc);
  int nAtt = 0;
  if( zAtt ){
    char *z = strdup(zAtt);
    for(char *t = strtok(z, "; ,"); t; t = strtok(NULL, "; ,")){
      if( (rc = st_attendance_add(p->pStore, id, t))!=0 ){ free(z); fatal_store(p, rc); }
      nAtt++;
    }
    free(z);
  }
  printf("meeting %lld of %s on %s added (%d attendees)\n", (long long)id, p->azArg[0], p->azArg[1], nAtt);
  return EXIT_OK;
}

int cmd_meeting_list(Cli *p){
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  Table *t = table_newc(NULL, "id,partnership,date,kind,duration,title,attended");
  if( st_meeting_list(p->pStore, zP, t) ) fatal_store(p, STORE_ERROR);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_meeting_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_meeting_remove(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]));
  if( rc ) fatal_store(p, rc);
  printf("meeting %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_meeting_import(Cli *p){ return roster_import_cmd(p, roster_import_meetings, "meetings"); }

int cmd_attendance_add(Cli *p){
  cli_args(p, 2, -1);
  int64_t id = cli_id("the id (see the id column of the list)", p->azArg[0]);
  for(int i=1; i<p->nArg; i++){
    int rc = st_attendance_add(p->pStore, id, p->azArg[i]);
    if( rc ) fatal_store(p, rc);
  }
  printf("%d attendee%s recorded for meeting %s\n", p->nArg-1, p->nArg==2?"":"s", p->azArg[0]);
  return EXIT_OK;
}

int cmd_attendance_list(Cli *p){
  cli_args(p, 1, 1);
  Table *t = table_newc(NULL, "member,stakeholder_group");
  if( st_attendance_list(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]), t) ) fatal_store(p, STORE_ERROR);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_event_add(Cli *p){
  EventRec e = {0};
  e.zKind = (char*)cli_opt(p, "--kind");
  e.zCategory = (char*)cli_opt(p, "--category");
  e.zDetail = (char*)cli_opt(p, "--detail");
  e.zEndDate = (char*)cli_opt(p, "--until");
  e.zHowMade = (char*)cli_opt(p, "--how");
  e.zCommunicated = (char*)cli_opt(p, "--communicated");
  cli_args(p, 3, 3);
  e.zPartnership = p->azArg[0];
  e.zDate = p->azArg[1];
  e.zTitle = p->azArg[2];
  int iStart = cli_date("date", e.zDate);
  if( e.zEndDate && cli_date("--until", e.zEndDate)<iStart ) fatal(EXIT_USAGE, "--until is before the date");
  if( !e.zKind ) e.zKind = "context";
  if( strcmp(e.zKind,"context") && strcmp(e.zKind,"decision") && strcmp(e.zKind,"adaptation") ){
    fatal(EXIT_USAGE, "--kind must be context, decision or adaptation, not '%s'", e.zKind);
  }
  int64_t id;
  int rc = st_event_add(p->pStore, &e, &id);
  if( rc ) fatal_store(p, rc);
  printf("timeline event %lld added to %s\n", (long long)id, e.zPartnership);
  return EXIT_OK;
}

int cmd_event_list(Cli *p){
  const char *zKind = cli_opt(p, "--kind");
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  EventRec *a; int n;
  if( st_event_all(p->pStore, zP, &a, &n) ) fatal_store(p, STORE_ERROR);
  Table *t = table_newc(NULL, "id,partnership,date,end_date,kind,category,title,detail,how_made,communicated");
  for(int i=0; i<n; i++){
    if( zKind && strcmp(zKind, a[i].zKind) ) continue;
    int r = table_row(t);
    table_int(t, r, 0, a[i].id);
    const char *az[] = { a[i].zPartnership, a[i].zDate, a[i].zEndDate, a[i].zKind, a[i].zCategory,
                         a[i].zTitle, a[i].zDetail, a[i].zHowMade, a[i].zCommunicated };
    for(int j=0; j<9; j++) table_text(t, r, j+1, az[j]);
  }
  event_recs_free(a, n);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_event_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_event_remove(p->pStore, cli_id("the id (see the id column of the list)", p->azArg[0]));
  if( rc ) fatal_store(p, rc);
  printf("timeline event %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_event_import(Cli *p){ return roster_import_cmd(p, roster_import_events, "timeline events"); }

int cmd_meeting_export(Cli *p){
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  Table *t = table_newc(NULL, "partnership,date,kind,duration,title,attendees");
  if( st_meeting_export(p->pStore, zP, t) ) fatal_store(p, STORE_ERROR);
  if( p->fmt==FMT_TEXT ) p->fmt = FMT_CSV;
  cli_print_table(p, t);
  return EXIT_OK;
}

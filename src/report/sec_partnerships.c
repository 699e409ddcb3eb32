/*
** sec_partnerships.c: the partnerships of the report with their sizes, and
** their timeline of context events, decisions and adaptations. Its tables
** for the workbook are the roster: partnerships, members (pseudonymous ids
** only), meetings and the timeline. Exports sec_partnerships.
*/
#include <stdlib.h>
#include "report/section.h"
#include "diagnose/finding.h"
#include "store/st_roster.h"
#include "util/i18n.h"

/* Partnerships with their sizes. Caller frees. NULL on a store error. */
static Table *partnership_table(ReportCtx *p){
  Table *t = table_newc(NULL, "code,name,members,current,meetings,events");
  if( st_partnership_list_of(p->pStore, report_only_part(p), t) ){ table_free(t); return NULL; }
  Table *pOut = report_select(p, t, 0, NULL, "partnerships");
  table_free(t);
  return pOut;
}

/* The timeline of the report's partnerships. Caller frees. NULL on error. */
static Table *timeline_table(ReportCtx *p, int bDetail){
  EventRec *a = NULL; int n = 0;
  if( st_event_all(p->pStore, report_only_part(p), &a, &n) ) return NULL;
  Table *t = table_newc("timeline", bDetail ? "date,partnership,kind,category,title,end_date,detail,how_made,communicated"
                                            : "date,partnership,kind,category,title");
  for(int i=0; i<n; i++){
    if( !report_has_part(p, a[i].zPartnership) ) continue;
    int r = table_row(t);
    const char *az[] = { a[i].zDate, a[i].zPartnership, timeline_kind_name(a[i].zKind), a[i].zCategory, a[i].zTitle,
                         a[i].zEndDate, a[i].zDetail, a[i].zHowMade, a[i].zCommunicated };
    for(int c=0; c<t->nCol; c++) table_text(t, r, c, az[c]);
  }
  st_event_recs_free(a, n);
  return t;
}

static int partnerships_html(ReportCtx *p){
  Table *t = partnership_table(p);
  if( !t ) return STORE_ERROR;
  if( t->nRow==0 ){
    report_no_data(p, _("No partnership has been recorded."), "synergist partnership add");
    table_free(t);
    return STORE_OK;
  }
  const char *azHead[] = { _("Code"), _("Name"), _("Members (ever)"), _("Current members"),
                           _("Meetings"), _("Timeline events") };
  report_table(p, t, _("Partnerships in this report"), azHead);
  table_free(t);
  html_printf(p->pOut, "<h3 id=\"timeline\">%h</h3>\n", _("Timeline"));
  t = timeline_table(p, 0);
  if( !t ) return STORE_ERROR;
  if( t->nRow==0 ){
    report_no_data(p, _("No context event, decision or adaptation has been recorded."), "synergist timeline add");
  }else{
    const char *azTl[] = { _("Date"), _("Partnership"), _("Kind"), _("Category"), _("Event") };
    report_table_fold(p, t, _("Context events, decisions and adaptations"), azTl);
  }
  table_free(t);
  return STORE_OK;
}

/* Members by pseudonymous id, never with real names. */
static Table *member_table(ReportCtx *p){
  MemberRec *a = NULL; int n = 0;
  if( st_member_all(p->pStore, report_only_part(p), &a, &n) ) return NULL;
  Table *t = table_newc("members", "id,partnership,organisation,stakeholder_group,joined,left");
  for(int i=0; i<n; i++){
    if( !report_has_part(p, a[i].zPartnership) ) continue;
    int r = table_row(t);
    const char *az[] = { a[i].zPid, a[i].zPartnership, a[i].zOrg, a[i].zGroup, a[i].zJoined, a[i].zLeft };
    for(int c=0; c<t->nCol; c++) table_text(t, r, c, az[c]);
  }
  st_member_recs_free(a, n);
  return t;
}

static int partnerships_tables(ReportCtx *p, ReportTables *pList){
  Table *aT[4];
  aT[0] = partnership_table(p);
  aT[1] = member_table(p);
  Table *pMeet = table_newc(NULL, "id,partnership,date,kind,duration,title,attended");
  aT[2] = st_meeting_list(p->pStore, report_only_part(p), pMeet) ? NULL : report_select(p, pMeet, 1, NULL, "meetings");
  table_free(pMeet);
  aT[3] = timeline_table(p, 1);
  int rc = STORE_OK;
  for(int i=0; i<4; i++){
    if( aT[i] ) report_tables_add(pList, aT[i]);
    else rc = STORE_ERROR;
  }
  return rc;
}

const ReportSection sec_partnerships = {
  "partnerships", N_("Partnerships and timeline"), partnerships_html, partnerships_tables
};

/*
** timeline.c: the use cases of the timeline: timeline add, remove, list
** (see roster.h).
*/
#include <stdlib.h>
#include <string.h>
#include "roster/roster.h"
#include "util/date.h"

int roster_event_add(Store *p, const EventRec *pEvent, int64_t *pId, Err *pErr){
  *pId = 0;
  EventRec e = *pEvent;
  int iStart, iEnd;
  if( date_arg("date", e.zDate, &iStart, pErr) ) return pErr->e;
  if( e.zEndDate ){
    if( date_arg("--until", e.zEndDate, &iEnd, pErr) ) return pErr->e;
    if( iEnd<iStart ) return err_set(pErr, ERR_USAGE, "--until is before the date");
  }
  if( !e.zKind ) e.zKind = "context";
  if( strcmp(e.zKind,"context") && strcmp(e.zKind,"decision") && strcmp(e.zKind,"adaptation") ){
    return err_set(pErr, ERR_USAGE, "--kind must be context, decision or adaptation, not '%s'", e.zKind);
  }
  int rc = st_event_add(p, &e, pId);
  return rc ? store_err(p, rc, pErr) : 0;
}

int roster_event_remove(Store *p, int64_t id, Err *pErr){
  int rc = st_event_remove(p, id);
  return rc ? store_err(p, rc, pErr) : 0;
}

int roster_event_list(Store *p, const char *zPartnership, const char *zKind, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( roster_partnership_check(p, zPartnership, pErr) ) return pErr->e;
  EventRec *a; int n;
  if( st_event_all(p, zPartnership, &a, &n) ) return store_err(p, STORE_ERROR, pErr);
  Table *t = table_newc(NULL, "id,partnership,date,end_date,kind,category,title,detail,how_made,communicated");
  for(int i=0; i<n; i++){
    if( zKind && strcmp(zKind, a[i].zKind) ) continue;
    int r = table_row(t);
    table_int(t, r, 0, a[i].id);
    const char *az[] = { a[i].zPartnership, a[i].zDate, a[i].zEndDate, a[i].zKind, a[i].zCategory,
                         a[i].zTitle, a[i].zDetail, a[i].zHowMade, a[i].zCommunicated };
    for(int j=0; j<9; j++) table_text(t, r, j+1, az[j]);
  }
  st_event_recs_free(a, n);
  *ppOut = t;
  return 0;
}

/*
** meeting.c: the use cases of meetings and attendance: meeting add,
** remove, list, export; attendance add, list (see roster.h).
*/
#include <stdlib.h>
#include <string.h>
#include "roster/roster.h"
#include "util/date.h"
#include "util/sb.h"
#include "util/xalloc.h"

int roster_meeting_add(Store *p, const MeetingOpts *o, int64_t *pId, int *pnAtt, Err *pErr){
  *pId = 0;
  *pnAtt = 0;
  int iDay;
  if( date_arg("date", o->zDate, &iDay, pErr) ) return pErr->e;
  if( o->nDuration<0 ) return err_set(pErr, ERR_USAGE, "--duration must be a positive number of minutes");
  int rc = st_meeting_add(p, o->zPartnership, o->zDate, o->zKind, (int)o->nDuration, o->zTitle, pId);
  if( rc ) return store_err(p, rc, pErr);
  if( o->zAttendees ){
    char *z = xstrdup(o->zAttendees);
    char *zSave = NULL;
    for(char *t = strtok_r(z, "; ,", &zSave); t; t = strtok_r(NULL, "; ,", &zSave)){
      if( (rc = st_attendance_add(p, *pId, t, NULL))!=0 ) break;
      (*pnAtt)++;
    }
    free(z);
    if( rc ) return store_err(p, rc, pErr);
  }
  return 0;
}

int roster_meeting_remove(Store *p, int64_t iMeeting, Err *pErr){
  int rc = st_meeting_remove(p, iMeeting);
  return rc ? store_err(p, rc, pErr) : 0;
}

/* A listing of one partnership's meetings (zPartnership NULL: all) by xList
** in columns zCols. */
static int meeting_table(Store *p, const char *zPartnership, const char *zCols,
                         int (*xList)(Store*, const char*, Table*), Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( roster_partnership_check(p, zPartnership, pErr) ) return pErr->e;
  Table *t = table_newc(NULL, zCols);
  if( xList(p, zPartnership, t) ){
    table_free(t);
    return store_err(p, STORE_ERROR, pErr);
  }
  *ppOut = t;
  return 0;
}

int roster_meeting_list(Store *p, const char *zPartnership, Table **ppOut, Err *pErr){
  return meeting_table(p, zPartnership, "id,partnership,date,kind,duration,title,attended",
                       st_meeting_list, ppOut, pErr);
}

int roster_meeting_export(Store *p, const char *zPartnership, Table **ppOut, Err *pErr){
  return meeting_table(p, zPartnership, "partnership,date,kind,duration,title,attendees",
                       st_meeting_export, ppOut, pErr);
}

int roster_attendance_add(Store *p, int64_t iMeeting, int nPid, char *const *azPid,
                          int *pnNew, char **pzAlready, Err *pErr){
  *pnNew = 0;
  *pzAlready = NULL;
  Sb already = SB_INIT;
  for(int i=0; i<nPid; i++){
    int bNew = 0;
    int rc = st_attendance_add(p, iMeeting, azPid[i], &bNew);
    if( rc ){
      sb_free(&already);
      return store_err(p, rc, pErr);
    }
    if( bNew ) (*pnNew)++;
    else sb_printf(&already, "%s%s", already.n ? ", " : "", azPid[i]);
  }
  if( already.n ) *pzAlready = sb_take(&already);
  return 0;
}

int roster_attendance_list(Store *p, int64_t iMeeting, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  int rc = st_meeting_exists(p, iMeeting);
  if( rc ) return store_err(p, rc, pErr);
  Table *t = table_newc(NULL, "member,stakeholder_group");
  if( st_attendance_list(p, iMeeting, t) ){
    table_free(t);
    return store_err(p, STORE_ERROR, pErr);
  }
  *ppOut = t;
  return 0;
}

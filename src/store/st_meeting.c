/* st_meeting.c: SQL for meetings, attendance and timeline events (see st_roster.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_roster.h"
#include "util/xalloc.h"

int st_meeting_add(Store *p, const char *zPartnership, const char *zDate, const char *zKind,
                   int nDurationMin, const char *zTitle, int64_t *pId){
  int64_t idP;
  int rc = st_partnership_id(p, zPartnership, &idP);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO meeting(partnership_id,date,kind,duration_min,title) "
                                  "VALUES(?1,?2,coalesce(?3,'meeting'),?4,?5)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idP);
  st_bind_text(s, 2, zDate);
  st_bind_text(s, 3, zKind);
  if( nDurationMin>0 ) sqlite3_bind_int(s, 4, nDurationMin);
  st_bind_text(s, 5, zTitle);
  rc = st_exec(p, s);
  if( rc==STORE_OK && pId ) *pId = sqlite3_last_insert_rowid(p->db);
  return rc;
}

int st_meeting_remove(Store *p, int64_t iMeeting){
  return st_delete_id(p, "DELETE FROM meeting WHERE id=?1", iMeeting, "meeting", "");
}

int st_meeting_list(Store *p, const char *zPartnership, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, p.code, g.date, g.kind, g.duration_min, g.title,"
    " (SELECT count(*) FROM attendance a WHERE a.meeting_id=g.id)"
    " FROM meeting g JOIN partnership p ON p.id=g.partnership_id"
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, g.date, g.id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  return st_fill_table(p, s, pOut, 0);
}

int st_meeting_export(Store *p, const char *zPartnership, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT p.code, g.date, g.kind, g.duration_min, g.title,"
    " (SELECT group_concat(pid, ';') FROM (SELECT m.pid FROM attendance a JOIN member m ON m.id=a.member_id"
    "   WHERE a.meeting_id=g.id ORDER BY m.pid))"
    " FROM meeting g JOIN partnership p ON p.id=g.partnership_id"
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, g.date, g.id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  return st_fill_table(p, s, pOut, 0);
}

int st_meeting_find(Store *p, const char *zPartnership, const char *zDate, const char *zKind, int64_t *pId){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id FROM meeting g JOIN partnership p ON p.id=g.partnership_id"
    " WHERE p.code=?1 AND g.date=?2 AND (?3 IS NULL OR g.kind=?3) ORDER BY g.id LIMIT 1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  st_bind_text(s, 2, zDate);
  st_bind_text(s, 3, zKind);
  int found = sqlite3_step(s)==SQLITE_ROW;
  if( found ) *pId = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  return found ? STORE_OK : st_err(p, STORE_NOTFOUND, "no meeting of %s on %s", zPartnership, zDate);
}

int st_attendance_add(Store *p, int64_t iMeeting, const char *zPid){
  sqlite3_stmt *s = st_prepare(p,
    "INSERT OR IGNORE INTO attendance(meeting_id, member_id)"
    " SELECT g.id, m.id FROM meeting g JOIN member m ON m.partnership_id=g.partnership_id"
    " WHERE g.id=?1 AND m.pid=?2");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iMeeting);
  st_bind_text(s, 2, zPid);
  int rc = st_exec(p, s);
  if( rc ) return rc;
  if( sqlite3_changes(p->db)==0 ){
    sqlite3_stmt *c = st_prepare(p, "SELECT 1 FROM attendance a JOIN member m ON m.id=a.member_id WHERE a.meeting_id=?1 AND m.pid=?2");
    if( !c ) return STORE_ERROR;
    sqlite3_bind_int64(c, 1, iMeeting);
    st_bind_text(c, 2, zPid);
    int already = sqlite3_step(c)==SQLITE_ROW;
    sqlite3_reset(c);
    if( !already ) return st_err(p, STORE_NOTFOUND, "no member '%s' in the partnership of meeting %lld", zPid, (long long)iMeeting);
  }
  return STORE_OK;
}

int st_attendance_list(Store *p, int64_t iMeeting, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.pid, m.stakeholder_group FROM attendance a JOIN member m ON m.id=a.member_id"
    " WHERE a.meeting_id=?1 ORDER BY m.pid");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iMeeting);
  return st_fill_table(p, s, pOut, 0);
}

void meeting_recs_free(MeetingRec *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zPartnership); free(a[i].zDate); free(a[i].zKind); }
  free(a);
}
void attend_recs_free(AttendRec *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zPartnership); free(a[i].zPid); }
  free(a);
}

int st_meeting_all(Store *p, MeetingRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, p.code, g.date, g.kind, coalesce(g.duration_min,0) FROM meeting g"
    " JOIN partnership p ON p.id=g.partnership_id ORDER BY p.code, g.date, g.id");
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0;
  MeetingRec *a = NULL;
  while( sqlite3_step(s)==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 32; a = xrealloc(a, sizeof(*a)*(size_t)nAlloc); }
    a[n].id = sqlite3_column_int64(s, 0);
    a[n].zPartnership = st_column_dup(s, 1);
    a[n].zDate = st_column_dup(s, 2);
    a[n].zKind = st_column_dup(s, 3);
    a[n].nDuration = sqlite3_column_int(s, 4);
    n++;
  }
  sqlite3_reset(s);
  *paRec = a; *pn = n;
  return STORE_OK;
}

int st_attendance_all(Store *p, AttendRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT a.meeting_id, p.code, m.pid FROM attendance a JOIN member m ON m.id=a.member_id"
    " JOIN partnership p ON p.id=m.partnership_id ORDER BY a.meeting_id, m.pid");
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0;
  AttendRec *a = NULL;
  while( sqlite3_step(s)==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 64; a = xrealloc(a, sizeof(*a)*(size_t)nAlloc); }
    a[n].iMeeting = sqlite3_column_int64(s, 0);
    a[n].zPartnership = st_column_dup(s, 1);
    a[n].zPid = st_column_dup(s, 2);
    n++;
  }
  sqlite3_reset(s);
  *paRec = a; *pn = n;
  return STORE_OK;
}

int st_event_add(Store *p, const EventRec *e, int64_t *pId){
  int64_t idP;
  int rc = st_partnership_id(p, e->zPartnership, &idP);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO event(partnership_id,date,end_date,kind,category,title,detail,how_made,communicated)"
                                  " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idP);
  st_bind_text(s, 2, e->zDate);
  st_bind_text(s, 3, e->zEndDate);
  st_bind_text(s, 4, e->zKind);
  st_bind_text(s, 5, e->zCategory);
  st_bind_text(s, 6, e->zTitle);
  st_bind_text(s, 7, e->zDetail);
  st_bind_text(s, 8, e->zHowMade);
  st_bind_text(s, 9, e->zCommunicated);
  rc = st_exec(p, s);
  if( rc==STORE_OK && pId ) *pId = sqlite3_last_insert_rowid(p->db);
  return rc;
}

int st_event_remove(Store *p, int64_t id){
  return st_delete_id(p, "DELETE FROM event WHERE id=?1", id, "timeline event", "");
}

void event_recs_free(EventRec *a, int n){
  for(int i=0; i<n; i++){
    EventRec *e = &a[i];
    free(e->zPartnership); free(e->zDate); free(e->zEndDate); free(e->zKind); free(e->zCategory);
    free(e->zTitle); free(e->zDetail); free(e->zHowMade); free(e->zCommunicated);
  }
  free(a);
}

int st_event_all(Store *p, const char *zPartnership, EventRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT e.id, p.code, e.date, e.end_date, e.kind, e.category, e.title, e.detail, e.how_made, e.communicated"
    " FROM event e JOIN partnership p ON p.id=e.partnership_id"
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, e.date, e.id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  int n = 0, nAlloc = 0;
  EventRec *a = NULL;
  while( sqlite3_step(s)==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(*a)*(size_t)nAlloc); }
    EventRec *e = &a[n++];
    e->id = sqlite3_column_int64(s, 0);
    e->zPartnership = st_column_dup(s, 1);
    e->zDate = st_column_dup(s, 2);
    e->zEndDate = st_column_dup(s, 3);
    e->zKind = st_column_dup(s, 4);
    e->zCategory = st_column_dup(s, 5);
    e->zTitle = st_column_dup(s, 6);
    e->zDetail = st_column_dup(s, 7);
    e->zHowMade = st_column_dup(s, 8);
    e->zCommunicated = st_column_dup(s, 9);
  }
  sqlite3_reset(s);
  *paRec = a; *pn = n;
  return STORE_OK;
}

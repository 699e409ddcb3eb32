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
    int already = st_step_row(p, c);
    sqlite3_reset(c);
    if( already<0 ) return STORE_ERROR;
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

void attend_recs_free(AttendRec *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zPartnership); free(a[i].zPid); }
  free(a);
}

static void meeting_row(sqlite3_stmt *s, void *pElem){
  MeetingRec *m = pElem;
  m->id = sqlite3_column_int64(s, 0);
  m->zPartnership = st_column_dup(s, 1);
  m->zDate = st_column_dup(s, 2);
  m->zKind = st_column_dup(s, 3);
  m->nDuration = sqlite3_column_int(s, 4);
}
static void meeting_clear(void *pElem){
  MeetingRec *m = pElem;
  free(m->zPartnership); free(m->zDate); free(m->zKind);
}

void meeting_recs_free(MeetingRec *a, int n){
  for(int i=0; i<n; i++) meeting_clear(&a[i]);
  free(a);
}

int st_meeting_all(Store *p, MeetingRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, p.code, g.date, g.kind, coalesce(g.duration_min,0) FROM meeting g"
    " JOIN partnership p ON p.id=g.partnership_id ORDER BY p.code, g.date, g.id");
  return st_rows(p, s, sizeof(MeetingRec), meeting_row, meeting_clear, paRec, pn);
}

static void attend_row(sqlite3_stmt *s, void *pElem){
  AttendRec *a = pElem;
  a->iMeeting = sqlite3_column_int64(s, 0);
  a->zPartnership = st_column_dup(s, 1);
  a->zPid = st_column_dup(s, 2);
}
static void attend_clear(void *pElem){
  AttendRec *a = pElem;
  free(a->zPartnership); free(a->zPid);
}

int st_attendance_all(Store *p, AttendRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT a.meeting_id, p.code, m.pid FROM attendance a JOIN member m ON m.id=a.member_id"
    " JOIN partnership p ON p.id=m.partnership_id ORDER BY a.meeting_id, m.pid");
  return st_rows(p, s, sizeof(AttendRec), attend_row, attend_clear, paRec, pn);
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

static void event_row(sqlite3_stmt *s, void *pElem){
  EventRec *e = pElem;
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
static void event_clear(void *pElem){
  EventRec *e = pElem;
  free(e->zPartnership); free(e->zDate); free(e->zEndDate); free(e->zKind); free(e->zCategory);
  free(e->zTitle); free(e->zDetail); free(e->zHowMade); free(e->zCommunicated);
}

void event_recs_free(EventRec *a, int n){
  for(int i=0; i<n; i++) event_clear(&a[i]);
  free(a);
}

int st_event_all(Store *p, const char *zPartnership, EventRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT e.id, p.code, e.date, e.end_date, e.kind, e.category, e.title, e.detail, e.how_made, e.communicated"
    " FROM event e JOIN partnership p ON p.id=e.partnership_id"
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, e.date, e.id");
  if( s ) st_bind_text(s, 1, zPartnership);
  return st_rows(p, s, sizeof(EventRec), event_row, event_clear, paRec, pn);
}

/* st_meeting.c: SQL for meetings, attendance and timeline events (see st_roster.h). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_roster.h"
#include "util/xalloc.h"
#include "util/i18n.h"

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

int st_attendance_add(Store *p, int64_t iMeeting, const char *zPid, int *pbNew){
  if( pbNew ) *pbNew = 0;
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
    if( !already ) return st_err(p, STORE_NOTFOUND, _("no member '%s' in the partnership of meeting %lld"), zPid, (long long)iMeeting);
  }else if( pbNew ){
    *pbNew = 1;
  }
  return STORE_OK;
}

int st_meeting_exists(Store *p, int64_t iMeeting){
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM meeting WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iMeeting);
  int bFound = st_step_row(p, s);
  sqlite3_reset(s);
  if( bFound<0 ) return STORE_ERROR;
  return bFound ? STORE_OK : st_err(p, STORE_NOTFOUND, _("no meeting %lld"), (long long)iMeeting);
}

int st_attendance_list(Store *p, int64_t iMeeting, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.pid, m.stakeholder_group FROM attendance a JOIN member m ON m.id=a.member_id"
    " WHERE a.meeting_id=?1 ORDER BY m.pid");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iMeeting);
  return st_fill_table(p, s, pOut, 0);
}

void st_attend_recs_free(AttendRec *a, int n){
  if( a ) free(a[n].zPartnership);    /* the block of text every record points into */
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

void st_meeting_recs_free(MeetingRec *a, int n){
  for(int i=0; i<n; i++) meeting_clear(&a[i]);
  free(a);
}

int st_meeting_all(Store *p, const char *zPartnership, MeetingRec **paRec, int *pn){
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? "SELECT g.id, p.code, g.date, g.kind, coalesce(g.duration_min,0) FROM partnership p"
      " JOIN meeting g ON g.partnership_id=p.id WHERE p.code=?1 ORDER BY g.date, g.id"
    : "SELECT g.id, p.code, g.date, g.kind, coalesce(g.duration_min,0) FROM meeting g"
      " JOIN partnership p ON p.id=g.partnership_id ORDER BY p.code, g.date, g.id");
  if( s && zPartnership ) st_bind_text(s, 1, zPartnership);
  return st_rows(p, s, sizeof(MeetingRec), meeting_row, meeting_clear, paRec, pn);
}

/* A programme has millions of attendance records: their texts go into one
** block (the partnership's code once per run of rows of one partnership)
** rather than two allocations per record. While loading, the records hold
** offsets into the block; pointers once it no longer moves. */
typedef struct AttLoad {
  AttendRec *a; int n, nAlloc;
  char *z; size_t nz, nzAlloc;
  size_t iPrevPart; int bPrev;
} AttLoad;

static size_t att_text(AttLoad *l, const unsigned char *z, int n){
  if( l->nz + (size_t)n + 1 > l->nzAlloc ){
    l->nzAlloc = 2*(l->nzAlloc + (size_t)n + 1) + 4096;
    l->z = xrealloc(l->z, l->nzAlloc);
  }
  size_t i = l->nz;
  if( n ) memcpy(l->z + i, z, (size_t)n);
  l->z[i + (size_t)n] = 0;
  l->nz += (size_t)n + 1;
  return i;
}

static int attend_row(sqlite3_stmt *s, void *pArg){
  AttLoad *l = pArg;
  if( l->n+1>=l->nAlloc ){
    l->nAlloc = 2*l->nAlloc + 64;
    l->a = xrealloc(l->a, sizeof(AttendRec)*(size_t)l->nAlloc);
  }
  AttendRec *r = &l->a[l->n++];
  r->iMeeting = sqlite3_column_int64(s, 0);
  const unsigned char *zP = sqlite3_column_text(s, 1);
  int nP = sqlite3_column_bytes(s, 1);
  if( !l->bPrev || strcmp(l->z + l->iPrevPart, (const char*)(zP ? zP : (const unsigned char*)""))!=0 ){
    l->iPrevPart = att_text(l, zP, zP ? nP : 0);
    l->bPrev = 1;
  }
  const unsigned char *zPid = sqlite3_column_text(s, 2);
  size_t iPid = att_text(l, zPid, zPid ? sqlite3_column_bytes(s, 2) : 0);
  r->zPartnership = (char*)(uintptr_t)l->iPrevPart;
  r->zPid = (char*)(uintptr_t)iPid;
  return 0;
}

int st_attendance_all(Store *p, const char *zPartnership, AttendRec **paRec, int *pn){
  /* One partnership's: its members, then their attendance (index
  ** attendance_member of 003_programme.sql), sorted here in the few records
  ** it has. The whole study's come in the table's order: the sort of
  ** millions of records is cheaper done per partnership by the caller. */
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? "SELECT a.meeting_id, p.code, m.pid FROM partnership p JOIN member m ON m.partnership_id=p.id"
      " JOIN attendance a ON a.member_id=m.id WHERE p.code=?1 ORDER BY a.meeting_id, m.pid"
    : "SELECT a.meeting_id, p.code, m.pid FROM attendance a JOIN member m ON m.id=a.member_id"
      " JOIN partnership p ON p.id=m.partnership_id");
  if( s && zPartnership ) st_bind_text(s, 1, zPartnership);
  AttLoad l = {0};
  *paRec = NULL; *pn = 0;
  int rc = st_each(p, s, attend_row, &l);
  if( rc ){ free(l.a); free(l.z); return rc; }
  if( !l.a ) l.a = xcalloc(1, sizeof(AttendRec));
  for(int i=0; i<l.n; i++){
    l.a[i].zPartnership = l.z + (uintptr_t)l.a[i].zPartnership;
    l.a[i].zPid = l.z + (uintptr_t)l.a[i].zPid;
  }
  memset(&l.a[l.n], 0, sizeof(AttendRec));
  l.a[l.n].zPartnership = l.z;     /* freed by st_attend_recs_free() */
  *paRec = l.a; *pn = l.n;
  return STORE_OK;
}

typedef struct PairEach { StPairFn xPair; void *pArg; } PairEach;
static int pair_row(sqlite3_stmt *s, void *pArg){
  PairEach *e = pArg;
  return e->xPair(e->pArg, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1));
}

int st_attendance_each(Store *p, const char *zPartnership, StPairFn xPair, void *pArg){
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? "SELECT a.meeting_id, a.member_id FROM partnership p JOIN member m ON m.partnership_id=p.id"
      " JOIN attendance a ON a.member_id=m.id WHERE p.code=?1 ORDER BY a.meeting_id, a.member_id"
    : "SELECT meeting_id, member_id FROM attendance ORDER BY meeting_id, member_id");
  if( s && zPartnership ) st_bind_text(s, 1, zPartnership);
  PairEach e = { xPair, pArg };
  return st_each(p, s, pair_row, &e);
}

int st_attendance_count(Store *p, const char *zPartnership, int *pn){
  *pn = 0;
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? "SELECT count(*) FROM partnership p JOIN member m ON m.partnership_id=p.id"
      " JOIN attendance a ON a.member_id=m.id WHERE p.code=?1"
    : "SELECT count(*) FROM attendance");
  if( s && zPartnership ) st_bind_text(s, 1, zPartnership);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc>0 ){
    sqlite3_int64 n = sqlite3_column_int64(s, 0);
    *pn = n>INT_MAX ? INT_MAX : (int)n;
    sqlite3_reset(s);
  }
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

void st_event_recs_free(EventRec *a, int n){
  for(int i=0; i<n; i++) event_clear(&a[i]);
  free(a);
}

int st_event_all(Store *p, const char *zPartnership, EventRec **paRec, int *pn){
  /* One partnership's events through its code (an index), not a scan of the study's. */
#define EVENT_COLS "SELECT e.id, p.code, e.date, e.end_date, e.kind, e.category, e.title, e.detail, e.how_made," \
    " e.communicated"
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? EVENT_COLS " FROM partnership p JOIN event e ON e.partnership_id=p.id WHERE p.code=?1 ORDER BY e.date, e.id"
    : EVENT_COLS " FROM event e JOIN partnership p ON p.id=e.partnership_id ORDER BY p.code, e.date, e.id");
#undef EVENT_COLS
  if( s && zPartnership ) st_bind_text(s, 1, zPartnership);
  return st_rows(p, s, sizeof(EventRec), event_row, event_clear, paRec, pn);
}

/* st_diagnose.c: SQL for screenings (see st_diagnose.h). */
#include <stdlib.h>
#include "store/store_int.h"
#include "store/st_diagnose.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_screen_header_clear(ScreenHeader *h){
  if( !h ) return;
  free(h->zPartnership); free(h->zDate); free(h->zBy); free(h->zNote);
  h->zPartnership = h->zDate = h->zBy = h->zNote = NULL;
}

ScreenAnswers *st_screen_answers_new(void){ return xcalloc(1, sizeof(ScreenAnswers)); }

void st_screen_answers_add(ScreenAnswers *a, const char *zFactor, int iRating, const char *zNote){
  a->azFactor = xrealloc(a->azFactor, sizeof(char*)*(size_t)(a->n+1));
  a->aRating = xrealloc(a->aRating, sizeof(int)*(size_t)(a->n+1));
  a->azNote = xrealloc(a->azNote, sizeof(char*)*(size_t)(a->n+1));
  a->azFactor[a->n] = xstrdup(zFactor);
  a->aRating[a->n] = iRating;
  a->azNote[a->n] = zNote && zNote[0] ? xstrdup(zNote) : NULL;
  a->n++;
}

void st_screen_answers_free(ScreenAnswers *a){
  if( !a ) return;
  for(int i=0; i<a->n; i++){ free(a->azFactor[i]); free(a->azNote[i]); }
  free(a->azFactor); free(a->aRating); free(a->azNote);
  free(a);
}

int st_screening_add(Store *p, const char *zPartnership, const char *zDate, const char *zBy,
                     const char *zNote, const ScreenAnswers *a, int64_t *pId){
  int64_t iPart;
  int rc = st_partnership_id(p, zPartnership, &iPart);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO screening(partnership_id,date,by_whom,note) VALUES(?1,?2,?3,?4)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iPart);
  st_bind_text(s, 2, zDate);
  st_bind_text(s, 3, zBy);
  st_bind_text(s, 4, zNote);
  if( (rc = st_exec(p, s))!=0 ) return rc;
  int64_t id = sqlite3_last_insert_rowid(p->db);
  for(int i=0; i<a->n; i++){
    s = st_prepare(p, "INSERT INTO screening_answer(screening_id,factor,rating,note) VALUES(?1,?2,?3,?4)");
    if( !s ) return STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    st_bind_text(s, 2, a->azFactor[i]);
    sqlite3_bind_int(s, 3, a->aRating[i]);
    st_bind_text(s, 4, a->azNote[i]);
    if( (rc = st_exec(p, s))!=0 ) return rc;
  }
  if( pId ) *pId = id;
  return STORE_OK;
}

static void read_header(sqlite3_stmt *s, ScreenHeader *h){
  h->id = sqlite3_column_int64(s, 0);
  h->zPartnership = st_column_dup(s, 1);
  h->zDate = st_column_dup(s, 2);
  h->zBy = st_column_dup(s, 3);
  h->zNote = st_column_dup(s, 4);
}

#define HEADER_COLS "g.id, p.code, g.date, g.by_whom, g.note FROM screening g JOIN partnership p ON p.id=g.partnership_id"

static int answer_add(sqlite3_stmt *s, void *pArg){
  st_screen_answers_add(pArg, (const char*)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1),
                     (const char*)sqlite3_column_text(s, 2));
  return 0;
}

int st_screening_get(Store *p, const char *zPartnership, int64_t id, ScreenHeader *pH, ScreenAnswers **pa){
  *pa = NULL;
  sqlite3_stmt *s = st_prepare(p, "SELECT " HEADER_COLS
    " WHERE p.code=?1 AND (?2=0 OR g.id=?2) ORDER BY g.date DESC, g.id DESC LIMIT 1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  sqlite3_bind_int64(s, 2, id);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc==0 ){
    if( id ) return st_err(p, STORE_NOTFOUND, _("no screening %lld of %s (see: synergist screen list)"), (long long)id, zPartnership);
    return st_err(p, STORE_NOTFOUND, _("%s has no screening yet (see: synergist screen record)"), zPartnership);
  }
  read_header(s, pH);
  sqlite3_reset(s);
  s = st_prepare(p, "SELECT factor, rating, note FROM screening_answer WHERE screening_id=?1 ORDER BY factor");
  if( !s ){ st_screen_header_clear(pH); return STORE_ERROR; }
  sqlite3_bind_int64(s, 1, pH->id);
  ScreenAnswers *a = st_screen_answers_new();
  rc = st_each(p, s, answer_add, a);
  if( rc ){ st_screen_answers_free(a); st_screen_header_clear(pH); return rc; }
  *pa = a;
  return STORE_OK;
}

int st_screening_all(Store *p, const char *zPartnership, ScreenHeader **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p, "SELECT " HEADER_COLS
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, g.date, g.id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  int n = 0;
  ScreenHeader *a = NULL;
  int rc;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    a = xrealloc(a, sizeof(ScreenHeader)*(size_t)(n+1));
    read_header(s, &a[n++]);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){
    for(int i=0; i<n; i++) st_screen_header_clear(&a[i]);
    free(a);
    return st_dberr(p);
  }
  *pa = a; *pn = n;
  return STORE_OK;
}

int st_screening_remove(Store *p, int64_t id){
  return st_delete_id(p, "DELETE FROM screening WHERE id=?1", id, "screening", " (see: synergist screen list)");
}

int st_last_activity(Store *p, const char *zToday, char **pzDay){
  *pzDay = NULL;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT max(d) FROM (SELECT max(date) d FROM meeting WHERE date<=?1"
    " UNION ALL SELECT max(opens) FROM wave WHERE opens<=?1"
    " UNION ALL SELECT max(closes) FROM wave WHERE closes<=?1"
    " UNION ALL SELECT max(date) FROM event WHERE date<=?1"
    " UNION ALL SELECT max(end_date) FROM event WHERE end_date<=?1"
    " UNION ALL SELECT max(joined) FROM member WHERE joined<=?1"
    " UNION ALL SELECT max(left_on) FROM member WHERE left_on<=?1)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zToday);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc>0 ){ *pzDay = st_column_dup(s, 0); sqlite3_reset(s); }
  return STORE_OK;
}

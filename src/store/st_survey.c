/* st_survey.c: SQL for instruments, waves, tokens and answer sets (see st_survey.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_survey.h"
#include "util/xalloc.h"
#include "util/i18n.h"

/* ---- instruments ---- */

int st_instrument_get(Store *p, const char *zCode, int64_t *pId, char **pzJson){
  if( pzJson ) *pzJson = NULL;
  if( pId ) *pId = 0;
  sqlite3_stmt *s = st_prepare(p, "SELECT id, definition FROM instrument WHERE code=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zCode);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc==0 ) return st_err(p, STORE_NOTFOUND, _("no instrument '%s' (see: synergist instrument list)"), zCode);
  if( pId ) *pId = sqlite3_column_int64(s, 0);
  if( pzJson ) *pzJson = st_column_dup(s, 1);
  sqlite3_reset(s);
  return STORE_OK;
}

static int instrument_answered(Store *p, int64_t id, int *pbAnswered){
  sqlite3_stmt *s = st_prepare(p, "SELECT EXISTS(SELECT 1 FROM response WHERE instrument_id=?1)");
  if( s ) sqlite3_bind_int64(s, 1, id);
  int64_t iExists;   /* EXISTS(...) always gives one row */
  int rc = st_find_id(p, s, &iExists, "instrument %lld vanished", (long long)id);
  *pbAnswered = iExists!=0;
  return rc;
}

int st_instrument_put(Store *p, const char *zCode, const char *zTitle, const char *zSource,
                      int nItem, const char *zJson, int bReplace){
  int64_t id = 0;
  int rc = st_instrument_get(p, zCode, &id, NULL);
  if( rc==STORE_OK ){
    if( !bReplace ) return st_err(p, STORE_EXISTS, _("instrument '%s' already exists (use --replace to change it)"), zCode);
    int bAnswered = 0;
    if( (rc = instrument_answered(p, id, &bAnswered))!=0 ) return rc;
    if( bAnswered ){
      return st_err(p, STORE_INUSE, _("instrument '%s' has answers and cannot change; import the new version under another --id"), zCode);
    }
  }else if( rc!=STORE_NOTFOUND ){
    return rc;
  }
  /* New, or replacing one without answers (checked above). */
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO instrument(code,title,source,n_item,definition) VALUES(?1,?2,?3,?4,?5)"
                                  " ON CONFLICT(code) DO UPDATE SET title=excluded.title, source=excluded.source, revision=revision+1,"
                                  " n_item=excluded.n_item, definition=excluded.definition");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zCode);
  st_bind_text(s, 2, zTitle);
  st_bind_text(s, 3, zSource);
  sqlite3_bind_int(s, 4, nItem);
  /* The definition (tens of megabytes for a million items) is bound
  ** without a copy, and unbound once written (the statement is cached). */
  sqlite3_bind_text(s, 5, zJson, -1, SQLITE_STATIC);
  int rc2 = st_exec(p, s);
  sqlite3_bind_null(s, 5);
  return rc2;
}

int st_instrument_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT code, title, source, n_item, (SELECT count(*) FROM response r WHERE r.instrument_id=i.id)"
    " FROM instrument i ORDER BY code");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

int st_instrument_remove(Store *p, const char *zCode){
  int64_t id;
  int rc = st_instrument_get(p, zCode, &id, NULL);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM instrument WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ) st_err(p, rc, _("instrument '%s' has answers; remove them first"), zCode);
  return rc;
}

/* ---- waves ---- */

int st_wave_add(Store *p, const char *zPartnership, const char *zName, const char *zOpens, const char *zCloses){
  int64_t idP;
  int rc = st_partnership_id(p, zPartnership, &idP);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO wave(partnership_id,name,opens,closes) VALUES(?1,?2,?3,?4)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idP);
  st_bind_text(s, 2, zName);
  st_bind_text(s, 3, zOpens);
  st_bind_text(s, 4, zCloses);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("wave '%s' of %s already exists"), zName, zPartnership);
  return rc;
}

int st_wave_id(Store *p, const char *zPartnership, const char *zName, int64_t *pId){
  int64_t idP;
  int rc = st_partnership_id(p, zPartnership, &idP);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM wave WHERE partnership_id=?1 AND name=?2");
  if( s ){ sqlite3_bind_int64(s, 1, idP); st_bind_text(s, 2, zName); }
  return st_find_id(p, s, pId, "no wave '%s' in %s (see: synergist wave list)", zName, zPartnership);
}

int st_wave_remove(Store *p, const char *zPartnership, const char *zName){
  int64_t id;
  int rc = st_wave_id(p, zPartnership, zName, &id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM wave WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ) st_err(p, rc, _("wave '%s' of %s has answers; remove them first"), zName, zPartnership);
  return rc;
}

int st_wave_list(Store *p, const char *zPartnership, Table *pOut){
  /* One partnership's waves through its code (an index), not a scan of the study's. */
#define WAVE_LIST_COLS "SELECT pa.code, w.name, w.opens, w.closes," \
    " (SELECT count(*) FROM survey_token t WHERE t.wave_id=w.id)," \
    " (SELECT count(*) FROM response r WHERE r.wave_id=w.id)" \
    " FROM wave w JOIN partnership pa ON pa.id=w.partnership_id"
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? WAVE_LIST_COLS " WHERE pa.code=?1 ORDER BY pa.code, w.opens IS NULL, w.opens, w.id"
    : WAVE_LIST_COLS " ORDER BY pa.code, w.opens IS NULL, w.opens, w.id");
#undef WAVE_LIST_COLS
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  return st_fill_table(p, s, pOut, 0);
}

static void wave_row(sqlite3_stmt *s, void *pElem){
  WaveRec *w = pElem;
  w->id = sqlite3_column_int64(s, 0);
  w->zPartnership = st_column_dup(s, 1);
  w->zName = st_column_dup(s, 2);
  w->zOpens = st_column_dup(s, 3);
  w->zCloses = st_column_dup(s, 4);
}
static void wave_clear(void *pElem){
  WaveRec *w = pElem;
  free(w->zPartnership); free(w->zName); free(w->zOpens); free(w->zCloses);
}

int st_wave_of(Store *p, const char *zOnly, WaveRec **paRec, int *pn){
  *paRec = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT w.id, pa.code, w.name, w.opens, w.closes FROM wave w JOIN partnership pa ON pa.id=w.partnership_id"
    " WHERE ?1 IS NULL OR pa.code=?1"
    " ORDER BY w.opens IS NULL, w.opens, w.id");
  if( s ) st_bind_text(s, 1, zOnly);
  return st_rows(p, s, sizeof(WaveRec), wave_row, wave_clear, paRec, pn);
}

int st_wave_all(Store *p, WaveRec **paRec, int *pn){ return st_wave_of(p, NULL, paRec, pn); }

void st_wave_recs_free(WaveRec *a, int n){
  for(int i=0; i<n; i++) wave_clear(&a[i]);
  free(a);
}

/* ---- tokens ---- */

int st_token_issue(Store *p, const char *zPartnership, const char *zWave,
                   void (*xToken)(char*), int *pnNew){
  *pnNew = 0;
  int64_t idW;
  int rc = st_wave_id(p, zPartnership, zWave, &idW);
  if( rc ) return rc;
  /* Members current on the day the wave opens (today when undated). */
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.id FROM member m JOIN wave w ON w.partnership_id=m.partnership_id"
    " WHERE w.id=?1"
    "  AND (m.joined IS NULL OR m.joined<=coalesce(w.opens, ?2, date('now')))"
    "  AND (m.left_on IS NULL OR m.left_on>coalesce(w.opens, ?2, date('now')))"
    "  AND NOT EXISTS(SELECT 1 FROM survey_token t WHERE t.wave_id=w.id AND t.member_id=m.id)"
    " ORDER BY m.pid");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  st_bind_text(s, 2, getenv("SYNERGIST_TODAY"));
  int64_t *aId; int n;
  rc = st_rows(p, s, sizeof(int64_t), st_id_row, NULL, &aId, &n);
  for(int i=0; i<n && rc==STORE_OK; i++){
    char zTok[64];
    xToken(zTok);
    sqlite3_stmt *t = st_prepare(p, "INSERT INTO survey_token(token,wave_id,member_id) VALUES(?1,?2,?3)");
    if( !t ){ rc = STORE_ERROR; break; }
    st_bind_text(t, 1, zTok);
    sqlite3_bind_int64(t, 2, idW);
    sqlite3_bind_int64(t, 3, aId[i]);
    rc = st_exec(p, t);
  }
  free(aId);
  if( rc==STORE_OK ) *pnNew = n;
  return rc;
}

/* ---- answer sets ---- */

int st_response_add(Store *p, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                    int64_t iMember, const unsigned char *aAns, int nAns){
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO response(wave_id,instrument_id,respondent,member_id,answers) VALUES(?1,?2,?3,?4,?5)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iWave);
  sqlite3_bind_int64(s, 2, iInstrument);
  sqlite3_bind_text(s, 3, zRespondent, -1, SQLITE_STATIC);
  if( iMember ) sqlite3_bind_int64(s, 4, iMember);
  sqlite3_bind_blob(s, 5, aAns, nAns, SQLITE_STATIC);
  int rc = st_exec(p, s);
  sqlite3_clear_bindings(s);   /* the bound buffers are the caller's */
  return rc;
}

int st_response_each(Store *p, int64_t iInstrument, int bPartial, RespRowFn xRow, void *pArg){
  /* Waves first (CROSS JOIN keeps that order): each wave's answer sets then
  ** come from the unique index in respondent order, with no sort. */
  sqlite3_stmt *s = st_prepare(p,
    "SELECT r.wave_id, r.respondent, r.member_id, r.answers FROM wave w CROSS JOIN response r"
    " ON r.wave_id=w.id AND r.instrument_id=?1 WHERE ?2 OR r.status='complete' ORDER BY w.id, r.respondent");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iInstrument);
  sqlite3_bind_int(s, 2, bPartial);
  int rc;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    const unsigned char *a = sqlite3_column_blob(s, 3);
    int n = sqlite3_column_bytes(s, 3);
    if( xRow(pArg, sqlite3_column_int64(s, 0), (const char*)sqlite3_column_text(s, 1),
             sqlite3_column_int64(s, 2), a, n) ){
      rc = SQLITE_DONE;
      break;
    }
  }
  sqlite3_reset(s);
  return rc==SQLITE_DONE ? STORE_OK : st_dberr(p);
}

int st_response_bound(Store *p, int64_t *pn){
  *pn = 0;
  sqlite3_stmt *s = st_prepare(p, "SELECT coalesce(max(id), 0) FROM response");
  int r = st_step_row(p, s);
  if( r<0 ) return STORE_ERROR;
  if( r>0 ){ *pn = sqlite3_column_int64(s, 0); sqlite3_reset(s); }
  return STORE_OK;
}

int st_response_delete(Store *p, const char *zInstrument, const char *zPartnership, const char *zWave, int *pn){
  *pn = 0;
  int64_t idI, idW;
  int rc = st_instrument_get(p, zInstrument, &idI, NULL);
  if( rc==STORE_OK ) rc = st_wave_id(p, zPartnership, zWave, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM response WHERE instrument_id=?1 AND wave_id=?2");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idI);
  sqlite3_bind_int64(s, 2, idW);
  rc = st_exec(p, s);
  if( rc==STORE_OK ) *pn = sqlite3_changes(p->db);
  return rc;
}

/* st_answer.c: SQL for answering by token, page saves and response rates (see st_answer.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_answer.h"
#include "store/st_survey.h"
#include "util/xalloc.h"
#include "util/i18n.h"

int st_token_info(Store *p, const char *zToken, TokenInfo *pOut){
  memset(pOut, 0, sizeof(*pOut));
  sqlite3_stmt *s = st_prepare(p,
    "SELECT t.wave_id, t.member_id, pa.code, pa.name, w.name, w.opens, w.closes, w.instrument,"
    " m.pid, w.allow_changes, t.revoked_at IS NOT NULL"
    " FROM survey_token t JOIN wave w ON w.id=t.wave_id JOIN partnership pa ON pa.id=w.partnership_id"
    " JOIN member m ON m.id=t.member_id WHERE t.token=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zToken);
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ){
    pOut->iWave = sqlite3_column_int64(s, 0);
    pOut->iMember = sqlite3_column_int64(s, 1);
    pOut->zPartnership = st_column_dup(s, 2);
    pOut->zPartnershipName = st_column_dup(s, 3);
    pOut->zWave = st_column_dup(s, 4);
    pOut->zOpens = st_column_dup(s, 5);
    pOut->zCloses = st_column_dup(s, 6);
    pOut->zInstrument = st_column_dup(s, 7);
    pOut->zRespondent = st_column_dup(s, 8);
    pOut->bAllowChanges = sqlite3_column_int(s, 9);
    pOut->bRevoked = sqlite3_column_int(s, 10);
  }
  sqlite3_reset(s);
  if( rc==SQLITE_ROW ) return STORE_OK;
  if( rc==SQLITE_DONE ) return STORE_NOTFOUND;
  return st_dberr(p);
}

int st_instrument_revision(Store *p, const char *zCode, int64_t *pId, int64_t *piRev){
  sqlite3_stmt *s = st_prepare(p, "SELECT id, revision FROM instrument WHERE code=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zCode);
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ){
    *pId = sqlite3_column_int64(s, 0);
    *piRev = sqlite3_column_int64(s, 1);
  }
  sqlite3_reset(s);
  if( rc==SQLITE_ROW ) return STORE_OK;
  return rc==SQLITE_DONE ? STORE_NOTFOUND : st_dberr(p);
}

void st_token_info_clear(TokenInfo *t){
  free(t->zPartnership); free(t->zPartnershipName); free(t->zWave); free(t->zOpens);
  free(t->zCloses); free(t->zInstrument); free(t->zRespondent);
  memset(t, 0, sizeof(*t));
}

int st_answer_get(Store *p, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                  int *pbFound, unsigned char **paAns, int *pnAns, int *pbComplete, int *piPage){
  *pbFound = 0; *paAns = NULL; *pnAns = 0; *pbComplete = 0; *piPage = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT answers, status='complete', page FROM response"
    " WHERE wave_id=?1 AND instrument_id=?2 AND respondent=?3");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iWave);
  sqlite3_bind_int64(s, 2, iInstrument);
  st_bind_text(s, 3, zRespondent);
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ){
    int n = sqlite3_column_bytes(s, 0);
    *paAns = xmalloc((size_t)n+1);
    if( n ) memcpy(*paAns, sqlite3_column_blob(s, 0), (size_t)n);
    *pnAns = n;
    *pbComplete = sqlite3_column_int(s, 1);
    *piPage = sqlite3_column_int(s, 2);
    *pbFound = 1;
  }
  sqlite3_reset(s);
  return rc==SQLITE_ROW || rc==SQLITE_DONE ? STORE_OK : st_dberr(p);
}

int st_answer_put(Store *p, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                  int64_t iMember, const unsigned char *aAns, const unsigned char *aSet,
                  int nItem, int bComplete, int iPage, int bAllowChanges){
  int bFound = 0, bDone = 0, iOld = 0, nOld = 0;
  unsigned char *aOld = NULL;
  int rc = st_answer_get(p, iWave, iInstrument, zRespondent, &bFound, &aOld, &nOld, &bDone, &iOld);
  if( rc ) return rc;
  if( bFound && bDone && !bAllowChanges ){
    free(aOld);
    return st_err(p, STORE_INUSE, "%s", _("these answers were already submitted"));
  }
  unsigned char *a = xcalloc((size_t)nItem+1, 1);
  for(int i=0; i<nItem; i++){
    a[i] = aSet[i] ? aAns[i] : (i<nOld ? aOld[i] : 0);
  }
  free(aOld);
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO response(wave_id,instrument_id,respondent,member_id,answers,status,page,updated_at)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
    " ON CONFLICT(wave_id,instrument_id,respondent) DO UPDATE SET answers=excluded.answers,"
    " status=CASE WHEN response.status='complete' THEN 'complete' ELSE excluded.status END,"
    " page=max(response.page, excluded.page), updated_at=excluded.updated_at");
  if( !s ){ free(a); return STORE_ERROR; }
  sqlite3_bind_int64(s, 1, iWave);
  sqlite3_bind_int64(s, 2, iInstrument);
  st_bind_text(s, 3, zRespondent);
  if( iMember ) sqlite3_bind_int64(s, 4, iMember);
  sqlite3_bind_blob(s, 5, a, nItem, SQLITE_STATIC);
  st_bind_text(s, 6, bComplete ? "complete" : "partial");
  sqlite3_bind_int(s, 7, iPage>iOld ? iPage : iOld);
  rc = st_exec(p, s);
  sqlite3_clear_bindings(s);
  free(a);
  return rc;
}

int st_wave_set_web(Store *p, const char *zPartnership, const char *zWave,
                    const char *zInstrument, int bAllowChanges){
  int64_t id;
  int rc = st_wave_id(p, zPartnership, zWave, &id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "UPDATE wave SET instrument=?2, allow_changes=?3 WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  st_bind_text(s, 2, zInstrument);
  sqlite3_bind_int(s, 3, bAllowChanges);
  return st_exec(p, s);
}

int st_token_revoke(Store *p, const char *zPartnership, const char *zWave, const char *zMember){
  int64_t id;
  int rc = st_wave_id(p, zPartnership, zWave, &id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "UPDATE survey_token SET revoked_at=coalesce(revoked_at, strftime('%Y-%m-%dT%H:%M:%SZ','now'))"
    " WHERE wave_id=?1 AND member_id=(SELECT id FROM member m WHERE m.pid=?2"
    "   AND m.partnership_id=(SELECT partnership_id FROM wave WHERE id=?1))");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  st_bind_text(s, 2, zMember);
  rc = st_exec(p, s);
  if( rc==STORE_OK && sqlite3_changes(p->db)==0 ){
    return st_err(p, STORE_NOTFOUND, _("member %s has no token in %s %s"), zMember, zPartnership, zWave);
  }
  return rc;
}

int st_token_export_status(Store *p, const char *zPartnership, const char *zWave,
                           const char *zStatus, const char *zBaseUrl, int bNames, Table *pOut){
  int64_t idW;
  int rc = st_wave_id(p, zPartnership, zWave, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT token, pid, code, wname, st, last, CASE WHEN ?3 IS NOT NULL THEN ?3 || '/s/' || token END, nm FROM ("
    " SELECT t.token, m.pid, pa.code, w.name AS wname, m.real_name AS nm, m.pid AS ord,"
    "  CASE WHEN t.revoked_at IS NOT NULL THEN 'revoked'"
    "   ELSE (SELECT CASE WHEN max(r.status='complete') THEN 'complete' WHEN count(*) THEN 'partial'"
    "         ELSE 'not started' END FROM response r WHERE r.wave_id=t.wave_id AND r.member_id=t.member_id)"
    "  END AS st,"
    "  (SELECT i.step || ' ' || i.sent_at || CASE WHEN i.ok THEN '' ELSE ' failed' END"
    "   FROM invite_send i WHERE i.token=t.token ORDER BY i.id DESC LIMIT 1) AS last"
    " FROM survey_token t JOIN member m ON m.id=t.member_id JOIN wave w ON w.id=t.wave_id"
    " JOIN partnership pa ON pa.id=w.partnership_id WHERE t.wave_id=?1)"
    " WHERE ?2 IS NULL OR st=?2 OR (?2='incomplete' AND st IN ('partial','not started'))"
    " ORDER BY ord");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  st_bind_text(s, 2, zStatus);
  st_bind_text(s, 3, zBaseUrl);
  /* Columns 0-5 always; the link (6) and the name (7) only when asked. */
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    int r = table_row(pOut);
    int j = 0;
    for(int c=0; c<8; c++){
      if( c==6 && !zBaseUrl ) continue;
      if( c==7 && !bNames ) continue;
      const char *z = (const char*)sqlite3_column_text(s, c);
      if( z ) table_text(pOut, r, j, z);
      j++;
    }
  }
  sqlite3_reset(s);
  return rc==SQLITE_DONE ? STORE_OK : st_dberr(p);
}

int st_response_rates(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "WITH g AS ("
    " SELECT w.id AS wid, pa.code AS pcode, w.name AS wname, w.opens AS wopens,"
    "  coalesce(i.code, w.instrument, 'psf') AS icode,"
    "  count(r.id) FILTER (WHERE r.status='complete') AS ncomp,"
    "  count(r.member_id) FILTER (WHERE r.status='complete') AS nlink,"
    "  count(r.id) FILTER (WHERE r.status='partial') AS npart,"
    "  count(r.id) FILTER (WHERE r.status='complete' AND EXISTS(SELECT 1 FROM survey_token t"
    "    WHERE t.wave_id=w.id AND t.member_id=r.member_id AND t.revoked_at IS NULL)) AS ntokcomp,"
    "  (SELECT count(*) FROM survey_token t WHERE t.wave_id=w.id AND t.revoked_at IS NULL) AS ntok"
    " FROM wave w JOIN partnership pa ON pa.id=w.partnership_id"
    " LEFT JOIN response r ON r.wave_id=w.id LEFT JOIN instrument i ON i.id=r.instrument_id"
    " GROUP BY w.id, r.instrument_id)"
    " SELECT pcode, wname, icode, ncomp, nlink, npart, ntok,"
    "  CASE WHEN ntok>0 THEN round(100.0*ntokcomp/ntok, 1) END"
    " FROM g WHERE ncomp+npart>0 OR ntok>0"
    " ORDER BY pcode, wopens IS NULL, wopens, wid, icode");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 1);
}

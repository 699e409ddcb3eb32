/*
** st_network.c: the SQL of collaboration ties (see st_network.h).
*/
#include <stdlib.h>
#include "store/store_int.h"
#include "store/st_network.h"
#include "store/st_survey.h"
#include "util/xalloc.h"

const char *const azTieRate[TIE_NRATE] = { "trust_reliable", "trust_mission", "trust_open",
  "value_power", "value_involvement", "value_resources" };

/* Row ids of the wave, member and organisation a tie refers to. */
static int tie_ids(Store *p, const char *zP, const char *zW, const char *zPid, const char *zOrg,
                   int64_t *pWave, int64_t *pMember, int64_t *pOrg){
  int rc = st_wave_id(p, zP, zW, pWave);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.id FROM member m JOIN partnership p ON p.id=m.partnership_id WHERE p.code=?1 AND m.pid=?2");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zP); st_bind_text(s, 2, zPid);
  rc = st_find_id(p, s, pMember, "no member '%s' in %s", zPid, zP);
  if( rc ) return rc;
  s = st_prepare(p, "SELECT id FROM organisation WHERE name=?1");
  if( s ) st_bind_text(s, 1, zOrg);
  return st_find_id(p, s, pOrg, "no organisation '%s'", zOrg);
}

int st_tie_add(Store *p, const TieRec *r){
  int64_t idW, idM, idO;
  int rc = tie_ids(p, r->zPartnership, r->zWave, r->zRespondent, r->zOrg, &idW, &idM, &idO);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO tie(wave_id, member_id, organisation_id, collaboration, frequency,"
    " trust_reliable, trust_mission, trust_open, value_power, value_involvement, value_resources)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  sqlite3_bind_int64(s, 2, idM);
  sqlite3_bind_int64(s, 3, idO);
  sqlite3_bind_int(s, 4, r->iCollab);
  if( r->iFreq>=0 ) sqlite3_bind_int(s, 5, r->iFreq);
  for(int k=0; k<TIE_NRATE; k++) if( r->aRate[k]>0 ) sqlite3_bind_int(s, 6+k, r->aRate[k]);
  return st_exec(p, s);
}

int st_tie_exists(Store *p, const char *zP, const char *zW, const char *zPid, const char *zOrg){
  int64_t idW, idM, idO;
  int rc = tie_ids(p, zP, zW, zPid, zOrg, &idW, &idM, &idO);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM tie WHERE wave_id=?1 AND member_id=?2 AND organisation_id=?3");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  sqlite3_bind_int64(s, 2, idM);
  sqlite3_bind_int64(s, 3, idO);
  int found = st_step_row(p, s);
  if( found<0 ) return STORE_ERROR;
  sqlite3_reset(s);
  return found ? STORE_OK : STORE_NOTFOUND;
}

int st_tie_clear(Store *p, const char *zP, const char *zW, int *pn){
  int64_t idW;
  int rc = st_wave_id(p, zP, zW, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM tie WHERE wave_id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  rc = st_exec(p, s);
  if( pn ) *pn = sqlite3_changes(p->db);
  return rc;
}

int st_tie_all(Store *p, const char *zP, const char *zW, TieRec **paRec, int *pnRec){
  *paRec = NULL; *pnRec = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT p.code, w.name, m.pid, o.name, t.collaboration, t.frequency,"
    " t.trust_reliable, t.trust_mission, t.trust_open, t.value_power, t.value_involvement, t.value_resources"
    " FROM tie t JOIN wave w ON w.id=t.wave_id JOIN partnership p ON p.id=w.partnership_id"
    " JOIN member m ON m.id=t.member_id JOIN organisation o ON o.id=t.organisation_id"
    " WHERE (?1 IS NULL OR p.code=?1) AND (?2 IS NULL OR w.name=?2)"
    " ORDER BY p.code, w.opens IS NULL, w.opens, w.id, m.pid, o.name");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zP);
  st_bind_text(s, 2, zW);
  int n = 0, nAlloc = 0, rc;
  TieRec *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 64; a = xrealloc(a, sizeof(TieRec)*(size_t)nAlloc); }
    TieRec *r = &a[n++];
    r->zPartnership = st_column_dup(s, 0);
    r->zWave = st_column_dup(s, 1);
    r->zRespondent = st_column_dup(s, 2);
    r->zOrg = st_column_dup(s, 3);
    r->iCollab = sqlite3_column_int(s, 4);
    r->iFreq = sqlite3_column_type(s, 5)==SQLITE_NULL ? -1 : sqlite3_column_int(s, 5);
    for(int k=0; k<TIE_NRATE; k++) r->aRate[k] = sqlite3_column_int(s, 6+k);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ tie_recs_free(a, n); return st_dberr(p); }
  *paRec = a; *pnRec = n;
  return STORE_OK;
}

void tie_recs_free(TieRec *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zPartnership); free(a[i].zWave); free(a[i].zRespondent); free(a[i].zOrg);
  }
  free(a);
}

/*
** st_autocode.c: SQL for auto-coding rules and coding suggestions (see
** st_autocode.h; schema in sql/001_search.sql).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "store/st_qual_int.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_ac_rule_recs_free(AcRuleRec *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zCode); free(a[i].zKind); free(a[i].zPattern); free(a[i].zScope); }
  free(a);
}

int st_autocode_rule_add(Store *p, const char *zCode, const char *zKind, const char *zPattern,
                         const char *zScope, const char *zWho, int64_t *pId){
  int64_t iCode;
  char *zPath = NULL;
  int rc = st_code_find(p, zCode, &iCode, &zPath);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO autocode_rule(code_id,kind,pattern,scope,created_by)"
                                  " VALUES(?1,?2,?3,?4,?5)");
  if( !s ){ free(zPath); return STORE_ERROR; }
  sqlite3_bind_int64(s, 1, iCode);
  st_bind_text(s, 2, zKind);
  st_bind_text(s, 3, zPattern);
  st_bind_text(s, 4, zScope);
  st_bind_text(s, 5, zWho);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("code %s already has this %s rule"), zPath, zKind);
  if( rc==STORE_OK ){
    int64_t id = sqlite3_last_insert_rowid(p->db);
    if( pId ) *pId = id;
    char *zTarget = xasprintf("rule %lld", (long long)id);
    char *zAfter = xasprintf("%s %s %s (%s)", zPath, zKind, zPattern, zScope);
    rc = st_audit_add(p, zWho, "autocode rule add", zTarget, NULL, zAfter, NULL);
    free(zTarget); free(zAfter);
  }
  free(zPath);
  return rc;
}

int st_autocode_rules(Store *p, int64_t iRule, AcRuleRec **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT r.id, r.code_id, c.path, r.kind, r.pattern, r.scope FROM autocode_rule r"
    " JOIN code c ON c.id=r.code_id WHERE ?1=0 OR r.id=?1 ORDER BY r.id");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iRule);
  int n = 0, nAlloc = 0, rc;
  AcRuleRec *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc*2+16; a = xrealloc(a, sizeof(AcRuleRec)*(size_t)nAlloc); }
    AcRuleRec *r = &a[n++];
    r->id = sqlite3_column_int64(s, 0);
    r->iCode = sqlite3_column_int64(s, 1);
    r->zCode = st_column_dup(s, 2);
    r->zKind = st_column_dup(s, 3);
    r->zPattern = st_column_dup(s, 4);
    r->zScope = st_column_dup(s, 5);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_ac_rule_recs_free(a, n); return st_dberr(p); }
  if( iRule && n==0 ) return st_err(p, STORE_NOTFOUND, _("no auto-coding rule %lld (see: synergist autocode rule list)"), (long long)iRule);
  *pa = a; *pn = n;
  return STORE_OK;
}

int st_autocode_rule_remove(Store *p, int64_t iId, const char *zWho){
  AcRuleRec *a; int n;
  int rc = st_autocode_rules(p, iId, &a, &n);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM autocode_rule WHERE id=?1");
  if( !s ){ st_ac_rule_recs_free(a, n); return STORE_ERROR; }
  sqlite3_bind_int64(s, 1, iId);
  rc = st_exec(p, s);
  if( rc==STORE_OK ){
    char *zTarget = xasprintf("rule %lld", (long long)iId);
    char *zBefore = xasprintf("%s %s %s (%s)", a[0].zCode, a[0].zKind, a[0].zPattern, a[0].zScope);
    rc = st_audit_add(p, zWho, "autocode rule remove", zTarget, zBefore, NULL, NULL);
    free(zTarget); free(zBefore);
  }
  st_ac_rule_recs_free(a, n);
  return rc;
}

int st_autocode_rule_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT r.id, c.path, r.kind, r.pattern, r.scope,"
    " (SELECT count(*) FROM suggestion g WHERE g.rule_id=r.id AND g.status='pending'),"
    " (SELECT count(*) FROM suggestion g WHERE g.rule_id=r.id AND g.status='accepted'),"
    " (SELECT count(*) FROM suggestion g WHERE g.rule_id=r.id AND g.status='rejected')"
    " FROM autocode_rule r JOIN code c ON c.id=r.code_id ORDER BY r.id");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

int st_autocode_move_code(Store *p, int64_t iFrom, int64_t iInto, int *pnRule, int *pnSuggest, int *pnDropped){
#define SAME_RULE(F) "t.code_id=?2 AND t.kind=" F ".kind AND t.pattern=" F ".pattern AND t.scope=" F ".scope"
  static const char *const azSql[] = {
    /* 0: suggestions of a rule the target has too go to the target's rule */
    "UPDATE suggestion SET rule_id=(SELECT t.id FROM autocode_rule f, autocode_rule t"
    " WHERE f.id=suggestion.rule_id AND " SAME_RULE("f") ")"
    " WHERE rule_id IN (SELECT f.id FROM autocode_rule f JOIN autocode_rule t ON " SAME_RULE("f")
    " WHERE f.code_id=?1)",
    /* 1: and that rule goes */
    "DELETE FROM autocode_rule WHERE code_id=?1 AND EXISTS(SELECT 1 FROM autocode_rule t WHERE "
    SAME_RULE("autocode_rule") ")",
    /* 2: the other rules move */
    "UPDATE autocode_rule SET code_id=?2 WHERE code_id=?1",
    /* 3: suggestions the target has, or pending ones it has coded, go */
    "DELETE FROM suggestion WHERE code_id=?1 AND (EXISTS(SELECT 1 FROM suggestion t"
    "  WHERE t.code_id=?2 AND t.source_id=suggestion.source_id"
    "  AND t.start_cp=suggestion.start_cp AND t.end_cp=suggestion.end_cp)"
    " OR (status='pending' AND EXISTS(SELECT 1 FROM segment g WHERE g.code_id=?2"
    "  AND g.source_id=suggestion.source_id AND g.start_cp<=suggestion.start_cp"
    "  AND g.end_cp>=suggestion.end_cp)))",
    /* 4: the others move */
    "UPDATE suggestion SET code_id=?2 WHERE code_id=?1",
  };
#undef SAME_RULE
  int an[5] = {0};
  int rc = STORE_OK;
  for(int i=0; i<5 && rc==STORE_OK; i++){
    rc = st_exec_ids(p, &azSql[i], 1, iFrom, iInto);
    an[i] = sqlite3_changes(p->db);
  }
  if( pnRule ) *pnRule = an[2];
  if( pnSuggest ) *pnSuggest = an[4];
  if( pnDropped ) *pnDropped = an[1] + an[3];
  return rc;
}

int st_suggestion_add(Store *p, int64_t iSource, int64_t iCode, int64_t iStart, int64_t iEnd,
                      const char *zOrigin, int64_t iRule, double rScore, int *pbNew){
  *pbNew = 0;
  sqlite3_stmt *s = st_prepare(p,
    "INSERT OR IGNORE INTO suggestion(source_id,code_id,start_cp,end_cp,origin,rule_id,score)"
    " SELECT ?1,?2,?3,?4,?5,?6,?7 WHERE NOT EXISTS(SELECT 1 FROM segment"
    "  WHERE source_id=?1 AND code_id=?2 AND start_cp<=?3 AND end_cp>=?4)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iSource);
  sqlite3_bind_int64(s, 2, iCode);
  sqlite3_bind_int64(s, 3, iStart);
  sqlite3_bind_int64(s, 4, iEnd);
  st_bind_text(s, 5, zOrigin);
  if( iRule ) sqlite3_bind_int64(s, 6, iRule); else sqlite3_bind_null(s, 6);
  if( isnan(rScore) ) sqlite3_bind_null(s, 7); else sqlite3_bind_double(s, 7, rScore);
  int rc = st_exec(p, s);
  if( rc==STORE_OK ) *pbNew = sqlite3_changes(p->db)>0;
  return rc;
}

/* The WHERE clause shared by the suggestion queries (parameters ?1..?7). */
#define SUGGEST_FROM \
  " FROM suggestion g JOIN source s ON s.id=g.source_id" \
  " JOIN partnership pt ON pt.id=s.partnership_id JOIN code c ON c.id=g.code_id" \
  " WHERE (?1 IS NULL OR s.name=?1) AND (?2 IS NULL OR c.path=?2)" \
  " AND (?3 IS NULL OR pt.code=?3) AND (?4 IS NULL OR g.status=?4)" \
  " AND (?5 IS NULL OR g.origin=?5) AND (?6=0 OR g.rule_id=?6)" \
  " AND (g.score IS NULL OR g.score>=?7)" \
  " ORDER BY s.name, g.start_cp, c.path"

/* Bind a filter to ?1..?7; resolves the code to its path. */
static int bind_filter(Store *p, sqlite3_stmt *s, const SuggestFilter *pF){
  SuggestFilter none = {0};
  if( !pF ) pF = &none;
  char *zPath = NULL;
  if( pF->zCode ){
    int64_t id;
    int rc = st_code_find(p, pF->zCode, &id, &zPath);
    if( rc ) return rc;
  }
  st_bind_text(s, 1, pF->zSource);
  st_bind_text(s, 2, zPath);
  st_bind_text(s, 3, pF->zPartnership);
  st_bind_text(s, 4, pF->zStatus);
  st_bind_text(s, 5, pF->zOrigin);
  sqlite3_bind_int64(s, 6, pF->iRule);
  sqlite3_bind_double(s, 7, pF->rMinScore);
  free(zPath);
  return STORE_OK;
}

int st_suggestion_ids(Store *p, const SuggestFilter *pF, int64_t **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p, "SELECT g.id" SUGGEST_FROM);
  if( !s ) return STORE_ERROR;
  int rc = bind_filter(p, s, pF);
  if( rc ) return rc;
  int n = 0, nAlloc = 0;
  int64_t *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc*2+64; a = xrealloc(a, sizeof(int64_t)*(size_t)nAlloc); }
    a[n++] = sqlite3_column_int64(s, 0);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ free(a); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

int st_suggestion_list(Store *p, const SuggestFilter *pF, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, s.name, pt.code, c.path, g.start_cp, g.end_cp, g.origin, g.rule_id, g.score, g.status,"
    " substr(s.text, g.start_cp+1, g.end_cp-g.start_cp)"
    SUGGEST_FROM);
  if( !s ) return STORE_ERROR;
  int rc = bind_filter(p, s, pF);
  if( rc ) return rc;
  return st_fill_table(p, s, pOut, 3);
}

int st_suggestion_decide(Store *p, int64_t iId, int bAccept, const char *zCoder, const char *zWho){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT s.name, c.path, g.start_cp, g.end_cp, g.status FROM suggestion g"
    " JOIN source s ON s.id=g.source_id JOIN code c ON c.id=g.code_id WHERE g.id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iId);
  int bRow = st_step_row(p, s);
  if( bRow<0 ) return STORE_ERROR;
  if( bRow==0 ) return st_err(p, STORE_NOTFOUND, _("no suggestion %lld (see: synergist suggest list)"), (long long)iId);
  char *zSource = st_column_dup(s, 0), *zCode = st_column_dup(s, 1), *zStatus = st_column_dup(s, 4);
  int64_t iStart = sqlite3_column_int64(s, 2), iEnd = sqlite3_column_int64(s, 3);
  sqlite3_reset(s);
  int rc = STORE_OK;
  int64_t iSeg = 0;
  if( strcmp(zStatus, "pending")!=0 ){
    rc = st_err(p, STORE_EXISTS, _("suggestion %lld was already %s"), (long long)iId, zStatus);
  }else if( bAccept ){
    rc = st_segment_add(p, zSource, zCode, zCoder, iStart, iEnd, NULL, zWho, &iSeg);
    /* The coder coded this span already: accepting changes nothing else. */
    if( rc==STORE_EXISTS ) rc = STORE_OK;
  }else{
    int64_t iCoder;
    rc = st_coder_id(p, zCoder, &iCoder);
    if( rc==STORE_OK ){
      char *zTarget = xasprintf("suggestion %lld", (long long)iId);
      char *zBefore = xasprintf("%s %s [%lld,%lld)", zSource, zCode, (long long)iStart, (long long)iEnd);
      rc = st_audit_add(p, zWho, "suggestion reject", zTarget, zBefore, NULL, NULL);
      free(zTarget); free(zBefore);
    }
  }
  if( rc==STORE_OK ){
    s = st_prepare(p, "UPDATE suggestion SET status=?2, decided_by=?3, segment_id=?4,"
                      " decided_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?1");
    if( !s ) rc = STORE_ERROR;
    else{
      sqlite3_bind_int64(s, 1, iId);
      st_bind_text(s, 2, bAccept ? "accepted" : "rejected");
      st_bind_text(s, 3, zCoder);
      if( iSeg ) sqlite3_bind_int64(s, 4, iSeg); else sqlite3_bind_null(s, 4);
      rc = st_exec(p, s);
    }
  }
  free(zSource); free(zCode); free(zStatus);
  return rc;
}


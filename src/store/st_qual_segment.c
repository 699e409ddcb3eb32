/*
** st_qual_segment.c: SQL for coded segments, memos and the audit trail
** (see st_qual.h). Every change made here is recorded in the audit table.
*/
#include <stdlib.h>
#include <string.h>
#include "store/st_qual_int.h"
#include "store/st_qual.h"
#include "util/xalloc.h"
#include "util/i18n.h"

int st_exec_ids(Store *p, const char *const *azSql, int nSql, int64_t i1, int64_t i2){
  int rc = STORE_OK;
  for(int i=0; i<nSql && rc==STORE_OK; i++){
    sqlite3_stmt *s = st_prepare(p, azSql[i]);
    if( !s ) return STORE_ERROR;
    sqlite3_bind_int64(s, 1, i1);
    if( sqlite3_bind_parameter_count(s)>=2 ) sqlite3_bind_int64(s, 2, i2);
    rc = st_exec(p, s);
  }
  return rc;
}

const char *st_who(void){
  const char *z = getenv("SYNERGIST_USER");
  if( !z || !z[0] ) z = getenv("USER");
  return z && z[0] ? z : "unknown";
}

void st_segments_free(QualSegment *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zSource); free(a[i].zPartnership); free(a[i].zCodePath);
    free(a[i].zCoder); free(a[i].zParticipant); free(a[i].zMemo);
  }
  free(a);
}

int st_segment_list(Store *p, const SegFilter *pF, QualSegment **pa, int *pn){
  *pa = NULL; *pn = 0;
  SegFilter none = {0};
  if( !pF ) pF = &none;
  char *zPath = NULL;
  if( pF->zCode ){
    int64_t id;
    int rc = st_code_find(p, pF->zCode, &id, &zPath);
    if( rc ) return rc;
  }
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, g.source_id, g.code_id, g.coder_id, s.name, pt.code, c.path, k.name, m.pid,"
    " g.start_cp, g.end_cp,"
    " (SELECT group_concat(text, char(10)) FROM"
    "   (SELECT text FROM memo WHERE kind='segment' AND target_id=g.id ORDER BY id))"
    " FROM segment g JOIN source s ON s.id=g.source_id"
    " JOIN partnership pt ON pt.id=s.partnership_id"
    " JOIN code c ON c.id=g.code_id JOIN coder k ON k.id=g.coder_id"
    " LEFT JOIN member m ON m.id=s.participant_id"
    " WHERE (?1 IS NULL OR s.name=?1)"
    " AND (?2 IS NULL OR c.path=?2 OR (?3 AND substr(c.path,1,length(?2)+1)=?2||'/'))"
    " AND (?4 IS NULL OR k.name=?4) AND (?5 IS NULL OR pt.code=?5)"
    " ORDER BY s.name, g.start_cp, g.end_cp, c.path, k.name");
  if( !s ){ free(zPath); return STORE_ERROR; }
  st_bind_text(s, 1, pF->zSource);
  st_bind_text(s, 2, zPath);
  sqlite3_bind_int(s, 3, pF->bSubtree);
  st_bind_text(s, 4, pF->zCoder);
  st_bind_text(s, 5, pF->zPartnership);
  free(zPath);
  int n = 0, nAlloc = 0, rc;
  QualSegment *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 64; a = xrealloc(a, sizeof(QualSegment)*(size_t)nAlloc); }
    QualSegment *g = &a[n++];
    g->id = sqlite3_column_int64(s, 0);
    g->iSource = sqlite3_column_int64(s, 1);
    g->iCode = sqlite3_column_int64(s, 2);
    g->iCoder = sqlite3_column_int64(s, 3);
    g->zSource = st_column_dup(s, 4);
    g->zPartnership = st_column_dup(s, 5);
    g->zCodePath = st_column_dup(s, 6);
    g->zCoder = st_column_dup(s, 7);
    g->zParticipant = st_column_dup(s, 8);
    g->iStart = sqlite3_column_int64(s, 9);
    g->iEnd = sqlite3_column_int64(s, 10);
    g->zMemo = st_column_dup(s, 11);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_segments_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

/* "SOURCE [START,END) CODE by CODER": how a segment reads in the audit trail. */
static char *segment_desc(const char *zSource, int64_t iStart, int64_t iEnd,
                          const char *zCode, const char *zCoder){
  return xasprintf("%s [%lld,%lld) %s by %s", zSource, (long long)iStart, (long long)iEnd, zCode, zCoder);
}

/* The audit description of segment iId into *pzDesc (caller frees) and,
** when piCode is not NULL, its code's id; STORE_NOTFOUND when there is no
** such segment. */
static int segment_desc_of(Store *p, int64_t iId, char **pzDesc, int64_t *piCode){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT s.name, g.start_cp, g.end_cp, c.path, k.name, g.code_id FROM segment g"
    " JOIN source s ON s.id=g.source_id JOIN code c ON c.id=g.code_id JOIN coder k ON k.id=g.coder_id"
    " WHERE g.id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iId);
  int bRow = st_step_row(p, s);
  if( bRow<0 ) return STORE_ERROR;
  if( bRow==0 ) return st_err(p, STORE_NOTFOUND, _("no segment %lld (see: synergist segment list)"), (long long)iId);
  *pzDesc = segment_desc((const char*)sqlite3_column_text(s, 0), sqlite3_column_int64(s, 1),
      sqlite3_column_int64(s, 2), (const char*)sqlite3_column_text(s, 3), (const char*)sqlite3_column_text(s, 4));
  if( piCode ) *piCode = sqlite3_column_int64(s, 5);
  sqlite3_reset(s);
  return STORE_OK;
}

int st_segment_add(Store *p, const char *zSource, const char *zCode, const char *zCoder,
                   int64_t iStart, int64_t iEnd, const char *zMemo, const char *zWho, int64_t *pId){
  QualSource src;
  int64_t iCode, iCoder, id;
  char *zPath = NULL;
  int rc = st_source_get(p, zSource, 0, &src);
  if( rc ) return rc;
  if( (rc = st_code_find(p, zCode, &iCode, &zPath))!=STORE_OK ) goto add_out;
  if( (rc = st_coder_id(p, zCoder, &iCoder))!=STORE_OK ) goto add_out;
  if( iStart<0 || iEnd>src.nCp || iStart>=iEnd ){
    rc = st_err(p, STORE_ERROR, _("span [%lld,%lld) is not inside source '%s', which has %lld characters"
                " (positions 0 to %lld; start must be before end)"),
                (long long)iStart, (long long)iEnd, zSource, (long long)src.nCp, (long long)src.nCp);
    goto add_out;
  }
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO segment(source_id,code_id,coder_id,start_cp,end_cp) VALUES(?1,?2,?3,?4,?5)");
  if( !s ){ rc = STORE_ERROR; goto add_out; }
  sqlite3_bind_int64(s, 1, src.id);
  sqlite3_bind_int64(s, 2, iCode);
  sqlite3_bind_int64(s, 3, iCoder);
  sqlite3_bind_int64(s, 4, iStart);
  sqlite3_bind_int64(s, 5, iEnd);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ){
    st_err(p, rc, _("%s already coded [%lld,%lld) of '%s' as %s"), zCoder,
           (long long)iStart, (long long)iEnd, zSource, zPath);
    goto add_out;
  }
  if( rc ) goto add_out;
  id = sqlite3_last_insert_rowid(p->db);
  if( pId ) *pId = id;
  char *zDesc = segment_desc(zSource, iStart, iEnd, zPath, zCoder);
  char *zTarget = xasprintf("segment %lld", (long long)id);
  rc = st_audit_add(p, zWho, "segment add", zTarget, NULL, zDesc, NULL);
  free(zDesc);
  if( rc==STORE_OK && zMemo && zMemo[0] ){
    rc = st_memo_add(p, "segment", zTarget + strlen("segment "), zMemo, zWho, NULL);
  }
  free(zTarget);
add_out:
  st_source_clear(&src);
  free(zPath);
  return rc;
}

int st_segment_remove(Store *p, int64_t iId, const char *zWho, const char *zReason){
  char *zDesc = NULL;
  int rc = segment_desc_of(p, iId, &zDesc, NULL);
  if( rc ) return rc;
  static const char *const azSql[] = {
    "DELETE FROM memo WHERE kind='segment' AND target_id=?1",
    "DELETE FROM segment WHERE id=?1",
  };
  rc = st_exec_ids(p, azSql, 2, iId, 0);
  if( rc==STORE_INUSE ) st_err(p, rc, _("segment %lld is still referred to"), (long long)iId);
  if( rc==STORE_OK ){
    char *zTarget = xasprintf("segment %lld", (long long)iId);
    rc = st_audit_add(p, zWho, "segment remove", zTarget, zDesc, NULL, zReason);
    free(zTarget);
  }
  free(zDesc);
  return rc;
}

int st_segment_recode(Store *p, int64_t iId, const char *zCode, const char *zWho, const char *zReason, int *pbSame){
  char *zBefore = NULL, *zAfter = NULL, *zPath = NULL;
  int64_t iCode, iWas;
  if( pbSame ) *pbSame = 0;
  int rc = segment_desc_of(p, iId, &zBefore, &iWas);
  if( rc ) return rc;
  if( (rc = st_code_find(p, zCode, &iCode, &zPath))!=STORE_OK ) goto recode_out;
  if( pbSame && iCode==iWas ){
    *pbSame = 1;
    goto recode_out;
  }
  sqlite3_stmt *s = st_prepare(p, "UPDATE segment SET code_id=?2 WHERE id=?1");
  if( !s ){ rc = STORE_ERROR; goto recode_out; }
  sqlite3_bind_int64(s, 1, iId);
  sqlite3_bind_int64(s, 2, iCode);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ){
    st_err(p, rc, _("the same coder already coded that span of segment %lld as %s"), (long long)iId, zPath);
    goto recode_out;
  }
  if( rc ) goto recode_out;
  if( (rc = segment_desc_of(p, iId, &zAfter, NULL))!=STORE_OK ) goto recode_out;
  char *zTarget = xasprintf("segment %lld", (long long)iId);
  rc = st_audit_add(p, zWho, "segment recode", zTarget, zBefore, zAfter, zReason);
  free(zTarget);
recode_out:
  free(zBefore); free(zAfter); free(zPath);
  return rc;
}

/* ---- memos ---- */

/* Resolve a memo target to its row id (0 for the project). */
static int memo_target(Store *p, const char *zKind, const char *zTarget, int64_t *pId){
  *pId = 0;
  if( strcmp(zKind, "project")==0 ) return STORE_OK;
  if( !zTarget ) return st_err(p, STORE_ERROR, _("a %s memo needs its %s"), zKind, zKind);
  if( strcmp(zKind, "code")==0 ) return st_code_find(p, zTarget, pId, NULL);
  if( strcmp(zKind, "source")==0 ){
    QualSource src;
    int rc = st_source_get(p, zTarget, 0, &src);
    *pId = src.id;
    st_source_clear(&src);
    return rc;
  }
  if( strcmp(zKind, "segment")==0 ){
    char *zEnd;
    long long v = strtoll(zTarget, &zEnd, 10);
    if( *zEnd || !zTarget[0] ) v = -1;  /* not a number: no segment has id -1 */
    sqlite3_stmt *s = st_prepare(p, "SELECT id FROM segment WHERE id=?1");
    if( s ) sqlite3_bind_int64(s, 1, v);
    return st_find_id(p, s, pId, "no segment '%s' (see: synergist segment list)", zTarget);
  }
  return st_err(p, STORE_ERROR, _("memo kind must be project, source, code or segment, not '%s'"), zKind);
}

int st_memo_add(Store *p, const char *zKind, const char *zTarget, const char *zText,
                const char *zWho, int64_t *pId){
  int64_t iTarget;
  int rc = memo_target(p, zKind, zTarget, &iTarget);
  if( rc ) return rc;
  if( !zWho ) zWho = st_who();
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO memo(kind,target_id,author,text) VALUES(?1,?2,?3,?4)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zKind);
  if( iTarget ) sqlite3_bind_int64(s, 2, iTarget); else sqlite3_bind_null(s, 2);
  st_bind_text(s, 3, zWho);
  st_bind_text(s, 4, zText);
  rc = st_exec(p, s);
  if( rc ) return rc;
  int64_t id = sqlite3_last_insert_rowid(p->db);
  if( pId ) *pId = id;
  char *zAbout = xasprintf("memo %lld on %s%s%s", (long long)id, zKind, iTarget ? " " : "", iTarget ? zTarget : "");
  rc = st_audit_add(p, zWho, "memo add", zAbout, NULL, zText, NULL);
  free(zAbout);
  return rc;
}

int st_memo_list(Store *p, const char *zKind, const char *zTarget, Table *pOut){
  int64_t iTarget = 0;
  if( zKind && zTarget ){
    int rc = memo_target(p, zKind, zTarget, &iTarget);
    if( rc ) return rc;
  }
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.id, m.kind,"
    " CASE m.kind WHEN 'source' THEN (SELECT name FROM source WHERE id=m.target_id)"
    "  || CASE WHEN m.start_cp IS NULL THEN '' ELSE ' ['||m.start_cp||','||m.end_cp||')' END"
    "  WHEN 'code' THEN (SELECT path FROM code WHERE id=m.target_id)"
    "  WHEN 'segment' THEN CAST(m.target_id AS TEXT) END,"
    " m.author, m.created_at, m.text FROM memo m"
    " WHERE (?1 IS NULL OR m.kind=?1) AND (?2=0 OR m.target_id=?2) ORDER BY m.id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zKind);
  sqlite3_bind_int64(s, 2, iTarget);
  return st_fill_table(p, s, pOut, 0);
}

/* ---- audit trail ---- */

int st_audit_add(Store *p, const char *zWho, const char *zAction, const char *zTarget,
                 const char *zBefore, const char *zAfter, const char *zReason){
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO audit(who,action,target,before,after,reason) VALUES(?1,?2,?3,?4,?5,?6)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zWho ? zWho : st_who());
  st_bind_text(s, 2, zAction);
  st_bind_text(s, 3, zTarget);
  st_bind_text(s, 4, zBefore);
  st_bind_text(s, 5, zAfter);
  st_bind_text(s, 6, zReason);
  return st_exec(p, s);
}

int st_audit_list(Store *p, const char *zAction, const char *zSince, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT id, at, who, action, target, before, after, reason FROM audit"
    " WHERE (?1 IS NULL OR substr(action,1,length(?1))=?1) AND (?2 IS NULL OR at>=?2) ORDER BY id");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zAction);
  st_bind_text(s, 2, zSince);
  return st_fill_table(p, s, pOut, 0);
}

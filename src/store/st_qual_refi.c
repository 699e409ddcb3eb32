/*
** st_qual_refi.c: SQL for the REFI-QDA exchange (see st_refi.h).
*/
#include <stdlib.h>
#include "store/st_qual.h"
#include "store/st_qual_int.h"
#include "store/st_refi.h"
#include "util/xalloc.h"
#include "util/i18n.h"

int st_study_uuid(Store *p, char **pz){
  int rc = store_setting_get(p, "study_uuid", pz);
  if( rc==STORE_OK && !*pz ) rc = st_err(p, STORE_ERROR, "%s", _("the study has no identity (study_uuid)"));
  return rc;
}

int st_code_set_color(Store *p, int64_t iCode, const char *zColor, const char *zWho){
  sqlite3_stmt *s = st_prepare(p, "UPDATE code SET color=?2 WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iCode);
  st_bind_text(s, 2, zColor);
  int rc = st_exec(p, s);
  if( rc ) return rc;
  char *zTarget = xasprintf("code %lld", (long long)iCode);
  rc = st_audit_add(p, zWho, "code color", zTarget, NULL, zColor, NULL);
  free(zTarget);
  return rc;
}

void st_memos_free(QualMemo *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zKind); free(a[i].zAuthor); free(a[i].zCreated); free(a[i].zText);
  }
  free(a);
}

int st_memo_all(Store *p, QualMemo **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT id, kind, coalesce(target_id,0), coalesce(start_cp,-1), coalesce(end_cp,-1),"
    " author, created_at, text FROM memo ORDER BY id");
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0, rc;
  QualMemo *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 32; a = xrealloc(a, sizeof(QualMemo)*(size_t)nAlloc); }
    QualMemo *m = &a[n++];
    m->id = sqlite3_column_int64(s, 0);
    m->zKind = st_column_dup(s, 1);
    m->iTarget = sqlite3_column_int64(s, 2);
    m->iStart = sqlite3_column_int64(s, 3);
    m->iEnd = sqlite3_column_int64(s, 4);
    m->zAuthor = st_column_dup(s, 5);
    m->zCreated = st_column_dup(s, 6);
    m->zText = st_column_dup(s, 7);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_memos_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

int st_memo_add_span(Store *p, const char *zSource, int64_t iStart, int64_t iEnd,
                     const char *zText, const char *zWho, int64_t *pId){
  QualSource src;
  int rc = st_source_get(p, zSource, 0, &src);
  if( rc ) return rc;
  int64_t nCp = src.nCp, iSrc = src.id;
  st_source_clear(&src);
  if( iStart<0 || iEnd>nCp || iStart>=iEnd ){
    return st_err(p, STORE_ERROR, _("span [%lld,%lld) is not inside source '%s', which has %lld characters"),
                  (long long)iStart, (long long)iEnd, zSource, (long long)nCp);
  }
  if( !zWho ) zWho = st_who();
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO memo(kind,target_id,author,text,start_cp,end_cp) VALUES('source',?1,?2,?3,?4,?5)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iSrc);
  st_bind_text(s, 2, zWho);
  st_bind_text(s, 3, zText);
  sqlite3_bind_int64(s, 4, iStart);
  sqlite3_bind_int64(s, 5, iEnd);
  if( (rc = st_exec(p, s))!=STORE_OK ) return rc;
  int64_t id = sqlite3_last_insert_rowid(p->db);
  if( pId ) *pId = id;
  char *zAbout = xasprintf("memo %lld on source %s [%lld,%lld)", (long long)id, zSource,
                           (long long)iStart, (long long)iEnd);
  rc = st_audit_add(p, zWho, "memo add", zAbout, NULL, zText, NULL);
  free(zAbout);
  return rc;
}

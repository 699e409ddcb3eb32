/* st_qanalysis.c: SQL for the charted summaries of matrix cells (see st_qanalysis.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_qanalysis.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

void st_summaries_free(QualSummary *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zRowKind); free(a[i].zRow); free(a[i].zCodePath);
    free(a[i].zText); free(a[i].zAuthor); free(a[i].zUpdated);
  }
  free(a);
}

int st_summary_set(Store *p, const char *zRowKind, const char *zRow, const char *zCode,
                   const char *zText, const char *zWho, const char *zReason, int *pbChanged){
  if( pbChanged ) *pbChanged = 0;
  int64_t iCode;
  char *zPath = NULL, *zBefore = NULL, *zTarget = NULL;
  int rc = st_code_find(p, zCode, &iCode, &zPath);
  if( rc ) return rc;
  if( zText && !zText[0] ) zText = NULL;
  if( !zWho ) zWho = st_who();
  sqlite3_stmt *s = st_prepare(p,
    "SELECT text FROM matrix_summary WHERE row_kind=?1 AND row_value=?2 AND code_id=?3");
  if( !s ){ rc = STORE_ERROR; goto set_out; }
  st_bind_text(s, 1, zRowKind);
  st_bind_text(s, 2, zRow);
  sqlite3_bind_int64(s, 3, iCode);
  int bRow = st_step_row(p, s);
  if( bRow<0 ){ rc = STORE_ERROR; goto set_out; }
  if( bRow ){ zBefore = st_column_dup(s, 0); sqlite3_reset(s); }
  if( (zBefore==NULL && zText==NULL) || (zBefore && zText && strcmp(zBefore, zText)==0) ) goto set_out;
  if( zText ){
    s = st_prepare(p,
      "INSERT INTO matrix_summary(row_kind,row_value,code_id,text,author) VALUES(?1,?2,?3,?4,?5)"
      " ON CONFLICT(row_kind,row_value,code_id) DO UPDATE SET text=excluded.text,"
      " author=excluded.author, updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')");
  }else{
    s = st_prepare(p, "DELETE FROM matrix_summary WHERE row_kind=?1 AND row_value=?2 AND code_id=?3");
  }
  if( !s ){ rc = STORE_ERROR; goto set_out; }
  st_bind_text(s, 1, zRowKind);
  st_bind_text(s, 2, zRow);
  sqlite3_bind_int64(s, 3, iCode);
  if( zText ){ st_bind_text(s, 4, zText); st_bind_text(s, 5, zWho); }
  rc = st_exec(p, s);
  if( rc ) goto set_out;
  zTarget = xasprintf("%s %s x %s", zRowKind, zRow, zPath);
  rc = st_audit_add(p, zWho, "summary edit", zTarget, zBefore, zText, zReason);
  if( rc==STORE_OK && pbChanged ) *pbChanged = 1;
set_out:
  free(zPath); free(zBefore); free(zTarget);
  return rc;
}

int st_summary_all(Store *p, const char *zRowKind, QualSummary **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.row_kind, m.row_value, m.code_id, c.path, m.text, m.author, m.updated_at"
    " FROM matrix_summary m JOIN code c ON c.id=m.code_id"
    " WHERE ?1 IS NULL OR m.row_kind=?1 ORDER BY m.row_kind, m.row_value, c.path");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zRowKind);
  int n = 0, nAlloc = 0, rc;
  QualSummary *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 32; a = xrealloc(a, sizeof(QualSummary)*(size_t)nAlloc); }
    QualSummary *q = &a[n++];
    q->zRowKind = st_column_dup(s, 0);
    q->zRow = st_column_dup(s, 1);
    q->iCode = sqlite3_column_int64(s, 2);
    q->zCodePath = st_column_dup(s, 3);
    q->zText = st_column_dup(s, 4);
    q->zAuthor = st_column_dup(s, 5);
    q->zUpdated = st_column_dup(s, 6);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_summaries_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

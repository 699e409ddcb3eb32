/*
** st_qual_code.c: SQL for the codebook tree: add, find, rename, move,
** merge, remove, list (see st_qual.h). A code's path is kept current: it is
** rewritten for the code and all its descendants on rename and move.
*/
#include <stdlib.h>
#include <string.h>
#include "store/st_autocode.h"
#include "store/st_qual_int.h"
#include "store/st_qual.h"
#include "util/sb.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_codes_free(QualCode *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zName); free(a[i].zPath); free(a[i].zDescription); free(a[i].zExample);
    free(a[i].zColor);
  }
  free(a);
}

/* Tree order: each code right before its descendants, siblings in the order
** they were added (the codebook's order). tree.k is the chain of ancestors' ids. */
#define TREE_CTE \
  "WITH RECURSIVE tree(id, k) AS (SELECT id, printf('%012d', id) FROM code WHERE parent_id IS NULL" \
  " UNION ALL SELECT c.id, tree.k || '/' || printf('%012d', c.id) FROM code c JOIN tree ON c.parent_id=tree.id) "
#define TREE_ORDER " JOIN tree ON tree.id=c.id ORDER BY tree.k"
#define DEPTH "(length(c.path)-length(replace(c.path,'/','')))"

int st_code_all(Store *p, QualCode **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p, TREE_CTE
    "SELECT c.id, coalesce(c.parent_id,0), c.name, c.path, c.description, c.example, c.builtin, "
    DEPTH ", c.color FROM code c" TREE_ORDER);
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0, rc;
  QualCode *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 64; a = xrealloc(a, sizeof(QualCode)*(size_t)nAlloc); }
    QualCode *c = &a[n++];
    c->id = sqlite3_column_int64(s, 0);
    c->iParent = sqlite3_column_int64(s, 1);
    c->zName = st_column_dup(s, 2);
    c->zPath = st_column_dup(s, 3);
    c->zDescription = st_column_dup(s, 4);
    c->zExample = st_column_dup(s, 5);
    c->bBuiltin = sqlite3_column_int(s, 6);
    c->iDepth = sqlite3_column_int(s, 7);
    c->zColor = st_column_dup(s, 8);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_codes_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

/* The codes st_code_find() matched: the first's id and path, every path. */
typedef struct CodeMatch { int64_t *pId; char **pzPath; Sb cand; int n; } CodeMatch;

static int code_match(sqlite3_stmt *s, void *pArg){
  CodeMatch *m = pArg;
  if( m->n==0 ){
    *m->pId = sqlite3_column_int64(s, 0);
    if( m->pzPath ) *m->pzPath = st_column_dup(s, 1);
  }
  sb_printf(&m->cand, "\n  %s", (const char*)sqlite3_column_text(s, 1));
  m->n++;
  return 0;
}

int st_code_find(Store *p, const char *zCode, int64_t *pId, char **pzPath){
  if( pzPath ) *pzPath = NULL;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT id, path FROM code WHERE path=?1"
    " UNION ALL SELECT id, path FROM code WHERE substr(path, -(length(?1)+1))='/'||?1"
    " AND NOT EXISTS(SELECT 1 FROM code WHERE path=?1)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zCode);
  CodeMatch m = { pId, pzPath, SB_INIT, 0 };
  int rc = st_each(p, s, code_match, &m);
  int n = m.n;
  Sb cand = m.cand;
  if( rc ){
    if( pzPath ){ free(*pzPath); *pzPath = NULL; }
  }else if( n==0 ){
    rc = st_err(p, STORE_NOTFOUND, _("no code '%s' (see: synergist code list)"), zCode);
  }else if( n>1 ){
    rc = st_err(p, STORE_NOTFOUND, _("code name '%s' is ambiguous; give its path, one of:%s"), zCode, sb_str(&cand));
    if( pzPath ){ free(*pzPath); *pzPath = NULL; }
  }
  sb_free(&cand);
  return rc;
}

int st_code_subtree(Store *p, int64_t iCode, int64_t **paId, int *pn){
  *paId = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT d.id FROM code c JOIN code d ON d.path=c.path OR substr(d.path,1,length(c.path)+1)=c.path||'/'"
    " WHERE c.id=?1 ORDER BY replace(d.path,'/',char(1))");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iCode);
  return st_rows(p, s, sizeof(int64_t), st_id_row, NULL, paId, pn);
}

/* Check that zName is usable as a code name. */
static int check_name(Store *p, const char *zName){
  if( !zName || !zName[0] ) return st_err(p, STORE_ERROR, "%s", _("a code needs a name"));
  if( strchr(zName, '/') ) return st_err(p, STORE_ERROR, _("a code name cannot contain '/': '%s'"), zName);
  return STORE_OK;
}

/* Resolve an optional parent: *piParent 0 and *pzPath NULL for the top level. */
static int find_parent(Store *p, const char *zParent, int64_t *piParent, char **pzPath){
  *piParent = 0; *pzPath = NULL;
  if( !zParent || !zParent[0] ) return STORE_OK;
  return st_code_find(p, zParent, piParent, pzPath);
}

int st_code_add(Store *p, const char *zName, const char *zParent, const char *zDesc,
                const char *zExample, int bBuiltin, const char *zWho, int64_t *pId){
  int rc = check_name(p, zName);
  if( rc ) return rc;
  int64_t iParent;
  char *zParentPath;
  rc = find_parent(p, zParent, &iParent, &zParentPath);
  if( rc ) return rc;
  char *zPath = zParentPath ? xasprintf("%s/%s", zParentPath, zName) : xstrdup(zName);
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO code(parent_id,name,path,description,example,builtin) VALUES(?1,?2,?3,?4,?5,?6)");
  if( !s ){ rc = STORE_ERROR; goto add_out; }
  if( iParent ) sqlite3_bind_int64(s, 1, iParent); else sqlite3_bind_null(s, 1);
  st_bind_text(s, 2, zName);
  st_bind_text(s, 3, zPath);
  st_bind_text(s, 4, zDesc);
  st_bind_text(s, 5, zExample);
  sqlite3_bind_int(s, 6, bBuiltin);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ){ st_err(p, rc, _("code '%s' already exists"), zPath); goto add_out; }
  if( rc ) goto add_out;
  if( pId ) *pId = sqlite3_last_insert_rowid(p->db);
  rc = st_audit_add(p, zWho, "code add", zPath, NULL, zDesc ? zDesc : "", NULL);
add_out:
  free(zPath);
  free(zParentPath);
  return rc;
}

/* Rewrite the path of code iCode to zNewPath, its descendants following. */
static int rewrite_paths(Store *p, const char *zOldPath, const char *zNewPath){
  sqlite3_stmt *s = st_prepare(p,
    "UPDATE code SET path = ?2 || substr(path, length(?1)+1)"
    " WHERE path=?1 OR substr(path,1,length(?1)+1)=?1||'/'");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zOldPath);
  st_bind_text(s, 2, zNewPath);
  return st_exec(p, s);
}

/* *pz = column 0 of zSql (a literal with the code id as ?1) for code iCode,
** NULL when no row or the column is NULL; caller frees. STORE_ERROR when
** SQLite fails. */
static int code_text(Store *p, const char *zSql, int64_t iCode, char **pz){
  *pz = NULL;
  sqlite3_stmt *s = st_prepare(p, zSql);
  if( s ) sqlite3_bind_int64(s, 1, iCode);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc ){ *pz = st_column_dup(s, 0); sqlite3_reset(s); }
  return STORE_OK;
}

/* Give code iCode the name zName under iParent (0: top), rewriting paths. */
static int place_code(Store *p, int64_t iCode, const char *zOldPath, int64_t iParent,
                      const char *zName, char **pzNewPath){
  char *zParentPath = NULL;
  *pzNewPath = NULL;
  if( iParent && code_text(p, "SELECT path FROM code WHERE id=?1", iParent, &zParentPath) ){
    return STORE_ERROR;
  }
  char *zNewPath = zParentPath ? xasprintf("%s/%s", zParentPath, zName) : xstrdup(zName);
  free(zParentPath);
  sqlite3_stmt *s = st_prepare(p, "UPDATE code SET parent_id=?2, name=?3 WHERE id=?1");
  int rc = STORE_ERROR;
  if( s ){
    sqlite3_bind_int64(s, 1, iCode);
    if( iParent ) sqlite3_bind_int64(s, 2, iParent); else sqlite3_bind_null(s, 2);
    st_bind_text(s, 3, zName);
    rc = st_exec(p, s);
  }
  if( rc==STORE_OK ) rc = rewrite_paths(p, zOldPath, zNewPath);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("code '%s' already exists"), zNewPath);
  if( rc ){ free(zNewPath); return rc; }
  *pzNewPath = zNewPath;
  return STORE_OK;
}

static int parent_of(Store *p, int64_t iCode, int64_t *piParent){
  sqlite3_stmt *s = st_prepare(p, "SELECT coalesce(parent_id,0) FROM code WHERE id=?1");
  if( s ) sqlite3_bind_int64(s, 1, iCode);
  return st_find_id(p, s, piParent, "no code %lld", (long long)iCode);
}

int st_code_rename(Store *p, const char *zCode, const char *zNewName, const char *zWho, const char *zReason){
  int rc = check_name(p, zNewName);
  if( rc ) return rc;
  int64_t id;
  char *zPath, *zNewPath = NULL;
  rc = st_code_find(p, zCode, &id, &zPath);
  if( rc ) return rc;
  int64_t iParent;
  rc = parent_of(p, id, &iParent);
  if( rc==STORE_OK ) rc = place_code(p, id, zPath, iParent, zNewName, &zNewPath);
  if( rc==STORE_OK ) rc = st_audit_add(p, zWho, "code rename", zNewPath, zPath, zNewPath, zReason);
  free(zPath); free(zNewPath);
  return rc;
}

int st_code_describe(Store *p, const char *zCode, const char *zDesc, const char *zExample, const char *zWho){
  int64_t id;
  char *zPath;
  int rc = st_code_find(p, zCode, &id, &zPath);
  if( rc ) return rc;
  char *zBefore;
  if( code_text(p, "SELECT description FROM code WHERE id=?1", id, &zBefore) ){
    free(zPath);
    return STORE_ERROR;
  }
  sqlite3_stmt *s = st_prepare(p, "UPDATE code SET description=coalesce(?2,description), example=coalesce(?3,example) WHERE id=?1");
  rc = STORE_ERROR;
  if( s ){
    sqlite3_bind_int64(s, 1, id);
    st_bind_text(s, 2, zDesc);
    st_bind_text(s, 3, zExample);
    rc = st_exec(p, s);
  }
  if( rc==STORE_OK ){
    rc = st_audit_add(p, zWho, "code describe", zPath, zBefore, zDesc ? zDesc : zExample, NULL);
  }
  free(zBefore); free(zPath);
  return rc;
}

/* *pbIn = 1 if iCode is iAncestor or lies in its subtree. */
static int in_subtree(Store *p, int64_t iAncestor, int64_t iCode, int *pbIn){
  int64_t *a; int n;
  *pbIn = 0;
  int rc = st_code_subtree(p, iAncestor, &a, &n);
  for(int i=0; i<n; i++) if( a[i]==iCode ) *pbIn = 1;
  free(a);
  return rc;
}

/* The name of code iCode ("" when none); caller frees. */
static int name_of(Store *p, int64_t iCode, char **pzName){
  int rc = code_text(p, "SELECT name FROM code WHERE id=?1", iCode, pzName);
  if( *pzName==NULL ) *pzName = xstrdup("");
  return rc;
}

int st_code_move(Store *p, const char *zCode, const char *zNewParent, const char *zWho, const char *zReason){
  int64_t id, iParent;
  char *zPath = NULL, *zParentPath = NULL, *zNewPath = NULL, *zName = NULL;
  int rc = st_code_find(p, zCode, &id, &zPath);
  if( rc ) return rc;
  rc = find_parent(p, zNewParent, &iParent, &zParentPath);
  if( rc ) goto move_out;
  int bIn = 0;
  if( iParent && (rc = in_subtree(p, id, iParent, &bIn))!=0 ) goto move_out;
  if( bIn ){
    rc = st_err(p, STORE_INUSE, _("cannot move '%s' under itself ('%s')"), zPath, zParentPath);
    goto move_out;
  }
  if( (rc = name_of(p, id, &zName))!=0 ) goto move_out;
  rc = place_code(p, id, zPath, iParent, zName, &zNewPath);
  if( rc==STORE_OK ) rc = st_audit_add(p, zWho, "code move", zNewPath, zPath, zNewPath, zReason);
move_out:
  free(zPath); free(zParentPath); free(zNewPath); free(zName);
  return rc;
}

int st_code_merge(Store *p, const char *zFrom, const char *zInto, const char *zWho, const char *zReason){
  int64_t iFrom, iInto;
  char *zFromPath = NULL, *zIntoPath = NULL;
  int64_t *aChild = NULL;
  int nChild = 0, nMoved = 0, nDropped = 0;
  int rc = st_code_find(p, zFrom, &iFrom, &zFromPath);
  if( rc ) return rc;
  rc = st_code_find(p, zInto, &iInto, &zIntoPath);
  if( rc ) goto merge_out;
  int bIn;
  if( (rc = in_subtree(p, iFrom, iInto, &bIn))!=0 ) goto merge_out;
  if( bIn ){
    rc = st_err(p, STORE_INUSE, _("cannot merge '%s' into itself or its own sub-code '%s'"), zFromPath, zIntoPath);
    goto merge_out;
  }
  /* Segments that would duplicate one already on the target go, with their memos. */
  static const char *const azDrop[] = {
    "DELETE FROM memo WHERE kind='segment' AND target_id IN (SELECT a.id FROM segment a"
    " JOIN segment b ON b.code_id=?2 AND b.source_id=a.source_id AND b.coder_id=a.coder_id"
    " AND b.start_cp=a.start_cp AND b.end_cp=a.end_cp WHERE a.code_id=?1)",
    "DELETE FROM segment WHERE code_id=?1 AND EXISTS(SELECT 1 FROM segment b WHERE b.code_id=?2"
    " AND b.source_id=segment.source_id AND b.coder_id=segment.coder_id"
    " AND b.start_cp=segment.start_cp AND b.end_cp=segment.end_cp)",
    "UPDATE segment SET code_id=?2 WHERE code_id=?1",
    "UPDATE memo SET target_id=?2 WHERE kind='code' AND target_id=?1",
    /* Charted summaries follow; where the target has one for the same cell, the texts are joined. */
    ("UPDATE matrix_summary AS t SET text = t.text || char(10) || char(10) || f.text"
     " FROM matrix_summary AS f WHERE f.code_id=?1 AND t.code_id=?2"
     " AND t.row_kind=f.row_kind AND t.row_value=f.row_value"),
    ("DELETE FROM matrix_summary WHERE code_id=?1 AND EXISTS(SELECT 1 FROM matrix_summary t"
     " WHERE t.code_id=?2 AND t.row_kind=matrix_summary.row_kind AND t.row_value=matrix_summary.row_value)"),
    "UPDATE matrix_summary SET code_id=?2 WHERE code_id=?1",
  };
  /* Run one at a time to count what the second and third statements change. */
  for(int i=0; i<(int)(sizeof(azDrop)/sizeof(azDrop[0])) && rc==STORE_OK; i++){
    rc = st_exec_ids(p, &azDrop[i], 1, iFrom, iInto);
    if( i==1 ) nDropped = sqlite3_changes(p->db);
    if( i==2 ) nMoved = sqlite3_changes(p->db);
  }
  /* Auto-coding rules and suggestions follow too. */
  int nRule = 0, nSuggest = 0, nAcDropped = 0;
  if( rc==STORE_OK ) rc = st_autocode_move_code(p, iFrom, iInto, &nRule, &nSuggest, &nAcDropped);
  if( rc ) goto merge_out;
  /* Children move under the target. */
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM code WHERE parent_id=?1 ORDER BY name");
  if( !s ){ rc = STORE_ERROR; goto merge_out; }
  sqlite3_bind_int64(s, 1, iFrom);
  rc = st_rows(p, s, sizeof(int64_t), st_id_row, NULL, &aChild, &nChild);
  for(int i=0; i<nChild && rc==STORE_OK; i++){
    char *zName;
    if( (rc = name_of(p, aChild[i], &zName))!=0 ){ free(zName); break; }
    char *zOld = xasprintf("%s/%s", zFromPath, zName), *zNew = NULL;
    rc = place_code(p, aChild[i], zOld, iInto, zName, &zNew);
    free(zName); free(zOld); free(zNew);
  }
  if( rc ) goto merge_out;
  s = st_prepare(p, "DELETE FROM code WHERE id=?1");
  if( !s ){ rc = STORE_ERROR; goto merge_out; }
  sqlite3_bind_int64(s, 1, iFrom);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ){
    st_err(p, rc, _("code '%s' is still referred to (rules, summaries); move those first"), zFromPath);
  }
  if( rc==STORE_OK ){
    char *zAfter = xasprintf("%s (%d segments moved, %d duplicates dropped, %d sub-codes moved,"
                             " %d auto-coding rules and %d suggestions moved, %d duplicates dropped)",
                             zIntoPath, nMoved, nDropped, nChild, nRule, nSuggest, nAcDropped);
    rc = st_audit_add(p, zWho, "code merge", zIntoPath, zFromPath, zAfter, zReason);
    free(zAfter);
  }
merge_out:
  free(aChild); free(zFromPath); free(zIntoPath);
  return rc;
}

int st_code_remove(Store *p, const char *zCode, const char *zWho, const char *zReason){
  int64_t id;
  char *zPath;
  int rc = st_code_find(p, zCode, &id, &zPath);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT (SELECT count(*) FROM segment WHERE code_id=?1), (SELECT count(*) FROM code WHERE parent_id=?1)");
  if( !s ){ free(zPath); return STORE_ERROR; }
  sqlite3_bind_int64(s, 1, id);
  int nSeg = 0, nKid = 0;
  if( st_step_row(p, s)<0 ){ free(zPath); return STORE_ERROR; }
  nSeg = sqlite3_column_int(s, 0); nKid = sqlite3_column_int(s, 1);   /* always one row */
  sqlite3_reset(s);
  if( nSeg || nKid ){
    rc = st_err(p, STORE_INUSE, _("code '%s' has %d segments and %d sub-codes; merge it into another code instead"),
                zPath, nSeg, nKid);
  }else{
    static const char *const azSql[] = {
      "DELETE FROM memo WHERE kind='code' AND target_id=?1",
      "DELETE FROM code WHERE id=?1",
    };
    rc = st_exec_ids(p, azSql, 2, id, 0);
    if( rc==STORE_INUSE ) st_err(p, rc, _("code '%s' is still referred to (rules, summaries)"), zPath);
    if( rc==STORE_OK ) rc = st_audit_add(p, zWho, "code remove", zPath, zPath, NULL, zReason);
  }
  free(zPath);
  return rc;
}

int st_code_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p, TREE_CTE
    "SELECT printf('%*s', 2*" DEPTH ", '') || c.name, c.path,"
    " (SELECT count(*) FROM segment g WHERE g.code_id=c.id),"
    " (SELECT count(*) FROM segment g JOIN code d ON d.id=g.code_id"
    "   WHERE d.path=c.path OR substr(d.path,1,length(c.path)+1)=c.path||'/'),"
    " (SELECT count(DISTINCT g.source_id) FROM segment g JOIN code d ON d.id=g.code_id"
    "   WHERE d.path=c.path OR substr(d.path,1,length(c.path)+1)=c.path||'/'),"
    " c.description FROM code c" TREE_ORDER);
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

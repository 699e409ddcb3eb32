/*
** store.c: opening, creating and migrating the study file; transactions;
** settings; the statement cache and helpers shared by src/store/st_*.c.
**
** Schema: every built-in file src/store/sql/NNN_AREA.sql belongs to schema
** version NNN. Opening a study of version V < latest applies, in one
** transaction, the files of versions V+1..latest in name order. PRAGMA
** user_version holds the version, PRAGMA application_id marks a study.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/store_int.h"
#include "util/builtin.h"
#include "util/xalloc.h"
#include "util/sb.h"

#define SQL_PREFIX "src/store/sql/"
/* A connection's page cache in KiB (SQLite's negative cache_size): see
** store_open() and store_read_hold(). */
#define CACHE_WRITE "-32768"

static int file_version(const char *zName){
  if( strncmp(zName, SQL_PREFIX, strlen(SQL_PREFIX))!=0 ) return 0;
  return atoi(zName + strlen(SQL_PREFIX));
}

int store_schema_latest(void){
  int v = 0;
  for(int i=0; i<nBuiltinFile; i++){
    int fv = file_version(aBuiltinFile[i].zName);
    if( fv>v ) v = fv;
  }
  return v;
}

int st_err(Store *p, int rc, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  free(p->zErr);
  p->zErr = xvasprintf(zFmt, ap);
  va_end(ap);
  return rc;
}
int st_dberr(Store *p){ return st_err(p, STORE_ERROR, "database: %s", sqlite3_errmsg(p->db)); }
const char *store_errmsg(Store *p){ return p->zErr ? p->zErr : "no error"; }
const char *store_path(Store *p){ return p->zPath; }

sqlite3_stmt *st_prepare(Store *p, const char *zSql){
  for(StmtCache *c = p->pCache; c; c = c->pNext){
    if( c->zSql==zSql ){
      sqlite3_reset(c->pStmt);
      sqlite3_clear_bindings(c->pStmt);
      return c->pStmt;
    }
  }
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v3(p->db, zSql, -1, SQLITE_PREPARE_PERSISTENT, &pStmt, 0)!=SQLITE_OK ){
    st_dberr(p);
    return NULL;
  }
  StmtCache *c = xmalloc(sizeof(*c));
  c->zSql = zSql; c->pStmt = pStmt; c->pNext = p->pCache;
  p->pCache = c;
  return pStmt;
}

void st_bind_text(sqlite3_stmt *s, int i, const char *z){
  if( z ) sqlite3_bind_text(s, i, z, -1, SQLITE_TRANSIENT);
  else sqlite3_bind_null(s, i);
}

int st_exec(Store *p, sqlite3_stmt *s){
  int rc = sqlite3_step(s);
  if( rc==SQLITE_DONE || rc==SQLITE_ROW ){ sqlite3_reset(s); return STORE_OK; }
  int ext = sqlite3_extended_errcode(p->db);
  st_dberr(p);
  sqlite3_reset(s);
  if( ext==SQLITE_CONSTRAINT_UNIQUE || ext==SQLITE_CONSTRAINT_PRIMARYKEY ) return STORE_EXISTS;
  if( ext==SQLITE_CONSTRAINT_FOREIGNKEY ) return STORE_INUSE;
  return STORE_ERROR;
}

int st_delete_id(Store *p, const char *zSql, int64_t id, const char *zWhat, const char *zHint){
  sqlite3_stmt *s = st_prepare(p, zSql);
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  int rc = st_exec(p, s);
  if( rc==STORE_OK && sqlite3_changes(p->db)==0 ){
    return st_err(p, STORE_NOTFOUND, "no %s %lld%s", zWhat, (long long)id, zHint);
  }
  return rc;
}

char *st_column_dup(sqlite3_stmt *s, int i){
  const unsigned char *z = sqlite3_column_text(s, i);
  return z ? xstrdup((const char*)z) : NULL;
}

/* The table st_fill_table() appends to and its decimals. */
typedef struct TableFill { Table *pOut; int nDec; } TableFill;

static int table_append(sqlite3_stmt *s, void *pArg){
  TableFill *f = pArg;
  int r = table_row(f->pOut);
  int n = sqlite3_column_count(s);
  for(int j=0; j<n && j<f->pOut->nCol; j++){
    switch( sqlite3_column_type(s, j) ){
      case SQLITE_INTEGER: table_int(f->pOut, r, j, sqlite3_column_int64(s, j)); break;
      case SQLITE_FLOAT: table_real(f->pOut, r, j, sqlite3_column_double(s, j), f->nDec); break;
      case SQLITE_NULL: break;
      default: table_text(f->pOut, r, j, (const char*)sqlite3_column_text(s, j));
    }
  }
  return 0;
}

int st_fill_table(Store *p, sqlite3_stmt *s, Table *pOut, int nDec){
  TableFill f = { pOut, nDec };
  return st_each(p, s, table_append, &f);
}

int st_each(Store *p, sqlite3_stmt *s, StEachFn xRow, void *pArg){
  if( !s ) return STORE_ERROR;
  int rc;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    int rcRow = xRow(s, pArg);
    if( rcRow ){ sqlite3_reset(s); return rcRow; }
  }
  if( rc!=SQLITE_DONE ){ st_dberr(p); sqlite3_reset(s); return STORE_ERROR; }
  sqlite3_reset(s);
  return STORE_OK;
}

/* The array st_rows() grows while st_each() runs. */
typedef struct RowArray {
  size_t szElem; StRowFn xRow;
  char *a; int n, nAlloc;
} RowArray;

static int row_append(sqlite3_stmt *s, void *pArg){
  RowArray *r = pArg;
  if( r->n==r->nAlloc ){
    r->nAlloc = r->nAlloc ? 2*r->nAlloc : 16;
    r->a = xrealloc(r->a, r->szElem*(size_t)r->nAlloc);
  }
  void *pElem = r->a + r->szElem*(size_t)r->n++;
  memset(pElem, 0, r->szElem);
  r->xRow(s, pElem);
  return 0;
}

int st_rows(Store *p, sqlite3_stmt *s, size_t szElem, StRowFn xRow, StClearFn xClear,
            void *ppArray, int *pn){
  RowArray r = { szElem, xRow, NULL, 0, 0 };
  void *pOut = NULL;
  *pn = 0;
  int rc = st_each(p, s, row_append, &r);
  if( rc ){
    for(int i=0; xClear && i<r.n; i++) xClear(r.a + szElem*(size_t)i);
    free(r.a);
  }else{
    pOut = r.a;
    *pn = r.n;
  }
  /* ppArray points at a typed pointer (T**); memcpy stores the untyped one
  ** into it without an aliasing cast. */
  memcpy(ppArray, &pOut, sizeof(pOut));
  return rc;
}

void st_id_row(sqlite3_stmt *s, void *pElem){ *(int64_t*)pElem = sqlite3_column_int64(s, 0); }

int st_step_row(Store *p, sqlite3_stmt *s){
  if( !s ) return -1;
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ) return 1;
  if( rc!=SQLITE_DONE ) st_dberr(p);
  sqlite3_reset(s);
  return rc==SQLITE_DONE ? 0 : -1;
}

int st_find_id(Store *p, sqlite3_stmt *s, int64_t *pId, const char *zFmt, ...){
  *pId = 0;
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc>0 ){
    *pId = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return STORE_OK;
  }
  va_list ap;
  va_start(ap, zFmt);
  free(p->zErr);
  p->zErr = xvasprintf(zFmt, ap);
  va_end(ap);
  return STORE_NOTFOUND;
}

int st_partnership_id(Store *p, const char *zCode, int64_t *pId){
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM partnership WHERE code=?1");
  if( s ) st_bind_text(s, 1, zCode);
  return st_find_id(p, s, pId, "no partnership '%s' (see: synergist partnership list)", zCode);
}

/* Read application_id and user_version without writing anything. */
static int peek_header(const char *zPath, int *pAppId, int *pVersion, int *pnTable, char **pzErr){
  sqlite3 *db = 0;
  int rc = sqlite3_open_v2(zPath, &db, SQLITE_OPEN_READONLY, 0);
  if( rc==SQLITE_OK ){
    sqlite3_stmt *s = 0;
    rc = sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &s, 0);
    if( rc==SQLITE_OK && sqlite3_step(s)==SQLITE_ROW ) *pAppId = sqlite3_column_int(s, 0);
    else rc = SQLITE_NOTADB;
    sqlite3_finalize(s);
    if( rc==SQLITE_OK ){
      rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, 0);
      if( rc==SQLITE_OK && sqlite3_step(s)==SQLITE_ROW ) *pVersion = sqlite3_column_int(s, 0);
      else rc = SQLITE_NOTADB;
      sqlite3_finalize(s);
    }
    if( rc==SQLITE_OK ){
      rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &s, 0);
      if( rc==SQLITE_OK && sqlite3_step(s)==SQLITE_ROW ) *pnTable = sqlite3_column_int(s, 0);
      else rc = SQLITE_NOTADB;
      sqlite3_finalize(s);
    }
  }
  sqlite3_close(db);
  if( rc!=SQLITE_OK ){
    *pzErr = xasprintf("%s is not a synergist study (not an SQLite database)", zPath);
    return STORE_NOTSTUDY;
  }
  return STORE_OK;
}

static int migrate(Store *p, int iFrom, int iTo){
  if( sqlite3_exec(p->db, "BEGIN IMMEDIATE", 0, 0, 0)!=SQLITE_OK ) return st_dberr(p);
  for(int v=iFrom+1; v<=iTo; v++){
    for(int i=0; i<nBuiltinFile; i++){
      if( file_version(aBuiltinFile[i].zName)!=v ) continue;
      char *zMsg = 0;
      if( sqlite3_exec(p->db, aBuiltinFile[i].zData, 0, 0, &zMsg)!=SQLITE_OK ){
        st_err(p, STORE_ERROR, "schema %s: %s", aBuiltinFile[i].zName, zMsg);
        sqlite3_free(zMsg);
        sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0);
        return STORE_ERROR;
      }
    }
  }
  char *zSql = xasprintf("PRAGMA application_id=%d; PRAGMA user_version=%d; COMMIT;",
                         STORE_APPLICATION_ID, iTo);
  int rc = sqlite3_exec(p->db, zSql, 0, 0, 0);
  free(zSql);
  if( rc!=SQLITE_OK ){ st_dberr(p); sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0); return STORE_ERROR; }
  return STORE_OK;
}

int store_open(const char *zPath, int create, Store **ppStore, char **pzErr){
  *ppStore = NULL;
  *pzErr = NULL;
  int exists = access(zPath, F_OK)==0;
  int appId = 0, version = 0, nTable = 0, latest = store_schema_latest();
  if( !exists && !create ){
    *pzErr = xasprintf("no study at %s (create one with: synergist init, "
                       "or choose one with --study PATH)", zPath);
    return STORE_NOFILE;
  }
  if( exists ){
    int rc = peek_header(zPath, &appId, &version, &nTable, pzErr);
    if( rc ) return rc;
    if( appId!=STORE_APPLICATION_ID && !(appId==0 && version==0 && nTable==0 && create) ){
      /* An empty SQLite file may become a study with init; anything else is left alone. */
      *pzErr = xasprintf("%s is not a synergist study", zPath);
      return STORE_NOTSTUDY;
    }
    if( version>latest ){
      *pzErr = xasprintf("%s has schema version %d, written by a newer synergist "
                         "(this one knows up to %d); it was not changed", zPath, version, latest);
      return STORE_TOONEW;
    }
  }
  Store *p = xcalloc(1, sizeof(Store));
  p->zPath = xstrdup(zPath);
  /* One thread uses a connection (an import's reading thread never touches
  ** the study), so SQLite's own locking is left out: a search index insert
  ** takes no mutex per word. */
  if( sqlite3_open_v2(zPath, &p->db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE|SQLITE_OPEN_NOMUTEX, 0)!=SQLITE_OK ){
    *pzErr = xasprintf("cannot open %s: %s", zPath, sqlite3_errmsg(p->db));
    store_close(p);
    return STORE_ERROR;
  }
  sqlite3_busy_timeout(p->db, 5000);
  if( st_search_register(p->db, &p->replay)!=SQLITE_OK ){
    *pzErr = xasprintf("cannot open %s: %s", zPath, sqlite3_errmsg(p->db));
    store_close(p);
    return STORE_ERROR;
  }
  /* A new study gets 16 KB pages (a page size can only be chosen before
  ** the first write): sources are long texts and the search index large,
  ** and larger pages write them in a quarter of the steps. Every
  ** connection keeps up to 32 MB of pages in memory (CACHE_WRITE), so a
  ** large import writes its pages once, at commit. */
  if( !exists || nTable==0 ) sqlite3_exec(p->db, "PRAGMA page_size=16384", 0, 0, 0);
  sqlite3_exec(p->db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
                      " PRAGMA cache_size=" CACHE_WRITE ";", 0, 0, 0);
  if( exists && appId==STORE_APPLICATION_ID ){
    /* Re-check under the lock: another process may have migrated meanwhile. */
    version = store_schema_version(p);
  }
  if( version<latest && migrate(p, version, latest)!=STORE_OK ){
    *pzErr = xasprintf("cannot prepare %s: %s", zPath, store_errmsg(p));
    store_close(p);
    return STORE_ERROR;
  }
  *ppStore = p;
  return STORE_OK;
}

int store_schema_version(Store *p){
  sqlite3_stmt *s = 0;
  int v = -1;
  if( sqlite3_prepare_v2(p->db, "PRAGMA user_version", -1, &s, 0)==SQLITE_OK
      && sqlite3_step(s)==SQLITE_ROW ) v = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  return v;
}

void store_close(Store *p){
  if( !p ) return;
  if( p->nTxn ) store_rollback(p);
  while( p->pCache ){
    StmtCache *c = p->pCache;
    p->pCache = c->pNext;
    sqlite3_finalize(c->pStmt);
    free(c);
  }
  sqlite3_close(p->db);
  free(p->zPath);
  free(p->zErr);
  free(p);
}

int store_begin(Store *p){
  if( p->nTxn ) return STORE_OK;
  if( sqlite3_exec(p->db, "BEGIN IMMEDIATE", 0, 0, 0)!=SQLITE_OK ) return st_dberr(p);
  p->nTxn = 1;
  return STORE_OK;
}
int store_commit(Store *p){
  if( !p->nTxn ) return STORE_OK;
  if( sqlite3_exec(p->db, "COMMIT", 0, 0, 0)!=SQLITE_OK ){
    int rc = st_dberr(p);
    store_rollback(p);
    return rc;
  }
  p->nTxn = 0;
  return STORE_OK;
}
void store_rollback(Store *p){
  if( !p || !p->nTxn ) return;
  sqlite3_exec(p->db, "ROLLBACK", 0, 0, 0);
  p->nTxn = 0;
}

int store_write(Store *p, int (*xWork)(Store*, void*), void *pArg, int *pRc){
  if( p->nTxn ){
    *pRc = xWork(p, pArg);
    return STORE_OK;
  }
  int rc = store_begin(p);
  if( rc ) return rc;
  *pRc = xWork(p, pArg);
  if( *pRc ){
    store_rollback(p);
    return STORE_OK;
  }
  return store_commit(p);
}

int store_err(Store *p, int rc, Err *pErr){
  ErrClass e = ERR_INTERNAL;
  switch( rc ){
    case STORE_NOTFOUND: case STORE_EXISTS: case STORE_INUSE: e = ERR_FAIL; break;
    case STORE_NOTSTUDY: case STORE_TOONEW: case STORE_NOFILE: e = ERR_STUDY; break;
  }
  return err_set(pErr, e, "%s", p ? store_errmsg(p) : "cannot use the study");
}

int store_table(Store *p, int rc, Table *t, Table **ppOut, Err *pErr){
  if( rc ){
    table_free(t);
    *ppOut = NULL;
    return store_err(p, rc, pErr);
  }
  *ppOut = t;
  return 0;
}

int store_listing(Store *p, const char *zCols, int (*xList)(Store*, Table*), Table **ppOut, Err *pErr){
  Table *t = table_newc(NULL, zCols);
  return store_table(p, xList(p, t), t, ppOut, pErr);
}

int store_part_begin(Store *p){
  return sqlite3_exec(p->db, "SAVEPOINT part", 0, 0, 0)==SQLITE_OK ? STORE_OK : st_dberr(p);
}
void store_part_end(Store *p, int bUndo){
  if( bUndo ) sqlite3_exec(p->db, "ROLLBACK TO part", 0, 0, 0);
  sqlite3_exec(p->db, "RELEASE part", 0, 0, 0);
}

/* BEGIN and COMMIT of a read, prepared once per connection (a server
** begins and ends one per request). */
static const char zReadBegin[] = "BEGIN";
static const char zReadCommit[] = "COMMIT";
int store_read_begin(Store *p){
  if( p->nTxn ) return STORE_OK;
  sqlite3_stmt *s = st_prepare(p, zReadBegin);
  return s && st_exec(p, s)==STORE_OK ? STORE_OK : st_dberr(p);
}
void store_read_end(Store *p){
  if( p->nTxn || sqlite3_get_autocommit(p->db) ) return;
  sqlite3_stmt *s = st_prepare(p, zReadCommit);
  if( !s || st_exec(p, s)!=STORE_OK ) sqlite3_exec(p->db, "COMMIT", 0, 0, 0);
}

/* The page cache of a held read (CACHE_READ, SQLite's default of 2 MB):
** such a run (diagnose, the report) reads each table in a pass, so the
** pages it keeps are seldom read again, and every page of a larger cache
** is fresh memory, which costs more (a page fault, zeroing) than reading
** the page again from the operating system's cache; the 1,000-partnership
** bench's report of one partnership spent a fifth of its time filling
** the 32 MB cache of writes (CACHE_WRITE), diagnose and score less. */
#define CACHE_READ "-2000"
int store_read_hold(Store *p){
  if( p->nTxn || !sqlite3_get_autocommit(p->db) ) return 0;
  if( sqlite3_exec(p->db, "BEGIN", 0, 0, 0)!=SQLITE_OK ) return 0;
  sqlite3_exec(p->db, "PRAGMA cache_size=" CACHE_READ, 0, 0, 0);
  return 1;
}
void store_read_release(Store *p, int bHeld){
  if( !bHeld ) return;
  if( !p->nTxn && !sqlite3_get_autocommit(p->db) ) sqlite3_exec(p->db, "COMMIT", 0, 0, 0);
  sqlite3_exec(p->db, "PRAGMA cache_size=" CACHE_WRITE, 0, 0, 0);
}

void store_set_durable(Store *p){
  sqlite3_exec(p->db, "PRAGMA synchronous=FULL", 0, 0, 0);
  sqlite3_busy_timeout(p->db, 60000);
}

static int log_grew(void *pArg, sqlite3 *db, const char *zDb, int nFrame){
  Store *p = pArg;
  (void)db; (void)zDb;
  p->xLogGrew(p->pLogArg, nFrame);
  return SQLITE_OK;
}
void store_checkpoint_elsewhere(Store *p, void (*xLogGrew)(void*, int nPage), void *pArg){
  p->xLogGrew = xLogGrew;
  p->pLogArg = pArg;
  sqlite3_wal_hook(p->db, log_grew, p);   /* replaces the automatic checkpoint */
}

int store_checkpoint(Store *p){
  int rc = sqlite3_wal_checkpoint_v2(p->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  return rc==SQLITE_OK || rc==SQLITE_BUSY ? STORE_OK : st_dberr(p);
}

int store_setting_get(Store *p, const char *zKey, char **pzVal){
  *pzVal = NULL;
  sqlite3_stmt *s = st_prepare(p, "SELECT value FROM setting WHERE key=?1");
  if( s ) st_bind_text(s, 1, zKey);
  int bRow = st_step_row(p, s);
  if( bRow<0 ) return STORE_ERROR;
  if( bRow ){ *pzVal = st_column_dup(s, 0); sqlite3_reset(s); }
  return STORE_OK;
}
int store_setting_set(Store *p, const char *zKey, const char *zVal){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO setting(key,value) VALUES(?1,?2) "
                                  "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zKey);
  st_bind_text(s, 2, zVal);
  return st_exec(p, s);
}

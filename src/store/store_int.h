/*
** store_int.h: private to src/store/. The SQLite handle and the helpers
** the st_*.c files share. Nothing outside src/store/ includes this.
*/
#ifndef SYN_STORE_INT_H
#define SYN_STORE_INT_H
#include <sqlite3.h>
#include "store/store.h"
#include "util/table.h"

typedef struct StmtCache { const char *zSql; sqlite3_stmt *pStmt; struct StmtCache *pNext; } StmtCache;

struct Store {
  sqlite3 *db;
  char *zPath;
  char *zErr;
  int nTxn;                 /* 1 while a transaction is open */
  StmtCache *pCache;
};

/* A prepared statement for zSql (a string literal: cached by its address),
** reset and with bindings cleared. Never finalize it. NULL on error with
** the message set. */
sqlite3_stmt *st_prepare(Store*, const char *zSql);
/* Set the error message from the database handle; returns STORE_ERROR. */
int st_dberr(Store*);
/* Set the error message (printf-style); returns rc. */
int st_err(Store*, int rc, const char *zFmt, ...) __attribute__((format(printf,3,4)));
/* Bind text or NULL. */
void st_bind_text(sqlite3_stmt*, int i, const char *z);
/* Execute a statement with no result rows (after binding); returns STORE_OK or error. */
int st_exec(Store*, sqlite3_stmt*);
/* Run pStmt and append every row to pOut (columns in order, typed as SQLite
** returns them; reals with nDec decimals). */
int st_fill_table(Store*, sqlite3_stmt*, Table *pOut, int nDec);
/* Copy a text column, or NULL. Caller frees. */
char *st_column_dup(sqlite3_stmt*, int i);
/* Register the full-text search tokenizer and functions on a new
** connection (st_search_fts.c); store_open() calls it right after opening.
** Returns an SQLite result code. */
int st_search_register(sqlite3 *db);
/* The id of the partnership with code zCode, or STORE_NOTFOUND (message set). */
int st_partnership_id(Store*, const char *zCode, int64_t *pId);

#endif

/*
** store_int.h: private to src/store/. The SQLite handle and the helpers
** the st_*.c files share. Nothing outside src/store/ includes this.
*/
#ifndef SYN_STORE_INT_H
#define SYN_STORE_INT_H
#include <sqlite3.h>
#include "store/store.h"
#include "qual/toktape.h"
#include "util/table.h"

typedef struct StmtCache { const char *zSql; sqlite3_stmt *pStmt; struct StmtCache *pNext; } StmtCache;

/* The paragraph being inserted into the search index with its words
** tokenized ahead: st_search.c fills it around one insert, the tokenizer
** (st_search_fts.c) replays unit iUnit of pTape when asked to tokenize
** exactly this text in this language. pTape NULL: nothing to replay. */
typedef struct SearchReplay {
  const char *zLang;
  const char *z; int n;
  const QualTape *pTape; int iUnit;
} SearchReplay;

struct Store {
  sqlite3 *db;
  char *zPath;
  char *zErr;
  int nTxn;                 /* 1 while a transaction is open */
  StmtCache *pCache;
  SearchReplay replay;      /* see above */
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
/* Run zSql (a DELETE with the row id as ?1) for id; STORE_NOTFOUND with
** "no WHAT ID" and zHint after it (may be "") when no row went. */
int st_delete_id(Store*, const char *zSql, int64_t id, const char *zWhat, const char *zHint);
/* Run pStmt and append every row to pOut (columns in order, typed as SQLite
** returns them; reals with nDec decimals). */
int st_fill_table(Store*, sqlite3_stmt*, Table *pOut, int nDec);
/* Copy a text column, or NULL. Caller frees. */
char *st_column_dup(sqlite3_stmt*, int i);
/* Register the full-text search tokenizer and functions on a new
** connection (st_search_fts.c); store_open() calls it right after opening,
** with the store's replay slot (kept by the store while the connection
** lives). Returns an SQLite result code. */
int st_search_register(sqlite3 *db, const SearchReplay *pReplay);
/* The id of the partnership with code zCode, or STORE_NOTFOUND (message set). */
int st_partnership_id(Store*, const char *zCode, int64_t *pId);

#endif

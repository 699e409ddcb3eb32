/*
** store_int.h: private to src/store/. The SQLite handle and the helpers
** the st_*.c files share. Nothing outside src/store/ includes this.
*/
#ifndef SYN_STORE_INT_H
#define SYN_STORE_INT_H
#include <sqlite3.h>
#include "store/store.h"
#include "util/table.h"

struct QualTape;

typedef struct StmtCache { const char *zSql; sqlite3_stmt *pStmt; struct StmtCache *pNext; } StmtCache;

/* The paragraph being inserted into the search index with its words
** tokenized ahead: st_search.c fills it around one insert, the tokenizer
** (st_search_fts.c) replays unit iUnit of pTape when asked to tokenize
** exactly this text in this language. pTape NULL: nothing to replay. Only
** the tokenizer looks inside the tape (src/qual/toktape.h). */
typedef struct SearchReplay {
  const char *zLang;
  const char *z; int n;
  const struct QualTape *pTape; int iUnit;
} SearchReplay;

struct Store {
  sqlite3 *db;
  char *zPath;
  char *zErr;
  int nTxn;                 /* 1 while a transaction is open */
  StmtCache *pCache;
  SearchReplay replay;      /* see above */
  void (*xLogGrew)(void*, int);  /* store_checkpoint_elsewhere() */
  void *pLogArg;
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

/* A loop over result rows goes through st_each() or st_rows(), or is
** written out by hand (about sixteen that build a record row by row or
** stop early): those loop while sqlite3_step() returns SQLITE_ROW, then
** fail unless it returned SQLITE_DONE. Either way an SQLite error mid-way
** (busy, I/O, a corrupt page) is an error and never looks like the end of
** the rows. */

/* Called for each row of st_each(); returns 0 to go on, anything else to
** stop (st_each() then returns that value). */
typedef int (*StEachFn)(sqlite3_stmt*, void *pArg);
/* Run s (bound by the caller; NULL means its st_prepare() failed) and call
** xRow(s, pArg) on every row. Returns STORE_OK after the last row, xRow's
** nonzero value when it stopped, or STORE_ERROR with the message set when
** SQLite fails. s is reset in every case. */
int st_each(Store*, sqlite3_stmt *s, StEachFn xRow, void *pArg);

/* Fills one element (zeroed before the call) from the current row. */
typedef void (*StRowFn)(sqlite3_stmt*, void *pElem);
/* Frees what one element owns (not the element itself). */
typedef void (*StClearFn)(void *pElem);
/* Run s (bound by the caller; NULL: its st_prepare() failed) and collect
** every row into a new array of elements of szElem bytes, each filled by
** xRow. ppArray is the address of the caller's typed array pointer
** (e.g. QualCode**). On STORE_OK *ppArray (NULL when no row; caller frees
** it and what its elements own) and *pn are set. On an SQLite error the
** rows read so far are cleared with xClear (may be NULL) and freed, *ppArray
** is NULL and *pn 0, and STORE_ERROR comes back with the message set: never
** a partial result. */
int st_rows(Store*, sqlite3_stmt *s, size_t szElem, StRowFn xRow, StClearFn xClear,
            void *ppArray, int *pn);

/* An StRowFn for arrays of int64_t: column 0 of the row. */
void st_id_row(sqlite3_stmt*, void *pElem);

/* The integer in column 0 of the first row of s (bound by the caller; NULL:
** its st_prepare() failed), e.g. the id of the row named X. No row:
** STORE_NOTFOUND with the message zFmt... (say what is missing and where to
** look: "no wave 'w1' in P1 (see: synergist wave list)"); an SQLite error:
** STORE_ERROR. *pId is 0 unless STORE_OK. s is reset. */
int st_find_id(Store*, sqlite3_stmt *s, int64_t *pId, const char *zFmt, ...)
  __attribute__((format(printf,4,5)));
/* Whether s has a row: 1 with the row current (the caller reads it, then
** resets s), 0 with none (s reset), or -1 on an SQLite error (message set,
** s reset; the caller returns STORE_ERROR). s NULL: -1. */
int st_step_row(Store*, sqlite3_stmt *s);
/* Copy a text column, or NULL. Caller frees. */
char *st_column_dup(sqlite3_stmt*, int i);
/* Register the full-text search tokenizer and functions on a new
** connection (st_search_fts.c); store_open() calls it right after opening,
** with the store's replay slot (kept by the store while the connection
** lives). Returns an SQLite result code. */
int st_search_register(sqlite3 *db, const SearchReplay *pReplay);
/* The number of units (paragraphs) recorded on a tape (st_search_fts.c). */
int st_search_tape_units(const struct QualTape*);
/* The id of the partnership with code zCode, or STORE_NOTFOUND (message set). */
int st_partnership_id(Store*, const char *zCode, int64_t *pId);

#endif

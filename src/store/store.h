/*
** store.h: the study file. Every SQL statement of synergist lives in
** src/store/; the rest of the program sees only the functions declared in
** the store headers (this one for the study itself, st_*.h for each area).
** A later PostgreSQL backend implements the same headers.
**
** Conventions for every store function:
**  - returns STORE_OK (0) or a STORE_* code; the message of the last failure
**    is store_errmsg() (owned by the Store, valid until the next call);
**  - strings passed in are borrowed; strings and arrays returned through
**    out-parameters are owned by the caller (free(), or the named *_free());
**  - writes happen inside the caller's store_begin()/store_commit(), so that
**    one command is one transaction;
**  - a Store is used by one thread at a time (its connection is opened
**    without SQLite's own locking); another thread opens its own.
*/
#ifndef SYN_STORE_H
#define SYN_STORE_H
#include <stdint.h>
#include "util/err.h"

typedef struct Store Store;

enum {
  STORE_OK = 0,
  STORE_ERROR = 1,      /* unexpected database error */
  STORE_NOTFOUND = 2,   /* the named thing does not exist */
  STORE_EXISTS = 3,     /* a unique name is already taken */
  STORE_INUSE = 4,      /* still referenced, cannot remove */
  STORE_NOTSTUDY = 5,   /* file is not a synergist study */
  STORE_TOONEW = 6,     /* file was written by a newer synergist */
  STORE_NOFILE = 7,     /* no study at that path */
  STORE_QUERY = 8       /* a search query too complex for the backend */
};

#define STORE_APPLICATION_ID 0x53594E47   /* "SYNG" in the SQLite header */

/* Open the study at zPath. With create=1 a missing file is created with the
** current schema; an existing one is opened as usual. A file that is not a
** study or comes from a newer synergist is never written to. On failure
** *ppStore is NULL and *pzErr (caller frees) says why. */
int store_open(const char *zPath, int create, Store **ppStore, char **pzErr);
void store_close(Store*);
const char *store_errmsg(Store*);
const char *store_path(Store*);
int store_schema_version(Store*);       /* of the open file */
int store_schema_latest(void);          /* this program's */

/* One transaction per command. store_rollback() is safe when none is open. */
int store_begin(Store*);
int store_commit(Store*);
void store_rollback(Store*);
/* Inside a transaction, one change that succeeds or fails alone (a web
** coder's action among those committed together): store_part_begin()
** marks the start; store_part_end() keeps it, or with bUndo takes it back. */
int store_part_begin(Store*);
void store_part_end(Store*, int bUndo);

/* The one transaction helper of both front ends (the command line around
** every writing command, the web server around every write): runs
** xWork(p, pArg) as one transaction, committed when it returns 0 and rolled
** back when it returns anything else (its value is put in *pRc). Inside a
** transaction already open it only runs xWork (the opener commits).
** Returns STORE_OK, or the code of a failed BEGIN or COMMIT (message in
** store_errmsg(); nothing was written then). */
int store_write(Store*, int (*xWork)(Store*, void*), void *pArg, int *pRc);

/* Put store result rc (not STORE_OK) and the store's message in *pErr as
** the matching class: not found, already exists, in use -> ERR_FAIL; not a
** study, too new, no file -> ERR_STUDY; the rest ERR_INTERNAL. Returns the
** class. */
int store_err(Store*, int rc, Err *pErr);

/* A listing as a use case's result: a new table of columns zCols (as
** table_newc() takes them) filled by xList, in *ppOut (caller frees);
** or NULL and the store's failure in *pErr (store_err()). Returns 0 or
** the class. */
struct Table;
int store_listing(Store*, const char *zCols, int (*xList)(Store*, struct Table*), struct Table **ppOut, Err *pErr);
/* The end of a listing filled by the caller: t in *ppOut when rc is
** STORE_OK; else t freed, *ppOut NULL and rc's failure in *pErr. */
int store_table(Store*, int rc, struct Table *t, struct Table **ppOut, Err *pErr);

/* One read transaction around several reads (a web request): they see one
** snapshot, and the connection checks the file once. */
int store_read_begin(Store*);
void store_read_end(Store*);
/* The same for a use-case function that may run inside another read or
** write transaction: store_read_hold() begins a read transaction only when
** none is open and returns 1 when it did; store_read_release() ends it
** then (bHeld 1) and does nothing otherwise. A long read (diagnose, the
** report) so sees one snapshot and checks the file once, not per query. */
int store_read_hold(Store*);
void store_read_release(Store*, int bHeld);

/* For a long-running writer (the web survey's): every commit is synced to
** disk before it returns (synchronous=FULL), and a write waits up to a
** minute for another program's transaction to end. */
void store_set_durable(Store*);

/* Keep checkpoints out of this connection's commits (a writer that must
** answer fast): after each commit xLogGrew(pArg, nPage) is told the
** write-ahead log's length in pages instead, and another connection runs
** store_checkpoint() when it has grown. */
void store_checkpoint_elsewhere(Store*, void (*xLogGrew)(void*, int nPage), void *pArg);
/* Copy what the write-ahead log holds into the study file as far as no
** reader needs the log, waiting for nobody (a passive checkpoint). */
int store_checkpoint(Store*);

/* Study-wide settings (key/value text), e.g. "gap_days". *pzVal NULL if unset. */
int store_setting_get(Store*, const char *zKey, char **pzVal);
int store_setting_set(Store*, const char *zKey, const char *zVal);

#endif

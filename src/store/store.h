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

/* One read transaction around several reads (a web request): they see one
** snapshot, and the connection checks the file once. */
int store_read_begin(Store*);
void store_read_end(Store*);

/* For a long-running writer (the web survey's): every commit is synced to
** disk before it returns (synchronous=FULL), and a write waits up to a
** minute for another program's transaction to end. */
void store_set_durable(Store*);

/* Study-wide settings (key/value text), e.g. "gap_days". *pzVal NULL if unset. */
int store_setting_get(Store*, const char *zKey, char **pzVal);
int store_setting_set(Store*, const char *zKey, const char *zVal);

#endif

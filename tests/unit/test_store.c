/*
** test_store.c: unit tests of the study file (src/store): creation with
** the application id and latest schema, transactions that roll back,
** refusal of foreign files, partnership and member round trips; the one
** transaction helper (store_write) and store errors as use-case failures
** (store_err, util/err.h); the page cache of a held read and the bound on
** the number of answer sets that sizes a reader's arrays.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "store/store.h"
#include "store/st_roster.h"
#include "store/st_survey.h"
#include "store/store_int.h"

static char zDir[] = "/tmp/synergist-store-XXXXXX";

static void test_create_and_reopen(void **state){
  (void)state;
  char zPath[128];
  snprintf(zPath, sizeof(zPath), "%s/a.db", zDir);
  Store *p = NULL; char *zErr = NULL;
  assert_int_equal(store_open(zPath, 0, &p, &zErr), STORE_NOFILE);
  free(zErr);
  assert_int_equal(store_open(zPath, 1, &p, &zErr), STORE_OK);
  assert_int_equal(store_schema_version(p), store_schema_latest());
  assert_int_equal(store_begin(p), STORE_OK);
  assert_int_equal(st_partnership_add(p, "PCCP", "Primary Care", NULL), STORE_OK);
  assert_int_equal(st_partnership_add(p, "PCCP", "Again", NULL), STORE_EXISTS);
  assert_int_equal(store_commit(p), STORE_OK);
  /* A rolled back transaction leaves nothing behind. */
  assert_int_equal(store_begin(p), STORE_OK);
  assert_int_equal(st_partnership_add(p, "CHRP", "Community", NULL), STORE_OK);
  store_rollback(p);
  store_close(p);
  assert_int_equal(store_open(zPath, 0, &p, &zErr), STORE_OK);
  char **az; int n;
  assert_int_equal(st_partnership_codes(p, &az, &n), STORE_OK);
  assert_int_equal(n, 1);
  assert_string_equal(az[0], "PCCP");
  free(az[0]); free(az);
  MemberRec m = {0};
  m.zPartnership = "PCCP"; m.zPid = "011"; m.zGroup = "clinician";
  assert_int_equal(st_member_add(p, &m), STORE_OK);
  assert_int_equal(st_member_add(p, &m), STORE_EXISTS);
  m.zPartnership = "NOPE";
  assert_int_equal(st_member_add(p, &m), STORE_NOTFOUND);
  assert_int_equal(st_partnership_remove(p, "PCCP"), STORE_INUSE);
  MemberRec *a; int nm;
  assert_int_equal(st_member_all(p, NULL, &a, &nm), STORE_OK);
  assert_int_equal(nm, 1);
  assert_string_equal(a[0].zGroup, "clinician");
  st_member_recs_free(a, nm);
  store_close(p);
  unlink(zPath);
}

static void test_foreign_file(void **state){
  (void)state;
  char zPath[128];
  snprintf(zPath, sizeof(zPath), "%s/notes.txt", zDir);
  FILE *f = fopen(zPath, "w");
  fputs("not a database at all, but long enough to look like a header......................................", f);
  fclose(f);
  Store *p = NULL; char *zErr = NULL;
  assert_int_equal(store_open(zPath, 1, &p, &zErr), STORE_NOTSTUDY);
  assert_null(p);
  assert_non_null(strstr(zErr, "not a synergist study"));
  free(zErr);
  unlink(zPath);
}

/* Work for store_write(): add partnership pArg, then fail when its code is "FAIL". */
static int add_one(Store *p, void *pArg){
  const char *zCode = pArg;
  int rc = st_partnership_add(p, zCode, "Name", NULL);
  if( rc ) return rc;
  return strcmp(zCode, "FAIL")==0 ? 42 : 0;
}
/* Work that nests a second store_write() inside the first. */
static int add_nested(Store *p, void *pArg){
  int rcIn = -1;
  int rc = store_write(p, add_one, pArg, &rcIn);
  return rc ? rc : rcIn;
}
static int count_partnerships(Store *p){
  char **az; int n;
  assert_int_equal(st_partnership_codes(p, &az, &n), STORE_OK);
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
  return n;
}

static void test_store_write(void **state){
  (void)state;
  char zPath[128];
  snprintf(zPath, sizeof(zPath), "%s/w.db", zDir);
  Store *p = NULL; char *zErr = NULL;
  assert_int_equal(store_open(zPath, 1, &p, &zErr), STORE_OK);
  int rcWork = -1;
  /* 0 from the work: committed. */
  assert_int_equal(store_write(p, add_one, "PCCP", &rcWork), STORE_OK);
  assert_int_equal(rcWork, 0);
  assert_int_equal(count_partnerships(p), 1);
  /* Anything else: rolled back, its value given back. */
  assert_int_equal(store_write(p, add_one, "FAIL", &rcWork), STORE_OK);
  assert_int_equal(rcWork, 42);
  assert_int_equal(count_partnerships(p), 1);
  /* A store failure inside the work (PCCP exists) is its value too. */
  assert_int_equal(store_write(p, add_one, "PCCP", &rcWork), STORE_OK);
  assert_int_equal(rcWork, STORE_EXISTS);
  /* Nested: the inner one neither commits nor ends the outer one, so the
  ** outer failure takes back the inner write. */
  assert_int_equal(store_write(p, add_nested, "FAIL", &rcWork), STORE_OK);
  assert_int_equal(rcWork, 42);
  assert_int_equal(count_partnerships(p), 1);
  assert_int_equal(store_write(p, add_nested, "CHRP", &rcWork), STORE_OK);
  assert_int_equal(rcWork, 0);
  assert_int_equal(count_partnerships(p), 2);
  /* store_err: the classes are the exit codes of `help exit-codes`. */
  Err err = ERR_INIT;
  assert_int_equal(st_partnership_add(p, "PCCP", "Again", NULL), STORE_EXISTS);
  assert_int_equal(store_err(p, STORE_EXISTS, &err), ERR_FAIL);
  assert_int_equal(err.e, 1);
  assert_non_null(err.zMsg);
  assert_string_equal(err.zMsg, store_errmsg(p));
  assert_int_equal(store_err(p, STORE_NOTSTUDY, &err), 4);
  assert_int_equal(store_err(p, STORE_ERROR, &err), 5);
  err_clear(&err);
  assert_int_equal(err.e, ERR_OK);
  assert_null(err.zMsg);
  assert_int_equal(err_if_problems(&err), 0);
  errlist_add(&err.list, "a.csv", 2, 3, "bad %s", "value");
  assert_int_equal(err_if_problems(&err), ERR_DATA);
  assert_int_equal(err.e, 3);
  assert_int_equal(err_set(&err, ERR_USAGE, "--x must be %d", 5), 2);
  assert_string_equal(err.zMsg, "--x must be 5");
  err_clear(&err);
  assert_int_equal(err.list.n, 0);
  store_close(p);
  unlink(zPath);
}

static int64_t int_of(Store *p, const char *zSql){
  sqlite3_stmt *s = NULL;
  assert_int_equal(sqlite3_prepare_v2(p->db, zSql, -1, &s, 0), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  int64_t v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

/* A held read keeps SQLite's default 2 MB page cache and gives the 32 MB
** of writes back when released; a nested hold changes nothing.
** st_response_bound() is the largest answer set's row id (at least their
** number), 0 without any. */
static void test_read_cache_and_bound(void **state){
  (void)state;
  char zPath[128];
  snprintf(zPath, sizeof(zPath), "%s/r.db", zDir);
  Store *p = NULL; char *zErr = NULL;
  assert_int_equal(store_open(zPath, 1, &p, &zErr), STORE_OK);
  assert_int_equal(int_of(p, "PRAGMA cache_size"), -32768);
  int bHeld = store_read_hold(p);
  assert_int_equal(bHeld, 1);
  assert_int_equal(int_of(p, "PRAGMA cache_size"), -2000);
  int bInner = store_read_hold(p);
  assert_int_equal(bInner, 0);
  store_read_release(p, bInner);
  assert_int_equal(int_of(p, "PRAGMA cache_size"), -2000);
  int64_t n = -1;
  assert_int_equal(st_response_bound(p, &n), STORE_OK);
  assert_int_equal(n, 0);
  store_read_release(p, bHeld);
  assert_int_equal(int_of(p, "PRAGMA cache_size"), -32768);
  assert_int_equal(sqlite3_exec(p->db,
    "INSERT INTO partnership(id,code,name) VALUES(1,'P1','One');"
    "INSERT INTO wave(id,partnership_id,name) VALUES(1,1,'w1');"
    "INSERT INTO instrument(id,code,source,n_item,definition) VALUES(1,'i','json',1,'{}');"
    "INSERT INTO response(id,wave_id,instrument_id,respondent,answers) VALUES(3,1,1,'a',x'02'),(7,1,1,'b',x'02');"
    "DELETE FROM response WHERE id=3;", 0, 0, 0), SQLITE_OK);
  assert_int_equal(st_response_bound(p, &n), STORE_OK);
  assert_int_equal(n, 7);
  store_close(p);
  unlink(zPath);
}

int main(void){
  if( !mkdtemp(zDir) ) return 1;
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_create_and_reopen),
    cmocka_unit_test(test_foreign_file),
    cmocka_unit_test(test_store_write),
    cmocka_unit_test(test_read_cache_and_bound),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  rmdir(zDir);
  return rc;
}

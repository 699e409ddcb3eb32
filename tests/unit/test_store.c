/*
** test_store.c: unit tests of the study file (src/store): creation with
** the application id and latest schema, transactions that roll back,
** refusal of foreign files, partnership and member round trips.
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
  member_recs_free(a, nm);
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

int main(void){
  if( !mkdtemp(zDir) ) return 1;
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_create_and_reopen),
    cmocka_unit_test(test_foreign_file),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  rmdir(zDir);
  return rc;
}

/*
** test_user_rights.c: who may do what (src/user/user.c, pure): the order
** of roles, partnership access, who may manage whom; the {p} route
** parameter (src/serve/request.c) and the %U conversion (src/util/html.c).
** Expected values by hand from the role table in user.h.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "serve/request.h"
#include "user/user.h"
#include "util/html.h"

static char *azPccp[] = { "PCCP" };
static char *azBoth[] = { "CHRP", "PCCP" };

static void roles_ordered(void **state){
  (void)state;
  assert_int_equal(user_role_parse("viewer"), ROLE_VIEWER);
  assert_int_equal(user_role_parse("admin"), ROLE_ADMIN);
  assert_int_equal(user_role_parse("Admin"), ROLE_NONE);
  assert_int_equal(user_role_parse(NULL), ROLE_NONE);
  assert_string_equal(user_role_name(ROLE_EVALUATOR), "evaluator");
  User coder = { .role = ROLE_CODER, .nPart = 1, .azPart = azPccp };
  assert_int_equal(user_may(&coder, ROLE_VIEWER, "PCCP"), 1);
  assert_int_equal(user_may(&coder, ROLE_CODER, "PCCP"), 1);
  assert_int_equal(user_may(&coder, ROLE_CODER, "CHRP"), 0);     /* another partnership */
  assert_int_equal(user_may(&coder, ROLE_EVALUATOR, "PCCP"), 0);  /* a higher role */
  assert_int_equal(user_may(&coder, ROLE_CODER, NULL), 1);
  assert_int_equal(user_may(&coder, ROLE_NONE, NULL), 0);
  assert_int_equal(user_may(NULL, ROLE_VIEWER, NULL), 0);
  User viewer = { .role = ROLE_VIEWER, .bAll = 1 };
  assert_int_equal(user_may(&viewer, ROLE_VIEWER, "CHRP"), 1);
  assert_int_equal(user_may(&viewer, ROLE_CODER, "CHRP"), 0);     /* no transcripts */
  User admin = { .role = ROLE_ADMIN };
  assert_int_equal(user_may(&admin, ROLE_ADMIN, "ANY"), 1);
}

static void who_manages_whom(void **state){
  (void)state;
  User eva = { .role = ROLE_EVALUATOR, .nPart = 1, .azPart = azPccp };
  assert_int_equal(user_may_manage(&eva, ROLE_CODER, 0, 1, azPccp), 1);
  assert_int_equal(user_may_manage(&eva, ROLE_VIEWER, 0, 1, azPccp), 1);
  assert_int_equal(user_may_manage(&eva, ROLE_CODER, 0, 2, azBoth), 0);   /* CHRP is not hers */
  assert_int_equal(user_may_manage(&eva, ROLE_CODER, 1, 0, NULL), 0);     /* all partnerships */
  assert_int_equal(user_may_manage(&eva, ROLE_CODER, 0, 0, NULL), 0);     /* none */
  assert_int_equal(user_may_manage(&eva, ROLE_EVALUATOR, 0, 1, azPccp), 0);
  assert_int_equal(user_may_manage(&eva, ROLE_ADMIN, 1, 0, NULL), 0);
  User coder = { .role = ROLE_CODER, .bAll = 1 };
  assert_int_equal(user_may_manage(&coder, ROLE_VIEWER, 0, 1, azPccp), 0);
  User admin = { .role = ROLE_ADMIN, .bAll = 1 };
  assert_int_equal(user_may_manage(&admin, ROLE_ADMIN, 1, 0, NULL), 1);
  assert_int_equal(user_may_manage(NULL, ROLE_ADMIN, 1, 0, NULL), 1);     /* the command line */
}

static void name_route_and_url(void **state){
  (void)state;
  char z[65]; int n;
  assert_int_equal(sv_route_match("/users/{p}/remove", "/users/<b> x/remove", z, &n), 1);
  assert_string_equal(z, "<b> x");
  assert_int_equal(sv_route_match("/users/{p}/remove", "/users//remove", z, &n), 0);
  char zLong[80];
  memset(zLong, 'a', 65); zLong[65] = 0;
  char zPath[100];
  snprintf(zPath, sizeof(zPath), "/users/%s/remove", zLong);
  assert_int_equal(sv_route_match("/users/{p}/remove", zPath, z, &n), 0);
  Sb s = SB_INIT;
  html_printf(&s, "/u/%U?next=%U", "a b/é\"<", "/x?y=1&z");
  assert_string_equal(sb_str(&s), "/u/a%20b%2F%C3%A9%22%3C?next=%2Fx%3Fy%3D1%26z");
  sb_free(&s);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(roles_ordered),
    cmocka_unit_test(who_manages_whom),
    cmocka_unit_test(name_route_and_url),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

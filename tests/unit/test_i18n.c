/*
** test_i18n.c: unit tests of util/i18n.h: numbers in English (exactly
** printf's output) and in French (decimal comma, no-break space before a
** percent sign that follows a number, positional arguments), i18n_num(),
** the choice of language from the environment, and the diagnosis speaking
** French once the language is switched (the build's locale/ holds the
** compiled po/fr.po). Expected strings are written out by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "diagnose/diagnose.h"
#include "util/date.h"
#include "util/i18n.h"

#define NB "\xC2\xA0"

/* i18n_vasprintf_lang() in the given language, for the tests. */
static char *fmt(int bFr, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  char *z = i18n_vasprintf_lang(bFr, zFmt, ap);
  va_end(ap);
  return z;
}

#define EXPECT(bFr, zWant, ...) do{ char *z_ = fmt(bFr, __VA_ARGS__); assert_string_equal(z_, zWant); free(z_); }while(0)

static void test_english_is_printf(void **state){
  (void)state;
  EXPECT(0, "3.46 and 82%", "%.2f and %.0f%%", 3.456, 82.0);
  EXPECT(0, "-1.37 (95% CI -1.71 to -1.02)", "%+.2f (95%% CI %.2f to %.2f)", -1.366, -1.71, -1.02);
  EXPECT(0, "x 3.1", "%2$s %1$.1f", 3.14159, "x");
  EXPECT(0, "   42|0.3", "%*d|%g", 5, 42, 0.3);
}

static void test_french_numbers(void **state){
  (void)state;
  EXPECT(1, "3,46", "%.2f", 3.456);
  EXPECT(1, "-1,37", "%+.2f", -1.366);
  EXPECT(1, "+1,01", "%+.2f", 1.01);
  EXPECT(1, "0,3 1,500000e+03", "%g %e", 0.3, 1500.0);
  /* a percent sign after a number gets a no-break space; a literal number does not */
  EXPECT(1, "82" NB "%", "%.0f%%", 82.0);
  EXPECT(1, "(5" NB "%)", "(%d%%)", 5);
  EXPECT(1, "  3,1" NB "%", "%5.1f%%", 3.14159);   /* width 5: two spaces */
  EXPECT(1, "95% CI", "95%% CI");
  EXPECT(1, "a.b%", "%s%%", "a.b");
  EXPECT(1, "100 %", "%d %%", 100);
  /* strings keep their points; integers of every length */
  EXPECT(1, "v1.2 1234567890123 7 -3", "v%s %lld %zu %ld", "1.2", 1234567890123LL, (size_t)7, -3L);
  /* width and precision from arguments */
  EXPECT(1, "   42 2,50", "%*d %.*f", 5, 42, 2, 2.5);
  /* positional arguments, as a translator reorders them */
  EXPECT(1, "x 3,1 y", "%2$s %1$.1f %3$s", 3.14159, "x", "y");
  EXPECT(1, "de 2,84 (followup1) à 4,20", "de %2$.2f (%3$s) à %1$.2f", 4.2, 2.84, "followup1");
}

static void test_num(void **state){
  (void)state;
  char z[I18N_NUM_MAX];
  /* no catalogue bound yet: English */
  assert_string_equal(i18n_num(z, 3.456, 2), "3.46");
  assert_string_equal(i18n_num(z, -0.001, 2), "0.00");
  assert_string_equal(i18n_num(z, -1.5, 1), "-1.5");
  assert_string_equal(i18n_num(z, 7, 0), "7");
  assert_string_equal(i18n_num(z, NAN, 2), "NA");
}

/* Findings of the meeting-gap rule on two meetings 214 days apart. */
static Findings *gap_findings(void){
  static MeetingRec g[] = { {"P", "2016-05-01", "meeting", 60, 1}, {"P", "2016-12-01", "meeting", 60, 2} };
  static MemberRec m[] = { {"P", "1", NULL, NULL, "clinician", "2015-01-01", NULL, 0, NULL, 0} };
  DiagRoster r = {0};
  int d;
  date_parse("2017-01-01", &d);
  r.aMem = m; r.nMem = 1; r.aMeet = g; r.nMeet = 2; r.iAsOf = d;
  DiagParams p;
  char *zErr = NULL;
  diag_params_load(NULL, 0, NULL, &p, &zErr);
  Findings *f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  return f;
}

static void test_french_catalogue(void **state){
  (void)state;
  unsetenv("LANGUAGE");
  setenv("LC_ALL", "C.UTF-8", 1);
  i18n_init(NULL);
  assert_false(i18n_is_fr());
  Findings *f = gap_findings();
  assert_int_equal(f->n, 1);
  /* 214 days = 7.03 months at 30.44 days a month */
  assert_string_equal(f->a[0].zDetail, "No meeting for 214 days (7.0 months) between 2016-05-01 and 2016-12-01 "
                      "(rule meeting_gap: gaps over gap_days=180; over 365 days a concern).");
  findings_free(f);

  assert_int_equal(i18n_set_lang("fr"), 0);
  assert_true(i18n_is_fr());
  assert_string_equal(i18n_lang(), "fr");
  char z[I18N_NUM_MAX];
  assert_string_equal(i18n_num(z, 3.456, 2), "3,46");
  assert_string_equal(evidence_type_name("scale"), "échelle");
  f = gap_findings();
  /* the sentence in French, its threshold key=value untouched */
  assert_string_equal(f->a[0].zDetail, "Aucune réunion pendant 214 jours (7,0 mois) entre le 2016-05-01 et le 2016-12-01 "
                      "(règle meeting_gap : interruptions de plus de gap_days=180 ; au-delà de 365 jours, une préoccupation).");
  assert_string_equal(f->a[0].aEv[0].zText, "dernière réunion avant l’interruption");
  assert_string_equal(f->a[0].zKind, "meeting_gap");
  assert_string_equal(f->a[0].zThreshold, "gap_days=180");
  findings_free(f);
  char *zErr = NULL;
  LeverDefs *d = lever_defs_builtin(&zErr);
  int k = lever_def_index(d, "decision_making");
  assert_string_equal(lever_label(&d->a[k]), "prise de décision");
  assert_string_equal(lever_level_name(&d->a[k]), "opérationnel");
  lever_defs_free(d);

  assert_int_equal(i18n_set_lang("en"), 0);
  assert_false(i18n_is_fr());
  assert_string_equal(C_("kind", "synergy_decline"), "synergy_decline");
  assert_int_equal(i18n_set_lang("de"), -1);
}

static void test_language_from_environment(void **state){
  (void)state;
  /* LANG names a French locale that need not be installed */
  unsetenv("LANGUAGE"); unsetenv("LC_ALL"); unsetenv("LC_MESSAGES");
  setenv("LANG", "fr_CA.UTF-8", 1);
  i18n_init(NULL);
  assert_true(i18n_is_fr());
  /* LC_ALL wins over LANG */
  unsetenv("LANGUAGE");
  setenv("LC_ALL", "en_CA.UTF-8", 1);
  i18n_init(NULL);
  assert_false(i18n_is_fr());
  /* LANGUAGE chooses when the locale is not C */
  setenv("LC_ALL", "C.UTF-8", 1);
  setenv("LANGUAGE", "de:fr", 1);
  i18n_init(NULL);
  assert_true(i18n_is_fr());
  /* in the C locale LANGUAGE is ignored, as GNU gettext does */
  setenv("LC_ALL", "C", 1);
  setenv("LANGUAGE", "fr", 1);
  i18n_init(NULL);
  assert_false(i18n_is_fr());
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_english_is_printf),
    cmocka_unit_test(test_french_numbers),
    cmocka_unit_test(test_num),
    cmocka_unit_test(test_french_catalogue),
    cmocka_unit_test(test_language_from_environment),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

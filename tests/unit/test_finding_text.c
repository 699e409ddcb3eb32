/*
** test_finding_text.c: findings in plain words (src/report/finding_text.c):
** the rule and threshold taken out of a finding's sentence wherever the
** rules put them (the whole parentheses, or after a ';' inside them, with
** the French space before ';'), rule ids with a variant found by their
** family, the first sentence only, and long evidence lists summarised by
** how often each text occurs, short ones listed, in the C locale (English).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "report/finding_text.h"

static char *plain(const char *zRule, const char *zDetail, int bFirst){
  Findings *p = findings_new();
  Finding *f = findings_add(p, "AAA", "meeting_gap", SEV_CONCERN, zRule, NULL);
  fnd_detail(f, "%s", zDetail);
  char *z = finding_plain(f, bFirst);
  findings_free(p);
  return z;
}

static void test_plain(void **state){
  (void)state;
  char *z = plain("meeting_gap", "No meeting for 561 days between 2015-05-04 and 2016-11-15 "
                  "(rule meeting_gap: gaps over gap_days=180; over 365 days a concern).", 0);
  assert_string_equal(z, "No meeting for 561 days between 2015-05-04 and 2016-11-15.");
  free(z);
  z = plain("missing_stakeholder_group", "No patient partner among the members from 2013-06-01 to "
            "2014-02-01 (245 days; rule missing_stakeholder_group: stretches of at least missing_days=90).", 0);
  assert_string_equal(z, "No patient partner among the members from 2013-06-01 to 2014-02-01 (245 days).");
  free(z);
  z = plain("missing_stakeholder_group", "Aucun membre du 2013-06-01 au 2014-02-01 (245 jours ; règle "
            "missing_stakeholder_group : périodes d’au moins missing_days=90).", 0);
  assert_string_equal(z, "Aucun membre du 2013-06-01 au 2014-02-01 (245 jours).");
  free(z);
  /* A variant of the rule is named by its family in the sentence; nested
  ** parentheses inside the rule's are skipped whole; the second sentence
  ** stays unless only the first is asked for. */
  const char *zLow = "Decision making scores 2.58 (95% CI 2.33 to 2.84, n=22), in the concern band "
    "(rule low_determinant: the concern band (1 to 2.9), or below_programme=0.5). Enabling processes: decision making.";
  z = plain("low_determinant.band+programme", zLow, 0);
  assert_string_equal(z, "Decision making scores 2.58 (95% CI 2.33 to 2.84, n=22), in the concern band. "
                         "Enabling processes: decision making.");
  free(z);
  z = plain("low_determinant.band+programme", zLow, 1);
  assert_string_equal(z, "Decision making scores 2.58 (95% CI 2.33 to 2.84, n=22), in the concern band.");
  free(z);
  /* No rule named: the sentence as it is. */
  z = plain("other", "Nothing to take out (n=3).", 0);
  assert_string_equal(z, "Nothing to take out (n=3).");
  free(z);
}

static void test_evidence(void **state){
  (void)state;
  Findings *p = findings_new();
  Finding *f = findings_add(p, "AAA", "turnover", SEV_CONCERN, "turnover.individual", NULL);
  /* 14 members who left: 6 decision makers, 4 administrators, 3 clinicians, 1 patient partner. */
  static const char *const azG[] = { "decision maker", "health system administrator", "clinician", "patient partner" };
  static const int anG[] = { 6, 4, 3, 1 };
  int k = 0;
  for(int g=0; g<4; g++){
    for(int i=0; i<anG[g]; i++){
      char zPid[16];
      snprintf(zPid, sizeof(zPid), "%03d", ++k);
      fnd_evidence(f, "member", 0, zPid, azG[g]);
    }
  }
  fnd_evidence(f, "event", 3, "2015-04-01 context", "Reform");
  Sb s = SB_INIT;
  finding_evidence_html(&s, f, NULL);
  const char *z = sb_str(&s);
  assert_non_null(strstr(z, "<li class=\"evidence-summary\">member (14): decision maker 6, "
                            "health system administrator 4, clinician 3, patient partner 1 "));
  /* no workbook written with the page: the command that writes it */
  assert_non_null(strstr(z, "(full list: sheet evidence of the workbook that synergist report --xlsx writes)"));
  assert_null(strstr(z, ">member 001"));               /* not listed one by one */
  assert_non_null(strstr(z, "Reform</li>"));          /* a short list stays whole */
  assert_int_equal(finding_evidence_short(f, "member"), 0);
  assert_int_equal(finding_evidence_short(f, "event"), 1);
  sb_free(&s);
  /* Distinct texts: the first three references and how many more. */
  Finding *g = findings_add(p, "AAA", "single_broker", SEV_WARNING, "single_broker", NULL);
  static const char *const azOrg[] = { "Org A", "Org B", "Org C", "Org D", "Org E" };
  for(int i=0; i<5; i++) fnd_evidence(g, "organisation", 0, azOrg[i], azOrg[i]);
  FindingSee see = { 7, "book.xlsx" };
  finding_evidence_html(&s, g, &see);
  assert_non_null(strstr(sb_str(&s), "organisation (5): Org A, Org B, Org C and 2 more"));
  assert_non_null(strstr(sb_str(&s), "(full list: <a href=\"book.xlsx\">the workbook</a>, sheet evidence, AAA finding 7)"));
  sb_free(&s);
  /* The evidence sheet: every piece, one row each, with its finding's number. */
  const Finding *aF[2] = { &p->a[0], &p->a[1] };
  int aiNum[2] = { 3, 7 };
  Table *t = finding_evidence_table(aF, aiNum, 2);
  assert_int_equal(t->nRow, 14 + 1 + 5);
  assert_int_equal(table_cell(t, 0, 0)->i, 3);
  assert_string_equal(table_cell(t, 0, table_col(t, "type"))->z, "member");
  assert_string_equal(table_cell(t, 0, table_col(t, "reference"))->z, "001");
  assert_string_equal(table_cell(t, 0, table_col(t, "text"))->z, "decision maker");
  assert_string_equal(table_cell(t, 14, table_col(t, "type"))->z, "event");
  assert_int_equal(table_cell(t, 14, table_col(t, "id"))->i, 3);
  assert_int_equal(table_cell(t, 19, 0)->i, 7);
  assert_string_equal(table_cell(t, 19, table_col(t, "text"))->z, "Org E");
  table_free(t);
  findings_free(p);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_plain),
    cmocka_unit_test(test_evidence),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

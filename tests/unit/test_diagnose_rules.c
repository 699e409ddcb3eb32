/*
** test_diagnose_rules.c: unit tests of the pure diagnosis logic: the
** decline and sustained-slide tests, lever ranking, screening scores,
** threshold loading, the sector mask, the meeting-gap and missing-group
** rules on hand-made records, and the English and French texts of the
** levers and screening data files, and the order of findings (by weight,
** never by their sentences). Expected values are worked out by hand in
** the comments.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "diagnose/diagnose.h"
#include "diagnose/portfolio.h"
#include "diagnose/screening.h"
#include "util/date.h"
#include "util/xalloc.h"

static void test_is_decline(void **state){
  (void)state;
  /* with a CI, the whole CI below zero decides, whatever the size */
  assert_true(diag_is_decline(-0.76, -1.20, -0.32, 0.5));
  assert_false(diag_is_decline(-0.76, -1.60, 0.08, 0.5));
  assert_true(diag_is_decline(-0.10, -0.19, -0.01, 0.5));
  /* a rise is never a decline */
  assert_false(diag_is_decline(0.9, 0.3, 1.5, 0.5));
  /* without a CI, a fall of at least decline_points counts */
  assert_true(diag_is_decline(-0.5, NAN, NAN, 0.5));
  assert_false(diag_is_decline(-0.49, NAN, NAN, 0.5));
  assert_false(diag_is_decline(NAN, NAN, NAN, 0.5));
}

static void test_slide(void **state){
  (void)state;
  /* 4.0 -> 3.8 -> 3.6: two falls totalling 0.4 >= 0.3 */
  double a[] = { 4.0, 3.8, 3.6 };
  assert_int_equal(diag_slide_length(a, 3, 2, 0.3), 2);
  /* the same with 0.5 needed: no slide */
  assert_int_equal(diag_slide_length(a, 3, 2, 0.5), 0);
  /* one fall only (3.6 -> 3.9 -> 3.7) */
  double b[] = { 3.6, 3.9, 3.7 };
  assert_int_equal(diag_slide_length(b, 3, 2, 0.1), 0);
  /* three falls 4.2 > 4.1 > 4.0 > 3.8 count from the start: 0.4 */
  double c[] = { 4.2, 4.1, 4.0, 3.8 };
  assert_int_equal(diag_slide_length(c, 4, 2, 0.3), 3);
  /* a suppressed wave (NAN) breaks the run */
  double d[] = { 4.2, NAN, 4.0, 3.8 };
  assert_int_equal(diag_slide_length(d, 4, 2, 0.1), 0);
}

static void test_lever_rank(void **state){
  (void)state;
  /* candidates: beta, CI low, partnership score, programme mean; target 4.0
  **  0: 0.40, 0.10, 3.0, 3.5 -> headroom 1.0, priority 0.40
  **  1: 0.60, -0.05, 2.0, 3.0 -> CI includes 0: out
  **  2: 0.20, 0.05, 2.5, 3.0 -> headroom 1.5, priority 0.30
  **  3: 0.50, 0.20, 4.2, 4.5 -> target max(4.0, 4.5) = 4.5, headroom 0.3, priority 0.15
  **  4: 0.30, 0.10, 4.1, 3.9 -> at target: out */
  double aB[] = { 0.40, 0.60, 0.20, 0.50, 0.30 };
  double aL[] = { 0.10, -0.05, 0.05, 0.20, 0.10 };
  double aS[] = { 3.0, 2.0, 2.5, 4.2, 4.1 };
  double aP[] = { 3.5, 3.0, 3.0, 4.5, 3.9 };
  int aOut[5]; double aPrio[5];
  int n = lever_rank(aB, aL, aS, aP, 5, 4.0, 3, aOut, aPrio);
  assert_int_equal(n, 3);
  assert_int_equal(aOut[0], 0); assert_float_equal(aPrio[0], 0.40, 1e-12);
  assert_int_equal(aOut[1], 2); assert_float_equal(aPrio[1], 0.30, 1e-12);
  assert_int_equal(aOut[2], 3); assert_float_equal(aPrio[2], 0.15, 1e-12);
  /* at most two */
  assert_int_equal(lever_rank(aB, aL, aS, aP, 5, 4.0, 2, aOut, NULL), 2);
  /* a NAN score is skipped */
  aS[0] = NAN;
  assert_int_equal(lever_rank(aB, aL, aS, aP, 5, 4.0, 3, aOut, NULL), 2);
  assert_int_equal(aOut[0], 2);
}

static void test_params(void **state){
  (void)state;
  DiagParams p;
  char *zErr = NULL;
  assert_int_equal(diag_params_load(NULL, 0, NULL, &p, &zErr), 0);
  assert_float_equal(p.a[DP_GAP_DAYS], 180, 0);
  assert_float_equal(p.a[DP_TIPPING_LOSSES], 1, 0);
  const char *azOk[] = { "gap_days=120", "turnover_individual=0.25" };
  assert_int_equal(diag_params_load(NULL, 2, azOk, &p, &zErr), 0);
  assert_float_equal(p.a[DP_GAP_DAYS], 120, 0);
  assert_float_equal(p.a[DP_TURNOVER_IND], 0.25, 0);
  char *z = diag_param_str(&p, DP_TURNOVER_IND);
  assert_string_equal(z, "turnover_individual=0.25");
  free(z);
  const char *azBad[] = { "gap_day=3" };
  assert_int_equal(diag_params_load(NULL, 1, azBad, &p, &zErr), 1);
  assert_non_null(strstr(zErr, "unknown threshold"));
  free(zErr);
  const char *azNan[] = { "gap_days=soon" };
  assert_int_equal(diag_params_load(NULL, 1, azNan, &p, &zErr), 1);
  assert_non_null(strstr(zErr, "needs a number"));
  free(zErr);
  assert_true(diag_setting_known("diagnose.gap_days"));
  assert_true(diag_setting_known("diagnose.expected_groups"));
  assert_false(diag_setting_known("diagnose.nothing"));
  assert_false(diag_setting_known("gap_days"));
}

static void test_screen_score(void **state){
  (void)state;
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  assert_non_null(c);
  DiagParams p;
  diag_params_load(NULL, 0, NULL, &p, &zErr);
  ScreenAnswers *a = st_screen_answers_new();
  /* negatives 1 and 0: risk 1/4 = 0.25 -> conditions; success 2,2: 1.0 */
  st_screen_answers_add(a, "mistrust", 1, NULL);
  st_screen_answers_add(a, "roles_unclear", 0, NULL);
  st_screen_answers_add(a, "shared_goals", 2, NULL);
  st_screen_answers_add(a, "flexibility", 2, "");
  ScreenScore s;
  screen_score(c, a, &p, &s);
  assert_float_equal(s.rRisk, 0.25, 1e-12);
  assert_float_equal(s.rSuccess, 1.0, 1e-12);
  assert_int_equal(s.nNeg, 2);
  assert_string_equal(s.zVerdict, "proceed with conditions");
  /* lower the risk: 0 and 0 -> proceed */
  a->aRating[0] = 0;
  screen_score(c, a, &p, &s);
  assert_string_equal(s.zVerdict, "proceed");
  /* success 1 and 0 -> 0.25 < 0.5 -> conditions */
  a->aRating[2] = 1; a->aRating[3] = 0;
  screen_score(c, a, &p, &s);
  assert_float_equal(s.rSuccess, 0.25, 1e-12);
  assert_string_equal(s.zVerdict, "proceed with conditions");
  /* both negatives 2: risk 1.0 -> reconsider */
  a->aRating[0] = 2; a->aRating[1] = 2;
  screen_score(c, a, &p, &s);
  assert_string_equal(s.zVerdict, "reconsider");
  st_screen_answers_free(a);
  checklist_free(c);
}

static MemberRec mem(const char *zP, const char *zPid, const char *zGroup, const char *zOrg,
                     const char *zJoined, const char *zLeft){
  MemberRec m = {0};
  m.zPartnership = (char*)zP; m.zPid = (char*)zPid; m.zGroup = (char*)zGroup; m.zOrg = (char*)zOrg;
  m.zJoined = (char*)zJoined; m.zLeft = (char*)zLeft;
  return m;
}

static int day(const char *z){ int d = 0; date_parse(z, &d); return d; }

static void test_sector_mask(void **state){
  (void)state;
  MemberRec a[] = {
    mem("P", "1", "clinician", "O1", "2016-01-01", NULL),
    mem("P", "2", "decision maker", "O2", "2016-01-01", "2017-01-01"),
    mem("P", "3", "clinician", "O3", "2016-01-01", NULL),
    mem("Q", "1", "clinician", "O4", "2016-01-01", NULL),
  };
  const char *azSector[] = { "nonprofit", "government", "academic", "industry" };
  /* on 2016-06-01: nonprofit, government and academic (bits 0, 2 and 3) */
  assert_int_equal(portfolio_sector_mask(a, azSector, 4, "P", day("2016-06-01")), 1+4+8);
  /* on 2018-01-01 the government member has left */
  assert_int_equal(portfolio_sector_mask(a, azSector, 4, "P", day("2018-01-01")), 1+8);
  assert_int_equal(portfolio_sector_mask(a, azSector, 4, "Q", day("2018-01-01")), 2);
  /* health system is bit 4, a sector a user named bit 5 */
  const char *azOther[] = { "health system", "community", NULL, "industry" };
  assert_int_equal(portfolio_sector_mask(a, azOther, 4, "P", day("2016-06-01")), 16+32);
}

/* The one rule for trend words (the report's briefing and portfolio): a
** clear rise or fall only when the change's 95% CI excludes 0, whatever the
** sign of the difference; the demo's CHRP (+0.06, CI across 0) is about
** the same, not up. */
static void test_trend(void **state){
  (void)state;
  ScoreChange c = {0};
  assert_int_equal(portfolio_trend(NULL), PF_NONE);
  c.diff = NAN;
  assert_int_equal(portfolio_trend(&c), PF_NONE);
  c.diff = 0.06; c.ciLow = -0.20; c.ciHigh = 0.32; c.bClear = 0;
  assert_int_equal(portfolio_trend(&c), PF_SAME);
  c.diff = -0.06; c.ciLow = -0.32; c.ciHigh = 0.20;
  assert_int_equal(portfolio_trend(&c), PF_SAME);
  c.diff = 0.81; c.ciLow = 0.43; c.ciHigh = 1.20; c.bClear = 1;
  assert_int_equal(portfolio_trend(&c), PF_UP);
  c.diff = -0.81; c.ciLow = -1.20; c.ciHigh = -0.43;
  assert_int_equal(portfolio_trend(&c), PF_DOWN);
}

static DiagParams defaults(void){
  DiagParams p; char *zErr = NULL;
  diag_params_load(NULL, 0, NULL, &p, &zErr);
  return p;
}

static void test_meeting_gap(void **state){
  (void)state;
  /* 2016-01-01 -> 2016-05-01 is 121 days (no), -> 2016-12-01 is 214 (warning),
  ** -> 2018-01-01 is 396 (concern); today 2018-03-01 is 59 days later (no). */
  MeetingRec g[] = {
    {"P", "2016-01-01", "meeting", 60, 1}, {"P", "2016-05-01", "meeting", 60, 2},
    {"P", "2016-12-01", "meeting", 60, 3}, {"P", "2018-01-01", "meeting", 60, 4},
  };
  MemberRec m[] = { mem("P", "1", "clinician", NULL, "2015-01-01", NULL) };
  DiagRoster r = {0};
  r.aMem = m; r.nMem = 1; r.aMeet = g; r.nMeet = 4; r.iAsOf = day("2018-03-01");
  DiagParams p = defaults();
  Findings *f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  assert_int_equal(f->n, 2);
  assert_string_equal(f->a[0].zDate, "2016-05-01");
  assert_int_equal(f->a[0].eSev, SEV_WARNING);
  assert_float_equal(f->a[0].aFig[0].r, 214, 0);
  assert_string_equal(f->a[1].zDateEnd, "2018-01-01");
  assert_int_equal(f->a[1].eSev, SEV_CONCERN);
  assert_float_equal(f->a[1].aFig[0].r, 396, 0);
  assert_int_equal(f->a[1].aEv[0].id, 3);
  findings_free(f);
  /* an ongoing gap: today 2018-09-01 is 243 days after the last meeting */
  r.iAsOf = day("2018-09-01");
  f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  assert_int_equal(f->n, 3);
  assert_null(f->a[2].zDateEnd);
  assert_true(f->a[2].bOpen);
  assert_float_equal(f->a[2].aFig[0].r, 243, 0);
  findings_free(f);
  /* the study records something until 2018-05-01, 123 days before today
  ** (not over gap_days): the gap still runs to today, 243 days */
  r.iDataEnd = day("2018-05-01");
  f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  assert_int_equal(f->n, 3);
  assert_float_equal(f->a[2].aFig[0].r, 243, 0);
  findings_free(f);
  /* today 2026-12-06: the study's records end on 2018-05-01, over 180 days
  ** earlier, so the gap runs to that day: 2018-01-01 -> 2018-05-01 is
  ** 31+28+31+30 = 120 days, under 180: no ongoing gap (not 3,261 days) */
  r.iAsOf = day("2026-12-06");
  f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  assert_int_equal(f->n, 2);
  findings_free(f);
  /* records ending on 2018-08-01: 212 days after the last meeting, a gap
  ** (warning) that ends there and is not open */
  r.iDataEnd = day("2018-08-01");
  f = findings_new();
  rule_meeting_gap(&r, "P", &p, f);
  assert_int_equal(f->n, 3);
  assert_float_equal(f->a[2].aFig[0].r, 212, 0);
  assert_int_equal(f->a[2].eSev, SEV_WARNING);
  assert_string_equal(f->a[2].zDateEnd, "2018-08-01");
  assert_false(f->a[2].bOpen);
  assert_non_null(strstr(f->a[2].zDetail, "the study's last recorded activity on 2018-08-01"));
  findings_free(f);
}

static void test_missing_group(void **state){
  (void)state;
  /* patient partner (expected) from 2016-01-01 to 2016-03-01, none until
  ** 2016-09-01 (184 days: a closed stretch, info), then one who leaves on
  ** 2017-10-01; today 2018-01-01 is 92 days later (ongoing, concern).
  ** A clinician leaves 2016-02-01 and another joins 2016-04-01: 60 days, under 90. */
  MemberRec m[] = {
    mem("P", "1", "patient partner", NULL, "2016-01-01", "2016-03-01"),
    mem("P", "2", "patient partner", NULL, "2016-09-01", "2017-10-01"),
    mem("P", "3", "clinician", NULL, "2016-01-01", "2016-02-01"),
    mem("P", "4", "clinician", NULL, "2016-04-01", NULL),
  };
  const char *azExp[] = { "patient partner" };
  DiagRoster r = {0};
  r.aMem = m; r.nMem = 4; r.iAsOf = day("2018-01-01");
  r.azExpected = azExp; r.nExpected = 1;
  DiagParams p = defaults();
  Findings *f = findings_new();
  rule_missing_group(&r, "P", &p, f);
  assert_int_equal(f->n, 2);
  assert_string_equal(f->a[0].zDate, "2016-03-01");
  assert_string_equal(f->a[0].zDateEnd, "2016-09-01");
  assert_int_equal(f->a[0].eSev, SEV_INFO);
  assert_float_equal(f->a[0].aFig[0].r, 184, 0);
  assert_string_equal(f->a[1].zDate, "2017-10-01");
  assert_null(f->a[1].zDateEnd);
  assert_int_equal(f->a[1].eSev, SEV_CONCERN);
  assert_float_equal(f->a[1].aFig[0].r, 92, 0);
  findings_free(f);
  /* with missing_days=100 the ongoing 92-day stretch is not reported */
  const char *azSet[] = { "missing_days=100" };
  char *zErr = NULL;
  diag_params_load(NULL, 1, azSet, &p, &zErr);
  f = findings_new();
  rule_missing_group(&r, "P", &p, f);
  assert_int_equal(f->n, 1);
  findings_free(f);
  /* an archived study: today 2026-12-06, its records end on 2018-03-01
  ** (over gap_days=180 before today), so the ongoing stretch runs to that
  ** day, as an ongoing meeting gap does: 2017-10-01 -> 2018-03-01 is
  ** 31+30+31+31+28 = 151 days, a concern that ends there and is not open
  ** (not 3,353 days to today) */
  p = defaults();
  r.iAsOf = day("2026-12-06");
  r.iDataEnd = day("2018-03-01");
  f = findings_new();
  rule_missing_group(&r, "P", &p, f);
  assert_int_equal(f->n, 2);
  assert_string_equal(f->a[1].zDate, "2017-10-01");
  assert_string_equal(f->a[1].zDateEnd, "2018-03-01");
  assert_int_equal(f->a[1].eSev, SEV_CONCERN);
  assert_float_equal(f->a[1].aFig[0].r, 151, 0);
  assert_false(f->a[1].bOpen);
  assert_non_null(strstr(f->a[1].zDetail, "the study's last recorded activity on 2018-03-01"));
  findings_free(f);
  /* records ending on 2017-11-01: 31 days without the group, under
  ** missing_days=90: only the closed stretch of 2016 */
  r.iDataEnd = day("2017-11-01");
  f = findings_new();
  rule_missing_group(&r, "P", &p, f);
  assert_int_equal(f->n, 1);
  assert_string_equal(f->a[0].zDate, "2016-03-01");
  findings_free(f);
}

static void test_levers_json(void **state){
  (void)state;
  char *zErr = NULL;
  LeverDefs *d = lever_defs_builtin(&zErr);
  assert_non_null(d);
  int k = lever_def_index(d, "decision_making");
  assert_true(k>=0);
  assert_string_equal(d->a[k].zLevel, "operational");
  /* no catalogue is bound in this program: the current language is English */
  assert_string_equal(lever_label(&d->a[k]), "decision making");
  int nSugg = 0;
  char *const *azSugg = lever_suggestions(&d->a[k], &nSugg);
  assert_true(nSugg>=2);
  assert_non_null(strstr(azSugg[0], "decisions"));
  char *zList = lever_process_list(&d->a[k]);
  assert_string_equal(zList, "decision making, communication");
  free(zList);
  assert_true(d->a[lever_def_index(d, "trust")].bProtective);
  assert_true(d->a[lever_def_index(d, "involvement")].bProtective);
  /* every determinant has its French text, as many processes and
  ** suggestions as in English, each one translated */
  assert_string_equal(d->a[k].label.aaz[1][0], "prise de décision");
  for(int i=0; i<d->n; i++){
    const LeverDef *x = &d->a[i];
    assert_int_equal(x->label.an[1], 1);
    assert_int_equal(x->proc.an[1], x->proc.an[0]);
    assert_int_equal(x->sugg.an[1], x->sugg.an[0]);
    for(int j=0; j<x->sugg.an[0]; j++) assert_string_not_equal(x->sugg.aaz[0][j], x->sugg.aaz[1][j]);
  }
  lever_defs_free(d);
  /* a plain string serves both languages; an object gives each its own */
  d = lever_defs_parse("{\"determinants\": [{\"scale\": \"x\", \"level\": \"system\", \"label\": \"ex\", "
                       "\"processes\": {\"en\": [\"p\", \"q\"], \"fr\": [\"pf\", \"qf\"]}, "
                       "\"suggestions\": {\"en\": [\"s\"]}}]}", "t.json", &zErr);
  assert_non_null(d);
  assert_string_equal(d->a[0].label.aaz[0][0], "ex");
  assert_string_equal(d->a[0].label.aaz[1][0], "ex");
  assert_string_equal(d->a[0].proc.aaz[1][1], "qf");
  assert_string_equal(d->a[0].sugg.aaz[1][0], "s");
  lever_defs_free(d);
  assert_null(lever_defs_parse("{\"determinants\": [{\"scale\": \"x\"}]}", "t.json", &zErr));
  assert_non_null(strstr(zErr, "needs"));
  free(zErr);
  /* French without English, or a number, is refused */
  assert_null(lever_defs_parse("{\"determinants\": [{\"scale\": \"x\", \"level\": \"system\", "
                               "\"label\": {\"fr\": \"y\"}}]}", "t.json", &zErr));
  free(zErr);
  assert_null(lever_defs_parse("{\"determinants\": [{\"scale\": \"x\", \"level\": \"system\", "
                               "\"suggestions\": {\"en\": [3]}}]}", "t.json", &zErr));
  free(zErr);
  assert_null(lever_defs_parse("{", "t.json", &zErr));
  assert_non_null(strstr(zErr, "t.json:1:"));
  free(zErr);
}

static void test_checklist_json(void **state){
  (void)state;
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  assert_non_null(c);
  int k = checklist_index(c, "mistrust");
  assert_true(k>=0);
  assert_string_equal(screen_factor_label(&c->a[k]), "mistrust");
  assert_string_equal(c->a[k].label.aaz[1][0], "méfiance");
  /* every label and question has its own French text */
  for(int i=0; i<c->n; i++){
    assert_string_not_equal(c->a[i].label.aaz[0][0], c->a[i].label.aaz[1][0]);
    assert_string_not_equal(c->a[i].question.aaz[0][0], c->a[i].question.aaz[1][0]);
  }
  checklist_free(c);
  c = checklist_parse("{\"factors\": [{\"id\": \"a\", \"kind\": \"success\", \"label\": \"one\"}]}", "c.json", &zErr);
  assert_non_null(c);
  assert_string_equal(c->a[0].label.aaz[1][0], "one");
  assert_null(screen_factor_question(&c->a[0]));
  checklist_free(c);
  assert_null(checklist_parse("{\"factors\": [{\"id\": \"a\", \"kind\": \"success\", "
                              "\"label\": {\"fr\": \"un\"}}]}", "c.json", &zErr));
  assert_non_null(strstr(zErr, "c.json: factors[0]"));
  free(zErr);
}

/* Findings of one partnership and period ordered by weight: severity, kind,
** then of one kind the larger magnitude; levers of equal priority by rank;
** the sentences (here chosen to sort the other way) play no part. */
static void test_finding_order(void **state){
  (void)state;
  Findings *p = findings_new();
  Finding *f = findings_add(p, "P1", "low_determinant", SEV_CONCERN, "low_determinant.band+programme", NULL);
  fnd_detail(f, "Administration scores 2.45.");          /* 3.0 - 2.45 = 0.55 below the band's edge */
  f->rMagnitude = 0.55; f->iOrder = 100;
  f = findings_add(p, "P1", "low_determinant", SEV_CONCERN, "low_determinant.band+programme", NULL);
  fnd_detail(f, "Efficiency scores 2.20.");              /* 0.80 below: weighs more */
  f->rMagnitude = 0.80; f->iOrder = 100;
  f = findings_add(p, "P1", "synergy_decline", SEV_CONCERN, "synergy_decline.ci", NULL);
  fnd_detail(f, "Synergy fell.");                        /* the course of synergy comes first */
  f->rMagnitude = 0.10; f->iOrder = 100;
  f = findings_add(p, "P1", "low_determinant", SEV_WARNING, "low_determinant.programme", NULL);
  fnd_detail(f, "A warning.");                           /* less severe: last of the day */
  f->rMagnitude = 2.0; f->iOrder = 100;
  for(int k=2; k>=1; k--){                               /* levers: equal priority, rank 2 added first */
    f = findings_add(p, "P1", "levers", SEV_INFO, "levers", NULL);
    fnd_detail(f, "Act on %s.", k==1 ? "zeta" : "alpha");
    fnd_figure(f, "rank", k, 0);
    fnd_evidence(f, "scale", 0, k==1 ? "zeta" : "alpha", NULL);
    f->rMagnitude = 0.07; f->iOrder = 200;
  }
  findings_sort(p);
  assert_string_equal(p->a[0].zKind, "synergy_decline");
  assert_string_equal(p->a[1].zDetail, "Efficiency scores 2.20.");
  assert_string_equal(p->a[2].zDetail, "Administration scores 2.45.");
  assert_string_equal(p->a[3].zDetail, "A warning.");
  assert_string_equal(p->a[4].zDetail, "Act on zeta.");  /* rank 1 */
  assert_string_equal(p->a[5].zDetail, "Act on alpha."); /* rank 2 */
  assert_true(finding_cmp_weight(&p->a[1], &p->a[2])<0);
  assert_int_equal(finding_cmp_weight(&p->a[1], &p->a[1]), 0);
  assert_true(isnan(finding_figure(&p->a[0], "rank")));
  findings_free(p);
}

/* A list's strings live in its blocks: many findings with figures, evidence
** and actions keep every text as given, a text longer than a block (20,000
** characters) too, and a detail or threshold set again reads the new one. */
static void test_finding_strings(void **state){
  (void)state;
  Findings *p = findings_new();
  char *zLong = xmalloc(20001);
  memset(zLong, 'x', 20000); zLong[20000] = 0;
  char zP[16], zRef[16];
  for(int i=0; i<5000; i++){
    snprintf(zP, sizeof(zP), "P%04d", i);
    Finding *f = findings_add(p, zP, "low_determinant", SEV_WARNING, "low_determinant.band", i%2 ? NULL : "band=concern");
    fnd_period(f, "w1", "2020-01-01", NULL);
    fnd_detail(f, "Detail %d of %s.", i, zP);
    for(int k=0; k<9; k++){
      snprintf(zRef, sizeof(zRef), "it%d", k);
      fnd_figure(f, zRef, i+k, 0);
      fnd_evidence(f, "item", k, zRef, i==1234 && k==5 ? zLong : "text");
    }
    fnd_action(f, "Act.");
    if( i==77 ){ fnd_detail(f, "%s", zLong); fnd_threshold(f, "changed"); }
  }
  assert_int_equal(p->n, 5000);
  for(int i=0; i<5000; i++){
    const Finding *f = &p->a[i];
    snprintf(zP, sizeof(zP), "P%04d", i);
    assert_string_equal(f->zPartnership, zP);
    assert_string_equal(f->zWave, "w1");
    assert_null(f->zDateEnd);
    if( i==77 ){
      assert_string_equal(f->zDetail, zLong);
      assert_string_equal(f->zThreshold, "changed");
    }else{
      char zWant[64];
      snprintf(zWant, sizeof(zWant), "Detail %d of %s.", i, zP);
      assert_string_equal(f->zDetail, zWant);
      if( i%2 ) assert_null(f->zThreshold); else assert_string_equal(f->zThreshold, "band=concern");
    }
    assert_int_equal(f->nFig, 9);
    assert_int_equal(f->nEv, 9);
    assert_string_equal(f->aFig[8].zName, "it8");
    assert_true(f->aFig[8].r==i+8);
    assert_string_equal(f->aEv[5].zText, i==1234 ? zLong : "text");
    assert_string_equal(f->aEv[8].zRef, "it8");
    assert_int_equal(f->nAction, 1);
    assert_string_equal(f->azAction[0], "Act.");
  }
  free(zLong);
  findings_free(p);
}

/* findings_write_csv() writes a part at a time what table_write() writes
** of the whole findings_table(): 2,500 findings (three parts) with quotes,
** commas and line breaks, and none at all (the header alone). */
static void csv_both(const Findings *p, char **pzWhole, char **pzParts){
  size_t n;
  FILE *f = open_memstream(pzWhole, &n);
  Table *t = findings_table(p);
  table_write(t, FMT_CSV, f);
  table_free(t);
  fclose(f);
  f = open_memstream(pzParts, &n);
  findings_write_csv(p, f);
  fclose(f);
}
static void test_findings_csv_parts(void **state){
  (void)state;
  Findings *p = findings_new();
  char *zWhole, *zParts;
  csv_both(p, &zWhole, &zParts);
  assert_string_equal(zParts, zWhole);
  assert_string_equal(zParts, "partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence\n");
  free(zWhole); free(zParts);
  for(int i=0; i<2500; i++){
    Finding *f = findings_add(p, i%7 ? "P1" : "P2", "meeting_gap", SEV_WARNING, "meeting_gap", "gap_days=90");
    fnd_detail(f, "Gap %d, \"quoted\",\nsecond line", i);
    fnd_figure(f, "days", 90.5 + i, 1);
    fnd_evidence(f, "meeting", i+1, "2020-01-01", "last meeting, before");
  }
  csv_both(p, &zWhole, &zParts);
  assert_true(strlen(zWhole) > 2500*60);
  assert_string_equal(zParts, zWhole);
  free(zWhole); free(zParts);
  findings_free(p);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_is_decline),
    cmocka_unit_test(test_trend),
    cmocka_unit_test(test_slide),
    cmocka_unit_test(test_lever_rank),
    cmocka_unit_test(test_params),
    cmocka_unit_test(test_screen_score),
    cmocka_unit_test(test_sector_mask),
    cmocka_unit_test(test_meeting_gap),
    cmocka_unit_test(test_missing_group),
    cmocka_unit_test(test_levers_json),
    cmocka_unit_test(test_checklist_json),
    cmocka_unit_test(test_finding_order),
    cmocka_unit_test(test_finding_strings),
    cmocka_unit_test(test_findings_csv_parts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
** test_report_chart.c: unit tests of the SVG charts (src/report/chart_*.c).
** Each chart is parsed as XML with libxml2 (so it must be well-formed,
** escaping included) and queried with XPath: role="img", <title> and <desc>,
** one group per series, markers for present values only, bands, marks and
** status classes. Pixel positions are worked out by hand from the layout
** constants in chart_frame.c (noted beside each check).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include "report/chart.h"
#include "util/date.h"

typedef struct Svg { xmlDocPtr doc; xmlXPathContextPtr x; } Svg;

/* Parse the chart in s (fails the test when it is not well-formed XML). */
static Svg svg_parse(Sb *s){
  Svg g;
  g.doc = xmlReadMemory(sb_str(s), (int)s->n, "chart.svg", "UTF-8", XML_PARSE_NONET);
  assert_non_null(g.doc);
  g.x = xmlXPathNewContext(g.doc);
  xmlXPathRegisterNs(g.x, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  return g;
}
static void svg_free(Svg *g, Sb *s){
  xmlXPathFreeContext(g->x);
  xmlFreeDoc(g->doc);
  sb_free(s);
}
/* The number an XPath expression evaluates to (count(...)). */
static double xp_num(Svg *g, const char *zExpr){
  xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST zExpr, g->x);
  assert_non_null(o);
  double r = xmlXPathCastToNumber(o);
  xmlXPathFreeObject(o);
  return r;
}
/* The string value of an XPath expression; caller frees. */
static char *xp_str(Svg *g, const char *zExpr){
  xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST zExpr, g->x);
  assert_non_null(o);
  xmlChar *z = xmlXPathCastToString(o);
  xmlXPathFreeObject(o);
  char *zOut = strdup((const char*)z);
  xmlFree(z);
  return zOut;
}
static void expect_str(Svg *g, const char *zExpr, const char *zWant){
  char *z = xp_str(g, zExpr);
  assert_string_equal(z, zWant);
  free(z);
}
/* Every chart: root svg, role img, labelled by its title and desc. */
static void expect_accessible(Svg *g, const char *zTitle, const char *zDesc){
  expect_str(g, "name(/*)", "svg");
  expect_str(g, "string(/s:svg/@role)", "img");
  expect_str(g, "string(/s:svg/s:title)", zTitle);
  expect_str(g, "string(/s:svg/s:desc)", zDesc);
  assert_int_equal((int)xp_num(g, "count(/s:svg/*[1][self::s:title])"), 1);
  assert_int_equal((int)xp_num(g, "count(//s:script|//s:image|//s:foreignObject)"), 0);
}

static void test_status(void **state){
  (void)state;
  /* The interpretation rule: concern 1.0-2.9, work 3.0-3.9, strength 4.0-5.0. */
  assert_int_equal(chart_status(1.0), STATUS_CONCERN);
  assert_int_equal(chart_status(2.99), STATUS_CONCERN);
  assert_int_equal(chart_status(3.0), STATUS_WORK);
  assert_int_equal(chart_status(3.99), STATUS_WORK);
  assert_int_equal(chart_status(4.0), STATUS_STRENGTH);
  assert_int_equal(chart_status(5.0), STATUS_STRENGTH);
  assert_int_equal(chart_status(0.5), STATUS_NONE);
  assert_int_equal(chart_status(NAN), STATUS_NONE);
}

static void test_line(void **state){
  (void)state;
  int aX[3];
  date_parse("2016-01-01", &aX[0]); date_parse("2017-01-01", &aX[1]); date_parse("2018-01-01", &aX[2]);
  double aY1[] = {5.0, 3.0, 1.0}, aLo1[] = {4.5, 2.5, 1.0}, aHi1[] = {5.0, 3.5, 1.5};
  double aY2[] = {2.0, NAN, 4.0};
  ChartSeries aS[] = { { "PCCP", 3, aX, aY1, aLo1, aHi1 }, { "CHRP <b>", 3, aX, aY2, NULL, NULL } };
  ChartMark aM[] = { { aX[0] + 90, "Reform & merger" }, { aX[1] + 30, "Ethics delay" } };
  TimeChart c = { "t1", "Synergy <by> wave", "Two series & two events", "score (1-5)",
                  1.0, 5.0, 1, 0, 2, aS, 2, aM };
  Sb s = SB_INIT;
  chart_line(&s, &c);
  Svg g = svg_parse(&s);
  expect_accessible(&g, "Synergy <by> wave", "Two series & two events");
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='series'])"), 2);
  expect_str(&g, "string(//s:g[@class='series'][2]/@data-series)", "CHRP <b>");
  /* Series 1 markers are circles (3 points), series 2 squares (2: NaN skipped). */
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='series'][1]/s:circle)"), 3);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='series'][2]/s:rect)"), 2);
  /* Plot top y0 = 12 + 24 (legend) + 2*18 (badge rows) = 72, bottom y1 = 72 + 220 = 292;
  ** on a 1-5 axis: 5 -> 72, 3 -> 182, 1 -> 292. */
  expect_str(&g, "string(//s:g[@class='series'][1]/s:circle[1]/@cy)", "72.0");
  expect_str(&g, "string(//s:g[@class='series'][1]/s:circle[2]/@cy)", "182.0");
  expect_str(&g, "string(//s:g[@class='series'][1]/s:circle[3]/@cy)", "292.0");
  /* The CI band is one closed path (all three points have limits). */
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='series'][1]/s:path[@fill-opacity])"), 1);
  /* The three bands, named. */
  assert_int_equal((int)xp_num(&g, "count(//s:text[.='concern' or .='work' or .='strength'])"), 3);
  /* Two marks: dashed lines, and the key with dates and labels. */
  assert_int_equal((int)xp_num(&g, "count(//s:line[@stroke-dasharray='3 3'])"), 2);
  assert_int_equal((int)xp_num(&g, "count(//s:text[contains(.,'2016-03-31') and contains(.,'Reform & merger')])"), 1);
  svg_free(&g, &s);
}

static void test_step(void **state){
  (void)state;
  int aX[3];
  date_parse("2014-01-01", &aX[0]); date_parse("2015-01-01", &aX[1]); date_parse("2016-01-01", &aX[2]);
  double aY[] = {2, 3, 1};
  ChartSeries aS[] = { { "PCCP", 3, aX, aY, NULL, NULL } };
  TimeChart c = { "t2", "Members", "Steps", "members", NAN, NAN, 0, aX[2] + 365, 1, aS, 0, NULL };
  Sb s = SB_INIT;
  chart_step(&s, &c);
  Svg g = svg_parse(&s);
  expect_accessible(&g, "Members", "Steps");
  /* Axis 0..3 (max 3, step 1); y0 = 12 + 24 = 36, y1 = 256: the first step (2)
  ** is at 256 - 2*220/3 = 109.3, the line path starts there. */
  char *zD = xp_str(&g, "string(//s:g[@class='series']/s:path[@fill='none']/@d)");
  assert_non_null(strstr(zD, " 109.3L"));
  /* Two changes: each is a horizontal then a vertical segment, plus the tail: 5 'L'. */
  int nL = 0;
  for(const char *z = zD; *z; z++) if( *z=='L' ) nL++;
  assert_int_equal(nL, 5);
  free(zD);
  svg_free(&g, &s);
}

/* A legend too wide for one row wraps: every label is whole and inside the
** 720-wide chart. Four series: widths 48 + 7 x characters (chart_frame.c):
** "Interpersonal enabling processes" (32) 272, "Operational enabling
** processes" (30) 258, "System-level enabling processes" (31) 265, "PCCP" 76;
** from x0 = 58: 58 + 272 + 258 = 588, and 588 + 265 - 14 > 712, so the third
** starts a second row at 58 and the fourth follows it; the plot top moves
** down by one legend row (22). */
static void test_legend_wraps(void **state){
  (void)state;
  int aX[2];
  date_parse("2016-01-01", &aX[0]); date_parse("2017-01-01", &aX[1]);
  double aY[] = {3.0, 4.0};
  ChartSeries aS[] = { { "Interpersonal enabling processes", 2, aX, aY, NULL, NULL },
                       { "Operational enabling processes", 2, aX, aY, NULL, NULL },
                       { "System-level enabling processes", 2, aX, aY, NULL, NULL },
                       { "PCCP", 2, aX, aY, NULL, NULL } };
  TimeChart c = { "t9", "Processes", "Four series", "score (1-5)", 1.0, 5.0, 1, 0, 4, aS, 0, NULL };
  Sb s = SB_INIT;
  chart_line(&s, &c);
  Svg g = svg_parse(&s);
  /* Legend labels at x + 34: 92, 364 on the first row (y 19), 92, 357 on the second (y 41). */
  expect_str(&g, "string(//s:text[.='System-level enabling processes']/@x)", "92.0");
  expect_str(&g, "string(//s:text[.='System-level enabling processes']/@y)", "41.0");
  expect_str(&g, "string(//s:text[.='PCCP']/@x)", "357.0");
  expect_str(&g, "string(//s:text[.='Operational enabling processes']/@y)", "19.0");
  /* Plot top y0 = 12 + 24 + 22 = 58: a 5 would sit at 58, a 3 (middle) at 168. */
  expect_str(&g, "string(//s:g[@class='series'][1]/s:circle[1]/@cy)", "168.0");
  svg_free(&g, &s);
}

/* Meeting cadence: ticks, shaded gaps over the threshold, labels inside. */
static void test_cadence(void **state){
  (void)state;
  int aA[3], aB[2], iEnd;
  date_parse("2015-01-01", &aA[0]); date_parse("2015-03-01", &aA[1]); date_parse("2016-03-01", &aA[2]);
  date_parse("2015-06-01", &aB[0]); date_parse("2015-07-01", &aB[1]);
  date_parse("2016-06-01", &iEnd);
  CadenceRow aRow[] = { { "AAA", 3, aA }, { "B&B", 2, aB } };
  CadenceChart c = { "t8", "Meeting cadence", "Ticks & gaps", 180, iEnd, 2, aRow };
  Sb s = SB_INIT;
  chart_cadence(&s, &c);
  Svg g = svg_parse(&s);
  expect_accessible(&g, "Meeting cadence", "Ticks & gaps");
  assert_int_equal((int)xp_num(&g, "count(//s:line[@class='meeting'])"), 5);
  /* AAA: 2015-03-01 to 2016-03-01 is 366 days (over 180); 2016-03-01 to the
  ** end is 92 (not shaded). B&B: 2015-06-01 to 07-01 is 30; 2015-07-01 to the
  ** end 336 days, none since. */
  assert_int_equal((int)xp_num(&g, "count(//s:rect[@class='gap'])"), 2);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@data-row='AAA']/s:text[.='366 days'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@data-row='B&B']/s:text[.='336 days, none since'])"), 1);
  /* The axis runs over whole years, 2015-01-01 to 2017-01-01 (731 days),
  ** from x 70 to 664: AAA's first tick at 70, 2016-03-01 (day 425) at
  ** 70 + 425/731 x 594 = 415.3. */
  expect_str(&g, "string(//s:g[@data-row='AAA']/s:line[@class='meeting'][1]/@x1)", "70.0");
  expect_str(&g, "string(//s:g[@data-row='AAA']/s:line[@class='meeting'][3]/@x1)", "415.3");
  /* Every label starts inside and, at 6.2 px a character, ends inside 680. */
  assert_int_equal((int)xp_num(&g, "count(//s:text[@x < 0 or @x + 6.2*string-length(.) > 680])"), 0);
  /* Years along the bottom. */
  assert_int_equal((int)xp_num(&g, "count(//s:text[@class='year'])"), 2);
  svg_free(&g, &s);
}

static void test_bars(void **state){
  (void)state;
  const char *azCat[] = { "Trust", "Leadership & <governance>" };
  const char *azSer[] = { "PCCP", "Programme" };
  double aV[] = { 4.2, 3.9, 2.5, NAN };
  BarChart b = { "b1", "Profile", "Determinants", "mean (1-5)", 1, 5, 1, 1, 2, azCat, 2, azSer, aV };
  Sb s = SB_INIT;
  chart_bar(&s, &b);
  Svg g = svg_parse(&s);
  expect_accessible(&g, "Profile", "Determinants");
  assert_int_equal((int)xp_num(&g, "count(//s:rect[s:title])"), 3);
  assert_int_equal((int)xp_num(&g, "count(//s:text[.='n/a'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:text[.='4.2'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:tspan[contains(.,'<governance>')])"), 1);
  svg_free(&g, &s);

  const char *azDiv[] = { "Time", "Learning" };
  double aL[] = { 40, 10 }, aR[] = { 20, 80 };
  DivergingChart d = { "d1", "Benefits", "Both sides", "drawbacks", "benefits", "%", 0, 0, 2, azDiv, aL, aR };
  chart_diverging(&s, &d);
  g = svg_parse(&s);
  expect_accessible(&g, "Benefits", "Both sides");
  assert_int_equal((int)xp_num(&g, "count(//s:rect)"), 4);
  /* Half-axis 80 (largest value): 80 fills it, 40 half of it. */
  double w80 = xp_num(&g, "number(//s:rect[s:title='benefits: 80%']/@width)");
  double w40 = xp_num(&g, "number(//s:rect[s:title='drawbacks: 40%']/@width)");
  assert_true(fabs(w80 - 2*w40) < 0.2);
  svg_free(&g, &s);
}

static void test_model(void **state){
  (void)state;
  ModelBox aA[] = { { "Resources", 2.5 } };
  ModelBox aB[] = { { "Interpersonal", 3.5 }, { "Operational", NAN } };
  ModelBox aC[] = { { "Atmosphere", 4.5 } };
  ModelColumn aCol[] = { { "In", 1, aA }, { "Processes", 2, aB }, { "Synergy", 1, aC } };
  ModelChart m = { "m1", "Model", "Boxes by status", 3, aCol, "feedback" };
  Sb s = SB_INIT;
  chart_model(&s, &m);
  Svg g = svg_parse(&s);
  expect_accessible(&g, "Model", "Boxes by status");
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='box status-concern'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='box status-work'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='box status-strength'])"), 1);
  assert_int_equal((int)xp_num(&g, "count(//s:g[@class='box status-none'])"), 1);
  /* Score and status in words (U+00B7 between). */
  assert_int_equal((int)xp_num(&g, "count(//s:text[.='4.5 \xc2\xb7 strength'])"), 1);
  /* Two arrows between three columns, one feedback arrow. */
  assert_int_equal((int)xp_num(&g, "count(//*[@marker-end='url(#m1-arrow)'])"), 3);
  svg_free(&g, &s);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_status),
    cmocka_unit_test(test_line),
    cmocka_unit_test(test_step),
    cmocka_unit_test(test_bars),
    cmocka_unit_test(test_legend_wraps),
    cmocka_unit_test(test_cadence),
    cmocka_unit_test(test_model),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

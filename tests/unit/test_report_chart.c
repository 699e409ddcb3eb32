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
    cmocka_unit_test(test_model),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

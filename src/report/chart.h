/*
** chart.h: SVG charts drawn by synergist from numbers (as Fossil's
** piechart.c). Each chart is described by a plain struct the caller fills
** (nothing in it is freed or kept by the chart code) and is appended to an
** Sb as one <svg> element with role="img", a <title> and a <desc> for
** screen readers, inline styling only, no fonts to fetch and no script.
** All text given is escaped here; the caller passes plain (translated) text.
**
** Colours come from one small palette whose shades differ in lightness and
** whose series also differ by dash pattern and marker shape, so a chart
** read in greyscale print stays readable.
**
** Interpretation of a 1-5 score (the programme's rule):
**   concern  1.0-2.9   needs attention
**   work     3.0-3.9   worth working on
**   strength 4.0-5.0   a strength to maintain
** chart_status() applies it; charts with bBands set shade these bands.
**
** Dates are day numbers (util/date.h). NAN marks a missing value anywhere.
** Each chart has zId, a token unique within the page, used for element ids.
**
** Exports: chart_status, chart_status_label, chart_line, chart_step,
** chart_bar, chart_spread, chart_diverging, chart_model.
*/
#ifndef SYN_CHART_H
#define SYN_CHART_H
#include "util/sb.h"

typedef enum { STATUS_NONE=0, STATUS_CONCERN, STATUS_WORK, STATUS_STRENGTH } ChartStatus;

/* The band of a 1-5 score (STATUS_NONE for NAN or outside 1-5). */
ChartStatus chart_status(double rScore);
/* The translated name of a status: "concern", "work", "strength", "not assessed". */
const char *chart_status_label(ChartStatus);

/* An event marked on a time axis: a dashed vertical line with a number, and
** "N  date  label" in the key under the chart. */
typedef struct ChartMark { int iDay; const char *zLabel; } ChartMark;

/* One line of a time chart: nPoint points at days aX[i] with values aY[i];
** aLow/aHigh (both or neither, may be NULL) are a 95% CI drawn as a band and
** whiskers. A point with aY NAN breaks the line. */
typedef struct ChartSeries {
  const char *zName;
  int nPoint;
  const int *aX;
  const double *aY;
  const double *aLow, *aHigh;
} ChartSeries;

/* A time chart: chart_line() joins the points (scores by wave),
** chart_step() draws each series as steps with a shaded area under it
** (membership over time: aY[i] holds from aX[i] until aX[i+1], the last
** value until iEnd). */
typedef struct TimeChart {
  const char *zId, *zTitle, *zDesc;
  const char *zYLabel;        /* axis title, e.g. "score (1-5)" */
  double yMin, yMax;          /* axis range; both NAN: from the data, from 0 */
  int bBands;                 /* shade concern / work / strength (1-5 axis) */
  int iEnd;                   /* chart_step: last day drawn; 0: last point */
  int nSeries; const ChartSeries *aSeries;
  int nMark; const ChartMark *aMark;
} TimeChart;
void chart_line(Sb *pOut, const TimeChart*);
void chart_step(Sb *pOut, const TimeChart*);

/* Meeting cadence: one row per partnership on a shared time axis, each
** meeting a tick; every gap between consecutive meetings longer than
** nGapDays shaded and labelled with its length in days (from the
** previous meeting to the next, or to iEnd when none followed). aDay of
** row r: its meeting days, sorted. Labels stay inside the chart. */
typedef struct CadenceRow { const char *zName; int nDay; const int *aDay; } CadenceRow;
typedef struct CadenceChart {
  const char *zId, *zTitle, *zDesc;
  int nGapDays;
  int iEnd;                   /* last day of the axis (0: the last meeting) */
  int nRow; const CadenceRow *aRow;
} CadenceChart;
void chart_cadence(Sb *pOut, const CadenceChart*);

/* Horizontal grouped bars: for each category (row) one bar per series,
** aValue[iCat*nSeries + iSeries] (NAN: no bar, "n/a" written). */
typedef struct BarChart {
  const char *zId, *zTitle, *zDesc;
  const char *zXLabel;
  double xMin, xMax;          /* value axis, e.g. 1 and 5 */
  int bBands;                 /* shade the interpretation bands behind */
  int nDec;                   /* decimals of the value labels */
  int nCat; const char *const *azCat;
  int nSeries; const char *const *azSeries;
  const double *aValue;
} BarChart;
void chart_bar(Sb *pOut, const BarChart*);

/* The spread of one value across many units per row (synergy across
** partnerships per wave), on a value axis from xMin to xMax: a row with at
** least nBoxMin values is a box plot (a whisker from the lowest to the
** highest value with a dot at each end, the box from the lower to the upper
** quartile q1..q3, a thick line at the median med: azQuart names the three
** in the box's tooltip); a row with fewer shows each value as a dot, ties
** side by side. aVal[0..n) sorted ascending; zNote (may be NULL) is
** written right of the plot ("n = 43", at most 7 characters). */
typedef struct SpreadRow {
  const char *zName;
  int n; const double *aVal;
  double q1, med, q3;
  const char *zNote;
} SpreadRow;
typedef struct SpreadChart {
  const char *zId, *zTitle, *zDesc;
  const char *zXLabel;
  double xMin, xMax;
  int bBands;
  int nDec;
  int nBoxMin;
  const char *azQuart[3];     /* "lower quartile", "median", "upper quartile" */
  int nRow; const SpreadRow *aRow;
} SpreadChart;
void chart_spread(Sb *pOut, const SpreadChart*);

/* Diverging bars around a centre line: aLeft[i] drawn to the left (e.g.
** drawbacks), aRight[i] to the right (benefits), both as magnitudes >= 0.
** xMax: the half-axis length (0: from the data). zUnit follows each value
** label ("%" or ""). */
typedef struct DivergingChart {
  const char *zId, *zTitle, *zDesc;
  const char *zLeft, *zRight;
  const char *zUnit;
  double xMax;
  int nDec;
  int nCat; const char *const *azCat;
  const double *aLeft, *aRight;
} DivergingChart;
void chart_diverging(Sb *pOut, const DivergingChart*);

/* The model figure: columns of boxes joined by arrows, left to right
** (resources -> enabling processes -> synergy manifestations), each box
** coloured by its status, its score written under its label (NAN: none),
** and an optional feedback arrow from the last column back to the first
** labelled zFeedback. */
typedef struct ModelBox { const char *zLabel; double rScore; } ModelBox;
typedef struct ModelColumn { const char *zHeading; int nBox; const ModelBox *aBox; } ModelColumn;
typedef struct ModelChart {
  const char *zId, *zTitle, *zDesc;
  int nColumn; const ModelColumn *aColumn;
  const char *zFeedback;
} ModelChart;
void chart_model(Sb *pOut, const ModelChart*);

#endif

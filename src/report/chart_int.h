/*
** chart_int.h: private to the chart_*.c files. The palette, the <svg>
** opening with its <title>/<desc>, wrapped labels, nice axis steps and the
** frame shared by time charts (axes, bands, event marks, legend).
*/
#ifndef SYN_CHART_INT_H
#define SYN_CHART_INT_H
#include "report/chart.h"
#include "util/html.h"

/* Series styles: colour, dash pattern and marker shape differ together. */
#define CHART_NSTYLE 5
typedef struct ChartStyle { const char *zColor; const char *zDash; int iMarker; } ChartStyle;
const ChartStyle *chart_style(int iSeries);
/* Fill and text colours of a status (boxes, band shading). */
const char *chart_status_fill(ChartStatus);
const char *chart_status_band(ChartStatus);
const char *chart_status_ink(ChartStatus);

#define CHART_FONT "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif"
#define CHART_INK "#1a1a1a"
#define CHART_MUTED "#595959"
#define CHART_GRID "#d0d0d0"

/* Open <svg> of w x h with role="img", <title> and <desc> (ids from zId). */
void chart_open(Sb*, const char *zId, const char *zTitle, const char *zDesc, int w, int h);
void chart_close(Sb*);
/* A marker of shape iMarker (0 circle, 1 square, 2 triangle, 3 diamond, 4 cross) at x,y. */
void chart_marker(Sb*, int iMarker, double x, double y, double r, const char *zColor);
/* Text split on spaces into lines of at most nChar characters, as
** <text> with <tspan>s starting at x,y, lines dy apart. zAttr: raw extra
** attributes. Returns the number of lines. */
int chart_text_wrapped(Sb*, double x, double y, int nChar, double dy, const char *zAttr, const char *zText);
/* Number of lines chart_text_wrapped() would write. */
int chart_text_lines(int nChar, const char *zText);
/* A round step (1, 2 or 5 times a power of ten) giving about nTick ticks over the range. */
double chart_nice_step(double rRange, int nTick);
/* Format a number with nDec decimals in the language of the page
** (i18n_num(): "3.5" or "3,5"), "n/a" for NAN; into zBuf (>= 32 bytes). */
const char *chart_num(char *zBuf, double r, int nDec);

/* The plot frame of a time chart. */
typedef struct TimeFrame {
  int w, h;                   /* whole svg */
  double x0, x1, y0, y1;      /* plot area in pixels (y0 top) */
  double dMin, dMax;          /* days at x0, x1 */
  double vMin, vMax;          /* values at y1, y0 */
} TimeFrame;
/* Lay out the frame for pC (days from the series, marks and iEnd) and write
** the svg opening, bands, grid, axes, legend and event marks. */
void chart_time_frame(Sb*, const TimeChart *pC, TimeFrame *pF);
double chart_tx(const TimeFrame*, double iDay);
double chart_ty(const TimeFrame*, double v);

#endif

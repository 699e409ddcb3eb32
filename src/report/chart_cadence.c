/*
** chart_cadence.c: meeting cadence as a time axis (chart.h): a row per
** partnership, a tick per meeting, gaps over the threshold shaded and
** labelled, years along the bottom.
*/
#include <math.h>
#include <stdio.h>
#include "report/chart_int.h"
#include "util/date.h"
#include "util/i18n.h"

#define CAD_W 680
#define CAD_LEFT 70           /* room for the row names */
#define CAD_RIGHT 16
#define CAD_ROW 46
#define CAD_TOP 8
#define CAD_AXIS 26
#define CAD_CHAR 6.2          /* width of a character of the 11px labels, generously */

/* x of day d on [d0, d1]. */
static double cad_x(double d, double d0, double d1){
  return CAD_LEFT + (d1>d0 ? (d - d0)/(d1 - d0) : 0.5)*(CAD_W - CAD_LEFT - CAD_RIGHT);
}

void chart_cadence(Sb *p, const CadenceChart *c){
  int d0 = 0, d1 = 0, bAny = 0;
  for(int r=0; r<c->nRow; r++){
    for(int i=0; i<c->aRow[r].nDay; i++){
      int d = c->aRow[r].aDay[i];
      if( !bAny || d<d0 ) d0 = d;
      if( !bAny || d>d1 ) d1 = d;
      bAny = 1;
    }
  }
  if( c->iEnd>d1 ) d1 = c->iEnd;
  /* Whole years on the axis. */
  int y0 = date_year(d0), y1 = date_year(d1);
  double a0 = date_from_ymd(y0, 1, 1), a1 = date_from_ymd(y1+1, 1, 1);
  int h = CAD_TOP + c->nRow*CAD_ROW + CAD_AXIS;
  chart_open(p, c->zId, c->zTitle, c->zDesc, CAD_W, h);
  html_printf(p, "<g font-family=\"%s\" font-size=\"11\" fill=\"%s\">\n", CHART_FONT, CHART_INK);
  /* Year grid and labels. */
  double yAxis = CAD_TOP + c->nRow*CAD_ROW;
  for(int y=y0; y<=y1+1; y++){
    double x = cad_x(date_from_ymd(y, 1, 1), a0, a1);
    html_printf(p, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                x, CAD_TOP, x, yAxis+4, CHART_GRID);
    if( y<=y1 ){
      double xMid = (x + cad_x(date_from_ymd(y+1, 1, 1), a0, a1))/2;
      html_printf(p, "<text class=\"year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%d</text>\n",
                  xMid, yAxis+17, CHART_MUTED, y);
    }
  }
  for(int r=0; r<c->nRow; r++){
    const CadenceRow *R = &c->aRow[r];
    double yMid = CAD_TOP + r*CAD_ROW + CAD_ROW/2.0;
    html_printf(p, "<g class=\"cadence-row\" data-row=\"%h\">\n", R->zName);
    html_printf(p, "<text x=\"4\" y=\"%.1f\" font-weight=\"600\">%h</text>\n", yMid+4, R->zName);
    html_printf(p, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                CAD_LEFT, yMid, CAD_W-CAD_RIGHT, yMid, CHART_GRID);
    /* Gaps first, under the ticks. */
    for(int i=0; i<R->nDay; i++){
      int dFrom = R->aDay[i];
      int bLast = i+1==R->nDay;
      int dTo = bLast ? (c->iEnd>dFrom ? c->iEnd : dFrom) : R->aDay[i+1];
      int nDays = dTo - dFrom;
      if( nDays<=c->nGapDays ) continue;
      double xa = cad_x(dFrom, a0, a1), xb = cad_x(dTo, a0, a1);
      html_printf(p, "<rect class=\"gap\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\" "
                     "stroke=\"#a0412b\" stroke-dasharray=\"3 2\"/>\n",
                  xa, yMid-9, xb-xa, chart_status_band(STATUS_CONCERN));
      char zBuf[64];
      if( bLast ) snprintf(zBuf, sizeof(zBuf), _("%d days, none since"), nDays);
      else snprintf(zBuf, sizeof(zBuf), _("%d days"), nDays);
      /* The label over the gap, moved inside the chart when it would overflow. */
      int nChar = 0;
      for(const char *z=zBuf; *z; z++) if( (*z & 0xc0)!=0x80 ) nChar++;
      double wText = CAD_CHAR*nChar;
      double xText = (xa + xb)/2 - wText/2;
      if( xText + wText > CAD_W - 2 ) xText = CAD_W - 2 - wText;
      if( xText < CAD_LEFT ) xText = CAD_LEFT;
      html_printf(p, "<text class=\"gap-label\" x=\"%.1f\" y=\"%.1f\">%h</text>\n", xText, yMid-12, zBuf);
    }
    for(int i=0; i<R->nDay; i++){
      double x = cad_x(R->aDay[i], a0, a1);
      html_printf(p, "<line class=\"meeting\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
                  x, yMid-7, x, yMid+7, "#1f4e79");
    }
    sb_puts(p, "</g>\n");
  }
  sb_puts(p, "</g>\n");
  chart_close(p);
}

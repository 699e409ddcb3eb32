/*
** chart_bar.c: horizontal bars of chart.h. chart_bar() draws grouped bars
** per category on a value axis (a partnership's determinant profile beside
** the programme's); chart_diverging() draws two magnitudes per category
** away from a centre line (drawbacks left, benefits right). Both put the
** wrapped category labels in a column at the left.
*/
#include <math.h>
#include <string.h>
#include "report/chart_int.h"

#define BAR_W 720
#define BAR_LABEL_X 206        /* right edge of the category labels */
#define BAR_X0 216
#define BAR_LABEL_CHARS 30

/* Height of a category row holding nBar bars with a label of zCat. */
static double row_height(int nBar, const char *zCat){
  double hBars = nBar*15 + 12;
  double hLabel = chart_text_lines(BAR_LABEL_CHARS, zCat) * 14 + 10;
  return hBars > hLabel ? hBars : hLabel;
}

/* The category label, vertically centred in its row at y..y+h. */
static void row_label(Sb *p, double y, double h, const char *zCat){
  int n = chart_text_lines(BAR_LABEL_CHARS, zCat);
  chart_text_wrapped(p, BAR_LABEL_X, y + h/2 - (n-1)*7 + 4, BAR_LABEL_CHARS, 14, "text-anchor=\"end\"", zCat);
}

/* The value axis from lo to hi (x from BAR_X0 to x1) of a plot from yTop
** hPlot high: with bBands the interpretation bands behind it, named above;
** grid lines, tick labels under it and the axis title zXLabel (may be NULL). */
static void value_axis(Sb *p, double lo, double hi, double x1, double yTop, double hPlot, int bBands,
                       const char *zXLabel){
#define BX(v) (BAR_X0 + ((v) - lo) * (x1 - BAR_X0) / (hi - lo))
  /* Bands behind the plot, named above it. */
  if( bBands ){
    static const double aLo[] = {1.0, 3.0, 4.0}, aHi[] = {3.0, 4.0, 5.0};
    static const ChartStatus aSt[] = {STATUS_CONCERN, STATUS_WORK, STATUS_STRENGTH};
    for(int b=0; b<3; b++){
      double bl = fmax(aLo[b], lo), bh = fmin(aHi[b], hi);
      if( bh<=bl ) continue;
      html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>"
                     "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" font-size=\"11\">%h</text>\n",
                  BX(bl), yTop, BX(bh) - BX(bl), hPlot, chart_status_band(aSt[b]),
                  (BX(bl)+BX(bh))/2, yTop-6, CHART_MUTED, chart_status_label(aSt[b]));
    }
  }
  /* Grid and axis. */
  double rStep = chart_nice_step(hi - lo, 5);
  for(double v=ceil(lo/rStep)*rStep; v<=hi + rStep*1e-6; v+=rStep){
    char zNum[32];
    html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%h</text>\n",
                BX(v), yTop, BX(v), yTop+hPlot+4, CHART_GRID, BX(v), yTop+hPlot+17,
                chart_num(zNum, v, rStep<1 ? 1 : 0));
  }
  if( zXLabel ){
    html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%h</text>\n",
                (BAR_X0+x1)/2, yTop+hPlot+36, CHART_MUTED, zXLabel);
  }
#undef BX
}

void chart_bar(Sb *p, const BarChart *pC){
  double x1 = BAR_W - 56;
  double yTop = 14 + (pC->nSeries>1 ? 24 : 0) + (pC->bBands ? 18 : 0);
  double hPlot = 0;
  for(int c=0; c<pC->nCat; c++) hPlot += row_height(pC->nSeries, pC->azCat[c]);
  int h = (int)(yTop + hPlot + 44);
  double lo = pC->xMin, hi = pC->xMax > pC->xMin ? pC->xMax : pC->xMin + 1;
#define BX(v) (BAR_X0 + ((v) - lo) * (x1 - BAR_X0) / (hi - lo))
  chart_open(p, pC->zId, pC->zTitle, pC->zDesc, BAR_W, h);
  /* Legend. */
  double xL = BAR_X0;
  for(int s=0; pC->nSeries>1 && s<pC->nSeries; s++){
    html_printf(p, "<rect x=\"%.1f\" y=\"12\" width=\"14\" height=\"12\" fill=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"22\">%h</text>\n",
                xL, chart_style(s)->zColor, xL+20, pC->azSeries[s]);
    xL += 40 + 7.0*strlen(pC->azSeries[s]);
  }
  value_axis(p, lo, hi, x1, yTop, hPlot, pC->bBands, pC->zXLabel);
  /* Rows. */
  double y = yTop;
  for(int c=0; c<pC->nCat; c++){
    double hRow = row_height(pC->nSeries, pC->azCat[c]);
    row_label(p, y, hRow, pC->azCat[c]);
    double yBar = y + (hRow - pC->nSeries*15)/2;
    for(int s=0; s<pC->nSeries; s++){
      double v = pC->aValue[c*pC->nSeries + s];
      char zNum[32];
      if( isnan(v) ){
        html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"11\">%h</text>\n",
                    (double)BAR_X0+4, yBar+s*15+10, CHART_MUTED, chart_num(zNum, v, pC->nDec));
        continue;
      }
      double vc = fmin(fmax(v, lo), hi);
      html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"12\" fill=\"%s\"><title>%h: %h</title></rect>"
                     "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%h</text>\n",
                  (double)BAR_X0, yBar+s*15, BX(vc) - BAR_X0, chart_style(s)->zColor,
                  pC->nSeries>1 ? pC->azSeries[s] : pC->azCat[c], chart_num(zNum, v, pC->nDec),
                  BX(vc)+4, yBar+s*15+10, zNum);
    }
    y += hRow;
  }
  html_printf(p, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n",
              BAR_X0, yTop, BAR_X0, yTop+hPlot, CHART_MUTED);
#undef BX
  chart_close(p);
}

void chart_diverging(Sb *p, const DivergingChart *pC){
  static const char zLeftColor[] = "#e39b5b", zRightColor[] = "#1f4e79";
  double x1 = BAR_W - 20;
  double xC = (BAR_X0 + x1)/2, rHalf = (x1 - BAR_X0)/2 - 44;
  double rMax = pC->xMax;
  if( rMax<=0 ){
    for(int c=0; c<pC->nCat; c++){
      if( pC->aLeft[c]>rMax ) rMax = pC->aLeft[c];
      if( pC->aRight[c]>rMax ) rMax = pC->aRight[c];
    }
  }
  if( rMax<=0 ) rMax = 1;
  double yTop = 40, hPlot = 0;
  for(int c=0; c<pC->nCat; c++) hPlot += row_height(1, pC->azCat[c]);
  chart_open(p, pC->zId, pC->zTitle, pC->zDesc, BAR_W, (int)(yTop + hPlot + 16));
  html_printf(p, "<text x=\"%.1f\" y=\"24\" text-anchor=\"end\" font-weight=\"bold\">&#8592; %h</text>"
                 "<text x=\"%.1f\" y=\"24\" font-weight=\"bold\">%h &#8594;</text>\n",
              xC-8, pC->zLeft, xC+8, pC->zRight);
  double y = yTop;
  const char *zUnit = pC->zUnit ? pC->zUnit : "";
  for(int c=0; c<pC->nCat; c++){
    double hRow = row_height(1, pC->azCat[c]);
    double yBar = y + hRow/2 - 7;
    row_label(p, y, hRow, pC->azCat[c]);
    double aV[2] = { pC->aLeft[c], pC->aRight[c] };
    for(int side=0; side<2; side++){
      char zNum[32];
      chart_num(zNum, aV[side], pC->nDec);
      if( isnan(aV[side]) ) continue;
      double w = fmin(aV[side], rMax) / rMax * rHalf;
      double x = side==0 ? xC - w : xC;
      html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%h: %h%h</title></rect>"
                     "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%h%h</text>\n",
                  x, yBar, w, side==0 ? zLeftColor : zRightColor, side==0 ? pC->zLeft : pC->zRight, zNum, zUnit,
                  side==0 ? x-4 : x+w+4, yBar+11, side==0 ? "end" : "start", zNum, zUnit);
    }
    y += hRow;
  }
  html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
              xC, yTop-6, xC, yTop+hPlot, CHART_INK);
  chart_close(p);
}

void chart_spread(Sb *p, const SpreadChart *pC){
  double x1 = BAR_W - 56;
  double yTop = 14 + (pC->bBands ? 18 : 0);
  double hPlot = 0;
  for(int c=0; c<pC->nRow; c++) hPlot += row_height(1, pC->aRow[c].zName) + 6;
  double lo = pC->xMin, hi = pC->xMax > pC->xMin ? pC->xMax : pC->xMin + 1;
#define BX(v) (BAR_X0 + (fmin(fmax((v), lo), hi) - lo) * (x1 - BAR_X0) / (hi - lo))
  chart_open(p, pC->zId, pC->zTitle, pC->zDesc, BAR_W, (int)(yTop + hPlot + 44));
  value_axis(p, lo, hi, x1, yTop, hPlot, pC->bBands, pC->zXLabel);
  const char *zColor = chart_style(0)->zColor;
  double y = yTop;
  for(int c=0; c<pC->nRow; c++){
    const SpreadRow *r = &pC->aRow[c];
    double hRow = row_height(1, r->zName) + 6, yMid = y + hRow/2;
    char zA[32], zB[32], zC[32];
    row_label(p, y, hRow, r->zName);
    if( r->n>=pC->nBoxMin && r->n>0 ){
      /* whisker from the lowest to the highest, a dot at each end, the
      ** middle half as a box, the median as a thick line */
      html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                  BX(r->aVal[0]), yMid, BX(r->aVal[r->n-1]), yMid, CHART_INK);
      for(int e=0; e<2; e++){
        double v = r->aVal[e ? r->n-1 : 0];
        html_printf(p, "<circle class=\"spread-end\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%h</title></circle>\n",
                    BX(v), yMid, CHART_INK, chart_num(zA, v, pC->nDec));
      }
      chart_num(zA, r->q1, pC->nDec); chart_num(zB, r->med, pC->nDec); chart_num(zC, r->q3, pC->nDec);
      html_printf(p, "<rect class=\"spread-box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" fill=\"#ffffff\" "
                     "stroke=\"%s\" stroke-width=\"1.5\"><title>%h %h, %h %h, %h %h</title></rect>\n",
                  BX(r->q1), yMid-7, BX(r->q3) - BX(r->q1), zColor,
                  pC->azQuart[0], zA, pC->azQuart[1], zB, pC->azQuart[2], zC);
      html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                  BX(r->med), yMid-7, BX(r->med), yMid+7, zColor);
    }else{
      /* too few for quartiles: every value as a dot, ties side by side vertically */
      for(int i=0; i<r->n; i++){
        int k = 0;
        while( k<i && r->aVal[i-k-1]==r->aVal[i] ) k++;
        html_printf(p, "<circle class=\"spread-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"><title>%h</title></circle>\n",
                    BX(r->aVal[i]), yMid + (k%2 ? 1 : -1)*((k+1)/2)*6.0, zColor, chart_num(zA, r->aVal[i], pC->nDec));
      }
    }
    if( r->zNote ){
      html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%h</text>\n",
                  x1+6, yMid+4, CHART_MUTED, r->zNote);
    }
    y += hRow;
  }
  html_printf(p, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n",
              BAR_X0, yTop, BAR_X0, yTop+hPlot, CHART_MUTED);
#undef BX
  chart_close(p);
}

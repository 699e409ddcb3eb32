/*
** chart_time.c: the two time charts of chart.h. chart_line() draws scores
** by wave with 95% CI bands and whiskers; chart_step() draws counts that
** change on given days (membership) as steps over a shaded area. Both use
** the frame of chart_frame.c (bands, grid, legend, event marks).
*/
#include <math.h>
#include "report/chart_int.h"

/* The dash attribute of a style, "" for solid lines. */
static void dash_attr(Sb *p, const ChartStyle *st){
  if( st->zDash[0] ) html_printf(p, " stroke-dasharray=\"%s\"", st->zDash);
}

/* CI band of one series: a polygon over each run of points with both limits. */
static void ci_band(Sb *p, const TimeFrame *f, const ChartSeries *pS, const char *zColor){
  int i = 0;
  while( i<pS->nPoint ){
    while( i<pS->nPoint && (isnan(pS->aLow[i]) || isnan(pS->aHigh[i])) ) i++;
    int iStart = i;
    while( i<pS->nPoint && !isnan(pS->aLow[i]) && !isnan(pS->aHigh[i]) ) i++;
    if( i - iStart < 2 ) continue;
    sb_puts(p, "<path d=\"");
    for(int j=iStart; j<i; j++){
      html_printf(p, "%c%.1f %.1f", j==iStart ? 'M' : 'L', chart_tx(f, pS->aX[j]), chart_ty(f, pS->aHigh[j]));
    }
    for(int j=i-1; j>=iStart; j--){
      html_printf(p, "L%.1f %.1f", chart_tx(f, pS->aX[j]), chart_ty(f, pS->aLow[j]));
    }
    html_printf(p, "Z\" fill=\"%s\" fill-opacity=\"0.14\"/>\n", zColor);
  }
}

void chart_line(Sb *p, const TimeChart *pC){
  TimeFrame f;
  chart_time_frame(p, pC, &f);
  for(int s=0; s<pC->nSeries; s++){
    const ChartSeries *pS = &pC->aSeries[s];
    const ChartStyle *st = chart_style(s);
    html_printf(p, "<g class=\"series\" data-series=\"%h\">\n", pS->zName);
    if( pS->aLow && pS->aHigh ){
      ci_band(p, &f, pS, st->zColor);
      for(int i=0; i<pS->nPoint; i++){
        if( isnan(pS->aLow[i]) || isnan(pS->aHigh[i]) ) continue;
        double x = chart_tx(&f, pS->aX[i]);
        html_printf(p, "<path d=\"M%.1f %.1fL%.1f %.1fM%.1f %.1fL%.1f %.1fM%.1f %.1fL%.1f %.1f\" stroke=\"%s\" stroke-width=\"1.2\"/>\n",
                    x, chart_ty(&f, pS->aLow[i]), x, chart_ty(&f, pS->aHigh[i]),
                    x-4, chart_ty(&f, pS->aLow[i]), x+4, chart_ty(&f, pS->aLow[i]),
                    x-4, chart_ty(&f, pS->aHigh[i]), x+4, chart_ty(&f, pS->aHigh[i]), st->zColor);
      }
    }
    /* The line, broken at missing values. */
    int bOpen = 0;
    for(int i=0; i<pS->nPoint; i++){
      if( isnan(pS->aY[i]) ){
        if( bOpen ){ sb_puts(p, "\"/>\n"); bOpen = 0; }
        continue;
      }
      if( !bOpen ){
        html_printf(p, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"", st->zColor);
        dash_attr(p, st);
        sb_puts(p, " d=\"");
      }
      html_printf(p, "%c%.1f %.1f", bOpen ? 'L' : 'M', chart_tx(&f, pS->aX[i]), chart_ty(&f, pS->aY[i]));
      bOpen = 1;
    }
    if( bOpen ) sb_puts(p, "\"/>\n");
    for(int i=0; i<pS->nPoint; i++){
      if( !isnan(pS->aY[i]) ) chart_marker(p, st->iMarker, chart_tx(&f, pS->aX[i]), chart_ty(&f, pS->aY[i]), 4.5, st->zColor);
    }
    sb_puts(p, "</g>\n");
  }
  chart_close(p);
}

void chart_step(Sb *p, const TimeChart *pC){
  TimeFrame f;
  chart_time_frame(p, pC, &f);
  for(int s=0; s<pC->nSeries; s++){
    const ChartSeries *pS = &pC->aSeries[s];
    const ChartStyle *st = chart_style(s);
    if( pS->nPoint==0 ) continue;
    double xEnd = chart_tx(&f, pC->iEnd ? pC->iEnd : pS->aX[pS->nPoint-1]);
    Sb line = SB_INIT;
    double yPrev = f.y1;
    for(int i=0; i<pS->nPoint; i++){
      double x = chart_tx(&f, pS->aX[i]);
      double y = chart_ty(&f, isnan(pS->aY[i]) ? 0 : pS->aY[i]);
      if( i==0 ) html_printf(&line, "M%.1f %.1f", x, y);
      else html_printf(&line, "L%.1f %.1fL%.1f %.1f", x, yPrev, x, y);
      yPrev = y;
    }
    html_printf(&line, "L%.1f %.1f", xEnd, yPrev);
    html_printf(p, "<g class=\"series\" data-series=\"%h\">\n", pS->zName);
    html_printf(p, "<path d=\"%sL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\" fill-opacity=\"0.12\"/>\n",
                sb_str(&line), xEnd, f.y1, chart_tx(&f, pS->aX[0]), f.y1, st->zColor);
    html_printf(p, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\"", sb_str(&line), st->zColor);
    dash_attr(p, st);
    sb_puts(p, "/>\n</g>\n");
    sb_free(&line);
  }
  chart_close(p);
}

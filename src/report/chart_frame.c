/*
** chart_frame.c: what every chart shares (see chart_int.h): the palette,
** the <svg> opening, markers, wrapped labels, axis steps, and the frame of
** the time charts with bands, grid, legend and event marks. Also the
** interpretation rule chart_status() (chart.h).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/chart_int.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Dark blue, orange, teal, grey, purple: each pair differs in lightness
** or dash pattern, so greyscale print keeps them apart. */
static const ChartStyle aStyle[CHART_NSTYLE] = {
  { "#1f4e79", "",        0 },
  { "#b35900", "7 4",     1 },
  { "#2a7f62", "2 3",     2 },
  { "#4d4d4d", "10 3 2 3", 3 },
  { "#6a3d9a", "4 2",     4 },
};

const ChartStyle *chart_style(int iSeries){
  return &aStyle[(iSeries<0 ? 0 : iSeries) % CHART_NSTYLE];
}

ChartStatus chart_status(double r){
  if( isnan(r) || r<1.0 || r>5.0 ) return STATUS_NONE;
  if( r<3.0 ) return STATUS_CONCERN;
  if( r<4.0 ) return STATUS_WORK;
  return STATUS_STRENGTH;
}

const char *chart_status_label(ChartStatus s){
  switch( s ){
    case STATUS_CONCERN:  return _("concern");
    case STATUS_WORK:     return _("work");
    case STATUS_STRENGTH: return _("strength");
    default:              return _("not assessed");
  }
}

/* Box fills: light to dark in the order concern, work, strength, so the
** status also reads in greyscale; none is white with a dashed border. */
const char *chart_status_fill(ChartStatus s){
  switch( s ){
    case STATUS_CONCERN:  return "#f4c7bd";
    case STATUS_WORK:     return "#f2d98c";
    case STATUS_STRENGTH: return "#2a7f62";
    default:              return "#ffffff";
  }
}
const char *chart_status_band(ChartStatus s){
  switch( s ){
    case STATUS_CONCERN:  return "#fbe5e0";
    case STATUS_WORK:     return "#fbf1d3";
    case STATUS_STRENGTH: return "#dff0e8";
    default:              return "#ffffff";
  }
}
const char *chart_status_ink(ChartStatus s){
  return s==STATUS_STRENGTH ? "#ffffff" : CHART_INK;
}

void chart_open(Sb *p, const char *zId, const char *zTitle, const char *zDesc, int w, int h){
  html_printf(p,
    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
    "aria-labelledby=\"%t-title %t-desc\" font-family=\"%s\" font-size=\"12\" fill=\"%s\">\n"
    "<title id=\"%t-title\">%h</title>\n<desc id=\"%t-desc\">%h</desc>\n",
    w, h, w, h, zId, zId, CHART_FONT, CHART_INK, zId, zTitle, zId, zDesc ? zDesc : "");
}

void chart_close(Sb *p){ sb_puts(p, "</svg>\n"); }

void chart_marker(Sb *p, int iMarker, double x, double y, double r, const char *zColor){
  switch( iMarker % CHART_NSTYLE ){
    case 0: html_printf(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, r, zColor); break;
    case 1: html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x-r, y-r, 2*r, 2*r, zColor); break;
    case 2: html_printf(p, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>",
                        x, y-r*1.2, x+r*1.1, y+r*0.9, x-r*1.1, y+r*0.9, zColor); break;
    case 3: html_printf(p, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\"/>",
                        x, y-r*1.3, x+r*1.3, y, x, y+r*1.3, x-r*1.3, y, zColor); break;
    default: html_printf(p, "<path d=\"M%.1f %.1fL%.1f %.1fM%.1f %.1fL%.1f %.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>",
                         x-r, y-r, x+r, y+r, x-r, y+r, x+r, y-r, zColor); break;
  }
  sb_putc(p, '\n');
}

/* Characters (code points) in n bytes of UTF-8. */
static int n_chars(const char *z, size_t n){
  int c = 0;
  for(size_t i=0; i<n; i++) if( ((unsigned char)z[i] & 0xC0)!=0x80 ) c++;
  return c;
}

/* Calls xLine(ctx, zLine, nByte) for each wrapped line; returns the line count. */
static int wrap_lines(int nChar, const char *zText, void (*xLine)(void*, const char*, size_t), void *pCtx){
  int nLine = 0;
  const char *z = zText ? zText : "";
  while( *z ){
    while( *z==' ' ) z++;
    if( !*z ) break;
    const char *zEnd = z, *zBreak = NULL;
    while( *zEnd ){
      const char *zWordEnd = zEnd;
      while( *zWordEnd==' ' ) zWordEnd++;
      while( *zWordEnd && *zWordEnd!=' ' ) zWordEnd++;
      if( zBreak && n_chars(z, (size_t)(zWordEnd - z))>nChar ) break;
      zBreak = zWordEnd;
      zEnd = zWordEnd;
    }
    if( xLine ) xLine(pCtx, z, (size_t)(zBreak - z));
    nLine++;
    z = zBreak;
  }
  return nLine;
}

int chart_text_lines(int nChar, const char *zText){
  return wrap_lines(nChar, zText, NULL, NULL);
}

typedef struct WrapCtx { Sb *p; double x, dy; int n; } WrapCtx;
static void wrap_emit(void *pv, const char *z, size_t n){
  WrapCtx *w = pv;
  char *zLine = xstrndup(z, n);
  html_printf(w->p, "<tspan x=\"%.1f\" dy=\"%.1f\">%h</tspan>", w->x, w->n ? w->dy : 0.0, zLine);
  free(zLine);
  w->n++;
}

int chart_text_wrapped(Sb *p, double x, double y, int nChar, double dy, const char *zAttr, const char *zText){
  WrapCtx w = { p, x, dy, 0 };
  html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, zAttr ? zAttr : "");
  int n = wrap_lines(nChar, zText, wrap_emit, &w);
  sb_puts(p, "</text>\n");
  return n;
}

double chart_nice_step(double rRange, int nTick){
  if( !(rRange>0) || nTick<1 ) return 1.0;
  double rRaw = rRange / nTick;
  double rPow = pow(10.0, floor(log10(rRaw)));
  double f = rRaw / rPow;
  double rNice = f<=1.0 ? 1.0 : f<=2.0 ? 2.0 : f<=5.0 ? 5.0 : 10.0;
  return rNice * rPow;
}

const char *chart_num(char *zBuf, double r, int nDec){
  char zNum[I18N_NUM_MAX];
  snprintf(zBuf, 32, "%s", isnan(r) ? _("n/a") : i18n_num(zNum, r, nDec));
  return zBuf;
}

double chart_tx(const TimeFrame *f, double iDay){
  if( f->dMax<=f->dMin ) return (f->x0 + f->x1)/2;
  return f->x0 + (iDay - f->dMin) * (f->x1 - f->x0) / (f->dMax - f->dMin);
}
double chart_ty(const TimeFrame *f, double v){
  if( f->vMax<=f->vMin ) return f->y1;
  return f->y1 - (v - f->vMin) * (f->y1 - f->y0) / (f->vMax - f->vMin);
}

/* Day and value ranges of the chart's data. */
static void time_ranges(const TimeChart *pC, TimeFrame *pF){
  double dLo = INFINITY, dHi = -INFINITY, vHi = -INFINITY;
  for(int s=0; s<pC->nSeries; s++){
    const ChartSeries *pS = &pC->aSeries[s];
    for(int i=0; i<pS->nPoint; i++){
      if( pS->aX[i]<dLo ) dLo = pS->aX[i];
      if( pS->aX[i]>dHi ) dHi = pS->aX[i];
      double v = pS->aHigh && !isnan(pS->aHigh[i]) ? pS->aHigh[i] : pS->aY[i];
      if( !isnan(v) && v>vHi ) vHi = v;
    }
  }
  for(int m=0; m<pC->nMark; m++){
    if( pC->aMark[m].iDay<dLo ) dLo = pC->aMark[m].iDay;
    if( pC->aMark[m].iDay>dHi ) dHi = pC->aMark[m].iDay;
  }
  if( pC->iEnd && pC->iEnd>dHi ) dHi = pC->iEnd;
  if( isinf(dLo) ){ dLo = dHi = date_today(); }
  double rPad = (dHi - dLo) < 120 ? 60 : (dHi - dLo) * 0.03;
  pF->dMin = dLo - rPad;
  pF->dMax = dHi + rPad;
  if( !isnan(pC->yMin) && !isnan(pC->yMax) ){
    pF->vMin = pC->yMin; pF->vMax = pC->yMax;
  }else{
    double rStep = chart_nice_step(isinf(vHi) || vHi<1 ? 1 : vHi, 5);
    pF->vMin = 0;
    pF->vMax = isinf(vHi) || vHi<1 ? 1 : ceil(vHi / rStep) * rStep;
  }
}

/* Width of the legend entry of series s. */
static double legend_width(const TimeChart *pC, int s){
  return 48 + 7.0 * n_chars(pC->aSeries[s].zName, strlen(pC->aSeries[s].zName));
}

/* Rows the legend needs when entries start at x and must end by xMax:
** an entry that would run past xMax starts a new row, so no label is cut. */
static int legend_rows(const TimeChart *pC, double x, double xMax){
  int nRow = pC->nSeries>0 ? 1 : 0;
  double x0 = x;
  for(int s=0; s<pC->nSeries; s++){
    double w = legend_width(pC, s);
    if( x>x0 && x + w - 14 > xMax ){ nRow++; x = x0; }
    x += w;
  }
  return nRow;
}

/* The legend of the series from y, in rows 22 apart (legend_rows()). */
static void time_legend(Sb *p, const TimeChart *pC, double x, double y, double xMax){
  double x0 = x;
  for(int s=0; s<pC->nSeries; s++){
    const ChartStyle *st = chart_style(s);
    double w = legend_width(pC, s);
    if( x>x0 && x + w - 14 > xMax ){ y += 22; x = x0; }
    html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"%s%s%s/>",
                x, y, x+28, y, st->zColor, st->zDash[0] ? " stroke-dasharray=\"" : "", st->zDash,
                st->zDash[0] ? "\"" : "");
    chart_marker(p, st->iMarker, x+14, y, 4, st->zColor);
    html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\">%h</text>\n",
                x+34, y+1, pC->aSeries[s].zName);
    x += w;
  }
}

/* Grid lines and labels of the time axis: years, or quarters on short spans. */
static void time_axis_x(Sb *p, const TimeFrame *f){
  int yLo = date_year((int)f->dMin), yHi = date_year((int)f->dMax);
  int bQuarter = (f->dMax - f->dMin) < 2.5*365;
  int nYearStep = (yHi - yLo) > 12 ? (yHi - yLo + 11) / 12 : 1;
  for(int y=yLo; y<=yHi+1; y++){
    for(int m=1; m<=12; m+=3){
      if( m>1 && !bQuarter ) break;
      if( m==1 && !bQuarter && (y % nYearStep)!=0 ) continue;
      int d = date_from_ymd(y, m, 1);
      if( d<f->dMin || d>f->dMax ) continue;
      double x = chart_tx(f, d);
      html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                  x, f->y0, x, f->y1+4, CHART_GRID);
      if( bQuarter && m>1 ){
        html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\" font-size=\"10\">%d-%02d</text>\n",
                    x, f->y1+16, CHART_MUTED, y, m);
      }else{
        html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", x, f->y1+16, y);
      }
    }
  }
}

void chart_time_frame(Sb *p, const TimeChart *pC, TimeFrame *f){
  memset(f, 0, sizeof(*f));
  time_ranges(pC, f);
  int nBadgeRow = pC->nMark>0 ? 2 : 0;
  f->w = 720;
  f->x0 = 58;
  f->x1 = f->w - (pC->bBands ? 86 : 20);
  int nLegendRow = legend_rows(pC, f->x0, f->w - 8);
  f->y0 = 12 + (nLegendRow>0 ? 24 + 22*(nLegendRow-1) : 0) + nBadgeRow*18;
  f->y1 = f->y0 + 220;
  f->h = (int)(f->y1 + 30 + (pC->nMark>0 ? 8 + 17*pC->nMark : 0));
  chart_open(p, pC->zId, pC->zTitle, pC->zDesc, f->w, f->h);
  if( pC->nSeries>0 ) time_legend(p, pC, f->x0, 18, f->w - 8);

  /* Interpretation bands, labelled at the right. */
  if( pC->bBands ){
    static const double aLo[] = {1.0, 3.0, 4.0}, aHi[] = {3.0, 4.0, 5.0};
    static const ChartStatus aSt[] = {STATUS_CONCERN, STATUS_WORK, STATUS_STRENGTH};
    for(int b=0; b<3; b++){
      double lo = fmax(aLo[b], f->vMin), hi = fmin(aHi[b], f->vMax);
      if( hi<=lo ) continue;
      html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                  f->x0, chart_ty(f, hi), f->x1 - f->x0, chart_ty(f, lo) - chart_ty(f, hi), chart_status_band(aSt[b]));
      html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\" fill=\"%s\" font-size=\"11\">%h</text>\n",
                  f->x1 + 6, (chart_ty(f, hi) + chart_ty(f, lo))/2, CHART_MUTED, chart_status_label(aSt[b]));
    }
  }

  /* Value grid and labels. */
  double rStep = pC->bBands ? 1.0 : chart_nice_step(f->vMax - f->vMin, 5);
  for(double v=f->vMin; v<=f->vMax + rStep*1e-6; v+=rStep){
    double y = chart_ty(f, v);
    char zNum[32];
    html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                f->x0-4, y, f->x1, y, CHART_GRID);
    html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%h</text>\n",
                f->x0-7, y, chart_num(zNum, v, rStep<1 ? 1 : 0));
  }
  if( pC->zYLabel ){
    html_printf(p, "<text transform=\"translate(14 %.1f) rotate(-90)\" text-anchor=\"middle\" fill=\"%s\">%h</text>\n",
                (f->y0 + f->y1)/2, CHART_MUTED, pC->zYLabel);
  }
  time_axis_x(p, f);
  html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
              f->x0, f->y1, f->x1, f->y1, CHART_MUTED);

  /* Event marks: dashed line, numbered badge above the plot (two rows so
  ** neighbours do not overlap), and the key under the axis. */
  double aLastX[2] = { -1e9, -1e9 };
  for(int m=0; m<pC->nMark; m++){
    double x = chart_tx(f, pC->aMark[m].iDay);
    int row = (x - aLastX[0] >= 20) ? 0 : (x - aLastX[1] >= 20) ? 1 : 0;
    aLastX[row] = x;
    double yB = f->y0 - 10 - 18*(1-row);
    html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"3 3\"/>"
                   "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"#ffffff\" font-size=\"10\" font-weight=\"bold\">%d</text>\n",
                x, yB+8, x, f->y1, CHART_MUTED, x, yB, CHART_MUTED, x, yB+0.5, m+1);
    char zDate[16];
    date_format(pC->aMark[m].iDay, zDate);
    double yK = f->y1 + 44 + 17*m;
    html_printf(p, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"#ffffff\" font-size=\"9\" font-weight=\"bold\">%d</text>"
                   "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"central\"><tspan fill=\"%s\">%h</tspan>  %h</text>\n",
                f->x0+7, yK, CHART_MUTED, f->x0+7, yK+0.5, m+1,
                f->x0+20, yK, CHART_MUTED, zDate, pC->aMark[m].zLabel);
  }
}

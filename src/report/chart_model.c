/*
** chart_model.c: the model figure of chart.h (chart_model): columns of
** boxes left to right joined by arrows, each box filled by the status of
** its score and labelled with the score and the status name (so colour is
** never the only cue), an optional feedback arrow under the columns, and a
** legend of the statuses.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "report/chart_int.h"

#define MODEL_W 720
#define MODEL_BOX_W 186
#define MODEL_CHARS 24
#define MODEL_TOP 40

/* Height of one box: its wrapped label and the score line. */
static double box_height(const ModelBox *b){
  return chart_text_lines(MODEL_CHARS, b->zLabel) * 15 + 30;
}
static double column_height(const ModelColumn *c){
  double h = 0;
  for(int i=0; i<c->nBox; i++) h += box_height(&c->aBox[i]) + (i ? 10 : 0);
  return h;
}

static void model_box(Sb *p, double x, double y, const ModelBox *b){
  ChartStatus st = chart_status(b->rScore);
  double h = box_height(b);
  html_printf(p, "<g class=\"box status-%t\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"6\" "
                 "fill=\"%s\" stroke=\"%s\" stroke-width=\"1.2\"%s/>\n",
              st==STATUS_NONE ? "none" : st==STATUS_CONCERN ? "concern" : st==STATUS_WORK ? "work" : "strength",
              x, y, MODEL_BOX_W, h, chart_status_fill(st), st==STATUS_NONE ? "#8c8c8c" : "#404040",
              st==STATUS_NONE ? " stroke-dasharray=\"4 3\"" : "");
  char zAttr[96];
  snprintf(zAttr, sizeof(zAttr), "text-anchor=\"middle\" font-weight=\"600\" fill=\"%s\"", chart_status_ink(st));
  int n = chart_text_wrapped(p, x + MODEL_BOX_W/2.0, y + 18, MODEL_CHARS, 15, zAttr, b->zLabel);
  char zNum[32];
  if( isnan(b->rScore) ){
    html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"%s\">%h</text>",
                x + MODEL_BOX_W/2.0, y + 18 + n*15 + 2, chart_status_ink(st), chart_status_label(st));
  }else{
    html_printf(p, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"%s\">%h &#183; %h</text>",
                x + MODEL_BOX_W/2.0, y + 18 + n*15 + 2, chart_status_ink(st), chart_num(zNum, b->rScore, 1),
                chart_status_label(st));
  }
  sb_puts(p, "</g>\n");
}

void chart_model(Sb *p, const ModelChart *pC){
  int nCol = pC->nColumn > 0 ? pC->nColumn : 1;
  double rGap = nCol>1 ? (MODEL_W - 20.0 - nCol*MODEL_BOX_W) / (nCol-1) : 0;
  double hMax = 0;
  for(int c=0; c<pC->nColumn; c++){
    double h = column_height(&pC->aColumn[c]);
    if( h>hMax ) hMax = h;
  }
  double yFeedback = MODEL_TOP + hMax + 22;
  double yLegend = yFeedback + (pC->zFeedback ? 34 : 4);
  int h = (int)(yLegend + 26);
  chart_open(p, pC->zId, pC->zTitle, pC->zDesc, MODEL_W, h);
  html_printf(p, "<defs><marker id=\"%t-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                 "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10Z\" fill=\"%s\"/></marker></defs>\n",
              pC->zId, CHART_MUTED);
  for(int c=0; c<pC->nColumn; c++){
    const ModelColumn *pCol = &pC->aColumn[c];
    double x = 10 + c*(MODEL_BOX_W + rGap);
    html_printf(p, "<text x=\"%.1f\" y=\"22\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"13\">%h</text>\n",
                x + MODEL_BOX_W/2.0, pCol->zHeading);
    double y = MODEL_TOP + (hMax - column_height(pCol))/2;
    for(int i=0; i<pCol->nBox; i++){
      model_box(p, x, y, &pCol->aBox[i]);
      y += box_height(&pCol->aBox[i]) + 10;
    }
    if( c+1<pC->nColumn ){
      double yMid = MODEL_TOP + hMax/2;
      html_printf(p, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\" marker-end=\"url(#%t-arrow)\"/>\n",
                  x + MODEL_BOX_W + 6, yMid, x + MODEL_BOX_W + rGap - 6, yMid, CHART_MUTED, pC->zId);
    }
  }
  if( pC->zFeedback && pC->nColumn>1 ){
    double xA = 10 + (pC->nColumn-1)*(MODEL_BOX_W + rGap) + MODEL_BOX_W/2.0;
    double xB = 10 + MODEL_BOX_W/2.0;
    html_printf(p, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" "
                   "stroke-dasharray=\"6 4\" marker-end=\"url(#%t-arrow)\"/>\n"
                   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-style=\"italic\" fill=\"%s\">%h</text>\n",
                xA, MODEL_TOP + hMax + 4, xA, yFeedback, xB, yFeedback, xB, MODEL_TOP + hMax + 6,
                CHART_MUTED, pC->zId, (xA+xB)/2, yFeedback + 16, CHART_MUTED, pC->zFeedback);
  }
  /* Legend of the statuses. */
  static const ChartStatus aSt[] = {STATUS_STRENGTH, STATUS_WORK, STATUS_CONCERN, STATUS_NONE};
  double x = 10;
  for(int i=0; i<4; i++){
    const char *zLabel = chart_status_label(aSt[i]);
    html_printf(p, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"12\" rx=\"2\" fill=\"%s\" stroke=\"#595959\"%s/>"
                   "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%h</text>\n",
                x, yLegend, chart_status_fill(aSt[i]), aSt[i]==STATUS_NONE ? " stroke-dasharray=\"3 2\"" : "",
                x + 22, yLegend + 10, zLabel);
    x += 40 + 6.5*(double)strlen(zLabel);
  }
  chart_close(p);
}

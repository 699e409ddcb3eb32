/*
** netmap.c: SVG maps of collaboration networks (see netmap.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <igraph/igraph.h>
#include "network/netmap.h"
#include "util/html.h"
#include "util/xalloc.h"

#define PANEL_W 440
#define PANEL_H 380
#define MARGIN 40
#define MARGIN_X 80
#define LEGEND_H 70

/* Sector colours (colour-blind safe, Okabe-Ito); other sectors grey. */
static const char *const azSector[] = { "academic", "government", "health system", "nonprofit", "industry", NULL };
static const char *const azColour[] = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#999999" };

static const char *sector_colour(const char *zSector){
  int i = 0;
  for(; azSector[i]; i++) if( zSector && strcmp(zSector, azSector[i])==0 ) break;
  return azColour[i];
}

/* Grey of a tie of level 1..5: light to dark. */
static const char *level_grey(int level){
  static const char *const az[] = { "#dddddd", "#bbbbbb", "#909090", "#606060", "#303030", "#000000" };
  return az[level<0 ? 0 : level>5 ? 5 : level];
}

static int cmp_str(const void *a, const void *b){ return strcmp(*(char*const*)a, *(char*const*)b); }

/* Positions in [0,1]x[0,1] of the union of the nodes of g1 and g2 (sorted
** names in *pazName, borrowed, caller frees the arrays). Returns the count. */
static int union_layout(const NetGraph *g1, const NetGraph *g2, const char ***pazName, double **paXY){
  int n = 0, nMax = g1->nNode + (g2 ? g2->nNode : 0);
  const char **az = xcalloc((size_t)nMax+1, sizeof(char*));
  for(int i=0; i<g1->nNode; i++) az[n++] = g1->aNode[i].zName;
  for(int i=0; g2 && i<g2->nNode; i++) az[n++] = g2->aNode[i].zName;
  qsort(az, (size_t)n, sizeof(char*), cmp_str);
  int m = 0;
  for(int i=0; i<n; i++) if( m==0 || strcmp(az[m-1], az[i]) ) az[m++] = az[i];
  n = m;
  igraph_vector_int_t edges;
  igraph_vector_int_init(&edges, 0);
  for(int w=0; w<2; w++){
    const NetGraph *g = w ? g2 : g1;
    for(int i=0; g && i<g->nArc; i++){
      if( g->aArc[i].level<1 ) continue;
      const char *zA = g->aNode[g->aArc[i].from].zName, *zB = g->aNode[g->aArc[i].to].zName;
      const char **pA = bsearch(&zA, az, (size_t)n, sizeof(char*), cmp_str);
      const char **pB = bsearch(&zB, az, (size_t)n, sizeof(char*), cmp_str);
      igraph_vector_int_push_back(&edges, pA-az);
      igraph_vector_int_push_back(&edges, pB-az);
    }
  }
  double *aXY = xcalloc((size_t)2*n+2, sizeof(double));
  igraph_t gr;
  igraph_matrix_t pos;
  igraph_matrix_init(&pos, 0, 0);
  if( igraph_create(&gr, &edges, n, IGRAPH_UNDIRECTED)==IGRAPH_SUCCESS ){
    igraph_simplify(&gr, 1, 1, NULL);
    igraph_rng_seed(igraph_rng_default(), 20150401);   /* the same study draws the same map */
    if( n>1 && igraph_layout_fruchterman_reingold(&gr, &pos, 0, 500, sqrt((double)n), IGRAPH_LAYOUT_NOGRID,
                                                  NULL, NULL, NULL, NULL, NULL)==IGRAPH_SUCCESS ){
      double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
      for(int i=0; i<n; i++){
        double x = MATRIX(pos, i, 0), y = MATRIX(pos, i, 1);
        x0 = fmin(x0, x); x1 = fmax(x1, x);
        y0 = fmin(y0, y); y1 = fmax(y1, y);
      }
      for(int i=0; i<n; i++){
        aXY[2*i] = x1>x0 ? (MATRIX(pos, i, 0)-x0)/(x1-x0) : 0.5;
        aXY[2*i+1] = y1>y0 ? (MATRIX(pos, i, 1)-y0)/(y1-y0) : 0.5;
      }
    }else{
      for(int i=0; i<n; i++){ aXY[2*i] = 0.5; aXY[2*i+1] = 0.5; }
    }
    igraph_destroy(&gr);
  }
  igraph_matrix_destroy(&pos);
  igraph_vector_int_destroy(&edges);
  *pazName = az; *paXY = aXY;
  return n;
}

/* One panel: the network g at horizontal offset x0; gOther the other wave
** (NULL: none), bSecond whether g is the later wave. */
static void panel(Sb *pOut, const NetGraph *g, const NetMetrics *m, const NetGraph *gOther, int bSecond,
                  int x0, const char **azName, const double *aXY, int nName){
  int maxDeg = 1;
  for(int i=0; i<g->nNode; i++) if( m->aDeg[i]>maxDeg ) maxDeg = m->aDeg[i];
  double *aX = xcalloc((size_t)g->nNode+1, sizeof(double)), *aY = xcalloc((size_t)g->nNode+1, sizeof(double));
  for(int i=0; i<g->nNode; i++){
    const char *z = g->aNode[i].zName;
    const char **pz = bsearch(&z, azName, (size_t)nName, sizeof(char*), cmp_str);
    int k = pz ? (int)(pz-azName) : 0;
    aX[i] = x0 + MARGIN_X + aXY[2*k]*(PANEL_W-2*MARGIN_X);
    aY[i] = 30 + MARGIN/2 + aXY[2*k+1]*(PANEL_H-30-MARGIN);
  }
  html_printf(pOut, "<g class=\"net-panel\"><text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%h</text>\n",
              x0+10, g->zWave);
  /* Ties: the highest level of the pair, drawn once. */
  for(int i=0; i<g->nArc; i++){
    const NetArc *e = &g->aArc[i];
    if( e->level<1 ) continue;
    const NetArc *back = netgraph_arc(g, e->to, e->from);
    if( back && back->level>=1 && e->from>e->to ) continue;
    int lev = back && back->level>e->level ? back->level : e->level;
    html_printf(pOut, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
                aX[e->from], aY[e->from], aX[e->to], aY[e->to], level_grey(lev), 0.8+0.4*lev);
  }
  for(int i=0; i<g->nNode; i++){
    const NetNode *v = &g->aNode[i];
    double r = 5 + 10*sqrt((double)m->aDeg[i]/maxDeg);
    int bMarked = gOther && netgraph_node(gOther, v->zName)<0;   /* left (first) or joined (second) */
    html_printf(pOut, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#000\" stroke-width=\"%s\"%s>"
                "<title>%h (%h): %d</title></circle>\n",
                aX[i], aY[i], r, sector_colour(v->zSector), bMarked && bSecond ? "3" : "1",
                bMarked && !bSecond ? " stroke-dasharray=\"3 2\" fill-opacity=\"0.35\"" : "",
                v->zName, v->zSector ? v->zSector : "-", m->aDeg[i]);
    char zShort[40];
    size_t n = strlen(v->zName);
    if( n>26 ){
      /* cut on a UTF-8 character boundary */
      size_t k = 24;
      while( k>0 && ((unsigned char)v->zName[k] & 0xC0)==0x80 ) k--;
      memcpy(zShort, v->zName, k); memcpy(zShort+k, "...", 4);
    }else{
      memcpy(zShort, v->zName, n+1);
    }
    html_printf(pOut, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%h</text>\n",
                aX[i], aY[i]+r+11, zShort);
  }
  sb_puts(pOut, "</g>\n");
  free(aX); free(aY);
}

void netmap_svg(Sb *pOut, const NetGraph *g1, const NetMetrics *m1, const NetGraph *g2, const NetMetrics *m2,
                const char *zId, const char *zTitle, const char *zDesc, const char *const *azLegend){
  const char **azName; double *aXY;
  int nName = union_layout(g1, g2, &azName, &aXY);
  int w = g2 ? 2*PANEL_W : PANEL_W, h = PANEL_H + LEGEND_H;
  html_printf(pOut, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
              "role=\"img\" aria-labelledby=\"%t-t %t-d\" font-family=\"sans-serif\">\n"
              "<title id=\"%t-t\">%h</title>\n<desc id=\"%t-d\">%h</desc>\n",
              w, h, w, h, zId, zId, zId, zTitle, zId, zDesc);
  panel(pOut, g1, m1, g2, 0, 0, azName, aXY, nName);
  if( g2 ) panel(pOut, g2, m2, g1, 1, PANEL_W, azName, aXY, nName);
  /* Legend: sectors, levels, marks. */
  int y = PANEL_H + 14, x = 10;
  html_printf(pOut, "<g class=\"net-legend\" font-size=\"11\"><text x=\"%d\" y=\"%d\" font-weight=\"bold\">%h</text>\n",
              x, y, azLegend[0]);
  x += 60;
  for(int i=0; i<=5; i++){
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%h</text>\n",
                x, y-4, azColour[i], x+8, y, i<5 ? azSector[i] : azLegend[1]);
    x += 100;
  }
  y += 22; x = 10;
  html_printf(pOut, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%h</text>\n", x, y, azLegend[2]);
  x += 140;
  for(int l=1; l<=5; l++){
    html_printf(pOut, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%.1f\"/>"
                "<text x=\"%d\" y=\"%d\">%d</text>\n", x, y-4, x+24, y-4, level_grey(l), 0.8+0.4*l, x+28, y, l);
    x += 50;
  }
  html_printf(pOut, "<text x=\"%d\" y=\"%d\">%h</text>\n", x+10, y, azLegend[5]);
  if( g2 ){
    y += 22; x = 10;
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#999\" fill-opacity=\"0.35\" stroke=\"#000\" "
                "stroke-dasharray=\"3 2\"/><text x=\"%d\" y=\"%d\">%h</text>\n", x+5, y-4, x+14, y, azLegend[3]);
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#999\" stroke=\"#000\" stroke-width=\"3\"/>"
                "<text x=\"%d\" y=\"%d\">%h</text>\n", x+305, y-4, x+314, y, azLegend[4]);
  }
  sb_puts(pOut, "</g>\n</svg>\n");
  free(azName); free(aXY);
}

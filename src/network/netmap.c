/*
** netmap.c: SVG maps of collaboration networks (see netmap.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <igraph/igraph.h>
#include "network/netmap.h"
#include "roster/sector_word.h"
#include "util/html.h"
#include "util/xalloc.h"

#define PANEL_W 440
#define PANEL_H 380
#define MARGIN 40
#define MARGIN_X 80
#define FONT 11          /* the legend's and the key's text, px */
#define LINE_H 16        /* one line of the legend or the key */
/* A character's width in em, generous for the sans-serif fonts browsers
** use (DejaVu Sans, the widest common one, averages about 0.58 em), so
** that an estimated width is never short of the drawn one. */
#define CHAR_EM 0.64

/* Sector colours (colour-blind safe, Okabe-Ito) in the order of
** azSectorKnown; other sectors grey. */
static const char *const azColour[SECTOR_N+1] = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#999999" };

static const char *sector_colour(const char *zSector){ return azColour[sector_index(zSector)]; }

/* Characters (not bytes) in the first nByte bytes of UTF-8 z. */
static int utf8_chars(const char *z, size_t nByte){
  int n = 0;
  for(size_t i=0; i<nByte && z[i]; i++) if( ((unsigned char)z[i] & 0xC0)!=0x80 ) n++;
  return n;
}

/* The drawn width of z at font size fs, estimated from above. */
static double text_width(const char *z, double fs){ return utf8_chars(z, strlen(z))*fs*CHAR_EM; }

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

/* The lines of z wrapped at spaces and after hyphens to at most nMax
** characters each (a word longer than a line broken where the line ends;
** nothing is left out).
** Returns the count; *pazLine the lines, each a new string (caller frees
** them and the array). */
static int wrap_words(const char *z, int nMax, char ***pazLine){
  char **az = NULL;
  int n = 0;
  if( nMax<1 ) nMax = 1;
  while( *z ){
    while( *z==' ' ) z++;
    if( !*z ) break;
    const char *p = z, *zSpace = NULL;
    int nc = 0;
    while( *p && nc<nMax ){
      if( *p==' ' ) zSpace = p;
      else if( *p=='-' && p>z ) zSpace = p+1;      /* after a hyphen */
      p++;
      while( ((unsigned char)*p & 0xC0)==0x80 ) p++;
      nc++;
    }
    const char *zEnd = !*p || *p==' ' || !zSpace ? p : zSpace;
    while( zEnd>z && zEnd[-1]==' ' ) zEnd--;
    az = xrealloc(az, (size_t)(n+1)*sizeof(char*));
    az[n++] = xstrndup(z, (size_t)(zEnd-z));
    z = zEnd;
  }
  *pazLine = az;
  return n;
}

/* One panel: the network g at horizontal offset x0; gOther the other wave
** (NULL: none), bSecond whether g is the later wave. Each organisation is
** labelled with its number in the key (its place in azName, plus one) and
** its circle's <title> gives its full name, sector and degree. */
static void panel(Sb *pOut, const NetGraph *g, const NetMetrics *m, const NetGraph *gOther, int bSecond,
                  int x0, const char **azName, const double *aXY, int nName){
  int maxDeg = 1;
  for(int i=0; i<g->nNode; i++) if( m->aDeg[i]>maxDeg ) maxDeg = m->aDeg[i];
  double *aX = xcalloc((size_t)g->nNode+1, sizeof(double)), *aY = xcalloc((size_t)g->nNode+1, sizeof(double));
  int *aNum = xcalloc((size_t)g->nNode+1, sizeof(int));
  for(int i=0; i<g->nNode; i++){
    const char *z = g->aNode[i].zName;
    const char **pz = bsearch(&z, azName, (size_t)nName, sizeof(char*), cmp_str);
    int k = pz ? (int)(pz-azName) : 0;
    aNum[i] = k+1;
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
                "<title>%d. %h (%h): %d</title></circle>\n",
                aX[i], aY[i], r, sector_colour(v->zSector), bMarked && bSecond ? "3" : "1",
                bMarked && !bSecond ? " stroke-dasharray=\"3 2\" fill-opacity=\"0.35\"" : "",
                aNum[i], v->zName, v->zSector ? sector_word(v->zSector) : "-", m->aDeg[i]);
    html_printf(pOut, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"bold\" text-anchor=\"middle\">%d</text>\n",
                aX[i], aY[i]+r+FONT, FONT, aNum[i]);
  }
  sb_puts(pOut, "</g>\n");
  free(aX); free(aY); free(aNum);
}

/* The legend and the key flow left to right and wrap at the SVG's width:
** x, y the next item's place (y its baseline), w the width. */
typedef struct Flow { int x, y, w; } Flow;

/* The x at which an item nWidth wide goes, on a new line when it would
** pass the right margin; the flow moves past it. */
static int flow_at(Flow *f, double nWidth){
  if( f->x>10 && f->x+nWidth>f->w-10 ){ f->x = 10; f->y += LINE_H+4; }
  int x = f->x;
  f->x += (int)ceil(nWidth)+14;
  return x;
}

static void flow_break(Flow *f){ f->x = 10; f->y += LINE_H+6; }

/* The legend: sectors, collaboration levels, size; the marks of joined and
** departed organisations when bTwo. */
static void legend(Sb *pOut, Flow *f, int bTwo, const char *const *azLegend){
  int x = flow_at(f, text_width(azLegend[0], FONT));
  html_printf(pOut, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%h</text>\n", x, f->y, azLegend[0]);
  for(int i=0; i<=SECTOR_N; i++){
    const char *z = i<SECTOR_N ? sector_word(azSectorKnown[i]) : azLegend[1];
    x = flow_at(f, 12+text_width(z, FONT));
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%h</text>\n",
                x+5, f->y-4, azColour[i], x+12, f->y, z);
  }
  flow_break(f);
  x = flow_at(f, text_width(azLegend[2], FONT));
  html_printf(pOut, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%h</text>\n", x, f->y, azLegend[2]);
  for(int l=1; l<=5; l++){
    x = flow_at(f, 28+text_width("5", FONT));
    html_printf(pOut, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%.1f\"/>"
                "<text x=\"%d\" y=\"%d\">%d</text>\n", x, f->y-4, x+24, f->y-4, level_grey(l), 0.8+0.4*l, x+28, f->y, l);
  }
  x = flow_at(f, text_width(azLegend[5], FONT));
  html_printf(pOut, "<text x=\"%d\" y=\"%d\">%h</text>\n", x, f->y, azLegend[5]);
  if( bTwo ){
    flow_break(f);
    x = flow_at(f, 14+text_width(azLegend[3], FONT));
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#999\" fill-opacity=\"0.35\" stroke=\"#000\" "
                "stroke-dasharray=\"3 2\"/><text x=\"%d\" y=\"%d\">%h</text>\n", x+5, f->y-4, x+14, f->y, azLegend[3]);
    x = flow_at(f, 14+text_width(azLegend[4], FONT));
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#999\" stroke=\"#000\" stroke-width=\"3\"/>"
                "<text x=\"%d\" y=\"%d\">%h</text>\n", x+5, f->y-4, x+14, f->y, azLegend[4]);
  }
  flow_break(f);
}

/* The sector of organisation zName in g1 or g2 (NULL: none known). */
static const char *node_sector(const NetGraph *g1, const NetGraph *g2, const char *zName){
  for(int w=0; w<2; w++){
    const NetGraph *g = w ? g2 : g1;
    int i = g ? netgraph_node(g, zName) : -1;
    if( i>=0 && g->aNode[i].zSector ) return g->aNode[i].zSector;
  }
  return NULL;
}

/* The key: every organisation's number, sector colour and full name
** (wrapped, never cut), in columns read down, after the heading zHead. */
static void key(Sb *pOut, Flow *f, const NetGraph *g1, const NetGraph *g2, const char **azName, int nName,
                const char *zHead){
  html_printf(pOut, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%h</text>\n", f->y, zHead);
  f->y += LINE_H+2;
  int nCol = f->w>=2*PANEL_W ? 2 : 1, colW = (f->w-20)/nCol;
  int nChar = (int)((colW-44)/(FONT*CHAR_EM));
  char ***aazLine = xcalloc((size_t)nName+1, sizeof(char**));
  int *anLine = xcalloc((size_t)nName+1, sizeof(int)), nTotal = 0;
  for(int k=0; k<nName; k++){ anLine[k] = wrap_words(azName[k], nChar, &aazLine[k]); nTotal += anLine[k]; }
  int nPerCol = (nTotal+nCol-1)/nCol, col = 0, y = f->y, yMax = f->y;
  for(int k=0; k<nName; k++){
    if( col<nCol-1 && y>f->y && (y-f->y)/LINE_H+anLine[k]>nPerCol ){ col++; y = f->y; }
    int x = 10+col*colW;
    html_printf(pOut, "<circle cx=\"%d\" cy=\"%d\" r=\"4.5\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                "<text x=\"%d\" y=\"%d\" font-weight=\"bold\" text-anchor=\"end\">%d</text>\n",
                x+5, y-4, sector_colour(node_sector(g1, g2, azName[k])), x+34, y, k+1);
    for(int l=0; l<anLine[k]; l++){
      html_printf(pOut, "<text x=\"%d\" y=\"%d\">%h</text>\n", x+40, y, aazLine[k][l]);
      free(aazLine[k][l]);
      y += LINE_H;
    }
    free(aazLine[k]);
    if( y>yMax ) yMax = y;
  }
  free(aazLine); free(anLine);
  f->y = yMax;
}

void netmap_svg(Sb *pOut, const NetGraph *g1, const NetMetrics *m1, const NetGraph *g2, const NetMetrics *m2,
                const char *zId, const char *zTitle, const char *zDesc, const char *const *azLegend){
  const char **azName; double *aXY;
  int nName = union_layout(g1, g2, &azName, &aXY);
  int w = g2 ? 2*PANEL_W : PANEL_W;
  /* The body first: its height decides the SVG's. */
  Sb body = SB_INIT;
  panel(&body, g1, m1, g2, 0, 0, azName, aXY, nName);
  if( g2 ) panel(&body, g2, m2, g1, 1, PANEL_W, azName, aXY, nName);
  Flow f = { 10, PANEL_H+14, w };
  html_printf(&body, "<g class=\"net-legend\" font-size=\"%d\">\n", FONT);
  legend(&body, &f, g2!=NULL, azLegend);
  key(&body, &f, g1, g2, azName, nName, azLegend[6]);
  sb_puts(&body, "</g>\n");
  int h = f.y+4;
  html_printf(pOut, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
              "role=\"img\" aria-labelledby=\"%t-t %t-d\" font-family=\"sans-serif\">\n"
              "<title id=\"%t-t\">%h</title>\n<desc id=\"%t-d\">%h</desc>\n",
              w, h, w, h, zId, zId, zId, zTitle, zId, zDesc);
  sb_puts(pOut, body.z ? body.z : "");
  sb_puts(pOut, "</svg>\n");
  sb_free(&body);
  free(azName); free(aXY);
}

/*
** sec_network.c: the collaboration networks of the report's partnerships.
** For each partnership with tie surveys: the map of its first and last
** waves with ties side by side (src/network/netmap.c), the figures of each
** wave, and the tie table as the map's text alternative. Its tables for
** the workbook: the figures per wave, per organisation (trust and value
** as rated by others suppressed under suppress_min raters) and the ties
** (pseudonymous respondent ids). Exports sec_network.
*/
#include <stdlib.h>
#include <string.h>
#include "report/section.h"
#include "network/netmap.h"
#include "network/network_run.h"
#include "network/netstudy.h"
#include "network/netsynergy.h"
#include "report/report_data.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The networks of the report with ties: parallel arrays (caller frees the
** arrays; names borrowed from s). */
static int report_networks(ReportCtx *p, const NetStudy *s, const char ***pazP, const char ***pazW){
  const char **azP, **azW;
  int n = netstudy_select(s, NULL, 0, NULL, &azP, &azW), m = 0;
  for(int i=0; i<n; i++){
    if( !report_has_part(p, azP[i]) || !netstudy_has_ties(s, azP[i], azW[i]) ) continue;
    azP[m] = azP[i]; azW[m] = azW[i]; m++;
  }
  *pazP = azP; *pazW = azW;
  return m;
}

/* Synergy by network position (as `network synergy`) of zP's waves azW
** (NULL: every wave of the report with ties) into a new table of
** NET_SYNERGY_COLS, under the same suppression. */
static void synergy_rows(ReportCtx *p, const NetStudy *s, const char *zP, const char **azW, int nW, Table *t){
  const ScoreSet *pS = report_score_set(p);
  int iScale = pS ? instrument_scale_index(pS->pInst, "synergy") : -1;
  for(int i=0; i<nW; i++){
    NetGraph g; NetMetrics m; NetSynergy y;
    netstudy_graph(s, zP, azW[i], 0, &g);
    if( netgraph_metrics(&g, &m)==0 ){
      netsynergy_compute(s, &g, &m, pS, iScale, &y);
      netsynergy_row(&g, &y, t);
      netmetrics_free(&m);
    }
    netgraph_free(&g);
  }
}

/* A note of netsynergy_compute() in the report's language. */
static const char *synergy_note(const char *z){
  if( strcmp(z, "suppressed")==0 ) return _("not shown: too few members");
  if( strcmp(z, "no survey answers")==0 ) return _("no survey answers");
  if( strcmp(z, "no linked members")==0 ) return _("no answers linked to the roster");
  return z;
}

/* Cell iTo of row r of pOut: the interval of cells iLo and iHi of row r
** of pIn ("3.22 to 3.91" in the page's language), left empty when either
** bound is missing. */
static void ci_cell(Table *pOut, int iTo, const Table *pIn, int r, int iLo){
  const Cell *a = table_cell(pIn, r, iLo), *b = table_cell(pIn, r, iLo+1);
  if( a->t!=CELL_REAL || b->t!=CELL_REAL ) return;
  char *z = i18n_asprintf(_("%.2f to %.2f"), a->r, b->r);
  table_text(pOut, r, iTo, z);
  free(z);
}

/* The synergy table of one partnership (rows of synergy_rows()), narrow
** enough for a printed page: means to two decimals and each 95% CI in one
** column (the workbook keeps every figure in its own column). */
static void synergy_html(ReportCtx *p, const Table *tY){
  Table *tYS = report_select(p, tY, -1, "wave,core_n,core_mean,core_ci_low,core_ci_high,periphery_n,periphery_mean,"
                             "periphery_ci_low,periphery_ci_high,difference,ci_low,ci_high,note", NULL);
  Table *tW = table_newc(NULL, "wave,core_n,core_mean,core_ci,periphery_n,periphery_mean,periphery_ci,difference,"
                               "difference_ci,note");
  /* source column of each cell copied (-1: an interval, made below) */
  static const int aFrom[] = { 0, 1, 2, -1, 5, 6, -1, 9, -1, 12 };
  for(int r=0; r<tYS->nRow; r++){
    table_row(tW);
    for(int k=0; k<10; k++){
      const Cell *x = aFrom[k]>=0 ? table_cell(tYS, r, aFrom[k]) : NULL;
      if( !x ) continue;
      if( x->t==CELL_INT ) table_int(tW, r, k, x->i);
      else if( x->t==CELL_REAL ) table_real(tW, r, k, x->r, 2);
      else if( x->t==CELL_TEXT ) table_text(tW, r, k, x->z);
    }
    ci_cell(tW, 3, tYS, r, 3);
    ci_cell(tW, 6, tYS, r, 7);
    ci_cell(tW, 8, tYS, r, 10);
    const Cell *c = table_cell(tW, r, 9);
    const char *zNote = c->t==CELL_TEXT ? synergy_note(c->z) : NULL;
    if( zNote && zNote!=c->z ) table_text(tW, r, 9, zNote);
  }
  table_free(tYS);
  tYS = tW;
  const char *azYHead[] = { _("Wave"), _("Core n"), _("Core mean"),
                            /* xgettext:no-c-format */
                            _("Core 95% CI"), _("Periphery n"), _("Periphery mean"),
                            /* xgettext:no-c-format */
                            _("Periphery 95% CI"), _("Periphery minus core"),
                            /* xgettext:no-c-format */
                            _("95% CI (Welch)"), _("Note") };
  html_printf(p->pOut, "<p>%h</p>\n",
              /* xgettext:no-c-format */
              _("Synergy by network position: the synergy scores of members whose organisation is in the network's "
                "core (its main k-core) or at its periphery, with 95% confidence intervals; the difference is the "
                "periphery's mean minus the core's (Welch). A side with fewer members than the study's minimum is "
                "not shown."));
  report_table_fold(p, tYS, _("Synergy of core and peripheral organisations by wave"), azYHead);
  table_free(tYS);
}

/* The pairs of g with a tie, each once: organisation, other, level each way. */
static Table *pair_table(const NetGraph *g){
  Table *t = table_newc(NULL, "organisation,other,level_to,level_from");
  for(int i=0; i<g->nArc; i++){
    const NetArc *e = &g->aArc[i], *f = netgraph_arc(g, e->to, e->from);
    if( e->level<1 && !(f && f->level>=1) ) continue;
    if( f && (f->level>=1 || e->level<1) && e->from>e->to ) continue;
    int r = table_row(t);
    table_text(t, r, 0, g->aNode[e->from].zName);
    table_text(t, r, 1, g->aNode[e->to].zName);
    table_int(t, r, 2, e->level);
    table_int(t, r, 3, f ? f->level : 0);
  }
  return t;
}

static void one_partnership(ReportCtx *p, const NetStudy *s, const char *zP, const char **azW, int nW){
  html_printf(p->pOut, "<h3>%h</h3>\n", zP);
  NetGraph g1, g2; NetMetrics m1, m2;
  netstudy_graph(s, zP, azW[0], 0, &g1);
  netgraph_metrics(&g1, &m1);
  int bTwo = nW>1;
  if( bTwo ){ netstudy_graph(s, zP, azW[nW-1], 0, &g2); netgraph_metrics(&g2, &m2); }
  char *zTitle = bTwo ? xasprintf(_("Collaboration network of %s, waves %s and %s"), zP, azW[0], azW[nW-1])
                      : xasprintf(_("Collaboration network of %s, wave %s"), zP, azW[0]);
  char *zDesc = xasprintf(_("%d organisations and %d ties in wave %s; the ties are listed in the tie table."),
                          m1.nNode, m1.nTie, azW[0]);
  sb_puts(p->pOut, "<figure class=\"netmap\">\n");
  netmap_svg(p->pOut, &g1, &m1, bTwo ? &g2 : NULL, bTwo ? &m2 : NULL, report_chart_id(p), zTitle, zDesc,
             network_map_legend());
  html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n", zTitle);
  free(zTitle); free(zDesc);
  /* The figures of every wave. */
  Table *tG = table_newc(NULL, NET_METRIC_COLS);
  for(int i=0; i<nW; i++){
    NetGraph g; NetMetrics m;
    netstudy_graph(s, zP, azW[i], 0, &g);
    if( netgraph_metrics(&g, &m)==0 ){ netstudy_rows(&g, &m, s->nSuppressMin, tG, NULL); netmetrics_free(&m); }
    netgraph_free(&g);
  }
  Table *tShow = report_select(p, tG, -1, "wave,nodes,ties,density,degree_centralization,components,"
                               "mean_distance,trust_score,value_score,mean_collaboration", NULL);
  const char *azHead[] = { _("Wave"), _("Organisations"), _("Ties"), _("Density"), _("Degree centralization"),
                           _("Components"), _("Mean distance"), _("Trust (%)"), _("Value (%)"),
                           _("Mean collaboration level") };
  report_table(p, tShow, _("Network figures by wave (igraph)"), azHead);
  table_free(tShow); table_free(tG);
  /* Synergy of the core and the periphery. */
  Table *tY = table_newc(NULL, NET_SYNERGY_COLS);
  synergy_rows(p, s, zP, azW, nW, tY);
  int nAnswered = 0;
  for(int r=0; r<tY->nRow; r++){
    const Cell *c = table_cell(tY, r, 13);
    if( c->t!=CELL_TEXT || strcmp(c->z, "no survey answers")!=0 ) nAnswered++;
  }
  if( nAnswered ) synergy_html(p, tY);
  table_free(tY);
  /* The text alternative of the map: the ties of each wave drawn. */
  for(int w=0; w<(bTwo ? 2 : 1); w++){
    const NetGraph *g = w ? &g2 : &g1;
    Table *t = pair_table(g);
    char *zCap = xasprintf(_("Ties of %s in wave %s (collaboration level 0 to 5 each way)"), zP, g->zWave);
    const char *azT[] = { _("Organisation"), _("Other organisation"), _("Level given"), _("Level received") };
    html_printf(p->pOut, "<details><summary>%h</summary>\n", zCap);
    report_table(p, t, zCap, azT);
    sb_puts(p->pOut, "</details>\n");
    free(zCap);
    table_free(t);
  }
  netmetrics_free(&m1); netgraph_free(&g1);
  if( bTwo ){ netmetrics_free(&m2); netgraph_free(&g2); }
}

static int network_html(ReportCtx *p){
  NetStudy s;
  if( netstudy_load_ties(p->pStore, &s, report_only_part(p)) ) return STORE_ERROR;
  const char **azP, **azW;
  int n = report_networks(p, &s, &azP, &azW);
  if( n==0 ){
    report_no_data(p, _("No tie survey has been imported."), "synergist network import");
  }else{
    html_printf(p->pOut, "<p>%h</p>\n",
                _("Who works with whom: a tie is an organisation naming another with a collaboration level of 1 "
                  "(networking) or more. Organisations are coloured by sector and sized by the number of "
                  "partners they work with; darker lines are closer collaboration."));
    for(int i=0; i<n; ){
      int j = i;
      while( j<n && strcmp(azP[j], azP[i])==0 ) j++;
      one_partnership(p, &s, azP[i], azW+i, j-i);
      i = j;
    }
  }
  free(azP); free(azW);
  netstudy_free(&s);
  return STORE_OK;
}

static int network_tables(ReportCtx *p, ReportTables *pOut){
  NetStudy s;
  if( netstudy_load_ties(p->pStore, &s, report_only_part(p)) ) return STORE_ERROR;
  const char **azP, **azW;
  int n = report_networks(p, &s, &azP, &azW);
  Table *tG = table_newc("network_metrics", NET_METRIC_COLS);
  Table *tN = table_newc("network_organisations", NET_NODE_COLS);
  Table *tT = table_newc("network_ties", "partnership,wave,respondent,organisation,collaboration");
  Table *tY = table_newc("network_synergy", NET_SYNERGY_COLS);
  for(int i=0; i<n; i++){
    NetGraph g; NetMetrics m;
    netstudy_graph(&s, azP[i], azW[i], 0, &g);
    if( netgraph_metrics(&g, &m)==0 ){ netstudy_rows(&g, &m, s.nSuppressMin, tG, tN); netmetrics_free(&m); }
    netgraph_free(&g);
    Table *t = netstudy_tie_table(&s, azP[i], azW[i], 0);
    for(int r=0; r<t->nRow; r++){
      int k = table_row(tT);
      for(int c=0; c<4; c++) table_text(tT, k, c, table_cell(t, r, c)->z);
      table_int(tT, k, 4, table_cell(t, r, 4)->i);
    }
    table_free(t);
    synergy_rows(p, &s, azP[i], azW+i, 1, tY);
  }
  free(azP); free(azW);
  netstudy_free(&s);
  report_tables_add(pOut, tG);
  report_tables_add(pOut, tN);
  report_tables_add(pOut, tT);
  report_tables_add(pOut, tY);
  return STORE_OK;
}

const ReportSection sec_network = { "network", N_("Collaboration networks"), network_html, network_tables };

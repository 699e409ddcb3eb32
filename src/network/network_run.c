/*
** network_run.c: the use cases of `network ...` (network_run.h) over the
** study's networks (netstudy.c), their figures (graph.c), change
** (netchange.c), synergy by position (netsynergy.c) and maps (netmap.c).
*/
#include <stdlib.h>
#include <string.h>
#include "network/network_run.h"
#include "network/netchange.h"
#include "network/netmap.h"
#include "network/netstudy.h"
#include "network/netsynergy.h"
#include "network/tie_import.h"
#include "survey/score.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

int net_import(Store *p, const char *zPath, int bReplace, int *pn, int *pnCleared, Err *pErr){
  *pnCleared = 0;
  *pn = network_import(p, zPath, bReplace, &pErr->list, pnCleared);
  return err_if_problems(pErr);
}

/* Every partnership named exists. */
static int check_partnerships(Store *p, const NetQuery *q, Err *pErr){
  for(int i=0; i<q->nPart; i++){
    int rc = st_partnership_exists(p, q->azPart[i]);
    if( rc ) return store_err(p, rc, pErr);
  }
  return 0;
}

/* The wave asked for names a wave of every partnership named (of at least
** one when none is): an unknown wave is an error, not an empty table. */
static int check_wave(const NetQuery *q, const NetStudy *s, Err *pErr){
  const char *zWave = q->zWave;
  if( !zWave ) return 0;
  for(int i=0; i<q->nPart; i++){
    if( !netroster_wave(&s->r, q->azPart[i], zWave) ){
      return err_set(pErr, ERR_FAIL, "no wave '%s' in %s (see: synergist wave list %s)", zWave, q->azPart[i], q->azPart[i]);
    }
  }
  for(int i=0; q->nPart==0 && i<s->r.nWave; i++){
    if( strcmp(s->r.aWave[i].zName, zWave)==0 ) return 0;
  }
  if( q->nPart==0 ) return err_set(pErr, ERR_FAIL, "no partnership has a wave '%s' (see: synergist wave list)", zWave);
  return 0;
}

/* The study's networks (only one partnership's ties when one is named),
** the wave checked. */
static int load_study(Store *p, const NetQuery *q, NetStudy *s, Err *pErr){
  if( netstudy_load(p, s, q->nPart==1 ? q->azPart[0] : NULL) ) return store_err(p, STORE_ERROR, pErr);
  if( check_wave(q, s, pErr) ){ netstudy_free(s); return pErr->e; }
  return 0;
}

int net_ties(Store *p, const NetQuery *q, int bOrgCol, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  NetStudy s;
  if( check_partnerships(p, q, pErr) || load_study(p, q, &s, pErr) ) return pErr->e;
  *ppOut = netstudy_tie_table(&s, q->nPart ? q->azPart[0] : NULL, q->zWave, bOrgCol);
  netstudy_free(&s);
  return 0;
}

static int igraph_failed(const char *zP, const char *zW, Err *pErr){
  return err_set(pErr, ERR_INTERNAL, "network of %s %s: igraph failed", zP, zW);
}

int net_metrics(Store *p, const NetQuery *q, int bMember, int bNodes, Table **ppGraph, Table **ppNode, Err *pErr){
  *ppGraph = *ppNode = NULL;
  NetStudy s;
  if( check_partnerships(p, q, pErr) || load_study(p, q, &s, pErr) ) return pErr->e;
  const char **azP, **azW;
  int n = netstudy_select(&s, q->azPart, q->nPart, q->zWave, &azP, &azW);
  Table *tG = table_newc(NULL, NET_METRIC_COLS);
  Table *tN = bNodes ? table_newc(NULL, NET_NODE_COLS) : NULL;
  int rc = 0;
  for(int i=0; i<n && !rc; i++){
    NetGraph g; NetMetrics m;
    netstudy_graph(&s, azP[i], azW[i], bMember, &g);
    if( netgraph_metrics(&g, &m) ){
      rc = igraph_failed(azP[i], azW[i], pErr);
    }else{
      netstudy_rows(&g, &m, s.nSuppressMin, tG, tN);
      netmetrics_free(&m);
    }
    netgraph_free(&g);
  }
  free(azP); free(azW);
  netstudy_free(&s);
  if( rc ){ table_free(tG); table_free(tN); return rc; }
  *ppGraph = tG; *ppNode = tN;
  return 0;
}

int net_mismatches(Store *p, const NetQuery *q, int nGap, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( nGap<1 || nGap>5 ) return err_set(pErr, ERR_USAGE, "--gap must be from 1 to 5");
  NetStudy s;
  if( check_partnerships(p, q, pErr) || load_study(p, q, &s, pErr) ) return pErr->e;
  const char **azP, **azW;
  int n = netstudy_select(&s, q->azPart, q->nPart, q->zWave, &azP, &azW);
  Table *t = table_newc(NULL, "partnership,wave,organisation_a,level_a_to_b,organisation_b,level_b_to_a");
  for(int i=0; i<n; i++){
    NetGraph g;
    netstudy_graph(&s, azP[i], azW[i], 0, &g);
    netstudy_mismatch_rows(&g, nGap, t);
    netgraph_free(&g);
  }
  free(azP); free(azW);
  netstudy_free(&s);
  *ppOut = t;
  return 0;
}

int net_synergy(Store *p, const NetQuery *q, const char *zInst, const char *zScale, int bMember, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( check_partnerships(p, q, pErr) ) return pErr->e;
  ScoreOpts so;
  if( score_opts_init(p, &so) ) return store_err(p, STORE_ERROR, pErr);
  ScoreSet *pS = NULL;
  if( score_compute(p, zInst ? zInst : "psf", &so, &pS, pErr) ) return pErr->e;
  int iScale = instrument_scale_index(pS->pInst, zScale ? zScale : "synergy");
  if( iScale<0 ){
    score_free(pS);
    return err_set(pErr, ERR_USAGE, "the instrument has no scale '%s'", zScale ? zScale : "synergy");
  }
  NetStudy s;
  if( load_study(p, q, &s, pErr) ){ score_free(pS); return pErr->e; }
  const char **azP, **azW;
  int n = netstudy_select(&s, q->azPart, q->nPart, q->zWave, &azP, &azW);
  Table *t = table_newc(NULL, NET_SYNERGY_COLS);
  int rc = 0;
  for(int i=0; i<n && !rc; i++){
    if( !netstudy_has_ties(&s, azP[i], azW[i]) ) continue;
    NetGraph g; NetMetrics m; NetSynergy y;
    netstudy_graph(&s, azP[i], azW[i], bMember, &g);
    if( netgraph_metrics(&g, &m) ){
      rc = igraph_failed(azP[i], azW[i], pErr);
    }else{
      netsynergy_compute(&s, &g, &m, pS, iScale, &y);
      netsynergy_row(&g, &y, t);
      netmetrics_free(&m);
    }
    netgraph_free(&g);
  }
  free(azP); free(azW);
  netstudy_free(&s);
  score_free(pS);
  if( rc ){ table_free(t); return rc; }
  *ppOut = t;
  return 0;
}

/* Build and measure zP's wave zW; ERR_FAIL when the wave does not exist.
** On failure nothing is left to free. */
static int graph_of(const NetStudy *s, const char *zP, const char *zW, NetGraph *g, NetMetrics *m, Err *pErr){
  if( netstudy_graph(s, zP, zW, 0, g) ){
    netgraph_free(g);
    return err_set(pErr, ERR_FAIL, "no wave '%s' in %s (see: synergist wave list)", zW, zP);
  }
  if( netgraph_metrics(g, m) ){
    netgraph_free(g);
    return igraph_failed(zP, zW, pErr);
  }
  return 0;
}

/* The study's networks of zP and the graphs of waves zW1 and zW2 (may be NULL). */
static int two_graphs(Store *p, const char *zP, const char *zW1, const char *zW2, NetGraph g[2], NetMetrics m[2], Err *pErr){
  char *az[1] = { (char*)zP };
  NetQuery q = { 1, az, NULL };
  NetStudy s;
  if( check_partnerships(p, &q, pErr) || load_study(p, &q, &s, pErr) ) return pErr->e;
  int rc = graph_of(&s, zP, zW1, &g[0], &m[0], pErr);
  if( !rc && zW2 && (rc = graph_of(&s, zP, zW2, &g[1], &m[1], pErr))!=0 ){
    netmetrics_free(&m[0]); netgraph_free(&g[0]);
  }
  netstudy_free(&s);
  return rc;
}

int net_change(Store *p, const char *zP, const char *zFrom, const char *zTo, Table **ppFig, Table **ppChg, Err *pErr){
  *ppFig = *ppChg = NULL;
  if( !zFrom || !zTo ) return err_set(pErr, ERR_USAGE, "give both --from WAVE and --to WAVE");
  NetGraph g[2]; NetMetrics m[2];
  if( two_graphs(p, zP, zFrom, zTo, g, m, pErr) ) return pErr->e;
  *ppFig = netchange_figures(&m[0], &m[1]);
  *ppChg = netchange_changes(&g[0], &m[0], &g[1], &m[1]);
  for(int i=0; i<2; i++){ netmetrics_free(&m[i]); netgraph_free(&g[i]); }
  return 0;
}

const char *const *network_map_legend(void){
  static const char *az[7];
  az[0] = _("Sector"); az[1] = _("other"); az[2] = _("Collaboration level");
  az[3] = _("left before the next wave"); az[4] = _("joined since the previous wave");
  az[5] = _("size: degree"); az[6] = _("Organisations");
  return az;
}

int net_map(Store *p, const char *zP, const char *zWave, const char *zTo, char **pzSvg, Err *pErr){
  *pzSvg = NULL;
  if( !zWave ) return err_set(pErr, ERR_USAGE, "give --wave WAVE");
  NetGraph g[2]; NetMetrics m[2];
  if( two_graphs(p, zP, zWave, zTo, g, m, pErr) ) return pErr->e;
  char *zTitle = zTo ? xasprintf(_("Collaboration network of %s, waves %s and %s"), zP, zWave, zTo)
                     : xasprintf(_("Collaboration network of %s, wave %s"), zP, zWave);
  char *zDesc = xasprintf(_("%d organisations and %d ties in wave %s; the ties are listed in the tie table."),
                          m[0].nNode, m[0].nTie, zWave);
  Sb sb = SB_INIT;
  sb_puts(&sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  netmap_svg(&sb, &g[0], &m[0], zTo ? &g[1] : NULL, zTo ? &m[1] : NULL, "netmap", zTitle, zDesc, network_map_legend());
  free(zTitle); free(zDesc);
  for(int i=0; i<(zTo ? 2 : 1); i++){ netmetrics_free(&m[i]); netgraph_free(&g[i]); }
  *pzSvg = sb_take(&sb);
  return 0;
}

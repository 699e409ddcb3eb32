/*
** netchange.c: the change of a network between two waves (see netchange.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "network/netchange.h"

int netchange_is_core(const NetMetrics *m, int i){
  int kMax = 0;
  for(int k=0; k<m->nNode; k++) if( m->aCore[k]>kMax ) kMax = m->aCore[k];
  return kMax>0 && m->aCore[i]==kMax;
}

static void fig_row(Table *t, const char *zName, double a, double b, int nDec){
  int r = table_row(t);
  table_text(t, r, 0, zName);
  table_real(t, r, 1, a, nDec);
  table_real(t, r, 2, b, nDec);
  table_real(t, r, 3, b-a, nDec);
}

Table *netchange_figures(const NetMetrics *m1, const NetMetrics *m2){
  Table *t = table_newc(NULL, "figure,before,after,change");
  fig_row(t, "nodes", m1->nNode, m2->nNode, 0);
  fig_row(t, "ties", m1->nTie, m2->nTie, 0);
  fig_row(t, "density", m1->density, m2->density, 4);
  fig_row(t, "degree_centralization", m1->centralization, m2->centralization, 4);
  fig_row(t, "reciprocity", m1->reciprocity, m2->reciprocity, 4);
  fig_row(t, "components", m1->nComp, m2->nComp, 0);
  fig_row(t, "largest_component_share", m1->largestShare, m2->largestShare, 4);
  fig_row(t, "mean_collaboration", m1->meanLevel, m2->meanLevel, 2);
  return t;
}

/* Highest level between a and b in either direction (0: no tie). */
static int pair_level(const NetGraph *g, int a, int b){
  const NetArc *e = netgraph_arc(g, a, b), *f = netgraph_arc(g, b, a);
  int l = e ? e->level : 0;
  if( f && f->level>l ) l = f->level;
  return l;
}

static void change_row(Table *t, const char *zKind, const char *zA, const char *zB, int before, int after){
  int r = table_row(t);
  table_text(t, r, 0, zKind);
  table_text(t, r, 1, zA);
  table_text(t, r, 2, zB);
  if( before>=0 ) table_int(t, r, 3, before);
  if( after>=0 ) table_int(t, r, 4, after);
}

/* Ties of g1 (level >= 1) that g2 lacks, written as zKind; with bSwap the
** rows read from g2's side (gained). */
static void ties_missing(Table *t, const NetGraph *g1, const NetGraph *g2, const char *zKind, int bSwap){
  for(int i=0; i<g1->nArc; i++){
    const NetArc *e = &g1->aArc[i];
    if( e->level<1 ) continue;
    /* each pair once: from the lower node, or from the only arc */
    const NetArc *back = netgraph_arc(g1, e->to, e->from);
    if( back && back->level>=1 && e->from>e->to ) continue;
    const char *zA = g1->aNode[e->from].zName, *zB = g1->aNode[e->to].zName;
    if( strcmp(zA, zB)>0 ){ const char *z = zA; zA = zB; zB = z; }
    int a2 = netgraph_node(g2, zA), b2 = netgraph_node(g2, zB);
    int l1 = pair_level(g1, e->from, e->to);
    int l2 = (a2>=0 && b2>=0) ? pair_level(g2, a2, b2) : 0;
    if( l2>=1 ) continue;
    change_row(t, zKind, zA, zB, bSwap ? l2 : l1, bSwap ? l1 : l2);
  }
}

Table *netchange_changes(const NetGraph *g1, const NetMetrics *m1, const NetGraph *g2, const NetMetrics *m2){
  Table *t = table_newc(NULL, "change,organisation,other,before,after");
  for(int i=0; i<g2->nNode; i++){
    if( netgraph_node(g1, g2->aNode[i].zName)<0 ) change_row(t, "joined", g2->aNode[i].zName, NULL, -1, m2->aDeg[i]);
  }
  for(int i=0; i<g1->nNode; i++){
    if( netgraph_node(g2, g1->aNode[i].zName)<0 ) change_row(t, "left", g1->aNode[i].zName, NULL, m1->aDeg[i], -1);
  }
  ties_missing(t, g2, g1, "tie_gained", 1);
  ties_missing(t, g1, g2, "tie_lost", 0);
  for(int i=0; i<g1->nNode; i++){
    int j = netgraph_node(g2, g1->aNode[i].zName);
    if( j<0 ) continue;
    int c1 = netchange_is_core(m1, i), c2 = netchange_is_core(m2, j);
    if( c1 && !c2 ) change_row(t, "core_to_periphery", g1->aNode[i].zName, NULL, m1->aDeg[i], m2->aDeg[j]);
    if( !c1 && c2 ) change_row(t, "periphery_to_core", g1->aNode[i].zName, NULL, m1->aDeg[i], m2->aDeg[j]);
  }
  return t;
}

/*
** rule_network.c: the rules over collaboration networks (see rules.h):
** network_fragmented, single_broker, isolated_group, centralised_network
** network_thinning and peripheral_synergy. Each network is one partnership's wave with ties,
** built and measured by src/network/ (igraph).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/rules.h"
#include "network/netchange.h"
#include "network/netsynergy.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static Finding *net_finding(Findings *pOut, const NetGraph *g, int iSeq, const char *zKind, Severity e,
                            const DiagParams *p, int iParam){
  char *zThr = iParam>=0 ? diag_param_str(p, iParam) : NULL;
  Finding *f = findings_add(pOut, g->zPartnership, zKind, e, zKind, zThr);
  free(zThr);
  fnd_period(f, g->zWave, NULL, NULL);
  f->iOrder = iSeq;
  return f;
}

/* Undirected neighbours: for node i, aAdj[aStart[i] .. aStart[i+1]). Caller frees both. */
static void adjacency(const NetGraph *g, int **paStart, int **paAdj){
  int *aStart = xcalloc((size_t)g->nNode+2, sizeof(int));
  int *aAdj = xcalloc((size_t)2*g->nArc+1, sizeof(int));
  for(int i=0; i<g->nArc; i++) if( g->aArc[i].level>=1 ){ aStart[g->aArc[i].from+1]++; aStart[g->aArc[i].to+1]++; }
  for(int i=0; i<g->nNode; i++) aStart[i+1] += aStart[i];
  int *aFill = xcalloc((size_t)g->nNode+1, sizeof(int));
  for(int i=0; i<g->nArc; i++){
    const NetArc *e = &g->aArc[i];
    if( e->level<1 ) continue;
    aAdj[aStart[e->from] + aFill[e->from]++] = e->to;
    aAdj[aStart[e->to] + aFill[e->to]++] = e->from;
  }
  free(aFill);
  *paStart = aStart; *paAdj = aAdj;
}

/* Nodes that lose every path to the largest remaining group when node v
** goes: aComp[i] = component label without v (-1 for v); returns the
** label of the largest, or -1 when no tie remains among them. */
static int components_without(const NetGraph *g, const int *aStart, const int *aAdj, int v, int *aComp){
  int n = g->nNode, nLab = 0, best = -1, bestSize = 0;
  int *aQ = xcalloc((size_t)n+1, sizeof(int));
  for(int i=0; i<n; i++) aComp[i] = i==v ? -1 : -2;
  for(int s=0; s<n; s++){
    if( aComp[s]!=-2 ) continue;
    int head = 0, tail = 0;
    aQ[tail++] = s; aComp[s] = nLab;
    while( head<tail ){
      int x = aQ[head++];
      for(int k=aStart[x]; k<aStart[x+1]; k++){
        if( aComp[aAdj[k]]==-2 ){ aComp[aAdj[k]] = nLab; aQ[tail++] = aAdj[k]; }
      }
    }
    if( tail>bestSize ){ bestSize = tail; best = nLab; }
    nLab++;
  }
  free(aQ);
  return bestSize>1 ? best : -1;   /* no ties left: every node is cut off */
}

static void rule_fragmented(const NetGraph *g, const NetMetrics *m, const NetMetrics *mPrev,
                            int iSeq, const DiagParams *p, Findings *pOut){
  int bSplit = m->nComp>1 && m->nTie>0;
  double drop = mPrev ? mPrev->largestShare - m->largestShare : 0;
  int bFell = mPrev && drop >= p->a[DP_NET_SHARE_DROP] - 1e-9;
  if( !bSplit && !bFell ) return;
  Finding *f = net_finding(pOut, g, iSeq, "network_fragmented", bFell ? SEV_CONCERN : SEV_WARNING, p, DP_NET_SHARE_DROP);
  char *zThr = diag_param_str(p, DP_NET_SHARE_DROP);
  if( bFell ){
    fnd_detail(f, _("In wave %s the largest connected group holds %.0f%% of the organisations, down from %.0f%% "
                    "(rule network_fragmented: a fall of %s or more)."),
               g->zWave, 100*m->largestShare, 100*mPrev->largestShare, zThr);
  }else{
    fnd_detail(f, ngettext("In wave %s the network falls into %d separate part: the largest holds %.0f%% of the "
                           "organisations (rule network_fragmented: more than one part).",
                           "In wave %s the network falls into %d separate parts: the largest holds %.0f%% of the "
                           "organisations (rule network_fragmented: more than one part).", (unsigned long)m->nComp),
               g->zWave, m->nComp, 100*m->largestShare);
  }
  free(zThr);
  fnd_figure(f, "components", m->nComp, 0);
  fnd_figure(f, "largest_component_share", m->largestShare, 3);
  f->rMagnitude = 1 - m->largestShare;
  if( mPrev ) fnd_figure(f, "previous_share", mPrev->largestShare, 3);
  /* The organisations outside the largest part. */
  int *aSize = xcalloc((size_t)g->nNode+1, sizeof(int)), big = 0;
  for(int i=0; i<g->nNode; i++) aSize[m->aComp[i]]++;
  for(int c=0; c<g->nNode; c++) if( aSize[c]>aSize[big] ) big = c;
  for(int i=0; i<g->nNode; i++){
    if( m->aComp[i]!=big ) fnd_evidence(f, "organisation", 0, g->aNode[i].zName, _("outside the largest connected group"));
  }
  free(aSize);
  fnd_action(f, _("Bring the separate groups together: a joint meeting or a shared task between an organisation "
                  "of each group and one of the main group."));
}

static void rule_broker(const NetGraph *g, const NetMetrics *m, int iSeq, const DiagParams *p, Findings *pOut){
  int *aStart, *aAdj;
  adjacency(g, &aStart, &aAdj);
  int *aComp = xcalloc((size_t)g->nNode+1, sizeof(int));
  for(int v=0; v<g->nNode; v++){
    if( !m->abArt[v] ) continue;
    int big = components_without(g, aStart, aAdj, v, aComp);
    int nCut = 0;
    /* cut off: nodes that were with v and are no longer with the largest remaining group */
    for(int i=0; i<g->nNode; i++) if( i!=v && m->aComp[i]==m->aComp[v] && aComp[i]!=big ) nCut++;
    if( nCut==0 ) continue;
    Finding *f = net_finding(pOut, g, iSeq, "single_broker", SEV_WARNING, p, -1);
    fnd_detail(f, ngettext("In wave %s, %s is the only link between %d organisation and the rest of the network: "
                           "if it left, that organisation would be cut off (rule single_broker: an articulation point).",
                           "In wave %s, %s is the only link between %d organisations and the rest of the network: "
                           "if it left, they would be cut off (rule single_broker: an articulation point).",
                           (unsigned long)nCut),
               g->zWave, g->aNode[v].zName, nCut);
    fnd_figure(f, "cut_off", nCut, 0);
    f->rMagnitude = nCut;
    fnd_figure(f, "betweenness", m->aBetw[v], 1);
    fnd_evidence(f, "organisation", 0, g->aNode[v].zName, _("the broker"));
    for(int i=0; i<g->nNode; i++){
      if( i!=v && m->aComp[i]==m->aComp[v] && aComp[i]!=big ) fnd_evidence(f, "organisation", 0, g->aNode[i].zName, _("would be cut off"));
    }
    fnd_action(f, _("Connect the organisations that depend on the broker directly with others, so that the network "
                    "does not hang on one organisation staying."));
  }
  free(aComp); free(aStart); free(aAdj);
}

static void rule_isolated_group(const NetGraph *g, int iSeq, const DiagParams *p, Findings *pOut){
  /* Sectors present, each checked once. */
  for(int i=0; i<g->nNode; i++){
    const char *zS = g->aNode[i].zSector;
    if( !zS ) continue;
    int bSeen = 0, bOther = 0, bTie = 0, nOrg = 0;
    for(int k=0; k<i && !bSeen; k++) bSeen = g->aNode[k].zSector && strcmp(g->aNode[k].zSector, zS)==0;
    if( bSeen ) continue;
    for(int k=0; k<g->nNode; k++){
      const char *z = g->aNode[k].zSector;
      if( z && strcmp(z, zS)==0 ) nOrg++; else bOther = 1;
    }
    for(int a=0; a<g->nArc && !bTie; a++){
      const NetArc *e = &g->aArc[a];
      if( e->level<1 ) continue;
      const char *z1 = g->aNode[e->from].zSector, *z2 = g->aNode[e->to].zSector;
      int in1 = z1 && strcmp(z1, zS)==0, in2 = z2 && strcmp(z2, zS)==0;
      bTie = in1!=in2;
    }
    if( !bOther || bTie ) continue;
    Finding *f = net_finding(pOut, g, iSeq, "isolated_group", SEV_WARNING, p, -1);
    fnd_detail(f, ngettext("In wave %s the %s sector (%d organisation) has no tie to any organisation of another "
                           "sector (rule isolated_group).",
                           "In wave %s the %s sector (%d organisations) has no tie to any organisation of another "
                           "sector (rule isolated_group).", (unsigned long)nOrg),
               g->zWave, zS, nOrg);
    fnd_figure(f, "organisations", nOrg, 0);
    f->rMagnitude = nOrg;
    for(int k=0; k<g->nNode; k++){
      if( g->aNode[k].zSector && strcmp(g->aNode[k].zSector, zS)==0 ) fnd_evidence(f, "organisation", 0, g->aNode[k].zName, zS);
    }
    fnd_action(f, _("Invite this sector into joint work with the others: pair one of its organisations with a "
                    "partner from another sector on a concrete task."));
  }
}

static void rule_central(const NetGraph *g, const NetMetrics *m, int iSeq, const DiagParams *p, Findings *pOut){
  if( isnan(m->centralization) || m->centralization <= p->a[DP_NET_CENTRAL] ) return;
  int hub = 0;
  for(int i=1; i<g->nNode; i++) if( m->aDeg[i]>m->aDeg[hub] ) hub = i;
  Finding *f = net_finding(pOut, g, iSeq, "centralised_network", SEV_WARNING, p, DP_NET_CENTRAL);
  char *zThr = diag_param_str(p, DP_NET_CENTRAL);
  fnd_detail(f, _("In wave %s the network runs through one hub, %s (degree centralization %.2f): decisions and "
                  "information pass through it, as in an advisory partnership (rule centralised_network: above %s)."),
             g->zWave, g->aNode[hub].zName, m->centralization, zThr);
  free(zThr);
  fnd_figure(f, "degree_centralization", m->centralization, 3);
  f->rMagnitude = m->centralization;
  fnd_figure(f, "hub_degree", m->aDeg[hub], 0);
  fnd_evidence(f, "organisation", 0, g->aNode[hub].zName, _("the hub"));
  fnd_action(f, _("Share leadership: let partners lead a working group or a decision, and connect them with each "
                  "other rather than only with the hub."));
}

static void rule_thinning(const NetGraph *g, const NetMetrics *m, const NetGraph *gPrev, const NetMetrics *mPrev,
                          int iSeq, const DiagParams *p, Findings *pOut){
  double dDens = mPrev->density - m->density;
  double dLevel = (!isnan(mPrev->meanLevel) && !isnan(m->meanLevel)) ? mPrev->meanLevel - m->meanLevel : 0;
  int bDens = !isnan(dDens) && dDens >= p->a[DP_NET_DENSITY_DROP] - 1e-9;
  int bLevel = dLevel >= p->a[DP_NET_LEVEL_DROP] - 1e-9;
  if( !bDens && !bLevel ) return;
  Finding *f = net_finding(pOut, g, iSeq, "network_thinning", bDens && bLevel ? SEV_CONCERN : SEV_WARNING,
                           p, bDens ? DP_NET_DENSITY_DROP : DP_NET_LEVEL_DROP);
  char *zThr = diag_param_str(p, bDens ? DP_NET_DENSITY_DROP : DP_NET_LEVEL_DROP);
  fnd_detail(f, _("Between waves %s and %s the network thinned: density %.2f to %.2f, mean collaboration level "
                  "%.1f to %.1f, %d to %d ties (rule network_thinning: a fall of %s or more)."),
             gPrev->zWave, g->zWave, mPrev->density, m->density, mPrev->meanLevel, m->meanLevel,
             mPrev->nTie, m->nTie, zThr);
  free(zThr);
  fnd_figure(f, "density_before", mPrev->density, 3);
  f->rMagnitude = isnan(dDens) ? 0 : dDens;
  fnd_figure(f, "density_after", m->density, 3);
  fnd_figure(f, "mean_collaboration_before", mPrev->meanLevel, 2);
  fnd_figure(f, "mean_collaboration_after", m->meanLevel, 2);
  Table *t = netchange_changes(gPrev, mPrev, g, m);
  for(int r=0; r<t->nRow; r++){
    if( strcmp(table_cell(t, r, 0)->z, "left")==0 ) fnd_evidence(f, "organisation", 0, table_cell(t, r, 1)->z, _("left the network"));
  }
  table_free(t);
  fnd_action(f, _("Find out with the organisations that stayed which collaborations lapsed and why, and renew the "
                  "ones the partnership still needs."));
}

/* peripheral_synergy: members of peripheral organisations report less
** synergy than those of the core, Welch's 95% CI of the difference below 0
** (netsynergy.h; both sides shown under the suppression rule). */
static void rule_peripheral(const NetStudy *s, const NetGraph *g, const NetMetrics *m, const ScoreSet *pS,
                            int iSeq, const DiagParams *p, Findings *pOut){
  int iScale = pS ? instrument_scale_index(pS->pInst, "synergy") : -1;
  if( iScale<0 ) return;
  NetSynergy y;
  netsynergy_compute(s, g, m, pS, iScale, &y);
  if( !y.bShown || !(y.high<0) ) return;
  Finding *f = net_finding(pOut, g, iSeq, "peripheral_synergy", SEV_WARNING, p, -1);
  fnd_threshold(f, "95% CI of periphery - core below 0");
  fnd_detail(f, _("Members of organisations at the periphery of the network perceive less synergy in %s: %.2f "
                  "(n %d, 95%% CI %.2f to %.2f) against %.2f in its core (n %d, 95%% CI %.2f to %.2f), a difference "
                  "of %.2f (95%% CI %.2f to %.2f; rule peripheral_synergy: the core is the main k-core, Welch's CI "
                  "below 0)."),
             g->zWave, y.per.mean, y.per.n, y.per.ciLow, y.per.ciHigh, y.core.mean, y.core.n, y.core.ciLow,
             y.core.ciHigh, y.diff, y.low, y.high);
  fnd_figure(f, "periphery_mean", y.per.mean, 2);
  fnd_figure(f, "periphery_n", y.per.n, 0);
  fnd_figure(f, "core_mean", y.core.mean, 2);
  fnd_figure(f, "core_n", y.core.n, 0);
  fnd_figure(f, "difference", y.diff, 3);
  f->rMagnitude = fabs(y.diff);
  fnd_figure(f, "ci_low", y.low, 3);
  fnd_figure(f, "ci_high", y.high, 3);
  for(int i=0; i<g->nNode; i++){
    if( !netchange_is_core(m, i) ) fnd_evidence(f, "organisation", 0, g->aNode[i].zName, _("at the periphery"));
  }
  fnd_action(f, _("Bring the peripheral organisations into the work: a joint task with a core partner, a seat in a "
                  "working group, or a meeting on what they need from the partnership."));
}

void rule_network(const NetStudy *s, const ScoreSet *pS, const char *zP, const DiagParams *p, Findings *pOut){
  char *az[1] = { (char*)zP };
  const char **azP, **azW;
  int n = netstudy_select(s, az, 1, NULL, &azP, &azW);
  NetGraph gPrev; NetMetrics mPrev;
  int bPrev = 0, iLast = -1;
  for(int i=0; i<n; i++) if( netstudy_has_ties(s, zP, azW[i]) ) iLast = i;
  for(int i=0; i<n; i++){
    if( !netstudy_has_ties(s, zP, azW[i]) ) continue;
    NetGraph g; NetMetrics m;
    netstudy_graph(s, zP, azW[i], 0, &g);
    if( netgraph_metrics(&g, &m) ){ netgraph_free(&g); continue; }
    int n0 = pOut->n;
    rule_fragmented(&g, &m, bPrev ? &mPrev : NULL, i, p, pOut);
    rule_broker(&g, &m, i, p, pOut);
    rule_isolated_group(&g, i, p, pOut);
    rule_central(&g, &m, i, p, pOut);
    if( bPrev ) rule_thinning(&g, &m, &gPrev, &mPrev, i, p, pOut);
    rule_peripheral(s, &g, &m, pS, i, p, pOut);
    for(int k=n0; k<pOut->n; k++) pOut->a[k].bOpen = i==iLast;
    if( bPrev ){ netmetrics_free(&mPrev); netgraph_free(&gPrev); }
    gPrev = g; mPrev = m; bPrev = 1;
  }
  if( bPrev ){ netmetrics_free(&mPrev); netgraph_free(&gPrev); }
  free(azP); free(azW);
}

/*
** graph.c: building one partnership-wave network from the ties and
** computing its figures with igraph (see graph.h). igraph reports errors
** through return codes here: its abort handler is replaced once.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <igraph/igraph.h>
#include "network/graph.h"
#include "roster/dynamics.h"
#include "util/xalloc.h"

/* A tie as one candidate arc before aggregation. */
typedef struct Cand { int a, b; const TieRec *t; } Cand;

static int cmp_cand(const void *x, const void *y){
  const Cand *p = x, *q = y;
  if( p->a!=q->a ) return p->a<q->a ? -1 : 1;
  if( p->b!=q->b ) return p->b<q->b ? -1 : 1;
  return 0;
}

int netgraph_node(const NetGraph *g, const char *zName){
  for(int lo=0, hi=g->nNode; lo<hi; ){
    int mid = (lo+hi)/2, c = strcmp(g->aNode[mid].zName, zName);
    if( c==0 ) return mid;
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  return -1;
}

const NetArc *netgraph_arc(const NetGraph *g, int from, int to){
  for(int lo=0, hi=g->nArc; lo<hi; ){
    int mid = (lo+hi)/2;
    const NetArc *e = &g->aArc[mid];
    if( e->from==from && e->to==to ) return e;
    if( e->from<from || (e->from==from && e->to<to) ) lo = mid+1; else hi = mid;
  }
  return NULL;
}

static void add_node(NetGraph *g, const NetRoster *r, const char *zName, const char *zOrg){
  NetNode *n = &g->aNode[g->nNode++];
  memset(n, 0, sizeof(*n));
  n->zName = xstrdup(zName);
  n->zOrg = zOrg ? xstrdup(zOrg) : NULL;
  const char *zSec = zOrg ? netroster_sector(r, zOrg) : NULL;
  n->zSector = zSec ? xstrdup(zSec) : NULL;
}

/* The ratings of t received by node b. */
static void received(NetNode *b, const TieRec *t){
  int any = 0;
  for(int k=0; k<TIE_NRATE; k++){
    if( t->aRate[k]<=0 ) continue;
    any = 1;
    if( k<=TIE_TRUST_OPEN ){ b->trustSum += t->aRate[k]; b->nTrust++; }
    else{ b->valueSum += t->aRate[k]; b->nValue++; }
  }
  if( any ) b->nRater++;
}

/* The member zPid among aMem[i0 .. i0+n) (one partnership's, by pid), or NULL. */
static const MemberRec *member_among(const NetRoster *r, int i0, int n, const char *zPid){
  for(int lo=i0, hi=i0+n; lo<hi; ){
    int mid = (lo+hi)/2, c = strcmp(r->aMem[mid].zPid, zPid);
    if( c==0 ) return &r->aMem[mid];
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  return NULL;
}

int netgraph_build(const NetRoster *r, const char *zP, const char *zW, const TieRec *aTie, int nTie,
                   int bMember, NetGraph *g){
  memset(g, 0, sizeof(*g));
  const WaveRec *w = netroster_wave(r, zP, zW);
  if( !w ) return 1;
  g->zPartnership = xstrdup(zP);
  g->zWave = xstrdup(zW);
  g->iDay = netroster_wave_day(w);
  g->bMember = bMember;
  if( bMember ){
    int i0, n = netroster_members_of(r, zP, &i0);
    g->aNode = xcalloc((size_t)n+1, sizeof(NetNode));
    for(int i=i0; i<i0+n; i++){
      if( member_present(&r->aMem[i], g->iDay) ) add_node(g, r, r->aMem[i].zPid, r->aMem[i].zOrg);
    }
  }else{
    const char **azOrg;
    int n = netroster_orgs_at(r, zP, g->iDay, &azOrg);
    g->aNode = xcalloc((size_t)n+1, sizeof(NetNode));
    for(int i=0; i<n; i++) add_node(g, r, azOrg[i], azOrg[i]);
    free(azOrg);
  }
  int nCand = 0, nAlloc = 0, iM0, nM = netroster_members_of(r, zP, &iM0);
  Cand *aCand = NULL;
  for(int i=0; i<nTie; i++){
    const TieRec *t = &aTie[i];
    if( strcmp(t->zPartnership, zP) || strcmp(t->zWave, zW) ) continue;
    const MemberRec *m = member_among(r, iM0, nM, t->zRespondent);
    if( !m || !m->zOrg ) continue;
    int a = netgraph_node(g, bMember ? m->zPid : m->zOrg);
    if( a<0 ) continue;
    g->aNode[a].bResponded = 1;
    /* organisation level: the one node named (names are unique, bisected);
    ** member level: every member of the organisation named */
    int b0 = bMember ? 0 : netgraph_node(g, t->zOrg), b1 = bMember ? g->nNode : b0+1;
    if( !bMember && (b0<0 || strcmp(g->aNode[a].zOrg, t->zOrg)==0) ) continue;
    for(int b=b0; b<b1; b++){
      if( b==a || !g->aNode[b].zOrg || strcmp(g->aNode[b].zOrg, t->zOrg) ) continue;
      if( nCand==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 64; aCand = xrealloc(aCand, sizeof(Cand)*(size_t)nAlloc); }
      aCand[nCand++] = (Cand){ a, b, t };
      received(&g->aNode[b], t);
    }
  }
  qsort(aCand, (size_t)nCand, sizeof(Cand), cmp_cand);
  g->aArc = xcalloc((size_t)nCand+1, sizeof(NetArc));
  for(int i=0; i<nCand; ){
    int j = i;
    NetArc *e = &g->aArc[g->nArc++];
    e->from = aCand[i].a; e->to = aCand[i].b; e->level = 0;
    double aSum[TIE_NRATE] = {0}; int aN[TIE_NRATE] = {0};
    for(; j<nCand && aCand[j].a==e->from && aCand[j].b==e->to; j++){
      const TieRec *t = aCand[j].t;
      if( t->iCollab>e->level ) e->level = t->iCollab;
      for(int k=0; k<TIE_NRATE; k++) if( t->aRate[k]>0 ){ aSum[k] += t->aRate[k]; aN[k]++; }
    }
    for(int k=0; k<TIE_NRATE; k++) e->aRate[k] = aN[k] ? aSum[k]/aN[k] : NAN;
    i = j;
  }
  free(aCand);
  return 0;
}

void netgraph_free(NetGraph *g){
  for(int i=0; i<g->nNode; i++){ free(g->aNode[i].zName); free(g->aNode[i].zSector); free(g->aNode[i].zOrg); }
  free(g->aNode); free(g->aArc); free(g->zPartnership); free(g->zWave);
  memset(g, 0, sizeof(*g));
}

void netmetrics_free(NetMetrics *m){
  free(m->aDeg); free(m->aIn); free(m->aOut); free(m->aCore);
  free(m->aBetw); free(m->aRelConn); free(m->abArt); free(m->aComp);
  memset(m, 0, sizeof(*m));
}

/* Mean over the directed ties with a rating of their mean rating on the
** dimensions [k0, k1], as a percentage of 4. */
static double rating_score(const NetGraph *g, int k0, int k1){
  double sum = 0; int n = 0;
  for(int i=0; i<g->nArc; i++){
    const NetArc *e = &g->aArc[i];
    if( e->level<1 ) continue;
    double s = 0; int c = 0;
    for(int k=k0; k<=k1; k++) if( !isnan(e->aRate[k]) ){ s += e->aRate[k]; c++; }
    if( c ){ sum += s/c; n++; }
  }
  return n ? 100.0*(sum/n)/4.0 : NAN;
}

static void copy_int(int *aOut, const igraph_vector_int_t *v){
  for(igraph_integer_t i=0; i<igraph_vector_int_size(v); i++) aOut[i] = (int)VECTOR(*v)[i];
}

int netgraph_metrics(const NetGraph *g, NetMetrics *m){
  static int bInit = 0;
  if( !bInit ){ igraph_set_error_handler(igraph_error_handler_ignore); bInit = 1; }
  memset(m, 0, sizeof(*m));
  int n = g->nNode;
  m->nNode = n;
  m->aDeg = xcalloc((size_t)n+1, sizeof(int));
  m->aIn = xcalloc((size_t)n+1, sizeof(int));
  m->aOut = xcalloc((size_t)n+1, sizeof(int));
  m->aCore = xcalloc((size_t)n+1, sizeof(int));
  m->abArt = xcalloc((size_t)n+1, sizeof(int));
  m->aComp = xcalloc((size_t)n+1, sizeof(int));
  m->aBetw = xcalloc((size_t)n+1, sizeof(double));
  m->aRelConn = xcalloc((size_t)n+1, sizeof(double));
  igraph_vector_int_t edges, vi;
  igraph_vector_t vr;
  igraph_t gd, gu;
  int rc = 1;
  double levelSum = 0;
  if( igraph_vector_int_init(&edges, 0) ) return 1;
  for(int i=0; i<g->nArc; i++){
    if( g->aArc[i].level<1 ) continue;
    igraph_vector_int_push_back(&edges, g->aArc[i].from);
    igraph_vector_int_push_back(&edges, g->aArc[i].to);
    levelSum += g->aArc[i].level;
    m->nArc++;
  }
  m->meanLevel = m->nArc ? levelSum/m->nArc : NAN;
  if( igraph_create(&gd, &edges, n, IGRAPH_DIRECTED) ){ igraph_vector_int_destroy(&edges); return 1; }
  igraph_vector_int_destroy(&edges);
  if( igraph_copy(&gu, &gd) ){ igraph_destroy(&gd); return 1; }
  igraph_vector_int_init(&vi, 0);
  igraph_vector_init(&vr, 0);
  igraph_real_t x, tmax, unconn;
  igraph_integer_t nComp;
  if( igraph_to_undirected(&gu, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL) ) goto out;
  m->nTie = (int)igraph_ecount(&gu);
  if( igraph_density(&gu, &x, 0) ) goto out;
  m->density = n>1 ? x : NAN;
  if( igraph_centralization_degree(&gu, NULL, IGRAPH_ALL, IGRAPH_NO_LOOPS, &x, &tmax, 1) ) goto out;
  m->centralization = n>2 ? x : NAN;
  if( igraph_reciprocity(&gd, &x, 1, IGRAPH_RECIPROCITY_DEFAULT) ) goto out;
  m->reciprocity = m->nArc ? x : NAN;
  if( igraph_transitivity_undirected(&gu, &x, IGRAPH_TRANSITIVITY_NAN) ) goto out;
  m->transitivity = x;
  if( igraph_average_path_length(&gu, &x, &unconn, 0, 1) ) goto out;
  m->meanDistance = x;
  igraph_vector_int_t csize;
  igraph_vector_int_init(&csize, 0);
  if( igraph_connected_components(&gu, &vi, &csize, &nComp, IGRAPH_WEAK) ){ igraph_vector_int_destroy(&csize); goto out; }
  copy_int(m->aComp, &vi);
  m->nComp = (int)nComp;
  m->largestShare = n ? (double)igraph_vector_int_max(&csize)/n : NAN;
  igraph_vector_int_destroy(&csize);
  if( igraph_degree(&gu, &vi, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS) ) goto out;
  copy_int(m->aDeg, &vi);
  if( igraph_degree(&gd, &vi, igraph_vss_all(), IGRAPH_IN, IGRAPH_NO_LOOPS) ) goto out;
  copy_int(m->aIn, &vi);
  if( igraph_degree(&gd, &vi, igraph_vss_all(), IGRAPH_OUT, IGRAPH_NO_LOOPS) ) goto out;
  copy_int(m->aOut, &vi);
  if( igraph_coreness(&gu, &vi, IGRAPH_ALL) ) goto out;
  copy_int(m->aCore, &vi);
  if( igraph_articulation_points(&gu, &vi) ) goto out;
  for(igraph_integer_t i=0; i<igraph_vector_int_size(&vi); i++) m->abArt[VECTOR(vi)[i]] = 1;
  if( igraph_betweenness(&gu, &vr, igraph_vss_all(), IGRAPH_UNDIRECTED, NULL) ) goto out;
  for(int i=0; i<n; i++) m->aBetw[i] = VECTOR(vr)[i];
  int maxDeg = 0;
  for(int i=0; i<n; i++) if( m->aDeg[i]>maxDeg ) maxDeg = m->aDeg[i];
  for(int i=0; i<n; i++) m->aRelConn[i] = maxDeg ? 100.0*m->aDeg[i]/maxDeg : NAN;
  m->trustScore = rating_score(g, TIE_TRUST_RELIABLE, TIE_TRUST_OPEN);
  m->valueScore = rating_score(g, TIE_VALUE_POWER, TIE_VALUE_RESOURCES);
  rc = 0;
out:
  igraph_vector_int_destroy(&vi);
  igraph_vector_destroy(&vr);
  igraph_destroy(&gu);
  igraph_destroy(&gd);
  return rc;
}

static int cmp_pair(const void *x, const void *y){
  const int *a = x, *b = y;
  return a[0]!=b[0] ? (a[0]>b[0]) - (a[0]<b[0]) : (a[1]>b[1]) - (a[1]<b[1]);
}

int netgraph_mismatches(const NetGraph *g, int nGap, int **paPair){
  int n = 0, nAlloc = 0;
  int *a = NULL;
  for(int i=0; i<g->nArc; i++){
    const NetArc *e = &g->aArc[i];
    /* Each pair once: from the arc of the lower node, or from the higher
    ** node's arc when the lower one did not name it at all. */
    const NetArc *back = netgraph_arc(g, e->to, e->from);
    if( back && e->from>e->to ) continue;
    if( !g->aNode[e->from].bResponded || !g->aNode[e->to].bResponded ) continue;
    int other = back ? back->level : 0;
    if( abs(e->level-other)<nGap ) continue;
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(int)*2*(size_t)nAlloc); }
    a[2*n] = e->from<e->to ? e->from : e->to;
    a[2*n+1] = e->from<e->to ? e->to : e->from;
    n++;
  }
  if( n ) qsort(a, (size_t)n, 2*sizeof(int), cmp_pair);
  *paPair = a;
  return n;
}

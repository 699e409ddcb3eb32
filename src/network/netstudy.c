/*
** netstudy.c: the networks of a study and their tables (see netstudy.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "network/netstudy.h"
#include "survey/score.h"
#include "util/xalloc.h"

static int load(Store *p, NetStudy *s, const char *zOnly, int bIfTies){
  memset(s, 0, sizeof(*s));
  ScoreOpts o;
  if( score_opts_init(p, &o) ) return STORE_ERROR;
  s->nSuppressMin = o.nSuppressMin;
  if( st_tie_all(p, zOnly, NULL, &s->aTie, &s->nTie, &s->azTieStr, &s->nTieStr) ) return STORE_ERROR;
  if( bIfTies && s->nTie==0 ) return STORE_OK;
  if( netroster_load(p, &s->r, zOnly) ){ netstudy_free(s); return STORE_ERROR; }
  return STORE_OK;
}

int netstudy_load(Store *p, NetStudy *s, const char *zOnly){ return load(p, s, zOnly, 0); }
int netstudy_load_ties(Store *p, NetStudy *s, const char *zOnly){ return load(p, s, zOnly, 1); }

void netstudy_free(NetStudy *s){
  netroster_free(&s->r);
  st_tie_recs_free(s->aTie, s->azTieStr, s->nTieStr);
  memset(s, 0, sizeof(*s));
}

/* The ties of zP's wave zW are aTie[*pi0 .. *pi0+return): ties are ordered
** by partnership first and a wave's ties are together. */
static int tie_slice(const NetStudy *s, const char *zP, const char *zW, int *pi0){
  int lo = 0, hi = s->nTie;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( strcmp(s->aTie[mid].zPartnership, zP)<0 ) lo = mid+1; else hi = mid;
  }
  /* A wave's ties share one name string (st_tie_all): step over the other
  ** waves' runs by pointer, comparing names once per run. */
  for(int i=lo; i<s->nTie && strcmp(s->aTie[i].zPartnership, zP)==0; ){
    const char *zRun = s->aTie[i].zWave;
    int j = i+1;
    while( j<s->nTie && s->aTie[j].zWave==zRun ) j++;
    if( strcmp(zRun, zW)==0 ){ *pi0 = i; return j-i; }
    i = j;
  }
  *pi0 = lo;
  return 0;
}

int netstudy_graph(const NetStudy *s, const char *zP, const char *zW, int bMember, NetGraph *g){
  int i0, n = tie_slice(s, zP, zW, &i0);
  return netgraph_build(&s->r, zP, zW, s->aTie+i0, n, bMember, g);
}

int netstudy_has_ties(const NetStudy *s, const char *zP, const char *zW){
  int i0;
  return tie_slice(s, zP, zW, &i0)>0;
}

typedef struct Sel { const char *zP, *zW; int iOrder; } Sel;
static int cmp_sel(const void *a, const void *b){
  const Sel *x = a, *y = b;
  int c = strcmp(x->zP, y->zP);
  return c ? c : x->iOrder - y->iOrder;
}

int netstudy_select(const NetStudy *s, char **azP, int nP, const char *zWave,
                    const char ***pazP, const char ***pazW){
  Sel *a = xcalloc((size_t)s->r.nWave+1, sizeof(Sel));
  int n = 0;
  for(int i=0; i<s->r.nWave; i++){
    const WaveRec *w = &s->r.aWave[i];
    if( zWave && strcmp(w->zName, zWave) ) continue;
    int want = nP==0;
    for(int k=0; k<nP && !want; k++) want = strcmp(azP[k], w->zPartnership)==0;
    if( want ) a[n++] = (Sel){ w->zPartnership, w->zName, i };
  }
  qsort(a, (size_t)n, sizeof(Sel), cmp_sel);
  *pazP = xcalloc((size_t)n+1, sizeof(char*));
  *pazW = xcalloc((size_t)n+1, sizeof(char*));
  for(int i=0; i<n; i++){ (*pazP)[i] = a[i].zP; (*pazW)[i] = a[i].zW; }
  free(a);
  return n;
}

void netstudy_rows(const NetGraph *g, const NetMetrics *m, int nSuppressMin, Table *pGraph, Table *pNodes){
  int r = table_row(pGraph);
  table_text(pGraph, r, 0, g->zPartnership);
  table_text(pGraph, r, 1, g->zWave);
  table_text(pGraph, r, 2, g->bMember ? "member" : "organisation");
  table_int(pGraph, r, 3, m->nNode);
  table_int(pGraph, r, 4, m->nTie);
  table_real(pGraph, r, 5, m->density, 4);
  table_real(pGraph, r, 6, m->centralization, 4);
  table_real(pGraph, r, 7, m->reciprocity, 4);
  table_real(pGraph, r, 8, m->transitivity, 4);
  table_int(pGraph, r, 9, m->nComp);
  table_real(pGraph, r, 10, m->largestShare, 4);
  table_real(pGraph, r, 11, m->meanDistance, 4);
  table_real(pGraph, r, 12, m->trustScore, 1);
  table_real(pGraph, r, 13, m->valueScore, 1);
  table_real(pGraph, r, 14, m->meanLevel, 2);
  if( !pNodes ) return;
  for(int i=0; i<g->nNode; i++){
    const NetNode *v = &g->aNode[i];
    r = table_row(pNodes);
    table_text(pNodes, r, 0, g->zPartnership);
    table_text(pNodes, r, 1, g->zWave);
    table_text(pNodes, r, 2, v->zName);
    table_text(pNodes, r, 3, v->zSector);
    table_int(pNodes, r, 4, m->aDeg[i]);
    table_int(pNodes, r, 5, m->aIn[i]);
    table_int(pNodes, r, 6, m->aOut[i]);
    table_real(pNodes, r, 7, m->aBetw[i], 4);
    table_text(pNodes, r, 8, m->abArt[i] ? "true" : "false");
    table_int(pNodes, r, 9, m->aCore[i]);
    table_real(pNodes, r, 10, m->aRelConn[i], 1);
    if( v->nRater>=nSuppressMin ){
      table_real(pNodes, r, 11, v->nTrust ? v->trustSum/v->nTrust : NAN, 2);
      table_real(pNodes, r, 12, v->nValue ? v->valueSum/v->nValue : NAN, 2);
    }
    table_int(pNodes, r, 13, v->nRater);
  }
}

void netstudy_mismatch_rows(const NetGraph *g, int nGap, Table *pOut){
  int *a, n = netgraph_mismatches(g, nGap, &a);
  for(int i=0; i<n; i++){
    int x = a[2*i], y = a[2*i+1];
    const NetArc *e = netgraph_arc(g, x, y), *f = netgraph_arc(g, y, x);
    int r = table_row(pOut);
    table_text(pOut, r, 0, g->zPartnership);
    table_text(pOut, r, 1, g->zWave);
    table_text(pOut, r, 2, g->aNode[x].zName);
    table_int(pOut, r, 3, e ? e->level : 0);
    table_text(pOut, r, 4, g->aNode[y].zName);
    table_int(pOut, r, 5, f ? f->level : 0);
  }
  free(a);
}

Table *netstudy_tie_table(const NetStudy *s, const char *zP, const char *zWave, int bOrgCol){
  Table *t = table_newc(NULL, bOrgCol
    ? "partnership,wave,respondent,respondent_organisation,organisation,collaboration,frequency,"
      "trust_reliable,trust_mission,trust_open,value_power,value_involvement,value_resources"
    : "partnership,wave,respondent,organisation,collaboration,frequency,"
      "trust_reliable,trust_mission,trust_open,value_power,value_involvement,value_resources");
  int o = bOrgCol ? 1 : 0;
  for(int i=0; i<s->nTie; i++){
    const TieRec *e = &s->aTie[i];
    if( (zP && strcmp(e->zPartnership, zP)) || (zWave && strcmp(e->zWave, zWave)) ) continue;
    int r = table_row(t);
    table_text(t, r, 0, e->zPartnership);
    table_text(t, r, 1, e->zWave);
    table_text(t, r, 2, e->zRespondent);
    if( bOrgCol ){
      const MemberRec *m = netroster_member(&s->r, e->zPartnership, e->zRespondent);
      table_text(t, r, 3, m ? m->zOrg : NULL);
    }
    table_text(t, r, 3+o, e->zOrg);
    table_int(t, r, 4+o, e->iCollab);
    if( e->iFreq>=0 ) table_int(t, r, 5+o, e->iFreq);
    for(int k=0; k<TIE_NRATE; k++) if( e->aRate[k]>0 ) table_int(t, r, 6+o+k, e->aRate[k]);
  }
  return t;
}

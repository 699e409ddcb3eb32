/*
** netsynergy.c: synergy by network position, core or periphery (see
** netsynergy.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "network/netsynergy.h"
#include "network/netchange.h"
#include "util/xalloc.h"

/* The partnership-wave group of s for zP, zW, or -1. */
static int score_group(const ScoreSet *s, const char *zP, const char *zW){
  for(int g=0; g<s->nGroup; g++){
    const ScoreGroup *G = &s->aGroup[g];
    if( G->iPart>=0 && strcmp(s->azPart[G->iPart], zP)==0 && strcmp(s->azWave[G->iWave], zW)==0 ) return g;
  }
  return -1;
}

void netsynergy_compute(const NetStudy *ns, const NetGraph *g, const NetMetrics *m, const ScoreSet *s,
                        int iScale, NetSynergy *o){
  memset(o, 0, sizeof(*o));
  o->core.mean = o->per.mean = o->diff = o->low = o->high = NAN;
  o->core.sd = o->core.ciLow = o->core.ciHigh = o->per.sd = o->per.ciLow = o->per.ciHigh = NAN;
  int gi = s && iScale>=0 ? score_group(s, g->zPartnership, g->zWave) : -1;
  if( gi<0 ){ o->zNote = "no survey answers"; return; }
  const ScoreGroup *G = &s->aGroup[gi];
  const ScaleStat *st = score_stat(s, gi, iScale);
  int n = G->nResp;
  double *aCore = xmalloc(sizeof(double)*(size_t)(n+1)), *aPer = xmalloc(sizeof(double)*(size_t)(n+1));
  int nCore = 0, nPer = 0;
  for(int r=0; r<n; r++){
    int i = s->aOrder[G->iFirst+r];
    double y = score_value(s, i, iScale);
    if( isnan(y) || !s->azRespId[i] ) continue;
    const MemberRec *mr = netroster_member(&ns->r, g->zPartnership, s->azRespId[i]);
    int v = mr && mr->zOrg ? netgraph_node(g, g->bMember ? mr->zPid : mr->zOrg) : -1;
    if( v<0 ) continue;
    if( netchange_is_core(m, v) ) aCore[nCore++] = y; else aPer[nPer++] = y;
  }
  int k = ns->nSuppressMin, nRest = st->n - nCore - nPer;
  if( s->opts.bNoSuppress ) k = 0;
  if( nCore+nPer==0 ){
    o->zNote = "no linked members";
  }else if( G->bSuppressed || st->bSuppressed || nCore<k || nPer<k || (nRest>0 && nRest<k) ){
    o->zNote = "suppressed";
  }else{
    psy_describe(aCore, nCore, &o->core);
    psy_describe(aPer, nPer, &o->per);
    psy_mean_diff(&o->per, &o->core, &o->diff, &o->low, &o->high);
    o->bShown = 1;
  }
  free(aCore); free(aPer);
}

void netsynergy_row(const NetGraph *g, const NetSynergy *p, Table *t){
  int r = table_row(t);
  table_text(t, r, 0, g->zPartnership);
  table_text(t, r, 1, g->zWave);
  if( p->bShown ){
    const PsyDesc *a[2] = { &p->core, &p->per };
    for(int k=0; k<2; k++){
      table_int(t, r, 2+4*k, a[k]->n);
      table_real(t, r, 3+4*k, a[k]->mean, 4);
      table_real(t, r, 4+4*k, a[k]->ciLow, 4);
      table_real(t, r, 5+4*k, a[k]->ciHigh, 4);
    }
    table_real(t, r, 10, p->diff, 4);
    table_real(t, r, 11, p->low, 4);
    table_real(t, r, 12, p->high, 4);
  }
  table_text(t, r, 13, p->zNote);
}

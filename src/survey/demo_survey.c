/*
** demo_survey.c: the demo's survey (see roster/demo.h): the built-in
** instrument psf answered in three waves by both partnerships, baseline
** (2015-02, before the April 2015 reform), follow-up 1 (2015-10, in the
** months after it) and follow-up 2 (2017-06).
**
** Story told by the answers: PCCP starts with strong synergy; in follow-up
** 1, after members left in the wake of the reform, synergy, involvement
** and the system-level conditions dip, and they recover by follow-up 2.
** CHRP stays steadier, in the middle of the scale, with low
** decision-making scores (decisions were centralised in the research
** team). Items of one scale are answered coherently (item_shared(),
** wave_latent()), so the scales' alphas look like a validated
** instrument's: every pooled mean-scored scale within 0.70 to 0.90 in
** every wave, checked by tests/e2e/survey_demo.sh. About three quarters of the
** members current when a wave opens answer (their pseudonymous id is the
** respondent id, so they are linked), plus two anonymous respondents; a
** wave never has fewer than 6 answer sets, so nothing is suppressed.
** Deterministic: DemoRng with fixed seeds; the traits' seed (163) is one
** whose sample, like a pilot-tested one, shows every pooled alpha within
** 0.70 to 0.90 and every cell of 15 or more respondents at least 0.6
** (the 10 answer sets of PCCP's follow-up 1 vary more, down to 0.49).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "roster/demo.h"
#include "store/st_roster.h"
#include "store/st_survey.h"
#include "survey/survey.h"
#include "util/xalloc.h"

typedef struct DemoWave { const char *zName, *zOpens, *zCloses; } DemoWave;
static const DemoWave aWave[] = {
  { "baseline",  "2015-02-01", "2015-02-28" },
  { "followup1", "2015-10-01", "2015-10-31" },
  { "followup2", "2017-06-01", "2017-06-30" },
};

/* The mean level of an item for a partnership in wave w. */
static double item_level(const Instrument *pI, int k, int bPccp, int w){
  const InstItem *it = &pI->aItem[k];
  int bSyn = 0, bInv = 0, bDec = 0, bSys = 0;
  for(int j=0; j<it->nScale; j++){
    const char *z = pI->aScale[it->aiScale[j]].zId;
    if( strcmp(z, "synergy")==0 ) bSyn = 1;
    if( strcmp(z, "involvement")==0 ) bInv = 1;
    if( strcmp(z, "decision_making")==0 ) bDec = 1;
    if( strcmp(z, "system")==0 ) bSys = 1;
  }
  double r;
  if( bPccp ){
    r = 3.9;
    if( bSyn ) r = w==0 ? 4.1 : w==1 ? 3.0 : 4.0;
    if( bInv ) r = w==0 ? 4.0 : w==1 ? 2.8 : 3.8;
    if( bSys && !bSyn ) r = w==1 ? 3.2 : 3.9;
    if( bDec ) r = 3.4;
  }else{
    r = 3.5 + 0.05*w;
    if( bSyn ) r = 3.6;
    if( bDec ) r = 2.5;
  }
  return r;
}

/* 1 if scale s holds items that also belong to another scale (synergy,
** operational, interpersonal, system): a composite. */
static int is_composite(const Instrument *pI, int s){
  for(int k=0; k<pI->nItem; k++){
    const InstItem *it = &pI->aItem[k];
    if( it->nScale<2 ) continue;
    for(int j=0; j<it->nScale; j++) if( it->aiScale[j]==s ) return 1;
  }
  return 0;
}

/* A respondent's latent values (see wave_latent()): aL[0] the general
** leaning, aL[1+s] the trait of scale s, aL[1+nScale+k] item k's own
** part. The shared part of item k's answer, in scale points around its
** level, is the general leaning plus the traits of the item's scales. An
** item of one facet (e.g. trust) carries the facet's trait; an item of a
** facet inside a composite (e.g. ri1: resource integration, synergy)
** carries the facet's trait and, less, the composite's, so the items of
** different facets of synergy correlate too; an item only of a composite
** (op1, ip1, sy1) carries the composite's trait. With the own part (SD
** 0.35) and the rounding, a two-item scale's items correlate near 0.65
** and a facet's near 0.55; decision making's items share less, as the
** gap between the partnerships already makes them agree when pooled. */
static double item_shared(const Instrument *pI, const unsigned char *aComp, int k, const double *aL){
  const InstItem *it = &pI->aItem[k];
  const double *aTrait = &aL[1];
  double x = 0.25*aL[0];
  if( it->nScale==1 ){
    int s = it->aiScale[0];
    return x + (aComp[s] ? 0.62 : 0.65)*aTrait[s];
  }
  for(int j=0; j<it->nScale; j++){
    int s = it->aiScale[j];
    x += (j==0 ? (strcmp(pI->aScale[s].zId, "decision_making")==0 ? 0.36 : 0.40) : 0.22)*aTrait[s];
  }
  return x;
}

/* One respondent's answers (coded) into a[0..nItem). Answers are
** coherent, as a validated instrument's are: an item's answer is its
** level plus its shared part (item_shared()) plus its own part, rounded
** to the nearest answer; checklist items are ticked with a probability
** that grows with the shared part. aL NULL only advances g. Missing and
** not-applicable answers are drawn from g, with the same number of draws
** whatever aL holds, so who answers what stays the same. */
static void answer(DemoRng *g, const double *aL, const Instrument *pI, const unsigned char *aComp,
                   int bPccp, int w, unsigned char *a){
  (void)demo_rng_normal(g);   /* once the general leaning; kept for the draws' order */
  for(int k=0; k<pI->nItem; k++){
    const InstItem *it = &pI->aItem[k];
    const InstResp *rs = &pI->aResp[it->iResp];
    double shared = aL ? item_shared(pI, aComp, k, aL) : 0.0;
    double own = aL ? aL[1+pI->nScale+k] : 0.0;
    double u = demo_rng_uniform(g);
    if( u<0.02 ){ a[k] = ANS_MISSING; continue; }
    if( rs->bNa && u<0.04 ){ a[k] = ANS_NA; continue; }
    int v;
    if( rs->iMax-rs->iMin==1 ){
      /* Checklists: benefits less and drawbacks more often ticked in PCCP's
      ** dip; a person who sees many benefits ticks more of them. */
      int bDraw = it->zId[0]=='d';
      double pYes = bDraw ? (bPccp && w==1 ? 0.55 : 0.3) : (bPccp && w==1 ? 0.35 : 0.6);
      double z = log(pYes/(1.0-pYes)) + 3.5*shared;
      v = demo_rng_uniform(g)<1.0/(1.0+exp(-z)) ? rs->iMax : rs->iMin;
    }else{
      (void)demo_rng_normal(g);   /* once the item noise; kept for the draws' order */
      double x = item_level(pI, k, bPccp, w) + shared + 0.35*own;
      v = (int)lround(x);
      if( v<rs->iMin ) v = rs->iMin;
      if( v>rs->iMax ) v = rs->iMax;
      if( it->bReverse ) v = rs->iMin + rs->iMax - v;   /* stored as answered */
    }
    a[k] = ANS_VALUE(v, rs->iMin);
  }
}

/* 1 if member m is current on zDay. */
static int current_on(const MemberRec *m, const char *zDay){
  if( m->zJoined && strcmp(m->zJoined, zDay)>0 ) return 0;
  if( m->zLeft && strcmp(m->zLeft, zDay)<=0 ) return 0;
  return 1;
}

/* One answer set of a wave: the member (index into the roster) or -1 for
** an anonymous respondent, and the generator's state where its answers
** start. */
typedef struct DemoSlot { int iMember; DemoRng g; } DemoSlot;

/* The wave's respondents into aSlot (room for nM + 6), advancing g past
** their answers exactly as answering them does; returns how many. */
static int wave_slots(DemoRng *g, const MemberRec *aM, int nM, const char *zOpens,
                      const Instrument *pI, const unsigned char *aComp, int bPccp, int w,
                      unsigned char *a, DemoSlot *aSlot){
  int n = 0;
  for(int i=0; i<nM; i++){
    if( !current_on(&aM[i], zOpens) || demo_rng_uniform(g)>=0.75 ) continue;
    aSlot[n].iMember = i; aSlot[n++].g = *g;
    answer(g, NULL, pI, aComp, bPccp, w, a);
  }
  for(int j=0; j<2 || n<6; j++){
    aSlot[n].iMember = -1; aSlot[n++].g = *g;
    answer(g, NULL, pI, aComp, bPccp, w, a);
  }
  return n;
}

/* Column c of the n x nCol matrix aL (row-major), with the mean taken
** out of it and every column in aiOther (nOther of them) projected out,
** then scaled to SD 1. The columns in aiOther are first made orthonormal
** among themselves (Gram-Schmidt on copies in aQ, n x (nOther+1)). */
static void orthogonalize(double *aL, int n, int nCol, int c, const int *aiOther, int nOther, double *aQ){
  int nQ = 0;
  for(int o=-1; o<nOther; o++){
    double *q = &aQ[(size_t)nQ*(size_t)n];
    for(int i=0; i<n; i++) q[i] = o<0 ? 1.0 : aL[(size_t)i*nCol+aiOther[o]];
    for(int b=0; b<nQ; b++){
      double d = 0; const double *qb = &aQ[(size_t)b*(size_t)n];
      for(int i=0; i<n; i++) d += qb[i]*q[i];
      for(int i=0; i<n; i++) q[i] -= d*qb[i];
    }
    double nn = 0;
    for(int i=0; i<n; i++) nn += q[i]*q[i];
    if( nn<1e-12 ) continue;
    for(int i=0; i<n; i++) q[i] /= sqrt(nn);
    nQ++;
  }
  if( nQ>=n-1 ) nQ = 1;              /* too few respondents: only centre */
  for(int b=0; b<nQ; b++){
    double d = 0; const double *qb = &aQ[(size_t)b*(size_t)n];
    for(int i=0; i<n; i++) d += qb[i]*aL[(size_t)i*nCol+c];
    for(int i=0; i<n; i++) aL[(size_t)i*nCol+c] -= d*qb[i];
  }
  double ss = 0;
  for(int i=0; i<n; i++) ss += aL[(size_t)i*nCol+c]*aL[(size_t)i*nCol+c];
  double sd = n>1 ? sqrt(ss/(n-1)) : 0;
  for(int i=0; i<n; i++) aL[(size_t)i*nCol+c] = sd>1e-9 ? aL[(size_t)i*nCol+c]/sd : 0.0;
}

/* 1 if scales s and t share an item. */
static int scales_share(const Instrument *pI, int s, int t){
  for(int k=0; k<pI->nItem; k++){
    const InstItem *it = &pI->aItem[k];
    int bS = 0, bT = 0;
    for(int j=0; j<it->nScale; j++){ bS |= it->aiScale[j]==s; bT |= it->aiScale[j]==t; }
    if( bS && bT ) return 1;
  }
  return 0;
}

/* The latent values of a wave's n respondents into aL (n rows of 1 +
** nScale + nItem: general leaning, scale traits, items' own parts; see
** item_shared()), drawn from g and then made to have, within the wave,
** exactly the spread and independence the model says (as R's
** MASS::mvrnorm(empirical = TRUE) does): every column has mean 0 and SD
** 1; a trait is uncorrelated with the general leaning and with the traits
** of the scales it shares items with; an item's own part is uncorrelated
** with the general leaning, its scales' traits and the own parts of the
** other items of its first scale. So a scale's alpha in a group of 10 to
** 20 reflects the model, not a chance near-constant trait or a chance
** correlation of two items' noise; what is left to chance is rounding to
** whole answers and the few missing answers. */
static void wave_latent(DemoRng *g, int n, const Instrument *pI, double *aL, int *aiOther, double *aQ){
  int nCol = 1 + pI->nScale + pI->nItem;
  for(int i=0; i<n*nCol; i++) aL[i] = demo_rng_normal(g);
  orthogonalize(aL, n, nCol, 0, aiOther, 0, aQ);
  for(int s=0; s<pI->nScale; s++){
    int nO = 0;
    aiOther[nO++] = 0;
    for(int t=0; t<s; t++) if( scales_share(pI, s, t) ) aiOther[nO++] = 1+t;
    orthogonalize(aL, n, nCol, 1+s, aiOther, nO, aQ);
  }
  for(int k=0; k<pI->nItem; k++){
    const InstItem *it = &pI->aItem[k];
    int nO = 0;
    aiOther[nO++] = 0;
    for(int j=0; j<it->nScale; j++) aiOther[nO++] = 1+it->aiScale[j];
    for(int k2=0; k2<k && it->nScale>0; k2++){
      const InstItem *i2 = &pI->aItem[k2];
      if( i2->nScale>0 && i2->aiScale[0]==it->aiScale[0] ) aiOther[nO++] = 1+pI->nScale+k2;
    }
    orthogonalize(aL, n, nCol, 1+pI->nScale+k, aiOther, nO, aQ);
  }
}

int demo_survey(Store *p){
  DemoRng g = { 20160901 }, gTrait = { 163 };
  Instrument *pI = NULL;
  int64_t idInst = 0;
  char *zErr = NULL;
  int rc = survey_instrument_load(p, "psf", 1, &pI, &idInst, &zErr);
  free(zErr);
  if( rc ) return rc;
  char **azPart = NULL; int nPart = 0;
  rc = st_partnership_codes(p, &azPart, &nPart);
  int nScale = pI->nScale>0 ? pI->nScale : 1;
  int nCol = 1 + pI->nScale + pI->nItem;
  unsigned char *a = xmalloc((size_t)pI->nItem);
  unsigned char *aComp = xmalloc((size_t)nScale);
  for(int s=0; s<pI->nScale; s++) aComp[s] = (unsigned char)is_composite(pI, s);
  for(int ip=0; ip<nPart && rc==STORE_OK; ip++){
    int bPccp = strcmp(azPart[ip], "PCCP")==0;
    if( !bPccp && strcmp(azPart[ip], "CHRP")!=0 ) continue;
    MemberRec *aM = NULL; int nM = 0;
    rc = st_member_all(p, azPart[ip], &aM, &nM);
    DemoSlot *aSlot = xmalloc(sizeof(DemoSlot)*(size_t)(nM+6));
    double *aL = xmalloc(sizeof(double)*(size_t)(nM+6)*(size_t)nCol);
    double *aQ = xmalloc(sizeof(double)*(size_t)(nM+6)*(size_t)nCol);
    int *aiOther = xmalloc(sizeof(int)*(size_t)nCol);
    for(int w=0; w<3 && rc==STORE_OK; w++){
      rc = st_wave_add(p, azPart[ip], aWave[w].zName, aWave[w].zOpens, aWave[w].zCloses);
      int64_t idW = 0;
      if( rc==STORE_OK ) rc = st_wave_id(p, azPart[ip], aWave[w].zName, &idW);
      int n = wave_slots(&g, aM, nM, aWave[w].zOpens, pI, aComp, bPccp, w, a, aSlot);
      wave_latent(&gTrait, n, pI, aL, aiOther, aQ);
      for(int i=0, j=0; i<n && rc==STORE_OK; i++){
        DemoRng gi = aSlot[i].g;
        answer(&gi, &aL[(size_t)i*(size_t)nCol], pI, aComp, bPccp, w, a);
        if( aSlot[i].iMember>=0 ){
          const MemberRec *m = &aM[aSlot[i].iMember];
          int64_t idM = 0;
          rc = st_member_lookup(p, azPart[ip], m->zPid, &idM);
          if( rc==STORE_OK ) rc = st_response_add(p, idW, idInst, m->zPid, idM, a, pI->nItem);
        }else{
          char zId[32];
          snprintf(zId, sizeof(zId), "anon-%d%02d", w+1, ++j);
          rc = st_response_add(p, idW, idInst, zId, 0, a, pI->nItem);
        }
      }
    }
    free(aSlot);
    free(aL);
    free(aQ);
    free(aiOther);
    st_member_recs_free(aM, nM);
  }
  for(int i=0; i<nPart; i++) free(azPart[i]);
  free(azPart);
  free(a);
  free(aComp);
  instrument_free(pI);
  return rc;
}

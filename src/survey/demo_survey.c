/*
** demo_survey.c: the demo's survey (see roster/demo.h): the built-in
** instrument psf answered in three waves by both partnerships, baseline
** (2015-02, before the April 2015 reform), follow-up 1 (2015-10, in the
** months after it) and follow-up 2 (2017-06).
**
** Story told by the answers: PCCP starts with strong synergy; in follow-up
** 1, after members left in the wake of the reform, synergy and
** involvement dip, and they recover by follow-up 2. CHRP stays steadier,
** in the middle of the scale, with low decision-making scores (decisions
** were centralised in the research team). About three quarters of the
** members current when a wave opens answer (their pseudonymous id is the
** respondent id, so they are linked), plus two anonymous respondents; a
** wave never has fewer than 6 answer sets, so nothing is suppressed.
** Deterministic: DemoRng with a fixed seed.
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
  int bSyn = 0, bInv = 0, bDec = 0;
  for(int j=0; j<it->nScale; j++){
    const char *z = pI->aScale[it->aiScale[j]].zId;
    if( strcmp(z, "synergy")==0 ) bSyn = 1;
    if( strcmp(z, "involvement")==0 ) bInv = 1;
    if( strcmp(z, "decision_making")==0 ) bDec = 1;
  }
  double r;
  if( bPccp ){
    r = 3.9;
    if( bSyn ) r = w==0 ? 4.1 : w==1 ? 3.0 : 4.0;
    if( bInv ) r = w==0 ? 4.0 : w==1 ? 2.8 : 3.8;
  }else{
    r = 3.5 + 0.05*w;
    if( bSyn ) r = 3.6;
    if( bDec ) r = 2.5;
  }
  return r;
}

/* One respondent's answers (coded) into a[0..nItem). Answers are
** coherent, as a validated instrument's are: the person has a trait per
** scale (standard normal, drawn from pTrait) and a general leaning; an
** item's answer is its level plus the traits of the scales it belongs to
** plus a little item noise, so the items of one scale correlate and a
** scale's alpha lands near 0.7 to 0.9. Missing answers, not-applicable
** answers and the item noise are drawn from g in the same order as ever,
** so who answers what stays the same. */
static void answer(DemoRng *g, DemoRng *pTrait, const Instrument *pI, int bPccp, int w, unsigned char *a){
  double person = 0.35*demo_rng_normal(g);
  double *aTrait = xmalloc(sizeof(double)*(size_t)(pI->nScale>0 ? pI->nScale : 1));
  for(int s=0; s<pI->nScale; s++) aTrait[s] = demo_rng_normal(pTrait);
  for(int k=0; k<pI->nItem; k++){
    const InstItem *it = &pI->aItem[k];
    const InstResp *rs = &pI->aResp[it->iResp];
    /* One scale: its trait carries the item; several: the first (the
    ** facet, e.g. decision making) most, the composites it also belongs to
    ** (e.g. operational processes) a little. */
    double trait = 0.5*person;
    for(int j=0; j<it->nScale; j++){
      trait += (it->nScale==1 ? 0.58 : j==0 ? 0.5 : 0.2)*aTrait[it->aiScale[j]];
    }
    double u = demo_rng_uniform(g);
    if( u<0.02 ){ a[k] = ANS_MISSING; continue; }
    if( rs->bNa && u<0.04 ){ a[k] = ANS_NA; continue; }
    int v;
    if( rs->iMax-rs->iMin==1 ){
      /* Checklists: benefits less and drawbacks more often ticked in PCCP's
      ** dip; a person who sees many benefits ticks more of them. */
      int bDraw = it->zId[0]=='d';
      double pYes = bDraw ? (bPccp && w==1 ? 0.55 : 0.25) : (bPccp && w==1 ? 0.35 : 0.6);
      double z = log(pYes/(1.0-pYes)) + 2.8*trait;
      v = demo_rng_uniform(g)<1.0/(1.0+exp(-z)) ? rs->iMax : rs->iMin;
    }else{
      double x = item_level(pI, k, bPccp, w) + trait + 0.33*demo_rng_normal(g);
      v = (int)lround(x);
      if( v<rs->iMin ) v = rs->iMin;
      if( v>rs->iMax ) v = rs->iMax;
      if( it->bReverse ) v = rs->iMin + rs->iMax - v;   /* stored as answered */
    }
    a[k] = ANS_VALUE(v, rs->iMin);
  }
  free(aTrait);
}

/* 1 if member m is current on zDay. */
static int current_on(const MemberRec *m, const char *zDay){
  if( m->zJoined && strcmp(m->zJoined, zDay)>0 ) return 0;
  if( m->zLeft && strcmp(m->zLeft, zDay)<=0 ) return 0;
  return 1;
}

int demo_survey(Store *p){
  DemoRng g = { 20160901 }, gTrait = { 4 };
  Instrument *pI = NULL;
  int64_t idInst = 0;
  char *zErr = NULL;
  int rc = survey_instrument_load(p, "psf", 1, &pI, &idInst, &zErr);
  free(zErr);
  if( rc ) return rc;
  char **azPart = NULL; int nPart = 0;
  rc = st_partnership_codes(p, &azPart, &nPart);
  unsigned char *a = xmalloc((size_t)pI->nItem);
  for(int ip=0; ip<nPart && rc==STORE_OK; ip++){
    int bPccp = strcmp(azPart[ip], "PCCP")==0;
    if( !bPccp && strcmp(azPart[ip], "CHRP")!=0 ) continue;
    MemberRec *aM = NULL; int nM = 0;
    rc = st_member_all(p, azPart[ip], &aM, &nM);
    for(int w=0; w<3 && rc==STORE_OK; w++){
      rc = st_wave_add(p, azPart[ip], aWave[w].zName, aWave[w].zOpens, aWave[w].zCloses);
      int64_t idW = 0;
      if( rc==STORE_OK ) rc = st_wave_id(p, azPart[ip], aWave[w].zName, &idW);
      int nResp = 0;
      for(int i=0; i<nM && rc==STORE_OK; i++){
        if( !current_on(&aM[i], aWave[w].zOpens) || demo_rng_uniform(&g)>=0.75 ) continue;
        int64_t idM = 0;
        rc = st_member_lookup(p, azPart[ip], aM[i].zPid, &idM);
        answer(&g, &gTrait, pI, bPccp, w, a);
        if( rc==STORE_OK ) rc = st_response_add(p, idW, idInst, aM[i].zPid, idM, a, pI->nItem);
        nResp++;
      }
      for(int j=0; rc==STORE_OK && (j<2 || nResp<6); j++){
        char zId[32];
        snprintf(zId, sizeof(zId), "anon-%d%02d", w+1, j+1);
        answer(&g, &gTrait, pI, bPccp, w, a);
        rc = st_response_add(p, idW, idInst, zId, 0, a, pI->nItem);
        nResp++;
      }
    }
    st_member_recs_free(aM, nM);
  }
  for(int i=0; i<nPart; i++) free(azPart[i]);
  free(azPart);
  free(a);
  instrument_free(pI);
  return rc;
}

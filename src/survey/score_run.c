/*
** score_run.c: the use case of `score`: the scores of a survey's scales
** as one table (per group, per item, between groups, change between waves,
** members' reliable changes or the benefits/drawbacks balance) over
** score_compute() (see survey.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "survey/score.h"
#include "survey/survey.h"
#include "util/xalloc.h"

#define NDEC 4

static void put_real(Table *t, int r, int c, double v){ table_real(t, r, c, v, NDEC); }

static Table *scores_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,scale,n,mean,sd,ci_low,ci_high,alpha,alpha_std,rwg_j,band,note");
  for(int g=0; g<s->nGroup; g++){
    const ScoreGroup *pg = &s->aGroup[g];
    for(int j=0; j<s->pInst->nScale; j++){
      const ScaleStat *st = score_stat(s, g, j);
      int r = table_row(t);
      table_text(t, r, 0, score_group_part(s, g));
      table_text(t, r, 1, s->azWave[pg->iWave]);
      table_text(t, r, 2, s->pInst->aScale[j].zId);
      if( pg->bSuppressed || st->bSuppressed ){ table_text(t, r, 12, "suppressed"); continue; }
      table_int(t, r, 3, st->n);
      put_real(t, r, 4, st->mean); put_real(t, r, 5, st->sd);
      put_real(t, r, 6, st->ciLow); put_real(t, r, 7, st->ciHigh);
      put_real(t, r, 8, st->alpha); put_real(t, r, 9, st->alphaStd);
      put_real(t, r, 10, st->rwgj);
      table_text(t, r, 11, st->zBand);
    }
  }
  return t;
}

static Table *items_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,scale,item,item_rest,alpha_if_deleted,note");
  const Instrument *pI = s->pInst;
  int kMax = 1;
  for(int j=0; j<pI->nScale; j++) if( pI->aScale[j].nItem>kMax ) kMax = pI->aScale[j].nItem;
  double *aR = xmalloc(sizeof(double)*(size_t)kMax), *aA = xmalloc(sizeof(double)*(size_t)kMax);
  for(int g=0; g<s->nGroup; g++){
    for(int j=0; j<pI->nScale; j++){
      const InstScale *sc = &pI->aScale[j];
      score_items(s, g, j, aR, aA);
      for(int m=0; m<sc->nItem; m++){
        int r = table_row(t);
        table_text(t, r, 0, score_group_part(s, g));
        table_text(t, r, 1, s->azWave[s->aGroup[g].iWave]);
        table_text(t, r, 2, sc->zId);
        table_text(t, r, 3, pI->aItem[sc->aiItem[m]].zId);
        if( score_stat(s, g, j)->bSuppressed ){ table_text(t, r, 6, "suppressed"); continue; }
        put_real(t, r, 4, aR[m]); put_real(t, r, 5, aA[m]);
      }
    }
  }
  free(aR); free(aA);
  return t;
}

static Table *between_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "wave,scale,groups,n,icc1,icc1_k0,icc2");
  for(int w=0; w<s->nWave; w++){
    for(int j=0; j<s->pInst->nScale; j++){
      int nG, n; double i1, i2, i1k;
      score_between(s, w, j, &nG, &n, &i1, &i2, &i1k);
      int r = table_row(t);
      table_text(t, r, 0, s->azWave[w]);
      table_text(t, r, 1, s->pInst->aScale[j].zId);
      table_int(t, r, 2, nG); table_int(t, r, 3, n);
      put_real(t, r, 4, i1); put_real(t, r, 5, i1k); put_real(t, r, 6, i2);
    }
  }
  return t;
}

static Table *change_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,from_wave,scale,n_from,n,n_linked,mean_from,mean,change,ci_low,ci_high,df,"
                              "effect,effect_low,effect_high,clear");
  ScoreChange *a; int n;
  score_changes(s, &a, &n);
  for(int i=0; i<n; i++){
    const ScaleStat *f = score_stat(s, a[i].iGroupFrom, a[i].iScale), *to = score_stat(s, a[i].iGroupTo, a[i].iScale);
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, a[i].iGroupTo));
    table_text(t, r, 1, s->azWave[s->aGroup[a[i].iGroupTo].iWave]);
    table_text(t, r, 2, s->azWave[s->aGroup[a[i].iGroupFrom].iWave]);
    table_text(t, r, 3, s->pInst->aScale[a[i].iScale].zId);
    table_int(t, r, 4, f->n); table_int(t, r, 5, to->n); table_int(t, r, 6, a[i].nLinked);
    put_real(t, r, 7, f->mean); put_real(t, r, 8, to->mean);
    put_real(t, r, 9, a[i].diff); put_real(t, r, 10, a[i].ciLow); put_real(t, r, 11, a[i].ciHigh);
    put_real(t, r, 12, a[i].df);
    put_real(t, r, 13, a[i].es); put_real(t, r, 14, a[i].esLow); put_real(t, r, 15, a[i].esHigh);
    if( !isnan(a[i].ciLow) ) table_text(t, r, 16, a[i].bClear ? "yes" : "no");
  }
  free(a);
  return t;
}

static Table *member_change_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,from_wave,scale,member,score_from,score,change,rci");
  MemberChange *a; int n;
  score_member_changes(s, &a, &n);
  for(int i=0; i<n; i++){
    if( !a[i].bReliable ) continue;
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, a[i].iGroupTo));
    table_text(t, r, 1, s->azWave[s->aGroup[a[i].iGroupTo].iWave]);
    table_text(t, r, 2, s->azWave[s->aGroup[a[i].iGroupFrom].iWave]);
    table_text(t, r, 3, s->pInst->aScale[a[i].iScale].zId);
    table_text(t, r, 4, a[i].zMember);
    put_real(t, r, 5, a[i].from); put_real(t, r, 6, a[i].to); put_real(t, r, 7, a[i].diff);
    put_real(t, r, 8, a[i].rci);
  }
  free(a);
  return t;
}

/* NULL when the instrument has no benefits and drawbacks checklists. */
static Table *balance_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,n,benefits,drawbacks,balance,sd,ci_low,ci_high,note");
  for(int g=0; g<s->nGroup; g++){
    double b, d; PsyDesc desc;
    if( !score_balance(s, g, &b, &d, &desc) ){
      table_free(t);
      return NULL;
    }
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, g));
    table_text(t, r, 1, s->azWave[s->aGroup[g].iWave]);
    if( score_balance_hidden(s, g) ){ table_text(t, r, 9, "suppressed"); continue; }
    table_int(t, r, 2, desc.n);
    put_real(t, r, 3, b); put_real(t, r, 4, d); put_real(t, r, 5, desc.mean);
    put_real(t, r, 6, desc.sd); put_real(t, r, 7, desc.ciLow); put_real(t, r, 8, desc.ciHigh);
  }
  return t;
}

int survey_score_run(Store *p, const char *zInstrument, const ScoreOpts *pOpts, ScoreView eView,
                     Table **ppOut, double *ptLoad, double *ptCompute, Err *pErr){
  *ppOut = NULL;
  *ptLoad = *ptCompute = 0;
  if( !zInstrument ) return err_set(pErr, ERR_USAGE, "score needs --instrument ID (see: synergist instrument list)");
  if( !(pOpts->rMinAnswered>0 && pOpts->rMinAnswered<=1) ){
    return err_set(pErr, ERR_USAGE, "--min-answered must be above 0 and at most 1");
  }
  if( pOpts->nSuppressMin<1 ) return err_set(pErr, ERR_USAGE, "--suppress-min must be at least 1");
  ScoreSet *s = NULL;
  if( score_compute(p, zInstrument, pOpts, &s, pErr) ) return pErr->e;
  if( pOpts->zWave && s->nWave==0 ){
    score_free(s);
    return err_set(pErr, ERR_FAIL, "no wave '%s' (see: synergist wave list)", pOpts->zWave);
  }
  Table *t = NULL;
  switch( eView ){
    case SCORE_VIEW_ITEMS:   t = items_table(s); break;
    case SCORE_VIEW_BETWEEN: t = between_table(s); break;
    case SCORE_VIEW_CHANGE:  t = change_table(s); break;
    case SCORE_VIEW_MEMBERS: t = member_change_table(s); break;
    case SCORE_VIEW_BALANCE: t = balance_table(s); break;
    default:                 t = scores_table(s); break;
  }
  if( !t ){
    err_set(pErr, ERR_FAIL, "instrument %s has no benefits and drawbacks checklists (\"balance\" in its file)", s->pInst->zId);
    score_free(s);
    return ERR_FAIL;
  }
  *ptLoad = s->tLoad;
  *ptCompute = s->tCompute;
  score_free(s);
  *ppOut = t;
  return 0;
}

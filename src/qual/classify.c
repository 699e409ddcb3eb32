/*
** classify.c: multinomial naive Bayes per code and its cross-validation
** (see classify.h). Scores are summed in log space; the posterior is
** 1/(1+exp(logP(not) - logP(code))).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "qual/classify.h"
#include "util/xalloc.h"

struct NbVocab { int nSlot, nUsed; char **azKey; int *aId; };

NbVocab *nb_vocab_new(void){
  NbVocab *p = xcalloc(1, sizeof(NbVocab));
  p->nSlot = 1024;
  p->azKey = xcalloc((size_t)p->nSlot, sizeof(char*));
  p->aId = xcalloc((size_t)p->nSlot, sizeof(int));
  return p;
}

void nb_vocab_free(NbVocab *p){
  if( !p ) return;
  for(int i=0; i<p->nSlot; i++) free(p->azKey[i]);
  free(p->azKey); free(p->aId); free(p);
}

int nb_vocab_size(const NbVocab *p){ return p->nUsed; }

static unsigned vhash(const char *z, int n){
  unsigned h = 2166136261u;
  for(int i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

int nb_vocab_id(NbVocab *p, const char *z, int n){
  if( 2*(p->nUsed+1) > p->nSlot ){
    NbVocab g = { p->nSlot*2, 0, xcalloc((size_t)p->nSlot*2, sizeof(char*)), xcalloc((size_t)p->nSlot*2, sizeof(int)) };
    for(int i=0; i<p->nSlot; i++){
      if( !p->azKey[i] ) continue;
      unsigned j = vhash(p->azKey[i], (int)strlen(p->azKey[i])) & (unsigned)(g.nSlot-1);
      while( g.azKey[j] ) j = (j+1) & (unsigned)(g.nSlot-1);
      g.azKey[j] = p->azKey[i]; g.aId[j] = p->aId[i];
    }
    free(p->azKey); free(p->aId);
    p->nSlot = g.nSlot; p->azKey = g.azKey; p->aId = g.aId;
  }
  unsigned j = vhash(z, n) & (unsigned)(p->nSlot-1);
  while( p->azKey[j] ){
    if( (int)strlen(p->azKey[j])==n && memcmp(p->azKey[j], z, (size_t)n)==0 ) return p->aId[j];
    j = (j+1) & (unsigned)(p->nSlot-1);
  }
  p->azKey[j] = xstrndup(z, (size_t)n);
  p->aId[j] = p->nUsed++;
  return p->aId[j];
}

struct NbModel {
  int nVocab;
  double rPrior[2];          /* log P(class) */
  double *aLog[2];           /* log P(word|class), or 0 for words not in the training vocabulary */
  unsigned char *aSeen;      /* words of the training vocabulary */
};

NbModel *nb_train(const NbDocs *d, const unsigned char *aLabel, const unsigned char *aUse){
  int nDoc[2] = {0,0};
  double nWords[2] = {0,0};
  double *aCount[2] = { xcalloc((size_t)d->nVocab+1, sizeof(double)), xcalloc((size_t)d->nVocab+1, sizeof(double)) };
  unsigned char *aSeen = xcalloc((size_t)d->nVocab+1, 1);
  for(int i=0; i<d->nDoc; i++){
    if( aUse && !aUse[i] ) continue;
    int c = aLabel[i] ? 1 : 0;
    nDoc[c]++;
    for(int j=0; j<d->anTok[i]; j++){
      int w = d->aaTok[i][j];
      aCount[c][w] += 1;
      aSeen[w] = 1;
    }
    nWords[c] += d->anTok[i];
  }
  if( nDoc[0]==0 || nDoc[1]==0 ){
    free(aCount[0]); free(aCount[1]); free(aSeen);
    return NULL;
  }
  int nV = 0;
  for(int w=0; w<d->nVocab; w++) nV += aSeen[w];
  NbModel *m = xcalloc(1, sizeof(NbModel));
  m->nVocab = d->nVocab;
  m->aSeen = aSeen;
  for(int c=0; c<2; c++){
    m->rPrior[c] = log((double)nDoc[c] / (nDoc[0]+nDoc[1]));
    for(int w=0; w<d->nVocab; w++){
      if( aSeen[w] ) aCount[c][w] = log((aCount[c][w] + 1.0) / (nWords[c] + nV));
    }
    m->aLog[c] = aCount[c];
  }
  return m;
}

void nb_free(NbModel *m){
  if( !m ) return;
  free(m->aLog[0]); free(m->aLog[1]); free(m->aSeen); free(m);
}

double nb_prob(const NbModel *m, const int *aTok, int nTok){
  double s[2] = { m->rPrior[0], m->rPrior[1] };
  for(int j=0; j<nTok; j++){
    int w = aTok[j];
    if( w<0 || w>=m->nVocab || !m->aSeen[w] ) continue;
    s[0] += m->aLog[0][w];
    s[1] += m->aLog[1][w];
  }
  return 1.0 / (1.0 + exp(s[0] - s[1]));
}

void nb_crossval(const NbDocs *d, const unsigned char *aLabel, const unsigned char *aUse,
                 const int *aFold, int k, double rThreshold, int *pnTp, int *pnFp, int *pnFn){
  int nTp = 0, nFp = 0, nFn = 0;
  unsigned char *aTrain = xcalloc((size_t)d->nDoc+1, 1);
  for(int f=0; f<k; f++){
    for(int i=0; i<d->nDoc; i++) aTrain[i] = (!aUse || aUse[i]) && aFold[i]!=f;
    NbModel *m = nb_train(d, aLabel, aTrain);
    for(int i=0; i<d->nDoc; i++){
      if( (aUse && !aUse[i]) || aFold[i]!=f ) continue;
      /* Without a model (a class missing from the training folds) nothing is predicted. */
      int bPred = m ? nb_prob(m, d->aaTok[i], d->anTok[i])>=rThreshold : 0;
      if( bPred && aLabel[i] ) nTp++;
      else if( bPred ) nFp++;
      else if( aLabel[i] ) nFn++;
    }
    nb_free(m);
  }
  free(aTrain);
  *pnTp = nTp; *pnFp = nFp; *pnFn = nFn;
}

/*
** score.c: scoring an instrument's answers into a ScoreSet (see score.h).
**
** Confidentiality rule. A partnership group (partnership x wave) with fewer
** answer sets than nSuppressMin is suppressed whole. Then every published
** cell is judged on its own n: per wave and scale (and for the balance of
** benefits and drawbacks), a cell whose n is between 1 and nSuppressMin-1
** is withheld (primary suppression); while the withheld cells of the wave
** hold between 1 and nSuppressMin-1 respondents together, the shown cell
** with the smallest n is withheld too (complementary suppression), and
** the pooled "all" cell is withheld when that cannot be reached or its own
** n is small. Any residual "all" minus a set of shown cells then contains
** the withheld cells and so is 0 or at least nSuppressMin respondents.
** Cells of one group that give one another back (scales sharing items; the
** balance and its two checklists) are withheld together (cell_families).
*/
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "survey/score.h"
#include "store/st_survey.h"
#include "survey/survey.h"
#include "analysis/psychometrics.h"
#include "util/xalloc.h"

int score_opts_init(Store *p, ScoreOpts *o){
  memset(o, 0, sizeof(*o));
  o->rMinAnswered = 0.5;
  o->nSuppressMin = 5;
  char *z = NULL;
  int rc = store_setting_get(p, "min_answered", &z);
  if( rc ) return rc;
  if( z ){ double r = atof(z); if( r>0 && r<=1 ) o->rMinAnswered = r; free(z); }
  rc = store_setting_get(p, "suppress_min", &z);
  if( rc ) return rc;
  if( z ){ int n = atoi(z); if( n>=1 ) o->nSuppressMin = n; free(z); }
  return STORE_OK;
}

static double now_s(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9*(double)t.tv_nsec;
}

/* ---- loading ---- */

typedef struct Loader {
  ScoreSet *s;
  int64_t *aWaveIdx;  int64_t nWaveIdx;   /* wave row id -> index into aWave */
  const WaveRec *aWave;                   /* the study's waves (ScoreOpts.aWave or aOwnWave) */
  WaveRec *aOwnWave;                      /* read here when the caller gave none */
  int *aWaveName, *aWavePart;             /* per WaveRec: index into azWave / azPart (-1: filtered out) */
  int nAlloc;
  int nItem;
  char *zId; size_t nId, nIdAlloc;        /* the linked respondents' ids, one block */
} Loader;

/* Room for nAlloc answer sets. */
static void loader_grow(Loader *l, int nAlloc){
  ScoreSet *s = l->s;
  l->nAlloc = nAlloc;
  s->aRespPart = xrealloc_big(s->aRespPart, sizeof(int)*(size_t)l->nAlloc);
  s->aRespWave = xrealloc_big(s->aRespWave, sizeof(int)*(size_t)l->nAlloc);
  s->aRespMember = xrealloc_big(s->aRespMember, sizeof(int64_t)*(size_t)l->nAlloc);
  s->azRespId = xrealloc_big(s->azRespId, sizeof(char*)*(size_t)l->nAlloc);
  s->aAns = xrealloc_big(s->aAns, (size_t)l->nAlloc*(size_t)l->nItem);
}

static int load_row(void *pArg, int64_t iWave, const char *zRespondent, int64_t iMember,
                    const unsigned char *aAns, int nAns){
  Loader *l = pArg;
  ScoreSet *s = l->s;
  if( iWave<0 || iWave>=l->nWaveIdx || l->aWaveIdx[iWave]<0 ) return 0;
  int w = (int)l->aWaveIdx[iWave];
  if( l->aWaveName[w]<0 ) return 0;
  if( s->nResp==l->nAlloc ) loader_grow(l, l->nAlloc ? 2*l->nAlloc : 256);
  int i = s->nResp++;
  s->aRespPart[i] = l->aWavePart[w];
  s->aRespWave[i] = w;          /* WaveRec index for now; mapped to names later */
  s->aRespMember[i] = iMember;
  /* An offset into l->zId plus one (0: not linked) until loading ends. */
  s->azRespId[i] = NULL;
  if( iMember ){
    size_t n = strlen(zRespondent ? zRespondent : "") + 1;
    if( l->nId + n > l->nIdAlloc ){
      l->nIdAlloc = 2*(l->nIdAlloc + n) + 4096;
      l->zId = xrealloc_big(l->zId, l->nIdAlloc);
    }
    memcpy(l->zId + l->nId, zRespondent ? zRespondent : "", n);
    s->azRespId[i] = (char*)(uintptr_t)(l->nId + 1);
    l->nId += n;
  }
  unsigned char *a = &s->aAns[(size_t)i*(size_t)l->nItem];
  int nCopy = nAns<l->nItem ? nAns : l->nItem;
  memcpy(a, aAns, (size_t)nCopy);
  if( nCopy<l->nItem ) memset(a+nCopy, ANS_MISSING, (size_t)(l->nItem-nCopy));
  return 0;
}

/* Distinct strings among az[0..n): copies into azOut (sorted when bSort,
** else in order of first occurrence) and, for each az[i], the index of its
** copy in aIdx[i]. Returns their number. */
typedef struct StrPos { const char *z; int i, u; } StrPos;
static int cmp_strpos(const void *a, const void *b){
  const StrPos *x = a, *y = b;
  int c = strcmp(x->z, y->z);
  return c ? c : x->i - y->i;
}
static int cmp_strpos_i(const void *a, const void *b){
  return ((const StrPos*)a)->i - ((const StrPos*)b)->i;
}
static int distinct_strings(const char *const *az, int n, int bSort, char **azOut, int *aIdx){
  StrPos *a = xmalloc(sizeof(StrPos)*(size_t)(n ? n : 1));
  StrPos *aFirst = xmalloc(sizeof(StrPos)*(size_t)(n ? n : 1));
  int *aRank = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  for(int i=0; i<n; i++){ a[i].z = az[i]; a[i].i = i; }
  qsort(a, (size_t)n, sizeof(StrPos), cmp_strpos);
  int nOut = 0;
  for(int i=0; i<n; i++){
    if( i==0 || strcmp(a[i].z, a[i-1].z)!=0 ){ aFirst[nOut] = a[i]; aFirst[nOut].u = nOut; nOut++; }
    aIdx[a[i].i] = nOut-1;             /* rank in sorted order */
  }
  if( !bSort ) qsort(aFirst, (size_t)nOut, sizeof(StrPos), cmp_strpos_i);
  for(int u=0; u<nOut; u++){
    aRank[aFirst[u].u] = u;
    azOut[u] = xstrdup(aFirst[u].z);
  }
  for(int i=0; i<n; i++) aIdx[i] = aRank[aIdx[i]];
  free(a); free(aFirst); free(aRank);
  return nOut;
}

/* ---- per-respondent scores ---- */

/* Value of answer code c for item k after reverse keying, NAN when missing or n/a. */
static double item_value(const Instrument *p, int k, unsigned char c){
  if( c<2 ) return NAN;
  const InstResp *r = &p->aResp[p->aItem[k].iResp];
  int v = c - 2 + r->iMin;
  if( p->aItem[k].bReverse ) v = r->iMin + r->iMax - v;
  return (double)v;
}

/* The table aItemValue: every item's value for every answer code. */
static void value_table(ScoreSet *s){
  const Instrument *p = s->pInst;
  s->aItemValue = xmalloc(sizeof(double)*256*(size_t)(p->nItem ? p->nItem : 1));
  for(int k=0; k<p->nItem; k++){
    for(int c=0; c<256; c++) s->aItemValue[(size_t)k*256 + (size_t)c] = item_value(p, k, (unsigned char)c);
  }
}
#define ITEM_VALUE(s, k, c) ((s)->aItemValue[(size_t)(k)*256 + (c)])

/* ---- groups ---- */

/* The confidentiality rule over the nCell cells of one wave and one
** statistic, the last being the pooled "all" cell: aN their n, abHide
** (in: groups already withheld whole; out: every withheld cell). */
static void suppress_cells(const int *aN, int nCell, int nMin, int *abHide){
  int nHidden = 0, iAll = nCell-1;
  for(int c=0; c<iAll; c++){
    if( aN[c]>0 && aN[c]<nMin ) abHide[c] = 1;
    if( abHide[c] ) nHidden += aN[c];
  }
  while( nHidden>0 && nHidden<nMin ){
    int iSmall = -1;
    for(int c=0; c<iAll; c++){
      if( !abHide[c] && aN[c]>0 && (iSmall<0 || aN[c]<aN[iSmall]) ) iSmall = c;
    }
    if( iSmall<0 ) break;
    abHide[iSmall] = 1;
    nHidden += aN[iSmall];
  }
  if( (nHidden>0 && nHidden<nMin) || (aN[iAll]>0 && aN[iAll]<nMin) ) abHide[iAll] = 1;
}

static void add_group(ScoreSet *s, int *pnAlloc, int iPart, int iWave, int iSeq, int iFirst, int nResp){
  if( s->nGroup==*pnAlloc ){
    *pnAlloc = *pnAlloc ? 2*(*pnAlloc) : 64;
    s->aGroup = xrealloc(s->aGroup, sizeof(ScoreGroup)*(size_t)(*pnAlloc));
  }
  ScoreGroup *g = &s->aGroup[s->nGroup++];
  g->iPart = iPart; g->iWave = iWave; g->iSeq = iSeq; g->iFirst = iFirst; g->nResp = nResp;
  g->bSuppressed = 0;
}

/* Groups aGroup[iLo..iHi) of one wave, the last its "all" group: those
** with fewer answer sets than nSuppressMin are withheld whole. */
static void suppress_wave(ScoreSet *s, int iLo, int iHi){
  for(int g=iLo; g<iHi; g++){
    if( s->aGroup[g].nResp<s->opts.nSuppressMin ) s->aGroup[g].bSuppressed = 1;
  }
}

/* Stable counting sort of aIn[0..n) into aOut by aKey[aIn[i]] in 0..nKey. */
static void counting_sort(const int *aIn, int *aOut, int n, const int *aKey, int nKey){
  int *aCnt = xcalloc((size_t)nKey+1, sizeof(int));
  for(int i=0; i<n; i++) aCnt[aKey[aIn[i]]+1]++;
  for(int k=0; k<nKey; k++) aCnt[k+1] += aCnt[k];
  for(int i=0; i<n; i++) aOut[aCnt[aKey[aIn[i]]]++] = aIn[i];
  free(aCnt);
}

/* Respondents ordered by wave, then partnership, then loading order, cut
** into groups. */
static void build_groups(ScoreSet *s, const int *aSeqOf /* per respondent */){
  size_t nAlloc = (size_t)(s->nResp ? s->nResp : 1);
  int *aTmp = xmalloc_big(sizeof(int)*nAlloc);
  s->aOrder = xmalloc_big(sizeof(int)*nAlloc);
  for(int i=0; i<s->nResp; i++) aTmp[i] = i;
  counting_sort(aTmp, s->aOrder, s->nResp, s->aRespPart, s->nPart);
  counting_sort(s->aOrder, aTmp, s->nResp, s->aRespWave, s->nWave);
  memcpy(s->aOrder, aTmp, sizeof(int)*(size_t)s->nResp);
  free(aTmp);
  int i = 0, nGroupAlloc = 0;
  while( i<s->nResp ){
    int w = s->aRespWave[s->aOrder[i]];
    int iWaveStart = i, iGroupStart = s->nGroup;
    while( i<s->nResp && s->aRespWave[s->aOrder[i]]==w ){
      int pa = s->aRespPart[s->aOrder[i]];
      int j = i;
      while( j<s->nResp && s->aRespWave[s->aOrder[j]]==w && s->aRespPart[s->aOrder[j]]==pa ) j++;
      add_group(s, &nGroupAlloc, pa, w, aSeqOf[s->aOrder[i]], i, j-i);
      i = j;
    }
    add_group(s, &nGroupAlloc, -1, w, -1, iWaveStart, i-iWaveStart);
    if( !s->opts.bNoSuppress ) suppress_wave(s, iGroupStart, s->nGroup);
  }
}

/* Fill aX (n x k) with the reverse-keyed answers of scale sc for the group's respondents. */
static void group_matrix(const ScoreSet *s, const ScoreGroup *g, const InstScale *sc, double *aX){
  const Instrument *p = s->pInst;
  for(int r=0; r<g->nResp; r++){
    const unsigned char *a = &s->aAns[(size_t)s->aOrder[g->iFirst+r]*(size_t)p->nItem];
    for(int m=0; m<sc->nItem; m++){
      int k = sc->aiItem[m];
      aX[r*sc->nItem+m] = ITEM_VALUE(s, k, a[k]);
    }
  }
}

/*
** Group statistics in one pass over the answers. Each partnership group
** scores its respondents (score codes, codes_init()) and sums, per scale, the item moments
** of psychometrics.h; alpha and rwg(j) come from those exact integer sums,
** so the pooled "all" group of a wave adds up its partnership groups'
** moments instead of reading the answers again. Means, SDs and intervals
** come from the scale scores (psy_describe) as before. Worker threads take
** the next partnership group from a shared counter; each keeps its own
** per-wave sums, added together afterwards (integer sums: the result does
** not depend on which thread took which group).
*/
typedef struct Tables {
  int16_t *aVal;         /* nItem x 256: reverse-keyed value minus the item's minimum; MOM_NONE when missing */
  int *aMin, *aTop;      /* per item: its minimum, and its maximum minus minimum */
  int *aNeed;            /* per scale: answered items needed for a score */
  size_t *aMomOff;       /* per scale: offset of its moments in a group's block */
  size_t *aSlot;         /* per scale: items of the scales before it */
  size_t nSlot;          /* items of every scale */
  size_t nMom;           /* one group's block: every scale's moments */
  int bLean;             /* lean moments (ScoreOpts.bNoAlphaStd) */
  int *aLo, *aSpan;      /* per scale: the least an item adds to the sum, and the sums' span + 1 */
  int *aCodeBase;        /* per scale: its first score code (codes_init()) */
} Tables;
#define MOM_NONE INT16_MIN

typedef struct Workers {
  ScoreSet *s;
  const Tables *t;
  atomic_int iNext;
  int nMaxResp;
  int64_t **aaWaveMom;   /* per thread: nWave blocks of t->nMom */
  int *aCellN;           /* per group: each statistic's n (CellCounts) */
  int nStat;
  atomic_int iThread;
} Workers;

static void tables_init(const ScoreSet *s, Tables *t){
  const Instrument *p = s->pInst;
  size_t nItem = (size_t)(p->nItem ? p->nItem : 1);
  t->aVal = xmalloc(sizeof(int16_t)*256*nItem);
  t->aMin = xmalloc(sizeof(int)*nItem);
  t->aTop = xmalloc(sizeof(int)*nItem);
  for(int k=0; k<p->nItem; k++){
    const InstResp *r = &p->aResp[p->aItem[k].iResp];
    t->aMin[k] = r->iMin;
    t->aTop[k] = r->iMax - r->iMin;
    for(int c=0; c<256; c++){
      double v = item_value(p, k, (unsigned char)c);
      t->aVal[(size_t)k*256 + (size_t)c] = isnan(v) ? MOM_NONE : (int16_t)((int)v - r->iMin);
    }
  }
  t->aNeed = xmalloc(sizeof(int)*(size_t)(p->nScale ? p->nScale : 1));
  t->aMomOff = xmalloc(sizeof(size_t)*(size_t)(p->nScale ? p->nScale : 1));
  t->aSlot = xmalloc(sizeof(size_t)*(size_t)(p->nScale ? p->nScale : 1));
  t->nMom = 0; t->nSlot = 0;
  t->bLean = s->opts.bNoAlphaStd;
  for(int j=0; j<p->nScale; j++){
    const InstScale *sc = &p->aScale[j];
    /* The smallest count the rule "nAns >= min_answered x items" accepts. */
    int n = 1;
    while( n<sc->nItem && !(n >= s->opts.rMinAnswered*sc->nItem - 1e-9) ) n++;
    t->aNeed[j] = n;
    t->aMomOff[j] = t->nMom;
    t->aSlot[j] = t->nSlot;
    t->nSlot += (size_t)sc->nItem;
    t->nMom += t->bLean ? psy_mom_lean_len(sc->nItem) : psy_mom_len(sc->nItem);
  }
  if( t->nMom==0 ) t->nMom = 1;
  if( t->nSlot==0 ) t->nSlot = 1;
}

static void tables_free(Tables *t){
  free(t->aVal); free(t->aMin); free(t->aTop); free(t->aNeed); free(t->aMomOff); free(t->aSlot);
  free(t->aLo); free(t->aSpan); free(t->aCodeBase);
}

/* The score codes (score.h): a score of scale j from nAns answered items
** summing to sum has code aCodeBase[j] + (nAns-1) x aSpan[j] + sum -
** nAns x aLo[j], where each item adds between aLo[j] and aLo[j] +
** (aSpan[j]-1)/nItem; aCodeValue[code] is that score, computed as
** group_pass() computes it. Returns 1 with s->aCodeValue when every
** scale's codes fit in 16 bits, else 0 (scores stored whole). */
static int codes_init(ScoreSet *s, Tables *t){
  const Instrument *p = s->pInst;
  size_t nScale = (size_t)(p->nScale ? p->nScale : 1);
  t->aLo = xcalloc(nScale, sizeof(int));
  t->aSpan = xcalloc(nScale, sizeof(int));
  t->aCodeBase = xcalloc(nScale, sizeof(int));
  int64_t nCode = 1;                          /* code 0: missing */
  for(int j=0; j<p->nScale; j++){
    const InstScale *sc = &p->aScale[j];
    int lo = 0, hi = 1;                       /* a checklist item adds 0 or 1 */
    for(int m=0; m<sc->nItem && sc->eScoring!=SCORE_COUNT; m++){
      int k = sc->aiItem[m];
      if( m==0 || t->aMin[k]<lo ) lo = t->aMin[k];
      if( m==0 || t->aMin[k]+t->aTop[k]>hi ) hi = t->aMin[k] + t->aTop[k];
    }
    int64_t nSpan = (int64_t)sc->nItem*((int64_t)hi-lo) + 1;
    if( nSpan>65535 || nCode + (int64_t)sc->nItem*nSpan > 65535 ) return 0;
    t->aLo[j] = lo; t->aSpan[j] = (int)nSpan; t->aCodeBase[j] = (int)nCode;
    nCode += (int64_t)sc->nItem*nSpan;
  }
  s->aCodeValue = xmalloc(sizeof(double)*(size_t)nCode);
  s->aCodeValue[0] = NAN;
  for(int j=0; j<p->nScale; j++){
    const InstScale *sc = &p->aScale[j];
    for(int nAns=1; nAns<=sc->nItem; nAns++){
      for(int d=0; d<t->aSpan[j]; d++){
        int sum = nAns*t->aLo[j] + d;
        s->aCodeValue[t->aCodeBase[j] + (nAns-1)*t->aSpan[j] + d] =
          sc->eScoring==SCORE_COUNT ? (double)sum : (double)sum/nAns;
      }
    }
  }
  return 1;
}

/* The statistics of scale j for group gi from its scale scores aY and its moments. */
static void scale_stat(ScoreSet *s, int bLean, int gi, int j, const double *aY, const int64_t *aMom){
  const Instrument *p = s->pInst;
  const InstScale *sc = &p->aScale[j];
  ScaleStat *st = &s->aStat[(size_t)gi*(size_t)p->nScale + (size_t)j];
  PsyDesc d;
  psy_describe(aY, s->aGroup[gi].nResp, &d);
  st->n = d.n; st->mean = d.mean; st->sd = d.sd; st->ciLow = d.ciLow; st->ciHigh = d.ciHigh;
  if( sc->nItem>=2 && bLean ) psy_alpha_mom_lean(aMom, sc->nItem, &st->alpha, &st->nComplete);
  else if( sc->nItem>=2 ) psy_alpha_mom(aMom, sc->nItem, &st->alpha, &st->alphaStd, &st->nComplete);
  if( sc->eScoring==SCORE_MEAN ){
    const InstResp *rs = &p->aResp[p->aItem[sc->aiItem[0]].iResp];
    int nOpt = rs->iMax-rs->iMin+1;
    st->rwgj = bLean ? psy_rwg_j_mom_lean(aMom, sc->nItem, nOpt) : psy_rwg_j_mom(aMom, sc->nItem, nOpt);
  }
  st->zBand = instrument_band(p, j, st->mean);
}

/* Scores the respondents of partnership group gi, sums its moments into
** aMom (zeroed here), counts the scores of each scale into aN (nScale)
** and fills its statistics unless suppressed. aY holds nScale x the
** largest group's scores, aV its answers (x every item of every scale). */
static void group_pass(ScoreSet *s, const Tables *t, int gi, int64_t *aMom, double *aY, int *aV, int *aN){
  const Instrument *p = s->pInst;
  const ScoreGroup *g = &s->aGroup[gi];
  int nScale = p->nScale, n = g->nResp;
  memset(aMom, 0, sizeof(int64_t)*t->nMom);
  memset(aN, 0, sizeof(int)*(size_t)nScale);
  for(int r=0; r<n; r++){
    int i = s->aOrder[g->iFirst+r];
    const unsigned char *a = &s->aAns[(size_t)i*(size_t)p->nItem];
    size_t o = (size_t)i*(size_t)nScale;
    for(int j=0; j<nScale; j++){
      const InstScale *sc = &p->aScale[j];
      int *pV = aV + (size_t)n*t->aSlot[j] + (size_t)r*(size_t)sc->nItem;
      int nAns = 0, sum = 0;
      for(int m=0; m<sc->nItem; m++){
        int k = sc->aiItem[m];
        int v = t->aVal[(size_t)k*256 + a[k]];
        if( v==MOM_NONE ){ pV[m] = PSY_MOM_MISSING; continue; }
        pV[m] = v;
        nAns++;
        sum += sc->eScoring==SCORE_COUNT ? v==t->aTop[k] : v + t->aMin[k];
      }
      double y = NAN;
      int code = 0;
      if( nAns>=t->aNeed[j] ){
        y = sc->eScoring==SCORE_COUNT ? (double)sum : (double)sum/nAns;
        code = t->aCodeBase[j] + (nAns-1)*t->aSpan[j] + sum - nAns*t->aLo[j];
      }
      if( s->aScoreCode ) s->aScoreCode[o+(size_t)j] = (uint16_t)code;
      else s->aScoreWide[o+(size_t)j] = y;
      aY[(size_t)j*(size_t)n + (size_t)r] = y;
      aN[j] += !isnan(y);
    }
  }
  for(int j=0; j<nScale; j++){
    const InstScale *sc = &p->aScale[j];
    if( t->bLean ) psy_mom_lean_rows(aMom + t->aMomOff[j], sc->nItem, aV + (size_t)n*t->aSlot[j], n);
    else psy_mom_rows(aMom + t->aMomOff[j], sc->nItem, aV + (size_t)n*t->aSlot[j], n);
  }
  if( g->bSuppressed ) return;
  for(int j=0; j<nScale; j++) scale_stat(s, t->bLean, gi, j, aY + (size_t)j*(size_t)n, aMom + t->aMomOff[j]);
}

/* aDst += aSrc for the moments of every scale. */
static void moments_add(const ScoreSet *s, const Tables *t, int64_t *aDst, const int64_t *aSrc){
  if( t->bLean ){
    /* lean moments add up element by element (psychometrics.h) */
    for(size_t i=0; i<t->nMom; i++) aDst[i] += aSrc[i];
    return;
  }
  for(int j=0; j<s->pInst->nScale; j++){
    psy_mom_add(aDst + t->aMomOff[j], aSrc + t->aMomOff[j], s->pInst->aScale[j].nItem);
  }
}

static void *group_worker(void *pArg){
  Workers *w = pArg;
  ScoreSet *s = w->s;
  const Tables *t = w->t;
  int nScale = s->pInst->nScale;
  int64_t *aWaveMom = w->aaWaveMom[atomic_fetch_add(&w->iThread, 1)];
  int64_t *aMom = xmalloc(sizeof(int64_t)*t->nMom);
  double *aY = xmalloc(sizeof(double)*(size_t)w->nMaxResp*(size_t)(nScale ? nScale : 1));
  int *aV = xmalloc(sizeof(int)*(size_t)w->nMaxResp*t->nSlot);
  int gi;
  while( (gi = atomic_fetch_add(&w->iNext, 1)) < s->nGroup ){
    const ScoreGroup *g = &s->aGroup[gi];
    if( g->iPart<0 ) continue;
    group_pass(s, t, gi, aMom, aY, aV, w->aCellN + (size_t)gi*(size_t)w->nStat);
    moments_add(s, t, aWaveMom + (size_t)g->iWave*t->nMom, aMom);
  }
  free(aMom); free(aY); free(aV);
  return NULL;
}

/* The n of every cell the confidentiality rule judges, counted while the
** scores are computed rather than by reading them again per wave and
** statistic: per group, nScale scales then the balance (nStat = nScale+1). */
typedef struct CellCounts { int *aN; int nStat; } CellCounts;
#define CELL_N(c, g, j) ((c)->aN[(size_t)(g)*(size_t)(c)->nStat + (size_t)(j)])

static void group_stats(ScoreSet *s, CellCounts *pC){
  const Instrument *p = s->pInst;
  int nScale = p->nScale;
  /* Every cell empty (one pass over the array, not a zeroing pass first). */
  static const ScaleStat empty = { .mean = NAN, .sd = NAN, .ciLow = NAN, .ciHigh = NAN,
                                   .alpha = NAN, .alphaStd = NAN, .rwgj = NAN };
  s->aStat = xmalloc_big(sizeof(ScaleStat)*(size_t)(s->nGroup ? s->nGroup : 1)*(size_t)(nScale ? nScale : 1));
  for(size_t i=0; i<(size_t)s->nGroup*(size_t)nScale; i++) s->aStat[i] = empty;
  Tables t;
  tables_init(s, &t);
  size_t nCell = (size_t)(s->nResp ? s->nResp : 1)*(size_t)(nScale ? nScale : 1);
  if( codes_init(s, &t) ) s->aScoreCode = xmalloc_big(sizeof(uint16_t)*nCell);
  else s->aScoreWide = xmalloc_big(sizeof(double)*nCell);
  Workers w;
  memset(&w, 0, sizeof(w));
  w.s = s; w.t = &t;
  w.aCellN = pC->aN; w.nStat = pC->nStat;
  atomic_init(&w.iNext, 0); atomic_init(&w.iThread, 0);
  w.nMaxResp = 1;
  for(int g=0; g<s->nGroup; g++) if( s->aGroup[g].iPart>=0 && s->aGroup[g].nResp>w.nMaxResp ) w.nMaxResp = s->aGroup[g].nResp;
  long nCpu = sysconf(_SC_NPROCESSORS_ONLN);
  int nThread = s->nResp<20000 || nCpu<2 ? 1 : nCpu>8 ? 8 : (int)nCpu;
  size_t nWaveMom = (size_t)(s->nWave ? s->nWave : 1)*t.nMom;
  w.aaWaveMom = xmalloc(sizeof(int64_t*)*(size_t)nThread);
  for(int i=0; i<nThread; i++) w.aaWaveMom[i] = xcalloc(nWaveMom, sizeof(int64_t));
  pthread_t aT[8];
  int nStarted = 0;
  for(int i=1; i<nThread; i++){
    if( pthread_create(&aT[nStarted], NULL, group_worker, &w)==0 ) nStarted++;
  }
  group_worker(&w);
  for(int i=0; i<nStarted; i++) pthread_join(aT[i], NULL);

  /* The pooled "all" groups: their counts are those of the wave's
  ** partnership groups, which come just before them; then the waves'
  ** summed moments and every score of the wave. */
  for(int gi=0; gi<s->nGroup; gi++){
    if( s->aGroup[gi].iPart>=0 ) continue;
    for(int h=gi-1; h>=0 && s->aGroup[h].iPart>=0; h--){
      for(int j=0; j<nScale; j++) CELL_N(pC, gi, j) += CELL_N(pC, h, j);
    }
  }
  int nMaxAll = 1;
  for(int g=0; g<s->nGroup; g++) if( s->aGroup[g].iPart<0 && s->aGroup[g].nResp>nMaxAll ) nMaxAll = s->aGroup[g].nResp;
  /* the wave's scores of ALL_BLOCK scales at a time, each scale's in a row */
  enum { ALL_BLOCK = 8 };
  double *aY = xmalloc_big(sizeof(double)*(size_t)nMaxAll*ALL_BLOCK);
  for(int gi=0; gi<s->nGroup; gi++){
    const ScoreGroup *g = &s->aGroup[gi];
    if( g->iPart>=0 || g->bSuppressed ) continue;
    int64_t *pW = w.aaWaveMom[0] + (size_t)g->iWave*t.nMom;
    for(int i=1; i<nThread; i++) moments_add(s, &t, pW, w.aaWaveMom[i] + (size_t)g->iWave*t.nMom);
    for(int j0=0; j0<nScale; j0+=ALL_BLOCK){
      int nJ = nScale-j0 < ALL_BLOCK ? nScale-j0 : ALL_BLOCK;
      for(int r=0; r<g->nResp; r++){
        int i = s->aOrder[g->iFirst+r];
        for(int j=0; j<nJ; j++) aY[(size_t)j*(size_t)g->nResp + (size_t)r] = score_value(s, i, j0+j);
      }
      for(int j=0; j<nJ; j++) scale_stat(s, t.bLean, gi, j0+j, aY + (size_t)j*(size_t)g->nResp, pW + t.aMomOff[j0+j]);
    }
  }
  free(aY);
  for(int i=0; i<nThread; i++) free(w.aaWaveMom[i]);
  free(w.aaWaveMom);
  tables_free(&t);
}

/* Withholds a scale cell: no figure survives. */
static void stat_withhold(ScaleStat *st){
  memset(st, 0, sizeof(*st));
  st->mean = st->sd = st->ciLow = st->ciHigh = st->alpha = st->alphaStd = st->rwgj = NAN;
  st->bSuppressed = 1;
}

/* Each respondent's benefits minus drawbacks (NAN when either is missing)
** into s->aBalY; NULL when the instrument has no balance checklists. */
static void balance_scores(ScoreSet *s, CellCounts *pC){
  const Instrument *p = s->pInst;
  int iB = p->zBenefits ? instrument_scale_index(p, p->zBenefits) : -1;
  int iD = p->zDrawbacks ? instrument_scale_index(p, p->zDrawbacks) : -1;
  if( iB<0 || iD<0 ) return;
  s->aBalY = xmalloc_big(sizeof(double)*(size_t)(s->nResp ? s->nResp : 1));
  for(int i=0; i<s->nResp; i++) s->aBalY[i] = score_value(s, i, iB) - score_value(s, i, iD);
  s->aBal = xcalloc((size_t)(s->nGroup ? s->nGroup : 1), sizeof(PsyDesc));
  s->abBalHidden = xcalloc((size_t)(s->nGroup ? s->nGroup : 1), sizeof(int));
  double *aY = xmalloc_big(sizeof(double)*(size_t)(s->nResp ? s->nResp : 1));
  for(int g=0; g<s->nGroup; g++){
    const ScoreGroup *G = &s->aGroup[g];
    for(int r=0; r<G->nResp; r++) aY[r] = s->aBalY[s->aOrder[G->iFirst+r]];
    psy_describe(aY, G->nResp, &s->aBal[g]);
    CELL_N(pC, g, s->pInst->nScale) = s->aBal[g].n;
  }
  free(aY);
}

/* Statistics that reveal one another in a group: scales that share an
** item (a scale and its subscales: the overall score is the subscales'
** weighted mean) are one family, and the balance (index nScale) joins the
** families of its two checklists, as benefits minus drawbacks gives any
** of the three from the other two. aFam[j] for j in 0..nScale: a label
** of j's family. */
static void family_join(int *aFam, int n, int a, int b){
  int x = aFam[a], y = aFam[b];
  if( x==y ) return;
  for(int i=0; i<n; i++) if( aFam[i]==y ) aFam[i] = x;
}
static void cell_families(const ScoreSet *s, int *aFam){
  const Instrument *p = s->pInst;
  int nScale = p->nScale;
  int *aOwner = xmalloc(sizeof(int)*(size_t)(p->nItem ? p->nItem : 1));
  for(int k=0; k<p->nItem; k++) aOwner[k] = -1;
  for(int j=0; j<=nScale; j++) aFam[j] = j;
  for(int j=0; j<nScale; j++){
    for(int m=0; m<p->aScale[j].nItem; m++){
      int k = p->aScale[j].aiItem[m];
      if( aOwner[k]<0 ) aOwner[k] = j;
      else family_join(aFam, nScale+1, aOwner[k], j);
    }
  }
  if( s->aBal ){
    family_join(aFam, nScale+1, instrument_scale_index(p, p->zBenefits), nScale);
    family_join(aFam, nScale+1, instrument_scale_index(p, p->zDrawbacks), nScale);
  }
  free(aOwner);
}

/* The cell rule (see the top of this file) for every wave, over the
** scales' cells and the balance's, withholding what it hides; then a cell
** withheld in a group withholds its whole family in that group, so no
** shown statistic of the group gives a withheld one back. Withholding
** more cells never undoes the rule: a cell newly withheld has n 0 or at
** least nSuppressMin (smaller ones are withheld already), so the
** withheld total of a wave and statistic stays 0 or at least
** nSuppressMin. */
static void suppress_all_cells(ScoreSet *s, const CellCounts *pC){
  int nScale = s->pInst->nScale, nMin = s->opts.nSuppressMin;
  int nStat = nScale + (s->aBal ? 1 : 0);
  int *aN = xmalloc(sizeof(int)*(size_t)(s->nGroup ? s->nGroup : 1));
  int *abHide = xmalloc(sizeof(int)*(size_t)(s->nGroup ? s->nGroup : 1));
  unsigned char *abOut = xmalloc((size_t)(s->nGroup ? s->nGroup : 1)*(size_t)(nStat ? nStat : 1));
  int *aFam = xmalloc(sizeof(int)*((size_t)nScale+1));
  cell_families(s, aFam);
  int iLo = 0;
  while( iLo<s->nGroup ){
    int iHi = iLo;
    while( s->aGroup[iHi].iPart>=0 ) iHi++;   /* the wave's "all" group ends it */
    int nCell = iHi - iLo + 1;
    for(int j=0; j<nStat; j++){
      for(int c=0; c<nCell; c++){
        int g = iLo + c;
        aN[c] = CELL_N(pC, g, j);
        abHide[c] = s->aGroup[g].bSuppressed;
      }
      if( !s->opts.bNoSuppress ) suppress_cells(aN, nCell, nMin, abHide);
      for(int c=0; c<nCell; c++) abOut[(size_t)c*(size_t)nStat + (size_t)j] = (unsigned char)abHide[c];
    }
    for(int c=0; c<nCell && !s->opts.bNoSuppress; c++){
      unsigned char *a = &abOut[(size_t)c*(size_t)nStat];
      for(int j=0; j<nStat; j++){
        if( !a[j] ) continue;
        for(int i=0; i<nStat; i++) if( aFam[i]==aFam[j] ) a[i] = 1;
      }
    }
    for(int c=0; c<nCell; c++){
      int g = iLo + c;
      for(int j=0; j<nStat; j++){
        if( !abOut[(size_t)c*(size_t)nStat + (size_t)j] ) continue;
        if( j<nScale ){
          stat_withhold(&s->aStat[(size_t)g*(size_t)nScale + (size_t)j]);
        }else{
          s->abBalHidden[g] = 1;
          s->aBal[g].n = 0;
          s->aBal[g].mean = s->aBal[g].sd = s->aBal[g].ciLow = s->aBal[g].ciHigh = NAN;
        }
      }
    }
    iLo = iHi + 1;
  }
  free(aN); free(abHide); free(abOut); free(aFam);
}

/* The failure of score_compute(): an unknown instrument ERR_FAIL, the rest
** ERR_INTERNAL, with zErr (freed) or the store's message. */
static int score_failed(Store *pStore, int rc, char *zErr, Err *pErr){
  err_set(pErr, rc==STORE_NOTFOUND ? ERR_FAIL : ERR_INTERNAL, "%s", zErr ? zErr : store_errmsg(pStore));
  free(zErr);
  return pErr->e;
}

int score_compute(Store *pStore, const char *zInstrument, const ScoreOpts *pOpts, ScoreSet **pp, Err *pErr){
  *pp = NULL;
  double t0 = now_s();
  ScoreSet *s = xcalloc(1, sizeof(ScoreSet));
  s->opts = *pOpts;
  s->opts.aWave = NULL; s->opts.nWave = 0;   /* borrowed for the call only */
  int64_t idInst = 0;
  char *zErr = NULL;
  int rc = survey_instrument_load(pStore, zInstrument, 0, &s->pInst, &idInst, &zErr);
  if( rc ){ score_free(s); return score_failed(pStore, rc, zErr, pErr); }
  Loader l = {0};
  int nW = 0;
  if( pOpts->aWave ){
    l.aWave = pOpts->aWave; nW = pOpts->nWave;
  }else if( (rc = st_wave_all(pStore, &l.aOwnWave, &nW))!=0 ){
    score_free(s);
    return score_failed(pStore, rc, NULL, pErr);
  }else{
    l.aWave = l.aOwnWave;
  }
  /* Partnership codes sorted; wave names in order of first opening (the
  ** order of st_wave_all), only the chosen one with --wave. */
  const char **az = xmalloc(sizeof(char*)*((size_t)nW+1));
  int *aIdx = xmalloc(sizeof(int)*((size_t)nW+1));
  l.aWaveName = xcalloc((size_t)nW+1, sizeof(int));
  l.aWavePart = xcalloc((size_t)nW+1, sizeof(int));
  s->azWave = xcalloc((size_t)nW+1, sizeof(char*));
  s->azPart = xcalloc((size_t)nW+1, sizeof(char*));
  for(int w=0; w<nW; w++) az[w] = l.aWave[w].zPartnership;
  s->nPart = distinct_strings(az, nW, 1, s->azPart, l.aWavePart);
  int nKeep = 0;
  for(int w=0; w<nW; w++){
    l.aWaveName[w] = -1;
    if( s->opts.zWave && strcmp(s->opts.zWave, l.aWave[w].zName)!=0 ) continue;
    aIdx[nKeep] = w;
    az[nKeep++] = l.aWave[w].zName;
  }
  int *aName = xmalloc(sizeof(int)*((size_t)nKeep+1));
  s->nWave = distinct_strings(az, nKeep, 0, s->azWave, aName);
  for(int i=0; i<nKeep; i++) l.aWaveName[aIdx[i]] = aName[i];
  free(aName); free(aIdx); free(az);
  int64_t maxId = 0;
  for(int w=0; w<nW; w++) if( l.aWave[w].id>maxId ) maxId = l.aWave[w].id;
  l.nWaveIdx = maxId+1;
  l.aWaveIdx = xmalloc(sizeof(int64_t)*(size_t)l.nWaveIdx);
  for(int64_t i=0; i<l.nWaveIdx; i++) l.aWaveIdx[i] = -1;
  for(int w=0; w<nW; w++) l.aWaveIdx[l.aWave[w].id] = w;
  l.s = s;
  l.nItem = s->pInst->nItem;
  /* The arrays sized once for every answer set the study may hold: growing
  ** them by doubling copied each, and every copy is fresh memory; the
  ** part of them never written costs no memory (up to 2^24 answer sets
  ** at once, beyond that they grow). */
  int64_t nBound = 0;
  if( idInst && (rc = st_response_bound(pStore, &nBound))==STORE_OK && nBound>0 ){
    loader_grow(&l, nBound < (1<<24) ? (int)nBound : 1<<24);
    l.nIdAlloc = (size_t)l.nAlloc*8;     /* room for ids of up to 7 bytes */
    l.zId = xmalloc_big(l.nIdAlloc);
  }
  if( idInst && rc==STORE_OK ) rc = st_response_each(pStore, idInst, s->opts.bIncludePartial, load_row, &l);
  /* The ids' block no longer moves: offsets become pointers into it. */
  s->zRespIdText = l.zId;
  for(int i=0; i<s->nResp; i++){
    uintptr_t o = (uintptr_t)s->azRespId[i];
    s->azRespId[i] = o ? l.zId + (o-1) : NULL;
  }
  s->tLoad = now_s() - t0;
  t0 = now_s();
  if( rc==STORE_OK ){
    /* aRespWave held WaveRec indices: keep the partnership's sequence, map to names. */
    int *aSeq = xmalloc_big(sizeof(int)*(size_t)(s->nResp ? s->nResp : 1));
    for(int i=0; i<s->nResp; i++){
      aSeq[i] = s->aRespWave[i];
      s->aRespWave[i] = l.aWaveName[s->aRespWave[i]];
    }
    value_table(s);
    build_groups(s, aSeq);
    free(aSeq);
    CellCounts cc;
    cc.nStat = s->pInst->nScale + 1;
    cc.aN = xcalloc_big((size_t)(s->nGroup ? s->nGroup : 1)*(size_t)cc.nStat, sizeof(int));
    group_stats(s, &cc);
    balance_scores(s, &cc);
    suppress_all_cells(s, &cc);
    free(cc.aN);
  }
  s->tCompute = now_s() - t0;
  if( l.aOwnWave ) st_wave_recs_free(l.aOwnWave, nW);
  free(l.aWaveIdx); free(l.aWaveName); free(l.aWavePart);
  if( rc ){ score_free(s); return score_failed(pStore, rc, NULL, pErr); }
  *pp = s;
  return 0;
}

void score_free(ScoreSet *s){
  if( !s ) return;
  instrument_free(s->pInst);
  for(int i=0; i<s->nWave; i++) free(s->azWave[i]);
  for(int i=0; i<s->nPart; i++) free(s->azPart[i]);
  free(s->azWave); free(s->azPart);
  free(s->zRespIdText);
  free(s->aRespPart); free(s->aRespWave); free(s->aRespMember); free(s->azRespId);
  free(s->aAns); free(s->aScoreCode); free(s->aCodeValue); free(s->aScoreWide); free(s->aItemValue);
  free(s->aGroup); free(s->aOrder); free(s->aStat);
  free(s->aBalY); free(s->aBal); free(s->abBalHidden);
  free(s);
}

const char *score_group_part(const ScoreSet *s, int iGroup){
  int i = s->aGroup[iGroup].iPart;
  return i<0 ? "all" : s->azPart[i];
}

const ScaleStat *score_stat(const ScoreSet *s, int iGroup, int iScale){
  return &s->aStat[(size_t)iGroup*(size_t)s->pInst->nScale + (size_t)iScale];
}

void score_items(const ScoreSet *s, int iGroup, int iScale, double *aItemRest, double *aAlphaDel){
  const ScoreGroup *g = &s->aGroup[iGroup];
  const InstScale *sc = &s->pInst->aScale[iScale];
  for(int m=0; m<sc->nItem; m++){ aItemRest[m] = NAN; aAlphaDel[m] = NAN; }
  if( score_stat(s, iGroup, iScale)->bSuppressed || sc->nItem<2 || g->nResp<2 ) return;
  double *aX = xmalloc(sizeof(double)*(size_t)g->nResp*(size_t)sc->nItem);
  group_matrix(s, g, sc, aX);
  psy_item_stats(aX, g->nResp, sc->nItem, aItemRest, aAlphaDel);
  free(aX);
}

void score_between(const ScoreSet *s, int iWave, int iScale, int *pnGroups, int *pn, double *pIcc1, double *pIcc2,
                   double *pIcc1k0){
  /* The groups are in wave order (build_groups): the wave's are the run
  ** that starts at the first group of a wave not before it. */
  int lo = 0, hi = s->nGroup;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    if( s->aGroup[mid].iWave<iWave ) lo = mid+1; else hi = mid;
  }
  int gEnd = lo, nMax = 0;
  while( gEnd<s->nGroup && s->aGroup[gEnd].iWave==iWave ){
    if( s->aGroup[gEnd].iPart>=0 ) nMax += s->aGroup[gEnd].nResp;
    gEnd++;
  }
  double *aY = xmalloc(sizeof(double)*(size_t)(nMax ? nMax : 1));
  int *aG = xmalloc(sizeof(int)*(size_t)(nMax ? nMax : 1));
  int n = 0, nGroups = 0;
  for(int gi=lo; gi<gEnd; gi++){
    const ScoreGroup *g = &s->aGroup[gi];
    if( g->iPart<0 || score_stat(s, gi, iScale)->bSuppressed ) continue;
    int nIn = 0;
    for(int r=0; r<g->nResp; r++){
      double y = score_value(s, s->aOrder[g->iFirst+r], iScale);
      if( isnan(y) ) continue;
      aY[n] = y; aG[n] = nGroups; n++; nIn++;
    }
    if( nIn>0 ) nGroups++;
  }
  *pnGroups = nGroups; *pn = n;
  *pIcc1 = *pIcc2 = NAN;
  if( pIcc1k0 ) *pIcc1k0 = NAN;
  if( nGroups>=2 ){
    psy_icc(aY, aG, n, nGroups, pIcc1, pIcc2);
    if( pIcc1k0 ) *pIcc1k0 = psy_icc1_k0(aY, aG, n, nGroups);
  }
  free(aY); free(aG);
}

/* Calls xPair(s, gFrom, gTo, pArg) for every pair of consecutive waves of
** each partnership (by its own wave order; of two groups with the same
** place in it, the first), or of partnership iOnly only (-1: every one).
** The groups are listed per partnership once, so the cost grows with the
** number of groups, not with its product by the number of partnerships. */
static void each_wave_pair(const ScoreSet *s, int iOnly, void (*xPair)(const ScoreSet*, int, int, void*), void *pArg){
  int nP = s->nPart;
  int *aAt = xcalloc((size_t)nP+2, sizeof(int));
  int *aG = xmalloc(sizeof(int)*(size_t)(s->nGroup+1));
  for(int gi=0; gi<s->nGroup; gi++) if( s->aGroup[gi].iPart>=0 ) aAt[s->aGroup[gi].iPart+1]++;
  for(int i=0; i<nP; i++) aAt[i+1] += aAt[i];
  int *aFill = xcalloc((size_t)nP+1, sizeof(int));
  for(int gi=0; gi<s->nGroup; gi++){
    int i = s->aGroup[gi].iPart;
    if( i>=0 ) aG[aAt[i] + aFill[i]++] = gi;
  }
  free(aFill);
  for(int iPart=0; iPart<nP; iPart++){
    if( iOnly>=0 && iPart!=iOnly ) continue;
    int *a = aG + aAt[iPart], n = aAt[iPart+1] - aAt[iPart];
    /* by place in the partnership's waves, then group index (stable insertion sort: few waves) */
    for(int u=1; u<n; u++){
      for(int k=u; k>0 && s->aGroup[a[k]].iSeq<s->aGroup[a[k-1]].iSeq; k--){ int t = a[k]; a[k] = a[k-1]; a[k-1] = t; }
    }
    int iPrev = -1;
    for(int k=0; k<n; k++){
      if( iPrev>=0 && s->aGroup[a[k]].iSeq<=s->aGroup[iPrev].iSeq ) continue;
      if( iPrev>=0 ) xPair(s, iPrev, a[k], pArg);
      iPrev = a[k];
    }
  }
  free(aAt); free(aG);
}

/* The linked members of groups gFrom and gTo who appear once in each:
** pairs (respondent index in gFrom, in gTo) into aPair (caller's, room for
** the smaller group); returns their number. */
typedef struct MemPos { int64_t iMember; int r, bTo; } MemPos;
static int cmp_mempos(const void *a, const void *b){
  const MemPos *x = a, *y = b;
  if( x->iMember!=y->iMember ) return x->iMember<y->iMember ? -1 : 1;
  return x->bTo!=y->bTo ? x->bTo - y->bTo : x->r - y->r;
}
static int linked_pairs(const ScoreSet *s, int gFrom, int gTo, int *aPair){
  const ScoreGroup *F = &s->aGroup[gFrom], *T = &s->aGroup[gTo];
  MemPos *a = xmalloc(sizeof(MemPos)*(size_t)(F->nResp+T->nResp+1));
  int n = 0, nPair = 0;
  for(int r=0; r<F->nResp; r++){
    int64_t m = s->aRespMember[s->aOrder[F->iFirst+r]];
    if( m ){ a[n].iMember = m; a[n].r = r; a[n].bTo = 0; n++; }
  }
  for(int r=0; r<T->nResp; r++){
    int64_t m = s->aRespMember[s->aOrder[T->iFirst+r]];
    if( m ){ a[n].iMember = m; a[n].r = r; a[n].bTo = 1; n++; }
  }
  qsort(a, (size_t)n, sizeof(MemPos), cmp_mempos);
  for(int i=0; i<n; ){
    int j = i;
    while( j<n && a[j].iMember==a[i].iMember ) j++;
    if( j-i==2 && a[i].bTo==0 && a[i+1].bTo==1 ){ aPair[2*nPair] = a[i].r; aPair[2*nPair+1] = a[i+1].r; nPair++; }
    i = j;
  }
  free(a);
  return nPair;
}

/* Scale j's scores of group g into aY (NAN when missing). */
static void group_scores(const ScoreSet *s, int g, int j, double *aY){
  const ScoreGroup *G = &s->aGroup[g];
  for(int r=0; r<G->nResp; r++) aY[r] = score_value(s, s->aOrder[G->iFirst+r], j);
}

typedef struct ChangeAcc {
  ScoreChange *a; int n, nAlloc; MemberChange *aM; int nM, nMAlloc; int bMembers;
  const unsigned char *abScale;   /* the scales wanted (NULL: every one) */
} ChangeAcc;

static void change_pair(const ScoreSet *s, int gFrom, int gTo, void *pArg){
  ChangeAcc *p = pArg;
  const ScoreGroup *F = &s->aGroup[gFrom], *T = &s->aGroup[gTo];
  int nScale = s->pInst->nScale;
  int *aPair = xmalloc(sizeof(int)*2*(size_t)(F->nResp+1));
  double *aFrom = xmalloc(sizeof(double)*(size_t)(F->nResp+1)), *aTo = xmalloc(sizeof(double)*(size_t)(T->nResp+1));
  int nPair = linked_pairs(s, gFrom, gTo, aPair);
  for(int j=0; j<nScale; j++){
    const ScaleStat *f = score_stat(s, gFrom, j), *t = score_stat(s, gTo, j);
    if( f->bSuppressed || t->bSuppressed || (p->abScale && !p->abScale[j]) ) continue;
    group_scores(s, gFrom, j, aFrom);
    group_scores(s, gTo, j, aTo);
    if( !p->bMembers ){
      PsyChange c;
      psy_change(aFrom, F->nResp, aTo, T->nResp, aPair, nPair, &c);
      if( p->n==p->nAlloc ){ p->nAlloc = 2*p->nAlloc + 64; p->a = xrealloc(p->a, sizeof(ScoreChange)*(size_t)p->nAlloc); }
      ScoreChange *o = &p->a[p->n++];
      o->iGroupFrom = gFrom; o->iGroupTo = gTo; o->iScale = j;
      o->nLinked = c.nLinked; o->diff = c.diff; o->ciLow = c.ciLow; o->ciHigh = c.ciHigh; o->df = c.df;
      o->es = c.es; o->esLow = c.esLow; o->esHigh = c.esHigh;
      o->bClear = !isnan(c.ciLow) && (c.ciLow>0 || c.ciHigh<0);
      continue;
    }
    for(int i=0; i<nPair; i++){
      double x = aFrom[aPair[2*i]], y = aTo[aPair[2*i+1]];
      if( isnan(x) || isnan(y) ) continue;
      if( p->nM==p->nMAlloc ){ p->nMAlloc = 2*p->nMAlloc + 64; p->aM = xrealloc(p->aM, sizeof(MemberChange)*(size_t)p->nMAlloc); }
      MemberChange *m = &p->aM[p->nM++];
      m->iGroupFrom = gFrom; m->iGroupTo = gTo; m->iScale = j;
      m->zMember = s->azRespId[s->aOrder[T->iFirst+aPair[2*i+1]]];
      m->from = x; m->to = y; m->diff = y - x;
      m->rci = psy_rci(m->diff, f->sd, f->alpha);
      m->bReliable = !isnan(m->rci) && fabs(m->rci)>=1.96;
    }
  }
  free(aPair); free(aFrom); free(aTo);
}

void score_changes(const ScoreSet *s, ScoreChange **pa, int *pn){ score_changes_of(s, -1, NULL, pa, pn); }

void score_changes_of(const ScoreSet *s, int iPart, const unsigned char *abScale, ScoreChange **pa, int *pn){
  ChangeAcc acc = {0};
  acc.abScale = abScale;
  each_wave_pair(s, iPart, change_pair, &acc);
  *pa = acc.a; *pn = acc.n;
}

void score_member_changes(const ScoreSet *s, MemberChange **pa, int *pn){
  ChangeAcc acc = {0};
  acc.bMembers = 1;
  each_wave_pair(s, -1, change_pair, &acc);
  *pa = acc.aM; *pn = acc.nM;
}

int score_balance(const ScoreSet *s, int iGroup, double *pB, double *pD, PsyDesc *pDesc){
  const Instrument *p = s->pInst;
  if( !s->aBal ) return 0;
  *pB = score_stat(s, iGroup, instrument_scale_index(p, p->zBenefits))->mean;
  *pD = score_stat(s, iGroup, instrument_scale_index(p, p->zDrawbacks))->mean;
  *pDesc = s->aBal[iGroup];
  return 1;
}

int score_balance_hidden(const ScoreSet *s, int iGroup){
  return s->aBal ? s->abBalHidden[iGroup] : 1;
}

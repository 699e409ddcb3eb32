/* levers.c: determinant definitions, the programme regression and lever
** ranking (see levers.h). */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/levers.h"
#include "analysis/psychometrics.h"
#include "util/builtin.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

#define LEVERS_FILE "data/levers.json"

/* Copy an array of strings at key zKey of o into *paz; 0, or 1 when it is
** present but not an array of strings. */
static int str_array(json_t *o, const char *zKey, char ***paz, int *pn){
  json_t *a = json_object_get(o, zKey);
  *paz = NULL; *pn = 0;
  return a ? lang_json_strings(a, paz, pn) : 0;
}

static const char *str_key(json_t *o, const char *zKey){
  json_t *v = json_object_get(o, zKey);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

LeverDefs *lever_defs_parse(const char *zJson, const char *zFile, char **pzErr){
  *pzErr = NULL;
  json_error_t e;
  json_t *root = json_loads(zJson, 0, &e);
  if( !root ){
    *pzErr = xasprintf("%s:%d:%d: %s", zFile, e.line, e.column, e.text);
    return NULL;
  }
  json_t *a = json_object_get(root, "determinants");
  if( !json_is_array(a) ){
    *pzErr = xasprintf("%s: \"determinants\" must be an array", zFile);
    json_decref(root);
    return NULL;
  }
  LeverDefs *p = xcalloc(1, sizeof(LeverDefs));
  p->a = xcalloc(json_array_size(a)+1, sizeof(LeverDef));
  size_t i; json_t *o;
  json_array_foreach(a, i, o){
    LeverDef *d = &p->a[p->n++];
    const char *zScale = str_key(o, "scale"), *zLevel = str_key(o, "level");
    d->zScale = xstrdup(zScale);
    d->zLevel = xstrdup(zLevel);
    d->bProtective = json_is_true(json_object_get(o, "protective"));
    d->zTimeline = xstrdup(str_key(o, "timeline"));
    int bad = !zScale || !zLevel
           || lang_list_parse(o, "label", 0, &d->label)
           || lang_list_parse(o, "processes", 1, &d->proc)
           || str_array(o, "codes", &d->azCode, &d->nCode)
           || lang_list_parse(o, "suggestions", 1, &d->sugg);
    if( bad ){
      *pzErr = xasprintf("%s: determinants[%zu] needs \"scale\", \"level\" and strings or arrays of "
                         "strings, each alone or as {\"en\": ..., \"fr\": ...}", zFile, i);
      json_decref(root);
      lever_defs_free(p);
      return NULL;
    }
  }
  json_decref(root);
  return p;
}

const char *lever_label(const LeverDef *d){
  const char *z = lang_text(&d->label);
  return z ? z : d->zScale;
}

char *const *lever_processes(const LeverDef *d, int *pn){ return lang_list_get(&d->proc, pn); }
char *const *lever_suggestions(const LeverDef *d, int *pn){ return lang_list_get(&d->sugg, pn); }

char *lever_process_list(const LeverDef *d){
  int n;
  char *const *az = lever_processes(d, &n);
  Sb s = SB_INIT;
  for(int q=0; q<n; q++) sb_printf(&s, "%s%s", q ? ", " : "", az[q]);
  return sb_take(&s);
}

const char *lever_level_name(const LeverDef *d){
  /* TRANSLATORS: the level of an enabling process, as in "processes at the operational level". */
  if( strcmp(d->zLevel, "interpersonal")==0 ) return C_("level", "interpersonal");
  if( strcmp(d->zLevel, "operational")==0 ) return C_("level", "operational");
  if( strcmp(d->zLevel, "system")==0 ) return C_("level", "system");
  return d->zLevel;
}

LeverDefs *lever_defs_builtin(char **pzErr){
  const char *z = builtin_text(LEVERS_FILE, NULL);
  if( !z ){ *pzErr = xstrdup(LEVERS_FILE " is not built in"); return NULL; }
  return lever_defs_parse(z, LEVERS_FILE, pzErr);
}

static void free_strs(char **az, int n){
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
}

void lever_defs_free(LeverDefs *p){
  if( !p ) return;
  for(int i=0; i<p->n; i++){
    LeverDef *d = &p->a[i];
    free(d->zScale); free(d->zLevel); free(d->zTimeline);
    lang_list_clear(&d->label); lang_list_clear(&d->proc); lang_list_clear(&d->sugg);
    free_strs(d->azCode, d->nCode);
  }
  free(p->a);
  free(p);
}

int lever_def_index(const LeverDefs *p, const char *zScale){
  for(int i=0; i<p->n; i++) if( strcmp(p->a[i].zScale, zScale)==0 ) return i;
  return -1;
}

/* Orders answer sets by linked member, then complete ones first, then
** latest wave first. */
typedef struct RespKey { int64_t iMember; int bComplete, iWave, i; } RespKey;
static int resp_key_cmp(const void *a, const void *b){
  const RespKey *x = a, *y = b;
  if( x->iMember!=y->iMember ) return x->iMember<y->iMember ? -1 : 1;
  if( x->bComplete!=y->bComplete ) return y->bComplete - x->bComplete;
  if( x->iWave!=y->iWave ) return x->iWave>y->iWave ? -1 : 1;
  return x->i - y->i;
}

/* The answer sets the regression uses, one per person where persons are
** known: a roster member's latest answer set with every score of scale
** iY and the nCol scales aiCol present (else their latest), as repeated
** answers of one member are not independent observations; every unlinked
** answer set. In resp_key_cmp()'s order: the unlinked ones, then one per
** member by member id. Returns a new array of indices into s (caller
** frees), count in *pn. Member ids are the roster's row ids, so each
** member's best answer set is found in one pass over an array indexed by
** id; ids far sparser than the answer sets fall back to sorting them all. */
static int *lever_rows(const ScoreSet *s, int iY, const int *aiCol, int nCol, int *pn){
  int n = s->nResp, m = 0;
  RespKey *a = xmalloc_big(sizeof(RespKey)*(size_t)(n ? n : 1));
  int *aOut = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  int64_t idMax = 0, idMin = 0;
  for(int i=0; i<n; i++){
    int bComplete = !isnan(score_value(s, i, iY));
    for(int k=0; k<nCol && bComplete; k++) bComplete = !isnan(score_value(s, i, aiCol[k]));
    a[i].iMember = s->aRespMember[i]; a[i].bComplete = bComplete; a[i].iWave = s->aRespWave[i]; a[i].i = i;
    if( a[i].iMember>idMax ) idMax = a[i].iMember;
    if( a[i].iMember<idMin ) idMin = a[i].iMember;
  }
  if( idMin<0 || idMax > 4*(int64_t)n + 1024 ){
    qsort(a, (size_t)n, sizeof(RespKey), resp_key_cmp);
    for(int k=0; k<n; k++){
      if( a[k].iMember!=0 && k>0 && a[k-1].iMember==a[k].iMember ) continue;
      aOut[m++] = a[k].i;
    }
  }else{
    int *aBest = xmalloc(sizeof(int)*(size_t)(idMax+1));
    for(int64_t id=0; id<=idMax; id++) aBest[id] = -1;
    RespKey *aFree = xmalloc(sizeof(RespKey)*(size_t)(n ? n : 1));   /* the unlinked answer sets */
    int nFree = 0;
    for(int i=0; i<n; i++){
      int64_t id = a[i].iMember;
      if( id==0 ) aFree[nFree++] = a[i];
      else if( aBest[id]<0 || resp_key_cmp(&a[i], &a[aBest[id]])<0 ) aBest[id] = i;
    }
    qsort(aFree, (size_t)nFree, sizeof(RespKey), resp_key_cmp);
    for(int k=0; k<nFree; k++) aOut[m++] = aFree[k].i;
    for(int64_t id=1; id<=idMax; id++) if( aBest[id]>=0 ) aOut[m++] = aBest[id];
    free(aFree); free(aBest);
  }
  free(a);
  *pn = m;
  return aOut;
}

LeverFit *lever_fit(const ScoreSet *s, const LeverDefs *pDefs, const char *zY){
  const Instrument *pI = s->pInst;
  int iY = instrument_scale_index(pI, zY);
  if( iY<0 ) return NULL;
  LeverFit *f = xcalloc(1, sizeof(LeverFit));
  f->aiDef = xcalloc((size_t)pDefs->n+1, sizeof(int));
  f->aiScale = xcalloc((size_t)pDefs->n+1, sizeof(int));
  for(int d=0; d<pDefs->n; d++){
    int j = instrument_scale_index(pI, pDefs->a[d].zScale);
    if( j<0 || j==iY ) continue;
    f->aiDef[f->nPred] = d;
    f->aiScale[f->nPred] = j;
    f->nPred++;
  }
  if( f->nPred==0 ){ lever_fit_free(f); return NULL; }
  int n = 0, p = f->nPred;
  int *aRow = lever_rows(s, iY, f->aiScale, p, &n);
  double *aY = xmalloc(sizeof(double)*(size_t)(n ? n : 1));
  double *aX = xmalloc_big(sizeof(double)*(size_t)(n ? n : 1)*(size_t)p);
  for(int i=0; i<n; i++){
    aY[i] = score_value(s, aRow[i], iY);
    for(int k=0; k<p; k++) aX[(size_t)i*(size_t)p+(size_t)k] = score_value(s, aRow[i], f->aiScale[k]);
  }
  f->aBeta = xmalloc(sizeof(double)*(size_t)p);
  f->aLow = xmalloc(sizeof(double)*(size_t)p);
  f->aHigh = xmalloc(sizeof(double)*(size_t)p);
  f->nUsed = psy_regress_std(aY, aX, n, p, f->aBeta, f->aLow, f->aHigh, &f->r2);
  /* members of one partnership are not independent: cluster by partnership */
  int *aCl = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  for(int i=0; i<n; i++) aCl[i] = s->aRespPart[aRow[i]];
  f->aCr = xmalloc(sizeof(PsyRobust)*(size_t)p);
  psy_regress_cr2(aY, aX, aCl, s->nPart, n, p, f->aCr, &f->nCluster);
  free(aCl); free(aY); free(aX); free(aRow);
  return f;
}

void lever_fit_free(LeverFit *f){
  if( !f ) return;
  free(f->aiDef); free(f->aiScale); free(f->aBeta); free(f->aLow); free(f->aHigh); free(f->aCr);
  free(f);
}

int lever_robust(const LeverFit *f, int k, double rMinDf){
  return f->aCr && !isnan(f->aCr[k].df) && !isnan(f->aCr[k].low) && f->aCr[k].df>=rMinDf;
}

int lever_rank(const double *aBeta, const double *aLow, const double *aScore, const double *aProg,
               int n, double rTarget, int nMax, int *aOut, double *aPrio){
  int nOut = 0;
  double *aP = xmalloc(sizeof(double)*(size_t)(n ? n : 1));
  int *aIdx = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  for(int j=0; j<n; j++){
    if( isnan(aBeta[j]) || isnan(aLow[j]) || isnan(aScore[j]) || aLow[j]<=0 ) continue;
    double t = rTarget;
    if( !isnan(aProg[j]) && aProg[j]>t ) t = aProg[j];
    double h = t - aScore[j];
    if( h<=0 ) continue;
    aIdx[nOut] = j; aP[nOut] = aBeta[j]*h; nOut++;
  }
  /* insertion sort: highest priority first, ties by index (stable) */
  for(int i=1; i<nOut; i++){
    for(int k=i; k>0 && aP[k]>aP[k-1]; k--){
      double tp = aP[k]; aP[k] = aP[k-1]; aP[k-1] = tp;
      int ti = aIdx[k]; aIdx[k] = aIdx[k-1]; aIdx[k-1] = ti;
    }
  }
  if( nOut>nMax ) nOut = nMax<0 ? 0 : nMax;
  for(int i=0; i<nOut; i++){ aOut[i] = aIdx[i]; if( aPrio ) aPrio[i] = aP[i]; }
  free(aP); free(aIdx);
  return nOut;
}

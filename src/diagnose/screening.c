/* screening.c: the screening checklist, ratings from CSV, scores and the
** comparison with later waves (see screening.h). */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/screening.h"
#include "util/builtin.h"
#include "util/csvread.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define SCREENING_FILE "data/screening.json"

Checklist *checklist_parse(const char *zJson, const char *zFile, char **pzErr){
  *pzErr = NULL;
  json_error_t e;
  json_t *root = json_loads(zJson, 0, &e);
  if( !root ){ *pzErr = xasprintf("%s:%d:%d: %s", zFile, e.line, e.column, e.text); return NULL; }
  json_t *a = json_object_get(root, "factors");
  if( !json_is_array(a) ){
    *pzErr = xasprintf("%s: \"factors\" must be an array", zFile);
    json_decref(root);
    return NULL;
  }
  Checklist *c = xcalloc(1, sizeof(Checklist));
  c->a = xcalloc(json_array_size(a)+1, sizeof(ScreenFactor));
  static const char *const azKey[] = { "id", "kind", "scale", "code" };
  size_t i; json_t *o;
  json_array_foreach(a, i, o){
    ScreenFactor *f = &c->a[c->n++];
    char **az[] = { &f->zId, &f->zKind, &f->zScale, &f->zCode };
    for(int k=0; k<4; k++){
      json_t *v = json_object_get(o, azKey[k]);
      *az[k] = json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
    }
    int bBad = lang_list_parse(o, "label", 0, &f->label) | lang_list_parse(o, "question", 0, &f->question);
    if( bBad || !f->zId || !f->zKind || !lang_text(&f->label)
        || (strcmp(f->zKind, "negative") && strcmp(f->zKind, "success")) ){
      *pzErr = xasprintf("%s: factors[%zu] needs id, label and kind negative or success "
                         "(label and question: strings or {\"en\": ..., \"fr\": ...})", zFile, i);
      json_decref(root);
      checklist_free(c);
      return NULL;
    }
  }
  json_decref(root);
  return c;
}

Checklist *checklist_builtin(char **pzErr){
  const char *z = builtin_text(SCREENING_FILE, NULL);
  if( !z ){ *pzErr = xstrdup(SCREENING_FILE " is not built in"); return NULL; }
  return checklist_parse(z, SCREENING_FILE, pzErr);
}

void checklist_free(Checklist *c){
  if( !c ) return;
  for(int i=0; i<c->n; i++){
    ScreenFactor *f = &c->a[i];
    free(f->zId); free(f->zKind); free(f->zScale); free(f->zCode);
    lang_list_clear(&f->label); lang_list_clear(&f->question);
  }
  free(c->a);
  free(c);
}

int checklist_index(const Checklist *c, const char *zId){
  for(int i=0; i<c->n; i++) if( strcmp(c->a[i].zId, zId)==0 ) return i;
  return -1;
}

const char *screen_factor_label(const ScreenFactor *f){ return lang_text(&f->label); }
const char *screen_factor_question(const ScreenFactor *f){ return lang_text(&f->question); }

const char *screen_verdict_name(const char *zVerdict){
  if( strcmp(zVerdict, "reconsider")==0 ) return C_("verdict", "reconsider");
  if( strcmp(zVerdict, "proceed with conditions")==0 ) return C_("verdict", "proceed with conditions");
  if( strcmp(zVerdict, "proceed")==0 ) return C_("verdict", "proceed");
  return zVerdict;
}

Table *checklist_table(const Checklist *c){
  Table *t = table_newc(_("Screening checklist (rate 0 absent, 1 partly, 2 clearly present)"),
                        "id,kind,factor,question,scale,code");
  for(int i=0; i<c->n; i++){
    const ScreenFactor *f = &c->a[i];
    int r = table_row(t);
    const char *az[] = { f->zId, f->zKind, screen_factor_label(f), screen_factor_question(f), f->zScale, f->zCode };
    for(int k=0; k<6; k++) table_text(t, r, k, az[k]);
  }
  return t;
}

/* ---- ratings from CSV ---- */

typedef struct CsvCtx {
  const Checklist *c;
  const char *zFile;
  ErrList *pErr;
  ScreenAnswers *a;
  int iFactor, iRating, iNote;   /* columns; -1 when absent */
  int bHeader;
} CsvCtx;

static int screen_row(void *pArg, const CsvRow *r){
  CsvCtx *x = pArg;
  if( !x->bHeader ){
    x->bHeader = 1;
    x->iFactor = csv_find_col(r, "factor");
    x->iRating = csv_find_col(r, "rating");
    x->iNote = csv_find_col(r, "note");
    if( x->iFactor<0 ) errlist_add(x->pErr, x->zFile, r->iLine, 0, "missing column 'factor'");
    if( x->iRating<0 ) errlist_add(x->pErr, x->zFile, r->iLine, 0, "missing column 'rating'");
    return x->iFactor<0 || x->iRating<0;
  }
  if( r->nField<=x->iFactor || r->nField<=x->iRating ){
    errlist_add(x->pErr, x->zFile, r->iLine, 0, "%d fields; the header has more", r->nField);
    return 0;
  }
  const char *zF = r->az[x->iFactor], *zR = r->az[x->iRating];
  const char *zNote = x->iNote>=0 && x->iNote<r->nField ? r->az[x->iNote] : NULL;
  int bOk = 1;
  if( checklist_index(x->c, zF)<0 ){
    errlist_add(x->pErr, x->zFile, r->iLine, x->iFactor+1, "unknown factor '%s' (see: synergist screen checklist)", zF);
    bOk = 0;
  }else{
    for(int i=0; i<x->a->n; i++){
      if( strcmp(x->a->azFactor[i], zF)==0 ){
        errlist_add(x->pErr, x->zFile, r->iLine, x->iFactor+1, "factor '%s' is rated twice", zF);
        bOk = 0;
      }
    }
  }
  if( zR[0]==0 ) return 0;     /* left blank: not rated */
  if( !(zR[0]>='0' && zR[0]<='2' && zR[1]==0) ){
    errlist_add(x->pErr, x->zFile, r->iLine, x->iRating+1, "rating must be 0, 1 or 2, not '%s'", zR);
    bOk = 0;
  }
  if( bOk ) st_screen_answers_add(x->a, zF, zR[0]-'0', zNote);
  return 0;
}

ScreenAnswers *screen_read_csv(const Checklist *c, const char *zFile, ErrList *pErr){
  CsvCtx x = { c, zFile, pErr, st_screen_answers_new(), -1, -1, -1, 0 };
  int nErr = pErr->n;
  csv_read(zFile, screen_row, &x, pErr);
  if( pErr->n==nErr && !x.bHeader ) errlist_add(pErr, zFile, 1, 0, "empty file: expected a header with factor,rating");
  if( pErr->n==nErr && x.a->n==0 ) errlist_add(pErr, zFile, 0, 0, "no factor is rated");
  return x.a;
}

/* ---- scores ---- */

void screen_score(const Checklist *c, const ScreenAnswers *a, const DiagParams *p, ScreenScore *s){
  int sumNeg = 0, sumSucc = 0;
  s->nNeg = s->nSucc = 0;
  for(int i=0; i<a->n; i++){
    int k = checklist_index(c, a->azFactor[i]);
    if( k<0 ) continue;
    if( strcmp(c->a[k].zKind, "negative")==0 ){ s->nNeg++; sumNeg += a->aRating[i]; }
    else{ s->nSucc++; sumSucc += a->aRating[i]; }
  }
  s->rRisk = s->nNeg ? sumNeg/(2.0*s->nNeg) : NAN;
  s->rSuccess = s->nSucc ? sumSucc/(2.0*s->nSucc) : NAN;
  if( !isnan(s->rRisk) && s->rRisk >= p->a[DP_SCREEN_RISK_RECONSIDER] - 1e-9 ) s->zVerdict = "reconsider";
  else if( (!isnan(s->rRisk) && s->rRisk >= p->a[DP_SCREEN_RISK_CONDITIONS] - 1e-9)
        || (!isnan(s->rSuccess) && s->rSuccess < p->a[DP_SCREEN_SUCCESS_MIN] - 1e-9) ) s->zVerdict = "proceed with conditions";
  else s->zVerdict = "proceed";
}

Table *screen_compare_table(const Checklist *c, const ScreenAnswers *a, const DiagStudy *d, const char *zP){
  Table *t = table_newc(_("Screening factors and later waves"),
                        "id,kind,factor,rating,note,scale,first_wave,first_mean,latest_wave,latest_mean");
  const ScoreSet *s = d->pScore;
  int iPart = diag_score_part(d, zP);
  int gFirst = -1, gLast = -1;
  for(int g=0; s && iPart>=0 && g<s->nGroup; g++){
    const ScoreGroup *G = &s->aGroup[g];
    if( G->iPart!=iPart || G->bSuppressed ) continue;
    if( gFirst<0 || G->iSeq<s->aGroup[gFirst].iSeq ) gFirst = g;
    if( gLast<0 || G->iSeq>s->aGroup[gLast].iSeq ) gLast = g;
  }
  for(int k=0; k<c->n; k++){
    const ScreenFactor *f = &c->a[k];
    int r = table_row(t);
    table_text(t, r, 0, f->zId);
    table_text(t, r, 1, f->zKind);
    table_text(t, r, 2, screen_factor_label(f));
    for(int i=0; i<a->n; i++){
      if( strcmp(a->azFactor[i], f->zId) ) continue;
      table_int(t, r, 3, a->aRating[i]);
      table_text(t, r, 4, a->azNote[i]);
    }
    table_text(t, r, 5, f->zScale);
    int j = s && f->zScale ? instrument_scale_index(s->pInst, f->zScale) : -1;
    if( j<0 || gFirst<0 ) continue;
    table_text(t, r, 6, s->azWave[s->aGroup[gFirst].iWave]);
    table_real(t, r, 7, score_stat(s, gFirst, j)->mean, 2);
    table_text(t, r, 8, s->azWave[s->aGroup[gLast].iWave]);
    table_real(t, r, 9, score_stat(s, gLast, j)->mean, 2);
  }
  return t;
}

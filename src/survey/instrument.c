/*
** instrument.c: the native instrument format (JSON through jansson) and
** the checks every instrument passes, whatever file it came from (see
** instrument.h; the format is documented in docs/instrument-format.md).
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "survey/instrument.h"
#include "util/builtin.h"
#include "util/jsonpos.h"
#include "util/jsonsplit.h"
#include "util/limits.h"
#include "util/repeats.h"
#include "util/sb.h"
#include "util/strmap.h"
#include "util/xalloc.h"
#include "util/i18n.h"

#define FORMAT_KEY "synergist_instrument"
#define FORMAT_VERSION 1

/* ---- texts ---- */

const char *inst_text(const InstText *t, const char *zLang){
  if( t->n==0 ) return "";
  for(int i=0; zLang && i<t->n; i++) if( strcmp(t->azLang[i], zLang)==0 ) return t->azText[i];
  for(int i=0; i<t->n; i++) if( strcmp(t->azLang[i], "en")==0 ) return t->azText[i];
  return t->azText[0];
}

void inst_text_set(InstText *t, const char *zLang, const char *zText){
  t->azLang = xrealloc(t->azLang, sizeof(char*)*(size_t)(t->n+1));
  t->azText = xrealloc(t->azText, sizeof(char*)*(size_t)(t->n+1));
  t->azLang[t->n] = xstrdup(zLang);
  t->azText[t->n] = xstrdup(zText);
  t->n++;
}

void inst_text_clear(InstText *t){
  for(int i=0; i<t->n; i++){ free(t->azLang[i]); free(t->azText[i]); }
  free(t->azLang); free(t->azText);
  memset(t, 0, sizeof(*t));
}

static void bands_free(InstBand *a, int n){
  for(int i=0; i<n; i++) free(a[i].zBand);
  free(a);
}

void instrument_free(Instrument *p){
  if( !p ) return;
  free(p->zId);
  inst_text_clear(&p->title);
  for(int i=0; i<p->nResp; i++){
    InstResp *r = &p->aResp[i];
    free(r->zId);
    for(int l=0; l<r->nLang; l++){
      if( r->aazLabel[l] ){
        for(int v=0; v<=r->iMax-r->iMin; v++) free(r->aazLabel[l][v]);
      }
      free(r->aazLabel[l]);
      free(r->azLang[l]);
    }
    free(r->azLang); free(r->aazLabel);
    inst_text_clear(&r->naLabel);
  }
  free(p->aResp);
  for(int i=0; i<p->nItem; i++){
    free(p->aItem[i].zId);
    inst_text_clear(&p->aItem[i].label);
    free(p->aItem[i].aiScale);
  }
  free(p->aItem);
  for(int i=0; i<p->nScale; i++){
    free(p->aScale[i].zId);
    inst_text_clear(&p->aScale[i].label);
    bands_free(p->aScale[i].aBand, p->aScale[i].nBand);
    free(p->aScale[i].aiItem);
  }
  free(p->aScale);
  bands_free(p->aBand, p->nBand);
  free(p->zBenefits); free(p->zDrawbacks);
  free(p);
}

int instrument_item_index(const Instrument *p, const char *zId){
  for(int i=0; i<p->nItem; i++) if( strcmp(p->aItem[i].zId, zId)==0 ) return i;
  return -1;
}
int instrument_item_index_nocase(const Instrument *p, const char *zId){
  for(int i=0; i<p->nItem; i++) if( strcasecmp(p->aItem[i].zId, zId)==0 ) return i;
  return -1;
}
int instrument_scale_index(const Instrument *p, const char *zId){
  for(int i=0; i<p->nScale; i++) if( strcmp(p->aScale[i].zId, zId)==0 ) return i;
  return -1;
}

const char *instrument_band(const Instrument *p, int iScale, double v){
  const InstScale *s = &p->aScale[iScale];
  if( s->eScoring!=SCORE_MEAN || isnan(v) ) return NULL;
  const InstBand *a = s->nBand ? s->aBand : p->aBand;
  int n = s->nBand ? s->nBand : p->nBand;
  const char *z = NULL;
  /* Compare at 1e-9 so that a mean of exactly 3.0 computed as 2.9999999999 is 3.0. */
  for(int i=0; i<n; i++) if( v + 1e-9 >= a[i].rMin ) z = a[i].zBand;
  return z;
}

void instrument_default_bands(Instrument *p){
  static const struct { const char *z; double lo, hi; } aDef[] = {
    {"concern", 1.0, 2.9}, {"work", 3.0, 3.9}, {"strength", 4.0, 5.0} };
  bands_free(p->aBand, p->nBand);
  p->nBand = 3;
  p->aBand = xcalloc(3, sizeof(InstBand));
  for(int i=0; i<3; i++){
    p->aBand[i].zBand = xstrdup(aDef[i].z);
    p->aBand[i].rMin = aDef[i].lo; p->aBand[i].rMax = aDef[i].hi;
  }
}

/* ---- where problems go ---- */

/* The reader's state: the file's name, the list of problems and, when the
** instrument came from JSON, its text, in which each problem is placed at
** the value it is about. bBadId and abBadResp/abBadScale/abBadItem (NULL
** when not reading JSON) flag the instrument id, responses, scales and
** items whose reading found a problem, so that the whole-instrument
** checks, which run anyway, do not report their default values again.
**
** Problems are placed in one pass at the end (rd_locate()): each is added
** at once without its place, and aPend remembers which entry wants which
** path, plus the paths azList whose lines its message lists. */
typedef struct RdPend { int iEntry; char *zAt; int nList; char **azList; int nMore; } RdPend;
typedef struct Rd {
  const char *zFile; ErrList *pErr; const char *zJson; size_t nJson;
  int bBadId;
  unsigned char *abBadResp, *abBadScale, *abBadItem;
  RdPend *aPend; int nPend, nPendAlloc;
  StrMap *pResp, *pScale;   /* ids -> first index, for the items' references */
} Rd;
#define RD_BAD(r, ab, i) ((r)->ab && (r)->ab[i])

/* The path of zPath.zKey as jsonpos.h writes it (caller frees). */
static char *rd_path(const char *zPath, const char *zKey){
  return !zKey ? xstrdup(zPath)
       : strcmp(zPath, "(top)")==0 ? xstrdup(zKey) : xasprintf("%s.%s", zPath, zKey);
}

/* Add the problem zMsg, to be placed at zPath.zKey (or its nearest
** enclosing value) when reading JSON; returns its pending record, or NULL
** when it is not placed (no JSON, or beyond what the list keeps). */
static RdPend *rd_add(Rd *r, const char *zPath, const char *zKey, const char *zMsg){
  errlist_add(r->pErr, r->zFile, 0, 0, "%s", zMsg);
  if( !r->zJson || r->pErr->n>ERRLIST_KEEP ) return NULL;
  if( r->nPend==r->nPendAlloc ){
    r->nPendAlloc = r->nPendAlloc ? r->nPendAlloc*2 : 16;
    r->aPend = xrealloc(r->aPend, sizeof(RdPend)*(size_t)r->nPendAlloc);
  }
  RdPend *pP = &r->aPend[r->nPend++];
  memset(pP, 0, sizeof(*pP));
  pP->iEntry = r->pErr->n - 1;
  pP->zAt = rd_path(zPath, zKey);
  return pP;
}

/* A problem placed at the value zPath.zKey (zKey may be NULL), or at the
** nearest enclosing value when that one is absent (a missing key: the
** object's opening brace). The message is zFmt, after "zPrefix: " unless
** zPrefix is NULL. rd_err() prefixes the path, rd_at() does not. */
static void rd_report(Rd *r, const char *zPrefix, const char *zPath, const char *zKey,
                      const char *zFmt, ...) __attribute__((format(printf,5,6)));
static void rd_report(Rd *r, const char *zPrefix, const char *zPath, const char *zKey,
                      const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  char *zMsg = xvasprintf(zFmt, ap);
  va_end(ap);
  char *zFull = xasprintf("%s%s%s", zPrefix ? zPrefix : "", zPrefix ? ": " : "", zMsg);
  rd_add(r, zPath, zKey, zFull);
  free(zFull);
  free(zMsg);
}
#define rd_err(r, zPath, zKey, ...) rd_report(r, zPath, zPath, zKey, __VA_ARGS__)
#define rd_at(r, zPath, zKey, ...)  rd_report(r, NULL, zPath, zKey, __VA_ARGS__)

/* Place every pending problem, in one pass over the JSON text: LINE:COLUMN
** of its value, and the lines of the values its message lists. */
static void rd_locate(Rd *r){
  int nPath = 0;
  for(int i=0; i<r->nPend; i++) nPath += 1 + r->aPend[i].nList;
  const char **azPath = xmalloc(sizeof(char*)*(size_t)(nPath+1));
  int *aiLine = xmalloc(sizeof(int)*(size_t)(nPath+1));
  int *aiCol = xmalloc(sizeof(int)*(size_t)(nPath+1));
  int k = 0;
  for(int i=0; i<r->nPend; i++){
    azPath[k++] = r->aPend[i].zAt;
    for(int j=0; j<r->aPend[i].nList; j++) azPath[k++] = r->aPend[i].azList[j];
  }
  if( nPath ) jsonpos_find_all(r->zJson, r->nJson, azPath, nPath, aiLine, aiCol);
  k = 0;
  for(int i=0; i<r->nPend; i++){
    RdPend *pP = &r->aPend[i];
    ErrEntry *e = &r->pErr->a[pP->iEntry];
    e->iLine = aiLine[k]; e->iCol = aiCol[k]; k++;
    if( pP->nList ){
      Sb m = SB_INIT;
      sb_puts(&m, e->zMsg);
      for(int j=0; j<pP->nList; j++, k++){
        sb_printf(&m, "%s%s (line %d)", j ? ", " : ": ", pP->azList[j], aiLine[k]);
        free(pP->azList[j]);
      }
      if( pP->nMore ){
        sb_putc(&m, ' ');
        sb_printf(&m, ngettext("and %d more", "and %d more", (unsigned long)pP->nMore), pP->nMore);
      }
      free(e->zMsg);
      e->zMsg = sb_take(&m);
    }
    free(pP->azList);
    free(pP->zAt);
  }
  free(r->aPend); r->aPend = NULL; r->nPend = r->nPendAlloc = 0;
  free(azPath); free(aiLine); free(aiCol);
}

/* One problem for each id used more than once among az[0..n) (the ids of
** JSON array zArr; ids of entries flagged in abBad that are empty are left
** out, their absence being reported): placed at its second use, listing
** every use with its line (repeats.h: sorting keeps this O(n log n)). */
typedef struct RepCtx { Rd *r; const char *zArr; const char *const *az; } RepCtx;
static int cmp_id(void *pCtx, int x, int y){
  const RepCtx *c = pCtx;
  return strcmp(c->az[x], c->az[y]);
}
static void repeated_id(void *pArg, const int *ai, int n){
  const RepCtx *c = pArg;
  char zP[64], zTimes[32];
  snprintf(zP, sizeof(zP), "%s[%d]", c->zArr, ai[1]);
  repeats_times(n, zTimes, sizeof(zTimes));
  char *zMsg = xasprintf(_("%s: id \"%s\" is used %s"), zP, c->az[ai[0]], zTimes);
  RdPend *pP = rd_add(c->r, zP, "id", zMsg);
  free(zMsg);
  if( pP ){
    pP->nList = n < REPEATS_LIST_MAX ? n : REPEATS_LIST_MAX;
    pP->nMore = n - pP->nList;
    pP->azList = xmalloc(sizeof(char*)*(size_t)pP->nList);
    for(int k=0; k<pP->nList; k++) pP->azList[k] = xasprintf("%s[%d]", c->zArr, ai[k]);
  }
}
static void check_repeats(Rd *r, const char *zArr, const char *const *az, int n,
                          const unsigned char *abBad){
  int *ai = xmalloc(sizeof(int)*(size_t)(n+1));
  int m = 0;
  for(int i=0; i<n; i++) if( az[i][0] || !(abBad && abBad[i]) ) ai[m++] = i;
  RepCtx c = { r, zArr, az };
  repeats_each(ai, m, cmp_id, &c, repeated_id, &c);
  free(ai);
}

/* ---- checks shared by every source of instruments ---- */

/* 1 if z is a valid id: a lowercase letter, then lowercase letters, digits, '_'
** (what REDCap accepts as a variable name). */
int instrument_valid_id(const char *z){
  if( !z || !(z[0]>='a' && z[0]<='z') ) return 0;
  for(; *z; z++) if( !((*z>='a' && *z<='z') || (*z>='0' && *z<='9') || *z=='_') ) return 0;
  return 1;
}

/* instrument_check() with problems placed in r's JSON text when it has one;
** array indices i are those of the JSON arrays (the reader keeps them). */
static int check(Instrument *p, Rd *r){
  int n0 = r->pErr->n;
  char zP[40];
  if( !r->bBadId && (!p->zId || !p->zId[0]) ) rd_at(r, "(top)", "id", "the instrument has no id");
  for(int i=0; i<p->nResp; i++){
    InstResp *pR = &p->aResp[i];
    if( RD_BAD(r, abBadResp, i) ) continue;
    snprintf(zP, sizeof(zP), "responses[%d]", i);
    if( pR->iMax<pR->iMin || (long long)pR->iMax-pR->iMin>ANS_MAXRANGE ){
      rd_at(r, zP, "max", "responses[%d] (\"%s\"): min %d and max %d: max must be >= min and at most %d above it",
            i, pR->zId, pR->iMin, pR->iMax, ANS_MAXRANGE);
    }
    if( pR->bNa && pR->iNa>=pR->iMin && pR->iNa<=pR->iMax ){
      rd_at(r, zP, "na", "responses[%d] (\"%s\"): the not-applicable code %d lies inside %d..%d",
            i, pR->zId, pR->iNa, pR->iMin, pR->iMax);
    }
  }
  for(int i=0; i<p->nScale; i++){
    InstScale *s = &p->aScale[i];
    snprintf(zP, sizeof(zP), "scales[%d]", i);
    if( !s->zId[0] && RD_BAD(r, abBadScale, i) ){   /* its missing id is reported */
    }else if( !instrument_valid_id(s->zId) ){
      rd_at(r, zP, "id", "scales[%d]: id \"%s\" must be lowercase letters, digits and _ starting with a letter", i, s->zId);
    }
    free(s->aiItem); s->aiItem = NULL; s->nItem = 0;
  }
  for(int i=0; i<p->nItem; i++){
    InstItem *it = &p->aItem[i];
    snprintf(zP, sizeof(zP), "items[%d]", i);
    if( !it->zId[0] && RD_BAD(r, abBadItem, i) ){   /* its missing id is reported */
    }else if( !instrument_valid_id(it->zId) ){
      rd_at(r, zP, "id", "items[%d]: id \"%s\" must be lowercase letters, digits and _ starting with a letter", i, it->zId);
    }
    for(int k=0; k<it->nScale; k++) p->aScale[it->aiScale[k]].nItem++;
  }
  /* Each scale's items, in item order: counted above, then filled. */
  for(int i=0; i<p->nScale; i++){
    p->aScale[i].aiItem = xmalloc(sizeof(int)*(size_t)(p->aScale[i].nItem+1));
    p->aScale[i].nItem = 0;
  }
  for(int i=0; i<p->nItem; i++){
    const InstItem *it = &p->aItem[i];
    for(int k=0; k<it->nScale; k++){
      InstScale *s = &p->aScale[it->aiScale[k]];
      s->aiItem[s->nItem++] = i;
    }
  }
  {
    int nMax = p->nResp > p->nScale ? p->nResp : p->nScale;
    if( p->nItem>nMax ) nMax = p->nItem;
    const char **az = xmalloc(sizeof(char*)*(size_t)(nMax+1));
    for(int i=0; i<p->nResp; i++) az[i] = p->aResp[i].zId;
    check_repeats(r, "responses", az, p->nResp, r->abBadResp);
    for(int i=0; i<p->nScale; i++) az[i] = p->aScale[i].zId;
    check_repeats(r, "scales", az, p->nScale, r->abBadScale);
    for(int i=0; i<p->nItem; i++) az[i] = p->aItem[i].zId;
    check_repeats(r, "items", az, p->nItem, r->abBadItem);
    free(az);
  }
  for(int i=0; i<p->nScale; i++){
    InstScale *s = &p->aScale[i];
    if( s->nItem==0 ){
      snprintf(zP, sizeof(zP), "scales[%d]", i);
      rd_at(r, zP, NULL, "scale \"%s\" has no items (list it in some item's scales)", s->zId);
      continue;
    }
    /* Every item of a scale answers on the same range, so that means and
    ** agreement (rwg) compare like with like. */
    /* (Items or responses read with problems are left out of this.) */
    const InstItem *it0 = NULL;
    for(int k=0; k<s->nItem; k++){
      const InstItem *it = &p->aItem[s->aiItem[k]];
      if( RD_BAD(r, abBadItem, s->aiItem[k]) || RD_BAD(r, abBadResp, it->iResp) ) continue;
      if( !it0 ){ it0 = it; continue; }
      const InstResp *r0 = &p->aResp[it0->iResp], *pR = &p->aResp[it->iResp];
      if( pR->iMin!=r0->iMin || pR->iMax!=r0->iMax ){
        snprintf(zP, sizeof(zP), "items[%d]", s->aiItem[k]);
        rd_at(r, zP, "response", "scale \"%s\": item \"%s\" answers %d..%d but item \"%s\" answers %d..%d; "
              "a scale's items must share one range", s->zId, it->zId, pR->iMin, pR->iMax,
              it0->zId, r0->iMin, r0->iMax);
        break;
      }
    }
  }
  const char *azBal[2] = { p->zBenefits, p->zDrawbacks };
  static const char *const azKey[2] = { "benefits", "drawbacks" };
  for(int i=0; i<2; i++){
    if( azBal[i] && instrument_scale_index(p, azBal[i])<0 ){
      rd_at(r, "balance", azKey[i], "balance: no scale \"%s\"", azBal[i]);
    }
  }
  return r->pErr->n - n0;
}

int instrument_check(Instrument *p, const char *zFile, ErrList *pErr){
  Rd r = { zFile, pErr, NULL, 0, 0, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL };
  return check(p, &r);
}

/* ---- reading JSON ---- */

/* A required or optional string member; NULL (and an error if required) when absent. */
static const char *rd_str(Rd *r, json_t *o, const char *zKey, const char *zPath, int bRequired){
  json_t *v = json_object_get(o, zKey);
  if( !v ){
    if( bRequired ) rd_err(r, zPath, zKey, "\"%s\" is missing", zKey);
    return NULL;
  }
  if( !json_is_string(v) ){
    rd_err(r, zPath, zKey, "\"%s\" must be a string", zKey);
    return NULL;
  }
  return json_string_value(v);
}

static int rd_int(Rd *r, json_t *o, const char *zKey, const char *zPath, int *pOut){
  json_t *v = json_object_get(o, zKey);
  if( !v ) return 0;
  if( !json_is_integer(v) ){
    rd_err(r, zPath, zKey, "\"%s\" must be a whole number", zKey);
    return 0;
  }
  json_int_t n = json_integer_value(v);
  if( n<INT_MIN || n>INT_MAX ){
    rd_err(r, zPath, zKey, "\"%s\" is out of range", zKey);
    return 0;
  }
  *pOut = (int)n;
  return 1;
}

/* A text v at zPath.zKey (zKey may be NULL; messages name zPath): either a
** string (English) or an object {"en": "...", "fr": "..."}. */
static void rd_text(Rd *r, json_t *v, const char *zPath, const char *zKey, InstText *pOut){
  if( !v ) return;
  if( json_is_string(v) ){ inst_text_set(pOut, "en", json_string_value(v)); return; }
  if( !json_is_object(v) ){ rd_err(r, zPath, zKey, "must be a string or an object of languages {\"en\": ..., \"fr\": ...}"); return; }
  char *zAt = zKey ? xasprintf("%s.%s", zPath, zKey) : xstrdup(zPath);
  const char *zLang; json_t *t;
  json_object_foreach(v, zLang, t){
    if( !json_is_string(t) ){ rd_at(r, zAt, zLang, "%s: each language's text must be a string", zPath); continue; }
    inst_text_set(pOut, zLang, json_string_value(t));
  }
  free(zAt);
}

static void rd_bands(Rd *r, json_t *a, const char *zPath, InstBand **paBand, int *pn){
  if( !a ) return;
  if( !json_is_array(a) ){ rd_err(r, zPath, NULL, "must be an array of {\"band\", \"min\", \"max\"}"); return; }
  *pn = (int)json_array_size(a);
  *paBand = xcalloc((size_t)*pn+1, sizeof(InstBand));
  for(int i=0; i<*pn; i++){
    json_t *b = json_array_get(a, (size_t)i);
    char *zP = xasprintf("%s[%d]", zPath, i);
    const char *z = json_is_object(b) ? rd_str(r, b, "band", zP, 1) : NULL;
    json_t *lo = json_is_object(b) ? json_object_get(b, "min") : NULL;
    json_t *hi = json_is_object(b) ? json_object_get(b, "max") : NULL;
    if( !json_is_number(lo) || !json_is_number(hi) ){
      rd_err(r, zP, lo && !json_is_number(lo) ? "min" : hi && !json_is_number(hi) ? "max" : NULL,
             "needs numbers \"min\" and \"max\"");
    }
    (*paBand)[i].zBand = xstrdup(z ? z : "");
    (*paBand)[i].rMin = json_is_number(lo) ? json_number_value(lo) : 0;
    (*paBand)[i].rMax = json_is_number(hi) ? json_number_value(hi) : 0;
    if( i>0 && (*paBand)[i].rMin<=(*paBand)[i-1].rMin ) rd_err(r, zP, "min", "bands must be in increasing order of min");
    free(zP);
  }
}

static void rd_response(Rd *r, json_t *o, int i, InstResp *pR){
  char *zP = xasprintf("responses[%d]", i);
  if( !json_is_object(o) ){ rd_err(r, zP, NULL, "must be an object"); free(zP); pR->zId = xstrdup(""); return; }
  const char *zId = rd_str(r, o, "id", zP, 1);
  pR->zId = xstrdup(zId ? zId : "");
  if( !json_object_get(o, "min") || !json_object_get(o, "max") ) rd_err(r, zP, NULL, "needs \"min\" and \"max\"");
  rd_int(r, o, "min", zP, &pR->iMin);
  rd_int(r, o, "max", zP, &pR->iMax);
  pR->bNa = rd_int(r, o, "na", zP, &pR->iNa);
  rd_text(r, json_object_get(o, "na_label"), zP, "na_label", &pR->naLabel);
  json_t *lab = json_object_get(o, "labels");
  long long nRange = (long long)pR->iMax - pR->iMin + 1;  /* wide: min and max may be any int */
  int nVal = (nRange>0 && nRange<=ANS_MAXRANGE+1) ? (int)nRange : 0;
  if( lab && nVal>0 ){
    if( !json_is_object(lab) ){
      rd_err(r, zP, "labels", "\"labels\" must be an object of languages, each an array of labels from min to max");
    }else{
      char *zLab = xasprintf("%s.labels", zP);
      const char *zLang; json_t *a;
      json_object_foreach(lab, zLang, a){
        if( !json_is_array(a) || (int)json_array_size(a)!=nVal ){
          rd_at(r, zLab, zLang, "%s: labels \"%s\" must be an array of %d labels (min to max)", zP, zLang, nVal);
          continue;
        }
        pR->azLang = xrealloc(pR->azLang, sizeof(char*)*(size_t)(pR->nLang+1));
        pR->aazLabel = xrealloc(pR->aazLabel, sizeof(char**)*(size_t)(pR->nLang+1));
        pR->azLang[pR->nLang] = xstrdup(zLang);
        char **az = xcalloc((size_t)nVal, sizeof(char*));
        for(int v=0; v<nVal; v++){
          json_t *s = json_array_get(a, (size_t)v);
          az[v] = xstrdup(json_is_string(s) ? json_string_value(s) : "");
        }
        pR->aazLabel[pR->nLang++] = az;
      }
      free(zLab);
    }
  }
  free(zP);
}

static void rd_scale(Rd *r, json_t *o, int i, InstScale *pS){
  char *zP = xasprintf("scales[%d]", i);
  if( !json_is_object(o) ){ rd_err(r, zP, NULL, "must be an object"); free(zP); pS->zId = xstrdup(""); return; }
  const char *zId = rd_str(r, o, "id", zP, 1);
  pS->zId = xstrdup(zId ? zId : "");
  rd_text(r, json_object_get(o, "label"), zP, "label", &pS->label);
  const char *zScoring = rd_str(r, o, "scoring", zP, 0);
  if( !zScoring || strcmp(zScoring, "mean")==0 ) pS->eScoring = SCORE_MEAN;
  else if( strcmp(zScoring, "count")==0 ) pS->eScoring = SCORE_COUNT;
  else rd_err(r, zP, "scoring", "\"scoring\" must be \"mean\" or \"count\"");
  char *zB = xasprintf("%s.bands", zP);
  rd_bands(r, json_object_get(o, "bands"), zB, &pS->aBand, &pS->nBand);
  free(zB);
  free(zP);
}

static void rd_item(Rd *r, json_t *o, int i, InstItem *pI){
  char *zP = xasprintf("items[%d]", i);
  pI->iResp = 0;
  if( !json_is_object(o) ){ rd_err(r, zP, NULL, "must be an object"); free(zP); pI->zId = xstrdup(""); return; }
  const char *zId = rd_str(r, o, "id", zP, 1);
  pI->zId = xstrdup(zId ? zId : "");
  rd_text(r, json_object_get(o, "label"), zP, "label", &pI->label);
  if( pI->label.n==0 ) rd_err(r, zP, "label", "\"label\" is missing");
  const char *zResp = rd_str(r, o, "response", zP, 1);
  if( zResp ){
    int k = strmap_get(r->pResp, zResp);
    if( k<0 ) rd_err(r, zP, "response", "no response scale \"%s\" in \"responses\"", zResp);
    else pI->iResp = k;
  }
  json_t *rev = json_object_get(o, "reverse");
  if( rev && !json_is_boolean(rev) ) rd_err(r, zP, "reverse", "\"reverse\" must be true or false");
  pI->bReverse = json_is_true(rev);
  json_t *a = json_object_get(o, "scales");
  if( a && !json_is_array(a) ) rd_err(r, zP, "scales", "\"scales\" must be an array of scale ids");
  if( json_is_array(a) ){
    pI->aiScale = xcalloc(json_array_size(a)+1, sizeof(int));
    for(size_t k=0; k<json_array_size(a); k++){
      json_t *s = json_array_get(a, k);
      int iS = json_is_string(s) ? strmap_get(r->pScale, json_string_value(s)) : -1;
      if( iS<0 ){
        char zK[32];
        snprintf(zK, sizeof(zK), "scales[%zu]", k);
        rd_err(r, zP, zK, "%s: no scale \"%s\" in \"scales\"", zK, json_is_string(s) ? json_string_value(s) : "?");
        continue;
      }
      pI->aiScale[pI->nScale++] = iS;
    }
  }
  free(zP);
}

/* The root's arrays read one element at a time (jsonsplit.h). */
enum { ARR_RESPONSES, ARR_SCALES, ARR_ITEMS };
static const char *const azArrKey[] = { "responses", "scales", "items" };

/* How many elements the root's array k holds, with an error when its key
** is present but not an array. */
static int rd_array(Rd *r, JsonSplit *pS, json_t *root, int k){
  json_t *a = json_object_get(root, azArrKey[k]);
  if( !a ) return 0;
  if( !json_is_array(a) ){ rd_err(r, azArrKey[k], NULL, "must be an array"); return 0; }
  return jsonsplit_count(pS, k);
}

/* Element i of the root's array k, parsed alone; NULL (its problem
** reported) when it cannot be, which the readers take as a bad element. */
static json_t *rd_elem(Rd *r, JsonSplit *pS, int k, int i){
  return jsonsplit_elem(pS, k, i, JSON_REJECT_DUPLICATES, r->pErr);
}

int instrument_parse(const char *zJson, size_t n, const char *zFile, Instrument **pp, ErrList *pErr){
  *pp = NULL;
  if( jsonpos_check_text(zJson, n, limit_get(LIM_JSON_DEPTH), zFile, pErr) ) return 1;
  JsonSplit split;
  json_t *root = NULL;
  if( jsonsplit_scan(&split, zJson, n, azArrKey, 3, zFile, pErr)
   || (root = jsonsplit_root(&split, JSON_REJECT_DUPLICATES, pErr))==NULL ){
    jsonsplit_free(&split);
    return 1;
  }
  int n0 = pErr->n;
  Rd r = { zFile, pErr, zJson, n, 0, NULL, NULL, NULL, NULL, 0, 0, strmap_new(), strmap_new() };
  Instrument *p = xcalloc(1, sizeof(Instrument));
  if( !json_is_object(root) ){
    rd_err(&r, "(top)", NULL, "an instrument is a JSON object");
    goto parse_out;
  }
  json_t *fv = json_object_get(root, FORMAT_KEY);
  int bFormat = json_is_integer(fv) && json_integer_value(fv)<=FORMAT_VERSION;
  if( !json_is_integer(fv) ){
    rd_err(&r, "(top)", FORMAT_KEY, "\"" FORMAT_KEY "\": 1 is missing (is this a synergist instrument?)");
  }else if( json_integer_value(fv)>FORMAT_VERSION ){
    rd_err(&r, "(top)", FORMAT_KEY, "written for a newer synergist (format version above 1)");
  }
  const char *zId = rd_str(&r, root, "id", "(top)", 1);
  r.bBadId = zId==NULL;
  p->zId = xstrdup(zId ? zId : "");
  rd_text(&r, json_object_get(root, "title"), "title", NULL, &p->title);
  int nA = rd_array(&r, &split, root, ARR_RESPONSES);
  p->aResp = xcalloc((size_t)nA+1, sizeof(InstResp));
  r.abBadResp = xcalloc((size_t)nA+1, 1);
  for(int i=0; i<nA; i++){
    int e0 = pErr->n;
    json_t *o = rd_elem(&r, &split, ARR_RESPONSES, i);
    if( o ) rd_response(&r, o, i, &p->aResp[p->nResp]);
    else p->aResp[p->nResp].zId = xstrdup("");
    json_decref(o);
    strmap_put(r.pResp, p->aResp[p->nResp].zId, p->nResp);
    p->nResp++;
    r.abBadResp[i] = pErr->n>e0;
  }
  if( json_object_get(root, "bands") ) rd_bands(&r, json_object_get(root, "bands"), "bands", &p->aBand, &p->nBand);
  else instrument_default_bands(p);
  nA = rd_array(&r, &split, root, ARR_SCALES);
  p->aScale = xcalloc((size_t)nA+1, sizeof(InstScale));
  r.abBadScale = xcalloc((size_t)nA+1, 1);
  for(int i=0; i<nA; i++){
    int e0 = pErr->n;
    json_t *o = rd_elem(&r, &split, ARR_SCALES, i);
    if( o ) rd_scale(&r, o, i, &p->aScale[p->nScale]);
    else p->aScale[p->nScale].zId = xstrdup("");
    json_decref(o);
    strmap_put(r.pScale, p->aScale[p->nScale].zId, p->nScale);
    p->nScale++;
    r.abBadScale[i] = pErr->n>e0;
  }
  nA = rd_array(&r, &split, root, ARR_ITEMS);
  if( nA==0 ) rd_err(&r, "items", NULL, "an instrument needs at least one item");
  if( nA>0 && p->nResp==0 ) rd_err(&r, "responses", NULL, "an instrument needs at least one response scale");
  p->aItem = xcalloc((size_t)nA+1, sizeof(InstItem));
  r.abBadItem = xcalloc((size_t)nA+1, 1);
  for(int i=0; i<nA && p->nResp>0; i++){
    int e0 = pErr->n;
    json_t *o = rd_elem(&r, &split, ARR_ITEMS, i);
    if( o ) rd_item(&r, o, i, &p->aItem[p->nItem++]);
    else p->aItem[p->nItem++].zId = xstrdup("");
    json_decref(o);
    r.abBadItem[i] = pErr->n>e0;
  }
  json_t *bal = json_object_get(root, "balance");
  if( bal ){
    const char *zB = json_is_object(bal) ? rd_str(&r, bal, "benefits", "balance", 1) : NULL;
    const char *zD = json_is_object(bal) ? rd_str(&r, bal, "drawbacks", "balance", 1) : NULL;
    if( !json_is_object(bal) ) rd_err(&r, "balance", NULL, "must be {\"benefits\": SCALE, \"drawbacks\": SCALE}");
    p->zBenefits = xstrdup(zB);
    p->zDrawbacks = xstrdup(zD);
  }
  /* The whole-instrument checks run even after problems, so that every
  ** problem is listed at once, unless the file is no instrument at all. */
  if( pErr->n==n0 || (bFormat && p->nResp>0) ) check(p, &r);
  free(r.abBadResp); free(r.abBadScale); free(r.abBadItem);
parse_out:
  rd_locate(&r);
  strmap_free(r.pResp);
  strmap_free(r.pScale);
  json_decref(root);
  jsonsplit_free(&split);
  if( pErr->n>n0 ){ instrument_free(p); return 1; }
  *pp = p;
  return 0;
}

/* ---- writing JSON ----
** Written straight into one buffer, laid out as jansson's JSON_INDENT(2)
** (reals as %.6g with a ".0" when whole): an instrument of a million
** items costs no tree of millions of objects. */

typedef struct Jw {
  Sb b;
  int n;                        /* depth */
  unsigned char abFirst[8];     /* nothing written yet at each depth */
} Jw;

static void jw_string(Jw *w, const char *z){
  sb_putc(&w->b, '"');
  while( *z ){
    size_t k = 0;
    while( z[k] && z[k]!='"' && z[k]!='\\' && (unsigned char)z[k]>=0x20 ) k++;
    if( k ) sb_append(&w->b, z, k);
    z += k;
    if( !*z ) break;
    unsigned char c = (unsigned char)*z++;
    switch( c ){
      case '"':  sb_append(&w->b, "\\\"", 2); break;
      case '\\': sb_append(&w->b, "\\\\", 2); break;
      case '\b': sb_append(&w->b, "\\b", 2); break;
      case '\f': sb_append(&w->b, "\\f", 2); break;
      case '\n': sb_append(&w->b, "\\n", 2); break;
      case '\r': sb_append(&w->b, "\\r", 2); break;
      case '\t': sb_append(&w->b, "\\t", 2); break;
      default:   sb_printf(&w->b, "\\u%04X", c);
    }
  }
  sb_putc(&w->b, '"');
}

/* Start the next member (zKey) or array element (NULL) at this depth. */
static void jw_key(Jw *w, const char *zKey){
  if( w->n==0 ) return;
  if( !w->abFirst[w->n] ) sb_putc(&w->b, ',');
  w->abFirst[w->n] = 0;
  sb_putc(&w->b, '\n');
  for(int i=0; i<w->n; i++) sb_append(&w->b, "  ", 2);
  if( zKey ){ jw_string(w, zKey); sb_append(&w->b, ": ", 2); }
}
static void jw_open(Jw *w, const char *zKey, char c){
  jw_key(w, zKey);
  sb_putc(&w->b, c);
  w->abFirst[++w->n] = 1;
}
static void jw_close(Jw *w, char c){
  if( !w->abFirst[w->n--] ){
    sb_putc(&w->b, '\n');
    for(int i=0; i<w->n; i++) sb_append(&w->b, "  ", 2);
  }
  sb_putc(&w->b, c);
}
static void jw_str(Jw *w, const char *zKey, const char *z){ jw_key(w, zKey); jw_string(w, z ? z : ""); }
static void jw_int(Jw *w, const char *zKey, long long v){ jw_key(w, zKey); sb_printf(&w->b, "%lld", v); }
static void jw_real(Jw *w, const char *zKey, double r){
  char z[64];
  jw_key(w, zKey);
  snprintf(z, sizeof(z), "%.6g", r);
  sb_puts(&w->b, z);
  if( !strpbrk(z, ".eEni") ) sb_append(&w->b, ".0", 2);   /* i, n: inf, nan */
}

static void wr_text(Jw *w, const char *zKey, const InstText *t){
  jw_open(w, zKey, '{');
  for(int i=0; i<t->n; i++) jw_str(w, t->azLang[i], t->azText[i]);
  jw_close(w, '}');
}

static void wr_bands(Jw *w, const char *zKey, const InstBand *a, int n){
  jw_open(w, zKey, '[');
  for(int i=0; i<n; i++){
    jw_open(w, NULL, '{');
    jw_str(w, "band", a[i].zBand);
    jw_real(w, "min", a[i].rMin);
    jw_real(w, "max", a[i].rMax);
    jw_close(w, '}');
  }
  jw_close(w, ']');
}

char *instrument_to_json(const Instrument *p){
  Jw w = { SB_INIT, 0, {0} };
  jw_open(&w, NULL, '{');
  jw_int(&w, FORMAT_KEY, FORMAT_VERSION);
  jw_str(&w, "id", p->zId);
  wr_text(&w, "title", &p->title);
  wr_bands(&w, "bands", p->aBand, p->nBand);
  if( p->zBenefits && p->zDrawbacks ){
    jw_open(&w, "balance", '{');
    jw_str(&w, "benefits", p->zBenefits);
    jw_str(&w, "drawbacks", p->zDrawbacks);
    jw_close(&w, '}');
  }
  jw_open(&w, "responses", '[');
  for(int i=0; i<p->nResp; i++){
    const InstResp *r = &p->aResp[i];
    jw_open(&w, NULL, '{');
    jw_str(&w, "id", r->zId);
    jw_int(&w, "min", r->iMin);
    jw_int(&w, "max", r->iMax);
    if( r->bNa ){
      jw_int(&w, "na", r->iNa);
      if( r->naLabel.n ) wr_text(&w, "na_label", &r->naLabel);
    }
    jw_open(&w, "labels", '{');
    for(int l=0; l<r->nLang; l++){
      jw_open(&w, r->azLang[l], '[');
      for(int v=0; v<=r->iMax-r->iMin; v++) jw_str(&w, NULL, r->aazLabel[l][v]);
      jw_close(&w, ']');
    }
    jw_close(&w, '}');
    jw_close(&w, '}');
  }
  jw_close(&w, ']');
  jw_open(&w, "scales", '[');
  for(int i=0; i<p->nScale; i++){
    const InstScale *s = &p->aScale[i];
    jw_open(&w, NULL, '{');
    jw_str(&w, "id", s->zId);
    wr_text(&w, "label", &s->label);
    jw_str(&w, "scoring", s->eScoring==SCORE_COUNT ? "count" : "mean");
    if( s->nBand ) wr_bands(&w, "bands", s->aBand, s->nBand);
    jw_close(&w, '}');
  }
  jw_close(&w, ']');
  jw_open(&w, "items", '[');
  for(int i=0; i<p->nItem; i++){
    const InstItem *it = &p->aItem[i];
    jw_open(&w, NULL, '{');
    jw_str(&w, "id", it->zId);
    wr_text(&w, "label", &it->label);
    jw_str(&w, "response", p->aResp[it->iResp].zId);
    jw_open(&w, "scales", '[');
    for(int k=0; k<it->nScale; k++) jw_str(&w, NULL, p->aScale[it->aiScale[k]].zId);
    jw_close(&w, ']');
    if( it->bReverse ){ jw_key(&w, "reverse"); sb_append(&w.b, "true", 4); }
    jw_close(&w, '}');
  }
  jw_close(&w, ']');
  jw_close(&w, '}');
  sb_putc(&w.b, '\n');
  return sb_take(&w.b);
}

/* ---- built-in instruments ---- */

#define BUILTIN_DIR "data/instruments/"

const char *instrument_builtin(const char *zId, size_t *pn){
  char *zName = xasprintf(BUILTIN_DIR "%s.json", zId);
  const char *z = builtin_text(zName, pn);
  free(zName);
  return z;
}

const char *const *instrument_builtin_ids(void){
  static char **azId = NULL;
  if( !azId ){
    int n = 0;
    azId = xcalloc((size_t)nBuiltinFile+1, sizeof(char*));
    size_t nDir = strlen(BUILTIN_DIR);
    for(int i=0; i<nBuiltinFile; i++){
      const char *z = aBuiltinFile[i].zName;
      size_t nz = strlen(z);
      if( strncmp(z, BUILTIN_DIR, nDir)==0 && nz>nDir+5 && strcmp(z+nz-5, ".json")==0 ){
        azId[n++] = xstrndup(z+nDir, nz-nDir-5);
      }
    }
  }
  return (const char *const*)azId;
}

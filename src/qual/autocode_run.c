/*
** autocode_run.c: the use cases of the auto-coding rules (see
** autocode_run.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "qual/autocode_run.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

int qual_autocode_rule_add(Store *p, const AcRuleAddOpts *o, int64_t *pId, Err *pErr){
  const char *azPat[3] = { o->zWords, o->zPhrase, o->zRegex };
  int eKind = -1, nGiven = 0;
  *pId = 0;
  for(int i=0; i<3; i++) if( azPat[i] ){ eKind = i; nGiven++; }
  if( nGiven!=1 ) return err_set(pErr, ERR_USAGE, "give exactly one of --words, --phrase or --regex");
  const char *zScope = o->zScope ? o->zScope : "paragraph";
  if( strcmp(zScope, "paragraph")!=0 && strcmp(zScope, "hit")!=0 ){
    return err_set(pErr, ERR_USAGE, "--scope must be paragraph or hit, not '%s'", zScope);
  }
  char *zErr = NULL;
  if( ac_check(eKind, azPat[eKind], &zErr) ){
    err_set(pErr, ERR_USAGE, "%s", zErr ? zErr : "");
    free(zErr);
    return ERR_USAGE;
  }
  int rc = st_autocode_rule_add(p, o->zCode, ac_kind_name(eKind), azPat[eKind], zScope, o->zWho, pId);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_autocode_rule_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "id,code,kind,pattern,scope,pending,accepted,rejected", st_autocode_rule_list, ppOut, pErr);
}

int qual_autocode_rule_remove(Store *p, int64_t iRule, const char *zWho, Err *pErr){
  int rc = st_autocode_rule_remove(p, iRule, zWho);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_autocode_compile(Store *p, int64_t iRule, AcRuleRec **paRule, int *pnRule, AcSet **ppSet, Err *pErr){
  *ppSet = NULL;
  int rc = st_autocode_rules(p, iRule, paRule, pnRule);
  if( rc ) return store_err(p, rc, pErr);
  int nRule = *pnRule;
  AcRuleRec *aRule = *paRule;
  if( nRule==0 ) return err_set(pErr, ERR_FAIL, "no auto-coding rules (add one with: synergist autocode rule add)");
  AcRule *aAc = xcalloc((size_t)nRule, sizeof(AcRule));
  for(int i=0; i<nRule; i++){
    aAc[i].eKind = ac_kind_parse(aRule[i].zKind);
    aAc[i].zPattern = aRule[i].zPattern;
    aAc[i].eScope = strcmp(aRule[i].zScope, "hit")==0 ? AC_HIT : AC_PARAGRAPH;
  }
  char *zErr = NULL;
  *ppSet = ac_compile(aAc, nRule, &zErr);
  free(aAc);      /* the set keeps the patterns of aRule, not aAc */
  if( !*ppSet ){
    err_set(pErr, ERR_FAIL, "%s", zErr ? zErr : "");
    free(zErr);
    return ERR_FAIL;
  }
  return 0;
}

typedef struct RunCtx {
  Store *pStore; int64_t iSource;
  AcRuleRec *aRule;
  int64_t *anNew;            /* new suggestions per rule */
  int rc;
} RunCtx;

static int run_hit(void *pArg, int iRule, int64_t iStart, int64_t iEnd){
  RunCtx *c = pArg;
  int bNew = 0;
  c->rc = st_suggestion_add(c->pStore, c->iSource, c->aRule[iRule].iCode, iStart, iEnd,
                            "rule", c->aRule[iRule].id, NAN, &bNew);
  c->anNew[iRule] += bNew;
  return c->rc;
}

/* Match the set over each source of aSrc (names only: each text is read
** in turn), counting new suggestions in c. */
static int run_sources(Store *p, AcSet *pSet, const QualSource *aSrc, int nSrc, RunCtx *c){
  for(int i=0; i<nSrc; i++){
    QualSource src;
    int rc = st_source_get(p, aSrc[i].zName, 1, &src);
    if( rc ) return rc;
    c->iSource = src.id;
    ac_match(pSet, src.zText, src.zLanguage, run_hit, c);
    st_source_clear(&src);
    if( c->rc ) return c->rc;
  }
  return STORE_OK;
}

int qual_autocode_run(Store *p, const AcRunOpts *o, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  AcRuleRec *aRule = NULL; int nRule = 0;
  AcSet *pSet;
  if( qual_autocode_compile(p, o->iRule, &aRule, &nRule, &pSet, pErr) ){
    st_ac_rule_recs_free(aRule, nRule);
    return pErr->e;
  }
  int rc;
  QualSource *aSrc = NULL; int nSrc = 0;
  if( o->zSource ){
    aSrc = xcalloc(1, sizeof(QualSource));
    rc = st_source_get(p, o->zSource, 0, aSrc);
    nSrc = 1;
  }else{
    rc = st_source_all(p, o->zPartnership, 0, &aSrc, &nSrc);
  }
  RunCtx c = { p, 0, aRule, xcalloc((size_t)nRule, sizeof(int64_t)), 0 };
  if( rc==STORE_OK ) rc = run_sources(p, pSet, aSrc, nSrc, &c);
  if( rc==STORE_OK ){
    Table *t = table_newc(NULL, "rule,code,kind,pattern,new_suggestions");
    for(int i=0; i<nRule; i++){
      int r = table_row(t);
      table_int(t, r, 0, aRule[i].id);
      table_text(t, r, 1, aRule[i].zCode);
      table_text(t, r, 2, aRule[i].zKind);
      table_text(t, r, 3, aRule[i].zPattern);
      table_int(t, r, 4, c.anNew[i]);
    }
    *ppOut = t;
  }else{
    store_err(p, rc, pErr);
  }
  free(c.anNew);
  ac_free(pSet);
  st_ac_rule_recs_free(aRule, nRule);
  st_sources_free(aSrc, nSrc);
  return rc ? pErr->e : 0;
}

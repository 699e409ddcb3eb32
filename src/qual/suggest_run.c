/*
** suggest_run.c: the use cases of `suggest list`, `suggest accept` and
** `suggest reject` (see coding_run.h).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "qual/coding.h"
#include "qual/coding_run.h"
#include "qual/excerpt.h"
#include "qual/redact.h"

/* ERR_USAGE when the filter's origin is neither rule nor classifier. */
static int check_filter(const SuggestFilter *f, Err *pErr){
  if( f->zOrigin && strcmp(f->zOrigin, "rule")!=0 && strcmp(f->zOrigin, "classifier")!=0 ){
    return err_set(pErr, ERR_USAGE, "--origin must be rule or classifier, not '%s'", f->zOrigin);
  }
  return 0;
}

int qual_suggest_list(Store *p, const SuggestFilter *pF, const char *zStatus, int bNames, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( check_filter(pF, pErr) ) return pErr->e;
  SuggestFilter f = *pF;
  if( !zStatus ) f.zStatus = "pending";
  else if( strcmp(zStatus, "all")==0 ) f.zStatus = NULL;
  else if( strcmp(zStatus, "pending") && strcmp(zStatus, "accepted") && strcmp(zStatus, "rejected") ){
    return err_set(pErr, ERR_USAGE, "--status must be pending, accepted, rejected or all, not '%s'", zStatus);
  }else f.zStatus = zStatus;
  Table *t = table_newc(NULL, "id,source,partnership,code,start,end,origin,rule,score,status,text");
  int rc = qual_suggestions(p, &f, t);
  Redactor *pRed = NULL;
  if( rc==STORE_OK && !bNames && t->nRow>0 && !(pRed = redactor_for_study(p)) ) rc = STORE_ERROR;
  if( rc ){
    table_free(t);
    return store_err(p, rc, pErr);
  }
  for(int r=0; r<t->nRow; r++){
    const Cell *c = table_cell(t, r, 10);
    if( c->t!=CELL_TEXT ) continue;
    char *z = qual_excerpt(c->z, 0, INT64_MAX, 60, pRed);
    table_text(t, r, 10, z);
    free(z);
  }
  redactor_free(pRed);
  *ppOut = t;
  return 0;
}

int qual_suggest_decide(Store *p, const SuggestDecideOpts *o, int *pnDone, Err *pErr){
  *pnDone = 0;
  if( check_filter(&o->f, pErr) ) return pErr->e;
  if( !o->zCoder ) return err_set(pErr, ERR_USAGE, "give the coder who decides with --coder NAME");
  if( o->bAll==(o->nId>0) ) return err_set(pErr, ERR_USAGE, "give suggestion ids or --all (with filters), not both or neither");
  int64_t *aAll = NULL;
  const int64_t *aId = o->aId;
  int nId = o->nId;
  if( o->bAll ){
    SuggestFilter f = o->f;
    f.zStatus = "pending";
    int rc = st_suggestion_ids(p, &f, &aAll, &nId);
    if( rc ) return store_err(p, rc, pErr);
    aId = aAll;
  }
  int rc = qual_suggestions_decide(p, aId, nId, o->bAccept, o->zCoder, 0, o->zWho);
  free(aAll);
  if( rc ) return store_err(p, rc, pErr);
  *pnDone = nId;
  return 0;
}

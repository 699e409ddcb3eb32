/*
** search_run.c: the use cases of `search`, `search --explain` and `search
** --reindex` (see search.h).
*/
#include <stdlib.h>
#include "qual/query.h"
#include "qual/search.h"
#include "util/sb.h"

/* ERR_USAGE when --limit or --context is out of range. */
static int check_opts(const SearchOpts *o, Err *pErr){
  if( o->nLimit<0 ) return err_set(pErr, ERR_USAGE, "--limit must be 0 (no limit) or more, not %ld", o->nLimit);
  if( o->nContext<0 || o->nContext>10000 ){
    return err_set(pErr, ERR_USAGE, "--context must be between 0 and 10000, not %ld", o->nContext);
  }
  return 0;
}

int qual_search_run(Store *p, const SearchOpts *o, Table **ppOut, int *pbMore, Err *pErr){
  *ppOut = NULL;
  *pbMore = 0;
  if( check_opts(o, pErr) ) return pErr->e;
  Redactor *pRed = NULL;
  if( !o->bNames && !(pRed = redactor_for_study(p)) ) return store_err(p, STORE_ERROR, pErr);
  Table *t = table_newc(NULL, QUAL_SEARCH_COLUMNS);
  char *zErr = NULL;
  int rc = qual_search(p, o->zQuery, &o->f, (int)o->nLimit, (int)o->nContext, pRed, t, pbMore, &zErr);
  redactor_free(pRed);
  if( rc ){
    table_free(t);
    if( rc==STORE_QUERY ) err_set(pErr, ERR_USAGE, "%s", zErr ? zErr : "");
    else store_err(p, rc, pErr);
    free(zErr);
    return pErr->e;
  }
  *ppOut = t;
  return 0;
}

int qual_search_explain(const SearchOpts *o, char **pzOut, Err *pErr){
  *pzOut = NULL;
  if( check_opts(o, pErr) ) return pErr->e;
  TqNode *pQuery = NULL;
  char *zErr = NULL;
  if( qual_query_parse(o->zQuery, &pQuery, &zErr) ){
    err_set(pErr, ERR_USAGE, "%s", zErr ? zErr : "");
    free(zErr);
    return ERR_USAGE;
  }
  Sb sb = SB_INIT;
  tq_explain(&sb, pQuery);
  tq_free(pQuery);
  *pzOut = sb_take(&sb);
  return 0;
}

/* The work of qual_search_reindex() in its transaction. */
typedef struct Reindex { int nSource; int rc; } Reindex;
static int reindex(Store *p, void *pArg){
  Reindex *x = pArg;
  x->rc = st_search_reindex(p, &x->nSource);
  return x->rc;
}

int qual_search_reindex(Store *p, int *pnSource, Err *pErr){
  Reindex x = { 0, STORE_OK };
  int rcWork;
  int rc = store_write(p, reindex, &x, &rcWork);
  *pnSource = x.nSource;
  if( rc==STORE_OK ) rc = x.rc;
  return rc ? store_err(p, rc, pErr) : 0;
}

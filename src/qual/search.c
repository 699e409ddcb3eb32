/*
** search.c: the search use case (see search.h).
*/
#include <stdlib.h>
#include "qual/search.h"
#include "qual/excerpt.h"
#include "qual/query.h"
#include "util/sb.h"
#include "util/xalloc.h"

typedef struct KwicRows { Table *pOut; int nContext; const Redactor *pRed; Sb ctx; } KwicRows;

static int kwic_rows(const SearchHit *h, void *pArg){
  KwicRows *k = pArg;
  for(int i=0; i<h->nSpan; i++){
    int r = table_row(k->pOut);
    table_text(k->pOut, r, 0, h->zSource);
    table_text(k->pOut, r, 1, h->zPartnership);
    table_text(k->pOut, r, 2, h->zParticipant);
    table_int(k->pOut, r, 3, h->iParaStart + h->aSpan[i].iStart);
    table_int(k->pOut, r, 4, h->iParaStart + h->aSpan[i].iEnd);
    sb_reset(&k->ctx);
    qual_kwic(&k->ctx, h->zPara, h->aSpan[i].iStart, h->aSpan[i].iEnd, k->nContext, k->pRed);
    table_text(k->pOut, r, 5, sb_str(&k->ctx));
  }
  return 0;
}

int qual_search(Store *p, const char *zQuery, const SearchFilter *pF, int nLimit, int nContext,
                const Redactor *pRed, Table *pOut, int *pbMore, char **pzErr){
  *pzErr = NULL;
  if( pbMore ) *pbMore = 0;
  TqNode *pQuery = NULL;
  if( qual_query_parse(zQuery, &pQuery, pzErr) ) return STORE_QUERY;
  KwicRows k = { pOut, nContext, pRed, SB_INIT };
  int rc = st_search_run(p, pQuery, pF, nLimit, kwic_rows, &k, pbMore);
  if( rc==STORE_QUERY ) *pzErr = xstrdup(store_errmsg(p));
  sb_free(&k.ctx);
  tq_free(pQuery);
  return rc;
}

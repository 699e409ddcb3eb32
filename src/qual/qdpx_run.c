/*
** qdpx_run.c: the use cases of `qdpx export` and `qdpx import` (see
** qdpx.h): the partnerships checked and the coder map read before the
** exchange itself.
*/
#include <stdlib.h>
#include <string.h>
#include "qual/qdpx.h"
#include "store/st_roster.h"
#include "util/csvread.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int qual_qdpx_export(Store *p, const char *zFile, const char *const *azPart, int nPart, int bNames,
                     QdpxCounts *pCounts, Err *pErr){
  memset(pCounts, 0, sizeof(*pCounts));
  for(int i=0; i<nPart; i++){
    int rc = st_partnership_exists(p, azPart[i]);
    if( rc ) return store_err(p, rc, pErr);
  }
  char *zErr = NULL;
  int rc = qdpx_export(p, zFile, azPart, nPart, bNames, pCounts, &zErr);
  if( zErr ){
    err_set(pErr, ERR_FAIL, "%s", zErr);
    free(zErr);
    return ERR_FAIL;
  }
  return rc ? store_err(p, rc, pErr) : 0;
}

/* The --coder-map file read by csv_read(): columns user,coder. */
typedef struct CoderMap {
  const char *zFile;
  int iUser, iCoder;      /* columns, -1 before the header */
  char **azFrom, **azTo; int n;
  ErrList *pErr;
} CoderMap;

static int coder_map_row(void *pArg, const CsvRow *r){
  CoderMap *m = pArg;
  if( m->iUser<0 ){
    m->iUser = csv_find_col(r, "user");
    m->iCoder = csv_find_col(r, "coder");
    if( m->iUser<0 || m->iCoder<0 ){
      errlist_add(m->pErr, m->zFile, r->iLine, 0, "%s", _("the header must name the columns user and coder"));
      return 1;
    }
    return 0;
  }
  if( m->iUser>=r->nField || m->iCoder>=r->nField || !r->az[m->iUser][0] || !r->az[m->iCoder][0] ){
    errlist_add(m->pErr, m->zFile, r->iLine, 0, "%s", _("a row needs a user and a coder"));
    return 0;
  }
  m->azFrom = xrealloc(m->azFrom, sizeof(char*)*(size_t)(m->n+1));
  m->azTo = xrealloc(m->azTo, sizeof(char*)*(size_t)(m->n+1));
  m->azFrom[m->n] = xstrdup(r->az[m->iUser]);
  m->azTo[m->n] = xstrdup(r->az[m->iCoder]);
  m->n++;
  return 0;
}

static void coder_map_free(CoderMap *m){
  for(int i=0; i<m->n; i++){ free(m->azFrom[i]); free(m->azTo[i]); }
  free(m->azFrom);
  free(m->azTo);
}

int qual_qdpx_import(Store *p, const char *zFile, const char *zPart, const char *zCoderMap,
                     QdpxCounts *pCounts, ErrList *pWarn, Err *pErr){
  memset(pCounts, 0, sizeof(*pCounts));
  if( !zPart ) return err_set(pErr, ERR_USAGE, "%s", _("qdpx import needs --partnership P"));
  int rc = st_partnership_exists(p, zPart);
  if( rc ) return store_err(p, rc, pErr);
  CoderMap m = { zCoderMap, -1, -1, NULL, NULL, 0, &pErr->list };
  if( zCoderMap ){
    csv_read(zCoderMap, coder_map_row, &m, &pErr->list);
    if( err_if_problems(pErr) ){
      coder_map_free(&m);
      return ERR_DATA;
    }
  }
  rc = qdpx_import(p, zFile, zPart, (const char*const*)m.azFrom, (const char*const*)m.azTo, m.n,
                   NULL, pCounts, &pErr->list, pWarn);
  coder_map_free(&m);
  if( err_if_problems(pErr) ) return ERR_DATA;
  return rc ? store_err(p, rc, pErr) : 0;
}

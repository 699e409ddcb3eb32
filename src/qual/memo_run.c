/*
** memo_run.c: the use cases of `memo add` and `memo list` (see
** coding_run.h).
*/
#include <stdlib.h>
#include <string.h>
#include "qual/coding.h"
#include "qual/coding_run.h"
#include "qual/redact.h"
#include "store/st_refi.h"

/* Position option zWhat's value z as a whole number from 0 into *pi. */
static int position(const char *zWhat, const char *z, int64_t *pi, Err *pErr){
  char *zE;
  long long v = strtoll(z, &zE, 10);
  if( !z[0] || *zE || v<0 ) return err_set(pErr, ERR_USAGE, "%s must be a whole number from 0, not '%s'", zWhat, z);
  *pi = v;
  return 0;
}

int qual_memo_add_run(Store *p, const MemoAddOpts *o, int64_t *pId, Err *pErr){
  *pId = 0;
  if( !o->zText || !o->zText[0] ) return err_set(pErr, ERR_USAGE, "memo add needs --text TEXT");
  if( (o->zStart || o->zEnd) && !(o->zStart && o->zEnd && strcmp(o->zKind, "source")==0) ){
    return err_set(pErr, ERR_USAGE, "--start and --end go together, with --source");
  }
  int rc;
  if( o->zStart ){
    int64_t iStart = 0, iEnd = 0;
    if( position("--end", o->zEnd, &iEnd, pErr) || position("--start", o->zStart, &iStart, pErr) ) return pErr->e;
    rc = st_memo_add_span(p, o->zTarget, iStart, iEnd, o->zText, o->zBy, pId);
  }else{
    rc = qual_memo_add(p, o->zKind, o->zTarget, o->zText, o->zBy, pId);
  }
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_memo_list(Store *p, const char *zKind, const char *zTarget, int bNames, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  Table *t = table_newc(NULL, "id,kind,target,author,created,text");
  int rc = qual_memos(p, zKind, zTarget, t);
  /* Analysts write memos, and may name people in them. */
  if( rc==STORE_OK && !bNames ) rc = redact_study_columns(p, t, 5, 5);
  return store_table(p, rc, t, ppOut, pErr);
}

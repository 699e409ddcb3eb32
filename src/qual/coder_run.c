/*
** coder_run.c: the use cases of `coder add`, `coder list` and `audit` (see
** coding_run.h).
*/
#include "qual/coding.h"
#include "qual/coding_run.h"
#include "qual/redact.h"
#include "util/date.h"

int qual_coder_add(Store *p, const char *zName, Err *pErr){
  if( !zName[0] ) return err_set(pErr, ERR_USAGE, "a coder needs a name");
  int rc = st_coder_add(p, zName);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_coder_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "coder,segments,sources", qual_coders, ppOut, pErr);
}

int qual_audit_list(Store *p, const char *zAction, const char *zSince, int bNames, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  int iDay;
  if( zSince && date_arg("--since", zSince, &iDay, pErr) ) return pErr->e;
  Table *t = table_newc(NULL, "id,at,who,action,target,before,after,reason");
  int rc = st_audit_list(p, zAction, zSince, t);
  /* The trail keeps memo and summary texts and the analysts' reasons,
  ** which may name people: pseudonymised like source text. */
  if( rc==STORE_OK && !bNames ) rc = redact_study_columns(p, t, 4, 7);
  return store_table(p, rc, t, ppOut, pErr);
}

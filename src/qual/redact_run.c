/*
** redact_run.c: the use cases of `redact` and `redact term add/list/remove`
** (see coding_run.h).
*/
#include <stdlib.h>
#include <string.h>
#include "qual/coding_run.h"
#include "qual/redact.h"
#include "store/st_roster.h"
#include "util/xalloc.h"

int qual_redact_sources(Store *p, const char *zSource, const char *zPartnership,
                        RedactedText **pa, int *pn, int *pnTerms, Err *pErr){
  *pa = NULL;
  *pn = *pnTerms = 0;
  if( zPartnership && st_partnership_exists(p, zPartnership) ) return store_err(p, STORE_NOTFOUND, pErr);
  QualSource *a; int n;
  int rc;
  if( zSource ){
    a = xcalloc(1, sizeof(QualSource));
    n = 1;
    rc = st_source_get(p, zSource, 1, &a[0]);
    if( rc ){ free(a); return store_err(p, rc, pErr); }
  }else{
    rc = st_source_all(p, zPartnership, 1, &a, &n);
    if( rc ) return store_err(p, rc, pErr);
  }
  Redactor *r = redactor_for_study(p);
  if( !r ){
    st_sources_free(a, n);
    return store_err(p, STORE_ERROR, pErr);
  }
  RedactedText *aOut = xcalloc((size_t)n+1, sizeof(RedactedText));
  for(int i=0; i<n; i++){
    aOut[i].zName = xstrdup(a[i].zName);
    aOut[i].zText = redactor_apply(r, a[i].zText);
    aOut[i].bChanged = strcmp(a[i].zText, aOut[i].zText)!=0;
  }
  *pnTerms = redactor_count(r);
  redactor_free(r);
  st_sources_free(a, n);
  *pa = aOut;
  *pn = n;
  return 0;
}

void qual_redacted_free(RedactedText *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zName); free(a[i].zText); }
  free(a);
}

int qual_redact_term_add(Store *p, const char *zTerm, const char *zAs, Err *pErr){
  if( !zAs ) return err_set(pErr, ERR_USAGE, "redact term add needs --as PSEUDONYM");
  if( !zTerm[strspn(zTerm, " \t")] ) return err_set(pErr, ERR_USAGE, "the term is empty");
  int rc = st_redact_term_add(p, zTerm, zAs);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_redact_term_list(Store *p, int bNames, Table **ppOut, int *pnHidden, Err *pErr){
  *ppOut = NULL;
  *pnHidden = 0;
  RedactTerm *aIn; int nIn;
  int rc = st_redact_terms(p, &aIn, &nIn);
  if( rc ) return store_err(p, rc, pErr);
  int n;
  RedactTerm *a = redact_expand(aIn, nIn, &n);
  st_redact_terms_free(aIn, nIn);
  static const char *const azKind[] = { "term", "name", "name part" };
  Table *t = table_newc(NULL, "term,replacement,kind");
  for(int i=0; i<n; i++){
    /* Names and their parts are real names: listed only with --names. */
    if( a[i].eKind!=REDACT_TERM && !bNames ){ (*pnHidden)++; continue; }
    int row = table_row(t);
    table_text(t, row, 0, a[i].zTerm);
    table_text(t, row, 1, a[i].zReplacement);
    table_text(t, row, 2, azKind[a[i].eKind]);
  }
  st_redact_terms_free(a, n);
  *ppOut = t;
  return 0;
}

int qual_redact_term_remove(Store *p, const char *zTerm, Err *pErr){
  int rc = st_redact_term_remove(p, zTerm);
  return rc ? store_err(p, rc, pErr) : 0;
}

/*
** source_run.c: the use cases of `source list`, `source show` and `source
** remove` (see coding_run.h).
*/
#include <stdlib.h>
#include "qual/coding.h"
#include "qual/coding_run.h"
#include "qual/redact.h"
#include "store/st_roster.h"
#include "util/paragraph.h"
#include "util/utf8.h"
#include "util/xalloc.h"

int qual_source_list(Store *p, const char *zPartnership, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( zPartnership && st_partnership_exists(p, zPartnership) ) return store_err(p, STORE_NOTFOUND, pErr);
  Table *t = table_newc(NULL, "name,partnership,kind,participant,language,date,characters,segments");
  int rc = st_source_list(p, zPartnership, t);
  return store_table(p, rc, t, ppOut, pErr);
}

/* Code points [iStart,iEnd) of z, pseudonymised by r unless bNames. Caller frees. */
static char *shown_slice(const char *z, int64_t iStart, int64_t iEnd, int bNames, Redactor *r){
  size_t b0 = utf8_byte_offset(z, (size_t)iStart);
  size_t b1 = utf8_byte_offset(z, (size_t)iEnd);
  char *zPart = xstrndup(z+b0, b1-b0);
  if( bNames ) return zPart;
  char *zShown = redactor_apply(r, zPart);
  free(zPart);
  return zShown;
}

/* The paragraphs of src that touch [iStart,iEnd). */
static Table *paragraphs(const QualSource *src, long iStart, long iEnd, int bNames, Redactor *r){
  int n;
  QualRange *a = paragraph_split(src->zText, &n);
  Table *t = table_newc(NULL, "paragraph,start,end,text");
  for(int i=0; i<n; i++){
    if( a[i].iEnd<=iStart || a[i].iStart>=iEnd ) continue;
    char *zShown = shown_slice(src->zText, a[i].iStart, a[i].iEnd, bNames, r);
    int row = table_row(t);
    table_int(t, row, 0, i+1);
    table_int(t, row, 1, a[i].iStart);
    table_int(t, row, 2, a[i].iEnd);
    table_text(t, row, 3, zShown);
    free(zShown);
  }
  free(a);
  return t;
}

int qual_source_show(Store *p, const SourceShowOpts *o, char **pzText, Table **ppParas, Err *pErr){
  *pzText = NULL;
  *ppParas = NULL;
  QualSource src;
  int rc = qual_source(p, o->zName, 1, &src);
  if( rc ) return store_err(p, rc, pErr);
  long iStart = o->iStart, iEnd = o->iEnd<0 ? (long)src.nCp : o->iEnd;
  if( iStart<0 || iEnd>src.nCp || iStart>iEnd ){
    err_set(pErr, ERR_USAGE, "span [%ld,%ld) is not inside source '%s', which has %lld characters",
            iStart, iEnd, src.zName, (long long)src.nCp);
    st_source_clear(&src);
    return ERR_USAGE;
  }
  Redactor *r = redactor_for_study(p);
  if( !r ){
    st_source_clear(&src);
    return store_err(p, STORE_ERROR, pErr);
  }
  if( o->bParagraphs ) *ppParas = paragraphs(&src, iStart, iEnd, o->bNames, r);
  else *pzText = shown_slice(src.zText, iStart, iEnd, o->bNames, r);
  redactor_free(r);
  st_source_clear(&src);
  return 0;
}

int qual_source_remove(Store *p, const char *zName, const char *zReason, Err *pErr){
  int rc = st_source_remove(p, zName, NULL, zReason);
  return rc ? store_err(p, rc, pErr) : 0;
}

/*
** segment.c: segment_table() and segment_slice() (see segment.h), the use
** cases of `segment list`, `segment remove` and `segment recode` (see
** coding_run.h).
*/
#include <stdlib.h>
#include "qual/coding.h"
#include "qual/redact.h"
#include "qual/coding_run.h"
#include "qual/segment.h"
#include "util/utf8.h"
#include "util/xalloc.h"

char *segment_slice(const char *z, int64_t iStart, int64_t iEnd){
  size_t b0 = utf8_byte_offset(z, (size_t)iStart);
  size_t b1 = b0 + utf8_byte_offset(z+b0, (size_t)(iEnd-iStart));
  return xstrndup(z+b0, b1-b0);
}

int segment_table(Store *pS, const SegFilter *pF, int bNames, Table **ppOut){
  QualSegment *a; int n;
  *ppOut = NULL;
  int rc = st_segment_list(pS, pF, &a, &n);
  if( rc ) return rc;
  Redactor *r = NULL;
  if( !bNames && !(r = redactor_for_study(pS)) ){
    st_segments_free(a, n);
    return STORE_ERROR;
  }
  Table *t = table_newc(NULL, "id,source,partnership,participant,code,coder,start,end,text,memo");
  QualSource src = {0};
  for(int i=0; i<n && rc==STORE_OK; i++){
    int row = table_row(t);
    table_int(t, row, 0, a[i].id);
    table_text(t, row, 1, a[i].zSource);
    table_text(t, row, 2, a[i].zPartnership);
    table_text(t, row, 3, a[i].zParticipant);
    table_text(t, row, 4, a[i].zCodePath);
    table_text(t, row, 5, a[i].zCoder);
    table_int(t, row, 6, a[i].iStart);
    table_int(t, row, 7, a[i].iEnd);
    if( src.id!=a[i].iSource ){
      st_source_clear(&src);
      if( (rc = st_source_get(pS, a[i].zSource, 1, &src))!=STORE_OK ) break;
    }
    char *z = segment_slice(src.zText, a[i].iStart, a[i].iEnd);
    table_text(t, row, 8, z);
    table_text(t, row, 9, a[i].zMemo);
    free(z);
  }
  st_source_clear(&src);
  st_segments_free(a, n);
  if( rc ){
    table_free(t);
    redactor_free(r);
    return rc;
  }
  if( r ){
    redactor_apply_column(r, t, 8);
    redactor_apply_column(r, t, 9);
    redactor_free(r);
  }
  *ppOut = t;
  return STORE_OK;
}

int qual_segment_list(Store *p, const SegFilter *pF, int bNames, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  int rc = segment_table(p, pF, bNames, ppOut);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_segment_remove_run(Store *p, int64_t iId, const char *zReason, Err *pErr){
  int rc = qual_segment_remove(p, iId, NULL, zReason);
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_segment_recode_run(Store *p, int64_t iId, const char *zCode, const char *zReason, int *pbSame, Err *pErr){
  if( !zCode ) return err_set(pErr, ERR_USAGE, "segment recode needs --code CODE");
  int rc = qual_segment_recode(p, iId, zCode, NULL, zReason, pbSame);
  return rc ? store_err(p, rc, pErr) : 0;
}

/*
** code_run.c: the use cases of `code list`, `code remove` and `code apply`
** and the code changes of `code add/rename/move/merge/describe` over
** coding.h (see coding_run.h).
*/
#include <stdlib.h>
#include <string.h>
#include "qual/coding.h"
#include "qual/coding_run.h"
#include "qual/excerpt.h"
#include "qual/quote.h"
#include "qual/redact.h"
#include "util/sb.h"

/* Store result rc as the use case's result. */
static int done(Store *p, int rc, Err *pErr){
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_code_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "code,path,segments,total,sources,description", st_code_list, ppOut, pErr);
}

int qual_code_remove(Store *p, const char *zCode, const char *zReason, Err *pErr){
  return done(p, st_code_remove(p, zCode, NULL, zReason), pErr);
}

/* Find the span of quote zQuote in the source; ERR_FAIL listing the places
** when the quote is absent or appears more than once (the text shown
** pseudonymised unless bNames). */
static int find_quote(Store *p, int bNames, const QualSource *pSrc, const char *zQuote,
                      int64_t *piStart, int64_t *piEnd, Err *pErr){
  QuoteHits h;
  if( qual_quote_find(pSrc->zText, zQuote, &h) ) return err_set(pErr, ERR_USAGE, "--quote is empty");
  if( h.n==1 ){
    *piStart = h.a[0].iStart;
    *piEnd = h.a[0].iEnd;
    free(h.a);
    return 0;
  }
  Sb msg = SB_INIT;
  int iLine, iCol;
  if( h.n==0 ){
    sb_printf(&msg, "the quote is not in source '%s'", pSrc->zName);
    if( h.iBestStart>=0 ){
      Redactor *pRed = bNames ? NULL : redactor_for_study(p);
      char *zSeen = qual_excerpt(pSrc->zText, h.iBestStart, h.iBestStart+h.nBestLen+1, 0, pRed);
      redactor_free(pRed);
      qual_line_col(pSrc->zText, h.iBestStart, &iLine, &iCol);
      sb_printf(&msg, "; its longest beginning found is at %s:%d:%d (position %lld), where the text reads \"%s\"",
                pSrc->zName, iLine, iCol, (long long)h.iBestStart, zSeen);
      free(zSeen);
    }
  }else{
    sb_printf(&msg, "the quote appears %d times in source '%s'; give --start and --end for one of:", h.n, pSrc->zName);
    for(int i=0; i<h.n; i++){
      qual_line_col(pSrc->zText, h.a[i].iStart, &iLine, &iCol);
      sb_printf(&msg, "\n  %s:%d:%d  --start %lld --end %lld", pSrc->zName, iLine, iCol,
                (long long)h.a[i].iStart, (long long)h.a[i].iEnd);
    }
  }
  free(h.a);
  err_set(pErr, ERR_FAIL, "%s", sb_str(&msg));
  sb_free(&msg);
  return ERR_FAIL;
}

/* The span of o: its quote found, or --start and --end checked against the
** source's length. */
static int apply_span(Store *p, const CodeApplyOpts *o, const QualSource *pSrc,
                      int64_t *piStart, int64_t *piEnd, Err *pErr){
  if( o->zQuote ) return find_quote(p, o->bNames, pSrc, o->zQuote, piStart, piEnd, pErr);
  char *zE1, *zE2;
  int64_t iStart = strtoll(o->zStart, &zE1, 10);
  int64_t iEnd = strtoll(o->zEnd, &zE2, 10);
  if( !o->zStart[0] || *zE1 || !o->zEnd[0] || *zE2 ) return err_set(pErr, ERR_USAGE, "--start and --end must be whole numbers");
  if( iStart<0 || iEnd>pSrc->nCp || iStart>=iEnd ){
    return err_set(pErr, ERR_USAGE, "span [%lld,%lld) is %s source '%s', which has %lld characters (positions 0 to %lld)",
                   (long long)iStart, (long long)iEnd, iStart>=iEnd ? "empty or reversed in" : "outside",
                   pSrc->zName, (long long)pSrc->nCp, (long long)pSrc->nCp);
  }
  *piStart = iStart;
  *piEnd = iEnd;
  return 0;
}

int qual_code_apply(Store *p, const CodeApplyOpts *o, int64_t *pId, int64_t *piStart, int64_t *piEnd, Err *pErr){
  *pId = *piStart = *piEnd = 0;
  if( !o->zSource || !o->zCode || !o->zCoder ){
    return err_set(pErr, ERR_USAGE, "code apply needs --source NAME, --code CODE and --coder C");
  }
  if( !o->zQuote==!(o->zStart || o->zEnd) ){
    return err_set(pErr, ERR_USAGE, "code apply needs either --quote TEXT or --start N --end N");
  }
  if( !o->zQuote && !(o->zStart && o->zEnd) ) return err_set(pErr, ERR_USAGE, "code apply needs both --start and --end");
  QualSource src;
  int64_t id;
  int rc = st_source_get(p, o->zSource, 1, &src);
  if( rc ) return store_err(p, rc, pErr);
  if( (rc = st_code_find(p, o->zCode, &id, NULL))!=STORE_OK
   || (rc = st_coder_id(p, o->zCoder, &id))!=STORE_OK ){
    st_source_clear(&src);
    return store_err(p, rc, pErr);
  }
  if( apply_span(p, o, &src, piStart, piEnd, pErr) ){
    st_source_clear(&src);
    return pErr->e;
  }
  st_source_clear(&src);
  return done(p, st_segment_add(p, o->zSource, o->zCode, o->zCoder, *piStart, *piEnd, o->zMemo, NULL, pId), pErr);
}

/* ERR_USAGE unless zName can name a code. */
static int check_code_name(const char *zName, Err *pErr){
  if( !zName[0] ) return err_set(pErr, ERR_USAGE, "a code needs a name");
  if( strchr(zName, '/') ) return err_set(pErr, ERR_USAGE, "a code name cannot contain '/': '%s'", zName);
  return 0;
}

int qual_code_add_run(Store *p, const char *zName, const char *zParent, const char *zDesc,
                      const char *zExample, Err *pErr){
  if( check_code_name(zName, pErr) ) return pErr->e;
  return done(p, qual_code_add(p, zName, zParent, zDesc, zExample, NULL, NULL), pErr);
}

int qual_code_rename_run(Store *p, const char *zCode, const char *zNewName, const char *zReason, Err *pErr){
  if( check_code_name(zNewName, pErr) ) return pErr->e;
  return done(p, qual_code_rename(p, zCode, zNewName, NULL, zReason), pErr);
}

int qual_code_move_run(Store *p, const char *zCode, const char *zParent, int bTop, const char *zReason, Err *pErr){
  if( !zParent==!bTop ) return err_set(pErr, ERR_USAGE, "code move needs either --parent CODE or --top");
  return done(p, qual_code_move(p, zCode, zParent, NULL, zReason), pErr);
}

int qual_code_merge_run(Store *p, const char *zFrom, const char *zInto, const char *zReason, Err *pErr){
  if( !zInto ) return err_set(pErr, ERR_USAGE, "code merge needs --into CODE");
  return done(p, qual_code_merge(p, zFrom, zInto, NULL, zReason), pErr);
}

int qual_code_describe_run(Store *p, const char *zCode, const char *zDesc, const char *zExample, Err *pErr){
  if( !zDesc && !zExample ) return err_set(pErr, ERR_USAGE, "nothing to change: give --description or --example");
  return done(p, qual_code_describe(p, zCode, zDesc, zExample, NULL), pErr);
}

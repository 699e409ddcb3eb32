/*
** codebook_run.c: the use cases of `codebook install`, `codebook import`
** and `codebook export` (see coding_run.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "qual/codebook.h"
#include "qual/coding_run.h"
#include "qual/qdc.h"
#include "util/builtin.h"
#include "util/sb.h"

/* Install JSON codebook zJson from zFile: its problems (ERR_DATA) first,
** then a store failure. */
static int install(Store *p, const char *zJson, const char *zFile, const char *zUnder, int bBuiltin,
                   int *pnAdded, Err *pErr){
  int rc = codebook_install(p, zJson, zFile, zUnder, bBuiltin, NULL, pnAdded, &pErr->list);
  if( err_if_problems(pErr) ) return ERR_DATA;
  return rc ? store_err(p, rc, pErr) : 0;
}

int qual_codebook_install(Store *p, int *pnAdded, Err *pErr){
  *pnAdded = 0;
  const char *zJson = builtin_text(CODEBOOK_BUILTIN, NULL);
  if( !zJson ) return err_set(pErr, ERR_INTERNAL, "the built-in codebook is missing from this build");
  return install(p, zJson, CODEBOOK_BUILTIN, NULL, 1, pnAdded, pErr);
}

/* 1 if zFile's name ends in .qdc (any case): a REFI-QDA codebook. */
static int is_qdc(const char *zFile){
  size_t n = strlen(zFile);
  return n>4 && strcasecmp(zFile+n-4, ".qdc")==0;
}

int qual_codebook_import(Store *p, const char *zPath, const char *zUnder, int *pnAdded, ErrList *pWarn, Err *pErr){
  *pnAdded = 0;
  FILE *f = fopen(zPath, "rb");
  if( !f ) return err_set(pErr, ERR_FAIL, "cannot open %s", zPath);
  Sb sb = SB_INIT;
  char aBuf[8192];
  size_t n;
  while( (n = fread(aBuf, 1, sizeof(aBuf), f))>0 ) sb_append(&sb, aBuf, n);
  fclose(f);
  int rc;
  if( is_qdc(zPath) ){
    rc = qdc_import(p, sb_str(&sb), strlen(sb_str(&sb)), zPath, zUnder, NULL, pnAdded, &pErr->list, pWarn);
    if( err_if_problems(pErr) ) rc = ERR_DATA;
    else if( rc ) rc = store_err(p, rc, pErr);
  }else{
    rc = install(p, sb_str(&sb), zPath, zUnder, 0, pnAdded, pErr);
  }
  sb_free(&sb);
  return rc;
}

int qual_codebook_export(Store *p, int bQdc, char **pzText, Err *pErr){
  if( bQdc ){
    char *zErr = NULL;
    *pzText = qdc_export(p, &zErr);
    if( !*pzText ){
      err_set(pErr, ERR_FAIL, "%s", zErr ? zErr : "unexpected error");
      free(zErr);
      return ERR_FAIL;
    }
    return 0;
  }
  *pzText = codebook_export(p);
  return *pzText ? 0 : store_err(p, STORE_ERROR, pErr);
}

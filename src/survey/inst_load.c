/*
** inst_load.c: instruments between files, built-ins and the study:
** survey_instrument_load(), survey_instrument_read() and survey tokens
** (see survey.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include "survey/survey.h"
#include "survey/redcap.h"
#include "store/st_survey.h"
#include "util/xalloc.h"
#include "util/sb.h"

int survey_instrument_load(Store *p, const char *zCode, int bRegister, Instrument **pp,
                           int64_t *pId, char **pzErr){
  *pp = NULL; *pzErr = NULL; *pId = 0;
  char *zJson = NULL;
  int rc = st_instrument_get(p, zCode, pId, &zJson);
  const char *zSrc = zJson;
  size_t nSrc = zJson ? strlen(zJson) : 0;
  if( rc==STORE_NOTFOUND ){
    zSrc = instrument_builtin(zCode, &nSrc);
    if( !zSrc ){ *pzErr = xstrdup(store_errmsg(p)); return rc; }
    rc = STORE_OK;
  }else if( rc ){
    *pzErr = xstrdup(store_errmsg(p));
    return rc;
  }
  ErrList err = ERRLIST_INIT;
  if( instrument_parse(zSrc, nSrc, zCode, pp, &err) ){
    *pzErr = xasprintf("instrument '%s' cannot be read: %s", zCode, err.n ? err.a[0].zMsg : "?");
    errlist_free(&err);
    free(zJson);
    return STORE_ERROR;
  }
  errlist_free(&err);
  if( !zJson && bRegister ){
    rc = st_instrument_put(p, zCode, inst_text(&(*pp)->title, "en"), "built-in", (*pp)->nItem, zSrc, 0);
    if( rc==STORE_OK ) rc = st_instrument_get(p, zCode, pId, NULL);
    if( rc ){
      *pzErr = xstrdup(store_errmsg(p));
      instrument_free(*pp); *pp = NULL;
    }
  }
  free(zJson);
  return rc;
}

/* The file's base name without directory and extension; caller frees. */
static char *base_name(const char *zPath){
  const char *z = strrchr(zPath, '/');
  z = z ? z+1 : zPath;
  const char *zDot = strrchr(z, '.');
  return xstrndup(z, zDot && zDot>z ? (size_t)(zDot-z) : strlen(z));
}

int survey_instrument_read(const char *zPath, const char *zId, Instrument **pp, ErrList *pErr, Sb *pNotes){
  *pp = NULL;
  FILE *in = fopen(zPath, "rb");
  if( !in ){ errlist_add(pErr, zPath, 0, 0, "cannot open: %m"); return 1; }
  Sb b = SB_INIT;
  char aBuf[8192]; size_t n;
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) sb_append(&b, aBuf, n);
  fclose(in);
  const char *z = sb_str(&b);
  size_t nz = b.n;
  if( nz>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ){ z += 3; nz -= 3; }
  size_t iFirst = strspn(z, " \t\r\n");
  int rc;
  char *zBase = base_name(zPath);
  if( z[iFirst]=='{' ){
    rc = instrument_parse(z, nz, zPath, pp, pErr);
    if( rc==0 && zId ){ free((*pp)->zId); (*pp)->zId = xstrdup(zId); }
  }else if( redcap_is_dictionary(z) ){
    rc = redcap_read_dictionary(zPath, zId ? zId : zBase, pp, pErr, pNotes);
  }else{
    errlist_add(pErr, zPath, 1, 1, "neither a synergist instrument (JSON) nor a REDCap data dictionary "
                "(a CSV whose first column is \"Variable / Field Name\")");
    rc = 1;
  }
  free(zBase);
  sb_free(&b);
  return rc;
}

void survey_token_new(char *z){
  unsigned char aRand[32];
  /* Drawn again when the first character is '-' (a spreadsheet reads a
  ** cell starting so as a formula, and the CSV guard would mark it) or '_':
  ** 62 of 64 first characters remain, so a token keeps 255.9 of its 256
  ** random bits, none of them guessable from the others. */
  do{
    randombytes_buf(aRand, sizeof(aRand));
    sodium_bin2base64(z, 64, aRand, sizeof(aRand), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  }while( z[0]=='-' || z[0]=='_' );
  sodium_memzero(aRand, sizeof(aRand));
}

int survey_tokens_issue(Store *p, const char *zPartnership, const char *zWave, int *pnNew, Err *pErr){
  *pnNew = 0;
  if( sodium_init()<0 ) return err_set(pErr, ERR_INTERNAL, "libsodium cannot start");
  int rc = st_token_issue(p, zPartnership, zWave, survey_token_new, pnNew);
  return rc ? store_err(p, rc, pErr) : 0;
}

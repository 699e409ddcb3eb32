/*
** response.c: the use cases of answer sets and survey links: response
** import, list, remove; token export, revoke (see survey.h; token issue is
** survey_tokens_issue()).
*/
#include <stdlib.h>
#include <string.h>
#include "store/st_answer.h"
#include "store/st_survey.h"
#include "survey/survey.h"
#include "util/sb.h"

int survey_response_import(Store *p, const char *zPath, const char *zInstrument,
                           ImportStats *pStats, Err *pErr){
  memset(pStats, 0, sizeof(*pStats));
  if( !zInstrument ){
    return err_set(pErr, ERR_USAGE, "response import needs --instrument ID (see: synergist instrument list)");
  }
  char *zErr = NULL;
  int rc = survey_import_responses(p, zPath, zInstrument, &pErr->list, pStats, &zErr);
  if( rc ){
    errlist_free(&pErr->list);
    err_set(pErr, rc==STORE_NOTFOUND ? ERR_FAIL : ERR_INTERNAL, "%s", zErr ? zErr : "import failed");
    free(zErr);
    return pErr->e;
  }
  return err_if_problems(pErr);
}

int survey_response_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "partnership,wave,instrument,respondents,linked,partial,tokens,rate",
                       st_response_rates, ppOut, pErr);
}

int survey_response_remove(Store *p, const char *zInstrument, const char *zPartnership,
                           const char *zWave, int *pnRemoved, Err *pErr){
  *pnRemoved = 0;
  if( !zInstrument ) return err_set(pErr, ERR_USAGE, "response remove needs --instrument ID");
  int rc = st_response_delete(p, zInstrument, zPartnership, zWave, pnRemoved);
  return rc ? store_err(p, rc, pErr) : 0;
}

int survey_token_export(Store *p, const TokenExportOpts *o, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  static const char *const azStatus[] = { "not-started", "partial", "complete", "revoked", "incomplete", 0 };
  int k = 0;
  if( o->zStatus ){
    while( azStatus[k] && strcmp(azStatus[k], o->zStatus)!=0 ) k++;
    if( !azStatus[k] ){
      return err_set(pErr, ERR_USAGE, "--status must be not-started, partial, complete, revoked or incomplete, not '%s'", o->zStatus);
    }
  }
  const char *zBase = o->zBaseUrl;
  char *zSetting = NULL;
  if( !zBase && !o->bNoLink ){
    if( store_setting_get(p, "base_url", &zSetting) ) return store_err(p, STORE_ERROR, pErr);
    zBase = zSetting;
  }
  Sb cols = SB_INIT;
  sb_printf(&cols, "token,member,partnership,wave,status,last_sent%s%s", zBase ? ",link" : "", o->bNames ? ",name" : "");
  Table *t = table_newc(NULL, sb_str(&cols));
  sb_free(&cols);
  int rc = st_token_export_status(p, o->zPartnership, o->zWave,
                                  o->zStatus ? (k==0 ? "not started" : o->zStatus) : NULL, zBase, o->bNames, t);
  free(zSetting);
  return store_table(p, rc, t, ppOut, pErr);
}

int survey_token_revoke(Store *p, const char *zPartnership, const char *zWave, const char *zMember, Err *pErr){
  int rc = st_token_revoke(p, zPartnership, zWave, zMember);
  return rc ? store_err(p, rc, pErr) : 0;
}

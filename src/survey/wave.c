/*
** wave.c: the use cases of survey waves: wave add, list, remove, import
** (see survey.h).
*/
#include <stdlib.h>
#include "roster/roster.h"
#include "store/st_answer.h"
#include "store/st_survey.h"
#include "survey/answer.h"
#include "survey/survey.h"
#include "util/csvread.h"
#include "util/date.h"

int survey_wave_add(Store *p, const WaveOpts *o, Err *pErr){
  int iOpen = 0, iClose = 0;
  if( o->zOpens && date_arg("--opens", o->zOpens, &iOpen, pErr) ) return pErr->e;
  if( o->zCloses && date_arg("--closes", o->zCloses, &iClose, pErr) ) return pErr->e;
  if( o->zOpens && o->zCloses && iClose<iOpen ){
    return err_set(pErr, ERR_USAGE, "--closes %s is before --opens %s", o->zCloses, o->zOpens);
  }
  int rc = st_wave_add(p, o->zPartnership, o->zWave, o->zOpens, o->zCloses);
  if( rc ) return store_err(p, rc, pErr);
  if( o->zInstrument || o->bAllowChanges ){
    AnswerForm form;
    char *zErr = NULL;
    if( o->zInstrument && answer_instrument(p, o->zInstrument, &form, &zErr) ){
      err_set(pErr, ERR_FAIL, "%s", zErr ? zErr : "unexpected error");
      free(zErr);
      return ERR_FAIL;
    }
    rc = st_wave_set_web(p, o->zPartnership, o->zWave, o->zInstrument, o->bAllowChanges);
    if( rc ) return store_err(p, rc, pErr);
  }
  return 0;
}

int survey_wave_list(Store *p, const char *zPartnership, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( zPartnership ){
    int rc = st_partnership_exists(p, zPartnership);
    if( rc ) return store_err(p, rc, pErr);
  }
  Table *t = table_newc(NULL, "partnership,wave,opens,closes,tokens,responses");
  int rc = st_wave_list(p, zPartnership, t);
  return store_table(p, rc, t, ppOut, pErr);
}

int survey_wave_remove(Store *p, const char *zPartnership, const char *zWave, Err *pErr){
  int rc = st_wave_remove(p, zPartnership, zWave);
  return rc ? store_err(p, rc, pErr) : 0;
}

int survey_wave_check(Store *p, const char *zPartnership, const char *zWave, Err *pErr){
  int64_t iWave;
  int rc = st_wave_id(p, zPartnership, zWave, &iWave);
  return rc ? store_err(p, rc, pErr) : 0;
}

/* wave import: one wave per CSV record (partnership, wave, opens, closes). */
typedef struct WaveImp {
  Store *p; const char *zPath; ErrList *pErr;
  int iP, iW, iO, iC; int bHdr; int n;
  int rcStore;              /* a database failure: the import stops */
} WaveImp;

static int wave_row(void *pArg, const CsvRow *r){
  WaveImp *w = pArg;
  if( !w->bHdr ){
    w->bHdr = 1;
    w->iP = csv_find_col(r, "partnership"); w->iW = csv_find_col(r, "wave");
    w->iO = csv_find_col(r, "opens"); w->iC = csv_find_col(r, "closes");
    if( w->iP<0 ) errlist_add(w->pErr, w->zPath, r->iLine, 0, "column \"partnership\" is missing");
    if( w->iW<0 ) errlist_add(w->pErr, w->zPath, r->iLine, 0, "column \"wave\" is missing");
    return w->iP<0 || w->iW<0;
  }
  int n0 = w->pErr->n;
  const char *zO = w->iO>=0 && w->iO<r->nField && r->az[w->iO][0] ? r->az[w->iO] : NULL;
  const char *zC = w->iC>=0 && w->iC<r->nField && r->az[w->iC][0] ? r->az[w->iC] : NULL;
  int iDay;
  if( zO && !date_parse(zO, &iDay) ) errlist_add(w->pErr, w->zPath, r->iLine, w->iO+1, "\"%s\" is not a date (YYYY-MM-DD)", zO);
  if( zC && !date_parse(zC, &iDay) ) errlist_add(w->pErr, w->zPath, r->iLine, w->iC+1, "\"%s\" is not a date (YYYY-MM-DD)", zC);
  if( w->iP>=r->nField || w->iW>=r->nField ){
    errlist_add(w->pErr, w->zPath, r->iLine, 0, "too few fields");
    return 0;
  }
  if( w->pErr->n>n0 ) return 0;   /* other rows are still added, to find their problems too */
  int rc = st_wave_add(w->p, r->az[w->iP], r->az[w->iW], zO, zC);
  if( rc==STORE_NOTFOUND || rc==STORE_EXISTS ){
    errlist_add(w->pErr, w->zPath, r->iLine, rc==STORE_NOTFOUND ? w->iP+1 : w->iW+1, "%s", store_errmsg(w->p));
  }else if( rc ){
    w->rcStore = rc;
    return 1;
  }else w->n++;
  return 0;
}

int survey_wave_import(Store *p, const char *zPath, int *pnWave, Err *pErr){
  WaveImp w = { p, zPath, &pErr->list, -1, -1, -1, -1, 0, 0, 0 };
  *pnWave = 0;
  csv_read(zPath, wave_row, &w, &pErr->list);
  if( w.rcStore ){
    errlist_free(&pErr->list);
    return store_err(p, w.rcStore, pErr);
  }
  if( err_if_problems(pErr) ) return ERR_DATA;
  *pnWave = w.n;
  return 0;
}

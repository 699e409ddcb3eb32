/*
** screen_run.c: the use cases of `screen` (diag_run.h) over the checklist
** and its scores (screening.c) and the store's screenings.
*/
#include <stdlib.h>
#include <string.h>
#include "diagnose/diag_run.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"

/* The built-in checklist, or NULL with ERR_INTERNAL in *pErr. */
static Checklist *checklist_or_err(Err *pErr){
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  if( !c ){
    err_set(pErr, ERR_INTERNAL, "%s", zErr ? zErr : "cannot read the checklist");
    free(zErr);
  }
  return c;
}

/* ERR_FAIL unless partnership zP exists. */
static int need_partnership(Store *pStore, const char *zP, Err *pErr){
  return st_partnership_exists(pStore, zP) ? store_err(pStore, STORE_NOTFOUND, pErr) : 0;
}

int screen_checklist_list(Table **ppOut, Err *pErr){
  *ppOut = NULL;
  Checklist *c = checklist_or_err(pErr);
  if( !c ) return pErr->e;
  *ppOut = checklist_table(c);
  checklist_free(c);
  return 0;
}

int screen_record(Store *pStore, const ScreenRecordOpts *o, ScreenRecorded *pOut, Err *pErr){
  memset(pOut, 0, sizeof(*pOut));
  if( need_partnership(pStore, o->zPartnership, pErr) ) return pErr->e;
  Checklist *c = checklist_or_err(pErr);
  if( !c ) return pErr->e;
  ScreenAnswers *a = screen_read_csv(c, o->zFile, &pErr->list);
  int rc = err_if_problems(pErr);
  if( !rc ){
    char zToday[11];
    date_format(date_today(), zToday);
    int src = st_screening_add(pStore, o->zPartnership, o->zDate ? o->zDate : zToday, o->zBy, o->zNote, a, &pOut->id);
    if( src ){
      rc = store_err(pStore, src, pErr);
    }else{
      DiagParams dp;
      char *zErr = NULL;
      diag_params_load(pStore, 0, NULL, &dp, &zErr);
      free(zErr);
      screen_score(c, a, &dp, &pOut->sc);
      pOut->nFactor = a->n;
    }
  }
  st_screen_answers_free(a);
  checklist_free(c);
  return rc;
}

int screen_show(Store *pStore, const char *zP, int64_t id, const char *zInstrument, ScreenShown *pOut, Err *pErr){
  memset(pOut, 0, sizeof(*pOut));
  if( need_partnership(pStore, zP, pErr) ) return pErr->e;
  Checklist *c = checklist_or_err(pErr);
  if( !c ) return pErr->e;
  ScreenAnswers *a = NULL;
  int rc = st_screening_get(pStore, zP, id, &pOut->h, &a);
  if( rc ){
    checklist_free(c);
    screen_shown_clear(pOut);
    return store_err(pStore, rc, pErr);
  }
  DiagnoseOptions o = {0};
  o.zPartnership = zP;
  o.zInstrument = zInstrument;
  DiagStudy *d = diag_study_load(pStore, &o, pErr);
  if( d ){
    pOut->pTable = screen_compare_table(c, a, d, zP);
    screen_score(c, a, &d->params, &pOut->sc);
    diag_study_free(d);
  }else{
    screen_shown_clear(pOut);
  }
  st_screen_answers_free(a);
  checklist_free(c);
  return d ? 0 : pErr->e;
}

void screen_shown_clear(ScreenShown *s){
  st_screen_header_clear(&s->h);
  table_free(s->pTable);
  memset(s, 0, sizeof(*s));
}

int screen_list(Store *pStore, const char *zP, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( zP && need_partnership(pStore, zP, pErr) ) return pErr->e;
  Checklist *c = checklist_or_err(pErr);
  if( !c ) return pErr->e;
  DiagParams dp;
  char *zErr = NULL;
  diag_params_load(pStore, 0, NULL, &dp, &zErr);
  free(zErr);
  ScreenHeader *aH = NULL; int nH = 0;
  int rc = st_screening_all(pStore, zP, &aH, &nH);
  if( rc ){ checklist_free(c); return store_err(pStore, rc, pErr); }
  Table *t = table_newc(_("Screenings"), "id,partnership,date,by,factors,risk,success,verdict");
  for(int i=0; i<nH; i++){
    ScreenAnswers *a = NULL;
    ScreenHeader h = {0};
    if( st_screening_get(pStore, aH[i].zPartnership, aH[i].id, &h, &a)==STORE_OK ){
      ScreenScore sc;
      screen_score(c, a, &dp, &sc);
      int r = table_row(t);
      table_int(t, r, 0, h.id);
      table_text(t, r, 1, aH[i].zPartnership);
      table_text(t, r, 2, h.zDate);
      table_text(t, r, 3, h.zBy);
      table_int(t, r, 4, a->n);
      table_real(t, r, 5, sc.rRisk, 2);
      table_real(t, r, 6, sc.rSuccess, 2);
      table_text(t, r, 7, sc.zVerdict);
    }
    st_screen_header_clear(&h);
    st_screen_answers_free(a);
  }
  for(int i=0; i<nH; i++) st_screen_header_clear(&aH[i]);
  free(aH);
  checklist_free(c);
  *ppOut = t;
  return 0;
}

int screen_remove(Store *pStore, int64_t id, Err *pErr){
  int rc = st_screening_remove(pStore, id);
  return rc ? store_err(pStore, rc, pErr) : 0;
}

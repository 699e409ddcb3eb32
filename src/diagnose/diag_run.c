/*
** diag_run.c: the use cases of diagnose and portfolio (diag_run.h) over
** the findings engine (diagnose.c) and the portfolio tables (portfolio.c).
*/
#include <stdlib.h>
#include <string.h>
#include "diagnose/diag_run.h"
#include "diagnose/portfolio.h"

int diag_rules(Store *pStore, int nSet, const char *const *azSet, Table **ppOut, Err *pErr){
  DiagParams dp;
  char *zErr = NULL;
  *ppOut = NULL;
  if( diag_params_load(pStore, nSet, azSet, &dp, &zErr) ){
    err_set(pErr, ERR_USAGE, "%s", zErr);
    free(zErr);
    return ERR_USAGE;
  }
  *ppOut = diag_params_table(&dp);
  return 0;
}

int diag_diagnose(Store *pStore, const DiagnoseOptions *o, const char *zKind, int bOpen,
                  DiagResult *pOut, Err *pErr){
  memset(pOut, 0, sizeof(*pOut));
  DiagStudy *d = diag_study_load(pStore, o, pErr);
  if( !d ) return pErr->e;
  Findings *f = diag_study_findings(d, pStore, o->zPartnership, o->bNames);
  /* --kind and --open filter the list: the ones kept first */
  int w = 0;
  for(int i=0; i<f->n; i++){
    int bKeep = (!zKind || strcmp(f->a[i].zKind, zKind)==0) && (!bOpen || f->a[i].bOpen);
    if( bKeep ){ Finding t = f->a[w]; f->a[w] = f->a[i]; f->a[i] = t; w++; }
  }
  pOut->pF = f;
  pOut->nAll = f->n;
  f->n = w;
  pOut->bScores = d->pScore!=NULL;
  diag_study_free(d);
  return 0;
}

void diag_result_clear(DiagResult *r){
  if( r->pF ){
    r->pF->n = r->nAll;     /* so that findings_free() frees the filtered-out ones too */
    findings_free(r->pF);
  }
  memset(r, 0, sizeof(*r));
}

int diag_portfolio(Store *pStore, const DiagnoseOptions *o, PfForm eForm, Table **ppPart, Table **ppSect, Err *pErr){
  *ppPart = *ppSect = NULL;
  DiagStudy *d = diag_study_load(pStore, o, pErr);
  if( !d ) return pErr->e;
  Findings *f = diag_study_findings(d, NULL, NULL, 0);
  *ppPart = portfolio_table(d, f, eForm);
  *ppSect = portfolio_sectors(d);
  findings_free(f);
  diag_study_free(d);
  return 0;
}

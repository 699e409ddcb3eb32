/*
** describe_run.c: the use cases of `describe` and `dynamics` (roster.h)
** over the tables of describe.c and dynamics.c.
*/
#include <stdlib.h>
#include <string.h>
#include "roster/roster.h"
#include "roster/describe.h"
#include "roster/dynamics.h"
#include "store/st_qual.h"
#include "util/date.h"
#include "util/xalloc.h"

/* 0 when every attribute asked for may be shown and exists for at least
** one member of a[]. */
static int check_attributes(const DescribeOpts *o, const MemberRec *a, int n, int iAsOf, Err *pErr){
  static const char *const azBuiltin[] = { "stakeholder_group", "organisation", "joined", "left", "partnership", "status", NULL };
  for(int k=0; k<o->nAttr; k++){
    const char *zA = o->azAttr[k];
    if( !o->bNames && member_attr_is_contact(zA) ){
      return err_set(pErr, ERR_USAGE, "attribute '%s' holds members' e-mail addresses, personal data shown only "
                                       "with --names", zA);
    }
    int found = o->bInterviewees && strcmp(zA, "interview_language")==0;
    for(int b=0; azBuiltin[b]; b++) if( strcmp(azBuiltin[b], zA)==0 ) found = 1;
    for(int i=0; i<n && !found; i++) if( member_value(&a[i], zA, iAsOf) ) found = 1;
    if( !found ){
      return err_set(pErr, ERR_FAIL, "no member has an attribute '%s' (see: synergist member list --attributes)", zA);
    }
  }
  return 0;
}

int roster_describe(Store *pStore, const DescribeOpts *o, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  int iAsOf = o->iAsOf ? o->iAsOf : date_today();
  const char *zP = o->zPartnership;
  if( zP && st_partnership_exists(pStore, zP) ) return store_err(pStore, STORE_NOTFOUND, pErr);
  MemberRec *a; int n;
  if( st_member_all(pStore, zP, &a, &n) ) return store_err(pStore, STORE_ERROR, pErr);
  if( check_attributes(o, a, n, iAsOf, pErr) ){
    st_member_recs_free(a, n);
    return pErr->e;
  }
  /* --interviewees: only members linked to interview sources, with their interview's language. */
  Interviewee *aIv = NULL; int nIv = 0;
  if( o->bInterviewees && st_interviewees(pStore, &aIv, &nIv) ){
    st_member_recs_free(a, n);
    return store_err(pStore, STORE_ERROR, pErr);
  }
  DescUnit *aU = xcalloc((size_t)n+1, sizeof(DescUnit));
  int nU = 0;
  for(int i=0; i<n; i++){
    if( o->bCurrent && !member_present(&a[i], iAsOf) ) continue;
    const char *zIvLang = NULL;
    for(int j=0; j<nIv && !zIvLang; j++){
      if( strcmp(aIv[j].zPartnership, a[i].zPartnership)==0 && strcmp(aIv[j].zPid, a[i].zPid)==0 ){
        zIvLang = aIv[j].zLanguage ? aIv[j].zLanguage : "";
      }
    }
    if( o->bInterviewees && !zIvLang ) continue;
    aU[nU].zPartnership = a[i].zPartnership;
    aU[nU].azValue = xcalloc((size_t)o->nAttr+1, sizeof(char*));
    for(int k=0; k<o->nAttr; k++){
      aU[nU].azValue[k] = o->bInterviewees && strcmp(o->azAttr[k], "interview_language")==0
                        ? zIvLang : member_value(&a[i], o->azAttr[k], iAsOf);
    }
    nU++;
  }
  Table *t = describe_build(o->nAttr, o->azAttr, aU, nU);
  for(int i=0; i<nU; i++) free(aU[i].azValue);
  free(aU);
  st_member_recs_free(a, n);
  st_interviewees_free(aIv, nIv);
  const char *zL = o->zLayout;
  if( zL && strcmp(zL, "wide") && strcmp(zL, "long") ){
    table_free(t);
    return err_set(pErr, ERR_USAGE, "--layout must be wide or long");
  }
  if( zL ? strcmp(zL, "wide")==0 : o->bWide ){
    Table *w = describe_wide(t, NULL);
    table_free(t);
    t = w;
  }
  *ppOut = t;
  return 0;
}

/* Keep only the rows of t whose column 0 is zP (NULL keeps all). */
static void filter_partnership(Table *t, const char *zP){
  if( !zP ) return;
  int w = 0;
  for(int r=0; r<t->nRow; r++){
    Cell *row = &t->aCell[r*t->nCol];
    if( row[0].z && strcmp(row[0].z, zP)==0 ){
      if( w!=r ) memcpy(&t->aCell[w*t->nCol], row, sizeof(Cell)*(size_t)t->nCol);
      w++;
    }else{
      for(int j=0; j<t->nCol; j++) free(row[j].z);
    }
  }
  t->nRow = w;
}

int roster_dynamics(Store *pStore, const DynamicsOpts *o, Dynamics **pp, int *pnGapDays, Err *pErr){
  *pp = NULL;
  long v = o->nGapDays;
  if( v<0 ){
    char *z = NULL;
    store_setting_get(pStore, "gap_days", &z);
    v = z ? atol(z) : 180;
    free(z);
  }
  if( v<=0 ) return err_set(pErr, ERR_USAGE, "the gap threshold must be a positive number of days");
  *pnGapDays = (int)v;
  const char *zP = o->zPartnership;
  if( zP && st_partnership_exists(pStore, zP) ) return store_err(pStore, STORE_NOTFOUND, pErr);
  Dynamics *d = dynamics_of_study(pStore, NULL, o->iAsOf ? o->iAsOf : date_today(), (int)v);
  if( !d ) return err_set(pErr, ERR_INTERNAL, "%s", store_errmsg(pStore));
  Table *aT[] = { d->pSize, d->pYears, d->pMembers, d->pGroups, d->pGaps };
  for(size_t i=0; i<sizeof(aT)/sizeof(aT[0]); i++) filter_partnership(aT[i], zP);
  *pp = d;
  return 0;
}

/*
** member.c: the use cases of members: add, edit, remove, list, export,
** show (see roster.h).
*/
#include <stdlib.h>
#include <string.h>
#include "roster/describe.h"
#include "roster/roster.h"
#include "util/date.h"
#include "util/xalloc.h"

/* The checks of add and edit: dates, and an organisation not yet known
** added. */
static int member_prepare(Store *p, const MemberRec *r, Err *pErr){
  int jDay = 0, lDay = 0;
  if( r->zJoined && date_arg("--joined", r->zJoined, &jDay, pErr) ) return pErr->e;
  if( r->zLeft && date_arg("--left", r->zLeft, &lDay, pErr) ) return pErr->e;
  if( r->zJoined && r->zLeft && lDay<jDay ){
    return err_set(pErr, ERR_USAGE, "--left %s is before --joined %s", r->zLeft, r->zJoined);
  }
  if( r->zOrg && st_org_exists(p, r->zOrg)==STORE_NOTFOUND ){
    int rc = st_org_add(p, r->zOrg, NULL);
    if( rc ) return store_err(p, rc, pErr);
  }
  return 0;
}

int roster_member_add(Store *p, const MemberRec *pRec, Err *pErr){
  if( member_prepare(p, pRec, pErr) ) return pErr->e;
  int rc = st_member_add(p, pRec);
  return rc ? store_err(p, rc, pErr) : 0;
}

int roster_member_edit(Store *p, const char *zPartnership, const char *zPid, const MemberRec *pNew, Err *pErr){
  if( member_prepare(p, pNew, pErr) ) return pErr->e;
  int rc = st_member_edit(p, zPartnership, zPid, pNew);
  return rc ? store_err(p, rc, pErr) : 0;
}

int roster_member_remove(Store *p, const char *zPartnership, const char *zPid, Err *pErr){
  int rc = st_member_remove(p, zPartnership, zPid);
  return rc ? store_err(p, rc, pErr) : 0;
}

/* A table of members: the import columns, then one column per attribute.
** NULL when the organisations cannot be read. */
static Table *member_table(Store *p, int bNames, MemberRec *a, int n, int bAttrs){
  char **azAttr = NULL; int nAttrName = 0;
  if( bAttrs ){
    for(int i=0; i<n; i++) for(int k=0; k<a[i].nAttr; k++){
      int seen = 0;
      for(int j=0; j<nAttrName; j++) if( strcmp(azAttr[j], a[i].aAttr[k].zName)==0 ) seen = 1;
      /* E-mail addresses are personal data: shown with --names only. */
      if( !bNames && member_attr_is_contact(a[i].aAttr[k].zName) ) seen = 1;
      if( !seen ){ azAttr = xrealloc(azAttr, sizeof(char*)*(size_t)(nAttrName+1)); azAttr[nAttrName++] = a[i].aAttr[k].zName; }
    }
  }
  Table *pOrgs = table_newc(NULL, "organisation,sector,members,partnerships");
  if( st_org_list(p, pOrgs) ){
    table_free(pOrgs);
    free(azAttr);
    return NULL;
  }
  const char *azBase[] = { "id", "partnership", "organisation", "sector", "stakeholder_group", "joined", "left", "name" };
  int nBase = bNames ? 8 : 7;
  const char **azCol = xcalloc((size_t)(nBase+nAttrName), sizeof(char*));
  for(int j=0; j<nBase; j++) azCol[j] = azBase[j];
  for(int j=0; j<nAttrName; j++) azCol[nBase+j] = azAttr[j];
  Table *t = table_new(NULL, nBase+nAttrName, azCol);
  for(int i=0; i<n; i++){
    int r = table_row(t);
    table_text(t, r, 0, a[i].zPid);
    table_text(t, r, 1, a[i].zPartnership);
    table_text(t, r, 2, a[i].zOrg);
    for(int k=0; a[i].zOrg && k<pOrgs->nRow; k++){
      if( strcmp(table_cell(pOrgs, k, 0)->z, a[i].zOrg)==0 ) table_text(t, r, 3, table_cell(pOrgs, k, 1)->z);
    }
    table_text(t, r, 4, a[i].zGroup);
    table_text(t, r, 5, a[i].zJoined);
    table_text(t, r, 6, a[i].zLeft);
    if( bNames ) table_text(t, r, 7, a[i].zRealName);
    for(int k=0; k<a[i].nAttr; k++){
      for(int j=0; j<nAttrName; j++){
        if( strcmp(azAttr[j], a[i].aAttr[k].zName) ) continue;
        const MemberAttr *at = &a[i].aAttr[k];
        if( strcmp(at->zType, "integer")==0 ) table_int(t, r, nBase+j, strtoll(at->zValue, 0, 10));
        else table_text(t, r, nBase+j, at->zValue);
      }
    }
  }
  table_free(pOrgs);
  free(azCol);
  free(azAttr);
  return t;
}

int roster_member_list(Store *p, const MemberListOpts *o, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( roster_partnership_check(p, o->zPartnership, pErr) ) return pErr->e;
  MemberRec *a; int n;
  if( st_member_all(p, o->zPartnership, &a, &n) ) return store_err(p, STORE_ERROR, pErr);
  *ppOut = member_table(p, o->bNames, a, n, o->bAttrs);
  st_member_recs_free(a, n);
  return *ppOut ? 0 : store_err(p, STORE_ERROR, pErr);
}

int roster_member_show(Store *p, const char *zPartnership, const char *zPid, int bNames, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( st_member_exists(p, zPartnership, zPid) ) return store_err(p, STORE_NOTFOUND, pErr);
  MemberRec *a; int n;
  if( st_member_all(p, zPartnership, &a, &n) ) return store_err(p, STORE_ERROR, pErr);
  Table *t = table_newc(NULL, "field,value");
  for(int i=0; i<n; i++){
    if( strcmp(a[i].zPid, zPid) ) continue;
    Table *m = member_table(p, bNames, &a[i], 1, 1);
    if( !m ){
      st_member_recs_free(a, n);
      table_free(t);
      return store_err(p, STORE_ERROR, pErr);
    }
    for(int j=0; j<m->nCol; j++){
      int r = table_row(t);
      table_text(t, r, 0, m->azCol[j]);
      char *z = table_cell_str(m, 0, j);
      table_text(t, r, 1, z);
      free(z);
    }
    table_free(m);
  }
  st_member_recs_free(a, n);
  *ppOut = t;
  return 0;
}

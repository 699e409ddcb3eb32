/*
** cmd_member.c: handlers for members, organisations and sectors (their
** help is in cmd_roster.c). Real names print only with the global --names.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_roster.h"
#include "roster/describe.h"
#include "roster/import.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/xalloc.h"

/* Fill the fields of a MemberRec from options (borrowed strings) and check dates. */
static void member_from_options(Cli *p, MemberRec *r, MemberAttr *aAttr, int *pnAttr){
  r->zOrg = (char*)cli_opt(p, "--organisation");
  r->zGroup = (char*)cli_opt(p, "--group");
  r->zJoined = (char*)cli_opt(p, "--joined");
  r->zLeft = (char*)cli_opt(p, "--left");
  r->zRealName = (char*)cli_opt(p, "--name");
  int jDay = 0, lDay = 0;
  if( r->zJoined ) jDay = cli_date("--joined", r->zJoined);
  if( r->zLeft ) lDay = cli_date("--left", r->zLeft);
  if( r->zJoined && r->zLeft && lDay<jDay ) fatal(EXIT_USAGE, "--left %s is before --joined %s", r->zLeft, r->zJoined);
  const char *z;
  int n = 0;
  while( n<16 && (z = cli_opt(p, "--attr"))!=NULL ){
    const char *zEq = strchr(z, '=');
    if( !zEq || zEq==z ) fatal(EXIT_USAGE, "--attr needs NAME=VALUE, not '%s'", z);
    aAttr[n].zName = xstrndup(z, (size_t)(zEq-z));
    aAttr[n].zValue = zEq[1] ? xstrdup(zEq+1) : NULL;
    aAttr[n].zType = xstrdup(zEq[1] ? attr_type_of(zEq+1) : "text");
    n++;
  }
  r->aAttr = aAttr; r->nAttr = n;
  *pnAttr = n;
}

static void attrs_free(MemberAttr *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zName); free(a[i].zValue); free(a[i].zType); }
}

int cmd_member_add(Cli *p){
  MemberRec r = {0};
  MemberAttr aAttr[16]; int nAttr;
  member_from_options(p, &r, aAttr, &nAttr);
  cli_args(p, 2, 2);
  r.zPartnership = p->azArg[0];
  r.zPid = p->azArg[1];
  if( r.zOrg && st_org_exists(p->pStore, r.zOrg)==STORE_NOTFOUND ){
    int rc = st_org_add(p->pStore, r.zOrg, NULL);
    if( rc ) fatal_store(p, rc);
  }
  int rc = st_member_add(p->pStore, &r);
  attrs_free(aAttr, nAttr);
  if( rc ) fatal_store(p, rc);
  printf("member %s added to %s\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

int cmd_member_edit(Cli *p){
  MemberRec r = {0};
  MemberAttr aAttr[16]; int nAttr;
  member_from_options(p, &r, aAttr, &nAttr);
  r.zPid = (char*)cli_opt(p, "--id");
  cli_args(p, 2, 2);
  if( r.zOrg && st_org_exists(p->pStore, r.zOrg)==STORE_NOTFOUND ){
    int rc = st_org_add(p->pStore, r.zOrg, NULL);
    if( rc ) fatal_store(p, rc);
  }
  int rc = st_member_edit(p->pStore, p->azArg[0], p->azArg[1], &r);
  attrs_free(aAttr, nAttr);
  if( rc ) fatal_store(p, rc);
  printf("member %s of %s changed\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

int cmd_member_remove(Cli *p){
  cli_args(p, 2, 2);
  int rc = st_member_remove(p->pStore, p->azArg[0], p->azArg[1]);
  if( rc ) fatal_store(p, rc);
  printf("member %s removed from %s\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

/* A table of members: the import columns, then one column per attribute. */
static Table *member_table(Cli *p, MemberRec *a, int n, int bAttrs){
  char **azAttr = NULL; int nAttrName = 0;
  if( bAttrs ){
    for(int i=0; i<n; i++) for(int k=0; k<a[i].nAttr; k++){
      int seen = 0;
      for(int j=0; j<nAttrName; j++) if( strcmp(azAttr[j], a[i].aAttr[k].zName)==0 ) seen = 1;
      /* E-mail addresses are personal data: shown with --names only. */
      if( !p->bNames && member_attr_is_contact(a[i].aAttr[k].zName) ) seen = 1;
      if( !seen ){ azAttr = xrealloc(azAttr, sizeof(char*)*(size_t)(nAttrName+1)); azAttr[nAttrName++] = a[i].aAttr[k].zName; }
    }
  }
  const char *azBase[] = { "id", "partnership", "organisation", "sector", "stakeholder_group", "joined", "left", "name" };
  int nBase = p->bNames ? 8 : 7;
  const char **azCol = xcalloc((size_t)(nBase+nAttrName), sizeof(char*));
  for(int j=0; j<nBase; j++) azCol[j] = azBase[j];
  for(int j=0; j<nAttrName; j++) azCol[nBase+j] = azAttr[j];
  Table *t = table_new(NULL, nBase+nAttrName, azCol);
  Table *pOrgs = table_newc(NULL, "organisation,sector,members,partnerships");
  if( st_org_list(p->pStore, pOrgs) ) fatal_store(p, STORE_ERROR);
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
    if( p->bNames ) table_text(t, r, 7, a[i].zRealName);
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

int cmd_member_list(Cli *p){
  int bAttrs = cli_flag(p, "--attributes");
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  MemberRec *a; int n;
  if( st_member_all(p->pStore, zP, &a, &n) ) fatal_store(p, STORE_ERROR);
  Table *t = member_table(p, a, n, bAttrs);
  member_recs_free(a, n);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_member_export(Cli *p){
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  MemberRec *a; int n;
  if( st_member_all(p->pStore, zP, &a, &n) ) fatal_store(p, STORE_ERROR);
  Table *t = member_table(p, a, n, 1);
  member_recs_free(a, n);
  if( p->fmt==FMT_TEXT ) p->fmt = FMT_CSV;
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_member_show(Cli *p){
  cli_args(p, 2, 2);
  if( st_member_exists(p->pStore, p->azArg[0], p->azArg[1]) ) fatal_store(p, STORE_NOTFOUND);
  MemberRec *a; int n;
  if( st_member_all(p->pStore, p->azArg[0], &a, &n) ) fatal_store(p, STORE_ERROR);
  Table *t = table_newc(NULL, "field,value");
  for(int i=0; i<n; i++){
    if( strcmp(a[i].zPid, p->azArg[1]) ) continue;
    Table *m = member_table(p, &a[i], 1, 1);
    for(int j=0; j<m->nCol; j++){
      int r = table_row(t);
      table_text(t, r, 0, m->azCol[j]);
      char *z = table_cell_str(m, 0, j);
      table_text(t, r, 1, z);
      free(z);
    }
    table_free(m);
  }
  member_recs_free(a, n);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* Shared by the three roster imports: run xImport, report, exit on problems. */
int roster_import_cmd(Cli *p, int (*xImport)(Store*, const char*, ErrList*), const char *zWhat){
  cli_args(p, 1, 1);
  ErrList err = ERRLIST_INIT;
  int n = xImport(p->pStore, p->azArg[0], &err);
  fatal_if_errors(&err);
  printf("%d %s imported from %s\n", n, zWhat, p->azArg[0]);
  return EXIT_OK;
}

int cmd_member_import(Cli *p){ return roster_import_cmd(p, roster_import_members, "members"); }

int cmd_org_add(Cli *p){
  const char *zSector = cli_opt(p, "--sector");
  cli_args(p, 1, 1);
  int rc = st_org_add(p->pStore, p->azArg[0], zSector);
  if( rc ) fatal_store(p, rc);
  printf("organisation %s added\n", p->azArg[0]);
  return EXIT_OK;
}
int cmd_org_edit(Cli *p){
  const char *zSector = cli_opt(p, "--sector");
  const char *zName = cli_opt(p, "--name");
  cli_args(p, 1, 1);
  if( !zSector && !zName ) fatal(EXIT_USAGE, "nothing to change: give --name or --sector");
  int rc = st_org_edit(p->pStore, p->azArg[0], zName, zSector);
  if( rc ) fatal_store(p, rc);
  printf("organisation %s changed\n", zName ? zName : p->azArg[0]);
  return EXIT_OK;
}
int cmd_org_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_org_remove(p->pStore, p->azArg[0]);
  if( rc ) fatal_store(p, rc);
  printf("organisation %s removed\n", p->azArg[0]);
  return EXIT_OK;
}
int cmd_org_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "organisation,sector,members,partnerships");
  if( st_org_list(p->pStore, t) ) fatal_store(p, STORE_ERROR);
  cli_print_table(p, t);
  return EXIT_OK;
}
int cmd_sector_add(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_sector_add(p->pStore, p->azArg[0]);
  if( rc ) fatal_store(p, rc);
  printf("sector %s added\n", p->azArg[0]);
  return EXIT_OK;
}
int cmd_sector_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "sector,organisations");
  if( st_sector_list(p->pStore, t) ) fatal_store(p, STORE_ERROR);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_org_import(Cli *p){ return roster_import_cmd(p, roster_import_orgs, "organisations"); }

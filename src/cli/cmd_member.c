/*
** cmd_member.c: member add/edit/remove/list/show/import/export: the roster's
** members.
** Handlers and their entries of the command table (aCmd_member, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "roster/describe.h"
#include "roster/import.h"
#include "store/st_roster.h"
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

static int cmd_member_add(Cli *p){
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

static int cmd_member_edit(Cli *p){
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

static int cmd_member_remove(Cli *p){
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

static int cmd_member_list(Cli *p){
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

static int cmd_member_export(Cli *p){
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

static int cmd_member_show(Cli *p){
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

static int cmd_member_import(Cli *p){ return cli_import(p, roster_import_members, "members"); }

const CmdEntry aCmd_member[] = {
  { "member add", cmd_member_add, CMD_WRITE, "add a member to a partnership",
    "Usage: synergist member add PARTNERSHIP ID [--organisation ORG] [--group GROUP]\n"
    "       [--joined DATE] [--left DATE] [--name REALNAME] [--attr NAME=VALUE]...\n"
    "\n"
    "ID is the member's pseudonymous id, unique within the partnership (\"011\" in\n"
    "PCCP and \"011\" in CHRP are two people). GROUP is the stakeholder group\n"
    "(decision maker, academic researcher, research coordinator, clinician,\n"
    "health system administrator, patient partner, community organisation\n"
    "representative, or your own). An unknown organisation is created. The real\n"
    "name is optional and printed only with --names.\n"
    "\n"
    "Example:\n"
    "  synergist member add PCCP 011 --organisation \"North Health Network\" \\\n"
    "    --group \"decision maker\" --joined 2014-03-01 --attr gender=female\n"
    "" },
  { "member edit", cmd_member_edit, CMD_WRITE, "change a member",
    "Usage: synergist member edit PARTNERSHIP ID [--id NEWID] [--organisation ORG] [--group GROUP]\n"
    "       [--joined DATE] [--left DATE] [--name REALNAME] [--attr NAME=VALUE]...\n"
    "\n"
    "Only the fields given change. --attr NAME= (empty value) removes an attribute.\n"
    "\n"
    "Example:\n"
    "  synergist member edit PCCP 014 --left 2015-06-30\n"
    "" },
  { "member remove", cmd_member_remove, CMD_WRITE, "remove a member entered by mistake",
    "Usage: synergist member remove PARTNERSHIP ID\n"
    "\n"
    "For someone who left, keep the history: use member edit --left DATE.\n"
    "\n"
    "Example:\n"
    "  synergist member remove PCCP 099\n"
    "" },
  { "member list", cmd_member_list, CMD_STUDY, "list members (pseudonymous)",
    "Usage: synergist member list [PARTNERSHIP] [--attributes] [--format text|csv|json]\n"
    "\n"
    "Columns: id, partnership, organisation, sector, stakeholder_group, joined,\n"
    "left; with --attributes one column per imported attribute (email, the\n"
    "address `invite` mails, only with --names); with the global --names also\n"
    "the real name.\n"
    "\n"
    "Example:\n"
    "  synergist member list CHRP --attributes --format csv\n"
    "" },
  { "member show", cmd_member_show, CMD_STUDY, "every field of one member",
    "Usage: synergist member show PARTNERSHIP ID\n"
    "\n"
    "Example:\n"
    "  synergist member show PCCP 011\n"
    "" },
  { "member import", cmd_member_import, CMD_WRITE, "import members from a CSV file",
    "Usage: synergist member import FILE.csv\n"
    "\n"
    "Required columns: id, partnership. Known columns: organisation, sector (of\n"
    "a new organisation), stakeholder_group, joined, left (YYYY-MM-DD), name\n"
    "(real name, kept private). Every other column becomes a typed attribute\n"
    "(integer, real, date or text, from its values), usable by describe.\n"
    "Every problem (missing column, unknown partnership, duplicate id, impossible\n"
    "date, bytes that are not UTF-8, ragged rows) is listed as FILE:LINE:FIELD and\n"
    "nothing is imported (exit 3).\n"
    "\n"
    "Example:\n"
    "  synergist member import roster.csv\n"
    "" },
  { "member export", cmd_member_export, CMD_STUDY, "members as CSV in the import format",
    "Usage: synergist member export [PARTNERSHIP] [--format csv|json]\n"
    "\n"
    "Writes the columns member import reads (names only with --names), so an\n"
    "export can be edited and imported into another study.\n"
    "\n"
    "Example:\n"
    "  synergist member export PCCP > pccp.csv\n"
    "" },
  {0,0,0,0,0}
};

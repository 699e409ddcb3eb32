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
#include "roster/import.h"
#include "util/xalloc.h"
#include "roster/roster.h"

/* Fill the fields of a MemberRec from options (borrowed strings). */
static void member_from_options(Cli *p, MemberRec *r, MemberAttr *aAttr, int *pnAttr){
  r->zOrg = (char*)cli_opt(p, "--organisation");
  r->zGroup = (char*)cli_opt(p, "--group");
  r->zJoined = (char*)cli_opt(p, "--joined");
  r->zLeft = (char*)cli_opt(p, "--left");
  r->zRealName = (char*)cli_opt(p, "--name");
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
  Err err = ERR_INIT;
  int rc = roster_member_add(p->pStore, &r, &err);
  attrs_free(aAttr, nAttr);
  if( rc ) cli_fail(&err);
  printf("member %s added to %s\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

static int cmd_member_edit(Cli *p){
  MemberRec r = {0};
  MemberAttr aAttr[16]; int nAttr;
  member_from_options(p, &r, aAttr, &nAttr);
  r.zPid = (char*)cli_opt(p, "--id");
  cli_args(p, 2, 2);
  Err err = ERR_INIT;
  int rc = roster_member_edit(p->pStore, p->azArg[0], p->azArg[1], &r, &err);
  attrs_free(aAttr, nAttr);
  if( rc ) cli_fail(&err);
  printf("member %s of %s changed\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

static int cmd_member_remove(Cli *p){
  cli_args(p, 2, 2);
  Err err = ERR_INIT;
  if( roster_member_remove(p->pStore, p->azArg[0], p->azArg[1], &err) ) cli_fail(&err);
  printf("member %s removed from %s\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

/* member list (bExport 0) and member export (1, every attribute, CSV by
** default). */
static int member_listing(Cli *p, int bExport){
  MemberListOpts o = {0};
  o.bAttrs = bExport || cli_flag(p, "--attributes");
  o.bNames = p->bNames;
  cli_args(p, 0, 1);
  o.zPartnership = p->nArg ? p->azArg[0] : NULL;
  Table *t;
  Err err = ERR_INIT;
  if( roster_member_list(p->pStore, &o, &t, &err) ) cli_fail(&err);
  if( bExport && p->fmt==FMT_TEXT ) p->fmt = FMT_CSV;
  cli_print_table(p, t);
  return EXIT_OK;
}
static int cmd_member_list(Cli *p){ return member_listing(p, 0); }

static int cmd_member_export(Cli *p){ return member_listing(p, 1); }

static int cmd_member_show(Cli *p){
  cli_args(p, 2, 2);
  Table *t;
  Err err = ERR_INIT;
  if( roster_member_show(p->pStore, p->azArg[0], p->azArg[1], p->bNames, &t, &err) ) cli_fail(&err);
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

/*
** cmd_code.c: the codebook commands (code add/list/rename/move/merge/remove/
** describe, codebook install/import/export), coders and the audit trail.
** Entries in cmd_code.h, gathered in aCmd_qual.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/cmd_code.h"
#include "qual/codebook.h"
#include "qual/qdc.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/builtin.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Exit with a usage error unless zName can name a code. */
static void check_code_name(const char *zName){
  if( !zName[0] ) fatal(EXIT_USAGE, "a code needs a name");
  if( strchr(zName, '/') ) fatal(EXIT_USAGE, "a code name cannot contain '/': '%s'", zName);
}

int cmd_code_add(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  check_code_name(p->azArg[0]);
  int rc = st_code_add(p->pStore, p->azArg[0], zParent, zDesc, zExample, 0, NULL, NULL);
  if( rc ) fatal_store(p, rc);
  printf("code %s%s%s added\n", zParent ? zParent : "", zParent ? "/" : "", p->azArg[0]);
  return EXIT_OK;
}

int cmd_code_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "code,path,segments,total,sources,description");
  int rc = st_code_list(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_code_rename(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 2, 2);
  check_code_name(p->azArg[1]);
  int rc = st_code_rename(p->pStore, p->azArg[0], p->azArg[1], NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s renamed to %s\n", p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

int cmd_code_move(Cli *p){
  const char *zParent = cli_opt(p, "--parent");
  int bTop = cli_flag(p, "--top");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  if( !zParent==!bTop ) fatal(EXIT_USAGE, "code move needs either --parent CODE or --top");
  int rc = st_code_move(p->pStore, p->azArg[0], zParent, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s moved %s%s\n", p->azArg[0], bTop ? "to the top level" : "under ", bTop ? "" : zParent);
  return EXIT_OK;
}

int cmd_code_merge(Cli *p){
  const char *zInto = cli_opt(p, "--into");
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  if( !zInto ) fatal(EXIT_USAGE, "code merge needs --into CODE");
  int rc = st_code_merge(p->pStore, p->azArg[0], zInto, NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s merged into %s\n", p->azArg[0], zInto);
  return EXIT_OK;
}

int cmd_code_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int rc = st_code_remove(p->pStore, p->azArg[0], NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("code %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_code_describe(Cli *p){
  const char *zDesc = cli_opt(p, "--description");
  const char *zExample = cli_opt(p, "--example");
  cli_args(p, 1, 1);
  if( !zDesc && !zExample ) fatal(EXIT_USAGE, "nothing to change: give --description or --example");
  int rc = st_code_describe(p->pStore, p->azArg[0], zDesc, zExample, NULL);
  if( rc ) fatal_store(p, rc);
  printf("code %s described\n", p->azArg[0]);
  return EXIT_OK;
}

/* Install JSON codebook zJson from zFile; exits on problems. */
static void install_codebook(Cli *p, const char *zJson, const char *zFile, const char *zUnder, int bBuiltin){
  ErrList err = ERRLIST_INIT;
  int nAdded = 0;
  int rc = codebook_install(p->pStore, zJson, zFile, zUnder, bBuiltin, NULL, &nAdded, &err);
  fatal_if_errors(&err);
  if( rc ) fatal_store(p, rc);
  printf("%d codes added\n", nAdded);
}

int cmd_codebook_install(Cli *p){
  cli_args(p, 0, 0);
  const char *zJson = builtin_text(CODEBOOK_BUILTIN, NULL);
  if( !zJson ) fatal(EXIT_INTERNAL, "the built-in codebook is missing from this build");
  install_codebook(p, zJson, CODEBOOK_BUILTIN, NULL, 1);
  return EXIT_OK;
}

/* 1 if zFile's name ends in .qdc (any case): a REFI-QDA codebook. */
static int is_qdc(const char *zFile){
  size_t n = strlen(zFile);
  return n>4 && strcasecmp(zFile+n-4, ".qdc")==0;
}

int cmd_codebook_import(Cli *p){
  const char *zUnder = cli_opt(p, "--under");
  cli_args(p, 1, 1);
  FILE *f = fopen(p->azArg[0], "rb");
  if( !f ) fatal(EXIT_FAIL, "cannot open %s", p->azArg[0]);
  Sb sb = SB_INIT;
  char aBuf[8192];
  size_t n;
  while( (n = fread(aBuf, 1, sizeof(aBuf), f))>0 ) sb_append(&sb, aBuf, n);
  fclose(f);
  if( is_qdc(p->azArg[0]) ){
    ErrList err = ERRLIST_INIT, wl = ERRLIST_INIT;
    int nAdded = 0;
    int rc = qdc_import(p->pStore, sb_str(&sb), strlen(sb_str(&sb)), p->azArg[0], zUnder, NULL, &nAdded, &err, &wl);
    errlist_print_as(&wl, "warning", stderr);
    errlist_free(&wl);
    fatal_if_errors(&err);
    if( rc ) fatal_store(p, rc);
    printf("%d codes added\n", nAdded);
  }else{
    install_codebook(p, sb_str(&sb), p->azArg[0], zUnder, 0);
  }
  sb_free(&sb);
  return EXIT_OK;
}

int cmd_codebook_export(Cli *p){
  const char *zQdc = cli_opt(p, "--qdc");
  cli_args(p, 0, 0);
  if( zQdc ){
    char *zErr = NULL;
    char *z = qdc_export(p->pStore, &zErr);
    if( !z ) fatal(EXIT_FAIL, "%s", zErr);
    FILE *f = fopen(zQdc, "wb");
    if( !f || fputs(z, f)<0 || fclose(f)!=0 ) fatal(EXIT_FAIL, "cannot write %s", zQdc);
    free(z);
    printf("codebook written to %s\n", zQdc);
    return EXIT_OK;
  }
  char *z = codebook_export(p->pStore);
  if( !z ) fatal_store(p, STORE_ERROR);
  printf("%s\n", z);
  free(z);
  return EXIT_OK;
}

int cmd_coder_add(Cli *p){
  cli_args(p, 1, 1);
  if( !p->azArg[0][0] ) fatal(EXIT_USAGE, "a coder needs a name");
  int rc = st_coder_add(p->pStore, p->azArg[0]);
  if( rc ) fatal_store(p, rc);
  printf("coder %s added\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_coder_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "coder,segments,sources");
  int rc = st_coder_list(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_audit(Cli *p){
  const char *zAction = cli_opt(p, "--action");
  const char *zSince = cli_opt(p, "--since");
  cli_args(p, 0, 0);
  if( zSince ) cli_date("--since", zSince);
  Table *t = table_newc(NULL, "id,at,who,action,target,before,after,reason");
  int rc = st_audit_list(p->pStore, zAction, zSince, t);
  if( rc ) fatal_store(p, rc);
  if( !p->bNames ){
    /* The trail keeps memo and summary texts and the analysts' reasons,
    ** which may name people: pseudonymised like source text. */
    Redactor *r = redactor_for_study(p->pStore);
    if( !r ) fatal_store(p, STORE_ERROR);
    for(int c=4; c<=7; c++) redactor_apply_column(r, t, c);
    redactor_free(r);
  }
  cli_print_table(p, t);
  return EXIT_OK;
}

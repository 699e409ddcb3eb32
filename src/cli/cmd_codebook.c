/*
** cmd_codebook.c: codebook install/import/export: the framework codebook
** (qual/codebook.c) and REFI-QDA .qdc codebooks (qual/qdc.c).
** Handlers and their entries of the command table (aCmd_codebook, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/cli.h"
#include "qual/coding_run.h"

static int cmd_codebook_install(Cli *p){
  cli_args(p, 0, 0);
  int nAdded;
  Err err = ERR_INIT;
  if( qual_codebook_install(p->pStore, &nAdded, &err) ) cli_fail(&err);
  printf("%d codes added\n", nAdded);
  return EXIT_OK;
}

static int cmd_codebook_import(Cli *p){
  const char *zUnder = cli_opt(p, "--under");
  cli_args(p, 1, 1);
  int nAdded;
  ErrList warn = ERRLIST_INIT;
  Err err = ERR_INIT;
  int rc = qual_codebook_import(p->pStore, p->azArg[0], zUnder, &nAdded, &warn, &err);
  errlist_print_as(&warn, "warning", stderr);
  errlist_free(&warn);
  if( rc ) cli_fail(&err);
  printf("%d codes added\n", nAdded);
  return EXIT_OK;
}

static int cmd_codebook_export(Cli *p){
  const char *zQdc = cli_opt(p, "--qdc");
  cli_args(p, 0, 0);
  char *z;
  Err err = ERR_INIT;
  if( qual_codebook_export(p->pStore, zQdc!=NULL, &z, &err) ) cli_fail(&err);
  if( zQdc ){
    FILE *f = fopen(zQdc, "wb");
    if( !f || fputs(z, f)<0 || fclose(f)!=0 ) fatal(EXIT_FAIL, "cannot write %s", zQdc);
    free(z);
    printf("codebook written to %s\n", zQdc);
    return EXIT_OK;
  }
  printf("%s\n", z);
  free(z);
  return EXIT_OK;
}

const CmdEntry aCmd_codebook[] = {
  { "codebook install", cmd_codebook_install, CMD_WRITE, "add the framework's built-in codebook",
    "Usage: synergist codebook install\n\n"
    "Adds the codes of the partnership-synergy framework, each with a definition\n"
    "and an example: determinants (resources, partner characteristics,\n"
    "relationships among partners, partnership characteristics, external\n"
    "environment), the four manifestations of synergy, the enabling processes\n"
    "(interpersonal, operational, system) and the negative and success factors\n"
    "of partnerships. Codes already present are left as they are, so it can be\n"
    "run again after renaming or adding codes.\n\n"
    "Example:\n  synergist codebook install\n" },
  { "codebook import", cmd_codebook_import, CMD_WRITE, "add codes from a JSON or REFI-QDA codebook",
    "Usage: synergist codebook import FILE.json|FILE.qdc [--under CODE]\n\n"
    "FILE.json has the format `codebook export` writes:\n"
    "  {\"codes\": [{\"name\": ..., \"description\": ..., \"example\": ...,\n"
    "              \"children\": [...]}]}\n"
    "FILE.qdc is a REFI-QDA codebook (QDA-XML 1.0) from NVivo, ATLAS.ti, MAXQDA,\n"
    "QualCoder or synergist: nested codes with their descriptions and colours\n"
    "(a description's last \"Example: ...\" paragraph becomes the example; a '/'\n"
    "in a name becomes '\u2215', with a warning). Codes are merged by path: a code\n"
    "already there keeps its identity. The file is checked against the REFI-QDA\n"
    "schema (Codebook-mrt2019.xsd). Every problem is listed with its line and\n"
    "nothing is added (exit 3).\n\n"
    "Example:\n  synergist codebook import themes.json --under determinants\n"
    "  synergist codebook import nvivo-codes.qdc\n" },
  { "codebook export", cmd_codebook_export, CMD_STUDY, "write the codebook as JSON or REFI-QDA",
    "Usage: synergist codebook export [--qdc FILE.qdc]\n\n"
    "Without --qdc, the codebook as JSON on standard output. With --qdc, a\n"
    "REFI-QDA codebook (valid against Codebook-mrt2019.xsd) that NVivo, ATLAS.ti,\n"
    "MAXQDA and QualCoder import: each code with a stable GUID, its colour, and\n"
    "its description followed by \"Example: \" and its example.\n\n"
    "Example:\n  synergist codebook export > codebook.json\n"
    "  synergist codebook export --qdc codebook.qdc\n" },
  {0,0,0,0,0}
};

/*
** cmd_redact.c: redact and redact term add/list/remove: pseudonymised text
** (qual/redact.c).
** Handlers and their entries of the command table (aCmd_redact, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli/cli.h"
#include "util/xalloc.h"
#include "qual/coding_run.h"

static int cmd_redact(Cli *p){
  const char *zOut = cli_opt(p, "--out");
  const char *zSource = cli_opt(p, "--source");
  const char *zPart = cli_opt(p, "--partnership");
  cli_args(p, 0, 0);
  if( !zOut ) fatal(EXIT_USAGE, "redact needs --out DIR");
  RedactedText *a; int n, nTerms;
  Err err = ERR_INIT;
  if( qual_redact_sources(p->pStore, zSource, zPart, &a, &n, &nTerms, &err) ) cli_fail(&err);
  if( mkdir(zOut, 0777)!=0 && errno!=EEXIST ) fatal(EXIT_FAIL, "cannot create directory %s: %s", zOut, strerror(errno));
  int nChanged = 0;
  for(int i=0; i<n; i++){
    char *zPath = xasprintf("%s/%s.txt", zOut, a[i].zName);
    FILE *f = fopen(zPath, "wb");
    if( !f ) fatal(EXIT_FAIL, "cannot write %s: %s", zPath, strerror(errno));
    fputs(a[i].zText, f);
    fputc('\n', f);
    if( fclose(f)!=0 ) fatal(EXIT_FAIL, "cannot write %s", zPath);
    nChanged += a[i].bChanged;
    printf("%s\n", zPath);
    free(zPath);
  }
  printf("%d sources written, %d with replacements (%d terms)\n", n, nChanged, nTerms);
  qual_redacted_free(a, n);
  return EXIT_OK;
}

static int cmd_redact_term_add(Cli *p){
  const char *zAs = cli_opt(p, "--as");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_redact_term_add(p->pStore, p->azArg[0], zAs, &err) ) cli_fail(&err);
  printf("term added: replaced by %s\n", zAs);
  return EXIT_OK;
}

static int cmd_redact_term_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  int nHidden;
  Err err = ERR_INIT;
  if( qual_redact_term_list(p->pStore, p->bNames, &t, &nHidden, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  if( nHidden>0 ){
    fprintf(stderr, "synergist: note: %d term%s from members' real names not listed (add --names)\n",
            nHidden, nHidden==1 ? "" : "s");
  }
  return EXIT_OK;
}

static int cmd_redact_term_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_redact_term_remove(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("term removed\n");
  return EXIT_OK;
}

const CmdEntry aCmd_redact[] = {
  { "redact", cmd_redact, CMD_STUDY, "write pseudonymised copies of sources",
    "Usage: synergist redact --out DIR [--source NAME] [--partnership P]\n\n"
    "Writes DIR/NAME.txt for every source (or the ones chosen) with each member's\n"
    "real name replaced by their pseudonymous id in brackets (\"[011]\") and each\n"
    "term of `synergist redact term list` replaced by its pseudonym. Matching\n"
    "takes whole words only (Unicode letters and digits) and lets any white\n"
    "space match, and any apostrophe any other (\"O'Neil\", \"O\xE2\x80\x99Neil\").\n"
    "Terms and full names match in any case. Each word of a real\n"
    "name is also replaced alone (\"Dr Tremblay said\"), and each piece of a\n"
    "hyphenated one, in its exact case as written with a capital first, in\n"
    "title case and in capitals (\"Tremblay\", \"TREMBLAY\"; not \"tremblay\");\n"
    "words of one letter, titles (Dr, Mme, Prof...) and particles in any case\n"
    "(\"de\", \"La\", \"van\") are left out. A name or word shared by members with\n"
    "different ids becomes \"[name]\", never one member's id. The same\n"
    "replacement applies to every text printed or exported without --names:\n"
    "sources, quotes, search contexts, summaries, memos, the audit trail.\n"
    "`synergist --names redact term list` shows every term. Prints one line\n"
    "per file written, then the number of replacements.\n\n"
    "Example:\n  synergist redact --out shared/ --partnership PCCP\n" },
  { "redact term add", cmd_redact_term_add, CMD_WRITE, "add a term to pseudonymise",
    "Usage: synergist redact term add TERM --as PSEUDONYM\n\n"
    "Adds (or changes) a term replaced everywhere text is exported or reported:\n"
    "place names, organisations, people who are not members. Members' real\n"
    "names are always replaced and need no term.\n\n"
    "Example:\n  synergist redact term add \"Saint-Lambert clinic\" --as \"[clinic A]\"\n" },
  { "redact term list", cmd_redact_term_list, CMD_STUDY, "list the terms to pseudonymise",
    "Usage: synergist redact term list\n\n"
    "Columns: term, replacement, kind (term: an extra term, any case; name: a\n"
    "member's full real name, any case; name part: a word of a name, exact\n"
    "case; see `synergist help redact`). Names and their parts are listed only\n"
    "with the global --names; without it a note says how many were left out.\n\n"
    "Example:\n  synergist redact term list --format csv\n" },
  { "redact term remove", cmd_redact_term_remove, CMD_WRITE, "remove a term to pseudonymise",
    "Usage: synergist redact term remove TERM\n\n"
    "Example:\n  synergist redact term remove \"Saint-Lambert clinic\"\n" },
  {0,0,0,0,0}
};

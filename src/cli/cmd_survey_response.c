/* cmd_survey_response.c: response import/list/remove (part of aCmd_survey). */
#include <stdio.h>
#include <stdlib.h>
#include "cli/cmd_survey.h"
#include "store/st_survey.h"
#include "store/st_answer.h"
#include "survey/survey.h"

int cmd_response_import(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 1, 1);
  if( !zInst ) fatal(EXIT_USAGE, "response import needs --instrument ID (see: synergist instrument list)");
  ErrList err = ERRLIST_INIT;
  ImportStats st;
  char *zErr = NULL;
  int rc = survey_import_responses(p->pStore, p->azArg[0], zInst, &err, &st, &zErr);
  if( rc ){
    errlist_free(&err);
    fatal(rc==STORE_NOTFOUND ? EXIT_FAIL : EXIT_INTERNAL, "%s", zErr ? zErr : "import failed");
  }
  fatal_if_errors(&err);
  printf("%d answer set%s imported (%ld answers), %d linked to roster members\n",
         st.nRow, st.nRow==1 ? "" : "s", st.nAnswer, st.nLinked);
  return EXIT_OK;
}

int cmd_response_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "partnership,wave,instrument,respondents,linked,partial,tokens,rate");
  int rc = st_response_rates(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_response_remove(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 2, 2);
  if( !zInst ) fatal(EXIT_USAGE, "response remove needs --instrument ID");
  int n = 0;
  int rc = st_response_delete(p->pStore, zInst, p->azArg[0], p->azArg[1], &n);
  if( rc ) fatal_store(p, rc);
  printf("%d answer set%s removed\n", n, n==1 ? "" : "s");
  return EXIT_OK;
}

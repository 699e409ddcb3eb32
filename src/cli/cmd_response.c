/*
** cmd_response.c: response import/list/remove: survey answers
** (survey/resp_import.c).
** Handlers and their entries of the command table (aCmd_response, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "survey/survey.h"

static int cmd_response_import(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 1, 1);
  ImportStats st;
  Err err = ERR_INIT;
  if( survey_response_import(p->pStore, p->azArg[0], zInst, &st, &err) ) cli_fail(&err);
  printf("%d answer set%s imported (%ld answers), %d linked to roster members\n",
         st.nRow, st.nRow==1 ? "" : "s", st.nAnswer, st.nLinked);
  return EXIT_OK;
}

static int cmd_response_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( survey_response_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_response_remove(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 2, 2);
  int n;
  Err err = ERR_INIT;
  if( survey_response_remove(p->pStore, zInst, p->azArg[0], p->azArg[1], &n, &err) ) cli_fail(&err);
  printf("%d answer set%s removed\n", n, n==1 ? "" : "s");
  return EXIT_OK;
}

const CmdEntry aCmd_response[] = {
  { "response import", cmd_response_import, CMD_WRITE, "import survey answers from CSV",
    "Usage: synergist response import FILE --instrument ID\n\n"
    "Columns: respondent, partnership, wave and one column per item id.\n"
    "REDCap exports work as they are: record_id, redcap_data_access_group and\n"
    "redcap_event_name (an \"_arm_N\" suffix is ignored) stand for the first\n"
    "three, item columns match variable names ignoring case, and REDCap's\n"
    "*_complete, *_timestamp and redcap_* bookkeeping columns are ignored.\n"
    "Answers are whole numbers within the item's range, its not-applicable\n"
    "code, or empty (missing). Respondents need not be members; one whose id\n"
    "is a member id of that partnership is linked to the member, so change\n"
    "can be followed person by person. The wave must exist (wave add).\n"
    "Out-of-range values, unknown columns, unknown partnerships or waves and\n"
    "respondents answering twice in a wave are all listed as FILE:LINE:COLUMN\n"
    "(exit 3) and nothing is imported.\n\n"
    "Example:\n  synergist response import baseline.csv --instrument psf\n" },
  { "response list", cmd_response_list, CMD_STUDY, "count answer sets per partnership and wave",
    "Usage: synergist response list [--format text|csv|json]\n\n"
    "Live response rates, also while `synergist serve` takes answers. Columns:\n"
    "partnership, wave, instrument, respondents (complete answer sets), linked\n"
    "(of them, linked to roster members), partial (web answer sets not yet\n"
    "submitted), tokens (issued, not revoked) and rate (complete answer sets\n"
    "of token holders per 100 tokens). Waves with tokens but no answers yet\n"
    "are listed too.\n\n"
    "Example:\n  synergist response list --format csv\n" },
  { "response remove", cmd_response_remove, CMD_WRITE, "remove the answers of one wave",
    "Usage: synergist response remove PARTNERSHIP WAVE --instrument ID\n\n"
    "Deletes every answer set to instrument ID in that partnership's wave\n"
    "(for example before importing a corrected file).\n\n"
    "Example:\n  synergist response remove PCCP baseline --instrument psf\n" },
  {0,0,0,0,0}
};

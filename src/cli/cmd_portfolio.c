/*
** cmd_portfolio.c: portfolio: every partnership on one line, struggling first
** (diagnose/diag_run.c over portfolio.c).
** Handlers and their entries of the command table (aCmd_portfolio, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "diagnose/diag_run.h"

static int cmd_portfolio(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  const char *zAsOf = cli_opt(p, "--as-of");
  const char *zTable = cli_opt(p, "--table");
  const char **azSet;
  int nSet = cli_opt_all(p, &azSet);
  cli_args(p, 0, 0);
  if( zTable && strcmp(zTable, "partnerships") && strcmp(zTable, "sectors") ){
    fatal(EXIT_USAGE, "--table must be partnerships or sectors");
  }
  if( !zTable && p->fmt==FMT_CSV ) fatal(EXIT_USAGE, "with --format csv choose one --table: partnerships or sectors");
  DiagnoseOptions o = {0};
  o.zInstrument = zInst;
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  o.nSet = nSet; o.azSet = azSet;
  Table *tP, *tS;
  Err err = ERR_INIT;
  /* text is read by people: the portfolio in words, as the report shows it */
  PfForm eForm = p->fmt==FMT_TEXT ? PF_WORDS : PF_FIGURES;
  if( diag_portfolio(p->pStore, &o, eForm, &tP, &tS, &err) ) cli_fail(&err);
  if( zTable ){
    cli_print_table(p, strcmp(zTable, "sectors")==0 ? tS : tP);
    table_free(strcmp(zTable, "sectors")==0 ? tP : tS);
  }else if( p->fmt==FMT_JSON ){
    printf("{\n\"partnerships\": ");
    table_write(tP, FMT_JSON, stdout);
    printf(",\n\"sectors\": ");
    table_write(tS, FMT_JSON, stdout);
    printf("}\n");
    table_free(tP); table_free(tS);
  }else{
    table_write(tP, FMT_TEXT, stdout);
    printf("\n");
    table_write(tS, FMT_TEXT, stdout);
    table_free(tP); table_free(tS);
  }
  free(azSet);
  return EXIT_OK;
}

const CmdEntry aCmd_portfolio[] = {
  { "portfolio", cmd_portfolio, CMD_STUDY, "every partnership on one line, struggling first",
    "Usage: synergist portfolio [--table partnerships|sectors] [--as-of DATE]\n"
    "       [--instrument ID] [--set KEY=VALUE]... [--format text|csv|json]\n"
    "\n"
    "partnerships  one line per partnership: latest wave, synergy and its band,\n"
    "              trend since the previous wave, open concerns and warnings,\n"
    "              response rate of that wave (over the members present when it\n"
    "              opened), members now, sectors of the current\n"
    "              members' organisations; struggling partnerships first (most\n"
    "              open concerns, then warnings, then lowest synergy)\n"
    "sectors       the sector mix counted as the 2024 study of 255 partnerships\n"
    "              did: how many partnerships involve nonprofit, industry and\n"
    "              government partners, and how many span one, two or three of\n"
    "              these sectors (column reference_255: that study's counts);\n"
    "              then how many involve academic and health system partners\n"
    "              and how many have none of the three sectors, which that\n"
    "              study did not count (no reference): the spans add up to\n"
    "              every partnership\n"
    "CSV output needs one --table; JSON without --table is an object of both.\n"
    "\n"
    "The trend follows one rule, as in the report: a clear rise or fall when\n"
    "the change's 95% CI excludes 0, about the same otherwise. Text output is\n"
    "in words, in the language of the environment, as the report prints it\n"
    "(band name, trend with an arrow and its size, response rate in percent\n"
    "of the members present when the wave opened, \"94% of 16\",\n"
    "sectors named). CSV and JSON keep figures: band concern, work or\n"
    "strength; trend rise, fall or steady (empty without an earlier wave);\n"
    "change, the signed change of synergy since the wave before;\n"
    "response_rate a proportion of members_present, the members present\n"
    "when the wave opened; members_now, those present today (or --as-of);\n"
    "nonprofit, industry, government, academic,\n"
    "health_system, other_sector (a sector the user named) yes or no;\n"
    "sectors the sectors present by name (\"nonprofit, government, health\n"
    "system\", \"other\" for a sector the user named), as the text and the\n"
    "report name them; reference_sector_count how many of the three of the\n"
    "2024 study (nonprofit, industry, government), 0 to 3.\n"
    "\n"
    "Example:\n"
    "  synergist portfolio --table sectors --format csv\n" },
  {0,0,0,0,0}
};

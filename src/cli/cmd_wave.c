/*
** cmd_wave.c: wave add/list/remove/import: survey waves of a partnership.
** Handlers and their entries of the command table (aCmd_wave, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "survey/survey.h"

static int cmd_wave_add(Cli *p){
  WaveOpts o = {0};
  o.zOpens = cli_opt(p, "--opens");
  o.zCloses = cli_opt(p, "--closes");
  o.zInstrument = cli_opt(p, "--instrument");
  o.bAllowChanges = cli_flag(p, "--allow-changes");
  cli_args(p, 2, 2);
  o.zPartnership = p->azArg[0];
  o.zWave = p->azArg[1];
  Err err = ERR_INIT;
  if( survey_wave_add(p->pStore, &o, &err) ) cli_fail(&err);
  printf("wave %s of %s added\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

static int cmd_wave_list(Cli *p){
  cli_args(p, 0, 1);
  Table *t;
  Err err = ERR_INIT;
  if( survey_wave_list(p->pStore, p->nArg ? p->azArg[0] : NULL, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_wave_remove(Cli *p){
  cli_args(p, 2, 2);
  Err err = ERR_INIT;
  if( survey_wave_remove(p->pStore, p->azArg[0], p->azArg[1], &err) ) cli_fail(&err);
  printf("wave %s of %s removed\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

static int cmd_wave_import(Cli *p){
  cli_args(p, 1, 1);
  int n;
  Err err = ERR_INIT;
  if( survey_wave_import(p->pStore, p->azArg[0], &n, &err) ) cli_fail(&err);
  printf("%d wave%s added\n", n, n==1 ? "" : "s");
  return EXIT_OK;
}

const CmdEntry aCmd_wave[] = {
  { "wave add", cmd_wave_add, CMD_WRITE, "add a survey wave to a partnership",
    "Usage: synergist wave add PARTNERSHIP WAVE [--opens YYYY-MM-DD] [--closes YYYY-MM-DD]\n"
    "                          [--instrument ID] [--allow-changes]\n\n"
    "A wave is one round of the survey (baseline, followup1, ...). Use the same\n"
    "wave name in every partnership so scores pool across them. Waves are\n"
    "ordered by opening date, then creation. On the web (synergist serve)\n"
    "members answer instrument ID (default psf) between the opening and\n"
    "closing dates; --allow-changes lets them change submitted answers until\n"
    "the wave closes.\n\n"
    "Example:\n  synergist wave add PCCP baseline --opens 2016-09-01 --closes 2016-09-30\n" },
  { "wave import", cmd_wave_import, CMD_WRITE, "add waves from CSV",
    "Usage: synergist wave import FILE.csv\n\n"
    "Columns: partnership, wave (required), opens, closes (YYYY-MM-DD). Every\n"
    "problem (unknown partnership, existing wave, impossible date) is listed as\n"
    "FILE:LINE:FIELD and nothing is added (exit 3).\n\n"
    "Example:\n  synergist wave import waves.csv\n" },
  { "wave list", cmd_wave_list, CMD_STUDY, "list survey waves",
    "Usage: synergist wave list [PARTNERSHIP] [--format text|csv|json]\n\n"
    "Columns: partnership, wave, opens, closes, tokens, responses.\n\n"
    "Example:\n  synergist wave list PCCP\n" },
  { "wave remove", cmd_wave_remove, CMD_WRITE, "remove a wave without answers",
    "Usage: synergist wave remove PARTNERSHIP WAVE\n\n"
    "Refused (exit 1) while answers refer to it; its tokens go with it.\n\n"
    "Example:\n  synergist wave remove PCCP pilot\n" },
  {0,0,0,0,0}
};

/*
** cmd_wave.c: wave add/list/remove/import: survey waves of a partnership.
** Handlers and their entries of the command table (aCmd_wave, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "store/st_answer.h"
#include "store/st_roster.h"
#include "store/st_survey.h"
#include "survey/answer.h"
#include "util/csvread.h"
#include "util/date.h"
#include "util/sb.h"

static int cmd_wave_add(Cli *p){
  const char *zOpens = cli_opt(p, "--opens");
  const char *zCloses = cli_opt(p, "--closes");
  const char *zInst = cli_opt(p, "--instrument");
  int bAllow = cli_flag(p, "--allow-changes");
  cli_args(p, 2, 2);
  int iOpen = zOpens ? cli_date("--opens", zOpens) : 0;
  int iClose = zCloses ? cli_date("--closes", zCloses) : 0;
  if( zOpens && zCloses && iClose<iOpen ) fatal(EXIT_USAGE, "--closes %s is before --opens %s", zCloses, zOpens);
  int rc = st_wave_add(p->pStore, p->azArg[0], p->azArg[1], zOpens, zCloses);
  if( rc ) fatal_store(p, rc);
  if( zInst || bAllow ){
    AnswerForm form;
    char *zErr = NULL;
    if( zInst && answer_instrument(p->pStore, zInst, &form, &zErr) ){
      fatal(EXIT_FAIL, "%s", zErr);
    }
    rc = st_wave_set_web(p->pStore, p->azArg[0], p->azArg[1], zInst, bAllow);
    if( rc ) fatal_store(p, rc);
  }
  printf("wave %s of %s added\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

static int cmd_wave_list(Cli *p){
  cli_args(p, 0, 1);
  const char *zPart = p->nArg ? p->azArg[0] : NULL;
  if( zPart ){
    int rc = st_partnership_exists(p->pStore, zPart);
    if( rc ) fatal_store(p, rc);
  }
  Table *t = table_newc(NULL, "partnership,wave,opens,closes,tokens,responses");
  int rc = st_wave_list(p->pStore, zPart, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_wave_remove(Cli *p){
  cli_args(p, 2, 2);
  int rc = st_wave_remove(p->pStore, p->azArg[0], p->azArg[1]);
  if( rc ) fatal_store(p, rc);
  printf("wave %s of %s removed\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

/* wave import: one wave per CSV record (partnership, wave, opens, closes). */
typedef struct WaveImp { Cli *p; const char *zPath; ErrList *pErr; int iP, iW, iO, iC; int bHdr; int n; } WaveImp;

static int wave_row(void *pArg, const CsvRow *r){
  WaveImp *w = pArg;
  if( !w->bHdr ){
    w->bHdr = 1;
    w->iP = csv_find_col(r, "partnership"); w->iW = csv_find_col(r, "wave");
    w->iO = csv_find_col(r, "opens"); w->iC = csv_find_col(r, "closes");
    if( w->iP<0 ) errlist_add(w->pErr, w->zPath, r->iLine, 0, "column \"partnership\" is missing");
    if( w->iW<0 ) errlist_add(w->pErr, w->zPath, r->iLine, 0, "column \"wave\" is missing");
    return w->iP<0 || w->iW<0;
  }
  int n0 = w->pErr->n;
  const char *zO = w->iO>=0 && w->iO<r->nField && r->az[w->iO][0] ? r->az[w->iO] : NULL;
  const char *zC = w->iC>=0 && w->iC<r->nField && r->az[w->iC][0] ? r->az[w->iC] : NULL;
  int iDay;
  if( zO && !date_parse(zO, &iDay) ) errlist_add(w->pErr, w->zPath, r->iLine, w->iO+1, "\"%s\" is not a date (YYYY-MM-DD)", zO);
  if( zC && !date_parse(zC, &iDay) ) errlist_add(w->pErr, w->zPath, r->iLine, w->iC+1, "\"%s\" is not a date (YYYY-MM-DD)", zC);
  if( w->iP>=r->nField || w->iW>=r->nField ){
    errlist_add(w->pErr, w->zPath, r->iLine, 0, "too few fields");
    return 0;
  }
  if( w->pErr->n>n0 ) return 0;   /* other rows are still added, to find their problems too */
  int rc = st_wave_add(w->p->pStore, r->az[w->iP], r->az[w->iW], zO, zC);
  if( rc==STORE_NOTFOUND || rc==STORE_EXISTS ){
    errlist_add(w->pErr, w->zPath, r->iLine, rc==STORE_NOTFOUND ? w->iP+1 : w->iW+1, "%s", store_errmsg(w->p->pStore));
  }else if( rc ){
    fatal_store(w->p, rc);
  }else w->n++;
  return 0;
}

static int cmd_wave_import(Cli *p){
  cli_args(p, 1, 1);
  ErrList err = ERRLIST_INIT;
  WaveImp w = { p, p->azArg[0], &err, -1, -1, -1, -1, 0, 0 };
  csv_read(p->azArg[0], wave_row, &w, &err);
  fatal_if_errors(&err);
  printf("%d wave%s added\n", w.n, w.n==1 ? "" : "s");
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

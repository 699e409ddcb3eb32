/* cmd_survey_wave.c: wave add/import/list/remove and token issue/export (part of aCmd_survey). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util/sb.h"
#include "cli/cmd_survey.h"
#include "store/st_survey.h"
#include "store/st_answer.h"
#include "survey/answer.h"
#include "store/st_roster.h"
#include "survey/survey.h"
#include "util/csvread.h"
#include "util/date.h"

int cmd_wave_add(Cli *p){
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

int cmd_wave_list(Cli *p){
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

int cmd_wave_remove(Cli *p){
  cli_args(p, 2, 2);
  int rc = st_wave_remove(p->pStore, p->azArg[0], p->azArg[1]);
  if( rc ) fatal_store(p, rc);
  printf("wave %s of %s removed\n", p->azArg[1], p->azArg[0]);
  return EXIT_OK;
}

int cmd_token_issue(Cli *p){
  cli_args(p, 2, 2);
  int nNew = 0;
  int rc = st_token_issue(p->pStore, p->azArg[0], p->azArg[1], survey_token_new, &nNew);
  if( rc ) fatal_store(p, rc);
  printf("%d token%s issued for %s %s\n", nNew, nNew==1 ? "" : "s", p->azArg[0], p->azArg[1]);
  return EXIT_OK;
}

int cmd_token_export(Cli *p){
  const char *zStatus = cli_opt(p, "--status");
  const char *zBase = cli_opt(p, "--base-url");
  cli_args(p, 2, 2);
  static const char *const azStatus[] = { "not-started", "partial", "complete", "revoked", "incomplete", 0 };
  int k = 0;
  if( zStatus ){
    while( azStatus[k] && strcmp(azStatus[k], zStatus)!=0 ) k++;
    if( !azStatus[k] ) fatal(EXIT_USAGE, "--status must be not-started, partial, complete, revoked or incomplete, not '%s'", zStatus);
  }
  char *zSetting = NULL;
  if( !zBase ){
    if( store_setting_get(p->pStore, "base_url", &zSetting) ) fatal_store(p, STORE_ERROR);
    zBase = zSetting;
  }
  Sb cols = SB_INIT;
  sb_printf(&cols, "token,member,partnership,wave,status,last_sent%s%s", zBase ? ",link" : "", p->bNames ? ",name" : "");
  Table *t = table_newc(NULL, sb_str(&cols));
  sb_free(&cols);
  int rc = st_token_export_status(p->pStore, p->azArg[0], p->azArg[1],
                                  zStatus ? (k==0 ? "not started" : zStatus) : NULL, zBase, p->bNames, t);
  free(zSetting);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_token_revoke(Cli *p){
  cli_args(p, 3, 3);
  int rc = st_token_revoke(p->pStore, p->azArg[0], p->azArg[1], p->azArg[2]);
  if( rc ) fatal_store(p, rc);
  printf("token of %s in %s %s revoked\n", p->azArg[2], p->azArg[0], p->azArg[1]);
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

int cmd_wave_import(Cli *p){
  cli_args(p, 1, 1);
  ErrList err = ERRLIST_INIT;
  WaveImp w = { p, p->azArg[0], &err, -1, -1, -1, -1, 0, 0 };
  csv_read(p->azArg[0], wave_row, &w, &err);
  fatal_if_errors(&err);
  printf("%d wave%s added\n", w.n, w.n==1 ? "" : "s");
  return EXIT_OK;
}

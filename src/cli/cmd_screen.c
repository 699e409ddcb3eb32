/*
** cmd_screen.c: screen checklist/record/show/list/remove: screening a
** potential partnership (diagnose/screening.c).
** Handlers and their entries of the command table (aCmd_screen, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/cmd_diagnose.h"
#include "diagnose/diagnose.h"
#include "diagnose/screening.h"
#include "store/st_diagnose.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static int cmd_screen_checklist(Cli *p){
  cli_args(p, 0, 0);
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  if( !c ) fatal(EXIT_INTERNAL, "%s", zErr);
  cli_print_table(p, checklist_table(c));
  checklist_free(c);
  return EXIT_OK;
}

static int cmd_screen_record(Cli *p){
  const char *zDate = cli_opt(p, "--date");
  const char *zBy = cli_opt(p, "--by");
  const char *zNote = cli_opt(p, "--note");
  cli_args(p, 2, 2);
  const char *zP = p->azArg[0], *zFile = p->azArg[1];
  if( zDate ) cli_date("--date", zDate);
  if( st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  if( !c ) fatal(EXIT_INTERNAL, "%s", zErr);
  ErrList err = ERRLIST_INIT;
  ScreenAnswers *a = screen_read_csv(c, zFile, &err);
  if( err.n ){ checklist_free(c); screen_answers_free(a); fatal_if_errors(&err); }
  char zToday[11];
  date_format(date_today(), zToday);
  int64_t id = 0;
  int rc = st_screening_add(p->pStore, zP, zDate ? zDate : zToday, zBy, zNote, a, &id);
  if( rc ){ checklist_free(c); screen_answers_free(a); fatal_store(p, rc); }
  ScreenScore sc;
  DiagParams dp;
  diag_params_load(p->pStore, 0, NULL, &dp, &zErr);
  screen_score(c, a, &dp, &sc);
  char *zMsg = i18n_asprintf(_("screening %lld of %s recorded: %d factors, risk %.0f%%, success %.0f%%: %s"),
                             (long long)id, zP, a->n, 100*sc.rRisk, 100*sc.rSuccess, screen_verdict_name(sc.zVerdict));
  printf("%s\n", zMsg);
  free(zMsg);
  screen_answers_free(a);
  checklist_free(c);
  return EXIT_OK;
}

static int cmd_screen_show(Cli *p){
  const char *zId = cli_opt(p, "--id");
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 1, 1);
  const char *zP = p->azArg[0];
  if( st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  if( !c ) fatal(EXIT_INTERNAL, "%s", zErr);
  int64_t id = 0;
  if( zId ){
    id = cli_id("--id", zId);
  }
  ScreenAnswers *a = NULL;
  ScreenHeader h = {0};
  int rc = st_screening_get(p->pStore, zP, id, &h, &a);
  if( rc ){ checklist_free(c); fatal_store(p, rc); }
  DiagnoseOptions o = {0};
  o.zPartnership = zP;
  o.zInstrument = zInst;
  DiagStudy *d = cmd_diagnose_load(p, &o);
  Table *t = screen_compare_table(c, a, d, zP);
  if( p->fmt==FMT_TEXT ){
    ScreenScore sc;
    screen_score(c, a, &d->params, &sc);
    char *zMsg = h.zBy
      ? i18n_asprintf(_("Screening %lld of %s on %s by %s: risk %.0f%% of the maximum, success %.0f%%: %s"),
                      (long long)h.id, zP, h.zDate, h.zBy, 100*sc.rRisk, 100*sc.rSuccess, screen_verdict_name(sc.zVerdict))
      : i18n_asprintf(_("Screening %lld of %s on %s: risk %.0f%% of the maximum, success %.0f%%: %s"),
                      (long long)h.id, zP, h.zDate, 100*sc.rRisk, 100*sc.rSuccess, screen_verdict_name(sc.zVerdict));
    printf("%s\n", zMsg);
    free(zMsg);
    if( h.zNote ) printf("%s %s\n", _("Note:"), h.zNote);
    printf("\n");
  }
  cli_print_table(p, t);
  screen_header_clear(&h);
  screen_answers_free(a);
  diag_study_free(d);
  checklist_free(c);
  return EXIT_OK;
}

static int cmd_screen_list(Cli *p){
  cli_args(p, 0, 1);
  const char *zP = p->nArg ? p->azArg[0] : NULL;
  if( zP && st_partnership_exists(p->pStore, zP) ) fatal_store(p, STORE_NOTFOUND);
  char *zErr = NULL;
  Checklist *c = checklist_builtin(&zErr);
  if( !c ) fatal(EXIT_INTERNAL, "%s", zErr);
  DiagParams dp;
  diag_params_load(p->pStore, 0, NULL, &dp, &zErr);
  Table *t = table_newc(_("Screenings"), "id,partnership,date,by,factors,risk,success,verdict");
  ScreenHeader *aH = NULL; int nH = 0;
  int rc = st_screening_all(p->pStore, zP, &aH, &nH);
  if( rc ){ checklist_free(c); table_free(t); fatal_store(p, rc); }
  for(int i=0; i<nH; i++){
    ScreenAnswers *a = NULL;
    ScreenHeader h = {0};
    if( st_screening_get(p->pStore, aH[i].zPartnership, aH[i].id, &h, &a)==STORE_OK ){
      ScreenScore sc;
      screen_score(c, a, &dp, &sc);
      int r = table_row(t);
      table_int(t, r, 0, h.id);
      table_text(t, r, 1, aH[i].zPartnership);
      table_text(t, r, 2, h.zDate);
      table_text(t, r, 3, h.zBy);
      table_int(t, r, 4, a->n);
      table_real(t, r, 5, sc.rRisk, 2);
      table_real(t, r, 6, sc.rSuccess, 2);
      table_text(t, r, 7, sc.zVerdict);
    }
    screen_header_clear(&h);
    screen_answers_free(a);
  }
  for(int i=0; i<nH; i++) screen_header_clear(&aH[i]);
  free(aH);
  checklist_free(c);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_screen_remove(Cli *p){
  cli_args(p, 1, 1);
  int64_t id = cli_id("the screening number", p->azArg[0]);
  int rc = st_screening_remove(p->pStore, id);
  if( rc ) fatal_store(p, rc);
  printf("screening %lld removed\n", (long long)id);
  return EXIT_OK;
}

const CmdEntry aCmd_screen[] = {
  { "screen checklist", cmd_screen_checklist, CMD_STUDY, "the factors to judge a potential partnership",
    "Usage: synergist screen checklist [--format text|csv|json]\n"
    "\n"
    "Negative factors (seen in struggling and potential partnerships) and\n"
    "success factors, each with a question, the survey scale it is compared\n"
    "with later, and the code of the built-in codebook it corresponds to.\n"
    "Rate each 0 (absent), 1 (partly) or 2 (clearly present).\n"
    "\n"
    "Example:\n"
    "  synergist screen checklist --format csv > screening.csv\n" },
  { "screen record", cmd_screen_record, CMD_WRITE, "store a scored screening of a partnership",
    "Usage: synergist screen record PARTNERSHIP FILE.csv [--date DATE] [--by NAME] [--note TEXT]\n"
    "\n"
    "FILE.csv has the columns factor and rating (0, 1 or 2), optionally note;\n"
    "factor is an id from screen checklist. Every problem (unknown factor,\n"
    "rating out of range, a factor twice, missing column) is listed as\n"
    "FILE:LINE:FIELD and nothing is stored (exit 3). Unrated factors count as\n"
    "unknown, not as absent. Risk is the negative ratings over their maximum,\n"
    "success the success ratings over theirs; the verdict is 'reconsider' at a\n"
    "risk of screen_risk_reconsider (0.5) or more, 'proceed with conditions'\n"
    "at screen_risk_conditions (0.25) or with success below screen_success_min\n"
    "(0.5), else 'proceed'. The partnership must exist (partnership add).\n"
    "\n"
    "Example:\n"
    "  synergist partnership add NEWP --name \"Proposed pharmacy partnership\"\n"
    "  synergist screen record NEWP screening.csv --date 2019-02-01 --by coordinator\n" },
  { "screen show", cmd_screen_show, CMD_STUDY, "a screening beside the partnership's later waves",
    "Usage: synergist screen show PARTNERSHIP [--id N] [--instrument ID] [--format text|csv|json]\n"
    "\n"
    "The latest screening (or number N) factor by factor, with the survey scale\n"
    "each factor corresponds to and its mean in the partnership's first and\n"
    "latest wave, so that what was expected can be compared with what members\n"
    "later report.\n"
    "\n"
    "Example:\n"
    "  synergist screen show NEWP\n" },
  { "screen list", cmd_screen_list, CMD_STUDY, "stored screenings with their scores",
    "Usage: synergist screen list [PARTNERSHIP] [--format text|csv|json]\n"
    "\n"
    "Example:\n"
    "  synergist screen list --format csv\n" },
  { "screen remove", cmd_screen_remove, CMD_WRITE, "remove a screening (by number)",
    "Usage: synergist screen remove N\n"
    "\n"
    "Example:\n"
    "  synergist screen remove 2\n" },
  {0,0,0,0,0}
};

/*
** cmd_screen.c: screen checklist/record/show/list/remove: screening a
** potential partnership (diagnose/screen_run.c).
** Handlers and their entries of the command table (aCmd_screen, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "diagnose/diag_run.h"
#include "util/i18n.h"

static int cmd_screen_checklist(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( screen_checklist_list(&t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_screen_record(Cli *p){
  ScreenRecordOpts o = {0};
  o.zDate = cli_opt(p, "--date");
  o.zBy = cli_opt(p, "--by");
  o.zNote = cli_opt(p, "--note");
  cli_args(p, 2, 2);
  o.zPartnership = p->azArg[0];
  o.zFile = p->azArg[1];
  if( o.zDate ) cli_date("--date", o.zDate);
  ScreenRecorded r;
  Err err = ERR_INIT;
  if( screen_record(p->pStore, &o, &r, &err) ) cli_fail(&err);
  char *zMsg = i18n_asprintf(_("screening %lld of %s recorded: %d factors, risk %.0f%%, success %.0f%%: %s"),
                             (long long)r.id, o.zPartnership, r.nFactor, 100*r.sc.rRisk, 100*r.sc.rSuccess,
                             screen_verdict_name(r.sc.zVerdict));
  printf("%s\n", zMsg);
  free(zMsg);
  return EXIT_OK;
}

static int cmd_screen_show(Cli *p){
  const char *zId = cli_opt(p, "--id");
  const char *zInst = cli_opt(p, "--instrument");
  cli_args(p, 1, 1);
  const char *zP = p->azArg[0];
  int64_t id = zId ? cli_id("--id", zId) : 0;
  ScreenShown s;
  Err err = ERR_INIT;
  if( screen_show(p->pStore, zP, id, zInst, &s, &err) ) cli_fail(&err);
  if( p->fmt==FMT_TEXT ){
    const ScreenScore *sc = &s.sc;
    char *zMsg = s.h.zBy
      ? i18n_asprintf(_("Screening %lld of %s on %s by %s: risk %.0f%% of the maximum, success %.0f%%: %s"),
                      (long long)s.h.id, zP, s.h.zDate, s.h.zBy, 100*sc->rRisk, 100*sc->rSuccess, screen_verdict_name(sc->zVerdict))
      : i18n_asprintf(_("Screening %lld of %s on %s: risk %.0f%% of the maximum, success %.0f%%: %s"),
                      (long long)s.h.id, zP, s.h.zDate, 100*sc->rRisk, 100*sc->rSuccess, screen_verdict_name(sc->zVerdict));
    printf("%s\n", zMsg);
    free(zMsg);
    if( s.h.zNote ) printf("%s %s\n", _("Note:"), s.h.zNote);
    printf("\n");
  }
  cli_print_table(p, s.pTable);
  s.pTable = NULL;
  screen_shown_clear(&s);
  return EXIT_OK;
}

static int cmd_screen_list(Cli *p){
  cli_args(p, 0, 1);
  Table *t;
  Err err = ERR_INIT;
  if( screen_list(p->pStore, p->nArg ? p->azArg[0] : NULL, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_screen_remove(Cli *p){
  cli_args(p, 1, 1);
  int64_t id = cli_id("the screening number", p->azArg[0]);
  Err err = ERR_INIT;
  if( screen_remove(p->pStore, id, &err) ) cli_fail(&err);
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

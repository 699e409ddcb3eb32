/*
** cmd_diagnose.c: the diagnosis commands (table aCmd_diagnose, help text
** beside each handler): diagnose (findings per partnership and wave),
** portfolio (the programme on one screen) and screen (a checklist for a
** potential partnership). The work is in src/diagnose/.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "diagnose/diagnose.h"
#include "diagnose/portfolio.h"
#include "diagnose/screening.h"
#include "store/st_diagnose.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Collect every --set KEY=VALUE; the caller frees the array (not the strings). */
static int take_sets(Cli *p, const char ***pazSet){
  const char **az = xcalloc((size_t)p->argc+1, sizeof(char*));
  int n = 0;
  const char *z;
  while( (z = cli_opt(p, "--set"))!=NULL ) az[n++] = z;
  *pazSet = az;
  return n;
}

/* Load the study for diagnose/portfolio or die with the right exit code. */
static DiagStudy *load_or_die(Cli *p, DiagnoseOptions *o){
  char *zErr = NULL;
  int iErr = 0;
  DiagStudy *d = diag_study_load(p->pStore, o, &zErr, &iErr);
  if( !d ){
    int rc = iErr==1 ? EXIT_USAGE : iErr==2 ? EXIT_FAIL : EXIT_INTERNAL;
    char zMsg[1024];
    snprintf(zMsg, sizeof(zMsg), "%s", zErr ? zErr : "cannot read the study");
    free(zErr);
    fatal(rc, "%s", zMsg);
  }
  return d;
}

static int cmd_diagnose(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  const char *zAsOf = cli_opt(p, "--as-of");
  const char *zKind = cli_opt(p, "--kind");
  int bRules = cli_flag(p, "--rules");
  int bOpen = cli_flag(p, "--open");
  const char **azSet;
  int nSet = take_sets(p, &azSet);
  cli_args(p, 0, 1);
  DiagnoseOptions o = {0};
  o.zPartnership = p->nArg ? p->azArg[0] : NULL;
  o.zInstrument = zInst;
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  o.nSet = nSet; o.azSet = azSet;
  o.bNames = p->bNames;
  if( bRules ){
    DiagParams dp;
    char *zErr = NULL;
    if( diag_params_load(p->pStore, nSet, azSet, &dp, &zErr) ){
      char zMsg[512];
      snprintf(zMsg, sizeof(zMsg), "%s", zErr);
      free(zErr);
      fatal(EXIT_USAGE, "%s", zMsg);
    }
    free(azSet);
    cli_print_table(p, diag_params_table(&dp));
    return EXIT_OK;
  }
  DiagStudy *d = load_or_die(p, &o);
  Findings *f = diag_study_findings(d, p->pStore, o.zPartnership, o.bNames);
  /* --kind and --open filter the list */
  int w = 0;
  for(int i=0; i<f->n; i++){
    int bKeep = (!zKind || strcmp(f->a[i].zKind, zKind)==0) && (!bOpen || f->a[i].bOpen);
    if( bKeep ){ Finding t = f->a[w]; f->a[w] = f->a[i]; f->a[i] = t; w++; }
  }
  int nAll = f->n;
  f->n = w;
  if( p->fmt==FMT_JSON ) findings_write_json(f, stdout);
  else if( p->fmt==FMT_CSV ) cli_print_table(p, findings_table(f));
  else{
    findings_write_text(f, stdout);
    if( !d->pScore ) printf("\n%s\n", _("(no survey answers: only the roster rules ran)"));
  }
  f->n = nAll;     /* so that findings_free() frees the filtered-out ones too */
  findings_free(f);
  diag_study_free(d);
  free(azSet);
  return EXIT_OK;
}

static int cmd_portfolio(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  const char *zAsOf = cli_opt(p, "--as-of");
  const char *zTable = cli_opt(p, "--table");
  const char **azSet;
  int nSet = take_sets(p, &azSet);
  cli_args(p, 0, 0);
  if( zTable && strcmp(zTable, "partnerships") && strcmp(zTable, "sectors") ){
    fatal(EXIT_USAGE, "--table must be partnerships or sectors");
  }
  if( !zTable && p->fmt==FMT_CSV ) fatal(EXIT_USAGE, "with --format csv choose one --table: partnerships or sectors");
  DiagnoseOptions o = {0};
  o.zInstrument = zInst;
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  o.nSet = nSet; o.azSet = azSet;
  DiagStudy *d = load_or_die(p, &o);
  Findings *f = diag_study_findings(d, NULL, NULL, 0);
  Table *tP = portfolio_table(d, f);
  Table *tS = portfolio_sectors(d);
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
  findings_free(f);
  diag_study_free(d);
  free(azSet);
  return EXIT_OK;
}

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
  DiagStudy *d = load_or_die(p, &o);
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

const CmdEntry aCmd_diagnose[] = {
  { "diagnose", cmd_diagnose, CMD_STUDY, "findings per partnership and wave, with evidence and levers",
    "Usage: synergist diagnose [PARTNERSHIP] [--kind KIND] [--open] [--as-of DATE]\n"
    "       [--instrument ID] [--set KEY=VALUE]... [--rules] [--format text|csv|json]\n"
    "\n"
    "Applies every rule to each partnership (or only PARTNERSHIP) and lists the\n"
    "findings: kind, severity (info, warning, concern), the wave or dates, what\n"
    "was found with the figures behind it, the rule and threshold that produced\n"
    "it, and evidence (survey items and scales, meetings, timeline events,\n"
    "members, coded quotes, pseudonymised unless --names).\n"
    "\n"
    "Kinds: meeting_gap, turnover (rules turnover.individual and\n"
    "turnover.organisational), attendance_decline, missing_stakeholder_group,\n"
    "low_response, synergy_decline (a fall whose 95% CI excludes 0, or without\n"
    "a CI a fall of decline_points, or a sustained slide),\n"
    "tipping_point (a decline together with losses of trust, involvement or\n"
    "organisational buy-in), synergy_recovery, low_determinant (concern band, or\n"
    "far below the programme's other partnerships), benefits_below_drawbacks,\n"
    "and levers: the determinants most strongly tied to synergy across the\n"
    "programme (standardized coefficients with 95% CIs) where this partnership\n"
    "is weakest, with enabling processes and suggestions.\n"
    "\n"
    "Survey rules use the instrument's answers (default psf) and run only when\n"
    "there are some. Thresholds: synergist diagnose --rules lists them; change\n"
    "one for this run with --set KEY=VALUE or for the study with\n"
    "  synergist study set diagnose.KEY VALUE\n"
    "(the setting diagnose.expected_groups lists, separated by ';', the\n"
    "stakeholder groups every partnership should have; default patient partner).\n"
    "--open keeps findings about the latest wave, ongoing or within open_days.\n"
    "JSON output is an array of objects with partnership, kind, severity, wave,\n"
    "date, end_date, open, rule, threshold, detail, figures, evidence, actions.\n"
    "Texts (detail, evidence, actions) are in English or French as the locale\n"
    "says (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE; e.g. LANG=fr_CA.UTF-8),\n"
    "French with decimal commas; kinds, rules, thresholds, figures and JSON\n"
    "keys never change.\n"
    "See docs/diagnosis.md for every rule.\n"
    "\n"
    "Example:\n"
    "  synergist diagnose PCCP --format json\n"
    "  synergist diagnose CHRP --kind meeting_gap --set gap_days=120\n" },
  { "portfolio", cmd_portfolio, CMD_STUDY, "every partnership on one line, struggling first",
    "Usage: synergist portfolio [--table partnerships|sectors] [--as-of DATE]\n"
    "       [--instrument ID] [--set KEY=VALUE]... [--format text|csv|json]\n"
    "\n"
    "partnerships  one line per partnership: latest wave, synergy and its band,\n"
    "              trend since the previous wave (up/down, 'CI excludes 0' when\n"
    "              the change's 95% CI excludes 0), open concerns and warnings,\n"
    "              response rate of that wave, sectors of the current members'\n"
    "              organisations; struggling partnerships first (most open\n"
    "              concerns, then warnings, then lowest synergy)\n"
    "sectors       the sector mix counted as the 2024 study of 255 partnerships\n"
    "              did: how many partnerships involve nonprofit, industry and\n"
    "              government partners, and how many span one, two or three of\n"
    "              these sectors\n"
    "CSV output needs one --table; JSON without --table is an object of both.\n"
    "\n"
    "Example:\n"
    "  synergist portfolio --table sectors --format csv\n" },
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

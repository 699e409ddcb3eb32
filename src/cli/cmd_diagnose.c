/*
** cmd_diagnose.c: diagnose: findings per partnership and wave, with evidence
** and levers (diagnose/diag_run.c).
** Handlers and their entries of the command table (aCmd_diagnose, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "diagnose/diag_run.h"
#include "util/i18n.h"

static int cmd_diagnose(Cli *p){
  const char *zInst = cli_opt(p, "--instrument");
  const char *zAsOf = cli_opt(p, "--as-of");
  const char *zKind = cli_opt(p, "--kind");
  int bRules = cli_flag(p, "--rules");
  int bOpen = cli_flag(p, "--open");
  const char **azSet;
  int nSet = cli_opt_all(p, &azSet);
  cli_args(p, 0, 1);
  DiagnoseOptions o = {0};
  o.zPartnership = p->nArg ? p->azArg[0] : NULL;
  o.zInstrument = zInst;
  o.iAsOf = zAsOf ? cli_date("--as-of", zAsOf) : 0;
  o.nSet = nSet; o.azSet = azSet;
  o.bNames = p->bNames;
  Err err = ERR_INIT;
  if( bRules ){
    Table *t;
    if( diag_rules(p->pStore, nSet, azSet, &t, &err) ) cli_fail(&err);
    free(azSet);
    cli_print_table(p, t);
    return EXIT_OK;
  }
  DiagResult r;
  if( diag_diagnose(p->pStore, &o, zKind, bOpen, &r, &err) ) cli_fail(&err);
  if( p->fmt==FMT_JSON ) findings_write_json(r.pF, stdout);
  else if( p->fmt==FMT_CSV ) findings_write_csv(r.pF, stdout);
  else{
    findings_write_text(r.pF, stdout);
    if( !r.bScores ) printf("\n%s\n", _("(no survey answers: only the roster rules ran)"));
  }
  diag_result_clear(&r);
  free(azSet);
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
    "Findings come by partnership, period, then weight: the more severe, then\n"
    "by kind (the course of synergy first, levers last), then of one kind the\n"
    "larger magnitude (how far below the band or the others, the size of a\n"
    "fall, the length of a gap), then rule and evidence: the same order in\n"
    "every language (docs/diagnosis.md).\n"
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
  {0,0,0,0,0}
};

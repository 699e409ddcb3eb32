/*
** cmd_diagnose.c: diagnose: findings per partnership and wave, with evidence
** and levers (src/diagnose/); cmd_diagnose_load() is shared with portfolio and
** screen.
** Handlers and their entries of the command table (aCmd_diagnose, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "cli/cmd_diagnose.h"
#include "diagnose/diagnose.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Load the study for diagnose/portfolio or die with the right exit code. */
DiagStudy *cmd_diagnose_load(Cli *p, DiagnoseOptions *o){
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
  int nSet = cli_opt_all(p, &azSet);
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
  DiagStudy *d = cmd_diagnose_load(p, &o);
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
  {0,0,0,0,0}
};

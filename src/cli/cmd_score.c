/*
** cmd_score.c: score: scale scores, reliability, agreement and change
** (survey/score.c).
** Handlers and their entries of the command table (aCmd_score, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "survey/score.h"
#include "survey/survey.h"

static int cmd_score(Cli *p){
  ScoreOpts o;
  if( score_opts_init(p->pStore, &o) ) fatal_store(p, STORE_ERROR);
  const char *zInst = cli_opt(p, "--instrument");
  o.zWave = cli_opt(p, "--wave");
  o.rMinAnswered = cli_opt_real(p, "--min-answered", o.rMinAnswered);
  o.nSuppressMin = (int)cli_opt_int(p, "--suppress-min", o.nSuppressMin);
  o.bNoSuppress = cli_flag(p, "--no-suppress");
  o.bIncludePartial = cli_flag(p, "--include-partial");
  int bItems = cli_flag(p, "--items"), bBetween = cli_flag(p, "--between");
  int bChange = cli_flag(p, "--change"), bBalance = cli_flag(p, "--balance");
  int bMembers = cli_flag(p, "--members");
  cli_args(p, 0, 0);
  if( zInst && bItems+bBetween+bChange+bBalance>1 ) fatal(EXIT_USAGE, "choose one of --items, --between, --change, --balance");
  if( zInst && bMembers && !bChange ) fatal(EXIT_USAGE, "--members goes with --change");
  ScoreView eView = bItems ? SCORE_VIEW_ITEMS : bBetween ? SCORE_VIEW_BETWEEN
                  : bChange ? (bMembers ? SCORE_VIEW_MEMBERS : SCORE_VIEW_CHANGE)
                  : bBalance ? SCORE_VIEW_BALANCE : SCORE_VIEW_SCALES;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  Table *t;
  double tLoad, tCompute;
  Err err = ERR_INIT;
  if( survey_score_run(p->pStore, zInst, &o, eView, &t, &tLoad, &tCompute, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  const char *zTiming = getenv("SYNERGIST_TIMING");
  if( zTiming && strcmp(zTiming, "1")==0 ){
    fflush(stdout);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double tAll = (double)(t1.tv_sec-t0.tv_sec) + 1e-9*(double)(t1.tv_nsec-t0.tv_nsec);
    fprintf(stderr, "timing: load_s=%.3f compute_s=%.3f write_s=%.3f\n", tLoad, tCompute, tAll-tLoad-tCompute);
  }
  return EXIT_OK;
}

const CmdEntry aCmd_score[] = {
  { "score", cmd_score, CMD_STUDY, "scale scores, reliability, agreement and change",
    "Usage: synergist score --instrument ID [--wave W] [--items | --between | --change [--members] | --balance]\n"
    "                       [--min-answered SHARE] [--suppress-min N] [--no-suppress]\n"
    "                       [--include-partial]\n"
    "                       [--format text|csv|json]\n\n"
    "A respondent's scale score is the mean of the scale's answered items\n"
    "after reverse keying (min+max-value), given at least SHARE of its items\n"
    "are answered (default 0.5, setting min_answered); not applicable counts\n"
    "as missing. Checklist scales (scoring \"count\") count the \"yes\" answers,\n"
    "under the same SHARE rule; once it is met an unanswered item counts as \"no\".\n\n"
    "Default: one row per partnership x wave x scale, plus partnership \"all\"\n"
    "pooling the wave: n (respondents with a score), mean, sd (sample), t-based\n"
    "95% CI, alpha and alpha_std (Cronbach's raw and standardized, over those\n"
    "who answered every item), rwg_j (James, Demaree & Wolf, uniform null) and\n"
    "band (interpretation band of the mean).\n"
    "  --items    item-rest correlation and alpha if the item is deleted\n"
    "  --between  per wave and scale across partnerships: groups, n, icc1 and\n"
    "             icc2 (Bliese 2000, one-way ANOVA of scores by partnership;\n"
    "             icc1 with the mean group size as multilevel::ICC1), icc1_k0\n"
    "             (ICC(1) with the adjusted group size k0 = (N - sum n_j^2/N)/(G-1)\n"
    "             for groups of unequal size)\n"
    "  --change   each partnership's change from its previous wave: n_linked\n"
    "             members answered both waves; the 95% CI treats them as pairs\n"
    "             and the others as independent (partially overlapping samples\n"
    "             t-test, Derrick et al. 2017: the paired t-test when all are\n"
    "             linked, Welch's when none are), with its df; effect is the\n"
    "             change in SDs (Cohen's d, average variance) with its CI;\n"
    "             clear = the CI excludes 0\n"
    "  --change --members  the linked members whose own change is reliable\n"
    "             (Jacobson & Truax RCI from the earlier wave's SD and alpha,\n"
    "             |RCI| >= 1.96), by pseudonymous id, where both cells are shown\n"
    "  --balance  benefits minus drawbacks checklist counts per respondent\n\n"
    "Confidentiality: a partnership-wave with fewer than N answer sets\n"
    "(default 5, setting suppress_min) is suppressed everywhere, and so is\n"
    "each cell (partnership x wave x scale, or balance) whose own n is below\n"
    "N; while the suppressed cells of a wave and scale total fewer than N,\n"
    "the next smallest cell (or \"all\") is suppressed too, so that no small\n"
    "group can be recovered from \"all\". Cells of a group that give one\n"
    "another back (scales sharing items, such as synergy and its subscales;\n"
    "the balance and its two checklists) are suppressed together.\n"
    "--between leaves suppressed cells out. --no-suppress shows everything.\n"
    "Undefined figures are empty.\n"
    "Only complete answer sets count (imported ones, and web answers once\n"
    "submitted); --include-partial counts those still being answered too.\n\n"
    "Example:\n  synergist score --instrument psf --format csv\n"
    "  synergist score --instrument psf --change\n"
    "  synergist score --instrument psf --change --members\n"
    "  synergist score --instrument psf --between --wave baseline\n" },
  {0,0,0,0,0}
};

/*
** cmd_score.c: score: scale scores, reliability, agreement and change
** (survey/score.c).
** Handlers and their entries of the command table (aCmd_score, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "survey/score.h"
#include "util/xalloc.h"

#define NDEC 4

static void put_real(Table *t, int r, int c, double v){ table_real(t, r, c, v, NDEC); }

static Table *scores_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,scale,n,mean,sd,ci_low,ci_high,alpha,alpha_std,rwg_j,band,note");
  for(int g=0; g<s->nGroup; g++){
    const ScoreGroup *pg = &s->aGroup[g];
    for(int j=0; j<s->pInst->nScale; j++){
      const ScaleStat *st = score_stat(s, g, j);
      int r = table_row(t);
      table_text(t, r, 0, score_group_part(s, g));
      table_text(t, r, 1, s->azWave[pg->iWave]);
      table_text(t, r, 2, s->pInst->aScale[j].zId);
      if( pg->bSuppressed || st->bSuppressed ){ table_text(t, r, 12, "suppressed"); continue; }
      table_int(t, r, 3, st->n);
      put_real(t, r, 4, st->mean); put_real(t, r, 5, st->sd);
      put_real(t, r, 6, st->ciLow); put_real(t, r, 7, st->ciHigh);
      put_real(t, r, 8, st->alpha); put_real(t, r, 9, st->alphaStd);
      put_real(t, r, 10, st->rwgj);
      table_text(t, r, 11, st->zBand);
    }
  }
  return t;
}

static Table *items_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,scale,item,item_rest,alpha_if_deleted,note");
  const Instrument *pI = s->pInst;
  int kMax = 1;
  for(int j=0; j<pI->nScale; j++) if( pI->aScale[j].nItem>kMax ) kMax = pI->aScale[j].nItem;
  double *aR = xmalloc(sizeof(double)*(size_t)kMax), *aA = xmalloc(sizeof(double)*(size_t)kMax);
  for(int g=0; g<s->nGroup; g++){
    for(int j=0; j<pI->nScale; j++){
      const InstScale *sc = &pI->aScale[j];
      score_items(s, g, j, aR, aA);
      for(int m=0; m<sc->nItem; m++){
        int r = table_row(t);
        table_text(t, r, 0, score_group_part(s, g));
        table_text(t, r, 1, s->azWave[s->aGroup[g].iWave]);
        table_text(t, r, 2, sc->zId);
        table_text(t, r, 3, pI->aItem[sc->aiItem[m]].zId);
        if( score_stat(s, g, j)->bSuppressed ){ table_text(t, r, 6, "suppressed"); continue; }
        put_real(t, r, 4, aR[m]); put_real(t, r, 5, aA[m]);
      }
    }
  }
  free(aR); free(aA);
  return t;
}

static Table *between_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "wave,scale,groups,n,icc1,icc1_k0,icc2");
  for(int w=0; w<s->nWave; w++){
    for(int j=0; j<s->pInst->nScale; j++){
      int nG, n; double i1, i2, i1k;
      score_between(s, w, j, &nG, &n, &i1, &i2, &i1k);
      int r = table_row(t);
      table_text(t, r, 0, s->azWave[w]);
      table_text(t, r, 1, s->pInst->aScale[j].zId);
      table_int(t, r, 2, nG); table_int(t, r, 3, n);
      put_real(t, r, 4, i1); put_real(t, r, 5, i1k); put_real(t, r, 6, i2);
    }
  }
  return t;
}

static Table *change_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,from_wave,scale,n_from,n,n_linked,mean_from,mean,change,ci_low,ci_high,df,"
                              "effect,effect_low,effect_high,clear");
  ScoreChange *a; int n;
  score_changes(s, &a, &n);
  for(int i=0; i<n; i++){
    const ScaleStat *f = score_stat(s, a[i].iGroupFrom, a[i].iScale), *to = score_stat(s, a[i].iGroupTo, a[i].iScale);
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, a[i].iGroupTo));
    table_text(t, r, 1, s->azWave[s->aGroup[a[i].iGroupTo].iWave]);
    table_text(t, r, 2, s->azWave[s->aGroup[a[i].iGroupFrom].iWave]);
    table_text(t, r, 3, s->pInst->aScale[a[i].iScale].zId);
    table_int(t, r, 4, f->n); table_int(t, r, 5, to->n); table_int(t, r, 6, a[i].nLinked);
    put_real(t, r, 7, f->mean); put_real(t, r, 8, to->mean);
    put_real(t, r, 9, a[i].diff); put_real(t, r, 10, a[i].ciLow); put_real(t, r, 11, a[i].ciHigh);
    put_real(t, r, 12, a[i].df);
    put_real(t, r, 13, a[i].es); put_real(t, r, 14, a[i].esLow); put_real(t, r, 15, a[i].esHigh);
    if( !isnan(a[i].ciLow) ) table_text(t, r, 16, a[i].bClear ? "yes" : "no");
  }
  free(a);
  return t;
}

static Table *member_change_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,from_wave,scale,member,score_from,score,change,rci");
  MemberChange *a; int n;
  score_member_changes(s, &a, &n);
  for(int i=0; i<n; i++){
    if( !a[i].bReliable ) continue;
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, a[i].iGroupTo));
    table_text(t, r, 1, s->azWave[s->aGroup[a[i].iGroupTo].iWave]);
    table_text(t, r, 2, s->azWave[s->aGroup[a[i].iGroupFrom].iWave]);
    table_text(t, r, 3, s->pInst->aScale[a[i].iScale].zId);
    table_text(t, r, 4, a[i].zMember);
    put_real(t, r, 5, a[i].from); put_real(t, r, 6, a[i].to); put_real(t, r, 7, a[i].diff);
    put_real(t, r, 8, a[i].rci);
  }
  free(a);
  return t;
}

static Table *balance_table(const ScoreSet *s){
  Table *t = table_newc(NULL, "partnership,wave,n,benefits,drawbacks,balance,sd,ci_low,ci_high,note");
  for(int g=0; g<s->nGroup; g++){
    double b, d; PsyDesc desc;
    if( !score_balance(s, g, &b, &d, &desc) ){
      table_free(t);
      fatal(EXIT_FAIL, "instrument %s has no benefits and drawbacks checklists (\"balance\" in its file)", s->pInst->zId);
    }
    int r = table_row(t);
    table_text(t, r, 0, score_group_part(s, g));
    table_text(t, r, 1, s->azWave[s->aGroup[g].iWave]);
    if( score_balance_hidden(s, g) ){ table_text(t, r, 9, "suppressed"); continue; }
    table_int(t, r, 2, desc.n);
    put_real(t, r, 3, b); put_real(t, r, 4, d); put_real(t, r, 5, desc.mean);
    put_real(t, r, 6, desc.sd); put_real(t, r, 7, desc.ciLow); put_real(t, r, 8, desc.ciHigh);
  }
  return t;
}

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
  if( !zInst ) fatal(EXIT_USAGE, "score needs --instrument ID (see: synergist instrument list)");
  if( bItems+bBetween+bChange+bBalance>1 ) fatal(EXIT_USAGE, "choose one of --items, --between, --change, --balance");
  if( bMembers && !bChange ) fatal(EXIT_USAGE, "--members goes with --change");
  if( !(o.rMinAnswered>0 && o.rMinAnswered<=1) ) fatal(EXIT_USAGE, "--min-answered must be above 0 and at most 1");
  if( o.nSuppressMin<1 ) fatal(EXIT_USAGE, "--suppress-min must be at least 1");
  ScoreSet *s = NULL;
  char *zErr = NULL;
  int rc = score_compute(p->pStore, zInst, &o, &s, &zErr);
  if( rc ) fatal(rc==STORE_NOTFOUND ? EXIT_FAIL : EXIT_INTERNAL, "%s", zErr);
  if( o.zWave && s->nWave==0 ){
    score_free(s);
    fatal(EXIT_FAIL, "no wave '%s' (see: synergist wave list)", o.zWave);
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  Table *t = bItems ? items_table(s) : bBetween ? between_table(s) : bChange ? (bMembers ? member_change_table(s) : change_table(s))
           : bBalance ? balance_table(s) : scores_table(s);
  double tLoad = s->tLoad, tCompute = s->tCompute;
  score_free(s);
  cli_print_table(p, t);
  const char *zTiming = getenv("SYNERGIST_TIMING");
  if( zTiming && strcmp(zTiming, "1")==0 ){
    fflush(stdout);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(stderr, "timing: load_s=%.3f compute_s=%.3f write_s=%.3f\n", tLoad, tCompute,
            (double)(t1.tv_sec-t0.tv_sec) + 1e-9*(double)(t1.tv_nsec-t0.tv_nsec));
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
    "group can be recovered from \"all\". --between leaves suppressed cells\n"
    "out. --no-suppress shows everything. Undefined figures are empty.\n"
    "Only complete answer sets count (imported ones, and web answers once\n"
    "submitted); --include-partial counts those still being answered too.\n\n"
    "Examples:\n  synergist score --instrument psf --format csv\n"
    "  synergist score --instrument psf --change\n"
    "  synergist score --instrument psf --change --members\n"
    "  synergist score --instrument psf --between --wave baseline\n" },
  {0,0,0,0,0}
};

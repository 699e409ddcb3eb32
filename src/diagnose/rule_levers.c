/*
** rule_levers.c: the levers finding (see levers.h for the ranking rule):
** for one partnership, the two or three determinants most worth acting on,
** each with its coefficient, the partnership's score, its enabling
** processes and concrete suggestions.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Which standard error judged coefficient k, in words of the current
** language (caller frees): the CR2 one with its df, or the ordinary one
** and why. */
static char *se_clause(const LeverFit *fit, int k, int bCr, double rMinDf){
  if( bCr ){
    return i18n_asprintf(ngettext("cluster-robust CR2 standard error for members inside %d partnership, "
                              "Satterthwaite df %.1f",
                              "cluster-robust CR2 standard error for members inside %d partnerships, "
                              "Satterthwaite df %.1f", (unsigned long)fit->nCluster),
                     fit->nCluster, fit->aCr[k].df);
  }
  if( fit->nCluster<2 || isnan(fit->aCr[k].df) ){
    return xstrdup(_("ordinary standard error, which treats members as independent: with a single "
                     "partnership no cluster-robust standard error exists, so this CI is likely too narrow "
                     "and the lever is a lead to check"));
  }
  return i18n_asprintf(_("ordinary standard error, which treats members as independent: with %d partnerships "
                     "the cluster-robust CR2 interval has %.1f degrees of freedom, fewer than lever_min_df=%g, "
                     "so this CI is likely too narrow and the lever is a lead to check"),
                   fit->nCluster, fit->aCr[k].df, rMinDf);
}

void rule_levers(const DiagSurvey *d, const LeverFit *fit, int iPart, const DiagParams *p, Findings *pOut){
  const ScoreSet *s = d->s;
  const char *zP = s->azPart[iPart];
  int g = diag_latest_shown(d, iPart);
  if( !fit || g<0 ) return;
  const char *zWave = s->azWave[s->aGroup[g].iWave];
  if( fit->nUsed==0 ){
    Finding *f = findings_add(pOut, zP, "levers", SEV_INFO, "levers.none", "95% CI excludes 0");
    fnd_period(f, zWave, NULL, NULL);
    fnd_detail(f, ngettext("No levers: the programme has too few complete answer sets (or too little variation) to "
                           "regress synergy on %d determinant (rule levers).",
                           "No levers: the programme has too few complete answer sets (or too little variation) to "
                           "regress synergy on %d determinants (rule levers).", (unsigned long)fit->nPred),
               fit->nPred);
    f->bOpen = 1;
    f->iOrder = 2147483647;
    return;
  }
  int n = fit->nPred;
  double *aScore = xmalloc(sizeof(double)*(size_t)n), *aProg = xmalloc(sizeof(double)*(size_t)n);
  for(int k=0; k<n; k++){
    aScore[k] = score_stat(s, g, fit->aiScale[k])->mean;
    aProg[k] = diag_programme_latest(d, fit->aiScale[k]);
  }
  /* Each coefficient is judged by its CR2 interval when that has enough
  ** df, else by the ordinary one (see se_clause()). */
  double rMinDf = p->a[DP_LEVER_MIN_DF];
  double *aLow = xmalloc(sizeof(double)*(size_t)n), *aHigh = xmalloc(sizeof(double)*(size_t)n);
  for(int k=0; k<n; k++){
    int bCr = lever_robust(fit, k, rMinDf);
    aLow[k] = bCr ? fit->aCr[k].low : fit->aLow[k];
    aHigh[k] = bCr ? fit->aCr[k].high : fit->aHigh[k];
  }
  int nMax = (int)p->a[DP_LEVER_COUNT];
  int *aPick = xmalloc(sizeof(int)*(size_t)n);
  double *aPrio = xmalloc(sizeof(double)*(size_t)n);
  int nPick = lever_rank(fit->aBeta, aLow, aScore, aProg, n, p->a[DP_LEVER_TARGET], nMax, aPick, aPrio);
  char *zThr = xasprintf("95%% CI excludes 0; lever_target=%g; lever_count=%g; lever_min_df=%g",
                         p->a[DP_LEVER_TARGET], p->a[DP_LEVER_COUNT], rMinDf);
  for(int i=0; i<nPick; i++){
    int k = aPick[i];
    const LeverDef *def = &d->pDefs->a[fit->aiDef[k]];
    Finding *f = findings_add(pOut, zP, "levers", SEV_INFO, "levers", zThr);
    fnd_period(f, zWave, NULL, NULL);
    f->bOpen = 1;
    f->iOrder = 2147483647;   /* after the dated findings */
    double rTarget = isnan(aProg[k]) || aProg[k]<p->a[DP_LEVER_TARGET] ? p->a[DP_LEVER_TARGET] : aProg[k];
    char *zProc = lever_process_list(def);
    int bCr = lever_robust(fit, k, rMinDf);
    char *zSe = se_clause(fit, k, bCr, rMinDf);
    /* The first sentence is the plain one the report shows; the
    ** statistics follow it (the report folds them into its details). */
    fnd_detail(f, ngettext("Act on %s (lever %d of %d): %s scores %.2f in %s against a target of %.2f. "
                           "Across the programme this determinant goes with synergy (standardized beta %.2f, "
                           "95%% CI %.2f to %.2f, %d answer set, R2 %.2f; %s); programme mean %.2f, priority %.2f. "
                           "Enabling processes at the %s level: %s (rule levers: positive coefficients whose CI "
                           "excludes 0, ranked by beta x (target - score)).",
                           "Act on %s (lever %d of %d): %s scores %.2f in %s against a target of %.2f. "
                           "Across the programme this determinant goes with synergy (standardized beta %.2f, "
                           "95%% CI %.2f to %.2f, %d answer sets, R2 %.2f; %s); programme mean %.2f, priority %.2f. "
                           "Enabling processes at the %s level: %s (rule levers: positive coefficients whose CI "
                           "excludes 0, ranked by beta x (target - score)).", (unsigned long)fit->nUsed),
               lever_label(def), i+1, nPick, zP, aScore[k], zWave, rTarget, fit->aBeta[k], aLow[k], aHigh[k],
               fit->nUsed, fit->r2, zSe, aProg[k], aPrio[i], lever_level_name(def), zProc);
    free(zProc);
    free(zSe);
    fnd_figure(f, "rank", i+1, 0);
    fnd_figure(f, "beta", fit->aBeta[k], 3);
    fnd_figure(f, "ci_low", aLow[k], 3);
    fnd_figure(f, "ci_high", aHigh[k], 3);
    fnd_figure(f, "se_cr2", bCr, 0);
    fnd_figure(f, "clusters", fit->nCluster, 0);
    fnd_figure(f, "cr2_df", fit->aCr[k].df, 2);
    fnd_figure(f, "cr2_ci_low", fit->aCr[k].low, 3);
    fnd_figure(f, "cr2_ci_high", fit->aCr[k].high, 3);
    fnd_figure(f, "score", aScore[k], 2);
    fnd_figure(f, "programme", aProg[k], 2);
    fnd_figure(f, "priority", aPrio[i], 3);
    f->rMagnitude = aPrio[i];
    fnd_figure(f, "n", fit->nUsed, 0);
    fnd_evidence(f, "scale", 0, def->zScale, lever_label(def));
    int nSugg;
    char *const *azSugg = lever_suggestions(def, &nSugg);
    for(int q=0; q<nSugg; q++) fnd_action(f, azSugg[q]);
  }
  if( nPick==0 ){
    Finding *f = findings_add(pOut, zP, "levers", SEV_INFO, "levers.none", zThr);
    fnd_period(f, zWave, NULL, NULL);
    f->bOpen = 1;
    f->iOrder = 2147483647;
    fnd_detail(f, ngettext("No lever stands out: no determinant has a positive coefficient whose 95%% CI excludes 0 "
                           "while %s scores below its target (%d answer set from %d partnerships; each CI "
                           "cluster-robust CR2 where its Satterthwaite df reach lever_min_df=%g, else ordinary; "
                           "rule levers).",
                           "No lever stands out: no determinant has a positive coefficient whose 95%% CI excludes 0 "
                           "while %s scores below its target (%d answer sets from %d partnerships; each CI "
                           "cluster-robust CR2 where its Satterthwaite df reach lever_min_df=%g, else ordinary; "
                           "rule levers).", (unsigned long)fit->nUsed),
               zP, fit->nUsed, fit->nCluster, rMinDf);
    fnd_figure(f, "clusters", fit->nCluster, 0);
  }
  free(zThr);
  free(aScore); free(aProg); free(aPick); free(aPrio); free(aLow); free(aHigh);
}

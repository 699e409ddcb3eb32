/*
** rule_survey.c: the rules over survey scores (see rules.h): low_response,
** synergy_decline (a fall whose 95% CI excludes 0, or a sustained slide), tipping_point,
** synergy_recovery, low_determinant and benefits_below_drawbacks.
** Suppressed groups (too few answer sets to show) never give figures;
** only low_response speaks of them.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "diagnose/rules.h"
#include "roster/dynamics.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

int diag_is_decline(double diff, double ciLow, double ciHigh, double rDeclinePoints){
  if( isnan(diff) || diff>=0 ) return 0;
  if( !isnan(ciLow) && !isnan(ciHigh) ) return ciHigh<0;
  return diff <= -rDeclinePoints + 1e-9;
}

int diag_slide_length(const double *a, int n, int nWaves, double rPoints){
  int k = 0;
  for(int i=n-1; i>0 && !isnan(a[i]) && !isnan(a[i-1]) && a[i]<a[i-1]; i--) k++;
  if( k<nWaves || k<1 ) return 0;
  return a[n-1-k] - a[n-1] >= rPoints - 1e-9 ? k : 0;
}

/* Give f the period of group g: its wave name and opening date. */
static void set_wave(const DiagSurvey *d, int g, Finding *f){
  const WaveRec *w = diag_group_wave(d, g);
  fnd_period(f, d->s->azWave[d->s->aGroup[g].iWave], w ? w->zOpens : NULL, NULL);
  f->iOrder = w && w->zOpens ? diag_day(w->zOpens, 0) : d->s->aGroup[g].iSeq;
}

/* Groups of partnership iPart in wave order into a (caller frees); returns the count. */
static int part_groups(const DiagSurvey *d, int iPart, int **pa){
  const int *aIx;
  int n = diag_part_groups(d, iPart, &aIx);
  int *a = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  if( n ) memcpy(a, aIx, sizeof(int)*(size_t)n);
  *pa = a;
  return n;
}

static Finding *add_survey_finding(Findings *pOut, const DiagSurvey *d, int g, const char *zKind, Severity e,
                                   const char *zRule, const char *zThreshold){
  Finding *f = findings_add(pOut, d->s->azPart[d->s->aGroup[g].iPart], zKind, e, zRule, zThreshold);
  set_wave(d, g, f);
  f->bOpen = diag_is_latest(d, g);
  return f;
}

/* ---- low_response ---- */

void rule_low_response(const DiagSurvey *d, const DiagRoster *r, int iPart, const DiagParams *p, Findings *pOut){
  const ScoreSet *s = d->s;
  int *a, n = part_groups(d, iPart, &a);
  for(int i=0; i<n; i++){
    const ScoreGroup *G = &s->aGroup[a[i]];
    const WaveRec *w = diag_group_wave(d, a[i]);
    int nElig = w && w->zOpens ? diag_present_count(r, s->azPart[iPart], diag_day(w->zOpens, 0)) : 0;
    double rate = nElig ? (double)G->nResp/nElig : NAN;
    int bFew = G->nResp < p->a[DP_RESPONSE_MIN];
    int bRate = !isnan(rate) && rate < p->a[DP_RESPONSE_RATE];
    if( !bFew && !bRate ) continue;
    char *zThr = xasprintf("response_min=%g; response_rate=%g", p->a[DP_RESPONSE_MIN], p->a[DP_RESPONSE_RATE]);
    Finding *f = add_survey_finding(pOut, d, a[i], "low_response", G->bSuppressed ? SEV_CONCERN : SEV_WARNING,
                                    bFew ? "low_response.count" : "low_response.rate", zThr);
    free(zThr);
    char *zMin = diag_param_str(p, DP_RESPONSE_MIN), *zRate = diag_param_str(p, DP_RESPONSE_RATE);
    unsigned long nR = (unsigned long)G->nResp;
    if( nElig && G->bSuppressed ){
      fnd_detail(f, ngettext("%d answer set from %d members present at the wave's opening (%.0f%%); too few to "
                             "trust the wave (rule low_response: fewer than %s answer sets or a response rate "
                             "below %s); its scores are withheld to protect confidentiality.",
                             "%d answer sets from %d members present at the wave's opening (%.0f%%); too few to "
                             "trust the wave (rule low_response: fewer than %s answer sets or a response rate "
                             "below %s); its scores are withheld to protect confidentiality.", nR),
                 G->nResp, nElig, 100*rate, zMin, zRate);
    }else if( nElig ){
      fnd_detail(f, ngettext("%d answer set from %d members present at the wave's opening (%.0f%%); too few to "
                             "trust the wave (rule low_response: fewer than %s answer sets or a response rate "
                             "below %s).",
                             "%d answer sets from %d members present at the wave's opening (%.0f%%); too few to "
                             "trust the wave (rule low_response: fewer than %s answer sets or a response rate "
                             "below %s).", nR),
                 G->nResp, nElig, 100*rate, zMin, zRate);
    }else if( G->bSuppressed ){
      fnd_detail(f, ngettext("%d answer set; too few to trust the wave (rule low_response: fewer than %s answer "
                             "sets or a response rate below %s); its scores are withheld to protect "
                             "confidentiality.",
                             "%d answer sets; too few to trust the wave (rule low_response: fewer than %s answer "
                             "sets or a response rate below %s); its scores are withheld to protect "
                             "confidentiality.", nR),
                 G->nResp, zMin, zRate);
    }else{
      fnd_detail(f, ngettext("%d answer set; too few to trust the wave (rule low_response: fewer than %s answer "
                             "sets or a response rate below %s).",
                             "%d answer sets; too few to trust the wave (rule low_response: fewer than %s answer "
                             "sets or a response rate below %s).", nR),
                 G->nResp, zMin, zRate);
    }
    free(zMin); free(zRate);
    fnd_figure(f, "answered", G->nResp, 0);
    /* the share who did not answer (of the members present, else short of response_min) */
    f->rMagnitude = !isnan(rate) ? 1 - rate : 1 - G->nResp/p->a[DP_RESPONSE_MIN];
    if( nElig ){ fnd_figure(f, "eligible", nElig, 0); fnd_figure(f, "rate", rate, 3); }
    fnd_evidence(f, "wave", w ? w->id : 0, s->azWave[G->iWave], w ? w->zOpens : NULL);
  }
  free(a);
}

/* ---- synergy trend: decline, slide, tipping point, recovery ---- */

static void scale_evidence(Finding *f, const ScoreSet *s, const ScoreChange *c){
  const ScaleStat *a = score_stat(s, c->iGroupFrom, c->iScale), *b = score_stat(s, c->iGroupTo, c->iScale);
  char *zCi = fnd_ci_text(c->ciLow, c->ciHigh);
  char *zText = i18n_asprintf(_("%.2f in %s to %.2f in %s (change %+.2f, %s, %d members in both waves)"),
                          a->mean, s->azWave[s->aGroup[c->iGroupFrom].iWave], b->mean,
                          s->azWave[s->aGroup[c->iGroupTo].iWave], c->diff, zCi, c->nLinked);
  fnd_evidence(f, "scale", 0, s->pInst->aScale[c->iScale].zId, zText);
  free(zText); free(zCi);
}

/* Count the losses of protective determinants and organisational buy-in
** between the groups of change c; adds them to f as evidence when f is not
** NULL and describes them in pSb. */
static int count_losses(const DiagSurvey *d, const DiagRoster *r, const ScoreChange *c, const DiagParams *p,
                        Finding *f, Sb *pSb){
  const ScoreSet *s = d->s;
  int nLoss = 0;
  for(int k=0; k<d->pDefs->n; k++){
    const LeverDef *def = &d->pDefs->a[k];
    int j = def->bProtective ? instrument_scale_index(s->pInst, def->zScale) : -1;
    if( j<0 ) continue;
    const ScoreChange *cj = diag_change(d, c->iGroupFrom, c->iGroupTo, j);
    if( !cj || isnan(cj->diff) ) continue;
    if( cj->diff <= -p->a[DP_PROTECT_POINTS] + 1e-9 || (cj->bClear && cj->diff<0) ){
      i18n_sb_printf(pSb, "%s%s %+.2f", nLoss ? ", " : "", lever_label(def), cj->diff);
      if( f ) scale_evidence(f, s, cj);
      nLoss++;
    }
  }
  const WaveRec *w0 = diag_group_wave(d, c->iGroupFrom), *w1 = diag_group_wave(d, c->iGroupTo);
  if( w0 && w1 && w0->zOpens && w1->zOpens ){
    int x0 = diag_day(w0->zOpens, 0), x1 = diag_day(w1->zOpens, 0);
    const char *zP = s->azPart[s->aGroup[c->iGroupFrom].iPart];
    int nOrg = 0, nLost = 0;
    for(int i=0; i<r->nMem; i++){
      int bKept;
      if( strcmp(r->aMem[i].zPartnership, zP) || !org_first_on(r->aMem, r->nMem, i, x0, x1, &bKept) ) continue;
      nOrg++;
      nLost += !bKept;
    }
    if( nOrg && (double)nLost/nOrg >= p->a[DP_ORG_LOSS] - 1e-9 ){
      if( nLoss ) sb_puts(pSb, ", ");
      i18n_sb_printf(pSb, ngettext("organisational buy-in (%d of %d organisation no longer represented)",
                                   "organisational buy-in (%d of %d organisations no longer represented)",
                                   (unsigned long)nOrg), nLost, nOrg);
      nLoss++;
    }
  }
  return nLoss;
}

/* Context: events and departures between the two waves of change c. */
static void period_evidence(const DiagSurvey *d, const DiagRoster *r, const ScoreChange *c, Finding *f){
  const WaveRec *w0 = diag_group_wave(d, c->iGroupFrom), *w1 = diag_group_wave(d, c->iGroupTo);
  if( !w0 || !w1 || !w0->zOpens || !w1->zOpens ) return;
  int x0 = diag_day(w0->zOpens, 0), x1 = diag_day(w1->zOpens, 0);
  const char *zP = f->zPartnership;
  diag_events_in(r, zP, x0, x1, NULL, f);
  int nLeft = diag_leavers(r, zP, NULL, x0, x1, f);
  fnd_figure(f, "members_left", nLeft, 0);
}

void rule_synergy_trend(const DiagSurvey *d, const DiagRoster *r, int iPart, const DiagParams *p, Findings *pOut){
  const ScoreSet *s = d->s;
  int iSyn = instrument_scale_index(s->pInst, "synergy");
  if( iSyn<0 ) return;
  int *a, n = part_groups(d, iPart, &a);
  double *aMean = xmalloc(sizeof(double)*(size_t)(n ? n : 1));
  int bDeclined = 0;
  for(int i=0; i<n; i++){
    const ScoreGroup *G = &s->aGroup[a[i]];
    aMean[i] = G->bSuppressed ? NAN : score_stat(s, a[i], iSyn)->mean;
    if( i==0 ) continue;
    const ScoreChange *c = diag_change(d, a[i-1], a[i], iSyn);
    if( !c ) continue;
    const char *zFrom = s->azWave[s->aGroup[a[i-1]].iWave], *zTo = s->azWave[G->iWave];
    double m0 = aMean[i-1], m1 = aMean[i];
    int bDecline = diag_is_decline(c->diff, c->ciLow, c->ciHigh, p->a[DP_DECLINE_POINTS]);
    int bCi = !isnan(c->ciLow);
    int nSlide = bDecline ? 0 : diag_slide_length(aMean, i+1, (int)p->a[DP_SLIDE_WAVES], p->a[DP_SLIDE_POINTS]);
    if( bDecline || nSlide ){
      bDeclined = 1;
      Sb sbLoss = SB_INIT;
      int nLoss = count_losses(d, r, c, p, NULL, &sbLoss);
      int bTip = nLoss >= p->a[DP_TIPPING_LOSSES];
      char *zThr = bDecline ? (bCi ? xstrdup("ci_high<0") : diag_param_str(p, DP_DECLINE_POINTS))
                            : xasprintf("slide_waves=%g; slide_points=%g", p->a[DP_SLIDE_WAVES], p->a[DP_SLIDE_POINTS]);
      Finding *f = add_survey_finding(pOut, d, a[i], "synergy_decline", bTip ? SEV_CONCERN : SEV_WARNING,
                                      !bDecline ? "synergy_decline.slide" : bCi ? "synergy_decline.ci"
                                      : "synergy_decline.points", zThr);
      free(zThr);
      if( bDecline && bCi ){
        fnd_detail(f, _("Synergy fell from %.2f (%s) to %.2f (%s), a clear fall. Change %+.2f (95%% CI %.2f to "
                        "%.2f; %.2f SD, 95%% CI %.2f to %.2f; %d members answered both waves): the whole CI lies "
                        "below zero (rule synergy_decline.ci)."),
                   m0, zFrom, m1, zTo, c->diff, c->ciLow, c->ciHigh, c->es, c->esLow, c->esHigh, c->nLinked);
      }else if( bDecline ){
        char *zPts = diag_param_str(p, DP_DECLINE_POINTS);
        fnd_detail(f, _("Synergy fell from %.2f (%s) to %.2f (%s), a change of %+.2f; too few answers for a "
                        "confidence interval, so a fall of at least %s counts (rule synergy_decline.points)."),
                   m0, zFrom, m1, zTo, c->diff, zPts);
        free(zPts);
      }else{
        double m00 = aMean[i-nSlide];
        char *zWaves = diag_param_str(p, DP_SLIDE_WAVES), *zPoints = diag_param_str(p, DP_SLIDE_POINTS);
        fnd_detail(f, ngettext("Synergy slid over %d consecutive wave from %.2f to %.2f (%+.2f) (rule "
                               "synergy_decline.slide: at least %s falls totalling %s).",
                               "Synergy slid over %d consecutive waves from %.2f to %.2f (%+.2f) (rule "
                               "synergy_decline.slide: at least %s falls totalling %s).", (unsigned long)nSlide),
                   nSlide, m00, m1, m1-m00, zWaves, zPoints);
        free(zWaves); free(zPoints);
      }
      fnd_figure(f, "from", m0, 2);
      fnd_figure(f, "to", m1, 2);
      fnd_figure(f, "change", c->diff, 2);
      fnd_figure(f, "ci_low", c->ciLow, 2);
      fnd_figure(f, "ci_high", c->ciHigh, 2);
      fnd_figure(f, "effect", c->es, 2);
      fnd_figure(f, "effect_low", c->esLow, 2);
      fnd_figure(f, "effect_high", c->esHigh, 2);
      f->rMagnitude = bDecline ? -c->diff : aMean[i-nSlide] - m1;   /* points fallen */
      fnd_figure(f, "linked", c->nLinked, 0);
      scale_evidence(f, s, c);
      period_evidence(d, r, c, f);
      if( bTip ){
        char *zThrT = diag_param_str(p, DP_TIPPING_LOSSES);
        Finding *t = add_survey_finding(pOut, d, a[i], "tipping_point", SEV_CONCERN, "tipping_point", zThrT);
        free(zThrT);
        sb_reset(&sbLoss);
        count_losses(d, r, c, p, t, &sbLoss);
        t = &pOut->a[pOut->n-1];
        char *zLosses = diag_param_str(p, DP_TIPPING_LOSSES), *zProtect = diag_param_str(p, DP_PROTECT_POINTS);
        char *zOrg = diag_param_str(p, DP_ORG_LOSS);
        fnd_detail(t, _("Synergy fell (%.2f to %.2f) while what protected it was lost too: %s "
                        "(rule tipping_point: at least %s losses among trust, involvement "
                        "(a fall of %s, or one whose 95%% CI lies below zero) and organisational buy-in (%s))."),
                   m0, m1, sb_str(&sbLoss), zLosses, zProtect, zOrg);
        free(zLosses); free(zProtect); free(zOrg);
        fnd_figure(t, "losses", nLoss, 0);
        t->rMagnitude = -c->diff;
        fnd_figure(t, "change", c->diff, 2);
        scale_evidence(t, s, c);
        period_evidence(d, r, c, t);
      }
      sb_free(&sbLoss);
    }else if( bDeclined && diag_is_decline(-c->diff, -c->ciHigh, -c->ciLow, p->a[DP_DECLINE_POINTS]) ){
      char *zThr = bCi ? xstrdup("ci_low>0") : diag_param_str(p, DP_DECLINE_POINTS);
      Finding *f = add_survey_finding(pOut, d, a[i], "synergy_recovery", SEV_INFO, "synergy_recovery", zThr);
      free(zThr);
      if( bCi ){
        fnd_detail(f, _("Synergy recovered from %.2f (%s) to %.2f (%s) after an earlier decline, a clear rise. "
                        "Change %+.2f (95%% CI %.2f to %.2f; %.2f SD; %d members answered both waves): the whole CI "
                        "lies above zero (rule synergy_recovery)."),
                   m0, zFrom, m1, zTo, c->diff, c->ciLow, c->ciHigh, c->es, c->nLinked);
      }else{
        char *zPts = diag_param_str(p, DP_DECLINE_POINTS);
        fnd_detail(f, _("Synergy recovered from %.2f (%s) to %.2f (%s), a change of %+.2f after an earlier "
                        "decline; too few answers for a confidence interval, so a rise of at least %s counts "
                        "(rule synergy_recovery)."),
                   m0, zFrom, m1, zTo, c->diff, zPts);
        free(zPts);
      }
      fnd_figure(f, "from", m0, 2);
      fnd_figure(f, "to", m1, 2);
      fnd_figure(f, "change", c->diff, 2);
      fnd_figure(f, "ci_low", c->ciLow, 2);
      fnd_figure(f, "ci_high", c->ciHigh, 2);
      fnd_figure(f, "effect", c->es, 2);
      fnd_figure(f, "linked", c->nLinked, 0);
      f->rMagnitude = c->diff;
      scale_evidence(f, s, c);
      period_evidence(d, r, c, f);
      bDeclined = 0;
    }
  }
  free(aMean);
  free(a);
}

/* ---- low_determinant ---- */

/* The upper edge of scale j's concern band: the lowest minimum of a band
** above it (3.0 with the default bands). */
static double concern_edge(const Instrument *pI, int j){
  const InstScale *sc = &pI->aScale[j];
  const InstBand *a = sc->nBand ? sc->aBand : pI->aBand;
  int n = sc->nBand ? sc->nBand : pI->nBand;
  double rConcern = NAN, rEdge = NAN;
  for(int i=0; i<n; i++) if( strcmp(a[i].zBand, "concern")==0 ) rConcern = a[i].rMin;
  for(int i=0; i<n; i++){
    if( !isnan(rConcern) && a[i].rMin>rConcern && (isnan(rEdge) || a[i].rMin<rEdge) ) rEdge = a[i].rMin;
  }
  return rEdge;
}

/* A copy of z with its first letter in upper case (caller frees). */
static char *cap_first(const char *z){
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t*)z, -1, &cp);
  if( n<=0 ) return xstrdup(z);
  utf8proc_uint8_t aBuf[4];
  utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), aBuf);
  return xasprintf("%.*s%s", (int)m, (const char*)aBuf, z+n);
}

/* Mean of item k over the respondents of group g (reverse keying
** applied); NAN when fewer than suppress_min answered it, as a published
** figure of so few people would not be confidential. */
static double item_mean(const ScoreSet *s, int g, int k){
  const Instrument *pI = s->pInst;
  const InstResp *pR = &pI->aResp[pI->aItem[k].iResp];
  const ScoreGroup *G = &s->aGroup[g];
  double sum = 0; int n = 0;
  for(int i=0; i<G->nResp; i++){
    unsigned char c = s->aAns[(size_t)s->aOrder[G->iFirst+i]*(size_t)pI->nItem + (size_t)k];
    if( c<2 ) continue;
    int v = c - 2 + pR->iMin;
    sum += pI->aItem[k].bReverse ? pR->iMin + pR->iMax - v : v;
    n++;
  }
  if( !s->opts.bNoSuppress && n<s->opts.nSuppressMin ) return NAN;
  return n ? sum/n : NAN;
}

/* The three lowest items of scale j in group g as evidence; each text
** written in pText (the caller's, reused). */
static void low_items(const ScoreSet *s, int g, int j, Finding *f, Sb *pText){
  const InstScale *sc = &s->pInst->aScale[j];
  int aUsed[3] = {-1, -1, -1};
  double aMean[64], *pMean = sc->nItem>64 ? xmalloc(sizeof(double)*(size_t)sc->nItem) : aMean;
  for(int m=0; m<sc->nItem; m++) pMean[m] = item_mean(s, g, sc->aiItem[m]);   /* each item's mean, once */
  for(int t=0; t<3 && t<sc->nItem; t++){
    int kBest = -1; double best = INFINITY;
    for(int m=0; m<sc->nItem; m++){
      int k = sc->aiItem[m];
      if( k==aUsed[0] || k==aUsed[1] ) continue;
      double v = pMean[m];
      if( !isnan(v) && v<best ){ best = v; kBest = k; }
    }
    if( kBest<0 ) break;
    aUsed[t] = kBest;
    const InstItem *it = &s->pInst->aItem[kBest];
    const char *zLabel = inst_text(&it->label, i18n_lang());
    sb_reset(pText);
    if( it->bReverse ){
      /* The mean is keyed (min+max-answer), so low is bad as for every
      ** item; beside a negative statement the reader is told so, with the
      ** answers as given. */
      const InstResp *pR = &s->pInst->aResp[it->iResp];
      i18n_sb_printf(pText, _("mean %.2f, reverse-keyed (the answers average %.2f on %d to %d: for this "
                              "statement a lower answer is better, and the mean is turned so that higher is "
                              "better as for the other items): %s"),
                     best, pR->iMin + pR->iMax - best, pR->iMin, pR->iMax, zLabel);
    }else{
      i18n_sb_printf(pText, _("mean %.2f: %s"), best, zLabel);
    }
    fnd_evidence(f, "item", 0, s->pInst->aItem[kBest].zId, sb_str(pText));
  }
  if( pMean!=aMean ) free(pMean);
}

/* What every low_determinant finding on one determinant repeats, made
** once per partnership rather than once per finding. */
typedef struct DetWords {
  int bMade;
  int j;                  /* the scale's index in the instrument, or -1 */
  char *zLabel;           /* its label with a capital */
  char *zProc;            /* "Enabling processes (LEVEL level): ...." */
} DetWords;

static const DetWords *det_words(const ScoreSet *s, const LeverDef *def, DetWords *w){
  if( w->bMade ) return w;
  w->bMade = 1;
  w->j = instrument_scale_index(s->pInst, def->zScale);
  if( w->j<0 ) return w;
  w->zLabel = cap_first(lever_label(def));
  char *zList = lever_process_list(def);
  w->zProc = i18n_asprintf(_("Enabling processes (%s level): %s."), lever_level_name(def), zList);
  free(zList);
  return w;
}

void rule_low_determinant(const DiagSurvey *d, int iPart, const DiagParams *p, Findings *pOut){
  const ScoreSet *s = d->s;
  int *a, n = part_groups(d, iPart, &a);
  DetWords *aW = xcalloc((size_t)d->pDefs->n+1, sizeof(DetWords));
  char *zBelow = diag_param_str(p, DP_BELOW_PROGRAMME);
  char *azThr[3] = {0};   /* the threshold when the band, the others, or both raised it */
  Sb sMain = SB_INIT, sText = SB_INIT;
  for(int i=0; i<n; i++){
    const ScoreGroup *G = &s->aGroup[a[i]];
    if( G->bSuppressed ) continue;
    for(int k=0; k<d->pDefs->n; k++){
      const LeverDef *def = &d->pDefs->a[k];
      const DetWords *w = det_words(s, def, &aW[k]);
      int j = w->j;
      if( j<0 ) continue;
      const ScaleStat *st = score_stat(s, a[i], j);
      if( isnan(st->mean) ) continue;
      /* the programme's other partnerships in the same wave */
      int nOther;
      double other = diag_others_mean(d, a[i], j, &nOther);
      int bBand = st->zBand && strcmp(st->zBand, "concern")==0;
      int bBelow = nOther && st->mean <= other - p->a[DP_BELOW_PROGRAMME] + 1e-9;
      if( !bBand && !bBelow ) continue;
      int iThr = bBand + 2*bBelow - 1;
      if( !azThr[iThr] ){
        azThr[iThr] = xasprintf("%s%s%s", bBand ? "band=concern" : "", bBand && bBelow ? "; " : "",
                                bBelow ? "below_programme" : "");
        if( bBelow ){ char *z = xasprintf("%s=%g", azThr[iThr], p->a[DP_BELOW_PROGRAMME]); free(azThr[iThr]); azThr[iThr] = z; }
      }
      Finding *f = add_survey_finding(pOut, d, a[i], "low_determinant", bBand && bBelow ? SEV_CONCERN : SEV_WARNING,
                                      bBand && bBelow ? "low_determinant.band+programme" :
                                      bBand ? "low_determinant.band" : "low_determinant.programme", azThr[iThr]);
      sb_reset(&sText);
      fnd_ci_sb(&sText, st->ciLow, st->ciHigh);
      const char *zCi = sb_str(&sText);
      sb_reset(&sMain);
      if( bBand && bBelow ){
        i18n_sb_printf(&sMain, _("%s scores %.2f, in the concern band and %.2f below the programme's other "
                                 "partnerships (%.2f). Precision: %s, n=%d (rule low_determinant: the instrument's "
                                 "concern band, or at least %s points below the others in the same wave)."),
                       w->zLabel, st->mean, other-st->mean, other, zCi, st->n, zBelow);
      }else if( bBand ){
        i18n_sb_printf(&sMain, _("%s scores %.2f, in the concern band. Precision: %s, n=%d (rule "
                                 "low_determinant: the instrument's concern band, or at least %s points below "
                                 "the others in the same wave)."),
                       w->zLabel, st->mean, zCi, st->n, zBelow);
      }else{
        i18n_sb_printf(&sMain, _("%s scores %.2f, %.2f below the programme's other partnerships (%.2f). "
                                 "Precision: %s, n=%d (rule low_determinant: the instrument's concern band, or at "
                                 "least %s points below the others in the same wave)."),
                       w->zLabel, st->mean, other-st->mean, other, zCi, st->n, zBelow);
      }
      fnd_detail(f, "%s %s", sb_str(&sMain), w->zProc);
      fnd_figure(f, "mean", st->mean, 2);
      fnd_figure(f, "ci_low", st->ciLow, 2);
      fnd_figure(f, "ci_high", st->ciHigh, 2);
      fnd_figure(f, "n", st->n, 0);
      if( nOther ) fnd_figure(f, "programme_others", other, 2);
      /* points below the line that raised it: the concern band's upper edge, else the others */
      f->rMagnitude = bBand ? concern_edge(s->pInst, j) - st->mean : other - st->mean;
      fnd_evidence(f, "scale", 0, def->zScale, lever_label(def));
      low_items(s, a[i], j, f, &sText);
    }
  }
  for(int k=0; k<d->pDefs->n; k++){ free(aW[k].zLabel); free(aW[k].zProc); }
  free(aW);
  for(int t=0; t<3; t++) free(azThr[t]);
  free(zBelow);
  sb_free(&sMain); sb_free(&sText);
  free(a);
}

/* ---- benefits_below_drawbacks ---- */

void rule_balance(const DiagSurvey *d, int iPart, const DiagParams *p, Findings *pOut){
  const ScoreSet *s = d->s;
  int *a, n = part_groups(d, iPart, &a);
  for(int i=0; i<n; i++){
    if( s->aGroup[a[i]].bSuppressed ) continue;
    double rB, rD;
    PsyDesc desc;
    if( !score_balance(s, a[i], &rB, &rD, &desc) ){ free(a); return; }
    if( isnan(desc.mean) || desc.mean >= p->a[DP_BALANCE_MARGIN] ) continue;
    int bSure = !isnan(desc.ciHigh) && desc.ciHigh < p->a[DP_BALANCE_MARGIN];
    char *zThr = diag_param_str(p, DP_BALANCE_MARGIN);
    Finding *f = add_survey_finding(pOut, d, a[i], "benefits_below_drawbacks", bSure ? SEV_CONCERN : SEV_WARNING,
                                    "benefits_below_drawbacks", zThr);
    free(zThr);
    char *zMargin = diag_param_str(p, DP_BALANCE_MARGIN), *zCi = fnd_ci_text(desc.ciLow, desc.ciHigh);
    fnd_detail(f, _("Members report more drawbacks than benefits: on average %.1f benefits and %.1f drawbacks, "
                    "a balance of %+.2f per member. Precision: %s, n=%d (rule benefits_below_drawbacks: "
                    "mean balance below %s; a concern when the whole CI is below)."),
               rB, rD, desc.mean, zCi, desc.n, zMargin);
    free(zMargin); free(zCi);
    fnd_figure(f, "benefits", rB, 2);
    fnd_figure(f, "drawbacks", rD, 2);
    fnd_figure(f, "balance", desc.mean, 2);
    f->rMagnitude = p->a[DP_BALANCE_MARGIN] - desc.mean;
    fnd_figure(f, "ci_low", desc.ciLow, 2);
    fnd_figure(f, "ci_high", desc.ciHigh, 2);
    fnd_evidence(f, "scale", 0, s->pInst->zBenefits, _("benefits checklist (count)"));
    fnd_evidence(f, "scale", 0, s->pInst->zDrawbacks, _("drawbacks checklist (count)"));
  }
  free(a);
}

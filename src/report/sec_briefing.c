/*
** sec_briefing.c: the report's first page, a briefing per partnership that
** a committee reads in two minutes: where it stands (synergy at the latest
** shown wave, its band, the trend since the wave before in words and an
** arrow), what changed (the two or three most severe findings, open ones
** first, one plain sentence each), what to do first (the top levers with
** their first suggested action) and how sure we are (answer sets,
** response rate, the confidence interval). Figures come from the one
** diagnosis of the report (report_diag()), so they respect small-cell
** suppression as the other sections do: a suppressed wave is never shown,
** only named. Exports sec_briefing.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "report/finding_text.h"
#include "report/report_data.h"
#include "diagnose/score_text.h"
#include "report/section.h"
#include "store/st_roster.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define BRIEF_FINDINGS 3
#define BRIEF_LEVERS 2

/* Partnership i with its synergy at its latest wave with synergy shown
** (never a suppressed one): st NULL when none; g that group (-1), iSyn the
** synergy scale (-1). */
typedef struct BriefPart { DiagPart q; int g, iSyn; const ScaleStat *st; } BriefPart;
static void brief_synergy(const DiagStudy *d, int i, BriefPart *b){
  const ScoreSet *s = d->pScore;
  diag_part(d, i, &b->q);
  b->iSyn = s ? instrument_scale_index(s->pInst, "synergy") : -1;
  b->g = b->q.iScore>=0 && b->iSyn>=0 ? diag_latest_shown(&d->survey, b->q.iScore) : -1;
  b->st = b->g>=0 ? score_stat(s, b->g, b->iSyn) : NULL;
  if( b->st && (b->st->bSuppressed || isnan(b->st->mean)) ) b->st = NULL;
}

/* The latest group of partnership b with answers whose synergy is
** withheld for confidentiality (the whole wave, or synergy's cell), later
** than the wave shown if any; -1 when none. */
static int brief_withheld(const DiagStudy *d, const BriefPart *b){
  const ScoreSet *s = d->pScore;
  if( !s || b->q.iScore<0 || b->iSyn<0 ) return -1;
  const int *aG = NULL;
  int nG = diag_part_groups(&d->survey, b->q.iScore, &aG), gBest = -1;
  for(int k=0; k<nG; k++){
    const ScoreGroup *G = &s->aGroup[aG[k]];
    if( G->nResp==0 || !(G->bSuppressed || score_stat(s, aG[k], b->iSyn)->bSuppressed) ) continue;
    if( b->st && G->iSeq<=s->aGroup[b->g].iSeq ) continue;
    if( gBest<0 || G->iSeq>s->aGroup[gBest].iSeq ) gBest = aG[k];
  }
  return gBest;
}

/* Where partnership i stands: synergy, band, trend. */
static void brief_stand(ReportCtx *p, const DiagStudy *d, const BriefPart *b){
  Sb *o = p->pOut;
  const ScoreSet *s = d->pScore;
  int gW = b->st ? -1 : brief_withheld(d, b);
  if( gW>=0 ){
    /* answers exist, but too few to show: say why rather than "no survey" */
    const ScoreGroup *G = &s->aGroup[gW];
    char *z = G->bSuppressed
      ? i18n_asprintf(ngettext("Synergy is withheld to protect confidentiality: wave %s has %d answer set, fewer "
                               "than the %d a wave needs to be shown.",
                               "Synergy is withheld to protect confidentiality: wave %s has %d answer sets, fewer "
                               "than the %d a wave needs to be shown.", (unsigned long)G->nResp),
                      s->azWave[G->iWave], G->nResp, s->opts.nSuppressMin)
      : i18n_asprintf(_("Synergy is withheld to protect confidentiality in wave %s: too few members answered "
                        "its questions to show it."), s->azWave[G->iWave]);
    html_printf(o, "<p class=\"brief-stand withheld\">%h</p>\n", z);
    free(z);
  }else if( !b->st ){
    html_printf(o, "<p class=\"brief-stand\">%h</p>\n",
      b->q.iScore>=0 ? _("No survey wave has enough answers to show synergy yet.")
                  : _("No synergy survey yet: run a baseline wave to see where the partnership stands."));
  }else{
    const char *zWave = s->azWave[s->aGroup[b->g].iWave];
    const ScoreChange *c = diag_change(&d->survey, -1, b->g, b->iSyn);
    PfTrend eTrend = portfolio_trend(c);     /* the portfolio's rule too */
    const char *zFrom = eTrend!=PF_NONE ? s->azWave[s->aGroup[c->iGroupFrom].iWave] : NULL;
    char *zTrend;
    if( eTrend==PF_UP ){
      zTrend = i18n_asprintf(_("up %.2f since %s: a clear rise (95%% CI %.2f to %.2f)"),
                             c->diff, zFrom, c->ciLow, c->ciHigh);
    }else if( eTrend==PF_DOWN ){
      zTrend = i18n_asprintf(_("down %.2f since %s: a clear fall (95%% CI %.2f to %.2f)"),
                             -c->diff, zFrom, c->ciLow, c->ciHigh);
    }else if( eTrend==PF_SAME ){
      zTrend = i18n_asprintf(_("about the same as in %s (change %+.2f, within the margin of error)"),
                             zFrom, c->diff);
    }else{
      /* As the portfolio decides it: the wave before, when withheld, gives no trend. */
      int gPrev = portfolio_trend_from(d, b->q.iPart);
      if( gPrev<0 ){
        zTrend = xstrdup(_("the first wave with synergy shown, so no trend yet"));
      }else{
        zTrend = i18n_asprintf(_("no trend, as the wave before, %s, is withheld to protect confidentiality"),
                               s->azWave[s->aGroup[gPrev].iWave]);
      }
    }
    char zMean[I18N_NUM_MAX];
    i18n_num(zMean, b->st->mean, 2);
    char *zSentence = i18n_asprintf(_("Synergy %s of 5 in wave %s, in the %s band; %s."),
                                    zMean, zWave, score_band_words(b->st->zBand), zTrend);
    html_printf(o, "<div class=\"brief-stand\"><p class=\"brief-score band-%h\"><span class=\"brief-num\">%h</span>"
                   "<span class=\"brief-band\">%h</span><span class=\"brief-arrow trend-%s\" aria-hidden=\"true\">%s</span></p>\n"
                   "<p class=\"brief-trend\">%h</p></div>\n",
                b->st->zBand ? b->st->zBand : "", zMean, score_band_words(b->st->zBand), trend_class(eTrend),
                trend_arrow(eTrend), zSentence);
    free(zSentence); free(zTrend);
  }
}



/* How sure we are about partnership i: the answer sets of the wave shown,
** the members present when it opened, synergy's CI; suppressed later waves
** named. */
static void brief_sure(ReportCtx *p, const DiagStudy *d, const BriefPart *b){
  Sb *o = p->pOut;
  const ScoreSet *s = d->pScore;
  int gW;
  /* How sure: answer sets of the wave shown and the members present when it opened. */
  html_printf(o, "<p class=\"brief-sure\"><strong>%h</strong> ", _("How sure:"));
  if( b->st ){
    const WaveRec *W = diag_group_wave(&d->survey, b->g);
    int nElig = W && W->zOpens ? diag_present_count(&b->q.roster, b->q.zP, diag_day(W->zOpens, 0)) : 0;
    int nResp = s->aGroup[b->g].nResp;
    const char *zW = s->azWave[s->aGroup[b->g].iWave];
    char *z;
    if( isnan(b->st->ciLow) || isnan(b->st->ciHigh) ){
      /* no interval: say so rather than print an undefined number */
      char *zCi = fnd_ci_text(b->st->ciLow, b->st->ciHigh);
      z = nElig>0 ? i18n_asprintf(_("%d answer sets from the %d members present when wave %s opened (%.0f%%); "
                                    "synergy: %s (n = %d)."), nResp, nElig, zW, 100.0*nResp/nElig, zCi, b->st->n)
                  : i18n_asprintf(_("%d answer sets in wave %s; synergy: %s (n = %d)."), nResp, zW, zCi, b->st->n);
      free(zCi);
    }else if( nElig>0 ){
      z = i18n_asprintf(_("%d answer sets from the %d members present when wave %s opened (%.0f%%); "
                          "synergy's 95%% CI %.2f to %.2f (n = %d)."),
                        nResp, nElig, zW, 100.0*nResp/nElig, b->st->ciLow, b->st->ciHigh, b->st->n);
    }else{
      z = i18n_asprintf(_("%d answer sets in wave %s; synergy's 95%% CI %.2f to %.2f (n = %d)."),
                        nResp, zW, b->st->ciLow, b->st->ciHigh, b->st->n);
    }
    html_printf(o, "%h", z);
    free(z);
    /* A later wave withheld for confidentiality is named, never shown. */
    const int *aG = NULL;
    int nG = diag_part_groups(&d->survey, b->q.iScore, &aG);
    for(int k=0; k<nG; k++){
      const ScoreGroup *G = &s->aGroup[aG[k]];
      if( G->iSeq>s->aGroup[b->g].iSeq && (G->bSuppressed || score_stat(s, aG[k], b->iSyn)->bSuppressed) ){
        z = i18n_asprintf(_(" Wave %s is not shown: fewer than %d answer sets."), s->azWave[G->iWave],
                          s->opts.nSuppressMin);
        html_printf(o, "%h", z);
        free(z);
      }
    }
  }else if( (gW = brief_withheld(d, b))>=0 ){
    /* The answer sets and the rate, and why nothing is shown. */
    const ScoreGroup *G = &s->aGroup[gW];
    const WaveRec *W = diag_group_wave(&d->survey, gW);
    int nElig = W && W->zOpens ? diag_present_count(&b->q.roster, b->q.zP, diag_day(W->zOpens, 0)) : 0;
    const char *zW = s->azWave[G->iWave];
    char *zN = nElig>0 ? i18n_asprintf(_("%d answer sets from the %d members present when wave %s opened (%.0f%%)"),
                                       G->nResp, nElig, zW, 100.0*G->nResp/nElig)
                       : i18n_asprintf(_("%d answer sets in wave %s"), G->nResp, zW);
    char *z = G->bSuppressed
      ? i18n_asprintf(_("%s: fewer than %d, so its scores are withheld to protect confidentiality."), zN,
                      s->opts.nSuppressMin)
      : i18n_asprintf(_("%s: synergy is withheld to protect confidentiality."), zN);
    html_printf(o, "%h", z);
    free(z); free(zN);
  }else{
    html_printf(o, "%h", _("not yet measured."));
  }
  sb_puts(o, "</p>\n");
}

/* Kinds that tell the same story count once: the course of synergy (a
** fall, its tipping point, a recovery) is told by its latest finding. */
static int synergy_course(const char *zKind){
  return strcmp(zKind, "synergy_decline")==0 || strcmp(zKind, "tipping_point")==0
      || strcmp(zKind, "synergy_recovery")==0;
}
static const char *kind_family(const char *zKind){
  return synergy_course(zKind) ? "synergy_decline" : zKind;
}

/* Order for "what changed": still-current findings first, the most severe
** first among them, so that findings of earlier waves or years only fill
** what the current ones leave (a briefing tells what stands now); then the
** most recent; then the one that weighs more (finding_cmp_weight(): of one
** kind, the larger magnitude), never the wording, so both languages tell
** the same findings. */
static int brief_rank(const Finding *f){ return (f->bOpen ? 3 : 0) + (int)f->eSev; }
static int cmp_brief(const void *a, const void *b){
  const Finding *x = *(const Finding*const*)a, *y = *(const Finding*const*)b;
  int rx = brief_rank(x), ry = brief_rank(y);
  if( rx!=ry ) return ry - rx;
  if( x->iOrder!=y->iOrder ) return x->iOrder>y->iOrder ? -1 : 1;
  return finding_cmp_weight(x, y);
}

/* Levers by their rank (1 first), ties as finding_cmp_weight(). */
static int cmp_lever(const void *a, const void *b){
  const Finding *x = *(const Finding*const*)a, *y = *(const Finding*const*)b;
  double rx = finding_figure(x, "rank"), ry = finding_figure(y, "rank");
  int nx = isnan(rx), ny = isnan(ry);
  if( nx!=ny ) return nx - ny;
  if( !nx && rx!=ry ) return rx<ry ? -1 : 1;
  return finding_cmp_weight(x, y);
}

/* What changed and what to do first for partnership zP. */
static void brief_findings(ReportCtx *p, const Findings *pF, const char *zP){
  Sb *o = p->pOut;
  const char *zSep = C_("separator", ": ");
  int n = 0, nLever = 0;
  int iFirst, nOf = findings_of(pF, zP, &iFirst);
  const Finding **a = xcalloc((size_t)nOf+1, sizeof(Finding*));
  const Finding **aLever = xcalloc((size_t)nOf+1, sizeof(Finding*));
  const Finding *pNone = NULL;    /* the levers rule named no lever */
  for(int i=iFirst; i<iFirst+nOf; i++){
    const Finding *f = &pF->a[i];
    if( strcmp(f->zKind, "levers")==0 ){
      if( !f->bOpen ) continue;
      if( f->zRule && strcmp(f->zRule, "levers.none")==0 ) pNone = f;
      else aLever[nLever++] = f;
      continue;
    }
    /* Open findings of any severity and the course of synergy; other past
    ** ones only when they matter. */
    if( f->bOpen || f->eSev>=SEV_WARNING || synergy_course(f->zKind) ) a[n++] = f;
  }
  /* One finding per kind (per family): the first in that order; the
  ** course of synergy by its latest finding whatever its severity. Then
  ** the BRIEF_FINDINGS first of those in that order. */
  qsort(a, (size_t)n, sizeof(Finding*), cmp_brief);
  /* The top levers: ranks 1 and 2. */
  qsort(aLever, (size_t)nLever, sizeof(Finding*), cmp_lever);
  if( nLever>BRIEF_LEVERS ) nLever = BRIEF_LEVERS;
  const Finding **aOne = xcalloc((size_t)n+1, sizeof(Finding*));
  int *aRank = xcalloc((size_t)n+1, sizeof(int));
  int nOne = 0;
  for(int i=0; i<n; i++){
    int kDup = -1;
    for(int k=0; k<nOne && kDup<0; k++) if( strcmp(kind_family(aOne[k]->zKind), kind_family(a[i]->zKind))==0 ) kDup = k;
    if( kDup<0 ){ aRank[nOne] = brief_rank(a[i]); aOne[nOne++] = a[i]; }
    else if( synergy_course(a[i]->zKind) && a[i]->iOrder>aOne[kDup]->iOrder ) aOne[kDup] = a[i];
  }
  /* Re-rank (a stable insertion sort): the course of synergy keeps the rank
  ** of its most severe finding, told by its latest; ties go to the latest. */
  for(int i=1; i<nOne; i++){
    for(int k=i; k>0 && (aRank[k]>aRank[k-1] || (aRank[k]==aRank[k-1] && aOne[k]->iOrder>aOne[k-1]->iOrder)); k--){
      const Finding *t = aOne[k]; aOne[k] = aOne[k-1]; aOne[k-1] = t;
      int r = aRank[k]; aRank[k] = aRank[k-1]; aRank[k-1] = r;
    }
  }
  const Finding *aShow[BRIEF_FINDINGS];
  int aShowRank[BRIEF_FINDINGS];
  int nShow = 0;
  for(int i=0; i<nOne && nShow<BRIEF_FINDINGS; i++){ aShowRank[nShow] = aRank[i]; aShow[nShow++] = aOne[i]; }
  /* Fewer kinds than places: fill them with the next findings in that
  ** order, other than the course of synergy (told once) and the same
  ** finding of another period (the same scale or organisation), then
  ** re-rank as above. */
  for(int i=0; i<n && nShow<BRIEF_FINDINGS; i++){
    int bSkip = synergy_course(a[i]->zKind);
    for(int k=0; k<nShow && !bSkip; k++) bSkip = aShow[k]==a[i] || finding_same(aShow[k], a[i]);
    if( bSkip ) continue;
    int k = nShow++;
    aShow[k] = a[i]; aShowRank[k] = brief_rank(a[i]);
    for(; k>0 && aShowRank[k]>aShowRank[k-1]; k--){
      const Finding *t = aShow[k]; aShow[k] = aShow[k-1]; aShow[k-1] = t;
      int r = aShowRank[k]; aShowRank[k] = aShowRank[k-1]; aShowRank[k-1] = r;
    }
  }
  /* The open concerns and warnings not shown, counted for a line that
  ** points to them. */
  int nMore = 0;
  for(int i=iFirst; i<iFirst+nOf; i++){
    const Finding *f = &pF->a[i];
    if( !f->bOpen || f->eSev<SEV_WARNING || strcmp(f->zKind, "levers")==0 ) continue;
    int bShown = 0;
    for(int k=0; k<nShow && !bShown; k++) bShown = aShow[k]==f;
    if( !bShown ) nMore++;
  }
  free(aOne); free(aRank);
  html_printf(o, "<h4>%h</h4>\n", _("What changed"));
  if( nShow==0 ){
    html_printf(o, "<p>%h</p>\n", _("Nothing stands out: the diagnosis raised no concern or warning."));
  }else{
    sb_puts(o, "<ul class=\"brief-findings\">\n");
    for(int k=0; k<nShow; k++){
      char *z = finding_plain(aShow[k], 1);
      html_printf(o, "<li class=\"sev-%h\"><strong>%h</strong>%s%h%h%h</li>\n", severity_name(aShow[k]->eSev),
                  finding_title(aShow[k]->zKind), aShow[k]->bOpen ? "" : " ",
                  aShow[k]->bOpen ? "" : _("(earlier)"), zSep, z);
      free(z);
    }
    sb_puts(o, "</ul>\n");
  }
  if( nMore>0 ){
    char *z = i18n_asprintf(ngettext("and %d more open concern or warning in the findings below",
                                     "and %d more open concerns or warnings in the findings below",
                                     (unsigned long)nMore), nMore);
    html_printf(o, "<p class=\"brief-more\"><a href=\"#findings-%t\">%h</a></p>\n", zP, z);
    free(z);
  }
  html_printf(o, "<h4>%h</h4>\n<ul class=\"brief-actions\">\n", _("What to do first"));
  int nAct = 0;
  for(int k=0; k<nLever; k++){
    /* A lever's first words name it ("Act on trust"), before its figures. */
    char *z = finding_plain(aLever[k], 1);
    char *zCut = strstr(z, " (");
    if( zCut ) *zCut = 0;
    char *zColon = strchr(z, ':');
    if( zColon ) *zColon = 0;
    size_t nZ = strlen(z);
    while( nZ>0 && z[nZ-1]==' ' ) z[--nZ] = 0;    /* French puts a space before ':' */
    html_printf(o, "<li><strong>%h</strong>%h%h</li>\n", z, zSep,
                aLever[k]->nAction>0 ? aLever[k]->azAction[0] : "");
    free(z);
    nAct++;
  }
  if( nLever==0 && pNone ){
    /* The rule ran and named no lever: say what that means rather than
    ** show it as one. With a regression (its "clusters" figure), no
    ** determinant both goes with synergy and falls short here; without
    ** one, the programme's answers were too few to tell. */
    html_printf(o, "<li class=\"brief-nolever\"><strong>%h</strong>%h%h</li>\n", _("No clear lever"), zSep,
                isnan(finding_figure(pNone, "clusters"))
                ? _("the programme has too few complete answer sets yet to tell which determinants go with "
                    "synergy, so the survey cannot point to a place to start.")
                : _("no determinant that goes with synergy across the programme falls short of its target "
                    "here, so the survey points to no single place to start. Keep what works and watch the "
                    "next wave."));
    nAct++;
  }
  for(int k=0; k<nShow && nAct<BRIEF_LEVERS; k++){
    if( aShow[k]->nAction==0 || !aShow[k]->bOpen ) continue;
    html_printf(o, "<li><strong>%h</strong>%h%h</li>\n", finding_title(aShow[k]->zKind), zSep,
                aShow[k]->azAction[0]);
    nAct++;
  }
  if( nAct==0 ) html_printf(o, "<li>%h</li>\n", _("No lever stands out yet: keep the survey and the roster up to date."));
  sb_puts(o, "</ul>\n");
  /* A lever judged by the ordinary standard error (figure se_cr2 0: too
  ** few partnerships for the cluster-robust one) is a lead to check, as
  ** its finding says in its details: say so here too. */
  int nCluster = -1;
  for(int k=0; k<nLever; k++){
    if( finding_figure(aLever[k], "se_cr2")==0 ) nCluster = (int)finding_figure(aLever[k], "clusters");
  }
  if( nCluster>=0 ){
    char *z = i18n_asprintf(ngettext("Leads to check, not firm advice: with %d partnership in the programme, the analysis "
                                     "behind these levers is likely more confident than its data allow.",
                                     "Leads to check, not firm advice: with %d partnerships in the programme, the analysis "
                                     "behind these levers is likely more confident than its data allow.",
                                     (unsigned long)nCluster), nCluster);
    html_printf(o, "<p class=\"brief-caveat\">%h</p>\n", z);
    free(z);
  }
  free(a); free(aLever);
}

static int briefing_html(ReportCtx *p){
  const ReportDiag *g = report_diag(p);
  if( !g ) return STORE_ERROR;
  Table *t = table_newc(NULL, "code,name,members,current,meetings,events");
  /* one partnership's report reads its own row only (report --each writes a thousand) */
  if( st_partnership_list_of(p->pStore, report_only_part(p), t)!=STORE_OK ){ table_free(t); return STORE_ERROR; }
  int nShown = 0;
  for(int r=0; r<t->nRow; r++){
    const char *zP = table_cell(t, r, 0)->z, *zName = table_cell(t, r, 1)->z;
    int i = zP ? diag_part_index(g->d, zP) : -1;
    if( i<0 || !report_has_part(p, zP) ) continue;
    html_printf(p->pOut, "<article class=\"brief\" aria-labelledby=\"brief-%t\">\n<h3 id=\"brief-%t\">%h",
                zP, zP, zP);
    if( zName && zName[0] ) html_printf(p->pOut, " <span class=\"brief-name\">%h</span>", zName);
    sb_puts(p->pOut, "</h3>\n");
    BriefPart b;
    brief_synergy(g->d, i, &b);
    brief_stand(p, g->d, &b);
    brief_findings(p, g->pF, zP);
    brief_sure(p, g->d, &b);
    sb_puts(p->pOut, "</article>\n");
    nShown++;
  }
  table_free(t);
  if( nShown==0 ) report_no_data(p, _("No partnership has been recorded yet."), "synergist partnership add");
  return STORE_OK;
}

const ReportSection sec_briefing = { "briefing", N_("Briefing"), briefing_html, NULL };

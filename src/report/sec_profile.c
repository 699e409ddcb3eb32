/*
** sec_profile.c: the determinant profile: each partnership's mean score on
** every determinant of synergy at its latest wave beside the programme's
** (the pooled group of the latest wave), as grouped horizontal bars over
** the interpretation bands. Exports sec_profile.
*/
#include <math.h>
#include <stdlib.h>
#include "report/chart.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The determinant scales of the built-in instrument, in model order. */
static const char *const azDet[] = {
  "resources_nonfinancial", "resources_financial", "heterogeneity", "involvement", "trust",
  "respect", "conflict", "power", "leadership", "administration", "decision_making",
  "efficiency", "communication", "external_environment",
};
#define N_DET ((int)(sizeof(azDet)/sizeof(azDet[0])))

static int profile_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Determinants of synergy (resources, partner characteristics, relationships, "
      "partnership characteristics, external environment) scored by members at the latest "
      "wave, for each partnership beside the whole programme."));
  const ScoreSet *s = report_score_set(p);
  int *aGroup = xcalloc((size_t)(s ? s->nPart : 0)+2, sizeof(int));
  const char **azSeries = xcalloc((size_t)(s ? s->nPart : 0)+2, sizeof(char*));
  int nSeries = 0, iLo, iHi;
  report_part_range(p, s, &iLo, &iHi);
  for(int i=iLo; i<iHi; i++){
    int g = report_has_part(p, s->azPart[i]) ? report_latest_group(p, s, s->azPart[i]) : -1;
    if( g<0 ) continue;
    aGroup[nSeries] = g; azSeries[nSeries++] = s->azPart[i];
  }
  int gAll = s ? report_latest_group(p, s, "all") : -1;
  int nG = 0, bWithheld = 0;
  int *aG = nSeries==0 && s ? report_groups(p, s, &nG) : NULL;
  for(int k=0; k<nG && !bWithheld; k++) bWithheld = s->aGroup[aG[k]].bSuppressed;
  free(aG);
  if( bWithheld ){
    report_withheld(p, s->opts.nSuppressMin);
  }else if( nSeries==0 ){
    report_no_data(p, _("No determinant has been scored."), "synergist response import FILE --instrument psf");
  }else{
    if( gAll>=0 ){ aGroup[nSeries] = gAll; azSeries[nSeries++] = _("Programme"); }
    const char *azCat[N_DET]; int aiScale[N_DET]; int nCat = 0;
    for(int k=0; k<N_DET; k++){
      int iScale = instrument_scale_index(s->pInst, azDet[k]);
      if( iScale<0 ) continue;
      const char *z = inst_text(&s->pInst->aScale[iScale].label, p->pOpts->zLang);
      aiScale[nCat] = iScale; azCat[nCat++] = z ? z : azDet[k];
    }
    double *aV = xcalloc((size_t)(nCat*nSeries)+1, sizeof(double));
    for(int c=0; c<nCat; c++){
      for(int j=0; j<nSeries; j++){
        const ScaleStat *st = score_stat(s, aGroup[j], aiScale[c]);
        aV[c*nSeries+j] = st->n>0 ? st->mean : NAN;
      }
    }
    BarChart b = { report_chart_id(p), _("Determinant profile at the latest wave"),
      _("Mean score of each determinant of synergy at each partnership's latest wave and for the "
        "whole programme, over the concern, work and strength bands."),
      _("score (1-5)"), 1.0, 5.0, 1, 1, nCat, azCat, nSeries, azSeries, aV };
    sb_puts(p->pOut, "<figure>\n");
    chart_bar(p->pOut, &b);
    html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
                _("Figure: determinant profile of each partnership beside the programme."));
    free(aV);
  }
  free(aGroup); free(azSeries);
  return STORE_OK;
}

const ReportSection sec_profile = { "profile", N_("Determinant profile"), profile_html, NULL };

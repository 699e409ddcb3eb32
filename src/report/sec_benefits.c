/*
** sec_benefits.c: benefits versus drawbacks of taking part, as diverging
** bars: for each partnership at its latest wave (and the programme), the
** mean number of drawbacks members report to the left and of benefits to
** the right (score_balance over the instrument's checklists). Exports
** sec_benefits.
*/
#include <math.h>
#include <stdlib.h>
#include "report/chart.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static int benefits_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("The number of benefits of taking part that members report, set against the number of "
      "drawbacks, at each partnership's latest wave. Benefits that outweigh drawbacks are a "
      "manifestation of synergy."));
  const ScoreSet *s = report_score_set(p);
  int nMax = (s ? s->nPart : 0) + 2;
  const char **azCat = xcalloc((size_t)nMax, sizeof(char*));
  double *aB = xcalloc((size_t)nMax, sizeof(double));
  double *aD = xcalloc((size_t)nMax, sizeof(double));
  int nCat = 0, iLo, iHi;
  report_part_range(p, s, &iLo, &iHi);
  /* the report's partnerships, then the whole programme (i = iHi) */
  for(int i=iLo; s && i<=iHi; i++){
    int bAll = i==iHi;
    const char *zPart = bAll ? "all" : s->azPart[i];
    if( !bAll && !report_has_part(p, zPart) ) continue;
    int g = report_latest_group(p, s, zPart);
    PsyDesc desc;
    if( g<0 || !score_balance(s, g, &aB[nCat], &aD[nCat], &desc) || isnan(aB[nCat]) ) continue;
    azCat[nCat++] = bAll ? _("Programme") : zPart;
  }
  if( nCat==0 ){
    report_no_data(p, _("No benefit or drawback has been scored."), "synergist response import FILE --instrument psf");
  }else{
    DivergingChart c = { report_chart_id(p), _("Benefits and drawbacks at the latest wave"),
      _("Mean number of drawbacks reported by members (left) and of benefits (right), for each "
        "partnership at its latest wave and for the programme."),
      _("drawbacks"), _("benefits"), "", 0, 1, nCat, azCat, aD, aB };
    sb_puts(p->pOut, "<figure>\n");
    chart_diverging(p->pOut, &c);
    html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
                _("Figure: benefits against drawbacks of taking part."));
  }
  free(azCat); free(aB); free(aD);
  return STORE_OK;
}

const ReportSection sec_benefits = { "benefits", N_("Benefits and drawbacks"), benefits_html, NULL };

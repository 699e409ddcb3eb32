/*
** sec_scores.c: synergy and determinant scores by wave, as a line chart per
** scale with 95% confidence bands, the interpretation bands and the
** timeline's events. Survey scores are not available yet, so the section
** says so. Exports sec_scores.
*/
#include "report/section.h"
#include "util/i18n.h"

static int scores_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    /* xgettext:no-c-format */
    _("Mean scores of each scale at each survey wave, with 95% confidence intervals. "
      "Shaded bands show how a score is read; numbered markers are events of the timeline."));
  report_no_data(p, _("No survey wave has been scored."), "synergist score scale");
  return 0;
}

const ReportSection sec_scores = { "scores", N_("Synergy and determinant scores by wave"), scores_html, NULL };

/*
** sec_model.c: the report's first section, the model figure: resources
** activated by enabling processes produce the four manifestations of
** partnership synergy. Each box is coloured by the status of the mean of
** its matching scales at each partnership's latest wave (report_data.h);
** without survey scores every box is "not assessed". Exports sec_model.
*/
#include <math.h>
#include "report/chart.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"

/* Mean of scales zA and zB (may be NULL) at the latest waves; NAN without scores. */
static double box_score(ReportCtx *p, const ScoreSet *s, const char *zA, const char *zB){
  if( !s ) return NAN;
  double a = report_latest_mean(p, s, zA);
  if( !zB ) return a;
  double b = report_latest_mean(p, s, zB);
  return isnan(a) ? b : isnan(b) ? a : (a+b)/2;
}

static int model_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n<p>%h</p>\n",
    _("Resources that partners bring are activated by enabling processes at three levels "
      "and produce partnership synergy. Synergy appears before long-term outcomes can be "
      "measured, so it is the intermediate outcome this report tracks, from a baseline "
      "assessment onwards."),
    _("Each box is shaded by its mean score on the 1-5 scale: concern below 3.0, work from "
      "3.0 to 3.9, strength from 4.0. The status is also written in words, so the figure "
      "reads in black and white."));
  const ScoreSet *s = report_score_set(p);
  ModelBox aRes[] = {
    { _("Human resources: skills, expertise, connections, endorsements"), box_score(p, s, "resources_nonfinancial", NULL) },
    { _("Material resources: money, space, equipment, information"), box_score(p, s, "resources_financial", NULL) },
    { _("Partner characteristics: heterogeneity, involvement"), box_score(p, s, "heterogeneity", "involvement") },
  };
  ModelBox aProc[] = {
    { _("Interpersonal: communication, relationships, learning loops, face-to-face meetings"), box_score(p, s, "interpersonal", NULL) },
    { _("Operational: resource management, leadership, administration, decision making"), box_score(p, s, "operational", NULL) },
    { _("System level: situational analysis, adapting to policy, decision makers at the table"), box_score(p, s, "system", NULL) },
  };
  ModelBox aSyn[] = {
    { _("Integration of financial and non-financial resources"), box_score(p, s, "resource_integration", NULL) },
    { _("Partnership atmosphere"), box_score(p, s, "atmosphere", NULL) },
    { _("Perceived stakeholder benefits versus drawbacks"), box_score(p, s, "benefits", NULL) },
    { _("Capacity for adaptation to context"), box_score(p, s, "adaptation", NULL) },
  };
  ModelColumn aCol[] = {
    { _("Resources"), 3, aRes },
    { _("Enabling processes"), 3, aProc },
    { _("Partnership synergy"), 4, aSyn },
  };
  ModelChart m = {
    report_chart_id(p), _("The partnership synergy model"),
    _("Resources feed enabling processes at the interpersonal, operational and system levels, "
      "which produce four manifestations of synergy; synergy in turn feeds the partnership's "
      "improvement. Each box is shaded by the mean of its scales at the latest survey wave."),
    3, aCol, _("synergy is also an energy source for improvement")
  };
  sb_puts(p->pOut, "<figure>\n");
  chart_model(p->pOut, &m);
  html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
              _("Figure: the partnership synergy model, boxes shaded by status."));
  if( s ){
    html_printf(p->pOut, "<p>%h</p>\n",
      _("Box scores are the means of the matching survey scales at each partnership's latest wave, "
        "weighted by respondents; suppressed groups are left out."));
  }else{
    report_no_data(p, _("Scores for the boxes come from member surveys."), "synergist response import FILE --instrument psf");
  }
  return 0;
}

const ReportSection sec_model = { "model", N_("The partnership synergy model"), model_html, NULL };

/*
** sec_model.c: the report's first section, the model figure: resources
** activated by enabling processes produce the four manifestations of
** partnership synergy. Each box is coloured by the status of its score;
** until survey scores exist every box is "not assessed". Exports sec_model.
*/
#include <math.h>
#include "report/chart.h"
#include "report/section.h"
#include "util/i18n.h"

static int model_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n<p>%h</p>\n",
    _("Resources that partners bring are activated by enabling processes at three levels "
      "and produce partnership synergy. Synergy appears before long-term outcomes can be "
      "measured, so it is the intermediate outcome this report tracks, from a baseline "
      "assessment onwards."),
    _("Each box is shaded by its mean score on the 1-5 scale: concern below 3.0, work from "
      "3.0 to 3.9, strength from 4.0. The status is also written in words, so the figure "
      "reads in black and white."));
  /* Scores come from the survey section's scale scores once they exist. */
  const double rNone = NAN;
  ModelBox aRes[] = {
    { _("Human resources: skills, expertise, connections, endorsements"), rNone },
    { _("Material resources: money, space, equipment, information"), rNone },
    { _("Partner characteristics: heterogeneity, involvement"), rNone },
  };
  ModelBox aProc[] = {
    { _("Interpersonal: communication, relationships, learning loops, face-to-face meetings"), rNone },
    { _("Operational: resource management, leadership, administration, decision making"), rNone },
    { _("System level: situational analysis, adapting to policy, decision makers at the table"), rNone },
  };
  ModelBox aSyn[] = {
    { _("Integration of financial and non-financial resources"), rNone },
    { _("Partnership atmosphere"), rNone },
    { _("Perceived stakeholder benefits versus drawbacks"), rNone },
    { _("Capacity for adaptation to context"), rNone },
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
      "improvement. No box has a score yet."),
    3, aCol, _("synergy is also an energy source for improvement")
  };
  sb_puts(p->pOut, "<figure>\n");
  chart_model(p->pOut, &m);
  html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
              _("Figure: the partnership synergy model, boxes shaded by status."));
  report_no_data(p, _("Scores for the boxes come from member surveys."), "synergist score scale");
  return 0;
}

const ReportSection sec_model = { "model", N_("The partnership synergy model"), model_html, NULL };

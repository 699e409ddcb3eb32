/*
** sec_findings.c: the findings of diagnose: partnerships where synergy is
** falling, disengagement signs and levers to pull. Waits for the diagnosis.
** Exports sec_findings.
*/
#include "report/section.h"
#include "util/i18n.h"

static int findings_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Signals that a partnership is struggling (falling synergy, members leaving, meetings "
      "spacing out) with the determinants most worth working on."));
  report_no_data(p, _("The diagnosis has not been run."), "synergist diagnose");
  return 0;
}

const ReportSection sec_findings = { "findings", N_("Findings"), findings_html, NULL };

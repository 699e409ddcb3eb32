/*
** sec_profile.c: the determinant profile: each partnership's mean score on
** every determinant of synergy beside the programme's, as horizontal bars
** over the interpretation bands. Waits for survey scores. Exports sec_profile.
*/
#include "report/section.h"
#include "util/i18n.h"

static int profile_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Determinants of synergy (resources, partner characteristics, relationships, "
      "partnership characteristics, external environment) scored by members at the latest "
      "wave, for each partnership beside the whole programme."));
  report_no_data(p, _("No determinant has been scored."), "synergist score scale");
  return 0;
}

const ReportSection sec_profile = { "profile", N_("Determinant profile"), profile_html, NULL };

/*
** sec_benefits.c: benefits versus drawbacks of taking part, as diverging
** bars (share of members reporting each drawback to the left, each benefit
** to the right). Waits for survey scores. Exports sec_benefits.
*/
#include "report/section.h"
#include "util/i18n.h"

static int benefits_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("The share of members who report each benefit of taking part, set against the share "
      "who report each drawback. Benefits that outweigh drawbacks are a manifestation of synergy."));
  report_no_data(p, _("No benefit or drawback has been scored."), "synergist score scale");
  return 0;
}

const ReportSection sec_benefits = { "benefits", N_("Benefits and drawbacks"), benefits_html, NULL };

/*
** sec_findings.c: the findings of diagnose for the report's partnerships:
** each with its severity, period, detail, the evidence behind it and, for
** levers, the suggested actions; plus the findings table for the workbook.
** The findings are computed while the report's language is in force, so
** their sentences, labels and numbers come in that language. Kinds and
** evidence types are shown in words of the language (data-kind keeps the
** machine name). Exports sec_findings.
*/
#include <stdlib.h>
#include "diagnose/diagnose.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"

static const char *severity_label(Severity e){
  return e==SEV_CONCERN ? _("concern") : e==SEV_WARNING ? _("warning") : _("information");
}

/* One finding as a list item. Pseudonymised: diagnose ran without names. */
static void finding_html(ReportCtx *p, const Finding *f){
  /* TRANSLATORS: between a label and what it introduces ("PCCP: synergy_decline"). */
  const char *zSep = C_("separator", ": ");
  html_printf(p->pOut, "<li class=\"finding sev-%h\" data-kind=\"%h\"><strong>%h%h%h</strong> [%h]",
              severity_name(f->eSev), f->zKind, f->zPartnership, zSep, finding_kind_name(f->zKind),
              severity_label(f->eSev));
  if( f->zWave ) html_printf(p->pOut, " %h %h", _("wave"), f->zWave);
  else if( f->zDate ) html_printf(p->pOut, " %h", f->zDate);
  html_printf(p->pOut, "<p>%h</p>\n", f->zDetail ? f->zDetail : "");
  if( f->nEv>0 ){
    html_printf(p->pOut, "<p>%h</p>\n<ul class=\"evidence\">\n", _("Evidence:"));
    for(int i=0; i<f->nEv; i++){
      const FindEvidence *e = &f->aEv[i];
      char *zRef = evidence_ref_words(e);
      html_printf(p->pOut, "<li>%h %h%h%h</li>\n", evidence_type_name(e->zType), zRef, zSep,
                  e->zText ? e->zText : "");
      free(zRef);
    }
    sb_puts(p->pOut, "</ul>\n");
  }
  if( f->nAction>0 ){
    html_printf(p->pOut, "<p>%h</p>\n<ul class=\"actions\">\n", _("Suggested actions:"));
    for(int i=0; i<f->nAction; i++) html_printf(p->pOut, "<li>%h</li>\n", f->azAction[i]);
    sb_puts(p->pOut, "</ul>\n");
  }
  sb_puts(p->pOut, "</li>\n");
}

static int findings_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Signals that a partnership is struggling (falling synergy, members leaving, meetings "
      "spacing out) with the determinants most worth working on."));
  const Findings *f = report_findings_of(p);
  int n = 0;
  for(int i=0; f && i<f->n; i++) if( report_has_part(p, f->a[i].zPartnership) ) n++;
  if( n==0 ){
    report_no_data(p, _("The diagnosis found nothing to report."), "synergist diagnose");
    return STORE_OK;
  }
  sb_puts(p->pOut, "<ol class=\"findings\">\n");
  for(int i=0; i<f->n; i++){
    if( report_has_part(p, f->a[i].zPartnership) ) finding_html(p, &f->a[i]);
  }
  sb_puts(p->pOut, "</ol>\n");
  return STORE_OK;
}

static int findings_tables(ReportCtx *p, ReportTables *pList){
  const Findings *f = report_findings_of(p);
  if( !f ) return STORE_OK;
  Table *t = findings_table(f);
  Table *pSel = report_select(p, t, 0, NULL, "findings");
  table_free(t);
  report_tables_add(pList, pSel);
  return STORE_OK;
}

const ReportSection sec_findings = { "findings", N_("Findings"), findings_html, findings_tables };

/*
** sec_findings.c: the findings of diagnose for the report's partnerships,
** grouped by partnership and severity (open ones first, then the most
** recent): each a plain title and sentence with its first suggested
** action, then inside a <details> (no script; prints collapsed) the full
** detail, figures, evidence with long lists summarised, further actions
** and the rule with its threshold, each numbered within its partnership
** as in the workbook;
** plus the workbook's sheets findings and evidence (every piece of
** evidence, one row each: report_findings_sheets()).
** The findings are computed while the report's language is in force, so
** their sentences, labels and numbers come in that language. Kinds and
** evidence types are shown in words of the language (data-kind keeps the
** machine name). Exports sec_findings and report_findings_sheets().
*/
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "report/finding_text.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The period of f in words ("wave followup1", "2015-01-01 to 2015-12-31"). */
static void finding_period(Sb *o, const Finding *f){
  if( f->zWave ) html_printf(o, "%h %h", _("wave"), f->zWave);
  /* TRANSLATORS: a period between two dates. */
  else if( f->zDate && f->zDateEnd ) html_printf(o, "%h %h %h", f->zDate, _("to"), f->zDateEnd);
  else if( f->zDate ) html_printf(o, "%h", f->zDate);
}

/* One finding: its plain sentence and first suggested action, then
** finding_details_html(). */
static void finding_html(ReportCtx *p, const Finding *f, const Finding *const *aAlso, const int *aAlsoNum, int nAlso,
                         int iNum){
  Sb *o = p->pOut;
  const char *zSep = C_("separator", ": ");
  char *zPlain = finding_plain(f, 1);
  html_printf(o, "<li class=\"finding sev-%h\" data-kind=\"%h\" data-finding=\"%d\" value=\"%d\" id=\"finding-%t-%d\">"
                 "<p class=\"finding-plain\"><strong>%h</strong> <span class=\"period\">(", severity_name(f->eSev), f->zKind,
              iNum, iNum, f->zPartnership, iNum, finding_title(f->zKind));
  finding_period(o, f);
  if( f->bOpen ) html_printf(o, ", %h", _("still current"));
  html_printf(o, ")</span>%h%h</p>\n", zSep, zPlain);
  free(zPlain);
  if( nAlso>0 ){
    html_printf(o, "<p class=\"finding-also\">%h ", _("Also found earlier:"));
    for(int k=0; k<nAlso; k++){
      if( k ) sb_puts(o, ", ");
      finding_period(o, aAlso[k]);
      html_printf(o, " (%h %d)", _("finding"), aAlsoNum[k]);
    }
    sb_puts(o, "</p>\n");
  }
  if( f->nAction>0 ) html_printf(o, "<p class=\"finding-action\">%h %h</p>\n", _("Suggested:"), f->azAction[0]);
  FindingSee see = { iNum, p->pOpts->zWorkbook };
  finding_details_html(o, f, &see);
  sb_puts(o, "</li>\n");
}

static int findings_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h ",
    _("Signals that a partnership is struggling (falling synergy, members leaving, meetings "
      "spacing out) with the determinants most worth working on, by partnership and severity. "
      "Open a finding for its figures, evidence and the rule that raised it."));
  if( p->pOpts->zWorkbook ){
    html_printf(p->pOut, "<a href=\"%h\">%h</a> %h</p>\n", p->pOpts->zWorkbook, _("The workbook"),
                _("lists every piece of evidence (sheet evidence, by the finding's number)."));
  }else{
    html_printf(p->pOut, "%h</p>\n",
                _("Every piece of evidence is listed in the workbook that synergist report --xlsx writes "
                  "(sheet evidence)."));
  }
  const ReportDiag *g = report_diag(p);
  const Findings *f = g ? g->pF : NULL;
  int nRun = 0;
  int *aRun = f ? report_finding_runs(p, f, &nRun) : NULL;
  if( nRun==0 ){
    free(aRun);
    report_no_data(p, _("The diagnosis found nothing to report."), "synergist diagnose");
    return STORE_OK;
  }
  int nMax = 0;
  for(int r=0; r<nRun; r++) if( aRun[2*r+1]-aRun[2*r]>nMax ) nMax = aRun[2*r+1]-aRun[2*r];
  int *aIdx = xcalloc((size_t)nMax+1, sizeof(int)), *aLead = xcalloc((size_t)nMax+1, sizeof(int));
  const Finding **aAlso = xcalloc((size_t)nMax+1, sizeof(Finding*));
  int *aAlsoNum = xcalloc((size_t)nMax+1, sizeof(int));
  for(int r=0; r<nRun; r++){
    int i = aRun[2*r], j = aRun[2*r+1];
    const Finding *a = &f->a[i];
    html_printf(p->pOut, "<h3 id=\"findings-%t\">%h</h3>\n", a->zPartnership, a->zPartnership);
    /* numbered as finding_order() numbers them, as the workbook does */
    int nShown = finding_order(a, j-i, aIdx, aLead);
    for(int e=SEV_CONCERN; e>=SEV_INFO; e--){
      int nSel = 0, nOfSev = 0;
      for(int k=0; k<j-i; k++) if( (int)a[aIdx[k]].eSev==e ){ nSel++; if( k<nShown ) nOfSev++; }
      if( nSel==0 ) continue;
      /* The heading counts the items shown, and every finding when
      ** earlier waves were folded ("12 concerns (46 across waves)"). */
      const char *zHead = e==SEV_CONCERN ? ngettext("%d concern", "%d concerns", (unsigned long)nOfSev)
                        : e==SEV_WARNING ? ngettext("%d warning", "%d warnings", (unsigned long)nOfSev)
                        : ngettext("%d note", "%d notes", (unsigned long)nOfSev);
      char *z = i18n_asprintf(zHead, nOfSev);
      html_printf(p->pOut, "<h4 class=\"sev-%h\">%h", severity_name((Severity)e), z);
      free(z);
      if( nSel>nOfSev ){
        z = i18n_asprintf(ngettext("(%d across waves)", "(%d across waves)", (unsigned long)nSel), nSel);
        html_printf(p->pOut, " <span class=\"across\">%h</span>", z);
        free(z);
      }
      sb_puts(p->pOut, "</h4>\n<ol class=\"findings\">\n");
      for(int k=0; k<nShown; k++){
        if( (int)a[aIdx[k]].eSev!=e ) continue;
        int nAlso = 0;
        for(int m=nShown; m<j-i; m++) if( aLead[m]==k ){ aAlsoNum[nAlso] = m+1; aAlso[nAlso++] = &a[aIdx[m]]; }
        finding_html(p, &a[aIdx[k]], aAlso, aAlsoNum, nAlso, k+1);
      }
      sb_puts(p->pOut, "</ol>\n");
    }
  }
  free(aIdx); free(aLead); free(aAlso); free(aAlsoNum);
  free(aRun);
  return STORE_OK;
}

void report_findings_sheets(ReportCtx *p, const Findings *pF, ReportTables *pList){
  /* the number of each finding first, as the page shows it
  ** (finding_order()); each partnership's rows in that order. Only the
  ** report's partnerships are put in words (report --each asks once per
  ** page: the whole programme's table each time grew with its square). */
  Table *pSel = table_newc("findings", "finding,partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence");
  const Finding **aF = xcalloc((size_t)pF->n+1, sizeof(Finding*));
  int *aiNum = xcalloc((size_t)pF->n+1, sizeof(int));
  int *aIdx = xcalloc((size_t)pF->n+1, sizeof(int)), *aLead = xcalloc((size_t)pF->n+1, sizeof(int));
  int n = 0;
  int nRun = 0, *aRun = report_finding_runs(p, pF, &nRun);   /* found, not walked to */
  for(int q=0; q<nRun; q++){
    int i = aRun[2*q], j = aRun[2*q+1];
    Findings run = { j-i, j-i, pF->a + i, pF->pPool };   /* a view: not freed */
    Table *t = findings_table(&run);
    finding_order(&pF->a[i], j-i, aIdx, aLead);
    for(int k=0; k<j-i; k++){
      int iRow = aIdx[k];
      aF[n] = &pF->a[i + iRow]; aiNum[n] = k+1;
      int r = table_row(pSel);
      table_int(pSel, r, 0, k+1);
      for(int c=0; c<t->nCol; c++){
        const Cell *x = table_cell(t, iRow, c);
        if( x->t==CELL_TEXT ) table_text(pSel, r, c+1, x->z);
      }
      n++;
    }
    table_free(t);
  }
  free(aRun); free(aIdx); free(aLead);
  report_tables_add(pList, pSel);
  report_tables_add(pList, finding_evidence_table(aF, aiNum, n));
  free(aF); free(aiNum);
}

static int findings_tables(ReportCtx *p, ReportTables *pList){
  const ReportDiag *g = report_diag(p);
  if( !g || !g->pF ) return STORE_OK;
  report_findings_sheets(p, g->pF, pList);
  return STORE_OK;
}

const ReportSection sec_findings = { "findings", N_("Findings"), findings_html, findings_tables };

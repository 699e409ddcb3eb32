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
static void finding_html(ReportCtx *p, const Finding *f, const Finding *const *aAlso, int nAlso, int iNum){
  Sb *o = p->pOut;
  const char *zSep = C_("separator", ": ");
  char *zPlain = finding_plain(f, 1);
  html_printf(o, "<li class=\"finding sev-%h\" data-kind=\"%h\" data-finding=\"%d\"><p class=\"finding-plain\">"
                 "<strong>%h</strong> <span class=\"period\">(", severity_name(f->eSev), f->zKind, iNum,
              finding_title(f->zKind));
  finding_period(o, f);
  if( f->bOpen ) html_printf(o, ", %h", _("still current"));
  html_printf(o, ")</span>%h%h</p>\n", zSep, zPlain);
  free(zPlain);
  if( nAlso>0 ){
    html_printf(o, "<p class=\"finding-also\">%h ", _("Also found earlier:"));
    for(int k=0; k<nAlso; k++){
      if( k ) sb_puts(o, ", ");
      finding_period(o, aAlso[k]);
    }
    sb_puts(o, "</p>\n");
  }
  if( f->nAction>0 ) html_printf(o, "<p class=\"finding-action\">%h %h</p>\n", _("Suggested:"), f->azAction[0]);
  FindingSee see = { iNum, p->pOpts->zWorkbook };
  finding_details_html(o, f, &see);
  sb_puts(o, "</li>\n");
}

/* Findings of zP at severity e: open ones first, then the most recent,
** then the one that weighs more (finding_cmp_weight()). */
static int cmp_shown(const void *a, const void *b){
  const Finding *x = *(const Finding*const*)a, *y = *(const Finding*const*)b;
  if( x->bOpen!=y->bOpen ) return y->bOpen - x->bOpen;
  if( x->iOrder!=y->iOrder ) return x->iOrder>y->iOrder ? -1 : 1;
  return finding_cmp_weight(x, y);
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
  const Finding **aSel = xcalloc((size_t)nMax+1, sizeof(Finding*));
  int *aLead = xcalloc((size_t)nMax+1, sizeof(int));
  for(int r=0; r<nRun; r++){
    int i = aRun[2*r], j = aRun[2*r+1];
    html_printf(p->pOut, "<h3 id=\"findings-%t\">%h</h3>\n", f->a[i].zPartnership, f->a[i].zPartnership);
    for(int e=SEV_CONCERN; e>=SEV_INFO; e--){
      int nSel = 0;
      for(int k=i; k<j; k++) if( (int)f->a[k].eSev==e ) aSel[nSel++] = &f->a[k];
      if( nSel==0 ) continue;
      qsort(aSel, (size_t)nSel, sizeof(Finding*), cmp_shown);
      /* The same finding in earlier periods (same kind, same first
      ** evidence: the scale, the hub, ...) is folded into the latest:
      ** aLead[m] is the item finding m is told under (m itself when shown). */
      for(int k=0; k<nSel; k++) aLead[k] = -1;
      int nShown = 0;
      for(int k=0; k<nSel; k++){
        if( aLead[k]>=0 ) continue;
        aLead[k] = k;
        nShown++;
        for(int m=k+1; m<nSel; m++) if( aLead[m]<0 && finding_same(aSel[k], aSel[m]) ) aLead[m] = k;
      }
      /* The heading counts the items shown, and every finding when
      ** earlier waves were folded ("12 concerns (46 across waves)"). */
      const char *zHead = e==SEV_CONCERN ? ngettext("%d concern", "%d concerns", (unsigned long)nShown)
                        : e==SEV_WARNING ? ngettext("%d warning", "%d warnings", (unsigned long)nShown)
                        : ngettext("%d note", "%d notes", (unsigned long)nShown);
      char *z = i18n_asprintf(zHead, nShown);
      html_printf(p->pOut, "<h4 class=\"sev-%h\">%h", severity_name((Severity)e), z);
      free(z);
      if( nSel>nShown ){
        z = i18n_asprintf(ngettext("(%d across waves)", "(%d across waves)", (unsigned long)nSel), nSel);
        html_printf(p->pOut, " <span class=\"across\">%h</span>", z);
        free(z);
      }
      sb_puts(p->pOut, "</h4>\n<ol class=\"findings\">\n");
      const Finding **aAlso = xcalloc((size_t)nSel+1, sizeof(Finding*));
      for(int k=0; k<nSel; k++){
        if( aLead[k]!=k ) continue;
        int nAlso = 0;
        for(int m=k+1; m<nSel; m++) if( aLead[m]==k ) aAlso[nAlso++] = aSel[m];
        finding_html(p, aSel[k], aAlso, nAlso, (int)(aSel[k] - f->a) - i + 1);
      }
      free(aAlso);
      sb_puts(p->pOut, "</ol>\n");
    }
  }
  free(aSel); free(aLead);
  free(aRun);
  return STORE_OK;
}

void report_findings_sheets(ReportCtx *p, const Findings *pF, ReportTables *pList){
  /* the number of each finding first: its place among its partnership's
  ** findings, as the page shows it; each partnership's run of pF found
  ** by report_finding_runs(), so a report of one partnership passes over
  ** its own findings only (report --each's workbook asks for each) */
  Table *pSel = table_newc("findings", "finding,partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence");
  int nRun, nSel = 0;
  int *aRun = report_finding_runs(p, pF, &nRun);
  for(int r=0; r<nRun; r++) nSel += aRun[2*r+1] - aRun[2*r];
  const Finding **aF = xcalloc((size_t)nSel+1, sizeof(Finding*));
  int *aiNum = xcalloc((size_t)nSel+1, sizeof(int));
  int n = 0;
  for(int r=0; r<nRun; r++){
    int i = aRun[2*r], j = aRun[2*r+1];
    Findings run = { j-i, j-i, pF->a + i, pF->pPool };   /* a view of pF: not freed */
    Table *t = findings_table(&run);
    for(int k=i; k<j; k++){
      aF[n] = &pF->a[k]; aiNum[n] = k - i + 1;
      int iRow = table_row(pSel);
      table_int(pSel, iRow, 0, aiNum[n]);
      for(int c=0; c<t->nCol; c++){
        const Cell *x = table_cell(t, k-i, c);
        if( x->t==CELL_TEXT ) table_text(pSel, iRow, c+1, x->z);
      }
      n++;
    }
    table_free(t);
  }
  free(aRun);
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

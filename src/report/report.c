/*
** report.c: the skeleton of the partnership report (report.h): the page
** head with the built-in style sheet, the cover, the table of contents and
** each section of aReportSection in order; and the helpers of section.h
** that sections share (no-data notes, HTML tables, chart ids).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/finding.h"
#include "report/report_data.h"
#include "report/section.h"
#include "store/st_roster.h"
#include "util/builtin.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The order of the report. */
const ReportSection *const aReportSection[] = {
  &sec_briefing, &sec_model, &sec_partnerships, &sec_network, &sec_scores, &sec_profile, &sec_benefits,
  &sec_membership, &sec_findings, &sec_qual, &sec_methods,
};
const int nReportSection = (int)(sizeof(aReportSection)/sizeof(aReportSection[0]));

static const ReportSection *const aProgrammeSection[] = { &sec_programme };

int report_sections(const ReportOpts *pOpts, const ReportSection *const **paSec){
  if( pOpts->bProgramme ){ *paSec = aProgrammeSection; return 1; }
  *paSec = aReportSection;
  return nReportSection;
}

void report_no_data(ReportCtx *p, const char *zWhat, const char *zHow){
  html_printf(p->pOut, "<p class=\"no-data\"><strong>%h</strong> %h",
              _("No data yet."), zWhat);
  if( zHow ) html_printf(p->pOut, " %h <code>%h</code>", _("It appears here once this has been run:"), zHow);
  sb_puts(p->pOut, "</p>\n");
}

void report_withheld(ReportCtx *p, int nMin){
  char *z = i18n_asprintf(ngettext("Every survey wave of the partnerships in this report has fewer than %d answer set (setting suppress_min), "
                                   "so its scores are not shown: so few answers could be traced to the members who gave them.",
                                   "Every survey wave of the partnerships in this report has fewer than %d answer sets (setting suppress_min), "
                                   "so its scores are not shown: so few answers could be traced to the members who gave them.",
                                   (unsigned long)nMin), nMin);
  html_printf(p->pOut, "<p class=\"no-data withheld\"><strong>%h</strong> %h</p>\n",
              _("Withheld to protect confidentiality."), z);
  free(z);
}

void report_table(ReportCtx *p, const Table *t, const char *zCaption, const char *const *azHead){
  report_table_rows(p, t, zCaption, azHead, NULL, NULL);
}

void report_table_rows(ReportCtx *p, const Table *t, const char *zCaption, const char *const *azHead,
                       void (*xRowHead)(void*, Sb*, const char*), void *pArg){
  Sb *o = p->pOut;
  sb_puts(o, "<table>\n");
  if( zCaption ) html_printf(o, "<caption>%h</caption>\n", zCaption);
  sb_puts(o, "<thead><tr>");
  for(int c=0; c<t->nCol; c++){
    /* A column is numeric when every non-null cell is a number. */
    int bNum = t->nRow>0;
    for(int r=0; r<t->nRow && bNum; r++){
      CellType ty = table_cell(t, r, c)->t;
      if( ty==CELL_TEXT ) bNum = 0;
    }
    html_printf(o, "<th scope=\"col\"%s>%h</th>", bNum && c>0 ? " class=\"num\"" : "",
                azHead ? azHead[c] : t->azCol[c]);
  }
  sb_puts(o, "</tr></thead>\n<tbody>\n");
  for(int r=0; r<t->nRow; r++){
    sb_puts(o, "<tr>");
    for(int c=0; c<t->nCol; c++){
      const Cell *pCell = table_cell(t, r, c);
      char zNum[I18N_NUM_MAX];
      char *z = pCell->t==CELL_REAL ? xstrdup(i18n_num(zNum, pCell->r, pCell->nDec)) : table_cell_str(t, r, c);
      CellType ty = pCell->t;
      if( c==0 && xRowHead ){
        sb_puts(o, "<th scope=\"row\">");
        xRowHead(pArg, o, z);
        sb_puts(o, "</th>");
      }else if( c==0 ) html_printf(o, "<th scope=\"row\">%h</th>", z);
      else html_printf(o, "<td%s>%h</td>", ty==CELL_INT || ty==CELL_REAL ? " class=\"num\"" : "", z);
      free(z);
    }
    sb_puts(o, "</tr>\n");
  }
  sb_puts(o, "</tbody>\n</table>\n");
}

void report_table_fold(ReportCtx *p, const Table *t, const char *zCaption, const char *const *azHead){
  if( p->pOpts->bFull ){ report_table(p, t, zCaption, azHead); return; }
  html_printf(p->pOut, "<details class=\"fold\"><summary>%h</summary>\n", zCaption);
  report_table(p, t, zCaption, azHead);
  sb_puts(p->pOut, "</details>\n");
}

int report_has_part(const ReportCtx *p, const char *zCode){
  if( p->pOpts->nPart==0 ) return 1;
  for(int i=0; i<p->pOpts->nPart; i++){
    if( zCode && strcmp(p->pOpts->azPart[i], zCode)==0 ) return 1;
  }
  return 0;
}

static int cmp_run(const void *a, const void *b){
  int x = *(const int*)a, y = *(const int*)b;
  return (x>y) - (x<y);
}

int *report_finding_runs(const ReportCtx *p, const Findings *f, int *pn){
  int nPart = p->pOpts->nPart, n = 0;
  int *aRun = xmalloc(sizeof(int)*2*(size_t)((nPart ? nPart : f->n)+1));
  if( nPart==0 ){
    for(int i=0; i<f->n; ){
      int j = i;
      while( j<f->n && strcmp(f->a[j].zPartnership, f->a[i].zPartnership)==0 ) j++;
      aRun[2*n] = i; aRun[2*n+1] = j; n++;
      i = j;
    }
  }else{
    for(int k=0; k<nPart; k++){
      int bSeen = 0;     /* a partnership named twice is shown once */
      for(int m=0; m<k && !bSeen; m++) bSeen = strcmp(p->pOpts->azPart[m], p->pOpts->azPart[k])==0;
      int iFirst, nOf = bSeen ? 0 : findings_of(f, p->pOpts->azPart[k], &iFirst);
      if( nOf>0 ){ aRun[2*n] = iFirst; aRun[2*n+1] = iFirst+nOf; n++; }
    }
    qsort(aRun, (size_t)n, 2*sizeof(int), cmp_run);
  }
  *pn = n;
  return aRun;
}

Table *report_select(const ReportCtx *p, const Table *pIn, int iPartCol, const char *zCols, const char *zTitle){
  Table *t = zCols ? table_newc(zTitle, zCols) : table_new(zTitle, pIn->nCol, (const char *const*)pIn->azCol);
  int *aSrc = xcalloc((size_t)t->nCol, sizeof(int));
  for(int c=0; c<t->nCol; c++) aSrc[c] = zCols ? table_col(pIn, t->azCol[c]) : c;
  for(int r=0; r<pIn->nRow; r++){
    if( iPartCol>=0 && !report_has_part(p, table_cell(pIn, r, iPartCol)->z) ) continue;
    int rOut = table_row(t);
    for(int c=0; c<t->nCol; c++){
      if( aSrc[c]<0 ) continue;
      const Cell *x = table_cell(pIn, r, aSrc[c]);
      switch( x->t ){
        case CELL_INT:  table_int(t, rOut, c, x->i); break;
        case CELL_REAL: table_real(t, rOut, c, x->r, x->nDec); break;
        case CELL_TEXT: table_text(t, rOut, c, x->z); break;
        default: break;
      }
    }
  }
  free(aSrc);
  return t;
}

void report_tables_add(ReportTables *p, Table *pTab){
  if( p->xPut ){ p->xPut(p->pArg, pTab); return; }
  if( p->n==p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2*p->nAlloc : 8;
    p->a = xrealloc(p->a, sizeof(Table*)*(size_t)p->nAlloc);
  }
  p->a[p->n++] = pTab;
}

int report_setting_int(const ReportCtx *p, const char *zKey, int iDefault){
  char *z = NULL;
  store_setting_get(p->pStore, zKey, &z);
  int n = z ? atoi(z) : 0;
  free(z);
  return n>0 ? n : iDefault;
}

const char *report_chart_id(ReportCtx *p){
  static char zId[32];
  snprintf(zId, sizeof(zId), "chart-%d", ++p->nChart);
  return zId;
}

/* The names of the partnerships in the report, joined for the cover. */
static char *cover_partnerships(ReportCtx *p){
  Table *t = table_newc(NULL, "code,name,members,current,meetings,events");
  Sb s = SB_INIT;
  if( st_partnership_list_of(p->pStore, report_only_part(p), t)==STORE_OK ){
    for(int r=0; r<t->nRow; r++){
      const Cell *pCode = table_cell(t, r, 0), *pName = table_cell(t, r, 1);
      if( !report_has_part(p, pCode->z) ) continue;
      sb_printf(&s, "%s%s (%s)", s.n ? ", " : "", pName->z ? pName->z : "", pCode->z ? pCode->z : "");
    }
  }
  table_free(t);
  return sb_take(&s);
}

void report_opts_init(ReportOpts *o, int nPart, char **azPart, const char *zLang, int bProgramme){
  const char *zToday = getenv("SYNERGIST_TODAY");
  int iFixed;
  memset(o, 0, sizeof(*o));
  o->nPart = nPart; o->azPart = azPart;
  o->zLang = zLang;
  o->iToday = date_today();
  o->bTodayFixed = zToday && date_parse(zToday, &iFixed);
  o->bProgramme = bProgramme;
}

/* The table of contents (not printed: the print style hides it). */
static void report_toc(ReportCtx *p, const ReportSection *const *aSec, int nSec){
  html_printf(p->pOut, "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">%h</h2>\n<ol>\n",
              _("Contents"));
  for(int i=0; i<nSec; i++){
    html_printf(p->pOut, "<li><a href=\"#%t\">%h</a></li>\n", aSec[i]->zId, _(aSec[i]->zTitle));
  }
  sb_puts(p->pOut, "</ol>\n</nav>\n");
}

/* The table of contents and the sections; with bMain the <main> element
** opens after the table of contents (or before the briefing, which comes
** first and is followed by the table of contents). */
static int report_body(ReportCtx *p, int bMain){
  const ReportSection *const *aSec;
  int nSec = report_sections(p->pOpts, &aSec);
  int bBriefFirst = nSec>1 && aSec[0]==&sec_briefing;
  if( !bBriefFirst ) report_toc(p, aSec, nSec);
  if( bMain ) sb_puts(p->pOut, "<main>\n");
  int rc = STORE_OK;
  for(int i=0; i<nSec && rc==STORE_OK; i++){
    const ReportSection *s = aSec[i];
    if( i==1 && bBriefFirst ) report_toc(p, aSec, nSec);
    html_printf(p->pOut, "<section class=\"report-section\" id=\"%t\" aria-labelledby=\"%t-h\">\n<h2 id=\"%t-h\">%h</h2>\n",
                s->zId, s->zId, s->zId, _(s->zTitle));
    rc = s->xHtml(p);
    sb_puts(p->pOut, "</section>\n");
  }
  return rc;
}

int report_body_html(Store *pStore, const ReportOpts *pOpts, Sb *pOut){
  ReportCtx ctx = { pStore, pOpts, pOut, 0, NULL };
  int rc = report_body(&ctx, 0);
  report_ctx_done(&ctx);
  return rc;
}

int report_html(Store *pStore, const ReportOpts *pOpts, Sb *pOut){
  ReportCtx ctx = { pStore, pOpts, pOut, 0, NULL };
  int bHeld = store_read_hold(pStore);    /* one snapshot, the file checked once */
  char zToday[16];
  date_format(pOpts->iToday, zToday);
  const char *zCss = builtin_text("data/report/report.css", NULL);
  char *zParts = pOpts->bProgramme ? NULL : cover_partnerships(&ctx);
  if( pOpts->bProgramme ){
    Table *t = table_newc(NULL, "code,name,members,current,meetings,events");
    int nP = st_partnership_list(pStore, t)==STORE_OK ? t->nRow : 0;
    table_free(t);
    zParts = i18n_asprintf(ngettext("Programme overview: %d partnership", "Programme overview: %d partnerships",
                                    (unsigned long)nP), nP);
  }
  html_printf(pOut,
    "<!DOCTYPE html>\n<html lang=\"%t\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
    "<meta name=\"generator\" content=\"synergist %h\">\n"
    "<title>%h%h%h</title>\n<style>\n%s</style>\n</head>\n<body>\n<div class=\"page\">\n",
    pOpts->zLang, SYNERGIST_VERSION, zParts[0] ? zParts : "", zParts[0] ? " \xe2\x80\x94 " : "",
    _("Partnership synergy report"), zCss ? zCss : "");
  html_printf(pOut,
    "<header class=\"cover\">\n<p class=\"kicker\">%h</p>\n<h1 id=\"top\">%h</h1>\n"
    "<p class=\"lead\">%h</p>\n<p class=\"meta\">%h %h</p>\n</header>\n",
    _("Evaluating collaboration in health partnerships"), _("Partnership synergy report"),
    zParts[0] ? zParts : _("No partnership has been recorded yet."),
    _("Report date:"), zToday);
  if( pOpts->zHome ) html_printf(pOut, "<p class=\"home\"><a href=\"%h\">%h</a></p>\n", pOpts->zHome, _("Programme overview"));
  free(zParts);
  int rc = report_body(&ctx, 1);
  html_printf(pOut, "</main>\n<footer>\n<p>%h synergist %h, %h. %h</p>\n</footer>\n</div>\n</body>\n</html>\n",
              _("Written by"), SYNERGIST_VERSION, zToday,
              _("Members are shown by pseudonymous identifiers; small groups are suppressed."));
  report_ctx_done(&ctx);
  store_read_release(pStore, bHeld);
  return rc;
}

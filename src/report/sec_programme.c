/*
** sec_programme.c: the programme overview (report --programme): the
** distribution of synergy across partnerships per wave (a box plot with
** n, the extremes and the quartiles, or dots for a few partnerships), the struggling partnerships with their main finding (at
** most MAX_STRUGGLING, then a line saying how many more), the
** portfolio (bands, trends, response rates, members, sectors) and the
** sector mix. One diagnosis of the whole study serves every part.
** Exports sec_programme.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "diagnose/portfolio.h"
#include "diagnose/score_text.h"
#include "report/chart.h"
#include "report/finding_text.h"
#include "report/section.h"
#include "store/st_roster.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define MAX_STRUGGLING 20

static int cmp_dbl(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return (x>y) - (x<y);
}

/* Quantile q of the sorted a[0..n) (linear interpolation, R's type 7). */
static double quantile(const double *a, int n, double q){
  if( n==0 ) return NAN;
  double h = (n-1)*q;
  int i = (int)floor(h);
  return i+1<n ? a[i] + (h-i)*(a[i+1]-a[i]) : a[i];
}

/* Below this many partnerships a wave shows each one's synergy as a dot:
** quartiles of two or three values would be invented. */
#define SPREAD_BOX_MIN 5

/* The spread of the partnerships' synergy means per wave (suppressed
** groups left out): the number of partnerships, the lowest and highest,
** the quartiles as a box (or every partnership as a dot when fewer than
** SPREAD_BOX_MIN); a wave nobody has answered yet (just opened) has no row. */
static void synergy_distribution(ReportCtx *p, const DiagStudy *d){
  const ScoreSet *s = d->pScore;
  int iSyn = s ? instrument_scale_index(s->pInst, "synergy") : -1;
  if( iSyn<0 ){
    report_no_data(p, _("No partnership's synergy has been scored from member surveys."),
                   "synergist response import FILE --instrument psf");
    return;
  }
  double *aM = xcalloc((size_t)s->nWave*(size_t)s->nGroup+1, sizeof(double));
  SpreadRow *aRow = xcalloc((size_t)s->nWave+1, sizeof(SpreadRow));
  int nRow = 0, nUsed = 0, bPoints = 0;
  for(int w=0; w<s->nWave; w++){
    double *a = aM + nUsed;
    int n = 0;
    for(int g=0; g<s->nGroup; g++){
      const ScoreGroup *G = &s->aGroup[g];
      if( G->iPart<0 || G->iWave!=w || G->bSuppressed ) continue;
      double m = score_stat(s, g, iSyn)->mean;
      if( !isnan(m) ) a[n++] = m;
    }
    if( n==0 ) continue;
    qsort(a, (size_t)n, sizeof(double), cmp_dbl);
    SpreadRow *r = &aRow[nRow++];
    r->zName = s->azWave[w];
    r->n = n; r->aVal = a;
    r->q1 = quantile(a, n, 0.25); r->med = quantile(a, n, 0.5); r->q3 = quantile(a, n, 0.75);
    r->zNote = i18n_asprintf("n = %d", n);
    if( n<SPREAD_BOX_MIN ) bPoints = 1;
    nUsed += n;
  }
  SpreadChart c = { report_chart_id(p), _("Synergy across partnerships by wave"),
                    _("For each wave, the number of partnerships with synergy shown (n), the lowest and highest "
                      "partnership's mean synergy and, with five partnerships or more, the lower quartile, median "
                      "and upper quartile; with fewer, each partnership's mean."),
                    _("synergy (1-5)"), 1, 5, 1, 2, SPREAD_BOX_MIN,
                    { _("lower quartile"), _("median"), _("upper quartile") }, nRow, aRow };
  sb_puts(p->pOut, "<figure>\n");
  chart_spread(p->pOut, &c);
  html_printf(p->pOut, "<figcaption>%h</figcaption>\n",
              bPoints ? _("Each dot is a partnership's mean synergy in that wave (fewer than five partnerships: "
                          "no quartiles); n: partnerships with synergy shown, those withheld for confidentiality left out.")
                      : _("The line runs from the lowest to the highest partnership (dots), the box holds the middle "
                          "half (lower to upper quartile), the thick line is the median; n: partnerships with synergy "
                          "shown, those withheld for confidentiality left out."));
  sb_puts(p->pOut, "</figure>\n");
  for(int r=0; r<nRow; r++) free((char*)aRow[r].zNote);
  free(aRow); free(aM);
}

/* The link to partnership zP's own report (report --each), or NULL. */
static const char *part_href(const ReportCtx *p, const char *zP){
  for(int i=0; i<p->pOpts->nLink; i++){
    if( strcmp(p->pOpts->azLinkCode[i], zP)==0 ) return p->pOpts->azLinkHref[i];
  }
  return NULL;
}

/* Partnership zP, as a link to its report when there is one. */
static void part_name(ReportCtx *p, const char *zP){
  const char *zHref = part_href(p, zP);
  if( zHref ) html_printf(p->pOut, "<a href=\"%h\">%h</a>", zHref, zP);
  else html_printf(p->pOut, "%h", zP);
}

/* The struggling partnerships (open concerns) with their main finding: the
** open one that weighs most (finding_cmp_weight(): the most severe, then
** by kind, then of one kind the largest magnitude), the same in every
** language. */
static void struggling(ReportCtx *p, const DiagStudy *d, const Findings *pF, const Table *pPort){
  const Finding **aMain = xcalloc((size_t)d->nPart+1, sizeof(Finding*));
  for(int i=0; i<pF->n; i++){
    const Finding *f = &pF->a[i];
    int k = diag_part_index(d, f->zPartnership);
    if( k<0 || !f->bOpen ) continue;
    if( !aMain[k] || finding_cmp_weight(f, aMain[k])<0 ) aMain[k] = f;
  }
  int nShown = 0, nStruggling = 0, iConcern = table_col(pPort, "concerns");
  while( nStruggling<pPort->nRow && table_cell(pPort, nStruggling, iConcern)->i>0 ) nStruggling++;   /* struggling first */
  for(int r=0; r<nStruggling && nShown<MAX_STRUGGLING; r++){
    const char *zP = table_cell(pPort, r, 0)->z;
    int k = diag_part_index(d, zP);
    const Finding *f = k>=0 ? aMain[k] : NULL;
    if( nShown==0 ) html_printf(p->pOut, "<h3>%h</h3>\n<ul class=\"struggling\">\n", _("Struggling partnerships"));
    if( f ) html_printf(p->pOut, "<li class=\"sev-%h\" data-kind=\"%h\"><strong>", severity_name(f->eSev), f->zKind);
    else sb_puts(p->pOut, "<li><strong>");
    part_name(p, zP);
    sb_puts(p->pOut, "</strong>");
    if( f ){
      /* As the briefing tells it: a plain title and sentence; the rule,
      ** figures and evidence folded. */
      const char *zSep = C_("separator", ": ");
      char *zPlain = finding_plain(f, 1);
      html_printf(p->pOut, "%h<span class=\"finding-title\">%h</span>%h%h\n", zSep, finding_title(f->zKind),
                  zSep, zPlain);
      free(zPlain);
      int iFirst = 0, nOf = findings_of(pF, f->zPartnership, &iFirst);
      FindingSee see = { finding_number(pF->a + iFirst, nOf, f), p->pOpts->zWorkbook };
      finding_details_html(p->pOut, f, &see);
    }
    sb_puts(p->pOut, "</li>\n");
    nShown++;
  }
  if( nShown ) sb_puts(p->pOut, "</ul>\n");
  else html_printf(p->pOut, "<p>%h</p>\n", _("No partnership has an open concern."));
  if( nStruggling>nShown ){
    /* The list stops at MAX_STRUGGLING: say so, and where the rest are. */
    char *z = i18n_asprintf(ngettext("%d more partnership has open concerns: the programme portfolio below lists "
                                     "it with the others, struggling partnerships first.",
                                     "%d more partnerships have open concerns: the programme portfolio below lists "
                                     "them with the others, struggling partnerships first.",
                                     (unsigned long)(nStruggling-nShown)), nStruggling-nShown);
    html_printf(p->pOut, "<p class=\"struggling-more\">%h</p>\n", z);
    free(z);
  }
  free(aMain);
}

/* A portfolio row's heading: the partnership's code, a link to its page
** in report --each, and its name under it (names are no personal data:
** the report's cover names its partnerships too). */
typedef struct RowNames { ReportCtx *p; Table *pNames; } RowNames;
static void part_row_head(void *pArg, Sb *o, const char *zP){
  RowNames *x = pArg;
  part_name(x->p, zP);
  for(int r=0; x->pNames && zP && r<x->pNames->nRow; r++){
    const Cell *pCode = table_cell(x->pNames, r, 0), *pName = table_cell(x->pNames, r, 1);
    if( pCode->z && strcmp(pCode->z, zP)==0 ){
      if( pName->z && pName->z[0] ) html_printf(o, "<br><span class=\"part-name\">%h</span>", pName->z);
      break;
    }
  }
}

void report_portfolio(ReportCtx *p, const Table *pWords, const Table *pSect){
  const char *azPort[] = { _("Partnership"), _("Wave"), _("Synergy"), _("Band"), _("Trend"),
                           /* TRANSLATORS: a column heading of a ten-column table that must fit a printed
                           ** A4 page: a long word may carry a soft hyphen (U+00AD) where it may break. */
                           _("Open concerns"),
                           /* TRANSLATORS: as "Open concerns". */
                           _("Open warnings"),
                           /* TRANSLATORS: a heading over "94% of 16": answers of the members present when the wave opened. */
                           _("Response rate"),
                           /* TRANSLATORS: the members on the report's day, not when the wave opened. */
                           _("Members now"), _("Sectors") };
  const char *azSect[] = { _("Measure"), _("Partnerships"), _("Of"), _("Percent"),
                           /* TRANSLATORS: the same count in the 2024 study of 255 partnerships. */
                           _("Of 255 (2024 study)") };
  Table *t = report_select(p, pWords, 0, NULL, NULL);
  RowNames x = { p, table_newc(NULL, "code,name,members,current,meetings,events") };
  if( st_partnership_list(p->pStore, x.pNames) ){ table_free(x.pNames); x.pNames = NULL; }
  report_table_rows(p, t, _("Programme portfolio (struggling partnerships first)"), azPort, part_row_head, &x);
  table_free(x.pNames);
  table_free(t);
  if( pSect ) report_table(p, pSect, _("Sector mix (nonprofit, industry, government)"), azSect);
}

/* The study diagnosed once, with its findings and portfolio tables (the
** diagnosis and findings shared by report --each, or owned here); the
** portfolio in form eForm. */
typedef struct ProgData { DiagStudy *d; const Findings *pF; Table *pPort, *pSect; int bOwn; } ProgData;

static int prog_load(ReportCtx *p, ProgData *g, PfForm eForm){
  memset(g, 0, sizeof(*g));
  if( p->pOpts->pDiag && p->pOpts->pFindings ){
    g->d = p->pOpts->pDiag;
    g->pF = p->pOpts->pFindings;
    g->pPort = portfolio_table(g->d, g->pF, eForm);
    g->pSect = portfolio_sectors(g->d);
    return STORE_OK;
  }
  g->bOwn = 1;
  DiagnoseOptions o = {0};
  o.iAsOf = p->pOpts->iToday;
  Err err = ERR_INIT;
  g->d = diag_study_load(p->pStore, &o, &err);
  err_clear(&err);
  if( !g->d ) return STORE_ERROR;
  g->pF = diag_study_findings(g->d, p->pStore, NULL, 0);
  g->pPort = portfolio_table(g->d, g->pF, eForm);
  g->pSect = portfolio_sectors(g->d);
  return STORE_OK;
}

static void prog_free(ProgData *g){
  table_free(g->pPort); table_free(g->pSect);
  if( g->bOwn ){
    findings_free((Findings*)g->pF);
    diag_study_free(g->d);
  }
}

/* Links to every partnership's own report (report --each). */
static void report_links(ReportCtx *p){
  if( p->pOpts->nLink==0 ) return;
  html_printf(p->pOut, "<h3>%h</h3>\n<ul class=\"part-reports\">\n", _("Each partnership's report"));
  for(int i=0; i<p->pOpts->nLink; i++){
    html_printf(p->pOut, "<li><a href=\"%h\">%h</a></li>\n", p->pOpts->azLinkHref[i], p->pOpts->azLinkCode[i]);
  }
  sb_puts(p->pOut, "</ul>\n");
}

static int programme_html(ReportCtx *p){
  ProgData g;
  if( prog_load(p, &g, PF_WORDS) ) return STORE_ERROR;
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Where the programme's partnerships stand: how synergy is spread across them in each wave, which "
      "partnerships struggle and why, and every partnership on one line, struggling ones first."));
  synergy_distribution(p, g.d);
  struggling(p, g.d, g.pF, g.pPort);
  report_portfolio(p, g.pPort, g.pSect);
  report_links(p);
  if( p->pOpts->zWorkbook ){
    html_printf(p->pOut, "<p class=\"workbook\"><a href=\"%h\">%h</a> %h</p>\n", p->pOpts->zWorkbook,
                _("The workbook"), _("has these tables and every finding with all its evidence."));
  }
  prog_free(&g);
  return STORE_OK;
}

/* The portfolio's trend column (PF_FIGURES: rise, fall, steady) in the
** words of the page ("\xe2\x86\x92 about the same (-0.03)", trend_short()
** with its arrow), for a reader of the workbook; the signed change stays
** a number in its own column. */
static void trend_words(Table *t){
  int iTrend = table_col(t, "trend"), iChange = table_col(t, "change");
  if( iTrend<0 || iChange<0 ) return;
  static const PfTrend aE[] = { PF_UP, PF_DOWN, PF_SAME };
  for(int r=0; r<t->nRow; r++){
    const Cell *pCode = table_cell(t, r, iTrend), *pChg = table_cell(t, r, iChange);
    if( !pCode->z || pChg->t!=CELL_REAL ) continue;
    for(size_t k=0; k<sizeof(aE)/sizeof(aE[0]); k++){
      if( strcmp(pCode->z, trend_code(aE[k]))!=0 ) continue;
      char *zShort = trend_short(aE[k], pChg->r);
      char *z = xasprintf("%s %s", trend_arrow(aE[k]), zShort);
      table_text(t, r, iTrend, z);
      free(z); free(zShort);
      break;
    }
  }
}

static int programme_tables(ReportCtx *p, ReportTables *pT){
  ProgData g;
  if( prog_load(p, &g, PF_FIGURES) ) return STORE_ERROR;
  trend_words(g.pPort);
  /* sheet names: the machine names of portfolio --format csv --table */
  free(g.pPort->zTitle); g.pPort->zTitle = xstrdup("portfolio");
  free(g.pSect->zTitle); g.pSect->zTitle = xstrdup("sectors");
  report_tables_add(pT, g.pPort); g.pPort = NULL;
  report_tables_add(pT, g.pSect); g.pSect = NULL;
  /* The programme's own workbook holds the findings the overview shows,
  ** with every piece of evidence; a workbook of the partnership sections
  ** (report --each) has them from the findings section. */
  if( p->pOpts->bProgramme ) report_findings_sheets(p, g.pF, pT);
  prog_free(&g);
  return STORE_OK;
}

const ReportSection sec_programme = { "programme", N_("Programme overview"), programme_html, programme_tables };

/*
** sec_scores.c: synergy and determinant scores by wave, as line charts with
** 95% confidence bands, the interpretation bands shaded and the timeline's
** events marked: one chart of synergy for every partnership, one chart per
** partnership of its enabling processes, then a table of the scores.
** Suppressed groups (too few answers) never appear. Exports sec_scores.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/score_text.h"
#include "report/chart.h"
#include "report/report_data.h"
#include "report/section.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The main determinants charted per partnership: the enabling processes. */
static const char *const azDeterminant[] = { "interpersonal", "operational", "system" };
#define N_DETERMINANT ((int)(sizeof(azDeterminant)/sizeof(azDeterminant[0])))

/* One series of scale iScale for partnership zPart (borrowed code) over the
** waves: points at the days its waves opened, unsuppressed groups only.
** The arrays are the caller's (free with series_free). */
static void series_fill(ReportCtx *p, const ScoreSet *s, const char *zPart, int iScale,
                        const char *zName, ChartSeries *pS){
  int nG;
  const int *aG = report_part_groups(p, s, zPart, &nG);
  int *aX = xcalloc((size_t)nG+1, sizeof(int));
  double *aY = xcalloc((size_t)nG+1, sizeof(double));
  double *aLo = xcalloc((size_t)nG+1, sizeof(double));
  double *aHi = xcalloc((size_t)nG+1, sizeof(double));
  int n = 0;
  for(int k=0; k<nG; k++){
    int g = aG[k];
    const ScoreGroup *pG = &s->aGroup[g];
    if( pG->bSuppressed ) continue;
    const ScaleStat *st = score_stat(s, g, iScale);
    int d = report_wave_day(p, zPart, s->azWave[pG->iWave]);
    if( st->n==0 || d==0 ) continue;
    aX[n] = d; aY[n] = st->mean; aLo[n] = st->ciLow; aHi[n] = st->ciHigh;
    n++;
  }
  pS->zName = zName; pS->nPoint = n;
  pS->aX = aX; pS->aY = aY; pS->aLow = aLo; pS->aHigh = aHi;
}
static void series_free(ChartSeries *a, int n){
  for(int i=0; i<n; i++){
    free((void*)a[i].aX); free((void*)a[i].aY); free((void*)a[i].aLow); free((void*)a[i].aHigh);
  }
  free(a);
}

/* Draw a line chart of nS series on the 1-5 axis inside a <figure>. */
static void score_chart(ReportCtx *p, const char *zTitle, const char *zDesc, const char *zCaption,
                        ChartSeries *aS, int nS, const ChartMark *aMark, int nMark){
  int nPoint = 0;
  for(int i=0; i<nS; i++) nPoint += aS[i].nPoint;
  if( nPoint==0 ) return;
  TimeChart c = { report_chart_id(p), zTitle, zDesc, _("score (1-5)"), 1.0, 5.0, 1, 0,
                  nS, aS, nMark, aMark };
  sb_puts(p->pOut, "<figure>\n");
  chart_line(p->pOut, &c);
  html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n", zCaption);
}

/* Synergy of every partnership of the report, one series each. */
static int synergy_chart(ReportCtx *p, const ScoreSet *s, int iSyn){
  ChartMark *aMark; int nMark;
  if( report_marks(p, NULL, &aMark, &nMark) ) return STORE_ERROR;
  ChartSeries *aS = xcalloc((size_t)s->nPart+1, sizeof(ChartSeries));
  int nS = 0, iLo, iHi;
  report_part_range(p, s, &iLo, &iHi);
  for(int i=iLo; i<iHi; i++){
    if( !report_has_part(p, s->azPart[i]) ) continue;
    series_fill(p, s, s->azPart[i], iSyn, s->azPart[i], &aS[nS++]);
  }
  score_chart(p, _("Partnership synergy by wave"),
    /* xgettext:no-c-format */
    _("Mean synergy score of each partnership at each survey wave with its 95% confidence "
      "interval; shaded bands show concern, work and strength; numbered markers are events."),
    _("Figure: partnership synergy by wave."), aS, nS, aMark, nMark);
  series_free(aS, nS);
  report_marks_free(aMark, nMark);
  return STORE_OK;
}

/* The enabling processes of partnership zPart, one series per scale. */
static int determinant_chart(ReportCtx *p, const ScoreSet *s, const char *zPart){
  ChartMark *aMark; int nMark;
  if( report_marks(p, zPart, &aMark, &nMark) ) return STORE_ERROR;
  ChartSeries *aS = xcalloc(N_DETERMINANT+1, sizeof(ChartSeries));
  int nS = 0;
  for(int k=0; k<N_DETERMINANT; k++){
    int iScale = instrument_scale_index(s->pInst, azDeterminant[k]);
    if( iScale<0 ) continue;
    const char *zLabel = inst_text(&s->pInst->aScale[iScale].label, p->pOpts->zLang);
    series_fill(p, s, zPart, iScale, zLabel ? zLabel : azDeterminant[k], &aS[nS++]);
  }
  char *zTitle = xasprintf(_("Enabling processes of %s by wave"), zPart);
  char *zCap = xasprintf(_("Figure: enabling processes of %s by wave."), zPart);
  score_chart(p, zTitle,
    /* xgettext:no-c-format */
    _("Mean scores of the interpersonal, operational and system-level enabling processes at "
      "each survey wave with 95% confidence intervals; numbered markers are events."),
    zCap, aS, nS, aMark, nMark);
  free(zTitle); free(zCap);
  series_free(aS, nS);
  report_marks_free(aMark, nMark);
  return STORE_OK;
}

#define SCORES_COLS "partnership,wave,scale,n,mean,ci_low,ci_high,alpha,band"

/* Append to t the rows SCORES_COLS of synergy and the charted
** determinants of groups aG[0..nG) of s, unsuppressed ones only; returns
** the number of suppressed groups among them. */
static int scores_rows(Table *t, const ScoreSet *s, const int *aG, int nG){
  int nSupp = 0;
  for(int k=0; k<nG; k++){
    int g = aG[k];
    const ScoreGroup *pG = &s->aGroup[g];
    const char *zPart = score_group_part(s, g);
    if( pG->bSuppressed ){ nSupp++; continue; }
    for(int k=-1; k<N_DETERMINANT; k++){
      int iScale = instrument_scale_index(s->pInst, k<0 ? "synergy" : azDeterminant[k]);
      if( iScale<0 ) continue;
      const ScaleStat *st = score_stat(s, g, iScale);
      if( st->n==0 ) continue;
      int r = table_row(t);
      table_text(t, r, 0, zPart);
      table_text(t, r, 1, s->azWave[pG->iWave]);
      table_text(t, r, 2, s->pInst->aScale[iScale].zId);
      table_int(t, r, 3, st->n);
      table_real(t, r, 4, st->mean, 2);
      table_real(t, r, 5, st->ciLow, 2);
      table_real(t, r, 6, st->ciHigh, 2);
      table_real(t, r, 7, st->alpha, 2);
      table_text(t, r, 8, st->zBand);
    }
  }
  return nSupp;
}

/* The scores table of the report's groups (SCORES_COLS). Caller frees.
** *pnSupp gets the number of suppressed groups of the report's partnerships. */
static Table *scores_table(ReportCtx *p, const ScoreSet *s, int *pnSupp){
  Table *t = table_newc("scores", SCORES_COLS);
  int nG;
  int *aG = report_groups(p, s, &nG);
  *pnSupp = scores_rows(t, s, aG, nG);
  free(aG);
  return t;
}

static int scores_html(ReportCtx *p){
  html_printf(p->pOut, "<p>%h</p>\n",
    /* xgettext:no-c-format */
    _("Mean scores of each scale at each survey wave, with 95% confidence intervals. "
      "Shaded bands show how a score is read; numbered markers are events of the timeline."));
  const ScoreSet *s = report_score_set(p);
  int iSyn = s ? instrument_scale_index(s->pInst, "synergy") : -1;
  int nSupp = 0;
  Table *t = iSyn>=0 ? scores_table(p, s, &nSupp) : NULL;
  if( t && t->nRow==0 && nSupp>0 ){
    report_withheld(p, s->opts.nSuppressMin);
    table_free(t);
    return STORE_OK;
  }
  if( !t || t->nRow==0 ){
    report_no_data(p, _("No survey wave has been scored."), "synergist response import FILE --instrument psf");
    table_free(t);
    return STORE_OK;
  }
  int rc = synergy_chart(p, s, iSyn), iLo, iHi;
  report_part_range(p, s, &iLo, &iHi);
  for(int i=iLo; rc==STORE_OK && i<iHi; i++){
    if( report_has_part(p, s->azPart[i]) ) rc = determinant_chart(p, s, s->azPart[i]);
  }
  /* In the page's language: each scale by its label, each band in words
  ** (the workbook keeps the ids). */
  for(int r=0; r<t->nRow; r++){
    int iScale = instrument_scale_index(s->pInst, table_cell(t, r, 2)->z);
    const char *zLabel = iScale>=0 ? inst_text(&s->pInst->aScale[iScale].label, p->pOpts->zLang) : NULL;
    if( zLabel ) table_text(t, r, 2, zLabel);
    const Cell *pBand = table_cell(t, r, 8);
    const char *zBand = pBand->t==CELL_TEXT ? score_band_words(pBand->z) : NULL;
    if( zBand && zBand!=pBand->z ) table_text(t, r, 8, zBand);
  }
  const char *azHead[] = { _("Partnership"), _("Wave"), _("Scale"), _("Respondents"), _("Mean"),
                           /* xgettext:no-c-format */
                           _("95% CI low"),
                           /* xgettext:no-c-format */
                           _("95% CI high"), _("Alpha"), _("Band") };
  report_table_fold(p, t, _("Synergy and enabling processes by wave"), azHead);
  if( nSupp>0 ){
    html_printf(p->pOut, "<p class=\"suppression\">%h</p>\n",
      _("Suppression was applied: groups with too few answers to keep them confidential are not shown."));
  }
  table_free(t);
  return rc;
}

/* Sheet scores in parts of at most this many groups, one after another
** (the workbook appends tables of one title to one sheet), so that report
** --each's workbook, which writes each table as it comes, never holds the
** rows of a whole programme. */
#define SCORES_PART 1000

static int scores_tables(ReportCtx *p, ReportTables *pList){
  const ScoreSet *s = report_score_set(p);
  if( !s ) return STORE_OK;
  int nG;
  int *aG = report_groups(p, s, &nG);
  int k = 0;
  do{
    int n = nG-k < SCORES_PART ? nG-k : SCORES_PART;
    Table *t = table_newc("scores", SCORES_COLS);
    scores_rows(t, s, aG+k, n);
    report_tables_add(pList, t);
    k += n;
  }while( k<nG );
  free(aG);
  return STORE_OK;
}

const ReportSection sec_scores = { "scores", N_("Synergy and determinant scores by wave"), scores_html, scores_tables };

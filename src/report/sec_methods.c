/*
** sec_methods.c: how the evidence was gathered: the survey instruments,
** the waves with their responses, the reliability of the scales (Cronbach's
** alpha and rwg(j) of the pooled group of each wave, ICC(1) and ICC(2)
** across partnerships) and the suppression of small groups. Exports
** sec_methods.
*/
#include <stdlib.h>
#include <string.h>
#include "diagnose/diagnose.h"
#include "report/report_data.h"
#include "report/section.h"
#include "store/st_survey.h"
#include "survey/survey.h"
#include "util/i18n.h"

/* The waves of the report's partnerships (a new table "waves", caller
** frees; NULL on a store error): partnership, wave, opens, closes,
** members_present (the members present when the wave opened, from the
** diagnosis's roster: the denominator of the briefing's and the
** portfolio's response rate), responses, response_rate (responses over
** members_present; with bWords "94%" as the page writes it, else a
** fraction) and, only when any invitation token was issued for a wave of
** the report, tokens. */
static Table *waves_table(ReportCtx *p, int bWords){
  Table *t = table_newc(NULL, "partnership,wave,opens,closes,tokens,responses");
  if( st_wave_list(p->pStore, report_only_part(p), t) ){ table_free(t); return NULL; }
  Table *pSel = report_select(p, t, 0, NULL, NULL);
  table_free(t);
  Table *pAll = table_newc(NULL, "partnership,wave,opens,closes,members_present,responses,response_rate,tokens");
  const ReportDiag *g = report_diag(p);
  int bTokens = 0;
  for(int r=0; r<pSel->nRow; r++){
    int o = table_row(pAll);
    for(int c=0; c<4; c++){
      char *z = table_cell_str(pSel, r, c);
      table_text(pAll, o, c, z);
      free(z);
    }
    const Cell *pOpens = table_cell(pSel, r, 2), *pP = table_cell(pSel, r, 0);
    int64_t nTok = table_cell(pSel, r, 4)->i, nResp = table_cell(pSel, r, 5)->i;
    /* counted in the partnership's own slice of the roster, which in
    ** report --each's shared diagnosis is the whole programme's */
    int iPart = g && pOpens->z && pP->z ? diag_part_index(g->d, pP->z) : -1;
    int nPresent = 0;
    if( iPart>=0 ){
      DiagPart q;
      diag_part(g->d, iPart, &q);
      nPresent = diag_present_count(&q.roster, pP->z, diag_day(pOpens->z, 0));
    }
    if( nPresent>0 ) table_int(pAll, o, 4, nPresent);
    table_int(pAll, o, 5, nResp);
    if( nPresent>0 ){
      double rRate = (double)nResp/nPresent;
      if( bWords ){
        char *z = i18n_asprintf("%.0f%%", 100.0*rRate);
        table_text(pAll, o, 6, z);
        free(z);
      }else table_real(pAll, o, 6, rRate, 2);
    }
    table_int(pAll, o, 7, nTok);
    if( nTok>0 ) bTokens = 1;
  }
  table_free(pSel);
  Table *pOut = report_select(p, pAll, -1, bTokens ? NULL
                              : "partnership,wave,opens,closes,members_present,responses,response_rate", "waves");
  table_free(pAll);
  return pOut;
}

/* The scales whose reliability is reported: synergy, its manifestations
** and the enabling processes. */
static const char *const azRel[] = { "synergy", "resource_integration", "atmosphere", "benefits",
  "adaptation", "interpersonal", "operational", "system" };

/* wave,scale,n,alpha,rwg_j,groups,icc1,icc2 of each wave's pooled group,
** each scale by its label in the report's language.
** An ICC(2) below 0 (MSB < MSW: the partnerships' means differ less than
** their members' answers would by chance, as with two partnerships of
** nearly equal means) is the formula's correct value but no reliability:
** it is written "< 0" (docs/statistics.md). Caller frees. *pnSupp gets
** the number of suppressed groups. */
static Table *reliability_table(const ScoreSet *s, int *pnSupp){
  Table *t = table_newc("reliability", "wave,scale,n,alpha,rwg_j,groups,icc1,icc2");
  int nSupp = 0;
  for(int g=0; g<s->nGroup; g++){
    const ScoreGroup *pG = &s->aGroup[g];
    if( pG->bSuppressed ){ nSupp++; continue; }
    if( pG->iPart>=0 ) continue;
    for(int k=0; k<(int)(sizeof(azRel)/sizeof(azRel[0])); k++){
      int iScale = instrument_scale_index(s->pInst, azRel[k]);
      if( iScale<0 ) continue;
      const ScaleStat *st = score_stat(s, g, iScale);
      if( st->bSuppressed ) continue;
      int nGroups = 0, n = 0; double icc1, icc2;
      score_between(s, pG->iWave, iScale, &nGroups, &n, &icc1, &icc2, NULL);
      int r = table_row(t);
      table_text(t, r, 0, s->azWave[pG->iWave]);
      const char *zLabel = inst_text(&s->pInst->aScale[iScale].label, i18n_lang());
      table_text(t, r, 1, zLabel ? zLabel : azRel[k]);
      table_int(t, r, 2, st->n);
      table_real(t, r, 3, st->alpha, 2);
      table_real(t, r, 4, st->rwgj, 2);
      table_int(t, r, 5, nGroups);
      table_real(t, r, 6, icc1, 2);
      if( icc2<0.0 ) table_text(t, r, 7, "< 0");
      else table_real(t, r, 7, icc2, 2);
    }
  }
  *pnSupp = nSupp;
  return t;
}

/* The instruments of the study with their titles in the report's language
** (the same on every page of a run: kept in the run's memo, borrowed), or
** NULL on a store error. */
static Table *instruments_table(ReportCtx *p){
  ReportMemo *m = report_memo(p);
  if( m->pInstruments ) return m->pInstruments;
  Table *t = table_newc("instruments", "instrument,title,source,items,responses");
  if( st_instrument_list(p->pStore, t) ){ table_free(t); return NULL; }
  /* Titles in the report's language where the instrument has one, and
  ** "built-in" in it. */
  for(int r=0; r<t->nRow; r++){
    char *zCode = table_cell_str(t, r, 0);
    Instrument *pI = NULL; char *zErr = NULL; int64_t iId;
    if( survey_instrument_load(p->pStore, zCode, 0, &pI, &iId, &zErr)==STORE_OK ){
      table_text(t, r, 1, inst_text(&pI->title, i18n_lang()));
      instrument_free(pI);
    }
    const Cell *pSrc = table_cell(t, r, 2);
    if( pSrc->t==CELL_TEXT && strcmp(pSrc->z, "built-in")==0 ) table_text(t, r, 2, C_("instrument", "built-in"));
    free(zErr); free(zCode);
  }
  m->pInstruments = t;
  return t;
}

static int methods_html(ReportCtx *p){
  Sb *o = p->pOut;
  html_printf(o, "<h3>%h</h3>\n", _("Instruments"));
  Table *t = instruments_table(p);
  if( !t ) return STORE_ERROR;
  if( t->nRow==0 ) report_no_data(p, _("No survey instrument is in use."), "synergist instrument import");
  else{
    const char *azHead[] = { _("Instrument"), _("Title"), _("Source"), _("Items"), _("Responses") };
    report_table(p, t, _("Survey instruments"), azHead);
  }

  html_printf(o, "<h3>%h</h3>\n", _("Waves and response"));
  t = waves_table(p, 1);
  if( !t ) return STORE_ERROR;
  if( t->nRow==0 ) report_no_data(p, _("No survey wave has been opened."), "synergist wave add");
  else{
    const char *azHead[] = { _("Partnership"), _("Wave"), _("Opens"), _("Closes"),
                             /* TRANSLATORS: the members of the partnership on the day the wave opened. */
                             _("Members present"), _("Responses"), _("Response rate"),
                             /* TRANSLATORS: invitation links issued for the web survey (token issue). */
                             _("Invitation tokens") };
    report_table(p, t, _("Survey waves: responses over the members present when each wave opened"), azHead);
  }
  table_free(t);

  html_printf(o, "<h3>%h</h3>\n", _("Reliability"));
  const ScoreSet *s = report_score_set(p);
  int nSupp = 0;
  if( !s ){
    report_no_data(p, _("Cronbach's alpha, agreement within partnerships (rwg(j)) and ICC(1), ICC(2) "
                        "are reported once survey scores exist."), "synergist response import FILE --instrument psf");
  }else{
    html_printf(o, "<p>%h</p>\n",
      _("Scores use the built-in partnership synergy instrument. Alpha and rwg(j) are computed over "
        "all respondents of each wave; ICC(1) and ICC(2) show how much partnerships differ."));
    /* programme-wide (pooled groups, ICC across partnerships): made once per run */
    ReportMemo *m = report_memo(p);
    if( !m->pReliability ) m->pReliability = reliability_table(s, &m->nSuppressed);
    t = m->pReliability; nSupp = m->nSuppressed;
    const char *azHead[] = { _("Wave"), _("Scale"), _("Respondents"), _("Alpha"), _("rwg(j)"),
                             _("Partnerships"), _("ICC(1)"), _("ICC(2)") };
    report_table_fold(p, t, _("Reliability and agreement of the scales by wave"), azHead);
    int bNeg = 0;
    for(int r=0; r<t->nRow; r++) if( table_cell(t, r, 7)->t==CELL_TEXT ) bNeg = 1;
    if( bNeg ){
      html_printf(o, "<p>%h</p>\n",
        _("An ICC(2) below 0 is shown as \"< 0\": the partnerships' means differ less than their "
          "members' answers would by chance, so they are not reliable measures of the partnerships "
          "as groups."));
    }
  }

  html_printf(o, "<h3>%h</h3>\n<p>", _("Confidentiality"));
  html_printf(o, _("Results of groups with fewer than %d respondents are suppressed, so that no member "
                   "can be recognised from their answers. Members appear only by pseudonymous "
                   "identifiers."), report_setting_int(p, "suppress_min", 5));
  if( nSupp>0 ){
    sb_puts(o, " ");
    html_printf(o, _("Suppression was applied to %d group(s) of partnership and wave."), nSupp);
  }
  sb_puts(o, "</p>\n");
  return STORE_OK;
}

static int methods_tables(ReportCtx *p, ReportTables *pList){
  Table *t = waves_table(p, 0);
  if( !t ) return STORE_ERROR;
  report_tables_add(pList, t);
  return STORE_OK;
}

const ReportSection sec_methods = { "methods", N_("Methods"), methods_html, methods_tables };

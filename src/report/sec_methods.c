/*
** sec_methods.c: how the evidence was gathered: the survey instruments,
** the waves with their responses, the reliability of the scales (Cronbach's
** alpha, rwg(j), ICC, once scores exist) and the suppression of small
** groups. Exports sec_methods.
*/
#include <stdlib.h>
#include "report/section.h"
#include "store/st_survey.h"
#include "util/i18n.h"

/* Survey tables of the report: waves (partnership,wave,opens,closes,tokens,responses). */
static Table *waves_table(ReportCtx *p){
  Table *t = table_newc(NULL, "partnership,wave,opens,closes,tokens,responses");
  if( st_wave_list(p->pStore, NULL, t) ){ table_free(t); return NULL; }
  Table *pOut = report_select(p, t, 0, NULL, "waves");
  table_free(t);
  return pOut;
}

static int methods_html(ReportCtx *p){
  Sb *o = p->pOut;
  html_printf(o, "<h3>%h</h3>\n", _("Instruments"));
  Table *t = table_newc("instruments", "instrument,title,source,items,responses");
  if( st_instrument_list(p->pStore, t) ){ table_free(t); return STORE_ERROR; }
  if( t->nRow==0 ) report_no_data(p, _("No survey instrument is in use."), "synergist instrument import");
  else{
    const char *azHead[] = { _("Instrument"), _("Title"), _("Source"), _("Items"), _("Responses") };
    report_table(p, t, _("Survey instruments"), azHead);
  }
  table_free(t);

  html_printf(o, "<h3>%h</h3>\n", _("Waves and response"));
  t = waves_table(p);
  if( !t ) return STORE_ERROR;
  if( t->nRow==0 ) report_no_data(p, _("No survey wave has been opened."), "synergist wave add");
  else{
    const char *azHead[] = { _("Partnership"), _("Wave"), _("Opens"), _("Closes"), _("Invited"), _("Responses") };
    report_table(p, t, _("Survey waves with invitations and responses"), azHead);
  }
  table_free(t);

  html_printf(o, "<h3>%h</h3>\n", _("Reliability"));
  report_no_data(p, _("Cronbach's alpha, agreement within partnerships (rwg(j)) and ICC(1), ICC(2) "
                      "are reported once survey scores exist."), "synergist score scale");

  html_printf(o, "<h3>%h</h3>\n<p>", _("Confidentiality"));
  html_printf(o, _("Results of groups with fewer than %d respondents are suppressed, so that no member "
                   "can be recognised from their answers. Members appear only by pseudonymous "
                   "identifiers."), report_setting_int(p, "suppress_min", 5));
  sb_puts(o, "</p>\n");
  return STORE_OK;
}

static int methods_tables(ReportCtx *p, ReportTables *pList){
  Table *t = waves_table(p);
  if( !t ) return STORE_ERROR;
  report_tables_add(pList, t);
  return STORE_OK;
}

const ReportSection sec_methods = { "methods", N_("Methods"), methods_html, methods_tables };

/*
** page_dash.c: the dashboards of the workspace, for every signed-in user
** (viewers included) and only over their partnerships:
**   GET /programme                        the portfolio (struggling
**       partnerships first: band, trend, open findings, response rate,
**       sectors) from portfolio_table(), in the words of `synergist
**       portfolio` and of the report (report_portfolio()); the sector mix
**       for users who see every partnership
**   GET /partnership/{p}                  the report's sections drawn live
**       by report_body_html() (the code of `synergist report`): scores,
**       findings with their evidence and suggested actions, ...
**   GET /partnership/{p}/report.html?in=en|fr   the report to download
**   GET /partnership/{p}/report.xlsx?in=en|fr   its workbook
**   GET /report.css                       the report's stylesheet
** The tables are written by the report's own helpers (report_select,
** report_table), so they look and read as in the report.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "diagnose/diagnose.h"
#include "diagnose/portfolio.h"
#include "diagnose/score_text.h"
#include "report/report.h"
#include "report/section.h"
#include "serve/auth.h"
#include "roster/roster.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Report options over the partnerships the signed-in user may see (all:
** nPart 0). Caller frees o->azPart (not its strings, borrowed from u). */
static void user_report_opts(SvReq *r, ReportOpts *o, int bProgramme){
  const User *u = sv_user(r);
  report_opts_init(o, 0, NULL, r->bFr ? "fr" : "en", bProgramme);
  if( !u->bAll ){
    o->azPart = xcalloc((size_t)u->nPart+1, sizeof(char*));
    for(int i=0; i<u->nPart; i++) o->azPart[i] = u->azPart[i];
    o->nPart = u->nPart;
  }
}

/* The name of partnership zCode from a partnership list (code,name,...). */
static const char *part_name(const Table *t, const char *zCode){
  for(int i=0; t && i<t->nRow; i++){
    const Cell *c = table_cell(t, i, 0);
    if( c->z && strcmp(c->z, zCode)==0 ) return table_cell(t, i, 1)->z;
  }
  return NULL;
}

/* code,name,members,current,meetings,events of every partnership, or
** NULL when the study cannot be read (the pages then show no names). */
static Table *partnership_names(SvReq *r){
  Table *t = NULL;
  Err err = ERR_INIT;
  roster_partnership_list(r->pStore, &t, &err);
  err_clear(&err);
  return t;
}

void sv_programme(SvReq *r){
  if( !sv_require(r, ROLE_VIEWER, NULL) ) return;
  DiagnoseOptions o = {0};
  Err err = ERR_INIT;
  DiagStudy *d = diag_study_load(r->pStore, &o, &err);
  if( !d ){
    if( err.zMsg ) fprintf(stderr, "synergist: error: programme page: %s\n", err.zMsg);
    err_clear(&err);
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  Findings *f = diag_study_findings(d, NULL, NULL, 0);
  Table *tP = portfolio_table(d, f, PF_FIGURES);   /* the list: band codes for its classes */
  Table *tNames = partnership_names(r);
  ReportOpts ro;
  user_report_opts(r, &ro, 1);
  ReportCtx ctx = { r->pStore, &ro, &r->out, 0, NULL };

  sv_app_begin(r, 200, sv_t(r, N_("Programme")), "programme");
  sv_printf(r, "<h1>%h</h1>\n<p>%h</p>\n", sv_t(r, N_("Programme")),
            sv_t(r, N_("Each partnership you follow on one line, the struggling ones first (open concerns, then warnings, "
                       "then the lowest synergy). Open a partnership for its report, findings and suggested actions.")));
  int nShown = 0;
  sv_printf(r, "<h2>%h</h2>\n<ul class=\"parts\">\n", sv_t(r, N_("Partnerships")));
  for(int i=0; i<tP->nRow; i++){
    const char *zP = table_cell(tP, i, 0)->z;
    if( !zP || !report_has_part(&ctx, zP) ) continue;
    const Cell *pBand = table_cell(tP, i, table_col(tP, "band"));
    long long nOpen = table_cell(tP, i, table_col(tP, "concerns"))->i + table_cell(tP, i, table_col(tP, "warnings"))->i;
    sv_printf(r, "<li><a href=\"/partnership/%U\">%h</a> %h", zP, zP, part_name(tNames, zP));
    if( pBand->z ) sv_printf(r, " <span class=\"band-%t\">%h</span>", pBand->z, score_band_words(pBand->z));
    if( nOpen>0 ) sv_printf(r, " (%h %lld)", sv_t(r, N_("open findings:")), nOpen);
    sv_printf(r, "</li>\n");
    nShown++;
  }
  sv_printf(r, "</ul>\n");
  if( nShown==0 ){
    sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("No partnership is open to you yet: ask an evaluator or an admin.")));
  }else{
    /* the table in the report's words (band names, trends by the report's rule) */
    Table *tW = portfolio_table(d, f, PF_WORDS);
    Table *tS = sv_user(r)->bAll ? portfolio_sectors(d) : NULL;
    report_portfolio(&ctx, tW, tS);
    table_free(tW);
    table_free(tS);
  }
  sv_app_end(r);
  free(ro.azPart);
  table_free(tNames); table_free(tP);
  findings_free(f);
  diag_study_free(d);
}

/* The requested partnership when the user may see it and it exists;
** else NULL with the response written (403 before 404, so that a name
** outside one's partnerships says nothing about whether it exists). */
static const char *open_partnership(SvReq *r){
  if( !sv_require(r, ROLE_VIEWER, r->zToken) ) return NULL;
  Err err = ERR_INIT;
  int rc = roster_partnership_check(r->pStore, r->zToken, &err);
  err_clear(&err);
  if( rc ){
    sv_app_message(r, 404, N_("Page not found"), N_("There is no partnership by this name."));
    return NULL;
  }
  return r->zToken;
}

void sv_partnership(SvReq *r){
  const char *zP = open_partnership(r);
  if( !zP ) return;
  Table *tNames = partnership_names(r);
  const char *zName = part_name(tNames, zP);
  char *azP[1] = { (char*)zP };
  ReportOpts ro;
  report_opts_init(&ro, 1, azP, r->bFr ? "fr" : "en", 0);
  /* the summaries of long evidence lists point to the workbook's download */
  Sb sWb = SB_INIT;
  html_printf(&sWb, "/partnership/%U/report.xlsx?in=%s", zP, r->bFr ? "fr" : "en");
  ro.zWorkbook = sb_str(&sWb);
  r->zStyle = "/report.css";
  sv_app_begin(r, 200, zName ? zName : zP, "programme");
  sv_printf(r, "<h1>%h <span class=\"muted\">(%h)</span></h1>\n", zName ? zName : zP, zP);
  sv_printf(r, "<nav class=\"downloads\" aria-label=\"%h\"><ul>\n"
               "<li>%h <a href=\"/partnership/%U/report.html?in=en\" hreflang=\"en\">English</a>, "
               "<a href=\"/partnership/%U/report.html?in=fr\" hreflang=\"fr\" lang=\"fr\">fran&ccedil;ais</a></li>\n"
               "<li>%h <a href=\"/partnership/%U/report.xlsx?in=en\" hreflang=\"en\">English</a>, "
               "<a href=\"/partnership/%U/report.xlsx?in=fr\" hreflang=\"fr\" lang=\"fr\">fran&ccedil;ais</a></li>\n",
            sv_t(r, N_("Downloads")), sv_t(r, N_("Report (HTML):")), zP, zP, sv_t(r, N_("Workbook (Excel):")), zP, zP);
  if( sv_may(r, ROLE_EVALUATOR, zP) ){
    sv_printf(r, "<li><a href=\"/partnership/%U/survey\">%h</a></li>\n", zP, sv_t(r, N_("Survey administration")));
  }
  sv_printf(r, "</ul></nav>\n<div class=\"report\">\n");
  int rc = report_body_html(r->pStore, &ro, &r->out);
  sv_printf(r, "</div>\n");
  table_free(tNames);
  sb_free(&sWb);
  if( rc ){
    fprintf(stderr, "synergist: error: partnership page: %s\n", store_errmsg(r->pStore));
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  sv_app_end(r);
}

/* The language asked for a download (?in=fr: French, else English), with
** this thread's messages switched to it; sv_download_done switches back. */
static int download_lang(SvReq *r){
  const char *z = sv_query(r, "in");
  int bFr = z && strcmp(z, "fr")==0;
  i18n_thread_english(!bFr);
  return bFr;
}

/* "attachment; filename=..." for zP's report in zLang with extension zExt:
** the code's letters, digits, '-' and '_' only. */
static void set_download(SvReq *r, const char *zP, int bFr, const char *zExt){
  Sb s = SB_INIT;
  html_printf(&s, "attachment; filename=\"report-%t-%s.%s\"", zP, bFr ? "fr" : "en", zExt);
  free(r->zDisposition);
  r->zDisposition = sb_take(&s);
}

void sv_report_html(SvReq *r){
  const char *zP = open_partnership(r);
  if( !zP ) return;
  int bFr = download_lang(r);
  char *azP[1] = { (char*)zP };
  ReportOpts ro;
  report_opts_init(&ro, 1, azP, bFr ? "fr" : "en", 0);
  sb_reset(&r->out);
  int rc = report_html(r->pStore, &ro, &r->out);
  i18n_thread_english(!r->bFr);
  if( rc ){
    fprintf(stderr, "synergist: error: report: %s\n", store_errmsg(r->pStore));
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  r->iStatus = 200;
  set_download(r, zP, bFr, "html");
}

void sv_report_xlsx(SvReq *r){
  const char *zP = open_partnership(r);
  if( !zP ) return;
  const char *zTmp = getenv("TMPDIR");
  char zPath[512];
  snprintf(zPath, sizeof(zPath), "%s/synergist-xlsx-XXXXXX", zTmp && zTmp[0] ? zTmp : "/tmp");
  int fd = mkstemp(zPath);
  if( fd<0 ){
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  close(fd);
  int bFr = download_lang(r);
  char *azP[1] = { (char*)zP };
  ReportOpts ro;
  report_opts_init(&ro, 1, azP, bFr ? "fr" : "en", 0);
  char *zErr = NULL;
  int rc = report_xlsx(r->pStore, &ro, zPath, &zErr);
  i18n_thread_english(!r->bFr);
  FILE *f = rc ? NULL : fopen(zPath, "rb");
  sb_reset(&r->out);
  if( f ){
    char aBuf[65536];
    size_t n;
    while( (n = fread(aBuf, 1, sizeof(aBuf), f))>0 ) sb_append(&r->out, aBuf, n);
    fclose(f);
  }
  unlink(zPath);
  if( !f ){
    fprintf(stderr, "synergist: error: workbook: %s\n", zErr ? zErr : "cannot read it back");
    free(zErr);
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  r->iStatus = 200;
  r->zType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  set_download(r, zP, bFr, "xlsx");
}

void sv_report_style(SvReq *r){ sv_asset(r, "data/report/report.css", "text/css; charset=utf-8"); }

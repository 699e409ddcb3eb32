/*
** page_waves.c: survey administration in the workspace, for evaluators
** of a partnership (and admins):
**   GET /partnership/{p}/survey           its waves (dates, tokens issued,
**       answer sets) from survey_wave_list() as `wave list`, and the live
**       response rates from survey_response_list() as `response list`
**   GET /partnership/{p}/tokens?wave=W[&status=S][&names=1]
**       each token's status and last invitation, from
**       survey_token_export() as `token export` (no link): the member's
**       pseudonymous id, the token cut to its first 4 characters (a token
**       is a member's key to their answers, so the page never shows one
**       whole); names only for an admin who asks (names=1)
** Tables are written by the report's table writer (report_table).
*/
#include <stdlib.h>
#include <string.h>
#include "report/section.h"
#include "serve/auth.h"
#include "roster/roster.h"
#include "survey/survey.h"
#include "util/i18n.h"

/* A report context writing into the page (for report_table), limited to zP. */
typedef struct PageCtx { char *azP[1]; ReportOpts opts; ReportCtx ctx; } PageCtx;
static void page_ctx(SvReq *r, const char *zP, PageCtx *pc){
  pc->azP[0] = (char*)zP;
  report_opts_init(&pc->opts, 1, pc->azP, r->bFr ? "fr" : "en", 0);
  pc->ctx = (ReportCtx){ r->pStore, &pc->opts, &r->out, 0, NULL };
}

/* The partnership when an evaluator of it asks and it exists; else NULL
** with the response written. */
static const char *survey_partnership(SvReq *r){
  if( !sv_require(r, ROLE_EVALUATOR, r->zToken) ) return NULL;
  Err err = ERR_INIT;
  int rc = roster_partnership_check(r->pStore, r->zToken, &err);
  err_clear(&err);
  if( rc ){
    sv_app_message(r, 404, N_("Page not found"), N_("There is no partnership by this name."));
    return NULL;
  }
  return r->zToken;
}

void sv_survey_admin(SvReq *r){
  const char *zP = survey_partnership(r);
  if( !zP ) return;
  Table *tW = NULL, *tR = NULL;
  Err err = ERR_INIT;
  if( survey_wave_list(r->pStore, zP, &tW, &err) || survey_response_list(r->pStore, &tR, &err) ){
    err_clear(&err);
    table_free(tW);
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  PageCtx pc;
  page_ctx(r, zP, &pc);
  sv_app_begin(r, 200, sv_t(r, N_("Survey administration")), "programme");
  sv_printf(r, "<p><a href=\"/partnership/%U\">%h</a></p>\n<h1>%h: %h</h1>\n", zP, zP,
            sv_t(r, N_("Survey administration")), zP);
  if( tW->nRow==0 ){
    sv_printf(r, "<p>%h <code>synergist wave add %h NAME --opens DATE</code></p>\n",
              sv_t(r, N_("No wave yet. Add one with:")), zP);
  }else{
    const char *azHead[] = { _("Wave"), _("Opens"), _("Closes"), _("Tokens issued"), _("Answer sets") };
    Table *t = report_select(&pc.ctx, tW, 0, "wave,opens,closes,tokens,responses", NULL);
    report_table(&pc.ctx, t, _("Waves"), azHead);
    table_free(t);
    sv_printf(r, "<h2>%h</h2>\n<ul>\n", sv_t(r, N_("Tokens by wave")));
    for(int i=0; i<tW->nRow; i++){
      const char *zW = table_cell(tW, i, 1)->z;
      sv_printf(r, "<li><a href=\"/partnership/%U/tokens?wave=%U\">%h</a></li>\n", zP, zW, zW);
    }
    sv_printf(r, "</ul>\n");
    const char *azRate[] = { _("Wave"), _("Instrument"), _("Complete answer sets"), _("Linked to members"),
                             _("Partial"), _("Tokens"), _("Response rate (%)") };
    t = report_select(&pc.ctx, tR, 0, "wave,instrument,respondents,linked,partial,tokens,rate", NULL);
    report_table(&pc.ctx, t, _("Live response rates"), azRate);
    table_free(t);
  }
  sv_app_end(r);
  table_free(tW); table_free(tR);
}

void sv_survey_tokens(SvReq *r){
  const char *zP = survey_partnership(r);
  if( !zP ) return;
  const char *zW = sv_query(r, "wave");
  const char *zStatus = sv_query(r, "status");
  static const char *const azStatus[] = { N_("not started"), N_("partial"), N_("complete"), N_("revoked"), N_("incomplete"), 0 };
  int k = 0;
  while( zStatus && azStatus[k] && strcmp(azStatus[k], zStatus)!=0 ) k++;
  const char *zNames = sv_query(r, "names");
  int bNames = zNames && strcmp(zNames, "1")==0;
  if( (zStatus && !azStatus[k]) || !zW ){
    sv_app_message(r, 400, N_("Bad request"), N_("Give a wave, and a status among not started, partial, complete, revoked, incomplete."));
    return;
  }
  if( bNames && sv_user(r)->role!=ROLE_ADMIN ){
    sv_app_message(r, 403, N_("Not allowed"), N_("Only an admin may see members' names. Nothing was changed."));
    return;
  }
  Err err = ERR_INIT;
  if( survey_wave_check(r->pStore, zP, zW, &err) ){
    err_clear(&err);
    sv_app_message(r, 404, N_("Page not found"), N_("This partnership has no wave by this name."));
    return;
  }
  /* The page's "not started" is the command line's not-started. */
  TokenExportOpts o = { .zPartnership = zP, .zWave = zW, .zStatus = zStatus && k==0 ? "not-started" : zStatus,
                        .bNames = bNames, .bNoLink = 1 };
  Table *t = NULL;
  if( survey_token_export(r->pStore, &o, &t, &err) ){
    err_clear(&err);
    sv_app_message(r, 503, N_("Study unavailable"), N_("The study could not be read just now. Please try again."));
    return;
  }
  /* A token whole is a member's key: keep its first 4 characters. The
  ** status in the page's words (the export's are the select's msgids). */
  int iStatus = table_col(t, "status");
  for(int i=0; i<t->nRow; i++){
    char zCut[16];
    const char *z = table_cell(t, i, 0)->z;
    snprintf(zCut, sizeof(zCut), "%.4s...", z ? z : "");
    table_text(t, i, 0, zCut);
    const char *zSt = iStatus>=0 ? table_cell(t, i, iStatus)->z : NULL;
    /* (table_text frees the cell's text first: only a different one.) */
    if( zSt && sv_t(r, zSt)!=zSt ) table_text(t, i, iStatus, sv_t(r, zSt));
  }
  PageCtx pc;
  page_ctx(r, zP, &pc);
  sv_app_begin(r, 200, sv_t(r, N_("Tokens")), "programme");
  sv_printf(r, "<p><a href=\"/partnership/%U/survey\">%h</a></p>\n<h1>%h: %h %h</h1>\n", zP,
            sv_t(r, N_("Survey administration")), sv_t(r, N_("Tokens")), zP, zW);
  sv_printf(r, "<form method=\"get\" action=\"/partnership/%U/tokens\" class=\"stack\">\n"
               "<input type=\"hidden\" name=\"wave\" value=\"%h\">\n<label for=\"t-status\">%h</label>\n"
               "<select id=\"t-status\" name=\"status\">\n<option value=\"\">%h</option>\n",
            zP, zW, sv_t(r, N_("Status")), sv_t(r, N_("every status")));
  for(int i=0; azStatus[i]; i++){
    sv_printf(r, "<option value=\"%h\"%s>%h</option>\n", azStatus[i],
              zStatus && strcmp(zStatus, azStatus[i])==0 ? " selected" : "", sv_t(r, azStatus[i]));
  }
  sv_printf(r, "</select>\n");
  if( sv_user(r)->role==ROLE_ADMIN ){
    sv_printf(r, "<label><input type=\"checkbox\" name=\"names\" value=\"1\"%s> %h</label>\n",
              bNames ? " checked" : "", sv_t(r, N_("Show members' names")));
  }
  sv_printf(r, "<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n", sv_t(r, N_("Show")));
  const char *azHead[] = { _("Token"), _("Member"), _("Status"), _("Last invitation"), _("Name") };
  Table *tOut = report_select(&pc.ctx, t, -1, bNames ? "token,member,status,last_sent,name" : "token,member,status,last_sent", NULL);
  report_table(&pc.ctx, tOut, _("Tokens and their status"), azHead);
  table_free(tOut); table_free(t);
  sv_app_end(r);
}

/*
** page_survey.c: the respondent's pages. A member's link /s/TOKEN opens
** the welcome page; the instrument's pages (/s/TOKEN/p/N) are forms saved
** as they are left (post, then redirect); a review page lists every
** answer and submits; then a thank-you page. A wave not open yet or
** closed says so with its dates; an unknown, revoked or mistyped token
** gets one neutral page, counted against the client's failed attempts.
** Every handler checks the token first, then the form key on posts, and
** answers a bad request with a 4xx page that changes nothing.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/serve_int.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static const char *lang_of(const SvReq *r){ return r->bFr ? "fr" : "en"; }

/* The label of answer value v (iMin..iMax) of a response scale. Borrowed. */
static const char *resp_label(const InstResp *p, const char *zLang, int v){
  int k = -1;
  for(int i=0; i<p->nLang; i++) if( strcmp(p->azLang[i], zLang)==0 ) k = i;
  for(int i=0; i<p->nLang && k<0; i++) if( strcmp(p->azLang[i], "en")==0 ) k = i;
  if( k<0 && p->nLang ) k = 0;
  if( k<0 ) return "";
  return p->aazLabel[k][v - p->iMin];
}

/* The neutral page for an unknown, revoked or mistyped token. */
static void unknown_token(SvReq *r){
  sv_rate_fail(r->zClient);
  sv_message(r, 404, N_("Link not recognised"),
             N_("This survey link is not valid. Please check that you copied the whole link from your invitation, or ask the person who sent it to you."));
}

/* Too many failed token attempts from this client: 429. */
static int rate_limited(SvReq *r){
  int nRetry = 0;
  if( !sv_rate_blocked(r->zClient, &nRetry) ) return 0;
  r->nRetryAfter = nRetry;
  sv_message(r, 429, N_("Too many attempts"), N_("Too many survey links that do not exist were tried from this connection. Please wait a few minutes and try again."));
  return 1;
}

/* Open the request's token; NULL when a page has been written instead. */
static AnswerSet *open_set(SvReq *r){
  if( rate_limited(r) ) return NULL;
  AnswerSet *a = NULL;
  char *zErr = NULL;
  if( answer_open(r->pStore, r->zToken, &a, &zErr) ){
    fprintf(stderr, "synergist: error: %s\n", zErr ? zErr : "cannot open the answer set");
    free(zErr);
    r->nRetryAfter = 5;
    sv_message(r, 503, N_("Survey unavailable"), N_("The survey cannot be reached just now. Please try again in a few minutes."));
    return NULL;
  }
  if( a->eState==ANSWER_UNKNOWN ){
    answer_set_free(a);
    unknown_token(r);
    return NULL;
  }
  return a;
}

/* The title of the survey: the instrument's title in the page language. */
static const char *survey_title(const SvReq *r, const AnswerSet *a){
  const char *z = inst_text(&a->form.pInst->title, lang_of(r));
  return z[0] ? z : sv_t(r, N_("Partnership survey"));
}

static void page_intro(SvReq *r, const AnswerSet *a){
  sv_printf(r, "<p class=\"muted\">%h: %h", sv_t(r, N_("Partnership")),
            a->tok.zPartnershipName ? a->tok.zPartnershipName : a->tok.zPartnership);
  sv_printf(r, " &middot; %h: %h</p>\n", sv_t(r, N_("Survey round")), a->tok.zWave);
}

static void thanks_body(SvReq *r, const AnswerSet *a, int iStatus){
  sv_page_begin(r, iStatus, sv_t(r, N_("Thank you")));
  sv_printf(r, "<h1>%h</h1>\n", sv_t(r, N_("Thank you")));
  page_intro(r, a);
  sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("Your answers have been received. You may close this page.")));
  if( a->tok.bAllowChanges && a->eState==ANSWER_OPEN ){
    sv_printf(r, "<p>%h</p>\n<p><a href=\"/s/%h/review\">%h</a></p>\n",
              sv_t(r, N_("You can change your answers until the survey closes.")), r->zToken,
              sv_t(r, N_("Review or change your answers")));
  }
  sv_page_end(r);
}

/* The page of a wave not open or closed, or of a submitted set. 1 when written. */
static int state_page(SvReq *r, const AnswerSet *a, int bPost){
  if( a->eState==ANSWER_SUBMITTED ){
    if( bPost ){
      sv_message(r, 409, N_("Answers already submitted"), N_("These answers were already submitted and can no longer change. Nothing was saved."));
    }else{
      thanks_body(r, a, 200);
    }
    return 1;
  }
  if( a->eState!=ANSWER_NOT_YET && a->eState!=ANSWER_CLOSED ) return 0;
  int bNotYet = a->eState==ANSWER_NOT_YET;
  const char *zTitle = bNotYet ? sv_t(r, N_("This survey is not open yet")) : sv_t(r, N_("This survey is closed"));
  sv_page_begin(r, bPost ? 409 : 200, zTitle);
  sv_printf(r, "<h1>%h</h1>\n", zTitle);
  page_intro(r, a);
  if( a->tok.zOpens ) sv_printf(r, "<p>%h <time datetime=\"%h\">%h</time>.</p>\n", sv_t(r, N_("It opens on")), a->tok.zOpens, a->tok.zOpens);
  if( a->tok.zCloses ) sv_printf(r, "<p>%h <time datetime=\"%h\">%h</time>.</p>\n", bNotYet ? sv_t(r, N_("It closes on")) : sv_t(r, N_("It closed on")), a->tok.zCloses, a->tok.zCloses);
  if( bPost ) sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("Nothing was saved.")));
  else if( bNotYet ) sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("Please come back with the same link once it is open.")));
  sv_page_end(r);
  return 1;
}

void sv_home(SvReq *r){
  sv_page_begin(r, 200, sv_t(r, N_("Partnership survey")));
  sv_printf(r, "<h1>%h</h1>\n<p>%h</p>\n", sv_t(r, N_("Partnership survey")),
            sv_t(r, N_("To answer, open the link of your invitation, or type the code it gives.")));
  sv_printf(r, "<form class=\"token\" method=\"get\" action=\"/start\">\n"
               "<label for=\"token\">%h</label>\n"
               "<input id=\"token\" name=\"token\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" required>\n"
               "<button type=\"submit\">%h</button>\n</form>\n",
            sv_t(r, N_("Your survey code")), sv_t(r, N_("Open my survey")));
  sv_printf(r, "<p class=\"muted\">%h <a href=\"/signin\">%h</a></p>\n",
            sv_t(r, N_("Evaluators and coders of the study:")), sv_t(r, N_("sign in to the workspace")));
  sv_page_end(r);
}

void sv_start(SvReq *r){
  const char *z = sv_query(r, "token");
  if( !z || !z[0] ){
    sv_message(r, 400, N_("Survey code missing"), N_("Please type the survey code of your invitation."));
    return;
  }
  /* Only token characters go into the address; anything else is unknown. */
  while( *z==' ' ) z++;
  char zTok[65];
  size_t n = strcspn(z, " ");
  if( n>64 ) n = 64;
  memcpy(zTok, z, n); zTok[n] = 0;
  if( !sv_token_shape(zTok) ){ if( !rate_limited(r) ) unknown_token(r); return; }
  sv_redirect(r, "/s/%s", zTok);
}

void sv_welcome(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( state_page(r, a, 0) ){ answer_set_free(a); return; }
  const Instrument *pI = a->form.pInst;
  const char *zTitle = survey_title(r, a);
  sv_page_begin(r, 200, zTitle);
  sv_printf(r, "<h1>%h</h1>\n", zTitle);
  page_intro(r, a);
  if( g_sv.zContact ) sv_printf(r, "<p>%h %h.</p>\n", sv_t(r, N_("This survey is run by")), g_sv.zContact);
  else sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("This survey is run by the evaluation team of your partnership.")));
  int nMin = (pI->nItem*12 + 59)/60;
  sv_printf(r, "<p>");
  sv_printf(r, sv_t(r, N_("It has %d questions on %d pages and takes about %d minutes.")), pI->nItem, a->form.nPage, nMin);
  sv_printf(r, "</p>\n");
  sv_printf(r, "<h2>%h</h2>\n<p>%h</p>\n<p>", sv_t(r, N_("Your answers are confidential")),
            sv_t(r, N_("Your answers are kept in the evaluation study under a code, never with your name, and are used only to understand how the partnership works together.")));
  sv_printf(r, sv_t(r, N_("Results are shown only for groups of at least %d people, so no one can tell how you answered.")), g_sv.nSuppressMin);
  sv_printf(r, "</p>\n<p>%h</p>\n", sv_t(r, N_("Your answers are saved each time you leave a page: you can close this page and come back with the same link to continue.")));
  int iNext = a->iPageSaved+1 > a->form.nPage ? a->form.nPage : a->iPageSaved+1;
  sv_printf(r, "<p class=\"nav\"><a class=\"button\" href=\"/s/%h/p/%d\">%h</a>", r->zToken, a->bStarted ? iNext : 1,
            a->bStarted ? sv_t(r, N_("Continue")) : sv_t(r, N_("Start")));
  if( a->bStarted ) sv_printf(r, " <a href=\"/s/%h/review\">%h</a>", r->zToken, sv_t(r, N_("Review your answers")));
  sv_printf(r, "</p>\n");
  sv_ties_link(r);
  sv_page_end(r);
  answer_set_free(a);
}

/* One item as a fieldset: legend, error, radio choices (checked from aAns). */
static void item_fieldset(SvReq *r, const Instrument *pI, int i, unsigned char ans, const char *zErr){
  const InstItem *it = &pI->aItem[i];
  const InstResp *rs = &pI->aResp[it->iResp];
  const char *zLang = lang_of(r);
  sv_printf(r, "<fieldset class=\"item%s\" id=\"q-%t\"", zErr ? " invalid" : "", it->zId);
  if( zErr ) sv_printf(r, " aria-describedby=\"e-%t\"", it->zId);
  sv_printf(r, ">\n<legend>%d. %h</legend>\n", i+1, inst_text(&it->label, zLang));
  if( zErr ) sv_printf(r, "<p class=\"err\" id=\"e-%t\">%h</p>\n", it->zId, sv_t(r, zErr));
  sv_printf(r, "<div class=\"choices\">\n");
  for(int v=rs->iMin; v<=rs->iMax; v++){
    const char *zLab = resp_label(rs, zLang, v);
    sv_printf(r, "<label><input type=\"radio\" name=\"%h\" value=\"%d\"%s><span>", it->zId, v,
              ans==ANS_VALUE(v, rs->iMin) ? " checked" : "");
    if( zLab[0] ) sv_printf(r, "%h", zLab); else sv_printf(r, "%d", v);
    sv_printf(r, "</span></label>\n");
  }
  if( rs->bNa ){
    const char *zNa = inst_text(&rs->naLabel, zLang);
    sv_printf(r, "<label class=\"na\"><input type=\"radio\" name=\"%h\" value=\"%d\"%s><span>%h</span></label>\n",
              it->zId, rs->iNa, ans==ANS_NA ? " checked" : "", zNa[0] ? zNa : sv_t(r, N_("Not applicable")));
  }
  sv_printf(r, "</div>\n</fieldset>\n");
}

/* Page iPage (0-based) as a form; aErr[0..nErr) shown next to their items. */
static void page_form(SvReq *r, const AnswerSet *a, int iPage, const unsigned char *aAns,
                      const AnswerErr *aErr, int nErr, int iStatus){
  const Instrument *pI = a->form.pInst;
  const AnswerPage *pg = &a->form.aPage[iPage];
  const char *zLang = lang_of(r);
  char *zTitle = xasprintf("%s %d/%d: %s", sv_t(r, N_("Page")), iPage+1, a->form.nPage, survey_title(r, a));
  sv_page_begin(r, iStatus, zTitle);
  free(zTitle);
  sv_printf(r, "<h1>%h</h1>\n", survey_title(r, a));
  sv_printf(r, "<div class=\"progress\"><p id=\"prog\">%h %d %h %d</p>"
               "<progress max=\"%d\" value=\"%d\" aria-labelledby=\"prog\"></progress></div>\n",
            sv_t(r, N_("Page")), iPage+1, sv_t(r, N_("of")), a->form.nPage, a->form.nPage, iPage+1);
  if( nErr ){
    sv_printf(r, "<div class=\"errsum\" role=\"alert\" tabindex=\"-1\"><h2>%h</h2><ul>\n", sv_t(r, N_("Please correct the answers below. Nothing was saved.")));
    for(int e=0; e<nErr; e++){
      if( aErr[e].iItem<0 ) continue;
      sv_printf(r, "<li><a href=\"#q-%t\">%d. %h</a></li>\n", pI->aItem[aErr[e].iItem].zId, aErr[e].iItem+1, sv_t(r, aErr[e].zMsg));
    }
    sv_printf(r, "</ul></div>\n");
  }
  char zKey[44];
  sv_form_key(r->zToken, zKey);
  sv_printf(r, "<form method=\"post\" action=\"/s/%h/p/%d\" novalidate>\n<input type=\"hidden\" name=\"key\" value=\"%h\">\n",
            r->zToken, iPage+1, zKey);
  int iSec = -2;
  for(int i=pg->iFirst; i<pg->iFirst+pg->nItem; i++){
    const InstItem *it = &pI->aItem[i];
    int sc = it->nScale ? it->aiScale[0] : -1;
    if( sc!=iSec && sc>=0 ) sv_printf(r, "<h2>%h</h2>\n", inst_text(&pI->aScale[sc].label, zLang));
    iSec = sc;
    const char *zErr = NULL;
    for(int e=0; e<nErr; e++) if( aErr[e].iItem==i ) zErr = aErr[e].zMsg;
    item_fieldset(r, pI, i, aAns[i], zErr);
  }
  int bLast = iPage+1==a->form.nPage;
  sv_printf(r, "<div class=\"nav\"><button type=\"submit\" name=\"nav\" value=\"next\">%h</button>\n",
            bLast ? sv_t(r, N_("Save and review")) : sv_t(r, N_("Save and continue")));
  if( iPage>0 ) sv_printf(r, "<button type=\"submit\" name=\"nav\" value=\"prev\" class=\"secondary\">%h</button>\n", sv_t(r, N_("Previous page")));
  sv_printf(r, "<button type=\"submit\" name=\"nav\" value=\"save\" class=\"secondary\">%h</button>\n</div>\n</form>\n",
            sv_t(r, N_("Save and finish later")));
  sv_page_end(r);
}

void sv_page_get(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( state_page(r, a, 0) ){ answer_set_free(a); return; }
  if( r->iN<1 || r->iN>a->form.nPage ){
    answer_set_free(a);
    sv_message(r, 404, N_("Page not found"), N_("This survey has no page with that number."));
    return;
  }
  page_form(r, a, r->iN-1, a->aAns, NULL, 0, 200);
  answer_set_free(a);
}

/* A save that failed: its page (1), or 0 when it succeeded. */
static int save_failed(SvReq *r){
  int rc = r->pJob->rc;
  if( rc==STORE_INUSE ){
    sv_message(r, 409, N_("Answers already submitted"), N_("These answers were already submitted and can no longer change. Nothing was saved."));
  }else if( rc ){
    r->nRetryAfter = 5;
    sv_message(r, 503, N_("Not saved"), N_("Your answers could not be saved just now. Please go back and try again in a few minutes."));
  }
  return rc!=STORE_OK;
}

/* After a page was saved: where its button leads. */
static int after_page(SvReq *r){
  SvJob *j = r->pJob;
  if( save_failed(r) ) return 0;
  const char *zNav = sv_form_get(&r->form, "nav");
  int n = j->iPage;
  if( strcmp(zNav, "prev")==0 ) sv_redirect(r, "/s/%s/p/%d", r->zToken, n>1 ? n-1 : 1);
  else if( strcmp(zNav, "save")==0 ) sv_redirect(r, "/s/%s", r->zToken);
  else if( n>=j->form.nPage ) sv_redirect(r, "/s/%s/review", r->zToken);
  else sv_redirect(r, "/s/%s/p/%d", r->zToken, n+1);
  return 0;
}

/* After the submission: the thank-you page. */
static int after_submit(SvReq *r){
  if( !save_failed(r) ) sv_redirect(r, "/s/%s/thanks", r->zToken);
  return 0;
}

/* Checks shared by the posts: the form key. 1 when a page was written. */
static int bad_key(SvReq *r){
  const char *zKey = sv_form_get(&r->form, "key");
  if( !zKey || sv_form_count(&r->form, "key")!=1 ){
    sv_message(r, 400, N_("Form key missing"), N_("The form was sent without its key. Please reload the page and try again. Nothing was saved."));
    return 1;
  }
  if( !sv_form_key_ok(r->zToken, zKey) ){
    sv_message(r, 403, N_("Form not accepted"), N_("This form does not belong to this survey link. Nothing was saved."));
    return 1;
  }
  return 0;
}

/* Take the posted answers of page iPage (-1: any item) into a save for the
** writer (r->pJob) recording iSaved pages, complete with bSubmit, answered
** by xAfter once committed; or write a 400 page. */
static void take_answers(SvReq *r, AnswerSet *a, int iPage, int iSaved, int bSubmit, int (*xAfter)(SvReq*)){
  static const char *const azSkip[] = { "key", "nav", 0 };
  int nItem = a->form.pInst->nItem;
  SvJob *j = xcalloc(1, sizeof(*j));
  j->aAns = xcalloc((size_t)nItem+1, 1);
  j->aSet = xcalloc((size_t)nItem+1, 1);
  int nMax = nItem + r->form.n + 1;
  AnswerErr *aErr = xcalloc((size_t)nMax, sizeof(AnswerErr));
  int nErr = answer_take(&a->form, iPage, r->form.n, (const char*const*)r->form.azName,
                         (const char*const*)r->form.azValue, azSkip, j->aAns, j->aSet, aErr, nMax);
  if( nErr ){
    int bForm = 0;
    for(int e=0; e<nErr; e++) if( aErr[e].iItem<0 ) bForm = 1;
    if( bForm || iPage<0 ){
      sv_message(r, 400, "Answers not accepted", bForm ? N_("The form holds an answer to a question that is not on this page. Nothing was saved.")
                                                       : N_("The form holds an answer that is not one of the choices. Nothing was saved."));
    }else{
      /* Show the page again with the member's valid choices and the problems. */
      unsigned char *aShow = xmalloc((size_t)nItem+1);
      for(int i=0; i<nItem; i++) aShow[i] = j->aSet[i] ? j->aAns[i] : a->aAns[i];
      for(int e=0; e<nErr; e++) aShow[aErr[e].iItem] = ANS_MISSING;
      page_form(r, a, iPage, aShow, aErr, nErr, 400);
      free(aShow);
    }
    free(aErr);
    sv_job_free(j);
    return;
  }
  free(aErr);
  j->tok = a->tok;                 /* the job takes the token's strings */
  memset(&a->tok, 0, sizeof(a->tok));
  j->form = a->form;
  j->pReq = r;
  j->iPage = iSaved;
  j->bSubmit = bSubmit;
  r->pJob = j;
  r->xAfterSave = xAfter;
}

void sv_page_post(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( bad_key(r) || state_page(r, a, 1) ){ answer_set_free(a); return; }
  if( r->iN<1 || r->iN>a->form.nPage ){
    answer_set_free(a);
    sv_message(r, 404, N_("Page not found"), N_("This survey has no page with that number."));
    return;
  }
  const char *zNav = sv_form_get(&r->form, "nav");
  if( !zNav || sv_form_count(&r->form, "nav")!=1
      || (strcmp(zNav, "next")!=0 && strcmp(zNav, "prev")!=0 && strcmp(zNav, "save")!=0) ){
    answer_set_free(a);
    sv_message(r, 400, N_("Answers not accepted"), N_("The form was sent without saying where to go next. Nothing was saved."));
    return;
  }
  take_answers(r, a, r->iN-1, r->iN, 0, after_page);
  answer_set_free(a);
}

void sv_review(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( state_page(r, a, 0) ){ answer_set_free(a); return; }
  const Instrument *pI = a->form.pInst;
  const char *zLang = lang_of(r);
  sv_page_begin(r, 200, sv_t(r, N_("Review your answers")));
  sv_printf(r, "<h1>%h</h1>\n", sv_t(r, N_("Review your answers")));
  page_intro(r, a);
  int nMissing = 0;
  for(int i=0; i<pI->nItem; i++) if( a->aAns[i]==ANS_MISSING ) nMissing++;
  if( nMissing ){
    sv_printf(r, "<p>");
    sv_printf(r, sv_t(r, N_("You left %d question(s) unanswered. You can still submit.")), nMissing);
    sv_printf(r, "</p>\n");
  }
  for(int p=0; p<a->form.nPage; p++){
    const AnswerPage *pg = &a->form.aPage[p];
    sv_printf(r, "<h2>%h %d</h2>\n<dl class=\"review\">\n", sv_t(r, N_("Page")), p+1);
    for(int i=pg->iFirst; i<pg->iFirst+pg->nItem; i++){
      const InstItem *it = &pI->aItem[i];
      const InstResp *rs = &pI->aResp[it->iResp];
      unsigned char c = a->aAns[i];
      const char *zAns;
      char zNum[16];
      if( c==ANS_MISSING ) zAns = sv_t(r, N_("(no answer)"));
      else if( c==ANS_NA ){ zAns = inst_text(&rs->naLabel, zLang); if( !zAns[0] ) zAns = sv_t(r, N_("Not applicable")); }
      else{
        int v = c - 2 + rs->iMin;
        zAns = resp_label(rs, zLang, v);
        if( !zAns[0] ){ snprintf(zNum, sizeof(zNum), "%d", v); zAns = zNum; }
      }
      sv_printf(r, "<dt>%d. %h</dt><dd>%h</dd>\n", i+1, inst_text(&it->label, zLang), zAns);
    }
    sv_printf(r, "</dl>\n<p><a href=\"/s/%h/p/%d\">%h %d</a></p>\n", r->zToken, p+1, sv_t(r, N_("Change the answers of page")), p+1);
  }
  char zKey[44];
  sv_form_key(r->zToken, zKey);
  sv_printf(r, "<form method=\"post\" action=\"/s/%h/submit\">\n<input type=\"hidden\" name=\"key\" value=\"%h\">\n"
               "<div class=\"nav\"><button type=\"submit\">%h</button></div>\n</form>\n",
            r->zToken, zKey, sv_t(r, N_("Submit my answers")));
  sv_page_end(r);
  answer_set_free(a);
}

void sv_submit(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( bad_key(r) || state_page(r, a, 1) ){ answer_set_free(a); return; }
  take_answers(r, a, -1, a->form.nPage, 1, after_submit);
  answer_set_free(a);
}

void sv_thanks(SvReq *r){
  AnswerSet *a = open_set(r);
  if( !a ) return;
  if( !a->bComplete ){
    answer_set_free(a);
    sv_redirect(r, "/s/%s", r->zToken);
    return;
  }
  thanks_body(r, a, 200);
  answer_set_free(a);
}

void sv_unknown(SvReq *r){
  if( !rate_limited(r) ) unknown_token(r);
}

/* For the member's other pages (page_ties.c): the same token, state and
** form-key checks and the same heading. */
AnswerSet *sv_survey_open(SvReq *r){ return open_set(r); }
int sv_survey_state(SvReq *r, const AnswerSet *a, int bPost){ return state_page(r, a, bPost); }
int sv_survey_bad_key(SvReq *r){ return bad_key(r); }
void sv_survey_intro(SvReq *r, const AnswerSet *a){ page_intro(r, a); }

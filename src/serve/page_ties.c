/*
** page_ties.c: the tie survey on the member's link (network/tie_survey.h).
** /s/TOKEN/network asks, for each organisation of the partnership at the
** wave's opening (the member's own left out), how closely their
** organisation works with it (Frey et al.'s levels 0 to 5) and how often;
** /s/TOKEN/network/ratings then asks PARTNER's trust and value questions
** for the organisations rated 1 or more. Plain forms, no script: a list
** of fieldsets that reads the same on a narrow screen. A post is checked
** (form key, wave open, set not submitted) and its answers checked by the
** import's own checks on this request's connection, every problem shown
** at its field; a clean post goes to the writer, which checks and saves
** it again in its transaction (tie_survey_save, the member's earlier
** answers of the wave replaced).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "network/tie_survey.h"
#include "serve/serve_int.h"
#include "serve/tieform.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Form field prefixes: o organisation, c collaboration, f frequency, then
** the ratings in azTieRate order. Field names are PREFIX + row number. */

static const char *const azLevel[] = { N_("None"), N_("Networking"), N_("Cooperation"), N_("Coordination"),
                                       N_("Coalition"), N_("Collaboration") };
static const char *const azLevelDef[] = {
  N_("no work together"),
  N_("aware of each other, loosely defined roles, little communication, decisions made independently"),
  N_("information shared, somewhat defined roles, formal communication, decisions made independently"),
  N_("information and resources shared, defined roles, frequent communication, some shared decisions"),
  N_("ideas and resources shared, frequent and prioritised communication, every member has a vote"),
  N_("one system, frequent communication marked by mutual trust, consensus on all decisions") };
static const char *const azFreq[] = { N_("Never"), N_("Once a year or less"), N_("A few times a year"),
                                      N_("Monthly"), N_("Weekly"), N_("Daily") };
static const char *const azRateQ[TIE_NRATE] = {
  N_("How reliable is this organisation?"),
  N_("How committed is it to the partnership's mission?"),
  N_("How open to discussion is it?"),
  N_("How much power and influence does it have in the partnership?"),
  N_("How involved is it in the partnership?"),
  N_("How much does it contribute in resources?") };
static const char *const azRateLab[] = { N_("Not at all"), N_("A small amount"), N_("A fair amount"), N_("A great deal") };

/* A problem of the posted answers, placed: the organisation (row of the
** survey, -1: the form) and the import column (azTieCol index). */
typedef struct TieProblem { int iOrg, iCol; const char *zMsg; } TieProblem;
typedef struct TiePost {
  TieAnswer *a; int n;          /* the posted rows, borrowed from the form */
  TieProblem *aProb; int nProb;
} TiePost;

void sv_ties_link(SvReq *r){
  sv_printf(r, "<p><a href=\"/s/%h/network\">%h</a></p>\n", r->zToken,
            sv_t(r, N_("Questions about the organisations your organisation works with")));
}

/* The member's scope and survey; NULL (a page written) when the token does
** not open, the wave is not open or answers are closed, or there is
** nothing to ask. */
static AnswerSet *open_ties(SvReq *r, int bPost, TieScope *o, TieSurvey *s){
  AnswerSet *a = sv_survey_open(r);
  if( !a ) return NULL;
  if( (bPost && sv_survey_bad_key(r)) || sv_survey_state(r, a, bPost) ){ answer_set_free(a); return NULL; }
  o->zPartnership = a->tok.zPartnership; o->zWave = a->tok.zWave; o->zRespondent = a->tok.zRespondent;
  int rc = tie_survey_open(r->pStore, o, s);
  if( rc ){
    answer_set_free(a);
    if( rc!=STORE_NOTFOUND ) fprintf(stderr, "synergist: error: tie survey: %s\n", store_errmsg(r->pStore));
    r->nRetryAfter = 5;
    sv_message(r, 503, N_("Survey unavailable"), N_("The survey cannot be reached just now. Please try again in a few minutes."));
    return NULL;
  }
  if( s->nOrg==0 ){
    tie_survey_free(s);
    answer_set_free(a);
    sv_message(r, bPost ? 409 : 200, N_("No organisations to ask about"),
               N_("The roster gives your organisation no partner organisation in this survey round, so there is nothing to answer here."));
    return NULL;
  }
  return a;
}

/* The posted value of field PREFIX+row for organisation zOrg, else NULL. */
static const TieAnswer *posted(const TiePost *pp, const char *zOrg){
  for(int i=0; pp && i<pp->n; i++) if( pp->a[i].zOrg && strcmp(pp->a[i].zOrg, zOrg)==0 ) return &pp->a[i];
  return NULL;
}

/* The message under a field of import column c. */
static const char *field_hint(int c){
  if( c==4 ) return N_("Choose a level from 0 to 5.");
  if( c==5 ) return N_("Choose how often, from never to daily.");
  if( c>=6 ) return N_("Choose a rating from 1 to 4.");
  return N_("This organisation cannot be rated in this survey round.");
}

/* The problems of organisation i in column c (c<0: the organisation itself, columns 0 to 3). */
static int has_problem(const TiePost *pp, int i, int c){
  for(int k=0; pp && k<pp->nProb; k++){
    const TieProblem *q = &pp->aProb[k];
    if( q->iOrg==i && (c<0 ? q->iCol<4 : q->iCol==c) ) return 1;
  }
  return 0;
}

static void problem_lines(SvReq *r, const TiePost *pp, int i, int c){
  sv_printf(r, "<div id=\"e-%d-%d\">\n", i, c<0 ? 0 : c);
  for(int k=0; pp && k<pp->nProb; k++){
    const TieProblem *q = &pp->aProb[k];
    if( q->iOrg!=i || (c<0 ? q->iCol>=4 : q->iCol!=c) ) continue;
    sv_printf(r, "<p class=\"err\">%h <span class=\"detail\">(%h)</span></p>\n",
              sv_t(r, field_hint(q->iCol)), q->zMsg);
  }
  sv_printf(r, "</div>\n");
}

/* One question as a fieldset of radio buttons: values lo..hi labelled
** azLab (msgids), zNow the value to check. */
static void question(SvReq *r, const TiePost *pp, int i, int c, const char *zField, const char *zLegend,
                     int lo, int hi, const char *const *azLab, const char *zNow){
  int bBad = has_problem(pp, i, c);
  sv_printf(r, "<fieldset class=\"item%s\"", bBad ? " invalid" : "");
  if( bBad ) sv_printf(r, " aria-describedby=\"e-%d-%d\"", i, c);
  sv_printf(r, ">\n<legend>%h</legend>\n", zLegend);
  if( bBad ) problem_lines(r, pp, i, c);
  sv_printf(r, "<div class=\"choices\">\n");
  for(int v=lo; v<=hi; v++){
    char zV[12];
    snprintf(zV, sizeof(zV), "%d", v);
    sv_printf(r, "<label><input type=\"radio\" name=\"%h%d\" value=\"%d\"%s><span>%d %h</span></label>\n",
              zField, i, v, zNow && strcmp(zNow, zV)==0 ? " checked" : "", v, sv_t(r, azLab[v-lo]));
  }
  sv_printf(r, "</div>\n</fieldset>\n");
}

/* The text of a stored value (NULL below lo) into zBuf. */
static const char *stored(char *zBuf, int v, int lo){
  if( v<lo ) return NULL;
  snprintf(zBuf, 12, "%d", v);
  return zBuf;
}

/* The start of an organisation's fieldset. */
static void org_begin(SvReq *r, const TieSurvey *s, const TiePost *pp, int i){
  int bBad = has_problem(pp, i, -1);
  sv_printf(r, "<fieldset class=\"org%s\" id=\"org-%d\"", bBad ? " invalid" : "", i);
  if( bBad ) sv_printf(r, " aria-describedby=\"e-%d-0\"", i);
  sv_printf(r, ">\n<legend>%h", s->azOrg[i]);
  if( s->azSector[i] ) sv_printf(r, " <span class=\"muted\">(%h)</span>", s->azSector[i]);
  sv_printf(r, "</legend>\n<input type=\"hidden\" name=\"o%d\" value=\"%h\">\n", i, s->azOrg[i]);
  if( bBad ) problem_lines(r, pp, i, -1);
}

/* The error summary: each problem linked to its organisation. */
static void problem_summary(SvReq *r, const TieSurvey *s, const TiePost *pp){
  if( !pp || pp->nProb==0 ) return;
  sv_printf(r, "<div class=\"errsum\" role=\"alert\" tabindex=\"-1\"><h2>%h</h2><ul>\n",
            sv_t(r, N_("Please correct the answers below. Nothing was saved.")));
  for(int k=0; k<pp->nProb; k++){
    const TieProblem *q = &pp->aProb[k];
    if( q->iOrg>=0 ){
      sv_printf(r, "<li><a href=\"#org-%d\">%h: %h</a></li>\n", q->iOrg, s->azOrg[q->iOrg], sv_t(r, field_hint(q->iCol)));
    }else{
      sv_printf(r, "<li>%h</li>\n", q->zMsg);
    }
  }
  sv_printf(r, "</ul></div>\n");
}

static void form_begin(SvReq *r, const char *zAction){
  char zKey[44];
  sv_form_key(r->zToken, zKey);
  sv_printf(r, "<form class=\"ties\" method=\"post\" action=\"/s/%h/%s\" novalidate>\n"
               "<input type=\"hidden\" name=\"key\" value=\"%h\">\n", r->zToken, zAction, zKey);
}

static void form_end(SvReq *r, const char *zNext){
  sv_printf(r, "<div class=\"nav\"><button type=\"submit\" name=\"nav\" value=\"next\">%h</button>\n"
               "<button type=\"submit\" name=\"nav\" value=\"save\" class=\"secondary\">%h</button>\n</div>\n</form>\n",
            sv_t(r, zNext), sv_t(r, N_("Save and finish later")));
}

/* A page's start: title, partnership and wave, problems, what to do (msgids). */
static void page_head(SvReq *r, const AnswerSet *a, const TieSurvey *s, const TiePost *pp, int iStatus,
                      const char *zTitleId, const char *zHowId){
  const char *zTitle = sv_t(r, zTitleId);
  sv_page_begin(r, iStatus, zTitle);
  sv_printf(r, "<h1>%h</h1>\n", zTitle);
  sv_survey_intro(r, a);
  problem_summary(r, s, pp);
  sv_printf(r, "<p>%h</p>\n", sv_t(r, zHowId));
}

/* The levels page, with the posted answers and their problems when pp. */
static void levels_page(SvReq *r, const AnswerSet *a, const TieSurvey *s, const TiePost *pp, int iStatus){
  page_head(r, a, s, pp, iStatus, N_("Organisations your organisation works with"),
            N_("For each organisation of the partnership, say how closely your organisation "
               "works with it and how often. Leave out any you do not know."));
  sv_printf(r, "<details><summary>%h</summary>\n<dl class=\"review\">\n", sv_t(r, N_("What the levels of collaboration mean")));
  for(int v=0; v<=5; v++) sv_printf(r, "<dt>%d %h</dt><dd>%h</dd>\n", v, sv_t(r, azLevel[v]), sv_t(r, azLevelDef[v]));
  sv_printf(r, "</dl>\n</details>\n");
  form_begin(r, "network");
  for(int i=0; i<s->nOrg; i++){
    const TieAnswer *p = posted(pp, s->azOrg[i]);
    char zC[12], zF[12];
    const char *zCollab = p ? p->zCollab : stored(zC, s->aTie[i].iCollab, 0);
    const char *zFreqNow = p ? p->zFreq : stored(zF, s->aTie[i].iFreq, 0);
    org_begin(r, s, pp, i);
    question(r, pp, i, 4, "c", sv_t(r, N_("How closely does your organisation work with it?")), 0, 5, azLevel, zCollab);
    question(r, pp, i, 5, "f", sv_t(r, N_("How often?")), 0, 5, azFreq, zFreqNow);
    sv_printf(r, "</fieldset>\n");
  }
  form_end(r, N_("Save and continue"));
  sv_page_end(r);
}

/* The ratings page: organisations rated 1 or more. */
static void ratings_page(SvReq *r, const AnswerSet *a, const TieSurvey *s, const TiePost *pp, int iStatus){
  page_head(r, a, s, pp, iStatus, N_("Trust and value"),
            N_("For each organisation your organisation works with, from 1 (not at all) to 4 "
               "(a great deal). Leave out a question you cannot answer."));
  form_begin(r, "network/ratings");
  int nShown = 0;
  for(int i=0; i<s->nOrg; i++){
    if( s->aTie[i].iCollab<1 ) continue;
    const TieAnswer *p = posted(pp, s->azOrg[i]);
    nShown++;
    org_begin(r, s, pp, i);
    for(int k=0; k<TIE_NRATE; k++){
      char zR[12];
      question(r, pp, i, 6+k, sv_azTieRate[k], sv_t(r, azRateQ[k]), 1, 4, azRateLab,
               p ? p->azRate[k] : stored(zR, s->aTie[i].aRate[k], 1));
    }
    sv_printf(r, "</fieldset>\n");
  }
  if( nShown==0 ) sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("You rated no organisation 1 or more, so there is nothing to rate.")));
  form_end(r, N_("Save"));
  sv_page_end(r);
}

typedef void (*TiePage)(SvReq*, const AnswerSet*, const TieSurvey*, const TiePost*, int);
static void ties_get(SvReq *r, TiePage xPage){
  TieScope o; TieSurvey s;
  AnswerSet *a = open_ties(r, 0, &o, &s);
  if( !a ) return;
  xPage(r, a, &s, NULL, 200);
  tie_survey_free(&s);
  answer_set_free(a);
}
void sv_ties_get(SvReq *r){ ties_get(r, levels_page); }
void sv_ties_ratings_get(SvReq *r){ ties_get(r, ratings_page); }

void sv_ties_saved(SvReq *r){
  AnswerSet *a = sv_survey_open(r);
  if( !a ) return;
  const char *zTitle = sv_t(r, N_("Answers saved"));
  sv_page_begin(r, 200, zTitle);
  sv_printf(r, "<h1>%h</h1>\n", zTitle);
  sv_survey_intro(r, a);
  sv_printf(r, "<p>%h</p>\n<p><a href=\"/s/%h/network\">%h</a></p>\n<p><a href=\"/s/%h\">%h</a></p>\n",
            sv_t(r, N_("Your answers about the organisations your organisation works with are saved. You can change them until the survey closes.")),
            r->zToken, sv_t(r, N_("Change these answers")), r->zToken, sv_t(r, N_("Back to the survey")));
  sv_page_end(r);
  answer_set_free(a);
}

/* The problems of err placed on the survey's organisations. */
static void place_problems(const TieSurvey *s, TiePost *pp, const ErrList *pErr){
  int n = errlist_kept(pErr);
  pp->aProb = xcalloc((size_t)n+1, sizeof(TieProblem));
  for(int e=0; e<n; e++){
    const ErrEntry *x = &pErr->a[e];
    TieProblem *q = &pp->aProb[pp->nProb++];
    q->iOrg = -1; q->iCol = x->iCol>0 ? x->iCol-1 : 0; q->zMsg = x->zMsg;
    if( x->iLine<1 || x->iLine>pp->n || !pp->a[x->iLine-1].zOrg ) continue;
    for(int i=0; i<s->nOrg; i++) if( strcmp(s->azOrg[i], pp->a[x->iLine-1].zOrg)==0 ) q->iOrg = i;
  }
}

/* A save for the writer: the scope and rows (borrowed from the request,
** which waits). */
typedef struct TieJob { TieScope o; TieAnswer *a; int n, eStep, nTie; } TieJob;

static int write_ties(Store *p, SvJob *j){
  TieJob *t = j->pArg;
  ErrList err = ERRLIST_INIT;
  t->nTie = tie_survey_save(p, &t->o, t->a, t->n, t->eStep, 0, &err);
  int rc = STORE_OK;
  if( err.n ){
    j->zErr = xstrdup(err.a[0].zMsg);
    rc = STORE_ERROR;
  }
  errlist_free(&err);
  return rc;
}

static void tie_job_free(void *pArg){
  TieJob *t = pArg;
  if( !t ) return;
  free((char*)t->o.zPartnership); free((char*)t->o.zWave); free((char*)t->o.zRespondent);
  free(t->a);
  free(t);
}

/* Where a committed save leads. */
static int after_ties(SvReq *r){
  SvJob *j = r->pJob;
  TieJob *t = j->pArg;
  if( j->rc ){
    fprintf(stderr, "synergist: error: saving ties: %s\n", j->zErr ? j->zErr : "failed");
    r->nRetryAfter = 5;
    sv_message(r, 503, N_("Not saved"), N_("Your answers could not be saved just now. Please go back and try again in a few minutes."));
    return 0;
  }
  const char *zNav = sv_form_get(&r->form, "nav");
  if( strcmp(zNav, "save")==0 ) sv_redirect(r, "/s/%s", r->zToken);
  else if( t->eStep==TIE_STEP_LEVELS && t->nTie>0 ) sv_redirect(r, "/s/%s/network/ratings", r->zToken);
  else sv_redirect(r, "/s/%s/network/saved", r->zToken);
  return 0;
}

static void ties_post(SvReq *r, int eStep){
  TieScope o; TieSurvey s;
  AnswerSet *a = open_ties(r, 1, &o, &s);
  if( !a ) return;
  const char *zNav = sv_form_get(&r->form, "nav");
  TiePost pp;
  memset(&pp, 0, sizeof(pp));
  int rc = sv_tie_rows(&r->form, eStep, &pp.a, &pp.n);
  if( rc || !zNav || sv_form_count(&r->form, "nav")!=1 || (strcmp(zNav, "next")!=0 && strcmp(zNav, "save")!=0) ){
    free(pp.a);
    tie_survey_free(&s);
    answer_set_free(a);
    sv_message(r, 400, N_("Answers not accepted"), N_("The form holds a field that is not one of its questions. Nothing was saved."));
    return;
  }
  /* The import's checks, here first, so that every problem shows at its field. */
  ErrList err = ERRLIST_INIT;
  tie_survey_save(r->pStore, &o, pp.a, pp.n, eStep, 1, &err);
  if( err.n ){
    place_problems(&s, &pp, &err);
    (eStep==TIE_STEP_LEVELS ? levels_page : ratings_page)(r, a, &s, &pp, 400);
    free(pp.aProb); free(pp.a);
    errlist_free(&err);
    tie_survey_free(&s);
    answer_set_free(a);
    return;
  }
  SvJob *j = xcalloc(1, sizeof(*j));
  TieJob *t = xcalloc(1, sizeof(*t));
  t->o.zPartnership = xstrdup(o.zPartnership); t->o.zWave = xstrdup(o.zWave); t->o.zRespondent = xstrdup(o.zRespondent);
  t->a = pp.a; t->n = pp.n; t->eStep = eStep;
  j->xWrite = write_ties; j->pArg = t; j->xFree = tie_job_free;
  j->pReq = r;
  r->pJob = j;
  r->xAfterSave = after_ties;
  tie_survey_free(&s);
  answer_set_free(a);
}

void sv_ties_post(SvReq *r){ ties_post(r, TIE_STEP_LEVELS); }
void sv_ties_ratings_post(SvReq *r){ ties_post(r, TIE_STEP_RATINGS); }

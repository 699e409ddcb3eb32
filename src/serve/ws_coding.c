/*
** ws_coding.c: the posts of the coding workspace: code a selection (from
** the browser's UTF-16 positions, see selpos.h, or from code points),
** remove or recode a segment, write a memo, accept or reject suggestions,
** and undo or redo the user's last coding actions. Each checks the CSRF
** token, the role and the partnership first, answers 4xx and changes
** nothing when one fails, then hands the change to the writer thread,
** which makes it with the same use cases as the command line
** (qual/coding.h: qual_segment_code, qual_segment_remove,
** qual_segment_recode, qual_memo_add, qual_suggestions_decide), audited
** under the signed-in user's name, and redirects (post, redirect, get).
** Undo and redo are qual_coding_undo() (the audit trail replayed; undoing
** a removal gives the segment back with its memos).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "serve/selpos.h"
#include "qual/coding.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* What a change needs; every string owned. */
typedef struct WsArgs {
  char *zWho, *zSource, *zCode, *zKind, *zTarget, *zText, *zBack;
  int64_t iStart, iEnd, iId;
  int bNew, bAccept, bRedo;
  int64_t *aId; int nId;
} WsArgs;

static void args_free(void *p){
  WsArgs *a = p;
  if( !a ) return;
  free(a->zWho); free(a->zSource); free(a->zCode); free(a->zKind); free(a->zTarget);
  free(a->zText); free(a->zBack); free(a->aId); free(a);
}
static char *dup_or_null(const char *z){ return z ? xstrdup(z) : NULL; }

/* A whole number from 0 in form field zName into *pv; 0 when absent or bad. */
static int form_num(SvReq *r, const char *zName, int64_t *pv){
  const char *z = sv_form_get(&r->form, zName);
  if( !z || !z[0] ) return 0;
  char *zEnd;
  long long v = strtoll(z, &zEnd, 10);
  if( *zEnd || v<0 ) return 0;
  *pv = v;
  return 1;
}

/* The redirect after a change: the form's back, else zDefault (a format with the job's result). */
static int after_redirect(SvReq *r){
  if( ws_job_failed(r) ) return 0;
  WsArgs *a = r->pJob->pArg;
  if( a->zBack ){
    if( r->pJob->iResult && !strchr(a->zBack, '#') ) sv_redirect(r, "%s#g%lld", a->zBack, (long long)r->pJob->iResult);
    else sv_redirect(r, "%s", a->zBack);
  }else{
    sv_redirect(r, "/w/sources");
  }
  return 0;
}

/* "/w/source?s=NAME&at=CP": the part of source NAME holding code point
** CP (caller frees). */
static char *source_path(const char *zSource, int64_t iAt){
  Sb b = SB_INIT;
  html_printf(&b, "/w/source?s=%U&at=%lld", zSource, (long long)iAt);
  return sb_take(&b);
}

/* ---- code a selection ---- */

static int write_code(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return qual_segment_code(p, a->zSource, a->zCode, a->zWho, a->iStart, a->iEnd, NULL, a->bNew, 1, a->zWho, &j->iResult);
}

void ws_code_post(SvReq *r){
  if( !sv_require_post(r, ROLE_CODER, NULL) ) return;
  QualSource src;
  int64_t iStart = -1, iEnd = -1, p1, u1, p2, u2;
  int bUnits = form_num(r, "p1", &p1) && form_num(r, "u1", &u1) && form_num(r, "p2", &p2) && form_num(r, "u2", &u2);
  /* The text only for converting a browser's selection. */
  if( !ws_source_open(r, sv_form_get(&r->form, "s"), bUnits, &src) ) return;
  const char *zCode = sv_form_get(&r->form, "code");
  if( bUnits ){
    /* The browser's selection: UTF-16 units from the start of a paragraph. */
    iStart = selpos_cp(src.zText, p1, u1, 0);
    iEnd = selpos_cp(src.zText, p2, u2, 1);
  }else if( !form_num(r, "start", &iStart) || !form_num(r, "end", &iEnd) ){
    iStart = iEnd = -1;
  }
  Sb msg = SB_INIT;
  if( !zCode || !zCode[0] ) sb_puts(&msg, sv_t(r, N_("code: choose a code. ")));
  if( iStart<0 || iEnd<=iStart || iEnd>src.nCp ){
    sb_printf(&msg, sv_t(r, N_("The selection is empty or outside the text (it has %lld characters).")), (long long)src.nCp);
  }
  if( msg.n ){
    ws_refused(r, 400, sb_str(&msg));
    sb_free(&msg);
    st_source_clear(&src);
    return;
  }
  WsArgs *a = xcalloc(1, sizeof(*a));
  a->zWho = xstrdup(sv_who(r));
  a->zSource = xstrdup(src.zName);
  a->zCode = xstrdup(zCode);
  a->iStart = iStart; a->iEnd = iEnd;
  const char *zNew = sv_form_get(&r->form, "new");
  a->bNew = zNew && strcmp(zNew, "1")==0;
  const char *zBack = ws_back(r, NULL);
  a->zBack = zBack ? xstrdup(zBack) : source_path(src.zName, iStart);
  st_source_clear(&src);
  ws_queue(r, write_code, a, args_free, after_redirect);
}

/* ---- one segment: remove, recode ---- */

/* Segment of form field "id" that the user may change: coders their own,
** evaluators and admins any in their partnerships. 0 with a page written. */
static int segment_for_change(SvReq *r, QualSegment *g){
  int64_t id;
  if( !form_num(r, "id", &id) || qual_segment_get(r->pStore, id, g)!=STORE_OK ){
    sv_app_message(r, 404, N_("Segment not found"), N_("There is no such segment: it may have been removed."));
    return 0;
  }
  const User *u = sv_user(r);
  int bOk = sv_require(r, ROLE_CODER, g->zPartnership);
  if( bOk && u->role<ROLE_EVALUATOR && strcmp(g->zCoder, u->zName)!=0 ){
    sv_app_message(r, 403, N_("Not allowed"), N_("Coders change only their own segments; an evaluator can change any."));
    bOk = 0;
  }
  if( !bOk ){
    free(g->zSource); free(g->zPartnership); free(g->zCodePath); free(g->zCoder);
    return 0;
  }
  return 1;
}

static int write_remove(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return qual_segment_remove(p, a->iId, a->zWho, a->zText);
}
static int write_recode(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return qual_segment_recode(p, a->iId, a->zCode, a->zWho, a->zText, NULL);
}

static void segment_change(SvReq *r, int bRecode){
  if( !sv_require_post(r, ROLE_CODER, NULL) ) return;
  QualSegment g;
  if( !segment_for_change(r, &g) ) return;
  const char *zCode = sv_form_get(&r->form, "code");
  if( bRecode && (!zCode || !zCode[0]) ){
    ws_refused(r, 400, sv_t(r, N_("code: choose the new code.")));
  }else{
    WsArgs *a = xcalloc(1, sizeof(*a));
    a->zWho = xstrdup(sv_who(r));
    a->iId = g.id;
    a->zCode = dup_or_null(zCode);
    const char *zReason = sv_form_get(&r->form, "reason");
    a->zText = zReason && zReason[0] ? xstrdup(zReason) : NULL;
    const char *zBack = ws_back(r, NULL);
    a->zBack = zBack ? xstrdup(zBack) : source_path(g.zSource, g.iStart);
    ws_queue(r, bRecode ? write_recode : write_remove, a, args_free, after_redirect);
  }
  free(g.zSource); free(g.zPartnership); free(g.zCodePath); free(g.zCoder);
}
void ws_remove_post(SvReq *r){ segment_change(r, 0); }
void ws_recode_post(SvReq *r){ segment_change(r, 1); }

/* ---- memos on a source or a segment ---- */

static int write_memo(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  int64_t id;
  return qual_memo_add(p, a->zKind, a->zTarget, a->zText, a->zWho, &id);
}

void ws_memo_post(SvReq *r){
  if( !sv_require_post(r, ROLE_CODER, NULL) ) return;
  const char *zKind = sv_form_get(&r->form, "kind");
  const char *zText = sv_form_get(&r->form, "text");
  char *zTarget = NULL, *zBack = NULL;
  if( zKind && strcmp(zKind, "source")==0 ){
    QualSource src;
    if( !ws_source_open(r, sv_form_get(&r->form, "target"), 0, &src) ) return;
    zTarget = xstrdup(src.zName);
    zBack = source_path(src.zName, 0);
    st_source_clear(&src);
  }else if( zKind && strcmp(zKind, "segment")==0 ){
    QualSegment g;
    if( !form_num(r, "target", &g.id) || qual_segment_get(r->pStore, g.id, &g)!=STORE_OK ){
      sv_app_message(r, 404, N_("Segment not found"), N_("There is no such segment: it may have been removed."));
      return;
    }
    if( !sv_require(r, ROLE_CODER, g.zPartnership) ){
      free(g.zSource); free(g.zPartnership); free(g.zCodePath); free(g.zCoder);
      return;
    }
    zTarget = xasprintf("%lld", (long long)g.id);
    Sb b = SB_INIT;
    html_printf(&b, "/w/segment?id=%lld", (long long)g.id);
    zBack = sb_take(&b);
    free(g.zSource); free(g.zPartnership); free(g.zCodePath); free(g.zCoder);
  }else{
    ws_refused(r, 400, sv_t(r, N_("kind: a memo is on a source or on a segment.")));
    return;
  }
  if( !zText || !zText[0] ){
    ws_refused(r, 400, sv_t(r, N_("text: the memo is empty.")));
    free(zTarget); free(zBack);
    return;
  }
  WsArgs *a = xcalloc(1, sizeof(*a));
  a->zWho = xstrdup(sv_who(r));
  a->zKind = xstrdup(zKind);
  a->zTarget = zTarget;
  a->zText = xstrdup(zText);
  const char *zB = ws_back(r, NULL);
  a->zBack = zB ? xstrdup(zB) : zBack;
  if( zB ) free(zBack);
  ws_queue(r, write_memo, a, args_free, after_redirect);
}

/* ---- auto-coding suggestions ---- */

static int write_decide(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return qual_suggestions_decide(p, a->aId, a->nId, a->bAccept, a->zWho, 1, a->zWho);
}

void ws_suggest_post(SvReq *r){
  if( !sv_require_post(r, ROLE_CODER, NULL) ) return;
  const char *zDo = sv_form_get(&r->form, "do");
  int n = sv_form_count(&r->form, "id");
  if( !zDo || (strcmp(zDo, "accept")!=0 && strcmp(zDo, "reject")!=0) || n==0 ){
    ws_refused(r, 400, sv_t(r, N_("Check at least one suggestion, then accept or reject.")));
    return;
  }
  WsArgs *a = xcalloc(1, sizeof(*a));
  a->aId = xmalloc(sizeof(int64_t)*(size_t)n);
  for(int i=0; i<r->form.n; i++){
    if( strcmp(r->form.azName[i], "id")!=0 ) continue;
    char *zEnd, *zP = NULL;
    long long v = strtoll(r->form.azValue[i], &zEnd, 10);
    if( *zEnd || v<=0 || qual_suggestion_partnership(r->pStore, v, &zP)!=STORE_OK ){
      sv_app_message(r, 404, N_("Suggestion not found"), N_("There is no such suggestion."));
      args_free(a);
      return;
    }
    int bDenied = !sv_require(r, ROLE_CODER, zP);
    free(zP);
    if( bDenied ){ args_free(a); return; }
    a->aId[a->nId++] = v;
  }
  a->zWho = xstrdup(sv_who(r));
  a->bAccept = zDo[0]=='a';
  const char *zB = ws_back(r, "/w/sources");
  a->zBack = xstrdup(zB);
  ws_queue(r, write_decide, a, args_free, after_redirect);
}

/* ---- undo and redo ---- */

static int write_undo(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return qual_coding_undo(p, a->zWho, a->bRedo, &j->iResult, &j->zErr);
}

static void undo_redo(SvReq *r, int bRedo){
  if( !sv_require_post(r, ROLE_CODER, NULL) ) return;
  WsArgs *a = xcalloc(1, sizeof(*a));
  a->zWho = xstrdup(sv_who(r));
  a->bRedo = bRedo;
  a->zBack = xstrdup(ws_back(r, "/w/sources"));
  ws_queue(r, write_undo, a, args_free, after_redirect);
}
void ws_undo_post(SvReq *r){ undo_redo(r, 0); }
void ws_redo_post(SvReq *r){ undo_redo(r, 1); }

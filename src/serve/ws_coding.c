/*
** ws_coding.c: the posts of the coding workspace: code a selection (from
** the browser's UTF-16 positions, see selpos.h, or from code points),
** remove or recode a segment, write a memo, accept or reject suggestions,
** and undo or redo the user's last coding actions. Each checks the CSRF
** token, the role and the partnership first, answers 4xx and changes
** nothing when one fails, then hands the change to the writer thread,
** which makes it with the same store functions as the command line
** (st_segment_add, st_segment_remove, st_segment_recode, st_memo_add,
** st_suggestion_decide), audited under the signed-in user's name, and
** redirects (post, redirect, get).
**
** Undo and redo read the user's coding actions from the audit trail: an
** undo records the inverse action with the reason "undo N" (N the audit
** row undone), a redo the inverse of an undo with "redo N"; replaying the
** trail with those rules gives the undo and redo stacks. Undoing a removal
** codes the span again (its memos stay removed).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/ws.h"
#include "serve/selpos.h"
#include "store/st_autocode.h"
#include "store/st_workspace.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

#define WS_UNDO_DEPTH 200     /* coding actions read back for undo and redo */

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

/* "/w/source?s=NAME" with NAME encoded (caller frees). */
static char *source_path(const char *zSource){
  Sb b = SB_INIT;
  html_printf(&b, "/w/source?s=%U", zSource);
  return sb_take(&b);
}

/* ---- code a selection ---- */

static int write_code(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  int rc = st_ws_coder_ensure(p, a->zWho);
  if( rc ) return rc;
  if( a->bNew ){
    int64_t id;
    if( st_code_find(p, a->zCode, &id, NULL)==STORE_NOTFOUND ){
      /* "parent/child": the new code goes under its parent. */
      char *zSlash = strrchr(a->zCode, '/');
      if( zSlash ) *zSlash = 0;
      rc = st_code_add(p, zSlash ? zSlash+1 : a->zCode, zSlash ? a->zCode : NULL, NULL, NULL, 0, a->zWho, &id);
      if( zSlash ) *zSlash = '/';
      if( rc ) return rc;
    }
  }
  return st_segment_add(p, a->zSource, a->zCode, a->zWho, a->iStart, a->iEnd, NULL, a->zWho, &j->iResult);
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
    qual_source_clear(&src);
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
  a->zBack = zBack ? xstrdup(zBack) : source_path(src.zName);
  qual_source_clear(&src);
  ws_queue(r, write_code, a, args_free, after_redirect);
}

/* ---- one segment: remove, recode ---- */

/* Segment of form field "id" that the user may change: coders their own,
** evaluators and admins any in their partnerships. 0 with a page written. */
static int segment_for_change(SvReq *r, QualSegment *g){
  int64_t id;
  if( !form_num(r, "id", &id) || st_ws_segment(r->pStore, id, g)!=STORE_OK ){
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
  return st_segment_remove(p, a->iId, a->zWho, a->zText);
}
static int write_recode(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  return st_segment_recode(p, a->iId, a->zCode, a->zWho, a->zText);
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
    a->zBack = zBack ? xstrdup(zBack) : source_path(g.zSource);
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
  return st_memo_add(p, a->zKind, a->zTarget, a->zText, a->zWho, &id);
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
    zBack = source_path(src.zName);
    qual_source_clear(&src);
  }else if( zKind && strcmp(zKind, "segment")==0 ){
    QualSegment g;
    if( !form_num(r, "target", &g.id) || st_ws_segment(r->pStore, g.id, &g)!=STORE_OK ){
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
  int rc = st_ws_coder_ensure(p, a->zWho);
  for(int i=0; i<a->nId && rc==STORE_OK; i++){
    rc = st_suggestion_decide(p, a->aId[i], a->bAccept, a->zWho, a->zWho);
  }
  return rc;
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
    if( *zEnd || v<=0 || st_ws_suggestion_partnership(r->pStore, v, &zP)!=STORE_OK ){
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

/* The inverse of coding action x, recorded by zWho with reason zReason. */
static int invert_action(Store *p, SvJob *j, const WsAction *x, const char *zWho, const char *zReason, int64_t *piSeg){
  int64_t iSeg = 0;
  if( strncmp(x->zTarget, "segment ", 8)==0 ) iSeg = strtoll(x->zTarget+8, NULL, 10);
  if( strcmp(x->zAction, "segment add")==0 ){
    *piSeg = 0;
    return st_segment_remove(p, iSeg, zWho, zReason);
  }
  char *zSrc, *zCode, *zCoder;
  int64_t a, b;
  if( !x->zBefore || !st_ws_desc_parse(x->zBefore, &zSrc, &a, &b, &zCode, &zCoder) ){
    j->zErr = xasprintf("audit row %lld cannot be undone", (long long)x->id);
    return STORE_ERROR;
  }
  int rc;
  if( strcmp(x->zAction, "segment remove")==0 ){
    rc = st_segment_add(p, zSrc, zCode, zCoder, a, b, NULL, zWho, piSeg);
    if( rc==STORE_OK ) rc = st_ws_mark_last(p, zReason);
  }else{
    *piSeg = iSeg;
    rc = st_segment_recode(p, iSeg, zCode, zWho, zReason);
  }
  free(zSrc); free(zCode); free(zCoder);
  return rc;
}

static int write_undo(Store *p, SvJob *j){
  WsArgs *a = j->pArg;
  WsAction *aAct = NULL; int n = 0;
  int rc = st_ws_actions(p, a->zWho, WS_UNDO_DEPTH, &aAct, &n);
  if( rc ) return rc;
  int *aDone = xmalloc(sizeof(int)*(size_t)(n+1)), *aRedo = xmalloc(sizeof(int)*(size_t)(n+1));
  int nDone = 0, nRedo = 0;
  for(int i=0; i<n; i++){
    const char *zR = aAct[i].zReason ? aAct[i].zReason : "";
    if( strncmp(zR, "undo ", 5)==0 ){ if( nDone ) nDone--; aRedo[nRedo++] = i; }
    else if( strncmp(zR, "redo ", 5)==0 ){ if( nRedo ) nRedo--; aDone[nDone++] = i; }
    else{ aDone[nDone++] = i; nRedo = 0; }
  }
  if( a->bRedo ? nRedo==0 : nDone==0 ){
    j->zErr = xstrdup(a->bRedo ? N_("Nothing to redo.") : N_("Nothing to undo."));
    rc = STORE_NOTFOUND;
  }else{
    const WsAction *x = &aAct[a->bRedo ? aRedo[nRedo-1] : aDone[nDone-1]];
    char *zReason = xasprintf("%s %lld", a->bRedo ? "redo" : "undo", (long long)x->id);
    rc = invert_action(p, j, x, a->zWho, zReason, &j->iResult);
    free(zReason);
  }
  free(aDone); free(aRedo);
  ws_actions_free(aAct, n);
  return rc;
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

/*
** coding.c: the use cases of coding (see coding.h), over the store's
** functions for sources, codes, segments, memos and suggestions, and
** undo/redo from the audit trail.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "qual/coding.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int qual_source(Store *p, const char *zName, int bText, QualSource *pOut){ return st_source_get(p, zName, bText, pOut); }
int qual_sources_progress(Store *p, const char *zPartnership, WsSource **pa, int *pn){ return st_ws_sources(p, zPartnership, pa, pn); }
int qual_codes(Store *p, QualCode **pa, int *pn){ return st_code_all(p, pa, pn); }
int qual_code_table(Store *p, Table *pOut){ return st_code_list(p, pOut); }
int qual_coders(Store *p, Table *pOut){ return st_coder_list(p, pOut); }
int qual_segments(Store *p, const SegFilter *pF, QualSegment **pa, int *pn){ return st_segment_list(p, pF, pa, pn); }
int qual_segment_get(Store *p, int64_t iId, QualSegment *pOut){ return st_ws_segment(p, iId, pOut); }
int qual_suggestions(Store *p, const SuggestFilter *pF, Table *pOut){ return st_suggestion_list(p, pF, pOut); }
int qual_suggestion_partnership(Store *p, int64_t iId, char **pz){ return st_ws_suggestion_partnership(p, iId, pz); }
int qual_memos(Store *p, const char *zKind, const char *zTarget, Table *pOut){ return st_memo_list(p, zKind, zTarget, pOut); }
int qual_recent_codes(Store *p, const char *zWho, int nMax, int64_t *aId, int *pn){
  return st_ws_recent_codes(p, zWho, nMax, aId, pn);
}

int qual_segment_code(Store *p, const char *zSource, const char *zCode, const char *zCoder,
                      int64_t iStart, int64_t iEnd, const char *zMemo, int bNewCode, int bEnsureCoder,
                      const char *zWho, int64_t *pId){
  int rc = bEnsureCoder ? st_ws_coder_ensure(p, zCoder) : STORE_OK;
  if( rc ) return rc;
  int64_t id;
  if( bNewCode && st_code_find(p, zCode, &id, NULL)==STORE_NOTFOUND ){
    /* "parent/child": the new code goes under its parent. */
    char *zPath = xstrdup(zCode);
    char *zSlash = strrchr(zPath, '/');
    if( zSlash ) *zSlash = 0;
    rc = st_code_add(p, zSlash ? zSlash+1 : zPath, zSlash ? zPath : NULL, NULL, NULL, 0, zWho, &id);
    free(zPath);
    if( rc ) return rc;
  }
  return st_segment_add(p, zSource, zCode, zCoder, iStart, iEnd, zMemo, zWho, pId);
}

int qual_segment_remove(Store *p, int64_t iId, const char *zWho, const char *zReason){
  return st_segment_remove(p, iId, zWho, zReason);
}
int qual_segment_recode(Store *p, int64_t iId, const char *zCode, const char *zWho, const char *zReason, int *pbSame){
  int bSame;
  return st_segment_recode(p, iId, zCode, zWho, zReason, pbSame ? pbSame : &bSame);
}
int qual_memo_add(Store *p, const char *zKind, const char *zTarget, const char *zText, const char *zWho, int64_t *pId){
  return st_memo_add(p, zKind, zTarget, zText, zWho, pId);
}

int qual_suggestions_decide(Store *p, const int64_t *aId, int n, int bAccept, const char *zCoder,
                            int bEnsureCoder, const char *zWho){
  int rc = bEnsureCoder ? st_ws_coder_ensure(p, zCoder) : STORE_OK;
  for(int i=0; i<n && rc==STORE_OK; i++) rc = st_suggestion_decide(p, aId[i], bAccept, zCoder, zWho);
  return rc;
}

int qual_code_add(Store *p, const char *zName, const char *zParent, const char *zDesc,
                  const char *zExample, const char *zWho, int64_t *pId){
  return st_code_add(p, zName, zParent, zDesc, zExample, 0, zWho, pId);
}
int qual_code_rename(Store *p, const char *zCode, const char *zNewName, const char *zWho, const char *zReason){
  return st_code_rename(p, zCode, zNewName, zWho, zReason);
}
int qual_code_describe(Store *p, const char *zCode, const char *zDesc, const char *zExample, const char *zWho){
  return st_code_describe(p, zCode, zDesc, zExample, zWho);
}
int qual_code_move(Store *p, const char *zCode, const char *zNewParent, const char *zWho, const char *zReason){
  return st_code_move(p, zCode, zNewParent, zWho, zReason);
}
int qual_code_merge(Store *p, const char *zFrom, const char *zInto, const char *zWho, const char *zReason){
  return st_code_merge(p, zFrom, zInto, zWho, zReason);
}

/* ---- undo and redo ---- */

#define UNDO_DEPTH 200        /* coding actions read back */

/* Give segment iNew the memos segment iOld had (from the audit trail). */
static int memos_back(Store *p, int64_t iOld, int64_t iNew){
  Table *t = table_newc(NULL, "author,text");
  int rc = st_ws_segment_memo_log(p, iOld, t);
  char zNew[24];
  snprintf(zNew, sizeof(zNew), "%lld", (long long)iNew);
  for(int i=0; rc==STORE_OK && i<t->nRow; i++){
    rc = st_memo_add(p, "segment", zNew, table_cell(t, i, 1)->z, table_cell(t, i, 0)->z, NULL);
  }
  table_free(t);
  return rc;
}

/* The inverse of coding action x, recorded by zWho with reason zReason. */
static int invert_action(Store *p, const WsAction *x, const char *zWho, const char *zReason, int64_t *piSeg, char **pzErr){
  int64_t iSeg = 0;
  if( strncmp(x->zTarget, "segment ", 8)==0 ) iSeg = strtoll(x->zTarget+8, NULL, 10);
  if( strcmp(x->zAction, "segment add")==0 ){
    *piSeg = 0;
    return st_segment_remove(p, iSeg, zWho, zReason);
  }
  char *zSrc, *zCode, *zCoder;
  int64_t a, b;
  if( !x->zBefore || !st_ws_desc_parse(x->zBefore, &zSrc, &a, &b, &zCode, &zCoder) ){
    *pzErr = xasprintf(_("audit row %lld cannot be undone"), (long long)x->id);
    return STORE_ERROR;
  }
  int rc;
  if( strcmp(x->zAction, "segment remove")==0 ){
    rc = st_segment_add(p, zSrc, zCode, zCoder, a, b, NULL, zWho, piSeg);
    if( rc==STORE_OK ) rc = st_ws_mark_last(p, zReason);
    if( rc==STORE_OK ) rc = memos_back(p, iSeg, *piSeg);
  }else{
    *piSeg = iSeg;
    rc = st_segment_recode(p, iSeg, zCode, zWho, zReason, NULL);
  }
  free(zSrc); free(zCode); free(zCoder);
  return rc;
}

int qual_coding_undo(Store *p, const char *zWho, int bRedo, int64_t *piSeg, char **pzErr){
  WsAction *aAct = NULL; int n = 0;
  *piSeg = 0;
  *pzErr = NULL;
  int rc = st_ws_actions(p, zWho, UNDO_DEPTH, &aAct, &n);
  if( rc ) return rc;
  int *aDone = xmalloc(sizeof(int)*(size_t)(n+1)), *aRedo = xmalloc(sizeof(int)*(size_t)(n+1));
  int nDone = 0, nRedo = 0;
  for(int i=0; i<n; i++){
    const char *zR = aAct[i].zReason ? aAct[i].zReason : "";
    if( strncmp(zR, "undo ", 5)==0 ){ if( nDone ) nDone--; aRedo[nRedo++] = i; }
    else if( strncmp(zR, "redo ", 5)==0 ){ if( nRedo ) nRedo--; aDone[nDone++] = i; }
    else{ aDone[nDone++] = i; nRedo = 0; }
  }
  if( bRedo ? nRedo==0 : nDone==0 ){
    *pzErr = xstrdup(bRedo ? N_("Nothing to redo.") : N_("Nothing to undo."));
    rc = STORE_NOTFOUND;
  }else{
    const WsAction *x = &aAct[bRedo ? aRedo[nRedo-1] : aDone[nDone-1]];
    char *zReason = xasprintf("%s %lld", bRedo ? "redo" : "undo", (long long)x->id);
    rc = invert_action(p, x, zWho, zReason, piSeg, pzErr);
    free(zReason);
  }
  free(aDone); free(aRedo);
  st_ws_actions_free(aAct, n);
  return rc;
}

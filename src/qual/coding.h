/*
** coding.h: the use cases of coding, shared by the coding workspace of
** `synergist serve` (src/serve/ws_*.c) and the command line (through the
** Err-returning use cases of coding_run.h: `code`, `segment`, `memo`,
** `suggest`, `coder`, `source show`): sources, the codebook, segments,
** memos and suggestions, read and changed through here and nowhere else
** above the store. Each returns a STORE_* code (the message in
** store_errmsg()), which the workspace answers as 404 or 409; zWho names
** who makes a change in the audit trail (NULL: st_who(), $SYNERGIST_USER
** or $USER); each write runs inside the caller's transaction
** (store_write()).
**
** Undo and redo (qual_coding_undo) replay a user's coding actions from the
** audit trail: an undo records the inverse action with the reason "undo N"
** (N the audit row undone), a redo the inverse of an undo with "redo N".
** Undoing a removal codes the span again and gives it back its memos (as
** the audit trail recorded them when they were written).
*/
#ifndef SYN_QUAL_CODING_H
#define SYN_QUAL_CODING_H
#include <stdint.h>
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "store/st_workspace.h"

/* ---- reads ---- */
int qual_source(Store*, const char *zName, int bText, QualSource *pOut);
/* The sources of zPartnership (NULL: all) with their coding progress. */
int qual_sources_progress(Store*, const char *zPartnership, WsSource **pa, int *pn);
int qual_codes(Store*, QualCode **pa, int *pn);            /* tree order */
int qual_code_table(Store*, Table *pOut);                  /* `code list` */
int qual_coders(Store*, Table *pOut);                      /* `coder list` */
int qual_segments(Store*, const SegFilter*, QualSegment **pa, int *pn);
/* Segment iId with source, partnership, code path and coder. */
int qual_segment_get(Store*, int64_t iId, QualSegment *pOut);
int qual_suggestions(Store*, const SuggestFilter*, Table *pOut);
/* The partnership of suggestion iId's source (caller frees). */
int qual_suggestion_partnership(Store*, int64_t iId, char **pzPartnership);
int qual_memos(Store*, const char *zKind, const char *zTarget, Table *pOut);
/* The ids of the codes zWho used last, most recent first (at most nMax). */
int qual_recent_codes(Store*, const char *zWho, int nMax, int64_t *aId, int *pn);

/* ---- changes ---- */
/* Code [iStart,iEnd) of zSource with zCode for coder zCoder; bNewCode
** creates zCode first when it does not exist ("parent/child" goes under
** its parent); bEnsureCoder creates the coder (a signed-in user). */
int qual_segment_code(Store*, const char *zSource, const char *zCode, const char *zCoder,
                      int64_t iStart, int64_t iEnd, const char *zMemo, int bNewCode, int bEnsureCoder,
                      const char *zWho, int64_t *pId);
int qual_segment_remove(Store*, int64_t iId, const char *zWho, const char *zReason);
/* Segment iId coded zCode instead; one that already has zCode is left as
** it is, without an audit row (*pbSame 1 when pbSame is not NULL). */
int qual_segment_recode(Store*, int64_t iId, const char *zCode, const char *zWho, const char *zReason, int *pbSame);
int qual_memo_add(Store*, const char *zKind, const char *zTarget, const char *zText, const char *zWho, int64_t *pId);
/* Accept or reject suggestions aId[0..n) for coder zCoder (created when bEnsureCoder). */
int qual_suggestions_decide(Store*, const int64_t *aId, int n, int bAccept, const char *zCoder,
                            int bEnsureCoder, const char *zWho);
int qual_code_add(Store*, const char *zName, const char *zParent, const char *zDesc,
                  const char *zExample, const char *zWho, int64_t *pId);
int qual_code_rename(Store*, const char *zCode, const char *zNewName, const char *zWho, const char *zReason);
int qual_code_describe(Store*, const char *zCode, const char *zDesc, const char *zExample, const char *zWho);
int qual_code_move(Store*, const char *zCode, const char *zNewParent, const char *zWho, const char *zReason);
int qual_code_merge(Store*, const char *zFrom, const char *zInto, const char *zWho, const char *zReason);

/* Undo (bRedo 0) or redo zWho's last coding action. STORE_NOTFOUND with
** *pzErr "Nothing to undo." / "Nothing to redo." (untranslated; caller
** frees) when there is none, STORE_ERROR with *pzErr when the action
** cannot be inverted; *piSeg the segment the change leaves (0 after a
** removal). */
int qual_coding_undo(Store*, const char *zWho, int bRedo, int64_t *piSeg, char **pzErr);

#endif

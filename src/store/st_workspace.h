/*
** st_workspace.h: the store's reads for the coding workspace of the web
** interface: sources with their coding progress, a coder's recent codes,
** and a coder's coding actions from the audit trail (for undo and redo).
** Conventions: see store.h (return STORE_*, strings in are borrowed, what
** comes back is the caller's).
*/
#ifndef SYN_ST_WORKSPACE_H
#define SYN_ST_WORKSPACE_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

/* A source as the list of sources shows it. */
typedef struct WsSource {
  char *zName, *zPartnership, *zKind, *zParticipant, *zLanguage;
  int64_t nCp;          /* length in code points */
  int64_t nSeg;         /* segments */
  int64_t nCoded;       /* code points inside at least one segment */
} WsSource;
void st_ws_sources_free(WsSource *a, int n);
/* Every source of partnership zPartnership (NULL: all), by partnership and
** name, with its coding progress. Caller frees with st_ws_sources_free(). */
int st_ws_sources(Store*, const char *zPartnership, WsSource **pa, int *pn);

/* The ids of the codes zWho coded or recoded with last (from the audit
** trail, so a code stays recent after its segment is removed), most recent
** first, at most nMax into aId; *pn how many. */
int st_ws_recent_codes(Store*, const char *zWho, int nMax, int64_t *aId, int *pn);
/* Split "SOURCE [START,END) CODE by CODER", how the audit trail describes
** a segment. 1 on success with the strings set (caller frees). */
int st_ws_desc_parse(const char *z, char **pzSrc, int64_t *pa, int64_t *pb, char **pzCode, char **pzCoder);

/* One coding action of the audit trail ("segment add", "segment remove",
** "segment recode"). */
typedef struct WsAction {
  int64_t id;                       /* audit row */
  char *zAction, *zTarget, *zBefore, *zAfter, *zReason;
} WsAction;
void st_ws_actions_free(WsAction *a, int n);
/* The last nMax coding actions recorded for zWho, oldest first. */
int st_ws_actions(Store*, const char *zWho, int nMax, WsAction **pa, int *pn);
/* Give the audit row just written (the newest, when it has no reason yet)
** the reason zReason: how undo and redo mark what they record. */
int st_ws_mark_last(Store*, const char *zReason);

/* The memos ever written on segment iId, oldest first, as the audit trail
** recorded them: author,text (a removed segment's memos, for undo). */
int st_ws_segment_memo_log(Store*, int64_t iSeg, Table *pOut);

/* Segment iId with its source, partnership, code path and coder (zMemo
** and zParticipant left NULL). STORE_NOTFOUND when there is none. The
** caller frees with st_segments_free(pOut, 1) on a heap copy, or frees
** the strings. */
struct QualSegment;
int st_ws_segment(Store*, int64_t iId, struct QualSegment *pOut);
/* The partnership of the source of suggestion iId into *pzPartnership
** (caller frees). STORE_NOTFOUND when there is no such suggestion. */
int st_ws_suggestion_partnership(Store*, int64_t iId, char **pzPartnership);
/* Make coder zName exist (the signed-in user codes under their name). */
int st_ws_coder_ensure(Store*, const char *zName);

#endif

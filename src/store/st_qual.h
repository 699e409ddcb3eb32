/*
** st_qual.h: the store's interface for qualitative evidence: sources, coders,
** the codebook tree, coded segments, memos, the audit trail and the
** pseudonymisation list. SQL in st_qual_source.c, st_qual_code.c and
** st_qual_segment.c (segments, memos, the audit trail); schema in
** sql/001_qual.sql.
**
** Conventions: see store.h (return STORE_*, message in store_errmsg(),
** strings passed in are borrowed, what comes back is the caller's).
** Positions are half-open [start, end) in Unicode code points from 0.
** zWho: who makes a change, for the audit trail (NULL: st_who()).
*/
#ifndef SYN_ST_QUAL_H
#define SYN_ST_QUAL_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

/* The name recorded in the audit trail when none is given: $SYNERGIST_USER,
** else $USER, else "unknown". Static storage: never free. */
const char *st_who(void);

/* ---- sources ---- */
typedef struct QualSource {
  int64_t id;
  char *zName;          /* unique name (file base name unless --name) */
  char *zPartnership;   /* partnership code */
  char *zKind;          /* interview, fieldnotes, document */
  char *zParticipant;   /* interviews: the member's pid; else NULL */
  int64_t iMember;      /* that member's row id; 0 when none */
  char *zLanguage;      /* "en" or "fr" */
  char *zDate;          /* YYYY-MM-DD or NULL */
  char *zFile;          /* base name of the imported file, or NULL */
  char *zText;          /* NFC UTF-8 (NULL when not asked for) */
  int64_t nCp;          /* length of the text in code points */
} QualSource;
void st_source_clear(QualSource*);           /* frees the strings it holds */
void st_sources_free(QualSource *a, int n);  /* clears each, frees the array */

/* Add a source. pIn->zText must be NFC UTF-8; nCp is computed here. The
** participant (if any) is looked up by pid in pIn->zPartnership. The new
** row id goes to *pId (may be NULL). STORE_EXISTS if the name is taken. */
int st_source_add(Store*, const QualSource *pIn, int64_t *pId);
/* The same for an import that split (and tokenized) the text ahead, see
** st_search.h: pIn->nCp must be the text's length in code points. */
struct SearchPrep;
int st_source_add_prepared(Store*, const QualSource *pIn, const struct SearchPrep*, int64_t *pId);
/* The source named zName, with its text when bText. STORE_NOTFOUND
** (message names it) when absent. Caller clears *pOut. */
int st_source_get(Store*, const char *zName, int bText, QualSource *pOut);
/* Every source (zPartnership NULL: all), ordered by partnership, name; with
** text when bText. Caller frees with st_sources_free(). */
int st_source_all(Store*, const char *zPartnership, int bText, QualSource **pa, int *pn);
/* Listing: name,partnership,kind,participant,language,date,characters,segments. */
int st_source_list(Store*, const char *zPartnership, Table *pOut);
/* Remove a source with its segments and memos (audited). */
int st_source_remove(Store*, const char *zName, const char *zWho, const char *zReason);

/* ---- coders ---- */
int st_coder_add(Store*, const char *zName);                 /* STORE_EXISTS if taken */
/* Row id of coder zName; STORE_NOTFOUND (message lists how to add) otherwise. */
int st_coder_id(Store*, const char *zName, int64_t *pId);
int st_coder_list(Store*, Table *pOut);                      /* coder,segments,sources */

/* ---- codes (a tree; a code's path is its ancestors' names and its own,
** joined by "/": "determinants/relationships/trust") ---- */
typedef struct QualCode {
  int64_t id, iParent;  /* iParent 0 for a top-level code */
  char *zName, *zPath, *zDescription, *zExample;
  char *zColor;         /* "#RRGGBB" or NULL */
  int bBuiltin;
  int iDepth;           /* 0 for top level */
} QualCode;
void st_codes_free(QualCode *a, int n);
/* Every code in tree order (depth first, siblings in the order they were added). */
int st_code_all(Store*, QualCode **pa, int *pn);
/* Resolve a code given by full path, or by the end of a path that is unique
** in the tree: its name ("trust") or its last parts ("operational/leadership").
** STORE_NOTFOUND when none; STORE_NOTFOUND with a message listing the
** candidate paths when the name is ambiguous. */
int st_code_find(Store*, const char *zCode, int64_t *pId, char **pzPath);
/* Ids of the code and all its descendants. Caller frees *paId. */
int st_code_subtree(Store*, int64_t iCode, int64_t **paId, int *pn);
/* Add zName under zParent (NULL: top level). zName must not contain "/". */
int st_code_add(Store*, const char *zName, const char *zParent, const char *zDesc,
                const char *zExample, int bBuiltin, const char *zWho, int64_t *pId);
/* Rename a code (its descendants' paths follow). */
int st_code_rename(Store*, const char *zCode, const char *zNewName, const char *zWho, const char *zReason);
/* Change description and/or example (NULL: unchanged). */
int st_code_describe(Store*, const char *zCode, const char *zDesc, const char *zExample, const char *zWho);
/* Move a code under zNewParent (NULL: top level); refuses a move into its own subtree. */
int st_code_move(Store*, const char *zCode, const char *zNewParent, const char *zWho, const char *zReason);
/* Merge zFrom into zInto: segments, memos and children follow, zFrom is removed.
** Segments that would duplicate one already on zInto are dropped. */
int st_code_merge(Store*, const char *zFrom, const char *zInto, const char *zWho, const char *zReason);
/* Remove a code without segments or children. STORE_INUSE otherwise. */
int st_code_remove(Store*, const char *zCode, const char *zWho, const char *zReason);
/* Listing in tree order: code (indented by depth in text), path, segments
** (own), total (with descendants), sources, description. */
int st_code_list(Store*, Table *pOut);

/* ---- segments ---- */
typedef struct QualSegment {
  int64_t id;
  int64_t iSource, iCode, iCoder;
  char *zSource, *zPartnership, *zCodePath, *zCoder;
  char *zParticipant;   /* pid of the source's participant, or NULL */
  char *zMemo;          /* the segment's memos, oldest first, joined by "\n"; or NULL */
  int64_t iStart, iEnd;
} QualSegment;
void st_segments_free(QualSegment *a, int n);

/* Which segments to list: any field NULL means no restriction. zCode is a
** code as st_code_find() takes it; with bSubtree its descendants count too. */
typedef struct SegFilter {
  const char *zSource, *zCode, *zCoder, *zPartnership;
  int bSubtree;
} SegFilter;
/* Segments matching pF (NULL: all), ordered by source name, start, end, code
** path, coder. Caller frees with st_segments_free(). */
int st_segment_list(Store*, const SegFilter *pF, QualSegment **pa, int *pn);
/* Add a segment after checking 0 <= iStart < iEnd <= the source's length,
** that the code and coder exist, and that it is not a duplicate (STORE_EXISTS).
** zMemo (may be NULL) becomes the segment's memo. Audited. */
int st_segment_add(Store*, const char *zSource, const char *zCode, const char *zCoder,
                   int64_t iStart, int64_t iEnd, const char *zMemo, const char *zWho, int64_t *pId);
/* Remove segment iId (and its memos). Audited. */
int st_segment_remove(Store*, int64_t iId, const char *zWho, const char *zReason);
/* Give segment iId the code zCode (as st_code_find() takes it); its memos
** stay. STORE_NOTFOUND for an unknown segment or code; STORE_EXISTS when
** the same coder already coded that span with zCode. Audited ("segment
** recode", before and after). pbSame not NULL: a segment that already has
** zCode is left as it is (STORE_OK, *pbSame 1, no audit row); NULL: the
** change is recorded even then (an undo, whose audit row is its step). */
int st_segment_recode(Store*, int64_t iId, const char *zCode, const char *zWho, const char *zReason, int *pbSame);

/* ---- memos (on the project, a source, a code or a segment) ---- */
/* zKind: "project" (zTarget ignored), "source" (name), "code" (path or
** unique name), "segment" (id as text). */
int st_memo_add(Store*, const char *zKind, const char *zTarget, const char *zText,
                const char *zWho, int64_t *pId);
/* Listing: id,kind,target,author,created,text (zKind/zTarget NULL: all). */
int st_memo_list(Store*, const char *zKind, const char *zTarget, Table *pOut);

/* ---- audit trail ---- */
/* Record one change: zAction ("code add", "segment remove", "summary edit"...),
** zTarget (what it is about), zBefore/zAfter (text, NULL when none), zReason. */
int st_audit_add(Store*, const char *zWho, const char *zAction, const char *zTarget,
                 const char *zBefore, const char *zAfter, const char *zReason);
/* Listing: id,at,who,action,target,before,after,reason; zAction prefix and
** zSince (ISO date) filter when not NULL. */
int st_audit_list(Store*, const char *zAction, const char *zSince, Table *pOut);

/* ---- pseudonymisation ---- */
/* A term to replace: eKind REDACT_TERM, an extra term (any case);
** REDACT_NAME, a member's full real name (any case; src/qual/redact.h adds
** its parts); REDACT_PART, a part of a name (exact case). */
enum { REDACT_TERM = 0, REDACT_NAME = 1, REDACT_PART = 2 };
typedef struct RedactTerm { char *zTerm, *zReplacement; int eKind; } RedactTerm;
void st_redact_terms_free(RedactTerm *a, int n);
/* Extra terms to replace (besides members' real names). */
int st_redact_term_add(Store*, const char *zTerm, const char *zReplacement);
int st_redact_term_remove(Store*, const char *zTerm);
/* Every term as stored: each member's real name (REDACT_NAME, replaced by
** "[PID]") and the extra terms (REDACT_TERM), longest first. Caller frees
** with st_redact_terms_free(). */
int st_redact_terms(Store*, RedactTerm **pa, int *pn);

/* ---- sample characteristics ---- */
typedef struct Interviewee { int64_t iMember; char *zPartnership, *zPid, *zLanguage; } Interviewee;
/* Members linked to interview sources (each once: the first interview's
** language), ordered by partnership, pid. Caller frees with st_interviewees_free(). */
int st_interviewees(Store*, Interviewee **pa, int *pn);
void st_interviewees_free(Interviewee *a, int n);

#endif

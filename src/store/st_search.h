/*
** st_search.h: the store's full-text search over sources. The interface is
** the backend's: it takes a parsed query (util/textquery.h, whose words are
** folded and stemmed by the word rule of src/qual/tokenize.h) and gives
** back hits as (source, paragraph, code point spans); keyword in context
** and pseudonymisation happen above (src/qual/search.h). The SQLite
** backend writes the query as an FTS5 expression over an index built with
** its "synergist" tokenizer (case and accent folding, Snowball stemming by
** the source's language; st_search_fts.c), but nothing of that shows here.
**
** The index holds one row per paragraph (src/util/paragraph.h) of every
** source. It is kept in sync by the source's writers: a source import calls
** st_search_index_source() after inserting the source row, and whoever
** removes a source calls st_search_unindex_source() first. `synergist
** search --reindex` rebuilds everything with st_search_reindex().
** Conventions: see store.h (return STORE_*, caller frees).
*/
#ifndef SYN_ST_SEARCH_H
#define SYN_ST_SEARCH_H
#include <stdint.h>
#include "store/store.h"
#include "util/range.h"
#include "util/textquery.h"

struct QualTape;

/* A source's text already split into paragraphs (paragraph_split_ex()) and,
** optionally, tokenized: pTape holds one unit per paragraph, recorded with
** a tokenizer of the source's language that reports unstemmed forms too
** (src/qual/toktape.h, src/qual/srcread.h). The SQLite backend's tokenizer
** then replays the tape instead of tokenizing again (what the index holds
** is the same); to the rest of the store it is an opaque pointer, and a
** backend without such a tokenizer ignores it. */
typedef struct SearchPrep {
  int nPara;
  const QualRange *aPara;     /* code point ranges */
  const QualRange *aByte;     /* the same paragraphs' byte ranges */
  const struct QualTape *pTape;   /* NULL: tokenize while indexing */
} SearchPrep;

/* Index (or re-index) the source with row id iSource. Idempotent. */
int st_search_index_source(Store*, int64_t iSource);
/* The same when the caller has the source's language and text at hand
** (they must be the stored ones; a new source's import uses this). */
int st_search_index_text(Store*, int64_t iSource, const char *zLang, const char *zText);
/* The same with the paragraphs (and tokens) prepared by the caller. */
int st_search_index_prepared(Store*, int64_t iSource, const char *zLang, const char *zText,
                             const SearchPrep*);
/* Drop the source's rows from the index (call before deleting the source). */
int st_search_unindex_source(Store*, int64_t iSource);
/* Rebuild the whole index from the sources; *pnSource (may be NULL) gets
** the number of sources indexed. */
int st_search_reindex(Store*, int *pnSource);

/* Filters of a search; NULL fields do not filter. */
typedef struct SearchFilter {
  const char *zPartnership;   /* partnership code */
  const char *zSource;        /* source name */
  const char *zKind;          /* interview|fieldnotes|document */
  const char *zLanguage;      /* en|fr */
} SearchFilter;

/* One matching paragraph, valid during the SearchHitFn call only. */
typedef struct SearchHit {
  const char *zSource;        /* source name */
  const char *zPartnership;   /* partnership code */
  const char *zParticipant;   /* participant's pseudonymous id, or NULL */
  int iPara;                  /* the paragraph's index in its source (paragraph.h) */
  int64_t iParaStart;         /* its first code point in the source */
  const char *zPara;          /* its text */
  int nSpan;                  /* the hits in it: code points [iStart,iEnd) */
  const QualRange *aSpan;     /*   of zPara, sorted, overlaps merged; nSpan>0 */
} SearchHit;

/* Called once per matching paragraph; returns 0 to go on, anything else
** to stop (st_search_run() then returns that value). */
typedef int (*SearchHitFn)(const SearchHit*, void *pArg);

/* Run pQuery and call xHit(hit, pArg) for each matching paragraph, in
** source import order, then position. At most nLimit matching paragraphs
** are read (0: no limit) and *pbMore (may be NULL) is set to 1 when more
** paragraphs matched. A query this backend cannot run (too complex for its
** query parser) returns STORE_QUERY with the message set, before any call
** to xHit; other failures STORE_ERROR. */
int st_search_run(Store*, const TqNode *pQuery, const SearchFilter*, int nLimit,
                  SearchHitFn xHit, void *pArg, int *pbMore);

#endif

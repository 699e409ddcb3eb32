/*
** st_search.h: the store's full-text search over sources (SQLite FTS5 with
** the "synergist" tokenizer: case and accent folding, Snowball stemming by
** the source's language; see src/qual/tokenize.h and src/qual/query.h).
**
** The index holds one row per paragraph (src/qual/paragraph.h) of every
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
#include "util/table.h"
#include "qual/paragraph.h"
#include "qual/redact.h"
#include "qual/toktape.h"

/* A source's text already split into paragraphs (qual_paragraphs_ex()) and,
** optionally, tokenized: pTape holds one unit per paragraph, recorded with
** a tokenizer of the source's language that reports unstemmed forms too
** (see src/qual/srcread.h). The index then replays the tape instead of
** tokenizing again; what it holds is the same. */
typedef struct SearchPrep {
  int nPara;
  const QualRange *aPara;     /* code point ranges */
  const QualRange *aByte;     /* the same paragraphs' byte ranges */
  const QualTape *pTape;      /* NULL: tokenize while indexing */
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

/* Run an FTS5 MATCH expression (as made by qual_query_translate()) and
** append one row per hit to pOut, whose columns must be
**   source,partnership,participant,start,end,context
** (start/end: code points [start,end) in the source; context: nContext code
** points either side within the paragraph, the hit in [brackets], line
** breaks as spaces, see qual_kwic(); pseudonymised by pRed unless NULL). Hits come in source import order, then position;
** at most nLimit matching paragraphs are read (0: no limit) and *pbMore
** (may be NULL) is set to 1 when more paragraphs matched. A malformed
** expression returns STORE_ERROR with the message set. */
int st_search_run(Store*, const char *zMatch, const SearchFilter*, int nLimit,
                  int nContext, const Redactor *pRed, Table *pOut, int *pbMore);

#endif

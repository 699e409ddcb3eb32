/*
** search.h: the search use case, shared by `synergist search` and (later)
** the web interface: parse a query (query.h), run it in the store
** (store/st_search.h) and turn each hit into a row with its keyword in
** context, pseudonymised (excerpt.h, redact.h). Never prints, never exits.
*/
#ifndef SYN_QUAL_SEARCH_H
#define SYN_QUAL_SEARCH_H
#include "store/st_search.h"
#include "qual/redact.h"
#include "util/err.h"
#include "util/table.h"

/* The columns of the table qual_search() fills. */
#define QUAL_SEARCH_COLUMNS "source,partnership,participant,start,end,context"

/* Search for zQuery and append one row per hit to pOut (columns
** QUAL_SEARCH_COLUMNS: start/end are code points [start,end) in the
** source; context is nContext code points either side within the
** paragraph, the hit in [brackets], line breaks as spaces, see qual_kwic(),
** pseudonymised by pRed unless NULL). pF, nLimit and *pbMore as for
** st_search_run(). Returns STORE_OK; STORE_QUERY with *pzErr (caller frees)
** when the query is malformed or too complex, to be reported as the
** user's mistake; other codes are store failures (store_errmsg()). */
int qual_search(Store*, const char *zQuery, const SearchFilter *pF, int nLimit, int nContext,
                const Redactor *pRed, Table *pOut, int *pbMore, char **pzErr);

/* ---- the use cases of `search` (search_run.c): 0 or the class of the
** failure in *pErr (a malformed query or an option out of range:
** ERR_USAGE) ---- */
typedef struct SearchOpts {
  const char *zQuery;         /* the query (the command's words joined by spaces) */
  SearchFilter f;             /* which sources */
  long nLimit;                /* paragraphs read, 0: all (the command: 100) */
  long nContext;              /* code points either side, 0..10000 (40) */
  int bNames;                 /* the contexts unredacted */
} SearchOpts;
/* `search`: the hits as qual_search() lists them in *ppOut (caller frees);
** *pbMore 1 when more paragraphs match than nLimit. */
int qual_search_run(Store*, const SearchOpts*, Table **ppOut, int *pbMore, Err*);
/* `search --explain`: the parsed query as text in *pzOut (caller frees). */
int qual_search_explain(const SearchOpts*, char **pzOut, Err*);
/* `search --reindex`: the index rebuilt in one transaction; *pnSource the
** sources indexed. */
int qual_search_reindex(Store*, int *pnSource, Err*);

#endif

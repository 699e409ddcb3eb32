/*
** segment.h: coded segments as data, the use cases behind `segment list`,
** `segment remove` and `segment recode` (the command line only parses and
** prints; the web interface calls the same functions).
*/
#ifndef SYN_QUAL_SEGMENT_H
#define SYN_QUAL_SEGMENT_H
#include "store/st_qual.h"
#include "util/table.h"

/* One row per segment matching pF (NULL: all), in st_segment_list() order,
** with the columns id, source, partnership, participant (pseudonymous id),
** code (full path), coder, start, end (code points, half-open), text (the
** coded passage) and memo (the segment's memos joined by newlines). Text
** and memo are pseudonymised unless bNames. On success *ppOut is the new
** table (caller frees with table_free()); otherwise a STORE_* code with the
** store's message set. */
int segment_table(Store*, const SegFilter *pF, int bNames, Table **ppOut);

/* Copy of code points [iStart,iEnd) of the UTF-8 text z, which holds at
** least iEnd code points (caller frees). */
char *segment_slice(const char *z, int64_t iStart, int64_t iEnd);

#endif

/*
** range.h: QualRange, a half-open range [iStart, iEnd) of positions in a
** text: code points from 0 (the unit of every position in a source, as in
** REFI-QDA) or, where a caller says so, bytes. Plain data shared by the
** store (search hits), qual/ (paragraphs, segments) and analysis/
** (agreement, co-occurrence), so it sits below all of them.
*/
#ifndef SYN_UTIL_RANGE_H
#define SYN_UTIL_RANGE_H
#include <stdint.h>

typedef struct QualRange { int64_t iStart, iEnd; } QualRange;

#endif

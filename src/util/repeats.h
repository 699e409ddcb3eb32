/*
** repeats.h: values used more than once among n items (the ids of a file's
** rows or of a JSON array), found by sorting so that a million-row file
** stays O(n log n), and reported as one problem per value that lists every
** place it is used, cut after REPEATS_LIST_MAX places with "and N more".
** The instrument JSON, REDCap and roster readers share it.
*/
#ifndef SYN_REPEATS_H
#define SYN_REPEATS_H
#include <stddef.h>

#define REPEATS_LIST_MAX 10   /* places listed in one message before "and N more" */

/* Compares the values of items x and y, as strcmp() does. */
typedef int (*RepeatCmp)(void *pCtx, int x, int y);
/* Called once for each value used more than once: ai[0..n) are the items
** that use it, in increasing order. */
typedef void (*RepeatFn)(void *pArg, const int *ai, int n);

/* Calls xGroup for each value used more than once among the items
** aiItem[0..n) (NULL: the items 0..n-1), in the order of their first
** items. aiItem must be in increasing order. Returns the number of such values. */
int repeats_each(const int *aiItem, int n, RepeatCmp xCmp, void *pCtx,
                 RepeatFn xGroup, void *pArg);

/* For each of the items 0..n-1, the first item with an equal value, or -1
** (the caller frees the array). */
int *repeats_first(int n, RepeatCmp xCmp, void *pCtx);

/* "twice" or "N times" (translated) into zBuf; returns zBuf. */
const char *repeats_times(int n, char *zBuf, size_t nBuf);

/* The lines of the n items ai (aiLine[item]), the first REPEATS_LIST_MAX of
** them and then " and N more": "2, 5, 9 and 3 more" (caller frees). */
char *repeats_lines(const int *ai, int n, const int *aiLine);

#endif

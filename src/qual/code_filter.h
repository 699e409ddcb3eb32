/*
** code_filter.h: the --codes restriction of the analysis commands
** (cooccurrence, agreement): a code and every code below it.
*/
#ifndef SYN_CODE_FILTER_H
#define SYN_CODE_FILTER_H
#include <stdint.h>
#include "store/store.h"
#include "util/err.h"

/* The ids of code zCodes (a path or its unique end) and every code below it,
** sorted ascending, in *pa (caller frees); *pa NULL and *pn -1 when zCodes
** is NULL (no restriction). Returns 0 or the class set in *pErr (an unknown
** code: ERR_FAIL). */
int qual_code_filter(Store*, const char *zCodes, int64_t **pa, int *pn, Err*);
/* 1 when id is in the sorted a[0..n), or when n is -1 (no restriction). */
int qual_code_in(const int64_t *a, int n, int64_t id);

#endif

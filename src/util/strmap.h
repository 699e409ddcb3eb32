/*
** strmap.h: a hash map from strings to non-negative ints, so that readers
** find repeated names and earlier entries in constant time instead of
** comparing each row with every earlier one (a million-row file stays
** linear). Open addressing with linear probing; the map copies its keys
** and owns them; strmap_free() releases everything.
*/
#ifndef SYN_STRMAP_H
#define SYN_STRMAP_H
#include <stddef.h>

typedef struct StrMap StrMap;

StrMap *strmap_new(void);
void strmap_free(StrMap*);
/* The value of key z, or -1 when absent. */
int strmap_get(const StrMap*, const char *z);
/* Give key z the value v (>= 0) unless it has one already. Returns the
** value it had (the map is then unchanged), or -1 when it was added. */
int strmap_put(StrMap*, const char *z, int v);

#endif

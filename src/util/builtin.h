/*
** builtin.h: files compiled into the binary by tools/mkbuiltin.c
** (SQL schema under src/store/sql/, everything under data/).
** builtin_text() returns a pointer into static storage: never free it.
*/
#ifndef SYN_BUILTIN_H
#define SYN_BUILTIN_H
#include <stddef.h>

typedef struct BuiltinFile { const char *zName; const char *zData; size_t nData; } BuiltinFile;
extern const BuiltinFile aBuiltinFile[];
extern const int nBuiltinFile;

/* The content of built-in file zName (e.g. "data/codebook.json"), or NULL. */
const char *builtin_text(const char *zName, size_t *pnData);

#endif

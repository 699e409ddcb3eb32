/*
** codebook.h: codebooks as JSON, through jansson. The built-in codebook of
** the partnership-synergy framework is data/codebook.json (compiled into
** the binary). Format:
**   {"name": ..., "codes": [{"name": N, "description": D, "example": E,
**                            "children": [...]}, ...]}
** Names must not contain "/"; description and example are optional.
*/
#ifndef SYN_CODEBOOK_H
#define SYN_CODEBOOK_H
#include "store/st_qual.h"
#include "store/store.h"
#include "util/errlist.h"

#define CODEBOOK_BUILTIN "data/codebook.json"

/* Add the codes of JSON codebook zJson (from zFile, for messages) to the
** study, under zUnder (NULL: top level). Codes that already exist (same
** path) are kept as they are, so installing twice adds nothing. Every
** problem in the file is added to pErr as FILE:LINE:COLUMN (JSON syntax)
** or FILE: codes/3/children/1: message (content); nothing is added then.
** Returns STORE_OK (even with problems in pErr) or a STORE_* code from the
** store. *pnAdded: codes added. */
int codebook_install(Store*, const char *zJson, const char *zFile, const char *zUnder,
                     int bBuiltin, const char *zWho, int *pnAdded, ErrList *pErr);

/* A word of the built-in codebook (a code's name or description) in the
** language of the messages: when bBuiltin (the code came from the built-in
** codebook, QualCode.bBuiltin) its translation in the context "codebook"
** (scripts/update-po.sh takes the names and descriptions of
** data/codebook.json into po/), else, or when it has none (a built-in code
** renamed), z itself. A code the user defined is never translated. The
** result is static or z. */
const char *codebook_word(const char *z, int bBuiltin);

/* The path of code a[i] (of the n codes a, in tree order) in the language
** of the messages: each code of the built-in codebook by its translated
** name (codebook_word()), the user's codes as they are; the stored path when
** an ancestor is not in a. Caller frees. */
char *codebook_path_words(const QualCode *a, int n, int i);

/* The study's codebook as JSON in the format above (caller frees), or NULL
** with the store's message set. */
char *codebook_export(Store*);

#endif

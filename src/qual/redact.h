/*
** redact.h: pseudonymisation of text. A Redactor replaces every occurrence
** of a list of terms (members' real names and extra terms, see
** st_redact_terms()) by its replacement, ignoring case, matching whole words
** only (a term is not replaced inside a longer word) and letting any run of
** white space in a term match any run in the text. Longer terms win over
** shorter ones that start at the same place. Built on PCRE2 (JIT when
** available).
*/
#ifndef SYN_REDACT_H
#define SYN_REDACT_H
#include "store/st_qual.h"

typedef struct Redactor Redactor;

/* A redactor for a[0..n) (copied). Never NULL; with n==0 it changes nothing.
** Free with redactor_free(). */
Redactor *redactor_new(const RedactTerm *a, int n);
/* The redactor of the open study (its members' names and extra terms);
** NULL with the store's message set on a database error. */
Redactor *redactor_for_study(Store*);
/* A redacted copy of zText (caller frees). */
char *redactor_apply(const Redactor*, const char *zText);
/* The first occurrence of a term in z[0..n) that starts at byte iFrom or
** later (the text before iFrom still counts for the whole-word rule):
** returns 1 and sets its byte range [*piStart,*piEnd) and its replacement
** *pzRepl (owned by the redactor); returns 0 when there is none. With
** iFrom > 0, z must be valid UTF-8 (a call with iFrom 0 checks it). */
int redactor_next(const Redactor*, const char *z, size_t n, size_t iFrom,
                  size_t *piStart, size_t *piEnd, const char **pzRepl);
/* How many terms the redactor replaces. */
int redactor_count(const Redactor*);
void redactor_free(Redactor*);

#endif

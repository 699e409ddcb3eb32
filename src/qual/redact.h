/*
** redact.h: pseudonymisation of text. A Redactor replaces every occurrence
** of a list of terms (members' real names and extra terms, see
** st_redact_terms()) by its replacement, matching whole words only (a term
** is not replaced inside a longer word; word characters are Unicode letters
** and digits) and letting any run of white space in a term match any run in
** the text. Longer terms win over shorter ones that start at the same
** place. Built on PCRE2 (JIT when available). A redactor is used by one
** thread at a time.
**
** The name rule (redact_expand()): an extra term (REDACT_TERM) and a
** member's full name (REDACT_NAME) match in any case. Each word of a full
** name is also a term alone (REDACT_PART), matched in its exact case as
** written with a capital first, in title case and in capitals ("Tremblay",
** "TREMBLAY"), and so is each piece of a hyphenated word ("Lévesque",
** "Tremblay" of "Lévesque-Tremblay"). Words of fewer than two letters,
** titles and suffixes (Dr, Mme, Prof, Jr, ...) and, in a name with
** capitals, the words in lower case (particles: "de", "van") are left out.
** A full name or a part shared by members with different pseudonyms is
** replaced by REDACT_SHARED ("[name]") rather than by either pseudonym.
*/
#ifndef SYN_REDACT_H
#define SYN_REDACT_H
#include "store/st_qual.h"
#include "util/table.h"

/* The replacement of a name or part that several members share. */
#define REDACT_SHARED "[name]"

typedef struct Redactor Redactor;

/* The terms a redactor made from a[0..n) replaces, after the name rule
** above: the extra terms, each full name and its parts, every term of a
** kind once, ordered by kind (extra terms, names, parts) and term. *pn gets
** their number. Caller frees with st_redact_terms_free(). */
RedactTerm *redact_expand(const RedactTerm *a, int n, int *pn);

/* A redactor for a[0..n) (copied). Never NULL; with n==0 it changes nothing.
** Free with redactor_free(). */
Redactor *redactor_new(const RedactTerm *a, int n);
/* The redactor of the open study (its members' names and extra terms);
** NULL with the store's message set on a database error. */
Redactor *redactor_for_study(Store*);
/* A redacted copy of zText (caller frees). */
char *redactor_apply(const Redactor*, const char *zText);
/* Redact the text of every cell of column iCol of t in place. */
void redactor_apply_column(const Redactor*, Table *t, int iCol);
/* Columns iFirst..iLast of t redacted in place with the study's terms
** (redactor_for_study). STORE_OK, or STORE_ERROR when they cannot be read. */
int redact_study_columns(Store*, Table *t, int iFirst, int iLast);
/* The first occurrence of a term in z[0..n) that starts at byte iFrom or
** later (the text before iFrom still counts for the whole-word rule):
** returns 1 and sets its byte range [*piStart,*piEnd) and its replacement
** *pzRepl (owned by the redactor); returns 0 when there is none. With
** iFrom > 0, z must be a text walked from a call with iFrom 0 (which checks
** it is UTF-8), unchanged since: the redactor keeps its last searches. */
int redactor_next(const Redactor*, const char *z, size_t n, size_t iFrom,
                  size_t *piStart, size_t *piEnd, const char **pzRepl);
/* Names in labels (file or source names such as "interview_tremblay_2016"):
** the terms of a[0..n) after the name rule, folded (any case, no accents),
** made once by redact_labels_new() (free with redact_labels_free());
** redact_label_has_name() is 1 if label z holds one of them as whole words,
** anything but a letter or a digit separating words, else 0. */
typedef struct RedactLabels RedactLabels;
RedactLabels *redact_labels_new(const RedactTerm *a, int n);
int redact_label_has_name(const RedactLabels*, const char *z);
void redact_labels_free(RedactLabels*);
/* How many terms the redactor replaces (after the name rule). */
int redactor_count(const Redactor*);
void redactor_free(Redactor*);

#endif

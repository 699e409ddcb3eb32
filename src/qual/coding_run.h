/*
** coding_run.h: the commands' use cases of the codebook (`codebook ...`,
** codebook_run.c), codes (`code list`, `code remove`, `code apply`:
** code_run.c), segments (`segment list`: segment.c) and redaction
** (`redact ...`, redact_run.c), shared by the command line and the web
** server; the coding changes both make (code add, rename, move, merge,
** describe; segment remove, recode) are in coding.h. Each returns 0 or the
** class of its failure with the message (a file's problems: all of them,
** ERR_DATA) in *pErr; never prints, exits or reads a global. A Table or
** string returned is the caller's. zReason (NULL: none) goes to the audit
** trail.
*/
#ifndef SYN_QUAL_CODING_RUN_H
#define SYN_QUAL_CODING_RUN_H
#include <stddef.h>
#include <stdint.h>
#include "store/st_qual.h"
#include "util/err.h"
#include "util/table.h"

/* ---- codebook ---- */
/* `codebook install`: the built-in codebook; *pnAdded codes added. */
int qual_codebook_install(Store*, int *pnAdded, Err*);
/* `codebook import`: JSON, or REFI-QDA .qdc (by its name) whose warnings
** go to pWarn, under code zUnder (NULL: top level). */
int qual_codebook_import(Store*, const char *zPath, const char *zUnder, int *pnAdded, ErrList *pWarn, Err*);
/* `codebook export`: JSON, or with bQdc a REFI-QDA .qdc document, in
** *pzText (caller frees). */
int qual_codebook_export(Store*, int bQdc, char **pzText, Err*);

/* ---- codes ---- */
/* code,path,segments,total,sources,description */
int qual_code_list(Store*, Table **ppOut, Err*);
int qual_code_remove(Store*, const char *zCode, const char *zReason, Err*);

typedef struct CodeApplyOpts {
  const char *zSource, *zCode, *zCoder;   /* required */
  const char *zQuote;                     /* the passage as text, or */
  const char *zStart, *zEnd;              /* its span [start,end) in code points */
  const char *zMemo;                      /* NULL: none */
  int bNames;                             /* a message may quote the text unredacted */
} CodeApplyOpts;
/* `code apply`: one segment; *pId its id, [*piStart,*piEnd) its span. A
** quote found nowhere or more than once is ERR_FAIL listing the places. */
int qual_code_apply(Store*, const CodeApplyOpts*, int64_t *pId, int64_t *piStart, int64_t *piEnd, Err*);

/* ---- segments ---- */
/* `segment list`: the table of segment_table() (segment.h). */
int qual_segment_list(Store*, const SegFilter*, int bNames, Table **ppOut, Err*);

/* ---- redaction ---- */
typedef struct RedactedText { char *zName; char *zText; int bChanged; } RedactedText;
/* `redact`: the texts of source zSource (NULL: every source of
** zPartnership, NULL: of the study) with every term replaced; *pnTerms the
** terms used. Free with qual_redacted_free(). */
int qual_redact_sources(Store*, const char *zSource, const char *zPartnership,
                        RedactedText **pa, int *pn, int *pnTerms, Err*);
void qual_redacted_free(RedactedText*, int n);
int qual_redact_term_add(Store*, const char *zTerm, const char *zAs, Err*);
/* term,replacement,kind; names and name parts only with bNames, else
** counted in *pnHidden. */
int qual_redact_term_list(Store*, int bNames, Table **ppOut, int *pnHidden, Err*);
int qual_redact_term_remove(Store*, const char *zTerm, Err*);

#endif

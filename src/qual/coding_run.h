/*
** coding_run.h: the commands' use cases of the qualitative study: sources
** (`source list/show/remove`, source_run.c; `source import` is
** source_import.h), the codebook (`codebook ...`, codebook_run.c), codes
** (`code ...`, code_run.c), segments (`segment ...`, segment.c), memos
** (`memo ...`, memo_run.c), coders and the audit trail (`coder ...`,
** `audit`: coder_run.c), suggestions (`suggest ...`, suggest_run.c) and
** redaction (`redact ...`, redact_run.c), shared by the command line
** and the web server. Each returns 0 or the class of its failure with the
** message (a file's problems: all of them, ERR_DATA) in *pErr; never
** prints, exits or reads a global. A Table or string returned is the
** caller's. zReason (NULL: none) goes to the audit trail.
**
** The coding changes the workspace makes too (code add, rename, move,
** merge, describe; segment remove, recode; memo add) are coding.h's
** functions, which return the store's own code (the workspace answers 404
** or 409 by it); the *_run() functions here are the same changes with the
** command's checks and the failure as an Err.
*/
#ifndef SYN_QUAL_CODING_RUN_H
#define SYN_QUAL_CODING_RUN_H
#include <stddef.h>
#include <stdint.h>
#include "store/st_autocode.h"
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
/* `code add`: code zName (no '/' in it) under zParent (NULL: top level). */
int qual_code_add_run(Store*, const char *zName, const char *zParent, const char *zDesc,
                      const char *zExample, Err*);
/* `code rename`: zNewName with no '/' in it. */
int qual_code_rename_run(Store*, const char *zCode, const char *zNewName, const char *zReason, Err*);
/* `code move`: under zParent, or to the top level with bTop (one of them). */
int qual_code_move_run(Store*, const char *zCode, const char *zParent, int bTop, const char *zReason, Err*);
/* `code merge`: zFrom's segments, memos and children into zInto (required). */
int qual_code_merge_run(Store*, const char *zFrom, const char *zInto, const char *zReason, Err*);
/* `code describe`: a new description and/or example (at least one). */
int qual_code_describe_run(Store*, const char *zCode, const char *zDesc, const char *zExample, Err*);

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
int qual_segment_remove_run(Store*, int64_t iId, const char *zReason, Err*);
/* `segment recode`: segment iId coded zCode (required) instead; *pbSame 1
** when it already had zCode (nothing written, no audit row). */
int qual_segment_recode_run(Store*, int64_t iId, const char *zCode, const char *zReason, int *pbSame, Err*);

/* ---- sources ---- */
/* `source list` of zPartnership (NULL: all): name,partnership,kind,
** participant,language,date,characters,segments. */
int qual_source_list(Store*, const char *zPartnership, Table **ppOut, Err*);
typedef struct SourceShowOpts {
  const char *zName;         /* the source */
  long iStart, iEnd;         /* the span [iStart,iEnd) in code points (iEnd -1: the end) */
  int bParagraphs;           /* its paragraphs as a table */
  int bNames;                /* the text unredacted */
} SourceShowOpts;
/* `source show`: the span's text in *pzText, or with bParagraphs the
** paragraphs it touches in *ppParas (paragraph,start,end,text), the text
** pseudonymised unless bNames. The other out-parameter is NULL. */
int qual_source_show(Store*, const SourceShowOpts*, char **pzText, Table **ppParas, Err*);
int qual_source_remove(Store*, const char *zName, const char *zReason, Err*);

/* ---- memos ---- */
typedef struct MemoAddOpts {
  const char *zKind;         /* project, source, code or segment */
  const char *zTarget;       /* the source, code or segment id (project: NULL) */
  const char *zText;         /* required */
  const char *zBy;           /* the author (NULL: the audit trail's default) */
  const char *zStart, *zEnd; /* a span of the source as whole numbers, both or neither */
} MemoAddOpts;
/* `memo add`: *pId the new memo. */
int qual_memo_add_run(Store*, const MemoAddOpts*, int64_t *pId, Err*);
/* `memo list` on zKind zTarget (NULL: every memo): id,kind,target,author,
** created,text, the text pseudonymised unless bNames. */
int qual_memo_list(Store*, const char *zKind, const char *zTarget, int bNames, Table **ppOut, Err*);

/* ---- coders and the audit trail ---- */
int qual_coder_add(Store*, const char *zName, Err*);
int qual_coder_list(Store*, Table **ppOut, Err*);      /* coder,segments,sources */
/* `audit`: actions zAction (NULL: all) since day zSince (YYYY-MM-DD, NULL:
** ever): id,at,who,action,target,before,after,reason, texts pseudonymised
** unless bNames. */
int qual_audit_list(Store*, const char *zAction, const char *zSince, int bNames, Table **ppOut, Err*);

/* ---- suggestions ---- */
/* `suggest list`: pF's suggestions of status zStatus (NULL: pending; "all":
** any): id,source,partnership,code,start,end,origin,rule,score,status,
** text (an excerpt, pseudonymised unless bNames). pF->zStatus is ignored. */
int qual_suggest_list(Store*, const SuggestFilter *pF, const char *zStatus, int bNames, Table **ppOut, Err*);
typedef struct SuggestDecideOpts {
  SuggestFilter f;           /* with bAll: the pending suggestions to decide */
  int bAll;                  /* every pending one f selects, or */
  const int64_t *aId; int nId;   /* these */
  int bAccept;               /* accept (code them for zCoder) or reject */
  const char *zCoder;        /* required */
  const char *zWho;          /* the audit trail's name (NULL: its default) */
} SuggestDecideOpts;
/* `suggest accept/reject`: *pnDone how many were decided. */
int qual_suggest_decide(Store*, const SuggestDecideOpts*, int *pnDone, Err*);

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

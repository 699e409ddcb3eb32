/*
** matrix.h: the framework matrix of framework analysis: rows (cases,
** participants or groups of them) crossed with codes. A cell holds how many
** segments and sources carry the code (or any code below it), the coverage
** (percent of the row's characters coded with it), the analyst's charted
** summary and a few illustrative quotes attributed as "(011, PCCP)".
**
** Rows: "partnership" (every source of the partnership), "participant"
** (interviews, "PCCP/011"), "kind" or "language" (of the source), or a
** characteristic of the interviewee: "stakeholder_group", "organisation" or
** any member attribute. Sources without a value for the row are left out.
**
** Exports qual_matrix(), qual_matrix_cell(), qual_matrix_free() and
** helpers for the synthesis. The Matrix owns everything it points to;
** matrix_html.h writes one as HTML.
*/
#ifndef SYN_MATRIX_H
#define SYN_MATRIX_H
#include <stdint.h>
#include "store/st_qual.h"
#include "store/st_qanalysis.h"
#include "util/err.h"
#include "util/table.h"

typedef struct MxSpec {
  const char *zRows;     /* row kind (NULL: "partnership") */
  const char *zCodes;    /* root of the codes shown (NULL: every code) */
  const char *zCoder;    /* only this coder's segments (NULL: every coder) */
  int nQuote;            /* quotes kept per cell */
  int nQuoteLen;         /* longest quote in characters (0: whole) */
  int bNames;            /* 1: quotes and summaries keep real names (the
                            global --names); 0: pseudonymised */
  int bEmptyOk;          /* 1: no row is an empty matrix (nRow 0), not a failure */
} MxSpec;

typedef struct MxCell {
  int64_t nSeg, nSource, nCoded;   /* segments, sources, characters coded */
  double rCoverage;                /* percent of the row's characters; NaN for an empty row */
  const char *zSummary;            /* charted summary or NULL (owned by the Matrix) */
  int nQuote; char **azQuote;      /* "\"text\" (011, PCCP)" */
} MxCell;

typedef struct Matrix {
  char *zRowKind;
  int nRow; char **azRow;          /* row values, sorted */
  int64_t *anRowChar;              /* characters of each row's sources */
  int nCode; QualCode *aCode;      /* columns, in tree order */
  MxCell *aCell;                   /* nRow x nCode, row-major */
  QualSummary *aSum; int nSum;
} Matrix;

/* `matrix` (the command line, the report and the workspace): build the
** matrix in *ppOut (caller frees with qual_matrix_free()). Returns 0 or the
** class of the failure in *pErr: ERR_USAGE (nQuote below 0), ERR_FAIL
** (unknown code or coder, a row kind no source has, no source at all
** unless bEmptyOk) or ERR_INTERNAL. */
int qual_matrix(Store*, const MxSpec*, Matrix **ppOut, Err *pErr);
MxCell *qual_matrix_cell(Matrix*, int iRow, int iCode);

/* ---- the matrix as a table, `matrix summarize` (matrix_run.c) ---- */
/* The cells of m with segments or a summary (bAll: every cell) as rows
** row,code,segments,sources,coverage,summary[,quotes (nQuote>0)]. */
Table *qual_matrix_table(Matrix *m, int nQuote, int bAll);
typedef struct MxSummaryOpts {
  const char *zRows;        /* the row kind (NULL: partnership) */
  const char *zRow, *zCode; /* the cell */
  const char *zText;        /* the summary, or */
  int bClear;               /* remove it */
  const char *zReason;      /* for the audit trail (NULL: none) */
} MxSummaryOpts;
/* `matrix summarize`: *pbChanged 0 when the summary was already so. */
int qual_matrix_summarize(Store*, const MxSummaryOpts*, int *pbChanged, Err *pErr);
void qual_matrix_free(Matrix*);
/* 1 when code column iCode has segments or a summary in some row. */
int qual_matrix_code_used(Matrix*, int iCode);
/* 1 when code column iCode is shown in a synthesis: it is used and it is a
** leaf of the shown codes or has a summary of its own. */
int qual_matrix_code_in_synthesis(Matrix*, int iCode);
/* The category of a code: its path without the last part ("" at the top).
** Caller frees. */
char *qual_code_category(const QualCode*);

/* ---- `synthesis` (synthesis.c): the matrix by partnership ---- */
typedef struct SynthesisOpts {
  const char *zCodes;    /* root of the codes shown (NULL: every code) */
  const char *zCoder;    /* only this coder's segments (NULL: every coder) */
  int nQuote;            /* quotes per cell, 0 or more (the command: 2) */
  int bNames;            /* quotes and summaries unredacted */
} SynthesisOpts;
/* The matrix of the synthesis (rows: partnerships), as qual_matrix(). */
int qual_synthesis(Store*, const SynthesisOpts*, Matrix **ppOut, Err *pErr);
/* The synthesis as a table: category,factor and one column per
** partnership holding the summary and each quote, one per line. */
Table *qual_synthesis_table(Matrix*);
/* The synthesis as a report to read in a terminal (caller frees). */
char *qual_synthesis_text(Matrix*);

/* Set (zText) or clear (NULL) the charted summary of cell zRow x zCode in
** rows of kind zRowKind; *pbChanged (may be NULL) 0 when it was the same.
** Audited under zWho (NULL: the command line's user). `matrix summary`
** and the workspace's matrix page both call it. */
int qual_matrix_summary_set(Store*, const char *zRowKind, const char *zRow, const char *zCode,
                            const char *zText, const char *zWho, const char *zReason, int *pbChanged);

#endif

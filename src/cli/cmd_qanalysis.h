/*
** cmd_qanalysis.h: the qualitative analysis commands: framework matrix,
** charted summaries, cross-case synthesis (cmd_matrix.c), inter-coder
** agreement (cmd_agreement.c) and code co-occurrence (cmd_cooccur.c).
** Their entries of the command table, with the help text, are the macro
** CMD_QANALYSIS_ENTRIES, placed in aCmd_qual (cmd_qual.c).
*/
#ifndef SYN_CMD_QANALYSIS_H
#define SYN_CMD_QANALYSIS_H
#include <stdint.h>
#include "cli/cli.h"

int cmd_matrix(Cli*);
int cmd_matrix_summarize(Cli*);
int cmd_synthesis(Cli*);
int cmd_agreement(Cli*);
int cmd_cooccurrence(Cli*);

/* The ids of code zCodes and every code below it, sorted ascending, or NULL
** with *pn -1 when zCodes is NULL (no restriction). Dies on an unknown code.
** Caller frees. (cmd_cooccur.c) */
int64_t *qa_code_filter(Cli*, const char *zCodes, int *pn);
/* 1 when id is in the sorted a[0..n), or when n is -1 (no restriction). */
int qa_code_in(const int64_t *a, int n, int64_t id);

#define CMD_QANALYSIS_ENTRIES \
  { "matrix", cmd_matrix, CMD_STUDY, "framework matrix: rows x codes with counts, summaries, quotes", \
    "Usage: synergist matrix [--rows partnership|participant|ATTRIBUTE] [--codes CODE]\n" \
    "                        [--coder C] [--quotes N] [--all] [--html FILE]\n\n" \
    "The framework matrix of framework analysis. Each cell crosses a row with a\n" \
    "code: segments coded with the code or any code below it, distinct sources,\n" \
    "coverage (percent of the row's characters so coded) and the analyst's\n" \
    "charted summary (see: synergist help matrix summarize).\n\n" \
    "Rows: partnership (default: every source of each partnership), participant\n" \
    "(interviews, as PCCP/011), kind or language (of the source), or a\n" \
    "characteristic of the interviewee: stakeholder_group, organisation or any\n" \
    "member attribute. Sources without a value are left out. --codes shows only\n" \
    "a code and the codes below it; --coder counts one coder's segments only\n" \
    "(default: every coder). Cells with no segment and no summary are left out\n" \
    "unless --all. --quotes N adds up to N illustrative quotes per cell,\n" \
    "attributed as (011, PCCP) and pseudonymised unless --names. --html FILE\n" \
    "writes the matrix as one HTML page (codes down, rows across, 2 quotes per\n" \
    "cell unless --quotes); FILE '-' is standard output.\n\n" \
    "CSV columns: row,code,segments,sources,coverage,summary (and quotes with\n" \
    "--quotes, joined by ' | ').\n\n" \
    "Example:\n" \
    "  synergist matrix --codes \"relationships among partners\" --format csv\n" \
    "  synergist matrix --rows stakeholder_group --quotes 1\n" \
    "  synergist matrix --html matrix.html\n" }, \
  { "matrix summarize", cmd_matrix_summarize, CMD_WRITE, "write the charted summary of a matrix cell", \
    "Usage: synergist matrix summarize ROW CODE (--text TEXT | --clear)\n" \
    "                        [--rows KIND] [--reason TEXT]\n\n" \
    "Stores the analyst's summary of what the row's sources say about CODE\n" \
    "(charting, in framework analysis). ROW is a row of `synergist matrix\n" \
    "--rows KIND` (default partnership: a partnership code). --clear removes\n" \
    "the summary. Every change is kept in the audit trail with the text before\n" \
    "and after (see: synergist audit).\n\n" \
    "Example:\n" \
    "  synergist matrix summarize PCCP trust --text \"Trust built over years of joint work\"\n" \
    "  synergist matrix summarize PCCP/011 governance --rows participant --text \"Values votes\"\n" }, \
  { "synthesis", cmd_synthesis, CMD_STUDY, "cross-case synthesis: factors down, partnerships across", \
    "Usage: synergist synthesis [--codes CODE] [--coder C] [--quotes N] [--html FILE]\n\n" \
    "The cross-case synthesis: the framework's categories and factors down the\n" \
    "side, the partnerships across, each cell holding the charted summary (from\n" \
    "`synergist matrix summarize`) and up to N quotes (default 2) attributed\n" \
    "as (011, PCCP), pseudonymised unless --names. Factors with nothing in any\n" \
    "partnership are left out; a category appears as a row of its own only\n" \
    "when it has a summary. Text output reads as a report; CSV and JSON have\n" \
    "the columns category,factor and one per partnership (summary, then each\n" \
    "quote on its own line); --html FILE writes one HTML page ('-': standard\n" \
    "output).\n\n" \
    "Example:\n" \
    "  synergist synthesis --codes determinants --quotes 1\n" \
    "  synergist synthesis --html synthesis.html\n" }, \
  { "agreement", cmd_agreement, CMD_STUDY, "inter-coder agreement per code (percent, kappa, alpha)", \
    "Usage: synergist agreement --coders A,B [--codes CODE] [--source NAME]\n" \
    "                           [--disagreements]\n\n" \
    "Compares two coders over the sources both of them coded (at least one\n" \
    "segment each), with characters as units, as NVivo's coding comparison\n" \
    "does: per code, every character of those sources is coded by both, by one\n" \
    "or by neither. Columns: agreement (percent of characters on which they\n" \
    "agree), kappa (Cohen's kappa of coded/not coded per character) and\n" \
    "krippendorff_alpha (nominal, characters as units). The last row, all,\n" \
    "pools the characters of every code listed. When the coders agree on every\n" \
    "character (a code neither used) kappa and alpha are reported as 1; when\n" \
    "one coder used a code and the other did not, kappa is 0.\n\n" \
    "Codes listed: those either coder used on the shared sources; with --codes\n" \
    "every code from CODE down, used or not. --source restricts to one source.\n" \
    "Text output ends with the disagreeing spans to discuss (source, code,\n" \
    "[start,end), who coded it, the text); --disagreements prints only those\n" \
    "in any format (columns source,code,start,end,coded_by,text).\n\n" \
    "CSV columns: code,agreement,kappa,krippendorff_alpha.\n\n" \
    "Example:\n" \
    "  synergist agreement --coders ana,ben\n" \
    "  synergist agreement --coders ana,ben --codes determinants --format csv\n" }, \
  { "cooccurrence", cmd_cooccurrence, CMD_STUDY, "which codes occur together (overlap, same paragraph)", \
    "Usage: synergist cooccurrence [--codes CODE] [--coder C] [--partnership P]\n\n" \
    "For each pair of codes that occur together: overlaps (pairs of segments,\n" \
    "one of each code in the same source, sharing at least one character),\n" \
    "overlap_jaccard (characters coded with both / with either), paragraphs\n" \
    "(paragraphs holding both codes; a paragraph is a line of the source, see\n" \
    "docs/qualitative.md) and paragraph_jaccard (paragraphs with both / with\n" \
    "either). Codes are compared as coded (a segment's code only, not its\n" \
    "parents). --codes limits to a code and the codes below it; --coder to one\n" \
    "coder's segments. Sorted by paragraphs, then overlaps, most first.\n\n" \
    "CSV columns: code_a,code_b,overlaps,overlap_jaccard,paragraphs,paragraph_jaccard.\n\n" \
    "Example:\n" \
    "  synergist cooccurrence --codes determinants --format csv\n" },

#endif

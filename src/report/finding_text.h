/*
** finding_text.h: findings of the diagnosis in words a reader of the
** report takes in at a glance, shared by the briefing and the findings
** sections: a plain title per kind, the finding's sentence without the
** rule and threshold that produced it, and a summary of long evidence
** lists (the full lists are in the workbook's evidence sheet, one row
** per piece: finding_evidence_table()).
**
** Every text comes in the current gettext language; results are the
** caller's to free unless said otherwise.
*/
#ifndef SYN_FINDING_TEXT_H
#define SYN_FINDING_TEXT_H
#include "diagnose/finding.h"
#include "util/sb.h"

/* A short plain title for finding kind zKind ("Meetings have stopped");
** static or translation-owned; unknown kinds are returned as given. */
const char *finding_title(const char *zKind);
/* 1 if x and y say the same of different periods: same kind and the same
** first piece of evidence, a scale or an organisation (the findings
** section folds such a finding into its latest; the briefing tells it
** once). */
int finding_same(const Finding *x, const Finding *y);
/* The order the report shows and numbers the findings a[0..n) of one
** partnership (contiguous, as findings_of() gives them): by severity
** (concerns, warnings, notes), within one still-current ones first, then
** the most recent, then the one that weighs more; a finding saying the
** same as one shown of a later period (finding_same()) is folded under it.
** The shown ones are numbered 1, 2, ... in that order, across severities;
** the folded ones after all of them, in the order of what they are folded
** under. aIdx[k] (n of them) gets the index into a of finding number k+1,
** aLead[k] the number - 1 of the finding it is shown under (k itself when
** shown). Returns how many are shown. The page, the briefing's links and
** the workbook's sheets findings and evidence all use these numbers. */
int finding_order(const Finding *a, int n, int *aIdx, int *aLead);
/* The number finding_order() gives f among a[0..n) (1 first; 0 when f is
** not among them). */
int finding_number(const Finding *a, int n, const Finding *f);
/* The finding's detail without the rule and threshold in it (the
** "(rule NAME: ...)" part, or "; rule NAME: ..." inside parentheses), and
** only its first sentence when bFirst. Caller frees. */
char *finding_plain(const Finding*, int bFirst);
/* 1 if evidence of type zType is listed in full in the report (a few
** items), 0 if only summarised. */
int finding_evidence_short(const Finding*, const char *zType);
/* Where the full evidence of a finding is: its partnership's finding
** number iFinding (its row in the workbook's findings sheet, the number
** of its rows in the evidence sheet) in the workbook zWorkbook (a link
** from the page; NULL: no workbook was written with the page). */
typedef struct FindingSee { int iFinding; const char *zWorkbook; } FindingSee;
/* Append to pOut an HTML list of the evidence: types with at most a few
** items item by item, longer ones as one summary line ("member (14):
** decision maker 6, health system administrator 4, ...") saying where the
** full list is (pSee: the workbook's sheet and finding number, or the
** command that writes the workbook). */
void finding_evidence_html(Sb *pOut, const Finding*, const FindingSee *pSee);
/* Append to pOut the finding's <details> (no script; closed, printed
** collapsed): the whole detail, its figures, the evidence (as
** finding_evidence_html()), further suggested actions and the rule with
** its threshold and severity. */
void finding_details_html(Sb *pOut, const Finding*, const FindingSee *pSee);
/* The evidence sheet of the workbook: one row per piece of evidence of
** the findings aF[0..n), columns finding (aiNum[i], the finding's number
** within its partnership), partnership, kind, wave, date, type (item, scale, meeting, event,
** member, organisation, segment, wave), reference (as the report words
** it), id (the row id when there is one), text (in the current
** language). Caller frees. */
Table *finding_evidence_table(const Finding *const *aF, const int *aiNum, int n);

#endif

/*
** finding_text.h: findings of the diagnosis in words a reader of the
** report takes in at a glance, shared by the briefing and the findings
** sections: a plain title per kind, the finding's sentence without the
** rule and threshold that produced it, and a summary of long evidence
** lists (the full lists stay in the workbook's findings sheet).
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
/* The finding's detail without the rule and threshold in it (the
** "(rule NAME: ...)" part, or "; rule NAME: ..." inside parentheses), and
** only its first sentence when bFirst. Caller frees. */
char *finding_plain(const Finding*, int bFirst);
/* 1 if evidence of type zType is listed in full in the report (a few
** items), 0 if only summarised. */
int finding_evidence_short(const Finding*, const char *zType);
/* Append to pOut an HTML list of the evidence: types with at most a few
** items item by item, longer ones as one summary line ("14 members:
** decision maker 6, health system administrator 4, ..."). */
void finding_evidence_html(Sb *pOut, const Finding*);
/* Append to pOut the finding's <details> (no script; closed, printed
** collapsed): the whole detail, its figures, the evidence (as
** finding_evidence_html()), further suggested actions and the rule with
** its threshold and severity. */
void finding_details_html(Sb *pOut, const Finding*);

#endif

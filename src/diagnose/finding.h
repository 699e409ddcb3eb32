/*
** finding.h: the findings of a diagnosis and how they are written.
**
** A Finding says what was found (kind), how serious it is (severity), for
** which partnership and period (a survey wave, or dates), in words
** (detail, which names the rule and the threshold that produced it), with
** the figures behind it (name/value pairs), links to evidence (survey
** items and scales, meetings, timeline events, members, coded segments)
** and, for levers, concrete actions.
**
** Ownership: a Findings list owns every string and array of its findings;
** the fnd_* builders copy what they are given (the strings into blocks the
** list holds, one after another, never freed one by one: set a finding's
** strings only through them). findings_free() releases everything.
*/
#ifndef SYN_FINDING_H
#define SYN_FINDING_H
#include <stdint.h>
#include <stdio.h>
#include "util/sb.h"
#include "util/table.h"

typedef enum { SEV_INFO = 0, SEV_WARNING = 1, SEV_CONCERN = 2 } Severity;

typedef struct FindFigure { char *zName; double r; int nDec; } FindFigure;

/* One piece of evidence. zType: "item", "scale", "meeting", "event",
** "member", "segment", "wave". id is the row id when there is one (0
** otherwise); zRef a short reference (item id, date, pid, source name);
** zText what it says (item wording, event title, quoted excerpt). */
typedef struct FindEvidence { char *zType; int64_t id; char *zRef; char *zText; } FindEvidence;

typedef struct Finding {
  char *zPartnership;
  char *zKind;            /* synergy_decline, tipping_point, low_determinant, ... */
  Severity eSev;
  char *zWave;            /* survey findings: the wave; else NULL */
  char *zDate;            /* start of the period (YYYY-MM-DD) or NULL */
  char *zDateEnd;         /* end of the period, NULL when a single day or ongoing */
  char *zRule;            /* rule id, e.g. "turnover.individual" */
  char *zThreshold;       /* "turnover_individual=0.3" */
  char *zDetail;          /* one or two sentences, naming rule and threshold */
  int bOpen;              /* still current: latest wave, ongoing or recent */
  int nFig; FindFigure *aFig;
  int nEv; FindEvidence *aEv;
  int nAction; char **azAction;   /* levers: what to do */
  int iOrder;             /* sort key within a partnership (wave sequence or day) */
  /* How far past the line that raised it, in the kind's own unit, larger
  ** more serious: points below the concern band's edge or below the other
  ** partnerships (low_determinant), points fallen (synergy_decline,
  ** tipping_point) or risen (synergy_recovery), days (meeting_gap,
  ** missing_stakeholder_group), a share (turnover, attendance_decline,
  ** low_response: the share that did not answer), the balance's distance
  ** below its margin, a network's own measure, a lever's priority. Set by
  ** the rule; 0 when it has none. Compared between findings of one kind
  ** only (finding_cmp_weight()). */
  double rMagnitude;
  int iSeq;               /* the order the rules produced it: the last tie-break */
  int iKindRank;          /* finding_kind_rank(zKind), kept for sorting */
  struct FndPool *pPool;  /* where its strings are copied: its list's */
} Finding;

typedef struct Findings { int n, nAlloc; Finding *a; struct FndPool *pPool; } Findings;

Findings *findings_new(void);
void findings_free(Findings*);

/* Append a finding (strings copied; any may be NULL except zPartnership
** and zKind) and return it for the fnd_* calls below. The pointer is valid
** until the next findings_add(). */
Finding *findings_add(Findings*, const char *zPartnership, const char *zKind, Severity,
                      const char *zRule, const char *zThreshold);
void fnd_detail(Finding*, const char *zFmt, ...) __attribute__((format(printf,2,3)));
void fnd_period(Finding*, const char *zWave, const char *zDate, const char *zDateEnd);
void fnd_threshold(Finding*, const char *zThreshold);
void fnd_figure(Finding*, const char *zName, double r, int nDec);
void fnd_evidence(Finding*, const char *zType, int64_t id, const char *zRef, const char *zText);
void fnd_action(Finding*, const char *zText);
/* "95% CI lo to hi" in the current language, or, when either bound is
** undefined (fewer than 2 answers, no spread), words saying there is no
** interval: an undefined figure is never printed as a number. Caller frees. */
char *fnd_ci_text(double lo, double hi);
/* The same words appended to p. */
void fnd_ci_sb(Sb *p, double lo, double hi);

/* Which of two findings weighs more, whatever the language of their
** sentences: the more severe first; then by kind (the course of synergy,
** then determinants, the balance of benefits, the roster's signals, the
** network's, response, levers last: finding_kind_rank()); of one kind the
** larger rMagnitude (levers of equal priority by their rank); then rule id, first evidence (type and reference:
** a scale id, a date, a pid), the order the rules produced them. Negative
** when x weighs more, as qsort() wants. */
int finding_cmp_weight(const Finding *x, const Finding *y);
/* The place of kind zKind in that order (0 first; unknown kinds last). */
int finding_kind_rank(const char *zKind);
/* The value of figure zName of f, or NAN when f has none. */
double finding_figure(const Finding *f, const char *zName);
/* Order by partnership, then iOrder, then finding_cmp_weight(). */
void findings_sort(Findings*);
/* The findings of partnership zP in findings sorted by findings_sort():
** they are a[*piFirst .. *piFirst + n), n returned (0: none). Binary
** search, so a page of one partnership costs no pass over a programme's. */
int findings_of(const Findings*, const char *zP, int *piFirst);

const char *severity_name(Severity);
/* An evidence type in words of the current language (static; unknown
** ones are returned as given). */
const char *evidence_type_name(const char *zType);
/* The words for a timeline event kind (context, decision, adaptation) in the
** message language; static or translation-owned. */
const char *timeline_kind_name(const char *zKind);
/* The reference of evidence e in words of the message language (an
** event's "DATE KIND" with its kind translated); caller frees. */
char *evidence_ref_words(const FindEvidence *e);

/* As a flat table: partnership,kind,severity,wave,date,end_date,rule,
** threshold,detail,figures,evidence ("name=value; ..." and "type:ref; ...").
** Caller frees. */
Table *findings_table(const Findings*);
/* That table written as CSV (table_write()), built and written a thousand
** findings at a time, so that a programme's whole table is never held. */
void findings_write_csv(const Findings*, FILE*);
/* As a JSON array of objects with nested figures, evidence and actions. */
void findings_write_json(const Findings*, FILE*);
/* Readable text: per partnership, one block per finding. */
void findings_write_text(const Findings*, FILE*);

#endif

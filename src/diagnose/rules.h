/*
** rules.h: the diagnosis rules, each a function that appends findings for
** one partnership. They take records already read from the store (no SQL
** here), so they can be tested on hand-made data. diagnose.c reads the
** study and calls them.
**
** Roster rules (rule_roster.c): meeting_gap, turnover (individual and
** organisational), attendance_decline, missing_stakeholder_group.
** Survey rules (rule_survey.c): low_response, synergy_decline (clear
** fall or sustained slide), tipping_point, synergy_recovery,
** low_determinant, benefits_below_drawbacks.
** Network rules (rule_network.c): network_fragmented, single_broker,
** isolated_group, centralised_network, network_thinning, peripheral_synergy.
** Levers: levers.h.
*/
#ifndef SYN_DIAG_RULES_H
#define SYN_DIAG_RULES_H
#include "diagnose/finding.h"
#include "diagnose/params.h"
#include "diagnose/levers.h"
#include "store/st_roster.h"
#include "store/st_survey.h"
#include "survey/score.h"
#include "network/netstudy.h"

/* The roster as the rules see it (borrowed records): diagnose.c hands each
** partnership's rules only that partnership's records, so a rule's cost
** follows its own partnership's size. Attendance is ordered by meeting, then
** member id (attend_find() of roster/dynamics.h searches it). */
typedef struct DiagRoster {
  const MemberRec *aMem; int nMem;
  const MeetingRec *aMeet; int nMeet;      /* ordered by partnership, date */
  const AttendRec *aAtt; int nAtt;
  const EventRec *aEv; int nEv;            /* ordered by partnership, date */
  int iAsOf;                               /* day number of "today" */
  int iDataEnd;                            /* day of the study's last recorded activity up to today (0: unknown) */
  int nExpected; const char *const *azExpected;  /* stakeholder groups every partnership should have */
  int nSuppressMin;                        /* smaller stakeholder groups are not named (0: all are) */
} DiagRoster;

/* Programme-wide views of the scores, built once per run (survey_index.c). */
typedef struct DiagSurveyIndex DiagSurveyIndex;

/* Survey scores as the rules see them (borrowed, except pIx, which
** diag_survey_index() builds and diag_survey_index_free() releases). */
typedef struct DiagSurvey {
  const ScoreSet *s;
  const WaveRec *aWave; int nWave;         /* for opening dates */
  const ScoreChange *aChg; int nChg;       /* score_changes() */
  const LeverDefs *pDefs;                  /* which scales are determinants */
  DiagSurveyIndex *pIx;                    /* the views below */
} DiagSurvey;

/* Build and release d->pIx (s, aWave and aChg must be set). */
void diag_survey_index(DiagSurvey *d);
void diag_survey_index_free(DiagSurvey *d);
/* The groups of partnership iPart in wave order (borrowed); returns how many. */
int diag_part_groups(const DiagSurvey*, int iPart, const int **pa);
/* The latest unsuppressed group of partnership iPart, or -1. */
int diag_latest_shown(const DiagSurvey*, int iPart);
/* Is group g its partnership's latest wave (suppressed or not)? */
int diag_is_latest(const DiagSurvey*, int g);
/* The wave record of group g, or NULL. */
const WaveRec *diag_group_wave(const DiagSurvey*, int g);
/* The change of scale j from group g0 (-1: any) to group g1, or NULL. */
const ScoreChange *diag_change(const DiagSurvey*, int g0, int g1, int j);
/* Mean of scale j over the other partnerships' unsuppressed groups of group
** g's wave; *pnOther gets how many (NAN when none). */
double diag_others_mean(const DiagSurvey*, int g, int j, int *pnOther);
/* Mean of scale j over the partnerships' latest unsuppressed waves (NAN: none). */
double diag_programme_latest(const DiagSurvey*, int j);

void rule_meeting_gap(const DiagRoster*, const char *zP, const DiagParams*, Findings*);
void rule_turnover(const DiagRoster*, const char *zP, const DiagParams*, Findings*);
void rule_attendance(const DiagRoster*, const char *zP, const DiagParams*, Findings*);
void rule_missing_group(const DiagRoster*, const char *zP, const DiagParams*, Findings*);

void rule_low_response(const DiagSurvey*, const DiagRoster*, int iPart, const DiagParams*, Findings*);
void rule_synergy_trend(const DiagSurvey*, const DiagRoster*, int iPart, const DiagParams*, Findings*);
void rule_low_determinant(const DiagSurvey*, int iPart, const DiagParams*, Findings*);
void rule_balance(const DiagSurvey*, int iPart, const DiagParams*, Findings*);
/* Every network rule over each wave of zP that has ties (pS: the survey scores, may be NULL). */
void rule_network(const NetStudy*, const ScoreSet*, const char *zP, const DiagParams*, Findings*);

/* ---- helpers shared by the rules ---- */
/* Day number of an ISO date, or dflt when NULL or not a date. */
int diag_day(const char *z, int dflt);
/* Add every timeline event of zP that overlaps [x0, x1] as evidence
** (zKind NULL: any kind). Returns how many. */
int diag_events_in(const DiagRoster*, const char *zP, int x0, int x1, const char *zKind, Finding*);
/* Members of zP (of group zG, NULL: any) who left in [x0, x1], added as
** evidence; returns how many. */
int diag_leavers(const DiagRoster*, const char *zP, const char *zG, int x0, int x1, Finding*);
/* Members of zP present on day x. */
int diag_present_count(const DiagRoster*, const char *zP, int x);
/* Mark f open when its period ends (iEnd day) within open_days of iAsOf. */
void diag_set_open(Finding *f, int iEnd, int iAsOf, const DiagParams*);

/* Pure decision of the decline rule: 1 when a change diff with 95% CI
** [ciLow, ciHigh] counts as a decline: the whole CI below 0; without a CI
** (NAN), a fall of at least rDeclinePoints. */
int diag_is_decline(double diff, double ciLow, double ciHigh, double rDeclinePoints);
/* Pure sustained-slide test over the means a[0..n) of consecutive waves:
** the length of the run of falls ending at the last wave when it has at
** least nWaves falls totalling at least rPoints, else 0. */
int diag_slide_length(const double *a, int n, int nWaves, double rPoints);

#endif

/*
** diagnose.h: the findings engine. diag_study_load() reads a study (roster,
** timeline, survey scores, coded segments) and diag_study_findings()
** applies every rule of rules.h and levers.h to each partnership, returning
** Findings (finding.h) that the diagnose command, the portfolio and the
** report print (diag_run.h holds the commands' use cases).
**
** Survey rules run when the study has answers to the instrument (default
** the built-in "psf"); otherwise only the roster rules do. Thresholds come
** from params.h (defaults, study settings diagnose.KEY, then azSet).
** The stakeholder groups every partnership should have are the study
** setting diagnose.expected_groups (';'-separated, default "patient
** partner").
**
** Ownership: DiagStudy owns everything it loaded; diag_study_free()
** releases it. Findings are the caller's (findings_free()).
*/
#ifndef SYN_DIAGNOSE_H
#define SYN_DIAGNOSE_H
#include "store/store.h"
#include "util/err.h"
#include "diagnose/finding.h"
#include "diagnose/params.h"
#include "diagnose/rules.h"
#include "diagnose/levers.h"

typedef struct DiagnoseOptions {
  const char *zPartnership;   /* only this partnership (NULL: every one) */
  const char *zInstrument;    /* NULL: "psf" */
  int iAsOf;                  /* day number of today (0: date_today()) */
  int nSet; const char *const *azSet;   /* threshold overrides "KEY=VALUE" */
  int bNames;                 /* quotes keep real names (else pseudonymised) */
} DiagnoseOptions;

/* Everything the rules read, loaded once per run, with everything that
** is computed across the programme (scores of every partnership and wave,
** their changes, the levers regression, the comparison sums of
** survey.pIx). Members, meetings, attendance and events are grouped by
** partnership: partnership i's members are aMem[aMemAt[i] .. aMemAt[i+1]),
** and so on (within one: members by id, meetings and events by date,
** attendance by meeting and member id). With DiagnoseOptions.zPartnership
** only that partnership's roster is read (the others' slices are empty);
** the scores are always the whole programme's. */
typedef struct DiagStudy {
  DiagParams params;
  int nPart; char **azPart;             /* partnership codes, in code order */
  MemberRec *aMem; int nMem;
  char **azMemSector;                   /* sector of each member's organisation, or NULL */
  MeetingRec *aMeet; int nMeet;
  AttendRec *aAtt; int nAtt;
  EventRec *aEv; int nEv;
  int *aMemAt, *aMeetAt, *aAttAt, *aEvAt;   /* nPart+1 offsets each */
  int *aScoreOf;                        /* per partnership: its index in pScore->azPart, or -1 */
  WaveRec *aWave; int nWave;
  char **azExpected; int nExpected;
  DiagRoster roster;                    /* the whole study (iAsOf, expected groups) */
  ScoreSet *pScore;                     /* NULL without survey answers */
  ScoreChange *aChg; int nChg;
  LeverDefs *pDefs;
  int *aCodeAt; unsigned char *abCodeIn;   /* which of pDefs' codes the codebook has (diagnose.c) */
  LeverFit *pFit;                       /* NULL without survey answers */
  DiagSurvey survey;
  NetStudy *pNet;                       /* collaboration networks (netstudy.h) */
  Store *pStore; int bReadHeld;         /* the read transaction held until diag_study_free() */
} DiagStudy;

/* What a rule sees of one partnership: its code, its own records and its
** index in the scores (-1 without answers). The study's programme-wide
** results stay in DiagStudy. */
typedef struct DiagPart {
  const char *zP;
  int iPart;                            /* index in DiagStudy.azPart */
  int iScore;                           /* index in pScore->azPart, or -1 */
  DiagRoster roster;                    /* borrowed slices of the study's records */
} DiagPart;

/* A rule: appends its findings about partnership *pPart to pOut. Every
** rule of the engine is one line of the table in diagnose.c. */
typedef void (*DiagRuleFn)(const DiagStudy*, const DiagPart *pPart, Findings *pOut);

/* Partnership i (index in azPart) as the rules see it. */
void diag_part(const DiagStudy*, int i, DiagPart*);
/* Index of zP in azPart, or -1. */
int diag_part_index(const DiagStudy*, const char *zP);

/* Load the study. NULL with the failure in *pErr: ERR_USAGE for a bad
** threshold override, ERR_FAIL for an unknown partnership or instrument,
** ERR_INTERNAL for a database error. */
DiagStudy *diag_study_load(Store*, const DiagnoseOptions*, Err *pErr);
void diag_study_free(DiagStudy*);
/* Index of partnership zP in pScore->azPart, or -1 when it has no answers
** (binary search). */
int diag_score_part(const DiagStudy*, const char *zP);

/* Apply every rule to partnership zP (or every one when NULL); findings
** come sorted. pStore (may be NULL) supplies coded quotes as evidence. */
Findings *diag_study_findings(DiagStudy*, Store *pStore, const char *zP, int bNames);

/* Lever findings of partnership index iPart of the ScoreSet (rule_levers.c). */
void rule_levers(const DiagSurvey*, const LeverFit*, int iPart, const DiagParams*, Findings*);

#endif

/*
** report_data.h: data several report sections share: the survey scores of
** the built-in instrument, the day each wave opened, the timeline's
** events as chart markers, and the day time charts end.
**
** Exports: report_diag, report_ctx_done, report_score_set, report_latest_group, report_latest_mean,
** report_wave_day, report_marks, report_marks_free, report_end_day.
*/
#ifndef SYN_REPORT_DATA_H
#define SYN_REPORT_DATA_H
#include "report/chart.h"
#include "report/section.h"
#include "survey/score.h"
#include "diagnose/diagnose.h"

/* Tables that are the same on every page of a run, whichever partnership
** it shows (the instruments in use, the scales' reliability across the
** programme): made by the first page that needs them, kept for the others
** (report --each shares one through ReportOpts.pMemo; otherwise the
** report's ReportDiag holds one). NULL members: not made yet. */
typedef struct ReportMemo {
  Table *pInstruments;        /* instrument,title,source,items,responses */
  Table *pReliability;        /* sec_methods.c */
  int nSuppressed;            /* groups suppressed in the whole study */
  WaveRec *aWave; int nWave;  /* every wave of the study (report_end_day) */
  int bWaves;                 /* aWave read */
  /* Indexes of the diagnosis's scores and waves, so that a page of one
  ** partnership looks its own up instead of passing over the programme's
  ** (report_data.c): pIxSet's groups by partnership, in group order, and
  ** the latest pooled group; pIxWave's waves by partnership and name. */
  const ScoreSet *pIxSet; int *aPartAt, *aPartGroup; int gAllLatest;
  const WaveRec *pIxWave; int *aWaveOrd;
  /* The qualitative evidence of the whole study (sec_qual.c), which no
  ** page's partnership changes: the framework matrix by partnership (each
  ** page shows its own rows) and the agreement of the study's first two
  ** coders who have coded something (eAgree: 0 not computed, 1 fewer than
  ** two such coders, 2 no shared source, 3 pAgree holds the statistics of
  ** azCoder[0..1] over nShared sources). */
  struct Matrix *pSynth; int bSynth;
  int eAgree; char *azCoder[2]; Table *pAgree; int nShared;
  /* The membership dynamics of one partnership last made (sec_membership.c)
  ** up to day iDynEnd with gaps of nDynGap days: report --each's page of a
  ** partnership and then its rows of the workbook ask for the same. */
  struct Dynamics *pDyn; char *zDynPart; int iDynEnd, nDynGap;
} ReportMemo;

/* The study diagnosed once per report: the loaded study, the findings of
** the report's partnerships' rules (every partnership's, or the one
** partnership's when the report has one). */
typedef struct ReportDiag {
  DiagStudy *d; const Findings *pF;
  int bShared;                /* both are ReportOpts' (report --each): not freed here */
  ReportMemo memo;            /* report_memo() when ReportOpts shares none */
} ReportDiag;
/* The diagnosis of the report (loaded on first use, freed by
** report_ctx_done(); or the one shared by ReportOpts.pDiag, whose findings
** cover every partnership: filter with report_has_part()),
** or NULL on failure. The whole study's roster is read only when the
** report covers more than one partnership. */
const ReportDiag *report_diag(ReportCtx*);
/* Release what the report's context loaded. */
void report_ctx_done(ReportCtx*);
/* The run's memo (never NULL). */
ReportMemo *report_memo(ReportCtx*);
/* Free the tables of a memo (not the memo itself). */
void report_memo_clear(ReportMemo*);

/* The scores of the built-in instrument "psf" with the study's settings:
** the diagnosis's (report_diag()), so computed once per report, for every
** partnership (suppression and the programme comparisons need them all).
** NULL when the study has no answers to it (or on any error). Borrowed. */
const ScoreSet *report_score_set(ReportCtx*);

/* Group index of the latest unsuppressed wave of partnership zPart ("all":
** the pooled group), or -1 when it has none. */
int report_latest_group(ReportCtx*, const ScoreSet*, const char *zPart);
/* The groups of partnership zPart in s (not "all"), in group order: *pn
** of them (0 and NULL when it has none). Borrowed from the run's memo. */
const int *report_part_groups(ReportCtx*, const ScoreSet*, const char *zPart, int *pn);
/* The groups of every partnership of the report (not the pooled ones), in
** group order: *pn of them (caller frees). */
int *report_groups(ReportCtx*, const ScoreSet*, int *pn);
/* The indexes [*piLo, *piHi) of s->azPart that a section passes over for
** the report's partnerships: the one partnership's own (found by binary
** search: azPart is sorted) when the report covers one, so that each page
** of report --each costs what its partnership costs; else all of them
** (filter with report_has_part()). s may be NULL (an empty range). */
void report_part_range(const ReportCtx*, const ScoreSet *s, int *piLo, int *piHi);
/* Mean of scale zScale over the report's partnerships at each one's latest
** unsuppressed wave, weighted by respondents; NAN when none or no scale. */
double report_latest_mean(ReportCtx*, const ScoreSet*, const char *zScale);

/* Day on which wave zWave opened for partnership zPart (NULL or "all": the
** earliest opening of that wave name), or 0 when it has no date. */
int report_wave_day(ReportCtx*, const char *zPart, const char *zWave);

/* Markers for the context events and adaptations of the report's
** partnerships (or of zPart only when not NULL), sorted by day; labels
** carry the partnership code when several are shown. *paMark and its
** labels are the caller's: free with report_marks_free(). Returns
** STORE_OK or STORE_ERROR. */
int report_marks(ReportCtx*, const char *zPart, ChartMark **paMark, int *pn);
void report_marks_free(ChartMark*, int);

/* The last day time charts show: "today" when it was fixed
** (ReportOpts.bTodayFixed), else ReportOpts.iEndDay when set, otherwise
** the last dated event of the report's
** partnerships (a meeting, and so its attendance, a wave's closing or
** opening, a timeline event or its end, a member joining or leaving), no
** later than today; 0 when there is none or on a store error. */
int report_end_day(ReportCtx*);

#endif

/*
** report_data.h: data several report sections share: the survey scores of
** the built-in instrument, the day each wave opened, the timeline's
** events as chart markers, and the day time charts end.
**
** Exports: report_score_set, report_findings_of, report_ctx_clear, report_latest_group, report_latest_mean,
** report_wave_day, report_marks, report_marks_free, report_end_day.
*/
#ifndef SYN_REPORT_DATA_H
#define SYN_REPORT_DATA_H
#include "report/chart.h"
#include "report/section.h"
#include "survey/score.h"

/* The scores of the built-in instrument "psf" with the study's settings,
** computed once per report (every partnership's: suppression and the
** programme comparisons need them all) by the diagnosis the findings come
** from, kept in the ReportCtx until report_ctx_clear(). NULL when the
** study has no answers to it (or on any error). Borrowed. */
const ScoreSet *report_score_set(ReportCtx*);
/* The findings of the report's partnerships (diagnose: the rules of one
** partnership only when the report has one; the programme-wide
** comparisons either way), computed while the report's language is in
** force, once per report (or shared: ReportOpts.pFindings, which may hold
** other partnerships' too: filter with report_has_part()). NULL on
** failure. Borrowed. */
const struct Findings *report_findings_of(ReportCtx*);
/* Release what the ReportCtx keeps (the diagnosis, its scores and findings). */
void report_ctx_clear(ReportCtx*);


/* Group index of the latest unsuppressed wave of partnership zPart ("all":
** the pooled group), or -1 when it has none. */
int report_latest_group(const ScoreSet*, const char *zPart);
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
** (ReportOpts.bTodayFixed), otherwise the last dated event of the report's
** partnerships (a meeting, and so its attendance, a wave's closing or
** opening, a timeline event or its end, a member joining or leaving), no
** later than today; 0 when there is none or on a store error. */
int report_end_day(ReportCtx*);

#endif

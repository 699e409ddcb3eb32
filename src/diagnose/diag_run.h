/*
** diag_run.h: the use cases of diagnose, portfolio and screen. Each takes
** the Store and its options and returns 0, or the class of its failure
** with the message (a screening file's problems: all of them, ERR_DATA) in
** *pErr; it never prints or exits. What comes back is the caller's (the
** *_clear() functions and table_free()).
*/
#ifndef SYN_DIAG_RUN_H
#define SYN_DIAG_RUN_H
#include <stdint.h>
#include "diagnose/diagnose.h"
#include "diagnose/portfolio.h"
#include "diagnose/screening.h"
#include "store/st_diagnose.h"
#include "util/err.h"
#include "util/table.h"

/* `diagnose --rules`: the thresholds with the study's settings and the
** --set overrides (a bad override: ERR_USAGE). */
int diag_rules(Store*, int nSet, const char *const *azSet, Table **ppOut, Err*);

/* `diagnose`: the findings of o->zPartnership (NULL: every partnership),
** only those of kind zKind (NULL: all) and, with bOpen, the open ones. */
typedef struct DiagResult {
  Findings *pF;       /* the findings kept; pF->n of them */
  int nAll;           /* how many pF holds in all (the others follow) */
  int bScores;        /* 0 when the study has no survey answers (roster rules only) */
} DiagResult;
int diag_diagnose(Store*, const DiagnoseOptions*, const char *zKind, int bOpen, DiagResult*, Err*);
void diag_result_clear(DiagResult*);

/* `portfolio`: the partnerships table in form eForm (portfolio_table():
** figures for CSV and JSON, words for text) and the sectors table. */
int diag_portfolio(Store*, const DiagnoseOptions*, PfForm eForm, Table **ppPart, Table **ppSect, Err*);

/* `screen checklist`: the built-in checklist as a table. */
int screen_checklist_list(Table **ppOut, Err*);

/* `screen record`: the ratings of CSV zFile stored as a screening of
** zPartnership on zDate (NULL: today) by zBy with zNote (may be NULL). */
typedef struct ScreenRecordOpts {
  const char *zPartnership, *zFile, *zDate, *zBy, *zNote;
} ScreenRecordOpts;
typedef struct ScreenRecorded {
  int64_t id;         /* the screening's number */
  int nFactor;        /* factors rated */
  ScreenScore sc;
} ScreenRecorded;
int screen_record(Store*, const ScreenRecordOpts*, ScreenRecorded*, Err*);

/* `screen show`: screening id (0: the latest) of zPartnership beside the
** partnership's waves (scores of instrument zInstrument, NULL: psf). */
typedef struct ScreenShown {
  ScreenHeader h;
  ScreenScore sc;
  Table *pTable;      /* factor by factor (screen_compare_table()) */
} ScreenShown;
int screen_show(Store*, const char *zPartnership, int64_t id, const char *zInstrument, ScreenShown*, Err*);
void screen_shown_clear(ScreenShown*);

/* `screen list`: the screenings of zPartnership (NULL: all) with their scores. */
int screen_list(Store*, const char *zPartnership, Table **ppOut, Err*);

/* `screen remove`: screening number id (ERR_FAIL when there is none). */
int screen_remove(Store*, int64_t id, Err*);

#endif

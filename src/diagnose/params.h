/*
** params.h: the thresholds of the diagnosis rules, kept in one table with
** their defaults. A value comes from, in increasing priority: the default,
** the study setting "diagnose.KEY" (gap_days also reads the study setting
** gap_days that `dynamics` uses), and an override "KEY=VALUE" given on the
** command line (--set). Each finding names the key and value it used.
**
** DiagParams is a plain array of values indexed by the DP_* constants;
** it owns nothing.
*/
#ifndef SYN_DIAG_PARAMS_H
#define SYN_DIAG_PARAMS_H
#include "store/store.h"
#include "util/table.h"

enum {
  DP_GAP_DAYS, DP_GAP_CONCERN_DAYS,
  DP_TURNOVER_IND, DP_TURNOVER_ORG,
  DP_ATTEND_DROP, DP_ATTEND_MIN_MEETINGS,
  DP_MISSING_DAYS,
  DP_DECLINE_POINTS, DP_SLIDE_WAVES, DP_SLIDE_POINTS,
  DP_PROTECT_POINTS, DP_ORG_LOSS, DP_TIPPING_LOSSES,
  DP_BELOW_PROGRAMME,
  DP_BALANCE_MARGIN,
  DP_RESPONSE_MIN, DP_RESPONSE_RATE,
  DP_LEVER_COUNT, DP_LEVER_TARGET, DP_LEVER_MIN_DF,
  DP_OPEN_DAYS,
  DP_SCREEN_RISK_RECONSIDER, DP_SCREEN_RISK_CONDITIONS, DP_SCREEN_SUCCESS_MIN,
  DP_NET_SHARE_DROP, DP_NET_CENTRAL, DP_NET_DENSITY_DROP, DP_NET_LEVEL_DROP,
  DP_COUNT
};

typedef struct DiagParamDef {
  const char *zKey;       /* setting name without "diagnose." */
  double rDefault;
  const char *zRule;      /* rule (finding kind) that uses it */
  const char *zHelp;      /* what it means (marked N_(): translate with _()) */
} DiagParamDef;

typedef struct DiagParams { double a[DP_COUNT]; } DiagParams;

/* Defaults, then study settings (pStore may be NULL), then azSet[0..nSet)
** "KEY=VALUE". Returns 0, or 1 with *pzErr (caller frees) naming an unknown
** key or a value that is not a number. */
int diag_params_load(Store *pStore, int nSet, const char *const *azSet, DiagParams *p, char **pzErr);

/* 1 when zKey is a study setting the diagnosis reads: "diagnose." followed
** by a threshold key or "expected_groups". */
int diag_setting_known(const char *zKey);

/* "KEY=VALUE" of parameter i, as findings quote it (caller frees). */
char *diag_param_str(const DiagParams*, int i);

/* The table key,value,default,rule,meaning (caller frees). */
Table *diag_params_table(const DiagParams*);

#endif

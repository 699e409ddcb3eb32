/*
** screening.h: judging a potential partnership with a checklist of
** negative factors (from struggling and potential partnerships) and
** success factors (data/screening.json, compiled in), scoring the ratings
** and comparing them with the partnership's later survey waves.
**
** Ratings are 0 (absent), 1 (partly), 2 (clearly present). Unrated factors
** are left out of both scores:
**   risk    = sum of negative ratings / (2 x rated negative factors)
**   success = sum of success ratings  / (2 x rated success factors)
** Verdict: "reconsider" when risk >= screen_risk_reconsider; "proceed with
** conditions" when risk >= screen_risk_conditions or success <
** screen_success_min; otherwise "proceed" (thresholds in params.h).
**
** Factor labels and questions are given in English and French
** (langtext.h); screen_factor_label() and screen_factor_question() return
** them in the current language, as do the tables below.
**
** A Checklist owns its strings (checklist_free()).
*/
#ifndef SYN_SCREENING_H
#define SYN_SCREENING_H
#include "diagnose/diagnose.h"
#include "diagnose/langtext.h"
#include "store/st_diagnose.h"
#include "util/errlist.h"
#include "util/table.h"

typedef struct ScreenFactor {
  char *zId, *zKind, *zScale, *zCode;   /* zKind: negative or success */
  LangList label, question;
} ScreenFactor;
typedef struct Checklist { int n; ScreenFactor *a; } Checklist;

/* Parse checklist JSON (zFile names it in messages); NULL with *pzErr (caller frees). */
Checklist *checklist_parse(const char *zJson, const char *zFile, char **pzErr);
Checklist *checklist_builtin(char **pzErr);
void checklist_free(Checklist*);
int checklist_index(const Checklist*, const char *zId);   /* -1 when unknown */
/* Label and question of a factor in the current language (question may be NULL). */
const char *screen_factor_label(const ScreenFactor*);
const char *screen_factor_question(const ScreenFactor*);
/* id,kind,factor,question,scale,code (caller frees). */
Table *checklist_table(const Checklist*);

/* Read ratings from CSV zFile (columns factor, rating, optional note).
** Every problem goes to pErr with FILE:LINE:FIELD. Never NULL; caller frees. */
ScreenAnswers *screen_read_csv(const Checklist*, const char *zFile, ErrList *pErr);

typedef struct ScreenScore {
  double rRisk, rSuccess;     /* NAN when no factor of that kind was rated */
  int nNeg, nSucc;            /* rated factors of each kind */
  const char *zVerdict;       /* static: reconsider, proceed with conditions, proceed */
} ScreenScore;
/* The verdict in words of the current language. */
const char *screen_verdict_name(const char *zVerdict);
void screen_score(const Checklist*, const ScreenAnswers*, const DiagParams*, ScreenScore*);

/* Factor by factor: id,kind,factor,rating,note,scale,first_wave,first_mean,
** latest_wave,latest_mean (means from d's survey scores of zP; null when
** none). Caller frees. */
Table *screen_compare_table(const Checklist*, const ScreenAnswers*, const DiagStudy *d, const char *zP);

#endif

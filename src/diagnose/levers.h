/*
** levers.h: where to act first. The determinants of synergy, their
** enabling processes and suggested actions come from data/levers.json
** (compiled in). lever_fit() regresses members' synergy scores on their
** determinant scores across the whole programme (every answer set of every
** partnership and wave, complete cases), giving standardized coefficients
** with 95% CIs as Weiss, Anderson and Lasker (2002) did, both ordinary and
** cluster-robust (CR2 with Satterthwaite df, members clustered in their
** partnership; lever_robust() says which one judges). lever_rank()
** then picks, for one partnership, the determinants with a positive
** coefficient whose CI excludes zero, ranked by
**     priority = beta x (target - score)
** where score is the partnership's mean in its latest wave and target the
** higher of the strength threshold (lever_target, 4.0) and the programme
** mean of the partnerships' latest waves; determinants already at target
** are not levers.
**
** Labels, enabling processes and suggestions are given in English and
** French (langtext.h); lever_label(), lever_processes() and
** lever_suggestions() return them in the current language.
**
** LeverDefs and LeverFit own their contents; free with lever_defs_free()
** and lever_fit_free().
*/
#ifndef SYN_DIAG_LEVERS_H
#define SYN_DIAG_LEVERS_H
#include "diagnose/langtext.h"
#include "analysis/robust.h"
#include "survey/score.h"

typedef struct LeverDef {
  char *zScale;             /* instrument scale id, e.g. decision_making */
  LangList label;           /* "decision making" ("prise de décision") */
  char *zLevel;             /* interpersonal, operational or system */
  int bProtective;          /* counts for tipping points (trust, involvement) */
  char *zTimeline;          /* timeline events of this kind are evidence (decision, context), or NULL */
  LangList proc;            /* enabling processes */
  int nCode; char **azCode; /* codebook paths whose segments are evidence */
  LangList sugg;            /* concrete suggestions */
} LeverDef;

/* The label of d in the current language (the scale id when it has none). */
const char *lever_label(const LeverDef *d);
/* Its enabling processes and suggestions in the current language; *pn gets the count. */
char *const *lever_processes(const LeverDef *d, int *pn);
char *const *lever_suggestions(const LeverDef *d, int *pn);
/* Its enabling processes joined by ", " (caller frees). */
char *lever_process_list(const LeverDef *d);
/* Its level ("operational") in words of the current language. */
const char *lever_level_name(const LeverDef *d);

typedef struct LeverDefs { int n; LeverDef *a; } LeverDefs;

/* Parse levers JSON zJson (zFile for messages). NULL with *pzErr (caller
** frees) on a problem. */
LeverDefs *lever_defs_parse(const char *zJson, const char *zFile, char **pzErr);
/* The built-in data/levers.json; NULL with *pzErr on a problem. */
LeverDefs *lever_defs_builtin(char **pzErr);
void lever_defs_free(LeverDefs*);
/* Index of the definition for scale zScale, or -1. */
int lever_def_index(const LeverDefs*, const char *zScale);

typedef struct LeverFit {
  int nPred;                /* predictors used (determinants the instrument has) */
  int *aiDef;               /* their LeverDefs index */
  int *aiScale;             /* their instrument scale index */
  double *aBeta, *aLow, *aHigh;   /* ordinary (model-based) 95% CI */
  PsyRobust *aCr;           /* CR2 cluster-robust SE, Satterthwaite df and CI (robust.h) */
  int nCluster;             /* partnerships among the answer sets used */
  double r2;
  int nUsed;                /* complete answer sets used; 0: no fit */
} LeverFit;

/* Whether coefficient k of f is judged by its cluster-robust CI: its CR2
** Satterthwaite df is at least rMinDf (lever_min_df). Otherwise the
** ordinary CI is used, with a caveat in the finding. */
int lever_robust(const LeverFit *f, int k, double rMinDf);

/* Fit synergy scale zY (e.g. "synergy") on the determinants of pDefs that
** the instrument scores. Returns NULL when the instrument lacks zY or has
** no determinant; otherwise a fit (nUsed 0 when too few complete answer
** sets). Caller frees. */
LeverFit *lever_fit(const ScoreSet*, const LeverDefs*, const char *zY);
void lever_fit_free(LeverFit*);

/* Rank candidates 0..n-1 (pure): keep those with aLow[j] > 0 and
** max(rTarget, aProg[j]) - aScore[j] > 0, order by aBeta[j] times that
** headroom (highest first, ties by index), write at most nMax indices to
** aOut and the priorities to aPrio (may be NULL). Candidates with a NAN
** score are skipped. Returns how many were written. */
int lever_rank(const double *aBeta, const double *aLow, const double *aScore, const double *aProg,
               int n, double rTarget, int nMax, int *aOut, double *aPrio);

#endif

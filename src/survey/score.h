/*
** score.h: scoring member surveys into structs, for the score command and
** for later analyses (diagnosis, reports). Statistics come from
** analysis/psychometrics.h.
**
** score_compute() loads every answer set of one instrument, computes each
** respondent's scale scores and, per partnership x wave x scale (plus a
** pooled "all" group per wave), n, mean, SD, t-based 95% CI, Cronbach's
** alpha (raw and standardized), rwg(j) and the interpretation band.
** It applies the confidentiality rule (score.c, docs/statistics.md):
** groups with fewer answer sets than nSuppressMin are suppressed whole
** (ScoreGroup.bSuppressed); then each published cell (group x scale, and
** the balance of benefits and drawbacks) with its own n below
** nSuppressMin is withheld (ScaleStat.bSuppressed), and so are the next
** smallest cells of the wave and scale (or its pooled cell) while the
** withheld total could be recovered by subtraction; a withheld cell
** withholds the cells of its group that would give it back (scales sharing
** items, the balance and its checklists). A withheld cell holds
** no figure (n 0, NAN); every function below leaves withheld cells out.
**
** A ScoreSet owns everything it points to; free it with score_free().
*/
#ifndef SYN_SCORE_H
#define SYN_SCORE_H
#include <stdint.h>
#include "store/store.h"
#include "survey/instrument.h"
#include "util/err.h"
#include "analysis/psychometrics.h"

typedef struct ScoreOpts {
  const char *zWave;        /* only this wave name (NULL: every wave) */
  double rMinAnswered;      /* share of a scale's items needed for a score (0.5) */
  int nSuppressMin;         /* groups with fewer answer sets are suppressed (5) */
  int bNoSuppress;          /* show every group */
  int bIncludePartial;      /* count partial answer sets of the web survey too */
  int bNoAlphaStd;          /* leave standardized alpha out (NAN): alpha and rwg(j)
                            ** then cost k sums per respondent and scale, not k^2/2
                            ** (the diagnosis and the report show neither) */
  const struct WaveRec *aWave; int nWave;   /* every wave of the study as st_wave_all()
                            ** gives them, when the caller has read them (borrowed
                            ** for the call only); NULL: score_compute() reads them */
} ScoreOpts;

/* Defaults, then the study settings min_answered and suppress_min. */
int score_opts_init(Store*, ScoreOpts*);

typedef struct ScoreGroup {
  int iPart;                /* index into azPart; -1 for the pooled "all" group */
  int iWave;                /* index into azWave */
  int iSeq;                 /* order of this partnership's wave (opens date, then creation) */
  int nResp;                /* answer sets */
  int bSuppressed;
  int iFirst;               /* its respondents are aOrder[iFirst .. iFirst+nResp) */
} ScoreGroup;

typedef struct ScaleStat {  /* (the ints last: one per group and scale, every byte counts) */
  double mean, sd, ciLow, ciHigh;
  double alpha, alphaStd;   /* over nComplete respondents who answered every item */
  double rwgj;              /* mean scales only */
  const char *zBand;        /* borrowed from the instrument; NULL for none */
  int n;                    /* respondents with a score */
  int nComplete;
  int bSuppressed;          /* withheld for confidentiality: every figure is empty */
} ScaleStat;

typedef struct ScoreSet {
  Instrument *pInst;
  ScoreOpts opts;
  int nWave; char **azWave; /* wave names in order of first opening */
  int nPart; char **azPart; /* partnership codes with answers, in code order */
  int nResp;
  int *aRespPart, *aRespWave;
  int64_t *aRespMember;     /* roster member row id, 0 when not linked */
  char **azRespId;          /* the linked member's pseudonymous id, NULL when not linked */
  char *zRespIdText;        /* the block azRespId points into */
  unsigned char *aAns;      /* nResp x nItem answer codes (instrument.h) */
  /* The nResp x nScale scale scores, read with score_value(). A score is
  ** a scale's sum over a count of answered items, so each scale has few
  ** possible values: where every scale's fit in 16 bits, aScoreCode
  ** holds each score's index into aCodeValue (0: NAN, missing) and
  ** aScoreWide is NULL; otherwise aScoreWide holds the scores. */
  uint16_t *aScoreCode;
  double *aCodeValue;
  double *aScoreWide;
  int nGroup; ScoreGroup *aGroup;   /* by wave, then partnership, "all" last */
  int *aOrder;
  ScaleStat *aStat;         /* nGroup x nScale; zeroed/NAN for withheld cells */
  double *aItemValue;       /* nItem x 256: value of each answer code after reverse keying, NAN if none */
  double *aBalY;            /* per respondent: benefits minus drawbacks (NULL without balance scales) */
  PsyDesc *aBal;            /* per group: the balance described (empty where withheld) */
  int *abBalHidden;         /* per group: the balance withheld */
  double tLoad, tCompute;   /* seconds reading the study and computing (wall clock) */
} ScoreSet;

/* Score instrument zInstrument. Returns 0 with *pp, or the class of the
** failure in *pErr: ERR_FAIL for an unknown instrument, else ERR_INTERNAL. */
int score_compute(Store*, const char *zInstrument, const ScoreOpts*, ScoreSet **pp, Err *pErr);
void score_free(ScoreSet*);

/* Respondent i's score on scale j (NAN when missing). */
static inline double score_value(const ScoreSet *s, int i, int j){
  size_t o = (size_t)i*(size_t)s->pInst->nScale + (size_t)j;
  return s->aScoreCode ? s->aCodeValue[s->aScoreCode[o]] : s->aScoreWide[o];
}

/* "all" or the group's partnership code (borrowed). */
const char *score_group_part(const ScoreSet*, int iGroup);
const ScaleStat *score_stat(const ScoreSet*, int iGroup, int iScale);

/* Item analysis of scale iScale in group iGroup: item-rest correlations
** and alpha if deleted, into caller arrays of the scale's nItem. */
void score_items(const ScoreSet*, int iGroup, int iScale, double *aItemRest, double *aAlphaDel);

/* ICC(1) and ICC(2) of scale iScale across the shown partnership cells of
** wave iWave, and ICC(1) with the adjusted group size k0 (pIcc1k0 may be
** NULL); *pnGroups and *pn count groups and scores used. */
void score_between(const ScoreSet*, int iWave, int iScale, int *pnGroups, int *pn, double *pIcc1, double *pIcc2,
                   double *pIcc1k0);

/* Change of a scale in one partnership from its previous wave: the
** difference of the two waves' means, its 95% CI from the partially
** overlapping samples t-test (psy_change: paired for the members linked in
** both waves, independent for the rest), the standardized change with its
** CI, and how many members were linked. bClear: the CI excludes 0. */
typedef struct ScoreChange {
  int iGroupFrom, iGroupTo, iScale;
  int nLinked;
  double diff, ciLow, ciHigh, df, es, esLow, esHigh;
  int bClear;
} ScoreChange;
/* Every change between consecutive waves of each partnership whose cells
** of that scale are both shown. Caller frees *pa. */
void score_changes(const ScoreSet*, ScoreChange **pa, int *pn);
/* The same for partnership iPart (index in azPart) only (-1: every one)
** and the scales j with abScale[j] set (NULL: every one). */
void score_changes_of(const ScoreSet*, int iPart, const unsigned char *abScale, ScoreChange **pa, int *pn);

/* One linked member's own change on a scale between consecutive waves, and
** the Jacobson & Truax (1991) reliable change index with the SD and alpha
** of the earlier wave's group: RCI = change / (sqrt(2) SD sqrt(1 - alpha)). */
typedef struct MemberChange {
  int iGroupFrom, iGroupTo, iScale;
  const char *zMember;      /* pseudonymous id, borrowed from the ScoreSet */
  double from, to, diff, rci;
  int bReliable;            /* |RCI| >= 1.96 */
} MemberChange;
/* The changes of every linked member with a score in both waves, where
** both cells are shown. Caller frees *pa. */
void score_member_changes(const ScoreSet*, MemberChange **pa, int *pn);

/* Benefits minus drawbacks (the instrument's balance checklists) per
** respondent, described for group iGroup. 0 if the instrument has no
** balance scales, else 1 with *pB, *pD (mean counts) and *pDesc. */
int score_balance(const ScoreSet*, int iGroup, double *pB, double *pD, PsyDesc *pDesc);
/* True when group iGroup's balance is withheld for confidentiality (or
** the instrument has none). */
int score_balance_hidden(const ScoreSet*, int iGroup);

#endif

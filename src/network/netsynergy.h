/*
** netsynergy.h: synergy by network position. For each partnership and
** wave with both ties and survey answers, the synergy scores of the
** members linked to the roster, split by their organisation's place in
** that wave's network: the core (the main k-core, as `network change`
** defines it: coreness equal to the network's highest, above 0) or the
** periphery (every other organisation, isolates included). Each side's n,
** mean and t-based 95% CI, and periphery minus core with Welch's 95% CI
** (R t.test(periphery, core)).
**
** Confidentiality, as the scores' (docs/statistics.md): both sides are
** withheld unless the partnership-wave's synergy cell is shown, each side
** has at least suppress_min scores, and the scores outside both sides
** (members not linked, or whose organisation is not a node) number 0 or
** at least suppress_min, so that no shown figure minus others isolates a
** small group.
*/
#ifndef SYN_NETSYNERGY_H
#define SYN_NETSYNERGY_H
#include "network/netstudy.h"
#include "survey/score.h"

#define NET_SYNERGY_COLS "partnership,wave,core_n,core_mean,core_ci_low,core_ci_high," \
  "periphery_n,periphery_mean,periphery_ci_low,periphery_ci_high,difference,ci_low,ci_high,note"

/* One network's row. */
typedef struct NetSynergy {
  PsyDesc core, per;        /* empty (n 0, NAN) when withheld */
  double diff, low, high;   /* periphery minus core, Welch 95% CI */
  int bShown;               /* 0: withheld or nothing to compare; zNote says why */
  const char *zNote;        /* "suppressed", "no survey answers", "no linked members", or NULL */
} NetSynergy;

/* The figures of network g (metrics m) against scale iScale of s (the
** partnership-wave group of g's partnership and wave). */
void netsynergy_compute(const NetStudy*, const NetGraph *g, const NetMetrics *m, const ScoreSet *s,
                        int iScale, NetSynergy *pOut);
/* Append the row of g to t (NET_SYNERGY_COLS). */
void netsynergy_row(const NetGraph *g, const NetSynergy *p, Table *t);

#endif

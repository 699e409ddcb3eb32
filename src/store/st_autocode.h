/*
** st_autocode.h: the store's interface for auto-coding rules and coding
** suggestions (from rules and from the classifier). Schema in
** sql/001_search.sql. Conventions: see store.h (return STORE_*, caller frees).
** A suggestion is never coding: only st_suggestion_decide() with bAccept
** turns one into a segment (through st_segment_add(), audited).
*/
#ifndef SYN_ST_AUTOCODE_H
#define SYN_ST_AUTOCODE_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

typedef struct AcRuleRec {
  int64_t id, iCode;
  char *zCode;          /* code path */
  char *zKind;          /* words, phrase, regex */
  char *zPattern;
  char *zScope;         /* paragraph, hit */
} AcRuleRec;
void st_ac_rule_recs_free(AcRuleRec *a, int n);

/* Add a rule to code zCode (path or unique name); audited. The pattern must
** have been checked (ac_check()). STORE_EXISTS if the same rule exists. */
int st_autocode_rule_add(Store*, const char *zCode, const char *zKind, const char *zPattern,
                         const char *zScope, const char *zWho, int64_t *pId);
/* Remove rule iId (its suggestions stay, without a rule); audited. */
int st_autocode_rule_remove(Store*, int64_t iId, const char *zWho);
/* Rules, all (iRule 0) or one, ordered by id. Caller frees with st_ac_rule_recs_free(). */
int st_autocode_rules(Store*, int64_t iRule, AcRuleRec **pa, int *pn);
/* Listing: id,code,kind,pattern,scope,pending,accepted,rejected. */
int st_autocode_rule_list(Store*, Table *pOut);

/* For merging code iFrom into iInto (called by st_code_merge() after the
** segments moved): iFrom's rules are re-pointed to iInto, except a rule
** iInto already has (its suggestions go to iInto's twin and it is dropped);
** iFrom's suggestions are re-pointed to iInto, except those that would
** duplicate a suggestion of iInto for the same range, and pending ones that
** a segment of iInto already covers: those are dropped. *pnRule and
** *pnSuggest (may be NULL) get how many rules and suggestions moved,
** *pnDropped how many of either were dropped. Not audited (the merge is). */
int st_autocode_move_code(Store*, int64_t iFrom, int64_t iInto, int *pnRule, int *pnSuggest, int *pnDropped);

/* Propose code iCode for source iSource at [iStart,iEnd). Nothing is added
** (and *pbNew is 0) when the same range was proposed for the code before
** (pending, accepted or rejected) or a segment of the code already covers
** it. iRule 0: no rule; rScore NaN: no score. */
int st_suggestion_add(Store*, int64_t iSource, int64_t iCode, int64_t iStart, int64_t iEnd,
                      const char *zOrigin, int64_t iRule, double rScore, int *pbNew);

typedef struct SuggestFilter {
  const char *zSource, *zCode, *zPartnership;
  const char *zStatus;   /* pending, accepted, rejected */
  const char *zOrigin;   /* rule, classifier */
  int64_t iRule;         /* 0: any */
  double rMinScore;      /* classifier suggestions below are left out (0: all) */
} SuggestFilter;
/* Ids of matching suggestions ordered by source, start, code. Caller frees *pa. */
int st_suggestion_ids(Store*, const SuggestFilter*, int64_t **pa, int *pn);
/* Listing: id,source,partnership,code,start,end,origin,rule,score,status,text
** (text: the suggested range of the source as stored, not pseudonymised). */
int st_suggestion_list(Store*, const SuggestFilter*, Table *pOut);
/* Accept (adds a segment for coder zCoder) or reject suggestion iId.
** STORE_NOTFOUND if there is no such suggestion; STORE_EXISTS (message
** says so) if it was already decided. */
int st_suggestion_decide(Store*, int64_t iId, int bAccept, const char *zCoder, const char *zWho);

#endif

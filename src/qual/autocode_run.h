/*
** autocode_run.h: the use cases of `autocode rule add/list/remove` and
** `autocode run` (autocode_run.c; `autocode learn` is autocode_learn.h),
** shared by the command line and the web server. Each returns 0 or the
** class of its failure with the message in *pErr; never prints, exits or
** reads a global. A Table returned is the caller's. zWho names who makes
** the change in the audit trail.
*/
#ifndef SYN_QUAL_AUTOCODE_RUN_H
#define SYN_QUAL_AUTOCODE_RUN_H
#include <stdint.h>
#include "qual/autocode.h"
#include "store/st_autocode.h"
#include "util/err.h"
#include "util/table.h"

typedef struct AcRuleAddOpts {
  const char *zCode;                     /* the rule's code */
  const char *zWords, *zPhrase, *zRegex; /* exactly one: the pattern */
  const char *zScope;                    /* paragraph (NULL) or hit */
  const char *zWho;
} AcRuleAddOpts;
/* `autocode rule add`: *pId the new rule; a pattern that cannot be used is
** ERR_USAGE saying why. */
int qual_autocode_rule_add(Store*, const AcRuleAddOpts*, int64_t *pId, Err*);
/* `autocode rule list`: id,code,kind,pattern,scope,pending,accepted,rejected. */
int qual_autocode_rule_list(Store*, Table **ppOut, Err*);
int qual_autocode_rule_remove(Store*, int64_t iRule, const char *zWho, Err*);

/* The rules (every one with iRule 0, or rule iRule) compiled into *ppSet
** (free with ac_free()), the rules in *paRule (st_ac_rule_recs_free()): the
** set keeps their patterns; the caller frees them on failure too. ERR_FAIL
** when there is none or one does not compile. */
int qual_autocode_compile(Store*, int64_t iRule, AcRuleRec **paRule, int *pnRule, AcSet **ppSet, Err*);

typedef struct AcRunOpts {
  int64_t iRule;             /* one rule (0: every rule) */
  const char *zPartnership;  /* the sources of one partnership (NULL: all) */
  const char *zSource;       /* or one source */
} AcRunOpts;
/* `autocode run`: the rules matched over the sources, each match stored
** as a pending suggestion unless proposed before; *ppOut
** rule,code,kind,pattern,new_suggestions. Write inside one transaction. */
int qual_autocode_run(Store*, const AcRunOpts*, Table **ppOut, Err*);

#endif

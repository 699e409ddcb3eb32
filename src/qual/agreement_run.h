/*
** agreement_run.h: inter-coder agreement of two coders, read from the
** study: per code over the sources both coded (characters as units), then a
** pooled row "all", and the spans only one coder coded, for discussion.
*/
#ifndef SYN_AGREEMENT_RUN_H
#define SYN_AGREEMENT_RUN_H
#include <stdint.h>
#include "store/st_qual.h"
#include "qual/redact.h"
#include "util/err.h"
#include "util/table.h"

/* Coders azCoder[0] (A) and azCoder[1] (B), both existing. zSource limits to
** one source (NULL: all); aFilter lists code ids to report (NULL: every code
** used on a shared source). Excerpts of disagreements go through pRed (NULL:
** unredacted). On STORE_OK: *ptStat (code,agreement,kappa,krippendorff_alpha,
** last row "all"), *ptDiff (source,code,start,end,coded_by,text) and
** *pnShared, the number of shared sources; the caller frees both tables.
** STORE_NOTFOUND with *pzErr (caller frees) when the coders share no source
** or coded nothing there; other codes: store errors (store_errmsg). */
int agreement_run(Store*, const char *const azCoder[2], const char *zSource,
                  const int64_t *aFilter, int nFilter, Redactor *pRed,
                  Table **ptStat, Table **ptDiff, int *pnShared, char **pzErr);

/* `agreement`: what the command and the web page ask for. */
typedef struct AgreementOpts {
  const char *zCoders;        /* "A,B": two different coders (required) */
  const char *zCodes;         /* only this code and those below it (NULL: all) */
  const char *zSource;        /* only this source (NULL: all) */
  int bNames;                 /* excerpts unredacted (the global --names) */
} AgreementOpts;
typedef struct AgreementResult {
  Table *tStat;               /* code,agreement,kappa,krippendorff_alpha; "all" */
  Table *tDiff;               /* source,code,start,end,coded_by,text */
  int nShared;                /* sources coded by both */
} AgreementResult;

/* Check the options (a wrong --coders: ERR_USAGE; an unknown coder, source
** or code, or no shared coding: ERR_FAIL) and run agreement_run() with the
** study's redactor unless bNames. On 0 the caller frees both tables;
** otherwise the class is set in *pErr. */
int qual_agreement(Store*, const AgreementOpts*, AgreementResult*, Err*);

#endif

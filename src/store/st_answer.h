/*
** st_answer.h: the store's side of answering a survey by token (the web
** survey): what a token opens, the answer set kept for it, page-by-page
** saves with a status (partial, complete), token status for mail merges
** and live response rates. Conventions: see store.h (return STORE_*,
** message in store_errmsg(), caller frees what comes back).
**
** The answer set of a token is the row of `response` for the token's wave
** and member, with the member's pseudonymous id as respondent: the same
** row a `response import` of that member's answers writes, so scores,
** diagnosis and reports see both alike.
*/
#ifndef SYN_ST_ANSWER_H
#define SYN_ST_ANSWER_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

/* What a token opens. Strings owned by the record: st_token_info_clear(). */
typedef struct TokenInfo {
  int64_t iWave, iMember;
  char *zPartnership;       /* code */
  char *zPartnershipName;   /* may be NULL */
  char *zWave, *zOpens, *zCloses;   /* dates may be NULL */
  char *zInstrument;        /* the wave's instrument code (NULL: psf) */
  char *zRespondent;        /* the member's pseudonymous id */
  int bAllowChanges;        /* a submitted set may change until the wave closes */
  int bRevoked;
} TokenInfo;
/* STORE_NOTFOUND (no message set) when no such token. */
int st_token_info(Store*, const char *zToken, TokenInfo*);
void st_token_info_clear(TokenInfo*);

/* The answer set of (wave, instrument, respondent): *pbFound 0 when none.
** Otherwise *paAns (caller frees) holds *pnAns answer codes, *pbComplete
** its status and *piPage the number of pages saved. */
int st_answer_get(Store*, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                  int *pbFound, unsigned char **paAns, int *pnAns, int *pbComplete, int *piPage);

/* Save answers into the answer set of (wave, instrument, respondent),
** creating it (partial) when there is none: every item i with aSet[i] takes
** aAns[i], the others keep what was saved. bComplete marks it complete;
** iPage raises the pages-saved count. A complete set changes only with
** bAllowChanges, otherwise STORE_INUSE ("already submitted") and nothing
** changes. Runs inside the caller's transaction, so concurrent saves of
** one token never lose each other's items. */
int st_answer_put(Store*, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                  int64_t iMember, const unsigned char *aAns, const unsigned char *aSet,
                  int nItem, int bComplete, int iPage, int bAllowChanges);

/* The row id and revision (raised at every replacement) of instrument
** zCode, or STORE_NOTFOUND (no message set). */
int st_instrument_revision(Store*, const char *zCode, int64_t *pId, int64_t *piRev);

/* Set the instrument and the allow-changes rule of a wave. */
int st_wave_set_web(Store*, const char *zPartnership, const char *zWave,
                    const char *zInstrument, int bAllowChanges);

/* Revoke the token of member zMember in a wave: it then opens nothing. */
int st_token_revoke(Store*, const char *zPartnership, const char *zWave, const char *zMember);

/* token,member,partnership,wave,status,last_sent[,link][,name]: status is
** "revoked", "complete", "partial" or "not started"; last_sent the last
** invitation or reminder ("reminder 2026-03-08T09:00:00Z", " failed" when
** the relay refused it); zStatus (NULL: all) keeps only
** that status, or every one but complete for "incomplete". zBaseUrl
** (NULL: no link column) gives link BASE/s/TOKEN. bNames adds names. */
int st_token_export_status(Store*, const char *zPartnership, const char *zWave,
                           const char *zStatus, const char *zBaseUrl, int bNames, Table *pOut);

/* partnership,wave,instrument,respondents,linked,partial,tokens,rate:
** per wave and instrument, complete answer sets (respondents, of them
** linked to members), partial ones, tokens not revoked, and the response
** rate (complete answer sets of token holders per 100 tokens, one
** decimal; empty without tokens). Waves with tokens but no answers yet
** are listed too. */
int st_response_rates(Store*, Table *pOut);

#endif

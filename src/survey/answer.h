/*
** answer.h: answering a survey by token, page by page: the use cases the
** web survey (src/serve/) and the command line share. A token opens an
** answer set of its wave; the wave's instrument is split into pages
** (answer_pages); each page's form fields are checked against the
** instrument (answer_take) and saved as the page is left (answer_save),
** partial until submitted, complete after.
**
** Instruments are parsed once per process and kept (answer_instrument):
** a study's instrument cannot change once answered, and a changed
** definition is parsed again, so every caller sees the study's current
** one. answer_cache_clear() frees them at exit.
*/
#ifndef SYN_ANSWER_H
#define SYN_ANSWER_H
#include <stdint.h>
#include "store/store.h"
#include "store/st_answer.h"
#include "survey/instrument.h"

/* One page: items [iFirst, iFirst+nItem) in instrument order. */
typedef struct AnswerPage { int iFirst, nItem; } AnswerPage;

/* A parsed instrument with its pages, shared and never changed. */
typedef struct AnswerForm {
  const Instrument *pInst;
  int nPage; const AnswerPage *aPage;
  int64_t iInstrument;      /* row id in the study; 0 for a built-in not yet stored */
} AnswerForm;

/* What a token opens (answer_open). */
enum {
  ANSWER_OPEN = 0,          /* answering is possible */
  ANSWER_UNKNOWN,           /* no such token, or revoked: one neutral answer */
  ANSWER_NOT_YET,           /* the wave opens later */
  ANSWER_CLOSED,            /* the wave has closed */
  ANSWER_SUBMITTED          /* complete, and no further change allowed */
};

typedef struct AnswerSet {
  int eState;               /* ANSWER_* */
  TokenInfo tok;
  AnswerForm form;
  unsigned char *aAns;      /* form.pInst->nItem codes (instrument.h), owned */
  int bStarted, bComplete;  /* an answer set exists; it is submitted */
  int iPageSaved;           /* pages saved so far */
} AnswerSet;

/* Open the answer set of zToken as of today (date_today()). Returns
** STORE_OK with *pp set (free with answer_set_free) and (*pp)->eState
** saying what the member may do, or a STORE_* error with *pzErr (caller
** frees). An unknown or revoked token gives STORE_OK and ANSWER_UNKNOWN. */
int answer_open(Store*, const char *zToken, AnswerSet **pp, char **pzErr);
void answer_set_free(AnswerSet*);

/* The instrument zCode (NULL: psf) parsed, with its pages: sections follow
** each item's first scale in instrument order; a page holds whole
** sections up to about 8 items (a longer section is split). Borrowed,
** valid until answer_cache_clear(). */
int answer_instrument(Store*, const char *zCode, AnswerForm *pForm, char **pzErr);
void answer_cache_clear(void);

/* A problem in posted answers: iItem the item (-1: the form as a whole)
** and an English message (a msgid: translate it for display). */
typedef struct AnswerErr { int iItem; const char *zMsg; } AnswerErr;

/* Take posted fields azName[i]=azValue[i] (i<n) as answers to page iPage
** (-1: any item of the instrument) into aAns/aSet (nItem bytes each,
** zeroed by the caller): an item field holds an integer of the item's
** range or its not-applicable code, or "" for no answer. Fields named in
** azSkip (NULL-terminated: the form key, the navigation button) are
** ignored. Problems go to aErr (room for nErrMax; nErrMax = nItem + n is
** always enough): an item not on the page, a repeated item, a value out
** of range or not a number. Returns the number of problems; with any,
** nothing must be saved. */
int answer_take(const AnswerForm*, int iPage, int n, const char *const *azName,
                const char *const *azValue, const char *const *azSkip,
                unsigned char *aAns, unsigned char *aSet, AnswerErr *aErr, int nErrMax);

/* Save aAns where aSet into the token's answer set, inside the caller's
** transaction; bSubmit marks it complete; iPage (1-based) the page left.
** Registers a built-in instrument in the study on first use. Returns
** STORE_OK, STORE_INUSE when already submitted (nothing changed), or an
** error (message in store_errmsg()). */
int answer_save(Store*, const TokenInfo*, const AnswerForm*, const unsigned char *aAns,
                const unsigned char *aSet, int iPage, int bSubmit);

/* The state of a wave for a day: ANSWER_NOT_YET, ANSWER_CLOSED or ANSWER_OPEN. */
int answer_wave_state(const char *zOpens, const char *zCloses, int iToday);

#endif

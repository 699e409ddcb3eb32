/*
** st_survey.h: the store's interface for member surveys: instruments,
** waves, tokens and answer sets. Conventions: see store.h (return STORE_*,
** message in store_errmsg(), caller frees what comes back).
*/
#ifndef SYN_ST_SURVEY_H
#define SYN_ST_SURVEY_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

/* ---- instruments ---- */
/* Store instrument zCode (native JSON zJson with nItem items). With bReplace
** an existing one is replaced, refused (STORE_INUSE) while answers refer to
** it; without, STORE_EXISTS when the code is taken. */
int st_instrument_put(Store*, const char *zCode, const char *zTitle, const char *zSource,
                      int nItem, const char *zJson, int bReplace);
/* Its row id and JSON (caller frees *pzJson; pzJson may be NULL), or STORE_NOTFOUND. */
int st_instrument_get(Store*, const char *zCode, int64_t *pId, char **pzJson);
/* instrument,title,source,items,responses */
int st_instrument_list(Store*, Table *pOut);
int st_instrument_remove(Store*, const char *zCode);   /* STORE_INUSE while answered */

/* ---- waves ---- */
typedef struct WaveRec {
  int64_t id;
  char *zPartnership, *zName, *zOpens, *zCloses;
} WaveRec;
int st_wave_add(Store*, const char *zPartnership, const char *zName, const char *zOpens, const char *zCloses);
int st_wave_remove(Store*, const char *zPartnership, const char *zName);
int st_wave_id(Store*, const char *zPartnership, const char *zName, int64_t *pId);
/* partnership,wave,opens,closes,tokens,responses; zPartnership NULL: all. */
int st_wave_list(Store*, const char *zPartnership, Table *pOut);
/* Every wave ordered by opens date (undated last), then creation. Caller
** frees with st_wave_recs_free(). */
int st_wave_all(Store*, WaveRec **paRec, int *pn);
/* The same, only partnership zOnly's waves when zOnly is not NULL. */
int st_wave_of(Store*, const char *zOnly, WaveRec **paRec, int *pn);
void st_wave_recs_free(WaveRec*, int);

/* ---- tokens ---- */
/* Give a fresh token (from xToken, which writes a NUL-terminated token into
** a 64-byte buffer) to every member of the wave's partnership who is current
** at the wave's opening (today when undated) and has none yet. *pnNew gets
** how many were issued. */
int st_token_issue(Store*, const char *zPartnership, const char *zWave,
                   void (*xToken)(char*), int *pnNew);
/* The export of tokens with their status: st_token_export_status() in st_answer.h. */

/* ---- answer sets ---- */
/* Add the answers of one respondent (aAns[0..nAns), coded as in
** survey/instrument.h). iMember 0 when not a roster member. STORE_EXISTS
** when this respondent already answered this instrument in this wave. */
int st_response_add(Store*, int64_t iWave, int64_t iInstrument, const char *zRespondent,
                    int64_t iMember, const unsigned char *aAns, int nAns);
/* Call xRow for every complete answer set of instrument iInstrument (with
** bPartial also the partial ones of the web survey), ordered by wave and
** respondent. The pointers are valid during the call only. A non-zero
** return from xRow stops. */
typedef int (*RespRowFn)(void *pArg, int64_t iWave, const char *zRespondent, int64_t iMember,
                         const unsigned char *aAns, int nAns);
int st_response_each(Store*, int64_t iInstrument, int bPartial, RespRowFn xRow, void *pArg);
/* An upper bound on the number of answer sets of any instrument (the
** largest answer set's row id, 0 when there is none), found without
** reading them: a reader sizes its arrays once. */
int st_response_bound(Store*, int64_t *pn);
/* Counts and response rates: st_response_rates() in st_answer.h. */
/* Delete the answers to instrument zCode in one partnership's wave; *pn how many. */
int st_response_delete(Store*, const char *zInstrument, const char *zPartnership, const char *zWave, int *pn);

#endif

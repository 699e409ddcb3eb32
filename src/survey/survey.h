/*
** survey.h: member surveys above the store: instruments kept in a study
** (built-in ones are copied into the study on first use, so a study keeps
** scoring the same way whatever synergist later ships), answer imports and
** survey tokens.
*/
#ifndef SYN_SURVEY_H
#define SYN_SURVEY_H
#include <stdint.h>
#include "store/store.h"
#include "survey/instrument.h"
#include "util/errlist.h"

/* Load instrument zCode from the study; when the study lacks it and a
** built-in of that id exists, the built-in is used, and with bRegister
** also stored in the study (needs a write transaction). *pId is its row
** id (0 for an unregistered built-in). Returns STORE_OK, or a STORE_* code
** with *pzErr (caller frees) saying why. *pp is freed by the caller with
** instrument_free(). */
int survey_instrument_load(Store*, const char *zCode, int bRegister, Instrument **pp,
                           int64_t *pId, char **pzErr);

/* Read native JSON or a REDCap data dictionary (recognised by its header
** row) from zPath. zId overrides the id (default: the file's base name for
** REDCap, the file's "id" for JSON). Problems go to pErr; notes about
** skipped fields are printed as warnings. Returns 0 with *pp set, or 1. */
int survey_instrument_read(const char *zPath, const char *zId, Instrument **pp, ErrList *pErr);

typedef struct ImportStats { int nRow; long nAnswer; int nLinked; } ImportStats;

/* Import answers from CSV zPath for instrument zInstrument: columns
** respondent, partnership, wave (or REDCap's record_id,
** redcap_data_access_group, redcap_event_name) and one per item id
** (case-insensitive). Every problem goes to pErr with LINE:COLUMN; the
** caller rolls back when there is any. Returns STORE_OK (check pErr) or a
** STORE_* code for a database failure (*pzErr, caller frees). */
int survey_import_responses(Store*, const char *zPath, const char *zInstrument,
                            ErrList *pErr, ImportStats *pStats, char **pzErr);

/* Write a fresh random token into z (at least 64 bytes): 256 random bits
** from libsodium in URL-safe base64, 43 characters, the first a letter or a
** digit (never '-', which a spreadsheet takes for a formula, nor '_'). */
void survey_token_new(char *z);

#endif

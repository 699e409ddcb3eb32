/*
** tie_import.h: collaboration ties from CSV. One row per respondent and
** organisation named, in a wave. Columns: partnership, wave, respondent,
** organisation, collaboration (required); frequency, trust_reliable,
** trust_mission, trust_open, value_power, value_involvement,
** value_resources (optional, empty when not answered).
*/
#ifndef SYN_TIE_IMPORT_H
#define SYN_TIE_IMPORT_H
#include "store/store.h"
#include "util/errlist.h"

/* Read zPath, check every row against the study and collect every problem
** into pErr as FILE:LINE:FIELD; write only when there is none (the caller's
** transaction makes it all or nothing). A tie already in the study is a
** problem unless bReplace, which first clears every wave the file names.
** Returns the number of ties written; *pnCleared (may be NULL) the ties
** that --replace removed. */
int network_import(Store*, const char *zPath, int bReplace, ErrList *pErr, int *pnCleared);

#endif

/*
** st_diagnose.h: the store's interface for what the diagnosis keeps:
** screenings of partnerships against the checklist (schema in
** sql/001_diagnose.sql). Conventions: see store.h (return STORE_*, message
** in store_errmsg(), what comes back is the caller's to free with the
** functions named here).
*/
#ifndef SYN_ST_DIAGNOSE_H
#define SYN_ST_DIAGNOSE_H
#include <stdint.h>
#include "store/store.h"

typedef struct ScreenHeader {
  int64_t id;
  char *zPartnership, *zDate, *zBy, *zNote;
} ScreenHeader;
void st_screen_header_clear(ScreenHeader*);     /* frees its strings */

/* The ratings of one screening: n factors with rating 0..2 and a note (may be NULL). */
typedef struct ScreenAnswers {
  int n;
  char **azFactor;
  int *aRating;
  char **azNote;
} ScreenAnswers;
ScreenAnswers *st_screen_answers_new(void);
void st_screen_answers_add(ScreenAnswers*, const char *zFactor, int iRating, const char *zNote);  /* copies */
void st_screen_answers_free(ScreenAnswers*);

/* Store a screening of zPartnership with its ratings; *pId its number. */
int st_screening_add(Store*, const char *zPartnership, const char *zDate, const char *zBy,
                     const char *zNote, const ScreenAnswers*, int64_t *pId);
/* Screening id of zPartnership (id 0: its latest by date, then number)
** with its ratings in factor order. STORE_NOTFOUND when there is none.
** Caller clears *pH and frees *pa. */
int st_screening_get(Store*, const char *zPartnership, int64_t id, ScreenHeader *pH, ScreenAnswers **pa);
/* Every screening (zPartnership NULL: all) by partnership, date, id.
** Caller clears each and frees the array. */
int st_screening_all(Store*, const char *zPartnership, ScreenHeader **pa, int *pn);
int st_screening_remove(Store*, int64_t id);   /* STORE_NOTFOUND when absent */

/* The study's last recorded activity no later than zToday (an ISO date):
** the latest meeting, wave opening or closing, timeline event or its end,
** member joining or leaving, as *pzDay (caller frees; NULL when the study
** records nothing up to then). */
int st_last_activity(Store*, const char *zToday, char **pzDay);

#endif

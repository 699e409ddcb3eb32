/*
** tie_survey.h: the tie survey one member answers on the web, PARTNER's
** roster question: which of the partnership's organisations does your
** organisation work with, how closely (Frey et al.'s levels 0 to 5) and
** how often; then, for each organisation rated 1 or more, PARTNER's trust
** and value questions. The organisations asked about are those of the
** partnership represented when the wave opened, the member's own left
** out. Answers become import rows checked and written by
** network_import_doc() in the member's scope: web answers and imported
** ones are the same data, checked by the same code.
*/
#ifndef SYN_TIE_SURVEY_H
#define SYN_TIE_SURVEY_H
#include "network/tie_import.h"

typedef struct TieSurvey {
  char *zOwnOrg;               /* the member's organisation; NULL: none (nothing to ask) */
  int nOrg; char **azOrg, **azSector;   /* asked about, name order; sector may be NULL */
  TieRec *aTie;                /* aTie[i]: the member's answer on azOrg[i] so far; iCollab -1: none */
} TieSurvey;

/* What member zPid of zP is asked in wave zW, with their answers so far.
** STORE_OK; STORE_NOTFOUND when the wave or the member does not exist. */
int tie_survey_open(Store*, const TieScope*, TieSurvey*);
void tie_survey_free(TieSurvey*);

/* One organisation's answers as posted: strings, NULL or "" when not
** answered. */
typedef struct TieAnswer { const char *zOrg, *zCollab, *zFreq, *azRate[TIE_NRATE]; } TieAnswer;

/* The two pages of the survey. */
enum { TIE_STEP_LEVELS, TIE_STEP_RATINGS };

/* Save answers a[0..n) of one page: TIE_STEP_LEVELS sets each
** organisation's collaboration and frequency (an organisation left
** unanswered has no tie; ratings already given are kept while its level
** stays 1 or more); TIE_STEP_RATINGS sets the trust and value ratings of
** organisations already rated, keeping their levels. Row i of the import
** is a[i] at line i+1 (columns azTieCol, so a problem's column is
** azTieCol[iCol-1]); the member's other stored ties follow. Every problem
** goes to pErr, and then nothing changes. bCheck: check only. Returns the
** member's number of ties rated 1 or more after the save. */
int tie_survey_save(Store*, const TieScope*, const TieAnswer *a, int n, int eStep, int bCheck, ErrList *pErr);

#endif

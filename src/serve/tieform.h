/*
** tieform.h: the rows a network survey page posts (serve/page_ties.c),
** taken from the parsed form: the fields key and nav, and PREFIX+N for row
** N < TIE_ROWS_MAX, each once: o (the organisation), c and f (how they
** collaborate, how often) on the first page, the ratings (sv_azTieRate)
** on the second. A row is a posted organisation; rows come in the order of N.
*/
#ifndef SYN_TIEFORM_H
#define SYN_TIEFORM_H
#include "network/tie_survey.h"
#include "serve/request.h"

#define TIE_ROWS_MAX 1000
/* The field prefixes of the ratings, in TieAnswer.azRate order. */
extern const char *const sv_azTieRate[TIE_NRATE];

/* The rows of f for page eStep (TIE_STEP_*) into *paRow (nRow; the
** caller frees the array; its strings are borrowed from f). 0, or -1
** when the form holds anything else (an unknown or repeated field, an
** answer without its organisation). */
int sv_tie_rows(const SvForm *f, int eStep, TieAnswer **paRow, int *pnRow);

#endif

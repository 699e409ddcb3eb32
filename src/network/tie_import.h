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
#include "store/st_network.h"
#include "util/csvdoc.h"
#include "util/errlist.h"

/* The columns of a tie row, in the order of the import's checks. */
#define TIE_NCOL (6+TIE_NRATE)
extern const char *const azTieCol[TIE_NCOL];

/* One respondent's answers in one wave (the web tie survey): every row
** must be theirs, and their earlier ties of that wave are replaced. */
typedef struct TieScope { const char *zPartnership, *zWave, *zRespondent; } TieScope;

/* Read zPath, check every row against the study and collect every problem
** into pErr as FILE:LINE:FIELD; write only when there is none (the caller's
** transaction makes it all or nothing). A tie already in the study is a
** problem unless bReplace, which first clears every wave the file names.
** Returns the number of ties written; *pnCleared (may be NULL) the ties
** that --replace removed. */
int network_import(Store*, const char *zPath, int bReplace, ErrList *pErr, int *pnCleared);
/* The same checks and writes on a document already read (a file, or a web
** form's rows made with doc_init()), problems reported as zSource:LINE:COL.
** pOnly (may be NULL): one respondent's answers, which replace theirs
** (even with no row). bCheck: check only, write nothing. */
int network_import_doc(Store*, const CsvDoc*, const char *zSource, int bReplace, const TieScope *pOnly,
                       int bCheck, ErrList *pErr, int *pnCleared);

#endif

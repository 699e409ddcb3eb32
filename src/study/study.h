/*
** study.h: the use cases of the study file itself: `info` and `setting`.
** Each returns 0 or the class of its failure with the message in *pErr
** (util/err.h); it never prints or exits.
*/
#ifndef SYN_STUDY_H
#define SYN_STUDY_H
#include "store/store.h"
#include "util/err.h"
#include "util/table.h"

/* `info`: item,value: the path, the schema version and the roster's counts. */
int study_info(Store*, Table **ppOut, Err*);

/* `setting KEY [VALUE]`: with zVal, set KEY (ERR_USAGE for an unknown key
** or a limit's value out of range); without, its value in *pzVal (caller
** frees; NULL when unset, the default applies). */
int study_setting(Store*, const char *zKey, const char *zVal, char **pzVal, Err*);

#endif

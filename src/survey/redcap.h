/*
** redcap.h: REDCap data dictionaries in and out. Radio, dropdown, yesno
** and truefalse fields become items; other field types are skipped with a
** note on stderr. Scale membership, reverse keying and the not-applicable
** code travel in the Field Annotation column as @SYNERGIST-SCALE=<id>
** (repeatable), @SYNERGIST-REVERSE and @SYNERGIST-NA=<code>.
*/
#ifndef SYN_REDCAP_H
#define SYN_REDCAP_H
#include <stdio.h>
#include "survey/instrument.h"
#include "util/errlist.h"
#include "util/sb.h"

/* 1 if zText (a file's content) starts with a REDCap dictionary header row. */
int redcap_is_dictionary(const char *zText);
/* Read dictionary zPath as instrument zId. Returns 0 with *pp (caller frees
** with instrument_free), or 1 with every problem in pErr. Each field
** skipped (not an item) is a line of pNotes (may be NULL). */
int redcap_read_dictionary(const char *zPath, const char *zId, Instrument **pp, ErrList *pErr, Sb *pNotes);
/* Write the instrument as a dictionary REDCap accepts (record_id first, one
** radio field per item, labels in zLang). */
void redcap_write_dictionary(const Instrument*, const char *zLang, FILE *out);

#endif

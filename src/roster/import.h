/*
** import.h: CSV imports of the roster: members, meetings with attendance,
** and timeline events. Each reads the whole file, checks every row and
** collects every problem into pErr as FILE:LINE:FIELD; it writes through the
** store only when the file has no problem (the caller's transaction makes
** the import all or nothing). Returns the number of records written.
*/
#ifndef SYN_ROSTER_IMPORT_H
#define SYN_ROSTER_IMPORT_H
#include "store/store.h"
#include "util/errlist.h"

/* Columns: id, partnership (required); organisation, sector, stakeholder_group,
** joined, left, name (known); every other column becomes a typed attribute. */
int roster_import_members(Store*, const char *zPath, ErrList *pErr);
/* Columns: partnership, date (required); kind, duration, title, attendees
** (pseudonymous ids separated by ';' or spaces). */
int roster_import_meetings(Store*, const char *zPath, ErrList *pErr);
/* Columns: partnership, date, kind, title (required); end_date, category,
** detail, how_made, communicated. */
int roster_import_events(Store*, const char *zPath, ErrList *pErr);

/* Columns: code, name (required); description. */
int roster_import_partnerships(Store*, const char *zPath, ErrList *pErr);
/* Columns: organisation (required); sector. */
int roster_import_orgs(Store*, const char *zPath, ErrList *pErr);

/* Attribute type of a value: "integer", "real", "date" or "text". */
const char *attr_type_of(const char *zValue);

#endif

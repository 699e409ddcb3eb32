/*
** zipread.h: read one member of a zip archive (.docx, .odt, .xlsx are zip
** files) into memory through libzip.
*/
#ifndef SYN_ZIPREAD_H
#define SYN_ZIPREAD_H
#include <stddef.h>

/* Largest member zip_read_member() accepts (guards against zip bombs). */
#define ZIPREAD_MAX ((size_t)512*1024*1024)

/* The bytes of member zMember of the zip file zPath, NUL-terminated, length
** in *pnByte. On failure returns NULL and *pzErr (caller frees) says why:
** not a zip file, member missing, too large, unreadable. The caller frees
** the result. */
char *zip_read_member(const char *zPath, const char *zMember, size_t *pnByte, char **pzErr);

#endif

/*
** zipread.h: read one member of a zip archive (.docx and .odt are zip
** files) through libzip, piece by piece, within the input limits of
** limits.h: the archive's total uncompressed size (as its directory
** declares it) and the member's size, counted while inflating, so that
** a zip bomb is stopped after at most the limit, whatever it claims.
*/
#ifndef SYN_ZIPREAD_H
#define SYN_ZIPREAD_H
#include <stddef.h>

/* Called with each inflated piece z[0..n) of the member in order;
** returns non-zero to stop reading. */
typedef int (*ZipPieceFn)(void *pArg, const char *z, size_t n);

/* Inflate member zMember of the zip file zPath into xPiece. Returns 0
** when the whole member was read (or xPiece stopped it); 1 on failure,
** with *pzErr (caller frees) saying why: not a zip file, member missing,
** over a limit (naming it and its setting), unreadable. */
int zip_read_pieces(const char *zPath, const char *zMember, ZipPieceFn xPiece, void *pArg,
                    char **pzErr);

#endif

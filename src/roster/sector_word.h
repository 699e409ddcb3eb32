/*
** sector_word.h: the sectors synergist knows by name (nonprofit, industry,
** government, academic, health system) in the language of the messages, as
** reports, maps and the portfolio show them. Their msgids carry the context
** "sector" (NC_("sector", ...)), one translation wherever a sector is shown.
*/
#ifndef SYN_SECTOR_WORD_H
#define SYN_SECTOR_WORD_H

/* The known sectors in the order maps colour them: academic, government,
** health system, nonprofit, industry; SECTOR_N of them. */
#define SECTOR_N 5
extern const char *const azSectorKnown[SECTOR_N];

/* The index of zSector in azSectorKnown, or SECTOR_N for any other (a
** sector the user named, or NULL). */
int sector_index(const char *zSector);

/* zSector in the language of the messages: the translation of a known
** sector, any other returned as given (the user's own word; NULL stays
** NULL). The result is static or zSector itself. */
const char *sector_word(const char *zSector);

#endif

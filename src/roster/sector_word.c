/*
** sector_word.c: the known sectors and their words in the language of the
** messages (see sector_word.h).
*/
#include <string.h>
#include "roster/sector_word.h"
#include "util/i18n.h"

const char *const azSectorKnown[SECTOR_N] = { "academic", "government", "health system", "nonprofit", "industry" };
/* The same, marked for translation with their context. */
static const char *const azSectorId[SECTOR_N] = {
  NC_("sector", "academic"), NC_("sector", "government"), NC_("sector", "health system"),
  NC_("sector", "nonprofit"), NC_("sector", "industry") };

int sector_index(const char *zSector){
  int i = 0;
  for(; i<SECTOR_N; i++) if( zSector && strcmp(zSector, azSectorKnown[i])==0 ) break;
  return i;
}

const char *sector_word(const char *zSector){
  int i = sector_index(zSector);
  return i<SECTOR_N ? i18n_pgettext(azSectorId[i], azSectorKnown[i]) : zSector;
}

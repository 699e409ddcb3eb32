/* fuzz_import.c: the CSV imports that write to a study: members,
** meetings, timeline events, partnerships, organisations (roster/import.c),
** survey answers (survey/resp_import.c) and network ties
** (network/tie_import.c), all over util/csvread.c. The study holds the
** demo programme, made once; each input runs in a rolled-back transaction.
** The first byte chooses the importer. */
#include "fuzz.h"
#include "network/tie_import.h"
#include "roster/import.h"

static Store *pStore = NULL;

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  if( !pStore ) pStore = fuzz_demo_study(1);
  if( n<1 ) return 0;
  const char *zPath = fuzz_file(a+1, n-1, ".csv");
  ErrList e = ERRLIST_INIT;
  store_begin(pStore);
  switch( a[0] % 7 ){
    case 0: roster_import_members(pStore, zPath, &e); break;
    case 1: roster_import_meetings(pStore, zPath, &e); break;
    case 2: roster_import_events(pStore, zPath, &e); break;
    case 3: roster_import_partnerships(pStore, zPath, &e); break;
    case 4: roster_import_orgs(pStore, zPath, &e); break;
    case 5: {
      ImportStats st; char *zErr = NULL;
      memset(&st, 0, sizeof(st));
      survey_import_responses(pStore, zPath, "psf", &e, &st, &zErr);
      free(zErr);
      break;
    }
    default: {
      int nCleared = 0;
      network_import(pStore, zPath, 0, &e, &nCleared);
      break;
    }
  }
  store_rollback(pStore);
  errlist_free(&e);
  return 0;
}

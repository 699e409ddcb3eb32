/*
** study.c: `info` and `setting` (study.h) over the store's settings, the
** diagnosis thresholds (diagnose/params.c) and the input limits
** (util/limits.c).
*/
#include <string.h>
#include "study/study.h"
#include "diagnose/params.h"
#include "store/st_roster.h"
#include "util/i18n.h"
#include "util/limits.h"

int study_info(Store *p, Table **ppOut, Err *pErr){
  Table *t = table_newc(NULL, "item,value");
  int r = table_row(t);
  table_text(t, r, 0, "path"); table_text(t, r, 1, store_path(p));
  r = table_row(t);
  table_text(t, r, 0, "schema_version"); table_int(t, r, 1, store_schema_version(p));
  int rc = st_roster_counts(p, t);
  if( rc ){
    table_free(t);
    *ppOut = NULL;
    return store_err(p, rc, pErr);
  }
  *ppOut = t;
  return 0;
}

int study_setting(Store *p, const char *zKey, const char *zVal, char **pzVal, Err *pErr){
  static const char *const azKnown[] = { "gap_days", "suppress_min", "min_answered", "base_url", "survey_contact",
                                         "smtp_url", "smtp_from", NULL };
  if( pzVal ) *pzVal = NULL;
  int ok = 0;
  for(int i=0; azKnown[i]; i++) if( strcmp(azKnown[i], zKey)==0 ) ok = 1;
  if( !ok && diag_setting_known(zKey) ) ok = 1;     /* diagnose.KEY: see diagnose --rules */
  if( !ok && limit_is_setting(zKey) ){               /* max_*: see help limits */
    ok = 1;
    if( zVal && limit_check(zKey, zVal) ){
      return err_set(pErr, ERR_USAGE, _("%s must be a whole number from 1 to its ceiling (synergist help limits), not '%s'"),
                     zKey, zVal);
    }
  }
  if( !ok ){
    return err_set(pErr, ERR_USAGE, "unknown setting '%s' (known: gap_days, suppress_min, min_answered, base_url, "
                   "survey_contact, smtp_url, smtp_from, diagnose.KEY, max_* of synergist help limits)", zKey);
  }
  int rc = zVal ? store_setting_set(p, zKey, zVal) : store_setting_get(p, zKey, pzVal);
  return rc ? store_err(p, rc, pErr) : 0;
}

/*
** partnership.c: the use cases of partnerships, sectors and organisations
** (see roster.h).
*/
#include <stdlib.h>
#include "roster/roster.h"

/* Store result rc as the use case's result. */
static int done(Store *p, int rc, Err *pErr){
  return rc ? store_err(p, rc, pErr) : 0;
}

int roster_partnership_add(Store *p, const char *zCode, const char *zName, const char *zDesc, Err *pErr){
  if( !zName ) return err_set(pErr, ERR_USAGE, "partnership add needs --name NAME");
  return done(p, st_partnership_add(p, zCode, zName, zDesc), pErr);
}

int roster_partnership_edit(Store *p, const char *zCode, const char *zNewCode,
                            const char *zName, const char *zDesc, Err *pErr){
  if( !zName && !zDesc && !zNewCode ){
    return err_set(pErr, ERR_USAGE, "nothing to change: give --name, --code or --description");
  }
  return done(p, st_partnership_edit(p, zCode, zNewCode, zName, zDesc), pErr);
}

int roster_partnership_remove(Store *p, const char *zCode, Err *pErr){
  return done(p, st_partnership_remove(p, zCode), pErr);
}

int roster_partnership_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "code,name,members,current,meetings,events", st_partnership_list, ppOut, pErr);
}

int roster_partnership_check(Store *p, const char *zCode, Err *pErr){
  if( zCode && st_partnership_exists(p, zCode) ) return store_err(p, STORE_NOTFOUND, pErr);
  return 0;
}

int roster_sector_add(Store *p, const char *zName, Err *pErr){
  return done(p, st_sector_add(p, zName), pErr);
}

int roster_sector_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "sector,organisations", st_sector_list, ppOut, pErr);
}

int roster_org_add(Store *p, const char *zName, const char *zSector, Err *pErr){
  return done(p, st_org_add(p, zName, zSector), pErr);
}

int roster_org_edit(Store *p, const char *zName, const char *zNewName, const char *zSector, Err *pErr){
  if( !zSector && !zNewName ) return err_set(pErr, ERR_USAGE, "nothing to change: give --name or --sector");
  return done(p, st_org_edit(p, zName, zNewName, zSector), pErr);
}

int roster_org_remove(Store *p, const char *zName, Err *pErr){
  return done(p, st_org_remove(p, zName), pErr);
}

int roster_org_list(Store *p, Table **ppOut, Err *pErr){
  return store_listing(p, "organisation,sector,members,partnerships", st_org_list, ppOut, pErr);
}

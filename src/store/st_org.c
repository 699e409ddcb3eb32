/* st_org.c: SQL for sectors and organisations (see st_roster.h). */
#include "store/store_int.h"
#include "store/st_roster.h"
#include "util/i18n.h"

int st_sector_add(Store *p, const char *zName){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO sector(name) VALUES(?1)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("sector '%s' already exists"), zName);
  return rc;
}

int st_sector_exists(Store *p, const char *zName){
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM sector WHERE name=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  int64_t iOne;
  return st_find_id(p, s, &iOne, "unknown sector '%s' (see: synergist sector list; add one with: synergist sector add NAME)", zName);
}

int st_sector_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p, "SELECT name, (SELECT count(*) FROM organisation o WHERE o.sector=s.name) "
                                  "FROM sector s ORDER BY name");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

int st_org_exists(Store *p, const char *zName){
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM organisation WHERE name=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  int64_t iOne;
  return st_find_id(p, s, &iOne, "no organisation '%s' (see: synergist organisation list)", zName);
}

int st_org_add(Store *p, const char *zName, const char *zSector){
  if( zSector ){ int rc = st_sector_exists(p, zSector); if( rc ) return rc; }
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO organisation(name,sector) VALUES(?1,?2)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  st_bind_text(s, 2, zSector);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("organisation '%s' already exists"), zName);
  return rc;
}

int st_org_edit(Store *p, const char *zName, const char *zNewName, const char *zSector){
  int rc = st_org_exists(p, zName);
  if( rc ) return rc;
  if( zSector && (rc = st_sector_exists(p, zSector))!=0 ) return rc;
  sqlite3_stmt *s = st_prepare(p, "UPDATE organisation SET name=coalesce(?2,name), sector=coalesce(?3,sector) WHERE name=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  st_bind_text(s, 2, zNewName);
  st_bind_text(s, 3, zSector);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("organisation '%s' already exists"), zNewName);
  return rc;
}

int st_org_remove(Store *p, const char *zName){
  int rc = st_org_exists(p, zName);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM organisation WHERE name=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ) st_err(p, rc, _("organisation '%s' still has members"), zName);
  return rc;
}

int st_org_sectors(Store *p, Table *pOut){
  /* no members counted: the diagnosis of one partnership reads this whole */
  sqlite3_stmt *s = st_prepare(p, "SELECT name, sector FROM organisation WHERE sector IS NOT NULL ORDER BY name");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

int st_org_of(Store *p, const char *zOnly, Table *pOut){
  /* no members counted, and with zOnly only that partnership's: a report
  ** page of one partnership reads this, whatever the programme's size */
  sqlite3_stmt *s = st_prepare(p,
    "SELECT name, sector FROM organisation WHERE ?1 IS NULL OR id IN ("
    " SELECT m.organisation_id FROM member m JOIN partnership pa ON pa.id=m.partnership_id WHERE pa.code=?1"
    " UNION SELECT t.organisation_id FROM tie t JOIN wave w ON w.id=t.wave_id"
    "  JOIN partnership pa ON pa.id=w.partnership_id WHERE pa.code=?1)"
    " ORDER BY name");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zOnly);
  return st_fill_table(p, s, pOut, 0);
}

int st_org_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT o.name, o.sector, count(m.id), count(DISTINCT m.partnership_id) "
    "FROM organisation o LEFT JOIN member m ON m.organisation_id=o.id GROUP BY o.id ORDER BY o.name");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

/* st_partnership.c: SQL for partnerships and study counts (see st_roster.h). */
#include <stdlib.h>
#include "store/store_int.h"
#include "store/st_roster.h"
#include "util/xalloc.h"
#include "util/i18n.h"

int st_roster_counts(Store *p, Table *pOut){
  static const char *const azSql[] = {
    "SELECT 'partnerships', count(*) FROM partnership",
    "SELECT 'organisations', count(*) FROM organisation",
    "SELECT 'members', count(*) FROM member",
    "SELECT 'meetings', count(*) FROM meeting",
    "SELECT 'timeline_events', count(*) FROM event",
  };
  for(size_t i=0; i<sizeof(azSql)/sizeof(azSql[0]); i++){
    sqlite3_stmt *s = st_prepare(p, azSql[i]);
    if( !s ) return STORE_ERROR;
    int rc = st_fill_table(p, s, pOut, 0);
    if( rc ) return rc;
  }
  return STORE_OK;
}

int st_partnership_exists(Store *p, const char *zCode){
  int64_t id;
  return st_partnership_id(p, zCode, &id);
}

int st_partnership_add(Store *p, const char *zCode, const char *zName, const char *zDesc){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO partnership(code,name,description) VALUES(?1,?2,?3)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zCode);
  st_bind_text(s, 2, zName);
  st_bind_text(s, 3, zDesc);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("partnership '%s' already exists"), zCode);
  return rc;
}

int st_partnership_edit(Store *p, const char *zCode, const char *zNewCode, const char *zName, const char *zDesc){
  int64_t id;
  int rc = st_partnership_id(p, zCode, &id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "UPDATE partnership SET code=coalesce(?2,code), "
                                  "name=coalesce(?3,name), description=coalesce(?4,description) WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  st_bind_text(s, 2, zNewCode);
  st_bind_text(s, 3, zName);
  st_bind_text(s, 4, zDesc);
  rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("partnership '%s' already exists"), zNewCode);
  return rc;
}

int st_partnership_remove(Store *p, const char *zCode){
  int64_t id;
  int rc = st_partnership_id(p, zCode, &id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM partnership WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ){
    st_err(p, rc, _("partnership '%s' still has members, meetings, events or other data; remove those first"), zCode);
  }
  return rc;
}

int st_partnership_list(Store *p, Table *pOut){ return st_partnership_list_of(p, NULL, pOut); }

int st_partnership_list_of(Store *p, const char *zCode, Table *pOut){
#define PART_LIST_COLS "SELECT code, name," \
    " (SELECT count(*) FROM member m WHERE m.partnership_id=p.id)," \
    " (SELECT count(*) FROM member m WHERE m.partnership_id=p.id AND (m.left_on IS NULL OR m.left_on>date(coalesce(?1,'now')))),"\
    " (SELECT count(*) FROM meeting g WHERE g.partnership_id=p.id)," \
    " (SELECT count(*) FROM event e WHERE e.partnership_id=p.id)" \
    " FROM partnership p"
  sqlite3_stmt *s = st_prepare(p, zCode ? PART_LIST_COLS " WHERE code=?2" : PART_LIST_COLS " ORDER BY code");
#undef PART_LIST_COLS
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, getenv("SYNERGIST_TODAY"));
  if( zCode ) st_bind_text(s, 2, zCode);
  return st_fill_table(p, s, pOut, 0);
}

static void text_row(sqlite3_stmt *s, void *pElem){ *(char**)pElem = st_column_dup(s, 0); }
static void text_clear(void *pElem){ free(*(char**)pElem); }

int st_partnership_codes(Store *p, char ***pazCode, int *pnCode){
  *pazCode = NULL; *pnCode = 0;
  sqlite3_stmt *s = st_prepare(p, "SELECT code FROM partnership ORDER BY code");
  return st_rows(p, s, sizeof(char*), text_row, text_clear, pazCode, pnCode);
}

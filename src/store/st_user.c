/* st_user.c: SQL for the users of the web workspace (see st_user.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_user.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void st_user_rec_clear(UserRec *u){
  free(u->zName); free(u->zRole); free(u->zPwHash); free(u->zCreated);
  for(int i=0; i<u->nPart; i++) free(u->azPart[i]);
  free(u->azPart);
  memset(u, 0, sizeof(*u));
}
void st_user_recs_free(UserRec *a, int n){
  for(int i=0; i<n; i++) st_user_rec_clear(&a[i]);
  free(a);
}

int st_user_add(Store *p, const char *zName, const char *zRole, int bAll, const char *zPwHash, int64_t *pId){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO app_user(name,role,all_partnerships,pwhash) VALUES(?1,?2,?3,?4)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  st_bind_text(s, 2, zRole);
  sqlite3_bind_int(s, 3, bAll);
  st_bind_text(s, 4, zPwHash);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) return st_err(p, rc, _("user '%s' already exists (see: synergist user list)"), zName);
  if( rc ) return rc;
  *pId = sqlite3_last_insert_rowid(p->db);
  return STORE_OK;
}

static void user_row(sqlite3_stmt *s, void *pElem){
  UserRec *u = pElem;
  u->id = sqlite3_column_int64(s, 0);
  u->zName = st_column_dup(s, 1);
  u->zRole = st_column_dup(s, 2);
  u->bAll = sqlite3_column_int(s, 3);
  u->zPwHash = st_column_dup(s, 4);
  u->iGen = sqlite3_column_int64(s, 5);
  u->zCreated = st_column_dup(s, 6);
}
static void user_clear_elem(void *pElem){ st_user_rec_clear(pElem); }

/* Add to u the codes of its partnerships. */
static int user_parts(Store *p, UserRec *u){
  sqlite3_stmt *s = st_prepare(p, "SELECT p.code FROM user_partnership up JOIN partnership p ON p.id=up.partnership_id "
                                  "WHERE up.user_id=?1 ORDER BY p.code");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, u->id);
  int rc;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    u->azPart = xrealloc(u->azPart, sizeof(char*)*(size_t)(u->nPart+1));
    u->azPart[u->nPart++] = st_column_dup(s, 0);
  }
  sqlite3_reset(s);
  return rc==SQLITE_DONE ? STORE_OK : st_dberr(p);
}

#define USER_COLS "SELECT id, name, role, all_partnerships, pwhash, gen, created_at FROM app_user "

int st_user_get(Store *p, const char *zName, int64_t iId, UserRec *pOut){
  memset(pOut, 0, sizeof(*pOut));
  sqlite3_stmt *s = zName ? st_prepare(p, USER_COLS "WHERE name=?1") : st_prepare(p, USER_COLS "WHERE id=?2");
  if( !s ) return STORE_ERROR;
  if( zName ) st_bind_text(s, 1, zName); else sqlite3_bind_int64(s, 2, iId);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc==0 ){
    if( zName ) return st_err(p, STORE_NOTFOUND, _("no user '%s' (see: synergist user list)"), zName);
    return st_err(p, STORE_NOTFOUND, _("no user %lld"), (long long)iId);
  }
  user_row(s, pOut);
  sqlite3_reset(s);
  rc = user_parts(p, pOut);
  if( rc ) st_user_rec_clear(pOut);
  return rc;
}

int st_user_list(Store *p, UserRec **pa, int *pn){
  int rc = st_rows(p, st_prepare(p, USER_COLS "ORDER BY name"), sizeof(UserRec), user_row, user_clear_elem, pa, pn);
  for(int i=0; !rc && i<*pn; i++) rc = user_parts(p, &(*pa)[i]);
  if( rc ){ st_user_recs_free(*pa, *pn); *pa = NULL; *pn = 0; }
  return rc;
}

/* Run s (?1 the user id, bound here) and require that it changed a row. */
static int user_update(Store *p, sqlite3_stmt *s, int64_t id){
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  int rc = st_exec(p, s);
  if( rc ) return rc;
  if( sqlite3_changes(p->db)==0 ) return st_err(p, STORE_NOTFOUND, _("no user %lld"), (long long)id);
  return STORE_OK;
}

int st_user_set_role(Store *p, int64_t id, const char *zRole, int bAll){
  sqlite3_stmt *s = st_prepare(p, "UPDATE app_user SET role=?2, all_partnerships=?3, gen=gen+1 WHERE id=?1");
  if( s ){ st_bind_text(s, 2, zRole); sqlite3_bind_int(s, 3, bAll); }
  return user_update(p, s, id);
}

int st_user_set_password(Store *p, int64_t id, const char *zPwHash){
  sqlite3_stmt *s = st_prepare(p, "UPDATE app_user SET pwhash=?2, gen=gen+1 WHERE id=?1");
  if( s ) st_bind_text(s, 2, zPwHash);
  return user_update(p, s, id);
}

int st_user_rename(Store *p, int64_t id, const char *zNewName){
  sqlite3_stmt *s = st_prepare(p, "UPDATE app_user SET name=?2 WHERE id=?1");
  if( s ) st_bind_text(s, 2, zNewName);
  int rc = user_update(p, s, id);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("user '%s' already exists"), zNewName);
  return rc;
}

int st_user_set_partnerships(Store *p, int64_t id, char *const *azCode, int n){
  int rc = user_update(p, st_prepare(p, "UPDATE app_user SET gen=gen+1 WHERE id=?1"), id);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM user_partnership WHERE user_id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, id);
  if( (rc = st_exec(p, s))!=STORE_OK ) return rc;
  for(int i=0; i<n; i++){
    int64_t iPart;
    if( (rc = st_partnership_id(p, azCode[i], &iPart))!=STORE_OK ) return rc;
    s = st_prepare(p, "INSERT OR IGNORE INTO user_partnership(user_id,partnership_id) VALUES(?1,?2)");
    if( !s ) return STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, iPart);
    if( (rc = st_exec(p, s))!=STORE_OK ) return rc;
  }
  return STORE_OK;
}

int st_user_remove(Store *p, int64_t id){
  return st_delete_id(p, "DELETE FROM app_user WHERE id=?1", id, "user", " (see: synergist user list)");
}

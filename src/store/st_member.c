/* st_member.c: SQL for members and their typed attributes (see st_roster.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_roster.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_member_rec_clear(MemberRec *r){
  free(r->zPartnership); free(r->zPid); free(r->zRealName); free(r->zOrg);
  free(r->zGroup); free(r->zJoined); free(r->zLeft);
  for(int i=0; i<r->nAttr; i++){ free(r->aAttr[i].zName); free(r->aAttr[i].zType); free(r->aAttr[i].zValue); }
  free(r->aAttr);
  memset(r, 0, sizeof(*r));
}
void st_member_recs_free(MemberRec *a, int n){
  for(int i=0; i<n; i++) st_member_rec_clear(&a[i]);
  free(a);
}

static int org_id(Store *p, const char *zOrg, int64_t *pId){
  *pId = 0;
  if( !zOrg ) return STORE_OK;
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM organisation WHERE name=?1");
  if( s ) st_bind_text(s, 1, zOrg);
  return st_find_id(p, s, pId, "no organisation '%s'", zOrg);
}

/* Bind ?1 = iKey and ?2..?7 = the fields of r (organisation id idO, 0 for
** none) to s, an INSERT or UPDATE of member, and run it. */
static int bind_and_run(Store *p, sqlite3_stmt *s, int64_t iKey, int64_t idO, const MemberRec *r,
                        const char *zPartnership){
  sqlite3_bind_int64(s, 1, iKey);
  st_bind_text(s, 2, r->zPid);
  st_bind_text(s, 3, r->zRealName);
  if( idO ) sqlite3_bind_int64(s, 4, idO);
  st_bind_text(s, 5, r->zGroup);
  st_bind_text(s, 6, r->zJoined);
  st_bind_text(s, 7, r->zLeft);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("member '%s' already exists in %s"), r->zPid, zPartnership);
  return rc;
}

int st_member_lookup(Store *p, const char *zPartnership, const char *zPid, int64_t *pId){
  int64_t idP;
  int rc = st_partnership_id(p, zPartnership, &idP);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM member WHERE partnership_id=?1 AND pid=?2");
  if( s ){ sqlite3_bind_int64(s, 1, idP); st_bind_text(s, 2, zPid); }
  return st_find_id(p, s, pId, "no member '%s' in partnership %s", zPid, zPartnership);
}

int st_member_exists(Store *p, const char *zPartnership, const char *zPid){
  int64_t id;
  return st_member_lookup(p, zPartnership, zPid, &id);
}

static int set_attrs(Store *p, int64_t idM, const MemberRec *r){
  for(int i=0; i<r->nAttr; i++){
    const MemberAttr *a = &r->aAttr[i];
    sqlite3_stmt *s;
    if( a->zValue ){
      s = st_prepare(p, "INSERT INTO member_attr(member_id,name,type,value) VALUES(?1,?2,?3,"
                        " CASE ?3 WHEN 'integer' THEN CAST(?4 AS INTEGER) WHEN 'real' THEN CAST(?4 AS REAL) ELSE ?4 END)"
                        " ON CONFLICT(member_id,name) DO UPDATE SET type=excluded.type, value=excluded.value");
      if( !s ) return STORE_ERROR;
      st_bind_text(s, 3, a->zType ? a->zType : "text");
      st_bind_text(s, 4, a->zValue);
    }else{
      s = st_prepare(p, "DELETE FROM member_attr WHERE member_id=?1 AND name=?2");
      if( !s ) return STORE_ERROR;
    }
    sqlite3_bind_int64(s, 1, idM);
    st_bind_text(s, 2, a->zName);
    int rc = st_exec(p, s);
    if( rc ) return rc;
  }
  return STORE_OK;
}

int st_member_add(Store *p, const MemberRec *r){
  int64_t idP, idO;
  int rc = st_partnership_id(p, r->zPartnership, &idP);
  if( rc ) return rc;
  if( (rc = org_id(p, r->zOrg, &idO))!=0 ) return rc;
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO member(partnership_id,pid,real_name,organisation_id,"
                                  "stakeholder_group,joined,left_on) VALUES(?1,?2,?3,?4,?5,?6,?7)");
  if( !s ) return STORE_ERROR;
  rc = bind_and_run(p, s, idP, idO, r, r->zPartnership);
  if( rc ) return rc;
  return set_attrs(p, sqlite3_last_insert_rowid(p->db), r);
}

int st_member_edit(Store *p, const char *zPartnership, const char *zPid, const MemberRec *r){
  int64_t idM, idO;
  int rc = st_member_lookup(p, zPartnership, zPid, &idM);
  if( rc ) return rc;
  if( (rc = org_id(p, r->zOrg, &idO))!=0 ) return rc;
  sqlite3_stmt *s = st_prepare(p, "UPDATE member SET pid=coalesce(?2,pid), real_name=coalesce(?3,real_name),"
      " organisation_id=coalesce(?4,organisation_id), stakeholder_group=coalesce(?5,stakeholder_group),"
      " joined=coalesce(?6,joined), left_on=coalesce(?7,left_on) WHERE id=?1");
  if( !s ) return STORE_ERROR;
  rc = bind_and_run(p, s, idM, idO, r, zPartnership);
  if( rc ) return rc;
  return set_attrs(p, idM, r);
}

int st_member_remove(Store *p, const char *zPartnership, const char *zPid){
  int64_t idM;
  int rc = st_member_lookup(p, zPartnership, zPid, &idM);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM member WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idM);
  rc = st_exec(p, s);
  if( rc==STORE_INUSE ){
    st_err(p, rc, _("member '%s' of %s is still referenced (survey answers or interviews); set --left instead"), zPid, zPartnership);
  }
  return rc;
}

static void member_row(sqlite3_stmt *s, void *pElem){
  MemberRec *r = pElem;
  r->id = sqlite3_column_int64(s, 0);
  r->zPartnership = st_column_dup(s, 1);
  r->zPid = st_column_dup(s, 2);
  r->zRealName = st_column_dup(s, 3);
  r->zOrg = st_column_dup(s, 4);
  r->zGroup = st_column_dup(s, 5);
  r->zJoined = st_column_dup(s, 6);
  r->zLeft = st_column_dup(s, 7);
}
static void member_clear(void *pElem){ st_member_rec_clear(pElem); }

/* Attributes of the members a[0..n) (ordered by row id in aIdx) from rows
** (member_id, name, type, value) ordered by member_id, name. */
static int attach_attrs(Store *p, sqlite3_stmt *s, MemberRec *a, const int *aIdx, int n){
  int k = 0, rc;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    int64_t id = sqlite3_column_int64(s, 0);
    while( k<n && a[aIdx[k]].id<id ) k++;
    if( k>=n ) continue;
    MemberRec *m = &a[aIdx[k]];
    if( m->id!=id ) continue;
    m->aAttr = xrealloc(m->aAttr, sizeof(MemberAttr)*(size_t)(m->nAttr+1));
    MemberAttr *at = &m->aAttr[m->nAttr++];
    at->zName = st_column_dup(s, 1);
    at->zType = st_column_dup(s, 2);
    at->zValue = st_column_dup(s, 3);
  }
  sqlite3_reset(s);
  return rc==SQLITE_DONE ? STORE_OK : st_dberr(p);
}

static const MemberRec *pSortMem;
static int cmp_mem_id(const void *x, const void *y){
  int64_t a = pSortMem[*(const int*)x].id, b = pSortMem[*(const int*)y].id;
  return (a>b) - (a<b);
}

int st_member_all(Store *p, const char *zPartnership, MemberRec **paRec, int *pnRec){
  *paRec = NULL; *pnRec = 0;
  /* One query for the members and one for all their attributes (not one
  ** per member): a programme has tens of thousands. */
  sqlite3_stmt *s = st_prepare(p, zPartnership
    ? "SELECT m.id, p.code, m.pid, m.real_name, o.name, m.stakeholder_group, m.joined, m.left_on"
      " FROM partnership p JOIN member m ON m.partnership_id=p.id"
      " LEFT JOIN organisation o ON o.id=m.organisation_id WHERE p.code=?1 ORDER BY m.pid"
    : "SELECT m.id, p.code, m.pid, m.real_name, o.name, m.stakeholder_group, m.joined, m.left_on"
      " FROM member m JOIN partnership p ON p.id=m.partnership_id"
      " LEFT JOIN organisation o ON o.id=m.organisation_id ORDER BY p.code, m.pid");
  if( !s ) return STORE_ERROR;
  if( zPartnership ) st_bind_text(s, 1, zPartnership);
  MemberRec *a;
  int n, rc = st_rows(p, s, sizeof(MemberRec), member_row, member_clear, &a, &n);
  if( rc ) return rc;
  sqlite3_stmt *sA = st_prepare(p, zPartnership
    ? "SELECT a.member_id, a.name, a.type, a.value FROM partnership p JOIN member m ON m.partnership_id=p.id"
      " JOIN member_attr a ON a.member_id=m.id WHERE p.code=?1 ORDER BY a.member_id, a.name"
    : "SELECT member_id, name, type, value FROM member_attr ORDER BY member_id, name");
  if( !sA ){ st_member_recs_free(a, n); return STORE_ERROR; }
  if( zPartnership ) st_bind_text(sA, 1, zPartnership);
  int *aIdx = xmalloc(sizeof(int)*(size_t)(n ? n : 1));
  for(int i=0; i<n; i++) aIdx[i] = i;
  pSortMem = a;
  if( n>1 ) qsort(aIdx, (size_t)n, sizeof(int), cmp_mem_id);
  pSortMem = NULL;
  rc = attach_attrs(p, sA, a, aIdx, n);
  free(aIdx);
  if( rc ){ st_member_recs_free(a, n); return rc; }
  *paRec = a; *pnRec = n;
  return STORE_OK;
}

int st_member_attr_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p, "SELECT name, type, count(*) FROM member_attr GROUP BY name, type ORDER BY name");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

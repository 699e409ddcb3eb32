/*
** st_qual_source.c: SQL for sources, coders, interviewees and the
** pseudonymisation list (see st_qual.h).
*/
#include <stdlib.h>
#include <string.h>
#include "store/st_qual_int.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "store/st_search.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_source_clear(QualSource *p){
  free(p->zName); free(p->zPartnership); free(p->zKind); free(p->zParticipant);
  free(p->zLanguage); free(p->zDate); free(p->zFile); free(p->zText);
  memset(p, 0, sizeof(*p));
}

void st_sources_free(QualSource *a, int n){
  for(int i=0; i<n; i++) st_source_clear(&a[i]);
  free(a);
}

int st_source_add(Store *p, const QualSource *pIn, int64_t *pId){
  return st_source_add_prepared(p, pIn, NULL, pId);
}

int st_source_add_prepared(Store *p, const QualSource *pIn, const SearchPrep *pPrep, int64_t *pId){
  int64_t iPart, iMember = 0;
  int rc = st_partnership_id(p, pIn->zPartnership, &iPart);
  if( rc ) return rc;
  if( pIn->zParticipant ){
    rc = st_member_lookup(p, pIn->zPartnership, pIn->zParticipant, &iMember);
    if( rc ){
      return st_err(p, STORE_NOTFOUND, _("no member '%s' in partnership %s (see: synergist member list)"),
                    pIn->zParticipant, pIn->zPartnership);
    }
  }
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO source(partnership_id,name,kind,participant_id,language,date,original_file,text,n_cp)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iPart);
  st_bind_text(s, 2, pIn->zName);
  st_bind_text(s, 3, pIn->zKind);
  if( iMember ) sqlite3_bind_int64(s, 4, iMember); else sqlite3_bind_null(s, 4);
  st_bind_text(s, 5, pIn->zLanguage ? pIn->zLanguage : "en");
  st_bind_text(s, 6, pIn->zDate);
  st_bind_text(s, 7, pIn->zFile);
  size_t nByte = strlen(pIn->zText);
  int64_t nCp = pPrep ? pIn->nCp : (int64_t)utf8_ncp(pIn->zText, nByte);
  sqlite3_bind_text(s, 8, pIn->zText, (int)nByte, SQLITE_STATIC);   /* kept until the step */
  sqlite3_bind_int64(s, 9, nCp);
  rc = st_exec(p, s);
  sqlite3_bind_null(s, 8);          /* do not keep a pointer to the caller's text */
  if( rc==STORE_EXISTS ){
    return st_err(p, rc, _("a source named '%s' already exists (choose another with --name)"), pIn->zName);
  }
  if( rc ) return rc;
  int64_t id = sqlite3_last_insert_rowid(p->db);
  if( pId ) *pId = id;
  const char *zLang = pIn->zLanguage ? pIn->zLanguage : "en";
  rc = pPrep ? st_search_index_prepared(p, id, zLang, pIn->zText, pPrep)
             : st_search_index_text(p, id, zLang, pIn->zText);
  if( rc ) return rc;
  char *zAfter = xasprintf("%s %s %s, %s, %lld characters", pIn->zPartnership, pIn->zKind,
                           pIn->zParticipant ? pIn->zParticipant : "-",
                           pIn->zLanguage ? pIn->zLanguage : "en", (long long)nCp);
  rc = st_audit_add(p, NULL, "source import", pIn->zName, NULL, zAfter, NULL);
  free(zAfter);
  return rc;
}

#define SOURCE_COLS \
  "SELECT s.id, s.name, p.code, s.kind, m.pid, s.participant_id, s.language, s.date," \
  " s.original_file, CASE WHEN ?1 THEN s.text END, s.n_cp" \
  " FROM source s JOIN partnership p ON p.id=s.partnership_id" \
  " LEFT JOIN member m ON m.id=s.participant_id"

static void source_row(sqlite3_stmt *s, QualSource *o){
  o->id = sqlite3_column_int64(s, 0);
  o->zName = st_column_dup(s, 1);
  o->zPartnership = st_column_dup(s, 2);
  o->zKind = st_column_dup(s, 3);
  o->zParticipant = st_column_dup(s, 4);
  o->iMember = sqlite3_column_int64(s, 5);
  o->zLanguage = st_column_dup(s, 6);
  o->zDate = st_column_dup(s, 7);
  o->zFile = st_column_dup(s, 8);
  o->zText = st_column_dup(s, 9);
  o->nCp = sqlite3_column_int64(s, 10);
}

int st_source_get(Store *p, const char *zName, int bText, QualSource *pOut){
  memset(pOut, 0, sizeof(*pOut));
  sqlite3_stmt *s = st_prepare(p, SOURCE_COLS " WHERE s.name=?2");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int(s, 1, bText);
  st_bind_text(s, 2, zName);
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ){
    source_row(s, pOut);
    sqlite3_reset(s);
    return STORE_OK;
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ) return st_dberr(p);
  return st_err(p, STORE_NOTFOUND, _("no source '%s' (see: synergist source list)"), zName);
}

int st_source_all(Store *p, const char *zPartnership, int bText, QualSource **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p, SOURCE_COLS " WHERE ?2 IS NULL OR p.code=?2 ORDER BY p.code, s.name");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int(s, 1, bText);
  st_bind_text(s, 2, zPartnership);
  int n = 0, nAlloc = 0, rc;
  QualSource *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(QualSource)*(size_t)nAlloc); }
    memset(&a[n], 0, sizeof(QualSource));
    source_row(s, &a[n++]);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_sources_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

int st_source_list(Store *p, const char *zPartnership, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT s.name, p.code, s.kind, m.pid, s.language, s.date, s.n_cp,"
    " (SELECT count(*) FROM segment g WHERE g.source_id=s.id)"
    " FROM source s JOIN partnership p ON p.id=s.partnership_id"
    " LEFT JOIN member m ON m.id=s.participant_id"
    " WHERE ?1 IS NULL OR p.code=?1 ORDER BY p.code, s.name");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zPartnership);
  return st_fill_table(p, s, pOut, 0);
}

int st_source_remove(Store *p, const char *zName, const char *zWho, const char *zReason){
  QualSource src;
  int rc = st_source_get(p, zName, 0, &src);
  if( rc ) return rc;
  static const char *const azSql[] = {
    "DELETE FROM memo WHERE kind='segment' AND target_id IN (SELECT id FROM segment WHERE source_id=?1)",
    "DELETE FROM memo WHERE kind='source' AND target_id=?1",
    "DELETE FROM segment WHERE source_id=?1",
    "DELETE FROM source WHERE id=?1",
  };
  rc = st_exec_ids(p, azSql, (int)(sizeof(azSql)/sizeof(azSql[0])), src.id, 0);
  if( rc==STORE_INUSE ){
    st_err(p, rc, _("source '%s' is still referred to by other data (search index, suggestions)"), zName);
  }
  if( rc==STORE_OK ){
    char *zBefore = xasprintf("%s %s %s, %lld characters", src.zPartnership, src.zKind,
                              src.zParticipant ? src.zParticipant : "-", (long long)src.nCp);
    rc = st_audit_add(p, zWho, "source remove", zName, zBefore, NULL, zReason);
    free(zBefore);
  }
  st_source_clear(&src);
  return rc;
}

/* ---- coders ---- */

int st_coder_add(Store *p, const char *zName){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO coder(name) VALUES(?1)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zName);
  int rc = st_exec(p, s);
  if( rc==STORE_EXISTS ) st_err(p, rc, _("coder '%s' already exists"), zName);
  if( rc==STORE_OK ) rc = st_audit_add(p, NULL, "coder add", zName, NULL, zName, NULL);
  return rc;
}

int st_coder_id(Store *p, const char *zName, int64_t *pId){
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM coder WHERE name=?1");
  if( s ) st_bind_text(s, 1, zName);
  return st_find_id(p, s, pId, "no coder '%s' (add one with: synergist coder add NAME)", zName);
}

int st_coder_list(Store *p, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT c.name, count(g.id), count(DISTINCT g.source_id)"
    " FROM coder c LEFT JOIN segment g ON g.coder_id=c.id GROUP BY c.id ORDER BY c.name");
  if( !s ) return STORE_ERROR;
  return st_fill_table(p, s, pOut, 0);
}

/* ---- interviewees ---- */

void st_interviewees_free(Interviewee *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zPartnership); free(a[i].zPid); free(a[i].zLanguage); }
  free(a);
}

int st_interviewees(Store *p, Interviewee **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.id, pt.code, m.pid,"
    " (SELECT s2.language FROM source s2 WHERE s2.participant_id=m.id AND s2.kind='interview'"
    "   ORDER BY s2.date, s2.id LIMIT 1)"
    " FROM member m JOIN partnership pt ON pt.id=m.partnership_id"
    /* driven by the interviews (a study with few reads few members) */
    " WHERE m.id IN (SELECT s.participant_id FROM source s WHERE s.kind='interview')"
    " ORDER BY pt.code, m.pid");
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0, rc;
  Interviewee *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(Interviewee)*(size_t)nAlloc); }
    a[n].iMember = sqlite3_column_int64(s, 0);
    a[n].zPartnership = st_column_dup(s, 1);
    a[n].zPid = st_column_dup(s, 2);
    a[n].zLanguage = st_column_dup(s, 3);
    n++;
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_interviewees_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

/* ---- pseudonymisation ---- */

void st_redact_terms_free(RedactTerm *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zTerm); free(a[i].zReplacement); }
  free(a);
}

int st_redact_term_add(Store *p, const char *zTerm, const char *zReplacement){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO redact_term(term,replacement) VALUES(?1,?2)"
                                  " ON CONFLICT(term) DO UPDATE SET replacement=excluded.replacement");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zTerm);
  st_bind_text(s, 2, zReplacement);
  return st_exec(p, s);
}

int st_redact_term_remove(Store *p, const char *zTerm){
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM redact_term WHERE term=?1");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zTerm);
  int rc = st_exec(p, s);
  if( rc==STORE_OK && sqlite3_changes(p->db)==0 ){
    rc = st_err(p, STORE_NOTFOUND, _("no redaction term '%s' (see: synergist redact term list)"), zTerm);
  }
  return rc;
}

int st_redact_terms(Store *p, RedactTerm **pa, int *pn){
  *pa = NULL; *pn = 0;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT t, r, k FROM ("
    " SELECT trim(real_name) AS t, '[' || pid || ']' AS r, 1 AS k FROM member"
    "  WHERE trim(coalesce(real_name,''))<>''"
    " UNION ALL SELECT term, replacement, 0 FROM redact_term WHERE term<>'')"
    " ORDER BY length(t) DESC, t, r");
  if( !s ) return STORE_ERROR;
  int n = 0, nAlloc = 0, rc;
  RedactTerm *a = NULL;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( n==nAlloc ){ nAlloc = nAlloc ? 2*nAlloc : 16; a = xrealloc(a, sizeof(RedactTerm)*(size_t)nAlloc); }
    a[n].zTerm = st_column_dup(s, 0);
    a[n].zReplacement = st_column_dup(s, 1);
    a[n].eKind = sqlite3_column_int(s, 2) ? REDACT_NAME : REDACT_TERM;
    n++;
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_redact_terms_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

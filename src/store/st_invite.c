/* st_invite.c: SQL for invitations, their record and their texts (see st_invite.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_invite.h"
#include "store/st_survey.h"
#include "util/xalloc.h"

int st_invite_targets(Store *p, const char *zPartnership, const char *zWave, InviteTarget **pa, int *pn){
  *pa = NULL; *pn = 0;
  int64_t idW;
  int rc = st_wave_id(p, zPartnership, zWave, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT t.token, m.pid,"
    " (SELECT value FROM member_attr a WHERE a.member_id=m.id AND a.name='email'),"
    " (SELECT value FROM member_attr a WHERE a.member_id=m.id AND a.name='language'),"
    " m.real_name,"
    " EXISTS(SELECT 1 FROM response r WHERE r.wave_id=t.wave_id AND r.member_id=t.member_id AND r.status='complete'),"
    " (SELECT count(*) FROM invite_send i WHERE i.token=t.token AND i.step='invitation' AND i.ok),"
    " (SELECT count(*) FROM invite_send i WHERE i.token=t.token AND i.step='reminder' AND i.ok)"
    " FROM survey_token t JOIN member m ON m.id=t.member_id"
    " WHERE t.wave_id=?1 AND t.revoked_at IS NULL ORDER BY m.pid");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  InviteTarget *a = NULL;
  int n = 0;
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    a = xrealloc(a, sizeof(*a)*(size_t)(n+1));
    InviteTarget *t = &a[n++];
    t->zToken = st_column_dup(s, 0);
    t->zMember = st_column_dup(s, 1);
    t->zEmail = st_column_dup(s, 2);
    t->zLang = st_column_dup(s, 3);
    t->zName = st_column_dup(s, 4);
    t->bComplete = sqlite3_column_int(s, 5);
    t->nInvited = sqlite3_column_int(s, 6);
    t->nReminded = sqlite3_column_int(s, 7);
  }
  sqlite3_reset(s);
  if( rc!=SQLITE_DONE ){ st_invite_targets_free(a, n); return st_dberr(p); }
  *pa = a; *pn = n;
  return STORE_OK;
}

void st_invite_targets_free(InviteTarget *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zToken); free(a[i].zMember); free(a[i].zEmail); free(a[i].zLang); free(a[i].zName);
  }
  free(a);
}

int st_invite_record(Store *p, const char *zToken, const char *zStep, int bOk, const char *zError){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO invite_send(token,step,ok,error) VALUES(?1,?2,?3,?4)");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zToken);
  st_bind_text(s, 2, zStep);
  sqlite3_bind_int(s, 3, bOk);
  st_bind_text(s, 4, zError);
  return st_exec(p, s);
}

int st_invite_template_get(Store *p, const char *zLang, const char *zStep, char **pzSubject, char **pzBody){
  *pzSubject = *pzBody = NULL;
  sqlite3_stmt *s = st_prepare(p, "SELECT subject, body FROM invite_template WHERE lang=?1 AND step=?2");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zLang);
  st_bind_text(s, 2, zStep);
  int rc = sqlite3_step(s);
  if( rc==SQLITE_ROW ){ *pzSubject = st_column_dup(s, 0); *pzBody = st_column_dup(s, 1); }
  sqlite3_reset(s);
  if( rc==SQLITE_ROW ) return STORE_OK;
  return rc==SQLITE_DONE ? STORE_NOTFOUND : st_dberr(p);
}

int st_invite_template_set(Store *p, const char *zLang, const char *zStep, const char *zSubject, const char *zBody){
  sqlite3_stmt *s = st_prepare(p, "INSERT INTO invite_template(lang,step,subject,body) VALUES(?1,?2,?3,?4)"
                                  " ON CONFLICT(lang,step) DO UPDATE SET subject=excluded.subject, body=excluded.body");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zLang);
  st_bind_text(s, 2, zStep);
  st_bind_text(s, 3, zSubject);
  st_bind_text(s, 4, zBody);
  return st_exec(p, s);
}

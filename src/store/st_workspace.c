/* st_workspace.c: SQL of the web coding workspace (see st_workspace.h). */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_workspace.h"
#include "store/st_qual.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void st_ws_sources_free(WsSource *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zName); free(a[i].zPartnership); free(a[i].zKind);
    free(a[i].zParticipant); free(a[i].zLanguage);
  }
  free(a);
}

static void source_row(sqlite3_stmt *s, void *pElem){
  WsSource *o = pElem;
  o->zName = st_column_dup(s, 0);
  o->zPartnership = st_column_dup(s, 1);
  o->zKind = st_column_dup(s, 2);
  o->zParticipant = st_column_dup(s, 3);
  o->zLanguage = st_column_dup(s, 4);
  o->nCp = sqlite3_column_int64(s, 5);
  o->nSeg = sqlite3_column_int64(s, 6);
  o->nCoded = sqlite3_column_int64(s, 7);
}
static void source_clear(void *pElem){
  WsSource *o = pElem;
  free(o->zName); free(o->zPartnership); free(o->zKind); free(o->zParticipant); free(o->zLanguage);
}

int st_ws_sources(Store *p, const char *zPartnership, WsSource **pa, int *pn){
  /* Coverage: segments in order of start; each adds what lies beyond the
  ** furthest end of those before it. */
  sqlite3_stmt *s = st_prepare(p,
    "WITH g AS (SELECT source_id, start_cp, end_cp, max(end_cp) OVER"
    "   (PARTITION BY source_id ORDER BY start_cp, end_cp ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS pm"
    "   FROM segment),"
    " cov AS (SELECT source_id, count(*) AS n, sum(max(0, end_cp - max(start_cp, coalesce(pm, 0)))) AS c"
    "   FROM g GROUP BY source_id)"
    " SELECT s.name, pt.code, s.kind, m.pid, s.language, s.n_cp, coalesce(cov.n, 0), coalesce(cov.c, 0)"
    " FROM source s JOIN partnership pt ON pt.id=s.partnership_id"
    " LEFT JOIN member m ON m.id=s.participant_id LEFT JOIN cov ON cov.source_id=s.id"
    " WHERE ?1 IS NULL OR pt.code=?1 ORDER BY pt.code, s.name");
  if( s ) st_bind_text(s, 1, zPartnership);
  return st_rows(p, s, sizeof(WsSource), source_row, source_clear, pa, pn);
}

int st_ws_desc_parse(const char *z, char **pzSrc, int64_t *pa, int64_t *pb, char **pzCode, char **pzCoder){
  const char *zOpen = NULL;
  for(const char *q = strstr(z, " ["); q; q = strstr(q+1, " [")){
    long long a, b; int n = 0;
    if( sscanf(q, " [%lld,%lld) %n", &a, &b, &n)==2 && n>0 ){ zOpen = q; *pa = a; *pb = b; }
  }
  if( !zOpen ) return 0;
  const char *zCode = strchr(zOpen, ')') + 1;   /* the space after it, or the end */
  if( *zCode ) zCode++;
  const char *zBy = NULL;
  for(const char *q = strstr(zCode, " by "); q; q = strstr(q+1, " by ")) zBy = q;
  if( !zBy || zBy<=zCode ) return 0;
  *pzSrc = xstrndup(z, (size_t)(zOpen-z));
  *pzCode = xstrndup(zCode, (size_t)(zBy-zCode));
  *pzCoder = xstrdup(zBy+4);
  return 1;
}

typedef struct Recent { Store *p; int64_t *aId; int n, nMax; } Recent;
static int recent_row(sqlite3_stmt *s, void *pArg){
  Recent *x = pArg;
  const char *z = (const char*)sqlite3_column_text(s, 0);
  char *zSrc, *zCode, *zCoder;
  int64_t a, b, id;
  if( !z || !st_ws_desc_parse(z, &zSrc, &a, &b, &zCode, &zCoder) ) return 0;
  if( st_code_find(x->p, zCode, &id, NULL)==STORE_OK ){
    int bSeen = 0;
    for(int i=0; i<x->n; i++) if( x->aId[i]==id ) bSeen = 1;
    if( !bSeen ) x->aId[x->n++] = id;
  }
  free(zSrc); free(zCode); free(zCoder);
  return x->n>=x->nMax ? 100 : 0;    /* 100: enough, stop */
}

int st_ws_recent_codes(Store *p, const char *zWho, int nMax, int64_t *aId, int *pn){
  *pn = 0;
  if( !zWho || nMax<=0 ) return STORE_OK;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT after FROM audit WHERE who=?1 AND action IN ('segment add','segment recode')"
    " ORDER BY id DESC LIMIT 500");
  if( s ) st_bind_text(s, 1, zWho);
  Recent x = { p, aId, 0, nMax };
  int rc = st_each(p, s, recent_row, &x);
  *pn = x.n;
  return rc==100 ? STORE_OK : rc;
}

void st_ws_actions_free(WsAction *a, int n){
  for(int i=0; i<n; i++){
    free(a[i].zAction); free(a[i].zTarget); free(a[i].zBefore); free(a[i].zAfter); free(a[i].zReason);
  }
  free(a);
}
static void action_row(sqlite3_stmt *s, void *pElem){
  WsAction *o = pElem;
  o->id = sqlite3_column_int64(s, 0);
  o->zAction = st_column_dup(s, 1);
  o->zTarget = st_column_dup(s, 2);
  o->zBefore = st_column_dup(s, 3);
  o->zAfter = st_column_dup(s, 4);
  o->zReason = st_column_dup(s, 5);
}
static void action_clear(void *pElem){
  WsAction *o = pElem;
  free(o->zAction); free(o->zTarget); free(o->zBefore); free(o->zAfter); free(o->zReason);
}

int st_ws_actions(Store *p, const char *zWho, int nMax, WsAction **pa, int *pn){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT * FROM (SELECT id, action, target, before, after, reason FROM audit"
    " WHERE who=?1 AND action IN ('segment add','segment remove','segment recode')"
    " ORDER BY id DESC LIMIT ?2) ORDER BY id");
  if( s ){ st_bind_text(s, 1, zWho); sqlite3_bind_int(s, 2, nMax); }
  return st_rows(p, s, sizeof(WsAction), action_row, action_clear, pa, pn);
}

int st_ws_mark_last(Store *p, const char *zReason){
  sqlite3_stmt *s = st_prepare(p,
    "UPDATE audit SET reason=?1 WHERE id=(SELECT max(id) FROM audit) AND reason IS NULL");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zReason);
  return st_exec(p, s);
}

int st_ws_segment_memo_log(Store *p, int64_t iSeg, Table *pOut){
  sqlite3_stmt *s = st_prepare(p,
    "SELECT who, after FROM audit WHERE action='memo add' AND target GLOB ('memo * on segment ' || ?1)"
    " AND after IS NOT NULL ORDER BY id");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iSeg);
  return st_fill_table(p, s, pOut, 0);
}

int st_ws_segment(Store *p, int64_t iId, QualSegment *o){
  memset(o, 0, sizeof(*o));
  sqlite3_stmt *s = st_prepare(p,
    "SELECT g.id, g.source_id, g.code_id, g.coder_id, s.name, pt.code, c.path, k.name, g.start_cp, g.end_cp"
    " FROM segment g JOIN source s ON s.id=g.source_id JOIN partnership pt ON pt.id=s.partnership_id"
    " JOIN code c ON c.id=g.code_id JOIN coder k ON k.id=g.coder_id WHERE g.id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iId);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc==0 ) return st_err(p, STORE_NOTFOUND, _("no segment %lld"), (long long)iId);
  o->id = sqlite3_column_int64(s, 0);
  o->iSource = sqlite3_column_int64(s, 1);
  o->iCode = sqlite3_column_int64(s, 2);
  o->iCoder = sqlite3_column_int64(s, 3);
  o->zSource = st_column_dup(s, 4);
  o->zPartnership = st_column_dup(s, 5);
  o->zCodePath = st_column_dup(s, 6);
  o->zCoder = st_column_dup(s, 7);
  o->iStart = sqlite3_column_int64(s, 8);
  o->iEnd = sqlite3_column_int64(s, 9);
  sqlite3_reset(s);
  return STORE_OK;
}

int st_ws_suggestion_partnership(Store *p, int64_t iId, char **pzPartnership){
  *pzPartnership = NULL;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT pt.code FROM suggestion u JOIN source s ON s.id=u.source_id"
    " JOIN partnership pt ON pt.id=s.partnership_id WHERE u.id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iId);
  int rc = st_step_row(p, s);
  if( rc<0 ) return STORE_ERROR;
  if( rc==0 ) return st_err(p, STORE_NOTFOUND, _("no suggestion %lld"), (long long)iId);
  *pzPartnership = st_column_dup(s, 0);
  sqlite3_reset(s);
  return STORE_OK;
}

int st_ws_coder_ensure(Store *p, const char *zName){
  int64_t id;
  int rc = st_coder_id(p, zName, &id);
  if( rc==STORE_NOTFOUND ) rc = st_coder_add(p, zName);
  return rc;
}

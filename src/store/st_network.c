/*
** st_network.c: the SQL of collaboration ties (see st_network.h).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_network.h"
#include "store/st_survey.h"
#include "util/xalloc.h"

const char *const azTieRate[TIE_NRATE] = { "trust_reliable", "trust_mission", "trust_open",
  "value_power", "value_involvement", "value_resources" };

/* Row ids of the wave, member and organisation a tie refers to. */
static int tie_ids(Store *p, const char *zP, const char *zW, const char *zPid, const char *zOrg,
                   int64_t *pWave, int64_t *pMember, int64_t *pOrg){
  int rc = st_wave_id(p, zP, zW, pWave);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "SELECT m.id FROM member m JOIN partnership p ON p.id=m.partnership_id WHERE p.code=?1 AND m.pid=?2");
  if( !s ) return STORE_ERROR;
  st_bind_text(s, 1, zP); st_bind_text(s, 2, zPid);
  rc = st_find_id(p, s, pMember, "no member '%s' in %s", zPid, zP);
  if( rc ) return rc;
  s = st_prepare(p, "SELECT id FROM organisation WHERE name=?1");
  if( s ) st_bind_text(s, 1, zOrg);
  return st_find_id(p, s, pOrg, "no organisation '%s'", zOrg);
}

int st_tie_add(Store *p, const TieRec *r){
  int64_t idW, idM, idO;
  int rc = tie_ids(p, r->zPartnership, r->zWave, r->zRespondent, r->zOrg, &idW, &idM, &idO);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "INSERT INTO tie(wave_id, member_id, organisation_id, collaboration, frequency,"
    " trust_reliable, trust_mission, trust_open, value_power, value_involvement, value_resources)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  sqlite3_bind_int64(s, 2, idM);
  sqlite3_bind_int64(s, 3, idO);
  sqlite3_bind_int(s, 4, r->iCollab);
  if( r->iFreq>=0 ) sqlite3_bind_int(s, 5, r->iFreq);
  for(int k=0; k<TIE_NRATE; k++) if( r->aRate[k]>0 ) sqlite3_bind_int(s, 6+k, r->aRate[k]);
  return st_exec(p, s);
}

int st_tie_exists(Store *p, const char *zP, const char *zW, const char *zPid, const char *zOrg){
  int64_t idW, idM, idO;
  int rc = tie_ids(p, zP, zW, zPid, zOrg, &idW, &idM, &idO);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM tie WHERE wave_id=?1 AND member_id=?2 AND organisation_id=?3");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  sqlite3_bind_int64(s, 2, idM);
  sqlite3_bind_int64(s, 3, idO);
  int found = st_step_row(p, s);
  if( found<0 ) return STORE_ERROR;
  sqlite3_reset(s);
  return found ? STORE_OK : STORE_NOTFOUND;
}

int st_tie_clear(Store *p, const char *zP, const char *zW, int *pn){
  int64_t idW;
  int rc = st_wave_id(p, zP, zW, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p, "DELETE FROM tie WHERE wave_id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  rc = st_exec(p, s);
  if( pn ) *pn = sqlite3_changes(p->db);
  return rc;
}

int st_tie_clear_respondent(Store *p, const char *zP, const char *zW, const char *zPid, int *pn){
  int64_t idW;
  int rc = st_wave_id(p, zP, zW, &idW);
  if( rc ) return rc;
  sqlite3_stmt *s = st_prepare(p,
    "DELETE FROM tie WHERE wave_id=?1 AND member_id=(SELECT m.id FROM member m JOIN partnership p"
    " ON p.id=m.partnership_id WHERE p.code=?2 AND m.pid=?3)");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, idW);
  st_bind_text(s, 2, zP); st_bind_text(s, 3, zPid);
  rc = st_exec(p, s);
  if( pn ) *pn = sqlite3_changes(p->db);
  return rc;
}

/* Loading the ties: the small tables first (waves in output order, and
** every member's and organisation's name with its rank in name order),
** then each wave's ties by primary key, without joins or an SQL sort; the
** ties of a wave are put in (pid, organisation) order by integer ranks.
** Every string is stored once in a pool the records borrow from. */
typedef struct IdRank { int64_t id; int iRank; } IdRank;
/* Ranks by row id in an array (row ids are dense in practice), so that
** each tie finds its member and organisation without a search; NULL
** when the ids are too sparse, then a bisection does. */
typedef struct IdIndex { int64_t iBase, nSpan; int *aRank; } IdIndex;
typedef struct TieLoad {
  int nPool, nPoolAlloc; char **azPool;
  int64_t *aWaveId; const char **azWaveP, **azWaveN; int nWave, nWaveAlloc;
  IdRank *aKey; const char **azName; int nKey, nKeyAlloc;   /* members or organisations being read */
  TieRec *a; int *aRankM, *aRankO; int n, nAlloc;
  const IdRank *aMem; int nMem; const char *const *azMem;
  const IdRank *aOrg; int nOrg; const char *const *azOrg;
  IdIndex mem, org;             /* row id -> rank, direct */
} TieLoad;

static const char *pool_add(TieLoad *t, sqlite3_stmt *s, int i){
  if( t->nPool==t->nPoolAlloc ){
    t->nPoolAlloc = t->nPoolAlloc ? 2*t->nPoolAlloc : 256;
    t->azPool = xrealloc(t->azPool, sizeof(char*)*(size_t)t->nPoolAlloc);
  }
  return t->azPool[t->nPool++] = st_column_dup(s, i);
}

static int wave_row(sqlite3_stmt *s, void *pArg){
  TieLoad *t = pArg;
  if( t->nWave==t->nWaveAlloc ){
    t->nWaveAlloc = t->nWaveAlloc ? 2*t->nWaveAlloc : 64;
    t->aWaveId = xrealloc(t->aWaveId, sizeof(int64_t)*(size_t)t->nWaveAlloc);
    t->azWaveP = xrealloc(t->azWaveP, sizeof(char*)*(size_t)t->nWaveAlloc);
    t->azWaveN = xrealloc(t->azWaveN, sizeof(char*)*(size_t)t->nWaveAlloc);
  }
  t->aWaveId[t->nWave] = sqlite3_column_int64(s, 0);
  t->azWaveP[t->nWave] = pool_add(t, s, 1);
  t->azWaveN[t->nWave] = pool_add(t, s, 2);
  t->nWave++;
  return 0;
}

/* A row (id, name) in name order: its rank is its position. */
static int key_row(sqlite3_stmt *s, void *pArg){
  TieLoad *t = pArg;
  if( t->nKey==t->nKeyAlloc ){
    t->nKeyAlloc = t->nKeyAlloc ? 2*t->nKeyAlloc : 256;
    t->aKey = xrealloc(t->aKey, sizeof(IdRank)*(size_t)t->nKeyAlloc);
    t->azName = xrealloc(t->azName, sizeof(char*)*(size_t)t->nKeyAlloc);
  }
  t->aKey[t->nKey] = (IdRank){ sqlite3_column_int64(s, 0), t->nKey };
  t->azName[t->nKey] = pool_add(t, s, 1);
  t->nKey++;
  return 0;
}

static int cmp_idrank(const void *a, const void *b){
  const IdRank *x = a, *y = b;
  return x->id<y->id ? -1 : x->id>y->id;
}

/* Rank of row id in a (sorted by id), or -1. */
static int rank_of(const IdRank *a, int n, int64_t id){
  if( n==0 ) return -1;
  IdRank k = { id, 0 };
  const IdRank *p = bsearch(&k, a, (size_t)n, sizeof(IdRank), cmp_idrank);
  return p ? p->iRank : -1;
}

/* The direct index of a[0..n) (sorted by id), when its ids are dense enough. */
static void index_ids(IdIndex *x, const IdRank *a, int n){
  memset(x, 0, sizeof(*x));
  if( n==0 ) return;
  int64_t nSpan = a[n-1].id - a[0].id + 1;
  if( nSpan > 4*(int64_t)n + 1024 ) return;
  x->iBase = a[0].id; x->nSpan = nSpan;
  x->aRank = xmalloc(sizeof(int)*(size_t)nSpan);
  for(int64_t i=0; i<nSpan; i++) x->aRank[i] = -1;
  for(int i=0; i<n; i++) x->aRank[a[i].id - x->iBase] = a[i].iRank;
}

static int rank_by_id(const IdIndex *x, const IdRank *a, int n, int64_t id){
  if( !x->aRank ) return rank_of(a, n, id);
  int64_t k = id - x->iBase;
  return k>=0 && k<x->nSpan ? x->aRank[k] : -1;
}

/* Reads the statement into t's keys, then sorts them by id. */
static int load_keys(Store *p, sqlite3_stmt *s, TieLoad *t){
  t->nKey = 0;
  int rc = st_each(p, s, key_row, t);
  if( rc==STORE_OK && t->nKey>0 ) qsort(t->aKey, (size_t)t->nKey, sizeof(IdRank), cmp_idrank);
  return rc;
}

static int tie_row(sqlite3_stmt *s, void *pArg){
  TieLoad *t = pArg;
  int iM = rank_by_id(&t->mem, t->aMem, t->nMem, sqlite3_column_int64(s, 0));
  int iO = rank_by_id(&t->org, t->aOrg, t->nOrg, sqlite3_column_int64(s, 1));
  if( iM<0 || iO<0 ) return 0;   /* foreign keys make this impossible */
  if( t->n==t->nAlloc ){
    t->nAlloc = t->nAlloc ? 2*t->nAlloc : 256;
    t->a = xrealloc(t->a, sizeof(TieRec)*(size_t)t->nAlloc);
    t->aRankM = xrealloc(t->aRankM, sizeof(int)*(size_t)t->nAlloc);
    t->aRankO = xrealloc(t->aRankO, sizeof(int)*(size_t)t->nAlloc);
  }
  TieRec *r = &t->a[t->n];
  r->zRespondent = (char*)t->azMem[iM];
  r->zOrg = (char*)t->azOrg[iO];
  r->iCollab = sqlite3_column_int(s, 2);
  r->iFreq = sqlite3_column_type(s, 3)==SQLITE_NULL ? -1 : sqlite3_column_int(s, 3);
  for(int k=0; k<TIE_NRATE; k++) r->aRate[k] = sqlite3_column_int(s, 4+k);
  t->aRankM[t->n] = iM; t->aRankO[t->n] = iO;
  t->n++;
  return 0;
}

/* Sort records [i0, i1) by (member rank, organisation rank): an index sort,
** then a permutation. */
static const TieLoad *pSortLoad;
static int cmp_tie_idx(const void *a, const void *b){
  int x = *(const int*)a, y = *(const int*)b;
  const TieLoad *t = pSortLoad;
  if( t->aRankM[x]!=t->aRankM[y] ) return t->aRankM[x]<t->aRankM[y] ? -1 : 1;
  return t->aRankO[x]<t->aRankO[y] ? -1 : t->aRankO[x]>t->aRankO[y];
}
static void sort_slice(TieLoad *t, int i0, int i1){
  int n = i1-i0;
  if( n<2 ) return;
  int *aIdx = xmalloc(sizeof(int)*(size_t)n);
  TieRec *aTmp = xmalloc(sizeof(TieRec)*(size_t)n);
  for(int k=0; k<n; k++) aIdx[k] = i0+k;
  pSortLoad = t;
  qsort(aIdx, (size_t)n, sizeof(int), cmp_tie_idx);
  for(int k=0; k<n; k++) aTmp[k] = t->a[aIdx[k]];
  memcpy(t->a+i0, aTmp, sizeof(TieRec)*(size_t)n);
  free(aIdx); free(aTmp);
}

int st_tie_all(Store *p, const char *zP, const char *zW, TieRec **paRec, int *pnRec, char ***pazPool, int *pnPool){
  *paRec = NULL; *pnRec = 0; *pazPool = NULL; *pnPool = 0;
  TieLoad t;
  memset(&t, 0, sizeof(t));
  IdRank *aMem = NULL, *aOrg = NULL;
  const char **azMem = NULL, **azOrg = NULL;
  int rc;
  /* one read transaction: one snapshot, and the file checked once rather
  ** than at each wave's query (unless the caller has one open) */
  int bOwnTxn = !p->nTxn && sqlite3_get_autocommit(p->db);
  if( bOwnTxn && (rc = store_read_begin(p)) ) return rc;
  /* One partnership's waves through its code (an index): a page of a
  ** programme's reports scans none of the study's. */
  sqlite3_stmt *s = st_prepare(p, zP
    ? "SELECT w.id, p.code, w.name FROM partnership p JOIN wave w ON w.partnership_id=p.id"
      " WHERE p.code=?1 AND (?2 IS NULL OR w.name=?2) ORDER BY w.opens IS NULL, w.opens, w.id"
    : "SELECT w.id, p.code, w.name FROM wave w JOIN partnership p ON p.id=w.partnership_id"
      " WHERE (?1 IS NULL OR p.code=?1) AND (?2 IS NULL OR w.name=?2)"
      " ORDER BY p.code, w.opens IS NULL, w.opens, w.id");
  if( s ){ st_bind_text(s, 1, zP); st_bind_text(s, 2, zW); }
  if( (rc = st_each(p, s, wave_row, &t)) ) goto tie_all_out;
  if( zP || zW ){
    /* A partnership or wave without ties (most pages of a programme's
    ** reports) reads no members or organisations. */
    int bAny = 0;
    for(int w=0; w<t.nWave && !bAny; w++){
      int64_t x = 0;
      s = st_prepare(p, "SELECT EXISTS(SELECT 1 FROM tie WHERE wave_id=?1)");
      if( s ) sqlite3_bind_int64(s, 1, t.aWaveId[w]);
      if( (rc = st_find_id(p, s, &x, "no ties")) ) goto tie_all_out;
      bAny = x!=0;
    }
    if( !bAny ) goto tie_all_out;
  }
  s = st_prepare(p, zP
    ? "SELECT m.id, m.pid FROM partnership p JOIN member m ON m.partnership_id=p.id WHERE p.code=?1 ORDER BY m.pid, m.id"
    : "SELECT m.id, m.pid FROM member m JOIN partnership p ON p.id=m.partnership_id ORDER BY m.pid, m.id");
  if( s && zP ) st_bind_text(s, 1, zP);
  if( (rc = load_keys(p, s, &t)) ) goto tie_all_out;
  aMem = t.aKey; azMem = t.azName; t.nMem = t.nKey;
  t.aKey = NULL; t.azName = NULL; t.nKeyAlloc = 0;
  if( (rc = load_keys(p, st_prepare(p, "SELECT id, name FROM organisation ORDER BY name, id"), &t)) ) goto tie_all_out;
  aOrg = t.aKey; azOrg = t.azName; t.nOrg = t.nKey;
  t.aKey = NULL; t.azName = NULL;
  t.aMem = aMem; t.azMem = azMem; t.aOrg = aOrg; t.azOrg = azOrg;
  index_ids(&t.mem, aMem, t.nMem);
  index_ids(&t.org, aOrg, t.nOrg);
  if( !zP && !zW ){
    /* Every tie: size the records once rather than by doubling. */
    int64_t nAll = 0;
    s = st_prepare(p, "SELECT count(*) FROM tie");
    if( s && st_find_id(p, s, &nAll, "no ties")==STORE_OK && nAll>0 && nAll<INT32_MAX/2 ){
      t.nAlloc = (int)nAll;
      t.a = xmalloc(sizeof(TieRec)*(size_t)nAll);
      t.aRankM = xmalloc(sizeof(int)*(size_t)nAll);
      t.aRankO = xmalloc(sizeof(int)*(size_t)nAll);
    }
  }
  for(int w=0; w<t.nWave; w++){
    s = st_prepare(p, "SELECT member_id, organisation_id, collaboration, frequency, trust_reliable, trust_mission,"
                      " trust_open, value_power, value_involvement, value_resources FROM tie WHERE wave_id=?1");
    if( s ) sqlite3_bind_int64(s, 1, t.aWaveId[w]);
    int i0 = t.n;
    if( (rc = st_each(p, s, tie_row, &t)) ) goto tie_all_out;
    for(int i=i0; i<t.n; i++){
      t.a[i].zPartnership = (char*)t.azWaveP[w];
      t.a[i].zWave = (char*)t.azWaveN[w];
    }
    sort_slice(&t, i0, t.n);
  }
tie_all_out:
  free(t.aWaveId); free(t.azWaveP); free(t.azWaveN);
  free(t.aKey); free(t.azName);
  free(aMem); free(azMem); free(aOrg); free(azOrg);
  free(t.aRankM); free(t.aRankO);
  free(t.mem.aRank); free(t.org.aRank);
  if( bOwnTxn ) store_read_end(p);
  if( rc ){
    st_tie_recs_free(t.a, t.azPool, t.nPool);
    return rc;
  }
  *paRec = t.a; *pnRec = t.n; *pazPool = t.azPool; *pnPool = t.nPool;
  return STORE_OK;
}

void st_tie_recs_free(TieRec *a, char **azPool, int nPool){
  for(int i=0; i<nPool; i++) free(azPool[i]);
  free(azPool);
  free(a);
}

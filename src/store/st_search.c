/*
** st_search.c: keeping the full-text index in sync with the sources and
** running searches (see st_search.h; the tokenizer and syn_hits() are in
** st_search_fts.c, the schema in sql/001_search.sql). A query tree becomes
** an FTS5 MATCH expression here, and nowhere else.
*/
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "store/st_search.h"
#include "util/paragraph.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/i18n.h"

#define CHUNK_SHIFT 24        /* search_chunk.id = source_id << 24 | paragraph */

int st_search_unindex_source(Store *p, int64_t iSource){
  static const char *const azSql[] = {
    "INSERT INTO search_fts(search_fts, rowid, body) SELECT 'delete', id, body FROM search_body"
    " WHERE id BETWEEN ?1 AND ?2",
    "DELETE FROM search_chunk WHERE id BETWEEN ?1 AND ?2",
  };
  for(size_t i=0; i<sizeof(azSql)/sizeof(azSql[0]); i++){
    sqlite3_stmt *s = st_prepare(p, azSql[i]);
    if( !s ) return STORE_ERROR;
    sqlite3_bind_int64(s, 1, iSource << CHUNK_SHIFT);
    sqlite3_bind_int64(s, 2, ((iSource+1) << CHUNK_SHIFT) - 1);
    int rc = st_exec(p, s);
    if( rc ) return rc;
  }
  return STORE_OK;
}

int st_search_index_source(Store *p, int64_t iSource){
  sqlite3_stmt *s = st_prepare(p, "SELECT language, text FROM source WHERE id=?1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iSource);
  int bRow = st_step_row(p, s);
  if( bRow<0 ) return STORE_ERROR;
  if( bRow==0 ) return st_err(p, STORE_NOTFOUND, _("no source with id %lld"), (long long)iSource);
  char *zLang = st_column_dup(s, 0);
  char *zText = st_column_dup(s, 1);
  sqlite3_reset(s);
  int rc = st_search_index_text(p, iSource, zLang, zText);
  free(zText);
  free(zLang);
  return rc;
}

int st_search_index_text(Store *p, int64_t iSource, const char *zLang, const char *zText){
  if( !zText ) zText = "";
  SearchPrep prep = {0};
  QualRange *aByte = NULL;
  QualRange *aPara = paragraph_split_ex(zText, &prep.nPara, &aByte, NULL);
  prep.aPara = aPara;
  prep.aByte = aByte;
  int rc = st_search_index_prepared(p, iSource, zLang, zText, &prep);
  free(aPara);
  free(aByte);
  return rc;
}

int st_search_index_prepared(Store *p, int64_t iSource, const char *zLang, const char *zText,
                             const SearchPrep *pPrep){
  /* Unindex only a source that has rows: the 'delete' statement opens a
  ** savepoint on the index, which makes FTS5 write out its pending terms,
  ** so doing it for every new source would make an import write one
  ** segment per source and then spend its time merging them. */
  sqlite3_stmt *s = st_prepare(p, "SELECT 1 FROM search_chunk WHERE id BETWEEN ?1 AND ?2 LIMIT 1");
  if( !s ) return STORE_ERROR;
  sqlite3_bind_int64(s, 1, iSource << CHUNK_SHIFT);
  sqlite3_bind_int64(s, 2, ((iSource+1) << CHUNK_SHIFT) - 1);
  int bIndexed = st_step_row(p, s);
  if( bIndexed<0 ) return STORE_ERROR;
  sqlite3_reset(s);
  int rc = bIndexed ? st_search_unindex_source(p, iSource) : STORE_OK;
  if( rc ) return rc;
  if( !zLang ) zLang = "";
  if( !zText ) zText = "";
  int nPara = pPrep->nPara;
  sqlite3_stmt *sChunk = st_prepare(p, "INSERT INTO search_chunk(id, source_id, start_cp, end_cp) VALUES(?1,?2,?3,?4)");
  sqlite3_stmt *sFts = sChunk ? st_prepare(p, "INSERT INTO search_fts(rowid, body) VALUES(?1,?2)") : NULL;
  if( !sFts ) rc = STORE_ERROR;
  if( nPara >= (1<<CHUNK_SHIFT) ){
    rc = st_err(p, STORE_ERROR, _("a source with %d paragraphs is too large to index"), nPara);
  }
  if( pPrep->pTape && st_search_tape_units(pPrep->pTape)!=nPara ){
    rc = st_err(p, STORE_ERROR, _("the tokens prepared for source %lld do not match its paragraphs"),
                (long long)iSource);
  }
  Sb body = SB_INIT;
  sb_puts(&body, zLang);
  sb_putc(&body, '\x1F');
  size_t nPrefix = body.n;
  SearchReplay *pRe = &p->replay;
  for(int k=0; k<nPara && rc==STORE_OK; k++){
    const QualRange *a = &pPrep->aPara[k], *b = &pPrep->aByte[k];
    int64_t id = (iSource << CHUNK_SHIFT) | k;
    sqlite3_bind_int64(sChunk, 1, id);
    sqlite3_bind_int64(sChunk, 2, iSource);
    sqlite3_bind_int64(sChunk, 3, a->iStart);
    sqlite3_bind_int64(sChunk, 4, a->iEnd);
    rc = st_exec(p, sChunk);
    if( rc ) break;
    body.n = nPrefix;
    sb_append(&body, zText+b->iStart, (size_t)(b->iEnd-b->iStart));
    sqlite3_bind_int64(sFts, 1, id);
    sqlite3_bind_text(sFts, 2, body.z, (int)body.n, SQLITE_STATIC);
    if( pPrep->pTape ){
      pRe->zLang = zLang;
      pRe->z = body.z + nPrefix;
      pRe->n = (int)(body.n - nPrefix);
      pRe->pTape = pPrep->pTape;
      pRe->iUnit = k;
    }
    rc = st_exec(p, sFts);
    memset(pRe, 0, sizeof(*pRe));
  }
  sb_free(&body);
  return rc;
}

int st_search_reindex(Store *p, int *pnSource){
  static const char *const azSql[] = {
    "INSERT INTO search_fts(search_fts) VALUES('delete-all')",
    "DELETE FROM search_chunk",
  };
  for(size_t i=0; i<sizeof(azSql)/sizeof(azSql[0]); i++){
    sqlite3_stmt *s = st_prepare(p, azSql[i]);
    if( !s ) return STORE_ERROR;
    int rc = st_exec(p, s);
    if( rc ) return rc;
  }
  sqlite3_stmt *s = st_prepare(p, "SELECT id FROM source ORDER BY id");
  int64_t *aId = NULL; int nId = 0;
  int rc = st_rows(p, s, sizeof(int64_t), st_id_row, NULL, &aId, &nId);
  for(int i=0; i<nId && rc==STORE_OK; i++) rc = st_search_index_source(p, aId[i]);
  free(aId);
  if( rc==STORE_OK ){
    s = st_prepare(p, "INSERT INTO search_fts(search_fts) VALUES('optimize')");
    rc = s ? st_exec(p, s) : STORE_ERROR;
  }
  if( pnSource ) *pnSource = nId;
  return rc;
}

/* ---- the query tree as an FTS5 expression ---- */

/* The deepest nesting of parentheses written into an FTS5 expression. FTS5
** parses with a fixed stack of 100 entries, about three per level of
** nesting ("(a OR (b OR ..."), and overflows it from 33 levels on (found
** by trying right- and left-nested AND, OR, NOT, phrases and prefixes). A
** query nested this deep is refused before FTS5 sees it; any other FTS5
** complaint about the expression is caught as well (st_search_run()). */
#define FTS_MAX_NEST 32

/* Append the FTS5 text of form f: its words as one phrase, "=" before a
** prefix's last word (the tokenizer indexes words as folded before stemming
** so, where that differs from their stem), '*' after a prefix. */
static void fts_form(Sb *pOut, const TqForm *f, int bRawLast){
  sb_putc(pOut, '"');
  for(int i=0; i<f->nWord; i++){
    if( i ) sb_putc(pOut, ' ');
    if( bRawLast && i==f->nWord-1 ) sb_putc(pOut, '=');
    for(const char *z = f->azWord[i]; *z; z++){
      if( *z=='"' ) sb_putc(pOut, '"');
      sb_putc(pOut, *z);
    }
  }
  sb_putc(pOut, '"');
  if( f->bPrefix ) sb_putc(pOut, '*');
}

/* Append the FTS5 expression of node p, nested iNest parentheses deep;
** *pnMax gets the deepest nesting written. A term is its forms OR-ed (a
** prefix form twice: the unstemmed word, and the stem for words indexed by
** their stem alone); an operator its operands as one flat chain, which
** FTS5 reads left to right. */
static void fts_node(Sb *pOut, const TqNode *p, int iNest, int *pnMax){
  if( iNest>*pnMax ) *pnMax = iNest;
  if( p->eOp==TQ_TERM ){
    int nVar = 0;
    for(int k=0; k<p->nForm; k++) nVar += p->aForm[k].bPrefix ? 2 : 1;
    if( nVar>1 ){
      sb_putc(pOut, '(');
      if( iNest+1>*pnMax ) *pnMax = iNest+1;
    }
    int iVar = 0;
    for(int k=0; k<p->nForm; k++){
      const TqForm *f = &p->aForm[k];
      for(int bPlain=0; bPlain<=f->bPrefix; bPlain++){
        if( iVar++ ) sb_puts(pOut, " OR ");
        fts_form(pOut, f, f->bPrefix && !bPlain);
      }
    }
    if( nVar>1 ) sb_putc(pOut, ')');
    return;
  }
  if( p->nChild==1 ){
    fts_node(pOut, p->apChild[0], iNest, pnMax);
    return;
  }
  const char *zOp = p->eOp==TQ_AND ? " AND " : p->eOp==TQ_OR ? " OR " : " NOT ";
  sb_putc(pOut, '(');
  for(int i=0; i<p->nChild; i++){
    if( i ) sb_puts(pOut, zOp);
    fts_node(pOut, p->apChild[i], iNest+1, pnMax);
  }
  sb_putc(pOut, ')');
}

/* Collects the spans of one row's syn_hits() text. */
typedef struct SpanBuf { int n, nAlloc; QualRange *a; } SpanBuf;

static void spans_parse(SpanBuf *b, const char *zHits){
  b->n = 0;
  char *zEnd;
  for(const char *z = zHits; *z; z = zEnd){
    long long iS = strtoll(z, &zEnd, 10);
    if( zEnd==z ) break;
    long long iE = strtoll(zEnd, &zEnd, 10);
    if( b->n>=b->nAlloc ){
      b->nAlloc = b->nAlloc*2 + 16;
      b->a = xrealloc(b->a, sizeof(QualRange)*(size_t)b->nAlloc);
    }
    b->a[b->n].iStart = iS;
    b->a[b->n].iEnd = iE;
    b->n++;
    while( *zEnd==' ' ) zEnd++;
  }
}

int st_search_run(Store *p, const TqNode *pQuery, const SearchFilter *pF, int nLimit,
                  SearchHitFn xHit, void *pArg, int *pbMore){
  if( pbMore ) *pbMore = 0;
  Sb match = SB_INIT;
  int nNest = 0;
  fts_node(&match, pQuery, 0, &nNest);
  if( nNest>FTS_MAX_NEST ){
    sb_free(&match);
    return st_err(p, STORE_QUERY, _("the query is too complex for the search index (%d levels of "
                  "operators and word forms nested; at most %d): use fewer parentheses "
                  "or fewer changes between AND, OR and NOT"), nNest, FTS_MAX_NEST);
  }
  sqlite3_stmt *s = st_prepare(p,
    "SELECT syn_hits(search_fts), search_fts.body, c.start_cp, s.name, pt.code, m.pid, c.id"
    " FROM search_fts JOIN search_chunk c ON c.id=search_fts.rowid"
    " JOIN source s ON s.id=c.source_id JOIN partnership pt ON pt.id=s.partnership_id"
    " LEFT JOIN member m ON m.id=s.participant_id"
    " WHERE search_fts MATCH ?1 AND (?2 IS NULL OR pt.code=?2) AND (?3 IS NULL OR s.name=?3)"
    " AND (?4 IS NULL OR s.kind=?4) AND (?5 IS NULL OR s.language=?5)"
    " ORDER BY search_fts.rowid LIMIT ?6");
  if( !s ){ sb_free(&match); return STORE_ERROR; }
  sqlite3_bind_text(s, 1, sb_str(&match), -1, SQLITE_STATIC);
  if( pF ){
    st_bind_text(s, 2, pF->zPartnership);
    st_bind_text(s, 3, pF->zSource);
    st_bind_text(s, 4, pF->zKind);
    st_bind_text(s, 5, pF->zLanguage);
  }
  sqlite3_bind_int64(s, 6, nLimit>0 ? nLimit+1 : -1);
  int nRow = 0, rc, rcHit = 0;
  SpanBuf spans = {0};
  while( (rc = sqlite3_step(s))==SQLITE_ROW ){
    if( nLimit>0 && ++nRow>nLimit ){ if( pbMore ) *pbMore = 1; break; }
    const char *zHits = (const char*)sqlite3_column_text(s, 0);
    const char *zBody = (const char*)sqlite3_column_text(s, 1);
    if( !zHits || !zBody ) continue;
    spans_parse(&spans, zHits);
    if( spans.n==0 ) continue;
    const char *zPara = strchr(zBody, '\x1F');
    SearchHit h;
    h.zPara = zPara ? zPara+1 : zBody;
    h.iParaStart = sqlite3_column_int64(s, 2);
    h.zSource = (const char*)sqlite3_column_text(s, 3);
    h.zPartnership = (const char*)sqlite3_column_text(s, 4);
    h.zParticipant = (const char*)sqlite3_column_text(s, 5);
    h.iPara = (int)(sqlite3_column_int64(s, 6) & ((1<<CHUNK_SHIFT)-1));
    h.nSpan = spans.n;
    h.aSpan = spans.a;
    if( (rcHit = xHit(&h, pArg))!=0 ) break;
  }
  free(spans.a);
  if( rcHit==0 && rc!=SQLITE_ROW && rc!=SQLITE_DONE ){
    /* The expression is checked when the first row is asked for: an FTS5
    ** message then means the query, not the database. */
    const char *zMsg = sqlite3_errmsg(p->db);
    if( nRow==0 && strncmp(zMsg, "fts5:", 5)==0 ){
      rc = st_err(p, STORE_QUERY, _("the search index cannot run this query (%s): simplify it"), zMsg);
    }else{
      rc = st_err(p, STORE_ERROR, "search: %s", zMsg);
    }
    sqlite3_reset(s);
    sb_free(&match);
    return rc;
  }
  sqlite3_reset(s);
  sb_free(&match);
  return rcHit;
}

/*
** st_search_fts.c: what SQLite's FTS5 needs from synergist, registered on
** every connection by st_search_register() (declared in store_int.h):
**
**  - the tokenizer "synergist": for indexed text (and auxiliary functions)
**    the word rule of src/qual/tokenize.h, stemming by the language named
**    before the byte 0x1F that starts each indexed text ("fr\x1F..."; see
**    sql/001_search.sql), alternative forms and the unstemmed folded word
**    (as "=word", when it differs from the stem) as FTS5 colocated tokens; for
**    query text (already folded and stemmed by src/qual/query.c) the words
**    between spaces as they are;
**    a paragraph an import tokenized ahead (SearchReplay, store_int.h) is
**    not tokenized again: its recorded words are replayed;
**  - st_search_tape_units(), so that the rest of the store never looks
**    inside a tape;
**  - the auxiliary function syn_hits(search_fts): the hits of the current
**    row as text "START END START END ..." in code points of the paragraph
**    (after the language prefix), sorted, overlapping hits merged.
*/
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "qual/tokenize.h"
#include "qual/toktape.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define LANG_SEP '\x1F'
#define MAX_LANG 8

typedef struct SynTokenizer {
  const SearchReplay *pReplay;   /* the store's, see store_int.h */
  int nLang;
  char azLang[MAX_LANG][16];
  QualTok *apTok[MAX_LANG];
} SynTokenizer;

static int syn_tok_create(void *pCtx, const char **azArg, int nArg, Fts5Tokenizer **ppOut){
  (void)azArg; (void)nArg;
  SynTokenizer *p = xcalloc(1, sizeof(SynTokenizer));
  p->pReplay = pCtx;
  *ppOut = (Fts5Tokenizer*)p;
  return SQLITE_OK;
}

static void syn_tok_delete(Fts5Tokenizer *pTok){
  SynTokenizer *p = (SynTokenizer*)pTok;
  for(int i=0; i<p->nLang; i++) qtok_free(p->apTok[i]);
  free(p);
}

/* The tokenizer for language z[0..n) (made on first use). */
static QualTok *syn_tok_lang(SynTokenizer *p, const char *z, int n){
  for(int i=0; i<p->nLang; i++){
    if( (int)strlen(p->azLang[i])==n && memcmp(p->azLang[i], z, (size_t)n)==0 ) return p->apTok[i];
  }
  int i = p->nLang<MAX_LANG ? p->nLang++ : MAX_LANG-1;
  if( i==MAX_LANG-1 && p->apTok[i] ) qtok_free(p->apTok[i]);
  memcpy(p->azLang[i], z, (size_t)n);
  p->azLang[i][n] = 0;
  p->apTok[i] = qtok_new(p->azLang[i]);
  qtok_want_raw(p->apTok[i], 1);
  return p->apTok[i];
}

typedef struct TokCall {
  void *pCtx;
  int (*xToken)(void*, int, const char*, int, int, int);
  int iOff;                 /* bytes before the text proper (language prefix) */
} TokCall;

static int syn_tok_emit(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  TokCall *c = pArg;
  if( eForm==QTOK_RAW ){
    /* Folded unstemmed words are indexed as "=word", for prefix queries. */
    char zBuf[300];
    if( nTerm>(int)sizeof(zBuf)-1 ) nTerm = (int)sizeof(zBuf)-1;
    zBuf[0] = '=';
    memcpy(zBuf+1, zTerm, (size_t)nTerm);
    return c->xToken(c->pCtx, FTS5_TOKEN_COLOCATED, zBuf, nTerm+1, iStart + c->iOff, iEnd + c->iOff);
  }
  return c->xToken(c->pCtx, eForm ? FTS5_TOKEN_COLOCATED : 0, zTerm, nTerm,
                   iStart + c->iOff, iEnd + c->iOff);
}

/* Length of the language prefix "xx\x1F" at the start of z[0..n), or 0. */
static int lang_prefix(const char *z, int n){
  for(int i=0; i<n && i<16; i++) if( z[i]==LANG_SEP ) return i+1;
  return 0;
}

static int syn_tok_tokenize(Fts5Tokenizer *pTok, void *pCtx, int flags, const char *z, int n,
                            int (*xToken)(void*, int, const char*, int, int, int)){
  SynTokenizer *p = (SynTokenizer*)pTok;
  if( flags & FTS5_TOKENIZE_QUERY ){
    int i = 0;
    while( i<n ){
      while( i<n && z[i]==' ' ) i++;
      int iStart = i;
      while( i<n && z[i]!=' ' ) i++;
      if( i>iStart ){
        int rc = xToken(pCtx, 0, z+iStart, i-iStart, iStart, i);
        if( rc ) return rc;
      }
    }
    return SQLITE_OK;
  }
  int iOff = lang_prefix(z, n);
  TokCall c = { pCtx, xToken, iOff };
  /* The paragraph being inserted, tokenized ahead: replay its words (only
  ** for this very text and language, so the index holds what tokenizing
  ** now would give). */
  const SearchReplay *r = p->pReplay;
  if( r && r->pTape && r->n==n-iOff && iOff>0 && strlen(r->zLang)==(size_t)(iOff-1)
   && memcmp(r->zLang, z, (size_t)(iOff-1))==0 && memcmp(r->z, z+iOff, (size_t)r->n)==0 ){
    return qtape_replay(r->pTape, r->iUnit, syn_tok_emit, &c);
  }
  QualTok *t = syn_tok_lang(p, z, iOff ? iOff-1 : 0);
  return qtok_run(t, z+iOff, n-iOff, syn_tok_emit, &c);
}

/* ---- syn_hits() ---- */

typedef struct HitTok { int nPos, nAlloc; int *aStart, *aEnd; } HitTok;

static int hits_collect(void *pArg, int tflags, const char *zTok, int nTok, int iStart, int iEnd){
  (void)zTok; (void)nTok;
  HitTok *h = pArg;
  if( tflags & FTS5_TOKEN_COLOCATED ) return SQLITE_OK;
  if( h->nPos>=h->nAlloc ){
    h->nAlloc = h->nAlloc*2 + 64;
    h->aStart = xrealloc(h->aStart, sizeof(int)*(size_t)h->nAlloc);
    h->aEnd = xrealloc(h->aEnd, sizeof(int)*(size_t)h->nAlloc);
  }
  h->aStart[h->nPos] = iStart;
  h->aEnd[h->nPos] = iEnd;
  h->nPos++;
  return SQLITE_OK;
}

static int cmp_span(const void *a, const void *b){
  const int *x = a, *y = b;
  return x[0]!=y[0] ? (x[0]<y[0] ? -1 : 1) : (x[1]<y[1] ? -1 : x[1]>y[1]);
}

static void syn_hits(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx,
                     int nVal, sqlite3_value **apVal){
  (void)nVal; (void)apVal;
  int nInst = 0, rc;
  if( (rc = pApi->xInstCount(pFts, &nInst))!=SQLITE_OK ){ sqlite3_result_error_code(pCtx, rc); return; }
  const char *z = 0; int n = 0;
  if( (rc = pApi->xColumnText(pFts, 0, &z, &n))!=SQLITE_OK ){ sqlite3_result_error_code(pCtx, rc); return; }
  HitTok h = {0};
  if( nInst>0 && (rc = pApi->xTokenize(pFts, z, n, &h, hits_collect))!=SQLITE_OK ){
    free(h.aStart); free(h.aEnd);
    sqlite3_result_error_code(pCtx, rc);
    return;
  }
  /* Byte spans of every instance (first token start, last token end). */
  int *aSpan = xmalloc(sizeof(int)*2*(size_t)(nInst+1));
  int nSpan = 0;
  for(int i=0; i<nInst; i++){
    int iPhrase, iCol, iTok;
    if( pApi->xInst(pFts, i, &iPhrase, &iCol, &iTok)!=SQLITE_OK ) continue;
    int iLast = iTok + pApi->xPhraseSize(pFts, iPhrase) - 1;
    if( iTok<0 || iLast>=h.nPos ) continue;
    aSpan[2*nSpan] = h.aStart[iTok];
    aSpan[2*nSpan+1] = h.aEnd[iLast];
    nSpan++;
  }
  qsort(aSpan, (size_t)nSpan, 2*sizeof(int), cmp_span);
  /* Merge overlaps; convert to code points after the language prefix. */
  int iOff = lang_prefix(z, n);
  Sb out = SB_INIT;
  for(int i=0; i<nSpan; ){
    int iS = aSpan[2*i], iE = aSpan[2*i+1];
    for(i++; i<nSpan && aSpan[2*i]<iE; i++) if( aSpan[2*i+1]>iE ) iE = aSpan[2*i+1];
    size_t cS = utf8_ncp(z+iOff, (size_t)(iS-iOff));
    size_t cE = cS + utf8_ncp(z+iS, (size_t)(iE-iS));
    sb_printf(&out, "%s%zu %zu", out.n ? " " : "", cS, cE);
  }
  sqlite3_result_text(pCtx, sb_str(&out), -1, SQLITE_TRANSIENT);
  sb_free(&out);
  free(aSpan);
  free(h.aStart); free(h.aEnd);
}

static fts5_api *fts5_api_of(sqlite3 *db){
  fts5_api *pApi = 0;
  sqlite3_stmt *s = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, 0)==SQLITE_OK ){
    sqlite3_bind_pointer(s, 1, (void*)&pApi, "fts5_api_ptr", NULL);
    sqlite3_step(s);
  }
  sqlite3_finalize(s);
  return pApi;
}

int st_search_tape_units(const QualTape *pTape){
  return qtape_units(pTape);
}

int st_search_register(sqlite3 *db, const SearchReplay *pReplay){
  fts5_api *pApi = fts5_api_of(db);
  if( !pApi ) return SQLITE_ERROR;
  fts5_tokenizer tok = { syn_tok_create, syn_tok_delete, syn_tok_tokenize };
  int rc = pApi->xCreateTokenizer(pApi, "synergist", (void*)pReplay, &tok, NULL);
  if( rc==SQLITE_OK ) rc = pApi->xCreateFunction(pApi, "syn_hits", NULL, syn_hits, NULL);
  return rc;
}

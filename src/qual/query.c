/*
** query.c: parse the search query language and write the FTS5 expression
** (see query.h). A recursive-descent parser over a small lexer; each query
** word goes through the same word rule as the indexed text (tokenize.h),
** once per stemming language, and the alternatives are OR-ed.
*/
#include <stdlib.h>
#include <string.h>
#include "qual/query.h"
#include "qual/tokenize.h"
#include "util/sb.h"
#include "util/limits.h"
#include "util/utf8.h"
#include "util/xalloc.h"

enum { TK_END, TK_LP, TK_RP, TK_AND, TK_OR, TK_NOT, TK_WORD, TK_PHRASE };

typedef struct QParse {
  const char *z;           /* the query */
  int i;                   /* lexer position (bytes) */
  int eTok, iTok, nTok;    /* current token: kind, start, length of its text */
  int bPrefix;             /* current word/phrase ends with '*' */
  int nDepth;              /* parentheses open around the current token */
  char *zErr;              /* first error (owned) */
  QualTok *pFold, *apStem[2];
} QParse;

static void q_error(QParse *p, int iPos, const char *zMsg){
  if( p->zErr ) return;
  size_t iCol = utf8_ncp(p->z, (size_t)iPos) + 1;
  p->zErr = xasprintf("query, column %zu: %s", iCol, zMsg);
}

/* Read the next token into p->eTok/iTok/nTok/bPrefix. */
static void q_next(QParse *p){
  const char *z = p->z;
  while( z[p->i]==' ' || z[p->i]=='\t' || z[p->i]=='\n' || z[p->i]=='\r' ) p->i++;
  p->iTok = p->i;
  p->bPrefix = 0;
  char c = z[p->i];
  if( c==0 ){ p->eTok = TK_END; p->nTok = 0; return; }
  if( c=='(' || c==')' ){ p->eTok = c=='(' ? TK_LP : TK_RP; p->nTok = 1; p->i++; return; }
  if( c=='"' ){
    const char *zEnd = strchr(z+p->i+1, '"');
    if( !zEnd ){
      q_error(p, p->i, "a phrase opened with \" is not closed");
      p->eTok = TK_END; p->nTok = 0; p->i += (int)strlen(z+p->i);
      return;
    }
    p->eTok = TK_PHRASE;
    p->iTok = p->i+1;
    p->nTok = (int)(zEnd - (z+p->i+1));
    p->i = (int)(zEnd - z) + 1;
    if( z[p->i]=='*' ){ p->bPrefix = 1; p->i++; }
    return;
  }
  int j = p->i;
  while( z[j] && !strchr(" \t\r\n()\"", z[j]) ) j++;
  p->nTok = j - p->i;
  p->i = j;
  if( p->nTok==3 && memcmp(z+p->iTok, "AND", 3)==0 ) p->eTok = TK_AND;
  else if( p->nTok==2 && memcmp(z+p->iTok, "OR", 2)==0 ) p->eTok = TK_OR;
  else if( p->nTok==3 && memcmp(z+p->iTok, "NOT", 3)==0 ) p->eTok = TK_NOT;
  else{
    p->eTok = TK_WORD;
    if( z[p->iTok+p->nTok-1]=='*' ){ p->bPrefix = 1; p->nTok--; }
  }
}

/* The words of one term as one tokenizer sees them: primary forms and
** alternative forms (NULL when none), see tokenize.h. */
typedef struct WordList { int n, nAlloc; char **azPrim; char **azAlt; } WordList;

static void wordlist_clear(WordList *w){
  for(int i=0; i<w->n; i++){ free(w->azPrim[i]); free(w->azAlt[i]); }
  free(w->azPrim); free(w->azAlt);
  memset(w, 0, sizeof(*w));
}

static int collect_word(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  (void)iStart; (void)iEnd;
  WordList *w = pArg;
  if( eForm==QTOK_RAW ) return 0;
  if( eForm==QTOK_ALT ){
    w->azAlt[w->n-1] = xstrndup(zTerm, (size_t)nTerm);
    return 0;
  }
  if( w->n>=w->nAlloc ){
    w->nAlloc = w->nAlloc*2 + 8;
    w->azPrim = xrealloc(w->azPrim, (size_t)w->nAlloc*sizeof(char*));
    w->azAlt = xrealloc(w->azAlt, (size_t)w->nAlloc*sizeof(char*));
  }
  w->azPrim[w->n] = xstrndup(zTerm, (size_t)nTerm);
  w->azAlt[w->n] = NULL;
  w->n++;
  return 0;
}

/* A phrase of words (bAlt: alternative forms where there are some; pLast:
** a replacement for the last word, or NULL), with '*' when bPrefix. Added
** to azVar unless already there. */
static void add_variant(const WordList *w, int bAlt, const char *zLast, int bPrefix,
                        char **azVar, int *pnVar){
  Sb v = SB_INIT;
  sb_putc(&v, '"');
  for(int i=0; i<w->n; i++){
    const char *zWord = (bAlt && w->azAlt[i]) ? w->azAlt[i] : w->azPrim[i];
    if( zLast && i==w->n-1 ) zWord = zLast;
    if( i ) sb_putc(&v, ' ');
    sb_puts(&v, zWord);
  }
  sb_putc(&v, '"');
  if( bPrefix ) sb_putc(&v, '*');
  for(int k=0; k<*pnVar; k++){
    if( strcmp(azVar[k], v.z)==0 ){ sb_free(&v); return; }
  }
  azVar[(*pnVar)++] = sb_take(&v);
}

/* The FTS5 text of the current word or phrase token (caller frees), or NULL
** after an error. Variants OR-ed: for English and for French, the stems and
** the alternative forms; for a prefix the last word folded, unstemmed. */
static char *q_term(QParse *p){
  const char *zText = p->z + p->iTok;
  WordList wFold = {0};
  qtok_run(p->pFold, zText, p->nTok, collect_word, &wFold);
  if( wFold.n==0 ){
    q_error(p, p->iTok, p->eTok==TK_PHRASE ? "the phrase has no letters or digits to search for"
                                         : "this has no letters or digits to search for");
    return NULL;
  }
  /* A prefix is matched against the folded words before stemming: indexed
  ** as "=word" where that differs from the stem, else as the stem itself. */
  char *zRaw = p->bPrefix ? xasprintf("=%s", wFold.azPrim[wFold.n-1]) : NULL;
  char *azVar[8]; int nVar = 0;
  for(int iLang=0; iLang<2; iLang++){
    WordList w = {0};
    qtok_run(p->apStem[iLang], zText, p->nTok, collect_word, &w);
    for(int bAlt=0; bAlt<2; bAlt++){
      if( p->bPrefix ){
        add_variant(&w, bAlt, zRaw, 1, azVar, &nVar);
        add_variant(&w, bAlt, zRaw+1, 1, azVar, &nVar);
      }else{
        add_variant(&w, bAlt, NULL, 0, azVar, &nVar);
      }
    }
    wordlist_clear(&w);
  }
  free(zRaw);
  wordlist_clear(&wFold);
  Sb out = SB_INIT;
  if( nVar>1 ) sb_putc(&out, '(');
  for(int k=0; k<nVar; k++){
    if( k ) sb_puts(&out, " OR ");
    sb_puts(&out, azVar[k]);
    free(azVar[k]);
  }
  if( nVar>1 ) sb_putc(&out, ')');
  return sb_take(&out);
}

static char *q_or(QParse *p);

/* Operands joined by one operator, flat: "(A OP B OP C)" (one operand as
** it is), so that a long chain neither nests nor copies itself again for
** each term; FTS5 reads a chain of one operator left to right, as the
** grammar here does. xOperand parses one operand; NULL after an error. */
static char *q_chain(QParse *p, char *(*xOperand)(QParse*), int eOp, const char *zOp){
  char *z = xOperand(p);
  if( !z ) return NULL;
  Sb out = SB_INIT;
  int n = 1;
  for(;;){
    if( eOp==TK_AND ){
      if( p->eTok==TK_AND ) q_next(p);
      else if( p->eTok!=TK_WORD && p->eTok!=TK_PHRASE && p->eTok!=TK_LP ) break;
    }else if( p->eTok==eOp ){
      q_next(p);
    }else{
      break;
    }
    char *zR = xOperand(p);
    if( !zR ){ free(z); sb_free(&out); return NULL; }
    if( n++==1 ){ sb_putc(&out, '('); sb_puts(&out, z); free(z); z = NULL; }
    sb_printf(&out, " %s %s", zOp, zR);
    free(zR);
  }
  if( n==1 ) return z;
  sb_putc(&out, ')');
  return sb_take(&out);
}

static char *q_primary(QParse *p){
  if( p->eTok==TK_WORD || p->eTok==TK_PHRASE ){
    char *z = q_term(p);
    q_next(p);
    return z;
  }
  if( p->eTok==TK_LP ){
    int iOpen = p->iTok;
    /* Each ( recurses: the depth limit bounds the stack. */
    if( (size_t)p->nDepth >= limit_get(LIM_QUERY_DEPTH) ){
      char *zMsg = xasprintf("parentheses nested too deep: %s", limit_hint(LIM_QUERY_DEPTH));
      q_error(p, iOpen, zMsg);
      free(zMsg);
      return NULL;
    }
    p->nDepth++;
    q_next(p);
    char *z = q_or(p);
    p->nDepth--;
    if( !z ) return NULL;
    if( p->eTok!=TK_RP ){
      q_error(p, iOpen, "this ( is not closed");
      free(z);
      return NULL;
    }
    q_next(p);
    return z;
  }
  if( p->eTok==TK_END ) q_error(p, p->iTok, "a word or phrase is missing at the end");
  else if( p->eTok==TK_NOT ) q_error(p, p->iTok, "NOT needs a term before it (a NOT b)");
  else q_error(p, p->iTok, "a word or phrase is missing here");
  return NULL;
}

static char *q_not(QParse *p){ return q_chain(p, q_primary, TK_NOT, "NOT"); }
static char *q_and(QParse *p){ return q_chain(p, q_not, TK_AND, "AND"); }
static char *q_or(QParse *p){ return q_chain(p, q_and, TK_OR, "OR"); }

int qual_query_translate(const char *zQuery, char **pzMatch, char **pzErr){
  *pzMatch = NULL;
  *pzErr = NULL;
  size_t nQuery = strlen(zQuery);
  if( nQuery > limit_get(LIM_QUERY_LENGTH) ){
    *pzErr = xasprintf("the query is too long (%zu bytes): %s", nQuery, limit_hint(LIM_QUERY_LENGTH));
    return 1;
  }
  QParse q;
  memset(&q, 0, sizeof(q));
  q.z = zQuery;
  q.pFold = qtok_new(NULL);
  q.apStem[0] = qtok_new("en");
  q.apStem[1] = qtok_new("fr");
  q_next(&q);
  char *z = NULL;
  if( q.eTok==TK_END && !q.zErr ) q_error(&q, 0, "the query is empty");
  else z = q_or(&q);
  if( z && q.eTok!=TK_END ){
    q_error(&q, q.iTok, q.eTok==TK_RP ? "this ) has no matching (" : "unexpected text here");
  }
  qtok_free(q.pFold);
  qtok_free(q.apStem[0]);
  qtok_free(q.apStem[1]);
  if( q.zErr ){
    free(z);
    *pzErr = q.zErr;
    return 1;
  }
  *pzMatch = z;
  return 0;
}

/*
** query.c: parse the search query language into a query tree (see
** query.h, util/textquery.h). A recursive-descent parser over a small
** lexer; each query word goes through the same word rule as the indexed
** text (tokenize.h), once per stemming language, and the results are the
** term's alternative forms.
*/
#include <stdlib.h>
#include <string.h>
#include "qual/query.h"
#include "qual/tokenize.h"
#include "util/limits.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/i18n.h"

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
  p->zErr = xasprintf(_("query, column %zu: %s"), iCol, zMsg);
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
      q_error(p, p->i, _("a phrase opened with \" is not closed"));
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

/* Add to term pTerm the form of words w (bAlt: alternative forms where
** there are some; zLast: a replacement for the last word, or NULL). */
static void add_form(TqNode *pTerm, const WordList *w, int bAlt, const char *zLast, int bPrefix){
  const char **az = xmalloc(sizeof(char*)*(size_t)(w->n ? w->n : 1));
  for(int i=0; i<w->n; i++){
    az[i] = (bAlt && w->azAlt[i]) ? w->azAlt[i] : w->azPrim[i];
    if( zLast && i==w->n-1 ) az[i] = zLast;
  }
  tq_term_add_form(pTerm, az, w->n, bPrefix);
  free(az);
}

/* The term node of the current word or phrase token, or NULL after an
** error. Its forms: for English and for French, the stems and the
** alternative forms; for a prefix, the last word folded, unstemmed. */
static TqNode *q_term(QParse *p){
  const char *zText = p->z + p->iTok;
  WordList wFold = {0};
  qtok_run(p->pFold, zText, p->nTok, collect_word, &wFold);
  if( wFold.n==0 ){
    q_error(p, p->iTok, p->eTok==TK_PHRASE ? _("the phrase has no letters or digits to search for")
                                         : _("this has no letters or digits to search for"));
    return NULL;
  }
  char *zAsWritten = xasprintf("%s%.*s%s%s", p->eTok==TK_PHRASE ? "\"" : "", p->nTok, zText,
                               p->eTok==TK_PHRASE ? "\"" : "", p->bPrefix ? "*" : "");
  TqNode *pTerm = tq_term_new(zAsWritten, (int)strlen(zAsWritten));
  free(zAsWritten);
  const char *zRaw = p->bPrefix ? wFold.azPrim[wFold.n-1] : NULL;
  for(int iLang=0; iLang<2; iLang++){
    WordList w = {0};
    qtok_run(p->apStem[iLang], zText, p->nTok, collect_word, &w);
    for(int bAlt=0; bAlt<2; bAlt++) add_form(pTerm, &w, bAlt, zRaw, p->bPrefix);
    wordlist_clear(&w);
  }
  wordlist_clear(&wFold);
  return pTerm;
}

static TqNode *q_or(QParse *p);

/* Operands joined by one operator, as one node with every operand (one
** operand as it is), so that a long chain does not nest; the chain reads
** left to right, as the grammar here does. xOperand parses one operand;
** NULL after an error. */
static TqNode *q_chain(QParse *p, TqNode *(*xOperand)(QParse*), int eTok, TqOp eOp){
  TqNode *pFirst = xOperand(p);
  if( !pFirst ) return NULL;
  TqNode *pOp = NULL;
  for(;;){
    if( eTok==TK_AND ){
      if( p->eTok==TK_AND ) q_next(p);
      else if( p->eTok!=TK_WORD && p->eTok!=TK_PHRASE && p->eTok!=TK_LP ) break;
    }else if( p->eTok==eTok ){
      q_next(p);
    }else{
      break;
    }
    TqNode *pR = xOperand(p);
    if( !pR ){ tq_free(pOp ? pOp : pFirst); return NULL; }
    if( !pOp ){ pOp = tq_op_new(eOp); tq_op_add(pOp, pFirst); }
    tq_op_add(pOp, pR);
  }
  return pOp ? pOp : pFirst;
}

static TqNode *q_primary(QParse *p){
  if( p->eTok==TK_WORD || p->eTok==TK_PHRASE ){
    TqNode *z = q_term(p);
    q_next(p);
    return z;
  }
  if( p->eTok==TK_LP ){
    int iOpen = p->iTok;
    /* Each ( recurses: the depth limit bounds the stack. */
    if( (size_t)p->nDepth >= limit_get(LIM_QUERY_DEPTH) ){
      char *zMsg = xasprintf(_("parentheses nested too deep: %s"), limit_hint(LIM_QUERY_DEPTH));
      q_error(p, iOpen, zMsg);
      free(zMsg);
      return NULL;
    }
    p->nDepth++;
    q_next(p);
    TqNode *z = q_or(p);
    p->nDepth--;
    if( !z ) return NULL;
    if( p->eTok!=TK_RP ){
      q_error(p, iOpen, _("this ( is not closed"));
      tq_free(z);
      return NULL;
    }
    q_next(p);
    return z;
  }
  if( p->eTok==TK_END ) q_error(p, p->iTok, _("a word or phrase is missing at the end"));
  else if( p->eTok==TK_NOT ) q_error(p, p->iTok, _("NOT needs a term before it (a NOT b)"));
  else q_error(p, p->iTok, _("a word or phrase is missing here"));
  return NULL;
}

static TqNode *q_not(QParse *p){ return q_chain(p, q_primary, TK_NOT, TQ_NOT); }
static TqNode *q_and(QParse *p){ return q_chain(p, q_not, TK_AND, TQ_AND); }
static TqNode *q_or(QParse *p){ return q_chain(p, q_and, TK_OR, TQ_OR); }

int qual_query_parse(const char *zQuery, TqNode **ppQuery, char **pzErr){
  *ppQuery = NULL;
  *pzErr = NULL;
  size_t nQuery = strlen(zQuery);
  if( nQuery > limit_get(LIM_QUERY_LENGTH) ){
    *pzErr = xasprintf(_("the query is too long (%zu bytes): %s"), nQuery, limit_hint(LIM_QUERY_LENGTH));
    return 1;
  }
  QParse q;
  memset(&q, 0, sizeof(q));
  q.z = zQuery;
  q.pFold = qtok_new(NULL);
  q.apStem[0] = qtok_new("en");
  q.apStem[1] = qtok_new("fr");
  q_next(&q);
  TqNode *z = NULL;
  if( q.eTok==TK_END && !q.zErr ) q_error(&q, 0, _("the query is empty"));
  else z = q_or(&q);
  if( z && q.eTok!=TK_END ){
    q_error(&q, q.iTok, q.eTok==TK_RP ? _("this ) has no matching (") : _("unexpected text here"));
  }
  qtok_free(q.pFold);
  qtok_free(q.apStem[0]);
  qtok_free(q.apStem[1]);
  if( q.zErr ){
    tq_free(z);
    *pzErr = q.zErr;
    return 1;
  }
  *ppQuery = z;
  return 0;
}

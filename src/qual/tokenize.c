/*
** tokenize.c: words, folding and Snowball stemming (see tokenize.h).
**
** Speed matters (the search index of a large corpus is built through this
** file): ASCII takes a fast path, other code points go through utf8proc one
** at a time (the folded forms of those below U+0300 are kept once made),
** and because word frequencies are skewed (a few hundred words make most of
** any text) two direct-mapped caches keep results: the word cache maps a
** word as written to all its forms (stem, folded word, alternative), so a
** repeated word costs one lookup; the stem cache maps folded words to stems
** for the words the word cache does not hold. The caches (4 MB) are made
** only once a tokenizer has seen QTOK_CACHE_AFTER words, so that the
** tokenizers of a query or a rule, which see a few words, cost nothing.
*/
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <utf8proc.h>
#include <libstemmer.h>
#include "qual/tokenize.h"
#include "util/xalloc.h"

#define QTOK_MAXWORD 256         /* folded bytes kept per word; the rest is cut */
#define QTOK_CACHE 16384         /* stem cache slots (a power of two) */
#define QTOK_CACHEKEY 24         /* words up to this many bytes are cached */
#define QTOK_CACHE_AFTER 512     /* words made before the caches are allocated */

typedef struct StemSlot {
  unsigned char nKey, nStem;
  char zKey[QTOK_CACHEKEY];
  char zStem[QTOK_CACHEKEY];
} StemSlot;

/* The forms of a word as qtok_run() reports them (pointers into the
** tokenizer or its word cache; n 0: no such form). */
typedef struct WordSlot {
  const char *pStem, *pRaw, *pAlt;
  int nStem, nRaw, nAlt;
} WordSlot;

/* The word cache: forms by the word as written, so a repeated word is
** neither folded nor stemmed again. */
#define QTOK_WORDCACHE 32768
typedef struct WordCacheSlot {
  unsigned char nKey, nStem, nRaw, nAlt;
  char zKey[QTOK_CACHEKEY], zStem[QTOK_CACHEKEY], zRaw[QTOK_CACHEKEY], zAlt[QTOK_CACHEKEY];
} WordCacheSlot;

/* The folded form of a code point below QTOK_FOLDMAX, kept once computed. */
#define QTOK_FOLDMAX 0x300
typedef struct FoldSlot { signed char n; char z[7]; } FoldSlot;   /* n<0: not yet */

struct QualTok {
  struct sb_stemmer *pStem;      /* NULL: fold only */
  int bAlt;                      /* make alternative forms (not for English) */
  int bRaw;                      /* report folded unstemmed forms too */
  StemSlot *aCache;              /* QTOK_CACHE slots, or NULL (without stemmer, or not yet) */
  int nMade;                     /* words folded and stemmed (not from the word cache) */
  FoldSlot aFold[QTOK_FOLDMAX];  /* folded forms of code points 0x80.. */
  WordCacheSlot *aWord;          /* QTOK_WORDCACHE slots, or NULL (not yet) */
  char zRaw[QTOK_MAXWORD+8];     /* the folded word when it differs from its stem */
  char zWord[QTOK_MAXWORD+8];    /* the folded word being built */
  char zOut[QTOK_MAXWORD+8];     /* the last stem returned by qtok_stem() */
  char zPrim[QTOK_MAXWORD+8];    /* the primary form while the alternative is made */
};

/* Snowball names for the ISO codes synergist records on sources. */
static const char *snowball_name(const char *zLang){
  static const char *const azMap[][2] = {
    {"en","english"}, {"fr","french"}, {"de","german"}, {"es","spanish"},
    {"it","italian"}, {"nl","dutch"}, {"pt","portuguese"},
  };
  for(size_t i=0; i<sizeof(azMap)/sizeof(azMap[0]); i++){
    if( strcmp(zLang, azMap[i][0])==0 ) return azMap[i][1];
  }
  return zLang;
}

QualTok *qtok_new(const char *zLang){
  QualTok *p = xcalloc(1, sizeof(QualTok));
  if( zLang && zLang[0] && strcmp(zLang, "none")!=0 ){
    p->pStem = sb_stemmer_new(snowball_name(zLang), "UTF_8");
    /* The English stemmer ignores accents; its alternative forms are noise. */
    p->bAlt = p->pStem && strcmp(snowball_name(zLang), "english")!=0;
  }
  for(int i=0; i<QTOK_FOLDMAX; i++) p->aFold[i].n = -1;
  return p;
}

void qtok_free(QualTok *p){
  if( !p ) return;
  if( p->pStem ) sb_stemmer_delete(p->pStem);
  free(p->aCache);
  free(p->aWord);
  free(p);
}

void qtok_want_raw(QualTok *p, int bRaw){ p->bRaw = bRaw; }

/* Hash of z[0..n) for the caches: eight bytes at a time (words are short,
** so a byte-at-a-time hash would cost more than the lookup it serves). */
static unsigned hash_word(const char *z, int n){
  uint64_t h = (uint64_t)(unsigned)n * 0x9E3779B97F4A7C15ull;
  while( n>=8 ){
    uint64_t v;
    memcpy(&v, z, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    z += 8; n -= 8;
  }
  uint64_t v = 0;
  for(int i=0; i<n; i++) v |= (uint64_t)(unsigned char)z[i] << (8*i);
  h = (h ^ v) * 0xFF51AFD7ED558CCDull;
  return (unsigned)(h ^ (h >> 29));
}

const char *qtok_stem(QualTok *p, const char *zWord, int nWord, int *pnOut){
  if( nWord>QTOK_MAXWORD ) nWord = QTOK_MAXWORD;
  int bDigits = 1;
  for(int i=0; i<nWord && bDigits; i++) bDigits = zWord[i]>='0' && zWord[i]<='9';
  if( !p->pStem || bDigits ){
    memmove(p->zOut, zWord, (size_t)nWord);
    p->zOut[nWord] = 0;
    *pnOut = nWord;
    return p->zOut;
  }
  StemSlot *pSlot = 0;
  if( p->aCache && nWord<QTOK_CACHEKEY ){
    pSlot = &p->aCache[hash_word(zWord, nWord) & (QTOK_CACHE-1)];
    if( pSlot->nKey==nWord && memcmp(pSlot->zKey, zWord, (size_t)nWord)==0 ){
      *pnOut = pSlot->nStem;
      return pSlot->zStem;
    }
  }
  const sb_symbol *zStem = sb_stemmer_stem(p->pStem, (const sb_symbol*)zWord, nWord);
  int nStem = zStem ? sb_stemmer_length(p->pStem) : nWord;
  if( !zStem ) zStem = (const sb_symbol*)zWord;
  if( nStem>QTOK_MAXWORD ) nStem = QTOK_MAXWORD;
  memmove(p->zOut, zStem, (size_t)nStem);
  p->zOut[nStem] = 0;
  if( pSlot && nStem<QTOK_CACHEKEY ){
    pSlot->nKey = (unsigned char)nWord;
    memcpy(pSlot->zKey, zWord, (size_t)nWord);
    pSlot->nStem = (unsigned char)nStem;
    memcpy(pSlot->zStem, p->zOut, (size_t)nStem+1);
  }
  *pnOut = nStem;
  return p->zOut;
}

/* Is code point c part of a word (letter, mark, digit)? */
static int is_word_cp(int32_t c){
  if( c<0x80 ){
    return (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9');
  }
  utf8proc_category_t k = utf8proc_category(c);
  return k>=UTF8PROC_CATEGORY_LU && k<=UTF8PROC_CATEGORY_NO;
}

/* Append the folded form of code point c to the word being built. */
static void fold_append(QualTok *p, int *pn, int32_t c){
  int n = *pn;
  if( n>=QTOK_MAXWORD ) return;
  if( c<0x80 ){
    p->zWord[n++] = (char)((c>='A' && c<='Z') ? c+32 : c);
  }else if( c==0x153 || c==0x152 || c==0xE6 || c==0xC6 ){
    p->zWord[n++] = (c==0x153 || c==0x152) ? 'o' : 'a';
    p->zWord[n++] = 'e';
  }else{
    FoldSlot *f = c<QTOK_FOLDMAX ? &p->aFold[c] : NULL;
    if( f && f->n>=0 && n+f->n<=QTOK_MAXWORD ){
      memcpy(p->zWord+n, f->z, (size_t)f->n);
      *pn = n + f->n;
      return;
    }
    int n0 = n;
    utf8proc_int32_t aOut[18];
    utf8proc_ssize_t k = utf8proc_decompose_char(c, aOut, 18,
        UTF8PROC_DECOMPOSE|UTF8PROC_COMPAT|UTF8PROC_CASEFOLD|UTF8PROC_STRIPMARK, 0);
    if( k<0 || k>18 ){ aOut[0] = c; k = 1; }
    for(utf8proc_ssize_t i=0; i<k && n<QTOK_MAXWORD; i++){
      n += (int)utf8proc_encode_char(aOut[i], (utf8proc_uint8_t*)p->zWord+n);
    }
    if( f && n<QTOK_MAXWORD && n-n0<=(int)sizeof(f->z) ){
      memcpy(f->z, p->zWord+n0, (size_t)(n-n0));
      f->n = (signed char)(n-n0);
    }
  }
  *pn = n;
}

/* Decode the code point at z[i..n): its value in *pc, its length returned
** (an invalid byte decodes as -1 of length 1). */
static int decode_cp(const unsigned char *z, int i, int n, int32_t *pc){
  if( z[i]<0x80 ){ *pc = z[i]; return 1; }
  utf8proc_int32_t c;
  utf8proc_ssize_t k = utf8proc_iterate(z+i, n-i, &c);
  if( k<=0 ){ *pc = -1; return 1; }
  *pc = c;
  return (int)k;
}

/* The alternative form of the word zIn[0..n) (see tokenize.h) into
** p->zWord; returns its length, or -1 when there is none. */
static int alt_form(QualTok *p, const char *zIn, int n){
  char *zCopy = xstrndup(zIn, (size_t)n);
  utf8proc_uint8_t *zLow = 0;
  utf8proc_ssize_t nLow = utf8proc_map((const utf8proc_uint8_t*)zCopy, 0, &zLow,
      UTF8PROC_NULLTERM|UTF8PROC_STABLE|UTF8PROC_COMPOSE|UTF8PROC_COMPAT|UTF8PROC_CASEFOLD);
  free(zCopy);
  if( nLow<=0 ){ free(zLow); return -1; }
  int nStem;
  const char *zStem = qtok_stem(p, (const char*)zLow, (int)(nLow>QTOK_MAXWORD ? QTOK_MAXWORD : nLow), &nStem);
  int nWord = 0, i = 0;
  while( i<nStem ){
    int32_t c;
    i += decode_cp((const unsigned char*)zStem, i, nStem, &c);
    if( c>=0 ) fold_append(p, &nWord, c);
  }
  free(zLow);
  return nWord;
}

/* Fill w with the forms of the word zIn[0..n) (bWide: it has non-ASCII
** code points): fold, stem, alternative. */
static void word_make(QualTok *p, const char *zIn, int n, int bWide, WordSlot *w){
  int nWord = 0, i = 0;
  while( i<n ){
    int32_t c;
    i += decode_cp((const unsigned char*)zIn, i, n, &c);
    if( c>=0 ) fold_append(p, &nWord, c);
  }
  w->pStem = w->pRaw = w->pAlt = "";
  w->nStem = w->nRaw = w->nAlt = 0;
  if( nWord==0 ) return;              /* marks only: nothing to index */
  int nTerm;
  const char *zTerm = qtok_stem(p, p->zWord, nWord, &nTerm);
  memcpy(p->zPrim, zTerm, (size_t)nTerm);
  w->pStem = p->zPrim; w->nStem = nTerm;
  if( nWord!=nTerm || memcmp(p->zWord, p->zPrim, (size_t)nTerm)!=0 ){
    memcpy(p->zRaw, p->zWord, (size_t)nWord);
    w->pRaw = p->zRaw; w->nRaw = nWord;
  }
  if( bWide && p->bAlt ){
    int nAlt = alt_form(p, zIn, n);
    if( nAlt>0 && (nAlt!=nTerm || memcmp(p->zWord, p->zPrim, (size_t)nTerm)!=0) ){
      w->pAlt = p->zWord; w->nAlt = nAlt;
    }
  }
}

/* The forms of word zIn[0..n): from the word cache, or made and kept there. */
static void word_forms(QualTok *p, const char *zIn, int n, int bWide, WordSlot *w){
  WordCacheSlot *pSlot = 0;
  if( !p->aWord && p->nMade>=QTOK_CACHE_AFTER ){
    p->aWord = xcalloc(QTOK_WORDCACHE, sizeof(WordCacheSlot));
    if( p->pStem ) p->aCache = xcalloc(QTOK_CACHE, sizeof(StemSlot));
  }
  if( p->aWord && n<QTOK_CACHEKEY ){
    pSlot = &p->aWord[hash_word(zIn, n) & (QTOK_WORDCACHE-1)];
    if( pSlot->nKey==n && memcmp(pSlot->zKey, zIn, (size_t)n)==0 ){
      w->pStem = pSlot->zStem; w->nStem = pSlot->nStem;
      w->pRaw = pSlot->zRaw; w->nRaw = pSlot->nRaw;
      w->pAlt = pSlot->zAlt; w->nAlt = pSlot->nAlt;
      return;
    }
  }
  word_make(p, zIn, n, bWide, w);
  p->nMade++;
  if( pSlot && w->nStem<QTOK_CACHEKEY && w->nRaw<QTOK_CACHEKEY && w->nAlt<QTOK_CACHEKEY ){
    pSlot->nKey = (unsigned char)n;
    memcpy(pSlot->zKey, zIn, (size_t)n);
    pSlot->nStem = (unsigned char)w->nStem; memcpy(pSlot->zStem, w->pStem, (size_t)w->nStem);
    pSlot->nRaw = (unsigned char)w->nRaw; memcpy(pSlot->zRaw, w->pRaw, (size_t)w->nRaw);
    pSlot->nAlt = (unsigned char)w->nAlt; memcpy(pSlot->zAlt, w->pAlt, (size_t)w->nAlt);
  }
}

/* ASCII bytes that are word characters (letters and digits). */
static const unsigned char aAsciiWord[128] = {
  0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 1,1,1,1,1,1,1,1, 1,1,0,0,0,0,0,0,
  0,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,0,0,0,0,0,
  0,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,0,0,0,0,0,
};

int qtok_run(QualTok *p, const char *zIn, int n, QualTokFn xTok, void *pArg){
  const unsigned char *z = (const unsigned char*)zIn;
  int i = 0;
  while( i<n ){
    int32_t c;
    if( z[i]<0x80 ){
      if( !aAsciiWord[z[i]] ){ i++; continue; }
    }else{
      int k = decode_cp(z, i, n, &c);
      if( c<0 || !is_word_cp(c) ){ i += k; continue; }
    }
    int iStart = i, bWide = 0;
    while( i<n ){
      if( z[i]<0x80 ){
        if( !aAsciiWord[z[i]] ) break;
        i++;
        continue;
      }
      int k = decode_cp(z, i, n, &c);
      if( c<0 || !is_word_cp(c) ) break;
      bWide = 1;
      i += k;
    }
    WordSlot w;
    word_forms(p, zIn+iStart, i-iStart, bWide, &w);
    if( w.nStem==0 ) continue;
    int rc = xTok(pArg, w.pStem, w.nStem, iStart, i, QTOK_STEM);
    if( rc==0 && p->bRaw && w.nRaw>0 ) rc = xTok(pArg, w.pRaw, w.nRaw, iStart, i, QTOK_RAW);
    if( rc==0 && w.nAlt>0 ) rc = xTok(pArg, w.pAlt, w.nAlt, iStart, i, QTOK_ALT);
    if( rc ) return rc;
  }
  return 0;
}

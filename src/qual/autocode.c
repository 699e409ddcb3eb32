/*
** autocode.c: compiling and matching auto-coding rules (see autocode.h).
**
** Word and phrase rules become "units": sequences of word slots, each slot
** the set of forms a text word may take to fill it (its English and French
** stems and French alternative form, tokenize.h; for a prefix slot, strings
** the word's form must begin with). Units are found through a hash from
** the forms of their first slot; units starting with a prefix slot are
** tried at every word. Regular expressions are PCRE2 with JIT.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pcre2.h>
#include "qual/autocode.h"
#include "util/paragraph.h"
#include "qual/tokenize.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define AC_MAXFORM 6

typedef struct AcSlot { int nForm; char *azForm[AC_MAXFORM]; int bPrefix; } AcSlot;
typedef struct AcUnit { int iRule; int nSlot; AcSlot *aSlot; int iStamp; } AcUnit;
typedef struct AcLink { int iUnit; int iNext; } AcLink;
typedef struct AcHash { char *zKey; int iFirst; } AcHash;

typedef struct AcTok { int iPrim, nPrim, iAlt, nAlt, iRaw, nRaw, bS, bE; } AcTok;

struct AcSet {
  int nRule; AcRule *aRule;
  pcre2_code **apRe;            /* per rule; NULL unless AC_REGEX */
  int nUnit; AcUnit *aUnit;
  int nHash; AcHash *aHash;     /* open addressing, nHash a power of two */
  int nLink; AcLink *aLink;
  int nPrefix; int *aPrefix;    /* units whose first slot is a prefix */
  QualTok *apTok[3];            /* en, fr, other (made on use) */
  char azLang[3][16];
  /* per text */
  int64_t *aLastS, *aLastE;     /* last range reported per rule */
};

int ac_kind_parse(const char *z){
  if( strcmp(z, "words")==0 ) return AC_WORDS;
  if( strcmp(z, "phrase")==0 ) return AC_PHRASE;
  if( strcmp(z, "regex")==0 ) return AC_REGEX;
  return -1;
}
const char *ac_kind_name(int e){
  return e==AC_WORDS ? "words" : e==AC_PHRASE ? "phrase" : "regex";
}

static pcre2_code *re_compile(const char *zPattern, char **pzErr){
  int iErr; PCRE2_SIZE iOff;
  pcre2_code *pRe = pcre2_compile((PCRE2_SPTR)zPattern, PCRE2_ZERO_TERMINATED,
                                  PCRE2_UTF|PCRE2_UCP|PCRE2_MULTILINE, &iErr, &iOff, NULL);
  if( !pRe ){
    PCRE2_UCHAR zMsg[256];
    pcre2_get_error_message(iErr, zMsg, sizeof(zMsg));
    *pzErr = xasprintf("regular expression, column %zu: %s",
                       utf8_ncp(zPattern, iOff)+1, (const char*)zMsg);
    return NULL;
  }
  pcre2_jit_compile(pRe, PCRE2_JIT_COMPLETE);   /* falls back to the interpreter */
  return pRe;
}

typedef struct WordForms { int n, nAlloc; AcSlot *a; int iWord; } WordForms;

/* Collect forms: the first tokenizer run creates the slots, later runs add forms. */
static int add_form(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  (void)iStart; (void)iEnd;
  WordForms *w = pArg;
  if( eForm==QTOK_RAW ) return 0;
  if( eForm==QTOK_STEM ) w->iWord++;
  int i = w->iWord-1;
  if( i>=w->n ){
    if( w->n>=w->nAlloc ){ w->nAlloc = w->nAlloc*2+4; w->a = xrealloc(w->a, sizeof(AcSlot)*(size_t)w->nAlloc); }
    memset(&w->a[w->n], 0, sizeof(AcSlot));
    w->n++;
  }
  AcSlot *s = &w->a[i];
  for(int k=0; k<s->nForm; k++){
    if( (int)strlen(s->azForm[k])==nTerm && memcmp(s->azForm[k], zTerm, (size_t)nTerm)==0 ) return 0;
  }
  if( s->nForm<AC_MAXFORM ) s->azForm[s->nForm++] = xstrndup(zTerm, (size_t)nTerm);
  return 0;
}

/* The slots of the words of z[0..n) (bPrefix: the last is a prefix, which
** keeps only its folded form, the first tokenizer's: apTok[0] folds only). */
static void word_slots(QualTok **apTok, const char *z, int n, int bPrefix, WordForms *w){
  memset(w, 0, sizeof(*w));
  for(int i=0; i<3; i++){
    w->iWord = 0;
    qtok_run(apTok[i], z, n, add_form, w);
  }
  if( bPrefix && w->n>0 ){
    AcSlot *s = &w->a[w->n-1];
    s->bPrefix = 1;
    while( s->nForm>1 ) free(s->azForm[--s->nForm]);
  }
}

static void slots_free(AcSlot *a, int n){
  for(int i=0; i<n; i++) for(int k=0; k<a[i].nForm; k++) free(a[i].azForm[k]);
  free(a);
}

int ac_check(int eKind, const char *zPattern, char **pzErr){
  *pzErr = NULL;
  if( eKind==AC_REGEX ){
    pcre2_code *pRe = re_compile(zPattern, pzErr);
    if( !pRe ) return 1;
    pcre2_code_free(pRe);
    return 0;
  }
  QualTok *pFold = qtok_new(NULL);
  QualTok *ap[3] = { pFold, pFold, pFold };
  WordForms w;
  word_slots(ap, zPattern, (int)strlen(zPattern), 0, &w);
  int n = w.n;
  slots_free(w.a, w.n);
  qtok_free(pFold);
  if( n==0 ){
    *pzErr = xstrdup("the pattern has no letters or digits");
    return 1;
  }
  return 0;
}

static unsigned ac_hash(const char *z, int n){
  unsigned h = 2166136261u;
  for(int i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

/* The hash slot for key z[0..n): its entry, or the empty entry to fill. */
static AcHash *hash_find(AcSet *p, const char *z, int n){
  unsigned i = ac_hash(z, n) & (unsigned)(p->nHash-1);
  while( p->aHash[i].zKey ){
    if( (int)strlen(p->aHash[i].zKey)==n && memcmp(p->aHash[i].zKey, z, (size_t)n)==0 ) break;
    i = (i+1) & (unsigned)(p->nHash-1);
  }
  return &p->aHash[i];
}

static void add_unit(AcSet *p, int iRule, WordForms *w){
  int iUnit = p->nUnit++;
  p->aUnit = xrealloc(p->aUnit, sizeof(AcUnit)*(size_t)p->nUnit);
  p->aUnit[iUnit].iRule = iRule;
  p->aUnit[iUnit].nSlot = w->n;
  p->aUnit[iUnit].aSlot = w->a;
  p->aUnit[iUnit].iStamp = -1;
  w->a = NULL;
}

static QualTok *tok_for(AcSet *p, const char *zLang){
  int i = strcmp(zLang, "en")==0 ? 0 : strcmp(zLang, "fr")==0 ? 1 : 2;
  if( i==2 && p->apTok[2] && strcmp(p->azLang[2], zLang)!=0 ){ qtok_free(p->apTok[2]); p->apTok[2] = NULL; }
  if( !p->apTok[i] ){
    p->apTok[i] = qtok_new(zLang);
    qtok_want_raw(p->apTok[i], 1);
    snprintf(p->azLang[i], sizeof(p->azLang[i]), "%s", zLang);
  }
  return p->apTok[i];
}

AcSet *ac_compile(const AcRule *aRule, int nRule, char **pzErr){
  *pzErr = NULL;
  AcSet *p = xcalloc(1, sizeof(AcSet));
  p->nRule = nRule;
  p->aRule = xcalloc((size_t)nRule+1, sizeof(AcRule));
  memcpy(p->aRule, aRule, sizeof(AcRule)*(size_t)nRule);
  p->apRe = xcalloc((size_t)nRule+1, sizeof(pcre2_code*));
  p->aLastS = xcalloc((size_t)nRule+1, sizeof(int64_t));
  p->aLastE = xcalloc((size_t)nRule+1, sizeof(int64_t));
  QualTok *apTok[3] = { qtok_new(NULL), tok_for(p, "en"), tok_for(p, "fr") };
  for(int r=0; r<nRule; r++){
    const char *z = aRule[r].zPattern;
    if( aRule[r].eKind==AC_REGEX ){
      char *zErr = 0;
      p->apRe[r] = re_compile(z, &zErr);
      if( !p->apRe[r] ){
        *pzErr = xasprintf("rule %d: %s", r+1, zErr);
        free(zErr);
        qtok_free(apTok[0]);
        ac_free(p);
        return NULL;
      }
    }else if( aRule[r].eKind==AC_PHRASE ){
      int n = (int)strlen(z);
      int bPrefix = n>0 && z[n-1]=='*';
      WordForms w;
      word_slots(apTok, z, n, bPrefix, &w);
      if( w.n ) add_unit(p, r, &w); else slots_free(w.a, 0);
    }else{
      /* Each space-separated word is its own unit. */
      const char *zW = z;
      while( *zW ){
        while( *zW==' ' ) zW++;
        int n = (int)strcspn(zW, " ");
        if( n==0 ) break;
        WordForms w;
        word_slots(apTok, zW, n, zW[n-1]=='*', &w);
        if( w.n ) add_unit(p, r, &w); else slots_free(w.a, 0);
        zW += n;
      }
    }
  }
  qtok_free(apTok[0]);
  /* The hash of first-slot forms. */
  int nForm = 0;
  for(int u=0; u<p->nUnit; u++) nForm += p->aUnit[u].aSlot[0].nForm;
  p->nHash = 16;
  while( p->nHash < 2*nForm+2 ) p->nHash *= 2;
  p->aHash = xcalloc((size_t)p->nHash, sizeof(AcHash));
  p->aLink = xcalloc((size_t)nForm+1, sizeof(AcLink));
  p->aPrefix = xcalloc((size_t)p->nUnit+1, sizeof(int));
  for(int u=0; u<p->nUnit; u++){
    AcSlot *s = &p->aUnit[u].aSlot[0];
    if( s->bPrefix && p->aUnit[u].nSlot==1 ){ p->aPrefix[p->nPrefix++] = u; continue; }
    for(int k=0; k<s->nForm; k++){
      AcHash *h = hash_find(p, s->azForm[k], (int)strlen(s->azForm[k]));
      if( !h->zKey ){ h->zKey = s->azForm[k]; h->iFirst = -1; }
      p->aLink[p->nLink].iUnit = u;
      p->aLink[p->nLink].iNext = h->iFirst;
      h->iFirst = p->nLink++;
    }
  }
  return p;
}

void ac_free(AcSet *p){
  if( !p ) return;
  for(int r=0; r<p->nRule; r++) if( p->apRe[r] ) pcre2_code_free(p->apRe[r]);
  for(int u=0; u<p->nUnit; u++) slots_free(p->aUnit[u].aSlot, p->aUnit[u].nSlot);
  for(int i=0; i<3; i++) qtok_free(p->apTok[i]);
  free(p->aUnit); free(p->aHash); free(p->aLink); free(p->aPrefix);
  free(p->apRe); free(p->aRule); free(p->aLastS); free(p->aLastE);
  free(p);
}

/* ---- matching ---- */

typedef struct AcText {
  AcSet *p;
  const char *z;
  Sb arena;                      /* word forms, NUL-separated */
  int nTok, nTokAlloc; AcTok *aTok;
  QualRange *aPara; int nPara;
  AcHitFn xHit; void *pArg;
  size_t nByte;                  /* strlen(z) */
  int64_t *aBlockCp;             /* code points before each CP_BLOCK bytes, or NULL */
} AcText;

#define CP_BLOCK 256

/* The code point offset of byte iByte of the text, for matches found in
** any order (the regular expressions each go through the text): from a
** table of block offsets made on first use. */
static int64_t text_cp_at(AcText *t, size_t iByte){
  if( !t->aBlockCp ){
    size_t nBlock = t->nByte/CP_BLOCK + 1;
    t->aBlockCp = xmalloc(sizeof(int64_t)*nBlock);
    int64_t n = 0;
    for(size_t b=0; b<nBlock; b++){
      size_t e = (b+1)*CP_BLOCK < t->nByte ? (b+1)*CP_BLOCK : t->nByte;
      t->aBlockCp[b] = n;
      n += (int64_t)utf8_ncp(t->z + b*CP_BLOCK, e - b*CP_BLOCK);
    }
  }
  size_t b = iByte/CP_BLOCK;
  return t->aBlockCp[b] + (int64_t)utf8_ncp(t->z + b*CP_BLOCK, iByte - b*CP_BLOCK);
}

static int collect_tok(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  AcText *t = pArg;
  int iAt = (int)t->arena.n;
  sb_append(&t->arena, zTerm, (size_t)nTerm);
  sb_putc(&t->arena, 0);
  if( eForm==QTOK_ALT ){
    t->aTok[t->nTok-1].iAlt = iAt;
    t->aTok[t->nTok-1].nAlt = nTerm;
    return 0;
  }
  if( eForm==QTOK_RAW ){
    t->aTok[t->nTok-1].iRaw = iAt;
    t->aTok[t->nTok-1].nRaw = nTerm;
    return 0;
  }
  if( t->nTok>=t->nTokAlloc ){
    t->nTokAlloc = t->nTokAlloc*2 + 256;
    t->aTok = xrealloc(t->aTok, sizeof(AcTok)*(size_t)t->nTokAlloc);
  }
  AcTok *k = &t->aTok[t->nTok++];
  k->iPrim = iAt; k->nPrim = nTerm; k->iAlt = -1; k->nAlt = 0; k->iRaw = -1; k->nRaw = 0;
  k->bS = iStart; k->bE = iEnd;
  return 0;
}

/* Does word k fill slot s? A prefix slot looks at the word as written
** (folded: the raw form, or the stem when they are the same). */
static int slot_ok(const AcText *t, const AcSlot *s, const AcTok *k){
  if( s->bPrefix ){
    int i = k->iRaw>=0 ? k->iRaw : k->iPrim, n = k->iRaw>=0 ? k->nRaw : k->nPrim;
    int nF = (int)strlen(s->azForm[0]);
    return nF<=n && memcmp(t->arena.z + i, s->azForm[0], (size_t)nF)==0;
  }
  for(int f=0; f<2; f++){
    int i = f ? k->iAlt : k->iPrim, n = f ? k->nAlt : k->nPrim;
    if( i<0 ) continue;
    const char *z = t->arena.z + i;
    for(int j=0; j<s->nForm; j++){
      int nF = (int)strlen(s->azForm[j]);
      if( nF==n && memcmp(z, s->azForm[j], (size_t)n)==0 ) return 1;
    }
  }
  return 0;
}

/* Report rule iRule's match at code points [iS,iE) after applying its scope. */
static int report(AcText *t, int iRule, int64_t iS, int64_t iE){
  AcSet *p = t->p;
  if( p->aRule[iRule].eScope==AC_PARAGRAPH ){
    int k = paragraph_at(t->aPara, t->nPara, iS);
    if( k<0 && iE>iS ) k = paragraph_at(t->aPara, t->nPara, iE-1);
    if( k<0 ) return 0;
    iS = t->aPara[k].iStart; iE = t->aPara[k].iEnd;
  }
  if( p->aLastS[iRule]==iS && p->aLastE[iRule]==iE ) return 0;
  p->aLastS[iRule] = iS; p->aLastE[iRule] = iE;
  return t->xHit(t->pArg, iRule, iS, iE);
}

/* A running byte -> code point conversion over increasing offsets. */
typedef struct CpCursor { const char *z; size_t iByte; int64_t iCp; } CpCursor;
static int64_t cp_at(CpCursor *c, size_t iByte){
  if( iByte<c->iByte ){ c->iByte = 0; c->iCp = 0; }
  c->iCp += (int64_t)utf8_ncp(c->z + c->iByte, iByte - c->iByte);
  c->iByte = iByte;
  return c->iCp;
}

static int try_unit(AcText *t, int u, int i, CpCursor *pCur){
  AcUnit *pU = &t->p->aUnit[u];
  if( pU->iStamp==i ) return 0;
  pU->iStamp = i;
  if( i+pU->nSlot > t->nTok ) return 0;
  for(int s=0; s<pU->nSlot; s++) if( !slot_ok(t, &pU->aSlot[s], &t->aTok[i+s]) ) return 0;
  const AcTok *a = &t->aTok[i], *b = &t->aTok[i+pU->nSlot-1];
  int64_t iS = cp_at(pCur, (size_t)a->bS);
  int64_t iE = iS + (int64_t)utf8_ncp(t->z + a->bS, (size_t)(b->bE - a->bS));
  return report(t, pU->iRule, iS, iE);
}

static int match_words(AcText *t, const char *zLang){
  AcSet *p = t->p;
  if( p->nUnit==0 ) return 0;
  qtok_run(tok_for(p, zLang), t->z, (int)strlen(t->z), collect_tok, t);
  for(int u=0; u<p->nUnit; u++) p->aUnit[u].iStamp = -1;
  CpCursor cur = { t->z, 0, 0 };
  for(int i=0; i<t->nTok; i++){
    const AcTok *k = &t->aTok[i];
    for(int f=0; f<2; f++){
      int iAt = f ? k->iAlt : k->iPrim, n = f ? k->nAlt : k->nPrim;
      if( iAt<0 ) continue;
      AcHash *h = hash_find(p, t->arena.z + iAt, n);
      if( !h->zKey ) continue;
      for(int l=h->iFirst; l>=0; l=p->aLink[l].iNext){
        int rc = try_unit(t, p->aLink[l].iUnit, i, &cur);
        if( rc ) return rc;
      }
    }
    for(int j=0; j<p->nPrefix; j++){
      int rc = try_unit(t, p->aPrefix[j], i, &cur);
      if( rc ) return rc;
    }
  }
  return 0;
}

static int match_regex(AcText *t, int iRule, uint32_t mOpt){
  pcre2_code *pRe = t->p->apRe[iRule];
  pcre2_match_data *pMd = pcre2_match_data_create_from_pattern(pRe, NULL);
  size_t n = t->nByte, iAt = 0;
  int rc = 0;
  while( iAt<=n ){
    int m = pcre2_match(pRe, (PCRE2_SPTR)t->z, n, iAt, mOpt, pMd, NULL);
    if( m<0 ) break;
    PCRE2_SIZE *aOv = pcre2_get_ovector_pointer(pMd);
    size_t bS = aOv[0], bE = aOv[1];
    if( bE>bS ){
      int64_t iS = text_cp_at(t, bS);
      int64_t iE = iS + (int64_t)utf8_ncp(t->z + bS, bE - bS);
      rc = report(t, iRule, iS, iE);
      if( rc ) break;
      iAt = bE;
    }else{
      /* An empty match: step over one code point. */
      iAt = bS+1;
      while( iAt<n && ((unsigned char)t->z[iAt] & 0xC0)==0x80 ) iAt++;
    }
  }
  pcre2_match_data_free(pMd);
  return rc;
}

int ac_match(AcSet *p, const char *zText, const char *zLang, AcHitFn xHit, void *pArg){
  AcText t;
  memset(&t, 0, sizeof(t));
  t.p = p; t.z = zText; t.xHit = xHit; t.pArg = pArg;
  t.nByte = strlen(zText);
  t.aPara = paragraph_split(zText, &t.nPara);
  for(int r=0; r<p->nRule; r++){ p->aLastS[r] = -1; p->aLastE[r] = -1; }
  int rc = match_words(&t, zLang ? zLang : "");
  /* PCRE2 checks the whole subject is UTF-8 on every call unless told it
  ** is: check once here instead (an invalid text is left to PCRE2, which
  ** then matches nothing, as before). */
  uint32_t mOpt = utf8_valid(zText, t.nByte, NULL) ? PCRE2_NO_UTF_CHECK : 0;
  for(int r=0; r<p->nRule && rc==0; r++){
    if( p->apRe[r] ) rc = match_regex(&t, r, mOpt);
  }
  sb_free(&t.arena);
  free(t.aTok);
  free(t.aPara);
  free(t.aBlockCp);
  return rc;
}

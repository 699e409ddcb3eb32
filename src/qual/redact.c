/*
** redact.c: the Redactor and the name rule (see redact.h). All terms are
** compiled into one PCRE2 pattern "(?<![\p{L}\p{N}])(?:(t1)|(t2)|...)(?![\p{L}\p{N}])",
** each term its own capturing group so that the group tells which
** replacement to use (parts of names inside "(?-i:...)", matched in their
** exact case); terms are sorted longest first, so alternation prefers them.
** A list too long for one pattern (PCRE2 limits a compiled pattern's size)
** is cut into several, in the same order: the first term found is the one
** that starts first, and at the same start the one of the earlier pattern.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "qual/redact.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* One compiled pattern: terms iFirst.. (group g is term iFirst+g-1), and
** its last search (redactor_next() reuses it while a text is walked on). */
typedef struct RedactPat {
  pcre2_code *pRe;
  pcre2_match_data *pMatch;
  int iFirst;
  const char *z; size_t n, iFrom;   /* the last search: z NULL when none */
  int bFound, iTerm; size_t iS, iE; /* its result */
} RedactPat;

struct Redactor {
  int n;                    /* terms compiled */
  char **azRepl;            /* replacement of each term, in pattern order */
  int nPat;
  RedactPat *aPat;          /* nPat patterns (none when n==0) */
};

/* Append term z to the pattern: letters and digits as they are, white space
** runs as \s+, everything else escaped. */
static void add_term(Sb *pPat, const char *z){
  while( *z ){
    unsigned char c = (unsigned char)*z;
    if( c==' ' || c=='\t' || c=='\n' || c=='\r' ){
      sb_puts(pPat, "\\s+");
      while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
      continue;
    }
    /* An apostrophe matches any apostrophe: "O'Neil" is also "O\u2019Neil". */
    if( c=='\'' || (c==0xE2 && (unsigned char)z[1]==0x80 && (unsigned char)z[2]==0x99)
     || (c==0xCA && (unsigned char)z[1]==0xBC) ){
      sb_puts(pPat, "['\\x{2019}\\x{2BC}]");
      z += c=='\'' ? 1 : c==0xE2 ? 3 : 2;
      continue;
    }
    if( c<0x80 && !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')) ){
      sb_putc(pPat, '\\');
    }
    sb_putc(pPat, (char)c);
    z++;
  }
}

/* ---- the name rule ---- */

/* Words of a name that are not replaced alone (compared in lower case,
** without a final period): titles, suffixes, and particles in any case
** ("Jean De La Fontaine" must not make every sentence-initial "La" a name;
** the full name is still replaced). */
static const char *const azNotName[] = {
  "dr", "dre", "mr", "mrs", "ms", "mx", "mme", "mlle", "prof", "pr",
  "sir", "dame", "jr", "sr", "ii", "iii", "iv",
  "de", "del", "della", "der", "des", "di", "du", "da", "das", "dos", "la", "le",
  "les", "van", "von", "den", "ten", "ter", "bin", "ben", "al", "el", "st", "ste",
  "saint", "sainte", "y",
};

static int is_letter(int32_t c){
  utf8proc_category_t k = utf8proc_category(c);
  return k>=UTF8PROC_CATEGORY_LU && k<=UTF8PROC_CATEGORY_LO;
}
static int is_upper(int32_t c){
  utf8proc_category_t k = utf8proc_category(c);
  return k==UTF8PROC_CATEGORY_LU || k==UTF8PROC_CATEGORY_LT;
}
/* Code points that separate the words of a name. */
static int is_name_sep(int32_t c){
  return utf8proc_category(c)==UTF8PROC_CATEGORY_ZS || c=='\t' || c=='\n' || c=='\r'
      || (c<0x80 && strchr(",;()[]\"/", (int)c)) || c==0x201C || c==0x201D || c==0xAB || c==0xBB;
}
static int is_hyphen(int32_t c){ return c=='-' || c==0x2010 || c==0x2011; }

/* The code points of z (at most nMax) into a; returns how many. */
static int decode_all(const char *z, int32_t *a, int nMax){
  int n = 0;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  while( *s && n<nMax ){
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, -1, &c);
    if( k<=0 ){ s++; continue; }
    a[n++] = c;
    s += k;
  }
  return n;
}

/* Forms of a name word. */
enum { FORM_AS_WRITTEN, FORM_TITLE, FORM_CAPITALS, FORM_LOWER };

/* UTF-8 of the word a[0..n) in form eForm: FORM_AS_WRITTEN, its first
** letter a capital; FORM_TITLE, a capital first and after a hyphen or
** apostrophe, the rest in lower case ("Lévesque-Tremblay", "O'Brien");
** FORM_CAPITALS; FORM_LOWER. Caller frees. */
static char *word_form(const int32_t *a, int n, int eForm){
  char *z = xmalloc((size_t)n*4 + 1);
  size_t k = 0;
  for(int i=0; i<n; i++){
    int bStart = i==0 || is_hyphen(a[i-1]) || a[i-1]=='\'' || a[i-1]==0x2019;
    int32_t c = a[i];
    switch( eForm ){
      case FORM_AS_WRITTEN: if( i==0 ) c = utf8proc_toupper(c); break;
      case FORM_TITLE: c = bStart ? utf8proc_toupper(c) : utf8proc_tolower(c); break;
      case FORM_CAPITALS: c = utf8proc_toupper(c); break;
      default: c = utf8proc_tolower(c); break;
    }
    k += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t*)z+k);
  }
  z[k] = 0;
  return z;
}

static void terms_push(RedactTerm **pa, int *pn, int *pnAlloc, char *zTerm, const char *zRepl, int eKind){
  if( *pn==*pnAlloc ){ *pnAlloc = *pnAlloc ? 2**pnAlloc : 16; *pa = xrealloc(*pa, sizeof(RedactTerm)*(size_t)*pnAlloc); }
  (*pa)[*pn].zTerm = zTerm;
  (*pa)[*pn].zReplacement = xstrdup(zRepl);
  (*pa)[*pn].eKind = eKind;
  (*pn)++;
}

/* The word a[0..n) of a name, if it is a name (at least two letters, not a
** title, not a lower-case particle when bCapitals): its forms, as written
** with a capital first, in title case and in capitals, pushed as parts. */
static void push_word(const int32_t *a, int n, int bCapitals, const char *zRepl,
                      RedactTerm **pa, int *pn, int *pnAlloc){
  while( n>0 && !is_letter(a[0]) ){ a++; n--; }
  while( n>0 && !is_letter(a[n-1]) ) n--;
  int nLetter = 0;
  for(int i=0; i<n; i++) nLetter += is_letter(a[i]);
  if( nLetter<2 || (bCapitals && !is_upper(a[0])) ) return;
  char *zLow = word_form(a, n, FORM_LOWER);
  for(size_t i=0; i<sizeof(azNotName)/sizeof(azNotName[0]); i++){
    if( strcmp(zLow, azNotName[i])==0 ){ free(zLow); return; }
  }
  free(zLow);
  for(int e=FORM_AS_WRITTEN; e<=FORM_CAPITALS; e++) terms_push(pa, pn, pnAlloc, word_form(a, n, e), zRepl, REDACT_PART);
}

/* Push the parts of full name zName (see redact.h) replaced by zRepl. */
static void name_parts(const char *zName, const char *zRepl, RedactTerm **pa, int *pn, int *pnAlloc){
  int nMax = (int)strlen(zName);
  int32_t *a = xmalloc(sizeof(int32_t)*(size_t)(nMax+1));
  int nCp = decode_all(zName, a, nMax);
  /* Particles ("de", "van") are the words in lower case of a name that has
  ** capitals; a name written all in lower case has none. */
  int bCapitals = 0;
  for(int i=0; i<nCp; i++){
    if( is_upper(a[i]) && (i==0 || !is_letter(a[i-1])) ){ bCapitals = 1; break; }
  }
  for(int i=0; i<nCp; ){
    while( i<nCp && is_name_sep(a[i]) ) i++;
    int iWord = i;
    while( i<nCp && !is_name_sep(a[i]) ) i++;
    if( i==iWord ) continue;
    push_word(a+iWord, i-iWord, bCapitals, zRepl, pa, pn, pnAlloc);
    /* The pieces of a hyphenated name ("Lévesque-Tremblay") alone too. */
    int bHyphen = 0;
    for(int k=iWord; k<i; k++) bHyphen |= is_hyphen(a[k]);
    for(int k=iWord; bHyphen && k<i; ){
      int iPiece = k;
      while( k<i && !is_hyphen(a[k]) ) k++;
      push_word(a+iPiece, k-iPiece, bCapitals, zRepl, pa, pn, pnAlloc);
      while( k<i && is_hyphen(a[k]) ) k++;
    }
  }
  free(a);
}

/* Folded form of a term for comparing names: case folded, accents
** stripped, white space runs as one space, apostrophes as "'" (they match
** each other, see add_term()). Caller frees. */
static char *name_key(const char *z){
  char *zF = utf8_fold(z);
  if( !zF ) zF = xstrdup(z);
  size_t k = 0;
  for(size_t i=0; zF[i]; i++){
    unsigned char c = (unsigned char)zF[i];
    if( (c==0xE2 && (unsigned char)zF[i+1]==0x80 && (unsigned char)zF[i+2]==0x99)
     || (c==0xCA && (unsigned char)zF[i+1]==0xBC) ){
      zF[k++] = '\'';
      i += c==0xE2 ? 2 : 1;
      continue;
    }
    int bSpace = zF[i]==' ' || zF[i]=='\t' || zF[i]=='\n' || zF[i]=='\r';
    if( bSpace && (k==0 || zF[k-1]==' ') ) continue;
    zF[k++] = bSpace ? ' ' : zF[i];
  }
  while( k>0 && zF[k-1]==' ' ) k--;
  zF[k] = 0;
  return zF;
}

typedef struct KeyIdx { char *zKey; int i; } KeyIdx;
static int cmp_keyidx(const void *a, const void *b){
  int c = strcmp(((const KeyIdx*)a)->zKey, ((const KeyIdx*)b)->zKey);
  return c ? c : ((const KeyIdx*)a)->i - ((const KeyIdx*)b)->i;
}
static int cmp_listing(const void *a, const void *b){
  const RedactTerm *x = a, *y = b;
  if( x->eKind!=y->eKind ) return x->eKind - y->eKind;
  int c = strcmp(x->zTerm, y->zTerm);
  return c ? c : strcmp(x->zReplacement, y->zReplacement);
}

RedactTerm *redact_expand(const RedactTerm *aIn, int nIn, int *pn){
  RedactTerm *a = NULL;
  int n = 0, nAlloc = 0;
  for(int i=0; i<nIn; i++){
    const char *zT = aIn[i].zTerm;
    if( !zT ) continue;
    zT += strspn(zT, " \t\r\n");
    size_t nT = strlen(zT);
    while( nT>0 && strchr(" \t\r\n", zT[nT-1]) ) nT--;
    if( nT==0 ) continue;
    const char *zRepl = aIn[i].zReplacement ? aIn[i].zReplacement : "[redacted]";
    /* Sources are stored NFC, so terms are matched in NFC too (a roster
    ** name typed decomposed, "E" + combining acute, still finds "É"). */
    char *zNfc = utf8_nfc_take(xstrndup(zT, nT));
    if( !zNfc ) continue;           /* not UTF-8: it cannot occur in a source */
    terms_push(&a, &n, &nAlloc, zNfc, zRepl, aIn[i].eKind);
    if( aIn[i].eKind!=REDACT_NAME ) continue;
    /* Its parts, except those that are the whole name again. */
    int iFirst = n;
    name_parts(a[n-1].zTerm, zRepl, &a, &n, &nAlloc);
    char *zWhole = name_key(a[iFirst-1].zTerm);
    int k = iFirst;
    for(int j=iFirst; j<n; j++){
      char *zKey = name_key(a[j].zTerm);
      int bSame = strcmp(zKey, zWhole)==0;
      free(zKey);
      if( bSame ){ free(a[j].zTerm); free(a[j].zReplacement); }
      else a[k++] = a[j];
    }
    n = k;
    free(zWhole);
  }
  /* A name or part that stands for several members is "[name]" for all. */
  KeyIdx *aKey = xmalloc(sizeof(KeyIdx)*(size_t)(n>0 ? n : 1));
  int nKey = 0;
  for(int i=0; i<n; i++){
    if( a[i].eKind==REDACT_TERM ) continue;
    aKey[nKey].zKey = name_key(a[i].zTerm);
    aKey[nKey].i = i;
    nKey++;
  }
  qsort(aKey, (size_t)nKey, sizeof(KeyIdx), cmp_keyidx);
  for(int i=0; i<nKey; ){
    int j = i, bMixed = 0;
    while( j<nKey && strcmp(aKey[j].zKey, aKey[i].zKey)==0 ){
      bMixed |= strcmp(a[aKey[j].i].zReplacement, a[aKey[i].i].zReplacement)!=0;
      j++;
    }
    for(int k=i; bMixed && k<j; k++){
      free(a[aKey[k].i].zReplacement);
      a[aKey[k].i].zReplacement = xstrdup(REDACT_SHARED);
    }
    i = j;
  }
  for(int i=0; i<nKey; i++) free(aKey[i].zKey);
  free(aKey);
  /* Sorted for listing, each term of a kind once. */
  if( n>1 ) qsort(a, (size_t)n, sizeof(RedactTerm), cmp_listing);
  int k = 0;
  for(int i=0; i<n; i++){
    if( k>0 && a[k-1].eKind==a[i].eKind && strcmp(a[k-1].zTerm, a[i].zTerm)==0 ){
      free(a[i].zTerm); free(a[i].zReplacement);
      continue;
    }
    a[k++] = a[i];
  }
  *pn = k;
  if( k==0 ){ free(a); a = NULL; }
  return a;
}

/* ---- the redactor ---- */

/* Longest first; at equal length extra terms, then names, then parts. */
static int cmp_len_desc(const void *a, const void *b){
  const RedactTerm *x = a, *y = b;
  size_t na = strlen(x->zTerm), nb = strlen(y->zTerm);
  if( na!=nb ) return na<nb ? 1 : -1;
  if( x->eKind!=y->eKind ) return x->eKind - y->eKind;
  return strcmp(x->zTerm, y->zTerm);
}

/* Compile terms a[iLo..iHi) into one pattern, or, when PCRE2 refuses it as
** too large, into the patterns of each half. A single term that cannot be
** compiled is left out. */
static void compile_terms(Redactor *r, const RedactTerm *a, int iLo, int iHi){
  Sb pat = SB_INIT;
  sb_puts(&pat, "(?<![\\p{L}\\p{N}])(?:");
  for(int i=iLo; i<iHi; i++){
    if( i>iLo ) sb_putc(&pat, '|');
    int bExact = a[i].eKind==REDACT_PART;
    sb_puts(&pat, bExact ? "((?-i:" : "(");
    add_term(&pat, a[i].zTerm);
    sb_puts(&pat, bExact ? "))" : ")");
  }
  sb_puts(&pat, ")(?![\\p{L}\\p{N}])");
  int err; PCRE2_SIZE off;
  pcre2_code *pRe = pcre2_compile((PCRE2_SPTR)sb_str(&pat), pat.n,
                                  PCRE2_CASELESS|PCRE2_UTF|PCRE2_UCP, &err, &off, NULL);
  sb_free(&pat);
  if( !pRe ){
    if( iHi-iLo>1 ){
      int iMid = iLo + (iHi-iLo)/2;
      compile_terms(r, a, iLo, iMid);
      compile_terms(r, a, iMid, iHi);
    }
    return;
  }
  pcre2_jit_compile(pRe, PCRE2_JIT_COMPLETE);
  r->aPat = xrealloc(r->aPat, sizeof(RedactPat)*(size_t)(r->nPat+1));
  RedactPat *p = &r->aPat[r->nPat++];
  memset(p, 0, sizeof(*p));
  p->pRe = pRe;
  p->pMatch = pcre2_match_data_create_from_pattern(pRe, NULL);
  p->iFirst = r->n;
  for(int i=iLo; i<iHi; i++) r->azRepl[r->n++] = xstrdup(a[i].zReplacement);
}

Redactor *redactor_new(const RedactTerm *a, int n){
  Redactor *r = xcalloc(1, sizeof(*r));
  int m = 0;
  RedactTerm *aSorted = redact_expand(a, n, &m);
  if( m>1 ) qsort(aSorted, (size_t)m, sizeof(RedactTerm), cmp_len_desc);
  if( m>0 ){
    r->azRepl = xmalloc(sizeof(char*)*(size_t)m);
    compile_terms(r, aSorted, 0, m);
  }
  st_redact_terms_free(aSorted, m);
  return r;
}

/* " w1 w2 ... " of z folded, every run of other than letters and digits
** one space (caller frees). */
static char *label_words(const char *z){
  char *zF = utf8_fold(z);
  if( !zF ) return NULL;
  Sb sb = SB_INIT;
  sb_putc(&sb, ' ');
  const unsigned char *u = (const unsigned char*)zF;
  for(size_t i=0; u[i]; ){
    int32_t c; utf8proc_ssize_t k = utf8proc_iterate(u+i, -1, &c);
    if( k<=0 ){ k = 1; c = ' '; }
    int bWord = is_letter(c) || utf8proc_category(c)==UTF8PROC_CATEGORY_ND;
    if( bWord ) sb_append(&sb, (const char*)u+i, (size_t)k);
    else if( sb.n>0 && sb_str(&sb)[sb.n-1]!=' ' ) sb_putc(&sb, ' ');
    i += (size_t)k;
  }
  if( sb_str(&sb)[sb.n-1]!=' ' ) sb_putc(&sb, ' ');
  free(zF);
  return sb_take(&sb);
}

struct RedactLabels { int n; char **az; };   /* az: " w1 w2 " forms */

RedactLabels *redact_labels_new(const RedactTerm *a, int n){
  int m = 0;
  RedactTerm *x = redact_expand(a, n, &m);
  RedactLabels *p = xcalloc(1, sizeof(*p));
  p->az = xmalloc(sizeof(char*)*(size_t)(m ? m : 1));
  for(int i=0; i<m; i++){
    char *zT = label_words(x[i].zTerm);
    if( zT && strlen(zT)>2 ) p->az[p->n++] = zT;
    else free(zT);
  }
  st_redact_terms_free(x, m);
  return p;
}

int redact_label_has_name(const RedactLabels *p, const char *z){
  char *zL = label_words(z);
  int bHit = 0;
  for(int i=0; zL && i<p->n && !bHit; i++) bHit = strstr(zL, p->az[i])!=NULL;
  free(zL);
  return bHit;
}

void redact_labels_free(RedactLabels *p){
  if( !p ) return;
  for(int i=0; i<p->n; i++) free(p->az[i]);
  free(p->az);
  free(p);
}

Redactor *redactor_for_study(Store *p){
  RedactTerm *a; int n;
  if( st_redact_terms(p, &a, &n) ) return NULL;
  Redactor *r = redactor_new(a, n);
  st_redact_terms_free(a, n);
  return r;
}

int redactor_count(const Redactor *r){ return r->n; }

/* The first match of pattern p in z[0..n) from iFrom: its last search when
** that was of the same text from an offset at most iFrom and found nothing
** or a match from iFrom on (the same answer), else a new search. */
static void pat_search(RedactPat *p, const char *z, size_t n, size_t iFrom){
  if( iFrom>0 && p->z==z && p->n==n && p->iFrom<=iFrom && (!p->bFound || p->iS>=iFrom) ) return;
  p->z = z; p->n = n; p->iFrom = iFrom; p->bFound = 0;
  /* PCRE2 checks the whole subject is UTF-8 on every call: callers walk a
  ** text from 0 on, so the first call's check (iFrom 0) covers the others. */
  int rc = pcre2_match(p->pRe, (PCRE2_SPTR)z, n, iFrom, iFrom>0 ? PCRE2_NO_UTF_CHECK : 0, p->pMatch, NULL);
  if( rc<=0 ) return;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->pMatch);
  if( ov[1]<=ov[0] ) return;     /* cannot happen: terms are not empty */
  int iGroup = 0;
  for(int g=1; g<rc; g++) if( ov[2*g]!=PCRE2_UNSET ){ iGroup = g; break; }
  p->bFound = 1;
  p->iS = ov[0];
  p->iE = ov[1];
  p->iTerm = iGroup ? p->iFirst + iGroup - 1 : -1;
}

int redactor_next(const Redactor *r, const char *z, size_t n, size_t iFrom,
                  size_t *piStart, size_t *piEnd, const char **pzRepl){
  if( r->nPat==0 || iFrom>n ) return 0;
  const RedactPat *pBest = NULL;
  for(int i=0; i<r->nPat; i++){
    RedactPat *p = &r->aPat[i];
    pat_search(p, z, n, iFrom);
    if( p->bFound && (!pBest || p->iS<pBest->iS) ) pBest = p;
  }
  if( !pBest ) return 0;
  *piStart = pBest->iS;
  *piEnd = pBest->iE;
  *pzRepl = pBest->iTerm>=0 ? r->azRepl[pBest->iTerm] : "[redacted]";
  return 1;
}

char *redactor_apply(const Redactor *r, const char *zText){
  Sb out = SB_INIT;
  sb_append(&out, "", 0);
  size_t nText = strlen(zText), iPos = 0, iS, iE;
  const char *zRepl;
  while( redactor_next(r, zText, nText, iPos, &iS, &iE, &zRepl) ){
    sb_append(&out, zText+iPos, iS-iPos);
    sb_puts(&out, zRepl);
    iPos = iE;
  }
  sb_append(&out, zText+iPos, nText-iPos);
  return sb_take(&out);
}

void redactor_apply_column(const Redactor *r, Table *t, int iCol){
  for(int i=0; i<t->nRow; i++){
    const Cell *c = table_cell(t, i, iCol);
    if( c->t!=CELL_TEXT || !c->z ) continue;
    char *z = redactor_apply(r, c->z);
    table_text(t, i, iCol, z);
    free(z);
  }
}

int redact_study_columns(Store *p, Table *t, int iFirst, int iLast){
  Redactor *r = redactor_for_study(p);
  if( !r ) return STORE_ERROR;
  for(int c=iFirst; c<=iLast; c++) redactor_apply_column(r, t, c);
  redactor_free(r);
  return STORE_OK;
}

void redactor_free(Redactor *r){
  if( !r ) return;
  for(int i=0; i<r->n; i++) free(r->azRepl[i]);
  free(r->azRepl);
  for(int i=0; i<r->nPat; i++){
    pcre2_match_data_free(r->aPat[i].pMatch);
    pcre2_code_free(r->aPat[i].pRe);
  }
  free(r->aPat);
  free(r);
}

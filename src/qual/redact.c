/*
** redact.c: the Redactor (see redact.h). All terms are compiled into one
** PCRE2 pattern "(?<![\p{L}\p{N}])(?:(t1)|(t2)|...)(?![\p{L}\p{N}])", each
** term its own capturing group so that the group tells which replacement to
** use; terms are sorted longest first, so alternation prefers them.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include "qual/redact.h"
#include "util/sb.h"
#include "util/xalloc.h"

struct Redactor {
  int n;
  char **azRepl;            /* replacement of group i+1 */
  pcre2_code *pRe;          /* NULL when n==0 */
  pcre2_match_data *pMatch;
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
    if( c<0x80 && !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')) ){
      sb_putc(pPat, '\\');
    }
    sb_putc(pPat, (char)c);
    z++;
  }
}

static int cmp_len_desc(const void *a, const void *b){
  size_t na = strlen(((const RedactTerm*)a)->zTerm), nb = strlen(((const RedactTerm*)b)->zTerm);
  return na<nb ? 1 : na>nb ? -1 : strcmp(((const RedactTerm*)a)->zTerm, ((const RedactTerm*)b)->zTerm);
}

Redactor *redactor_new(const RedactTerm *a, int n){
  Redactor *r = xcalloc(1, sizeof(*r));
  RedactTerm *aSorted = xmalloc(sizeof(RedactTerm)*(size_t)(n>0 ? n : 1));
  int m = 0;
  for(int i=0; i<n; i++) if( a[i].zTerm && a[i].zTerm[strspn(a[i].zTerm, " \t\r\n")] ) aSorted[m++] = a[i];
  qsort(aSorted, (size_t)m, sizeof(RedactTerm), cmp_len_desc);
  if( m>0 ){
    Sb pat = SB_INIT;
    sb_puts(&pat, "(?<![\\p{L}\\p{N}])(?:");
    r->azRepl = xmalloc(sizeof(char*)*(size_t)m);
    for(int i=0; i<m; i++){
      if( i ) sb_putc(&pat, '|');
      sb_putc(&pat, '(');
      const char *zT = aSorted[i].zTerm;
      add_term(&pat, zT + strspn(zT, " \t\r\n"));
      sb_putc(&pat, ')');
      r->azRepl[i] = xstrdup(aSorted[i].zReplacement ? aSorted[i].zReplacement : "[redacted]");
    }
    sb_puts(&pat, ")(?![\\p{L}\\p{N}])");
    int err; PCRE2_SIZE off;
    r->pRe = pcre2_compile((PCRE2_SPTR)sb_str(&pat), pat.n,
                           PCRE2_CASELESS|PCRE2_UTF|PCRE2_UCP, &err, &off, NULL);
    sb_free(&pat);
    if( r->pRe ){
      pcre2_jit_compile(r->pRe, PCRE2_JIT_COMPLETE);
      r->pMatch = pcre2_match_data_create_from_pattern(r->pRe, NULL);
      r->n = m;
    }else{
      for(int i=0; i<m; i++) free(r->azRepl[i]);
      free(r->azRepl);
      r->azRepl = NULL;
    }
  }
  free(aSorted);
  return r;
}

Redactor *redactor_for_study(Store *p){
  RedactTerm *a; int n;
  if( st_redact_terms(p, &a, &n) ) return NULL;
  Redactor *r = redactor_new(a, n);
  redact_terms_free(a, n);
  return r;
}

int redactor_count(const Redactor *r){ return r->n; }

int redactor_next(const Redactor *r, const char *z, size_t n, size_t iFrom,
                  size_t *piStart, size_t *piEnd, const char **pzRepl){
  if( !r->pRe || iFrom>n ) return 0;
  /* PCRE2 checks the whole subject is UTF-8 on every call: callers walk a
  ** text from 0 on, so the first call's check (iFrom 0) covers the others. */
  int rc = pcre2_match(r->pRe, (PCRE2_SPTR)z, n, iFrom, iFrom>0 ? PCRE2_NO_UTF_CHECK : 0, r->pMatch, NULL);
  if( rc<=0 ) return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->pMatch);
  if( ov[1]<=ov[0] ) return 0;     /* cannot happen: terms are not empty */
  int iGroup = 0;
  for(int g=1; g<rc; g++) if( ov[2*g]!=PCRE2_UNSET ){ iGroup = g; break; }
  *piStart = ov[0];
  *piEnd = ov[1];
  *pzRepl = iGroup ? r->azRepl[iGroup-1] : "[redacted]";
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

void redactor_free(Redactor *r){
  if( !r ) return;
  for(int i=0; i<r->n; i++) free(r->azRepl[i]);
  free(r->azRepl);
  pcre2_match_data_free(r->pMatch);
  pcre2_code_free(r->pRe);
  free(r);
}

/*
** demo_qual.c: the demo's qualitative evidence (see roster/demo.h):
** fictional interviews (PCCP in French, CHRP in English), field notes of
** meetings and minutes, all written for the demo and stored under
** data/demo/qual/ (compiled into the binary); their coding against the
** built-in codebook by two coders, "ana" (every source) and "ben" (a
** second coder checking eight of them, agreeing mostly: pooled kappa about
** 0.8); and ana's charted summaries per partnership.
**
** Files: sources.tsv (file, partnership, kind, participant or "-",
** language, date), coding.tsv (source, code, coders "a"/"b"/"ab", quote),
** summaries.tsv (partnership, code, summary). Lines starting with "#" are
** comments. Exports demo_qual().
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "roster/demo.h"
#include "qual/codebook.h"
#include "qual/quote.h"
#include "store/st_qual.h"
#include "store/st_qanalysis.h"
#include "util/builtin.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define DEMO_DIR "data/demo/qual/"
#define DEMO_MAXF 6

/* Call xLine for every non-comment line of built-in file zFile with its
** tab-separated fields (at most DEMO_MAXF; the strings live for the call).
** Stops at the first non-zero return and returns it. */
static int each_line(const char *zFile, int (*xLine)(Store*, int nF, char **azF), Store *p){
  const char *zData = builtin_text(zFile, NULL);
  if( !zData ){ fprintf(stderr, "demo: %s is missing from this build\n", zFile); return STORE_ERROR; }
  char *zCopy = xstrdup(zData);
  int rc = STORE_OK;
  for(char *zLine = zCopy; zLine && *zLine && rc==STORE_OK; ){
    char *zNext = strchr(zLine, '\n');
    if( zNext ) *zNext++ = 0;
    if( zLine[0] && zLine[0]!='#' ){
      char *azF[DEMO_MAXF];
      int nF = 0;
      for(char *z = zLine; z && nF<DEMO_MAXF; ){
        azF[nF++] = z;
        z = strchr(z, '\t');
        if( z ) *z++ = 0;
      }
      rc = xLine(p, nF, azF);
    }
    zLine = zNext;
  }
  free(zCopy);
  return rc;
}

static int add_source(Store *p, int nF, char **azF){
  if( nF<6 ){ fprintf(stderr, "demo: bad line in sources.tsv: %s\n", azF[0]); return STORE_ERROR; }
  char *zPath = xasprintf(DEMO_DIR "%s", azF[0]);
  const char *zRaw = builtin_text(zPath, NULL);
  free(zPath);
  if( !zRaw ){ fprintf(stderr, "demo: %s is missing from this build\n", azF[0]); return STORE_ERROR; }
  QualSource s = {0};
  s.zName = xstrndup(azF[0], strcspn(azF[0], "."));
  s.zPartnership = azF[1];
  s.zKind = azF[2];
  s.zParticipant = strcmp(azF[3], "-")==0 ? NULL : azF[3];
  s.zLanguage = azF[4];
  s.zDate = azF[5];
  s.zFile = azF[0];
  s.zText = utf8_nfc(zRaw);
  int rc = s.zText ? st_source_add(p, &s, NULL) : STORE_ERROR;
  free(s.zName);
  free(s.zText);
  return rc;
}

static int add_coding(Store *p, int nF, char **azF){
  if( nF<4 ){ fprintf(stderr, "demo: bad line in coding.tsv: %s\n", azF[0]); return STORE_ERROR; }
  QualSource src = {0};
  int rc = st_source_get(p, azF[0], 1, &src);
  if( rc ) return rc;
  QuoteHits h = {0};
  if( qual_quote_find(src.zText, azF[3], &h) || h.n!=1 ){
    fprintf(stderr, "demo: quote found %d times in %s: %s\n", h.n, azF[0], azF[3]);
    free(h.a);
    st_source_clear(&src);
    return STORE_ERROR;
  }
  for(const char *zWho = azF[2]; *zWho && rc==STORE_OK; zWho++){
    const char *zCoder = *zWho=='a' ? "ana" : "ben";
    rc = st_segment_add(p, azF[0], azF[1], zCoder, h.a[0].iStart, h.a[0].iEnd, NULL, zCoder, NULL);
  }
  free(h.a);
  st_source_clear(&src);
  return rc;
}

static int add_summary(Store *p, int nF, char **azF){
  if( nF<3 ){ fprintf(stderr, "demo: bad line in summaries.tsv: %s\n", azF[0]); return STORE_ERROR; }
  return st_summary_set(p, "partnership", azF[0], azF[1], azF[2], "ana", NULL, NULL);
}

int demo_qual(Store *p){
  QualCode *aCode; int nCode;
  int rc = st_code_all(p, &aCode, &nCode);
  if( rc ) return rc;
  st_codes_free(aCode, nCode);
  if( nCode==0 ){
    ErrList err = ERRLIST_INIT;
    int nAdded;
    rc = codebook_install(p, builtin_text(CODEBOOK_BUILTIN, NULL), CODEBOOK_BUILTIN, NULL, 1, "ana", &nAdded, &err);
    if( rc==STORE_OK && err.n ){ errlist_print(&err, stderr); rc = STORE_ERROR; }
    errlist_free(&err);
    if( rc ) return rc;
  }
  if( (rc = st_coder_add(p, "ana"))!=STORE_OK ) return rc;
  if( (rc = st_coder_add(p, "ben"))!=STORE_OK ) return rc;
  rc = each_line(DEMO_DIR "sources.tsv", add_source, p);
  if( rc==STORE_OK ) rc = each_line(DEMO_DIR "coding.tsv", add_coding, p);
  if( rc==STORE_OK ) rc = each_line(DEMO_DIR "summaries.tsv", add_summary, p);
  return rc;
}

/*
** test_qual_text.c: the paragraph rule, quote finding, the redactor and the
** cleaning of imported text. Expected ranges are counted by hand (code
** points from 0, half-open) and noted beside each case.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "util/paragraph.h"
#include "qual/quote.h"
#include "qual/redact.h"
#include "qual/excerpt.h"
#include "util/sb.h"
#include "qual/docread.h"

static void test_paragraphs(void **state){
  (void)state;
  /* "  ab\n\ncd é\n \t\nx" : "ab" [2,4); blank line; "cd é" [6,10) (é is one
  ** code point, two bytes); a line of white space; "x" [14,15). */
  int n;
  QualRange *a = paragraph_split("  ab\n\ncd \xC3\xA9\n \t\nx", &n);
  assert_int_equal(n, 3);
  assert_int_equal(a[0].iStart, 2);  assert_int_equal(a[0].iEnd, 4);
  assert_int_equal(a[1].iStart, 6);  assert_int_equal(a[1].iEnd, 10);
  assert_int_equal(a[2].iStart, 14); assert_int_equal(a[2].iEnd, 15);
  assert_int_equal(paragraph_at(a, n, 3), 0);
  assert_int_equal(paragraph_at(a, n, 4), -1);
  assert_int_equal(paragraph_at(a, n, 9), 1);
  assert_int_equal(paragraph_at(a, n, 14), 2);
  assert_int_equal(paragraph_at(a, n, 15), -1);
  free(a);
  a = paragraph_split("", &n);
  assert_int_equal(n, 0);
  assert_null(a);
  a = paragraph_split("one line only", &n);
  assert_int_equal(n, 1);
  assert_int_equal(a[0].iEnd, 13);
  free(a);
}

static void test_quote(void **state){
  (void)state;
  QuoteHits h;
  /* "Le vote a eu lieu.\nLe  vote\tsuivant" : "Le vote" at [0,7) and, with
  ** white space differences, at [19,27). */
  const char *zText = "Le vote a eu lieu.\nLe  vote\tsuivant";
  assert_int_equal(qual_quote_find(zText, " Le\nvote ", &h), 0);
  assert_int_equal(h.n, 2);
  assert_int_equal(h.a[0].iStart, 0);  assert_int_equal(h.a[0].iEnd, 7);
  assert_int_equal(h.a[1].iStart, 19); assert_int_equal(h.a[1].iEnd, 27);
  free(h.a);
  /* Case counts; the longest beginning "Le vote " (8 code points) is at 0. */
  assert_int_equal(qual_quote_find(zText, "Le vote A", &h), 0);
  assert_int_equal(h.n, 0);
  assert_int_equal(h.iBestStart, 0);
  assert_int_equal(h.nBestLen, 8);
  /* A quote typed in NFD ("de\u0301cide\u0301") matches the NFC text: "décidé" at [3,9). */
  assert_int_equal(qual_quote_find("On d\xC3\xA9" "cid\xC3\xA9 hier", "de\xCC\x81" "cide\xCC\x81", &h), 0);
  assert_int_equal(h.n, 1);
  assert_int_equal(h.a[0].iStart, 3); assert_int_equal(h.a[0].iEnd, 9);
  free(h.a);
  assert_int_equal(qual_quote_find(zText, " \n\t", &h), -1);
  int iLine, iCol;
  qual_line_col(zText, 22, &iLine, &iCol);   /* "Le  v": line 2, column 4 */
  assert_int_equal(iLine, 2);
  assert_int_equal(iCol, 4);
}

/* Redacting zIn with the terms a[0..n) gives zWant. */
static void expect_redacted(const RedactTerm *a, int n, const char *zIn, const char *zWant){
  Redactor *r = redactor_new(a, n);
  char *z = redactor_apply(r, zIn);
  assert_string_equal(z, zWant);
  free(z);
  redactor_free(r);
}

static void test_redactor(void **state){
  (void)state;
  RedactTerm a[] = { {"Dan", "[022]", REDACT_TERM}, {"Dana Whitfield", "[021]", REDACT_TERM},
                     {"CISSS", "[agency]", REDACT_TERM} };
  Redactor *r = redactor_new(a, 3);
  assert_int_equal(redactor_count(r), 3);
  char *z = redactor_apply(r, "dana  whitfield met Dan and Danae at the cisss; CISSS-Nord too.");
  assert_string_equal(z, "[021] met [022] and Danae at the [agency]; [agency]-Nord too.");
  free(z);
  redactor_free(r);
  expect_redacted(NULL, 0, "nothing to do",
                  "nothing to do");
}

/* The name rule (redact.h): every expectation below worked out by hand
** from the rule. Parts: 021 gives Marie-Ève, Marie, Ève, Lévesque-Tremblay,
** Lévesque, Tremblay (each as written and in capitals: 12 terms); 031 Paul
** and Tremblay (Tremblay shared with 021: "[name]", kept once); 022 Jean and
** Fontaine ("de", "la" are particles); 023 Smith ("Dr" is a title, "J." an
** initial). 1 term + 4 names + 12 + 2 + 4 + 2 parts = 25. */
static void test_redact_names(void **state){
  (void)state;
  RedactTerm a[] = {
    {"Marie-\xC3\x88ve L\xC3\xA9vesque-Tremblay", "[021]", REDACT_NAME},
    {"Paul Tremblay", "[031]", REDACT_NAME},
    {"Jean de la Fontaine", "[022]", REDACT_NAME},
    {"Dr J. Smith", "[023]", REDACT_NAME},
    {"CISSS", "[agency]", REDACT_TERM},
  };
  Redactor *r = redactor_new(a, 5);
  assert_int_equal(redactor_count(r), 25);
  char *z = redactor_apply(r, "Dr Smith met Marie, \xC3\x88ve and L\xC3\xA9vesque-Tremblay; TREMBLAY, "
                              "tremblay, de la Fontaine, Jean and J. Smith at the cisss.");
  assert_string_equal(z, "Dr [023] met [021], [021] and [021]; [name], tremblay, de la [022], "
                         "[022] and J. [023] at the [agency].");
  free(z);
  redactor_free(r);
  /* The listing: kinds in order, "Tremblay" once, as [name]. */
  int n;
  RedactTerm *x = redact_expand(a, 5, &n);
  assert_int_equal(n, 25);
  assert_string_equal(x[0].zTerm, "CISSS");
  assert_int_equal(x[1].eKind, REDACT_NAME);
  int nTremblay = 0;
  for(int i=0; i<n; i++){
    if( strcmp(x[i].zTerm, "Tremblay")==0 ){
      nTremblay++;
      assert_string_equal(x[i].zReplacement, REDACT_SHARED);
      assert_int_equal(x[i].eKind, REDACT_PART);
    }
  }
  assert_int_equal(nTremblay, 1);
  st_redact_terms_free(x, n);
  /* Capitalised particles are not names alone either: "Jean De La Fontaine"
  ** gives the full name, Jean and Fontaine as written and in capitals
  ** (5 terms), and a sentence starting "La" keeps it. */
  RedactTerm c[] = { {"Jean De La Fontaine", "[024]", REDACT_NAME} };
  r = redactor_new(c, 1);
  assert_int_equal(redactor_count(r), 5);
  z = redactor_apply(r, "La table de Jean De La Fontaine. De plus, Fontaine.");
  assert_string_equal(z, "La table de [024]. De plus, [024].");
  free(z);
  redactor_free(r);
  /* A roster name typed decomposed (E + U+0301) still finds the NFC text
  ** sources are stored in: the full name and the word alone. */
  RedactTerm d[] = { {"E\xCC\x81milie Roy", "[025]", REDACT_NAME} };
  expect_redacted(d, 1, "\xC3\x89milie Roy, then \xC3\x89milie.",
                  "[025], then [025].");
  /* Two members with the same full name: "[name]" for it and its words. */
  RedactTerm b[] = { {"Ana Silva", "[001]", REDACT_NAME}, {"ana  silva", "[002]", REDACT_NAME} };
  expect_redacted(b, 2, "Ana Silva and Silva.",
                  "[name] and [name].");
}

/* A large roster (3,000 members, one of them sharing a surname with an extra
** term) must still be pseudonymised whole: every name and name word, not
** none. Count by hand: 3,000 full names; each surname ("Aaek"...) as
** written (= title case) and in capitals, 6,000; the 8 first names, shared
** by several members so "[name]", twice each, 16; the extra term, 1. */
static void test_redact_many_members(void **state){
  (void)state;
  enum { N = 3000 };
  static const char *const azFirst[] = { "Marie", "Jean", "Luc", "Sophie", "Olivier", "Nadia", "Pierre", "Anna" };
  static char azName[N][40], azLast[N][16], azRepl[N][16];
  RedactTerm *a = calloc(N+1, sizeof(RedactTerm));
  for(int i=0; i<N; i++){
    /* Surnames: a capital from i%26, then i/26 in base 26 (lower case), then "ek". */
    int k = 0, x = i/26;
    azLast[i][k++] = (char)('A' + i%26);
    do{ azLast[i][k++] = (char)('a' + x%26); x /= 26; }while( x );
    azLast[i][k++] = 'e'; azLast[i][k++] = 'k'; azLast[i][k] = 0;
    strcpy(azName[i], azFirst[i%8]);
    strcat(azName[i], " ");
    strcat(azName[i], azLast[i]);
    snprintf(azRepl[i], sizeof(azRepl[i]), "[%04d]", i);
    a[i].zTerm = azName[i]; a[i].zReplacement = azRepl[i]; a[i].eKind = REDACT_NAME;
  }
  a[N].zTerm = "Aaek Foundation"; a[N].zReplacement = "[org]"; a[N].eKind = REDACT_TERM;
  Redactor *r = redactor_new(a, N+1);
  assert_int_equal(redactor_count(r), 9017);
  char zCaps[16];
  for(int i=0; i<=(int)strlen(azLast[N-1]); i++) zCaps[i] = (char)(azLast[N-1][i]>='a' ? azLast[N-1][i]-32 : azLast[N-1][i]);
  char zText[256], zWant[256];
  snprintf(zText, sizeof(zText), "The Aaek Foundation thanked %s; %s's aide, %s and %s came. %s left.",
           azName[0], azLast[N-1], zCaps, azName[1500], azFirst[3]);
  snprintf(zWant, sizeof(zWant), "The [org] thanked [0000]; [%04d]'s aide, [%04d] and [1500] came. [name] left.",
           N-1, N-1);
  char *z = redactor_apply(r, zText);
  assert_string_equal(z, zWant);
  free(z);
  /* Walking on, then back: each call finds the first term from its offset. */
  size_t n = strlen(zText), iS, iE; const char *zRepl;
  const char *zAide = strstr(zText, "'s aide");
  assert_int_equal(redactor_next(r, zText, n, 0, &iS, &iE, &zRepl), 1);
  assert_int_equal(iS, 4); assert_string_equal(zRepl, "[org]");
  assert_int_equal(redactor_next(r, zText, n, iE, &iS, &iE, &zRepl), 1);
  assert_string_equal(zRepl, "[0000]");
  assert_int_equal(redactor_next(r, zText, n, (size_t)(zAide-zText), &iS, &iE, &zRepl), 1);
  assert_int_equal(iS, (size_t)(zAide-zText) + 9);   /* after "'s aide, " */
  assert_int_equal(redactor_next(r, zText, n, 5, &iS, &iE, &zRepl), 1);
  assert_int_equal(iS, 28); assert_string_equal(zRepl, "[0000]");
  redactor_free(r);
  free(a);
}

/* Apostrophes: a name typed with "'" is found written with U+2019 (as word
** processors write it) and the other way round. */
static void test_redact_apostrophes(void **state){
  (void)state;
  RedactTerm a[] = {
    {"Sean O'Neil", "[005]", REDACT_NAME},
    {"Siobh\xC3\xA1n O\xE2\x80\x99" "Brien", "[006]", REDACT_NAME},
  };
  expect_redacted(a, 2, "Sean O\xE2\x80\x99Neil and O\xE2\x80\x99Neil\xE2\x80\x99s notes; "
                              "O'Brien, O\xE2\x80\x99" "BRIEN and siobh\xC3\xA1n o'brien.",
                  "[005] and [005]\xE2\x80\x99s notes; [006], [006] and [006].");
  /* Two members whose surnames differ by the apostrophe only share it. */
  RedactTerm b[] = { {"Ann O'Hara", "[001]", REDACT_NAME}, {"Tom O\xE2\x80\x99Hara", "[002]", REDACT_NAME} };
  expect_redacted(b, 2, "O'Hara and O\xE2\x80\x99Hara, Ann O'Hara.",
                  "[name] and [name], [001].");
}

/* Keyword in context with pseudonyms: expected strings worked out by hand
** on the 42-character text below (positions in code points: "Dana
** Whitfield" [5,19), "chaired" [20,27)). */
static void test_kwic_redacted(void **state){
  (void)state;
  RedactTerm a[] = { {"Dana Whitfield", "[021]", REDACT_TERM} };
  Redactor *r = redactor_new(a, 1);
  const char *zText = "Then Dana Whitfield chaired and we agreed.";
  size_t iS, iE; const char *zRepl;
  assert_int_equal(redactor_next(r, zText, strlen(zText), 0, &iS, &iE, &zRepl), 1);
  assert_int_equal(iS, 5); assert_int_equal(iE, 19);
  assert_string_equal(zRepl, "[021]");
  assert_int_equal(redactor_next(r, zText, strlen(zText), 6, &iS, &iE, &zRepl), 0);
  Sb sb = SB_INIT;
  /* "chaired" [20,27) with 10 either side: the window [10,37) starts inside
  ** the name, which is shown whole as its pseudonym. */
  qual_kwic(&sb, zText, 20, 27, 10, r);
  assert_string_equal(sb_str(&sb), "\xE2\x80\xA6[021] [chaired] and we ag\xE2\x80\xA6");
  /* Without a redactor the window is cut as it falls. */
  sb_reset(&sb);
  qual_kwic(&sb, zText, 20, 27, 10, NULL);
  assert_string_equal(sb_str(&sb), "\xE2\x80\xA6Whitfield [chaired] and we ag\xE2\x80\xA6");
  /* A hit inside the name: the pseudonym in brackets. */
  sb_reset(&sb);
  qual_kwic(&sb, zText, 10, 19, 3, r);
  assert_string_equal(sb_str(&sb), "\xE2\x80\xA6[[021]] ch\xE2\x80\xA6");
  sb_free(&sb);
  redactor_free(r);
}

static void test_clean_text(void **state){
  (void)state;
  ErrList err = ERRLIST_INIT;
  /* BOM dropped, CRLF and CR become LF, NFD becomes NFC; the rest, the
  ** final newline included, stays as written (13 bytes: one of the two). */
  char *z = doc_clean_text("f.txt", "\xEF\xBB\xBF" "a\r\nb\rce\xCC\x81\n\n", 13, &err);
  assert_int_equal(err.n, 0);
  assert_string_equal(z, "a\nb\nc\xC3\xA9\n");
  free(z);
  /* Two bad bytes: line 2 column 3, and line 3 column 1. */
  z = doc_clean_text("f.txt", "ok\nab\xE9x\n\xFF", 9, &err);
  assert_null(z);
  assert_int_equal(err.n, 2);
  assert_int_equal(err.a[0].iLine, 2); assert_int_equal(err.a[0].iCol, 3);
  assert_int_equal(err.a[1].iLine, 3); assert_int_equal(err.a[1].iCol, 1);
  errlist_free(&err);
  ErrList err2 = ERRLIST_INIT;
  z = doc_clean_text("f.txt", "a\0b", 3, &err2);
  assert_null(z);
  assert_int_equal(err2.n, 1);
  errlist_free(&err2);
}

int main(void){
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_paragraphs),
    cmocka_unit_test(test_quote),
    cmocka_unit_test(test_redactor),
    cmocka_unit_test(test_redact_names),
    cmocka_unit_test(test_redact_many_members),
    cmocka_unit_test(test_redact_apostrophes),
    cmocka_unit_test(test_kwic_redacted),
    cmocka_unit_test(test_clean_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

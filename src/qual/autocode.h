/*
** autocode.h: matching auto-coding rules against a source's text.
**
** A rule belongs to a code and is one of
**   AC_WORDS   words separated by spaces, any of which matches; each word in
**              any form, as search matches it (tokenize.h: folded, English
**              and French stems), "word*" for words beginning so;
**   AC_PHRASE  the words in this order, side by side (same word matching);
**   AC_REGEX   a PCRE2 regular expression (UTF, Unicode classes, ^ and $ at
**              line ends; case-sensitive unless it says (?i)) run with the
**              JIT compiler over the raw text.
** and has a scope: AC_HIT (suggest the matched words) or AC_PARAGRAPH
** (suggest the whole paragraph holding the match's start, paragraph.h).
**
** Word and phrase rules share one pass over the text's words whatever their
** number (a hash from word forms to the rules starting with them); each
** regex rule is one JIT pass.
**
** Exports: AcRule, AcSet, ac_check(), ac_compile(), ac_match(), ac_free().
*/
#ifndef SYN_QUAL_AUTOCODE_H
#define SYN_QUAL_AUTOCODE_H
#include <stdint.h>

enum { AC_WORDS = 0, AC_PHRASE = 1, AC_REGEX = 2 };
enum { AC_PARAGRAPH = 0, AC_HIT = 1 };

typedef struct AcRule {
  int eKind;              /* AC_WORDS, AC_PHRASE, AC_REGEX */
  const char *zPattern;
  int eScope;             /* AC_PARAGRAPH, AC_HIT */
} AcRule;

typedef struct AcSet AcSet;

/* "words"/"phrase"/"regex" -> AC_*, or -1. */
int ac_kind_parse(const char *z);
const char *ac_kind_name(int eKind);

/* Check one rule's pattern: 0 if usable; else 1 and *pzErr (caller frees)
** says why, with the column (in characters) for a regular expression. */
int ac_check(int eKind, const char *zPattern, char **pzErr);

/* Compile rules aRule[0..nRule) (borrowed; each must pass ac_check()).
** Returns a set to free with ac_free(), or NULL with *pzErr set (caller
** frees) when a rule does not compile. */
AcSet *ac_compile(const AcRule *aRule, int nRule, char **pzErr);
void ac_free(AcSet*);

/* Called once per suggestion: rule index, code point range [iStart,iEnd).
** Within one ac_match() call a rule never reports the same range twice.
** Non-zero stops ac_match(), which returns that value. */
typedef int (*AcHitFn)(void *pArg, int iRule, int64_t iStart, int64_t iEnd);

/* Run every rule over NUL-terminated NFC text zText of language zLang. */
int ac_match(AcSet*, const char *zText, const char *zLang, AcHitFn xHit, void *pArg);

#endif

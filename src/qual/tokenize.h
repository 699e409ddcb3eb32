/*
** tokenize.h: the one word rule of search, auto-coding and the classifier.
**
** A word is a maximal run of letters, combining marks and digits (Unicode
** categories L*, M*, N*); everything else (spaces, punctuation, apostrophes,
** hyphens) separates words, so "l'équipe" is "l" + "équipe" and
** "face-to-face" is three words. Each word is folded (case folded, accents
** and other marks stripped, compatibility forms and the ligatures œ/æ
** spelled out: "Décisions" -> "decisions", "cœur" -> "coeur") and then,
** when the tokenizer has a language, reduced to its Snowball stem
** ("decisions" -> "decis"). Folding comes before stemming so that a word
** typed with or without its accents gets the same stem. Because Snowball's
** French rules read accents ("abandonnée" -> "abandon" but "abandonnee" ->
** "abandonne"), a word with non-ASCII letters also yields (for languages
** other than English, whose stemmer ignores accents) an alternative
** form: stemmed as written (lower case), then folded. The search index holds
** both at the same position, so "abandonner" finds "abandonnée".
**
** Exports: QualTok (a tokenizer for one language; holds a Snowball stemmer
** and a stem cache, so it is not thread-safe), qtok_new(), qtok_free(),
** qtok_run() (callback per word with its byte range), qtok_stem(),
** qtok_want_raw().
*/
#ifndef SYN_QUAL_TOKENIZE_H
#define SYN_QUAL_TOKENIZE_H

typedef struct QualTok QualTok;

/* A tokenizer for language zLang: an ISO 639-1 code or a Snowball name
** ("en", "fr", "english", ...). NULL, "" or "none", or a language without a
** Snowball stemmer, gives a tokenizer that folds but does not stem.
** Never NULL; the caller frees it with qtok_free(). */
QualTok *qtok_new(const char *zLang);
void qtok_free(QualTok*);

/* Forms of a word passed to a QualTokFn. */
enum { QTOK_STEM = 0, QTOK_ALT = 1, QTOK_RAW = 2 };

/* Called once per word with eForm QTOK_STEM: zTerm[0..nTerm) is its folded
** (and stemmed) form, valid only during the call; [iStart,iEnd) its byte
** range in the input. Then, with the same range, only when they differ from
** that form: QTOK_RAW, the folded word before stemming (only when asked for
** with qtok_want_raw(); prefix matching uses it), and QTOK_ALT, the
** alternative form (see above). Callers that need one form per word skip
** all but QTOK_STEM. A non-zero return stops qtok_run(), which then returns
** that value. */
typedef int (*QualTokFn)(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm);

/* With bRaw 1, qtok_run() also reports QTOK_RAW forms. */
void qtok_want_raw(QualTok*, int bRaw);

/* Split z[0..n) (UTF-8; invalid bytes separate words) into words. Returns 0,
** or the first non-zero value xTok returned. */
int qtok_run(QualTok*, const char *z, int n, QualTokFn xTok, void *pArg);

/* The stem of an already folded word zWord[0..nWord) (the word itself when
** the tokenizer does not stem). The result is owned by the tokenizer and
** valid until its next call; *pnOut gets its length. */
const char *qtok_stem(QualTok*, const char *zWord, int nWord, int *pnOut);

#endif

/*
** query.h: the search query language and its translation to an SQLite FTS5
** MATCH expression over the index built with tokenize.h's word rule.
**
** Syntax (what `synergist search` accepts):
**   word          a word in any form: "decisions", "Décision", "décidé"...
**                 (folded, then stemmed as English and as French; either
**                 stem matches, so a query need not know a source's language)
**   "a phrase"    the words in this order, next to each other
**   word*  "a ph"*  prefix: words (or the phrase's last word) beginning so
**                 as written (folded, not stemmed)
**   a b  a AND b  both; a OR b  either; a NOT b  a without b
**   ( ... )       grouping
** AND, OR and NOT are operators only in capitals. Precedence: NOT binds
** tightest, then AND (also implied between neighbours), then OR. A bare word
** that the word rule splits ("l'équipe", "face-to-face") is a phrase.
**
** Exports: qual_query_translate().
*/
#ifndef SYN_QUAL_QUERY_H
#define SYN_QUAL_QUERY_H

/* Translate zQuery into an FTS5 expression. On success returns 0 and
** *pzMatch (caller frees). On a syntax error returns 1 and *pzErr (caller
** frees) names the problem and its 1-based column (in characters). */
int qual_query_translate(const char *zQuery, char **pzMatch, char **pzErr);

#endif

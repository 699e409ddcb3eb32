/*
** query.h: the search query language, parsed into a query tree
** (util/textquery.h) whose words follow tokenize.h's word rule, the rule of
** the index. How a backend runs the tree is its own business.
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
** A chain of one operator is one node with every operand ("a OR b OR c").
** A query longer than LIM_QUERY_LENGTH or nested deeper than
** LIM_QUERY_DEPTH (util/limits.h) is refused.
**
** Exports: qual_query_parse().
*/
#ifndef SYN_QUAL_QUERY_H
#define SYN_QUAL_QUERY_H
#include "util/textquery.h"

/* Parse zQuery. On success returns 0 and *ppQuery (caller frees with
** tq_free()). On a syntax error returns 1 and *pzErr (caller frees) names
** the problem and its 1-based column (in characters). */
int qual_query_parse(const char *zQuery, TqNode **ppQuery, char **pzErr);

#endif

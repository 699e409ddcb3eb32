/*
** textquery.h: a parsed full-text search query, as plain data. The query
** language (src/qual/query.h) builds it; a search backend (the SQLite
** store, src/store/st_search.h) runs it however it likes; `search
** --explain` prints it. It sits below both so that neither knows the
** other's syntax.
**
** A query is a tree of TqNode. An operator node has two or more operands:
**   TQ_AND  every operand matches the same paragraph
**   TQ_OR   any operand does
**   TQ_NOT  the first operand does and none of the others (read left to
**           right: a NOT b NOT c is (a NOT b) NOT c)
** A leaf (TQ_TERM) is one word or phrase of the query with the ways it may
** appear in the index: a paragraph matches the term when it holds any of
** its forms. A form is a sequence of index words (folded and stemmed as
** src/qual/tokenize.h makes them) that must appear side by side in this
** order; with bPrefix, its last word is instead the beginning of a word as
** folded before stemming ("decis" of "decision*").
**
** Ownership: a tree and everything in it belong to its root, freed with
** tq_free(). Exports: TqNode, TqForm, tq_term_new(), tq_term_add_form(),
** tq_op_new(), tq_op_add(), tq_free(), tq_explain().
*/
#ifndef SYN_UTIL_TEXTQUERY_H
#define SYN_UTIL_TEXTQUERY_H
#include "util/sb.h"

typedef enum { TQ_TERM = 0, TQ_AND, TQ_OR, TQ_NOT } TqOp;

typedef struct TqForm {
  int nWord;
  char **azWord;       /* index words, in order */
  int bPrefix;         /* the last word is a prefix of an unstemmed word */
} TqForm;

typedef struct TqNode {
  TqOp eOp;
  int nChild;                  /* operators: the operands, in order */
  struct TqNode **apChild;
  char *zText;                 /* TQ_TERM: the term as written ("decision*") */
  int nForm;                   /* TQ_TERM: its forms, none repeated */
  TqForm *aForm;
} TqNode;

/* A term node for zText[0..nText) with no forms yet. Never NULL. */
TqNode *tq_term_new(const char *zText, int nText);
/* Add the form azWord[0..nWord) (copied) to term pTerm unless an equal form
** is there already. */
void tq_term_add_form(TqNode *pTerm, const char *const *azWord, int nWord, int bPrefix);
/* An operator node (TQ_AND, TQ_OR or TQ_NOT) with no operands yet. */
TqNode *tq_op_new(TqOp eOp);
/* Append operand pChild (now owned by pOp). */
void tq_op_add(TqNode *pOp, TqNode *pChild);
/* Free a tree (NULL is fine). */
void tq_free(TqNode*);

/* Append to pOut a readable view of the tree, one node a line, operands
** indented under their operator:
**   OR
**     AND
**       decisions: decis
**       confian*: confian*
**     "shared decisions": "share decis" | "shared decis"
** (each term as written, then its forms separated by " | "; a form of
** several words in quotes; '*' after a prefix). Ends with a newline. */
void tq_explain(Sb *pOut, const TqNode*);

#endif

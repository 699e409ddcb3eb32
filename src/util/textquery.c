/*
** textquery.c: building, freeing and printing parsed search queries (see
** textquery.h).
*/
#include <stdlib.h>
#include <string.h>
#include "util/textquery.h"
#include "util/xalloc.h"

TqNode *tq_term_new(const char *zText, int nText){
  TqNode *p = xcalloc(1, sizeof(TqNode));
  p->eOp = TQ_TERM;
  p->zText = xstrndup(zText, (size_t)nText);
  return p;
}

static int form_equal(const TqForm *f, const char *const *azWord, int nWord, int bPrefix){
  if( f->nWord!=nWord || f->bPrefix!=bPrefix ) return 0;
  for(int i=0; i<nWord; i++) if( strcmp(f->azWord[i], azWord[i])!=0 ) return 0;
  return 1;
}

void tq_term_add_form(TqNode *p, const char *const *azWord, int nWord, int bPrefix){
  for(int k=0; k<p->nForm; k++){
    if( form_equal(&p->aForm[k], azWord, nWord, bPrefix) ) return;
  }
  p->aForm = xrealloc(p->aForm, sizeof(TqForm)*(size_t)(p->nForm+1));
  TqForm *f = &p->aForm[p->nForm++];
  f->nWord = nWord;
  f->bPrefix = bPrefix;
  f->azWord = xmalloc(sizeof(char*)*(size_t)(nWord ? nWord : 1));
  for(int i=0; i<nWord; i++) f->azWord[i] = xstrdup(azWord[i]);
}

TqNode *tq_op_new(TqOp eOp){
  TqNode *p = xcalloc(1, sizeof(TqNode));
  p->eOp = eOp;
  return p;
}

void tq_op_add(TqNode *p, TqNode *pChild){
  p->apChild = xrealloc(p->apChild, sizeof(TqNode*)*(size_t)(p->nChild+1));
  p->apChild[p->nChild++] = pChild;
}

void tq_free(TqNode *p){
  if( !p ) return;
  for(int i=0; i<p->nChild; i++) tq_free(p->apChild[i]);
  free(p->apChild);
  for(int k=0; k<p->nForm; k++){
    for(int i=0; i<p->aForm[k].nWord; i++) free(p->aForm[k].azWord[i]);
    free(p->aForm[k].azWord);
  }
  free(p->aForm);
  free(p->zText);
  free(p);
}

static void explain_node(Sb *pOut, const TqNode *p, int nIndent){
  for(int i=0; i<nIndent; i++) sb_puts(pOut, "  ");
  if( p->eOp!=TQ_TERM ){
    sb_puts(pOut, p->eOp==TQ_AND ? "AND\n" : p->eOp==TQ_OR ? "OR\n" : "NOT\n");
    for(int i=0; i<p->nChild; i++) explain_node(pOut, p->apChild[i], nIndent+1);
    return;
  }
  sb_printf(pOut, "%s:", p->zText);
  for(int k=0; k<p->nForm; k++){
    const TqForm *f = &p->aForm[k];
    sb_puts(pOut, k ? " | " : " ");
    if( f->nWord>1 ) sb_putc(pOut, '"');
    for(int i=0; i<f->nWord; i++){
      if( i ) sb_putc(pOut, ' ');
      sb_puts(pOut, f->azWord[i]);
    }
    if( f->nWord>1 ) sb_putc(pOut, '"');
    if( f->bPrefix ) sb_putc(pOut, '*');
  }
  sb_putc(pOut, '\n');
}

void tq_explain(Sb *pOut, const TqNode *p){
  if( p ) explain_node(pOut, p, 0);
}

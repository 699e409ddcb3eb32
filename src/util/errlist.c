/* errlist.c: collected, positioned problems (see errlist.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "util/errlist.h"
#include "util/xalloc.h"
#include "util/i18n.h"

void errlist_add(ErrList *p, const char *zFile, int iLine, int iCol, const char *zFmt, ...){
  if( p->n>=ERRLIST_KEEP ){ p->n++; return; }   /* counted, not kept */
  if( p->n==p->nAlloc ){
    p->nAlloc = p->nAlloc ? p->nAlloc*2 : 16;
    p->a = xrealloc(p->a, sizeof(ErrEntry)*(size_t)p->nAlloc);
  }
  va_list ap;
  va_start(ap, zFmt);
  ErrEntry *e = &p->a[p->n++];
  e->zFile = xstrdup(zFile);
  e->iLine = iLine;
  e->iCol = iCol;
  e->zMsg = xvasprintf(zFmt, ap);
  /* A message quoting a huge value is cut (at a character boundary); the
  ** mark may be longer than what it replaces, so the message is resized. */
  size_t n = strlen(e->zMsg);
  if( n>ERRLIST_MSG_MAX ){
    static const char zCut[] = "\xE2\x80\xA6 (cut)";
    size_t k = ERRLIST_MSG_MAX;
    while( k>0 && ((unsigned char)e->zMsg[k] & 0xC0)==0x80 ) k--;
    e->zMsg = xrealloc(e->zMsg, k+sizeof(zCut));
    memcpy(e->zMsg+k, zCut, sizeof(zCut));
  }
  e->iSeq = p->n;
  va_end(ap);
}
void errlist_print(const ErrList *p, FILE *out){
  errlist_print_as(p, "error", out);
}

void errlist_print_as(const ErrList *p, const char *zKind, FILE *out){
  int nShow = p->n < ERRLIST_SHOW ? p->n : ERRLIST_SHOW;
  for(int i=0; i<nShow; i++){
    const ErrEntry *e = &p->a[i];
    fprintf(out, "synergist: %s: ", zKind);
    if( e->zFile ){
      fputs(e->zFile, out);
      if( e->iLine>0 ){
        fprintf(out, ":%d", e->iLine);
        if( e->iCol>0 ) fprintf(out, ":%d", e->iCol);
      }
      fputs(": ", out);
    }
    fprintf(out, "%s\n", e->zMsg);
  }
  if( p->n>nShow ){
    fprintf(out, "synergist: %s: ", zKind);
    fprintf(out, ngettext("and %d more problem", "and %d more problems", (unsigned long)(p->n-nShow)), p->n-nShow);
    fputc('\n', out);
  }
}
void errlist_free(ErrList *p){
  for(int i=0; i<errlist_kept(p); i++){ free(p->a[i].zFile); free(p->a[i].zMsg); }
  free(p->a);
  p->a = 0; p->n = p->nAlloc = 0;
}

static int cmp_entry(const void *a, const void *b){
  const ErrEntry *x = a, *y = b;
  int c = strcmp(x->zFile ? x->zFile : "", y->zFile ? y->zFile : "");
  if( c==0 ) c = (x->iLine > y->iLine) - (x->iLine < y->iLine);
  if( c==0 ) c = (x->iCol > y->iCol) - (x->iCol < y->iCol);
  if( c==0 ) c = (x->iSeq > y->iSeq) - (x->iSeq < y->iSeq);
  return c;
}
void errlist_sort(ErrList *p){
  if( p->n>1 ) qsort(p->a, (size_t)errlist_kept(p), sizeof(ErrEntry), cmp_entry);
}

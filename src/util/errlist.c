/* errlist.c: collected, positioned problems (see errlist.h). */
#include <stdarg.h>
#include <stdlib.h>
#include "util/errlist.h"
#include "util/xalloc.h"

void errlist_add(ErrList *p, const char *zFile, int iLine, int iCol, const char *zFmt, ...){
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
  va_end(ap);
}
void errlist_print(const ErrList *p, FILE *out){
  for(int i=0; i<p->n; i++){
    const ErrEntry *e = &p->a[i];
    fputs("synergist: error: ", out);
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
}
void errlist_free(ErrList *p){
  for(int i=0; i<p->n; i++){ free(p->a[i].zFile); free(p->a[i].zMsg); }
  free(p->a);
  p->a = 0; p->n = p->nAlloc = 0;
}

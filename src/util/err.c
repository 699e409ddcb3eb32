/* err.c: how a use-case function fails (see err.h). */
#include <stdarg.h>
#include <stdlib.h>
#include "util/err.h"
#include "util/xalloc.h"

int err_set(Err *p, ErrClass e, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  free(p->zMsg);
  p->zMsg = xvasprintf(zFmt, ap);
  va_end(ap);
  p->e = e;
  return e;
}

int err_if_problems(Err *p){
  if( p->list.n==0 ) return 0;
  p->e = ERR_DATA;
  return ERR_DATA;
}

void err_clear(Err *p){
  free(p->zMsg);
  errlist_free(&p->list);
  p->zMsg = NULL;
  p->e = ERR_OK;
}

/* jsonsplit.c: the elements of a JSON object's large arrays, found with
** yajl, each parsed alone with jansson (see jsonsplit.h). */
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>
#include "util/jsonsplit.h"
#include "util/xalloc.h"

/* ---- the scan ---- */

typedef struct Scan {
  JsonSplit *p; yajl_handle h;
  const char *const *azKey;
  size_t nDepth;     /* containers open */
  int iKey;          /* the root key whose value comes next, or -1 */
  int iIn;           /* the array being split, or -1 */
} Scan;

static void elem_end(Scan *s){
  JsonArr *a = &s->p->aArr[s->iIn];
  if( a->n==a->nAlloc ){
    a->nAlloc = a->nAlloc ? a->nAlloc*2 : 64;
    a->aEnd = xrealloc(a->aEnd, sizeof(size_t)*(size_t)a->nAlloc);
  }
  a->aEnd[a->n++] = yajl_get_bytes_consumed(s->h);
}
static int on_scalar(Scan *s){
  if( s->iIn>=0 && s->nDepth==2 ) elem_end(s);
  return 1;
}
static int on_null(void *c){ return on_scalar(c); }
static int on_bool(void *c, int b){ (void)b; return on_scalar(c); }
static int on_number(void *c, const char *z, size_t n){ (void)z; (void)n; return on_scalar(c); }
static int on_string(void *c, const unsigned char *z, size_t n){ (void)z; (void)n; return on_scalar(c); }
static int on_open(Scan *s, int bArray){
  if( s->nDepth==1 && s->iKey>=0 && bArray ){
    JsonArr *a = &s->p->aArr[s->iKey];
    a->bFound = 1; a->n = 0;               /* a repeated key: jansson refuses the root */
    a->iOpen = yajl_get_bytes_consumed(s->h) - 1;
    s->iIn = s->iKey;
  }
  s->nDepth++;
  return 1;
}
static int on_start_map(void *c){ return on_open(c, 0); }
static int on_start_array(void *c){ return on_open(c, 1); }
static int on_close(void *c){
  Scan *s = c;
  s->nDepth--;
  if( s->iIn>=0 ){
    if( s->nDepth==1 ){
      s->p->aArr[s->iIn].iClose = yajl_get_bytes_consumed(s->h) - 1;
      s->iIn = -1;
    }else if( s->nDepth==2 ){
      elem_end(s);
    }
  }
  return 1;
}
static int on_key(void *c, const unsigned char *z, size_t n){
  Scan *s = c;
  if( s->nDepth!=1 ) return 1;
  s->iKey = -1;
  for(int k=0; k<s->p->nKey; k++){
    if( strlen(s->azKey[k])==n && memcmp(s->azKey[k], z, n)==0 ) s->iKey = k;
  }
  return 1;
}

/* The line and column (code points) of offset i, counted on from the last
** position computed (the readers ask in increasing order, mostly). */
static void pos_of(JsonSplit *p, size_t i, int *piLine, int *piCol){
  if( i<p->iCur || p->iCurLine==0 ){ p->iCur = 0; p->iCurLine = 1; p->iCurCol = 1; }
  for(size_t k=p->iCur; k<i && k<p->n; k++){
    unsigned char c = (unsigned char)p->z[k];
    if( c=='\n' ){ p->iCurLine++; p->iCurCol = 1; }
    else if( (c & 0xC0)!=0x80 ) p->iCurCol++;
  }
  p->iCur = i;
  *piLine = p->iCurLine; *piCol = p->iCurCol;
}

int jsonsplit_scan(JsonSplit *p, const char *z, size_t n, const char *const *azKey, int nKey,
                   const char *zFile, ErrList *pErr){
  memset(p, 0, sizeof(*p));
  p->z = z; p->n = n; p->zFile = zFile; p->nKey = nKey;
  p->aArr = xcalloc((size_t)nKey+1, sizeof(JsonArr));
  static const yajl_callbacks cb = { on_null, on_bool, NULL, NULL, on_number, on_string,
    on_start_map, on_key, on_close, on_start_array, on_close };
  Scan s = { p, NULL, azKey, 0, -1, -1 };
  s.h = yajl_alloc(&cb, NULL, &s);
  if( !s.h ){ errlist_add(pErr, zFile, 0, 0, "out of memory"); return 1; }
  yajl_status st = yajl_parse(s.h, (const unsigned char*)z, n);
  if( st==yajl_status_ok ) st = yajl_complete_parse(s.h);
  int rc = 0;
  if( st!=yajl_status_ok ){
    /* Reported as jansson words and places it (the message and position
    ** every other JSON reader of synergist gives); yajl's own when jansson
    ** accepts what yajl refused. */
    json_error_t e;
    json_t *v = json_loadb(z, n, JSON_DECODE_ANY, &e);
    if( !v ){
      errlist_add(pErr, zFile, e.line>0 ? e.line : 0, e.column>0 ? e.column : 0, "%s", e.text);
    }else{
      json_decref(v);
      unsigned char *zMsg = yajl_get_error(s.h, 0, (const unsigned char*)z, n);
      char *zText = xstrdup(zMsg ? (const char*)zMsg : "syntax error");
      zText[strcspn(zText, "\n")] = 0;
      if( zMsg ) yajl_free_error(s.h, zMsg);
      int iLine, iCol;
      pos_of(p, yajl_get_bytes_consumed(s.h), &iLine, &iCol);
      errlist_add(pErr, zFile, iLine, iCol, "%s", zText);
      free(zText);
    }
    rc = 1;
  }
  yajl_free(s.h);
  return rc;
}

/* ---- the root, its arrays blanked ---- */

typedef struct Feed { const JsonSplit *p; size_t i; } Feed;

/* jansson's reader: the text, with every byte strictly inside a split
** array but line feeds made a space (so positions stay). */
static size_t feed(void *pBuf, size_t nBuf, void *pArg){
  Feed *f = pArg;
  const JsonSplit *p = f->p;
  size_t n = p->n - f->i < nBuf ? p->n - f->i : nBuf;
  char *zOut = pBuf;
  memcpy(zOut, p->z + f->i, n);
  for(int k=0; k<p->nKey; k++){
    const JsonArr *a = &p->aArr[k];
    if( !a->bFound ) continue;
    size_t lo = a->iOpen+1 > f->i ? a->iOpen+1 : f->i;
    size_t hi = a->iClose < f->i+n ? a->iClose : f->i+n;
    for(size_t j=lo; j<hi; j++) if( zOut[j-f->i]!='\n' ) zOut[j-f->i] = ' ';
  }
  f->i += n;
  return n;
}

static void jansson_err(JsonSplit *p, const json_error_t *e, size_t iBase, ErrList *pErr){
  int iLine, iCol;
  pos_of(p, iBase, &iLine, &iCol);
  if( e->line>1 ){ iLine += e->line-1; iCol = e->column; }
  else if( e->column>0 ) iCol += e->column-1;
  errlist_add(pErr, p->zFile, iLine, iCol, "%s", e->text);
}

json_t *jsonsplit_root(JsonSplit *p, size_t flags, ErrList *pErr){
  Feed f = { p, 0 };
  json_error_t e;
  json_t *v = json_load_callback(feed, &f, flags, &e);
  if( !v ) jansson_err(p, &e, 0, pErr);
  return v;
}

int jsonsplit_count(const JsonSplit *p, int k){
  return p->aArr[k].bFound ? p->aArr[k].n : 0;
}

json_t *jsonsplit_elem(JsonSplit *p, int k, int i, size_t flags, ErrList *pErr){
  const JsonArr *a = &p->aArr[k];
  size_t iStart = i ? a->aEnd[i-1] : a->iOpen+1, iEnd = a->aEnd[i];
  while( iStart<iEnd && strchr(" \t\r\n,", p->z[iStart]) ) iStart++;
  json_error_t e;
  json_t *v = json_loadb(p->z+iStart, iEnd-iStart, flags|JSON_DECODE_ANY, &e);
  if( !v ) jansson_err(p, &e, iStart, pErr);
  return v;
}

void jsonsplit_free(JsonSplit *p){
  for(int k=0; k<p->nKey; k++) free(p->aArr[k].aEnd);
  free(p->aArr);
  p->aArr = NULL;
}

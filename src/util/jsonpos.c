/*
** jsonpos.c: LINE:COLUMN of a value in a valid JSON text (see jsonpos.h).
** A cursor walks the text once along the path, stepping over the values
** before the one wanted; it never reads past z[n), even in broken text.
*/
#include <stdlib.h>
#include <string.h>
#include "util/jsonpos.h"
#include "util/limits.h"
#include "util/sb.h"
#include "util/xalloc.h"
#include "util/i18n.h"

typedef struct Cur { const char *z; size_t n, i; int iLine, iCol; } Cur;

static int cur_c(const Cur *p){ return p->i<p->n ? (unsigned char)p->z[p->i] : 0; }

/* Step over one byte. A column is one code point: UTF-8 continuation bytes
** (10xxxxxx) do not advance it. */
static void cur_step(Cur *p){
  if( p->i>=p->n ) return;
  unsigned char c = (unsigned char)p->z[p->i++];
  if( c=='\n' ){ p->iLine++; p->iCol = 1; }
  else if( (c & 0xC0)!=0x80 ) p->iCol++;
}

static void skip_ws(Cur *p){
  for(int c = cur_c(p); c==' ' || c=='\t' || c=='\r' || c=='\n'; c = cur_c(p)) cur_step(p);
}

/* From the opening quote to just past the closing one; a backslash takes
** the next byte with it, so \" and \\ do not end or start anything. */
static void skip_string(Cur *p){
  cur_step(p);
  while( p->i<p->n && p->z[p->i]!='"' ){
    if( p->z[p->i]=='\\' ) cur_step(p);
    cur_step(p);
  }
  cur_step(p);
}

/* Over one value: string, object or array (brackets counted outside
** strings), or a number or literal (up to the next delimiter). */
static void skip_value(Cur *p){
  int c = cur_c(p);
  if( c=='"' ){ skip_string(p); return; }
  if( c=='{' || c=='[' ){
    int nDepth = 0;
    do{
      c = cur_c(p);
      if( c=='"' ){ skip_string(p); continue; }
      if( c=='{' || c=='[' ) nDepth++;
      else if( c=='}' || c==']' ) nDepth--;
      cur_step(p);
    }while( nDepth>0 && p->i<p->n );
    return;
  }
  while( p->i<p->n && !strchr(",]} \t\r\n", p->z[p->i]) ) cur_step(p);
}

/* At an object: move to the value of member zKey[0..nKey); 0 if absent. */
static int enter_key(Cur *p, const char *zKey, size_t nKey){
  if( cur_c(p)!='{' ) return 0;
  cur_step(p);
  for(;;){
    skip_ws(p);
    if( cur_c(p)!='"' ) return 0;               /* '}': no such member */
    size_t iKey = p->i + 1;
    skip_string(p);
    int bMatch = p->i==iKey+nKey+1 && memcmp(p->z+iKey, zKey, nKey)==0;
    skip_ws(p);
    cur_step(p);                                /* ':' */
    skip_ws(p);
    if( bMatch ) return 1;
    skip_value(p);
    skip_ws(p);
    if( cur_c(p)!=',' ) return 0;
    cur_step(p);
  }
}

/* At an array: move to element iWant (0-based); 0 if the array is shorter. */
static int enter_index(Cur *p, long iWant){
  if( cur_c(p)!='[' || iWant<0 ) return 0;
  cur_step(p);
  for(long i=0; ; i++){
    skip_ws(p);
    if( p->i>=p->n || cur_c(p)==']' ) return 0;
    if( i==iWant ) return 1;
    skip_value(p);
    skip_ws(p);
    if( cur_c(p)!=',' ) return 0;
    cur_step(p);
  }
}

int jsonpos_find(const char *z, size_t n, const char *zPath, int *piLine, int *piCol){
  Cur c = { z, n, 0, 1, 1 };
  skip_ws(&c);
  *piLine = c.iLine; *piCol = c.iCol;
  const char *zP = zPath && strcmp(zPath, "(top)")!=0 ? zPath : "";
  while( *zP ){
    int bFound;
    if( *zP=='.' ) zP++;
    if( *zP=='[' ){
      char *zEnd;
      long i = strtol(zP+1, &zEnd, 10);
      if( zEnd==zP+1 || *zEnd!=']' ) return 0;
      bFound = enter_index(&c, i);
      zP = zEnd + 1;
    }else{
      size_t nKey = strcspn(zP, ".[");
      bFound = enter_key(&c, zP, nKey);
      zP += nKey;
    }
    if( !bFound ) return 0;
    *piLine = c.iLine; *piCol = c.iCol;
  }
  return 1;
}

/* ---- many paths in one pass ---- */

/* A path wanted, or a prefix of one (where the walk must go in), with the
** position of its value once the walk has met it. */
typedef struct Want { char *zPath; int bFound, iLine, iCol; } Want;
typedef struct Walk { Cur c; Want *a; int n; Sb path; } Walk;

static int cmp_want(const void *a, const void *b){
  return strcmp(((const Want*)a)->zPath, ((const Want*)b)->zPath);
}
static Want *want_find(Walk *w, const char *zPath){
  Want key = { (char*)zPath, 0, 0, 0 };
  return bsearch(&key, w->a, (size_t)w->n, sizeof(Want), cmp_want);
}

/* At a value whose path is w->path: note its position if wanted; enter it
** (object members, array elements) when some wanted path goes through it,
** else step over it. */
static void walk_value(Walk *w){
  Want *pW = want_find(w, sb_str(&w->path));
  if( !pW ){ skip_value(&w->c); return; }
  pW->bFound = 1; pW->iLine = w->c.iLine; pW->iCol = w->c.iCol;
  int c = cur_c(&w->c);
  if( c!='{' && c!='[' ){ skip_value(&w->c); return; }
  size_t nPath = w->path.n;
  cur_step(&w->c);
  for(long i=0; ; i++){
    skip_ws(&w->c);
    if( w->c.i>=w->c.n || cur_c(&w->c)=='}' || cur_c(&w->c)==']' ) break;
    if( c=='{' ){
      if( cur_c(&w->c)!='"' ) break;
      size_t iKey = w->c.i + 1;
      skip_string(&w->c);
      if( nPath ) sb_putc(&w->path, '.');
      sb_append(&w->path, w->c.z+iKey, w->c.i>iKey ? w->c.i-iKey-1 : 0);
      skip_ws(&w->c);
      cur_step(&w->c);                          /* ':' */
      skip_ws(&w->c);
    }else{
      sb_printf(&w->path, "[%ld]", i);
    }
    walk_value(w);
    w->path.n = nPath; w->path.z[nPath] = 0;
    skip_ws(&w->c);
    if( cur_c(&w->c)!=',' ) break;
    cur_step(&w->c);
  }
  cur_step(&w->c);                              /* '}' or ']' */
}

/* The root-relative form of a path: "(top)" and "(top).x" as "" and "x". */
static const char *rel_path(const char *zPath){
  if( !zPath ) return "";
  if( strncmp(zPath, "(top)", 5)==0 ) return zPath[5]=='.' ? zPath+6 : zPath+5;
  return zPath;
}

void jsonpos_find_all(const char *z, size_t n, const char *const *azPath, int nPath,
                      int *aiLine, int *aiCol){
  Walk w;
  memset(&w, 0, sizeof(w));
  w.c.z = z; w.c.n = n; w.c.iLine = 1; w.c.iCol = 1;
  /* Every path and each of its prefixes (cut before '.' or '['), the root "" too. */
  int nAlloc = 16;
  w.a = xmalloc(sizeof(Want)*(size_t)nAlloc);
  w.a[w.n].zPath = xstrdup("");
  w.a[w.n++].bFound = 0;
  for(int i=0; i<nPath; i++){
    const char *zP = rel_path(azPath[i]);
    size_t nP = strlen(zP);
    for(size_t k=0; k<=nP; k++){
      if( k==0 || (k<nP && zP[k]!='.' && zP[k]!='[') ) continue;
      if( w.n==nAlloc ){ nAlloc *= 2; w.a = xrealloc(w.a, sizeof(Want)*(size_t)nAlloc); }
      w.a[w.n].zPath = xstrndup(zP, k);
      w.a[w.n].bFound = 0;
      w.n++;
    }
  }
  qsort(w.a, (size_t)w.n, sizeof(Want), cmp_want);
  int nUniq = 1;
  for(int i=1; i<w.n; i++){
    if( strcmp(w.a[i].zPath, w.a[nUniq-1].zPath)==0 ) free(w.a[i].zPath);
    else w.a[nUniq++] = w.a[i];
  }
  w.n = nUniq;
  sb_append(&w.path, "", 0);
  skip_ws(&w.c);
  walk_value(&w);
  /* Each path at its own value, else at its nearest enclosing one found. */
  Want *pRoot = want_find(&w, "");
  for(int i=0; i<nPath; i++){
    char *zP = xstrdup(rel_path(azPath[i]));
    aiLine[i] = pRoot->iLine; aiCol[i] = pRoot->iCol;
    for(size_t k=strlen(zP)+1; k-- > 0; ){
      if( zP[k] && zP[k]!='.' && zP[k]!='[' ) continue;
      zP[k] = 0;
      Want *pW = want_find(&w, zP);
      if( pW && pW->bFound ){ aiLine[i] = pW->iLine; aiCol[i] = pW->iCol; break; }
    }
    free(zP);
  }
  for(int i=0; i<w.n; i++) free(w.a[i].zPath);
  free(w.a);
  sb_free(&w.path);
}

/* ---- what stored text cannot hold ---- */

static int hex4(const char *z, size_t n, size_t i, unsigned *pv){
  if( i+4>n ) return 0;
  unsigned v = 0;
  for(int k=0; k<4; k++){
    char c = z[i+k];
    int d = c>='0' && c<='9' ? c-'0' : c>='a' && c<='f' ? c-'a'+10 : c>='A' && c<='F' ? c-'A'+10 : -1;
    if( d<0 ) return 0;
    v = v*16 + (unsigned)d;
  }
  *pv = v;
  return 1;
}

int jsonpos_check_text(const char *z, size_t n, size_t nMaxDepth, const char *zFile, ErrList *pErr){
  Cur c = { z, n, 0, 1, 1 };
  int nErr = 0;
  size_t nDepth = 0;
  while( c.i<n ){
    int ch = cur_c(&c);
    if( ch=='{' || ch=='[' ){
      if( ++nDepth > nMaxDepth ){
        errlist_add(pErr, zFile, c.iLine, c.iCol, _("nested too deep: %s"), limit_hint(LIM_JSON_DEPTH));
        return nErr+1;
      }
    }else if( ch=='}' || ch==']' ){
      if( nDepth ) nDepth--;
    }else if( ch=='"' ){
      cur_step(&c);
      while( c.i<n && z[c.i]!='"' ){
        if( z[c.i]=='\\' ){
          int iLine = c.iLine, iCol = c.iCol;
          unsigned v;
          cur_step(&c);
          if( c.i<n && z[c.i]=='u' && hex4(z, n, c.i+1, &v) && v<0x20 && v!='\t' && v!='\n' && v!='\r' ){
            errlist_add(pErr, zFile, iLine, iCol,
                        _("control character U+%04X in a string: text cannot hold it"), v);
            nErr++;
          }
        }
        cur_step(&c);
      }
    }
    cur_step(&c);
  }
  return nErr;
}

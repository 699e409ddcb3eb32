/*
** jsonpos.c: LINE:COLUMN of a value in a valid JSON text (see jsonpos.h).
** A cursor walks the text once along the path, stepping over the values
** before the one wanted; it never reads past z[n), even in broken text.
*/
#include <stdlib.h>
#include <string.h>
#include "util/jsonpos.h"

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

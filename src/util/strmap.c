/* strmap.c: string -> int hash map (see strmap.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "util/strmap.h"
#include "util/xalloc.h"

typedef struct Slot { char *zKey; uint64_t h; int v; } Slot;
struct StrMap { Slot *a; size_t nSlot, nUsed; };   /* nSlot a power of two */

/* FNV-1a, 64 bits. */
static uint64_t hash(const char *z){
  uint64_t h = 0xcbf29ce484222325ULL;
  for(; *z; z++){ h ^= (unsigned char)*z; h *= 0x100000001b3ULL; }
  return h;
}

StrMap *strmap_new(void){
  StrMap *p = xcalloc(1, sizeof(StrMap));
  p->nSlot = 64;
  p->a = xcalloc(p->nSlot, sizeof(Slot));
  return p;
}

void strmap_free(StrMap *p){
  if( !p ) return;
  for(size_t i=0; i<p->nSlot; i++) free(p->a[i].zKey);
  free(p->a);
  free(p);
}

/* The slot holding z, or the empty slot where it would go. */
static Slot *find(const StrMap *p, const char *z, uint64_t h){
  size_t i = (size_t)h & (p->nSlot-1);
  while( p->a[i].zKey && (p->a[i].h!=h || strcmp(p->a[i].zKey, z)!=0) ){
    i = (i+1) & (p->nSlot-1);
  }
  return &p->a[i];
}

int strmap_get(const StrMap *p, const char *z){
  const Slot *s = find(p, z, hash(z));
  return s->zKey ? s->v : -1;
}

int strmap_put(StrMap *p, const char *z, int v){
  uint64_t h = hash(z);
  Slot *s = find(p, z, h);
  if( s->zKey ) return s->v;
  if( (p->nUsed+1)*2 > p->nSlot ){      /* keep at most half full: short probes */
    Slot *aOld = p->a;
    size_t nOld = p->nSlot;
    p->nSlot *= 2;
    p->a = xcalloc(p->nSlot, sizeof(Slot));
    for(size_t i=0; i<nOld; i++) if( aOld[i].zKey ) *find(p, aOld[i].zKey, aOld[i].h) = aOld[i];
    free(aOld);
    s = find(p, z, h);
  }
  s->zKey = xstrdup(z);
  s->h = h;
  s->v = v;
  p->nUsed++;
  return -1;
}

/* codebook.c: codebook_install() and codebook_export() (see codebook.h). */
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "qual/codebook.h"
#include "store/st_qual.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Check the array of codes aCodes (at JSON path zAt) into pErr. */
static void check_codes(json_t *aCodes, const char *zFile, const char *zAt, ErrList *pErr){
  if( !json_is_array(aCodes) ){
    errlist_add(pErr, zFile, 0, 0, "%s: must be an array of codes", zAt);
    return;
  }
  size_t i; json_t *c;
  json_array_foreach(aCodes, i, c){
    char *zHere = xasprintf("%s/%zu", zAt, i);
    json_t *n = json_object_get(c, "name");
    if( !json_is_object(c) ) errlist_add(pErr, zFile, 0, 0, "%s: a code must be an object", zHere);
    else if( !json_is_string(n) || !json_string_value(n)[0] ) errlist_add(pErr, zFile, 0, 0, "%s: needs a \"name\"", zHere);
    else if( strchr(json_string_value(n), '/') ) errlist_add(pErr, zFile, 0, 0, "%s: name '%s' contains '/'", zHere, json_string_value(n));
    if( json_is_object(c) ){
      static const char *const azText[] = { "description", "example" };
      for(int k=0; k<2; k++){
        json_t *v = json_object_get(c, azText[k]);
        if( v && !json_is_string(v) ) errlist_add(pErr, zFile, 0, 0, "%s: \"%s\" must be text", zHere, azText[k]);
      }
      json_t *kids = json_object_get(c, "children");
      if( kids ){
        char *zKids = xasprintf("%s/children", zHere);
        check_codes(kids, zFile, zKids, pErr);
        free(zKids);
      }
    }
    free(zHere);
  }
}

/* Add aCodes under zParent (path, or NULL); existing codes are kept. */
static int add_codes(Store *p, json_t *aCodes, const char *zParent, int bBuiltin,
                     const char *zWho, int *pnAdded){
  size_t i; json_t *c;
  json_array_foreach(aCodes, i, c){
    const char *zName = json_string_value(json_object_get(c, "name"));
    char *zPath = zParent ? xasprintf("%s/%s", zParent, zName) : xstrdup(zName);
    int64_t id;
    char *zFound = NULL;
    int rc = STORE_OK;
    /* Existing only when the full path matches (a unique name elsewhere does not count). */
    if( st_code_find(p, zPath, &id, &zFound)!=STORE_OK || strcmp(zFound, zPath)!=0 ){
      rc = st_code_add(p, zName, zParent, json_string_value(json_object_get(c, "description")),
                       json_string_value(json_object_get(c, "example")), bBuiltin, zWho, &id);
      if( rc==STORE_OK ) (*pnAdded)++;
    }
    free(zFound);
    json_t *kids = json_object_get(c, "children");
    if( rc==STORE_OK && kids ) rc = add_codes(p, kids, zPath, bBuiltin, zWho, pnAdded);
    free(zPath);
    if( rc ) return rc;
  }
  return STORE_OK;
}

int codebook_install(Store *p, const char *zJson, const char *zFile, const char *zUnder,
                     int bBuiltin, const char *zWho, int *pnAdded, ErrList *pErr){
  *pnAdded = 0;
  json_error_t e;
  json_t *pRoot = json_loads(zJson, 0, &e);
  if( !pRoot ){
    errlist_add(pErr, zFile, e.line, e.column, "%s", e.text);
    return STORE_OK;
  }
  int nBefore = pErr->n, rc = STORE_OK;
  json_t *aCodes = json_object_get(pRoot, "codes");
  if( !aCodes ) errlist_add(pErr, zFile, 0, 0, "no \"codes\" array at the top level");
  else check_codes(aCodes, zFile, "codes", pErr);
  char *zParent = NULL;
  if( pErr->n==nBefore && zUnder ){
    int64_t id;
    rc = st_code_find(p, zUnder, &id, &zParent);
  }
  if( pErr->n==nBefore && rc==STORE_OK ) rc = add_codes(p, aCodes, zParent, bBuiltin, zWho, pnAdded);
  free(zParent);
  json_decref(pRoot);
  return rc;
}

char *codebook_export(Store *p){
  QualCode *a; int n;
  if( st_code_all(p, &a, &n) ) return NULL;
  json_t *pRoot = json_object();
  json_object_set_new(pRoot, "name", json_string("synergist codebook"));
  json_t *aTop = json_array();
  json_object_set_new(pRoot, "codes", aTop);
  /* Tree order: a code's parent comes before it, so each code's array of
  ** children is found by walking the stack of open ancestors. */
  json_t **aStack = xcalloc((size_t)n+1, sizeof(json_t*));
  for(int i=0; i<n; i++){
    json_t *c = json_object();
    json_object_set_new(c, "name", json_string(a[i].zName));
    if( a[i].zDescription ) json_object_set_new(c, "description", json_string(a[i].zDescription));
    if( a[i].zExample ) json_object_set_new(c, "example", json_string(a[i].zExample));
    int d = a[i].iDepth;
    json_t *pInto = aTop;
    if( d>0 && aStack[d-1] ){
      pInto = json_object_get(aStack[d-1], "children");
      if( !pInto ){ pInto = json_array(); json_object_set_new(aStack[d-1], "children", pInto); }
    }
    json_array_append_new(pInto, c);
    aStack[d] = c;
  }
  free(aStack);
  qual_codes_free(a, n);
  char *zOut = json_dumps(pRoot, JSON_INDENT(2)|JSON_PRESERVE_ORDER);
  json_decref(pRoot);
  char *z = xstrdup(zOut);
  free(zOut);
  return z;
}

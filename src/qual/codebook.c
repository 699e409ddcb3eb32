/* codebook.c: codebook_install(), codebook_export(), codebook_word() and
** codebook_path_words() (see codebook.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "qual/codebook.h"
#include "store/st_qual.h"
#include "util/i18n.h"
#include "util/jsonpos.h"
#include "util/limits.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* A problem with the value at zLoc (a jsonpos path), reported at its
** LINE:COLUMN in zJson. */
static void cb_err(ErrList *pErr, const char *zJson, const char *zFile, const char *zLoc,
                   const char *zFmt, ...) __attribute__((format(printf,5,6)));
static void cb_err(ErrList *pErr, const char *zJson, const char *zFile, const char *zLoc,
                   const char *zFmt, ...){
  int iLine = 0, iCol = 0;
  jsonpos_find(zJson, strlen(zJson), zLoc, &iLine, &iCol);
  va_list ap;
  va_start(ap, zFmt);
  char *zMsg = xvasprintf(zFmt, ap);
  va_end(ap);
  errlist_add(pErr, zFile, iLine, iCol, "%s", zMsg);
  free(zMsg);
}

/* Check the array of codes aCodes (named zAt in messages, found at the
** jsonpos path zLoc of zJson) into pErr. */
static void check_codes(json_t *aCodes, const char *zJson, const char *zFile, const char *zAt,
                        const char *zLoc, ErrList *pErr){
  if( !json_is_array(aCodes) ){
    cb_err(pErr, zJson, zFile, zLoc, "%s: must be an array of codes", zAt);
    return;
  }
  size_t i; json_t *c;
  json_array_foreach(aCodes, i, c){
    char *zHere = xasprintf("%s/%zu", zAt, i);
    char *zHereLoc = xasprintf("%s[%zu]", zLoc, i);
    char *zNameLoc = xasprintf("%s.name", zHereLoc);
    json_t *n = json_object_get(c, "name");
    if( !json_is_object(c) ) cb_err(pErr, zJson, zFile, zHereLoc, "%s: a code must be an object", zHere);
    else if( !json_is_string(n) || !json_string_value(n)[0] ) cb_err(pErr, zJson, zFile, n ? zNameLoc : zHereLoc, "%s: needs a \"name\"", zHere);
    else if( strchr(json_string_value(n), '/') ) cb_err(pErr, zJson, zFile, zNameLoc, "%s: name '%s' contains '/'", zHere, json_string_value(n));
    free(zNameLoc);
    if( json_is_object(c) ){
      static const char *const azText[] = { "description", "example" };
      for(int k=0; k<2; k++){
        json_t *v = json_object_get(c, azText[k]);
        if( v && !json_is_string(v) ){
          char *zKeyLoc = xasprintf("%s.%s", zHereLoc, azText[k]);
          cb_err(pErr, zJson, zFile, zKeyLoc, "%s: \"%s\" must be text", zHere, azText[k]);
          free(zKeyLoc);
        }
      }
      json_t *kids = json_object_get(c, "children");
      if( kids ){
        char *zKids = xasprintf("%s/children", zHere);
        char *zKidsLoc = xasprintf("%s.children", zHereLoc);
        check_codes(kids, zJson, zFile, zKids, zKidsLoc, pErr);
        free(zKids); free(zKidsLoc);
      }
    }
    free(zHere); free(zHereLoc);
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
  if( jsonpos_check_text(zJson, strlen(zJson), limit_get(LIM_JSON_DEPTH), zFile, pErr) ) return STORE_OK;
  json_error_t e;
  json_t *pRoot = json_loads(zJson, 0, &e);
  if( !pRoot ){
    errlist_add(pErr, zFile, e.line, e.column, "%s", e.text);
    return STORE_OK;
  }
  int nBefore = pErr->n, rc = STORE_OK;
  json_t *aCodes = json_object_get(pRoot, "codes");
  if( !aCodes ) cb_err(pErr, zJson, zFile, "", "no \"codes\" array at the top level");
  else check_codes(aCodes, zJson, zFile, "codes", "codes", pErr);
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
  st_codes_free(a, n);
  char *zOut = json_dumps(pRoot, JSON_INDENT(2)|JSON_PRESERVE_ORDER);
  json_decref(pRoot);
  char *z = xstrdup(zOut);
  free(zOut);
  return z;
}

const char *codebook_word(const char *z, int bBuiltin){
  if( !z || !bBuiltin ) return z;
  char *zId = xasprintf("codebook\004%s", z);
  const char *zOut = i18n_pgettext(zId, z);
  free(zId);
  return zOut;
}

char *codebook_path_words(const QualCode *a, int n, int i){
  Sb sb = SB_INIT;
  const QualCode *c = &a[i];
  if( c->iParent ){
    int k = 0;
    while( k<n && a[k].id!=c->iParent ) k++;
    if( k==n ) return xstrdup(c->zPath);
    char *z = codebook_path_words(a, n, k);
    sb_printf(&sb, "%s/", z);
    free(z);
  }
  sb_puts(&sb, codebook_word(c->zName, c->bBuiltin));
  return sb_take(&sb);
}

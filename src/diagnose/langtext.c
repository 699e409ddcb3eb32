/* langtext.c: English and French texts of the diagnosis data files (see langtext.h). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/langtext.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Copy v (a string, or an array of strings when bArray) into *paz and *pn;
** 0, or 1 when v has another shape. */
static int take(json_t *v, int bArray, char ***paz, int *pn){
  if( !bArray ){
    if( !json_is_string(v) ) return 1;
    *paz = xcalloc(2, sizeof(char*));
    (*paz)[0] = xstrdup(json_string_value(v));
    *pn = 1;
    return 0;
  }
  return lang_json_strings(v, paz, pn);
}

int lang_json_strings(json_t *v, char ***paz, int *pn){
  if( !json_is_array(v) ) return 1;
  *paz = xcalloc(json_array_size(v)+1, sizeof(char*));
  size_t i; json_t *x;
  json_array_foreach(v, i, x){
    if( !json_is_string(x) ) return 1;
    (*paz)[(*pn)++] = xstrdup(json_string_value(x));
  }
  return 0;
}

/* An independent copy of the n strings az. */
static char **copy_strs(char **az, int n){
  char **a = xcalloc((size_t)n+1, sizeof(char*));
  for(int i=0; i<n; i++) a[i] = xstrdup(az[i]);
  return a;
}

int lang_list_parse(json_t *o, const char *zKey, int bArray, LangList *p){
  static const char *const azLang[2] = { "en", "fr" };
  memset(p, 0, sizeof(*p));
  json_t *v = json_object_get(o, zKey);
  if( !v ) return 0;
  if( !json_is_object(v) ){
    if( take(v, bArray, &p->aaz[0], &p->an[0]) ) return 1;
  }else{
    for(int l=0; l<2; l++){
      json_t *x = json_object_get(v, azLang[l]);
      if( x && take(x, bArray, &p->aaz[l], &p->an[l]) ) return 1;
    }
    if( !p->aaz[0] ) return 1;     /* the English text is required */
  }
  if( !p->aaz[1] ){ p->aaz[1] = copy_strs(p->aaz[0], p->an[0]); p->an[1] = p->an[0]; }
  return 0;
}

void lang_list_clear(LangList *p){
  for(int l=0; l<2; l++){
    for(int i=0; i<p->an[l]; i++) free(p->aaz[l][i]);
    free(p->aaz[l]);
  }
  memset(p, 0, sizeof(*p));
}

char *const *lang_list_get(const LangList *p, int *pn){
  int l = i18n_is_fr();
  *pn = p->an[l];
  return p->aaz[l];
}

const char *lang_text(const LangList *p){
  int n;
  char *const *az = lang_list_get(p, &n);
  return n>0 ? az[0] : NULL;
}

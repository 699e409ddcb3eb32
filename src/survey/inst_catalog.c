/*
** inst_catalog.c: the use cases of instruments: instrument import, list,
** show, export, remove (see survey.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store/st_survey.h"
#include "survey/redcap.h"
#include "survey/survey.h"
#include "util/sb.h"
#include "util/xalloc.h"

int survey_instrument_get(Store *p, const char *zCode, Instrument **pp, Err *pErr){
  *pp = NULL;
  int64_t id;
  char *zErr = NULL;
  int rc = survey_instrument_load(p, zCode, 0, pp, &id, &zErr);
  if( rc ){
    err_set(pErr, rc==STORE_NOTFOUND ? ERR_FAIL : ERR_INTERNAL, "%s", zErr ? zErr : "unexpected error");
    free(zErr);
    return pErr->e;
  }
  return 0;
}

/* ERR_USAGE unless zLang is NULL (English), en or fr. */
static int check_lang(const char *zLang, Err *pErr){
  if( zLang && strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ){
    return err_set(pErr, ERR_USAGE, "--lang must be en or fr, not '%s'", zLang);
  }
  return 0;
}

int survey_instrument_import(Store *p, const char *zPath, const char *zId, int bReplace,
                             Instrument **ppInst, Sb *pNotes, Err *pErr){
  *ppInst = NULL;
  Instrument *pInst = NULL;
  survey_instrument_read(zPath, zId, &pInst, &pErr->list, pNotes);
  if( err_if_problems(pErr) ){
    instrument_free(pInst);
    return ERR_DATA;
  }
  const char *zSource = strstr(zPath, ".json") ? "json" : "redcap";
  char *zJson = instrument_to_json(pInst);
  int rc = st_instrument_put(p, pInst->zId, inst_text(&pInst->title, "en"), zSource,
                             pInst->nItem, zJson, bReplace);
  free(zJson);
  if( rc ){
    instrument_free(pInst);
    return store_err(p, rc, pErr);
  }
  *ppInst = pInst;
  return 0;
}

int survey_instrument_list(Store *p, Table **ppOut, Err *pErr){
  if( store_listing(p, "instrument,title,source,items,responses", st_instrument_list, ppOut, pErr) ) return pErr->e;
  Table *t = *ppOut;
  *ppOut = NULL;
  /* Built-ins the study has not used yet. */
  for(const char *const *az = instrument_builtin_ids(); *az; az++){
    int bHave = 0;
    for(int r=0; r<t->nRow; r++){
      char *z = table_cell_str(t, r, 0);
      if( strcmp(z, *az)==0 ) bHave = 1;
      free(z);
    }
    if( bHave ) continue;
    Instrument *pInst;
    if( survey_instrument_get(p, *az, &pInst, pErr) ){
      table_free(t);
      return pErr->e;
    }
    int r = table_row(t);
    table_text(t, r, 0, *az);
    table_text(t, r, 1, inst_text(&pInst->title, "en"));
    table_text(t, r, 2, "built-in");
    table_int(t, r, 3, pInst->nItem);
    table_int(t, r, 4, 0);
    instrument_free(pInst);
  }
  *ppOut = t;
  return 0;
}

/* The scales of pInst: scale,label,scoring,items,bands. */
static Table *scales_table(const Instrument *pInst, const char *zLang){
  Table *t = table_newc(NULL, "scale,label,scoring,items,bands");
  for(int j=0; j<pInst->nScale; j++){
    const InstScale *s = &pInst->aScale[j];
    int r = table_row(t);
    table_text(t, r, 0, s->zId);
    table_text(t, r, 1, inst_text(&s->label, zLang));
    table_text(t, r, 2, s->eScoring==SCORE_COUNT ? "count" : "mean");
    Sb b = SB_INIT;
    for(int m=0; m<s->nItem; m++) sb_printf(&b, "%s%s", m ? " " : "", pInst->aItem[s->aiItem[m]].zId);
    table_text(t, r, 3, sb_str(&b));
    sb_reset(&b);
    const InstBand *a = s->nBand ? s->aBand : pInst->aBand;
    int n = s->nBand ? s->nBand : pInst->nBand;
    for(int i=0; s->eScoring==SCORE_MEAN && i<n; i++) sb_printf(&b, "%s%s %.1f-%.1f", i ? ", " : "", a[i].zBand, a[i].rMin, a[i].rMax);
    table_text(t, r, 4, sb_str(&b));
    sb_free(&b);
  }
  return t;
}

/* The items of pInst: item,label,min,max,na,reverse,scales. */
static Table *items_table(const Instrument *pInst, const char *zLang){
  Table *t = table_newc(NULL, "item,label,min,max,na,reverse,scales");
  for(int i=0; i<pInst->nItem; i++){
    const InstItem *it = &pInst->aItem[i];
    const InstResp *rs = &pInst->aResp[it->iResp];
    int r = table_row(t);
    table_text(t, r, 0, it->zId);
    table_text(t, r, 1, inst_text(&it->label, zLang));
    table_int(t, r, 2, rs->iMin);
    table_int(t, r, 3, rs->iMax);
    if( rs->bNa ) table_int(t, r, 4, rs->iNa);
    table_text(t, r, 5, it->bReverse ? "yes" : "no");
    Sb b = SB_INIT;
    for(int k=0; k<it->nScale; k++) sb_printf(&b, "%s%s", k ? " " : "", pInst->aScale[it->aiScale[k]].zId);
    table_text(t, r, 6, sb_str(&b));
    sb_free(&b);
  }
  return t;
}

int survey_instrument_show(Store *p, const char *zCode, const char *zLang, int bScales, Table **ppOut, Err *pErr){
  *ppOut = NULL;
  if( check_lang(zLang, pErr) ) return pErr->e;
  Instrument *pInst;
  if( survey_instrument_get(p, zCode, &pInst, pErr) ) return pErr->e;
  if( !zLang ) zLang = "en";
  *ppOut = bScales ? scales_table(pInst, zLang) : items_table(pInst, zLang);
  instrument_free(pInst);
  return 0;
}

int survey_instrument_export(Store *p, const char *zCode, int bRedcap, const char *zLang,
                             char **pzText, size_t *pnText, Err *pErr){
  *pzText = NULL;
  *pnText = 0;
  if( check_lang(zLang, pErr) ) return pErr->e;
  Instrument *pInst;
  if( survey_instrument_get(p, zCode, &pInst, pErr) ) return pErr->e;
  if( bRedcap ){
    FILE *out = open_memstream(pzText, pnText);
    if( !out ){
      instrument_free(pInst);
      return err_set(pErr, ERR_INTERNAL, "out of memory");
    }
    redcap_write_dictionary(pInst, zLang ? zLang : "en", out);
    fclose(out);
  }else{
    *pzText = instrument_to_json(pInst);
    *pnText = strlen(*pzText);
  }
  instrument_free(pInst);
  return 0;
}

int survey_instrument_remove(Store *p, const char *zCode, Err *pErr){
  int rc = st_instrument_remove(p, zCode);
  return rc ? store_err(p, rc, pErr) : 0;
}

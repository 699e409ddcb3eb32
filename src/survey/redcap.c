/*
** redcap.c: REDCap data dictionaries to and from instruments (see redcap.h).
*/
#include <ctype.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "survey/redcap.h"
#include "util/csvread.h"
#include "util/table.h"
#include "util/xalloc.h"
#include "util/sb.h"
#include "util/repeats.h"
#include "util/strmap.h"
#include "util/i18n.h"

#define HDR_FIRST "Variable / Field Name"
static const char *const azHeader[] = {
  HDR_FIRST, "Form Name", "Section Header", "Field Type", "Field Label",
  "Choices, Calculations, OR Slider Labels", "Field Note",
  "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max",
  "Identifier?", "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
  "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation", NULL };

int redcap_is_dictionary(const char *z){
  if( *z=='"' ) z++;
  return strncasecmp(z, HDR_FIRST, strlen(HDR_FIRST))==0;
}

/* Labels that mark a choice as "not applicable" when no @SYNERGIST-NA is given. */
static int is_na_label(const char *z){
  static const char *const az[] = { "not applicable", "n/a", "na", "does not apply", "don't know",
    "do not know", "sans objet", "ne s'applique pas", "je ne sais pas", NULL };
  for(int i=0; az[i]; i++) if( strncasecmp(z, az[i], strlen(az[i]))==0 ) return 1;
  return 0;
}

static char *trim_dup(const char *z, size_t n){
  while( n>0 && isspace((unsigned char)*z) ){ z++; n--; }
  while( n>0 && isspace((unsigned char)z[n-1]) ) n--;
  return xstrndup(z, n);
}

typedef struct Choice { int iCode; char *zLabel; } Choice;

/* Parse "1, Agree | 2, Disagree" into aC (caller frees labels and array).
** Returns the count, or -1 when a code is not a whole number (of int range). */
static int parse_choices(const char *z, Choice **paC){
  int n = 0;
  Choice *a = NULL;
  while( z && *z ){
    const char *zEnd = strchr(z, '|');
    size_t nPart = zEnd ? (size_t)(zEnd-z) : strlen(z);
    char *zPart = trim_dup(z, nPart);
    char *zComma = strchr(zPart, ',');
    char *zCode = trim_dup(zPart, zComma ? (size_t)(zComma-zPart) : strlen(zPart));
    char *zE;
    long v = strtol(zCode, &zE, 10);
    int ok = zCode[0] && *zE==0 && v>=INT_MIN && v<=INT_MAX;
    if( ok ){
      a = xrealloc(a, sizeof(Choice)*(size_t)(n+1));
      a[n].iCode = (int)v;
      a[n].zLabel = trim_dup(zComma ? zComma+1 : "", zComma ? strlen(zComma+1) : 0);
      n++;
    }
    free(zCode); free(zPart);
    if( !ok ){
      for(int i=0; i<n; i++) free(a[i].zLabel);
      free(a);
      *paC = NULL;
      return -1;
    }
    z = zEnd ? zEnd+1 : NULL;
  }
  *paC = a;
  return n;
}

typedef struct RcState {
  const char *zPath; ErrList *pErr;
  Sb *pNotes;               /* the fields skipped (may be NULL) */
  Instrument *p;
  int iVar, iForm, iType, iLabel, iChoices, iAnnot;
  int bHeader;
  StrMap *pRespKey;  /* canonical text of each response scale -> its index, for sharing */
  StrMap *pScale;    /* scale id -> scale index */
  int *aiItemLine;   /* the line of each item, for repeated variable names */
  int nItemAlloc;    /* slots in p->aItem and aiItemLine (grown by doubling) */
  /* Rows mostly repeat the row before's choices: the last choices text
  ** parsed (and its choices), and the last response scale found (for the
  ** choices of generation iRespGen and its not-applicable code). */
  char *zLastChoices; Choice *aLastC; int nLastC; int iChoiceGen;
  int iRespGen, bRespNa, iRespNa, iLastResp;
} RcState;

static void choices_free(Choice *a, int n){
  for(int i=0; i<n; i++) free(a[i].zLabel);
  free(a);
}

static int field_at(const CsvRow *r, int i, const char **pz){
  *pz = (i>=0 && i<r->nField) ? r->az[i] : "";
  return i>=0 && i<r->nField;
}

static void note(RcState *s, int iLine, const char *zVar, const char *zWhy){
  if( s->pNotes ) sb_printf(s->pNotes, "%s:%d: field \"%s\" skipped: %s\n", s->zPath, iLine, zVar, zWhy);
}

/* The response scale for these choices (shared with identical ones). */
static int response_for(RcState *s, Choice *aC, int nC, int iNa, int bNa){
  Instrument *p = s->p;
  int iMin = 0, iMax = 0, bFirst = 1;
  for(int i=0; i<nC; i++){
    if( bNa && aC[i].iCode==iNa ) continue;
    if( bFirst || aC[i].iCode<iMin ) iMin = aC[i].iCode;
    if( bFirst || aC[i].iCode>iMax ) iMax = aC[i].iCode;
    bFirst = 0;
  }
  Sb key = SB_INIT;
  sb_printf(&key, "%d|%d|%d|%d", iMin, iMax, bNa, iNa);
  for(int i=0; i<nC; i++) sb_printf(&key, "|%d=%s", aC[i].iCode, aC[i].zLabel);
  int iOld = strmap_put(s->pRespKey, sb_str(&key), p->nResp);
  sb_free(&key);
  if( iOld>=0 ) return iOld;
  /* Grown by doubling: nResp is a power of two exactly when full. */
  if( (p->nResp & (p->nResp-1))==0 ){
    p->aResp = xrealloc(p->aResp, sizeof(InstResp)*(size_t)(p->nResp ? p->nResp*2 : 1));
  }
  InstResp *r = &p->aResp[p->nResp];
  memset(r, 0, sizeof(*r));
  r->zId = xasprintf("choices%d", p->nResp+1);
  r->iMin = iMin; r->iMax = iMax; r->bNa = bNa; r->iNa = iNa;
  if( (long long)iMax-iMin<=ANS_MAXRANGE ){
    r->nLang = 1;
    r->azLang = xcalloc(1, sizeof(char*));
    r->aazLabel = xcalloc(1, sizeof(char**));
    r->azLang[0] = xstrdup("en");
    r->aazLabel[0] = xcalloc((size_t)(iMax-iMin+1), sizeof(char*));
    for(int v=0; v<=iMax-iMin; v++) r->aazLabel[0][v] = xstrdup("");
    for(int i=0; i<nC; i++){
      if( bNa && aC[i].iCode==iNa ){ inst_text_set(&r->naLabel, "en", aC[i].zLabel); continue; }
      free(r->aazLabel[0][aC[i].iCode-iMin]);
      r->aazLabel[0][aC[i].iCode-iMin] = xstrdup(aC[i].zLabel);
    }
  }
  return p->nResp++;
}

static int scale_get(RcState *s, const char *zId){
  Instrument *p = s->p;
  int i = strmap_put(s->pScale, zId, p->nScale);
  if( i>=0 ) return i;
  if( (p->nScale & (p->nScale-1))==0 ){   /* grown by doubling */
    p->aScale = xrealloc(p->aScale, sizeof(InstScale)*(size_t)(p->nScale ? p->nScale*2 : 1));
  }
  memset(&p->aScale[p->nScale], 0, sizeof(InstScale));
  p->aScale[p->nScale].zId = xstrdup(zId);
  inst_text_set(&p->aScale[p->nScale].label, "en", zId);
  return p->nScale++;
}

/* Repeated variable names: one problem per name, at its second row,
** listing the lines of its rows (repeats.h). */
static int cmp_item_id(void *pCtx, int x, int y){
  const Instrument *p = pCtx;
  return strcmp(p->aItem[x].zId, p->aItem[y].zId);
}
static void repeated_var(void *pArg, const int *ai, int n){
  const RcState *s = pArg;
  char zTimes[32];
  repeats_times(n, zTimes, sizeof(zTimes));
  char *zLines = repeats_lines(ai, n, s->aiItemLine);
  errlist_add(s->pErr, s->zPath, s->aiItemLine[ai[1]], s->iVar+1, _("variable \"%s\" is used %s: lines %s"),
              s->p->aItem[ai[0]].zId, zTimes, zLines);
  free(zLines);
}

static int rc_row(void *pArg, const CsvRow *r){
  RcState *s = pArg;
  if( !s->bHeader ){
    s->bHeader = 1;
    s->iVar = csv_find_col(r, HDR_FIRST);
    s->iForm = csv_find_col(r, "Form Name");
    s->iType = csv_find_col(r, "Field Type");
    s->iLabel = csv_find_col(r, "Field Label");
    s->iChoices = csv_find_col(r, "Choices, Calculations, OR Slider Labels");
    s->iAnnot = csv_find_col(r, "Field Annotation");
    const char *azNeed[] = { HDR_FIRST, "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels" };
    int aiNeed[] = { s->iVar, s->iType, s->iLabel, s->iChoices };
    for(int i=0; i<4; i++){
      if( aiNeed[i]<0 ) errlist_add(s->pErr, s->zPath, r->iLine, 0, "column \"%s\" is missing", azNeed[i]);
    }
    return s->pErr->n>0;
  }
  const char *zVar, *zType, *zLabel, *zChoices, *zAnnot;
  field_at(r, s->iVar, &zVar);
  field_at(r, s->iType, &zType);
  field_at(r, s->iLabel, &zLabel);
  field_at(r, s->iChoices, &zChoices);
  field_at(r, s->iAnnot, &zAnnot);
  if( !zVar[0] ){ errlist_add(s->pErr, s->zPath, r->iLine, s->iVar+1, "the variable name is empty"); return 0; }
  if( !instrument_valid_id(zVar) ){
    errlist_add(s->pErr, s->zPath, r->iLine, s->iVar+1, "variable \"%s\" must be lowercase letters, digits and _ starting with a letter", zVar);
    return 0;
  }
  /* The choices (borrowed: the last parsed, or the yes/no pairs). */
  static Choice aYesNo[2] = { {0, "No"}, {1, "Yes"} }, aTrueFalse[2] = { {0, "False"}, {1, "True"} };
  Choice *aC = NULL; int nC = 0, iGen;
  if( strcmp(zType, "radio")==0 || strcmp(zType, "dropdown")==0 ){
    if( !s->zLastChoices || strcmp(zChoices, s->zLastChoices)!=0 ){
      Choice *aNew = NULL;
      int nNew = parse_choices(zChoices, &aNew);
      if( nNew<0 ){ note(s, r->iLine, zVar, "its choice codes are not whole numbers"); return 0; }
      choices_free(s->aLastC, s->nLastC);
      free(s->zLastChoices);
      s->zLastChoices = xstrdup(zChoices);
      s->aLastC = aNew; s->nLastC = nNew;
      s->iChoiceGen++;
    }
    aC = s->aLastC; nC = s->nLastC; iGen = s->iChoiceGen;
    if( nC==0 ){ errlist_add(s->pErr, s->zPath, r->iLine, s->iChoices+1, "%s field \"%s\" has no choices", zType, zVar); return 0; }
  }else if( strcmp(zType, "yesno")==0 || strcmp(zType, "truefalse")==0 ){
    int bYes = zType[0]=='y';
    nC = 2;
    aC = bYes ? aYesNo : aTrueFalse;
    iGen = bYes ? -1 : -2;
  }else{
    char *zWhy = xasprintf("type \"%s\" is not an item with choices", zType);
    if( r->iLine>2 || strcmp(zType, "text")!=0 ) note(s, r->iLine, zVar, zWhy);   /* the record id is expected */
    free(zWhy);
    return 0;
  }
  /* Annotation tags. */
  int bReverse = 0, bNa = 0, iNa = 0;
  char **azScale = NULL; int nScale = 0;
  char *zCopy = xstrdup(zAnnot);
  for(char *zTok = strtok(zCopy, " \t\r\n"); zTok; zTok = strtok(NULL, " \t\r\n")){
    if( strncasecmp(zTok, "@SYNERGIST-SCALE=", 17)==0 && zTok[17] ){
      if( !instrument_valid_id(zTok+17) ){
        errlist_add(s->pErr, s->zPath, r->iLine, s->iAnnot+1, "scale \"%s\" must be lowercase letters, digits and _ starting with a letter", zTok+17);
      }
      azScale = xrealloc(azScale, sizeof(char*)*(size_t)(nScale+1));
      azScale[nScale++] = zTok+17;
    }else if( strcasecmp(zTok, "@SYNERGIST-REVERSE")==0 ){
      bReverse = 1;
    }else if( strncasecmp(zTok, "@SYNERGIST-NA=", 14)==0 ){
      char *zE;
      long v = strtol(zTok+14, &zE, 10);
      iNa = (v>=INT_MIN && v<=INT_MAX) ? (int)v : 0;
      if( zTok[14]==0 || *zE || v<INT_MIN || v>INT_MAX ) errlist_add(s->pErr, s->zPath, r->iLine, s->iAnnot+1, "@SYNERGIST-NA needs a whole number, not \"%s\"", zTok+14);
      else bNa = 1;
    }else if( strncasecmp(zTok, "@SYNERGIST", 10)==0 ){
      errlist_add(s->pErr, s->zPath, r->iLine, s->iAnnot+1, "unknown tag %s (known: @SYNERGIST-SCALE=ID, @SYNERGIST-REVERSE, @SYNERGIST-NA=CODE)", zTok);
    }
  }
  if( !bNa ){
    for(int i=0; i<nC; i++) if( nC>2 && is_na_label(aC[i].zLabel) ){ bNa = 1; iNa = aC[i].iCode; }
  }
  Instrument *p = s->p;
  if( p->nItem==s->nItemAlloc ){
    s->nItemAlloc = s->nItemAlloc ? s->nItemAlloc*2 : 64;
    s->aiItemLine = xrealloc(s->aiItemLine, sizeof(int)*(size_t)s->nItemAlloc);
    p->aItem = xrealloc(p->aItem, sizeof(InstItem)*(size_t)s->nItemAlloc);
  }
  s->aiItemLine[p->nItem] = r->iLine;
  InstItem *it = &p->aItem[p->nItem++];
  memset(it, 0, sizeof(*it));
  it->zId = xstrdup(zVar);
  inst_text_set(&it->label, "en", zLabel);
  it->bReverse = bReverse;
  if( p->nResp==0 || iGen!=s->iRespGen || bNa!=s->bRespNa || (bNa && iNa!=s->iRespNa) ){
    s->iLastResp = response_for(s, aC, nC, iNa, bNa);
    s->iRespGen = iGen; s->bRespNa = bNa; s->iRespNa = iNa;
  }
  it->iResp = s->iLastResp;
  it->aiScale = xcalloc((size_t)nScale+1, sizeof(int));
  for(int k=0; k<nScale; k++) it->aiScale[it->nScale++] = scale_get(s, azScale[k]);
  free(azScale); free(zCopy);
  return 0;
}

int redcap_read_dictionary(const char *zPath, const char *zId, Instrument **pp, ErrList *pErr, Sb *pNotes){
  *pp = NULL;
  int n0 = pErr->n;
  RcState s = {0};
  s.zPath = zPath; s.pErr = pErr; s.pNotes = pNotes;
  s.p = xcalloc(1, sizeof(Instrument));
  s.p->zId = xstrdup(zId);
  s.pRespKey = strmap_new();
  s.pScale = strmap_new();
  inst_text_set(&s.p->title, "en", zId);
  instrument_default_bands(s.p);
  csv_read(zPath, rc_row, &s, pErr);
  repeats_each(NULL, s.p->nItem, cmp_item_id, s.p, repeated_var, &s);
  strmap_free(s.pRespKey);
  strmap_free(s.pScale);
  free(s.aiItemLine);
  choices_free(s.aLastC, s.nLastC);
  free(s.zLastChoices);
  if( pErr->n==n0 && s.p->nItem==0 ) errlist_add(pErr, zPath, 0, 0, "no radio, dropdown or yes/no field: nothing to score");
  /* Scales whose items all answer 0..1 are checklists scored as counts:
  ** one pass over the items marks the scales that have another item. */
  for(int i=0; i<s.p->nScale; i++) s.p->aScale[i].eScoring = SCORE_COUNT;
  for(int j=0; j<s.p->nItem; j++){
    const InstItem *it = &s.p->aItem[j];
    const InstResp *r = &s.p->aResp[it->iResp];
    if( r->iMin==0 && r->iMax==1 ) continue;
    for(int k=0; k<it->nScale; k++) s.p->aScale[it->aiScale[k]].eScoring = SCORE_MEAN;
  }
  /* Checklists with the built-in ids form the benefits/drawbacks balance. */
  if( instrument_scale_index(s.p, "benefits_checklist")>=0 && instrument_scale_index(s.p, "drawbacks_checklist")>=0 ){
    s.p->zBenefits = xstrdup("benefits_checklist");
    s.p->zDrawbacks = xstrdup("drawbacks_checklist");
  }
  if( pErr->n==n0 ) instrument_check(s.p, zPath, pErr);
  if( pErr->n>n0 ){ instrument_free(s.p); return 1; }
  *pp = s.p;
  return 0;
}

void redcap_write_dictionary(const Instrument *p, const char *zLang, FILE *out){
  for(int i=0; azHeader[i]; i++){
    if( i ) fputc(',', out);
    csv_write_field(out, azHeader[i]);
  }
  fputs("\r\n", out);
  int nCol = 0;
  while( azHeader[nCol] ) nCol++;
  /* REDCap wants the record identifier first. */
  fprintf(out, "record_id,%s,,text,Record ID", p->zId);
  for(int i=5; i<nCol; i++) fputc(',', out);
  fputs("\r\n", out);
  Sb b = SB_INIT;
  for(int i=0; i<p->nItem; i++){
    const InstItem *it = &p->aItem[i];
    const InstResp *r = &p->aResp[it->iResp];
    fprintf(out, "%s,%s,,radio,", it->zId, p->zId);
    csv_write_text(out, inst_text(&it->label, zLang));
    fputc(',', out);
    sb_reset(&b);
    int iL = 0;
    for(int l=0; l<r->nLang; l++) if( strcmp(r->azLang[l], zLang)==0 ) iL = l;
    for(int v=r->iMin; v<=r->iMax; v++){
      const char *zL = r->nLang ? r->aazLabel[iL][v-r->iMin] : "";
      if( zL[0] ) sb_printf(&b, "%s%d, %s", v>r->iMin ? " | " : "", v, zL);
      else sb_printf(&b, "%s%d, %d", v>r->iMin ? " | " : "", v, v);   /* REDCap needs a label */
    }
    if( r->bNa ){
      const char *zL = inst_text(&r->naLabel, zLang);
      sb_printf(&b, " | %d, %s", r->iNa, zL[0] ? zL : "Not applicable");
    }
    csv_write_text(out, sb_str(&b));
    for(int c=6; c<nCol-1; c++) fputc(',', out);
    fputc(',', out);
    sb_reset(&b);
    for(int k=0; k<it->nScale; k++) sb_printf(&b, "%s@SYNERGIST-SCALE=%s", b.n ? " " : "", p->aScale[it->aiScale[k]].zId);
    if( it->bReverse ) sb_printf(&b, "%s@SYNERGIST-REVERSE", b.n ? " " : "");
    if( r->bNa ) sb_printf(&b, "%s@SYNERGIST-NA=%d", b.n ? " " : "", r->iNa);
    csv_write_text(out, sb_str(&b));
    fputs("\r\n", out);
  }
  sb_free(&b);
}

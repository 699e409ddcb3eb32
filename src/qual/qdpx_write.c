/*
** qdpx_write.c: qdpx_export() (see qdpx.h): the study as a QDA-XML 1.0
** project (project.qde, valid against Project-mrt2019.xsd) and one UTF-8
** text per source (Sources/GUID.txt), zipped with libzip.
**
** Mapping: coders and memo authors are Users; the codebook is the CodeBook
** (description and example in Description, colour kept); each source is a
** TextSource with its kind, language and date as variables; each segment a
** PlainTextSelection with one Coding by its coder; a memo on a span a
** PlainTextSelection without Coding; every memo a Note, referred to by
** NoteRef from the project, its source, code or selection; each interviewee
** a Case (named by pseudonymous id) with the member's stakeholder group,
** organisation and attributes as variables and its interviews as SourceRef.
** GUIDs come from refi_guid() over the study's identity and row ids.
*/
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlwriter.h>
#include <zip.h>
#include "qual/qdpx.h"
#include "qual/redact.h"
#include "qual/refi.h"
#include "store/st_qual.h"
#include "store/st_refi.h"
#include "store/st_roster.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* A variable of the project: its name and QDA-XML type. */
typedef struct Var { const char *zName; const char *zType; } Var;

/* Everything the export writes, loaded once. */
typedef struct Exp {
  Store *pS;
  char *zStudy;               /* the study's identity, for GUIDs */
  int bNames;
  Redactor *pRed;             /* NULL with bNames */
  QualCode *aCode; int nCode;
  QualSource *aSrc; int nSrc; /* the exported sources, with text */
  QualSegment *aSeg; int nSeg;
  QualMemo *aMemo; int nMemo; /* the exported memos */
  MemberRec *aMem; int nMem;  /* interviewees of exported sources */
  char **azUser; int nUser;   /* coders and memo authors, sorted */
  Var *aVar; int nVar;
  char **azText;              /* per source: the text as exported */
  int64_t **aaStart, **aaEnd; /* per source: boundary maps (NULL: identity) */
} Exp;

static int in_list(const char *z, const char *const *az, int n){
  for(int i=0; i<n; i++) if( strcmp(z, az[i])==0 ) return 1;
  return 0;
}

static int cmp_str(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/* Add zName to the users if absent. */
static void add_user(Exp *e, const char *zName){
  if( in_list(zName, (const char*const*)e->azUser, e->nUser) ) return;
  e->azUser = xrealloc(e->azUser, sizeof(char*)*(size_t)(e->nUser+1));
  e->azUser[e->nUser++] = xstrdup(zName);
}

/* Declare a variable; a name used with two types becomes Text. */
static void add_var(Exp *e, const char *zName, const char *zType){
  for(int i=0; i<e->nVar; i++){
    if( strcmp(e->aVar[i].zName, zName)==0 ){
      if( strcmp(e->aVar[i].zType, zType)!=0 ) e->aVar[i].zType = "Text";
      return;
    }
  }
  e->aVar = xrealloc(e->aVar, sizeof(Var)*(size_t)(e->nVar+1));
  e->aVar[e->nVar].zName = zName;
  e->aVar[e->nVar].zType = zType;
  e->nVar++;
}

static const char *var_type(const Exp *e, const char *zName){
  for(int i=0; i<e->nVar; i++) if( strcmp(e->aVar[i].zName, zName)==0 ) return e->aVar[i].zType;
  return "Text";
}

/* QDA-XML type of a member attribute type. */
static const char *attr_type(const char *zType){
  if( strcmp(zType, "integer")==0 ) return "Integer";
  if( strcmp(zType, "date")==0 ) return "Date";
  if( strcmp(zType, "real")==0 ) return "Float";
  return "Text";
}

/* The pseudonymised text of z (nCp code points) into *pzOut, with maps of
** each boundary k in [0,nCp] of the original to the new text: (*paStart)[k]
** for a start, (*paEnd)[k] for an end (they differ only inside a replaced
** name, which a start leaves before and an end after). Caller frees all. */
static void redact_map(const Redactor *r, const char *z, int64_t nCp,
                       char **pzOut, int64_t **paStart, int64_t **paEnd){
  int64_t *aS = xmalloc(sizeof(int64_t)*(size_t)(nCp+1));
  int64_t *aE = xmalloc(sizeof(int64_t)*(size_t)(nCp+1));
  Sb out = SB_INIT;
  sb_append(&out, "", 0);
  size_t nByte = strlen(z), iPos = 0, iS, iE;
  int64_t iCp = 0, iNew = 0;
  const char *zRepl;
  for(;;){
    int bHit = redactor_next(r, z, nByte, iPos, &iS, &iE, &zRepl);
    size_t iStop = bHit ? iS : nByte;
    int64_t nKeep = (int64_t)utf8_ncp(z+iPos, iStop-iPos);
    for(int64_t k=0; k<=nKeep; k++){ aS[iCp+k] = aE[iCp+k] = iNew+k; }
    sb_append(&out, z+iPos, iStop-iPos);
    iCp += nKeep; iNew += nKeep;
    if( !bHit ) break;
    int64_t nOld = (int64_t)utf8_ncp(z+iS, iE-iS);
    int64_t nRepl = (int64_t)utf8_ncp(zRepl, strlen(zRepl));
    for(int64_t k=1; k<nOld; k++){ aS[iCp+k] = iNew; aE[iCp+k] = iNew+nRepl; }
    sb_puts(&out, zRepl);
    iCp += nOld; iNew += nRepl;
    aS[iCp] = aE[iCp] = iNew;
    iPos = iE;
  }
  *pzOut = sb_take(&out);
  *paStart = aS;
  *paEnd = aE;
}

static int src_index(const Exp *e, int64_t iSource){
  for(int i=0; i<e->nSrc; i++) if( e->aSrc[i].id==iSource ) return i;
  return -1;
}

static int seg_index(const Exp *e, int64_t iSeg){
  for(int i=0; i<e->nSeg; i++) if( e->aSeg[i].id==iSeg ) return i;
  return -1;
}

/* Load what is exported. */
static int exp_load(Exp *e, const char *const *azPart, int nPart){
  Store *pS = e->pS;
  int rc;
  if( (rc = st_study_uuid(pS, &e->zStudy))!=STORE_OK ) return rc;
  if( (rc = st_code_all(pS, &e->aCode, &e->nCode))!=STORE_OK ) return rc;
  QualSource *aAll; int nAll;
  if( (rc = st_source_all(pS, NULL, 1, &aAll, &nAll))!=STORE_OK ) return rc;
  e->aSrc = xcalloc((size_t)nAll+1, sizeof(QualSource));
  for(int i=0; i<nAll; i++){
    if( nPart==0 || in_list(aAll[i].zPartnership, azPart, nPart) ){
      e->aSrc[e->nSrc++] = aAll[i];
      memset(&aAll[i], 0, sizeof(QualSource));
    }
  }
  st_sources_free(aAll, nAll);
  QualSegment *aSeg; int nSeg;
  if( (rc = st_segment_list(pS, NULL, &aSeg, &nSeg))!=STORE_OK ) return rc;
  e->aSeg = xcalloc((size_t)nSeg+1, sizeof(QualSegment));
  for(int i=0; i<nSeg; i++){
    if( src_index(e, aSeg[i].iSource)>=0 ){
      e->aSeg[e->nSeg++] = aSeg[i];
      memset(&aSeg[i], 0, sizeof(QualSegment));
    }
  }
  st_segments_free(aSeg, nSeg);
  QualMemo *aMemo; int nMemo;
  if( (rc = st_memo_all(pS, &aMemo, &nMemo))!=STORE_OK ) return rc;
  e->aMemo = xcalloc((size_t)nMemo+1, sizeof(QualMemo));
  for(int i=0; i<nMemo; i++){
    const char *k = aMemo[i].zKind;
    int bKeep = strcmp(k, "project")==0 || strcmp(k, "code")==0
             || (strcmp(k, "source")==0 && src_index(e, aMemo[i].iTarget)>=0)
             || (strcmp(k, "segment")==0 && seg_index(e, aMemo[i].iTarget)>=0);
    if( bKeep ){
      e->aMemo[e->nMemo++] = aMemo[i];
      memset(&aMemo[i], 0, sizeof(QualMemo));
    }
  }
  st_memos_free(aMemo, nMemo);
  /* Users: every coder, then memo authors. */
  Table *t = table_newc(NULL, "coder,segments,sources");
  if( (rc = st_coder_list(pS, t))!=STORE_OK ){ table_free(t); return rc; }
  for(int i=0; i<t->nRow; i++){
    char *z = table_cell_str(t, i, 0);
    add_user(e, z);
    free(z);
  }
  table_free(t);
  for(int i=0; i<e->nMemo; i++) add_user(e, e->aMemo[i].zAuthor);
  qsort(e->azUser, (size_t)e->nUser, sizeof(char*), cmp_str);
  /* Interviewees of the exported sources. */
  MemberRec *aMem; int nMem;
  if( (rc = st_member_all(pS, NULL, &aMem, &nMem))!=STORE_OK ) return rc;
  e->aMem = xcalloc((size_t)nMem+1, sizeof(MemberRec));
  for(int i=0; i<nMem; i++){
    int bInterviewed = 0;
    for(int j=0; j<e->nSrc && !bInterviewed; j++){
      bInterviewed = e->aSrc[j].zParticipant && strcmp(e->aSrc[j].zParticipant, aMem[i].zPid)==0
                  && strcmp(e->aSrc[j].zPartnership, aMem[i].zPartnership)==0;
    }
    if( bInterviewed ){
      e->aMem[e->nMem++] = aMem[i];
      memset(&aMem[i], 0, sizeof(MemberRec));
    }
  }
  st_member_recs_free(aMem, nMem);
  /* Variables: of sources, then of cases. */
  add_var(e, "kind", "Text");
  add_var(e, "language", "Text");
  for(int i=0; i<e->nSrc; i++) if( e->aSrc[i].zDate ){ add_var(e, "date", "Date"); break; }
  if( e->nMem ){
    add_var(e, "partnership", "Text");
    add_var(e, "stakeholder_group", "Text");
    add_var(e, "organisation", "Text");
  }
  for(int i=0; i<e->nMem; i++){
    for(int k=0; k<e->aMem[i].nAttr; k++){
      add_var(e, e->aMem[i].aAttr[k].zName, attr_type(e->aMem[i].aAttr[k].zType));
    }
  }
  /* The texts as exported. */
  if( !e->bNames && !(e->pRed = redactor_for_study(pS)) ) return STORE_ERROR;
  e->azText = xcalloc((size_t)e->nSrc+1, sizeof(char*));
  e->aaStart = xcalloc((size_t)e->nSrc+1, sizeof(int64_t*));
  e->aaEnd = xcalloc((size_t)e->nSrc+1, sizeof(int64_t*));
  for(int i=0; i<e->nSrc; i++){
    if( e->pRed ){
      redact_map(e->pRed, e->aSrc[i].zText, e->aSrc[i].nCp, &e->azText[i], &e->aaStart[i], &e->aaEnd[i]);
    }else{
      e->azText[i] = xstrdup(e->aSrc[i].zText);
    }
  }
  return STORE_OK;
}

static void exp_free(Exp *e){
  for(int i=0; i<e->nSrc; i++){ free(e->azText ? e->azText[i] : NULL); }
  for(int i=0; i<e->nSrc && e->aaStart; i++){ free(e->aaStart[i]); free(e->aaEnd[i]); }
  free(e->azText); free(e->aaStart); free(e->aaEnd);
  free(e->zStudy);
  redactor_free(e->pRed);
  st_codes_free(e->aCode, e->nCode);
  st_sources_free(e->aSrc, e->nSrc);
  st_segments_free(e->aSeg, e->nSeg);
  st_memos_free(e->aMemo, e->nMemo);
  st_member_recs_free(e->aMem, e->nMem);
  for(int i=0; i<e->nUser; i++) free(e->azUser[i]);
  free(e->azUser);
  free(e->aVar);
}

/* Write attribute zName with the GUID of (zKind, zKey). */
static void guid_attr(xmlTextWriterPtr w, const Exp *e, const char *zAttr, const char *zKind, const char *zKey){
  char zGuid[REFI_GUID_LEN+1];
  refi_guid(e->zStudy, zKind, zKey, zGuid);
  xmlTextWriterWriteAttribute(w, BAD_CAST zAttr, BAD_CAST zGuid);
}

static void guid_attr_id(xmlTextWriterPtr w, const Exp *e, const char *zAttr, const char *zKind, int64_t id){
  char zGuid[REFI_GUID_LEN+1];
  refi_guid_id(e->zStudy, zKind, id, zGuid);
  xmlTextWriterWriteAttribute(w, BAD_CAST zAttr, BAD_CAST zGuid);
}

/* <ELEM targetGUID="..."/> */
static void ref_elem(xmlTextWriterPtr w, const Exp *e, const char *zElem, const char *zKind, int64_t id){
  xmlTextWriterStartElement(w, BAD_CAST zElem);
  guid_attr_id(w, e, "targetGUID", zKind, id);
  xmlTextWriterEndElement(w);
}

/* NoteRefs to the memos of kind zKind on iTarget (span memos excluded). */
static void note_refs(xmlTextWriterPtr w, const Exp *e, const char *zKind, int64_t iTarget){
  for(int i=0; i<e->nMemo; i++){
    const QualMemo *m = &e->aMemo[i];
    if( strcmp(m->zKind, zKind)==0 && m->iTarget==iTarget && m->iStart<0 ) ref_elem(w, e, "NoteRef", "note", m->id);
  }
}

static void code_note_refs(void *pArg, xmlTextWriterPtr w, const QualCode *c){
  note_refs(w, pArg, "code", c->id);
}

/* <VariableValue><VariableRef/><TypeValue>v</TypeValue></VariableValue> */
static void var_value(xmlTextWriterPtr w, const Exp *e, const char *zName, const char *zValue){
  if( !zValue ) return;
  const char *zType = var_type(e, zName);
  xmlTextWriterStartElement(w, BAD_CAST "VariableValue");
  xmlTextWriterStartElement(w, BAD_CAST "VariableRef");
  guid_attr(w, e, "targetGUID", "variable", zName);
  xmlTextWriterEndElement(w);
  char zElem[32];
  snprintf(zElem, sizeof(zElem), "%sValue", zType);
  xmlTextWriterWriteElement(w, BAD_CAST zElem, BAD_CAST zValue);
  xmlTextWriterEndElement(w);
}

/* A position of source iSrc as exported. */
static int64_t exp_pos(const Exp *e, int iSrc, int64_t k, int bEnd){
  if( !e->aaStart[iSrc] ) return k;
  return bEnd ? e->aaEnd[iSrc][k] : e->aaStart[iSrc][k];
}

static void write_source(xmlTextWriterPtr w, const Exp *e, int iSrc){
  const QualSource *s = &e->aSrc[iSrc];
  char zGuid[REFI_GUID_LEN+1];
  refi_guid_id(e->zStudy, "source", s->id, zGuid);
  char *zPath = xasprintf("internal://%s.txt", zGuid);
  xmlTextWriterStartElement(w, BAD_CAST "TextSource");
  xmlTextWriterWriteAttribute(w, BAD_CAST "guid", BAD_CAST zGuid);
  xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST s->zName);
  xmlTextWriterWriteAttribute(w, BAD_CAST "plainTextPath", BAD_CAST zPath);
  free(zPath);
  for(int i=0; i<e->nSeg; i++){
    const QualSegment *g = &e->aSeg[i];
    if( g->iSource!=s->id ) continue;
    int64_t iStart = exp_pos(e, iSrc, g->iStart, 0), iEnd = exp_pos(e, iSrc, g->iEnd, 1);
    xmlTextWriterStartElement(w, BAD_CAST "PlainTextSelection");
    guid_attr_id(w, e, "guid", "selection", g->id);
    xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST g->zCodePath);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "startPosition", "%lld", (long long)iStart);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "endPosition", "%lld", (long long)iEnd);
    guid_attr(w, e, "creatingUser", "user", g->zCoder);
    xmlTextWriterStartElement(w, BAD_CAST "Coding");
    guid_attr_id(w, e, "guid", "coding", g->id);
    guid_attr(w, e, "creatingUser", "user", g->zCoder);
    ref_elem(w, e, "CodeRef", "code", g->iCode);
    xmlTextWriterEndElement(w);
    note_refs(w, e, "segment", g->id);
    xmlTextWriterEndElement(w);
  }
  for(int i=0; i<e->nMemo; i++){
    const QualMemo *m = &e->aMemo[i];
    if( strcmp(m->zKind, "source")!=0 || m->iTarget!=s->id || m->iStart<0 ) continue;
    xmlTextWriterStartElement(w, BAD_CAST "PlainTextSelection");
    guid_attr_id(w, e, "guid", "memo-selection", m->id);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "startPosition", "%lld", (long long)exp_pos(e, iSrc, m->iStart, 0));
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "endPosition", "%lld", (long long)exp_pos(e, iSrc, m->iEnd, 1));
    guid_attr(w, e, "creatingUser", "user", m->zAuthor);
    ref_elem(w, e, "NoteRef", "note", m->id);
    xmlTextWriterEndElement(w);
  }
  note_refs(w, e, "source", s->id);
  var_value(w, e, "kind", s->zKind);
  var_value(w, e, "language", s->zLanguage);
  var_value(w, e, "date", s->zDate);
  xmlTextWriterEndElement(w);
}

static void write_case(xmlTextWriterPtr w, const Exp *e, const MemberRec *m){
  char *zKey = xasprintf("%s\x1f%s", m->zPartnership, m->zPid);
  xmlTextWriterStartElement(w, BAD_CAST "Case");
  guid_attr(w, e, "guid", "case", zKey);
  free(zKey);
  xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST m->zPid);
  var_value(w, e, "partnership", m->zPartnership);
  var_value(w, e, "stakeholder_group", m->zGroup);
  var_value(w, e, "organisation", m->zOrg);
  for(int k=0; k<m->nAttr; k++){
    const char *zType = var_type(e, m->aAttr[k].zName);
    const char *zVal = m->aAttr[k].zValue;
    char *zFixed = NULL;
    if( zVal && strcmp(zType, "Float")==0 ){
      zFixed = xasprintf("%.15g", strtod(zVal, NULL));
      if( strpbrk(zFixed, "eEni") ){ free(zFixed); zFixed = xasprintf("%.6f", strtod(zVal, NULL)); }
      zVal = zFixed;
    }
    var_value(w, e, m->aAttr[k].zName, zVal);
    free(zFixed);
  }
  for(int j=0; j<e->nSrc; j++){
    const QualSource *s = &e->aSrc[j];
    if( s->zParticipant && strcmp(s->zParticipant, m->zPid)==0 && strcmp(s->zPartnership, m->zPartnership)==0 ){
      ref_elem(w, e, "SourceRef", "source", s->id);
    }
  }
  xmlTextWriterEndElement(w);
}

static void write_note(xmlTextWriterPtr w, const Exp *e, const QualMemo *m){
  xmlTextWriterStartElement(w, BAD_CAST "Note");
  guid_attr_id(w, e, "guid", "note", m->id);
  char *zName = xasprintf("memo %lld", (long long)m->id);
  xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST zName);
  free(zName);
  guid_attr(w, e, "creatingUser", "user", m->zAuthor);
  if( m->zCreated ) xmlTextWriterWriteAttribute(w, BAD_CAST "creationDateTime", BAD_CAST m->zCreated);
  char *zText = e->pRed ? redactor_apply(e->pRed, m->zText) : xstrdup(m->zText);
  xmlTextWriterWriteElement(w, BAD_CAST "PlainTextContent", BAD_CAST zText);
  free(zText);
  xmlTextWriterEndElement(w);
}

/* The project.qde text (caller frees with xmlBufferFree()), or NULL. */
static xmlBufferPtr write_project(const Exp *e, const char *zName, QdpxCounts *pC){
  xmlBufferPtr pBuf = xmlBufferCreate();
  xmlTextWriterPtr w = pBuf ? xmlNewTextWriterMemory(pBuf, 0) : NULL;
  if( !w ){ if( pBuf ) xmlBufferFree(pBuf); return NULL; }
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  int rc = xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement(w, BAD_CAST "Project");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST REFI_NS_PROJECT);
  xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST zName);
  xmlTextWriterWriteAttribute(w, BAD_CAST "origin", BAD_CAST "synergist " SYNERGIST_VERSION);
  if( e->nUser ){
    xmlTextWriterStartElement(w, BAD_CAST "Users");
    for(int i=0; i<e->nUser; i++){
      xmlTextWriterStartElement(w, BAD_CAST "User");
      guid_attr(w, e, "guid", "user", e->azUser[i]);
      xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST e->azUser[i]);
      xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
  }
  if( e->nCode ){
    xmlTextWriterStartElement(w, BAD_CAST "CodeBook");
    xmlTextWriterStartElement(w, BAD_CAST "Codes");
    if( refi_write_codes(w, e->zStudy, e->aCode, e->nCode, code_note_refs, (void*)e) ) rc = -1;
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
  }
  if( e->nSrc ){
    xmlTextWriterStartElement(w, BAD_CAST "Variables");
    for(int i=0; i<e->nVar; i++){
      xmlTextWriterStartElement(w, BAD_CAST "Variable");
      guid_attr(w, e, "guid", "variable", e->aVar[i].zName);
      xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST e->aVar[i].zName);
      xmlTextWriterWriteAttribute(w, BAD_CAST "typeOfVariable", BAD_CAST e->aVar[i].zType);
      xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
  }
  if( e->nMem ){
    xmlTextWriterStartElement(w, BAD_CAST "Cases");
    for(int i=0; i<e->nMem; i++) write_case(w, e, &e->aMem[i]);
    xmlTextWriterEndElement(w);
  }
  if( e->nSrc ){
    xmlTextWriterStartElement(w, BAD_CAST "Sources");
    for(int i=0; i<e->nSrc; i++) write_source(w, e, i);
    xmlTextWriterEndElement(w);
  }
  if( e->nMemo ){
    xmlTextWriterStartElement(w, BAD_CAST "Notes");
    for(int i=0; i<e->nMemo; i++) write_note(w, e, &e->aMemo[i]);
    xmlTextWriterEndElement(w);
  }
  note_refs(w, e, "project", 0);
  xmlTextWriterEndElement(w);
  if( xmlTextWriterEndDocument(w)<0 || rc<0 ){
    xmlFreeTextWriter(w);
    xmlBufferFree(pBuf);
    return NULL;
  }
  xmlFreeTextWriter(w);
  pC->nCode = e->nCode; pC->nUser = e->nUser; pC->nSource = e->nSrc;
  pC->nSegment = e->nSeg; pC->nNote = e->nMemo; pC->nCase = e->nMem;
  return pBuf;
}

/* Add z[0..n) to archive a as zName (the archive keeps a copy). */
static int archive_add(zip_t *a, const char *zName, const char *z, size_t n){
  void *pCopy = xmalloc(n ? n : 1);
  memcpy(pCopy, z, n);
  zip_source_t *src = zip_source_buffer(a, pCopy, n, 1);
  if( !src ){ free(pCopy); return -1; }
  if( zip_file_add(a, zName, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)<0 ){ zip_source_free(src); return -1; }
  return 0;
}

/* The project's name: the study file's base name without extension. */
static char *project_name(Store *pS){
  const char *zPath = store_path(pS);
  const char *zBase = strrchr(zPath, '/');
  zBase = zBase ? zBase+1 : zPath;
  const char *zDot = strrchr(zBase, '.');
  return zDot && zDot>zBase ? xstrndup(zBase, (size_t)(zDot-zBase)) : xstrdup(zBase);
}

int qdpx_export(Store *pS, const char *zFile, const char *const *azPart, int nPart,
                int bNames, QdpxCounts *pCounts, char **pzErr){
  Exp e;
  memset(&e, 0, sizeof(e));
  memset(pCounts, 0, sizeof(*pCounts));
  *pzErr = NULL;
  e.pS = pS;
  e.bNames = bNames;
  int rc = exp_load(&e, azPart, nPart);
  if( rc ){ exp_free(&e); return rc; }
  char *zName = project_name(pS);
  xmlBufferPtr pBuf = write_project(&e, zName, pCounts);
  free(zName);
  if( !pBuf ){
    *pzErr = xasprintf(_("%s: cannot write the project XML"), zFile);
    exp_free(&e);
    return STORE_ERROR;
  }
  int iErr = 0;
  zip_t *a = zip_open(zFile, ZIP_CREATE | ZIP_TRUNCATE, &iErr);
  int bFail = !a;
  if( a ){
    bFail = archive_add(a, "project.qde", (const char*)xmlBufferContent(pBuf), (size_t)xmlBufferLength(pBuf))!=0;
    for(int i=0; i<e.nSrc && !bFail; i++){
      char zGuid[REFI_GUID_LEN+1];
      refi_guid_id(e.zStudy, "source", e.aSrc[i].id, zGuid);
      char *zMember = xasprintf("Sources/%s.txt", zGuid);
      bFail = archive_add(a, zMember, e.azText[i], strlen(e.azText[i]))!=0;
      free(zMember);
    }
    if( bFail ) zip_discard(a);
    else if( zip_close(a)!=0 ){ bFail = 1; zip_discard(a); }
  }
  xmlBufferFree(pBuf);
  exp_free(&e);
  if( bFail ){
    *pzErr = xasprintf(_("%s: cannot write the archive"), zFile);
    return STORE_ERROR;
  }
  return STORE_OK;
}

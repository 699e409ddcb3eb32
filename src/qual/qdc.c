/*
** qdc.c: REFI-QDA codebooks and <Codes> trees (see qdc.h).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlwriter.h>
#include "qual/qdc.h"
#include "qual/refi.h"
#include "store/st_qual.h"
#include "store/st_refi.h"
#include "util/sb.h"
#include "util/i18n.h"
#include "util/xalloc.h"

void refi_codes_free(RefiCodes *p){
  for(int i=0; i<p->n; i++){
    RefiCode *c = &p->a[i];
    free(c->zGuid); free(c->zName); free(c->zPath); free(c->zDesc); free(c->zExample); free(c->zColor);
  }
  free(p->a);
  memset(p, 0, sizeof(*p));
}

/* A GUID in canonical form (lower case, no braces; caller frees), or NULL
** when z is not one. */
static char *guid_norm(const char *z){
  if( !z ) return NULL;
  size_t n = strlen(z);
  if( n==38 && z[0]=='{' && z[37]=='}' ){ z++; n = 36; }
  if( n!=36 ) return NULL;
  char *zOut = xmalloc(37);
  for(size_t i=0; i<36; i++){
    int bDash = i==8 || i==13 || i==18 || i==23;
    if( bDash ? z[i]!='-' : !isxdigit((unsigned char)z[i]) ){ free(zOut); return NULL; }
    zOut[i] = (char)tolower((unsigned char)z[i]);
  }
  zOut[36] = 0;
  return zOut;
}

int refi_codes_find(const RefiCodes *p, const char *zGuid){
  char *z = guid_norm(zGuid);
  int iFound = -1;
  for(int i=0; z && i<p->n && iFound<0; i++) if( strcmp(p->a[i].zGuid, z)==0 ) iFound = i;
  free(z);
  return iFound;
}

/* A colour "#RGB" or "#RRGGBB" as "#RRGGBB" upper case (caller frees), or NULL. */
static char *color_norm(const char *z){
  size_t n = z ? strlen(z) : 0;
  if( (n!=4 && n!=7) || z[0]!='#' ) return NULL;
  for(size_t i=1; i<n; i++) if( !isxdigit((unsigned char)z[i]) ) return NULL;
  char *zOut = xmalloc(8);
  zOut[0] = '#';
  for(int i=0; i<6; i++) zOut[i+1] = (char)toupper((unsigned char)(n==7 ? z[i+1] : z[i/2+1]));
  zOut[7] = 0;
  return zOut;
}

static void read_code(xmlNodePtr x, int iParent, const char *zFile, RefiCodes *pOut,
                      ErrList *pErr, ErrList *pWarn){
  char *zGuidRaw = refi_attr(x, "guid");
  char *zName = refi_attr(x, "name");
  char *zColor = refi_attr(x, "color");
  char *zGuid = guid_norm(zGuidRaw);
  int iLine = (int)xmlGetLineNo(x);
  int bOk = 1;
  if( !zGuid ){
    errlist_add(pErr, zFile, iLine, 0, _("Code %s: no valid guid"), zName ? zName : "");
    bOk = 0;
  }else if( refi_codes_find(pOut, zGuid)>=0 ){
    errlist_add(pErr, zFile, iLine, 0, _("Code %s: GUID %s is defined twice"), zName ? zName : "", zGuid);
    bOk = 0;
  }
  if( !zName || !zName[0] ){
    errlist_add(pErr, zFile, iLine, 0, _("Code %s: no name"), zGuid ? zGuid : "");
    bOk = 0;
  }
  int iSelf = -1;
  if( bOk ){
    Sb name = SB_INIT;
    for(const char *z = zName; *z; z++){
      if( *z=='/' ) sb_puts(&name, "\xE2\x88\x95"); else sb_putc(&name, *z);
    }
    if( strchr(zName, '/') ){
      errlist_add(pWarn, zFile, iLine, 0, _("code '%s': '/' separates codes in synergist, written as '\xE2\x88\x95'"), zName);
    }
    pOut->a = xrealloc(pOut->a, sizeof(RefiCode)*(size_t)(pOut->n+1));
    RefiCode *c = &pOut->a[pOut->n];
    memset(c, 0, sizeof(*c));
    c->zGuid = zGuid; zGuid = NULL;
    c->zName = sb_take(&name);
    c->zPath = iParent>=0 ? xasprintf("%s/%s", pOut->a[iParent].zPath, c->zName) : xstrdup(c->zName);
    c->iParent = iParent;
    if( zColor ){
      c->zColor = color_norm(zColor);
      if( !c->zColor ) errlist_add(pWarn, zFile, iLine, 0, _("code '%s': colour '%s' is not #RRGGBB; left out"), zName, zColor);
    }
    xmlNodePtr d = refi_child(x, "Description");
    if( d ){
      char *zText = refi_text(d);
      refi_code_split(zText, &c->zDesc, &c->zExample);
      free(zText);
    }
    iSelf = pOut->n++;
  }
  free(zGuidRaw); free(zGuid); free(zName); free(zColor);
  if( iSelf<0 ) return;
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( refi_is(k, "Code") ) read_code(k, iSelf, zFile, pOut, pErr, pWarn);
  }
}

void refi_codes_read(xmlNodePtr pCodes, const char *zFile, RefiCodes *pOut, ErrList *pErr, ErrList *pWarn){
  for(xmlNodePtr k = pCodes ? pCodes->children : NULL; k; k = k->next){
    if( refi_is(k, "Code") ) read_code(k, -1, zFile, pOut, pErr, pWarn);
  }
}

int refi_codes_store(Store *pS, RefiCodes *p, const char *zUnder, const char *zWho, int *pnAdded){
  *pnAdded = 0;
  for(int i=0; i<p->n; i++){
    RefiCode *c = &p->a[i];
    char *zParent = c->iParent>=0 ? xstrdup(p->a[c->iParent].zPath) : NULL;
    if( zUnder ){
      char *z = zParent ? xasprintf("%s/%s", zUnder, zParent) : xstrdup(zUnder);
      free(zParent);
      zParent = z;
    }
    char *zFull = zParent ? xasprintf("%s/%s", zParent, c->zName) : xstrdup(c->zName);
    char *zFound = NULL;
    int64_t id;
    int rc = STORE_OK;
    /* The same code only when the full path matches. */
    if( st_code_find(pS, zFull, &id, &zFound)!=STORE_OK || strcmp(zFound, zFull)!=0 ){
      rc = st_code_add(pS, c->zName, zParent, c->zDesc, c->zExample, 0, zWho, &id);
      if( rc==STORE_OK ) (*pnAdded)++;
      if( rc==STORE_OK && c->zColor ) rc = st_code_set_color(pS, id, c->zColor, zWho);
    }else if( c->zColor ){
      QualCode *a; int n;
      if( (rc = st_code_all(pS, &a, &n))==STORE_OK ){
        for(int k=0; k<n; k++){
          if( a[k].id==id && !a[k].zColor ) rc = st_code_set_color(pS, id, c->zColor, zWho);
        }
        st_codes_free(a, n);
      }
    }
    c->iStudyCode = id;
    free(zParent); free(zFull); free(zFound);
    if( rc ) return rc;
  }
  return STORE_OK;
}

char *qdc_export(Store *pS, char **pzErr){
  *pzErr = NULL;
  char *zStudy = NULL;
  QualCode *a = NULL; int n = 0;
  if( st_study_uuid(pS, &zStudy) || st_code_all(pS, &a, &n) ){
    *pzErr = xstrdup(store_errmsg(pS));
    free(zStudy);
    return NULL;
  }
  char *zOut = NULL;
  if( n==0 ){
    *pzErr = xstrdup("the codebook is empty (see: synergist codebook install, synergist code add)");
  }else{
    xmlBufferPtr pBuf = xmlBufferCreate();
    xmlTextWriterPtr w = xmlNewTextWriterMemory(pBuf, 0);
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, BAD_CAST "  ");
    int rc = xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
    xmlTextWriterStartElement(w, BAD_CAST "CodeBook");
    xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST REFI_NS_CODEBOOK);
    xmlTextWriterWriteAttribute(w, BAD_CAST "origin", BAD_CAST "synergist " SYNERGIST_VERSION);
    xmlTextWriterStartElement(w, BAD_CAST "Codes");
    if( refi_write_codes(w, zStudy, a, n, NULL, NULL) ) rc = -1;
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
    if( xmlTextWriterEndDocument(w)<0 ) rc = -1;
    xmlFreeTextWriter(w);
    if( rc<0 ) *pzErr = xstrdup("cannot write the codebook XML");
    else zOut = xstrdup((const char*)xmlBufferContent(pBuf));
    xmlBufferFree(pBuf);
  }
  st_codes_free(a, n);
  free(zStudy);
  return zOut;
}

int qdc_import(Store *pS, const char *z, size_t n, const char *zFile, const char *zUnder,
               const char *zWho, int *pnAdded, ErrList *pErr, ErrList *pWarn){
  *pnAdded = 0;
  int nBefore = pErr->n;
  xmlDocPtr d = refi_xml_read(z, n, zFile, pErr);
  if( !d ) return STORE_OK;
  xmlNodePtr pRoot = xmlDocGetRootElement(d);
  RefiCodes codes = {0};
  if( !refi_is(pRoot, "CodeBook") ){
    errlist_add(pErr, zFile, pRoot ? (int)xmlGetLineNo(pRoot) : 0, 0, "%s", _("not a REFI-QDA codebook (the root is not <CodeBook>)"));
  }else{
    /* The schema's violations first, each with its line; the reading
    ** below adds what it finds (GUIDs defined twice, names missing). */
    refi_xml_validate_codebook(d, zFile, pErr);
    xmlNodePtr pCodes = refi_child(pRoot, "Codes");
    if( !pCodes ) errlist_add(pErr, zFile, (int)xmlGetLineNo(pRoot), 0, "%s", _("<CodeBook> has no <Codes>"));
    refi_codes_read(pCodes, zFile, &codes, pErr, pWarn);
  }
  int rc = STORE_OK;
  if( pErr->n==nBefore && zUnder ){
    int64_t id;
    char *zPath = NULL;
    rc = st_code_find(pS, zUnder, &id, &zPath);
    if( rc==STORE_OK ) rc = refi_codes_store(pS, &codes, zPath, zWho, pnAdded);
    free(zPath);
  }else if( pErr->n==nBefore ){
    rc = refi_codes_store(pS, &codes, NULL, zWho, pnAdded);
  }
  refi_codes_free(&codes);
  xmlFreeDoc(d);
  return rc;
}

/*
** refi.c: GUIDs, producers, the code tree writer and XML reading helpers
** shared by the REFI-QDA exchange (see refi.h).
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sodium.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include "qual/refi.h"
#include "util/builtin.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

void refi_guid(const char *zStudy, const char *zKind, const char *zKey, char *zOut){
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  crypto_hash_sha256_update(&st, (const unsigned char*)"synergist-refi\x1f", 15);
  crypto_hash_sha256_update(&st, (const unsigned char*)zStudy, strlen(zStudy));
  crypto_hash_sha256_update(&st, (const unsigned char*)"\x1f", 1);
  crypto_hash_sha256_update(&st, (const unsigned char*)zKind, strlen(zKind));
  crypto_hash_sha256_update(&st, (const unsigned char*)"\x1f", 1);
  crypto_hash_sha256_update(&st, (const unsigned char*)zKey, strlen(zKey));
  crypto_hash_sha256_final(&st, h);
  h[6] = (unsigned char)((h[6] & 0x0F) | 0x80);   /* version 8 */
  h[8] = (unsigned char)((h[8] & 0x3F) | 0x80);   /* RFC 9562 variant */
  static const char zHex[] = "0123456789abcdef";
  int k = 0;
  for(int i=0; i<16; i++){
    if( i==4 || i==6 || i==8 || i==10 ) zOut[k++] = '-';
    zOut[k++] = zHex[h[i]>>4];
    zOut[k++] = zHex[h[i]&15];
  }
  zOut[k] = 0;
}

void refi_guid_id(const char *zStudy, const char *zKind, int64_t iKey, char *zOut){
  char zKey[32];
  snprintf(zKey, sizeof(zKey), "%lld", (long long)iKey);
  refi_guid(zStudy, zKind, zKey, zOut);
}

RefiProducer refi_producer(const char *zOrigin){
  if( !zOrigin ) return REFI_STANDARD;
  if( strncasecmp(zOrigin, "nvivo", 5)==0 ) return REFI_NVIVO;
  if( strncasecmp(zOrigin, "atlas.ti", 8)==0 || strncasecmp(zOrigin, "atlasti", 7)==0
   || strncasecmp(zOrigin, "maxqda", 6)==0 ) return REFI_ATLAS_MAXQDA;
  return REFI_STANDARD;
}

const char *refi_producer_name(RefiProducer e){
  switch( e ){
    case REFI_NVIVO: return _("NVivo (UTF-16 code units, CRLF as 2)");
    case REFI_ATLAS_MAXQDA: return _("ATLAS.ti/MAXQDA (code points, CRLF as 1)");
    default: return _("the standard (code points)");
  }
}

#define EXAMPLE_MARK "\n\nExample: "

char *refi_code_text(const QualCode *c){
  int bDesc = c->zDescription && c->zDescription[0];
  int bEx = c->zExample && c->zExample[0];
  if( !bDesc && !bEx ) return NULL;
  return xasprintf("%s%s%s", bDesc ? c->zDescription : "", bEx ? EXAMPLE_MARK : "", bEx ? c->zExample : "");
}

void refi_code_split(const char *zText, char **pzDesc, char **pzExample){
  *pzDesc = *pzExample = NULL;
  if( !zText || !zText[0] ) return;
  const char *zMark = NULL, *z = zText;
  while( (z = strstr(z, EXAMPLE_MARK))!=NULL ){ zMark = z; z++; }
  if( !zMark ){ *pzDesc = xstrdup(zText); return; }
  if( zMark>zText ) *pzDesc = xstrndup(zText, (size_t)(zMark-zText));
  const char *zEx = zMark + strlen(EXAMPLE_MARK);
  if( zEx[0] ) *pzExample = xstrdup(zEx);
}

int refi_write_codes(xmlTextWriterPtr w, const char *zStudy, const QualCode *a, int n,
                     void (*xNoteRefs)(void*, xmlTextWriterPtr, const QualCode*), void *pArg){
  int nOpen = 0, rc = 0;
  for(int i=0; i<n && rc>=0; i++){
    while( nOpen>a[i].iDepth ){ rc |= xmlTextWriterEndElement(w); nOpen--; }
    char zGuid[REFI_GUID_LEN+1];
    refi_guid_id(zStudy, "code", a[i].id, zGuid);
    rc = xmlTextWriterStartElement(w, BAD_CAST "Code");
    if( rc<0 ) break;
    nOpen++;
    xmlTextWriterWriteAttribute(w, BAD_CAST "guid", BAD_CAST zGuid);
    xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST a[i].zName);
    xmlTextWriterWriteAttribute(w, BAD_CAST "isCodable", BAD_CAST "true");
    if( a[i].zColor ) xmlTextWriterWriteAttribute(w, BAD_CAST "color", BAD_CAST a[i].zColor);
    char *zText = refi_code_text(&a[i]);
    if( zText ) rc = xmlTextWriterWriteElement(w, BAD_CAST "Description", BAD_CAST zText);
    free(zText);
    if( xNoteRefs ) xNoteRefs(pArg, w, &a[i]);
  }
  while( nOpen>0 && rc>=0 ){ rc = xmlTextWriterEndElement(w); nOpen--; }
  return rc<0 ? -1 : 0;
}

/* libxml2's structured error handler: each error into the ErrList. */
typedef struct XmlErrCtx { ErrList *pErr; const char *zName; } XmlErrCtx;
static void xml_error(void *pArg, xmlErrorPtr e){
  XmlErrCtx *c = pArg;
  char *zMsg = xstrdup(e->message ? e->message : "XML error");
  size_t k = strlen(zMsg);
  while( k>0 && (zMsg[k-1]=='\n' || zMsg[k-1]==' ') ) zMsg[--k] = 0;
  errlist_add(c->pErr, c->zName, e->line, e->int2, _("invalid XML: %s"), zMsg);
  free(zMsg);
}

xmlDocPtr refi_xml_read(const char *z, size_t n, const char *zName, ErrList *pErr){
  XmlErrCtx ctx = { pErr, zName };
  int nBefore = pErr->n;
  if( n>INT_MAX ){ errlist_add(pErr, zName, 0, 0, "%s", _("too large")); return NULL; }
  xmlSetStructuredErrorFunc(&ctx, xml_error);
  xmlDocPtr d = xmlReadMemory(z, (int)n, zName, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc(NULL, NULL);
  if( d && pErr->n>nBefore ){ xmlFreeDoc(d); d = NULL; }
  if( !d && pErr->n==nBefore ) errlist_add(pErr, zName, 0, 0, "%s", _("invalid XML"));
  return d;
}

/* Schema violations into the ErrList, "{urn:...}" namespaces dropped (the
** braces of a pattern kept). */
static void xsd_error(void *pArg, xmlErrorPtr e){
  XmlErrCtx *c = pArg;
  Sb m = SB_INIT;
  for(const char *z = e->message ? e->message : "schema error"; *z; z++){
    if( *z=='{' && (strncmp(z+1, "urn:", 4)==0 || strncmp(z+1, "http", 4)==0) && strchr(z, '}') ){
      z = strchr(z, '}');
      continue;
    }
    sb_putc(&m, *z);
  }
  while( m.n>0 && (m.z[m.n-1]=='\n' || m.z[m.n-1]==' ') ) m.z[--m.n] = 0;
  errlist_add(c->pErr, c->zName, e->line, 0, _("not valid QDA-XML: %s"), sb_str(&m));
  sb_free(&m);
}

/* Validate d against the built-in schema zXsd (a data/ path). */
static int xml_validate(xmlDocPtr d, const char *zXsdName, const char *zName, ErrList *pErr){
  size_t nXsd = 0;
  const char *zXsd = builtin_text(zXsdName, &nXsd);
  int nBefore = pErr->n;
  XmlErrCtx ctx = { pErr, zName };
  xmlSchemaParserCtxtPtr pc = zXsd ? xmlSchemaNewMemParserCtxt(zXsd, (int)nXsd) : NULL;
  xmlSchemaPtr pSchema = pc ? xmlSchemaParse(pc) : NULL;
  xmlSchemaValidCtxtPtr vc = pSchema ? xmlSchemaNewValidCtxt(pSchema) : NULL;
  if( !vc ){
    errlist_add(pErr, zName, 0, 0, "%s", _("the built-in QDA-XML schema cannot be read"));
  }else{
    xmlSchemaSetValidStructuredErrors(vc, xsd_error, &ctx);
    int rc = xmlSchemaValidateDoc(vc, d);
    if( rc!=0 && pErr->n==nBefore ) errlist_add(pErr, zName, 0, 0, "%s", _("not valid QDA-XML"));
  }
  if( vc ) xmlSchemaFreeValidCtxt(vc);
  if( pSchema ) xmlSchemaFree(pSchema);
  if( pc ) xmlSchemaFreeParserCtxt(pc);
  return pErr->n - nBefore;
}

int refi_xml_validate_project(xmlDocPtr d, const char *zName, ErrList *pErr){
  return xml_validate(d, "data/refi-qda/Project-mrt2019.xsd", zName, pErr);
}

int refi_xml_validate_codebook(xmlDocPtr d, const char *zName, ErrList *pErr){
  return xml_validate(d, "data/refi-qda/Codebook-mrt2019.xsd", zName, pErr);
}

char *refi_attr(xmlNodePtr x, const char *zName){
  xmlChar *v = xmlGetProp(x, BAD_CAST zName);
  if( !v ) return NULL;
  char *z = xstrdup((const char*)v);
  xmlFree(v);
  return z;
}

int refi_is(xmlNodePtr x, const char *zName){
  return x && x->type==XML_ELEMENT_NODE && strcmp((const char*)x->name, zName)==0;
}

xmlNodePtr refi_child(xmlNodePtr x, const char *zName){
  for(xmlNodePtr c = x ? x->children : NULL; c; c = c->next) if( refi_is(c, zName) ) return c;
  return NULL;
}

char *refi_text(xmlNodePtr x){
  xmlChar *v = xmlNodeGetContent(x);
  char *z = xstrdup(v ? (const char*)v : "");
  xmlFree(v);
  return z;
}

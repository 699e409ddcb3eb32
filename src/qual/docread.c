/*
** docread.c: doc_read() and doc_clean_text() (see docread.h). Text files
** are read whole; .docx and .odt through zip_read_pieces() and libxml2's
** push parser, piece by piece (see docread.h for the limits).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/SAX2.h>
#include "qual/docread.h"
#include "util/limits.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/zipread.h"
#include "util/i18n.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define MAX_BAD 20    /* encoding errors reported per file before giving up */

/* Line and column (1-based, column in code points) of byte i of z. */
static void line_col(const char *z, size_t i, int *piLine, int *piCol){
  int iLine = 1; size_t iLineStart = 0;
  for(size_t k=0; k<i; k++) if( z[k]=='\n' ){ iLine++; iLineStart = k+1; }
  *piLine = iLine;
  *piCol = (int)utf8_ncp(z+iLineStart, i-iLineStart) + 1;
}

char *doc_clean_text(const char *zFile, const char *z, size_t n, ErrList *pErr){
  int nBefore = pErr->n, nBad = 0;
  size_t i = 0, iBad;
  if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ){ z += 3; n -= 3; }
  if( n>=2 && (memcmp(z, "\xFF\xFE", 2)==0 || memcmp(z, "\xFE\xFF", 2)==0) ){
    /* One problem, not one per byte: the whole file is in another encoding. */
    errlist_add(pErr, zFile, 1, 1, "%s", _("UTF-16 text (its byte-order mark says so); save the file as UTF-8"));
    return NULL;
  }
  while( i<n && nBad<MAX_BAD ){
    if( utf8_valid(z+i, n-i, &iBad) ) break;
    int iLine, iCol;
    line_col(z, i+iBad, &iLine, &iCol);
    errlist_add(pErr, zFile, iLine, iCol, "not UTF-8 (byte 0x%02X); save the file as UTF-8",
                (unsigned char)z[i+iBad]);
    nBad++;
    i += iBad+1;
    while( i<n && ((unsigned char)z[i] & 0xC0)==0x80 ) i++;
  }
  /* NUL and the other control characters text cannot hold, each placed. */
  for(size_t k = utf8_find_control(z, n); k<n && nBad<MAX_BAD; k += 1 + utf8_find_control(z+k+1, n-k-1)){
    int iLine, iCol;
    line_col(z, k, &iLine, &iCol);
    errlist_add(pErr, zFile, iLine, iCol, _("control character U+%04X: text cannot hold it%s"),
                (unsigned char)z[k], z[k]==0 ? _(" (a NUL byte: not a text file?)") : "");
    nBad++;
  }
  if( pErr->n>nBefore ) return NULL;
  /* One copy: runs up to the next CR at once, each CR or CRLF as LF (never
  ** longer than the input); normalised in place when it is NFC already. */
  char *zOut = xmalloc(n+1);
  size_t nOut = 0;
  for(i=0; i<n; ){
    const char *zCr = memchr(z+i, '\r', n-i);
    size_t iCr = zCr ? (size_t)(zCr-z) : n;
    memcpy(zOut+nOut, z+i, iCr-i);
    nOut += iCr-i;
    if( iCr==n ) break;
    zOut[nOut++] = '\n';
    i = iCr+1;
    if( i<n && z[i]=='\n' ) i++;
  }
  zOut[nOut] = 0;
  char *zNfc = utf8_nfc_take(zOut);
  if( !zNfc ){
    errlist_add(pErr, zFile, 0, 0, "cannot normalise the text (NFC)");
  }
  return zNfc;
}

static char *read_text_file(const char *zPath, ErrList *pErr){
  FILE *f = fopen(zPath, "rb");
  if( !f ){
    errlist_add(pErr, zPath, 0, 0, "cannot open the file");
    return NULL;
  }
  /* Read whole into a buffer of the file's size (one read for a regular
  ** file; growing when the size is unknown or the file grew meanwhile). */
  struct stat st;
  size_t nAlloc = fstat(fileno(f), &st)==0 && S_ISREG(st.st_mode) && st.st_size>0
                  ? (size_t)st.st_size + 1 : 65536;
  size_t nMax = limit_get(LIM_SOURCE_TEXT);
  if( nAlloc>nMax+1 ){
    errlist_add(pErr, zPath, 0, 0, _("the file has %zu bytes: %s"), nAlloc-1, limit_hint(LIM_SOURCE_TEXT));
    fclose(f);
    return NULL;
  }
  char *zBuf = xmalloc(nAlloc);
  size_t n = 0, k;
  int bLong = 0;
  while( !bLong && (k = fread(zBuf+n, 1, nAlloc-n, f))>0 ){
    n += k;
    if( n>nMax ) bLong = 1;                 /* a file that grew, or not a regular file */
    else if( n==nAlloc ){ nAlloc *= 2; zBuf = xrealloc(zBuf, nAlloc); }
  }
  int bErr = ferror(f);
  fclose(f);
  char *zOut = NULL;
  if( bLong ) errlist_add(pErr, zPath, 0, 0, _("the text passes %zu bytes: %s"), nMax, limit_hint(LIM_SOURCE_TEXT));
  else if( bErr ) errlist_add(pErr, zPath, 0, 0, "cannot read the file");
  else zOut = doc_clean_text(zPath, zBuf, n, pErr);
  free(zBuf);
  return zOut;
}

/* ---- XML documents ---- */

typedef struct XmlErrs { ErrList *pErr; const char *zWhere; } XmlErrs;

static void xml_error(void *pArg, xmlErrorPtr e){
  XmlErrs *x = pArg;
  char *zMsg = xstrdup(e->message ? e->message : "malformed XML");
  size_t n = strlen(zMsg);
  while( n>0 && (zMsg[n-1]=='\n' || zMsg[n-1]==' ') ) zMsg[--n] = 0;
  if( e->level>=XML_ERR_ERROR ) errlist_add(x->pErr, x->zWhere, e->line, e->int2, "%s", zMsg);
  free(zMsg);
}

/* The text of a .docx or .odt body, gathered from the parser's events as
** the member is inflated, so that memory follows the text, not the XML
** (no document tree is built).
**   .docx: w:t holds text, w:tab is a tab, w:br/w:cr a line break, the end
**          of w:p a line; w:delText, w:instrText and w:del are skipped.
**   .odt:  text inside text:p/text:h; text:s is c spaces (default 1),
**          text:tab, text:line-break; the end of text:p/text:h a line;
**          text:note, office:annotation, text:tracked-changes skipped. */
typedef struct XmlText {
  int bOdt;
  int nSkip;            /* depth inside an element whose content is skipped */
  int nIn;              /* depth of w:t (docx) or text:p/text:h (odt) */
  Sb out;
  size_t nMax;          /* the source-text limit */
  int bTooLong;
  xmlParserCtxtPtr ctx;
} XmlText;

static int is_name(const xmlChar *zLocal, const xmlChar *zUri, const char *zNs, const char *zName){
  return zUri && strcmp((const char*)zUri, zNs)==0 && strcmp((const char*)zLocal, zName)==0;
}

static void text_put(XmlText *t, const char *z, size_t n){
  if( t->bTooLong ) return;
  if( t->out.n + n > t->nMax ){
    t->bTooLong = 1;
    xmlStopParser(t->ctx);
    return;
  }
  sb_append(&t->out, z, n);
}

static void on_start(void *pArg, const xmlChar *zLocal, const xmlChar *zPrefix, const xmlChar *zUri,
                     int nNs, const xmlChar **azNs, int nAttr, int nDefaulted, const xmlChar **azAttr){
  (void)zPrefix; (void)nNs; (void)azNs; (void)nDefaulted;
  XmlText *t = pArg;
  if( t->nSkip ){ t->nSkip++; return; }
  if( !t->bOdt ){
    if( is_name(zLocal, zUri, NS_W, "t") ) t->nIn++;
    else if( is_name(zLocal, zUri, NS_W, "tab") ){ text_put(t, "\t", 1); t->nSkip = 1; }
    else if( is_name(zLocal, zUri, NS_W, "br") || is_name(zLocal, zUri, NS_W, "cr") ){ text_put(t, "\n", 1); t->nSkip = 1; }
    else if( is_name(zLocal, zUri, NS_W, "delText") || is_name(zLocal, zUri, NS_W, "instrText")
          || is_name(zLocal, zUri, NS_W, "del") ) t->nSkip = 1;
    return;
  }
  if( is_name(zLocal, zUri, NS_TEXT, "s") ){
    int c = 1;
    for(int i=0; i<nAttr; i++){      /* 5 pointers each: local, prefix, URI, value, end */
      const xmlChar **a = azAttr + 5*i;
      if( is_name(a[0], a[2], NS_TEXT, "c") ){
        char zNum[16];
        size_t n = (size_t)(a[4]-a[3]);
        if( n>=sizeof(zNum) ) n = sizeof(zNum)-1;
        memcpy(zNum, a[3], n); zNum[n] = 0;
        c = atoi(zNum);
      }
    }
    for(int i=0; i<c && i<10000; i++) text_put(t, " ", 1);
    t->nSkip = 1;
  }else if( is_name(zLocal, zUri, NS_TEXT, "tab") ){
    text_put(t, "\t", 1); t->nSkip = 1;
  }else if( is_name(zLocal, zUri, NS_TEXT, "line-break") ){
    text_put(t, "\n", 1); t->nSkip = 1;
  }else if( is_name(zLocal, zUri, NS_TEXT, "note") || is_name(zLocal, zUri, NS_OFFICE, "annotation")
         || is_name(zLocal, zUri, NS_TEXT, "tracked-changes") ){
    t->nSkip = 1;
  }else if( is_name(zLocal, zUri, NS_TEXT, "p") || is_name(zLocal, zUri, NS_TEXT, "h") ){
    t->nIn++;
  }
}

static void on_end(void *pArg, const xmlChar *zLocal, const xmlChar *zPrefix, const xmlChar *zUri){
  (void)zPrefix;
  XmlText *t = pArg;
  if( t->nSkip ){ t->nSkip--; return; }
  if( !t->bOdt ){
    if( is_name(zLocal, zUri, NS_W, "t") ) t->nIn--;
    else if( is_name(zLocal, zUri, NS_W, "p") ) text_put(t, "\n", 1);
  }else if( is_name(zLocal, zUri, NS_TEXT, "p") || is_name(zLocal, zUri, NS_TEXT, "h") ){
    t->nIn--;
    text_put(t, "\n", 1);
  }
}

static void on_text(void *pArg, const xmlChar *z, int n){
  XmlText *t = pArg;
  if( !t->nSkip && t->nIn>0 ) text_put(t, (const char*)z, (size_t)n);
}

static int on_piece(void *pArg, const char *z, size_t n){
  XmlText *t = pArg;
  xmlParseChunk(t->ctx, z, (int)n, 0);
  return t->bTooLong || t->ctx->disableSAX;
}

/* Read member zMember of zip zPath as XML and extract its text (.odt rules
** when bOdt), within the source-text limit. Problems go to pErr; returns
** NULL then. */
static char *read_zipped_xml(const char *zPath, const char *zMember, int bOdt, ErrList *pErr){
  char *zWhere = xasprintf("%s(%s)", zPath, zMember);
  XmlErrs x = { pErr, zWhere };
  int nBefore = pErr->n;
  xmlSAXHandler h;
  memset(&h, 0, sizeof(h));
  h.initialized = XML_SAX2_MAGIC;
  h.startElementNs = on_start;
  h.endElementNs = on_end;
  h.characters = on_text;
  h.cdataBlock = on_text;
  XmlText t;
  memset(&t, 0, sizeof(t));
  t.bOdt = bOdt;
  t.nMax = limit_get(LIM_SOURCE_TEXT);
  sb_append(&t.out, "", 0);
  xmlSetStructuredErrorFunc(&x, xml_error);
  t.ctx = xmlCreatePushParserCtxt(&h, &t, NULL, 0, zMember);
  xmlCtxtUseOptions(t.ctx, XML_PARSE_NONET|XML_PARSE_NOERROR|XML_PARSE_NOWARNING);
  char *zErr = NULL;
  char *zOut = NULL;
  if( zip_read_pieces(zPath, zMember, on_piece, &t, &zErr) ){
    errlist_add(pErr, zPath, 0, 0, "not a valid %s file: %s", bOdt ? ".odt" : ".docx", zErr);
    free(zErr);
  }else if( t.bTooLong ){
    errlist_add(pErr, zWhere, xmlSAX2GetLineNumber(t.ctx), xmlSAX2GetColumnNumber(t.ctx),
                _("the text passes %zu bytes: %s"), t.nMax, limit_hint(LIM_SOURCE_TEXT));
  }else{
    xmlParseChunk(t.ctx, NULL, 0, 1);
    if( !t.ctx->wellFormed && pErr->n==nBefore ) errlist_add(pErr, zWhere, 0, 0, "malformed XML");
  }
  xmlSetStructuredErrorFunc(NULL, NULL);
  /* The newlines after the last paragraph mark paragraph ends, not text. */
  while( t.out.n>0 && t.out.z[t.out.n-1]=='\n' ) t.out.n--;
  if( pErr->n==nBefore ) zOut = doc_clean_text(zWhere, t.out.z, t.out.n, pErr);
  xmlFreeParserCtxt(t.ctx);
  sb_free(&t.out);
  free(zWhere);
  return zOut;
}

static int has_ext(const char *zPath, const char *zExt){
  size_t n = strlen(zPath), m = strlen(zExt);
  return n>m && strcasecmp(zPath+n-m, zExt)==0;
}

void doc_read_init(void){
  xmlInitParser();
}

char *doc_read(const char *zPath, ErrList *pErr){
  if( has_ext(zPath, ".txt") || has_ext(zPath, ".md") ) return read_text_file(zPath, pErr);
  if( has_ext(zPath, ".docx") ) return read_zipped_xml(zPath, "word/document.xml", 0, pErr);
  if( has_ext(zPath, ".odt") ) return read_zipped_xml(zPath, "content.xml", 1, pErr);
  errlist_add(pErr, zPath, 0, 0, "unknown kind of file: give a .txt, .md, .docx or .odt file");
  return NULL;
}

/*
** docread.c: doc_read() and doc_clean_text() (see docread.h). Text files
** are read whole; .docx and .odt through zip_read_member() and libxml2.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "qual/docread.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/zipread.h"

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
  const char *zNul = memchr(z, 0, n);
  if( zNul ){
    int iLine, iCol;
    line_col(z, (size_t)(zNul-z), &iLine, &iCol);
    errlist_add(pErr, zFile, iLine, iCol, "contains a NUL byte: not a text file");
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
  while( nOut>0 && zOut[nOut-1]=='\n' ) nOut--;
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
  char *zBuf = xmalloc(nAlloc);
  size_t n = 0, k;
  while( (k = fread(zBuf+n, 1, nAlloc-n, f))>0 ){
    n += k;
    if( n==nAlloc ){ nAlloc *= 2; zBuf = xrealloc(zBuf, nAlloc); }
  }
  int bErr = ferror(f);
  fclose(f);
  char *zOut = NULL;
  if( bErr ) errlist_add(pErr, zPath, 0, 0, "cannot read the file");
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

/* Name test: element node in namespace zNs with local name zName. */
static int is_el(const xmlNode *n, const char *zNs, const char *zName){
  return n->type==XML_ELEMENT_NODE && n->ns && n->ns->href
      && strcmp((const char*)n->ns->href, zNs)==0 && strcmp((const char*)n->name, zName)==0;
}

/* Append the text of a .docx body: w:p ends a line, w:t is text, w:tab a
** tab, w:br/w:cr a line break; w:delText and field instructions are skipped. */
static void walk_docx(const xmlNode *n, Sb *pOut){
  for(; n; n = n->next){
    if( n->type!=XML_ELEMENT_NODE ) continue;
    if( is_el(n, NS_W, "t") ){
      xmlChar *z = xmlNodeGetContent(n);
      if( z ){ sb_puts(pOut, (const char*)z); xmlFree(z); }
    }else if( is_el(n, NS_W, "tab") ){
      sb_putc(pOut, '\t');
    }else if( is_el(n, NS_W, "br") || is_el(n, NS_W, "cr") ){
      sb_putc(pOut, '\n');
    }else if( is_el(n, NS_W, "delText") || is_el(n, NS_W, "instrText") || is_el(n, NS_W, "del") ){
      continue;
    }else{
      walk_docx(n->children, pOut);
      if( is_el(n, NS_W, "p") ) sb_putc(pOut, '\n');
    }
  }
}

/* Append the text of an .odt body: text:p and text:h end a line; text:s is
** c spaces (default 1); text:tab, text:line-break; notes and annotations skipped. */
static void walk_odt(const xmlNode *n, int bInPara, Sb *pOut){
  for(; n; n = n->next){
    if( n->type==XML_TEXT_NODE || n->type==XML_CDATA_SECTION_NODE ){
      if( bInPara && n->content ) sb_puts(pOut, (const char*)n->content);
    }else if( n->type!=XML_ELEMENT_NODE ){
      continue;
    }else if( is_el(n, NS_TEXT, "s") ){
      xmlChar *zC = xmlGetNsProp(n, (const xmlChar*)"c", (const xmlChar*)NS_TEXT);
      int c = zC ? atoi((const char*)zC) : 1;
      if( zC ) xmlFree(zC);
      for(int i=0; i<c && i<10000; i++) sb_putc(pOut, ' ');
    }else if( is_el(n, NS_TEXT, "tab") ){
      sb_putc(pOut, '\t');
    }else if( is_el(n, NS_TEXT, "line-break") ){
      sb_putc(pOut, '\n');
    }else if( is_el(n, NS_TEXT, "note") || is_el(n, NS_OFFICE, "annotation")
           || is_el(n, NS_TEXT, "tracked-changes") ){
      continue;
    }else if( is_el(n, NS_TEXT, "p") || is_el(n, NS_TEXT, "h") ){
      walk_odt(n->children, 1, pOut);
      sb_putc(pOut, '\n');
    }else{
      walk_odt(n->children, bInPara, pOut);
    }
  }
}

/* Read member zMember of zip zPath as XML and extract its text with the
** walker for bOdt. Problems go to pErr; returns NULL then. */
static char *read_zipped_xml(const char *zPath, const char *zMember, int bOdt, ErrList *pErr){
  char *zErr = NULL;
  size_t nXml;
  char *zXml = zip_read_member(zPath, zMember, &nXml, &zErr);
  if( !zXml ){
    errlist_add(pErr, zPath, 0, 0, "not a valid %s file: %s", bOdt ? ".odt" : ".docx", zErr);
    free(zErr);
    return NULL;
  }
  char *zWhere = xasprintf("%s(%s)", zPath, zMember);
  XmlErrs x = { pErr, zWhere };
  int nBefore = pErr->n;
  xmlParserCtxtPtr ctx = xmlNewParserCtxt();
  xmlSetStructuredErrorFunc(&x, xml_error);
  xmlDocPtr doc = xmlCtxtReadMemory(ctx, zXml, (int)nXml, zMember, NULL,
                                    XML_PARSE_NONET|XML_PARSE_NOERROR|XML_PARSE_NOWARNING);
  char *zOut = NULL;
  if( !doc && pErr->n==nBefore ) errlist_add(pErr, zWhere, 0, 0, "malformed XML");
  if( doc && pErr->n==nBefore ){
    Sb sb = SB_INIT;
    sb_append(&sb, "", 0);
    const xmlNode *root = xmlDocGetRootElement(doc);
    if( bOdt ) walk_odt(root, 0, &sb);
    else walk_docx(root, &sb);
    zOut = doc_clean_text(zWhere, sb.z, sb.n, pErr);
    sb_free(&sb);
  }
  xmlSetStructuredErrorFunc(NULL, NULL);
  xmlFreeDoc(doc);
  xmlFreeParserCtxt(ctx);
  free(zXml);
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

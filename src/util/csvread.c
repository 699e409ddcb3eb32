/* csvread.c: streaming CSV reader with line numbers (see csvread.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <csv.h>
#include "util/csvread.h"
#include "util/limits.h"
#include "util/table.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/i18n.h"

typedef struct CsvState {
  const char *zPath;
  CsvRowFn xRow; void *pArg;
  ErrList *pErr;
  int iLine;            /* line being fed */
  int iRecStart;        /* line where the current record began */
  int atBoundary;       /* no field of the current record seen yet */
  int stop;
  int nField, nAlloc;
  char **az; size_t *an;  /* fields of the record (az set when it ends) */
  size_t *aOff;           /* where each field starts in zRec */
  char *zRec;             /* the record's fields, each NUL-terminated */
  size_t nRec, nRecAlloc; /* bytes used and allocated in zRec */
  size_t nMaxField;     /* longest field accepted (limits.h) */
  int bTooLong;         /* a field over it was reported */
} CsvState;

static void cb_field(void *pData, size_t n, void *pCtx){
  CsvState *s = pCtx;
  if( s->nField==s->nAlloc ){
    s->nAlloc = s->nAlloc ? s->nAlloc*2 : 32;
    s->az = xrealloc(s->az, sizeof(char*)*(size_t)s->nAlloc);
    s->an = xrealloc(s->an, sizeof(size_t)*(size_t)s->nAlloc);
    s->aOff = xrealloc(s->aOff, sizeof(size_t)*(size_t)s->nAlloc);
  }
  /* Fields are copied into one buffer kept from record to record, so a
  ** record costs no allocation once the buffer has grown to the longest. */
  if( !pData ) n = 0;
  if( s->nRec+n+1 > s->nRecAlloc ){
    s->nRecAlloc = s->nRecAlloc ? s->nRecAlloc : 4096;
    while( s->nRec+n+1 > s->nRecAlloc ) s->nRecAlloc *= 2;
    s->zRec = xrealloc(s->zRec, s->nRecAlloc);
  }
  char *z = s->zRec + s->nRec;
  if( n ) memcpy(z, pData, n);
  z[n] = 0;
  s->aOff[s->nField] = s->nRec;
  s->an[s->nField] = n;
  s->nRec += n+1;
  /* Undo the spreadsheet guard of synergist's CSV output (table.h). */
  if( csv_guarded(z) ){
    memmove(z, z+1, n);
    s->an[s->nField]--;
  }
  s->nField++;
  if( n>s->nMaxField && !s->bTooLong ){
    errlist_add(s->pErr, s->zPath, s->iLine, s->nField, _("a field is too long (%zu bytes): %s"),
                n, limit_hint(LIM_CSV_FIELD));
    s->bTooLong = 1;
  }
  s->atBoundary = 0;
}

static void cb_record(int c, void *pCtx){
  CsvState *s = pCtx;
  (void)c;
  for(int i=0; i<s->nField; i++) s->az[i] = s->zRec + s->aOff[i];
  if( !s->stop ){
    for(int i=0; i<s->nField; i++){
      size_t iBad;
      if( !utf8_valid(s->az[i], s->an[i], &iBad) ){
        errlist_add(s->pErr, s->zPath, s->iRecStart, i+1,
                    "not valid UTF-8 (byte %zu of the field); save the file as UTF-8", iBad+1);
      }
      size_t iCtl = utf8_find_control(s->az[i], s->an[i]);
      if( iCtl<s->an[i] ){
        errlist_add(s->pErr, s->zPath, s->iRecStart, i+1,
                    _("control character U+%04X (byte %zu of the field): text cannot hold it"),
                    (unsigned char)s->az[i][iCtl], iCtl+1);
      }
    }
    CsvRow r = { s->iRecStart, s->nField, s->az, s->an };
    if( s->xRow(s->pArg, &r) ) s->stop = 1;
  }
  s->nField = 0;
  s->nRec = 0;
  s->atBoundary = 1;
}

/* Read the next piece of the file into z[0..nCap): up to and including the
** next line feed, or nCap bytes when the line is longer (so a line without
** end costs no more memory than a piece). Returns its length, 0 at the end. */
static size_t read_piece(FILE *in, char *z, size_t nCap){
  size_t n = 0;
  int c;
  while( n<nCap && (c = getc_unlocked(in))!=EOF ){
    z[n++] = (char)c;
    if( c=='\n' ) break;
  }
  return n;
}

#define PIECE 65536

int csv_read(const char *zPath, CsvRowFn xRow, void *pArg, ErrList *pErr){
  FILE *in = fopen(zPath, "rb");
  if( !in ){
    errlist_add(pErr, zPath, 0, 0, "cannot open: %m");
    return 1;
  }
  struct csv_parser p;
  csv_init(&p, CSV_STRICT|CSV_STRICT_FINI|CSV_APPEND_NULL);
  csv_set_blk_size(&p, 64*1024);  /* libcsv grows a field by this much per realloc: long fields stay linear */
  CsvState s = {0};
  s.zPath = zPath; s.xRow = xRow; s.pArg = pArg; s.pErr = pErr; s.atBoundary = 1;
  char *zBuf = xmalloc(PIECE+1);
  size_t nMaxField = s.nMaxField = limit_get(LIM_CSV_FIELD);
  size_t nPiece;
  int rc = 0, bLineStart = 1;
  while( !s.stop && (nPiece = read_piece(in, zBuf, PIECE))>0 ){
    zBuf[nPiece] = 0;
    char *z = zBuf;
    int bFirst = bLineStart;
    if( bLineStart ) s.iLine++;
    bLineStart = z[nPiece-1]=='\n';
    if( s.iLine==1 && bFirst && nPiece>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ){ z += 3; nPiece -= 3; }
    if( s.atBoundary && bFirst ){
      if( strspn(z, "\r\n")==nPiece && bLineStart ) continue;   /* blank line */
      s.iRecStart = s.iLine;
    }
    if( csv_parse(&p, z, nPiece, cb_field, cb_record, &s)!=nPiece ){
      errlist_add(pErr, zPath, s.iLine, s.nField+1, "malformed CSV: %s",
                  csv_strerror(csv_error(&p)));
      rc = 1;
      break;
    }
    /* The field being read grows at most a piece past the limit. */
    if( p.entry_pos > nMaxField ){
      errlist_add(pErr, zPath, s.iLine, s.nField+1, _("a field is too long (over %zu bytes): %s"),
                  nMaxField, limit_hint(LIM_CSV_FIELD));
      rc = 1;
      break;
    }
  }
  if( rc==0 && !s.stop && csv_fini(&p, cb_field, cb_record, &s)!=0 ){
    errlist_add(pErr, zPath, s.iRecStart, s.nField+1, "malformed CSV: %s (a quote is never closed?)",
                csv_strerror(csv_error(&p)));
    rc = 1;
  }
  csv_free(&p);
  free(s.az); free(s.an); free(s.aOff); free(s.zRec); free(zBuf);
  fclose(in);
  if( rc==0 && s.stop ) rc = 2;
  return rc;
}

int csv_find_col(const CsvRow *pHeader, const char *zName){
  for(int i=0; i<pHeader->nField; i++){
    if( strcasecmp(pHeader->az[i], zName)==0 ) return i;
  }
  return -1;
}

/* table.c: typed result tables and their text, CSV and JSON writers (see table.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <csv.h>
#include <jansson.h>
#include <utf8proc.h>
#include "util/table.h"
#include "util/xalloc.h"
#include "util/sb.h"

Table *table_new(const char *zTitle, int nCol, const char *const *azCol){
  Table *p = xcalloc(1, sizeof(Table));
  p->zTitle = xstrdup(zTitle);
  p->nCol = nCol;
  p->azCol = xcalloc((size_t)nCol, sizeof(char*));
  for(int i=0; i<nCol; i++) p->azCol[i] = xstrdup(azCol[i]);
  return p;
}

Table *table_newc(const char *zTitle, const char *zCols){
  const char *az[128];
  char *zCopy = xstrdup(zCols);
  int n = 0;
  for(char *z = strtok(zCopy, ","); z && n<128; z = strtok(NULL, ",")) az[n++] = z;
  Table *p = table_new(zTitle, n, az);
  free(zCopy);
  return p;
}

void table_free(Table *p){
  if( !p ) return;
  for(int i=0; i<p->nRow*p->nCol; i++) free(p->aCell[i].z);
  for(int i=0; i<p->nCol; i++) free(p->azCol[i]);
  free(p->azCol);
  free(p->aCell);
  free(p->zTitle);
  free(p);
}

int table_row(Table *p){
  if( p->nRow==p->nRowAlloc ){
    p->nRowAlloc = p->nRowAlloc ? p->nRowAlloc*2 : 16;
    p->aCell = xrealloc(p->aCell, sizeof(Cell)*(size_t)p->nRowAlloc*(size_t)p->nCol);
  }
  memset(&p->aCell[p->nRow*p->nCol], 0, sizeof(Cell)*(size_t)p->nCol);
  return p->nRow++;
}

static Cell *cell_at(Table *p, int iRow, int iCol){
  Cell *c = &p->aCell[iRow*p->nCol + iCol];
  free(c->z);
  memset(c, 0, sizeof(*c));
  return c;
}
void table_int(Table *p, int iRow, int iCol, int64_t v){ Cell *c = cell_at(p,iRow,iCol); c->t = CELL_INT; c->i = v; }
void table_real(Table *p, int iRow, int iCol, double v, int nDec){
  Cell *c = cell_at(p,iRow,iCol);
  if( isnan(v) || isinf(v) ) return;
  c->t = CELL_REAL; c->r = v; c->nDec = nDec;
}
void table_text(Table *p, int iRow, int iCol, const char *z){
  Cell *c = cell_at(p,iRow,iCol);
  if( !z ) return;
  c->t = CELL_TEXT; c->z = xstrdup(z);
}
void table_null(Table *p, int iRow, int iCol){ cell_at(p,iRow,iCol); }
int table_col(const Table *p, const char *zName){
  for(int i=0; i<p->nCol; i++) if( strcmp(p->azCol[i], zName)==0 ) return i;
  return -1;
}
const Cell *table_cell(const Table *p, int iRow, int iCol){ return &p->aCell[iRow*p->nCol+iCol]; }

/* A real with nDec decimals as printf("%.*f") writes it, without "-" when
** it rounds to zero, into z (32 bytes); returns its length, or 0 when left
** to printf (sb_fixed(): printf is slow for long listings). */
static size_t real_format(double r, int nDec, char *z){
  size_t n = sb_fixed(r, nDec, z);
  if( n>1 && z[0]=='-' && strspn(z+1, "0.")==n-1 ){ memmove(z, z+1, n); n--; }
  return n;
}

char *table_cell_str(const Table *p, int iRow, int iCol){
  const Cell *c = table_cell(p, iRow, iCol);
  switch( c->t ){
    case CELL_INT: return xasprintf("%" PRId64, c->i);
    case CELL_REAL: {
      char zFast[32];
      if( real_format(c->r, c->nDec, zFast) ) return xstrdup(zFast);
      double r = c->r;
      if( r==0.0 ) r = 0.0;   /* no "-0.000" */
      char *z = xasprintf("%.*f", c->nDec, r);
      if( strspn(z, "-0.")==strlen(z) && z[0]=='-' ) memmove(z, z+1, strlen(z));
      return z;
    }
    case CELL_TEXT: return xstrdup(c->z);
    default: return xstrdup("");
  }
}

/* Display width of a UTF-8 string, for column alignment. */
static int text_width(const char *z){
  int w = 0;
  utf8proc_int32_t cp;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  utf8proc_ssize_t n;
  while( *s && (n = utf8proc_iterate(s, -1, &cp))>0 ){
    int cw = utf8proc_charwidth(cp);
    w += cw>0 ? cw : 0;
    s += n;
  }
  return w;
}

void csv_write_field(FILE *out, const char *z){
  if( strpbrk(z, ",\"\r\n") ) csv_fwrite(out, z, strlen(z));
  else fputs(z, out);
}

static int bRawCsv = 0;
void table_set_raw(int bRaw){ bRawCsv = bRaw; }

static int is_trigger(char c){ return c && strchr("=+-@\t\r", c)!=NULL; }

int csv_guard(const char *z){
  size_t k = strspn(z, "'");
  if( !is_trigger(z[k]) ) return 0;
  if( k==0 && (z[0]=='-' || z[0]=='+') ){
    char *zEnd;
    (void)strtod(z, &zEnd);
    if( zEnd>z+1 && *zEnd==0 && !strchr(z, ' ') && !strpbrk(z, "xXnN") ) return 0;   /* a plain number */
  }
  return 1;
}

int csv_guarded(const char *z){
  return z[0]=='\'' && is_trigger(z[strspn(z, "'")]);
}

void csv_write_text(FILE *out, const char *z){
  if( !bRawCsv && csv_guard(z) ){
    char *zG = xasprintf("'%s", z);
    csv_write_field(out, zG);
    free(zG);
  }else{
    csv_write_field(out, z);
  }
}

static void write_text(const Table *p, FILE *out){
  int *aw = xcalloc((size_t)p->nCol, sizeof(int));
  char **az = xcalloc((size_t)(p->nRow*p->nCol)+1, sizeof(char*));
  for(int j=0; j<p->nCol; j++) aw[j] = text_width(p->azCol[j]);
  for(int i=0; i<p->nRow; i++) for(int j=0; j<p->nCol; j++){
    char *z = table_cell_str(p, i, j);
    /* Newlines inside a cell print as spaces in the aligned view. */
    for(char *c=z; *c; c++) if( *c=='\n' || *c=='\r' || *c=='\t' ) *c = ' ';
    az[i*p->nCol+j] = z;
    int w = text_width(z);
    if( w>aw[j] ) aw[j] = w;
  }
  if( p->zTitle ) fprintf(out, "%s\n", p->zTitle);
  for(int j=0; j<p->nCol; j++){
    fprintf(out, "%s%s", j?"  ":"", p->azCol[j]);
    if( j<p->nCol-1 ) fprintf(out, "%*s", aw[j]-text_width(p->azCol[j]), "");
  }
  fputc('\n', out);
  for(int j=0; j<p->nCol; j++){
    fprintf(out, "%s", j?"  ":"");
    for(int k=0; k<aw[j]; k++) fputc('-', out);
  }
  fputc('\n', out);
  for(int i=0; i<p->nRow; i++){
    for(int j=0; j<p->nCol; j++){
      const char *z = az[i*p->nCol+j];
      const Cell *c = table_cell(p, i, j);
      int pad = aw[j]-text_width(z);
      int right = (c->t==CELL_INT || c->t==CELL_REAL);
      fputs(j ? "  " : "", out);
      if( right ) fprintf(out, "%*s%s", pad, "", z);
      else { fputs(z, out); if( j<p->nCol-1 ) fprintf(out, "%*s", pad, ""); }
    }
    fputc('\n', out);
  }
  for(int i=0; i<p->nRow*p->nCol; i++) free(az[i]);
  free(az);
  free(aw);
}

/* CSV: each row is built in one buffer and written at once; numbers never
** need quotes, text is quoted as csv_write_field() does. */
void table_write_csv(const Table *p, FILE *out, int bHeader){
  if( bHeader ){
    for(int j=0; j<p->nCol; j++){ if( j ) fputc(',', out); csv_write_field(out, p->azCol[j]); }
    fputc('\n', out);
  }
  size_t nAlloc = 1024, n, nz;
  char *zLine = xmalloc(nAlloc);
  for(int i=0; i<p->nRow; i++){
    n = 0;
    for(int j=0; j<p->nCol; j++){
      const Cell *c = table_cell(p, i, j);
      size_t nMax = 35 + (c->t==CELL_TEXT ? 2*strlen(c->z) : 0);
      if( n+nMax+2>nAlloc ){ while( n+nMax+2>nAlloc ) nAlloc *= 2; zLine = xrealloc(zLine, nAlloc); }
      if( j ) zLine[n++] = ',';
      if( c->t==CELL_INT ){
        n += (size_t)snprintf(zLine+n, 32, "%" PRId64, c->i);
      }else if( c->t==CELL_REAL && (nz = real_format(c->r, c->nDec, zLine+n))>0 ){
        n += nz;
      }else if( c->t==CELL_TEXT && !strpbrk(c->z, ",\"\r\n") ){
        if( !bRawCsv && csv_guard(c->z) ) zLine[n++] = '\'';
        nz = strlen(c->z);
        memcpy(zLine+n, c->z, nz);
        n += nz;
      }else if( c->t!=CELL_NULL ){
        char *z = table_cell_str(p, i, j);
        if( c->t==CELL_TEXT && !bRawCsv && csv_guard(z) ){
          char *zG = xasprintf("'%s", z);
          free(z);
          z = zG;
        }
        int bQuote = strpbrk(z, ",\"\r\n")!=NULL;
        if( strlen(z)*2+n+4>nAlloc ){ nAlloc = strlen(z)*2+n+4; zLine = xrealloc(zLine, nAlloc); }
        if( bQuote ) zLine[n++] = '"';
        for(const char *q=z; *q; q++){ if( bQuote && *q=='"' ) zLine[n++] = '"'; zLine[n++] = *q; }
        if( bQuote ) zLine[n++] = '"';
        free(z);
      }
    }
    zLine[n++] = '\n';
    fwrite(zLine, 1, n, out);
  }
  free(zLine);
}

static void write_json(const Table *p, FILE *out){
  json_t *a = json_array();
  for(int i=0; i<p->nRow; i++){
    json_t *o = json_object();
    for(int j=0; j<p->nCol; j++){
      const Cell *c = table_cell(p, i, j);
      json_t *v;
      switch( c->t ){
        case CELL_INT: v = json_integer(c->i); break;
        case CELL_REAL: {
          /* Round to the displayed decimals so JSON and text agree. */
          char *z = table_cell_str(p, i, j);
          v = json_real(strtod(z, 0));
          free(z);
          break;
        }
        case CELL_TEXT: v = json_string(c->z); if( !v ) v = json_stringn(c->z, strlen(c->z)); break;
        default: v = json_null();
      }
      json_object_set_new(o, p->azCol[j], v ? v : json_null());
    }
    json_array_append_new(a, o);
  }
  json_dumpf(a, out, JSON_INDENT(2)|JSON_PRESERVE_ORDER|JSON_REAL_PRECISION(10));
  fputc('\n', out);
  json_decref(a);
}

void table_write(const Table *p, Format fmt, FILE *out){
  switch( fmt ){
    case FMT_CSV: table_write_csv(p, out, 1); break;
    case FMT_JSON: write_json(p, out); break;
    default: write_text(p, out); break;
  }
}

int format_parse(const char *z){
  if( !z ) return -1;
  if( strcmp(z,"text")==0 ) return FMT_TEXT;
  if( strcmp(z,"csv")==0 ) return FMT_CSV;
  if( strcmp(z,"json")==0 ) return FMT_JSON;
  return -1;
}

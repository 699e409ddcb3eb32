/*
** csvdoc.c: a whole CSV file in memory, checked before any row is used
** (see csvdoc.h).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "util/csvdoc.h"
#include "util/csvread.h"
#include "util/repeats.h"
#include "util/xalloc.h"
#include "util/i18n.h"


static int doc_add(void *pArg, const CsvRow *r){
  CsvDoc *d = pArg;
  if( d->azHead==NULL ){
    d->nCol = r->nField;
    d->azHead = xcalloc((size_t)r->nField, sizeof(char*));
    for(int i=0; i<r->nField; i++){
      /* Header names: trimmed, lower case. */
      char *z = xstrdup(r->az[i]);
      size_t n = strlen(z);
      while( n && isspace((unsigned char)z[n-1]) ) z[--n] = 0;
      char *s = z; while( isspace((unsigned char)*s) ) s++;
      memmove(z, s, strlen(s)+1);
      for(char *c=z; *c; c++) *c = (char)tolower((unsigned char)*c);
      d->azHead[i] = z;
    }
    return 0;
  }
  d->aazRow = xrealloc(d->aazRow, sizeof(char**)*(size_t)(d->nRow+1));
  d->aLine = xrealloc(d->aLine, sizeof(int)*(size_t)(d->nRow+1));
  d->anField = xrealloc(d->anField, sizeof(int)*(size_t)(d->nRow+1));
  char **az = xcalloc((size_t)r->nField+1, sizeof(char*));
  for(int i=0; i<r->nField; i++) az[i] = xstrdup(r->az[i]);
  d->aazRow[d->nRow] = az;
  d->aLine[d->nRow] = r->iLine;
  d->anField[d->nRow] = r->nField;
  d->nRow++;
  return 0;
}

void doc_free(CsvDoc *d){
  for(int i=0; i<d->nRow; i++){
    for(int j=0; j<d->anField[i]; j++) free(d->aazRow[i][j]);
    free(d->aazRow[i]);
  }
  for(int j=0; j<d->nCol; j++) free(d->azHead[j]);
  free(d->azHead); free(d->aazRow); free(d->aLine); free(d->anField);
}

int doc_col(const CsvDoc *d, const char *zName){
  for(int j=0; j<d->nCol; j++) if( strcmp(d->azHead[j], zName)==0 ) return j;
  return -1;
}

/* Field j of row i, or NULL when absent or empty. */
const char *doc_get(const CsvDoc *d, int i, int j){
  if( j<0 || j>=d->anField[i] ) return NULL;
  const char *z = d->aazRow[i][j];
  return z[0] ? z : NULL;
}

/* Keys for repeats.h: rows of a document by some columns (an empty value
** as ""), or its header names. */
typedef struct DocKey { const CsvDoc *d; const int *aiCol; int nCol; } DocKey;
static int cmp_val(const char *x, const char *y){
  return strcmp(x ? x : "", y ? y : "");
}
static int key_row(void *pCtx, int x, int y){
  const DocKey *k = pCtx;
  int c = 0;
  for(int j=0; c==0 && j<k->nCol; j++){
    c = cmp_val(doc_get(k->d, x, k->aiCol[j]), doc_get(k->d, y, k->aiCol[j]));
  }
  return c;
}
static int key_head(void *pCtx, int x, int y){
  char **az = pCtx;
  return strcmp(az[x], az[y]);
}

int *doc_first_same(const CsvDoc *d, const int *aiCol, int nCol){
  DocKey k = { d, aiCol, nCol };
  return repeats_first(d->nRow, key_row, &k);
}

int doc_repeats(const CsvDoc *d, const int *aiRow, int nRow, const int *aiCol, int nCol,
                RepeatFn xGroup, void *pArg){
  DocKey k = { d, aiCol, nCol };
  return repeats_each(aiRow, nRow, key_row, &k, xGroup, pArg);
}

void doc_init(CsvDoc *d, int nCol, const char *const *azHead){
  memset(d, 0, sizeof(*d));
  d->nCol = nCol;
  d->azHead = xcalloc((size_t)nCol+1, sizeof(char*));
  for(int j=0; j<nCol; j++) d->azHead[j] = xstrdup(azHead[j]);
}

void doc_add_row(CsvDoc *d, int iLine, const char *const *azField){
  d->aazRow = xrealloc(d->aazRow, sizeof(char**)*(size_t)(d->nRow+1));
  d->aLine = xrealloc(d->aLine, sizeof(int)*(size_t)(d->nRow+1));
  d->anField = xrealloc(d->anField, sizeof(int)*(size_t)(d->nRow+1));
  char **az = xcalloc((size_t)d->nCol+1, sizeof(char*));
  for(int j=0; j<d->nCol; j++) az[j] = xstrdup(azField[j] ? azField[j] : "");
  d->aazRow[d->nRow] = az;
  d->aLine[d->nRow] = iLine;
  d->anField[d->nRow] = d->nCol;
  d->nRow++;
}

/* Read zPath; check the header has every required column and rows are not
** ragged. Returns 0 when the document can be checked row by row. */
int doc_load(CsvDoc *d, const char *zPath, const char *const *azRequired, ErrList *pErr){
  memset(d, 0, sizeof(*d));
  if( csv_read(zPath, doc_add, d, pErr)==1 ) return 1;
  if( !d->azHead ){ errlist_add(pErr, zPath, 1, 0, "the file is empty: a header row is needed"); return 1; }
  int bad = 0;
  for(int k=0; azRequired[k]; k++){
    if( doc_col(d, azRequired[k])<0 ){
      errlist_add(pErr, zPath, 1, 0, "missing required column '%s'", azRequired[k]);
      bad = 1;
    }
  }
  /* Repeated names, each repeat once, against the name's first field. */
  int *aFirst = repeats_first(d->nCol, key_head, d->azHead);
  for(int j=0; j<d->nCol; j++){
    if( aFirst[j]>=0 && d->azHead[j][0] ){
      errlist_add(pErr, zPath, 1, j+1, _("column '%s' appears twice (also field %d)"), d->azHead[j], aFirst[j]+1);
    }
  }
  free(aFirst);
  for(int j=0; j<d->nCol; j++){
    if( d->azHead[j][0]==0 ) errlist_add(pErr, zPath, 1, j+1, "empty column name");
  }
  for(int i=0; i<d->nRow; i++){
    if( d->anField[i]!=d->nCol ){
      errlist_add(pErr, zPath, d->aLine[i], d->anField[i] < d->nCol ? d->anField[i] : d->nCol+1,
                  "this row has %d fields; the header has %d", d->anField[i], d->nCol);
    }
  }
  return bad;
}

/* describe.c: sample-characteristics tables (see describe.h). */
#include <stdlib.h>
#include <string.h>
#include "roster/describe.h"
#include "util/date.h"
#include "util/xalloc.h"

/* The row for units without a value; compared by address, never by text. */
static char zMissing[] = "(missing)";

int percent_half_up(int n, int of){
  if( of<=0 ) return -1;
  return (200*n + of) / (2*of);
}

int member_attr_is_contact(const char *zAttr){
  return strcmp(zAttr, "email")==0;
}

const char *member_value(const MemberRec *r, const char *zAttr, int iAsOf){
  if( strcmp(zAttr, "stakeholder_group")==0 ) return r->zGroup;
  if( strcmp(zAttr, "organisation")==0 ) return r->zOrg;
  if( strcmp(zAttr, "joined")==0 ) return r->zJoined;
  if( strcmp(zAttr, "left")==0 ) return r->zLeft;
  if( strcmp(zAttr, "partnership")==0 ) return r->zPartnership;
  if( strcmp(zAttr, "status")==0 ){
    int iLeft;
    return (r->zLeft && date_parse(r->zLeft, &iLeft) && iLeft<=iAsOf) ? "former" : "current";
  }
  for(int k=0; k<r->nAttr; k++){
    if( strcmp(r->aAttr[k].zName, zAttr)==0 ) return r->aAttr[k].zValue;
  }
  return NULL;
}

static int is_number(const char *z, double *pv){
  char *zEnd;
  *pv = strtod(z, &zEnd);
  return *z && *zEnd==0;
}
static int cmp_value(const void *a, const void *b){
  const char *x = *(const char*const*)a, *y = *(const char*const*)b;
  double dx, dy;
  if( is_number(x, &dx) && is_number(y, &dy) && dx!=dy ) return dx<dy ? -1 : 1;
  return strcmp(x, y);
}

/* Index of z in az[0..n), or -1. */
static int find_str(char **az, int n, const char *z){
  for(int i=0; i<n; i++) if( strcmp(az[i], z)==0 ) return i;
  return -1;
}

Table *describe_build(int nAttr, const char *const *azAttr, const DescUnit *aUnit, int nUnit){
  Table *t = table_newc(NULL, "attribute,value,partnership,n,of,percent");
  char **azP = xcalloc((size_t)nUnit+2, sizeof(char*));
  int nP = 0;
  for(int u=0; u<nUnit; u++){
    if( find_str(azP, nP, aUnit[u].zPartnership)<0 ) azP[nP++] = (char*)aUnit[u].zPartnership;
  }
  azP[nP] = (char*)"all";
  int *aOf = xcalloc((size_t)nP+1, sizeof(int));
  for(int u=0; u<nUnit; u++){ aOf[find_str(azP, nP, aUnit[u].zPartnership)]++; aOf[nP]++; }
  for(int k=0; k<nAttr; k++){
    char **azV = xcalloc((size_t)nUnit+1, sizeof(char*));
    int nV = 0, bMissing = 0;
    for(int u=0; u<nUnit; u++){
      const char *z = aUnit[u].azValue[k];
      if( !z || !z[0] ){ bMissing = 1; continue; }
      if( find_str(azV, nV, z)<0 ) azV[nV++] = (char*)z;
    }
    qsort(azV, (size_t)nV, sizeof(char*), cmp_value);
    if( bMissing ) azV[nV++] = zMissing;
    for(int v=0; v<nV; v++){
      for(int j=0; j<=nP; j++){
        int n = 0;
        for(int u=0; u<nUnit; u++){
          if( j<nP && strcmp(aUnit[u].zPartnership, azP[j]) ) continue;
          const char *z = aUnit[u].azValue[k];
          int bMiss = !z || !z[0];
          if( (bMiss && azV[v]==zMissing) || (!bMiss && azV[v]!=zMissing && strcmp(z, azV[v])==0) ) n++;
        }
        int r = table_row(t);
        table_text(t, r, 0, azAttr[k]);
        table_text(t, r, 1, azV[v]);
        table_text(t, r, 2, azP[j]);
        table_int(t, r, 3, n);
        table_int(t, r, 4, aOf[j]);
        int pc = percent_half_up(n, aOf[j]);
        if( pc>=0 ) table_int(t, r, 5, pc);
      }
    }
    free(azV);
  }
  free(aOf);
  free(azP);
  return t;
}

Table *describe_wide(const Table *pLong, int **paN){
  /* Partnership columns in the order they first appear. */
  char **azP = xcalloc((size_t)pLong->nRow+1, sizeof(char*));
  int *aOf = xcalloc((size_t)pLong->nRow+1, sizeof(int));
  int nP = 0;
  for(int r=0; r<pLong->nRow; r++){
    const char *z = table_cell(pLong, r, 2)->z;
    if( find_str(azP, nP, z)<0 ){ aOf[nP] = (int)table_cell(pLong, r, 4)->i; azP[nP++] = (char*)z; }
  }
  const char **azCol = xcalloc((size_t)nP+2, sizeof(char*));
  char **azHead = xcalloc((size_t)nP+1, sizeof(char*));
  azCol[0] = "characteristic";
  for(int j=0; j<nP; j++){ azHead[j] = xasprintf("%s (n = %d)", azP[j], aOf[j]); azCol[j+1] = azHead[j]; }
  Table *w = table_new(NULL, nP+1, azCol);
  const char *zPrevAttr = NULL;
  for(int r=0; r<pLong->nRow; r+=nP){
    const char *zAttr = table_cell(pLong, r, 0)->z;
    if( !zPrevAttr || strcmp(zPrevAttr, zAttr) ){
      int h = table_row(w);
      table_text(w, h, 0, zAttr);
      zPrevAttr = zAttr;
    }
    int row = table_row(w);
    char *zLabel = xasprintf("  %s", table_cell(pLong, r, 1)->z);
    table_text(w, row, 0, zLabel);
    free(zLabel);
    for(int j=0; j<nP && r+j<pLong->nRow; j++){
      const Cell *cPct = table_cell(pLong, r+j, 5);
      char *z = cPct->t==CELL_INT
        ? xasprintf("%lld (%lld%%)", (long long)table_cell(pLong, r+j, 3)->i, (long long)cPct->i)
        : xasprintf("%lld", (long long)table_cell(pLong, r+j, 3)->i);
      table_text(w, row, j+1, z);
      free(z);
    }
  }
  for(int j=0; j<nP; j++) free(azHead[j]);
  free(azHead); free(azCol); free(azP);
  if( paN ) *paN = aOf;
  else free(aOf);
  return w;
}

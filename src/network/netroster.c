/*
** netroster.c: the roster a network is drawn on (see netroster.h).
*/
#include <stdlib.h>
#include <string.h>
#include "network/netroster.h"
#include "roster/dynamics.h"
#include "util/date.h"
#include "util/xalloc.h"

int netroster_load(Store *p, NetRoster *r, const char *zOnly){
  memset(r, 0, sizeof(*r));
  if( st_member_all(p, zOnly, &r->aMem, &r->nMem) ) return STORE_ERROR;
  /* with zOnly, only that partnership's waves and organisations: a report
  ** of each partnership of a programme reads one roster per page */
  if( st_wave_of(p, zOnly, &r->aWave, &r->nWave) ) return STORE_ERROR;
  Table *t = table_newc(NULL, "organisation,sector");
  if( st_org_of(p, zOnly, t) ){ table_free(t); return STORE_ERROR; }
  r->nOrg = t->nRow;
  r->azOrg = xcalloc((size_t)t->nRow+1, sizeof(char*));
  r->azSector = xcalloc((size_t)t->nRow+1, sizeof(char*));
  for(int i=0; i<t->nRow; i++){
    r->azOrg[i] = xstrdup(table_cell(t, i, 0)->z);
    const Cell *c = table_cell(t, i, 1);
    r->azSector[i] = c->t==CELL_TEXT ? xstrdup(c->z) : NULL;
  }
  table_free(t);
  /* st_org_of orders by name; make sure, since lookups bisect. */
  for(int i=1; i<r->nOrg; i++){
    if( strcmp(r->azOrg[i-1], r->azOrg[i])>0 ){
      for(int j=i; j>0 && strcmp(r->azOrg[j-1], r->azOrg[j])>0; j--){
        char *z = r->azOrg[j]; r->azOrg[j] = r->azOrg[j-1]; r->azOrg[j-1] = z;
        z = r->azSector[j]; r->azSector[j] = r->azSector[j-1]; r->azSector[j-1] = z;
      }
    }
  }
  return STORE_OK;
}

void netroster_free(NetRoster *r){
  st_member_recs_free(r->aMem, r->nMem);
  st_wave_recs_free(r->aWave, r->nWave);
  for(int i=0; i<r->nOrg; i++){ free(r->azOrg[i]); free(r->azSector[i]); }
  free(r->azOrg); free(r->azSector);
  memset(r, 0, sizeof(*r));
}

/* First member index whose (partnership, pid) is not below (zP, zPid); zPid NULL: first of zP. */
static int lower_bound(const NetRoster *r, const char *zP, const char *zPid){
  int lo = 0, hi = r->nMem;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(r->aMem[mid].zPartnership, zP);
    if( c==0 && zPid ) c = strcmp(r->aMem[mid].zPid, zPid);
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  return lo;
}

const MemberRec *netroster_member(const NetRoster *r, const char *zP, const char *zPid){
  int i = lower_bound(r, zP, zPid);
  if( i<r->nMem && strcmp(r->aMem[i].zPartnership, zP)==0 && strcmp(r->aMem[i].zPid, zPid)==0 ) return &r->aMem[i];
  return NULL;
}

int netroster_members_of(const NetRoster *r, const char *zP, int *piFirst){
  int i = lower_bound(r, zP, NULL), n = 0;
  *piFirst = i;
  while( i+n<r->nMem && strcmp(r->aMem[i+n].zPartnership, zP)==0 ) n++;
  return n;
}

const WaveRec *netroster_wave(const NetRoster *r, const char *zP, const char *zW){
  for(int i=0; i<r->nWave; i++){
    if( strcmp(r->aWave[i].zPartnership, zP)==0 && strcmp(r->aWave[i].zName, zW)==0 ) return &r->aWave[i];
  }
  return NULL;
}

int netroster_wave_day(const WaveRec *w){
  int x;
  return (w->zOpens && date_parse(w->zOpens, &x)) ? x : date_today();
}

static int cmp_str(const void *a, const void *b){ return strcmp(*(char*const*)a, *(char*const*)b); }

const char *netroster_sector(const NetRoster *r, const char *zOrg){
  char **pz = bsearch(&zOrg, r->azOrg, (size_t)r->nOrg, sizeof(char*), cmp_str);
  return pz ? r->azSector[pz - r->azOrg] : NULL;
}

int netroster_orgs_at(const NetRoster *r, const char *zP, int x, const char ***pazOrg){
  int i0, n = netroster_members_of(r, zP, &i0), nOrg = 0;
  const char **az = xcalloc((size_t)n+1, sizeof(char*));
  for(int i=i0; i<i0+n; i++){
    if( r->aMem[i].zOrg && member_present(&r->aMem[i], x) ) az[nOrg++] = r->aMem[i].zOrg;
  }
  qsort(az, (size_t)nOrg, sizeof(char*), cmp_str);
  int m = 0;
  for(int k=0; k<nOrg; k++) if( m==0 || strcmp(az[m-1], az[k]) ) az[m++] = az[k];
  *pazOrg = az;
  return m;
}

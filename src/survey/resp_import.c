/*
** resp_import.c: survey_import_responses() (see survey.h). Streams the
** CSV once: the header maps columns to items, each record is checked and,
** while the file has shown no problem, written at once through one
** prepared statement (the caller's transaction makes the import all or
** nothing). One answer vector is reused for every record.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "survey/survey.h"
#include "store/st_survey.h"
#include "store/st_roster.h"
#include "util/csvread.h"
#include "util/xalloc.h"

enum { COL_IGNORE = -1, COL_RESPONDENT = -2, COL_PARTNERSHIP = -3, COL_WAVE = -4, COL_UNKNOWN = -5 };

typedef struct ImpState {
  Store *pStore;
  const char *zPath;
  ErrList *pErr;
  Instrument *pInst;
  int64_t idInst;
  char **azPart; int nPart;             /* partnership codes */
  WaveRec *aWave; int nWave;
  int nCol; int *aCol;                   /* per column: item index or COL_* */
  int iRespCol, iPartCol, iWaveCol;
  int bHeader;
  unsigned char *aAns;                   /* reused answer vector */
  int iLastPart; char *zLastWave; int64_t idLastWave;   /* wave lookup cache */
  ImportStats *pStats;
  int rcStore; char *zStoreErr;
} ImpState;

/* REDCap export columns that carry no answers. */
static int is_redcap_extra(const char *z){
  size_t n = strlen(z);
  if( strcasecmp(z, "redcap_survey_identifier")==0 || strcasecmp(z, "redcap_repeat_instrument")==0
   || strcasecmp(z, "redcap_repeat_instance")==0 ) return 1;
  return (n>10 && strcasecmp(z+n-10, "_timestamp")==0) || (n>9 && strcasecmp(z+n-9, "_complete")==0);
}

static int header(ImpState *s, const CsvRow *r){
  s->nCol = r->nField;
  s->aCol = xcalloc((size_t)r->nField+1, sizeof(int));
  s->iRespCol = s->iPartCol = s->iWaveCol = -1;
  int *aSeen = xcalloc((size_t)s->pInst->nItem+1, sizeof(int));
  for(int i=0; i<r->nField; i++){
    const char *z = r->az[i];
    int *piCol = NULL;
    if( strcasecmp(z, "respondent")==0 || strcasecmp(z, "record_id")==0 ){ s->aCol[i] = COL_RESPONDENT; piCol = &s->iRespCol; }
    else if( strcasecmp(z, "partnership")==0 || strcasecmp(z, "redcap_data_access_group")==0 ){ s->aCol[i] = COL_PARTNERSHIP; piCol = &s->iPartCol; }
    else if( strcasecmp(z, "wave")==0 || strcasecmp(z, "redcap_event_name")==0 ){ s->aCol[i] = COL_WAVE; piCol = &s->iWaveCol; }
    if( piCol ){
      if( *piCol>=0 ) errlist_add(s->pErr, s->zPath, r->iLine, i+1, "column \"%s\" repeats column %d", z, *piCol+1);
      *piCol = i;
      continue;
    }
    int k = instrument_item_index_nocase(s->pInst, z);
    if( k>=0 ){
      if( aSeen[k] ) errlist_add(s->pErr, s->zPath, r->iLine, i+1, "item \"%s\" has two columns (%d and %d)", z, aSeen[k], i+1);
      aSeen[k] = i+1;
      s->aCol[i] = k;
    }else if( is_redcap_extra(z) ){
      s->aCol[i] = COL_IGNORE;
    }else{
      s->aCol[i] = COL_UNKNOWN;
      errlist_add(s->pErr, s->zPath, r->iLine, i+1, "unknown column \"%s\": not an item of instrument %s", z, s->pInst->zId);
    }
  }
  if( s->iRespCol<0 ) errlist_add(s->pErr, s->zPath, r->iLine, 0, "column \"respondent\" (or REDCap's record_id) is missing");
  if( s->iPartCol<0 ) errlist_add(s->pErr, s->zPath, r->iLine, 0, "column \"partnership\" (or redcap_data_access_group) is missing");
  if( s->iWaveCol<0 ) errlist_add(s->pErr, s->zPath, r->iLine, 0, "column \"wave\" (or redcap_event_name) is missing");
  free(aSeen);
  return s->iRespCol<0 || s->iPartCol<0 || s->iWaveCol<0;
}

/* The wave id of partnership iPart named zWave (REDCap's "_arm_N" suffix
** may be left on), or 0. */
static int64_t find_wave(ImpState *s, int iPart, const char *zWave){
  if( s->zLastWave && s->iLastPart==iPart && strcmp(s->zLastWave, zWave)==0 ) return s->idLastWave;
  int64_t id = 0;
  size_t n = strlen(zWave);
  const char *zArm = strstr(zWave, "_arm_");
  size_t nNoArm = zArm ? (size_t)(zArm-zWave) : n;
  for(int i=0; i<s->nWave && !id; i++){
    if( strcmp(s->aWave[i].zPartnership, s->azPart[iPart])!=0 ) continue;
    if( strcmp(s->aWave[i].zName, zWave)==0 ) id = s->aWave[i].id;
  }
  for(int i=0; i<s->nWave && !id && zArm; i++){
    if( strcmp(s->aWave[i].zPartnership, s->azPart[iPart])!=0 ) continue;
    if( strlen(s->aWave[i].zName)==nNoArm && strncmp(s->aWave[i].zName, zWave, nNoArm)==0 ) id = s->aWave[i].id;
  }
  free(s->zLastWave);
  s->zLastWave = xstrdup(zWave);
  s->iLastPart = iPart;
  s->idLastWave = id;
  return id;
}

/* Parse a whole number (spaces around allowed); 1 on success. */
static int parse_int(const char *z, int *pv){
  while( *z==' ' ) z++;
  int neg = 0;
  if( *z=='-' ){ neg = 1; z++; }
  if( *z<'0' || *z>'9' ) return 0;
  long v = 0;
  while( *z>='0' && *z<='9' ){ v = v*10 + (*z-'0'); if( v>1000000 ) return 0; z++; }
  while( *z==' ' ) z++;
  if( *z ) return 0;
  *pv = (int)(neg ? -v : v);
  return 1;
}

static int imp_row(void *pArg, const CsvRow *r){
  ImpState *s = pArg;
  if( !s->bHeader ){ s->bHeader = 1; return header(s, r); }
  int n0 = s->pErr->n;
  const Instrument *p = s->pInst;
  if( r->nField!=s->nCol ){
    errlist_add(s->pErr, s->zPath, r->iLine, 0, "%d fields where the header has %d", r->nField, s->nCol);
    return 0;
  }
  const char *zResp = r->az[s->iRespCol];
  const char *zPart = r->az[s->iPartCol];
  const char *zWave = r->az[s->iWaveCol];
  if( !zResp[0] ) errlist_add(s->pErr, s->zPath, r->iLine, s->iRespCol+1, "the respondent id is empty");
  int iPart = -1;
  for(int i=0; i<s->nPart && iPart<0; i++) if( strcasecmp(s->azPart[i], zPart)==0 ) iPart = i;
  int64_t idWave = 0;
  if( iPart<0 ){
    errlist_add(s->pErr, s->zPath, r->iLine, s->iPartCol+1, "no partnership \"%s\"", zPart);
  }else if( (idWave = find_wave(s, iPart, zWave))==0 ){
    errlist_add(s->pErr, s->zPath, r->iLine, s->iWaveCol+1, "no wave \"%s\" in %s (add it with: synergist wave add %s %s)",
                zWave, s->azPart[iPart], s->azPart[iPart], zWave);
  }
  memset(s->aAns, ANS_MISSING, (size_t)p->nItem);
  long nAnswer = 0;
  for(int c=0; c<r->nField; c++){
    int k = s->aCol[c];
    if( k<0 ) continue;
    const char *z = r->az[c];
    if( z[0]==0 ) continue;
    const InstResp *rs = &p->aResp[p->aItem[k].iResp];
    int v;
    if( !parse_int(z, &v) ){
      errlist_add(s->pErr, s->zPath, r->iLine, c+1, "item %s: \"%s\" is not a whole number", p->aItem[k].zId, z);
    }else if( rs->bNa && v==rs->iNa ){
      s->aAns[k] = ANS_NA;
    }else if( v<rs->iMin || v>rs->iMax ){
      if( rs->bNa ) errlist_add(s->pErr, s->zPath, r->iLine, c+1, "item %s: %d is outside %d..%d (not applicable: %d)",
                                p->aItem[k].zId, v, rs->iMin, rs->iMax, rs->iNa);
      else errlist_add(s->pErr, s->zPath, r->iLine, c+1, "item %s: %d is outside %d..%d", p->aItem[k].zId, v, rs->iMin, rs->iMax);
    }else{
      s->aAns[k] = ANS_VALUE(v, rs->iMin);
      nAnswer++;
    }
  }
  if( s->pErr->n>n0 || s->pErr->n>0 ) return 0;   /* once the file has a problem, only check */
  int64_t idMember = 0;
  int rc = st_member_lookup(s->pStore, s->azPart[iPart], zResp, &idMember);
  if( rc==STORE_NOTFOUND ){ idMember = 0; rc = STORE_OK; }
  if( rc==STORE_OK ) rc = st_response_add(s->pStore, idWave, s->idInst, zResp, idMember, s->aAns, p->nItem);
  if( rc==STORE_EXISTS ){
    errlist_add(s->pErr, s->zPath, r->iLine, s->iRespCol+1,
                "respondent \"%s\" answered %s twice in %s %s (earlier in this file or imported before)",
                zResp, p->zId, s->azPart[iPart], zWave);
    return 0;
  }
  if( rc ){
    s->rcStore = rc;
    s->zStoreErr = xstrdup(store_errmsg(s->pStore));
    return 1;
  }
  s->pStats->nRow++;
  s->pStats->nAnswer += nAnswer;
  if( idMember ) s->pStats->nLinked++;
  return 0;
}

int survey_import_responses(Store *pStore, const char *zPath, const char *zInstrument,
                            ErrList *pErr, ImportStats *pStats, char **pzErr){
  memset(pStats, 0, sizeof(*pStats));
  *pzErr = NULL;
  ImpState s = {0};
  s.pStore = pStore; s.zPath = zPath; s.pErr = pErr; s.pStats = pStats;
  int rc = survey_instrument_load(pStore, zInstrument, 1, &s.pInst, &s.idInst, pzErr);
  if( rc ) return rc;
  if( (rc = st_partnership_codes(pStore, &s.azPart, &s.nPart))!=0
   || (rc = st_wave_all(pStore, &s.aWave, &s.nWave))!=0 ){
    *pzErr = xstrdup(store_errmsg(pStore));
    instrument_free(s.pInst);
    return rc;
  }
  s.aAns = xmalloc((size_t)s.pInst->nItem+1);
  csv_read(zPath, imp_row, &s, pErr);
  if( s.bHeader==0 && pErr->n==0 ) errlist_add(pErr, zPath, 1, 0, "the file is empty");
  rc = s.rcStore;
  *pzErr = s.zStoreErr;
  for(int i=0; i<s.nPart; i++) free(s.azPart[i]);
  free(s.azPart);
  st_wave_recs_free(s.aWave, s.nWave);
  free(s.aCol); free(s.aAns); free(s.zLastWave);
  instrument_free(s.pInst);
  return rc;
}

/*
** import.c: roster CSV imports (see import.h). A file is read whole into a
** CsvDoc (rosters are small), checked row by row, then written.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "roster/import.h"
#include "store/st_roster.h"
#include "util/csvdoc.h"
#include "util/date.h"
#include "util/xalloc.h"
#include "util/i18n.h"

static void check_date(ErrList *pErr, const char *zPath, int iLine, int iCol, const char *zWhat, const char *z, int *piDay){
  if( z && !date_parse(z, piDay) ){
    errlist_add(pErr, zPath, iLine, iCol+1, "%s '%s' is not a real date (YYYY-MM-DD)", zWhat, z);
  }
}

/* Does partnership zCode exist? Reports once per row. */
static int check_partnership(Store *p, ErrList *pErr, const char *zPath, int iLine, int iCol, const char *zCode){
  if( !zCode ){ errlist_add(pErr, zPath, iLine, iCol+1, "partnership is empty"); return 0; }
  if( st_partnership_exists(p, zCode) ){
    errlist_add(pErr, zPath, iLine, iCol+1, "unknown partnership '%s' (add it first: synergist partnership add %s --name NAME)", zCode, zCode);
    return 0;
  }
  return 1;
}

const char *attr_type_of(const char *z){
  if( date_parse(z, NULL) ) return "date";
  char *zEnd;
  if( *z ){
    (void)strtoll(z, &zEnd, 10);
    if( *zEnd==0 ) return "integer";
    (void)strtod(z, &zEnd);
    if( *zEnd==0 ) return "real";
  }
  return "text";
}

/* The type of attribute column j: the narrowest type every non-empty value has. */
static const char *column_type(const CsvDoc *d, int j){
  int bInt = 1, bReal = 1, bDate = 1, nSeen = 0;
  for(int i=0; i<d->nRow; i++){
    const char *z = doc_get(d, i, j);
    if( !z ) continue;
    nSeen++;
    const char *t = attr_type_of(z);
    if( strcmp(t, "date")!=0 ) bDate = 0;
    if( strcmp(t, "integer")!=0 ) bInt = 0;
    if( strcmp(t, "integer")!=0 && strcmp(t, "real")!=0 ) bReal = 0;
  }
  if( nSeen==0 ) return "text";
  return bDate ? "date" : bInt ? "integer" : bReal ? "real" : "text";
}

/* Repeated ids: one problem per id among the rows ai[0..n) (increasing),
** at its second row, listing the lines of every row that uses it. The key
** is column cAt, and for members the partnership (column cP) too. */
enum { REP_MEMBER, REP_CODE, REP_ORG };
typedef struct RepCtx { const CsvDoc *d; int eKind, cAt, cP; const char *zPath; ErrList *pErr; } RepCtx;
static void repeat_one(void *pArg, const int *ai, int n){
  const RepCtx *c = pArg;
  char zTimes[32];
  repeats_times(n, zTimes, sizeof(zTimes));
  char *zLines = repeats_lines(ai, n, c->d->aLine);
  const char *z = doc_get(c->d, ai[0], c->cAt);
  int ln = c->d->aLine[ai[1]], iCol = c->cAt+1;
  if( c->eKind==REP_MEMBER ){
    errlist_add(c->pErr, c->zPath, ln, iCol, _("id '%s' in %s is used %s: lines %s"),
                z, doc_get(c->d, ai[0], c->cP), zTimes, zLines);
  }else if( c->eKind==REP_CODE ){
    errlist_add(c->pErr, c->zPath, ln, iCol, _("partnership code '%s' is used %s: lines %s"), z, zTimes, zLines);
  }else{
    errlist_add(c->pErr, c->zPath, ln, iCol, _("organisation '%s' is used %s: lines %s"), z, zTimes, zLines);
  }
  free(zLines);
}
static void report_repeats(const CsvDoc *d, const int *ai, int n, int eKind, int cAt, int cP,
                           const char *zPath, ErrList *pErr){
  RepCtx c = { d, eKind, cAt, cP, zPath, pErr };
  int aiCol[2] = { cAt, cP };
  doc_repeats(d, ai, n, aiCol, eKind==REP_MEMBER ? 2 : 1, repeat_one, &c);
}

int roster_import_members(Store *p, const char *zPath, ErrList *pErr){
  static const char *const azReq[] = { "id", "partnership", NULL };
  static const char *const azKnown[] = { "id", "partnership", "organisation", "sector",
    "stakeholder_group", "joined", "left", "name", NULL };
  CsvDoc d;
  int nErr0 = pErr->n;
  if( doc_load(&d, zPath, azReq, pErr) ){ doc_free(&d); return 0; }
  int cId = doc_col(&d, "id"), cP = doc_col(&d, "partnership"), cOrg = doc_col(&d, "organisation"),
      cSec = doc_col(&d, "sector"), cGrp = doc_col(&d, "stakeholder_group"), cJ = doc_col(&d, "joined"),
      cL = doc_col(&d, "left"), cName = doc_col(&d, "name");
  int nAttr = 0;
  int *aAttrCol = xcalloc((size_t)d.nCol+1, sizeof(int));
  const char **azAttrType = xcalloc((size_t)d.nCol+1, sizeof(char*));
  for(int j=0; j<d.nCol; j++){
    int known = 0;
    for(int k=0; azKnown[k]; k++) if( strcmp(d.azHead[j], azKnown[k])==0 ) known = 1;
    if( !known ){ aAttrCol[nAttr] = j; azAttrType[nAttr] = column_type(&d, j); nAttr++; }
  }
  /* Check every row; the rows with an id in a known partnership are then
  ** checked for repeated ids. */
  int *aiKeyed = xmalloc(sizeof(int)*((size_t)d.nRow+1)), nKeyed = 0;
  for(int i=0; i<d.nRow; i++){
    int ln = d.aLine[i];
    const char *zP = doc_get(&d, i, cP), *zId = doc_get(&d, i, cId);
    int okP = check_partnership(p, pErr, zPath, ln, cP, zP);
    if( !zId ) errlist_add(pErr, zPath, ln, cId+1, "id is empty");
    else if( okP ){
      aiKeyed[nKeyed++] = i;
      if( st_member_exists(p, zP, zId)==STORE_OK ){
        errlist_add(pErr, zPath, ln, cId+1, "member '%s' already exists in %s", zId, zP);
      }
    }
    int iJ = 0, iL = 0;
    const char *zJ = doc_get(&d, i, cJ), *zL = doc_get(&d, i, cL);
    check_date(pErr, zPath, ln, cJ, "joined", zJ, &iJ);
    check_date(pErr, zPath, ln, cL, "left", zL, &iL);
    if( zJ && zL && date_parse(zJ, &iJ) && date_parse(zL, &iL) && iL<iJ ){
      errlist_add(pErr, zPath, ln, cL+1, "left %s is before joined %s", zL, zJ);
    }
    const char *zSec = doc_get(&d, i, cSec);
    if( zSec && st_sector_exists(p, zSec) ){
      errlist_add(pErr, zPath, ln, cSec+1, "unknown sector '%s' (add it first: synergist sector add \"%s\")", zSec, zSec);
    }
  }
  report_repeats(&d, aiKeyed, nKeyed, REP_MEMBER, cId, cP, zPath, pErr);
  free(aiKeyed);
  int nDone = 0;
  if( pErr->n==nErr0 ){
    for(int i=0; i<d.nRow; i++){
      int ln = d.aLine[i];
      const char *zOrg = doc_get(&d, i, cOrg), *zSec = doc_get(&d, i, cSec);
      if( zOrg && st_org_exists(p, zOrg)==STORE_NOTFOUND && st_org_add(p, zOrg, zSec) ){
        errlist_add(pErr, zPath, ln, cOrg+1, "%s", store_errmsg(p));
        continue;
      }
      MemberRec r = {0};
      r.zPartnership = (char*)doc_get(&d, i, cP);
      r.zPid = (char*)doc_get(&d, i, cId);
      r.zOrg = (char*)zOrg;
      r.zGroup = (char*)doc_get(&d, i, cGrp);
      r.zJoined = (char*)doc_get(&d, i, cJ);
      r.zLeft = (char*)doc_get(&d, i, cL);
      r.zRealName = (char*)doc_get(&d, i, cName);
      MemberAttr *aA = xcalloc((size_t)nAttr+1, sizeof(MemberAttr));
      int nA = 0;
      for(int k=0; k<nAttr; k++){
        const char *z = doc_get(&d, i, aAttrCol[k]);
        if( !z ) continue;
        aA[nA].zName = d.azHead[aAttrCol[k]];
        aA[nA].zType = (char*)azAttrType[k];
        aA[nA].zValue = (char*)z;
        nA++;
      }
      r.nAttr = nA; r.aAttr = aA;
      if( st_member_add(p, &r) ) errlist_add(pErr, zPath, ln, 0, "%s", store_errmsg(p));
      else nDone++;
      free(aA);
    }
  }
  free(aAttrCol);
  free(azAttrType);
  doc_free(&d);
  return nDone;
}

/* Split "011; 012 013" into ids; calls xId for each. */
static void each_id(const char *zList, void (*xId)(void*, const char*), void *pArg){
  char *z = xstrdup(zList);
  for(char *t = strtok(z, "; ,\t"); t; t = strtok(NULL, "; ,\t")) xId(pArg, t);
  free(z);
}

typedef struct AttendCtx { Store *p; ErrList *pErr; const char *zPath; int iLine, iCol; const char *zP; int64_t iMeeting; int bWrite; } AttendCtx;
static void attend_one(void *pArg, const char *zPid){
  AttendCtx *c = pArg;
  if( !c->bWrite ){
    if( st_member_exists(c->p, c->zP, zPid) ){
      errlist_add(c->pErr, c->zPath, c->iLine, c->iCol+1, "attendee '%s' is not a member of %s", zPid, c->zP);
    }
  }else if( st_attendance_add(c->p, c->iMeeting, zPid, NULL) ){
    errlist_add(c->pErr, c->zPath, c->iLine, c->iCol+1, "%s", store_errmsg(c->p));
  }
}

int roster_import_meetings(Store *p, const char *zPath, ErrList *pErr){
  static const char *const azReq[] = { "partnership", "date", NULL };
  CsvDoc d;
  int nErr0 = pErr->n;
  if( doc_load(&d, zPath, azReq, pErr) ){ doc_free(&d); return 0; }
  int cP = doc_col(&d, "partnership"), cD = doc_col(&d, "date"), cK = doc_col(&d, "kind"),
      cDur = doc_col(&d, "duration"), cT = doc_col(&d, "title"), cA = doc_col(&d, "attendees");
  for(int pass=0; pass<2; pass++){
    if( pass==1 && pErr->n>nErr0 ) break;
    for(int i=0; i<d.nRow; i++){
      int ln = d.aLine[i], iDay;
      const char *zP = doc_get(&d, i, cP), *zDate = doc_get(&d, i, cD), *zDur = doc_get(&d, i, cDur);
      int nDur = 0;
      if( pass==0 ){
        int okP = check_partnership(p, pErr, zPath, ln, cP, zP);
        if( !zDate ) errlist_add(pErr, zPath, ln, cD+1, "date is empty");
        else check_date(pErr, zPath, ln, cD, "date", zDate, &iDay);
        if( zDur ){
          char *zEnd; long v = strtol(zDur, &zEnd, 10);
          if( *zEnd || v<=0 || v>INT_MAX ) errlist_add(pErr, zPath, ln, cDur+1, "duration '%s' is not a number of minutes", zDur);
        }
        if( okP && doc_get(&d, i, cA) ){
          AttendCtx c = { p, pErr, zPath, ln, cA, zP, 0, 0 };
          each_id(doc_get(&d, i, cA), attend_one, &c);
        }
      }else{
        if( zDur ) nDur = atoi(zDur);
        int64_t id;
        if( st_meeting_add(p, zP, zDate, doc_get(&d, i, cK), nDur, doc_get(&d, i, cT), &id) ){
          errlist_add(pErr, zPath, ln, 0, "%s", store_errmsg(p));
          continue;
        }
        if( doc_get(&d, i, cA) ){
          AttendCtx c = { p, pErr, zPath, ln, cA, zP, id, 1 };
          each_id(doc_get(&d, i, cA), attend_one, &c);
        }
      }
    }
  }
  int n = pErr->n==nErr0 ? d.nRow : 0;
  doc_free(&d);
  return n;
}

int roster_import_events(Store *p, const char *zPath, ErrList *pErr){
  static const char *const azReq[] = { "partnership", "date", "kind", "title", NULL };
  CsvDoc d;
  int nErr0 = pErr->n;
  if( doc_load(&d, zPath, azReq, pErr) ){ doc_free(&d); return 0; }
  int cP = doc_col(&d, "partnership"), cD = doc_col(&d, "date"), cK = doc_col(&d, "kind"),
      cT = doc_col(&d, "title"), cE = doc_col(&d, "end_date"), cC = doc_col(&d, "category"),
      cDe = doc_col(&d, "detail"), cH = doc_col(&d, "how_made"), cCo = doc_col(&d, "communicated");
  for(int i=0; i<d.nRow; i++){
    int ln = d.aLine[i], iDay, iEnd;
    check_partnership(p, pErr, zPath, ln, cP, doc_get(&d, i, cP));
    const char *zDate = doc_get(&d, i, cD), *zKind = doc_get(&d, i, cK);
    if( !zDate ) errlist_add(pErr, zPath, ln, cD+1, "date is empty");
    else check_date(pErr, zPath, ln, cD, "date", zDate, &iDay);
    check_date(pErr, zPath, ln, cE, "end_date", doc_get(&d, i, cE), &iEnd);
    if( !zKind || (strcmp(zKind,"context") && strcmp(zKind,"decision") && strcmp(zKind,"adaptation")) ){
      errlist_add(pErr, zPath, ln, cK+1, "kind '%s' must be context, decision or adaptation", zKind ? zKind : "");
    }
    if( !doc_get(&d, i, cT) ) errlist_add(pErr, zPath, ln, cT+1, "title is empty");
  }
  int nDone = 0;
  if( pErr->n==nErr0 ){
    for(int i=0; i<d.nRow; i++){
      EventRec e = {0};
      e.zPartnership = (char*)doc_get(&d, i, cP); e.zDate = (char*)doc_get(&d, i, cD);
      e.zEndDate = (char*)doc_get(&d, i, cE); e.zKind = (char*)doc_get(&d, i, cK);
      e.zCategory = (char*)doc_get(&d, i, cC); e.zTitle = (char*)doc_get(&d, i, cT);
      e.zDetail = (char*)doc_get(&d, i, cDe); e.zHowMade = (char*)doc_get(&d, i, cH);
      e.zCommunicated = (char*)doc_get(&d, i, cCo);
      if( st_event_add(p, &e, NULL) ) errlist_add(pErr, zPath, d.aLine[i], 0, "%s", store_errmsg(p));
      else nDone++;
    }
  }
  doc_free(&d);
  return nDone;
}

/* Report an empty value of column c in each row, and each value used in
** more than one row (eKind: REP_CODE or REP_ORG). */
static void check_unique(const CsvDoc *d, int c, int eKind, const char *zPath, const char *zWhat, ErrList *pErr){
  int *ai = xmalloc(sizeof(int)*((size_t)d->nRow+1)), n = 0;
  for(int i=0; i<d->nRow; i++){
    if( doc_get(d, i, c) ) ai[n++] = i;
    else errlist_add(pErr, zPath, d->aLine[i], c+1, "%s is empty", zWhat);
  }
  report_repeats(d, ai, n, eKind, c, -1, zPath, pErr);
  free(ai);
}

int roster_import_partnerships(Store *p, const char *zPath, ErrList *pErr){
  static const char *const azReq[] = { "code", "name", NULL };
  CsvDoc d;
  int nErr0 = pErr->n, nDone = 0;
  if( doc_load(&d, zPath, azReq, pErr) ){ doc_free(&d); return 0; }
  int cC = doc_col(&d, "code"), cN = doc_col(&d, "name"), cD = doc_col(&d, "description");
  check_unique(&d, cC, REP_CODE, zPath, "code", pErr);
  for(int i=0; i<d.nRow; i++){
    const char *zC = doc_get(&d, i, cC);
    if( zC && st_partnership_exists(p, zC)==STORE_OK ) errlist_add(pErr, zPath, d.aLine[i], cC+1, "partnership '%s' already exists", zC);
    if( !doc_get(&d, i, cN) ) errlist_add(pErr, zPath, d.aLine[i], cN+1, "name is empty");
  }
  for(int i=0; pErr->n==nErr0 && i<d.nRow; i++){
    if( st_partnership_add(p, doc_get(&d, i, cC), doc_get(&d, i, cN), doc_get(&d, i, cD)) ){
      errlist_add(pErr, zPath, d.aLine[i], 0, "%s", store_errmsg(p));
    }else nDone++;
  }
  doc_free(&d);
  return nDone;
}

int roster_import_orgs(Store *p, const char *zPath, ErrList *pErr){
  static const char *const azReq[] = { "organisation", NULL };
  CsvDoc d;
  int nErr0 = pErr->n, nDone = 0;
  if( doc_load(&d, zPath, azReq, pErr) ){ doc_free(&d); return 0; }
  int cO = doc_col(&d, "organisation"), cS = doc_col(&d, "sector");
  check_unique(&d, cO, REP_ORG, zPath, "organisation", pErr);
  for(int i=0; i<d.nRow; i++){
    const char *zO = doc_get(&d, i, cO), *zS = doc_get(&d, i, cS);
    if( zO && st_org_exists(p, zO)==STORE_OK ) errlist_add(pErr, zPath, d.aLine[i], cO+1, "organisation '%s' already exists", zO);
    if( zS && st_sector_exists(p, zS) ){
      errlist_add(pErr, zPath, d.aLine[i], cS+1, "unknown sector '%s' (add it first: synergist sector add \"%s\")", zS, zS);
    }
  }
  for(int i=0; pErr->n==nErr0 && i<d.nRow; i++){
    if( st_org_add(p, doc_get(&d, i, cO), doc_get(&d, i, cS)) ){
      errlist_add(pErr, zPath, d.aLine[i], 0, "%s", store_errmsg(p));
    }else nDone++;
  }
  doc_free(&d);
  return nDone;
}

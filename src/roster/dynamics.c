/* dynamics.c: membership dynamics, attendance and gaps (see dynamics.h). */
#include <stdlib.h>
#include <string.h>
#include "roster/dynamics.h"
#include "util/date.h"
#include "util/xalloc.h"

#define NO_DAY (-2147483647)

static int day_or(const char *z, int dflt){
  int d;
  return (z && date_parse(z, &d)) ? d : dflt;
}

int member_present(const MemberRec *r, int x){
  int j = day_or(r->zJoined, NO_DAY);
  int l = day_or(r->zLeft, 2147483647);
  return j<=x && x<l;
}

/* Distinct partnership codes in the order of aMem then aMeet. */
static int partnerships(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet, char ***pazP){
  char **az = xcalloc((size_t)(nMem+nMeet)+1, sizeof(char*));
  int n = 0;
  for(int i=0; i<nMem+nMeet; i++){
    const char *z = i<nMem ? aMem[i].zPartnership : aMeet[i-nMem].zPartnership;
    int seen = 0;
    for(int k=0; k<n; k++) if( strcmp(az[k], z)==0 ) seen = 1;
    if( !seen ) az[n++] = (char*)z;
  }
  /* sorted, as partnership listings are */
  for(int i=1; i<n; i++) for(int k=i; k>0 && strcmp(az[k-1], az[k])>0; k--){ char *t = az[k]; az[k] = az[k-1]; az[k-1] = t; }
  *pazP = az;
  return n;
}

int org_first_on(const MemberRec *a, int n, int i, int x0, int x1, int *pbKept){
  const MemberRec *m = &a[i];
  if( !m->zOrg || !member_present(m, x0) ) return 0;
  int bKept = 0;
  for(int k=0; k<n; k++){
    const MemberRec *o = &a[k];
    if( strcmp(o->zPartnership, m->zPartnership) || !o->zOrg || strcmp(o->zOrg, m->zOrg) ) continue;
    if( k<i && member_present(o, x0) ) return 0;
    if( member_present(o, x1) ) bKept = 1;
  }
  *pbKept = bKept;
  return 1;
}

/* Number of distinct organisations among members of zP present on day x
** (x == NO_DAY: ever). When y is a day, only organisations also present on
** day y count (for retention). */
static int org_count(const MemberRec *a, int n, const char *zP, int x, int y){
  int cnt = 0;
  for(int i=0; i<n; i++){
    if( strcmp(a[i].zPartnership, zP) || !a[i].zOrg ) continue;
    if( x==NO_DAY ){
      int dup = 0;
      for(int k=0; k<i && !dup; k++){
        if( strcmp(a[k].zPartnership, zP)==0 && a[k].zOrg && strcmp(a[k].zOrg, a[i].zOrg)==0 ) dup = 1;
      }
      cnt += !dup;
      continue;
    }
    int bKept;
    if( org_first_on(a, n, i, x, y==NO_DAY ? x : y, &bKept) && bKept ) cnt++;
  }
  return cnt;
}

static void put_rate(Table *t, int r, int c, int num, int den){
  if( den>0 ) table_real(t, r, c, (double)num/den, 3);
}

Dynamics *dynamics_compute(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet,
                           const AttendRec *aAtt, int nAtt, int iAsOf, int nGapDays){
  Dynamics *d = xcalloc(1, sizeof(Dynamics));
  d->pSize = table_newc("Membership", "partnership,current,ever,organisations_current,organisations_ever,meetings,first_meeting,last_meeting");
  d->pYears = table_newc("Retention and turnover by year", "partnership,year,start,joined,left,end,retention,turnover,org_start,org_end,org_retention,org_turnover");
  d->pMembers = table_newc("Attendance by member", "partnership,member,stakeholder_group,eligible,attended,rate");
  d->pGroups = table_newc("Attendance by stakeholder group", "partnership,stakeholder_group,members,eligible,attended,rate");
  d->pGaps = table_newc("Gaps between meetings", "partnership,from,to,days,flagged");
  char **azP;
  int nP = partnerships(aMem, nMem, aMeet, nMeet, &azP);
  int *aMeetDay = xcalloc((size_t)nMeet+1, sizeof(int));
  for(int g=0; g<nMeet; g++) aMeetDay[g] = day_or(aMeet[g].zDate, 0);
  int yEnd = date_year(iAsOf);
  for(int ip=0; ip<nP; ip++){
    const char *zP = azP[ip];
    /* size */
    int nCur = 0, nEver = 0, nMeetP = 0, iFirst = -1, iLast = -1;
    int yStart = yEnd;
    for(int i=0; i<nMem; i++){
      if( strcmp(aMem[i].zPartnership, zP) ) continue;
      nEver++;
      if( member_present(&aMem[i], iAsOf) ) nCur++;
      int j = day_or(aMem[i].zJoined, NO_DAY);
      if( j!=NO_DAY && date_year(j)<yStart ) yStart = date_year(j);
    }
    for(int g=0; g<nMeet; g++){
      if( strcmp(aMeet[g].zPartnership, zP) ) continue;
      nMeetP++;
      if( iFirst<0 ) iFirst = g;
      iLast = g;
      if( date_year(aMeetDay[g])<yStart ) yStart = date_year(aMeetDay[g]);
    }
    int r = table_row(d->pSize);
    table_text(d->pSize, r, 0, zP);
    table_int(d->pSize, r, 1, nCur);
    table_int(d->pSize, r, 2, nEver);
    table_int(d->pSize, r, 3, org_count(aMem, nMem, zP, iAsOf, NO_DAY));
    table_int(d->pSize, r, 4, org_count(aMem, nMem, zP, NO_DAY, NO_DAY));
    table_int(d->pSize, r, 5, nMeetP);
    if( iFirst>=0 ){ table_text(d->pSize, r, 6, aMeet[iFirst].zDate); table_text(d->pSize, r, 7, aMeet[iLast].zDate); }

    /* years */
    for(int y=yStart; y<=yEnd; y++){
      int x0 = date_from_ymd(y, 1, 1), x1 = date_from_ymd(y, 12, 31);
      if( x1>iAsOf ) x1 = iAsOf;
      int nStart = 0, nEndY = 0, nJoin = 0, nLeft = 0, nKept = 0;
      for(int i=0; i<nMem; i++){
        if( strcmp(aMem[i].zPartnership, zP) ) continue;
        int s = member_present(&aMem[i], x0), e = member_present(&aMem[i], x1);
        nStart += s; nEndY += e; nKept += s && e;
        int j = day_or(aMem[i].zJoined, NO_DAY), l = day_or(aMem[i].zLeft, NO_DAY);
        if( j!=NO_DAY && j>x0 && j<=x1 ) nJoin++;
        if( l!=NO_DAY && l>x0 && l<=x1 ) nLeft++;
      }
      int oStart = org_count(aMem, nMem, zP, x0, NO_DAY), oEnd = org_count(aMem, nMem, zP, x1, NO_DAY);
      int oKept = org_count(aMem, nMem, zP, x0, x1);
      r = table_row(d->pYears);
      table_text(d->pYears, r, 0, zP);
      table_int(d->pYears, r, 1, y);
      table_int(d->pYears, r, 2, nStart);
      table_int(d->pYears, r, 3, nJoin);
      table_int(d->pYears, r, 4, nLeft);
      table_int(d->pYears, r, 5, nEndY);
      put_rate(d->pYears, r, 6, nKept, nStart);
      /* turnover: departures over the average headcount of the year */
      if( nStart+nEndY>0 ) table_real(d->pYears, r, 7, 2.0*nLeft/(nStart+nEndY), 3);
      table_int(d->pYears, r, 8, oStart);
      table_int(d->pYears, r, 9, oEnd);
      put_rate(d->pYears, r, 10, oKept, oStart);
      if( oStart+oEnd>0 ) table_real(d->pYears, r, 11, 2.0*(oStart-oKept)/(oStart+oEnd), 3);
    }

    /* attendance by member, then by group */
    char **azG = xcalloc((size_t)nMem+1, sizeof(char*));
    int nG = 0;
    int *aGElig = xcalloc((size_t)nMem+1, sizeof(int)), *aGAtt = xcalloc((size_t)nMem+1, sizeof(int)), *aGMem = xcalloc((size_t)nMem+1, sizeof(int));
    for(int i=0; i<nMem; i++){
      if( strcmp(aMem[i].zPartnership, zP) ) continue;
      int nElig = 0, nAttd = 0;
      for(int g=0; g<nMeet; g++){
        if( strcmp(aMeet[g].zPartnership, zP) || !member_present(&aMem[i], aMeetDay[g]) ) continue;
        nElig++;
        for(int a=0; a<nAtt; a++){
          if( aAtt[a].iMeeting==aMeet[g].id && strcmp(aAtt[a].zPid, aMem[i].zPid)==0 ){ nAttd++; break; }
        }
      }
      r = table_row(d->pMembers);
      table_text(d->pMembers, r, 0, zP);
      table_text(d->pMembers, r, 1, aMem[i].zPid);
      table_text(d->pMembers, r, 2, aMem[i].zGroup);
      table_int(d->pMembers, r, 3, nElig);
      table_int(d->pMembers, r, 4, nAttd);
      put_rate(d->pMembers, r, 5, nAttd, nElig);
      const char *zG = aMem[i].zGroup ? aMem[i].zGroup : "(missing)";
      int k;
      for(k=0; k<nG && strcmp(azG[k], zG); k++){}
      if( k==nG ) azG[nG++] = (char*)zG;
      aGElig[k] += nElig; aGAtt[k] += nAttd; aGMem[k]++;
    }
    for(int k=0; k<nG; k++){
      r = table_row(d->pGroups);
      table_text(d->pGroups, r, 0, zP);
      table_text(d->pGroups, r, 1, azG[k]);
      table_int(d->pGroups, r, 2, aGMem[k]);
      table_int(d->pGroups, r, 3, aGElig[k]);
      table_int(d->pGroups, r, 4, aGAtt[k]);
      put_rate(d->pGroups, r, 5, aGAtt[k], aGElig[k]);
    }
    free(azG); free(aGElig); free(aGAtt); free(aGMem);

    /* gaps between consecutive meetings (records come sorted by date) */
    int prev = -1;
    for(int g=0; g<nMeet; g++){
      if( strcmp(aMeet[g].zPartnership, zP) ) continue;
      if( prev>=0 ){
        int days = aMeetDay[g]-aMeetDay[prev];
        r = table_row(d->pGaps);
        table_text(d->pGaps, r, 0, zP);
        table_text(d->pGaps, r, 1, aMeet[prev].zDate);
        table_text(d->pGaps, r, 2, aMeet[g].zDate);
        table_int(d->pGaps, r, 3, days);
        table_text(d->pGaps, r, 4, days>nGapDays ? "yes" : "no");
      }
      prev = g;
    }
  }
  free(aMeetDay);
  free(azP);
  return d;
}

void dynamics_free(Dynamics *d){
  if( !d ) return;
  table_free(d->pSize); table_free(d->pYears); table_free(d->pMembers);
  table_free(d->pGroups); table_free(d->pGaps);
  free(d);
}

/* dynamics_of_study: see dynamics.h. */
Dynamics *dynamics_of_study(Store *pStore, int iAsOf, int nGap){
  MemberRec *aM; int nM;
  MeetingRec *aG; int nG;
  AttendRec *aA; int nA;
  if( st_member_all(pStore, NULL, &aM, &nM) || st_meeting_all(pStore, &aG, &nG)
      || st_attendance_all(pStore, &aA, &nA) ) return NULL;
  Dynamics *d = dynamics_compute(aM, nM, aG, nG, aA, nA, iAsOf, nGap);
  member_recs_free(aM, nM);
  meeting_recs_free(aG, nG);
  attend_recs_free(aA, nA);
  return d;
}


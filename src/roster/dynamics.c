/* dynamics.c: membership dynamics, attendance and gaps (see dynamics.h). */
#include <stdlib.h>
#include <string.h>
#include "roster/dynamics.h"
#include "util/date.h"
#include "util/xalloc.h"

#define NO_DAY (-2147483647)
#define NEVER 2147483647

static int day_or(const char *z, int dflt){
  int d;
  return (z && date_parse(z, &d)) ? d : dflt;
}

int member_present(const MemberRec *r, int x){
  int j = day_or(r->zJoined, NO_DAY);
  int l = day_or(r->zLeft, NEVER);
  return j<=x && x<l;
}

static int cmp_att(const void *a, const void *b){
  const AttendRec *x = a, *y = b;
  if( x->iMeeting!=y->iMeeting ) return x->iMeeting<y->iMeeting ? -1 : 1;
  return strcmp(x->zPid, y->zPid);
}

void attend_sort(AttendRec *a, int n){
  if( n>1 ) qsort(a, (size_t)n, sizeof(AttendRec), cmp_att);
}

int attend_first(const AttendRec *a, int n, int64_t iMeeting){
  int lo = 0, hi = n;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    if( a[mid].iMeeting<iMeeting ) lo = mid+1; else hi = mid;
  }
  return lo;
}

int attend_find(const AttendRec *a, int n, int64_t iMeeting, const char *zPid){
  AttendRec key = { iMeeting, NULL, (char*)zPid };
  return a && n>0 && bsearch(&key, a, (size_t)n, sizeof(AttendRec), cmp_att)!=NULL;
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

/* One partnership's members with their days parsed once and their
** organisations numbered 0..nOrg-1 (-1: none). */
typedef struct DynPart {
  const MemberRec *aMem; int nMem;
  int *aJ, *aL, *aOrg; int nOrg;
  unsigned char *aSeen, *aKept;   /* scratch, one per organisation */
} DynPart;

static int dp_present(const DynPart *q, int i, int x){ return q->aJ[i]<=x && x<q->aL[i]; }

/* Number of distinct organisations among members present on day x
** (x == NO_DAY: ever). When y is a day, only organisations also present on
** day y count (for retention). Equal to counting the members for which
** org_first_on() gives 1 (and, with y, bKept). */
static int org_count(DynPart *q, int x, int y){
  if( q->nOrg==0 ) return 0;
  if( x==NO_DAY ) return q->nOrg;
  if( y==NO_DAY ) y = x;
  memset(q->aSeen, 0, (size_t)q->nOrg);
  memset(q->aKept, 0, (size_t)q->nOrg);
  for(int i=0; i<q->nMem; i++){
    int o = q->aOrg[i];
    if( o<0 ) continue;
    if( dp_present(q, i, x) ) q->aSeen[o] = 1;
    if( dp_present(q, i, y) ) q->aKept[o] = 1;
  }
  int cnt = 0;
  for(int o=0; o<q->nOrg; o++) cnt += q->aSeen[o] && q->aKept[o];
  return cnt;
}

static void put_rate(Table *t, int r, int c, int num, int den){
  if( den>0 ) table_real(t, r, c, (double)num/den, 3);
}

/* Every table's rows for partnership zP, whose members are aMem[0..nMem)
** and meetings aMeet[0..nMeet) (days aMeetDay); aAtt is the whole
** attendance ordered by meeting, pid. */
/* The attendance of partnership zP's members and stakeholder groups, and
** the gaps between its meetings (dyn_part()'s tables after the years). */
static void dyn_attendance(Dynamics *d, const char *zP, const DynPart *pQ, const MemberRec *aMem, int nMem,
                           const MeetingRec *aMeet, const int *aMeetDay, int nMeet,
                           const AttendRec *aAtt, int nAtt, int nGapDays){
  /* attendance by member, then by group; each meeting's attendees are
  ** aAtt[aFirst[g] .. aFirst[g+1]) */
  int *aLo = xcalloc((size_t)nMeet+1, sizeof(int)), *aHi = xcalloc((size_t)nMeet+1, sizeof(int));
  for(int g=0; g<nMeet; g++){
    aLo[g] = attend_first(aAtt, nAtt, aMeet[g].id);
    aHi[g] = aLo[g];
    while( aHi[g]<nAtt && aAtt[aHi[g]].iMeeting==aMeet[g].id ) aHi[g]++;
  }
  const char **azG = xcalloc((size_t)nMem+1, sizeof(char*));
  int nG = 0;
  int *aGElig = xcalloc((size_t)nMem+1, sizeof(int)), *aGAtt = xcalloc((size_t)nMem+1, sizeof(int)), *aGMem = xcalloc((size_t)nMem+1, sizeof(int));
  for(int i=0; i<nMem; i++){
    int nElig = 0, nAttd = 0;
    for(int g=0; g<nMeet; g++){
      if( !dp_present(pQ, i, aMeetDay[g]) ) continue;
      nElig++;
      nAttd += attend_find(aAtt+aLo[g], aHi[g]-aLo[g], aMeet[g].id, aMem[i].zPid);
    }
    int r = table_row(d->pMembers);
    table_text(d->pMembers, r, 0, zP);
    table_text(d->pMembers, r, 1, aMem[i].zPid);
    table_text(d->pMembers, r, 2, aMem[i].zGroup);
    table_int(d->pMembers, r, 3, nElig);
    table_int(d->pMembers, r, 4, nAttd);
    put_rate(d->pMembers, r, 5, nAttd, nElig);
    const char *zG = aMem[i].zGroup ? aMem[i].zGroup : "(missing)";
    int k;
    for(k=0; k<nG && strcmp(azG[k], zG); k++){}
    if( k==nG ) azG[nG++] = zG;
    aGElig[k] += nElig; aGAtt[k] += nAttd; aGMem[k]++;
  }
  for(int k=0; k<nG; k++){
    int r = table_row(d->pGroups);
    table_text(d->pGroups, r, 0, zP);
    table_text(d->pGroups, r, 1, azG[k]);
    table_int(d->pGroups, r, 2, aGMem[k]);
    table_int(d->pGroups, r, 3, aGElig[k]);
    table_int(d->pGroups, r, 4, aGAtt[k]);
    put_rate(d->pGroups, r, 5, aGAtt[k], aGElig[k]);
  }
  free(azG); free(aGElig); free(aGAtt); free(aGMem); free(aLo); free(aHi);

  /* gaps between consecutive meetings (records come sorted by date) */
  for(int g=1; g<nMeet; g++){
    int days = aMeetDay[g]-aMeetDay[g-1];
    int r = table_row(d->pGaps);
    table_text(d->pGaps, r, 0, zP);
    table_text(d->pGaps, r, 1, aMeet[g-1].zDate);
    table_text(d->pGaps, r, 2, aMeet[g].zDate);
    table_int(d->pGaps, r, 3, days);
    table_text(d->pGaps, r, 4, days>nGapDays ? "yes" : "no");
  }
}

static void dyn_part(Dynamics *d, const char *zP, const MemberRec *aMem, int nMem,
                     const MeetingRec *aMeet, const int *aMeetDay, int nMeet,
                     const AttendRec *aAtt, int nAtt, int iAsOf, int nGapDays, int bYearsOnly){
  DynPart q = { aMem, nMem, NULL, NULL, NULL, 0, NULL, NULL };
  q.aJ = xcalloc((size_t)nMem+1, sizeof(int));
  q.aL = xcalloc((size_t)nMem+1, sizeof(int));
  q.aOrg = xcalloc((size_t)nMem+1, sizeof(int));
  for(int i=0; i<nMem; i++){
    q.aJ[i] = day_or(aMem[i].zJoined, NO_DAY);
    q.aL[i] = day_or(aMem[i].zLeft, NEVER);
    q.aOrg[i] = -1;
    if( !aMem[i].zOrg ) continue;
    for(int k=0; k<i && q.aOrg[i]<0; k++){
      if( aMem[k].zOrg && strcmp(aMem[k].zOrg, aMem[i].zOrg)==0 ) q.aOrg[i] = q.aOrg[k];
    }
    if( q.aOrg[i]<0 ) q.aOrg[i] = q.nOrg++;
  }
  q.aSeen = xcalloc((size_t)q.nOrg+1, 1);
  q.aKept = xcalloc((size_t)q.nOrg+1, 1);
  int yEnd = date_year(iAsOf);

  /* size */
  int nCur = 0, yStart = yEnd;
  for(int i=0; i<nMem; i++){
    if( dp_present(&q, i, iAsOf) ) nCur++;
    if( q.aJ[i]!=NO_DAY && date_year(q.aJ[i])<yStart ) yStart = date_year(q.aJ[i]);
  }
  for(int g=0; g<nMeet; g++){
    if( date_year(aMeetDay[g])<yStart ) yStart = date_year(aMeetDay[g]);
  }
  int r = table_row(d->pSize);
  table_text(d->pSize, r, 0, zP);
  table_int(d->pSize, r, 1, nCur);
  table_int(d->pSize, r, 2, nMem);
  table_int(d->pSize, r, 3, org_count(&q, iAsOf, NO_DAY));
  table_int(d->pSize, r, 4, org_count(&q, NO_DAY, NO_DAY));
  table_int(d->pSize, r, 5, nMeet);
  if( nMeet>0 ){ table_text(d->pSize, r, 6, aMeet[0].zDate); table_text(d->pSize, r, 7, aMeet[nMeet-1].zDate); }

  /* years */
  for(int y=yStart; y<=yEnd; y++){
    int x0 = date_from_ymd(y, 1, 1), x1 = date_from_ymd(y, 12, 31);
    if( x1>iAsOf ) x1 = iAsOf;
    int nStart = 0, nEndY = 0, nJoin = 0, nLeft = 0, nKept = 0;
    for(int i=0; i<nMem; i++){
      int s = dp_present(&q, i, x0), e = dp_present(&q, i, x1);
      nStart += s; nEndY += e; nKept += s && e;
      int j = q.aJ[i], l = q.aL[i]==NEVER ? NO_DAY : q.aL[i];
      if( j!=NO_DAY && j>x0 && j<=x1 ) nJoin++;
      if( l!=NO_DAY && l>x0 && l<=x1 ) nLeft++;
    }
    int oStart = org_count(&q, x0, NO_DAY), oEnd = org_count(&q, x1, NO_DAY);
    int oKept = org_count(&q, x0, x1);
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

  if( !bYearsOnly ) dyn_attendance(d, zP, &q, aMem, nMem, aMeet, aMeetDay, nMeet, aAtt, nAtt, nGapDays);
  free(q.aJ); free(q.aL); free(q.aOrg); free(q.aSeen); free(q.aKept);
}

/* Records grouped by partnership, keeping their order within one. */
typedef struct ByPart { const char *zP; int i; } ByPart;
static int cmp_bypart(const void *a, const void *b){
  const ByPart *x = a, *y = b;
  int c = strcmp(x->zP, y->zP);
  return c ? c : (x->i > y->i) - (x->i < y->i);
}
static ByPart *by_part(int n, const char *(*zOf)(const void*, int), const void *a){
  ByPart *o = xcalloc((size_t)n+1, sizeof(ByPart));
  for(int i=0; i<n; i++){ o[i].zP = zOf(a, i); o[i].i = i; }
  if( n>1 ) qsort(o, (size_t)n, sizeof(ByPart), cmp_bypart);
  return o;
}
static const char *mem_part(const void *a, int i){ return ((const MemberRec*)a)[i].zPartnership; }
static const char *meet_part(const void *a, int i){ return ((const MeetingRec*)a)[i].zPartnership; }

static Dynamics *dynamics_run(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet,
                              const AttendRec *aAtt, int nAtt, int iAsOf, int nGapDays, int bYearsOnly){
  Dynamics *d = xcalloc(1, sizeof(Dynamics));
  d->pSize = table_newc("Membership", "partnership,current,ever,organisations_current,organisations_ever,meetings,first_meeting,last_meeting");
  d->pYears = table_newc("Retention and turnover by year", "partnership,year,start,joined,left,end,retention,turnover,org_start,org_end,org_retention,org_turnover");
  d->pMembers = table_newc("Attendance by member", "partnership,member,stakeholder_group,eligible,attended,rate");
  d->pGroups = table_newc("Attendance by stakeholder group", "partnership,stakeholder_group,members,eligible,attended,rate");
  d->pGaps = table_newc("Gaps between meetings", "partnership,from,to,days,flagged");
  /* Shallow copies grouped by partnership (the strings stay the caller's),
  ** so that each partnership's work sees only its own records. */
  ByPart *oM = by_part(nMem, mem_part, aMem), *oG = by_part(nMeet, meet_part, aMeet);
  MemberRec *aM = xcalloc((size_t)nMem+1, sizeof(MemberRec));
  MeetingRec *aG = xcalloc((size_t)nMeet+1, sizeof(MeetingRec));
  int *aDay = xcalloc((size_t)nMeet+1, sizeof(int));
  for(int i=0; i<nMem; i++) aM[i] = aMem[oM[i].i];
  for(int g=0; g<nMeet; g++){ aG[g] = aMeet[oG[g].i]; aDay[g] = day_or(aG[g].zDate, 0); }
  AttendRec *aA = xcalloc((size_t)nAtt+1, sizeof(AttendRec));
  if( nAtt ) memcpy(aA, aAtt, sizeof(AttendRec)*(size_t)nAtt);
  attend_sort(aA, nAtt);
  int i = 0, g = 0;
  while( i<nMem || g<nMeet ){
    /* the next partnership in code order, from members or meetings */
    const char *zP = i<nMem ? aM[i].zPartnership : aG[g].zPartnership;
    if( i<nMem && g<nMeet && strcmp(aG[g].zPartnership, zP)<0 ) zP = aG[g].zPartnership;
    int i1 = i, g1 = g;
    while( i1<nMem && strcmp(aM[i1].zPartnership, zP)==0 ) i1++;
    while( g1<nMeet && strcmp(aG[g1].zPartnership, zP)==0 ) g1++;
    dyn_part(d, zP, aM+i, i1-i, aG+g, aDay+g, g1-g, aA, nAtt, iAsOf, nGapDays, bYearsOnly);
    i = i1; g = g1;
  }
  free(oM); free(oG); free(aM); free(aG); free(aDay); free(aA);
  return d;
}

Dynamics *dynamics_compute(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet,
                           const AttendRec *aAtt, int nAtt, int iAsOf, int nGapDays){
  return dynamics_run(aMem, nMem, aMeet, nMeet, aAtt, nAtt, iAsOf, nGapDays, 0);
}

Dynamics *dynamics_years(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet, int iAsOf){
  return dynamics_run(aMem, nMem, aMeet, nMeet, NULL, 0, iAsOf, 0, 1);
}

void dynamics_free(Dynamics *d){
  if( !d ) return;
  table_free(d->pSize); table_free(d->pYears); table_free(d->pMembers);
  table_free(d->pGroups); table_free(d->pGaps);
  free(d);
}

/* dynamics_of_study: see dynamics.h. */
Dynamics *dynamics_of_study(Store *pStore, const char *zPartnership, int iAsOf, int nGap){
  MemberRec *aM = NULL; int nM = 0;
  MeetingRec *aG = NULL; int nG = 0;
  AttendRec *aA = NULL; int nA = 0;
  Dynamics *d = NULL;
  if( st_member_all(pStore, zPartnership, &aM, &nM)==STORE_OK
      && st_meeting_all(pStore, zPartnership, &aG, &nG)==STORE_OK
      && st_attendance_all(pStore, zPartnership, &aA, &nA)==STORE_OK ){
    d = dynamics_compute(aM, nM, aG, nG, aA, nA, iAsOf, nGap);
  }
  st_member_recs_free(aM, nM);
  st_meeting_recs_free(aG, nG);
  st_attend_recs_free(aA, nA);
  return d;
}

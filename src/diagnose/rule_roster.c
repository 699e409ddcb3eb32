/*
** rule_roster.c: the rules that need only the roster (see rules.h):
** meeting_gap, turnover (individual and organisational), attendance_decline
** and missing_stakeholder_group, plus helpers the survey rules share.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/rules.h"
#include "roster/dynamics.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int diag_day(const char *z, int dflt){
  int d;
  return (z && date_parse(z, &d)) ? d : dflt;
}

int diag_events_in(const DiagRoster *r, const char *zP, int x0, int x1, const char *zKind, Finding *f){
  int n = 0;
  for(int i=0; i<r->nEv; i++){
    const EventRec *e = &r->aEv[i];
    if( strcmp(e->zPartnership, zP) || (zKind && strcmp(e->zKind, zKind)) ) continue;
    int d0 = diag_day(e->zDate, 0), d1 = diag_day(e->zEndDate, d0);
    if( d1<x0 || d0>x1 ) continue;
    char *zRef = xasprintf("%s %s", e->zDate, e->zKind);
    fnd_evidence(f, "event", e->id, zRef, e->zTitle);
    free(zRef);
    n++;
  }
  return n;
}

int diag_present_count(const DiagRoster *r, const char *zP, int x){
  int n = 0;
  for(int i=0; i<r->nMem; i++){
    if( strcmp(r->aMem[i].zPartnership, zP)==0 && member_present(&r->aMem[i], x) ) n++;
  }
  return n;
}

void diag_set_open(Finding *f, int iEnd, int iAsOf, const DiagParams *p){
  f->bOpen = iEnd >= iAsOf - (int)p->a[DP_OPEN_DAYS];
}

/* Finding f gets the rule's threshold string for parameter i. */
static Finding *add_finding(Findings *pOut, const char *zP, const char *zKind, Severity e,
                            const char *zRule, const DiagParams *p, int iParam){
  char *zThr = diag_param_str(p, iParam);
  Finding *f = findings_add(pOut, zP, zKind, e, zRule, zThr);
  free(zThr);
  return f;
}

static void set_dates(Finding *f, int x0, int x1){
  char z0[11], z1[11];
  date_format(x0, z0);
  date_format(x1, z1);
  fnd_period(f, NULL, z0, x1>x0 ? z1 : NULL);
  f->iOrder = x0;
}

/* ---- meeting_gap ---- */

/* A gap from meeting pFrom (day x0) to meeting pTo (day x1); pTo NULL: an
** ongoing gap up to today (x1), or with bDataEnd up to the study's last
** recorded activity (x1). */
static void gap_finding(const DiagRoster *r, const char *zP, const DiagParams *p, Findings *pOut,
                        const MeetingRec *pFrom, const MeetingRec *pTo, int x0, int x1, int bDataEnd){
  int nDays = x1-x0;
  Severity e = nDays > p->a[DP_GAP_CONCERN_DAYS] ? SEV_CONCERN : SEV_WARNING;
  Finding *f = add_finding(pOut, zP, "meeting_gap", e, "meeting_gap", p, DP_GAP_DAYS);
  set_dates(f, x0, pTo || bDataEnd ? x1 : x0);   /* an ongoing gap has no end date */
  char *zGap = diag_param_str(p, DP_GAP_DAYS);
  if( pTo ){
    fnd_detail(f, ngettext("No meeting for %d day (%.1f months) between %s and %s "
                           "(rule meeting_gap: gaps over %s; over %g days a concern).",
                           "No meeting for %d days (%.1f months) between %s and %s "
                           "(rule meeting_gap: gaps over %s; over %g days a concern).", (unsigned long)nDays),
               nDays, nDays/30.44, pFrom->zDate, pTo->zDate, zGap, p->a[DP_GAP_CONCERN_DAYS]);
  }else if( bDataEnd ){
    char zEnd[11];
    date_format(x1, zEnd);
    fnd_detail(f, ngettext("No meeting recorded for %d day (%.1f months) between %s and the study's last "
                           "recorded activity on %s (rule meeting_gap: gaps over %s; over %g days a concern; "
                           "the study records nothing after that day).",
                           "No meeting recorded for %d days (%.1f months) between %s and the study's last "
                           "recorded activity on %s (rule meeting_gap: gaps over %s; over %g days a concern; "
                           "the study records nothing after that day).", (unsigned long)nDays),
               nDays, nDays/30.44, pFrom->zDate, zEnd, zGap, p->a[DP_GAP_CONCERN_DAYS]);
  }else{
    fnd_detail(f, ngettext("No meeting for %d day since %s (rule meeting_gap: gaps over %s; "
                           "over %g days a concern).",
                           "No meeting for %d days since %s (rule meeting_gap: gaps over %s; "
                           "over %g days a concern).", (unsigned long)nDays),
               nDays, pFrom->zDate, zGap, p->a[DP_GAP_CONCERN_DAYS]);
  }
  free(zGap);
  fnd_figure(f, "days", nDays, 0);
  f->rMagnitude = nDays;
  fnd_evidence(f, "meeting", pFrom->id, pFrom->zDate, _("last meeting before the gap"));
  if( pTo ) fnd_evidence(f, "meeting", pTo->id, pTo->zDate, _("first meeting after the gap"));
  diag_events_in(r, zP, x0, x1, NULL, f);
  f->bOpen = !pTo && !bDataEnd;
  if( pTo || bDataEnd ) diag_set_open(f, x1, r->iAsOf, p);
}

void rule_meeting_gap(const DiagRoster *r, const char *zP, const DiagParams *p, Findings *pOut){
  const MeetingRec *pPrev = NULL;
  int xPrev = 0;
  for(int g=0; g<r->nMeet; g++){
    const MeetingRec *m = &r->aMeet[g];
    if( strcmp(m->zPartnership, zP) ) continue;
    int x = diag_day(m->zDate, 0);
    if( x>r->iAsOf ) break;
    if( pPrev && x-xPrev > p->a[DP_GAP_DAYS] ) gap_finding(r, zP, p, pOut, pPrev, m, xPrev, x, 0);
    pPrev = m; xPrev = x;
  }
  /* An ongoing gap: the partnership has not met since its last meeting, up
  ** to today. When the whole study records nothing for longer than the gap
  ** threshold before today, its data end there (collection stopped, or an
  ** archived study): the gap runs to its last recorded activity instead,
  ** since days without any record say nothing about meetings. */
  int xEnd = r->iAsOf, bDataEnd = 0;
  if( r->iDataEnd>0 && r->iAsOf - r->iDataEnd > p->a[DP_GAP_DAYS] ){ xEnd = r->iDataEnd; bDataEnd = 1; }
  if( pPrev && xEnd-xPrev > p->a[DP_GAP_DAYS] && diag_present_count(r, zP, xEnd)>0 ){
    gap_finding(r, zP, p, pOut, pPrev, NULL, xPrev, xEnd, bDataEnd);
  }
}

/* ---- turnover ---- */

/* Members of zP (of group zG, NULL: any) who left in [x0, x1] as evidence;
** returns how many. */
int diag_leavers(const DiagRoster *r, const char *zP, const char *zG, int x0, int x1, Finding *f){
  int n = 0;
  for(int i=0; i<r->nMem; i++){
    const MemberRec *m = &r->aMem[i];
    int l = diag_day(m->zLeft, -1);
    if( strcmp(m->zPartnership, zP) || l<x0 || l>x1 ) continue;
    if( zG && (!m->zGroup || strcmp(m->zGroup, zG)) ) continue;
    fnd_evidence(f, "member", 0, m->zPid, m->zGroup);
    n++;
  }
  return n;
}

/* Organisations represented in zP on day x0 but no longer on day x1, as evidence. */
static void orgs_lost(const DiagRoster *r, const char *zP, int x0, int x1, Finding *f){
  for(int i=0; i<r->nMem; i++){
    int bKept;
    if( strcmp(r->aMem[i].zPartnership, zP)==0 && org_first_on(r->aMem, r->nMem, i, x0, x1, &bKept) && !bKept ){
      fnd_evidence(f, "organisation", 0, r->aMem[i].zOrg, _("no longer represented"));
    }
  }
}

void rule_turnover(const DiagRoster *r, const char *zP, const DiagParams *p, Findings *pOut){
  /* turnover reads only the years table, which needs no attendance */
  Dynamics *d = dynamics_years(r->aMem, r->nMem, r->aMeet, r->nMeet, r->iAsOf);
  const Table *t = d->pYears;
  for(int row=0; row<t->nRow; row++){
    if( strcmp(table_cell(t, row, 0)->z, zP) ) continue;
    int y = (int)table_cell(t, row, 1)->i;
    int x0 = date_from_ymd(y, 1, 1), x1 = date_from_ymd(y, 12, 31);
    if( x1>r->iAsOf ) x1 = r->iAsOf;
    for(int bOrg=0; bOrg<2; bOrg++){
      const Cell *c = table_cell(t, row, bOrg ? 11 : 7);
      int iParam = bOrg ? DP_TURNOVER_ORG : DP_TURNOVER_IND;
      if( c->t!=CELL_REAL || c->r < p->a[iParam] ) continue;
      Severity e = c->r >= 2*p->a[iParam] ? SEV_CONCERN : SEV_WARNING;
      Finding *f = add_finding(pOut, zP, "turnover", e,
                               bOrg ? "turnover.organisational" : "turnover.individual", p, iParam);
      set_dates(f, x0, x1);
      int nStart = (int)table_cell(t, row, bOrg ? 8 : 2)->i, nEnd = (int)table_cell(t, row, bOrg ? 9 : 5)->i;
      char *zThr = diag_param_str(p, iParam);
      if( bOrg ){
        fnd_detail(f, ngettext("Organisational turnover %.0f%% in %d: %d organisation represented at the start, "
                               "%d at the end (rule turnover.organisational: at or above %s).",
                               "Organisational turnover %.0f%% in %d: %d organisations represented at the start, "
                               "%d at the end (rule turnover.organisational: at or above %s).", (unsigned long)nStart),
                   100*c->r, y, nStart, nEnd, zThr);
        orgs_lost(r, zP, x0, x1, f);
      }else{
        int nLeft = (int)table_cell(t, row, 4)->i;
        fnd_detail(f, ngettext("Individual turnover %.0f%% in %d: %d of %d member at the start left or was "
                               "replaced; %d left during the year (rule turnover.individual: at or above %s).",
                               "Individual turnover %.0f%% in %d: %d of %d members at the start left or were "
                               "replaced; %d left during the year (rule turnover.individual: at or above %s).",
                               (unsigned long)nStart),
                   100*c->r, y, nStart - (int)round(table_cell(t, row, 6)->r*nStart), nStart, nLeft, zThr);
        diag_leavers(r, zP, NULL, x0, x1, f);
      }
      free(zThr);
      fnd_figure(f, "turnover", c->r, 3);
      f->rMagnitude = c->r;
      fnd_figure(f, "start", nStart, 0);
      fnd_figure(f, "end", nEnd, 0);
      diag_events_in(r, zP, x0, x1, "context", f);
      diag_set_open(f, x1, r->iAsOf, p);
    }
  }
  dynamics_free(d);
}

/* ---- attendance_decline ---- */

/* zP's meetings and members with their days parsed once, and each
** meeting's present and attending members (every group), so that a year's
** attendance is a sum over its meetings rather than a pass over members. */
typedef struct AttView {
  const DiagRoster *r;
  const char *zP;
  int *aDay, *aYear;               /* per meeting */
  int *aElig, *aAtt;               /* per meeting: members present, of whom attended */
  int *aAttLo, *aAttHi;            /* per meeting: its attendance records r->aAtt[lo..hi) */
  unsigned char *abMeet;           /* per meeting: of zP, no later than iAsOf */
  int *aJ, *aL;                    /* per member: first day present, first day gone */
  unsigned char *abMem;            /* per member: of zP */
} AttView;

static int att_present(const AttView *v, int i, int x){ return v->abMem[i] && v->aJ[i]<=x && x<v->aL[i]; }

/* Did member i attend meeting g? (a search of that meeting's records only) */
static int att_attended(const AttView *v, int g, int i){
  return attend_find(v->r->aAtt + v->aAttLo[g], v->aAttHi[g] - v->aAttLo[g], v->r->aMeet[g].id, v->r->aMem[i].zPid);
}

/* A member's pid and index, for putting members in pid order. */
typedef struct PidIx { const char *zPid; int i; } PidIx;
static int cmp_pid_ix(const void *a, const void *b){
  const PidIx *x = a, *y = b;
  int c = strcmp(x->zPid, y->zPid);
  return c ? c : (x->i>y->i) - (x->i<y->i);
}
/* strcmp(), at once when both are one text (the loaded attendance's
** pids are its members'). */
static int pid_cmp(const char *x, const char *y){ return x==y ? 0 : strcmp(x, y); }

static void att_view_init(AttView *v, const DiagRoster *r, const char *zP){
  v->r = r; v->zP = zP;
  size_t nG = (size_t)r->nMeet+1, nM = (size_t)r->nMem+1;
  v->aDay = xcalloc(nG, sizeof(int)); v->aYear = xcalloc(nG, sizeof(int));
  v->aElig = xcalloc(nG, sizeof(int)); v->aAtt = xcalloc(nG, sizeof(int));
  v->abMeet = xcalloc(nG, 1);
  v->aJ = xcalloc(nM, sizeof(int)); v->aL = xcalloc(nM, sizeof(int));
  v->abMem = xcalloc(nM, 1);
  v->aAttLo = xcalloc(nG, sizeof(int)); v->aAttHi = xcalloc(nG, sizeof(int));
  for(int g=0; g<r->nMeet; g++){
    int lo = attend_first(r->aAtt, r->nAtt, r->aMeet[g].id), hi = lo;
    while( hi<r->nAtt && r->aAtt[hi].iMeeting==r->aMeet[g].id ) hi++;   /* the meeting's few records */
    v->aAttLo[g] = lo; v->aAttHi[g] = hi;
  }
  for(int i=0; i<r->nMem; i++){
    const MemberRec *q = &r->aMem[i];
    v->abMem[i] = strcmp(q->zPartnership, zP)==0;
    v->aJ[i] = diag_day(q->zJoined, -2147483647);
    v->aL[i] = diag_day(q->zLeft, 2147483647);
  }
  /* zP's members in pid order, walked beside each meeting's records
  ** (which come in pid order too) rather than searched for one by one */
  PidIx *aIx = xmalloc(sizeof(PidIx)*nM);
  int nIx = 0, bSorted = 1;
  for(int i=0; i<r->nMem; i++){
    if( !v->abMem[i] ) continue;
    aIx[nIx].zPid = r->aMem[i].zPid; aIx[nIx].i = i;
    if( nIx>0 && bSorted ) bSorted = strcmp(aIx[nIx-1].zPid, aIx[nIx].zPid)<=0;
    nIx++;
  }
  if( !bSorted ) qsort(aIx, (size_t)nIx, sizeof(PidIx), cmp_pid_ix);
  for(int g=0; g<r->nMeet; g++){
    const MeetingRec *m = &r->aMeet[g];
    int x = diag_day(m->zDate, 0);
    v->aDay[g] = x;
    v->aYear[g] = date_year(x);
    v->abMeet[g] = strcmp(m->zPartnership, zP)==0 && x<=r->iAsOf;
    if( !v->abMeet[g] ) continue;
    const AttendRec *a = r->aAtt;
    int k = v->aAttLo[g], kEnd = v->aAttHi[g];
    for(int u=0; u<nIx; u++){
      int i = aIx[u].i;
      if( !att_present(v, i, x) ) continue;
      v->aElig[g]++;
      const char *zPid = aIx[u].zPid;
      int c = 1;
      while( k<kEnd && (c = pid_cmp(a[k].zPid, zPid))<0 ) k++;
      v->aAtt[g] += k<kEnd && c==0;
    }
  }
  free(aIx);
}

static void att_view_free(AttView *v){
  free(v->aDay); free(v->aYear); free(v->aElig); free(v->aAtt); free(v->abMeet);
  free(v->aJ); free(v->aL); free(v->abMem); free(v->aAttLo); free(v->aAttHi);
}

/* Attendance of zP's meetings in year y: meetings, eligible and attended
** member-meetings (zGroup NULL: every group). */
static void year_attendance(const AttView *v, int y, const char *zGroup, int *pnMeet, int *pnElig, int *pnAtt){
  const DiagRoster *r = v->r;
  *pnMeet = *pnElig = *pnAtt = 0;
  for(int g=0; g<r->nMeet; g++){
    if( !v->abMeet[g] || v->aYear[g]!=y ) continue;
    (*pnMeet)++;
    if( !zGroup ){ *pnElig += v->aElig[g]; *pnAtt += v->aAtt[g]; continue; }
    for(int i=0; i<r->nMem; i++){
      const MemberRec *q = &r->aMem[i];
      if( !att_present(v, i, v->aDay[g]) || !q->zGroup || strcmp(q->zGroup, zGroup) ) continue;
      (*pnElig)++;
      *pnAtt += att_attended(v, g, i);
    }
  }
}

/* The stakeholder group of zP whose attendance fell most from y-1 to y
** (at least 2 eligible member-meetings both years); NULL if none. */
static const char *worst_group(const AttView *v, int y, double *pBefore, double *pAfter){
  const DiagRoster *r = v->r;
  const char *zWorst = NULL;
  double worst = 0;
  for(int i=0; i<r->nMem; i++){
    const char *zG = r->aMem[i].zGroup;
    if( !v->abMem[i] || !zG ) continue;
    int bSeen = 0;
    for(int k=0; k<i && !bSeen; k++){
      bSeen = v->abMem[k] && r->aMem[k].zGroup && strcmp(r->aMem[k].zGroup, zG)==0;
    }
    if( bSeen ) continue;
    int nInGroup = 0;      /* a group under suppress_min is never named */
    for(int k=i; k<r->nMem; k++){
      nInGroup += v->abMem[k] && r->aMem[k].zGroup && strcmp(r->aMem[k].zGroup, zG)==0;
    }
    if( nInGroup<r->nSuppressMin ) continue;
    int m0, e0, a0, m1, e1, a1;
    year_attendance(v, y-1, zG, &m0, &e0, &a0);
    year_attendance(v, y, zG, &m1, &e1, &a1);
    if( e0<2 || e1<2 ) continue;
    double drop = (double)a0/e0 - (double)a1/e1;
    if( drop>worst ){ worst = drop; zWorst = zG; *pBefore = (double)a0/e0; *pAfter = (double)a1/e1; }
  }
  return zWorst;
}

void rule_attendance(const DiagRoster *r, const char *zP, const DiagParams *p, Findings *pOut){
  int yFirst = 0, yLast = date_year(r->iAsOf);
  for(int g=0; g<r->nMeet; g++){
    if( strcmp(r->aMeet[g].zPartnership, zP)==0 ){ yFirst = date_year(diag_day(r->aMeet[g].zDate, 0)); break; }
  }
  if( !yFirst ) return;
  AttView v;
  att_view_init(&v, r, zP);
  int nMin = (int)p->a[DP_ATTEND_MIN_MEETINGS];
  for(int y=yFirst+1; y<=yLast; y++){
    int m0, e0, a0, m1, e1, a1;
    year_attendance(&v, y-1, NULL, &m0, &e0, &a0);
    year_attendance(&v, y, NULL, &m1, &e1, &a1);
    if( m0<nMin || m1<nMin || e0==0 || e1==0 ) continue;
    double r0 = (double)a0/e0, r1 = (double)a1/e1;
    if( r0-r1 < p->a[DP_ATTEND_DROP] - 1e-9 ) continue;
    Severity e = r0-r1 >= 2*p->a[DP_ATTEND_DROP] ? SEV_CONCERN : SEV_WARNING;
    Finding *f = add_finding(pOut, zP, "attendance_decline", e, "attendance_decline", p, DP_ATTEND_DROP);
    int x0 = date_from_ymd(y, 1, 1), x1 = date_from_ymd(y, 12, 31);
    if( x1>r->iAsOf ) x1 = r->iAsOf;
    set_dates(f, x0, x1);
    double g0 = NAN, g1 = NAN;
    const char *zG = worst_group(&v, y, &g0, &g1);
    char *zThr = diag_param_str(p, DP_ATTEND_DROP);
    if( zG ){
      fnd_detail(f, _("Attendance fell from %.0f%% of present members in %d (%d meetings) to %.0f%% in %d "
                      "(%d meetings); most among %s members (%.0f%% to %.0f%%) (rule attendance_decline: "
                      "a fall of at least %s)."),
                 100*r0, y-1, m0, 100*r1, y, m1, zG, 100*g0, 100*g1, zThr);
    }else{
      fnd_detail(f, _("Attendance fell from %.0f%% of present members in %d (%d meetings) to %.0f%% in %d "
                      "(%d meetings) (rule attendance_decline: a fall of at least %s)."),
                 100*r0, y-1, m0, 100*r1, y, m1, zThr);
    }
    free(zThr);
    fnd_figure(f, "rate_before", r0, 3);
    f->rMagnitude = r0 - r1;
    fnd_figure(f, "rate", r1, 3);
    fnd_figure(f, "meetings", m1, 0);
    /* the least attended meetings of the year */
    for(int k=0; k<3; k++){
      const MeetingRec *pLow = NULL; double lowRate = 2;
      for(int g=0; g<r->nMeet; g++){
        const MeetingRec *m = &r->aMeet[g];
        if( !v.abMeet[g] || v.aYear[g]!=y ) continue;
        int bUsed = 0;
        for(int u=0; u<f->nEv; u++) bUsed |= strcmp(f->aEv[u].zType, "meeting")==0 && f->aEv[u].id==m->id;
        if( bUsed ) continue;
        double rate = v.aElig[g] ? (double)v.aAtt[g]/v.aElig[g] : 2;
        if( rate<lowRate ){ lowRate = rate; pLow = m; }
      }
      if( !pLow ) break;
      char *zText = i18n_asprintf(_("%.0f%% of present members attended"), 100*lowRate);
      fnd_evidence(f, "meeting", pLow->id, pLow->zDate, zText);
      free(zText);
    }
    diag_events_in(r, zP, date_from_ymd(y-1, 1, 1), x1, "context", f);
    diag_set_open(f, x1, r->iAsOf, p);
  }
  att_view_free(&v);
}

/* ---- missing_stakeholder_group ---- */

static int cmp_int(const void *a, const void *b){
  int x = *(const int*)a, y = *(const int*)b;
  return x<y ? -1 : x>y;
}

/* Report the stretches of at least missing_days in [xStart, asOf] during
** which zP had no present member of group zG. */
static void missing_stretches(const DiagRoster *r, const char *zP, const char *zG, int xStart, int bExpected,
                              const DiagParams *p, Findings *pOut){
  int *aX = xmalloc(sizeof(int)*(size_t)(2*r->nMem+2));
  int n = 0;
  aX[n++] = xStart;
  for(int i=0; i<r->nMem; i++){
    const MemberRec *m = &r->aMem[i];
    if( strcmp(m->zPartnership, zP) || !m->zGroup || strcmp(m->zGroup, zG) ) continue;
    int j = diag_day(m->zJoined, xStart), l = diag_day(m->zLeft, -1);
    if( j>xStart && j<=r->iAsOf ) aX[n++] = j;
    if( l>xStart && l<=r->iAsOf ) aX[n++] = l;
  }
  qsort(aX, (size_t)n, sizeof(int), cmp_int);
  /* A stretch still running today ends today; when the whole study records
  ** nothing for longer than the gap threshold before today (an archived
  ** study), it ends at the study's last recorded activity instead, as an
  ** ongoing meeting gap does (rule_meeting_gap()). */
  int xLast = r->iAsOf, bDataEnd = 0;
  if( r->iDataEnd>0 && r->iAsOf - r->iDataEnd > p->a[DP_GAP_DAYS] ){ xLast = r->iDataEnd; bDataEnd = 1; }
  int xGap = -1;    /* start of the current stretch without the group */
  for(int k=0; k<=n; k++){
    int x = k<n ? aX[k] : r->iAsOf+1;
    if( k<n && k>0 && x==aX[k-1] ) continue;
    int nHere = 0;
    if( k<n ){
      for(int i=0; i<r->nMem; i++){
        const MemberRec *m = &r->aMem[i];
        if( strcmp(m->zPartnership, zP)==0 && m->zGroup && strcmp(m->zGroup, zG)==0 && member_present(m, x) ) nHere++;
      }
    }
    if( k<n && nHere==0 ){ if( xGap<0 ) xGap = x; continue; }
    if( xGap<0 ) continue;
    int bOngoing = k==n;
    int xEnd = bOngoing ? xLast : x;
    if( xEnd-xGap >= p->a[DP_MISSING_DAYS] ){
      Severity e = bOngoing ? (bExpected ? SEV_CONCERN : SEV_WARNING) : SEV_INFO;
      Finding *f = add_finding(pOut, zP, "missing_stakeholder_group", e, "missing_stakeholder_group", p, DP_MISSING_DAYS);
      char z0[11], z1[11];
      date_format(xGap, z0); date_format(xEnd, z1);
      fnd_period(f, NULL, z0, bOngoing && !bDataEnd ? NULL : z1);
      f->iOrder = xGap;
      char *zThr = diag_param_str(p, DP_MISSING_DAYS);
      unsigned long nDays = (unsigned long)(xEnd-xGap);
      if( bOngoing && bDataEnd && bExpected ){
        fnd_detail(f, ngettext("No %s among the members from %s to the study's last recorded activity on %s "
                               "(%d day, an expected group; rule missing_stakeholder_group: stretches of at "
                               "least %s; the study records nothing after that day).",
                               "No %s among the members from %s to the study's last recorded activity on %s "
                               "(%d days, an expected group; rule missing_stakeholder_group: stretches of at "
                               "least %s; the study records nothing after that day).", nDays),
                   zG, z0, z1, xEnd-xGap, zThr);
      }else if( bOngoing && bDataEnd ){
        fnd_detail(f, ngettext("No %s among the members from %s to the study's last recorded activity on %s "
                               "(%d day; rule missing_stakeholder_group: stretches of at least %s; the study "
                               "records nothing after that day).",
                               "No %s among the members from %s to the study's last recorded activity on %s "
                               "(%d days; rule missing_stakeholder_group: stretches of at least %s; the study "
                               "records nothing after that day).", nDays),
                   zG, z0, z1, xEnd-xGap, zThr);
      }else if( bOngoing && bExpected ){
        fnd_detail(f, ngettext("No %s among the members since %s (%d day, an expected group; rule "
                               "missing_stakeholder_group: stretches of at least %s).",
                               "No %s among the members since %s (%d days, an expected group; rule "
                               "missing_stakeholder_group: stretches of at least %s).", nDays),
                   zG, z0, xEnd-xGap, zThr);
      }else if( bOngoing ){
        fnd_detail(f, ngettext("No %s among the members since %s (%d day; rule missing_stakeholder_group: "
                               "stretches of at least %s).",
                               "No %s among the members since %s (%d days; rule missing_stakeholder_group: "
                               "stretches of at least %s).", nDays),
                   zG, z0, xEnd-xGap, zThr);
      }else{
        fnd_detail(f, ngettext("No %s among the members from %s to %s (%d day; rule missing_stakeholder_group: "
                               "stretches of at least %s).",
                               "No %s among the members from %s to %s (%d days; rule missing_stakeholder_group: "
                               "stretches of at least %s).", nDays),
                   zG, z0, z1, xEnd-xGap, zThr);
      }
      free(zThr);
      fnd_figure(f, "days", xEnd-xGap, 0);
      f->rMagnitude = xEnd-xGap;
      diag_leavers(r, zP, zG, xGap, xGap, f);
      diag_events_in(r, zP, xGap, xEnd, "context", f);
      f->bOpen = bOngoing && !bDataEnd;
      if( bOngoing && bDataEnd ) diag_set_open(f, xEnd, r->iAsOf, p);
    }
    xGap = -1;
  }
  free(aX);
}

void rule_missing_group(const DiagRoster *r, const char *zP, const DiagParams *p, Findings *pOut){
  /* The partnership starts with its first member or meeting. */
  int xStart = 2147483647;
  for(int i=0; i<r->nMem; i++){
    if( strcmp(r->aMem[i].zPartnership, zP)==0 ){
      int j = diag_day(r->aMem[i].zJoined, xStart);
      if( j<xStart ) xStart = j;
    }
  }
  for(int g=0; g<r->nMeet; g++){
    if( strcmp(r->aMeet[g].zPartnership, zP)==0 ){
      int x = diag_day(r->aMeet[g].zDate, xStart);
      if( x<xStart ) xStart = x;
    }
  }
  if( xStart==2147483647 || xStart>r->iAsOf ) return;
  /* Expected groups count from the start; others from their first member. */
  for(int k=0; k<r->nExpected; k++) missing_stretches(r, zP, r->azExpected[k], xStart, 1, p, pOut);
  for(int i=0; i<r->nMem; i++){
    const MemberRec *m = &r->aMem[i];
    if( strcmp(m->zPartnership, zP) || !m->zGroup ) continue;
    int bDone = 0;
    for(int k=0; k<r->nExpected && !bDone; k++) bDone = strcmp(r->azExpected[k], m->zGroup)==0;
    for(int k=0; k<i && !bDone; k++){
      bDone = strcmp(r->aMem[k].zPartnership, zP)==0 && r->aMem[k].zGroup && strcmp(r->aMem[k].zGroup, m->zGroup)==0;
    }
    if( bDone ) continue;
    int xFirst = 2147483647;
    for(int k=0; k<r->nMem; k++){
      const MemberRec *o = &r->aMem[k];
      if( strcmp(o->zPartnership, zP)==0 && o->zGroup && strcmp(o->zGroup, m->zGroup)==0 ){
        int j = diag_day(o->zJoined, xStart);
        if( j<xFirst ) xFirst = j;
      }
    }
    if( xFirst<=r->iAsOf ) missing_stretches(r, zP, m->zGroup, xFirst, 0, p, pOut);
  }
}

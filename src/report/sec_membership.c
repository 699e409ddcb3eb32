/*
** sec_membership.c: membership dynamics and attendance. A step chart of the
** members present in each partnership over time, with the timeline's
** context events and adaptations marked, running to the study's last dated
** event (report_end_day()); then retention and turnover by
** year, attendance by stakeholder group (a bar chart, the table folded
** unless --full) and meeting cadence as a time axis (the gap table only
** with --full; always in the workbook), all from roster/dynamics.h.
** Exports sec_membership.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "report/chart.h"
#include "report/report_data.h"
#include "report/section.h"
#include "roster/dynamics.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static int cmp_int(const void *a, const void *b){
  int x = *(const int*)a, y = *(const int*)b;
  return (x>y) - (x<y);
}

/* Days on which membership of zPart changes (joins and departures), sorted
** and unique, into *paDay (caller frees); with the count present on each
** day in *paCount (caller frees). Returns the number of days. */
static int membership_steps(const MemberRec *a, int n, const char *zPart, int **paDay, double **paCount){
  int *aDay = xcalloc((size_t)(2*n+1), sizeof(int));
  int nDay = 0;
  for(int i=0; i<n; i++){
    if( strcmp(a[i].zPartnership, zPart)!=0 ) continue;
    int d;
    if( a[i].zJoined && date_parse(a[i].zJoined, &d) ) aDay[nDay++] = d;
    if( a[i].zLeft && date_parse(a[i].zLeft, &d) ) aDay[nDay++] = d;
  }
  qsort(aDay, (size_t)nDay, sizeof(int), cmp_int);
  int nUniq = 0;
  for(int i=0; i<nDay; i++) if( nUniq==0 || aDay[nUniq-1]!=aDay[i] ) aDay[nUniq++] = aDay[i];
  double *aCount = xcalloc((size_t)nUniq+1, sizeof(double));
  for(int k=0; k<nUniq; k++){
    for(int i=0; i<n; i++){
      if( strcmp(a[i].zPartnership, zPart)==0 && member_present(&a[i], aDay[k]) ) aCount[k]++;
    }
  }
  *paDay = aDay; *paCount = aCount;
  return nUniq;
}

/* The step chart of members present, one series per partnership. */
static int membership_chart(ReportCtx *p){
  MemberRec *aM = NULL; int nM = 0;
  char **azP = NULL; int nP = 0;
  const char *zOnly = report_only_part(p);
  /* one partnership's page reads its own code, not the programme's list */
  if( st_member_all(p->pStore, zOnly, &aM, &nM) || (!zOnly && st_partnership_codes(p->pStore, &azP, &nP)) ){
    st_member_recs_free(aM, nM);
    return STORE_ERROR;
  }
  if( zOnly ){
    azP = xmalloc(sizeof(char*));
    azP[0] = xstrdup(zOnly);
    nP = 1;
  }
  ChartSeries *aS = xcalloc((size_t)nP+1, sizeof(ChartSeries));
  int nS = 0;
  for(int i=0; i<nP; i++){
    if( !report_has_part(p, azP[i]) ) continue;
    int *aDay; double *aCount;
    int n = membership_steps(aM, nM, azP[i], &aDay, &aCount);
    if( n==0 ){ free(aDay); free(aCount); continue; }
    aS[nS].zName = azP[i];
    aS[nS].nPoint = n;
    aS[nS].aX = aDay;
    aS[nS].aY = aCount;
    nS++;
  }
  /* Context events and adaptations are marked; decisions are many and listed in the timeline. */
  ChartMark *aMark; int nMark;
  if( report_marks(p, NULL, &aMark, &nMark) ) nMark = 0;
  if( nS==0 ){
    report_no_data(p, _("No member has a date of joining or leaving."), "synergist member import");
  }else{
    TimeChart c = {
      report_chart_id(p), _("Members present over time"),
      _("Number of members present in each partnership on each day, changing when members join "
        "or leave; numbered markers are context events and adaptations of the timeline."),
      _("members"), NAN, NAN, 0, report_end_day(p), nS, aS, nMark, aMark
    };
    sb_puts(p->pOut, "<figure>\n");
    chart_step(p->pOut, &c);
    html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
                _("Figure: members present over time, with the events of the timeline."));
  }
  for(int i=0; i<nS; i++){ free((void*)aS[i].aX); free((void*)aS[i].aY); }
  free(aS);
  report_marks_free(aMark, nMark);
  for(int i=0; i<nP; i++) free(azP[i]);
  free(azP);
  st_member_recs_free(aM, nM);
  return STORE_OK;
}

/* The tables shown and exported: each with the columns kept and headings. */
typedef struct DynView { int iTable; const char *zCols; const char *zSheet; } DynView;
static const DynView aView[] = {
  { 1, "partnership,year,start,joined,left,end,retention,turnover", "membership_years" },
  { 3, "partnership,stakeholder_group,members,eligible,attended,rate", "attendance_groups" },
  { 4, "partnership,from,to,days,flagged", "meeting_gaps" },
};

static const Table *dyn_table(const Dynamics *d, int i){
  const Table *a[] = { d->pSize, d->pYears, d->pMembers, d->pGroups, d->pGaps };
  return a[i];
}

/* Attendance by stakeholder group (t: partnership,stakeholder_group,
** members,eligible,attended,rate, partnerships in turn) with the study's
** small-cell threshold nMin (suppress_min, as the scores): a group of
** fewer than nMin members would show the attendance of one or two named
** roles, so per partnership the groups under nMin are merged into one row
** "other groups" when together they have at least nMin members, else
** that row is withheld (its members counted, no attendance). No total of
** a partnership is shown, so the shown rows never give a withheld one
** back. A new table titled zTitle (caller frees); t stays the caller's. */
static Table *attendance_suppressed(const Table *t, int nMin, const char *zTitle){
  Table *o = table_new(zTitle, t->nCol, (const char *const*)t->azCol);
  for(int r=0; r<t->nRow; ){
    const char *zP = table_cell(t, r, 0)->z;
    int rEnd = r;
    while( rEnd<t->nRow && strcmp(table_cell(t, rEnd, 0)->z ? table_cell(t, rEnd, 0)->z : "", zP ? zP : "")==0 ) rEnd++;
    int nSmall = 0, nMem = 0;
    int64_t nElig = 0, nAtt = 0;
    for(int k=r; k<rEnd; k++){
      int64_t m = table_cell(t, k, 2)->i;
      if( m>=nMin ){
        int i = table_row(o);
        for(int c=0; c<t->nCol; c++){
          const Cell *x = table_cell(t, k, c);
          if( x->t==CELL_INT ) table_int(o, i, c, x->i);
          else if( x->t==CELL_REAL ) table_real(o, i, c, x->r, x->nDec);
          else if( x->t==CELL_TEXT ) table_text(o, i, c, x->z);
        }
        continue;
      }
      nSmall++; nMem += (int)m;
      nElig += table_cell(t, k, 3)->i; nAtt += table_cell(t, k, 4)->i;
    }
    if( nSmall>0 ){
      int i = table_row(o);
      table_text(o, i, 0, zP);
      table_int(o, i, 2, nMem);
      char *z;
      if( nMem>=nMin ){
        z = i18n_asprintf(_("other groups (each under %d members)"), nMin);
        table_int(o, i, 3, nElig);
        table_int(o, i, 4, nAtt);
        if( nElig>0 ) table_real(o, i, 5, (double)nAtt/(double)nElig, 3);
      }else{
        z = i18n_asprintf(_("withheld: groups under %d members"), nMin);
      }
      table_text(o, i, 1, z);
      free(z);
    }
    r = rEnd;
  }
  return o;
}

/* Meeting cadence: a tick per meeting, long gaps shaded (the gap table
** is in the workbook, and in the page with --full). */
static int cadence_chart(ReportCtx *p, int nGapDays){
  MeetingRec *aM = NULL; int nM = 0;
  if( st_meeting_all(p->pStore, report_only_part(p), &aM, &nM) ) return STORE_ERROR;
  CadenceRow *aRow = xcalloc((size_t)nM+1, sizeof(CadenceRow));
  int *aDay = xcalloc((size_t)nM+1, sizeof(int));
  int nRow = 0, nDay = 0;
  for(int i=0; i<nM; i++){
    if( !report_has_part(p, aM[i].zPartnership) ) continue;
    int d;
    if( !aM[i].zDate || !date_parse(aM[i].zDate, &d) ) continue;
    if( nRow==0 || strcmp(aRow[nRow-1].zName, aM[i].zPartnership)!=0 ){
      aRow[nRow].zName = aM[i].zPartnership;
      aRow[nRow].aDay = aDay + nDay;
      nRow++;
    }
    aDay[nDay++] = d;
    aRow[nRow-1].nDay++;
  }
  if( nRow==0 ){
    report_no_data(p, _("No meeting has been recorded."), "synergist meeting import");
  }else{
    char *zDesc = i18n_asprintf(_("Each tick is a meeting; shaded stretches are gaps of more than %d days "
                                  "between meetings, labelled with their length."), nGapDays);
    CadenceChart c = { report_chart_id(p), _("Meeting cadence"), zDesc, nGapDays, report_end_day(p), nRow, aRow };
    sb_puts(p->pOut, "<figure>\n");
    chart_cadence(p->pOut, &c);
    html_printf(p->pOut, "<figcaption>%h</figcaption>\n</figure>\n", zDesc);
    free(zDesc);
  }
  free(aRow); free(aDay);
  st_meeting_recs_free(aM, nM);
  return STORE_OK;
}

/* Attendance rate by stakeholder group, one bar per partnership and group. */
static void attendance_chart(ReportCtx *p, const Table *t){
  /* t: partnership,stakeholder_group,members,eligible,attended,rate */
  const char **azCat = xcalloc((size_t)t->nRow+1, sizeof(char*));
  char **azOwn = xcalloc((size_t)t->nRow+1, sizeof(char*));
  double *aVal = xcalloc((size_t)t->nRow+1, sizeof(double));
  int nBar = 0;
  for(int r=0; r<t->nRow; r++){
    const Cell *pP = table_cell(t, r, 0), *pG = table_cell(t, r, 1), *pR = table_cell(t, r, 5);
    if( pR->t!=CELL_REAL && pR->t!=CELL_INT ) continue;   /* withheld: no bar */
    azOwn[nBar] = xasprintf("%s: %s", pP->z ? pP->z : "", pG->z ? pG->z : "");
    azCat[nBar] = azOwn[nBar];
    aVal[nBar] = pR->t==CELL_REAL ? 100.0*pR->r : 100.0*(double)pR->i;
    nBar++;
  }
  const char *azSeries[1] = { _("attendance rate (%)") };
  BarChart c = { report_chart_id(p), _("Attendance at meetings by stakeholder group"),
                 _("Share of the meetings each stakeholder group's members could attend that they attended, per partnership."),
                 _("attendance rate (%)"), 0, 100, 0, 0, nBar, azCat, 1, azSeries, aVal };
  if( nBar>0 ){
    sb_puts(p->pOut, "<figure>\n");
    chart_bar(p->pOut, &c);
    sb_puts(p->pOut, "</figure>\n");
  }
  for(int r=0; r<nBar; r++) free(azOwn[r]);
  free(azOwn); free(azCat); free(aVal);
}

/* The membership dynamics of the report up to report_end_day() with gaps
** of nGapDays, or NULL on a store error. One partnership's are kept in the
** run's memo (report --each asks for them on its page and again for the
** workbook, the same when the end days agree): borrowed, *ppFree NULL.
** Several partnerships' are the caller's to free: *ppFree. */
static const Dynamics *membership_dynamics(ReportCtx *p, int nGapDays, Dynamics **ppFree){
  const char *zOnly = report_only_part(p);
  int iEnd = report_end_day(p);
  *ppFree = NULL;
  if( !zOnly ) return *ppFree = dynamics_of_study(p->pStore, NULL, iEnd, nGapDays);
  ReportMemo *m = report_memo(p);
  if( !m->pDyn || strcmp(m->zDynPart, zOnly)!=0 || m->iDynEnd!=iEnd || m->nDynGap!=nGapDays ){
    dynamics_free(m->pDyn); free(m->zDynPart);
    m->pDyn = dynamics_of_study(p->pStore, zOnly, iEnd, nGapDays);
    m->zDynPart = m->pDyn ? xstrdup(zOnly) : NULL;
    m->iDynEnd = iEnd; m->nDynGap = nGapDays;
  }
  return m->pDyn;
}

static int membership_html(ReportCtx *p){
  int rc = membership_chart(p);
  if( rc ) return rc;
  int nGapDays = report_setting_int(p, "gap_days", 180);
  Dynamics *pFree;
  const Dynamics *d = membership_dynamics(p, nGapDays, &pFree);
  if( !d ) return STORE_ERROR;
  const char *azYears[] = { _("Partnership"), _("Year"), _("At start"), _("Joined"), _("Left"),
                            _("At end"), _("Retention"), _("Turnover") };
  const char *azGroups[] = { _("Partnership"), _("Stakeholder group"), _("Members"),
                             _("Meetings eligible"), _("Meetings attended"), _("Attendance rate") };
  char *zGapHead = xasprintf(_("Longer than %d days"), nGapDays);
  const char *azGaps[] = { _("Partnership"), _("From"), _("To"), _("Days"), zGapHead };
  const char *const *aazHead[] = { azYears, azGroups, azGaps };
  const char *azCaption[] = { _("Retention and turnover of members by year"),
                              _("Attendance at meetings by stakeholder group"),
                              _("Gaps between consecutive meetings") };
  const char *azH3[] = { _("Retention and turnover"), _("Attendance"), _("Meeting cadence") };
  int nMin = report_setting_int(p, "suppress_min", 5);
  for(int v=0; v<3 && rc==STORE_OK; v++){
    Table *t = report_select(p, dyn_table(d, aView[v].iTable), 0, aView[v].zCols, NULL);
    if( v==1 ){
      Table *pSupp = attendance_suppressed(t, nMin, NULL);
      table_free(t);
      t = pSupp;
    }
    html_printf(p->pOut, "<h3>%h</h3>\n", azH3[v]);
    if( v==2 ) rc = cadence_chart(p, nGapDays);
    if( t->nRow==0 ){
      if( v<2 ) report_no_data(p, _("The roster has no meetings or members for this table."), "synergist meeting import");
    }else if( v==1 ){
      attendance_chart(p, t);
      report_table_fold(p, t, azCaption[v], aazHead[v]);
      char *zNote = i18n_asprintf(_("Groups of fewer than %d members are not shown alone: their attendance "
                                    "would be that of one or a few identifiable people."), nMin);
      html_printf(p->pOut, "<p class=\"suppression\">%h</p>\n", zNote);
      free(zNote);
    }else if( v==2 ){
      /* The gaps are in the chart; the table in the workbook (and with --full). */
      if( p->pOpts->bFull ) report_table(p, t, azCaption[v], aazHead[v]);
    }else{
      report_table(p, t, azCaption[v], aazHead[v]);
    }
    table_free(t);
  }
  free(zGapHead);
  dynamics_free(pFree);
  return rc;
}

static int membership_tables(ReportCtx *p, ReportTables *pList){
  Dynamics *pFree;
  const Dynamics *d = membership_dynamics(p, report_setting_int(p, "gap_days", 180), &pFree);
  if( !d ) return STORE_ERROR;
  int nMin = report_setting_int(p, "suppress_min", 5);
  for(int v=0; v<3; v++){
    Table *t = report_select(p, dyn_table(d, aView[v].iTable), 0, NULL, aView[v].zSheet);
    if( aView[v].iTable==3 ){
      Table *pSupp = attendance_suppressed(t, nMin, aView[v].zSheet);
      table_free(t);
      t = pSupp;
    }
    report_tables_add(pList, t);
  }
  dynamics_free(pFree);
  return STORE_OK;
}

const ReportSection sec_membership = {
  "membership", N_("Membership dynamics and attendance"), membership_html, membership_tables
};

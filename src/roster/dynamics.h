/*
** dynamics.h: membership over time, attendance and meeting gaps per
** partnership, computed from the roster (members with joined/left dates,
** organisations, meetings, attendance). No SQL: dynamics_compute() takes
** the records the store returns.
**
** A member is present on day x when (joined is empty or joined <= x) and
** (left is empty or x < left). Years run from the first year with a join,
** a meeting or a departure up to the year of iAsOf.
*/
#ifndef SYN_DYNAMICS_H
#define SYN_DYNAMICS_H
#include "util/table.h"
#include "store/st_roster.h"

typedef struct Dynamics {
  /* partnership,current,ever,organisations_current,organisations_ever,meetings,first_meeting,last_meeting */
  Table *pSize;
  /* partnership,year,start,joined,left,end,retention,turnover,org_start,org_end,org_retention,org_turnover */
  Table *pYears;
  /* partnership,member,stakeholder_group,eligible,attended,rate */
  Table *pMembers;
  /* partnership,stakeholder_group,members,eligible,attended,rate */
  Table *pGroups;
  /* partnership,from,to,days,flagged */
  Table *pGaps;
} Dynamics;

/* Compute every table; the caller frees with dynamics_free(). Rates and
** retention are proportions in [0,1] with 3 decimals; NULL when undefined.
** Partnerships come in code order; the records may come in any order
** (meetings of one partnership by date); the cost grows with the number
** of records, not with their square. */
Dynamics *dynamics_compute(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet,
                           const AttendRec *aAtt, int nAtt, int iAsOf, int nGapDays);
/* The same with pSize and pYears only (pMembers, pGroups and pGaps stay
** empty): membership over the years, as the turnover rule reads it. */
Dynamics *dynamics_years(const MemberRec *aMem, int nMem, const MeetingRec *aMeet, int nMeet, int iAsOf);
void dynamics_free(Dynamics*);

/* Read members, meetings and attendance of the whole study (or of
** partnership zPartnership only, when not NULL) and compute; NULL on a
** store error (message in store_errmsg). Caller frees. */
Dynamics *dynamics_of_study(Store*, const char *zPartnership, int iAsOf, int nGapDays);

/* Does a[i] stand for its organisation in its partnership on day x0: it has
** an organisation, is present on x0, and no earlier a[k] of the same
** partnership and organisation is? Then *pbKept tells whether anyone of that
** partnership and organisation is present on day x1. Counting the members
** for which this is 1 counts organisations represented on x0 once each. */
int org_first_on(const MemberRec *a, int n, int i, int x0, int x1, int *pbKept);

/* Attendance records ordered by meeting, then member id (the order of
** st_attendance_all() for one partnership): attend_sort() puts them in it; attend_first() is
** the first record of meeting iMeeting (or where it would be);
** attend_find() whether member zPid attended meeting iMeeting, by binary
** search. */
void attend_sort(AttendRec *a, int n);
int attend_first(const AttendRec *a, int n, int64_t iMeeting);
int attend_find(const AttendRec *a, int n, int64_t iMeeting, const char *zPid);

/* Is member r present on day x? */
int member_present(const MemberRec *r, int x);

#endif

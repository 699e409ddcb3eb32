/*
** roster.h: the roster's use cases, one function per command, shared by the
** command line and the web server: partnerships, sectors, organisations
** (partnership.c), members (member.c), meetings and attendance
** (meeting.c), the timeline (timeline.c), describe and dynamics
** (describe_run.c). The CSV imports are in import.h.
**
** Each takes the Store, returns 0 or the class of its failure with the
** message in *pErr (util/err.h), and never prints, exits or reads a global.
** Strings passed in are borrowed; a Table returned through ppOut is the
** caller's (table_free()). A writing use case runs inside the caller's
** transaction (store_write()).
*/
#ifndef SYN_ROSTER_H
#define SYN_ROSTER_H
#include <stdint.h>
#include "store/st_roster.h"
#include "util/err.h"
#include "util/table.h"

/* ---- partnerships, sectors, organisations (partnership.c) ---- */
/* `partnership add`: zName is required (ERR_USAGE without). */
int roster_partnership_add(Store*, const char *zCode, const char *zName, const char *zDesc, Err*);
/* `partnership edit`: NULL leaves a field as it is; at least one of
** zNewCode, zName, zDesc (ERR_USAGE otherwise). */
int roster_partnership_edit(Store*, const char *zCode, const char *zNewCode,
                            const char *zName, const char *zDesc, Err*);
int roster_partnership_remove(Store*, const char *zCode, Err*);
/* code,name,members,current,meetings,events */
int roster_partnership_list(Store*, Table **ppOut, Err*);
/* 0 when partnership zCode exists (zCode NULL: every partnership), else
** ERR_FAIL naming it: the check of a listing restricted to one. */
int roster_partnership_check(Store*, const char *zCode, Err*);

int roster_sector_add(Store*, const char *zName, Err*);
int roster_sector_list(Store*, Table **ppOut, Err*);        /* sector,organisations */
int roster_org_add(Store*, const char *zName, const char *zSector, Err*);
/* At least one of zNewName, zSector (ERR_USAGE otherwise). */
int roster_org_edit(Store*, const char *zName, const char *zNewName, const char *zSector, Err*);
int roster_org_remove(Store*, const char *zName, Err*);
int roster_org_list(Store*, Table **ppOut, Err*);  /* organisation,sector,members,partnerships */

/* ---- members (member.c) ---- */
/* `member add` of pRec (zPartnership, zPid and the fields given; NULL: not
** given) and `member edit` of member zPid of zPartnership (the non-NULL
** fields of pNew; its zPid a new id). Dates are checked (ERR_USAGE); an
** organisation not yet known is added. */
int roster_member_add(Store*, const MemberRec *pRec, Err*);
int roster_member_edit(Store*, const char *zPartnership, const char *zPid, const MemberRec *pNew, Err*);
int roster_member_remove(Store*, const char *zPartnership, const char *zPid, Err*);

typedef struct MemberListOpts {
  const char *zPartnership;  /* NULL: every partnership */
  int bAttrs;                /* one column per attribute */
  int bNames;                /* real names (and contact attributes) shown */
} MemberListOpts;
/* `member list` and `member export` (bAttrs 1): id,partnership,organisation,
** sector,stakeholder_group,joined,left[,name][,attributes...] */
int roster_member_list(Store*, const MemberListOpts*, Table **ppOut, Err*);
/* `member show`: one member's fields as rows field,value. */
int roster_member_show(Store*, const char *zPartnership, const char *zPid, int bNames, Table **ppOut, Err*);

/* ---- meetings and attendance (meeting.c) ---- */
typedef struct MeetingOpts {
  const char *zPartnership, *zDate;   /* required */
  const char *zKind, *zTitle;         /* NULL: not given */
  long nDuration;                     /* minutes, 0: not given */
  const char *zAttendees;             /* ids separated by ';', ',' or spaces */
} MeetingOpts;
/* `meeting add`: *pId the new meeting, *pnAtt the attendees recorded. */
int roster_meeting_add(Store*, const MeetingOpts*, int64_t *pId, int *pnAtt, Err*);
int roster_meeting_remove(Store*, int64_t iMeeting, Err*);
/* zPartnership NULL: every one. id,partnership,date,kind,duration,title,attended */
int roster_meeting_list(Store*, const char *zPartnership, Table **ppOut, Err*);
/* The columns meeting import reads: partnership,date,kind,duration,title,attendees */
int roster_meeting_export(Store*, const char *zPartnership, Table **ppOut, Err*);
/* `attendance add` of the nPid members azPid: *pnNew how many were not
** recorded yet; *pzAlready (caller frees; NULL when none) the others, joined
** by ", ". */
int roster_attendance_add(Store*, int64_t iMeeting, int nPid, char *const *azPid,
                          int *pnNew, char **pzAlready, Err*);
/* member,stakeholder_group; an unknown meeting is ERR_FAIL. */
int roster_attendance_list(Store*, int64_t iMeeting, Table **ppOut, Err*);

/* ---- timeline (timeline.c) ---- */
/* `timeline add`: zPartnership, zDate, zTitle required; zKind NULL is
** context, else context, decision or adaptation (ERR_USAGE). */
int roster_event_add(Store*, const EventRec*, int64_t *pId, Err*);
int roster_event_remove(Store*, int64_t id, Err*);
/* zKind NULL: every kind. id,partnership,date,end_date,kind,category,title,
** detail,how_made,communicated */
int roster_event_list(Store*, const char *zPartnership, const char *zKind, Table **ppOut, Err*);

/* ---- describe and dynamics (describe_run.c) ---- */
/* `describe`: the sample characteristics of attributes azAttr of the
** members of zPartnership (NULL: all), present on iAsOf only with
** bCurrent, interviewees only with bInterviewees; contact attributes need
** bNames (ERR_USAGE). The long table, or the wide one with bWide; zLayout
** (NULL or "wide"/"long") overrides bWide. */
typedef struct DescribeOpts {
  int nAttr; const char *const *azAttr;
  const char *zPartnership;
  int iAsOf;                 /* a day number (date_today() when 0) */
  int bCurrent, bInterviewees, bNames;
  int bWide;                 /* the layout when zLayout is NULL */
  const char *zLayout;
} DescribeOpts;
int roster_describe(Store*, const DescribeOpts*, Table **ppOut, Err*);

/* `dynamics`: every table of dynamics.h on day iAsOf (0: today) with gaps
** between meetings of more than nGapDays (negative: the gap_days setting,
** else 180; 0: ERR_USAGE), the rows of zPartnership only when not NULL.
** *pnGapDays gets the threshold used. Caller frees *pp (dynamics_free()). */
typedef struct DynamicsOpts {
  const char *zPartnership;
  int iAsOf;
  long nGapDays;
} DynamicsOpts;
struct Dynamics;
int roster_dynamics(Store*, const DynamicsOpts*, struct Dynamics **pp, int *pnGapDays, Err*);

#endif

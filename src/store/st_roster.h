/*
** st_roster.h: the store's interface for partnerships, sectors,
** organisations, members (with typed attributes), meetings, attendance and
** the timeline. Conventions: see store.h (return STORE_*, caller frees).
*/
#ifndef SYN_ST_ROSTER_H
#define SYN_ST_ROSTER_H
#include <stdint.h>
#include "store/store.h"
#include "util/table.h"

/* Counts of partnerships, organisations, members, meetings, events as rows (item,value). */
int st_roster_counts(Store*, Table *pOut);

/* ---- partnerships ---- */
int st_partnership_add(Store*, const char *zCode, const char *zName, const char *zDesc);
/* NULL arguments leave a field as it is; zNewCode renames the code. */
int st_partnership_edit(Store*, const char *zCode, const char *zNewCode, const char *zName, const char *zDesc);
int st_partnership_remove(Store*, const char *zCode);          /* STORE_INUSE if it has members, ... */
int st_partnership_list(Store*, Table *pOut);  /* code,name,members,current,meetings,events */
/* The same row for partnership zCode only (zCode NULL: every one). */
int st_partnership_list_of(Store*, const char *zCode, Table *pOut);
/* All partnership codes in code order; caller frees each and the array. */
int st_partnership_codes(Store*, char ***pazCode, int *pnCode);
/* STORE_OK if it exists, STORE_NOTFOUND (message names it) otherwise. */
int st_partnership_exists(Store*, const char *zCode);

/* ---- sectors and organisations ---- */
int st_sector_add(Store*, const char *zName);
int st_sector_exists(Store*, const char *zName);
int st_sector_list(Store*, Table *pOut);                 /* sector,organisations */
int st_org_add(Store*, const char *zName, const char *zSector);
int st_org_edit(Store*, const char *zName, const char *zNewName, const char *zSector);
int st_org_remove(Store*, const char *zName);
int st_org_list(Store*, Table *pOut);                    /* organisation,sector,members,partnerships */
int st_org_sectors(Store*, Table *pOut);                 /* organisation,sector of those with a sector */
int st_org_exists(Store*, const char *zName);
/* organisation,sector of every organisation, or (zOnly) of those partnership
** zOnly's members, past ones too, belong to and its ties name; by name. */
int st_org_of(Store*, const char *zOnly, Table *pOut);

/* ---- members ---- */
typedef struct MemberAttr { char *zName; char *zType; char *zValue; } MemberAttr;
typedef struct MemberRec {
  char *zPartnership, *zPid, *zRealName, *zOrg, *zGroup, *zJoined, *zLeft;
  int nAttr; MemberAttr *aAttr;
  int64_t id;              /* row id, set by st_member_all(); ignored when writing */
} MemberRec;
void st_member_rec_clear(MemberRec*);   /* frees every string it holds */

int st_member_add(Store*, const MemberRec*);
/* Change the fields that are non-NULL in pNew (attributes are set/replaced; an
** attribute with zValue NULL is removed). */
int st_member_edit(Store*, const char *zPartnership, const char *zPid, const MemberRec *pNew);
int st_member_remove(Store*, const char *zPartnership, const char *zPid);
int st_member_exists(Store*, const char *zPartnership, const char *zPid);
/* The member's row id, for linking (survey respondents, interview participants). */
int st_member_lookup(Store*, const char *zPartnership, const char *zPid, int64_t *pId);
/* All members (zPartnership NULL: every partnership), ordered by partnership, pid.
** Caller frees with st_member_recs_free(). Attributes included. */
int st_member_all(Store*, const char *zPartnership, MemberRec **paRec, int *pnRec);
void st_member_recs_free(MemberRec *aRec, int nRec);
/* Names of every attribute in use with its type (name,type,members). */
int st_member_attr_list(Store*, Table *pOut);

/* ---- meetings and attendance ---- */
int st_meeting_add(Store*, const char *zPartnership, const char *zDate, const char *zKind,
                   int nDurationMin, const char *zTitle, int64_t *pId);
int st_meeting_remove(Store*, int64_t iMeeting);
int st_meeting_list(Store*, const char *zPartnership, Table *pOut); /* id,partnership,date,kind,duration,title,attended */
/* Record member zPid at meeting iMeeting; *pbNew (may be NULL) is 1 when
** this added the attendance, 0 when it was recorded already. */
int st_attendance_add(Store*, int64_t iMeeting, const char *zPid, int *pbNew);
/* STORE_OK if meeting iMeeting exists, STORE_NOTFOUND ("no meeting N") otherwise. */
int st_meeting_exists(Store*, int64_t iMeeting);
int st_attendance_list(Store*, int64_t iMeeting, Table *pOut);      /* member,stakeholder_group */
/* Meetings in the columns meeting import reads: partnership,date,kind,duration,title,attendees
** (attendees' ids joined by ';'). zPartnership NULL: all. */
int st_meeting_export(Store*, const char *zPartnership, Table *pOut);

typedef struct MeetingRec { char *zPartnership; char *zDate; char *zKind; int nDuration; int64_t id; } MeetingRec;
typedef struct AttendRec { int64_t iMeeting; char *zPartnership; char *zPid; } AttendRec;
/* zPartnership NULL: every partnership's. Meetings come by partnership,
** date; attendance of one partnership by meeting, member id, of the whole
** study in no particular order (attend_sort() of roster/dynamics.h). */
int st_meeting_all(Store*, const char *zPartnership, MeetingRec **paRec, int *pn);
void st_meeting_recs_free(MeetingRec*, int);
/* The records' texts share one block: reorder them freely, but free them
** only with st_attend_recs_free(). */
int st_attendance_all(Store*, const char *zPartnership, AttendRec **paRec, int *pn);
void st_attend_recs_free(AttendRec*, int);
/* The same attendance as pairs (meeting id, member row id), by meeting,
** then member, each handed to xPair as it is read: for a caller that holds
** the members already (a programme's millions of records, never all in
** memory twice). A non-zero return of xPair stops and is returned. */
typedef int (*StPairFn)(void *pArg, int64_t iMeeting, int64_t iMember);
int st_attendance_each(Store*, const char *zPartnership, StPairFn xPair, void *pArg);
/* How many pairs st_attendance_each() hands over (zPartnership NULL: the
** whole study's), so that its caller can size its array once. */
int st_attendance_count(Store*, const char *zPartnership, int *pn);

/* ---- timeline ---- */
typedef struct EventRec {
  int64_t id;
  char *zPartnership, *zDate, *zEndDate, *zKind, *zCategory, *zTitle, *zDetail, *zHowMade, *zCommunicated;
} EventRec;
int st_event_add(Store*, const EventRec*, int64_t *pId);
int st_event_remove(Store*, int64_t id);
/* zPartnership NULL: all. Ordered by partnership, date. Caller frees with st_event_recs_free(). */
int st_event_all(Store*, const char *zPartnership, EventRec **paRec, int *pn);
void st_event_recs_free(EventRec*, int);

#endif

/*
** describe.h: sample characteristics as published tables show them.
** For each attribute, each value seen anywhere and each partnership plus
** "all": the count n, the group size "of", and the whole-number percent
** rounded half up (12.5 -> 13). No SQL here: callers gather the units
** (members, or interviewees) and their values.
*/
#ifndef SYN_DESCRIBE_H
#define SYN_DESCRIBE_H
#include "util/table.h"
#include "store/st_roster.h"

typedef struct DescUnit {
  const char *zPartnership;
  const char **azValue;      /* one per attribute; NULL = missing */
} DescUnit;

/* Long table attribute,value,partnership,n,of,percent. Partnerships appear
** in the order of first appearance in aUnit, then "all". Values are sorted
** (numbers numerically), "(missing)" last when any value is missing. Every
** value appears for every partnership, zeros included. Caller frees. */
Table *describe_build(int nAttr, const char *const *azAttr, const DescUnit *aUnit, int nUnit);

/* The wide layout of a published table: one row per attribute value, one
** column per partnership holding "n (p%)", the header giving each group's n
** ("PCCP (n = 5)", the last "all (n = 11)"). pLong is describe_build()'s
** result. Caller frees. With paN, *paN receives each group's n as a number
** (column j+1's at index j, "all" last; caller frees), for a caller that
** writes its own headings. */
Table *describe_wide(const Table *pLong, int **paN);

/* Whole-number percent of n in of, rounded half up; -1 when of is 0. */
int percent_half_up(int n, int of);

/* The value of attribute zAttr for member r: the built-in fields
** stakeholder_group, organisation, joined, left, partnership, status
** ("current" or "former" on day iAsOf), else a typed attribute. Borrowed
** from r (or a static string); NULL when missing. */
const char *member_value(const MemberRec *r, const char *zAttr, int iAsOf);

/* 1 when attribute zAttr holds a member's contact data (the "email" address
** that `invite` mails): personal data, printed by no command unless names
** are asked for (--names); else 0. */
int member_attr_is_contact(const char *zAttr);

#endif

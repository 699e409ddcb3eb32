/*
** date.h: calendar dates as ISO 8601 "YYYY-MM-DD" text and day numbers.
** A day number counts days from 1970-01-01 (proleptic Gregorian).
*/
#ifndef SYN_DATE_H
#define SYN_DATE_H

/* 1 and *piDay set if z is a real date "YYYY-MM-DD" (no 2023-02-30); else 0. */
int date_parse(const char *z, int *piDay);
/* The same for a use case's input zValue named zWhat (an option or a
** field): 0 with *piDay set, or ERR_USAGE with "zWhat: 'zValue' is not a
** date (YYYY-MM-DD)" in *pErr. */
struct Err;
int date_arg(const char *zWhat, const char *zValue, int *piDay, struct Err *pErr);
/* Writes "YYYY-MM-DD" for day number iDay into zOut (at least 11 bytes). */
void date_format(int iDay, char *zOut);
/* Today's day number (UTC), or $SYNERGIST_TODAY when set (tests, demos). */
int date_today(void);
/* The year of a day number. */
int date_year(int iDay);
/* Day number of Y-M-D; no validation. */
int date_from_ymd(int y, int m, int d);

#endif

/*
 * date.h -- calendar dates as the law uses them ("YYYY-MM-DD", proleptic
 * Gregorian, no time of day).  Valid ISO dates compare correctly as strings;
 * arithmetic goes through day numbers.
 */
#ifndef LX_DATE_H
#define LX_DATE_H

#include <stddef.h>

/* Days since 1970-01-01 of a valid "YYYY-MM-DD" string; returns 0 and sets
** *days on success, -1 when the string is not a real calendar date (wrong
** shape, month 13, 30 February...). */
int date_parse(const char *s, long *days);

/* Write the date of a day number into out (at least 11 bytes). */
void date_format(long days, char *out);

/* s plus n days (n may be negative), into out; -1 if s is invalid. */
int date_add_days(const char *s, long n, char *out);

/* s plus n years, same month and day (29 February -> 28 February in a
** non-leap year), into out; -1 if s is invalid. */
int date_add_years(const char *s, int n, char *out);

/* A date as French legal texts write it: "2003-09-29" -> "29 septembre
** 2003", the first of the month "1er janvier 2014".  A string that is not a
** valid date is copied as it is. */
void date_words_fr(const char *s, char *out, size_t size);

/* Today's date (UTC) into out. */
void date_today(char *out);

#endif

/*
 * date.c -- ISO calendar dates.
 */
#include "date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(long y, int m) {
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return (m == 2 && is_leap(y)) ? 29 : days[m - 1];
}

/* Days from civil date (Howard Hinnant's algorithm). */
static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

static int split_date(const char *s, long *y, int *m, int *d) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return -1;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return -1;
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  if (*y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > month_days(*y, *m)) return -1;
  return 0;
}

int date_parse(const char *s, long *days) {
  long y; int m, d;
  if (split_date(s, &y, &m, &d) != 0) return -1;
  *days = days_from_civil(y, m, d);
  return 0;
}

void date_format(long days, char *out) {
  long y; int m, d;
  civil_from_days(days, &y, &m, &d);
  char tmp[32];   /* roomy: the compiler cannot see that y has 4 digits */
  snprintf(tmp, sizeof tmp, "%04ld-%02d-%02d", y % 10000, m % 100, d % 100);
  memcpy(out, tmp, 10);
  out[10] = '\0';
}

void date_words_fr(const char *s, char *out, size_t size) {
  static const char *const months[] = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                        "septembre", "octobre", "novembre", "décembre" };
  long y; int m, d;
  if (!s || split_date(s, &y, &m, &d) != 0) { snprintf(out, size, "%s", s ? s : ""); return; }
  if (d == 1) snprintf(out, size, "1er %s %ld", months[m - 1], y);
  else snprintf(out, size, "%d %s %ld", d, months[m - 1], y);
}

int date_add_days(const char *s, long n, char *out) {
  long days;
  if (date_parse(s, &days) != 0) return -1;
  date_format(days + n, out);
  return 0;
}

int date_add_years(const char *s, int n, char *out) {
  long y; int m, d;
  if (split_date(s, &y, &m, &d) != 0) return -1;
  y += n;
  if (y < 1 || y > 9999) return -1;
  if (d > month_days(y, m)) d = month_days(y, m);
  char tmp[32];
  snprintf(tmp, sizeof tmp, "%04ld-%02d-%02d", y, m % 100, d % 100);
  memcpy(out, tmp, 10);
  out[10] = '\0';
  return 0;
}

void date_today(char *out) {
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(out, 11, "%Y-%m-%d", &tm);
}

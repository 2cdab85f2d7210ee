/*
 * test_date.c -- unit tests for calendar dates (engine/date.c).
 *
 * Day numbers are days since 1970-01-01; the expected values below were
 * computed independently (e.g. 2000-01-01 is day 10957).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "date.h"

/* s must parse to exactly this day number. */
static void parses_to(const char *s, long want) {
  long days = -123456789;
  if (date_parse(s, &days) != 0) fail_msg("date_parse(\"%s\") refused a valid date", s);
  if (days != want) fail_msg("date_parse(\"%s\") = %ld, want %ld", s, days, want);
}

/* s must be refused, and *days left alone. */
static void refused(const char *s) {
  long days = 4242;
  if (date_parse(s, &days) == 0) fail_msg("date_parse(\"%s\") accepted an invalid date (%ld)", s, days);
  assert_int_equal(days, 4242);
}

static void adds_days(const char *s, long n, const char *want) {
  char out[11] = "";
  if (date_add_days(s, n, out) != 0) fail_msg("date_add_days(\"%s\", %ld) failed", s, n);
  assert_string_equal(out, want);
}

static void adds_years(const char *s, int n, const char *want) {
  char out[11] = "";
  if (date_add_years(s, n, out) != 0) fail_msg("date_add_years(\"%s\", %d) failed", s, n);
  assert_string_equal(out, want);
}

/*
** date_parse
*/

static void test_parse_known_day_numbers(void **state) {
  (void)state;
  parses_to("1970-01-01", 0);
  parses_to("1970-01-02", 1);
  parses_to("1969-12-31", -1);
  parses_to("2000-01-01", 10957);
  parses_to("2003-09-29", 12324);
  parses_to("2024-01-01", 19723);
  parses_to("1900-01-01", -25567);
  parses_to("0001-01-01", -719162);
  parses_to("9999-12-31", 2932896);
}

static void test_parse_leap_years(void **state) {
  (void)state;
  /* 2000: divisible by 400, a leap year */
  parses_to("2000-02-29", 11016);
  parses_to("2000-03-01", 11017);
  /* 2024: divisible by 4, a leap year */
  parses_to("2024-02-29", 19782);
  parses_to("2024-03-01", 19783);
  parses_to("1600-02-29", -135081);
  /* 1900: divisible by 100 but not 400, not a leap year */
  refused("1900-02-29");
  parses_to("1900-02-28", -25509);
  parses_to("1900-03-01", -25508);
  /* ordinary non-leap years */
  refused("2023-02-29");
  refused("2100-02-29");
  refused("2024-02-30");
}

static void test_parse_days_per_month(void **state) {
  static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  char s[11];
  long prev = 0, d;
  (void)state;
  for (int m = 1; m <= 12; m++) {
    snprintf(s, sizeof s, "2024-%02d-%02d", m, days[m - 1]);
    assert_int_equal(date_parse(s, &d), 0);
    if (m > 1) assert_true(d > prev);
    prev = d;
    snprintf(s, sizeof s, "2024-%02d-%02d", m, days[m - 1] + 1);
    refused(s);
    snprintf(s, sizeof s, "2024-%02d-00", m);
    refused(s);
  }
}

static void test_parse_invalid_shapes(void **state) {
  (void)state;
  refused("");
  refused("yesterday");
  refused("2024-1-01");
  refused("2024-01-1");
  refused("24-01-01");
  refused("2024/01/01");
  refused("2024.01.01");
  refused("20240101");
  refused("2024-01-01 ");
  refused(" 2024-01-01");
  refused("2024-01-01T00:00");
  refused("2024-0a-01");
  refused("2024-01-0x");
  refused("2O24-01-01");    /* letter O */
  refused("+024-01-01");
  refused("-024-01-01");
  refused("2024--1-01");
  refused(NULL);
}

static void test_parse_invalid_values(void **state) {
  (void)state;
  refused("2024-00-10");
  refused("2024-13-01");
  refused("2024-99-01");
  refused("2024-01-00");
  refused("2024-01-32");
  refused("2024-04-31");
  refused("2024-06-31");
  refused("2024-09-31");
  refused("2024-11-31");
  refused("0000-01-01");    /* there is no year 0 in these dates */
}

/*
** date_add_days
*/

static void test_add_days_within_and_across_months(void **state) {
  (void)state;
  adds_days("2024-01-15", 0, "2024-01-15");
  adds_days("2024-01-15", 10, "2024-01-25");
  adds_days("2024-01-31", 1, "2024-02-01");
  adds_days("2024-04-30", 1, "2024-05-01");
  adds_days("2004-06-01", 30, "2004-07-01");    /* UNTOC art. 38(2) */
  adds_days("2004-01-31", 30, "2004-03-01");    /* through a 29-day February */
}

static void test_add_days_across_years(void **state) {
  (void)state;
  adds_days("2023-12-31", 1, "2024-01-01");
  adds_days("2024-01-01", 366, "2025-01-01");   /* 2024 has 366 days */
  adds_days("2023-01-01", 365, "2024-01-01");
  adds_days("1999-12-31", 1, "2000-01-01");
  adds_days("2000-01-01", 36525, "2100-01-01");
}

static void test_add_days_leap_days(void **state) {
  (void)state;
  adds_days("2024-02-28", 1, "2024-02-29");
  adds_days("2024-02-29", 1, "2024-03-01");
  adds_days("2023-02-28", 1, "2023-03-01");
  adds_days("1900-02-28", 1, "1900-03-01");
  adds_days("2000-02-28", 1, "2000-02-29");
}

static void test_add_days_negative(void **state) {
  (void)state;
  adds_days("2024-03-01", -1, "2024-02-29");
  adds_days("2023-03-01", -1, "2023-02-28");
  adds_days("2024-01-01", -1, "2023-12-31");
  adds_days("1970-01-01", -1, "1969-12-31");
  adds_days("2025-01-01", -366, "2024-01-01");
  adds_days("2004-07-01", -30, "2004-06-01");
}

static void test_add_days_invalid_input(void **state) {
  char out[11] = "unchanged";
  (void)state;
  assert_int_equal(date_add_days("2024-02-30", 1, out), -1);
  assert_int_equal(date_add_days("yesterday", 1, out), -1);
  assert_int_equal(date_add_days("2024-1-01", 1, out), -1);
  assert_string_equal(out, "unchanged");
}

/*
** date_add_years
*/

static void test_add_years_ordinary(void **state) {
  (void)state;
  adds_years("2023-06-15", 1, "2024-06-15");
  adds_years("2023-06-15", -1, "2022-06-15");
  adds_years("2023-06-15", 0, "2023-06-15");
  adds_years("2023-12-31", 1, "2024-12-31");
  adds_years("2023-01-01", 100, "2123-01-01");
}

static void test_add_years_from_29_february(void **state) {
  (void)state;
  adds_years("2024-02-29", 1, "2025-02-28");    /* non-leap: 28 February */
  adds_years("2024-02-29", -1, "2023-02-28");
  adds_years("2024-02-29", 4, "2028-02-29");    /* leap again: kept */
  adds_years("2024-02-29", -4, "2020-02-29");
  adds_years("2000-02-29", 100, "2100-02-28");  /* 2100 is not leap */
  adds_years("2000-02-29", 400, "2400-02-29");
  adds_years("2000-02-29", -100, "1900-02-28");
  adds_years("2023-02-28", 1, "2024-02-28");    /* 28 Feb stays 28 Feb */
}

static void test_add_years_invalid(void **state) {
  char out[11] = "unchanged";
  (void)state;
  assert_int_equal(date_add_years("2023-02-29", 1, out), -1);
  assert_int_equal(date_add_years("2024-13-01", 1, out), -1);
  assert_int_equal(date_add_years("tomorrow", 1, out), -1);
  assert_int_equal(date_add_years("9999-01-01", 1, out), -1);   /* beyond 9999 */
  assert_int_equal(date_add_years("0001-01-01", -1, out), -1);  /* before year 1 */
  assert_string_equal(out, "unchanged");
}

/*
** date_format
*/

static void test_format_known_days(void **state) {
  char out[11];
  (void)state;
  date_format(0, out);
  assert_string_equal(out, "1970-01-01");
  date_format(-1, out);
  assert_string_equal(out, "1969-12-31");
  date_format(11016, out);
  assert_string_equal(out, "2000-02-29");
  date_format(19782, out);
  assert_string_equal(out, "2024-02-29");
  date_format(-719162, out);
  assert_string_equal(out, "0001-01-01");
  date_format(2932896, out);
  assert_string_equal(out, "9999-12-31");
}

static void test_format_writes_exactly_11_bytes(void **state) {
  char out[16];
  (void)state;
  memset(out, 'Z', sizeof out);
  date_format(19723, out);
  assert_memory_equal(out, "2024-01-01", 11);
  for (size_t i = 11; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
}

/* Every day from 1899 to 2101: format then parse gives the same day, the
** string is well formed, and consecutive days format in increasing order. */
static void test_round_trip(void **state) {
  long first, last;
  char prev[11] = "", out[11];
  (void)state;
  assert_int_equal(date_parse("1899-01-01", &first), 0);
  assert_int_equal(date_parse("2101-12-31", &last), 0);
  assert_int_equal(last - first + 1, 203 * 365 + 49);   /* 49 leap days (1900, 2100 not) */
  for (long d = first; d <= last; d++) {
    long back = 0;
    date_format(d, out);
    assert_int_equal(strlen(out), 10);
    if (date_parse(out, &back) != 0) fail_msg("date_format(%ld) = \"%s\" does not parse", d, out);
    if (back != d) fail_msg("round trip %ld -> %s -> %ld", d, out, back);
    if (prev[0]) assert_true(strcmp(prev, out) < 0);
    memcpy(prev, out, sizeof prev);
  }
}

/* Parse then format gives back the same string, far from 1970 too. */
static void test_round_trip_strings(void **state) {
  static const char *const dates[] = {
    "0001-01-01", "0400-02-29", "1000-12-31", "1582-10-15", "1899-12-31",
    "2000-02-29", "2024-02-29", "2038-01-19", "2099-12-31", "9999-12-31",
  };
  (void)state;
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
    long d;
    char out[11];
    assert_int_equal(date_parse(dates[i], &d), 0);
    date_format(d, out);
    assert_string_equal(out, dates[i]);
  }
}

static void test_today_is_a_date(void **state) {
  char out[11];
  long d, min;
  (void)state;
  date_today(out);
  assert_int_equal(date_parse(out, &d), 0);
  assert_int_equal(date_parse("2024-01-01", &min), 0);
  assert_true(d >= min);
}

/* French legal style for the French reports. */
static void test_words_fr(void **state) {
  (void)state;
  char buf[64];
  date_words_fr("2003-09-29", buf, sizeof buf);
  assert_string_equal(buf, "29 septembre 2003");
  date_words_fr("2014-01-01", buf, sizeof buf);
  assert_string_equal(buf, "1er janvier 2014");
  date_words_fr("2020-08-15", buf, sizeof buf);
  assert_string_equal(buf, "15 août 2020");
  date_words_fr("2024-02-30", buf, sizeof buf);           /* not a date: as it is */
  assert_string_equal(buf, "2024-02-30");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_words_fr),
    cmocka_unit_test(test_parse_known_day_numbers),
      cmocka_unit_test(test_parse_leap_years),
      cmocka_unit_test(test_parse_days_per_month),
      cmocka_unit_test(test_parse_invalid_shapes),
      cmocka_unit_test(test_parse_invalid_values),
      cmocka_unit_test(test_add_days_within_and_across_months),
      cmocka_unit_test(test_add_days_across_years),
      cmocka_unit_test(test_add_days_leap_days),
      cmocka_unit_test(test_add_days_negative),
      cmocka_unit_test(test_add_days_invalid_input),
      cmocka_unit_test(test_add_years_ordinary),
      cmocka_unit_test(test_add_years_from_29_february),
      cmocka_unit_test(test_add_years_invalid),
      cmocka_unit_test(test_format_known_days),
      cmocka_unit_test(test_format_writes_exactly_11_bytes),
      cmocka_unit_test(test_round_trip),
      cmocka_unit_test(test_round_trip_strings),
      cmocka_unit_test(test_today_is_a_date),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

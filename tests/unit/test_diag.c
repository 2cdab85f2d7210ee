/*
 * test_diag.c -- messages shown to a person: untrusted strings cleaned and
 * shortened at the one place messages are formatted (engine/diag.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static int call_vformat(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int cut = diag_vformat(buf, size, fmt, ap);
  va_end(ap);
  return cut;
}

static const char *clean(const char *s, size_t max) {
  static char out[4096];
  return diag_clean(s, SIZE_MAX, max, out, sizeof out);
}

/* No byte a terminal acts upon survives: C0, DEL, C1 (raw and encoded). */
static int terminal_safe(const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p < 0x20 || *p == 0x7f) return 0;
    if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) return 0;
    if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xa8 && p[2] <= 0xae) return 0;   /* U+2028..U+202E */
    if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9) return 0;   /* U+2066..U+2069 */
  }
  return 1;
}

static void test_clean_escapes(void **state) {
  (void)state;
  assert_string_equal(clean("plain text, café", 100), "plain text, café");
  assert_string_equal(clean("a\033[2Jb", 100), "a\\x1b[2Jb");
  assert_string_equal(clean("title\033]0;pwned\007", 100), "title\\x1b]0;pwned\\x07");
  assert_string_equal(clean("line\nbreak\r\ttab\x7f", 100), "line\\x0abreak\\x0d\\x09tab\\x7f");
  assert_string_equal(clean("c1 \xc2\x9b csi", 100), "c1 \\u009b csi");                 /* U+009B, encoded */
  assert_string_equal(clean("raw \x9b csi", 100), "raw \\x9b csi");                      /* 8-bit CSI, not UTF-8 */
  assert_string_equal(clean("rlo \xe2\x80\xae txt", 100), "rlo \\u202e txt");            /* right-to-left override */
  assert_string_equal(clean("iso \xe2\x81\xa6 x", 100), "iso \\u2066 x");                /* left-to-right isolate */
  assert_string_equal(clean("overlong \xc0\xaf", 100), "overlong \\xc0\\xaf");
  assert_string_equal(clean("cut \xe2\x80", 100), "cut \\xe2\\x80");
  assert_true(terminal_safe(clean("\033\x9b\xc2\x85\xe2\x80\xa8\xe2\x81\xa9\x01", 100)));
}

/* Cleaning what was cleaned changes nothing (messages are built of parts). */
static void test_clean_idempotent(void **state) {
  (void)state;
  char once[512], twice[512];
  diag_clean("k\033[1m\xe2\x80\xae\x80", SIZE_MAX, 500, once, sizeof once);
  diag_clean(once, SIZE_MAX, 500, twice, sizeof twice);
  assert_string_equal(once, twice);
}

/* A long string keeps its start and its end; whole characters only. */
static void test_clean_shortens_in_the_middle(void **state) {
  (void)state;
  char *big = malloc(120001);
  assert_non_null(big);
  memset(big, 'a', 120000);
  memcpy(big, "/start", 6);
  memcpy(big + 120000 - 8, "end.lua", 7);
  big[120000 - 1] = 'x';
  big[120000] = '\0';
  const char *c = clean(big, 100);
  assert_true(strlen(c) <= 100);
  assert_true(strncmp(c, "/start", 6) == 0);
  assert_non_null(strstr(c, "..."));
  assert_non_null(strstr(c, "end.luax"));
  memset(big, 0, 120001);
  for (int i = 0; i < 1000; i++) memcpy(big + 3 * i, "\xc3\xa9\033", 3);       /* é then ESC */
  c = clean(big, 60);
  assert_true(strlen(c) <= 60);
  assert_true(terminal_safe(c));
  for (const char *p = c; (p = strchr(p, '\\')); p++)                             /* no half escape */
    assert_int_equal(strncmp(p, "\\x1b", 4), 0);
  for (const char *p = c; *p; p++)                                                  /* no half character */
    if ((unsigned char)*p == 0xc3) assert_int_equal((unsigned char)p[1], 0xa9);
  free(big);
}

/* Printable ASCII within the room shows as itself, whole (diag_clean's
** short path); longer, it is shortened in the middle; any other byte at any
** place is escaped; n bytes at most are read. */
static void test_clean_plain_ascii(void **state) {
  (void)state;
  char text[41], out[64], want[64];
  for (size_t len = 0; len <= 40; len++) {
    for (size_t i = 0; i < len; i++) text[i] = (char)(0x20 + (i * 7 + len) % 95);
    text[len] = '\0';
    diag_clean(text, SIZE_MAX, 20, out, sizeof out);
    if (len <= 20) assert_string_equal(out, text);
    else {
      assert_true(strlen(out) <= 20);
      assert_non_null(strstr(out, "..."));
      assert_int_equal(strncmp(out, text, 8), 0);
    }
    diag_clean(text, len / 2, 20, out, sizeof out);      /* n bytes at most */
    assert_int_equal(strlen(out), len / 2);
    assert_int_equal(strncmp(out, text, len / 2), 0);
    for (size_t at = 0; at < len && len <= 16; at++) {   /* one byte to escape, anywhere */
      static const unsigned char odd[] = { 0x01, 0x1b, 0x1f, 0x7f, 0x80, 0xff };
      for (size_t k = 0; k < sizeof odd; k++) {
        char bad[41];
        memcpy(bad, text, len + 1);
        bad[at] = (char)odd[k];
        diag_clean(bad, SIZE_MAX, 60, out, sizeof out);
        snprintf(want, sizeof want, "%.*s\\x%02x%s", (int)at, text, odd[k], text + at + 1);
        assert_string_equal(out, want);
      }
    }
  }
}

static void test_vformat(void **state) {
  (void)state;
  char buf[2048];
  diag_sformat(buf, sizeof buf, "%s:%d: %s (%zu, %lld, %u, %5.1f, %c%%)", "f\033.lua", 12, "why",
               (size_t)3, -4LL, 5u, 2.25, 'x');
  assert_string_equal(buf, "f\\x1b.lua:12: why (3, -4, 5,   2.2, x%)");
  diag_sformat(buf, sizeof buf, "[%-6s|%6s]", "ab", "cd");
  assert_string_equal(buf, "[ab    |    cd]");
  diag_sformat(buf, sizeof buf, "%.*s|%.3s", 4, "abcdefgh", "x\033yz");              /* bytes of input */
  assert_string_equal(buf, "abcd|x\\x1by");
  /* an argument of 120 KB leaves the reason of the message whole */
  char *big = malloc(120001);
  assert_non_null(big);
  memset(big, 'p', 120000);
  big[120000] = '\0';
  diag_sformat(buf, sizeof buf, "cannot open %s: %s", big, "File name too long");
  assert_true(strlen(buf) < DIAG_ARG_MAX + 64);
  assert_non_null(strstr(buf, ": File name too long"));
  free(big);
}

/* The conversions written without snprintf ("%d", "%s", "%Ns", "%-Ns")
** give what snprintf gives, for every width and length around each other
** and the extreme integers. */
static void test_vformat_as_snprintf(void **state) {
  (void)state;
  char got[256], want[256], text[41], spec[16];
  static const int ints[] = { 0, 1, -1, 9, 10, -10, 12345, INT_MAX, INT_MIN, INT_MIN + 1 };
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
    diag_sformat(got, sizeof got, "<%d|%i>", ints[i], ints[i]);
    snprintf(want, sizeof want, "<%d|%i>", ints[i], ints[i]);
    assert_string_equal(got, want);
  }
  for (size_t len = 0; len <= 40; len++) {
    for (size_t i = 0; i < len; i++) text[i] = (char)('a' + (i + len) % 26);
    text[len] = '\0';
    for (int width = 1; width <= 40; width++) {
      for (int left = 0; left <= 1; left++) {
        snprintf(spec, sizeof spec, "[%%%s%ds]", left ? "-" : "", width);
        diag_sformat(got, sizeof got, spec, text);
        snprintf(want, sizeof want, spec, text);
        assert_string_equal(got, want);
      }
    }
    diag_sformat(got, sizeof got, "[%s]", text);
    snprintf(want, sizeof want, "[%s]", text);
    assert_string_equal(got, want);
  }
}

/* diag_printf prints a long text given as "%.*s" whole, cleaned; a plain
** "%s" stays short.  diag_vformat says when it had to cut. */
static void test_printf_long_text(void **state) {
  (void)state;
  size_t n = 100000;
  char *text = malloc(n + 1), *out = NULL;
  size_t outlen = 0;
  assert_non_null(text);
  memset(text, 'w', n);
  text[n / 2] = '\033';
  text[n] = '\0';
  FILE *f = open_memstream(&out, &outlen);
  assert_non_null(f);
  assert_int_equal(diag_printf(f, "<%.*s>", (int)n, text), 0);
  assert_int_equal(diag_printf(f, "[%s]", text), 0);
  assert_int_equal(fclose(f), 0);
  assert_int_equal(strchr(out, '>') - out, (long)(n + 4));               /* every byte, ESC as \x1b */
  assert_non_null(strstr(out, "w\\x1bw"));
  assert_true(strlen(strchr(out, '[')) <= DIAG_ARG_MAX + 2);
  free(out);
  char small[16];
  assert_int_equal(call_vformat(small, sizeof small, "%s", "short"), 0);
  assert_int_equal(call_vformat(small, sizeof small, "%s", "far too long for sixteen bytes"), 1);
  assert_string_equal(small, "far too long fo");
  free(text);
}

/* diag_add and diag_format: the file, the key and the message are cleaned,
** and a long file name does not push the message out. */
static void test_diag_list(void **state) {
  (void)state;
  diag_list d;
  diag_init(&d);
  char *big = malloc(120001);
  assert_non_null(big);
  memset(big, 'q', 120000);
  big[120000] = '\0';
  diag_add(&d, "p\033[31m.lua", 3, "offences.\xe2\x80\xaex", "unknown key '%s'", "k\007");
  diag_add(&d, big, 0, NULL, "cannot open: %s", "File name too long");
  assert_int_equal(d.n, 2);
  char line[4096];
  diag_format(&d.items[0], line, sizeof line);
  assert_string_equal(line, "p\\x1b[31m.lua:3: offences.\\u202ex: unknown key 'k\\x07'");
  diag_format(&d.items[1], line, sizeof line);
  assert_true(strlen(line) < DIAG_ARG_MAX + 64);
  assert_non_null(strstr(line, ": cannot open: File name too long"));
  diag_free(&d);
  free(big);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_clean_escapes),
    cmocka_unit_test(test_clean_idempotent),
    cmocka_unit_test(test_clean_shortens_in_the_middle),
    cmocka_unit_test(test_clean_plain_ascii),
    cmocka_unit_test(test_vformat),
    cmocka_unit_test(test_vformat_as_snprintf),
    cmocka_unit_test(test_printf_long_text),
    cmocka_unit_test(test_diag_list),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

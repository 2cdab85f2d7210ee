/*
 * test_infile.c -- reading an input file whole (engine/infile.c).
 *
 * infile_read reads a regular file as far as the size it states when it is
 * opened (no read more to meet its end), and a file that states no size
 * (kernel files) until its end; infile_same compares a file with bytes as
 * it reads it.  Each case compares with the bytes written, at sizes around
 * the first buffer (4096), infile_same's pieces (32 KiB) and a larger one.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "infile.h"

/* A file of n bytes (a pattern that holds NULs) in a fresh folder; its path. */
static char *write_file(char *dir, size_t n) {
  static char path[512];
  snprintf(path, sizeof path, "%s/f", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  for (size_t i = 0; i < n; i++) fputc((int)((i * 7 + 3) % 256), f);
  assert_int_equal(fclose(f), 0);
  return path;
}

static void test_regular_files_read_whole(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-infile-XXXXXX";
  assert_non_null(mkdtemp(dir));
  static const size_t sizes[] = { 0, 1, 15, 4095, 4096, 4097, 8191, 100000 };
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    const char *path = write_file(dir, sizes[k]);
    char why[256] = "";
    size_t len = 12345;
    char *buf = infile_read(path, 1u << 20, &len, why, sizeof why);
    assert_non_null(buf);
    assert_int_equal(len, sizes[k]);
    assert_int_equal(buf[len], '\0');
    for (size_t i = 0; i < len; i++)
      if ((unsigned char)buf[i] != (unsigned char)((i * 7 + 3) % 256)) fail_msg("byte %zu of %zu differs", i, len);
    free(buf);
    /* the limit: the same file refused one byte under its size */
    if (sizes[k] > 0) {
      len = 12345;
      assert_null(infile_read(path, sizes[k] - 1, &len, why, sizeof why));
      assert_int_equal(len, 0);
      assert_non_null(strstr(why, "file too large"));
    }
    unlink(path);
  }
  rmdir(dir);
}

/* A kernel file states a size of 0 and holds text: read to its end. */
static void test_file_without_size_read_to_end(void **state) {
  (void)state;
  struct stat st;
  if (stat("/proc/self/status", &st) != 0 || st.st_size != 0) skip();
  char why[256] = "";
  size_t len = 0;
  char *buf = infile_read("/proc/self/status", 1u << 20, &len, why, sizeof why);
  assert_non_null(buf);
  assert_true(len > 0);
  assert_int_equal(strlen(buf), len);
  assert_non_null(strstr(buf, "Name:"));
  assert_non_null(strstr(buf, "VmPeak:"));            /* well past the first lines */
  assert_int_equal(buf[len - 1], '\n');
  free(buf);
  /* and the limit still holds while reading it */
  len = 12345;
  assert_null(infile_read("/proc/self/status", 16, &len, why, sizeof why));
  assert_non_null(strstr(why, "file too large"));
}

static void test_not_regular_refused(void **state) {
  (void)state;
  char why[256] = "";
  size_t len = 1;
  assert_null(infile_read("/tmp", 1u << 20, &len, why, sizeof why));
  assert_string_equal(why, "not a regular file (a directory); refused");
  assert_null(infile_read("/no/such/file", 1u << 20, &len, why, sizeof why));
  assert_non_null(strstr(why, "cannot open: "));
}

/* infile_same: the same bytes, at sizes around its pieces (32 KiB); any
** byte changed, a byte fewer or more, something not a regular file, a
** missing file: not the same. */
static void test_same_compares_every_byte(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-infile-XXXXXX";
  assert_non_null(mkdtemp(dir));
  static const size_t sizes[] = { 0, 1, 4096, 32767, 32768, 32769, 100000 };
  static char expect[100001];
  for (size_t i = 0; i < sizeof expect; i++) expect[i] = (char)((i * 7 + 3) % 256);
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    size_t n = sizes[k];
    const char *path = write_file(dir, n);
    assert_true(infile_same(path, expect, n));
    if (n > 0) assert_false(infile_same(path, expect, n - 1));          /* the file has a byte more */
    assert_false(infile_same(path, expect, n + 1));                     /* a byte fewer */
    size_t at[] = { 0, n / 2, 32767, 32768, n - 1 };
    for (size_t j = 0; n > 0 && j < sizeof at / sizeof *at; j++) {
      if (at[j] >= n) continue;
      expect[at[j]] ^= 0x20;
      if (infile_same(path, expect, n)) fail_msg("size %zu: byte %zu changed, still the same", n, at[j]);
      expect[at[j]] ^= 0x20;
    }
    unlink(path);
  }
  assert_false(infile_same(dir, "", 0));                                /* a directory */
  char fifo[600];
  snprintf(fifo, sizeof fifo, "%s/fifo", dir);
  if (mkfifo(fifo, 0600) == 0) {
    assert_false(infile_same(fifo, "", 0));                             /* refused, not waited on */
    unlink(fifo);
  }
  assert_false(infile_same("/no/such/file", "", 0));
  assert_false(infile_same(NULL, "", 0));
  rmdir(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_regular_files_read_whole),
    cmocka_unit_test(test_file_without_size_read_to_end),
    cmocka_unit_test(test_not_regular_refused),
    cmocka_unit_test(test_same_compares_every_byte),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * infile.c -- reading an input file whole, safely (see infile.h).
 */
#include "infile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What kind of thing a non-regular file is, for the message. */
static const char *file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a file";
}

char *infile_read(const char *path, size_t max, size_t *len, char *why, size_t why_size) {
  *len = 0;
  if (!path) { snprintf(why, why_size, "cannot open: no file name"); return NULL; }
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) { snprintf(why, why_size, "cannot open: %s", strerror(errno)); return NULL; }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    snprintf(why, why_size, "cannot open: %s", strerror(errno));
    close(fd);
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(why, why_size, "not a regular file (%s); refused", file_kind(st.st_mode));
    close(fd);
    return NULL;
  }
  if ((unsigned long long)st.st_size > max) {
    snprintf(why, why_size, "file too large (the limit is %zu bytes)", max);
    close(fd);
    return NULL;
  }
  /* Read up to one byte past the limit, whatever the size said; a file that
  ** states a size is read as far as that size (the bytes it held when it was
  ** opened, without one more read to meet its end), one that states none (0:
  ** some kernel files) until its end. */
  size_t size = (size_t)st.st_size, cap = size + 1, n = 0;
  if (cap < 4096) cap = 4096;
  if (cap > max + 1) cap = max + 1;
  char *buf = malloc(cap + 1);
  const char *fail = NULL;
  int saved = 0;
  while (buf && !fail) {
    if (n == cap) {
      if (cap > max) { fail = "too large"; break; }
      size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
      char *nb = realloc(buf, ncap + 1);
      if (!nb) { free(buf); buf = NULL; break; }
      buf = nb;
      cap = ncap;
    }
    ssize_t got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) { saved = errno; fail = "read"; break; }
    if (got == 0) break;
    n += (size_t)got;
    if (n == size) break;
  }
  close(fd);
  if (!buf) { snprintf(why, why_size, "out of memory"); return NULL; }
  if (!fail && n > max) fail = "too large";
  if (fail) {
    if (strcmp(fail, "read") == 0) snprintf(why, why_size, "cannot read: %s", strerror(saved));
    else snprintf(why, why_size, "file too large (the limit is %zu bytes)", max);
    free(buf);
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

int infile_same(const char *path, const char *bytes, size_t len) {
  static char piece[32 << 10];
  if (!path) return 0;
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return 0;
  struct stat st;
  int same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size == len;
  size_t n = 0;
  while (same && n < len) {
    size_t want = len - n < sizeof piece ? len - n : sizeof piece;
    ssize_t got = read(fd, piece, want);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) { same = 0; break; }             /* an error, or shorter than it stated */
    same = memcmp(piece, bytes + n, (size_t)got) == 0;
    n += (size_t)got;
  }
  close(fd);
  return same;
}

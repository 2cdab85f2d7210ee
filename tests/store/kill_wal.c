/*
 * kill_wal.c -- a process killed in the middle of writing its SQLite
 * write-ahead log, at a write chosen by number (an LD_PRELOAD library for
 * tests/e2e/suites/store-checks.sh).
 *
 * SQLite writes a database's log (FILE-wal) through pwrite64 and finds
 * pwrite64 by the dynamic linker, so a preloaded definition is the one it
 * calls.  With LEXGAP_KILL_AT_WAL_WRITE=N, the Nth pwrite64 of the process
 * to a file whose name ends in "-wal" writes the first half of its bytes (a
 * torn write) and the process then kills itself with SIGKILL, as kill -9 or
 * a power cut would stop it there: no handler runs, nothing is flushed.
 * Every other write, and every write when the variable is unset, is the
 * C library's.  Writes to other files are never counted.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t offset);

/* 1 when fd is open on a file whose name ends in "-wal". */
static int is_wal(int fd) {
  char link[64], name[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t len = readlink(link, name, sizeof name - 1);
  if (len < 4) return 0;
  name[len] = '\0';
  return strcmp(name + len - 4, "-wal") == 0;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t offset) {
  static ssize_t (*real)(int, const void *, size_t, off_t);
  static long count;
  if (!real) {
    void *sym = dlsym(RTLD_NEXT, "pwrite64");
    memcpy(&real, &sym, sizeof real);
  }
  const char *at = getenv("LEXGAP_KILL_AT_WAL_WRITE");
  if (at && *at && is_wal(fd) && ++count == strtol(at, NULL, 10)) {
    if (n / 2) real(fd, buf, n / 2, offset);
    kill(getpid(), SIGKILL);
  }
  return real(fd, buf, n, offset);
}

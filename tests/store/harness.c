/*
 * harness.c -- the store under crashes and concurrent writers, against real
 * SQLite files (run by `make check`, see the Makefile).
 *
 *   store_harness ROOT crash DB ITERATIONS SECONDS
 *     (DB gets the harness's process id appended.)  A child saves the three bundled profiles again and again (three runs
 *     per transaction) and is killed with SIGKILL at a random moment, up to
 *     ITERATIONS times or SECONDS seconds.  After each kill the database
 *     must pass PRAGMA integrity_check and foreign_key_check, and hold
 *     exactly the committed runs: every run the child reported committed,
 *     and of the save it was in the middle of, all three runs or none; each
 *     run identical, row for row, to a reference save.
 *
 *   store_harness ROOT concurrent DB WRITERS SAVES
 *     WRITERS processes start at once on a database that does not exist yet
 *     and save SAVES times each: with the default busy timeout every save
 *     succeeds; then again with a 1 ms timeout, where a save either
 *     succeeds or fails with a clear "database is busy" error.  The file is
 *     then checked as above.
 *
 * Prints what it did and exits 0 when every check passed.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "cli.h"
#include "evaluate.h"
#include "store.h"

#define NPROFILES 3
static const char *const profile_names[NPROFILES] = { "france", "arcadia", "borduria" };

static lx_sandbox *sb;
static lx_ruleset rs;
static lx_profile profiles[NPROFILES];
static lx_assessment as[NPROFILES];
static char *srcs[NPROFILES];
static size_t lens[NPROFILES];
static store_item items[NPROFILES];

static int failures;

#define CHECK(cond, ...) do { if (!(cond)) { failures++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                                             fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The rules are copied first: the rule-set hash is taken from the files at
** each save, and nobody must change them under the test. */
static char rules_copy[] = "/tmp/lexgap-harness-XXXXXX";

static int setup(const char *root) {
  char dir[4096], cmd[8400];
  if (!mkdtemp(rules_copy)) { rules_copy[0] = '\0'; return -1; }
  snprintf(cmd, sizeof cmd, "cp -R '%s/rules' '%s/'", root, rules_copy);
  if (system(cmd) != 0) return -1;
  snprintf(dir, sizeof dir, "%s/rules", rules_copy);
  options o;
  memset(&o, 0, sizeof o);
  o.rules_dir = dir;
  int problems = 0;
  if (cli_load_rules(&o, &sb, &rs, &problems) != 0) return -1;
  for (int i = 0; i < NPROFILES; i++) {
    char path[4200];
    diag_list d;
    diag_init(&d);
    snprintf(path, sizeof path, "%s/profiles/%s.lua", root, profile_names[i]);
    int rc = profile_load_keeping(&profiles[i], path, rs.schema, &srcs[i], &lens[i], &d);
    diag_print(&d, stderr);
    diag_free(&d);
    if (rc != 0 || evaluate(&as[i], sb, &rs, &profiles[i], "2026-01-01", 0) != 0) return -1;
    items[i].a = &as[i];
    items[i].profile_src = srcs[i];
    items[i].profile_len = lens[i];
  }
  return 0;
}

static void teardown(void) {
  for (int i = 0; i < NPROFILES; i++) { assessment_free(&as[i]); profile_free(&profiles[i]); free(srcs[i]); }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  if (rules_copy[0] == '/' && strcmp(rules_copy + strlen(rules_copy) - 6, "XXXXXX") != 0) {
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", rules_copy);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", rules_copy);
  }
}

static void remove_db(const char *db) {
  char p[4200];
  unlink(db);
  snprintf(p, sizeof p, "%s-wal", db); unlink(p);
  snprintf(p, sizeof p, "%s-shm", db); unlink(p);
}

/* ---- checking a database file ----------------------------------------- */

/* A connection of the harness's own to the store's file at path, made under
** the name the store hands SQLite (store_sqlite_name), so that it is the
** file the store wrote whatever path is ("file:x.db" is no URI). */
static int open_file(const char *path, sqlite3 **db, int flags) {
  char name[4300];
  *db = NULL;
  if (store_sqlite_name(path, name, sizeof name) != 0) return SQLITE_CANTOPEN;
  return sqlite3_open_v2(name, db, flags, NULL);
}

/* FNV-1a over every column of the rows of one run (the run id and the save
** time left out): two runs of the same input have the same digest. */
static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *c = p;
  for (size_t i = 0; i < n; i++) { h ^= c[i]; h *= 0x100000001b3ULL; }
  return h;
}

static uint64_t run_digest(sqlite3 *db, long long run) {
  static const char *const queries[] = {
    "SELECT r.as_of, r.engine, r.profile_file, r.state_code, r.state_name, r.state_name_fr, r.describes,"
    " r.prospective, p.hash, length(p.content), s.hash, s.dir, s.nrules FROM run r JOIN profile p ON p.id = r.profile_id"
    " JOIN ruleset s ON s.id = r.ruleset_id WHERE r.id = ?1",
    "SELECT * FROM binding WHERE run_id = ?1 ORDER BY seq",
    "SELECT * FROM finding WHERE run_id = ?1 ORDER BY seq",
    "SELECT * FROM finding_missing WHERE run_id = ?1 ORDER BY seq, pos",
    "SELECT * FROM finding_question WHERE run_id = ?1 ORDER BY seq, pos",
    "SELECT * FROM finding_evidence WHERE run_id = ?1 ORDER BY seq, pos",
    "SELECT * FROM rating WHERE run_id = ?1 ORDER BY pos",
  };
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, queries[q], -1, &s, NULL) != SQLITE_OK) return 0;
    sqlite3_bind_int64(s, 1, run);
    int rows = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
      rows++;
      for (int c = 0; c < sqlite3_column_count(s); c++) {
        if (strcmp(sqlite3_column_name(s, c), "run_id") == 0) continue;
        const unsigned char *v = sqlite3_column_text(s, c);
        h = fnv(h, v ? (const char *)v : "\x01NULL", v ? (size_t)sqlite3_column_bytes(s, c) : 5);
        h = fnv(h, "\x1f", 1);
      }
      h = fnv(h, "\x1e", 1);
    }
    sqlite3_finalize(s);
    h = fnv(h, &rows, sizeof rows);
  }
  return h;
}

/* The reference digest of each profile's run. */
static uint64_t ref_digest[NPROFILES];

static int state_index(sqlite3 *db, long long run) {
  sqlite3_stmt *s = NULL;
  int idx = -1;
  if (sqlite3_prepare_v2(db, "SELECT profile_file FROM run WHERE id = ?1", -1, &s, NULL) == SQLITE_OK) {
    sqlite3_bind_int64(s, 1, run);
    if (sqlite3_step(s) == SQLITE_ROW)
      for (int i = 0; i < NPROFILES; i++)
        if (strcmp((const char *)sqlite3_column_text(s, 0), profiles[i].file) == 0) idx = i;
  }
  sqlite3_finalize(s);
  return idx;
}

static int single_text(sqlite3 *db, const char *sql, char *out, size_t size) {
  sqlite3_stmt *s = NULL;
  out[0] = '\0';
  int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    const unsigned char *v = sqlite3_column_text(s, 0);
    snprintf(out, size, "%s", v ? (const char *)v : "");
    rc = SQLITE_OK;
  } else if (rc == SQLITE_DONE) rc = SQLITE_OK;
  sqlite3_finalize(s);
  return rc;
}

/* Check the file: integrity, foreign keys, and the runs it holds.
** expected[0..nexp) must all be there; any other run must come in whole
** saves (NPROFILES consecutive ids above the expected ones).  On success
** ids and nids (malloc'd) list the runs found. */
static int check_db(const char *path, const long long *expected, size_t nexp, long long **ids, size_t *nids) {
  sqlite3 *db = NULL;
  int bad = 0;
  *ids = NULL;
  *nids = 0;
  if (open_file(path, &db, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
    CHECK(0, "cannot open %s: %s", path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return -1;
  }
  char v[4096];
  int rc = single_text(db, "PRAGMA integrity_check", v, sizeof v);
  if (rc != SQLITE_OK || strcmp(v, "ok") != 0) { CHECK(0, "integrity_check: %s (%s)", v, sqlite3_errmsg(db)); bad = 1; }
  rc = single_text(db, "PRAGMA foreign_key_check", v, sizeof v);
  if (rc != SQLITE_OK || v[0]) { CHECK(0, "foreign_key_check: %s", v); bad = 1; }
  sqlite3_stmt *s = NULL;
  size_t cap = 0;
  if (!bad && sqlite3_prepare_v2(db, "SELECT id FROM run ORDER BY id", -1, &s, NULL) == SQLITE_OK) {
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      if (*nids == cap) { cap = cap ? cap * 2 : 64; *ids = realloc(*ids, cap * sizeof **ids); }
      (*ids)[(*nids)++] = sqlite3_column_int64(s, 0);
    }
    if (rc != SQLITE_DONE) { CHECK(0, "reading the runs: %s", sqlite3_errmsg(db)); bad = 1; }
  }
  sqlite3_finalize(s);
  /* the expected runs, in order, then whole saves */
  for (size_t i = 0; !bad && i < nexp; i++) {
    int found = 0;
    for (size_t k = 0; k < *nids; k++) if ((*ids)[k] == expected[i]) found = 1;
    if (!found) {
      CHECK(0, "committed run %lld is missing", expected[i]);
      fprintf(stderr, "  expected:");
      for (size_t k = 0; k < nexp; k++) fprintf(stderr, " %lld", expected[k]);
      fprintf(stderr, "\n  found:");
      for (size_t k = 0; k < *nids; k++) fprintf(stderr, " %lld", (*ids)[k]);
      fprintf(stderr, "\n");
      bad = 1;
    }
  }
  if (!bad && (*nids - nexp) % NPROFILES != 0) { CHECK(0, "%zu runs beyond the committed ones: not whole saves", *nids - nexp); bad = 1; }
  /* orphans (rows of runs that do not exist) */
  if (!bad) {
    rc = single_text(db, "SELECT (SELECT count(*) FROM finding WHERE run_id NOT IN (SELECT id FROM run))"
                         " + (SELECT count(*) FROM rating WHERE run_id NOT IN (SELECT id FROM run))"
                         " + (SELECT count(*) FROM binding WHERE run_id NOT IN (SELECT id FROM run))", v, sizeof v);
    if (rc != SQLITE_OK || strcmp(v, "0") != 0) { CHECK(0, "orphan rows: %s", v); bad = 1; }
  }
  for (size_t k = 0; !bad && k < *nids; k++) {
    int idx = state_index(db, (*ids)[k]);
    uint64_t d = run_digest(db, (*ids)[k]);
    if (idx < 0 || d != ref_digest[idx]) { CHECK(0, "run %lld differs from the reference", (*ids)[k]); bad = 1; }
  }
  sqlite3_close(db);
  if (bad) { free(*ids); *ids = NULL; *nids = 0; return -1; }
  return 0;
}

/* Save once into a fresh file at path and record the reference digests. */
static double reference_save(const char *path) {
  lx_store *st = NULL;
  store_error err;
  long long ids[NPROFILES];
  remove_db(path);
  double t0 = now_s();
  if (store_open(&st, path, STORE_WRITE, &err) != 0 || store_save(st, items, NPROFILES, NULL, ids, NULL, NULL, &err) != 0) {
    fprintf(stderr, "reference save: %s\n", err.message);
    store_close(st);
    return -1;
  }
  double t = now_s() - t0;
  store_close(st);
  sqlite3 *db = NULL;
  open_file(path, &db, SQLITE_OPEN_READONLY);
  for (int i = 0; i < NPROFILES; i++) ref_digest[i] = run_digest(db, ids[i]);
  sqlite3_close(db);
  return t;
}

/* ---- crash ------------------------------------------------------------------ */

/* The child: save forever; before each save write 'B', after it 'C' and
** the ids.  Never returns. */
static void saver(const char *path, int fd) {
  lx_store *st = NULL;
  store_error err;
  if (store_open(&st, path, STORE_WRITE, &err) != 0) { fprintf(stderr, "child: %s\n", err.message); _exit(3); }
  for (;;) {
    long long ids[NPROFILES];
    if (write(fd, "B", 1) != 1) _exit(4);
    if (store_save(st, items, NPROFILES, NULL, ids, NULL, NULL, &err) != 0) {
      if (err.rc == STORE_BUSY) continue;
      fprintf(stderr, "child: %s\n", err.message);
      _exit(5);
    }
    char msg[1 + sizeof ids];
    msg[0] = 'C';
    memcpy(msg + 1, ids, sizeof ids);
    if (write(fd, msg, sizeof msg) != (ssize_t)sizeof msg) _exit(4);
  }
}

static int crash(const char *path, int iterations, double seconds) {
  char ref[4200];
  snprintf(ref, sizeof ref, "%s.ref", path);
  if (reference_save(ref) < 0) return 1;
  remove_db(ref);
  if (reference_save(path) < 0) return 1;
  /* how long one more save takes (open, check, write, commit): kills fall
  ** at random within a few of these */
  double save_time = now_s();
  {
    lx_store *st = NULL;
    store_error err;
    if (store_open(&st, path, STORE_WRITE, &err) != 0 || store_save(st, items, NPROFILES, NULL, NULL, NULL, NULL, &err) != 0) {
      fprintf(stderr, "crash: %s\n", err.message);
      store_close(st);
      return 1;
    }
    store_close(st);
  }
  save_time = now_s() - save_time;
  long long *committed = NULL;
  size_t ncommitted = 0, cap = 0;
  {                                   /* the runs of the first save */
    long long *ids; size_t n;
    if (check_db(path, NULL, 0, &ids, &n) != 0) return 1;
    committed = ids; ncommitted = cap = n;
  }
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  double t0 = now_s(), window = save_time * 3 + 0.002;
  int done = 0, mid_save = 0, extra_committed = 0;
  for (; done < iterations && now_s() - t0 < seconds && !failures; done++) {
    int fds[2];
    if (pipe(fds) != 0) { perror("pipe"); return 1; }
    pid_t pid = fork();
    if (pid == 0) { close(fds[0]); saver(path, fds[1]); }
    close(fds[1]);
    useconds_t delay = (useconds_t)((double)rand() / RAND_MAX * window * 1e6);
    usleep(delay);
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) {
      CHECK(0, "the saver ended by itself (status %d)", status);
      close(fds[0]);
      break;
    }
    /* what the child reported: committed saves, and whether one was under way */
    char buf[1 + NPROFILES * sizeof(long long)];
    int pending = 0;
    for (;;) {
      ssize_t k = read(fds[0], buf, 1);
      if (k != 1) break;
      if (buf[0] == 'B') { pending = 1; continue; }
      ssize_t want = NPROFILES * (ssize_t)sizeof(long long), got = 0;
      while (got < want && (k = read(fds[0], buf + 1 + got, (size_t)(want - got))) > 0) got += k;
      if (got < want) break;            /* killed while reporting: the save did commit */
      for (int i = 0; i < NPROFILES; i++) {
        if (ncommitted == cap) { cap = cap * 2 + 16; committed = realloc(committed, cap * sizeof *committed); }
        memcpy(&committed[ncommitted++], buf + 1 + i * sizeof(long long), sizeof(long long));
      }
      pending = 0;
    }
    close(fds[0]);
    mid_save += pending;
    long long *ids;
    size_t n;
    if (check_db(path, committed, ncommitted, &ids, &n) != 0) { fprintf(stderr, "after kill %d\n", done + 1); break; }
    if (n > ncommitted) {               /* the save under way had committed */
      extra_committed++;
      free(committed);
      committed = ids;
      ncommitted = cap = n;
    } else free(ids);
    /* keep the file small: start again now and then */
    struct stat sbuf;
    if (stat(path, &sbuf) == 0 && sbuf.st_size > (6 << 20)) {
      if (reference_save(path) < 0) { failures++; break; }
      free(committed);
      if (check_db(path, NULL, 0, &committed, &ncommitted) != 0) break;
      cap = ncommitted;
    }
  }
  printf("crash: one save takes %.0f ms; %d kills in %.1f s (%d during a save, %d of those after its commit); "
         "%zu committed runs checked after each; %s\n", save_time * 1000, done, now_s() - t0, mid_save, extra_committed, ncommitted,
         failures ? "FAILED" : "all intact");
  free(committed);
  remove_db(path);
  return failures ? 1 : 0;
}

/* ---- concurrent writers ------------------------------------------------------ */

static int writers(const char *path, int nwriters, int saves, const char *timeout, int *ok, int *busy) {
  int go[2], res[2];
  if (pipe(go) != 0 || pipe(res) != 0) return -1;
  for (int w = 0; w < nwriters; w++) {
    if (fork() == 0) {
      close(go[1]);
      close(res[0]);
      char c;
      if (read(go[0], &c, 1) < 0) _exit(2);      /* wait for the start */
      if (timeout) setenv("LEXGAP_DB_TIMEOUT", timeout, 1);
      int counts[2] = { 0, 0 };
      for (int i = 0; i < saves; i++) {
        lx_store *st = NULL;
        store_error err;
        int rc = store_open(&st, path, STORE_WRITE, &err);
        if (rc == 0) rc = store_save(st, items, NPROFILES, NULL, NULL, NULL, NULL, &err);
        store_close(st);
        if (rc == 0) counts[0]++;
        else if (err.rc == STORE_BUSY && strstr(err.message, "database is busy")) counts[1]++;
        else { fprintf(stderr, "writer: unexpected error: %s\n", err.message); _exit(3); }
      }
      if (write(res[1], counts, sizeof counts) != sizeof counts) _exit(4);
      _exit(0);
    }
  }
  close(go[0]);
  close(res[1]);
  close(go[1]);                         /* everyone starts */
  *ok = *busy = 0;
  int bad = 0;
  for (int w = 0; w < nwriters; w++) {
    int status;
    wait(&status);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) bad = 1;
  }
  int counts[2];
  while (read(res[0], counts, sizeof counts) == sizeof counts) { *ok += counts[0]; *busy += counts[1]; }
  close(res[0]);
  return bad ? -1 : 0;
}

static int concurrent(const char *path, int nwriters, int saves) {
  char ref[4200];
  snprintf(ref, sizeof ref, "%s.ref", path);
  if (reference_save(ref) < 0) return 1;
  remove_db(ref);
  remove_db(path);
  int ok = 0, busy = 0;
  long long *ids;
  size_t n;
  double t0 = now_s();
  int rc = writers(path, nwriters, saves, NULL, &ok, &busy);
  CHECK(rc == 0, "a writer failed");
  CHECK(ok == nwriters * saves && busy == 0, "default timeout: %d saves, %d busy (expected %d, 0)", ok, busy, nwriters * saves);
  if (check_db(path, NULL, 0, &ids, &n) == 0) {
    CHECK(n == (size_t)ok * NPROFILES, "%zu runs for %d saves", n, ok);
    free(ids);
  }
  printf("concurrent: %d writers x %d saves from an empty directory: %d saved, %d busy (%.1f s)\n",
         nwriters, saves, ok, busy, now_s() - t0);
  int ok2 = 0, busy2 = 0;
  t0 = now_s();
  rc = writers(path, nwriters, saves, "1", &ok2, &busy2);
  CHECK(rc == 0, "a writer failed with a 1 ms timeout");
  CHECK(ok2 + busy2 == nwriters * saves, "1 ms timeout: %d saved + %d busy != %d", ok2, busy2, nwriters * saves);
  if (check_db(path, NULL, 0, &ids, &n) == 0) {
    CHECK(n == (size_t)(ok + ok2) * NPROFILES, "%zu runs for %d saves", n, ok + ok2);
    free(ids);
  }
  printf("concurrent: %d writers x %d saves with a 1 ms busy timeout: %d saved, %d clear \"busy\" errors (%.1f s); %s\n",
         nwriters, saves, ok2, busy2, now_s() - t0, failures ? "FAILED" : "file intact");
  remove_db(path);
  return failures ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc != 6 || (strcmp(argv[2], "crash") != 0 && strcmp(argv[2], "concurrent") != 0)) {
    fprintf(stderr, "usage: %s ROOT crash DB ITERATIONS SECONDS\n"
                    "       %s ROOT concurrent DB WRITERS SAVES\n", argv[0], argv[0]);
    return 2;
  }
  if (setup(argv[1]) != 0) { fprintf(stderr, "cannot load the rules and profiles of %s\n", argv[1]); teardown(); return 2; }
  /* one file per harness process: two `make check` in one tree must not
  ** share it */
  char db[4096];
  snprintf(db, sizeof db, "%s.%ld", argv[3], (long)getpid());
  int rc = strcmp(argv[2], "crash") == 0 ? crash(db, atoi(argv[4]), atof(argv[5]))
                                         : concurrent(db, atoi(argv[4]), atoi(argv[5]));
  teardown();
  return rc;
}

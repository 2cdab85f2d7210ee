/*
 * bench.c -- how fast lexgap loads rules, evaluates profiles, writes reports
 * and runs batches; each figure as min / median / max of several runs.
 *
 * usage: bench RULES_DIR LEXGAP_BINARY PROFILE...
 * Environment: BENCH_BARE_US, the bare Lua pcall per check in microseconds
 * measured in the same run (tests/bench/run.sh sets it from
 * ../shared/peer/bench.lua), to print evaluation per obligation as a
 * multiple of it; BENCH_BATCH (500), the profiles of the batch;
 * BENCH_RUNS (5000), the runs of the store (0: no store figures).
 * Prints figures; asserts nothing of speed (measured here, never in tests),
 * but stops when a finding the engine settled in C has a status it never
 * gave one before (count_obligations).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "evaluate.h"
#include "store.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Print "label  min / median / max unit" of the n samples (sorted here). */
static double print_spread(const char *label, double *v, int n, const char *unit) {
  qsort(v, (size_t)n, sizeof *v, by_value);
  double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  printf("  %-44s %9.3f / %9.3f / %9.3f %s\n", label, v[0], median, v[n - 1], unit);
  return median;
}

static struct rusage last_child;           /* the resources of run_child's last child */

/* Run argv as a child with stdout and stderr to /dev/null; its CPU seconds
** (user + system) and peak RSS in KiB (all of its usage in last_child); 0,
** or -1 if it could not run. */
static int run_child(char *const *argv, double *cpu, long *maxrss_kib) {
  fflush(stdout);                          /* the child must not print our buffer again */
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execv(argv[0], argv);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) == 127 ||
      WEXITSTATUS(status) == 1) return -1;
  *cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
  *maxrss_kib = ru.ru_maxrss;
  last_child = ru;
  return 0;
}

/* A cold command, COLD times: its CPU (user + system), its minor page
** faults and its peak memory, min / median / max.  0, or -1 if it failed. */
static int bench_cold(const char *label, char *const *argv) {
  enum { COLD = 7 };
  double cpu_ms[COLD], faults[COLD], rss_mib[COLD];
  for (int i = 0; i < COLD; i++) {
    double cpu;
    long rss;
    if (run_child(argv, &cpu, &rss) != 0) { fprintf(stderr, "bench: %s failed\n", label); return -1; }
    cpu_ms[i] = cpu * 1000;
    faults[i] = (double)last_child.ru_minflt;
    rss_mib[i] = (double)rss / 1024;
  }
  char line[240];
  snprintf(line, sizeof line, "%s (CPU)", label);
  print_spread(line, cpu_ms, COLD, "ms");
  print_spread("  minor page faults", faults, COLD, "");
  print_spread("  peak memory", rss_mib, COLD, "MiB");
  return 0;
}

/* How evaluate() dealt with the obligations of some assessments: each
** checked by its rule (its check run in Lua: lx_finding.checked), or
** settled in C without running it, by the status the engine gave it. */
typedef struct {
  size_t checked;
  size_t not_applicable;    /* settled not_applicable: instrument not binding, provision not due,
                               reserved or outside an organisation's competence */
  size_t not_evaluable;     /* settled as an error: an invalid rule or a failed dependency */
  size_t not_binding;       /* instruments of the rule set that do not bind the State */
} obligation_counts;

/* Add to c how evaluate() dealt with each finding of a, as the finding
** says (lx_finding.checked, set by the engine where it hands a check to
** Lua): nothing decided again here.  A finding settled in C has the
** status not_applicable or error: 0, or -1 with a message when one has
** another (the engine settles in C what it did not before). */
static int count_obligations(const lx_assessment *a, obligation_counts *c) {
  for (size_t j = 0; j < a->rules->ninstruments; j++) c->not_binding += a->bindings[j].kind == NOT_BOUND;
  for (size_t i = 0; i < a->n; i++) {
    const lx_finding *f = &a->findings[i];
    if (f->checked) c->checked++;
    else if (f->status == LX_NOT_APPLICABLE) c->not_applicable++;
    else if (f->status == LX_ERROR) c->not_evaluable++;
    else {
      fprintf(stderr, "bench: %s settled in C as neither not_applicable nor error:"
                      " count_obligations must learn the new cause\n", a->rules->rules[i].id);
      return -1;
    }
  }
  return 0;
}

/* Print what c says was measured: how many obligations were checked by
** their rule and how many settled in C without it, by status. */
static void print_counts(const obligation_counts *c) {
  size_t settled = c->not_applicable + c->not_evaluable;
  if (!settled) { printf("    %zu checked by their rule, none settled in C\n", c->checked); return; }
  printf("    %zu checked by their rule, %zu settled in C without it", c->checked, settled);
  const char *sep = " (";
  if (c->not_applicable) {
    printf("%s%zu: not applicable (instrument not binding the State, provision not due, reserved or outside competence)",
           sep, c->not_applicable);
    sep = "; ";
  }
  if (c->not_evaluable) printf("%s%zu: an error before its check ran (invalid rule, failed dependency)", sep, c->not_evaluable);
  printf(")\n");
}

/* Evaluation of the loaded profiles against the instruments `only` (all when
** nonly is 0), as `assess` evaluates them (prospective 0) or as `assess
** --prospective` does (1: an instrument that does not bind the State
** assessed as if it did), rounds times each; prints per profile, what was
** measured (print_counts), and per obligation; *counts (may be NULL) gets
** the counts of one profile (summed over the profiles when several). */
static int bench_evaluation(const char *dir, const char *title, const char *const *only, int nonly,
                            char **files, int nfiles, int prospective, double bare_us, obligation_counts *counts) {
  enum { ROUNDS = 15 };
  sandbox_error err;
  diag_list d;
  diag_init(&d);
  lx_sandbox *sb = sandbox_new(&err);
  lx_ruleset rs;
  if (!sb || ruleset_load(&rs, sb, dir, only, nonly, &d) != 0) { diag_print(&d, stderr); return -1; }
  lx_profile *p = calloc((size_t)nfiles, sizeof *p);
  for (int i = 0; i < nfiles; i++)
    if (profile_load(&p[i], files[i], rs.schema, &d) != 0) { diag_print(&d, stderr); return -1; }
  double per_profile[ROUNDS], per_obligation[ROUNDS], per_checked[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    double t0 = now();
    for (int i = 0; i < nfiles; i++) {
      lx_assessment a;
      if (evaluate(&a, sb, &rs, &p[i], "2026-01-01", prospective) != 0) return -1;
      assessment_free(&a);
    }
    double secs = (now() - t0) / nfiles;
    per_profile[r] = secs * 1e3;
    per_obligation[r] = rs.n ? secs * 1e6 / (double)rs.n : 0;
  }
  obligation_counts c = { 0 };       /* counted on one more evaluation, untimed: each evaluates alike */
  for (int i = 0; i < nfiles; i++) {
    lx_assessment a;
    if (evaluate(&a, sb, &rs, &p[i], "2026-01-01", prospective) != 0) return -1;
    int counted = count_obligations(&a, &c);
    assessment_free(&a);
    if (counted != 0) return -1;
  }
  for (int r = 0; r < ROUNDS; r++)
    per_checked[r] = c.checked ? per_profile[r] * 1e3 * nfiles / (double)c.checked : 0;
  char label[200];
  if (prospective) snprintf(label, sizeof label, "%s, prospective: %zu obligations", title, rs.n);
  else snprintf(label, sizeof label, "%s: one profile, %zu obligations", title, rs.n);
  print_spread(label, per_profile, ROUNDS, "ms");
  print_counts(&c);
  double med = print_spread("  per obligation", per_obligation, ROUNDS, "us");
  if (bare_us > 0) printf("  %-44s %9.*f times a bare Lua pcall per check (%.3f us)\n", "  per obligation, median",
                          med / bare_us < 10 ? 2 : 0, med / bare_us, bare_us);
  /* Per obligation checked: the whole time divided by the obligations
  ** whose rules ran, the honest divisor for what checking one costs (the
  ** figure above, kept to compare with earlier rounds, also divides by
  ** those settled in C, a few comparisons each, so it falls as more are
  ** settled and, when none ran, measures no rule at all).  It charges the
  ** evaluation's fixed part and the settled ones to the checked ones: an
  ** upper bound, and a close one, as settling costs next to nothing.
  ** Printed only when it differs from the figure above; when no rule ran,
  ** a line says so (a prospective line may follow: main). */
  if (c.checked == 0)
    printf("  %-44s %9s none: no rule ran, the figures above are C's alone\n", "  per obligation checked", "-");
  else if (c.checked < (size_t)nfiles * rs.n) {
    snprintf(label, sizeof label, "  per obligation checked (time / %zu)", c.checked / (size_t)nfiles);
    med = print_spread(label, per_checked, ROUNDS, "us");
    if (bare_us > 0) printf("  %-44s %9.*f times a bare Lua pcall per check (%.3f us)\n", "  per obligation checked, median",
                            med / bare_us < 10 ? 2 : 0, med / bare_us, bare_us);
  }
  if (counts) *counts = c;
  for (int i = 0; i < nfiles; i++) profile_free(&p[i]);
  free(p);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&d);
  return 0;
}

/* The engine's own cost per obligation: the UNTOC pack with its rule files
** replaced by `n` checks that do nothing but return ctx:met (a copy of the
** rules in a temporary folder), evaluated like the packs above: what every
** obligation costs before its check does any work, for the first profile
** (its conversion into Lua shared by the calls) and for a minimal one (the
** calls alone). */
static int bench_noop_checks(const char *dir, const char *tmp, char **files, double bare_us) {
  enum { NOOP = 194 };
  char pack[4200], untoc[4300], path[4500];
  snprintf(pack, sizeof pack, "%s/noop-rules", tmp);
  char *copy[] = { "/bin/cp", "-R", (char *)dir, pack, NULL };
  double cpu;
  long rss;
  if (run_child(copy, &cpu, &rss) != 0) { fprintf(stderr, "bench: cannot copy %s\n", dir); return -1; }
  snprintf(untoc, sizeof untoc, "%s/untoc", pack);
  DIR *d = opendir(untoc);
  if (!d) { fprintf(stderr, "bench: no %s\n", untoc); return -1; }
  for (struct dirent *e; (e = readdir(d)); ) {
    size_t len = strlen(e->d_name);
    if (strncmp(e->d_name, "art", 3) == 0 && len > 4 && strcmp(e->d_name + len - 4, ".lua") == 0) {
      snprintf(path, sizeof path, "%s/%s", untoc, e->d_name);
      remove(path);
    }
  }
  closedir(d);
  snprintf(path, sizeof path, "%s/noop.lua", untoc);
  FILE *out = fopen(path, "w");
  if (!out) { perror(path); return -1; }
  for (int i = 0; i < NOOP; i++)
    fprintf(out, "obligation { ref = 'untoc:1.8', clause = 'noop-%d', level = 'mandatory', title = { en = 'no-op', fr = 'no-op' },"
                 " category = 'implementation', cluster = 1, text = { en = 'no-op' }, facts = {},"
                 " check = function(ctx) return ctx:met('no-op') end }\n", i);
  if (fclose(out) != 0) return -1;
  const char *only[1] = { "untoc" };
  int rc = bench_evaluation(pack, "no-op checks", only, 1, files, 1, 0, bare_us, NULL);
  /* the same for a profile with almost nothing to convert into Lua: the
  ** call path alone (C, lx._run, the context, ctx:met, lx._finish) */
  char minimal[4400];
  snprintf(minimal, sizeof minimal, "%s/minimal-profile.lua", tmp);
  out = fopen(minimal, "w");
  if (!out) { perror(minimal); return -1; }
  fputs("return { profile_format = 1, state = { code = 'MIN', name = 'Minimal' },\n"
        "  describes_law_as_of = '2024-01-01', parties = { untoc = { deposited = '2004-01-01' } } }\n", out);
  if (fclose(out) != 0) return -1;
  char *minimal_files[1] = { minimal };
  if (rc == 0) rc = bench_evaluation(pack, "no-op checks, a minimal profile", only, 1, minimal_files, 1, 0, bare_us, NULL);
  remove(minimal);
  char *rm[] = { "/bin/rm", "-rf", pack, NULL };
  run_child(rm, &cpu, &rss);
  return rc;
}

/* A hostile profile: 30,000 reservations (applicability indexes them once
** per profile, so this stays close to an ordinary assessment). */
static int bench_reservations(const char *dir) {
  enum { NRES = 30000 };
  sandbox_error err;
  diag_list d;
  diag_init(&d);
  lx_sandbox *sb = sandbox_new(&err);
  lx_ruleset rs;
  if (!sb || ruleset_load(&rs, sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); return -1; }
  size_t cap = (size_t)NRES * 96 + 512, len = 0;
  char *text = malloc(cap);
  if (!text) return -1;
  len += (size_t)snprintf(text + len, cap - len, "return { profile_format = 1, state = { code = 'RES', name = 'Reservia' },"
                          " describes_law_as_of = '2026-01-01', parties = { untoc = { deposited = '2004-01-01' } }, reservations = {\n");
  for (int i = 0; i < NRES; i++)
    len += (size_t)snprintf(text + len, cap - len, "{ instrument = 'untoc', provisions = { 'untoc:%d.%d' }, from = '2004-01-01' },\n",
                            100 + i % 500, i);
  snprintf(text + len, cap - len, "} }\n");
  data_error derr;
  data_value *v = data_parse(text, strlen(text), &derr);
  free(text);
  lx_profile many;
  if (!v || profile_from_data(&many, "reservations.lua", v, rs.schema, &d) != 0) { diag_print(&d, stderr); return -1; }
  lx_assessment a;
  double t0 = now();
  if (evaluate(&a, sb, &rs, &many, "2026-01-01", 0) != 0) return -1;
  printf("  %-44s %9.3f ms\n", "a profile with 30,000 reservations", (now() - t0) * 1000);
  assessment_free(&a);
  profile_free(&many);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&d);
  return 0;
}

/* Run argv reps times; print the wall-clock spread in ms under label. */
static int time_child(char *const *argv, int reps, const char *label) {
  double ms[16];
  long rss;
  if (reps > 16) reps = 16;
  for (int i = 0; i < reps; i++) {
    double cpu, started = now();
    if (run_child(argv, &cpu, &rss) != 0) { fprintf(stderr, "bench: %s: %s failed\n", label, argv[1]); return -1; }
    ms[i] = (now() - started) * 1000;
  }
  print_spread(label, ms, reps, "ms");
  return 0;
}

/* Fill db with `runs` runs of the profiles at paths (each saved runs /
** npaths times, as of 2026-01-01, CHUNK runs per transaction), in this process:
** the rules loaded once, each profile assessed once, and every run written
** through store_save, the very function `assess --save` of one profile
** calls, so the rows are those the command writes (a batch's, staged, are
** the same: test_store.c, test_batch_same_rows).  Profiles are assessed GROUP at a time (the
** runs of a group saved before the next is assessed), so memory stays that
** of one `assess --save` of GROUP profiles.  0, or -1. */
static int fill_store(const char *dir, const char *db, char **paths, int npaths, int runs) {
  enum { CHUNK = 100, GROUP = 100 };
  sandbox_error serr;
  diag_list d;
  diag_init(&d);
  lx_sandbox *sb = sandbox_new(&serr);
  lx_ruleset rs;
  if (!sb || ruleset_load(&rs, sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); return -1; }
  lx_store *st = NULL;
  store_error err;
  if (store_open(&st, db, STORE_WRITE, &err) != 0) { fprintf(stderr, "bench: %s\n", err.message); return -1; }
  lx_assessment *as = calloc(GROUP, sizeof *as);
  lx_profile *ps = calloc(GROUP, sizeof *ps);
  char **srcs = calloc(GROUP, sizeof *srcs);
  size_t *lens = calloc(GROUP, sizeof *lens);
  store_item *items = calloc(CHUNK, sizeof *items);
  int rc = as && ps && srcs && lens && items ? 0 : -1;
  for (int first = 0; rc == 0 && first < npaths && first < runs; first += GROUP) {
    int n = npaths - first < GROUP ? npaths - first : GROUP;
    for (int i = 0; rc == 0 && i < n; i++)
      if (profile_load_keeping(&ps[i], paths[first + i], rs.schema, &srcs[i], &lens[i], &d) != 0 ||
          evaluate(&as[i], sb, &rs, &ps[i], "2026-01-01", 0) != 0) { diag_print(&d, stderr); rc = -1; }
    /* the runs of this group: run k for every k whose profile is in it, CHUNK at a time */
    int k = 0;
    for (int run = first; rc == 0 && run < runs; run += npaths) {
      for (int i = 0; i < n && run + i < runs; i++) {
        items[k++] = (store_item){ &as[i], srcs[i], lens[i], 0 };
        if (k == CHUNK && store_save(st, items, (size_t)k, NULL, NULL, NULL, NULL, &err) != 0) rc = -1;
        if (k == CHUNK) k = 0;
      }
    }
    if (rc == 0 && k > 0 && store_save(st, items, (size_t)k, NULL, NULL, NULL, NULL, &err) != 0) rc = -1;
    if (rc != 0 && err.message[0]) fprintf(stderr, "bench: %s\n", err.message);
    for (int i = 0; i < n; i++) { assessment_free(&as[i]); profile_free(&ps[i]); free(srcs[i]); }
    memset(as, 0, GROUP * sizeof *as);
    memset(ps, 0, GROUP * sizeof *ps);
  }
  store_close(st);
  free(as); free(ps); free(srcs); free(lens); free(items);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&d);
  return rc;
}

/* The batch saved: `assess --save` of the n profiles at paths into a fresh
** store in tmp, once (CPU, wall clock, peak memory: flat in the batch, since
** each run is staged as it is assessed; docs/store.md). */
static int bench_batch_save(const char *lexgap, const char *dir, const char *tmp, char **paths, int n) {
  char db[4200], out[4200], side[4300];
  snprintf(db, sizeof db, "%s/batch-save.db", tmp);
  snprintf(out, sizeof out, "%s/batch-save.json", tmp);
  char **argv = calloc((size_t)n + 20, sizeof *argv);
  if (!argv) return -1;
  int na = 0;
  const char *head[] = { lexgap, "assess", "--rules", dir, "--as-of", "2026-01-01", "--format", "json",
                         "--fail-on", "none", "-o", out, "--save", "--db", db };
  for (size_t i = 0; i < sizeof head / sizeof *head; i++) argv[na++] = (char *)head[i];
  for (int i = 0; i < n; i++) argv[na++] = paths[i];
  double cpu, started = now();
  long rss = 0;
  int rc = run_child(argv, &cpu, &rss);
  double wall = now() - started;
  if (rc == 0) {
    printf("  %-44s %9.2f s\n", "the batch with --save, a fresh store: CPU", cpu);
    printf("  %-44s %9.2f s\n", "  wall clock", wall);
    printf("  %-44s %9.1f MiB\n", "  peak memory", (double)rss / 1024);
  } else fprintf(stderr, "bench: the batch with --save failed\n");
  const char *sides[] = { "", "-wal", "-shm", "-checked" };
  for (size_t i = 0; i < sizeof sides / sizeof *sides; i++) {
    snprintf(side, sizeof side, "%s%s", db, sides[i]);
    remove(side);
  }
  remove(out);
  free(argv);
  return rc;
}

/* The wall-clock median in ms of reps runs of argv; -1 when it failed. */
static double median_child(char *const *argv, int reps) {
  double ms[16];
  long rss;
  if (reps > 16) reps = 16;
  for (int i = 0; i < reps; i++) {
    double cpu, started = now();
    if (run_child(argv, &cpu, &rss) != 0) return -1;
    ms[i] = (now() - started) * 1000;
  }
  qsort(ms, (size_t)reps, sizeof *ms, by_value);
  return reps % 2 ? ms[reps / 2] : (ms[reps / 2 - 1] + ms[reps / 2]) / 2;
}

/* The store: fill one with `runs` runs of the given profiles, then time a
** save into it against a save into a fresh store (and the part of each that
** is the store's: the median with --save minus the median of the same
** assess without it, measured alternately), and matrix (by article, as
** text and JSON; by obligation, as text and JSON), history, diff, show and
** search. */
static int bench_store(const char *lexgap, const char *dir, const char *tmp, char **paths, int npaths, int runs) {
  char db[4200], fresh[4200];
  snprintf(db, sizeof db, "%s/store.db", tmp);
  snprintf(fresh, sizeof fresh, "%s/fresh.db", tmp);
  double started = now();
  if (fill_store(dir, db, paths, npaths, runs) != 0) { fprintf(stderr, "bench: filling the store failed\n"); return -1; }
  printf("  store of %d runs (filled in %.0f s, in process)\n", runs, now() - started);
  char *save_fresh[] = { (char *)lexgap, "assess", "--rules", (char *)dir, "--as-of", "2026-01-01", "--format", "csv",
                         "--fail-on", "none", "-o", "/dev/null", "--save", "--db", fresh, paths[0], NULL };
  char *save_full[] = { (char *)lexgap, "assess", "--rules", (char *)dir, "--as-of", "2026-01-01", "--format", "csv",
                        "--fail-on", "none", "-o", "/dev/null", "--save", "--db", db, paths[0], NULL };
  char *no_save[] = { (char *)lexgap, "assess", "--rules", (char *)dir, "--as-of", "2026-01-01", "--format", "csv",
                      "--fail-on", "none", "-o", "/dev/null", paths[0], NULL };
  if (time_child(save_fresh, 5, "  assess --save one run, fresh store") != 0) return -1;
  if (time_child(save_full, 5, "  assess --save one run, full store") != 0) return -1;
  /* the store's part of a save: rounds of (without, fresh, full), medians subtracted */
  enum { ROUNDS = 5 };
  double base[ROUNDS], in_fresh[ROUNDS], in_full[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    base[r] = median_child(no_save, 3);
    in_fresh[r] = median_child(save_fresh, 3) - base[r];
    in_full[r] = median_child(save_full, 3) - base[r];
    if (base[r] < 0) return -1;
  }
  print_spread("  store work of a save, fresh store", in_fresh, ROUNDS, "ms");
  print_spread("  store work of a save, full store", in_full, ROUNDS, "ms");
  char *matrix[] = { (char *)lexgap, "matrix", "--db", db, NULL };
  char *matrix_json[] = { (char *)lexgap, "matrix", "--db", db, "--format", "json", NULL };
  char *matrix_obligation[] = { (char *)lexgap, "matrix", "--db", db, "--by", "obligation", NULL };
  char *matrix_obligation_json[] = { (char *)lexgap, "matrix", "--db", db, "--by", "obligation", "--format", "json", NULL };
  char *history[] = { (char *)lexgap, "history", "--db", db, "QAA", NULL };
  char *history_all[] = { (char *)lexgap, "history", "--db", db, NULL };
  char *diff[] = { (char *)lexgap, "diff", "--db", db, "1", "2", NULL };
  char *show[] = { (char *)lexgap, "show", "--db", db, "QAA", NULL };
  char *search[] = { (char *)lexgap, "search", "--rules", (char *)dir, "criminal", "group", NULL };
  if (time_child(matrix, 5, "  matrix") != 0 || time_child(matrix_json, 5, "  matrix --format json") != 0 ||
      time_child(matrix_obligation, 5, "  matrix --by obligation") != 0 ||
      time_child(matrix_obligation_json, 5, "  matrix --by obligation --format json") != 0 ||
      time_child(history, 5, "  history QAA") != 0 || time_child(history_all, 5, "  history (every run)") != 0 ||
      time_child(diff, 5, "  diff 1 2") != 0 || time_child(show, 5, "  show QAA") != 0 ||
      time_child(search, 5, "  search criminal group") != 0) return -1;
  remove(db);
  remove(fresh);
  char side[4300];
  const char *suffixes[] = { "-checked", "-wal", "-shm" };
  for (int i = 0; i < 3; i++) {
    snprintf(side, sizeof side, "%s%s", db, suffixes[i]); remove(side);
    snprintf(side, sizeof side, "%s%s", fresh, suffixes[i]); remove(side);
  }
  return 0;
}

/* Copy the profile at src to dst with the State code replaced by code (the
** first `code = "..."` of the file); 0 or -1. */
static int copy_with_code(const char *src, const char *dst, const char *code) {
  FILE *in = fopen(src, "rb");
  if (!in) return -1;
  fseek(in, 0, SEEK_END);
  long len = ftell(in);
  rewind(in);
  char *text = malloc((size_t)len + 1);
  if (!text || fread(text, 1, (size_t)len, in) != (size_t)len) { fclose(in); free(text); return -1; }
  fclose(in);
  text[len] = '\0';
  char *at = strstr(text, "code = \"");
  FILE *out = fopen(dst, "wb");
  if (!at || !out) { free(text); if (out) fclose(out); return -1; }
  at += strlen("code = \"");
  char *end = strchr(at, '"');
  fwrite(text, 1, (size_t)(at - text), out);
  fputs(code, out);
  fputs(end, out);
  free(text);
  return fclose(out) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: bench RULES_DIR LEXGAP_BINARY PROFILE...\n"); return 1; }
  const char *dir = argv[1], *lexgap = argv[2];
  char **files = argv + 3;
  int nfiles = argc - 3;
  const char *bare = getenv("BENCH_BARE_US");
  double bare_us = bare ? atof(bare) : 0;
  sandbox_error err;
  diag_list d;
  diag_init(&d);

  printf("lexgap bench (min / median / max)\n");
  /* first the child processes, while this one is small: a child's peak
  ** memory counts what it had before exec */
  /* a cold `lexgap assess` of one profile, JSON written; the same as text;
  ** a cold `lexgap rules` (loading alone) */
  long rss = 0;
  char label[200];
  char *cold_argv[] = { (char *)lexgap, "assess", "--rules", (char *)dir, "--as-of", "2026-01-01", "--format", "json",
                        "--fail-on", "none", "-o", "/dev/null", files[0], NULL };
  snprintf(label, sizeof label, "cold assess %s, JSON", files[0]);
  if (bench_cold(label, cold_argv) != 0) return 1;
  cold_argv[7] = "text";
  snprintf(label, sizeof label, "cold assess %s, text", files[0]);
  if (bench_cold(label, cold_argv) != 0) return 1;
  char *rules_argv[] = { (char *)lexgap, "rules", "--rules", (char *)dir, NULL };
  if (bench_cold("cold lexgap rules", rules_argv) != 0) return 1;

  /* a batch: copies of the bundled profiles with other State codes */
  const char *nb = getenv("BENCH_BATCH");
  int batch = nb && atoi(nb) > 0 && atoi(nb) <= 676 ? atoi(nb) : 500;
  char tmp[] = "/tmp/lexgap-bench-XXXXXX";
  if (!mkdtemp(tmp)) { perror("bench: mkdtemp"); return 1; }
  char **bargv = calloc((size_t)batch + 16, sizeof *bargv);
  int na = 0;
  bargv[na++] = (char *)lexgap; bargv[na++] = "assess"; bargv[na++] = "--rules"; bargv[na++] = (char *)dir;
  bargv[na++] = "--as-of"; bargv[na++] = "2026-01-01"; bargv[na++] = "--format"; bargv[na++] = "json";
  bargv[na++] = "--fail-on"; bargv[na++] = "none"; bargv[na++] = "-o";
  char out[4200];
  snprintf(out, sizeof out, "%s/batch.json", tmp);
  bargv[na++] = out;
  for (int i = 0; i < batch; i++) {
    char path[4200], code[4] = { 'Q', (char)('A' + i / 26), (char)('A' + i % 26), '\0' };
    snprintf(path, sizeof path, "%s/p%03d.lua", tmp, i);
    if (copy_with_code(files[i % nfiles], path, code) != 0) { fprintf(stderr, "bench: cannot write %s\n", path); return 1; }
    bargv[na++] = strdup(path);
  }
  bargv[na] = NULL;
  /* the batch BATCH_RUNS times: CPU (user + system), per profile and
  ** profiles per second per core, the same on user CPU alone, wall time,
  ** the largest peak memory, and the report's bytes per profile.  The
  ** system share is mostly the kernel copying the report into the page
  ** cache (about 1.8 MB a profile), and it varies with the host's load
  ** more than lexgap's own work does: the user-only rate is lexgap's. */
  enum { BATCH_RUNS = 3 };
  double batch_cpu[BATCH_RUNS], batch_ms[BATCH_RUNS], batch_rate[BATCH_RUNS], batch_wall[BATCH_RUNS];
  double batch_user_rate[BATCH_RUNS];
  double batch_sys_ms[BATCH_RUNS];   /* the kernel's share: the report copied to the page cache, fsync, rename */
  long peak = 0;
  for (int r = 0; r < BATCH_RUNS; r++) {
    double cpu, started = now();
    if (run_child(bargv, &cpu, &rss) != 0) { fprintf(stderr, "bench: the batch failed\n"); return 1; }
    batch_wall[r] = now() - started;
    batch_cpu[r] = cpu;
    batch_ms[r] = cpu * 1000 / batch;
    batch_rate[r] = batch / cpu;
    batch_sys_ms[r] = ((double)last_child.ru_stime.tv_sec + (double)last_child.ru_stime.tv_usec / 1e6) * 1000 / batch;
    batch_user_rate[r] = batch / ((double)last_child.ru_utime.tv_sec + (double)last_child.ru_utime.tv_usec / 1e6);
    if (rss > peak) peak = rss;
  }
  snprintf(label, sizeof label, "batch of %d profiles, JSON to one file: CPU", batch);
  print_spread(label, batch_cpu, BATCH_RUNS, "s");
  print_spread("  CPU per profile", batch_ms, BATCH_RUNS, "ms");
  print_spread("    of which system, per profile", batch_sys_ms, BATCH_RUNS, "ms");
  print_spread("  profiles per second per core", batch_rate, BATCH_RUNS, "");
  print_spread("    counted on user CPU only", batch_user_rate, BATCH_RUNS, "");
  print_spread("  wall clock", batch_wall, BATCH_RUNS, "s");
  printf("  %-44s %9.1f MiB\n", "  peak memory (largest)", (double)peak / 1024);
  struct stat written;
  if (stat(out, &written) != 0) { perror(out); return 1; }
  printf("  %-44s %9.0f bytes (the report's size / %d)\n", "  report written per profile", (double)written.st_size / batch, batch);
  if (bench_batch_save(lexgap, dir, tmp, bargv + 12, na - 12) != 0) return 1;
  const char *nr = getenv("BENCH_RUNS");
  int runs = nr ? atoi(nr) : 5000;
  if (runs > 0 && bench_store(lexgap, dir, tmp, bargv + 12, na - 12, runs) != 0) return 1;
  for (int i = 12; i < na; i++) { remove(bargv[i]); free(bargv[i]); }
  free(bargv);
  remove(out);
  rmdir(tmp);
  /* rule loading: compile and validate every rule file */
  enum { LOADS = 7 };
  double load_ms[LOADS];
  size_t ninstruments = 0;
  char ids[32][64];
  for (int i = 0; i < LOADS; i++) {
    double t0 = now();
    lx_sandbox *sb = sandbox_new(&err);
    lx_ruleset rs;
    if (!sb || ruleset_load(&rs, sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); return 1; }
    load_ms[i] = (now() - t0) * 1000;
    for (ninstruments = 0; ninstruments < rs.ninstruments && ninstruments < 32; ninstruments++)
      snprintf(ids[ninstruments], sizeof ids[ninstruments], "%s", rs.instruments[ninstruments].id);
    ruleset_free(&rs, sb);
    sandbox_free(sb);
  }
  print_spread("load and validate all rule packs", load_ms, LOADS, "ms");
  /* the same as assess, rules and test load them: the official texts only
  ** checked (ruleset_load_packs_texts_checked) */
  for (int i = 0; i < LOADS; i++) {
    double t0 = now();
    lx_sandbox *sb = sandbox_new(&err);
    lx_ruleset rs;
    if (!sb || ruleset_load_packs_texts_checked(&rs, sb, dir, NULL, NULL, 0, &d) != 0) { diag_print(&d, stderr); return 1; }
    load_ms[i] = (now() - t0) * 1000;
    ruleset_free(&rs, sb);
    sandbox_free(sb);
  }
  print_spread("  the same, official texts only checked", load_ms, LOADS, "ms");

  /* evaluation: every pack together, then each instrument alone (the packs
  ** present are discovered, so new ones are measured as they land); every
  ** pack together prospectively too, and so each pack that does not bind
  ** the profile's State (no rule of it runs: a figure of C alone), so that
  ** every instrument present has a figure of its rules run */
  if (bench_evaluation(dir, "all packs", NULL, 0, files, 1, 0, bare_us, NULL) != 0 ||
      bench_evaluation(dir, "all packs", NULL, 0, files, 1, 1, bare_us, NULL) != 0) return 1;
  for (size_t k = 0; k < ninstruments; k++) {
    const char *only[1] = { ids[k] };
    obligation_counts c;
    if (bench_evaluation(dir, ids[k], only, 1, files, 1, 0, bare_us, &c) != 0 ||
        (c.not_binding && bench_evaluation(dir, ids[k], only, 1, files, 1, 1, bare_us, NULL) != 0)) return 1;
  }

  char scratch[] = "/tmp/lexgap-bench-XXXXXX";
  if (!mkdtemp(scratch)) { perror("bench: mkdtemp"); return 1; }
  int noop = bench_noop_checks(dir, scratch, files, bare_us);
  rmdir(scratch);
  if (noop != 0) return 1;
  if (bench_reservations(dir) != 0) return 1;

  diag_free(&d);
  return 0;
}

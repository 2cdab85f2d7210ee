/*
 * bench.c -- how fast lexgap loads rules and profiles and evaluates them.
 *
 * usage: bench RULES_DIR PROFILE...
 * Prints figures; asserts nothing (speed is measured here, never in tests).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "evaluate.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: bench RULES_DIR PROFILE...\n"); return 1; }
  const int loads = 20, rounds = 200;
  sandbox_error err;
  diag_list d;
  diag_init(&d);

  /* rule loading: compile and validate every rule file */
  double t0 = now();
  for (int i = 0; i < loads; i++) {
    lx_sandbox *sb = sandbox_new(&err);
    lx_ruleset rs;
    if (!sb || ruleset_load(&rs, sb, argv[1], NULL, 0, &d) != 0) { diag_print(&d, stderr); return 1; }
    ruleset_free(&rs, sb);
    sandbox_free(sb);
  }
  double load_ms = (now() - t0) * 1000 / loads;

  lx_sandbox *sb = sandbox_new(&err);
  lx_ruleset rs;
  if (!sb || ruleset_load(&rs, sb, argv[1], NULL, 0, &d) != 0) { diag_print(&d, stderr); return 1; }
  int np = argc - 2;
  lx_profile *p = calloc((size_t)np, sizeof *p);
  t0 = now();
  for (int i = 0; i < np; i++)
    if (profile_load(&p[i], argv[2 + i], rs.schema, &d) != 0) { diag_print(&d, stderr); return 1; }
  double profile_ms = (now() - t0) * 1000 / np;

  /* evaluation: every obligation against every profile, many rounds */
  size_t findings = 0;
  t0 = now();
  for (int r = 0; r < rounds; r++) {
    for (int i = 0; i < np; i++) {
      lx_assessment a;
      if (evaluate(&a, sb, &rs, &p[i], "2026-01-01", 0) != 0) return 1;
      findings += a.n;
      assessment_free(&a);
    }
  }
  double secs = now() - t0;
  size_t evaluations = (size_t)rounds * (size_t)np;

  printf("lexgap bench: %zu obligations, %d profiles\n", rs.n, np);
  printf("  load and validate all rule files   %8.2f ms\n", load_ms);
  printf("  load and validate one profile      %8.3f ms (mean of %d)\n", profile_ms, np);
  printf("  assess one profile (all rules)     %8.3f ms (mean of %zu)\n", secs * 1000 / (double)evaluations, evaluations);
  printf("  findings per second                %8.0f\n", (double)findings / secs);
  printf("  Lua state memory after the runs    %8.1f KiB\n", (double)sandbox_memory(sb) / 1024);

  /* a hostile profile: 30,000 reservations (applicability indexes them once
  ** per profile, so this stays close to an ordinary assessment) */
  enum { NRES = 30000 };
  size_t cap = (size_t)NRES * 96 + 512, len = 0;
  char *text = malloc(cap);
  if (!text) return 1;
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
  if (!v || profile_from_data(&many, "reservations.lua", v, rs.schema, &d) != 0) { diag_print(&d, stderr); return 1; }
  lx_assessment a;
  t0 = now();
  if (evaluate(&a, sb, &rs, &many, "2026-01-01", 0) != 0) return 1;
  printf("  assess a profile with %d reservations %6.3f ms\n", NRES, (now() - t0) * 1000);
  assessment_free(&a);
  profile_free(&many);

  for (int i = 0; i < np; i++) profile_free(&p[i]);
  free(p);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&d);
  return 0;
}

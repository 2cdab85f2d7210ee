/*
 * sandbox_fixture.h -- a sandbox per test, and running a chunk in it as a
 * rule file runs, for the unit suites of the library's C primitives
 * (test_join.c, test_lazy_views.c).  Header-only: each suite is one
 * program; include it after cmocka.h.
 */
#ifndef LX_TEST_SANDBOX_FIXTURE_H
#define LX_TEST_SANDBOX_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "sandbox.h"

/* cmocka setup: a sandbox with a budget of 2,000,000 instructions and
** 16 MiB a call. */
static inline int sbx_setup(void **state) {
  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  if (!sb) { fprintf(stderr, "sandbox_new: %s\n", err.message); return -1; }
  sandbox_set_budget(sb, 2000000, 16u << 20);
  *state = sb;
  return 0;
}

static inline int sbx_teardown(void **state) {
  sandbox_free(*state);
  return 0;
}

/* Run code as the rule file "@rules/test/chunk.lua"; returns 0 or -1 with
** err filled, one result (if any) left on the stack. */
static inline int sbx_run(lx_sandbox *sb, const char *code, sandbox_error *err) {
  memset(err, 0, sizeof *err);
  sandbox_push_env(sb);
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", err) != 0) return -1;
  return sandbox_call(sb, 0, 1, err);
}

#endif

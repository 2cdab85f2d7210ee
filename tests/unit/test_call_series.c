/*
 * test_call_series.c -- several rule calls under one protected call
 * (sandbox_call_each), each with budgets of its own.
 *
 * Every call of a series must end as sandbox_call would end it alone: the
 * same error (file, line, message, budget) for a failing call, the same
 * instruction budget to the instruction, and the calls after a failure run
 * with full budgets.  Then the same through evaluate(): errors, exhausted
 * budgets and a stashed context in the middle of one rule file.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "evaluate.h"
#include "fixture.h"

#define BUDGET 200000LL                /* instructions per call in these tests */
#define MEMORY (1u << 20)              /* bytes per call */

/* Functions for the series, as a rule file defines them (errors located in
** "rules/test/series.lua"). */
static const char *const functions =
  "local kept\n"
  "return {\n"
  "  echo = function(x) return x end,\n"
  "  boom = function() error('boom') end,\n"                               /* line 4 */
  "  loop = function() local n = 0 while true do n = n + 1 end end,\n"    /* line 5 */
  "  hog = function() local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 4096) .. i end end,\n"
  "  swallow = function() pcall(function() while true do end end) return 'swallowed' end,\n"
  "  count = function(n) local x = 0 for i = 1, n do x = x + i end return n end,\n"
  "  keep = function(v) if kept == nil then kept = v end return kept end,\n"
  "  rep = string.rep,\n"
  "}\n";

typedef struct {
  lx_sandbox *sb;
  int functions_ref;             /* the table above (registry) */
} fixture;

static int setup(void **state) {
  fixture *fx = calloc(1, sizeof *fx);
  sandbox_error err;
  if (!fx || !(fx->sb = sandbox_new(&err))) return -1;
  sandbox_set_budget(fx->sb, BUDGET, MEMORY);
  sandbox_push_env(fx->sb);
  if (sandbox_load(fx->sb, functions, strlen(functions), "@rules/test/series.lua", &err) != 0 ||
      sandbox_call(fx->sb, 0, 1, &err) != 0) {
    fprintf(stderr, "series.lua: %s\n", err.message);
    return -1;
  }
  fx->functions_ref = luaL_ref(sandbox_state(fx->sb), LUA_REGISTRYINDEX);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  fixture *fx = *state;
  sandbox_free(fx->sb);
  free(fx);
  return 0;
}

/* One call of a series: the function's name and its integer argument; what
** came back (done's record). */
typedef struct {
  const char *name;
  const char *text;              /* a string argument before arg, or NULL */
  lua_Integer arg;
  int skip;                      /* prepare settles it without a call */
  int done;                      /* times done was called */
  int failed;
  sandbox_error err;
  lua_Integer result;
} call;

#define CALL(f, x) { .name = (f), .arg = (x) }
#define SETTLED(f) { .name = (f), .skip = 1 }
#define CALL_TEXT(f, s, x) { .name = (f), .text = (s), .arg = (x) }

typedef struct {
  fixture *fx;
  call *calls;
} series;

/* [-0, +1 + nargs] The named function and its arguments; returns nargs. */
static int push_call(fixture *fx, const call *c) {
  lua_State *L = sandbox_state(fx->sb);
  lua_rawgeti(L, LUA_REGISTRYINDEX, fx->functions_ref);
  lua_getfield(L, -1, c->name);
  lua_remove(L, -2);
  if (c->text) lua_pushstring(L, c->text);
  lua_pushinteger(L, c->arg);
  return c->text ? 2 : 1;
}

static int prepare(void *ud, int i) {
  series *s = ud;
  if (s->calls[i].skip) return -1;
  return push_call(s->fx, &s->calls[i]);
}

static void done(void *ud, int i, const sandbox_error *err) {
  series *s = ud;
  call *c = &s->calls[i];
  c->done++;
  if (err) { c->failed = 1; c->err = *err; return; }
  lua_State *L = sandbox_state(s->fx->sb);
  c->result = lua_tointeger(L, -1);
  lua_pop(L, 1);
}

/* Run the calls as one series. */
static void run_series(fixture *fx, call *calls, int n) {
  series s = { fx, calls };
  lua_State *L = sandbox_state(fx->sb);
  int top = lua_gettop(L);
  assert_int_equal(sandbox_call_each(fx->sb, n, 1, prepare, done, &s), 0);
  assert_int_equal(lua_gettop(L), top);
}

/* Run one call alone with sandbox_call; 0 (result in *result) or -1 (err). */
static int run_alone(fixture *fx, const call *c, lua_Integer *result, sandbox_error *err) {
  lua_State *L = sandbox_state(fx->sb);
  int nargs = push_call(fx, c);
  memset(err, 0, sizeof *err);
  if (sandbox_call(fx->sb, nargs, 1, err) != 0) return -1;
  *result = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return 0;
}

static void assert_same_error(const sandbox_error *got, const sandbox_error *want) {
  assert_string_equal(got->file, want->file);
  assert_int_equal(got->line, want->line);
  assert_string_equal(got->message, want->message);
  assert_int_equal(got->budget, want->budget);
}

/* An error, a spent instruction budget, a spent memory budget, a budget
** error swallowed by the call's own pcall and a C function that spends the
** memory budget and returns (no instruction after it to raise the error),
** each between calls that succeed: each fails as it fails alone, and every
** other call runs, the last with nine tenths of the instruction budget. */
static void test_failures_end_their_call_only(void **state) {
  fixture *fx = *state;
  call calls[] = {
    CALL("echo", 1), CALL("boom", 0), CALL("echo", 2), CALL("loop", 0), CALL("echo", 3),
    CALL("hog", 0), CALL("echo", 4), CALL("swallow", 0), CALL("echo", 5), CALL_TEXT("rep", "x", 2 << 20),
    CALL("echo", 6), CALL("count", BUDGET * 9 / 10 / 2),
  };
  int n = (int)(sizeof calls / sizeof calls[0]);
  run_series(fx, calls, n);
  for (int i = 0; i < n; i++) {
    assert_int_equal(calls[i].done, 1);
    lua_Integer alone_result = 0;
    sandbox_error alone;
    int alone_failed = run_alone(fx, &calls[i], &alone_result, &alone) != 0;
    assert_int_equal(calls[i].failed, alone_failed);
    if (alone_failed) assert_same_error(&calls[i].err, &alone);
    else assert_int_equal(calls[i].result, alone_result);
  }
  assert_int_equal(calls[0].result, 1);
  assert_int_equal(calls[8].result, 5);
  assert_int_equal(calls[10].result, 6);
  assert_int_equal(calls[11].result, BUDGET * 9 / 10 / 2);
  assert_string_equal(calls[1].err.file, "rules/test/series.lua");
  assert_int_equal(calls[1].err.line, 4);
  assert_string_equal(calls[1].err.message, "boom");
  assert_int_equal(calls[3].err.budget, 1);
  assert_int_equal(calls[3].err.line, 5);
  assert_non_null(strstr(calls[3].err.message, "instruction budget of 200000 exhausted"));
  assert_non_null(strstr(calls[5].err.message, "memory budget of 1 MiB exhausted"));
  assert_non_null(strstr(calls[7].err.message, "instruction budget"));
  assert_int_equal(calls[9].failed, 1);
  assert_string_equal(calls[9].err.message, "memory budget of 1 MiB exhausted");
}

/* The largest n for which count(n) passes as the second of two calls, the
** first count(first): by two sandbox_calls (in_series 0), or as a series of
** two.  The second call allocates nothing (the first made its call frame),
** so the boundary is exact. */
static lua_Integer largest_second_count(fixture *fx, lua_Integer first, int in_series) {
  lua_Integer lo = 1, hi = BUDGET, result;   /* count(lo) passes, count(hi) fails */
  sandbox_error err;
  while (hi - lo > 1) {
    lua_Integer mid = (lo + hi) / 2;
    call two[] = { CALL("count", first), CALL("count", mid) };
    int passed;
    if (in_series) { run_series(fx, two, 2); passed = !two[0].failed && !two[1].failed; }
    else passed = run_alone(fx, &two[0], &result, &err) == 0 && run_alone(fx, &two[1], &result, &err) == 0;
    if (passed) lo = mid; else hi = mid;
  }
  return lo;
}

/* Each call of a series counts its instructions from zero, to the
** instruction, as sandbox_call does: whatever the call before it ran (a
** part of a hook block left over, or several blocks), the next call may run
** exactly as many instructions as after the smallest call, and exactly as
** many as by sandbox_call. */
static void test_each_call_counts_from_zero(void **state) {
  fixture *fx = *state;
  lua_Integer b = largest_second_count(fx, 1, 1);
  assert_int_equal(b, largest_second_count(fx, 1, 0));
  const lua_Integer firsts[] = { 1, 160, 333, 750, 1250, 5000, 60000 };
  for (size_t k = 0; k < sizeof firsts / sizeof firsts[0]; k++) {
    call passes[] = { CALL("count", firsts[k]), CALL("count", b) };
    run_series(fx, passes, 2);
    assert_int_equal(passes[1].failed, 0);
    assert_int_equal(passes[1].result, b);
    call fails[] = { CALL("count", firsts[k]), CALL("count", b + 1) };
    run_series(fx, fails, 2);
    assert_int_equal(fails[0].failed, 0);
    assert_int_equal(fails[1].failed, 1);
  }
}

/* The largest count(n) that passes: by sandbox_call alone (series 0), or
** as the only call of a series (series 1). */
static lua_Integer largest_count(fixture *fx, int in_series) {
  lua_Integer lo = 1, hi = BUDGET, result;   /* count(lo) passes, count(hi) fails */
  sandbox_error err;
  while (hi - lo > 1) {
    lua_Integer mid = (lo + hi) / 2;
    call c = CALL("count", mid);
    int passed;
    if (in_series) { run_series(fx, &c, 1); passed = !c.failed; }
    else passed = run_alone(fx, &c, &result, &err) == 0;
    if (passed) lo = mid; else hi = mid;
  }
  return lo;
}

/* The instruction budget ends a call where it ends it alone, wherever the
** call stands in a series.  Each loop iteration is two VM instructions.
** The hook counts them by blocks of HOOK_EVERY (1,000), and the budget also
** counts the bytes a call allocates (32 a unit), which include Lua's own
** call frames and stack when they grow: whether a call pays for that
** depends on what ran and was collected before (a call frame freed by a
** full collection after a failed call is allocated again by the next),
** both between sandbox_calls and in a series, and 2 units can end the call
** one block earlier.  So the two boundaries agree to within MARGIN
** iterations (one block), and count(n) passes or fails the same at every
** place of a series within that margin.  A hook count or instructions left
** from the previous call would fail count(lo) (after a spent budget the
** hook fires at every instruction). */
#define MARGIN 520
static void test_same_budget_as_alone(void **state) {
  fixture *fx = *state;
  lua_Integer alone = largest_count(fx, 0), in_series = largest_count(fx, 1);
  assert_in_range(in_series, alone - MARGIN, alone + MARGIN);
  lua_Integer lo = alone - MARGIN, hi = alone + MARGIN;
  call calls[] = {
    CALL("count", lo), CALL("count", hi), CALL("loop", 0), CALL("count", lo), CALL("boom", 0),
    CALL("count", hi), CALL("hog", 0), CALL("count", lo), CALL("swallow", 0), CALL("count", lo),
    CALL("count", hi), CALL("count", lo),
  };
  int n = (int)(sizeof calls / sizeof calls[0]);
  run_series(fx, calls, n);
  for (int i = 0; i < n; i++) {
    if (strcmp(calls[i].name, "count") != 0) continue;
    assert_int_equal(calls[i].failed, calls[i].arg == hi);
    if (calls[i].arg == lo) assert_int_equal(calls[i].result, lo);
    else assert_non_null(strstr(calls[i].err.message, "instruction budget"));
  }
}

/* Calls that prepare settles are not made and not reported; a series of
** nothing but those, or of nothing at all, leaves the stack as it was. */
static void test_settled_calls_are_not_made(void **state) {
  fixture *fx = *state;
  call calls[] = { SETTLED("boom"), CALL("echo", 7), SETTLED("loop"), CALL("keep", 8), CALL("keep", 9) };
  run_series(fx, calls, 5);
  assert_int_equal(calls[0].done, 0);
  assert_int_equal(calls[2].done, 0);
  assert_int_equal(calls[1].result, 7);
  assert_int_equal(calls[3].result, 8);
  assert_int_equal(calls[4].result, 8);   /* the file's own local, kept across calls */
  call none[] = { SETTLED("boom") };
  run_series(fx, none, 1);
  run_series(fx, none, 0);
  assert_int_equal(none[0].done, 0);
}

/* ---- through evaluate(): one rule file, failures in its middle ---- */

static const char *const treaty =
  "return { id = 'untoc', title = { en = 'Test Convention', fr = 'Convention test' },\n"
  "  short = { en = 'TC', fr = 'CT' }, kind = 'treaty', in_force = '2003-09-29' }\n";

static const char *const rules =
  "local function decl(clause, check)\n"
  "  obligation { ref = 'untoc:5.1', clause = clause, level = 'mandatory', title = { en = 't', fr = 't' },\n"
  "    category = 'criminalization', text = { en = 'provision' }, facts = {}, check = check }\n"
  "end\n"
  "local stashed\n"
  "decl('a', function(ctx) stashed = ctx; ctx.mark = 'stashed'; return ctx:met('first') end)\n"
  "decl('b', function(ctx) error('the check failed') end)\n"                  /* line 7 */
  "decl('c', function(ctx) while true do end end)\n"                         /* line 8 */
  "decl('d', function(ctx) local t = {} for i = 1, 1e9 do t[i] = string.rep('y', 4096) .. i end end)\n"
  "decl('e', function(ctx)\n"
  "  local x = 0 for i = 1, 90000 do x = x + i end\n"
  "  if ctx.mark ~= nil or stashed == ctx or stashed.id ~= 'untoc:5.1#a' then return ctx:not_met('state leaked') end\n"
  "  return ctx:met('fresh') end)\n"
  "decl('f', function(ctx) return ctx:met('last') end)\n";

/* The six rules evaluated for a profile bound by the treaty. */
static void evaluate_six(const char *dir, lx_assessment *a, lx_profile *p, lx_sandbox **sb, lx_ruleset *rs) {
  char path[512];
  snprintf(path, sizeof path, "%s/untoc", dir);
  assert_int_equal(mkdir(path, 0755), 0);
  snprintf(path, sizeof path, "%s/untoc/instrument.lua", dir);
  assert_int_equal(fx_write_file(path, treaty), 0);
  snprintf(path, sizeof path, "%s/untoc/rules.lua", dir);
  assert_int_equal(fx_write_file(path, rules), 0);
  const char *root = getenv("LEXGAP_ROOT");
  char from[512];
  snprintf(from, sizeof from, "%s/rules/schema.lua", root ? root : ".");
  snprintf(path, sizeof path, "%s/schema.lua", dir);
  assert_int_equal(fx_copy_file(from, path), 0);
  sandbox_error err;
  *sb = sandbox_new(&err);
  assert_non_null(*sb);
  diag_list d;
  diag_init(&d);
  assert_int_equal(ruleset_load(rs, *sb, dir, NULL, 0, &d), 0);
  sandbox_set_budget(*sb, BUDGET, MEMORY);
  const char *text = "return { profile_format = 1, state = { code = 'TST', name = 'Testland' },\n"
                     "  describes_law_as_of = '2024-01-01', parties = { untoc = { deposited = '2004-01-01' } } }";
  data_error derr;
  data_value *v = data_parse(text, strlen(text), &derr);
  assert_non_null(v);
  assert_int_equal(profile_from_data(p, "test-profile.lua", v, rs->schema, &d), 0);
  diag_free(&d);
  assert_int_equal(evaluate(a, *sb, rs, p, "2024-01-01", 0), 0);
}

static const lx_finding *finding(const lx_assessment *a, const char *id) {
  for (size_t i = 0; i < a->n; i++)
    if (strcmp(a->findings[i].rule->id, id) == 0) return &a->findings[i];
  fail_msg("no finding %s", id);
  return NULL;
}

static void test_rules_after_failures_run_fresh(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-series-XXXXXX";
  assert_non_null(mkdtemp(dir));
  lx_sandbox *sb;
  lx_ruleset rs;
  lx_profile p;
  lx_assessment a;
  evaluate_six(dir, &a, &p, &sb, &rs);
  char file[600];
  snprintf(file, sizeof file, "%s/untoc/rules.lua", dir);
  const lx_finding *f = finding(&a, "untoc:5.1#a");
  assert_int_equal(f->status, LX_MET);
  assert_string_equal(f->explanation.en, "first");
  f = finding(&a, "untoc:5.1#b");
  assert_int_equal(f->status, LX_ERROR);
  assert_string_equal(f->error_file, file);
  assert_int_equal(f->error_line, 7);
  assert_string_equal(f->error_message, "the check failed");
  f = finding(&a, "untoc:5.1#c");
  assert_int_equal(f->status, LX_ERROR);
  assert_int_equal(f->error_line, 8);
  assert_string_equal(f->error_message, "instruction budget of 200000 exhausted (infinite loop, or too much work in one call?)");
  f = finding(&a, "untoc:5.1#d");
  assert_int_equal(f->status, LX_ERROR);
  assert_int_equal(f->error_line, 9);
  assert_string_equal(f->error_message, "memory budget of 1 MiB exhausted");
  f = finding(&a, "untoc:5.1#e");   /* 180,000 of 200,000 instructions, after c spent its budget */
  assert_int_equal(f->status, LX_MET);
  assert_string_equal(f->explanation.en, "fresh");
  f = finding(&a, "untoc:5.1#f");
  assert_int_equal(f->status, LX_MET);
  assert_string_equal(f->explanation.fr, "last");
  assessment_free(&a);
  /* a second evaluation: the same findings (the series starts afresh) */
  assert_int_equal(evaluate(&a, sb, &rs, &p, "2024-01-01", 0), 0);
  assert_int_equal(finding(&a, "untoc:5.1#e")->status, LX_MET);
  assert_int_equal(finding(&a, "untoc:5.1#c")->status, LX_ERROR);
  assessment_free(&a);
  profile_free(&p);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  fx_remove_tree(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_failures_end_their_call_only, setup, teardown),
    cmocka_unit_test_setup_teardown(test_same_budget_as_alone, setup, teardown),
    cmocka_unit_test_setup_teardown(test_each_call_counts_from_zero, setup, teardown),
    cmocka_unit_test_setup_teardown(test_settled_calls_are_not_made, setup, teardown),
    cmocka_unit_test(test_rules_after_failures_run_fresh),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

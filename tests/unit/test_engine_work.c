/*
 * test_engine_work.c -- Lua code run as engine work (sandbox_engine_call):
 * the library's caches are built that way, charged to no rule (issue 13,
 * acct10).  What a call spends must not depend on the engine work done in
 * its middle: neither the VM instructions the work runs (they run on the
 * engine's own thread, whose count hook is off, so the calling thread's
 * hook counter is not advanced) nor the blocks it allocates (the engine's
 * account, outside the call's memory and instruction budgets).  The
 * observable is the exact instruction budget at which a call stops
 * failing, found by bisection, the same whatever the size of the work.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sandbox_fixture.h"

/* work(fn, ...) for the test chunks: fn(...) as engine work, its first
** result. */
static int work_lua(lua_State *L) {
  sandbox_engine_call(L, lua_gettop(L) - 1);
  return 1;
}

/* yielder() for the test chunks: yields (engine work may not). */
static int yielder_lua(lua_State *L) {
  return lua_yield(L, 0);
}

/* Run code as a rule file with work() and yielder() among its globals and n as the
** global N, under an instruction budget of budget and a memory budget of
** memory bytes (0: 16 MiB), charged to account; returns 0 (the chunk's
** result left on the stack) or -1 with err filled. */
static int run_with_work(lx_sandbox *sb, const char *code, long long n, long long budget, size_t memory,
                         int account, sandbox_error *err) {
  lua_State *L = sandbox_state(sb);
  memset(err, 0, sizeof *err);
  sandbox_push_env(sb);
  lua_pushcfunction(L, work_lua);
  lua_setfield(L, -2, "work");
  lua_pushcfunction(L, yielder_lua);
  lua_setfield(L, -2, "yielder");
  lua_pushinteger(L, n);
  lua_setfield(L, -2, "N");
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", err) != 0) return -1;
  sandbox_set_budget(sb, budget, memory ? memory : 16u << 20);
  sandbox_use_account(sb, account);
  int rc = sandbox_call(sb, 0, 1, err);
  sandbox_use_account(sb, 0);
  return rc;
}

/* The least instruction budget under which code runs to its end with
** N = n (bisection: a budget passes iff every larger one does). */
static long long least_budget(lx_sandbox *sb, const char *code, long long n) {
  long long lo = 1, hi = 1000000;   /* hi passes, lo - 1 fails */
  sandbox_error err;
  assert_int_equal(run_with_work(sb, code, n, hi, 0, 0, &err), 0);
  lua_pop(sandbox_state(sb), 1);
  while (lo < hi) {
    long long mid = lo + (hi - lo) / 2;
    if (run_with_work(sb, code, n, mid, 0, 0, &err) == 0) {
      lua_pop(sandbox_state(sb), 1);
      hi = mid;
    } else {
      assert_true(err.budget);   /* only the budget may stop it */
      lo = mid + 1;
    }
  }
  return lo;
}

/* A call that runs engine work of N loop turns (a few VM instructions
** each), then 5,250 turns of its own (about 10,500
** instructions: how often the hook fires in them depends on its phase). */
static const char SPIN[] =
  "local function spin(n) local x = 0 for i = 1, n do x = x + i end return x end\n"
  "local w = work(spin, N)\n"
  "local y = 0\n"
  "for i = 1, 5250 do y = y + i end\n"
  "return w + y\n";

/* The same, the engine work making N tables (kept alive by the result). */
static const char TABLES[] =
  "local function make(n) local t = {} for i = 1, n do t[i] = { i } end return t end\n"
  "local t = work(make, N)\n"
  "local y = 0\n"
  "for i = 1, 5250 do y = y + i end\n"
  "return t\n";

/* The instructions engine work runs on the engine's thread are not
** counted, and do not move when the calling thread's hook fires: the least
** budget is the same for work of 0 to 20,000 loop turns (run on the
** calling thread, work of 137 or 450 turns would shift the hook's phase
** by a few hundred instructions, and the least budget by a thousand:
** 11,001 instead of 10,001, checked by running it there). */
static void test_engine_work_leaves_the_count_alone(void **state) {
  lx_sandbox *sb = *state;
  long long base = least_budget(sb, SPIN, 0);
  assert_true(base > 5000);
  const long long sizes[] = { 1, 137, 450, 999, 1500, 20000 };
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    assert_int_equal(least_budget(sb, SPIN, sizes[i]), base);
}

/* Tables made in engine work are not charged to the call (bytes count
** against the instruction budget, ALLOC_BYTES_PER_UNIT a unit): the least
** budget is the same for 0 and 3,000 tables. */
static void test_engine_work_allocations_not_charged(void **state) {
  lx_sandbox *sb = *state;
  long long base = least_budget(sb, TABLES, 0);
  assert_int_equal(least_budget(sb, TABLES, 3000), base);
}

/* The blocks engine work makes land on the engine's account (0), not on
** the account the call charges (a rule file's), and stay there while they
** live. */
static void test_engine_work_blocks_on_engine_account(void **state) {
  lx_sandbox *sb = *state;
  int account = sandbox_new_account(sb);
  assert_true(account > 0);
  size_t engine_before = sandbox_account_memory(sb, 0), rule_before = sandbox_account_memory(sb, account);
  sandbox_error err;
  assert_int_equal(run_with_work(sb, TABLES, 3000, 1000000, 0, account, &err), 0);   /* the list of tables on the stack */
  size_t engine_grown = sandbox_account_memory(sb, 0) - engine_before;
  size_t rule_grown = sandbox_account_memory(sb, account) - rule_before;
  assert_true(engine_grown >= 3000 * 40);      /* a table is at least 40 bytes */
  assert_true(rule_grown < 4096);               /* the call's own closure, upvalues, numbers */
  lua_pop(sandbox_state(sb), 1);
}

/* An error in engine work is the call's error, with its message, located
** at the line of the rule that asked; the next engine work runs (on the
** engine's thread, made once at setup and reset after the error). */
static void test_engine_work_error_is_the_calls(void **state) {
  lx_sandbox *sb = *state;
  sandbox_error err;
  const char *fails = "local x = 1\nwork(function() error('no room for the list') end)\nreturn x\n";
  assert_int_equal(run_with_work(sb, fails, 0, 1000000, 0, 0, &err), -1);
  assert_non_null(strstr(err.message, "no room for the list"));
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 2);
  assert_false(err.budget);
  assert_int_equal(run_with_work(sb, SPIN, 10, 1000000, 0, 0, &err), 0);
  assert_int_equal(lua_tointeger(sandbox_state(sb), -1), 55 + 5250 * 5251 / 2);
  lua_pop(sandbox_state(sb), 1);
}

/* Engine work that fails (an error, or a yield: "engine work may not
** yield") or ends gives the call back its budgets: the call catches the
** error with pcall, checks its message (a wrong one ends the call without
** error, failing the test), and its endless loop after it is then stopped
** by its instruction budget (were the budgets left suspended, as when
** something raised between the start and the end of engine work, no
** budget, not even the time limit, would stop it: the loop is bounded so
** that the call then ends and returns a message, failing the test instead
** of hanging it).  The engine's thread, reset after each failure, runs the
** next work. */
static void test_failed_engine_work_gives_the_budgets_back(void **state) {
  lx_sandbox *sb = *state;
  const char *cases[][2] = {
    { "function() error('no room', 0) end", "no room" },
    { "function() local t = nil; return t.x end", "attempt to index" },
    { "yielder", "engine work may not yield" },
    { "function(...) return select('#', ...) .. ' args' end", "2 args" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char code[512];
    snprintf(code, sizeof code,
             "local ok, e = pcall(work, %s, 1, 2)\n"
             "if not string.find(tostring(e), '%s', 1, true) then return 'wrong: ' .. tostring(e) end\n"
             "for _ = 1, 30000000 do end\n"
             "return 'budgets left off'\n", cases[i][0], cases[i][1]);
    sandbox_error err;
    int rc = run_with_work(sb, code, 0, 100000, 0, 0, &err);
    if (rc == 0) fprintf(stderr, "%s\n", lua_tostring(sandbox_state(sb), -1));
    assert_int_equal(rc, -1);
    assert_true(err.budget);
    assert_null(strstr(err.message, "time limit"));
  }
}

/* Engine work nested in engine work (a view's content made while a cache
** is built) returns its result, and what the outer work allocates after
** the inner one ended is still the engine's: on the engine's account, and
** moving the call's memory limit up (a call with 64 KiB of memory, whose
** engine work makes 2,000 tables after a nested one, still has its room). */
static void test_engine_work_nests(void **state) {
  lx_sandbox *sb = *state;
  int account = sandbox_new_account(sb);
  size_t rule_before = sandbox_account_memory(sb, account);
  const char *nested =
    "local function make(n) local t = {} for i = 1, n do t[i] = { i } end return t end\n"
    "local function outer(n) local inner = work(make, 1) local t = make(n) t.inner = inner return t end\n"
    "local t = work(outer, N)\n"
    "local mine = {} for i = 1, 200 do mine[i] = { i } end\n"
    "return #t + #t.inner + #mine\n";
  sandbox_error err;
  int rc = run_with_work(sb, nested, 2000, 1000000, 64u << 10, account, &err);
  if (rc) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  assert_int_equal(rc, 0);
  assert_int_equal(lua_tointeger(sandbox_state(sb), -1), 2201);
  lua_pop(sandbox_state(sb), 1);
  assert_true(sandbox_account_memory(sb, account) - rule_before < 32768);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_engine_work_leaves_the_count_alone, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_allocations_not_charged, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_blocks_on_engine_account, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_error_is_the_calls, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_failed_engine_work_gives_the_budgets_back, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_nests, sbx_setup, sbx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

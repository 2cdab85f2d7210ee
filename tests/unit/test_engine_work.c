/*
 * test_engine_work.c -- Lua code run as engine work (sandbox_engine_call):
 * the library's offence list is built that way, by lx._begin outside
 * every rule's call (issue 13, acct10, fix10).  The contract held here:
 * the work's blocks are the engine's (account 0), never those of the rule
 * file whose call is being prepared, which is charged again after it; a
 * rule's budgets are exact whatever engine work ran before its call; an
 * error of the work is raised again with its error object, engine mode
 * left; engine work nests; and Lua engine work refuses to run while a
 * rule's call is running (its VM instructions would move the call's
 * count), also from engine work in C that suspended the call's budgets.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <lauxlib.h>

#include "sandbox_fixture.h"

#define REFUSED "engine work in Lua inside a rule's call"
#define KEPT "test.kept"   /* registry: what engine work made, kept alive while a call runs */

/* work(fn, ...): fn(...) as engine work, its first result. */
static int work_lua(lua_State *L) {
  sandbox_engine_call(L, lua_gettop(L) - 1);
  return 1;
}

/* yielder(): yields (engine work may not). */
static int yielder_lua(lua_State *L) {
  return lua_yield(L, 0);
}

/* Engine work in C (sandbox_engine_work): f() as Lua engine work from it. */
static int lua_work_from_c_work(lua_State *L) {
  sandbox_engine_call(L, 0);
  return 1;
}

/* work_in_c_work(f): f() as Lua engine work from inside engine work in C
** (as a view's content is made when a rule's call reads it). */
static int work_in_c_work_lua(lua_State *L) {
  lua_settop(L, 1);
  sandbox_engine_work(L, lua_work_from_c_work, 1, 1);
  return 1;
}

/* [-0, +1] A table of n tables { i } made in C (no VM instruction). */
static void push_tables(lua_State *L, lua_Integer n) {
  lua_createtable(L, (int)n, 1);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_createtable(L, 1, 0);
    lua_pushinteger(L, i);
    lua_rawseti(L, -2, 1);
    lua_rawseti(L, -2, i);
  }
}

/* Engine work in C: a table of one table. */
static int make_one_c(lua_State *L) {
  push_tables(L, 1);
  return 1;
}

/* Engine work in C: inner = (engine work in C nested in it: a table of
** one table), then a table t of n tables, t.inner = inner. */
static int make_after_nested_c(lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  sandbox_engine_work(L, make_one_c, 0, 1);
  push_tables(L, n);
  lua_insert(L, -2);
  lua_setfield(L, -2, "inner");
  return 1;
}

/* c_nested(n): make_after_nested_c(n) as engine work. */
static int c_nested_lua(lua_State *L) {
  lua_settop(L, 1);
  sandbox_engine_work(L, make_after_nested_c, 1, 1);
  return 1;
}

/* [-1, +1] Set work(), yielder(), work_in_c_work() and c_nested() in the
** environment on top, then compile code with it (sandbox_load). */
static void load_with_work(lx_sandbox *sb, const char *code, const char *chunkname) {
  lua_State *L = sandbox_state(sb);
  lua_pushcfunction(L, work_lua);
  lua_setfield(L, -2, "work");
  lua_pushcfunction(L, yielder_lua);
  lua_setfield(L, -2, "yielder");
  lua_pushcfunction(L, work_in_c_work_lua);
  lua_setfield(L, -2, "work_in_c_work");
  lua_pushcfunction(L, c_nested_lua);
  lua_setfield(L, -2, "c_nested");
  sandbox_error err;
  assert_int_equal(sandbox_load(sb, code, strlen(code), chunkname, &err), 0);
}

/* [-0, +1] The function the chunk code returns, made outside every call
** as the engine's own Lua is (the rule library's). */
static void push_engine_function(lx_sandbox *sb, const char *code) {
  lua_State *L = sandbox_state(sb);
  sandbox_push_env(sb);
  load_with_work(sb, code, "=engine");
  assert_int_equal(lua_pcall(L, 0, 1, 0), LUA_OK);
  assert_int_equal(lua_type(L, -1), LUA_TFUNCTION);
}

/* [-(nargs+1), +1] work(f, ...) for the function f below the nargs values
** on top, outside every call (as lx._begin calls kept between two rules'
** calls), under lua_pcall: its status, and the work's first result or the
** error object raised out of sandbox_engine_call. */
static int work_outside_calls(lx_sandbox *sb, int nargs) {
  lua_State *L = sandbox_state(sb);
  lua_pushcfunction(L, work_lua);
  lua_insert(L, -nargs - 2);
  return lua_pcall(L, nargs + 1, 1, 0);
}

/* Run code as a rule file with work() and the others among its globals,
** under an instruction budget of budget and a memory budget of memory bytes
** (0: 16 MiB), charged to account; returns 0 (the chunk's result left on
** the stack) or -1 with err filled. */
static int run_rule(lx_sandbox *sb, const char *code, long long budget, size_t memory, int account,
                    sandbox_error *err) {
  memset(err, 0, sizeof *err);
  sandbox_push_env(sb);
  load_with_work(sb, code, "@rules/test/chunk.lua");
  sandbox_set_budget(sb, budget, memory ? memory : 16u << 20);
  sandbox_use_account(sb, account);
  int rc = sandbox_call(sb, 0, 1, err);
  sandbox_use_account(sb, 0);
  return rc;
}

static const char MAKE[] =
  "return function(n) local t = {} for i = 1, n do t[i] = { i } end return t end\n";

/* Bytes a table of 64 hash slots adds to the account charged now. */
static size_t table_charged_to(lx_sandbox *sb, int account) {
  lua_State *L = sandbox_state(sb);
  size_t before = sandbox_account_memory(sb, account);
  lua_createtable(L, 0, 64);
  size_t grown = sandbox_account_memory(sb, account) - before;
  lua_pop(L, 1);
  return grown;
}

/* The blocks engine work makes between calls are the engine's (account
** 0), not those of the rule file charged while its call is prepared
** (prepare_rule charges it before lx._begin), and that file is charged
** again once the work ended: 3,000 tables on account 0, a few bytes at
** most on the file's (the call frame of work), and a table made after the
** work on the file's. */
static void test_engine_work_blocks_on_engine_account(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  int account = sandbox_new_account(sb);
  assert_true(account > 0);
  push_engine_function(sb, MAKE);
  lua_pushinteger(L, 3000);
  size_t engine_before = sandbox_account_memory(sb, 0), rule_before = sandbox_account_memory(sb, account);
  sandbox_use_account(sb, account);
  assert_int_equal(work_outside_calls(sb, 1), LUA_OK);
  size_t engine_grown = sandbox_account_memory(sb, 0) - engine_before;
  size_t rule_grown = sandbox_account_memory(sb, account) - rule_before;
  assert_true(table_charged_to(sb, account) >= 64 * 16);   /* the file is charged again */
  sandbox_use_account(sb, 0);
  assert_int_equal(lua_rawlen(L, -1), 3000);
  assert_true(engine_grown >= 3000 * 40);      /* a table is at least 40 bytes */
  assert_true(rule_grown < 512);
  lua_pop(L, 1);
}

/* An error of engine work is raised out of sandbox_engine_call with its
** error object as the work raised it (a message with or without Lua's
** location, a table, Lua's own message for an index of nil or a yield),
** and engine mode is left first: the rule file charged before is charged
** again.  Work that ends returns its first result only. */
static void test_engine_work_errors_raised_as_they_were(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  int account = sandbox_new_account(sb);
  const struct { const char *code; int status; const char *message; } cases[] = {
    { "return function() error('no room for the list', 0) end", LUA_ERRRUN, "no room for the list" },
    { "return function() error('no room for the list') end", LUA_ERRRUN, "engine:1: no room for the list" },
    { "return function() local t = nil; return t.x end", LUA_ERRRUN, "attempt to index" },
    { "return yielder", LUA_ERRRUN, "yield" },
    { "return function(...) return select('#', ...) .. ' args', 'second' end", LUA_OK, "2 args" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int top = lua_gettop(L);
    push_engine_function(sb, cases[i].code);
    lua_pushinteger(L, 1);
    lua_pushinteger(L, 2);
    sandbox_use_account(sb, account);
    assert_int_equal(work_outside_calls(sb, 2), cases[i].status);
    assert_true(table_charged_to(sb, account) >= 64 * 16);
    sandbox_use_account(sb, 0);
    assert_int_equal(lua_gettop(L), top + 1);
    const char *message = lua_tostring(L, -1);
    assert_non_null(message);
    if (i < 2 || cases[i].status == LUA_OK) assert_string_equal(message, cases[i].message);
    else assert_non_null(strstr(message, cases[i].message));
    lua_settop(L, top);
  }
  /* a table raised is the same table */
  lua_newtable(L);
  int raised = lua_gettop(L);
  push_engine_function(sb, "return function(e) error(e) end");
  lua_pushvalue(L, raised);
  assert_int_equal(work_outside_calls(sb, 1), LUA_ERRRUN);
  assert_true(lua_rawequal(L, -1, raised));
  lua_settop(L, raised - 1);
}

/* Inside a rule's call, Lua engine work runs nothing and raises
** "engine work in Lua inside a rule's call", located in the rule; also
** from engine work in C that suspended the call's budgets (the count hook
** still set).  The call keeps its budgets: caught by pcall, the refusal is
** checked (a wrong message, or work that ran, ends the call without error,
** failing the test) and the endless loop after it is stopped by the
** instruction budget (were the budgets left suspended, no budget would
** stop it: the loop is bounded so that the call then ends with a message,
** failing the test instead of hanging it). */
static void test_engine_work_refused_inside_a_call(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  const char *uncaught = "local x = 1\nwork(function() return 1 end)\nreturn x\n";
  assert_int_equal(run_rule(sb, uncaught, 1000000, 0, 0, &err), -1);
  assert_non_null(strstr(err.message, REFUSED));
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 2);
  assert_false(err.budget);
  const char *entries[] = { "work", "work_in_c_work" };
  for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
    char code[512];
    snprintf(code, sizeof code,
             "local ran = false\n"
             "local ok, e = pcall(%s, function() ran = true return 1 end)\n"
             "if ran or ok then return 'ran' end\n"
             "if not string.find(tostring(e), \"%s\", 1, true) then return 'wrong: ' .. tostring(e) end\n"
             "for _ = 1, 30000000 do end\n"
             "return 'budgets left off'\n", entries[i], REFUSED);
    int rc = run_rule(sb, code, 100000, 0, 0, &err);
    if (rc == 0) fprintf(stderr, "%s: %s\n", entries[i], lua_tostring(L, -1));
    assert_int_equal(rc, -1);
    assert_true(err.budget);
    assert_non_null(strstr(err.message, "instruction budget"));
  }
}

/* Engine work nests.  Lua in Lua, outside calls: the inner work returns
** its result and the outer one's blocks made after it are still the
** engine's, the rule file's account untouched.  C in C, inside a call (a
** view's content made while engine work in C runs): what the outer work
** allocates after the inner one ended still moves the call's memory limits
** up (a call with 64 KiB of memory, whose engine work makes 2,000 tables
** after a nested one, still has room for 200 of its own once its loop of
** about 10,000 instructions has taken the room it had measured, so that
** the limits are checked again). */
static void test_engine_work_nests(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  int account = sandbox_new_account(sb);
  push_engine_function(sb,
    "local function make(n) local t = {} for i = 1, n do t[i] = { i } end return t end\n"
    "return function(n) local inner = work(make, 1) local t = make(n) t.inner = inner return t end\n");
  lua_pushinteger(L, 2000);
  size_t engine_before = sandbox_account_memory(sb, 0), rule_before = sandbox_account_memory(sb, account);
  sandbox_use_account(sb, account);
  assert_int_equal(work_outside_calls(sb, 1), LUA_OK);
  sandbox_use_account(sb, 0);
  assert_true(sandbox_account_memory(sb, account) - rule_before < 512);
  assert_true(sandbox_account_memory(sb, 0) - engine_before >= 2000 * 40);
  assert_int_equal(lua_rawlen(L, -1), 2000);
  assert_int_equal(lua_getfield(L, -1, "inner"), LUA_TTABLE);
  assert_int_equal(lua_rawlen(L, -1), 1);
  lua_pop(L, 2);

  const char *in_call =
    "local t = c_nested(2000)\n"
    "local y = 0 for i = 1, 5000 do y = y + i end\n"
    "local mine = {} for i = 1, 200 do mine[i] = { i } end\n"
    "return #t + #t.inner + #mine\n";
  sandbox_error err;
  rule_before = sandbox_account_memory(sb, account);
  lua_gc(L, LUA_GCCOLLECT);
  lua_gc(L, LUA_GCSTOP);                 /* nothing freed: the heap grows by every block the work makes */
  int rc = run_rule(sb, in_call, 1000000, 64u << 10, account, &err);
  lua_gc(L, LUA_GCRESTART);
  if (rc) fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
  assert_int_equal(rc, 0);
  assert_int_equal(lua_tointeger(L, -1), 2201);
  lua_pop(L, 1);
  assert_true(sandbox_account_memory(sb, account) - rule_before < 32768);
}

/* One rule's call made as the engine makes it (sandbox_call_each): its
** prepare charges the rule file's account, as prepare_rule does before
** lx._begin, runs engine work making n tables (kept alive in the registry
** while the call runs, as the library keeps the offence list), then pushes
** the rule's function. */
typedef struct {
  lx_sandbox *sb;
  int account, rule_ref, make_ref;
  lua_Integer n;
  int failed;
  sandbox_error err;
} call_after_work;

static int prepare_after_work(void *ud, int i) {
  (void)i;
  call_after_work *c = ud;
  lua_State *L = sandbox_state(c->sb);
  sandbox_use_account(c->sb, c->account);
  lua_pushcfunction(L, work_lua);
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->make_ref);
  lua_pushinteger(L, c->n);
  lua_call(L, 2, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, KEPT);
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->rule_ref);
  return 0;
}

static void done_after_work(void *ud, int i, const sandbox_error *err) {
  (void)i;
  call_after_work *c = ud;
  sandbox_use_account(c->sb, 0);
  c->failed = err != NULL;
  if (err) c->err = *err;
  else lua_pop(sandbox_state(c->sb), 1);
}

/* Does the rule's call, after engine work of n tables, run to its end
** under an instruction budget of budget? */
static int passes_after_work(call_after_work *c, lua_Integer n, long long budget) {
  lua_gc(sandbox_state(c->sb), LUA_GCCOLLECT);   /* the last run's garbage off the file's account */
  c->n = n;
  sandbox_set_budget(c->sb, budget, 16u << 20);
  sandbox_call_each(c->sb, 1, 1, prepare_after_work, done_after_work, c);
  if (c->failed && !strstr(c->err.message, "instruction budget"))
    fail_msg("n = %lld, budget %lld: %s", (long long)n, budget, c->err.message);
  return !c->failed;
}

/* The least instruction budget under which the rule runs to its end after
** engine work of n tables (bisection: a budget passes iff every larger one
** does). */
static long long least_budget_after_work(call_after_work *c, lua_Integer n) {
  long long lo = 1, hi = 1000000;   /* hi passes, lo - 1 fails */
  assert_true(passes_after_work(c, n, hi));
  while (lo < hi) {
    long long mid = lo + (hi - lo) / 2;
    if (passes_after_work(c, n, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/* A rule's budgets are exact around engine work between calls: the least
** instruction budget of a call (about 10,500 VM instructions and a few
** tables of its own) is the same whatever engine work ran in its prepare,
** and the work's tables, alive while the call runs, do not count against
** the rule file's memory held across calls (64 KiB here: 3,000 tables on
** its account would exhaust it). */
static void test_budgets_exact_around_engine_work_between_calls(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  lua_pushboolean(L, 0);
  lua_setfield(L, LUA_REGISTRYINDEX, KEPT);       /* the slot made before any account is charged */
  call_after_work c = { .sb = sb, .account = sandbox_new_account(sb) };
  push_engine_function(sb, MAKE);
  c.make_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  static const char rule[] =
    "local mine = {} for i = 1, 20 do mine[i] = { i } end\n"
    "local y = 0 for i = 1, 5250 do y = y + i end\n"
    "return y + #mine\n";
  sandbox_push_env(sb);
  sandbox_use_account(sb, c.account);
  load_with_work(sb, rule, "@rules/test/chunk.lua");
  sandbox_use_account(sb, 0);
  c.rule_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  sandbox_set_held_budget(sb, 64u << 10, 0);
  long long base = least_budget_after_work(&c, 0);
  assert_true(base > 5000);
  const lua_Integer sizes[] = { 1, 137, 450, 3000 };
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    assert_int_equal(least_budget_after_work(&c, sizes[i]), base);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_engine_work_blocks_on_engine_account, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_errors_raised_as_they_were, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_refused_inside_a_call, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_engine_work_nests, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_budgets_exact_around_engine_work_between_calls, sbx_setup, sbx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_sandbox.c -- every known way out of the rule sandbox, and the budgets.
 *
 * Each test runs a chunk as a rule file would run (fresh environment, text
 * mode, sandbox_call) and checks that the escape fails, or that the budget
 * stops the chunk with a located error, and that the state is still usable.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

#include "sandbox.h"

static int setup(void **state) {
  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  if (!sb) { fprintf(stderr, "sandbox_new: %s\n", err.message); return -1; }
  sandbox_set_budget(sb, 2000000, 16u << 20);
  *state = sb;
  return 0;
}

static int teardown(void **state) {
  sandbox_free(*state);
  return 0;
}

/* Run code as the rule file "@rules/test/chunk.lua"; returns 0 or -1 with
** err filled.  One result (if any) is left on the stack. */
static int run(lx_sandbox *sb, const char *code, sandbox_error *err) {
  memset(err, 0, sizeof *err);
  sandbox_push_env(sb);
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", err) != 0) return -1;
  return sandbox_call(sb, 0, 1, err);
}

/* Run code that must succeed and return a string; compare it. */
static void yields_string(lx_sandbox *sb, const char *code, const char *want) {
  sandbox_error err;
  int rc = run(sb, code, &err);
  if (rc != 0) fail_msg("unexpected error: %s:%d: %s", err.file, err.line, err.message);
  lua_State *L = sandbox_state(sb);
  const char *got = lua_tostring(L, -1);
  assert_non_null(got);
  assert_string_equal(got, want);
  lua_pop(L, 1);
}

/* Run code that must fail; the message must contain want, at line `line`
** of the chunk (0: do not check). */
static void fails_with(lx_sandbox *sb, const char *code, const char *want, int line) {
  sandbox_error err;
  int rc = run(sb, code, &err);
  assert_int_equal(rc, -1);
  if (!strstr(err.message, want)) fail_msg("message '%s' lacks '%s'", err.message, want);
  if (line) {
    assert_string_equal(err.file, "rules/test/chunk.lua");
    assert_int_equal(err.line, line);
  }
}

/* ---- what is not there ---- */

static void test_no_io(void **state) {
  fails_with(*state, "return io.open('/etc/passwd'):read('a')", "global 'io'", 1);
}

static void test_no_os_execute(void **state) {
  fails_with(*state, "os.execute('touch /tmp/lexgap-escape')", "field 'execute'", 1);
  yields_string(*state, "return tostring(os.getenv) .. tostring(os.remove) .. tostring(os.exit)", "nilnilnil");
}

static void test_no_debug_package_require(void **state) {
  yields_string(*state,
                "return tostring(debug) .. tostring(package) .. tostring(require) .. tostring(dofile) .. "
                "tostring(loadfile) .. tostring(collectgarbage) .. tostring(rawset)",
                "nilnilnilnilnilnilnil");
}

static void test_no_bytecode(void **state) {
  /* a binary chunk is refused by load, whatever mode is asked for */
  yields_string(*state, "local f, msg = load('\\27Lua\\84\\0\\25\\147') return tostring(f) .. ' ' .. msg",
                "nil attempt to load a binary chunk (mode is 't')");
  fails_with(*state, "return load('return 1', 'x', 'b')", "only text chunks", 1);
  /* and the rule file itself cannot be bytecode */
  sandbox_error err;
  lx_sandbox *sb = *state;
  sandbox_push_env(sb);
  assert_int_equal(sandbox_load(sb, "\033Lua\x54\x00", 6, "@rules/test/chunk.lua", &err), -1);
  assert_non_null(strstr(err.message, "binary"));
}

static void test_no_string_dump(void **state) {
  yields_string(*state, "return tostring(string.dump) .. tostring(('').dump)", "nilnil");
}

static void test_string_metatable_protected(void **state) {
  yields_string(*state, "return tostring(getmetatable(''))", "false");
  fails_with(*state, "setmetatable('', {})", "table expected", 1);
}

static void test_no_shared_writable_state(void **state) {
  lx_sandbox *sb = *state;
  /* one file changes its copy of string and its globals ... */
  yields_string(sb, "string.upper = function() return 'hijacked' end; shared = 1; lx.readonly = nil; return 'done'", "done");
  /* ... another file sees none of it, nor does method syntax on strings */
  yields_string(sb, "return string.upper('a') .. ('b'):upper() .. tostring(shared) .. type(lx.readonly)", "ABnilfunction");
}

static void test_no_gc_metamethod(void **state) {
  fails_with(*state, "setmetatable({}, { __gc = function() while true do end end })", "__gc", 1);
}

static void test_load_runs_in_sandbox(void **state) {
  yields_string(*state, "return tostring(load('return io')())", "nil");
  yields_string(*state, "x = 7; return tostring(load('return x')())", "7");
}

static void test_no_randomness(void **state) {
  yields_string(*state, "return tostring(math.random) .. tostring(math.randomseed)", "nilnil");
}

static void test_os_dates_only(void **state) {
  yields_string(*state, "return os.date('!%Y-%m-%d', os.time{ year = 2003, month = 9, day = 29 })", "2003-09-29");
  fails_with(*state, "return os.time()", "bad argument #1", 1);
  fails_with(*state, "return os.date('%c', 0)", "not allowed", 1);
}

static void test_pattern_inputs_bounded(void **state) {
  fails_with(*state, "return string.find(string.rep('a', 20000), 'b')", "pattern matching on a string of 20000 bytes", 1);
  fails_with(*state, "return ('aaaa'):match('.-.-.-b')", "unbounded repetitions", 1);
  yields_string(*state, "return (('a.b'):gsub('%.', '-'))", "a-b");
  /* plain find is not a pattern */
  yields_string(*state, "return tostring(string.find(string.rep('a', 20000), 'b', 1, true))", "nil");
}

/* ---- budgets and errors ---- */

static void test_infinite_loop(void **state) {
  fails_with(*state, "local n = 0\nwhile true do\n  n = n + 1\nend", "instruction budget", 0);
  sandbox_error err;
  assert_int_equal(run(*state, "local n = 0\nwhile true do\n  n = n + 1\nend", &err), -1);
  assert_int_equal(err.budget, 1);
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_in_range(err.line, 2, 3);
}

static void test_infinite_loop_inside_pcall(void **state) {
  /* a rule cannot catch the budget error and carry on */
  fails_with(*state,
               "for i = 1, 100 do pcall(function() while true do end end) end\nreturn 'survived'",
               "instruction budget", 0);
}

static void test_memory_bomb(void **state) {
  sandbox_error err;
  int rc = run(*state, "local t = {}\nfor i = 1, 1e9 do\n  t[i] = string.rep('x', 4096) .. i\nend", &err);
  assert_int_equal(rc, -1);
  assert_int_equal(err.budget, 1);
  assert_non_null(strstr(err.message, "memory budget"));
}

static void test_memory_bomb_single_allocation(void **state) {
  sandbox_error err;
  assert_int_equal(run(*state, "return string.rep('x', 1 << 30)", &err), -1);
  assert_non_null(strstr(err.message, "memory budget"));
}

static void test_memory_bomb_inside_pcall(void **state) {
  fails_with(*state,
               "local ok = pcall(function() local t = {} for i = 1, 1e9 do t[i] = {} end end)\n"
               "local t = {} for i = 1, 1e9 do t[i] = {} end",
               "memory budget", 0);
}

static void test_runtime_error_located(void **state) {
  fails_with(*state, "local x = 1\nlocal y = nil\nreturn x + y", "attempt to perform arithmetic", 3);
  fails_with(*state, "\n\nerror('the rule failed')", "the rule failed", 3);
}

static void test_error_object_not_string(void **state) {
  /* the message handler never calls a rule's __tostring */
  fails_with(*state, "error(setmetatable({}, { __tostring = function() while true do end end }))",
               "(error object is a table value)", 1);
}

static void test_syntax_error_located(void **state) {
  sandbox_error err;
  lx_sandbox *sb = *state;
  sandbox_push_env(sb);
  const char *code = "local a = 1\nlocal b = = 2\n";
  assert_int_equal(sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", &err), -1);
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 2);
  assert_non_null(strstr(err.message, "unexpected symbol"));
  assert_int_equal(lua_gettop(sandbox_state(sb)), 0);   /* nothing left behind */
}

static void test_state_usable_after_failures(void **state) {
  lx_sandbox *sb = *state;
  sandbox_error err;
  assert_int_equal(run(sb, "while true do end", &err), -1);
  assert_int_equal(run(sb, "local t = {} for i = 1, 1e9 do t[i] = {} end", &err), -1);
  yields_string(sb, "return 'still works'", "still works");
  assert_int_equal(lua_gettop(sandbox_state(sb)), 0);
}

static void test_library_is_loaded_and_readonly_views(void **state) {
  yields_string(*state,
                "local t = lx.readonly({ a = { b = 1 } })\n"
                "local ok, msg = pcall(function() t.a.c = 2 end)\n"
                "return tostring(t.a.b) .. ' ' .. tostring(ok) .. ' ' .. tostring(getmetatable(t))",
                "1 false false");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_no_io, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_os_execute, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_debug_package_require, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_bytecode, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_string_dump, setup, teardown),
    cmocka_unit_test_setup_teardown(test_string_metatable_protected, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_shared_writable_state, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_gc_metamethod, setup, teardown),
    cmocka_unit_test_setup_teardown(test_load_runs_in_sandbox, setup, teardown),
    cmocka_unit_test_setup_teardown(test_no_randomness, setup, teardown),
    cmocka_unit_test_setup_teardown(test_os_dates_only, setup, teardown),
    cmocka_unit_test_setup_teardown(test_pattern_inputs_bounded, setup, teardown),
    cmocka_unit_test_setup_teardown(test_infinite_loop, setup, teardown),
    cmocka_unit_test_setup_teardown(test_infinite_loop_inside_pcall, setup, teardown),
    cmocka_unit_test_setup_teardown(test_memory_bomb, setup, teardown),
    cmocka_unit_test_setup_teardown(test_memory_bomb_single_allocation, setup, teardown),
    cmocka_unit_test_setup_teardown(test_memory_bomb_inside_pcall, setup, teardown),
    cmocka_unit_test_setup_teardown(test_runtime_error_located, setup, teardown),
    cmocka_unit_test_setup_teardown(test_error_object_not_string, setup, teardown),
    cmocka_unit_test_setup_teardown(test_syntax_error_located, setup, teardown),
    cmocka_unit_test_setup_teardown(test_state_usable_after_failures, setup, teardown),
    cmocka_unit_test_setup_teardown(test_library_is_loaded_and_readonly_views, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_join.c -- lx.join joined in C (engine/sandbox_join.c) against the
 * Lua join it replaces, and its budget.
 *
 * A rule chunk defines the Lua join as the library had it and compares,
 * over lists and separators of every kind (strings, numbers, tables with
 * and without a language, views, __index functions, holes, strings as
 * separators, numbers as separators, a missing last separator, lists that
 * are not tables), what both return, or the error both raise (its message
 * without the location, which names the library or the chunk); and that a
 * list without end behind a C __index stops on the instruction budget.
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
#include "sandbox_fixture.h"

static void test_same_as_the_lua_join(void **state) {
  lx_sandbox *sb = *state;
  sandbox_set_budget(sb, 50000000, 64u << 20);   /* 299 comparisons in one call */
  const char *code =
    "local SEP, LAST = { en = ', ', fr = ', ' }, { en = ' and ', fr = ' et ' }\n"
    "local function join_in(list, sep, last, lang)\n"
    "  local parts = {}\n"
    "  for i, item in ipairs(list) do parts[i] = type(item) == 'table' and item[lang] or tostring(item) end\n"
    "  local n = #parts\n"
    "  if n <= 1 then return parts[1] or '' end\n"
    "  return table.concat(parts, sep[lang], 1, n - 1) .. last[lang] .. parts[n]\n"
    "end\n"
    "local function reference(list, sep, last)\n"
    "  sep = sep or SEP\n"
    "  last = last or LAST\n"
    "  local en = join_in(list, sep, last, 'en')\n"
    "  return { en = en, fr = join_in(list, sep, last, 'fr') }\n"
    "end\n"
    "local A, B = { en = 'one', fr = 'un' }, { en = 'two' }\n"
    "local lists = { {}, { 'a' }, { 'a', 'b' }, { 'a', 'b', 'c' }, { 'a', 'b', 'c', 'd', 'e' },\n"
    "  { 1, 2.5, -0.0, 1e100, 'x' }, { A, 'b' }, { A, B, 'c' }, { B }, { { en = 'x', fr = 5 } }, { { en = 'x', fr = 5 }, 'y' },\n"
    "  { { en = false, fr = 'f' }, 'y' }, { true, 'b' }, { A, print }, { 'a\\0b', 'caf\\195\\169', '' },\n"
    "  lx.readonly({ { en = 'viewed', fr = 'vu' }, 'z' }), { 'a', nil, 'c' }, { [2] = 'b' },\n"
    "  setmetatable({}, { __index = function(_, i) if i <= 3 then return 'i' .. i end end }),\n"
    "  setmetatable({ 'own' }, { __index = { 'no', 'inherited', { en = 'E', fr = 'F' } } }),\n"
    "  'a string', 42, nil }\n"
    "local seps = { { nil, nil }, { false, false }, { { en = '; ', fr = ' ; ' }, { en = '; ', fr = ' ; ' } },\n"
    "  { nil, { en = ' or ', fr = ' ou ' } }, { { en = ' ', fr = ' ' }, nil }, { 'x', nil }, { { en = 1, fr = 2 }, nil },\n"
    "  { nil, { en = 3, fr = 4 } }, { nil, { en = 'only' } }, { {}, {} }, { 5, nil }, { nil, 'y' },\n"
    "  { lx.readonly({ en = '-', fr = '_' }), lx.readonly({ en = '+', fr = '=' }) } }\n"
    "local function outcome(f, ...)\n"
    "  local ok, r = pcall(f, ...)\n"
    "  if not ok then return 'error ' .. tostring(r):gsub('^[^:]*:%d+: ', '') end\n"
    "  return type(r.en) .. ' ' .. tostring(r.en) .. ' | ' .. type(r.fr) .. ' ' .. tostring(r.fr)\n"
    "end\n"
    "local n = 0\n"
    "for i = 1, #lists + 1 do\n"
    "  for _, s in ipairs(seps) do\n"
    "    local got, want = outcome(lx.join, lists[i], s[1], s[2]), outcome(reference, lists[i], s[1], s[2])\n"
    "    if got ~= want then return 'list ' .. i .. ': ' .. got .. ' ~= ' .. want end\n"
    "    n = n + 1\n"
    "  end\n"
    "end\n"
    "return 'same ' .. n\n";
  sandbox_error err;
  if (sbx_run(sb, code, &err) != 0) fail_msg("unexpected error: %s:%d: %s", err.file, err.line, err.message);
  lua_State *L = sandbox_state(sb);
  assert_string_equal(lua_tostring(L, -1), "same 299");
  lua_pop(L, 1);
}

/* Each item read is charged: a list without end behind a C __index (no
** instruction runs for the hook to count) stops on the budget, located at
** the call; the state is usable afterwards. */
static void test_endless_list_stops_on_the_budget(void **state) {
  lx_sandbox *sb = *state;
  sandbox_error err;
  assert_int_equal(sbx_run(sb, "local x = 1\nreturn lx.join(setmetatable({}, { __index = rawlen }))", &err), -1);
  if (!strstr(err.message, "instruction budget")) fail_msg("message '%s'", err.message);
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 2);
  assert_int_equal(sbx_run(sb, "return lx.join({ 'a', 'b', 'c' }).fr", &err), 0);
  lua_State *L = sandbox_state(sb);
  assert_string_equal(lua_tostring(L, -1), "a, b et c");
  lua_pop(L, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_same_as_the_lua_join, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_endless_list_stops_on_the_budget, sbx_setup, sbx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

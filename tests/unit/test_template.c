/*
 * test_template.c -- what a rule's own tables see of lx.t, the library's
 * fill_with and lx.join (engine/sandbox_template.c, sandbox_join.c): every
 * read they make of a template, a values table, a value, a list, an item
 * and a separator, in order, with the metamethods a rule gave them, and the
 * errors those metamethods raise, as they are.
 *
 * Each table of a case logs its reads through an __index function; the
 * chunk returns the texts made and the log, compared with the order the
 * library documents: the template's en and fr checked then read; English
 * filled, then French, each placeholder in the text's order (values[name],
 * then value[lang]); a value the C fill cannot take handed, with everything,
 * to the Lua fill, which reads it all again; lx.join's items in English,
 * then its separators, then the same in French.
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

/* The chunk's helpers: traced(name, t) is a table whose every read logs
** "name.key" and gives t[key]; seen() returns the log so far (joined by
** spaces) and empties it; text(r) is a result's "en | fr". */
#define TRACED_PRELUDE                                                         \
  "local log = {}\n"                                                           \
  "local function traced(name, t)\n"                                           \
  "  return setmetatable({}, { __index = function(_, k)\n"                     \
  "    log[#log + 1] = name .. '.' .. tostring(k)\n"                           \
  "    return t[k]\n"                                                          \
  "  end })\n"                                                                 \
  "end\n"                                                                      \
  "local function seen() local s = table.concat(log, ' '); log = {}; return s end\n" \
  "local function text(r) return r.en .. ' | ' .. r.fr end\n"

/* [-0, +0] Run code (TRACED_PRELUDE before it) as a rule file, with the
** library's fill_with given to it as a global (made as the library gets it,
** from template_filler with lx.t as its Lua fill), and bilingual_maker;
** its one result must be the string want. */
static void traces_as(lx_sandbox *sb, const char *code, const char *want) {
  lua_State *L = sandbox_state(sb);
  char chunk[8192];
  snprintf(chunk, sizeof chunk, "%s%s", TRACED_PRELUDE, code);
  sandbox_error err;
  memset(&err, 0, sizeof err);
  sandbox_push_env(sb);                                   /* env */
  lua_getfield(L, -1, "lx");
  lua_getfield(L, -1, "t");
  lua_remove(L, -2);                                      /* env lx.t */
  lua_pushcfunction(L, template_filler_lua);
  lua_insert(L, -2);
  lua_call(L, 1, 2);                                      /* env fill fill_with */
  lua_setfield(L, -3, "fill_with");
  lua_pushcfunction(L, bilingual_maker_lua);
  lua_setfield(L, -3, "bilingual_maker");
  lua_pop(L, 1);
  if (sandbox_load(sb, chunk, strlen(chunk), "@rules/test/chunk.lua", &err) != 0 ||
      sandbox_call(sb, 0, 1, &err) != 0)
    fail_msg("unexpected error: %s:%d: %s", err.file, err.line, err.message);
  assert_string_equal(lua_tostring(L, -1), want);
  lua_pop(L, 1);
}

/* lx.t reads a template with a metatable twice (checked, then read), then
** each placeholder of English in order, then of French; a string value is
** not indexed, a table value once per placeholder in its language; a
** value without a text gives "", a missing name stays "{name}". */
static void test_fill_reads_in_the_documented_order(void **state) {
  traces_as(*state,
    "local r = lx.t(traced('tpl', { en = '{a} {b} {a} {z}', fr = '{b}-{a}' }),\n"
    "  traced('v', { a = traced('A', { en = 'one', fr = 'un' }), b = 'B', z = traced('Z', {}) }))\n"
    "return text(r) .. ' / ' .. seen()\n",
    "one B one  | B-un / tpl.en tpl.fr tpl.en tpl.fr v.a A.en v.b v.a A.en v.z Z.en v.b v.a A.fr");
}

/* fill_with reads its named values as lx.t reads a values table's (the
** names themselves are arguments, nothing to read), and a plain template
** or value table is not traced at all; a string filled alone is that
** string, in both languages. */
static void test_fill_with_reads_in_the_documented_order(void **state) {
  traces_as(*state,
    "local A = traced('A', { en = 'one', fr = 'un' })\n"
    "local r1 = fill_with(traced('tpl', { en = '{a}/{b}/{a}', fr = '{a}' }), 'b', 'B', 'a', A)\n"
    "local s1 = seen()\n"
    "local r2 = fill_with('{a}', 'a', 'alone')\n"
    "local r3 = fill_with({ en = '{a}.', fr = '{a} !' }, 'a', { en = 'x', fr = 'y' })\n"
    "return text(r1) .. ' / ' .. s1 .. ' / ' .. text(r2) .. ' / ' .. text(r3) .. ' / ' .. seen()\n",
    "one/B/one | un / tpl.en tpl.fr tpl.en tpl.fr A.en A.en A.fr / alone | alone / x. | y ! / ");
}

/* A value whose text the C fill cannot put in (a table) is handed, with
** the template and values, to the Lua fill, which reads them again and
** raises gsub's error; an error raised by a rule's own __index reaches the
** rule as it raised it, located in the rule, with no library prefix. */
static void test_fill_hands_over_and_keeps_errors(void **state) {
  traces_as(*state,
    "local ok, e = pcall(lx.t, traced('tpl', { en = 'x{a}', fr = '{a}' }), traced('v', { a = traced('A', { en = {} }) }))\n"
    "local e1 = tostring(e):gsub('^[^:]*:%d+: ', '') .. ' / ' .. seen()\n"
    "local bad = setmetatable({}, { __index = function() error('no such text') end })\n"
    "local ok2, e2 = pcall(lx.t, '{a}', { a = bad })\n"
    "local ok3, e3 = pcall(lx.join, { 'x', bad })\n"
    "local ok4, e4 = pcall(fill_with, '{a}', 'a', bad)\n"
    "return e1 .. ' / ' .. tostring(ok2 or ok3 or ok4) .. ' ' .. e2 .. ' ' .. e3 .. ' ' .. e4\n",
    "invalid replacement value (a table) / tpl.en tpl.fr tpl.en tpl.fr v.a A.en"
    " tpl.en tpl.fr tpl.en tpl.fr v.a A.en v.a A.en"
    " / false rules/test/chunk.lua:12: no such text rules/test/chunk.lua:12: no such text"
    " rules/test/chunk.lua:12: no such text");
}

/* lx.join reads, for English then French, the list's items in order up to
** the first nil (each item's text in the language), then, for two items or
** more, the separator and the last separator in that language; one item is
** itself, none "". */
static void test_join_reads_in_the_documented_order(void **state) {
  traces_as(*state,
    "local I = traced('I', { en = 'one', fr = 'un' })\n"
    "local r = lx.join(traced('list', { I, 'b', 3 }), traced('sep', { en = '; ', fr = ' ; ' }),\n"
    "  traced('last', { en = ' or ', fr = ' ou ' }))\n"
    "local s = seen()\n"
    "local r1, r0 = lx.join(traced('one', { I })), lx.join({})\n"
    "return text(r) .. ' / ' .. s .. ' / ' .. text(r1) .. ' / ' .. text(r0) .. '. / ' .. seen()\n",
    "one; b or 3 | un ; b ou 3 / list.1 I.en list.2 list.3 list.4 sep.en last.en"
    " list.1 I.fr list.2 list.3 list.4 sep.fr last.fr / one | un /  | . / one.1 I.en one.2 one.1 I.fr one.2");
}

/* Texts made, filled and dropped by the thousand (so that new strings are
** made where collected ones were), of every size around the scan's limit
** (more placeholders than a scan keeps), each filled as string.gsub fills
** it; then the same texts again. */
static void test_fill_of_texts_made_and_dropped(void **state) {
  lx_sandbox *sb = *state;
  sandbox_set_budget(sb, 2000000000, 64u << 20);
  traces_as(sb,
    "local function reference(text, values, lang)\n"
    "  return (string.gsub(text, '{([%w_]+)}', function(name)\n"
    "    local v = values[name]\n"
    "    if v == nil then return '{' .. name .. '}' end\n"
    "    if type(v) == 'table' then return v[lang] or '' end\n"
    "    return tostring(v)\n"
    "  end))\n"
    "end\n"
    "local values = { a = { en = 'A', fr = 'a' }, b = 'B', n = 7 }\n"
    "for round = 1, 2 do\n"
    "  for i = 1, 2500 do\n"
    "    local en = string.rep('{a}' .. i % 97 .. '{b}.', 1 + i % 11) .. string.rep('x', i % 1100) .. '{n}'\n"
    "    local fr = i % 2 == 0 and en or ('[' .. en .. '{z}]')\n"
    "    local got = lx.t({ en = en, fr = fr }, values)\n"
    "    if got.en ~= reference(en, values, 'en') or got.fr ~= reference(fr, values, 'fr') then\n"
    "      return 'differs at ' .. i .. ' in round ' .. round\n"
    "    end\n"
    "  end\n"
    "end\n"
    "return 'same'\n",
    "same");
}

/* Filling a text keeps nothing of it once the call is over: a rule file
** that fills thousands of templates it builds holds, after a full
** collection, what the same file holds when it fills none (within a few
** KiB).  What a file holds across calls counts against its own memory
** budget, so anything the fill kept of its texts (a cache of their scans
** holding the strings) would be memory one rule's fills keep and other
** rules' fills let go: one rule deciding whether another file meets its
** budget. */
static void test_fills_hold_nothing_across_calls(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_set_budget(sb, 2000000000, 64u << 20);
  size_t held[2];
  for (int fills = 0; fills < 2; fills++) {
    int account = sandbox_new_account(sb);
    assert_true(account > 0);
    sandbox_use_account(sb, account);
    char code[512];
    snprintf(code, sizeof code,
             "for i = 1, %d do\n"
             "  local t = string.rep('t', 500) .. i .. ' {a}'\n"
             "  local r = lx.t({ en = t, fr = t .. '.' }, { a = 'v' })\n"
             "  if r.en ~= string.rep('t', 500) .. i .. ' v' then return 'wrong at ' .. i end\n"
             "end\n"
             "return 'filled'\n", fills ? 3000 : 0);
    traces_as(sb, code, "filled");
    sandbox_use_account(sb, 0);
    lua_gc(L, LUA_GCCOLLECT);
    lua_gc(L, LUA_GCCOLLECT);
    held[fills] = sandbox_account_memory(sb, account);
  }
  if (held[1] > held[0] + 16 * 1024)
    fail_msg("a file that filled 3000 texts holds %zu bytes, one that filled none %zu", held[1], held[0]);
}

/* lx.bilingual (the library's bilingual, in C) and text_checked (made
** here by bilingual_maker, as the library makes it) against the Lua they
** replace, called from the same depth: for texts of every kind (strings,
** tables with and without strings in each language, views, __index
** functions that give or raise) and every kind of `what` (nil, false,
** strings, numbers, tables with and without __concat, one whose __concat
** gives no string, true), the same reads of the text, the same result (a
** new table, its keys in the same order, or the text itself) or the same
** error: the same message, located at the same line of the chunk, except
** that an error raised where the Lua is is located there (the chunk's
** copy, the library). */
static void test_bilingual_as_the_lua(void **state) {
  sandbox_set_budget(*state, 50000000, 64u << 20);
  traces_as(*state,
    "local function text_pair(x, what, level)\n"
    "  local kind = type(x)\n"
    "  if kind == 'string' then return x, x end\n"
    "  if kind == 'table' then\n"
    "    local en = x.en\n"
    "    if type(en) == 'string' then\n"
    "      local fr = x.fr\n"
    "      if type(fr) == 'string' then return en, fr end\n"
    "    end\n"
    "  end\n"
    "  error((what or 'text') .. ' must be a string or a table { en = ..., fr = ... }', level or 3)\n"   /* line 20 */
    "end\n"
    "local function reference(x, what)\n"
    "  local en, fr = text_pair(x, what, 4)\n"
    "  return { en = en, fr = fr }\n"
    "end\n"
    "local function checked_reference(x, what)\n"
    "  local kind = type(x)\n"
    "  if kind == 'string' then return x end\n"
    "  if kind == 'table' and type(x.en) == 'string' and type(x.fr) == 'string' then return x end\n"
    "  error((what or 'text') .. ' must be a string or a table { en = ..., fr = ... }', 3)\n"          /* line 30 */
    "end\n"
    "local _, checked = bilingual_maker(reference, checked_reference)\n"
    "local function caller(f, x, what) local r = f(x, what); return r end\n"
    "local function outer(f, x, what) local r = caller(f, x, what); return r end\n"
    "local function outcome(f, x, what)\n"
    "  local ok, r = pcall(outer, f, x, what)\n"
    "  if not ok then\n"
    "    if type(r) ~= 'string' then return 'error value ' .. type(r) end\n"
    "    return 'error ' .. r:gsub('^%[lexgap library%]:%d+:', 'LUA:'):gsub('^rules/test/chunk.lua:[23]0:', 'LUA:')\n"
    "  end\n"
    "  if rawequal(r, x) then return 'itself' end\n"
    "  local keys = {}\n"
    "  for k in pairs(r) do keys[#keys + 1] = k end\n"
    "  return table.concat(keys, ',') .. ' ' .. r.en .. ' | ' .. r.fr .. ' ' .. tostring(getmetatable(r))\n"
    "end\n"
    "local texts = { 'plain', '', { en = 'E', fr = 'F' }, { en = 'E' }, { fr = 'F' }, { en = 1, fr = 'F' },\n"
    "  { en = 'E', fr = false }, lx.readonly({ en = 'viewed', fr = 'vu' }),\n"
    "  traced('T', { en = 'tE', fr = 'tF' }), traced('U', { en = 5, fr = 'uF' }),\n"
    "  setmetatable({}, { __index = function(_, k) return k .. '!' end }),\n"
    "  setmetatable({}, { __index = function() error('no text here') end }), 42, true, print }\n"
    "local whats = { 'what', 5, 2.5, {}, setmetatable({}, { __concat = function(a, b) return 'C' .. type(a) .. b end }),\n"
    "  setmetatable({}, { __concat = function() return {} end }), true, false }\n"
    "local n = 0\n"
    "for _, pair in ipairs({ { lx.bilingual, reference }, { checked, checked_reference } }) do\n"
    "  for i = 1, #texts + 1 do\n"
    "    for j = 1, #whats + 1 do\n"
    "      local got = outcome(pair[1], texts[i], whats[j])\n"
    "      local read = seen()\n"
    "      local want = outcome(pair[2], texts[i], whats[j])\n"
    "      local read_want = seen()\n"
    "      if got ~= want or read ~= read_want then\n"
    "        return 'text ' .. i .. ', what ' .. j .. ': ' .. got .. ' [' .. read .. '] ~= ' .. want .. ' [' .. read_want .. ']'\n"
    "      end\n"
    "      n = n + 1\n"
    "    end\n"
    "  end\n"
    "end\n"
    "return 'same ' .. n\n",
    "same 288");
}

/* fill_with(template, name, value, ...), the library's fill without a
** values table, gives what lx.t gives with the table of those pairs: the
** same texts, or the same error (without its location), for every
** template form and every kind of value (those lx.t hands to the Lua
** fill included), with names in any order, repeated placeholders, a
** name that is the start of another, a value nil, no pairs; templates
** that are not one raise the same error (traces_as gives the chunk
** fill_with as the library makes it). */
static void test_fill_with_as_lx_t(void **state) {
  traces_as(*state,
    "local function outcome(f, ...)\n"
    "  local ok, r = pcall(f, ...)\n"
    "  if not ok then return 'error ' .. tostring(r):gsub('^[^:]*:%d+: ', '') end\n"
    "  return type(r.en) .. ' ' .. tostring(r.en) .. ' | ' .. type(r.fr) .. ' ' .. tostring(r.fr)\n"
    "end\n"
    "local texts = { '', 'plain', '{a}', 'x{a}y', '{a}{b}', '{b} then {a}', '{a} and {b} and {c} and {d}',\n"
    "  '{a}{a}{a}{a}{a}{a}{a}', '{missing} stays', '{ab}{a}{b}', '{a', '{}', 'caf\\195\\169 {b} \\0',\n"
    "  '{' .. string.rep('n', 300) .. '}', string.rep('{a}{b}-', 9) .. '{a' }\n"
    "local sets = { {}, { 'a', 'A' }, { 'a', 'A', 'b', 'B' }, { 'b', 'B', 'a', 'A' },\n"
    "  { 'a', 'A', 'ab', 'AB', 'b', { en = 'two', fr = 'deux' } }, { 'ab', 'AB', 'a', 'A' },\n"
    "  { 'a', 3, 'b', 2.5, 'c', true, 'd', false }, { 'a', { en = 'one' }, 'b', { fr = 'deux' } },\n"
    "  { 'a', lx.readonly({ en = 'viewed', fr = 'vu' }) }, { 'a', { en = 7, fr = false } },\n"
    "  { 'a', setmetatable({}, { __index = function(_, k) return k .. '!' end }) },\n"
    "  { 'a', { en = {} } }, { 'b', { fr = true } }, { 'a', print }, { n = 4, 'a', nil, 'b', 'B' },\n"
    "  { string.rep('n', 300), 'long' } }\n"
    "local n = 0\n"
    "for _, text in ipairs(texts) do\n"
    "  local templates = { text, { en = text, fr = '[' .. text .. ']' },\n"
    "    setmetatable({}, { __index = { en = text, fr = text .. '!' } }) }\n"
    "  for _, template in ipairs(templates) do\n"
    "    for i, set in ipairs(sets) do\n"
    "      local count, values = set.n or #set, {}\n"
    "      for k = 1, count, 2 do values[set[k]] = set[k + 1] end\n"
    "      local got = outcome(fill_with, template, table.unpack(set, 1, count))\n"
    "      local want = outcome(lx.t, template, values)\n"
    "      if got ~= want then return 'text ' .. text .. ', set ' .. i .. ': ' .. got .. ' ~= ' .. want end\n"
    "      n = n + 1\n"
    "    end\n"
    "  end\n"
    "end\n"
    "for _, bad in ipairs({ 42, { en = 'only English' }, { en = 'x', fr = 1 } }) do\n"
    "  local got, want = outcome(fill_with, bad, 'a', 'A'), outcome(lx.t, bad, { a = 'A' })\n"
    "  if got ~= want or not got:match('^error template must be') then return 'bad template: ' .. got .. ' ~= ' .. want end\n"
    "  n = n + 1\n"
    "end\n"
    "return 'same ' .. n\n",
    "same 723");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_fill_reads_in_the_documented_order, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_fill_with_reads_in_the_documented_order, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_fill_hands_over_and_keeps_errors, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_join_reads_in_the_documented_order, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_fill_of_texts_made_and_dropped, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_fills_hold_nothing_across_calls, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_bilingual_as_the_lua, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_fill_with_as_lx_t, sbx_setup, sbx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

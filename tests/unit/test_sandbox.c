/*
 * test_sandbox.c -- every known way out of the rule sandbox, and the budgets.
 *
 * Each test runs a chunk as a rule file would run (fresh environment, text
 * mode, sandbox_call) and checks that the escape fails, or that the budget
 * stops the chunk with a located error, and that the state is still usable.
 * lx.t, filled in C, gives the bytes of the pattern substitution it
 * replaces, the Lua fill's errors, and charges the budget.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "data.h"
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

/* ---- issue 8: rules that cannot touch each other ---- */

/* Run code with a data tree (parsed from src) as the global `data`. */
static void with_data(lx_sandbox *sb, const char *src, const char *code, const char *want) {
  data_error derr;
  data_value *v = data_parse(src, strlen(src), &derr);
  assert_non_null(v);
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  sandbox_push_env(sb);
  data_push(L, v);
  lua_setfield(L, -2, "data");
  data_free(v);
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", &err) != 0 || sandbox_call(sb, 0, 1, &err) != 0)
    fail_msg("unexpected error: %s:%d: %s", err.file, err.line, err.message);
  assert_string_equal(lua_tostring(L, -1), want);
  lua_pop(L, 1);
}

static void test_data_is_read_only(void **state) {
  const char *src = "return { name = 'A', list = { 'x', 'y', 'z' }, nested = { deep = { n = 1 } } }";
  /* reads work: fields, length, ipairs, pairs */
  with_data(*state, src,
            "local n = 0 for k in pairs(data) do n = n + 1 end\n"
            "local s = '' for _, v in ipairs(data.list) do s = s .. v end\n"
            "return data.name .. #data.list .. s .. n .. data.nested.deep.n .. type(data.list)",
            "A3xyz31table");
  /* every way of writing fails, and the data is unchanged afterwards */
  const char *writes[] = {
    "data.name = 'B'", "data.nested.deep.n = 2", "table.insert(data.list, 'w')", "table.insert(data.list, 1, 'w')",
    "table.remove(data.list)", "table.remove(data.list, 1)", "table.sort(data.list, function(a, b) return a > b end)",
    "table.move({ 'q' }, 1, 1, 1, data.list)", "setmetatable(data, {})", "getmetatable(data).__index.name = 'B'",
    "local _, t = pairs(data) t.name = 'B'", "local f = load('name = 1', 'x', 't', data) f()", NULL
  };
  for (int i = 0; writes[i]; i++) {
    char code[400];
    snprintf(code, sizeof code, "local ok = pcall(function() %s end)\n"
             "return tostring(ok) .. data.name .. data.list[1] .. data.list[3] .. #data.list .. data.nested.deep.n", writes[i]);
    with_data(*state, src, code, "falseAxz31");
  }
  /* the iterator pairs returns works on views only */
  with_data(*state, src, "local it = pairs(data) local ok, m = pcall(it, setmetatable({}, { __index = 42 }))\n"
            "return tostring(ok) .. tostring(m:find('read-only view expected', 1, true) ~= nil)", "falsetrue");
  /* raw access sees an empty table: the content is out of reach */
  with_data(*state, src, "return tostring(rawget(data, 'name')) .. tostring(next(data)) .. rawlen(data)", "nilnil0");
}

static void test_readonly_copies_tables(void **state) {
  yields_string(*state,
                "local t = { a = { 1, 2 } }; t.self = t\n"
                "local v = lx.readonly(t)\n"
                "t.a[1] = 9\n"
                "local ok = pcall(function() v.a[1] = 5 end)\n"
                "return tostring(ok) .. v.a[1] .. tostring(v.self == v) .. tostring(lx.readonly(v) == v)",
                "false1truetrue");
  fails_with(*state, "local t = {} for i = 1, 1000 do t = { t } end return lx.readonly(t)", "nested more than", 1);
}

static void test_lx_tables_are_views(void **state) {
  /* any table the library exports is a read-only view in the rule's copy */
  yields_string(*state,
                "local n, ro = 0, 0\n"
                "for k, v in pairs(lx) do if type(v) == 'table' then n = n + 1\n"
                "  if not pcall(function() v.x = 1 end) then ro = ro + 1 end end end\n"
                "return tostring(n == ro)",
                "true");
}

static void test_c_work_is_charged(void **state) {
  const char *loops[] = {
    "return string.rep('', 1 << 50)",
    "return ('').rep('', 1 << 50, '')",
    "table.move({}, 1, 1 << 50, 1, {})",
    "return table.unpack({}, 1, 1 << 40)",
    "local t = setmetatable({}, { __len = function() return 1 << 50 end, __index = rawlen, __newindex = rawequal })\n"
    "return table.concat(t, '', 1, 1 << 50)",
    "local t = setmetatable({}, { __len = function() return 1 << 50 end, __index = rawlen, __newindex = rawequal })\n"
    "table.insert(t, 1, 'x')",
    "local t = setmetatable({}, { __len = function() return 1 << 50 end, __index = rawlen, __newindex = rawequal })\n"
    "table.remove(t, 1)",
    "table.sort(setmetatable({}, { __len = function() return (1 << 31) - 2 end, __index = rawlen, __newindex = rawequal }))",
    "local s = string.rep('a', 1 << 20) for i = 1, 1 << 30 do utf8.len(s) end",
    "local s = '' for i = 1, 1 << 20 do s = s .. 'xxxxxxxxxxxxxxxx' end",
    "return load(string.rep(' ', 1 << 22))",
    NULL
  };
  for (int i = 0; loops[i]; i++) fails_with(*state, loops[i], "instruction budget", 0);
  /* ordinary use stays cheap */
  yields_string(*state, "return string.rep('ab', 3, ',') .. table.concat({ 1, 2 }, '-') .. select('#', table.unpack({ 1, 2, 3 }))",
                "ab,ab,ab1-23");
}

static void test_pattern_cost(void **state) {
  fails_with(*state, "return string.rep('a', 16000):find('.-.-x')", "instruction budget", 1);
  fails_with(*state, "return string.rep('a', 40):match(string.rep('a?', 40) .. string.rep('a', 40))", "instruction budget", 1);
  fails_with(*state, "return string.rep('a', 1 << 22):find(string.rep('a', 1 << 21) .. 'b', 1, true)", "instruction budget", 1);
  fails_with(*state, "for _ in string.rep('ab', 8000):gmatch('a.-b.-x') do end", "instruction budget", 1);
  /* gmatch takes a leading ^ literally: it anchors nothing */
  fails_with(*state, "for _ in string.rep('^', 8000):gmatch('^.-x') do end", "instruction budget", 1);
  fails_with(*state, "return ('aaaa'):match('.-.-.-b')", "unbounded repetitions", 1);
  /* what the rule library does stays well within the budget */
  yields_string(*state,
                "local s = string.rep('The {a} of {b} is {c}. ', 12)\n"
                "local n = 0 for i = 1, 20 do local _, k = s:gsub('{([%w_]+)}', 'x') n = n + k end\n"
                "return tostring(n) .. ('a.b.c'):gsub('[^%.]+', 'x') .. tostring(('x'):find('^%l'))",
                "720x.x.x1");
}

static void test_xpcall_handler_after_budget(void **state) {
  /* the looping handler is not called once the budget ran out */
  fails_with(*state, "xpcall(function() while true do end end, function() while true do end end)\nreturn 'survived'",
             "instruction budget", 0);
  /* an ordinary handler still runs */
  yields_string(*state, "local ok, m = xpcall(error, function(m) return 'handled ' .. m end, 'x')\nreturn m", "handled x");
}

static void test_errors_located_in_the_rule_file(void **state) {
  sandbox_error err;
  /* a chunk name given to load() cannot name another file */
  assert_int_equal(run(*state, "local f = load('\\n\\nerror(\"boom\")', '@rules/untoc/art15.lua')\n\nf()", &err), -1);
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 3);
  assert_non_null(strstr(err.message, "boom"));
  /* nor can a forged location in the message */
  assert_int_equal(run(*state, "\nerror('rules/untoc/art15.lua:7: boom\\1rules/untoc/art15.lua:7', 0)", &err), -1);
  assert_string_equal(err.file, "rules/test/chunk.lua");
  assert_int_equal(err.line, 2);
}

static void test_date_extremes(void **state) {
  fails_with(*state, "return os.time { year = math.maxinteger, month = math.mininteger, day = 1 }", "out of range", 1);
  fails_with(*state, "return os.date('*t', math.maxinteger)", "out of range", 1);
  yields_string(*state, "return string.format('%.0f', os.difftime(math.mininteger, math.maxinteger))", "-18446744073709551616");
  yields_string(*state, "return os.date('%Y', os.time { year = 9999, month = 12, day = 31 })", "9999");
}

static void test_memory_held_by_a_file(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_set_held_budget(sb, 4u << 20, 64u << 20);
  int hostile = sandbox_new_account(sb), other = sandbox_new_account(sb);
  assert_true(hostile > 0 && other > hostile);
  /* a file keeps 1 MiB more on each call: the fifth call is refused */
  sandbox_error err;
  sandbox_use_account(sb, hostile);
  sandbox_push_env(sb);
  const char *code = "kept = {} return function() kept[#kept + 1] = string.rep('m', 1 << 20) return #kept end";
  assert_int_equal(sandbox_load(sb, code, strlen(code), "@rules/test/hostile.lua", &err), 0);
  assert_int_equal(sandbox_call(sb, 0, 1, &err), 0);
  int grow = luaL_ref(L, LUA_REGISTRYINDEX);
  int failed_at = 0;
  for (int i = 1; i <= 8 && !failed_at; i++) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, grow);
    if (sandbox_call(sb, 0, 1, &err) != 0) failed_at = i;
    else lua_pop(L, 1);
  }
  assert_in_range(failed_at, 2, 5);   /* a call needs room for the string it builds, then copies */
  assert_non_null(strstr(err.message, "memory budget of the rule file"));
  assert_string_equal(err.file, "rules/test/hostile.lua");
  assert_in_range(sandbox_account_memory(sb, hostile), (size_t)(failed_at - 1) << 20, 4u << 20);
  /* another file is not charged for it */
  sandbox_use_account(sb, other);
  yields_string(sb, "local t = {} for i = 1, 2 do t[i] = string.rep('o', 1 << 20) end return 'fine'", "fine");
  sandbox_use_account(sb, 0);
  luaL_unref(L, LUA_REGISTRYINDEX, grow);
}

static void test_memory_held_by_all_files(void **state) {
  lx_sandbox *sb = *state;
  sandbox_set_held_budget(sb, 64u << 20, 6u << 20);
  int first = sandbox_new_account(sb), second = sandbox_new_account(sb);
  /* each file keeps 2 MiB: within its own budget, but not both in the pack's */
  sandbox_error err;
  sandbox_use_account(sb, first);
  assert_int_equal(run(sb, "return string.rep('a', 2 << 20)", &err), 0);   /* kept on the stack */
  sandbox_use_account(sb, second);
  assert_int_equal(run(sb, "local kept = string.rep('b', 2 << 20)\nlocal more = string.rep('c', 2 << 20)", &err), -1);
  assert_non_null(strstr(err.message, "memory budget of the rule packs"));
  sandbox_use_account(sb, 0);
  assert_true(sandbox_account_memory(sb, first) >= (2u << 20));
  lua_pop(sandbox_state(sb), 1);
}

/* The allocator keeps small blocks in free lists by size class and larger
** ones in malloc: a value keeps its bytes through every resize (a string
** of each length from 1 to 600 bytes, tables grown and shrunk across the
** classes and past the pool's largest), and the bytes the sandbox counts
** are exactly the bytes Lua holds, before, during and after. */
static void test_small_blocks_pooled(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  size_t lua_bytes = (size_t)lua_gc(L, LUA_GCCOUNT) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB);
  assert_int_equal(sandbox_memory(sb), lua_bytes);
  yields_string(sb,
    "local s = {}\n"
    "for n = 1, 600 do s[n] = string.rep(string.char(65 + n % 26), n - 1) .. '|' end\n"
    "local t = {}\n"
    "for i = 1, 200 do t[i] = i * 3; t['k' .. i] = s[i] end\n"
    "for i = 200, 1, -1 do if i % 3 ~= 0 then t[i] = nil; t['k' .. i] = nil end end\n"
    "for n = 1, 600 do\n"
    "  local v = s[n]\n"
    "  if #v ~= n or v:sub(-1) ~= '|' or (n > 1 and v:byte(1) ~= 65 + n % 26) then return 'bad string ' .. n end\n"
    "end\n"
    "for i = 1, 200 do\n"
    "  local keep = i % 3 == 0\n"
    "  if (t[i] == i * 3) ~= keep or (t['k' .. i] == s[i]) ~= keep then return 'bad table ' .. i end\n"
    "end\n"
    "return 'kept'", "kept");
  lua_gc(L, LUA_GCCOLLECT);
  lua_bytes = (size_t)lua_gc(L, LUA_GCCOUNT) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB);
  assert_int_equal(sandbox_memory(sb), lua_bytes);
}

static void test_time_backstop(void **state) {
  lx_sandbox *sb = *state;
  sandbox_set_time_limit(sb, 0.3);
  fails_with(sb, "local a, b = string.rep('x', 4 << 20), string.rep('x', 4 << 20)\n"
                 "local n = 0 for i = 1, 1 << 30 do if a == b then n = n + 1 end end", "time limit", 2);
}

/* ---- lx.t, filled in C (sandbox_template.c) ---- */

/* Every template against every set of values, in both languages, compared
** with string.gsub over the placeholder pattern and the documented value
** rules (texts with more placeholders than the fill keeps from its first
** scan among them); returns "same" or the first difference. */
static void test_same_bytes_as_the_substitution(void **state) {
  sandbox_set_budget(*state, 20000000, 64u << 20);   /* 28 texts, 8 value sets, 2 forms */
  yields_string(*state,
    "local function reference(text, values, lang)\n"
    "  return (string.gsub(text, '{([%w_]+)}', function(name)\n"
    "    local v = values and values[name]\n"
    "    if v == nil then return '{' .. name .. '}' end\n"
    "    if type(v) == 'table' then return v[lang] or '' end\n"
    "    return tostring(v)\n"
    "  end))\n"
    "end\n"
    "local texts = { '', 'plain', '{a}', 'x{a}y', '{a}{b}', '{a} and {b} and {c} and {d}',\n"
    "  '{', '}', '{}', '{a', 'a}', '{{a}}', '{a b}', '{a-b}', '{a_1}', '{A9}', '{ a}',\n"
    "  '{missing} stays', '{n}/{f}/{big}/{neg}/{t}/{no}', '{lang}', '{empty}', '{falsy}',\n"
    "  '\\0{a}\\0', 'caf\\195\\169 {a} \\195\\169t\\195\\169', '{' .. string.rep('n', 300) .. '}',\n"
    "  '{a}{a}{a}{a}{a}{a}{a}', string.rep('{a}{b}-', 9) .. '{a', string.rep('{x} ', 40) }\n"
    "local value_sets = {\n"
    "  { a = 'A', b = 'B', c = 'C', d = 'D' },\n"
    "  { a = { en = 'one', fr = 'un' }, b = { en = 'two' }, c = 'C', d = { fr = 'quatre' } },\n"
    "  { n = 3, f = 3.0, big = 1e100, neg = -0.5, t = true, no = false, lang = { en = 7, fr = 7.5 },\n"
    "    empty = { en = false, fr = false }, falsy = false, a = '' },\n"
    "  lx.readonly({ a = { en = 'viewed', fr = 'vu' }, b = 'b' }),\n"
    "  setmetatable({}, { __index = function(_, k) return k .. '!' end }),\n"
    "  {}, false }\n"
    "for _, text in ipairs(texts) do\n"
    "  for i = 1, #value_sets + 1 do\n"
    "    local values = value_sets[i]\n"
    "    for _, template in ipairs({ text, { en = text, fr = '[' .. text .. ']' } }) do\n"
    "      local got = lx.t(template, values)\n"
    "      local en = type(template) == 'table' and template.en or template\n"
    "      local fr = type(template) == 'table' and template.fr or template\n"
    "      if got.en ~= reference(en, values, 'en') or got.fr ~= reference(fr, values, 'fr') then\n"
    "        return 'differs: ' .. text .. ' with value set ' .. i .. ': ' .. got.en .. ' / ' .. got.fr\n"
    "      end\n"
    "    end\n"
    "  end\n"
    "end\n"
    "return 'same'\n",
    "same");
}

/* A value the substitution refuses raises gsub's error, as the Lua fill
** did; a function value is tostring'd; a template that is not one is
** refused at the line of the call. */
static void test_errors_as_the_lua_fill(void **state) {
  fails_with(*state, "local x = 1\nreturn lx.t('{a}', { a = { en = {} } })", "invalid replacement value (a table)", 2);
  fails_with(*state, "local x = 1\nreturn lx.t('{a} {b}', { a = 'ok', b = { en = true } })", "invalid replacement value (a boolean)", 2);
  fails_with(*state, "local x = 1\n\nreturn lx.t(42)", "template must be a string or a table { en = ..., fr = ... }", 3);
  fails_with(*state, "return lx.t({ en = 'only English' })", "template must be a string or a table", 1);
  fails_with(*state, "return lx.t('{a}', 5)", "attempt to index a number value", 1);
  yields_string(*state, "local f = function() end\nreturn lx.t('{f}', { f = f }).en == tostring(f) and 'tostring' or 'other'", "tostring");
  yields_string(*state, "return lx.t('{len}', 'a string').en:match('^function') and 'indexed' or 'not'", "indexed");
}

/* The fill charges its work: a template too large for what is left of the
** instruction budget stops the call inside lx.t, located at the call;
** the same template without lx.t fits. */
static void test_budget_trips_inside_the_fill(void **state) {
  lx_sandbox *sb = *state;
  sandbox_set_budget(sb, 600000, 16u << 20);
  yields_string(sb, "local big = string.rep('{a}x', 1 << 20)\nreturn 'made ' .. #big", "made 4194304");
  fails_with(sb, "local big = string.rep('{a}x', 1 << 20)\nreturn #lx.t(big, { a = '' }).en", "instruction budget", 2);
  sandbox_set_budget(sb, 2000000, 16u << 20);
  yields_string(sb, "return lx.t('{a} after', { a = 'still usable' }).en", "still usable after");
}

/* type() as rules and the library see it (fast_type, sandbox_limits.c)
** gives the base library's answer for a value of every type Lua has, and
** the same error when given nothing; a mutant naming one type wrongly, or
** raising another message, fails it. */
/* [-1, +1] A full userdata of argument 1's bytes, returned. */
static int new_userdata(lua_State *L) {
  lua_newuserdatauv(L, (size_t)lua_tointeger(L, 1), 0);
  return 1;
}

/* Under the budgets, charged to account: one call allocating a userdata of
** bytes bytes, after the same call with none charged to the engine (so
** that the call's own frames are there: the measured call allocates the
** userdata only).
** Returns what sandbox_call returned (err filled on -1). */
static int allocate_in_a_call(lx_sandbox *sb, int account, size_t bytes, sandbox_error *err) {
  lua_State *L = sandbox_state(sb);
  int rc = -1;
  for (int pass = 0; pass < 2; pass++) {
    memset(err, 0, sizeof *err);
    sandbox_use_account(sb, pass ? account : 0);
    lua_pushcfunction(L, new_userdata);
    lua_pushinteger(L, pass ? (lua_Integer)bytes : 0);
    rc = sandbox_call(sb, 1, 1, err);
    if (rc == 0) lua_pop(L, 1);
  }
  sandbox_use_account(sb, 0);
  return rc;
}

/* Every budget the allocator checks is met at the byte, small blocks (the
** pool) and large ones (malloc) alike: growing a call by exactly its memory
** budget, by exactly 32 bytes per instruction of its instruction budget,
** or a file's account to exactly its budget is allowed; one byte more (32
** for instructions) ends the call with that budget's error.  A shortcut
** that skipped a limit (charge_growth's check of the common case) fails
** it.  The collector is stopped so that only the userdata moves the
** counts. */
static void test_budgets_met_at_the_byte(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  lua_gc(L, LUA_GCSTOP);
  size_t before = sandbox_memory(sb);
  lua_newuserdatauv(L, 64, 0);
  size_t overhead = sandbox_memory(sb) - before - 64;   /* the userdata's own header */
  lua_pop(L, 1);
  sandbox_error err;
  size_t sizes[] = { 100, 100000 };                      /* a pooled block, a malloc'd one */
  for (int i = 0; i < 2; i++) {
    size_t budget = overhead + sizes[i];
    sandbox_set_budget(sb, 1 << 30, budget);
    assert_int_equal(allocate_in_a_call(sb, 0, sizes[i], &err), 0);
    assert_int_equal(allocate_in_a_call(sb, 0, sizes[i] + 1, &err), -1);
    if (!strstr(err.message, "memory budget of 0 MiB")) fail_msg("size %zu: %s", sizes[i], err.message);
    lua_gc(L, LUA_GCSTOP);                              /* a failed call collects */
  }
  for (int i = 0; i < 2; i++) {
    long long instructions = (long long)((overhead + sizes[i]) / 32);
    size_t fits = (size_t)instructions * 32 + 31 - overhead;   /* volume / 32 == instructions */
    sandbox_set_budget(sb, instructions, 1u << 30);
    assert_int_equal(allocate_in_a_call(sb, 0, fits, &err), 0);
    assert_int_equal(allocate_in_a_call(sb, 0, fits + 1, &err), -1);
    if (!strstr(err.message, "instruction budget")) fail_msg("size %zu: %s", fits + 1, err.message);
    lua_gc(L, LUA_GCSTOP);
  }
  sandbox_set_budget(sb, 1 << 30, 1u << 30);
  for (int i = 0; i < 2; i++) {
    sandbox_set_held_budget(sb, overhead + sizes[i], 1u << 30);
    assert_int_equal(allocate_in_a_call(sb, sandbox_new_account(sb), sizes[i], &err), 0);
    assert_int_equal(allocate_in_a_call(sb, sandbox_new_account(sb), sizes[i] + 1, &err), -1);
    if (!strstr(err.message, "memory budget of the rule file")) fail_msg("size %zu: %s", sizes[i], err.message);
    lua_gc(L, LUA_GCSTOP);
  }
  lua_gc(L, LUA_GCRESTART);
}

/* [-0, +0] charge(units): units charged to the call's instruction budget
** (sandbox_charge), as a wrapped library function charges its work. */
static int charge_units(lua_State *L) {
  sandbox_charge(L, luaL_checknumber(L, 1));
  return 0;
}

/* [-0, +0] collect(): a full collection inside the call. */
static int collect_now(lua_State *L) {
  lua_gc(L, LUA_GCCOLLECT);
  return 0;
}

/* One call of a rule chunk, under the budgets: a full collection first if
** spin < 0, a userdata of `first` bytes, `units` charged, `spin` turns of
** an empty loop (the count hook fires every 1,000 instructions), then a
** userdata of `second` bytes.  *volume (if not NULL) gets the bytes the
** call grew by (the collector stopped: nothing is given back but by the
** collection).  Returns what sandbox_call returned (err filled on -1). */
static int grow_in_a_call(lx_sandbox *sb, lua_Integer first, double units, lua_Integer spin,
                          lua_Integer second, size_t *volume, sandbox_error *err) {
  static const char code[] =
    "local alloc, charge, collect, first, units, spin, second = ...\n"
    "if spin < 0 then collect() end\n"
    "local a = alloc(first)\n"
    "charge(units)\n"
    "for i = 1, spin do end\n"
    "return alloc(second) and 1\n";
  lua_State *L = sandbox_state(sb);
  memset(err, 0, sizeof *err);
  sandbox_push_env(sb);
  if (sandbox_load(sb, code, sizeof code - 1, "@rules/test/chunk.lua", err) != 0) return -1;
  lua_pushcfunction(L, new_userdata);
  lua_pushcfunction(L, charge_units);
  lua_pushcfunction(L, collect_now);
  lua_pushinteger(L, first);
  lua_pushnumber(L, units);
  lua_pushinteger(L, spin);
  lua_pushinteger(L, second);
  size_t before = sandbox_memory(sb);
  int rc = sandbox_call(sb, 7, 1, err);
  if (volume) *volume = sandbox_memory(sb) - before;
  if (rc == 0) lua_pop(L, 1);
  return rc;
}

/* The bytes a call of grow_in_a_call grows by besides its second userdata's
** payload, the call made once before so that its frames are there. */
static size_t call_overhead(lx_sandbox *sb, lua_Integer first, double units) {
  sandbox_error err;
  size_t volume = 0;
  sandbox_set_budget(sb, 1 << 30, 1u << 30);
  assert_int_equal(grow_in_a_call(sb, first, units, 0, 0, NULL, &err), 0);
  assert_int_equal(grow_in_a_call(sb, first, units, 0, 0, &volume, &err), 0);
  return volume;
}

/* The allocator's room (growth_counted: what a call may still grow by
** before a limit is within reach, measured at a growth and then taken from
** by each growth, charge and hook firing) keeps every budget met at the
** byte for a growth that follows another in the same call, small blocks
** and large: the memory budget, the instruction budget (32 bytes a unit),
** the units charged (sandbox_charge) and the instructions counted by the
** hook meanwhile, and a room measured in an earlier call that freed memory
** before its growth.  A room one byte too wide, not taken from by a charge
** or by the hook, or kept from one call to the next, fails it. */
static void test_budgets_met_at_the_byte_after_a_growth(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  lua_gc(L, LUA_GCSTOP);
  lua_Integer sizes[] = { 100, 100000 };                 /* a pooled block, a malloc'd one */
  for (int i = 0; i < 2; i++) {
    size_t overhead = call_overhead(sb, 64, 0);
    sandbox_set_budget(sb, 1 << 30, overhead + (size_t)sizes[i]);
    assert_int_equal(grow_in_a_call(sb, 64, 0, 0, sizes[i], NULL, &err), 0);
    assert_int_equal(grow_in_a_call(sb, 64, 0, 0, sizes[i] + 1, NULL, &err), -1);
    if (!strstr(err.message, "memory budget of 0 MiB")) fail_msg("size %lld: %s", (long long)sizes[i], err.message);
    lua_gc(L, LUA_GCSTOP);                              /* a failed call collects */
  }
  double charged[] = { 0, 500 };
  for (int i = 0; i < 2; i++) {
    for (int c = 0; c < 2; c++) {
      size_t overhead = call_overhead(sb, 64, charged[c]);
      long long instructions = (long long)((overhead + (size_t)sizes[i]) / 32) + (long long)charged[c];
      lua_Integer fits = (lua_Integer)(((size_t)instructions - (size_t)charged[c]) * 32 + 31 - overhead);
      sandbox_set_budget(sb, instructions, 1u << 30);
      assert_int_equal(grow_in_a_call(sb, 64, charged[c], 0, fits, NULL, &err), 0);
      assert_int_equal(grow_in_a_call(sb, 64, charged[c], 0, fits + 1, NULL, &err), -1);
      if (!strstr(err.message, "instruction budget")) fail_msg("size %lld: %s", (long long)fits + 1, err.message);
      lua_gc(L, LUA_GCSTOP);
    }
  }
  /* 20,000 turns of the loop: the hook counts 20,000 instructions or so
  ** before the second growth, which fits only if they are not counted */
  size_t overhead = call_overhead(sb, 64, 0);
  sandbox_set_budget(sb, 100000, 1u << 30);
  assert_int_equal(grow_in_a_call(sb, 64, 0, 20000, (lua_Integer)(70000 * 32 - overhead), NULL, &err), 0);
  assert_int_equal(grow_in_a_call(sb, 64, 0, 20000, (lua_Integer)(90000 * 32 - overhead), NULL, &err), -1);
  if (!strstr(err.message, "instruction budget")) fail_msg("after the loop: %s", err.message);
  lua_gc(L, LUA_GCSTOP);
  /* a call that collects 512 KiB of garbage before its first growth, then
  ** a call under the same budget growing past it by 64 KiB */
  size_t budget = 1u << 20;
  call_overhead(sb, 64, 0);
  sandbox_set_budget(sb, 1 << 30, budget);
  lua_newuserdatauv(L, 512u << 10, 0);
  lua_pop(L, 1);                                         /* garbage, the collector stopped */
  assert_int_equal(grow_in_a_call(sb, 64, 0, -1, 0, NULL, &err), 0);
  lua_gc(L, LUA_GCSTOP);
  assert_int_equal(grow_in_a_call(sb, 64, 0, 0, (lua_Integer)(budget + (64u << 10)), NULL, &err), -1);
  if (!strstr(err.message, "memory budget")) fail_msg("after a collection: %s", err.message);
  lua_gc(L, LUA_GCRESTART);
}

/* [-0, +1] engine_alloc(n): a userdata of n bytes made as the engine's
** work (sandbox_engine_work: no budget of the call applies to it). */
static int engine_alloc(lua_State *L) {
  sandbox_engine_work(L, new_userdata, 1, 1);
  return 1;
}

/* [-0, +0] fill(t, n): t[i] = i for i from #t + 1 to n, in C (no
** instruction counted: the room is not taken from by the hook meanwhile). */
static int fill_table(lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 2);
  for (lua_Integer i = (lua_Integer)lua_rawlen(L, 1) + 1; i <= n; i++) {
    lua_pushinteger(L, i);
    lua_rawseti(L, 1, i);
  }
  return 0;
}

/* One call of a rule chunk charged to account, under the budgets: a
** userdata of 64 bytes (its first growth: the room measured), then one of
** `engine` bytes made as the engine's work (none for 0), then table t (an
** array of 4 made and filled before the call, so a block of the engine's
** account, which a resize keeps) grown to `slots` entries by fill, then a userdata of `last` bytes; each kept to
** the end.  Returns what sandbox_call returned (err filled on -1). */
static int grow_beside(lx_sandbox *sb, int account, lua_Integer engine, lua_Integer slots,
                       lua_Integer last, sandbox_error *err) {
  static const char code[] =
    "local alloc, engine_alloc, fill, t, engine, slots, last = ...\n"
    "local a = alloc(64)\n"
    "local e = engine > 0 and engine_alloc(engine)\n"
    "fill(t, slots)\n"
    "return alloc(last) and 1\n";
  lua_State *L = sandbox_state(sb);
  memset(err, 0, sizeof *err);
  sandbox_use_account(sb, 0);
  sandbox_push_env(sb);
  if (sandbox_load(sb, code, sizeof code - 1, "@rules/test/chunk.lua", err) != 0) return -1;
  lua_pushcfunction(L, new_userdata);
  lua_pushcfunction(L, engine_alloc);
  lua_pushcfunction(L, fill_table);
  lua_createtable(L, 4, 0);                                /* t = { 1, 2, 3, 4 }: its array the engine's */
  for (int i = 1; i <= 4; i++) {
    lua_pushinteger(L, i);
    lua_rawseti(L, -2, i);
  }
  lua_pushinteger(L, engine);
  lua_pushinteger(L, slots);
  lua_pushinteger(L, last);
  sandbox_use_account(sb, account);
  int rc = sandbox_call(sb, 7, 1, err);
  sandbox_use_account(sb, 0);
  if (rc == 0) lua_pop(L, 1);
  lua_gc(L, LUA_GCCOLLECT);
  return rc;
}

/* The room after growths of blocks the call's account does not own (a
** table the engine made, grown by the rule): they bring the call's memory
** budget closer all the same, so a growth of the rule's own that fits the
** room measured before them but not the budget fails (a room not taken
** from by them passes it); and memory the engine allocates for its own
** work inside the call lifts the call's limits by as much, so that such a
** growth, which the budget does fit once the engine's work is left out,
** passes (limits not lifted fail it). */
static void test_room_after_growths_of_other_accounts(void **state) {
  lx_sandbox *sb = *state;
  sandbox_error err;
  sandbox_set_held_budget(sb, 64u << 20, 64u << 20);
  int account = sandbox_new_account(sb);
  sandbox_set_budget(sb, 1 << 30, 4u << 20);
  /* the table grows by 2 MiB, then the rule's 3 MiB: 5 MiB in all */
  assert_int_equal(grow_beside(sb, account, 0, 1 << 17, 3 << 20, &err), -1);
  if (!strstr(err.message, "memory budget")) fail_msg("after the engine's block grew: %s", err.message);
  assert_int_equal(grow_beside(sb, account, 0, 1 << 17, 1 << 20, &err), 0);   /* 3 MiB in all: fits */
  /* the engine's 3 MiB beside the table's 2 MiB and the rule's 1 MiB */
  if (grow_beside(sb, account, 3 << 20, 1 << 17, 1 << 20, &err) != 0) fail_msg("after the engine's work: %s", err.message);
}

/* [-0, +0] A userdata of n bytes made and dropped, the collector stopped
** meanwhile (so that making it collects nothing): garbage that stays until
** the collector next runs (no allocation follows). */
static void drop_garbage(lua_State *L, size_t n) {
  lua_gc(L, LUA_GCSTOP);
  lua_newuserdatauv(L, n, 0);
  lua_pop(L, 1);
  lua_gc(L, LUA_GCRESTART);
}

/* sandbox_between_evaluations: the first call only notes the heap (the
** garbage made before it stays); a later one collects the whole heap only
** once it holds more than twice what the last collection (or the note)
** left, and then everything unreachable goes, while what is referenced
** keeps its bytes.  A collection that ran every time, or never, or at
** another threshold, fails it. */
static void test_collection_between_evaluations(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  unsigned char *kept = lua_newuserdatauv(L, 4096, 0);
  memset(kept, 0x5a, 4096);
  lua_setfield(L, LUA_REGISTRYINDEX, "test.kept");
  size_t first_garbage = sandbox_memory(sb) * 3;
  drop_garbage(L, first_garbage);
  size_t noted = sandbox_memory(sb);
  sandbox_between_evaluations(sb);                   /* the first: noted, nothing collected */
  assert_int_equal(sandbox_memory(sb), noted);
  drop_garbage(L, noted - 4096 - sandbox_memory(sb) / 100);   /* still at most twice the note */
  size_t below = sandbox_memory(sb);
  assert_true(below <= 2 * noted);
  sandbox_between_evaluations(sb);
  assert_int_equal(sandbox_memory(sb), below);
  drop_garbage(L, 2 * noted - below + 4096);         /* past twice the note */
  assert_true(sandbox_memory(sb) > 2 * noted);
  sandbox_between_evaluations(sb);
  size_t settled = sandbox_memory(sb);
  assert_true(settled + first_garbage < noted);      /* every dropped block went */
  lua_getfield(L, LUA_REGISTRYINDEX, "test.kept");
  kept = lua_touserdata(L, -1);
  for (int i = 0; i < 4096; i++) assert_int_equal(kept[i], 0x5a);
  lua_pop(L, 1);
  drop_garbage(L, settled / 2);                      /* against what this collection left now */
  size_t after = sandbox_memory(sb);
  sandbox_between_evaluations(sb);
  assert_int_equal(sandbox_memory(sb), after);
  drop_garbage(L, settled);
  assert_true(sandbox_memory(sb) > 2 * settled);
  sandbox_between_evaluations(sb);
  assert_true(sandbox_memory(sb) < after);
  assert_int_equal(lua_gc(L, LUA_GCISRUNNING), 1);
  yields_string(sb, "local t = {} for i = 1, 1000 do t[i] = { i } end return tostring(#t)", "1000");
}

static int returns_nothing(lua_State *L) { (void)L; return 0; }

static void test_type_as_the_base_library(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  lua_State *plain = luaL_newstate();
  assert_non_null(plain);
  luaL_requiref(plain, LUA_GNAME, luaopen_base, 1);
  lua_pop(plain, 1);
  sandbox_push_env(sb);
  for (int t = LUA_TNIL; t < LUA_NUMTYPES; t++) {
    lua_getfield(L, -1, "type");
    lua_getglobal(plain, "type");
    switch (t) {                          /* a value of type t in both states */
    case LUA_TNIL: lua_pushnil(L); lua_pushnil(plain); break;
    case LUA_TBOOLEAN: lua_pushboolean(L, 0); lua_pushboolean(plain, 0); break;
    case LUA_TLIGHTUSERDATA: lua_pushlightuserdata(L, sb); lua_pushlightuserdata(plain, sb); break;
    case LUA_TNUMBER: lua_pushnumber(L, 2.5); lua_pushnumber(plain, 2.5); break;
    case LUA_TSTRING: lua_pushliteral(L, "s"); lua_pushliteral(plain, "s"); break;
    case LUA_TTABLE: lua_newtable(L); lua_newtable(plain); break;
    case LUA_TFUNCTION: lua_pushcfunction(L, returns_nothing); lua_pushcfunction(plain, returns_nothing); break;
    case LUA_TUSERDATA: lua_newuserdatauv(L, 8, 0); lua_newuserdatauv(plain, 8, 0); break;
    case LUA_TTHREAD: lua_newthread(L); lua_newthread(plain); break;
    }
    assert_int_equal(lua_type(L, -1), t);
    lua_call(L, 1, 1);
    lua_call(plain, 1, 1);
    assert_string_equal(lua_tostring(L, -1), lua_tostring(plain, -1));
    lua_pop(L, 1);
    lua_pop(plain, 1);
  }
  lua_pop(L, 1);
  assert_int_equal(luaL_dostring(plain, "local ok, msg = pcall(function() return type() end) return msg"), LUA_OK);
  const char *plain_msg = strstr(lua_tostring(plain, -1), ":1: ");   /* after the chunk's location */
  assert_non_null(plain_msg);
  char want[200];
  snprintf(want, sizeof want, "rules/test/chunk.lua%s", plain_msg);
  lua_close(plain);
  yields_string(sb, "local ok, msg = pcall(function() return type() end) return msg", want);
  /* called from C (pcall), the base library names no function either: no
  ** library table the sandbox keeps in package.loaded holds type */
  yields_string(sb, "local ok, msg = pcall(type) return msg", "bad argument #1 to '?' (value expected)");
  yields_string(sb, "return type(lx) .. type(type) .. type(1) .. type('x') .. type(nil) .. type(true)",
                "tablefunctionnumberstringnilboolean");
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
    cmocka_unit_test_setup_teardown(test_data_is_read_only, setup, teardown),
    cmocka_unit_test_setup_teardown(test_readonly_copies_tables, setup, teardown),
    cmocka_unit_test_setup_teardown(test_lx_tables_are_views, setup, teardown),
    cmocka_unit_test_setup_teardown(test_c_work_is_charged, setup, teardown),
    cmocka_unit_test_setup_teardown(test_pattern_cost, setup, teardown),
    cmocka_unit_test_setup_teardown(test_xpcall_handler_after_budget, setup, teardown),
    cmocka_unit_test_setup_teardown(test_errors_located_in_the_rule_file, setup, teardown),
    cmocka_unit_test_setup_teardown(test_date_extremes, setup, teardown),
    cmocka_unit_test_setup_teardown(test_memory_held_by_a_file, setup, teardown),
    cmocka_unit_test_setup_teardown(test_memory_held_by_all_files, setup, teardown),
    cmocka_unit_test_setup_teardown(test_time_backstop, setup, teardown),
    cmocka_unit_test_setup_teardown(test_small_blocks_pooled, setup, teardown),
    cmocka_unit_test_setup_teardown(test_same_bytes_as_the_substitution, setup, teardown),
    cmocka_unit_test_setup_teardown(test_errors_as_the_lua_fill, setup, teardown),
    cmocka_unit_test_setup_teardown(test_budget_trips_inside_the_fill, setup, teardown),
    cmocka_unit_test_setup_teardown(test_type_as_the_base_library, setup, teardown),
    cmocka_unit_test_setup_teardown(test_budgets_met_at_the_byte, setup, teardown),
    cmocka_unit_test_setup_teardown(test_budgets_met_at_the_byte_after_a_growth, setup, teardown),
    cmocka_unit_test_setup_teardown(test_room_after_growths_of_other_accounts, setup, teardown),
    cmocka_unit_test_setup_teardown(test_collection_between_evaluations, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_lazy_views.c -- a data tree converted to read-only views as rules
 * read it (sandbox_readonly.c, issue 13).
 *
 * data_push copies the tree into a block the Lua state owns and makes each
 * table's content at its first read.  What a rule sees must be what an
 * eager conversion gave: the same view for a node every time, every field,
 * length and pair, read-only before and after the first read, readable
 * after the tree it was copied from is freed; and converting is the
 * engine's work: charged to neither the call's budgets nor the rule file.
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

#include "data.h"
#include "sandbox.h"
#include "sandbox_fixture.h"

/* Parse src as a data file (it must parse). */
static data_value *parsed(const char *src) {
  data_error derr;
  data_value *v = data_parse(src, strlen(src), &derr);
  if (!v) fail_msg("data_parse: %d: %s", derr.line, derr.message);
  return v;
}

/* Load code as the rule file "@rules/test/chunk.lua" with `data` (pushed
** from src, the tree freed at once) among its globals; leaves the chunk on
** the stack. */
static void load_with_data(lx_sandbox *sb, const char *src, const char *code) {
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  sandbox_push_env(sb);
  data_value *v = parsed(src);
  data_push(L, v);
  data_free(v);                             /* the views must not need it */
  lua_setfield(L, -2, "data");
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", &err) != 0)
    fail_msg("load: %s", err.message);
}

/* Run code with `data` from src; it must return want. */
static void yields(lx_sandbox *sb, const char *src, const char *code, const char *want) {
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  load_with_data(sb, src, code);
  if (sandbox_call(sb, 0, 1, &err) != 0) fail_msg("unexpected error: %s:%d: %s", err.file, err.line, err.message);
  assert_string_equal(lua_tostring(L, -1), want);
  lua_pop(L, 1);
}

static const char *PROFILE =
  "return { name = 'A', list = { 'x', 'y', 'z' }, offences = { b = { n = 2, conduct = { 'k' } }, a = { n = 1 } },\n"
  "         nested = { deep = { deeper = { n = 7 } } }, [2] = 'two', 'one' }";

/* Every read gives what the data holds, and a node the same view each time. */
static void test_reads_and_identity(void **state) {
  yields(*state, PROFILE,
         "local o = data.offences\n"
         "local same = o == data.offences and o.b == data.offences.b and data.nested.deep == data.nested.deep\n"
         "local keys = {} for k, v in pairs(o) do keys[#keys + 1] = k .. v.n end table.sort(keys)\n"
         "local s = '' for i, v in ipairs(data.list) do s = s .. i .. v end\n"
         "return tostring(same) .. table.concat(keys) .. s .. #data.list .. #data .. data[1] .. data[2]\n"
         "  .. data.nested.deep.deeper.n .. o.b.conduct[1] .. tostring(o.c)",
         "truea1b21x2y3z32onetwo7knil");
}

/* A view read first through # or pairs, or never read, is the same. */
static void test_first_read_by_len_or_pairs(void **state) {
  yields(*state, PROFILE,
         "local l, o = data.list, data.offences\n"
         "local n = #l\n"
         "local k = 0 for _ in pairs(o) do k = k + 1 end\n"
         "return n .. k .. l[2] .. o.a.n .. tostring(l == data.list)",
         "32y1true");
}

/* Before and after its first read a view is read-only and empty to raw
** access, with its metatable out of reach. */
static void test_read_only_before_and_after(void **state) {
  const char *attempts[] = {
    "data.nested.deep.x = 1", "data.list[4] = 'w'", "table.insert(data.list, 'w')", "table.remove(data.list)",
    "table.sort(data.list, function(a, b) return a > b end)", "setmetatable(data.offences, nil)", "data.offences.a.n = 3", NULL
  };
  for (int i = 0; attempts[i]; i++) {
    for (int read_first = 0; read_first <= 1; read_first++) {
      char code[600];
      snprintf(code, sizeof code,
               "local d, l, o = data.nested.deep, data.list, data.offences\n"
               "if %d == 1 then local _ = d.deeper, l[1], o.a, #l end\n"
               "local ok = pcall(function() %s end)\n"
               "local raw = tostring(next(d)) .. rawlen(l) .. tostring(rawget(o, 'a')) .. tostring(getmetatable(o))\n"
               "return tostring(ok) .. raw .. d.deeper.n .. #l .. l[3] .. o.a.n",
               read_first, attempts[i]);
      yields(*state, PROFILE, code, "falsenil0nilfalse73z1");
    }
  }
}

/* Views of a tree freed long ago, first read after other trees were pushed
** and freed, read that tree's data (the copy is the state's). */
static void test_read_after_the_tree_is_freed(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  load_with_data(sb, PROFILE, "return data.offences, data.nested");
  assert_int_equal(sandbox_call(sb, 0, 2, &err), 0);
  int nested = luaL_ref(L, LUA_REGISTRYINDEX), offences = luaL_ref(L, LUA_REGISTRYINDEX);
  for (int i = 0; i < 20; i++) {            /* other trees, pushed and freed, and a collection */
    data_value *other = parsed("return { offences = { z = { n = 9 } }, nested = { deep = { deeper = { n = 0 } } } }");
    data_push(L, other);
    data_free(other);
    lua_pop(L, 1);
  }
  lua_gc(L, LUA_GCCOLLECT);
  sandbox_push_env(sb);
  lua_rawgeti(L, LUA_REGISTRYINDEX, offences);
  lua_setfield(L, -2, "offences");
  lua_rawgeti(L, LUA_REGISTRYINDEX, nested);
  lua_setfield(L, -2, "nested");
  const char *code = "local k = '' for id, o in pairs(offences) do k = k .. id end\n"
                     "return #k .. offences.a.n .. offences.b.conduct[1] .. nested.deep.deeper.n";
  assert_int_equal(sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", &err), 0);
  if (sandbox_call(sb, 0, 1, &err) != 0) fail_msg("unexpected error: %s", err.message);
  assert_string_equal(lua_tostring(L, -1), "21k7");
  lua_pop(L, 1);
  luaL_unref(L, LUA_REGISTRYINDEX, offences);
  luaL_unref(L, LUA_REGISTRYINDEX, nested);
}

/* The copy holds every kind of value at every depth, keys of every length
** around the copy's 8-byte alignment (1 to 17 bytes, the empty key, one of
** 300 bytes), strings holding a NUL, long strings, numbers at the edges:
** read through the views after the tree is freed, each is what the file
** said. */
static void test_copy_holds_every_kind(void **state) {
  lx_sandbox *sb = *state;
  char src[4096], want[2048];
  size_t len = (size_t)snprintf(src, sizeof src, "return { [''] = 'empty', nul = 'a\\0b', big = %d, neg = -9223372036854775807,"
                                " f = 0.5, t = true, no = false, deep = { { { { 'bottom' } } } },", 2147483647);
  for (int k = 1; k <= 17; k++)
    len += (size_t)snprintf(src + len, sizeof src - len, " %.*s = { n = %d, s = '%.*s' },", k, "kkkkkkkkkkkkkkkkk", k, k, "sssssssssssssssss");
  len += (size_t)snprintf(src + len, sizeof src - len, " ['%0300d'] = '%0700d' }", 7, 8);
  const char *code =
    "local out = { data[''], #data.nul, data.nul:byte(2), data.big, data.neg, data.f, tostring(data.t), tostring(data.no),\n"
    "              data.deep[1][1][1][1] }\n"
    "for k = 1, 17 do local e = data[string.rep('k', k)]; out[#out + 1] = e.n .. #e.s end\n"
    "local long = data[string.rep('0', 299) .. '7']\n"
    "out[#out + 1] = #long .. long:sub(-2)\n"
    "return table.concat(out, ',')";
  size_t w = (size_t)snprintf(want, sizeof want, "empty,3,0,2147483647,-9223372036854775807,0.5,true,false,bottom");
  for (int k = 1; k <= 17; k++) w += (size_t)snprintf(want + w, sizeof want - w, ",%d%d", k, k);
  snprintf(want + w, sizeof want - w, ",70008");
  yields(sb, src, code, want);
}

/* A table holding no table, of at most 16 fields (a leaf), is converted
** with its parent, any other at its first read: a rule reads either the
** same way (every field, #, pairs, identity, read-only, empty to raw
** access, its metatable out of reach). */
static void test_leaves_read_as_other_views(void **state) {
  const char *src =
    "return { l16 = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 },\n"
    "         l17 = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 },\n"
    "         leaf = { a = 'x', b = 2, c = true, 'one', 'two' }, inner = { a = 'x', b = 2, c = true, 'one', 'two', t = {} },\n"
    "         empty = {} }";
  const char *code =
    "local function seen(v)\n"
    "  local keys = {} for k, x in pairs(v) do keys[#keys + 1] = tostring(k) .. '=' .. tostring(x) end table.sort(keys)\n"
    "  local sum = 0 for _, x in ipairs(v) do sum = sum + (type(x) == 'number' and x or #x) end\n"
    "  local raw = tostring(next(v)) .. rawlen(v) .. tostring(rawget(v, 1)) .. tostring(getmetatable(v))\n"
    "  local writes = 0\n"
    "  for _, w in ipairs({ function() v.z = 1 end, function() v[1] = 0 end, function() table.insert(v, 1) end,\n"
    "                       function() setmetatable(v, nil) end }) do if pcall(w) then writes = writes + 1 end end\n"
    "  return #v .. ':' .. sum .. ':' .. table.concat(keys, ',', 1, math.min(#keys, 5)) .. ':' .. #keys .. raw .. writes\n"
    "end\n"
    "local inner = seen(data.inner):gsub(',t=table: [%x]+', ''):gsub(':6nil', ':5nil')\n"
    "return seen(data.l16) .. '|' .. seen(data.l17) .. '|' .. seen(data.leaf) .. '|' .. inner .. '|' .. seen(data.empty)\n"
    "  .. '|' .. tostring(data.leaf == data.leaf and data.l16 == data.l16 and data.empty == data.empty)";
  yields(*state, src, code,
         "16:136:10=10,11=11,12=12,13=13,14=14:16nil0nilfalse0|"
         "17:153:10=10,11=11,12=12,13=13,14=14:17nil0nilfalse0|"
         "2:6:1=one,2=two,a=x,b=2,c=true:5nil0nilfalse0|"
         "2:6:1=one,2=two,a=x,b=2,c=true:5nil0nilfalse0|"
         "0:0::0nil0nilfalse0|true");
}

/* [-0, +1] Whether the metatable of the view at idx holds a node and a
** copy (a view not yet read) or neither (one read): "both", "neither" or
** what else it holds.  The engine reads it raw from C, as rules cannot. */
static const char *lazy_state(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  assert_true(lua_getmetatable(L, idx));
  int node = lua_rawgeti(L, -1, 1), copy = lua_rawgeti(L, -2, 2);
  lua_pushliteral(L, "__index");
  int index = lua_rawget(L, -4);
  lua_pop(L, 4);
  if (node == LUA_TLIGHTUSERDATA && copy == LUA_TUSERDATA && index == LUA_TFUNCTION) return "both";
  if (node == LUA_TNIL && copy == LUA_TNIL && index == LUA_TTABLE) return "neither";
  return "other";
}

/* The copy lives while a view not yet read does, and no longer: each view's
** metatable holds its node and the copy until its first read, then lets
** both go; once every view holding the copy has been read, a collection
** takes it back. */
static void test_copy_kept_until_every_view_is_read(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  data_value *v = parsed("return { a = { t = { n = 1 } }, b = { t = { n = 2 } } }");
  data_push(L, v);
  data_free(v);
  int root = lua_gettop(L);
  assert_string_equal(lazy_state(L, root), "both");
  lua_newtable(L);                          /* weak { copy } */
  lua_newtable(L);
  lua_pushliteral(L, "v");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_getmetatable(L, root);
  lua_rawgeti(L, -1, 2);
  lua_rawseti(L, -3, 1);
  lua_pop(L, 1);
  int weak = lua_gettop(L);
  const char *reads[] = { "return data.a.t.n", "return data.b.t.n" };
  const char *want[] = { "1", "2" };
  for (int i = 0; i < 2; i++) {
    lua_gc(L, LUA_GCCOLLECT);
    assert_int_equal(lua_rawgeti(L, weak, 1), LUA_TUSERDATA);   /* a view not yet read keeps it */
    lua_pop(L, 1);
    sandbox_push_env(sb);
    lua_pushvalue(L, root);
    lua_setfield(L, -2, "data");
    if (sandbox_load(sb, reads[i], strlen(reads[i]), "@rules/test/chunk.lua", &err) != 0) fail_msg("load: %s", err.message);
    if (sandbox_call(sb, 0, 1, &err) != 0) fail_msg("unexpected error: %s", err.message);
    assert_string_equal(lua_tostring(L, -1), want[i]);
    lua_pop(L, 1);
    assert_string_equal(lazy_state(L, root), "neither");
    lua_pushliteral(L, "b");
    lua_rawget(L, root);                    /* nil: the view is empty */
    assert_true(lua_isnil(L, -1));
    lua_pop(L, 1);
  }
  lua_getmetatable(L, root);                /* the views of a and b, read */
  lua_getfield(L, -1, "__index");
  lua_getfield(L, -1, "a");
  assert_string_equal(lazy_state(L, -1), "neither");
  lua_getfield(L, -2, "b");
  assert_string_equal(lazy_state(L, -1), "neither");
  lua_pop(L, 4);
  lua_gc(L, LUA_GCCOLLECT);
  assert_int_equal(lua_rawgeti(L, weak, 1), LUA_TNIL);          /* every view read: the copy is gone */
  lua_settop(L, root - 1);
}

/* A list of n records, as a data file. */
static char *big_list(int n) {
  size_t cap = 64 + (size_t)n * 32;
  char *src = malloc(cap), *at = src;
  assert_non_null(src);
  at += sprintf(at, "return { big = {");
  for (int i = 1; i <= n; i++) at += sprintf(at, " { n = %d, s = 'x' },", i);
  sprintf(at, " } }");
  return src;
}

/* Converting is the engine's work: a call that first reads a large table
** (its content and 20,000 views, several MiB) within an instruction budget
** of 5,000 and a memory budget of 1 MiB still passes, and the rule file's
** account holds none of it; the call's own allocations are still counted. */
static void test_conversion_charged_to_no_rule(void **state) {
  lx_sandbox *sb = *state;
  lua_State *L = sandbox_state(sb);
  sandbox_error err;
  char *src = big_list(20000);
  int account = sandbox_new_account(sb);
  assert_true(account > 0);
  sandbox_set_budget(sb, 5000, 1u << 20);
  sandbox_use_account(sb, account);
  load_with_data(sb, src, "return function() return #data.big .. data.big[20000].s .. data.big[123].n end");
  assert_int_equal(sandbox_call(sb, 0, 1, &err), 0);
  size_t held = sandbox_account_memory(sb, account);
  if (sandbox_call(sb, 0, 1, &err) != 0) fail_msg("the conversion was charged: %s", err.message);
  assert_string_equal(lua_tostring(L, -1), "20000x123");
  lua_pop(L, 1);
  assert_in_range(sandbox_account_memory(sb, account), 0, held + 4096);
  /* the rule's own allocations still meet the memory budget */
  load_with_data(sb, src, "local t = {} for i = 1, 200 do t[i] = string.rep('m', 1 << 14) .. i end return #t");
  assert_int_equal(sandbox_call(sb, 0, 1, &err), -1);
  sandbox_use_account(sb, 0);
  free(src);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_reads_and_identity, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_first_read_by_len_or_pairs, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_read_only_before_and_after, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_read_after_the_tree_is_freed, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_copy_holds_every_kind, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_leaves_read_as_other_views, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_conversion_charged_to_no_rule, sbx_setup, sbx_teardown),
    cmocka_unit_test_setup_teardown(test_copy_kept_until_every_view_is_read, sbx_setup, sbx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * sandbox_join.c -- lx.join's joining of bilingual lists, in C.
 *
 * lx.join(list, sep, last) (engine/lua/lexgap.lua) joins, in each language,
 * the items of list as ipairs gives them (a table's text in the language, a
 * string or a number as tostring gives it) with sep[lang] between them and
 * last[lang] before the last one; sep and last default to the library's
 * ", " and " and " / " et ".  It returns { en = ..., fr = ... }.  Lists
 * are joined in most findings' explanations, so this is done here, in one
 * call, with the same bytes out and the same reads, in the same order:
 * English first, then French; for each, every item (list[i] with its
 * metamethods, then item[lang]), then, for two items or more, sep[lang] and
 * last[lang].
 *
 * Whatever this join does not handle exactly as the Lua one does, it hands
 * to the Lua one (the closure's first upvalue), with the arguments it was
 * given: a list that is not a table, an item that is neither a table, a
 * string nor a number, a table whose text in the language is not a string
 * (the Lua join puts tostring of the table in its place), a separator table
 * that is not a table, or a separator that is not a string (nil, a number:
 * table.concat and `..` treat them each their own way, or raise).
 *
 * Budgets: the work is charged to the call's instruction budget as it is
 * done: ITEM_UNITS per item read, as it is read; then, before the text is
 * made, one unit and one per BYTES_PER_UNIT bytes of it.  The text is
 * allocated by Lua and counts against the memory budget as any other
 * string.
 */
#include "sandbox.h"

#include <string.h>

#include <lauxlib.h>

#define BYTES_PER_UNIT 64.0   /* as sandbox_limits.c charges reading bytes */
#define ITEM_UNITS 8.0        /* an item read: about what the Lua join ran for one */

#define DEFAULT_SEP lua_upvalueindex(4)     /* the closure's default separators */
#define DEFAULT_LAST lua_upvalueindex(5)

/* [-0, +(n|0)] Push the texts of the items of the list at index 1 in the
** language whose key is at lang, n of them: returns n, or -1 (nothing left
** pushed) when the Lua join must do it (also a list too long for the
** stack).  Each item read is charged as it is read (ITEM_UNITS): a list
** whose __index is a C function never ends, and no instruction runs here
** for the budget's hook to count. */
static int push_items(lua_State *L, int lang) {
  int base = lua_gettop(L), n = 0;
  for (lua_Integer i = 1;; i++) {
    if (!lua_checkstack(L, 4)) { lua_settop(L, base); return -1; }
    sandbox_charge(L, ITEM_UNITS);
    int t = lua_geti(L, 1, i);
    if (t == LUA_TNIL) { lua_pop(L, 1); return n; }
    if (t == LUA_TTABLE) {
      lua_pushvalue(L, lang);
      if (lua_gettable(L, -2) != LUA_TSTRING) { lua_settop(L, base); return -1; }
      lua_replace(L, -2);
    } else if (t == LUA_TNUMBER) {
      lua_tolstring(L, -1, NULL);              /* as tostring writes a number */
    } else if (t != LUA_TSTRING) {
      lua_settop(L, base);
      return -1;
    }
    n++;
  }
}

/* [-0, +1] The separator sep_idx[lang] (a table, default_idx's when sep is
** nil or false; lang the index of the language's key): 1 if it is a string
** (pushed), else 0 (nothing pushed). */
static int push_separator(lua_State *L, int sep_idx, int default_idx, int lang) {
  int idx = lua_toboolean(L, sep_idx) ? sep_idx : default_idx;
  if (lua_type(L, idx) != LUA_TTABLE) return 0;
  lua_pushvalue(L, lang);
  if (lua_gettable(L, idx) == LUA_TSTRING) return 1;
  lua_pop(L, 1);
  return 0;
}

/* [-0, +(1|0)] The list joined in the language whose key is at lang (see
** above), or 0 pushed and -1 returned when the Lua join must do it.  One
** item is its text itself; two or more are copied, with the separators,
** into one buffer of the joined text's exact size. */
static int join_language(lua_State *L, int lang) {
  int base = lua_gettop(L);
  int n = push_items(L, lang);
  if (n < 0) return -1;
  if (n <= 1) {
    if (n == 0) lua_pushliteral(L, "");
    return 0;
  }
  if (!push_separator(L, 2, DEFAULT_SEP, lang)) { lua_settop(L, base); return -1; }
  if (!push_separator(L, 3, DEFAULT_LAST, lang)) { lua_settop(L, base); return -1; }
  size_t sep_len, last_len, bytes;
  const char *sep = lua_tolstring(L, base + n + 1, &sep_len);
  const char *last = lua_tolstring(L, base + n + 2, &last_len);
  bytes = (size_t)(n - 2) * sep_len + last_len;
  for (int i = 1; i <= n; i++) { size_t len; lua_tolstring(L, base + i, &len); bytes += len; }
  sandbox_charge(L, 1 + (double)bytes / BYTES_PER_UNIT);
  bilingual_text made;
  char *out = bilingual_text_start(L, &made, bytes);
  for (int i = 1; i <= n; i++) {
    size_t len;
    const char *s = lua_tolstring(L, base + i, &len);
    memcpy(out, s, len);
    out += len;
    if (i < n - 1) { memcpy(out, sep, sep_len); out += sep_len; }
    else if (i == n - 1) { memcpy(out, last, last_len); out += last_len; }
  }
  bilingual_text_push(L, &made);
  lua_replace(L, base + 1);
  lua_settop(L, base + 1);
  return 0;
}

/* lx.join(list, sep, last): { en = ..., fr = ... }.  Upvalues: the Lua
** join, "en", "fr", the default separator and last separator. */
static int join(lua_State *L) {
  lua_settop(L, 3);
  if (lua_type(L, 1) != LUA_TTABLE) goto in_lua;
  if (join_language(L, BILINGUAL_EN) != 0) goto in_lua;
  if (join_language(L, BILINGUAL_FR) != 0) goto in_lua;
  return bilingual_push_pair(L, 4, 5);                   /* list sep last en fr */
in_lua:
  return bilingual_call_lua(L, 3);
}

int joiner_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 3);
  bilingual_push_keys(L);
  lua_rotate(L, 2, 2);                                   /* join en fr sep last */
  lua_pushcclosure(L, join, 5);
  return 1;
}

/*
 * sandbox_readonly.c -- read-only views of the data every rule reads.
 *
 * The profile, the schema and the tables reachable from `lx` are shared by
 * every rule of a run, so no rule may change them (STYLE.md section 4).  Each
 * table node becomes three tables:
 *
 *     view  an empty table: what rules hold;
 *     meta  its metatable: __index = content, __newindex raises, __len and
 *           __pairs read the content, __metatable = false (so getmetatable,
 *           setmetatable and the metatable itself are out of reach);
 *     content  the fields, whose table values are themselves views.
 *
 * Reading a field is the VM's own table lookup through __index (no function
 * call), which keeps evaluation fast.  Nothing reaches the content or the
 * metatable: rawget/next/rawlen on a view see an empty table, and every
 * write (assignment, table.insert/remove/sort/move, which all go through
 * metamethods in Lua 5.4) meets __newindex.
 */
#include "sandbox.h"

#include <lauxlib.h>

#include "data.h"

/* __newindex of a view: always refuses. */
static int view_newindex(lua_State *L) {
  return luaL_error(L, "attempt to change read-only data (the profile, the schema and the rule library are shared by every rule)");
}

int readonly_is_view(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return 0;
  lua_pushliteral(L, "__newindex");
  lua_rawget(L, -2);
  int is = lua_tocfunction(L, -1) == view_newindex;
  lua_pop(L, 2);
  return is;
}

/* [-0, +1] The content table of the view at idx.  view_next is reachable
** by rules (pairs returns it), so its argument is checked (as
** readonly_is_view does, reading the metatable once for both). */
static void push_content(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) luaL_argerror(L, idx, "read-only view expected");
  lua_pushliteral(L, "__newindex");
  lua_rawget(L, -2);
  if (lua_tocfunction(L, -1) != view_newindex) luaL_argerror(L, idx, "read-only view expected");
  lua_pop(L, 1);
  lua_pushliteral(L, "__index");
  lua_rawget(L, -2);
  lua_remove(L, -2);
}

/* __len of a view: the length of its content. */
static int view_len(lua_State *L) {
  push_content(L, 1);
  lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
  return 1;
}

/* The iterator __pairs returns: next over the content, keyed by the view,
** so that the content never reaches the rule. */
static int view_next(lua_State *L) {
  lua_settop(L, 2);
  push_content(L, 1);
  lua_insert(L, 2);                        /* view content key */
  if (lua_next(L, 2)) return 2;
  lua_pushnil(L);
  return 1;
}

/* __pairs of a view: view_next, the view, nil. */
static int view_pairs(lua_State *L) {
  push_content(L, 1);                      /* checks the argument */
  lua_pushcfunction(L, view_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

/* [-1, +1] Replace the content table on top by a view of it. */
static void wrap_content(lua_State *L) {
  lua_createtable(L, 0, 0);                /* content view */
  lua_createtable(L, 0, 5);                /* content view meta */
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, view_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, view_len);
  lua_setfield(L, -2, "__len");
  lua_pushcfunction(L, view_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);                 /* content view */
  lua_remove(L, -2);
}

void data_push(lua_State *L, const data_value *v) {
  switch (v->kind) {
    case DATA_NIL: lua_pushnil(L); break;
    case DATA_BOOLEAN: lua_pushboolean(L, v->u.boolean); break;
    case DATA_INTEGER: lua_pushinteger(L, (lua_Integer)v->u.integer); break;
    case DATA_NUMBER: lua_pushnumber(L, v->u.number); break;
    case DATA_STRING: lua_pushlstring(L, v->u.string.s, v->u.string.len); break;
    case DATA_TABLE:
      luaL_checkstack(L, 4, "data nested too deeply");
      size_t nitems = data_len(v);   /* sized once: no rehash as the fields go in */
      lua_createtable(L, (int)nitems, v->u.table.n > nitems ? (int)(v->u.table.n - nitems) : 0);
      for (size_t i = 0; i < v->u.table.n; i++) {
        const data_field *f = &v->u.table.fields[i];
        data_push(L, f->value);
        if (f->key) lua_setfield(L, -2, f->key);
        else lua_rawseti(L, -2, (lua_Integer)f->index);
      }
      wrap_content(L);
      break;
  }
}

#define COPY_MAX_DEPTH 100   /* C recursion; data files nest 64 levels at most */

/* [-0, +1] A read-only copy of the value at idx; seen (an absolute index)
** maps tables already copied to their views, so cycles stay cycles. */
static void copy_value(lua_State *L, int idx, int seen, int depth) {
  if (lua_type(L, idx) != LUA_TTABLE || readonly_is_view(L, idx)) {
    lua_pushvalue(L, idx);
    return;
  }
  lua_pushvalue(L, idx);
  if (lua_rawget(L, seen) != LUA_TNIL) return;
  lua_pop(L, 1);
  if (depth > COPY_MAX_DEPTH) luaL_error(L, "lx.readonly: table nested more than %d levels deep", COPY_MAX_DEPTH);
  luaL_checkstack(L, 6, "table nested too deeply");
  lua_newtable(L);                         /* content */
  wrap_content(L);                         /* view (content under it) */
  lua_pushvalue(L, idx);
  lua_pushvalue(L, -2);
  lua_rawset(L, seen);                     /* seen[original] = view */
  push_content(L, -1);                     /* view content */
  lua_pushnil(L);
  while (lua_next(L, idx)) {               /* view content k v */
    int top = lua_gettop(L);
    copy_value(L, top, seen, depth + 1);              /* view content k v v' */
    lua_remove(L, -2);
    lua_pushvalue(L, -2);
    lua_insert(L, -2);                     /* view content k k v' */
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);                           /* view */
}

void readonly_push_copy(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  if (lua_type(L, idx) != LUA_TTABLE || readonly_is_view(L, idx)) {   /* as it is: no copy */
    lua_pushvalue(L, idx);
    return;
  }
  lua_newtable(L);
  int seen = lua_gettop(L);
  copy_value(L, idx, seen, 0);
  lua_remove(L, seen);
}

int readonly_is_view_lua(lua_State *L) {
  luaL_checkany(L, 1);
  lua_pushboolean(L, readonly_is_view(L, 1));
  return 1;
}

int readonly_lua(lua_State *L) {
  luaL_checkany(L, 1);
  readonly_push_copy(L, 1);
  return 1;
}

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
 *
 * A data tree (a profile, the schema) is converted lazily: data_push copies
 * the tree into one block the Lua state owns, and each table node's view is
 * made empty, with a metatable of its own from the start whose __index,
 * __len and __pairs make the node's content (and empty views of its tables)
 * at the first read; that metatable also holds the node and the copy, until
 * the first read makes its __index the content and lets both go.  A rule
 * reads what a view made eagerly would hold: the same view for a node every
 * time, the content built by the same calls in the same order (so `pairs`
 * goes in the same order); and a node that no rule reads is never
 * converted, but for a leaf (a table holding no table, of at most LEAF_MAX
 * fields), converted with its parent.  Converting is engine work
 * (sandbox_engine_work): charged to no rule, as when the whole tree was
 * converted before the first rule ran.  The copy, kept by the metatables of
 * the views not yet converted, lives as long as one of them does, whatever
 * becomes of the tree it was copied from.
 */
#include "sandbox.h"

#include <string.h>

#include <lauxlib.h>

#include "data.h"
#include "schema.h"

/* The metatable of a view not yet converted keeps, besides the
** metamethods, the view's node and the copy it lies in (both let go at the
** first read, when __index becomes the content). */
#define LAZY_NODE 1    /* light userdata: the view's node */
#define LAZY_COPY 2    /* the userdata holding the copy, or nil (data_push_lasting) */
/* The metatable of the root view of a tree that outlives the state
** (data_push_lasting) keeps that tree, for good: schema_question_lua
** searches it. */
#define LASTING_ROOT 3 /* light userdata: the tree's root node */
/* Such a metatable holds its fields in its hash part alone: the five
** metamethods and the integer keys above (held there, not in an array
** part of their own, so that it is one block fewer; the root's of a lasting
** tree fills the eight slots the seven make room for). */
#define LAZY_FIELDS 7

static int lazy_index(lua_State *L);
static int build_content(lua_State *L);

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

/* [-0, +1] The content table of the view at idx, made now if it was not
** yet.  view_next is reachable by rules (pairs returns it), so its argument
** is checked (as readonly_is_view does, reading the metatable once for
** both). */
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
  if (lua_tocfunction(L, -1) == lazy_index) {   /* not converted yet */
    lua_pop(L, 1);
    lua_pushvalue(L, idx);
    sandbox_engine_work(L, build_content, 1, 1);
  }
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

/* ---- a data tree copied into one block ---------------------------------- */

#define ALIGNED(n) (((n) + 7) & ~(size_t)7)

/* Bytes the copy of a value that is not a table takes (copy_tree): the
** value and, for a string, its bytes, each aligned. */
static size_t scalar_bytes(const data_value *v) {
  return ALIGNED(sizeof *v) + (v->kind == DATA_STRING ? ALIGNED(v->u.string.len + 1) : 0);
}

/* Bytes the copy of the table node v takes (copy_tree): the node, its field
** array, keys and values, each aligned.  A value that is not a table is
** counted in place (no call: most are). */
static size_t tree_bytes(const data_value *v) {
  size_t n = ALIGNED(sizeof *v) + ALIGNED(v->u.table.n * sizeof(data_field));
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    if (f->key) n += ALIGNED(strlen(f->key) + 1);
    n += f->value->kind == DATA_TABLE ? tree_bytes(f->value) : scalar_bytes(f->value);
  }
  return n;
}

/* A piece of n bytes at *at, which moves past it. */
static void *carve(char **at, size_t n) {
  void *p = *at;
  *at += ALIGNED(n);
  return p;
}

/* A copy of v, not a table, carved from *at (scalar_bytes(v) bytes free
** there). */
static data_value *copy_scalar(const data_value *v, char **at) {
  data_value *c = carve(at, sizeof *c);
  *c = *v;
  if (v->kind == DATA_STRING) {
    c->u.string.s = carve(at, v->u.string.len + 1);
    memcpy(c->u.string.s, v->u.string.s, v->u.string.len + 1);
  }
  return c;
}

/* A copy of the table node v carved from *at (tree_bytes(v) bytes free
** there), pointing only into itself.  Each key is copied by stpcpy, which
** finds its end as it goes. */
static data_value *copy_tree(const data_value *v, char **at) {
  data_value *c = carve(at, sizeof *c);
  *c = *v;
  c->u.table.fields = carve(at, v->u.table.n * sizeof(data_field));
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    data_field *cf = &c->u.table.fields[i];
    *cf = *f;
    if (f->key) {
      cf->key = *at;
      *at += ALIGNED((size_t)(stpcpy(cf->key, f->key) - cf->key) + 1);
    }
    cf->value = f->value->kind == DATA_TABLE ? copy_tree(f->value, at) : copy_scalar(f->value, at);
  }
  return c;
}

/* ---- views made at the first read --------------------------------------- */

/* [-0, +5] The names of a view's metamethods, as strings on the stack, for
** push_lazy_view (set with lua_rawset: no C string looked up per view). */
enum { KEY_INDEX, KEY_NEWINDEX, KEY_LEN, KEY_PAIRS, KEY_METATABLE, NKEYS };
static void push_view_keys(lua_State *L) {
  lua_pushliteral(L, "__index");
  lua_pushliteral(L, "__newindex");
  lua_pushliteral(L, "__len");
  lua_pushliteral(L, "__pairs");
  lua_pushliteral(L, "__metatable");
}

/* [-0, +0] Set in the metatable on top, the names of push_view_keys at keys
** (absolute), what every view's metatable holds but __index: __newindex
** raising, __len and __pairs reading the content, __metatable = false. */
static void set_view_metamethods_keyed(lua_State *L, int keys) {
  lua_pushvalue(L, keys + KEY_NEWINDEX);
  lua_pushcfunction(L, view_newindex);
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + KEY_LEN);
  lua_pushcfunction(L, view_len);
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + KEY_PAIRS);
  lua_pushcfunction(L, view_pairs);
  lua_rawset(L, -3);
  lua_pushvalue(L, keys + KEY_METATABLE);
  lua_pushboolean(L, 0);
  lua_rawset(L, -3);
}

/* [-0, +3] The start of a view, the names of push_view_keys at keys
** (absolute): the view, its metatable, its own, and the name of __index,
** for the caller to push the content above and end_view to finish. */
static void begin_view(lua_State *L, int keys) {
  lua_createtable(L, 0, 0);                        /* view */
  lua_createtable(L, 0, 5);                        /* view meta */
  lua_pushvalue(L, keys + KEY_INDEX);              /* view meta "__index" */
}

/* [-3, +1] The end of a view begun by begin_view, its content on top: the
** metatable's __index is the content, its other metamethods a view's. */
static void end_view(lua_State *L, int keys) {
  lua_rawset(L, -3);                               /* view meta */
  set_view_metamethods_keyed(L, keys);
  lua_setmetatable(L, -2);                         /* view */
}

/* [-1, +1] Replace the content table on top by a view of it (a metatable
** of its own whose __index is the content, the other metamethods a
** view's). */
static void wrap_content(lua_State *L) {
  int content = lua_gettop(L);
  push_view_keys(L);                               /* content keys... */
  begin_view(L, content + 1);                      /* content keys... view meta "__index" */
  lua_pushvalue(L, content);
  end_view(L, content + 1);                        /* content keys... view */
  lua_replace(L, content);
  lua_settop(L, content);                          /* view */
}

/* [-0, +1] An empty view of the table node v of a copy whose userdata (or
** nil) is at copy_idx (absolute), the names of push_view_keys at keys
** (absolute): its metatable, its own, converts it at the first read (the
** metamethods set_view_metamethods_keyed sets, __index lazy_index) and keeps v
** and the copy until then. */
static void push_lazy_view(lua_State *L, const data_value *v, int copy_idx, int keys) {
  lua_createtable(L, 0, 0);                        /* view */
  lua_createtable(L, 0, LAZY_FIELDS);              /* view meta: one part, no array (one block fewer) */
  lua_pushvalue(L, keys + KEY_INDEX);
  lua_pushcfunction(L, lazy_index);
  lua_rawset(L, -3);
  set_view_metamethods_keyed(L, keys);
  lua_pushlightuserdata(L, (void *)v);
  lua_rawseti(L, -2, LAZY_NODE);
  lua_pushvalue(L, copy_idx);
  lua_rawseti(L, -2, LAZY_COPY);
  lua_setmetatable(L, -2);                         /* view */
}

/* A leaf (a table node holding no table, of at most LEAF_MAX fields: a
** list of conduct elements, a dated fact's few scalars) is converted with
** its parent rather than at its first read: most are read (about four in
** five of the bundled profiles'), and converting one then costs less than
** the machinery of a later first read; an unread one costs its few
** fields. */
#define LEAF_MAX 16

static int is_leaf(const data_value *v) {
  if (v->u.table.n > LEAF_MAX) return 0;
  for (size_t i = 0; i < v->u.table.n; i++)
    if (v->u.table.fields[i].value->kind == DATA_TABLE) return 0;
  return 1;
}

static void push_content_of(lua_State *L, const data_value *v, int copy_idx, int keys);

/* [-0, +1] The view of the leaf v, converted now: what push_lazy_view and
** its first read make, without the read. */
static void push_leaf_view(lua_State *L, const data_value *v, int keys) {
  begin_view(L, keys);                             /* view meta "__index" */
  push_content_of(L, v, 0, keys);                  /* view meta "__index" content (a leaf: no copy needed) */
  end_view(L, keys);                               /* view */
}

/* [-0, +1] The value of the field of a copy's node: a scalar as it is, a
** table as a view (made at its first read, a leaf now). */
static void push_lazy_value(lua_State *L, const data_value *v, int copy_idx, int keys) {
  switch (v->kind) {
    case DATA_NIL: lua_pushnil(L); break;
    case DATA_BOOLEAN: lua_pushboolean(L, v->u.boolean); break;
    case DATA_INTEGER: lua_pushinteger(L, (lua_Integer)v->u.integer); break;
    case DATA_NUMBER: lua_pushnumber(L, v->u.number); break;
    case DATA_STRING: lua_pushlstring(L, v->u.string.s, v->u.string.len); break;
    case DATA_TABLE:
      if (is_leaf(v)) push_leaf_view(L, v, keys);
      else push_lazy_view(L, v, copy_idx, keys);
      break;
  }
}

/* [-0, +1] The content of the table node v, as data_push made it whole:
** sized once (no rehash as the fields go in), its fields set in source
** order (so `pairs` goes in the same order), tables in it as views. */
static void push_content_of(lua_State *L, const data_value *v, int copy_idx, int keys) {
  size_t nitems = data_len(v);
  lua_createtable(L, (int)nitems, v->u.table.n > nitems ? (int)(v->u.table.n - nitems) : 0);
  int content = lua_gettop(L);
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    push_lazy_value(L, f->value, copy_idx, keys);
    if (f->key) lua_setfield(L, content, f->key);
    else lua_rawseti(L, content, (lua_Integer)f->index);
  }
}

/* Engine work (sandbox_engine_work): the content of the view in argument 1,
** not converted yet, made as data_push made it whole (sized once, its
** fields set in source order); the view's metatable then reads the content
** (__index) and lets the node and the copy go.  Returns the content. */
static int build_content(lua_State *L) {
  lua_settop(L, 1);
  luaL_checkstack(L, 16, "data nested too deeply");
  lua_getmetatable(L, 1);                          /* view meta */
  lua_rawgeti(L, 2, LAZY_NODE);
  const data_value *v = lua_touserdata(L, 3);
  if (!v) return luaL_error(L, "read-only view without its data");
  lua_rawgeti(L, 2, LAZY_COPY);                    /* view meta node copy */
  push_view_keys(L);                               /* view meta node copy keys... */
  push_content_of(L, v, 4, 5);                     /* view meta node copy keys... content */
  int content = lua_gettop(L);
  lua_pushvalue(L, 5 + KEY_INDEX);
  lua_pushvalue(L, content);
  lua_rawset(L, 2);                                /* reads are plain lookups from now on */
  lua_pushnil(L);
  lua_rawseti(L, 2, LAZY_NODE);
  lua_pushnil(L);
  lua_rawseti(L, 2, LAZY_COPY);
  return 1;
}

/* __index of a view not converted yet: convert it, then read the field. */
static int lazy_index(lua_State *L) {
  lua_settop(L, 2);
  lua_pushvalue(L, 1);
  sandbox_engine_work(L, build_content, 1, 1);     /* view key content */
  lua_pushvalue(L, 2);
  lua_rawget(L, 3);
  return 1;
}

/* [-1, +1] Replace the value on top (the userdata holding root's tree, or
** nil for a tree that outlives the state) by the view of the table node
** root, made at its first read; its metatable keeps that value. */
static void push_lazy_root(lua_State *L, const data_value *root) {
  luaL_checkstack(L, 16, "data nested too deeply");
  int copy = lua_gettop(L);
  push_view_keys(L);
  push_lazy_view(L, root, copy, copy + 1);         /* copy keys... view */
  lua_replace(L, copy);
  lua_settop(L, copy);                             /* view */
}

void data_push(lua_State *L, const data_value *v) {
  if (v->kind != DATA_TABLE) {
    push_lazy_value(L, v, 0, 0);
    return;
  }
  size_t bytes = tree_bytes(v);
  char *at = lua_newuserdatauv(L, bytes, 0);       /* copy */
  push_lazy_root(L, copy_tree(v, &at));
}

void data_push_lasting(lua_State *L, const data_value *v) {
  if (v->kind != DATA_TABLE) {
    push_lazy_value(L, v, 0, 0);
    return;
  }
  lua_pushnil(L);                                  /* no copy to keep */
  push_lazy_root(L, v);
  lua_getmetatable(L, -1);
  lua_pushlightuserdata(L, (void *)v);
  lua_rawseti(L, -2, LASTING_ROOT);
  lua_pop(L, 1);
}

/* The tree whose root view (data_push_lasting) is at idx, or NULL when
** the value there is anything else. */
static const data_value *lasting_root(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return NULL;
  lua_pushliteral(L, "__newindex");
  lua_rawget(L, -2);
  const data_value *root = NULL;
  if (lua_tocfunction(L, -1) == view_newindex) {
    lua_rawgeti(L, -2, LASTING_ROOT);
    root = lua_touserdata(L, -1);
    lua_pop(L, 1);
  }
  lua_pop(L, 2);
  return root;
}

#define SEARCH_UNITS 64   /* a search of the built-in model, past the path's bytes */

int schema_question_lua(lua_State *L) {
  const data_value *root = lasting_root(L, 1);
  const char *keys[SCHEMA_QUESTION_MAX_KEYS];
  int nkeys = 0, found = -1;
  size_t len;
  if (root && lua_type(L, 2) == LUA_TSTRING) {
    const char *path = lua_tolstring(L, 2, &len);
    /* the search's work, charged to the call: the path's bytes, and a
    ** walk as deep as the model's, whatever the path (about what the
    ** library's walk of a short path cost in VM instructions) */
    sandbox_charge(L, SEARCH_UNITS + (double)len / 16);
    found = schema_question_keys(root, path, len, keys, &nkeys);
  }
  if (found < 0) {
    lua_pushnil(L);                                /* the library searches */
  } else if (found == 0) {
    lua_pushboolean(L, 0);
  } else {
    luaL_checkstack(L, 2, NULL);
    lua_pushvalue(L, 1);
    for (int i = 0; i < nkeys; i++) {              /* read as the library reads: through the views */
      lua_getfield(L, -1, keys[i]);
      lua_remove(L, -2);
    }
  }
  return 1;
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
  luaL_checkstack(L, NKEYS + 7, "table nested too deeply");   /* the table, wrap_content's names and view, then k v v' */
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

void readonly_wrap_fresh(lua_State *L) { wrap_content(L); }

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

/*
 * sandbox_measure.c -- the common paths of the rule library's measure_of,
 * in C.
 *
 * measure_of(ctx, path, AS_VALUES) (engine/lua/lexgap.lua) gives a
 * measure's state at the as-of date and its fields as values, for the
 * library's measure patterns (lx.measure_finding, lx.all_measures...),
 * which rules call for most obligations.  Its common cases are a declared
 * path already found declared, in the profile the engine gave (a read-only
 * view), leading to a measure whose `adopted` is stated and which is in
 * force at the as-of date (or is not adopted), cited; or leading to
 * nothing, the schema's question for it asked: a walk, a citation or a
 * question and a few reads, about a hundred VM instructions, each of which
 * costs the count hook's trap.  measured(ctx, path, parts_memo,
 * questions_memo) does those here, in one call, with the same result and
 * the same changes to ctx; for anything else it returns nothing, having
 * changed nothing, and measure_of goes on in Lua as before (its errors
 * raised there, at the levels they always were).
 *
 * It answers only for a context the library made (its metatable is
 * CTX_META, which no rule can set, change or replace: __metatable is
 * false), whose fields are then read raw, as the VM reads them (the
 * context is a plain table, CTX_META has no __newindex and its __index,
 * Ctx, is a plain table without a metatable), and only when:
 *   - ctx._check_declared is the library's own and the memo of the
 *     context's declared list (declared_found[ctx.declared]) holds path:
 *     the check would pass without a call;
 *   - path is a string whose parts the file's memo holds (parts_memo, the
 *     library's split_kept, passed by the caller: it changes with the
 *     file);
 *   - ctx.profile is the view lx._begin was given last (viewed_profile.set
 *     holds it): every table the walk reaches is then a read-only view,
 *     whose reads run only the engine's metamethods, so reading it again
 *     in Lua changes nothing a rule can see;
 * and then, for a walk that ends in a table whose `adopted` is not nil:
 *   - ctx.cite is the library's own, and what it would read of ctx is as
 *     cite_checked says (evidence_seen nil, or tables without metatables);
 *   - for a measure not said `adopted = false`: ctx.in_force is the
 *     library's own (in_force_at), its `from` and `repealed`, when set,
 *     are strings, as is ctx.as_of then, and the measure is in force at
 *     ctx.as_of (from > as_of and repealed <= as_of compared as the VM
 *     compares two strings);
 * for a walk that ends in anything else (the measure not stated):
 *   - ctx.ask and ctx.question_for are the library's own, the file's memo
 *     of questions (questions_memo, the library's questions_kept) holds a
 *     question for the path and ctx.schema, a read-only view, and what
 *     ctx:ask would read of ctx is as ask_checked says.
 * All of these are checked before anything is changed.  Then the citation
 * or the question is recorded as ctx:cite or ctx:ask records it (the same
 * tables, their fields set in the same order, the same sets of paths and
 * keys).  The values returned are measure_of's: state ("adopted",
 * "partly" or "not_adopted"), source, note, missing, considered, raw (the
 * measure's view itself); "unknown" alone for a measure not stated.
 *
 * Budgets: the walk is charged to the call's instruction budget before it
 * is made, a unit a part (the parts of a path a rule of the file paid to
 * split, or a path of the file's declared list): its length is bounded by
 * what the call is charged.  Everything else is a fixed number of reads
 * and writes.  The tables and strings made (a citation or question, their
 * lists and sets, a question's key) are allocated by Lua, in the current
 * memory account, as the VM would have made them.
 */
#include "sandbox.h"

#include <string.h>

#include <lauxlib.h>

/* The closure's upvalues: the library's values it compares with, then the
** keys it reads (pushed from here, without lua_getfield's hashing of a C
** string at every read). */
enum {
  UP_CTX_META = 1,        /* every context's metatable */
  UP_CTX,                 /* Ctx, CTX_META's __index */
  UP_OWN_CHECK_DECLARED,  /* Ctx._check_declared as the library made it */
  UP_DECLARED_FOUND,      /* { [declared list] = memo of the paths found in it } */
  UP_VIEWED_PROFILE,      /* { set = { [profile begin was given, a view] = true } } */
  UP_OWN_CITE,            /* Ctx.cite as the library made it (done here for a measure) */
  UP_IN_FORCE_AT,         /* Ctx.in_force as the library made it */
  UP_OWN_ASK,             /* Ctx.ask as the library made it (done here) */
  UP_OWN_QUESTION_FOR,    /* Ctx.question_for as the library made it */
  UP_KEY_FIRST            /* the keys, in the order of measure_keys */
};
enum {
  K_CHECK_DECLARED, K_DECLARED, K_PROFILE, K_SET, K_ADOPTED, K_CITE,
  K_EVIDENCE_SEEN, K_EVIDENCE_LIST, K_IN_FORCE, K_AS_OF, K_FACT, K_SOURCE,
  K_URL, K_NOTE, K_FROM, K_REPEALED, K_LABEL, K_NAME, K_MISSING,
  K_CONSIDERED, K_ASK, K_QUESTION_FOR, K_SCHEMA, K_IS_SCHEMA, K_BY_PATH,
  K_EN, K_FR, K_QUESTION_SEEN, K_QUESTION_LIST, K_COUNT
};
static const char *const measure_keys[K_COUNT] = {
  "_check_declared", "declared", "profile", "set", "adopted", "cite",
  "evidence_seen", "evidence_list", "in_force", "as_of", "fact", "source",
  "url", "note", "from", "repealed", "label", "name", "missing",
  "considered", "ask", "question_for", "schema", "is_schema", "by_path",
  "en", "fr", "question_seen", "question_list"
};
#define KEY(k) lua_upvalueindex(UP_KEY_FIRST + (k))

/* The measure's fields measured reads, each once (a view's reads run only
** the engine's metamethods and give the same value every time), in this
** order, from the stack slot after `adopted`. */
enum { F_SOURCE, F_URL, F_NOTE, F_FROM, F_REPEALED, F_NAME, F_MISSING, F_CONSIDERED, F_COUNT };
static const int measure_fields[F_COUNT] = {
  K_SOURCE, K_URL, K_NOTE, K_FROM, K_REPEALED, K_NAME, K_MISSING, K_CONSIDERED
};

/* measured's stack: its arguments (ctx, path, parts_memo,
** questions_memo), then what measure_checked reads, in these slots. */
enum {
  S_CTX = 1, S_PATH, S_PARTS_MEMO, S_QUESTIONS_MEMO, S_CHECK, S_FOUND, S_FOUND_PATH,
  S_PROFILE, S_VIEWED, S_VIEWED_PROFILE, S_PARTS, S_MEASURE, S_ADOPTED,
  S_CITE, S_SEEN, S_FIRST, S_LIST, S_FIELDS   /* then F_COUNT fields */
};

/* [-0, +1] The field k of the context at index 1 (a plain table whose
** metatable is CTX_META): its own, else Ctx's, as the VM reads it.
** Returns its type. */
static int push_ctx_field(lua_State *L, int k) {
  lua_pushvalue(L, KEY(k));
  int t = lua_rawget(L, 1);
  if (t != LUA_TNIL) return t;
  lua_pop(L, 1);
  lua_pushvalue(L, KEY(k));
  return lua_rawget(L, lua_upvalueindex(UP_CTX));
}

/* [-0, +1] Field k of the table at idx, through its metamethods (a view's:
** the engine's).  Returns its type. */
static int push_field(lua_State *L, int idx, int k) {
  lua_pushvalue(L, KEY(k));
  return lua_gettable(L, idx);
}

/* 1 if the value at idx is absent (nil or false) or a string: a date the
** VM compares with a string without a metamethod or an error. */
static int absent_or_string(lua_State *L, int idx) {
  return !lua_toboolean(L, idx) || lua_type(L, idx) == LUA_TSTRING;
}

/* 1 if the value at idx is a table without a metatable: its reads and
** writes are raw, as the VM makes them. */
static int plain_table(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE) return 0;
  if (!lua_getmetatable(L, idx)) return 1;
  lua_pop(L, 1);
  return 0;
}

/* [-0, +0] Whether the key at index key is in the set of the context at
** index 1 (seen, the index of its evidence_seen or question_seen, not
** nil), as the library's ctx:cite and ctx:ask find it, the key added when
** it is not: a first entry (first, the index of its key, not nil) is made
** the set { [first] = true } first, the context's seen_key then.  Returns
** 1 if the key was there. */
static int seen_before(lua_State *L, int seen, int first, int key, int seen_key) {
  if (!lua_isnil(L, first)) {
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, first);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pushvalue(L, KEY(seen_key));
    lua_pushvalue(L, -2);
    lua_rawset(L, 1);
    lua_replace(L, seen);
  }
  lua_pushvalue(L, key);
  int there = lua_rawget(L, seen) != LUA_TNIL && lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (there) return 1;
  lua_pushvalue(L, key);
  lua_pushboolean(L, 1);
  lua_rawset(L, seen);
  return 0;
}

/* [-1, +0] The entry on top recorded on the context at index 1: appended
** to its list (list) when seen is not nil, else made its first (the
** context's list_key = { entry }, then seen_key = entry). */
static void record_entry(lua_State *L, int seen, int list, int list_key, int seen_key) {
  if (!lua_isnil(L, seen)) {
    lua_rawseti(L, list, (lua_Integer)lua_rawlen(L, list) + 1);
    return;
  }
  int entry = lua_gettop(L);
  lua_pushvalue(L, KEY(list_key));
  lua_createtable(L, 1, 0);
  lua_pushvalue(L, entry);
  lua_rawseti(L, -2, 1);
  lua_rawset(L, 1);
  lua_pushvalue(L, KEY(seen_key));
  lua_pushvalue(L, entry);
  lua_rawset(L, 1);
  lua_pop(L, 1);
}

/* [-0, +3] Read what the library's ctx:cite reads of the context at index
** 1 before it cites a table: evidence_seen (nil before the first citation,
** then the first entry, then the set of paths cited), its `fact` (the
** first entry's path; nil for a set, whose `fact` is nil or true) and
** evidence_list (each nil when evidence_seen is nil).  Returns 1 when
** cite_measure can cite as ctx:cite would: evidence_seen is nil, or a
** table without a metatable whose `fact` is nil, true or a string (a path)
** and evidence_list a table without a metatable; 0 when ctx:cite must (it
** may raise). */
static int cite_checked(lua_State *L) {
  if (push_ctx_field(L, K_EVIDENCE_SEEN) == LUA_TNIL) {
    lua_pushnil(L);
    lua_pushnil(L);
    return 1;
  }
  if (!plain_table(L, -1)) return 0;
  lua_pushvalue(L, KEY(K_FACT));
  int first = lua_rawget(L, -2);
  if (first == LUA_TBOOLEAN && lua_toboolean(L, -1)) {   /* a set holding the path "fact" */
    lua_pop(L, 1);
    lua_pushnil(L);
  } else if (first != LUA_TNIL && first != LUA_TSTRING) {
    return 0;
  }
  push_ctx_field(L, K_EVIDENCE_LIST);
  return plain_table(L, -1);
}

/* [-0, +0] The measure cited on the context at index 1 as the library's
** ctx:cite(path, measure) cites it (its fields read at f, in the order of
** measure_fields; seen, first and list as cite_checked read them): the
** context's first citation made a table whose fields are set in the
** constructor's order, kept as evidence_seen; at the second, that entry
** becomes the set of the paths cited; a path cited before is not cited
** again. */
static void cite_measure(lua_State *L, int f, int seen, int first, int list) {
  if (!lua_isnil(L, seen) && seen_before(L, seen, first, S_PATH, K_EVIDENCE_SEEN)) return;
  lua_createtable(L, 0, 7);
  int e = lua_gettop(L);
  static const int copied[][2] = {   /* { key in e, the field read } */
    { K_SOURCE, F_SOURCE }, { K_URL, F_URL }, { K_NOTE, F_NOTE }, { K_FROM, F_FROM },
    { K_REPEALED, F_REPEALED }, { K_LABEL, F_NAME }
  };
  lua_pushvalue(L, KEY(K_FACT));
  lua_pushvalue(L, S_PATH);
  lua_rawset(L, e);
  for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
    lua_pushvalue(L, KEY(copied[i][0]));
    lua_pushvalue(L, f + copied[i][1]);
    lua_rawset(L, e);
  }
  record_entry(L, seen, list, K_EVIDENCE_LIST, K_EVIDENCE_SEEN);
}


/* [-0, +5] Read what the library's ctx:ask(path) reads of the context at
** index 1, the path at S_PATH, to record the schema's question, and check
** that ask_record can record it as ctx:ask would: ctx.ask and
** ctx.question_for are the library's own, the file's memo of questions
** (S_QUESTIONS_MEMO) holds one for the path and ctx.schema, a read-only
** view (no rule's code reads its texts), whose en is a string;
** question_seen is nil, or a table without a metatable whose `fact` is nil
** (the set of keys) or a string beside a string en (the first question's
** entry), and then question_list a table without a metatable.  Pushes en,
** fr, question_seen, the first question's key (made, or nil) and
** question_list, and returns 1; 0 when ctx:ask must ask (pushed what was
** read). */
static int ask_checked(lua_State *L) {
  push_ctx_field(L, K_ASK);
  if (!lua_rawequal(L, -1, lua_upvalueindex(UP_OWN_ASK))) return 0;
  push_ctx_field(L, K_QUESTION_FOR);
  if (!lua_rawequal(L, -1, lua_upvalueindex(UP_OWN_QUESTION_FOR))) return 0;
  lua_pushvalue(L, KEY(K_IS_SCHEMA));
  if (lua_rawget(L, S_QUESTIONS_MEMO) != LUA_TTABLE) return 0;
  push_ctx_field(L, K_SCHEMA);
  if (!lua_rawget(L, -2) || !lua_toboolean(L, -1)) return 0;   /* sq.is_schema[schema] */
  lua_pushvalue(L, KEY(K_BY_PATH));
  if (lua_rawget(L, S_QUESTIONS_MEMO) != LUA_TTABLE) return 0;
  lua_pushvalue(L, S_PATH);
  lua_rawget(L, -2);                                                     /* q */
  if (!readonly_is_view(L, -1)) return 0;
  int q = lua_gettop(L);
  lua_pushvalue(L, KEY(K_EN));
  if (lua_gettable(L, q) != LUA_TSTRING) return 0;
  lua_pushvalue(L, KEY(K_FR));
  lua_gettable(L, q);
  if (push_ctx_field(L, K_QUESTION_SEEN) == LUA_TNIL) {
    lua_pushnil(L);
    lua_pushnil(L);
    return 1;
  }
  if (!plain_table(L, -1)) return 0;
  int seen = lua_gettop(L);
  lua_pushvalue(L, KEY(K_FACT));
  int fact = lua_rawget(L, seen);
  if (fact != LUA_TNIL) {
    lua_pushvalue(L, KEY(K_EN));
    if (fact != LUA_TSTRING || lua_rawget(L, seen) != LUA_TSTRING) return 0;
    lua_pushlstring(L, "\0", 1);
    lua_insert(L, -2);
    lua_concat(L, 3);                        /* seen.fact .. "\0" .. seen.en */
  }
  push_ctx_field(L, K_QUESTION_LIST);
  return plain_table(L, -1);
}

/* [-0, +0] The question read by ask_checked (en, fr, seen, first and list
** the indices of what it pushed) recorded on the context at index 1 as
** ctx:ask(path) records it: the first made { fact, en, fr }, kept as
** question_seen, until the second makes the set of keys (path .. "\0" ..
** en) from it; a key seen before is not recorded again. */
static void ask_record(lua_State *L, int en, int fr, int seen, int first, int list) {
  if (!lua_isnil(L, seen)) {
    lua_pushvalue(L, S_PATH);
    lua_pushlstring(L, "\0", 1);
    lua_pushvalue(L, en);
    lua_concat(L, 3);                        /* the key */
    int asked = seen_before(L, seen, first, lua_gettop(L), K_QUESTION_SEEN);
    lua_pop(L, 1);
    if (asked) return;
  }
  lua_createtable(L, 0, 3);                  /* { fact = path, en = en, fr = fr } */
  lua_pushvalue(L, KEY(K_FACT));
  lua_pushvalue(L, S_PATH);
  lua_rawset(L, -3);
  lua_pushvalue(L, KEY(K_EN));
  lua_pushvalue(L, en);
  lua_rawset(L, -3);
  lua_pushvalue(L, KEY(K_FR));
  lua_pushvalue(L, fr);
  lua_rawset(L, -3);
  record_entry(L, seen, list, K_QUESTION_LIST, K_QUESTION_SEEN);
}

/* [-0, +?] measure_of(ctx, path, AS_VALUES)'s state for the arguments in
** slots 1 to 4 ("adopted", "partly" or "not_adopted", with everything
** push_measured needs read in the slots S_ADOPTED to S_FIELDS + F_COUNT -
** 1; "unknown", with ask_checked's five values on top), everything
** checked, nothing changed; NULL when measured does not answer (see the
** top of the file). */
static const char *measure_checked(lua_State *L) {
  if (lua_type(L, S_CTX) != LUA_TTABLE || lua_type(L, S_PATH) != LUA_TSTRING ||
      lua_type(L, S_PARTS_MEMO) != LUA_TTABLE || lua_type(L, S_QUESTIONS_MEMO) != LUA_TTABLE ||
      !lua_getmetatable(L, S_CTX)) return NULL;
  int genuine = lua_rawequal(L, -1, lua_upvalueindex(UP_CTX_META));
  lua_pop(L, 1);
  if (!genuine) return NULL;
  luaL_checkstack(L, S_FIELDS + F_COUNT + 16, NULL);

  /* the declared check, as the memo answers it */
  push_ctx_field(L, K_CHECK_DECLARED);
  if (!lua_rawequal(L, S_CHECK, lua_upvalueindex(UP_OWN_CHECK_DECLARED))) return NULL;
  push_ctx_field(L, K_DECLARED);
  if (lua_rawget(L, lua_upvalueindex(UP_DECLARED_FOUND)) != LUA_TTABLE) return NULL;   /* S_FOUND */
  lua_pushvalue(L, S_PATH);
  lua_rawget(L, S_FOUND);                                                /* S_FOUND_PATH */
  if (!lua_toboolean(L, S_FOUND_PATH)) return NULL;

  /* the profile the engine gave, and the path's parts */
  push_ctx_field(L, K_PROFILE);
  lua_pushvalue(L, KEY(K_SET));
  if (lua_rawget(L, lua_upvalueindex(UP_VIEWED_PROFILE)) != LUA_TTABLE) return NULL;   /* S_VIEWED */
  lua_pushvalue(L, S_PROFILE);
  lua_rawget(L, S_VIEWED);                                               /* S_VIEWED_PROFILE */
  if (!lua_toboolean(L, S_VIEWED_PROFILE)) return NULL;
  lua_pushvalue(L, S_PATH);
  if (lua_rawget(L, S_PARTS_MEMO) != LUA_TTABLE) return NULL;            /* S_PARTS */
  lua_Unsigned nparts = lua_rawlen(L, S_PARTS);
  sandbox_charge(L, (double)nparts);
  lua_pushvalue(L, S_PROFILE);                                           /* S_MEASURE: the walk */
  for (lua_Unsigned i = 1; i <= nparts; i++) {
    if (lua_type(L, S_MEASURE) != LUA_TTABLE) break;
    lua_rawgeti(L, S_PARTS, (lua_Integer)i);
    lua_gettable(L, S_MEASURE);
    lua_replace(L, S_MEASURE);
  }
  if (lua_type(L, S_MEASURE) != LUA_TTABLE) return ask_checked(L) ? "unknown" : NULL;   /* not stated */
  int adopted = push_field(L, S_MEASURE, K_ADOPTED);
  if (adopted == LUA_TNIL) return NULL;
  push_ctx_field(L, K_CITE);
  if (!lua_rawequal(L, S_CITE, lua_upvalueindex(UP_OWN_CITE))) return NULL;
  if (!cite_checked(L)) return NULL;                                     /* S_SEEN, S_FIRST, S_LIST */

  for (int i = 0; i < F_COUNT; i++) push_field(L, S_MEASURE, measure_fields[i]);
  if (adopted == LUA_TBOOLEAN && !lua_toboolean(L, S_ADOPTED)) return "not_adopted";
  /* in force at the as-of date, as in_force_at finds it */
  int from = S_FIELDS + F_FROM, repealed = S_FIELDS + F_REPEALED;
  push_ctx_field(L, K_IN_FORCE);
  if (!lua_rawequal(L, -1, lua_upvalueindex(UP_IN_FORCE_AT))) return NULL;
  push_ctx_field(L, K_AS_OF);
  int as_of = lua_gettop(L);
  if (!absent_or_string(L, from) || !absent_or_string(L, repealed)) return NULL;
  if ((lua_toboolean(L, from) || lua_toboolean(L, repealed)) && lua_type(L, as_of) != LUA_TSTRING) return NULL;
  if (lua_toboolean(L, from) && lua_compare(L, as_of, from, LUA_OPLT)) return NULL;              /* from > as_of */
  if (lua_toboolean(L, repealed) && lua_compare(L, repealed, as_of, LUA_OPLE)) return NULL;      /* repealed <= as_of */
  size_t len = 0;
  const char *s = adopted == LUA_TSTRING ? lua_tolstring(L, S_ADOPTED, &len) : NULL;
  return (s && len == 6 && memcmp(s, "partly", 6) == 0) ? "partly" : "adopted";
}

/* [-0, +6] The measure cited, measure_of's values pushed: state, source,
** note, missing, considered, raw. */
static int push_measured(lua_State *L, const char *state) {
  cite_measure(L, S_FIELDS, S_SEEN, S_FIRST, S_LIST);
  lua_pushstring(L, state);
  lua_pushvalue(L, S_FIELDS + F_SOURCE);
  lua_pushvalue(L, S_FIELDS + F_NOTE);
  lua_pushvalue(L, S_FIELDS + F_MISSING);
  lua_pushvalue(L, S_FIELDS + F_CONSIDERED);
  lua_pushvalue(L, S_MEASURE);
  return 6;
}

/* measured(ctx, path, parts_memo, questions_memo) -> state, source, note,
** missing, considered, raw ("unknown" alone for a measure not stated), or
** nothing (see the top of the file).  Never reaches
** rules: the library keeps it in a local. */
static int measured_lua(lua_State *L) {
  lua_settop(L, 4);
  const char *state = measure_checked(L);
  if (state == NULL) return 0;
  if (strcmp(state, "unknown") != 0) return push_measured(L, state);
  int top = lua_gettop(L);                   /* ask_checked's values: en, fr, seen, first, list */
  ask_record(L, top - 4, top - 3, top - 2, top - 1, top);
  lua_pushstring(L, state);
  return 1;
}

/* measure_reader(ctx_meta, ctx, own_check_declared, declared_found,
** viewed_profile, own_cite, in_force_at, own_ask, own_question_for) for the
** rule library, once, when it loads: measured (above), a closure over
** those values. */
int measure_reader_lua(lua_State *L) {
  enum { NVALUES = UP_KEY_FIRST - 1 };
  for (int i = 1; i <= NVALUES; i++) luaL_checkany(L, i);
  lua_settop(L, NVALUES);
  luaL_checkstack(L, K_COUNT, NULL);
  for (int k = 0; k < K_COUNT; k++) lua_pushstring(L, measure_keys[k]);
  lua_pushcclosure(L, measured_lua, NVALUES + K_COUNT);
  return 1;
}

/*
 * sandbox_limits.c -- the work C library functions do, charged to the
 * instruction budget.
 *
 * A count hook sees only VM instructions: a C function called once can loop
 * for ever (string.rep("", 1 << 50), table.move over 2^50 slots, a
 * backtracking pattern, a plain find over a long subject) without the hook
 * ever firing.  So every library function a rule can reach that does more
 * than constant work is wrapped: before the original runs, the wrapper
 * computes an upper bound of its work from the arguments and charges it to
 * the call's instruction budget (sandbox_charge), which raises when the
 * budget cannot pay.  Allocation volume is charged by the allocator
 * (sandbox.c), so work that builds strings or tables is paid for as well.
 *
 * Units: one unit is about one VM instruction; reading or comparing
 * BYTES_PER_UNIT bytes costs one unit; one step of the pattern matcher one.
 *
 * The base library's type() is replaced here too, by one that does the same
 * constant work without looking its result up by C string (fast_type).
 */
#include "sandbox.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include <lauxlib.h>

#define BYTES_PER_UNIT 64.0
#define REPEATS_PER_UNIT 16.0     /* string.rep of an empty string: an empty loop */
#define PATTERN_MAX_SUBJECT 16384    /* bytes a pattern may scan */
#define PATTERN_MAX_LENGTH 256
#define PATTERN_MAX_REPEATS 2        /* unbounded repetitions (*, +, -) */

typedef enum {
  COST_BYTES,      /* reads its string arguments once */
  COST_REP,        /* string.rep(s, n, sep) */
  COST_FIND,       /* string.find: a pattern, or plain */
  COST_PATTERN,    /* string.match, gsub */
  COST_GMATCH,     /* string.gmatch: a leading '^' is a literal there */
  COST_CONCAT,     /* table.concat(list, sep, i, j) */
  COST_UNPACK,     /* table.unpack(list, i, j) */
  COST_MOVE,       /* table.move(a1, f, e, t, a2) */
  COST_INSERT,     /* table.insert(t, pos, v) shifts the list; (t, v) appends */
  COST_REMOVE,     /* table.remove(t, pos) shifts the list; (t) removes the last */
  COST_SORT        /* table.sort(t, comp) */
} cost_kind;

/* Units for reading every string argument once. */
static double string_bytes(lua_State *L) {
  double bytes = 0;
  for (int i = 1, n = lua_gettop(L); i <= n; i++)
    if (lua_type(L, i) == LUA_TSTRING) bytes += (double)lua_rawlen(L, i);
  return bytes / BYTES_PER_UNIT;
}

/* Units for the integer range [first, last]: one per element. */
static double range(lua_Integer first, lua_Integer last) {
  return last < first ? 0 : (double)last - (double)first + 1;
}

/* The end of the range argument at idx, the length of the list by default. */
static lua_Integer range_end(lua_State *L, int idx) {
  return lua_isnoneornil(L, idx) ? luaL_len(L, 1) : luaL_checkinteger(L, idx);
}

/* An upper bound of the steps the Lua matcher takes for pattern p over a
** subject of ls bytes.  Each start position costs the product, over the
** pattern's items, of how many ways the item can match: an unbounded
** repetition (*, +, -) or a balance (%b) or back-reference (%1) up to ls + 1,
** an optional item (?) 2, any other item 1.  A pattern that starts with a
** literal character proceeds past the first byte only where the subject has
** that byte, so those start positions are counted in the subject. */
static double pattern_steps(const char *s, size_t ls, const char *p, size_t lp, int anchors) {
  double ways = 1, n = (double)ls + 1;
  int items = 0, anchored = anchors && lp > 0 && p[0] == '^';
  size_t i = anchored ? 1 : 0;
  int first_literal = -1;
  while (i < lp) {
    unsigned char c = (unsigned char)p[i];
    if (c == '(' || c == ')' || (c == '$' && i + 1 == lp)) { i++; continue; }
    int literal = 0;
    if (c == '%' && i + 1 < lp) {
      char d = p[i + 1];
      if (d == 'b') { ways *= n; items++; i += 4; continue; }          /* %bxy: no quantifier */
      if (d >= '0' && d <= '9') { ways *= n; items++; i += 2; continue; }
      if (d == 'f') {
        i += 2;
        if (i < lp && p[i] == '[') {
          size_t j = i + 1;
          if (j < lp && p[j] == '^') j++;
          do { if (j < lp && p[j] == '%') j++; j++; } while (j < lp && p[j] != ']');
          i = j + 1;
        }
        items++;
        continue;
      }
      literal = !((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'));   /* %. is a literal dot */
      if (literal) c = (unsigned char)d;
      i += 2;
    } else if (c == '[') {
      size_t j = i + 1;
      if (j < lp && p[j] == '^') j++;
      do { if (j < lp && p[j] == '%') j++; j++; } while (j < lp && p[j] != ']');
      i = j + 1;
    } else {
      literal = c != '.';
      i++;
    }
    int quantified = i < lp && strchr("*+-?", p[i]) != NULL;
    if (items == 0 && literal && !quantified) first_literal = c;
    if (quantified) ways *= p[i] == '?' ? 2 : n, i++;
    items++;
  }
  double starts = anchored ? 1 : n;
  if (!anchored && first_literal >= 0 && ls > 0) {
    starts = 0;
    for (const char *q = s, *end = s + ls; (q = memchr(q, first_literal, (size_t)(end - q))); q++) starts++;
    return n / BYTES_PER_UNIT + starts * (items + 1) * ways;
  }
  return starts * (items + 1) * ways;
}

/* Refuse pattern-matching calls whose size makes them unsafe whatever the
** budget, then return their cost.  A plain find (fourth argument true)
** compares bytes: at most (subject + 1) * (pattern + 1) of them. */
static double pattern_cost(lua_State *L, int plain_allowed, int anchors) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  if (plain_allowed && lua_gettop(L) >= 4 && lua_toboolean(L, 4))
    return ((double)ls + 1) * ((double)lp + 1) / BYTES_PER_UNIT;
  if (ls > PATTERN_MAX_SUBJECT)
    luaL_error(L, "pattern matching on a string of %d bytes (limit %d)", (int)(ls > INT_MAX ? INT_MAX : ls), PATTERN_MAX_SUBJECT);
  if (lp > PATTERN_MAX_LENGTH)
    luaL_error(L, "pattern of %d bytes (limit %d)", (int)(lp > INT_MAX ? INT_MAX : lp), PATTERN_MAX_LENGTH);
  int repeats = 0, in_set = 0;
  for (size_t i = 0; i < lp; i++) {
    if (p[i] == '%') { i++; continue; }
    if (in_set) { if (p[i] == ']') in_set = 0; continue; }
    if (p[i] == '[') { in_set = 1; if (i + 1 < lp && p[i + 1] == '^') i++; if (i + 1 < lp && p[i + 1] == ']') i++; continue; }
    if (p[i] == '*' || p[i] == '+' || p[i] == '-') repeats++;
  }
  if (repeats > PATTERN_MAX_REPEATS)
    luaL_error(L, "pattern with %d unbounded repetitions (limit %d)", repeats, PATTERN_MAX_REPEATS);
  return pattern_steps(s, ls, p, lp, anchors);
}

/* The units the call about to run (arguments on the stack) costs at most. */
static double cost_of(lua_State *L, cost_kind kind) {
  switch (kind) {
    case COST_BYTES: return string_bytes(L);
    case COST_REP: {
      size_t l, lsep = 0;
      luaL_checklstring(L, 1, &l);
      lua_Integer n = luaL_checkinteger(L, 2);
      luaL_optlstring(L, 3, "", &lsep);
      /* copying bytes is bounded by the memory budget (the result is
      ** allocated first); repeating the empty string is not */
      return n > 0 && l + lsep == 0 ? (double)n / REPEATS_PER_UNIT : 0;
    }
    case COST_FIND: return pattern_cost(L, 1, 1);
    case COST_PATTERN: return pattern_cost(L, 0, 1);
    case COST_GMATCH: return pattern_cost(L, 0, 0);
    case COST_CONCAT: return range(luaL_optinteger(L, 3, 1), range_end(L, 4)) + string_bytes(L);
    case COST_UNPACK: return range(luaL_optinteger(L, 2, 1), range_end(L, 3));
    case COST_MOVE: return range(luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
    case COST_INSERT: return lua_gettop(L) >= 3 ? (double)luaL_len(L, 1) : 1;
    case COST_REMOVE: return lua_gettop(L) >= 2 ? (double)luaL_len(L, 1) : 1;
    case COST_SORT: {
      double n = (double)luaL_len(L, 1);
      return n > 1 ? 2 * n * log2(n) : 1;
    }
  }
  return 1;
}

/* The wrapper: upvalue 1 the original function, upvalue 2 its cost kind. */
static int charged_call(lua_State *L) {
  sandbox_charge(L, 1 + cost_of(L, (cost_kind)lua_tointeger(L, lua_upvalueindex(2))));
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
}

/* [-0, +0] Wrap field name of the table on top with the given cost. */
static void wrap(lua_State *L, const char *name, cost_kind kind) {
  if (lua_getfield(L, -1, name) != LUA_TFUNCTION) { lua_pop(L, 1); return; }
  lua_pushinteger(L, kind);
  lua_pushcclosure(L, charged_call, 2);
  lua_setfield(L, -2, name);
}

/* type(v): the name of v's type, as the base library's type() gives it (the
** same error without an argument), pushed from the closure's upvalues (one
** per type, LUA_TNIL .. LUA_NUMTYPES - 1) instead of by lua_pushstring of a
** C string, which looks the name up in Lua's string cache with strcmp at
** every call: the rule library calls type() about 13 times an obligation. */
static int fast_type(lua_State *L) {
  int t = lua_type(L, 1);
  luaL_argcheck(L, t != LUA_TNONE, 1, "value expected");
  lua_pushvalue(L, lua_upvalueindex(t + 1));
  return 1;
}

/* [-0, +0] Replace the global type() by fast_type. */
static void install_fast_type(lua_State *L) {
  for (int t = LUA_TNIL; t < LUA_NUMTYPES; t++) lua_pushstring(L, lua_typename(L, t));
  lua_pushcclosure(L, fast_type, LUA_NUMTYPES);
  lua_setglobal(L, "type");
}

void limits_install(lua_State *L) {
  /* string: changed in place, since its functions are also reached as
  ** methods through the string metatable */
  lua_getglobal(L, "string");
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    int is_function = lua_type(L, -1) == LUA_TFUNCTION;
    lua_pop(L, 1);
    if (is_function && lua_type(L, -1) == LUA_TSTRING) {
      const char *name = lua_tostring(L, -1);
      cost_kind kind = strcmp(name, "rep") == 0 ? COST_REP
                     : strcmp(name, "find") == 0 ? COST_FIND
                     : strcmp(name, "gmatch") == 0 ? COST_GMATCH
                     : (strcmp(name, "match") == 0 || strcmp(name, "gsub") == 0) ? COST_PATTERN
                     : COST_BYTES;
      lua_pushvalue(L, -1);
      lua_pushvalue(L, -1);
      lua_rawget(L, -4);
      lua_pushinteger(L, kind);
      lua_pushcclosure(L, charged_call, 2);
      lua_rawset(L, -4);                   /* replacing an existing key keeps lua_next valid */
    }
  }
  lua_pop(L, 1);

  lua_getglobal(L, "table");
  wrap(L, "concat", COST_CONCAT);
  wrap(L, "unpack", COST_UNPACK);
  wrap(L, "move", COST_MOVE);
  wrap(L, "insert", COST_INSERT);
  wrap(L, "remove", COST_REMOVE);
  wrap(L, "sort", COST_SORT);
  lua_pop(L, 1);

  lua_getglobal(L, "utf8");
  const char *utf8_names[] = { "char", "codepoint", "len", "offset", NULL };
  for (int i = 0; utf8_names[i]; i++) wrap(L, utf8_names[i], COST_BYTES);
  lua_pop(L, 1);

  lua_pushglobaltable(L);
  wrap(L, "tonumber", COST_BYTES);
  lua_pop(L, 1);

  install_fast_type(L);
}

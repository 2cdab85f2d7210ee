/*
 * sandbox.c -- allow-listed Lua with instruction and memory budgets.
 *
 * Threat model: a rule file is untrusted code.  It must not reach the file
 * system, the process, other rules' state or the engine's internals, and it
 * must not hang or exhaust the machine.  The defences, each tested in
 * tests/unit/test_sandbox.c:
 *   - no io, os (but date arithmetic), debug, package, require, dofile,
 *     loadfile, collectgarbage, rawset, string.dump;
 *   - load() accepts text only and runs it in a sandbox environment;
 *   - getmetatable("") yields false, so the string library cannot be altered;
 *   - pattern-matching functions (which a count hook cannot interrupt) refuse
 *     long subjects and patterns with many unbounded repetitions;
 *   - a count hook ends a call that runs past its instruction budget, and
 *     keeps firing at every instruction afterwards so a pcall inside the rule
 *     cannot swallow the error;
 *   - the allocator enforces a memory budget: past a soft limit the hook
 *     raises a located error, past a hard limit allocations fail.
 */
#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "data.h"

/* The rule library, embedded at build time from engine/lua/lexgap.lua
** (see the Makefile). */
extern const char lx_lib_source[];
extern const size_t lx_lib_source_len;

#define REG_LIB "lexgap.lib"         /* registry: the rule library table */
#define REG_PROTO "lexgap.proto"     /* registry: allow-listed globals */
#define HOOK_EVERY 1000              /* instructions between hook calls */
#define MEMORY_SLACK (8u << 20)      /* hard limit = soft limit + slack */
#define PATTERN_MAX_SUBJECT 16384    /* bytes a pattern may scan */
#define PATTERN_MAX_LENGTH 256
#define PATTERN_MAX_REPEATS 2        /* unbounded repetitions (*, +, -) */

struct lx_sandbox {
  lua_State *L;
  size_t used;              /* bytes allocated now */
  size_t soft_limit;        /* 0 = no limit (engine work) */
  size_t hard_limit;
  long long budget;         /* instructions per call */
  size_t memory_budget;
  long long executed;       /* instructions in the current call */
  int over_instructions;    /* the current call ran out of instructions */
  int over_memory;          /* ... or of memory */
  int trace;
};

/* ---------------------------------------------------------------------- */
/* Allocator with a budget                                                 */
/* ---------------------------------------------------------------------- */

static void budget_hook(lua_State *L, lua_Debug *ar);

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  lx_sandbox *sb = ud;
  size_t old = ptr ? osize : 0;   /* when ptr is NULL, osize is a type tag */
  if (nsize == 0) {
    free(ptr);
    sb->used -= old;
    return NULL;
  }
  if (sb->soft_limit && nsize > old) {
    size_t grow = nsize - old;
    if (sb->used + grow > sb->hard_limit) return NULL;   /* Lua raises LUA_ERRMEM */
    if (sb->used + grow > sb->soft_limit && !sb->over_memory) {
      /* Let this allocation through, and have the hook raise a located error
      ** at the next instruction.  lua_sethook is safe to call from here. */
      sb->over_memory = 1;
      if (sb->L) lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);
    }
  }
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  sb->used = sb->used - old + nsize;
  return p;
}

static lx_sandbox *sandbox_of(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

/* ---------------------------------------------------------------------- */
/* Instruction budget                                                      */
/* ---------------------------------------------------------------------- */

static void budget_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lx_sandbox *sb = sandbox_of(L);
  if (sb->over_memory) {
    luaL_error(L, "memory budget of %d MiB exhausted", (int)(sb->memory_budget >> 20));
    return;
  }
  if (!sb->over_instructions) sb->executed += HOOK_EVERY;
  if (sb->over_instructions || sb->executed > sb->budget) {
    if (!sb->over_instructions) {
      sb->over_instructions = 1;
      lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);   /* fire at every instruction from now on */
    }
    luaL_error(L, "instruction budget of %I exhausted (infinite loop?)", (lua_Integer)sb->budget);
  }
}

/* ---------------------------------------------------------------------- */
/* Guarded library functions                                               */
/* ---------------------------------------------------------------------- */

/* Refuse pattern-matching calls whose cost the hook could not bound. */
static void check_pattern_cost(lua_State *L) {
  size_t ls, lp;
  luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  if (ls > PATTERN_MAX_SUBJECT)
    luaL_error(L, "pattern matching on a string of %d bytes (limit %d)", (int)ls, PATTERN_MAX_SUBJECT);
  if (lp > PATTERN_MAX_LENGTH)
    luaL_error(L, "pattern of %d bytes (limit %d)", (int)lp, PATTERN_MAX_LENGTH);
  int repeats = 0, in_set = 0;
  for (size_t i = 0; i < lp; i++) {
    if (p[i] == '%') { i++; continue; }
    if (in_set) { if (p[i] == ']') in_set = 0; continue; }
    if (p[i] == '[') { in_set = 1; if (i + 1 < lp && p[i + 1] == ']') i++; continue; }
    if (p[i] == '*' || p[i] == '+' || p[i] == '-') repeats++;
  }
  if (repeats > PATTERN_MAX_REPEATS)
    luaL_error(L, "pattern with %d unbounded repetitions (limit %d)", repeats, PATTERN_MAX_REPEATS);
}

/* Each guarded function calls the original, kept as upvalue 1. */
static int guarded_pattern_call(lua_State *L) {
  int plain = lua_gettop(L) >= 4 && lua_toboolean(L, 4);   /* string.find(s, p, init, true) */
  if (!plain) check_pattern_cost(L);
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
}

/* load(chunk [, chunkname [, mode [, env]]]): text only, sandbox env. */
static int sandbox_load_lua(lua_State *L) {
  size_t len;
  const char *chunk = luaL_checklstring(L, 1, &len);   /* reader functions are not accepted */
  const char *name = luaL_optstring(L, 2, "=(load)");
  const char *mode = luaL_optstring(L, 3, "t");
  if (strchr(mode, 't') == NULL) return luaL_error(L, "load: only text chunks may be loaded");
  int env = lua_isnoneornil(L, 4) ? lua_upvalueindex(1) : 4;
  if (!lua_istable(L, env)) return luaL_error(L, "load: env must be a table");
  if (luaL_loadbufferx(L, chunk, len, name, "t") != LUA_OK) {
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  lua_pushvalue(L, env);
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return 1;
}

/* setmetatable(t, mt) refusing __gc: a finalizer would run rule code at
** some later collection, outside any budget.  (Lua marks an object for
** finalization only if __gc is present when the metatable is set.) */
static int safe_setmetatable(lua_State *L) {
  if (lua_istable(L, 2)) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "setmetatable: __gc metamethods are not allowed in rules");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int sandbox_print(lua_State *L) {
  lx_sandbox *sb = sandbox_of(L);
  if (!sb->trace) return 0;
  luaL_where(L, 1);
  fprintf(stderr, "trace: %s", lua_tostring(L, -1));
  lua_pop(L, 1);
  int n = lua_gettop(L);
  for (int i = 1; i <= n; i++) {
    const char *s = luaL_tolstring(L, i, NULL);
    fprintf(stderr, "%s%s", i > 1 ? "\t" : "", s);
    lua_pop(L, 1);
  }
  fputc('\n', stderr);
  return 0;
}

/* os.time(t): the time of a date table (UTC); the current time is refused
** so that a rule cannot depend on when it runs. */
static int safe_os_time(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  const char *keys[] = { "year", "month", "day", "hour", "min", "sec" };
  int vals[6] = { 0, 0, 0, 12, 0, 0 };
  for (int i = 0; i < 6; i++) {
    lua_getfield(L, 1, keys[i]);
    if (lua_isinteger(L, -1)) vals[i] = (int)lua_tointeger(L, -1);
    else if (i < 3) return luaL_error(L, "os.time: field '%s' missing or not an integer", keys[i]);
    lua_pop(L, 1);
  }
  tm.tm_year = vals[0] - 1900; tm.tm_mon = vals[1] - 1; tm.tm_mday = vals[2];
  tm.tm_hour = vals[3]; tm.tm_min = vals[4]; tm.tm_sec = vals[5];
  lua_pushinteger(L, (lua_Integer)timegm(&tm));
  return 1;
}

/* os.date(format, t): format a given time in UTC with a restricted set of
** conversions ("*t" returns a table). */
static int safe_os_date(lua_State *L) {
  const char *fmt = luaL_checkstring(L, 1);
  time_t t = (time_t)luaL_checkinteger(L, 2);
  struct tm tm;
  if (*fmt == '!') fmt++;
  if (!gmtime_r(&t, &tm)) return luaL_error(L, "os.date: time out of range");
  if (strcmp(fmt, "*t") == 0) {
    lua_createtable(L, 0, 6);
    lua_pushinteger(L, tm.tm_year + 1900); lua_setfield(L, -2, "year");
    lua_pushinteger(L, tm.tm_mon + 1); lua_setfield(L, -2, "month");
    lua_pushinteger(L, tm.tm_mday); lua_setfield(L, -2, "day");
    lua_pushinteger(L, tm.tm_hour); lua_setfield(L, -2, "hour");
    lua_pushinteger(L, tm.tm_min); lua_setfield(L, -2, "min");
    lua_pushinteger(L, tm.tm_sec); lua_setfield(L, -2, "sec");
    lua_pushinteger(L, tm.tm_wday + 1); lua_setfield(L, -2, "wday");
    lua_pushinteger(L, tm.tm_yday + 1); lua_setfield(L, -2, "yday");
    return 1;
  }
  if (strlen(fmt) > 64) return luaL_error(L, "os.date: format too long");
  for (const char *c = fmt; *c; c++)
    if (*c == '%' && (c[1] == '\0' || !strchr("YmdHMSjyaAbB%", c[1])))
      return luaL_error(L, "os.date: conversion '%%%c' not allowed", c[1] ? c[1] : ' ');
  char out[256];
  size_t n = strftime(out, sizeof out, fmt, &tm);
  lua_pushlstring(L, out, n);
  return 1;
}

static int safe_os_difftime(lua_State *L) {
  lua_pushnumber(L, (lua_Number)(luaL_checkinteger(L, 1) - luaL_optinteger(L, 2, 0)));
  return 1;
}

static const luaL_Reg safe_os[] = {
  { "time", safe_os_time },
  { "date", safe_os_date },
  { "difftime", safe_os_difftime },
  { NULL, NULL }
};

/* ---------------------------------------------------------------------- */
/* Building the allow-list                                                 */
/* ---------------------------------------------------------------------- */

static const char *const base_allowed[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "select",
  "tonumber", "tostring", "type", "rawequal", "rawlen", "rawget",
  "setmetatable", "getmetatable", "_VERSION", NULL
};

static const char *const libraries[] = { "string", "table", "math", "utf8", "os", NULL };

/* [-0, +0] Open the allowed libraries, trim them, and keep the allow-listed
** globals in the registry as the prototype of every environment. */
static int open_allowed(lua_State *L) {
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_pop(L, 5);

  /* string: no dump; bounded pattern matching (also reachable as methods,
  ** through the string metatable, hence changed in place). */
  lua_getglobal(L, "string");
  lua_pushnil(L); lua_setfield(L, -2, "dump");
  const char *patterned[] = { "find", "match", "gmatch", "gsub", NULL };
  for (int i = 0; patterned[i]; i++) {
    lua_getfield(L, -1, patterned[i]);
    lua_pushcclosure(L, guarded_pattern_call, 1);
    lua_setfield(L, -2, patterned[i]);
  }
  lua_pop(L, 1);
  /* protect the string metatable: getmetatable("") returns false */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
  /* math: rules must be deterministic */
  lua_getglobal(L, "math");
  lua_pushnil(L); lua_setfield(L, -2, "random");
  lua_pushnil(L); lua_setfield(L, -2, "randomseed");
  lua_pop(L, 1);

  /* The prototype environment: allow-listed names only. */
  lua_newtable(L);
  for (int i = 0; base_allowed[i]; i++) {
    lua_getglobal(L, base_allowed[i]);
    lua_setfield(L, -2, base_allowed[i]);
  }
  lua_pushcfunction(L, sandbox_print);
  lua_setfield(L, -2, "print");
  lua_getfield(L, -1, "setmetatable");
  lua_pushcclosure(L, safe_setmetatable, 1);
  lua_setfield(L, -2, "setmetatable");
  for (int i = 0; libraries[i]; i++) {
    if (strcmp(libraries[i], "os") == 0) luaL_newlib(L, safe_os);
    else lua_getglobal(L, libraries[i]);
    lua_setfield(L, -2, libraries[i]);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, REG_PROTO);

  /* Empty the real global table: nothing reaches it, but if anything ever
  ** did, it would find no loader there. */
  lua_pushglobaltable(L);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);
  return 0;
}

/* [-1, +1] A shallow copy of the table on top, replacing it. */
static void copy_table(lua_State *L) {
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_remove(L, -2);
}

void sandbox_push_env(lx_sandbox *sb) {
  lua_State *L = sb->L;
  lua_newtable(L);                                   /* env */
  lua_getfield(L, LUA_REGISTRYINDEX, REG_PROTO);     /* env proto */
  lua_pushnil(L);
  while (lua_next(L, -2)) {                          /* env proto k v */
    if (lua_istable(L, -1)) copy_table(L);           /* libraries are copied */
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -5);
  }
  lua_pop(L, 1);                                     /* env */
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, sandbox_load_lua, 1);          /* load bound to this env */
  lua_setfield(L, -2, "load");
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  lua_getfield(L, LUA_REGISTRYINDEX, REG_LIB);
  if (lua_istable(L, -1)) {
    copy_table(L);
    lua_setfield(L, -2, "lx");
  } else {
    lua_pop(L, 1);
  }
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */
/* ---------------------------------------------------------------------- */

/* Message handler: keep the message, and find the innermost frame that is in
** a rule file (chunk names starting with '@') to locate the error. */
static int message_handler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    /* never call a rule's __tostring from here: report the type only */
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  } else {
    lua_pushvalue(L, 1);
  }
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@' && ar.currentline > 0) {
      lua_pushfstring(L, "%s\x01%s:%d", lua_tostring(L, -1), ar.source + 1, ar.currentline);
      lua_remove(L, -2);
      break;
    }
  }
  return 1;
}

/* If msg starts with a Lua location "chunk:line: " (the chunk name possibly
** shortened by Lua to "...tail"), return the line and set *rest past it;
** else return 0. */
static int leading_location(const char *msg, const char **rest) {
  for (const char *p = msg; *p && *p != ' ' && *p != '\n'; p++) {
    if (*p != ':' || p[1] < '0' || p[1] > '9') continue;
    const char *q = p + 1;
    int line = 0;
    while (*q >= '0' && *q <= '9') line = line * 10 + (*q++ - '0');
    if (q[0] == ':' && q[1] == ' ') { *rest = q + 2; return line; }
  }
  return 0;
}

/* Split the handler's "message\x01file:line" result into err, dropping a
** location prefix that Lua put in front of the message. */
static void fill_error(const char *msg, sandbox_error *err) {
  memset(err, 0, sizeof *err);
  if (!msg) msg = "unknown error";
  const char *sep = strchr(msg, '\x01');
  size_t mlen = sep ? (size_t)(sep - msg) : strlen(msg);
  if (sep) {
    const char *colon = strrchr(sep + 1, ':');
    if (colon && colon > sep + 1) {
      size_t flen = (size_t)(colon - sep - 1);
      if (flen >= sizeof err->file) flen = sizeof err->file - 1;
      memcpy(err->file, sep + 1, flen);
      err->line = atoi(colon + 1);
    }
  }
  const char *rest;
  int line = leading_location(msg, &rest);
  if (line && (size_t)(rest - msg) <= mlen) {
    if (!err->line) err->line = line;
    mlen -= (size_t)(rest - msg);
    msg = rest;
  }
  if (mlen >= sizeof err->message) mlen = sizeof err->message - 1;
  memcpy(err->message, msg, mlen);
  err->message[mlen] = '\0';
}

/* ---------------------------------------------------------------------- */
/* Public API                                                              */
/* ---------------------------------------------------------------------- */

lx_sandbox *sandbox_new(sandbox_error *err) {
  lx_sandbox *sb = calloc(1, sizeof *sb);
  if (!sb) { memset(err, 0, sizeof *err); strcpy(err->message, "out of memory"); return NULL; }
  sb->budget = SANDBOX_DEFAULT_INSTRUCTIONS;
  sb->memory_budget = SANDBOX_DEFAULT_MEMORY;
  sb->L = lua_newstate(sandbox_alloc, sb);
  if (!sb->L) { free(sb); memset(err, 0, sizeof *err); strcpy(err->message, "cannot create Lua state"); return NULL; }
  lua_State *L = sb->L;
  lua_pushcfunction(L, open_allowed);
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
    fill_error(lua_tostring(L, -1), err);
    sandbox_free(sb);
    return NULL;
  }
  /* The library runs in a sandbox environment like the rules. */
  sandbox_push_env(sb);
  if (sandbox_load(sb, lx_lib_source, lx_lib_source_len, "=[lexgap library]", err) != 0 ||
      sandbox_call(sb, 0, 1, err) != 0) {
    sandbox_free(sb);
    return NULL;
  }
  if (!lua_istable(L, -1)) {
    memset(err, 0, sizeof *err);
    strcpy(err->message, "the rule library did not return a table");
    sandbox_free(sb);
    return NULL;
  }
  lua_setfield(L, LUA_REGISTRYINDEX, REG_LIB);
  return sb;
}

void sandbox_free(lx_sandbox *sb) {
  if (!sb) return;
  if (sb->L) lua_close(sb->L);
  free(sb);
}

lua_State *sandbox_state(lx_sandbox *sb) { return sb->L; }

void sandbox_set_budget(lx_sandbox *sb, long long instructions, size_t memory) {
  if (instructions > 0) sb->budget = instructions;
  if (memory > 0) sb->memory_budget = memory;
}

void sandbox_set_trace(lx_sandbox *sb, int on) { sb->trace = on; }

void sandbox_push_lib(lx_sandbox *sb) { lua_getfield(sb->L, LUA_REGISTRYINDEX, REG_LIB); }

size_t sandbox_memory(lx_sandbox *sb) { return sb->used; }

void data_push(lua_State *L, const data_value *v) {
  switch (v->kind) {
    case DATA_NIL: lua_pushnil(L); break;
    case DATA_BOOLEAN: lua_pushboolean(L, v->u.boolean); break;
    case DATA_INTEGER: lua_pushinteger(L, (lua_Integer)v->u.integer); break;
    case DATA_NUMBER: lua_pushnumber(L, v->u.number); break;
    case DATA_STRING: lua_pushlstring(L, v->u.string.s, v->u.string.len); break;
    case DATA_TABLE:
      lua_createtable(L, (int)data_len(v), 0);
      for (size_t i = 0; i < v->u.table.n; i++) {
        const data_field *f = &v->u.table.fields[i];
        data_push(L, f->value);
        if (f->key) lua_setfield(L, -2, f->key);
        else lua_rawseti(L, -2, (lua_Integer)f->index);
      }
      break;
  }
}

int sandbox_load(lx_sandbox *sb, const char *buf, size_t len, const char *chunkname,
                 sandbox_error *err) {
  lua_State *L = sb->L;
  if (luaL_loadbufferx(L, buf, len, chunkname, "t") != LUA_OK) {
    /* syntax errors read "chunk:line: message"; the chunk is ours */
    fill_error(lua_tostring(L, -1), err);
    if (chunkname[0] == '@') snprintf(err->file, sizeof err->file, "%s", chunkname + 1);
    lua_pop(L, 2);   /* message, env */
    return -1;
  }
  lua_insert(L, -2);                       /* function env */
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return 0;
}

int sandbox_call(lx_sandbox *sb, int nargs, int nresults, sandbox_error *err) {
  lua_State *L = sb->L;
  int base = lua_gettop(L) - nargs;        /* index of the function */
  lua_pushcfunction(L, message_handler);
  lua_insert(L, base);
  sb->executed = 0;
  sb->over_instructions = sb->over_memory = 0;
  sb->soft_limit = sb->used + sb->memory_budget;
  sb->hard_limit = sb->soft_limit + MEMORY_SLACK;
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
  int status = lua_pcall(L, nargs, nresults, base);
  lua_sethook(L, NULL, 0, 0);
  sb->soft_limit = sb->hard_limit = 0;
  int failed = status != LUA_OK || sb->over_instructions || sb->over_memory;
  if (failed) {
    if (status == LUA_ERRMEM) {
      memset(err, 0, sizeof *err);
      snprintf(err->message, sizeof err->message, "memory budget of %d MiB exhausted",
               (int)(sb->memory_budget >> 20));
    } else if (status != LUA_OK) {
      fill_error(lua_tostring(L, -1), err);
      if (sb->over_instructions || sb->over_memory) {
        /* keep the location, state the cause plainly */
        if (sb->over_memory)
          snprintf(err->message, sizeof err->message, "memory budget of %d MiB exhausted",
                   (int)(sb->memory_budget >> 20));
        else
          snprintf(err->message, sizeof err->message, "instruction budget of %lld exhausted (infinite loop?)",
                   sb->budget);
      }
    } else {
      memset(err, 0, sizeof *err);
      snprintf(err->message, sizeof err->message, "%s budget exhausted",
               sb->over_memory ? "memory" : "instruction");
    }
    err->budget = sb->over_instructions || sb->over_memory || status == LUA_ERRMEM;
    lua_settop(L, base - 1);
    lua_gc(L, LUA_GCCOLLECT);               /* give back what a runaway rule took */
    return -1;
  }
  lua_remove(L, base);
  return 0;
}

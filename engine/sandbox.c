/*
 * sandbox.c -- allow-listed Lua with instruction and memory budgets.
 *
 * Threat model: a rule file is untrusted code.  It must not reach the file
 * system, the process, other rules' state or the engine's internals, and it
 * must not hang or exhaust the machine (docs/design.md, "Threat model").  The
 * defences, each tested in tests/unit/test_sandbox.c and by a hostile rule
 * file in tests/fixtures/hostile/:
 *   - no io, os (but date arithmetic), debug, package, require, dofile,
 *     loadfile, collectgarbage, rawset, coroutine, string.dump;
 *   - load() accepts text only, runs it in a sandbox environment, and names
 *     the chunk "=(load)" so that its errors are located in the loading rule;
 *   - getmetatable("") yields false, so the string library cannot be altered;
 *   - shared data (profile, schema, lx's tables) reaches rules as read-only
 *     views (sandbox_readonly.c);
 *   - C library functions charge their work to the instruction budget before
 *     they run, and pattern matching refuses long subjects and patterns with
 *     many unbounded repetitions (sandbox_limits.c);
 *   - a count hook ends a call that runs past its instruction budget (VM
 *     instructions, charged work, and the bytes the call allocated), and
 *     keeps firing at every instruction afterwards so a pcall inside the rule
 *     cannot swallow the error; an xpcall handler is not called then, since
 *     Lua would run it with hooks off; a wall-clock limit is a backstop;
 *   - the allocator enforces memory budgets: per call, past a soft limit the
 *     hook raises a located error, past a hard limit allocations fail; per
 *     account (a rule file), for what it holds across calls, and for all
 *     rule files together.
 */
#include "sandbox.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "data.h"
#include "precompiled.h"

/* The rule library, embedded at build time from engine/lua/lexgap.lua
** (see the Makefile). */
extern const char lx_lib_source[];
extern const size_t lx_lib_source_len;

#define REG_LIB "lexgap.lib"         /* registry: the rule library table */
#define REG_LIB_VIEW "lexgap.libview"  /* registry: lx as rules see it (nested tables read-only) */
#define REG_PROTO "lexgap.proto"     /* registry: allow-listed globals */
#define REG_ENTRIES "lexgap.entries" /* registry: table -> its entries, for tables copied per rule file */
#define HOOK_EVERY 1000              /* instructions between hook calls */
#define MEMORY_SLACK (8u << 20)      /* hard limit = soft limit + slack */
#define ALLOC_BYTES_PER_UNIT 32      /* allocation volume charged as instructions */
#define LOAD_BYTES_PER_UNIT 1        /* compiling a chunk with load(), per byte */
#define HEADER 8                     /* before each block: its account (blocks stay aligned to 8 bytes) */
#define POOL_GRAIN 8                 /* small blocks: size classes of this many bytes */
#define POOL_MAX 512                 /* larger blocks come from malloc */
#define POOL_CLASSES (POOL_MAX / POOL_GRAIN)
#define POOL_CHUNK (64u << 10)       /* small blocks are carved from chunks this big */
#define GC_MINOR_MULTIPLIER 60       /* generational GC: a minor collection after 60% growth */
#define GC_MAJOR_MULTIPLIER 200      /* ... a major one once the heap is 3 times what the last left */
#define GC_BETWEEN_GROWTH 2          /* between evaluations: a full collection past twice the last one's heap */

/* Under AddressSanitizer the pool marks its free blocks unreadable, so that
** a use after free inside the pool is still reported. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ASAN 1
#endif
#endif
#ifdef POOL_ASAN
#include <sanitizer/asan_interface.h>
#define POOL_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define POOL_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define POOL_POISON(p, n) ((void)(p), (void)(n))
#define POOL_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* Free lists of small blocks (header included), one per size class, carved
** from chunks that are given back only when the sandbox is freed.  Lua
** allocates and frees many small objects (tables, strings, closures) for
** every rule it runs; a free list pops and pushes them without malloc's
** bookkeeping.  Budgets count the bytes Lua asked for, as with malloc. */
typedef struct pool_chunk { struct pool_chunk *next; } pool_chunk;
typedef struct {
  char *free[POOL_CLASSES + 1];   /* by class: first free block (its first word links the next) */
  char *cur, *end;                /* the part of the newest chunk not yet carved */
  pool_chunk *chunks;             /* every chunk, newest first */
} block_pool;

struct lx_sandbox {
  lua_State *L;
  size_t used;              /* bytes allocated now */
  size_t soft_limit;        /* 0 = no limit (engine work) */
  size_t hard_limit;
  long long budget;         /* instructions per call */
  size_t memory_budget;     /* bytes per call */
  size_t file_budget;       /* bytes an account (a rule file) may hold across calls */
  size_t pack_budget;       /* bytes all rule accounts together may hold */
  long long executed;       /* instructions (and charged work) in the current call */
  double seconds;           /* wall-clock backstop per call */
  double started;           /* when the current call started */
  size_t volume;            /* bytes allocated in the current call */
  size_t room;              /* bytes the current call may still grow by (for account) with every
                               limit beyond reach: a lower bound of each (growth_counted) */
  int in_call;              /* a sandbox_call is running: budgets apply */
  int engine_work;          /* engine work (engine_pcall) is running ... */
  size_t engine_grown;      /* ... and the bytes it allocated, all such work together */
  int over_instructions;    /* the current call ran out of instructions */
  int over_memory;          /* ... or of memory */
  int over_time;            /* ... or of time (a backstop: see budget_hook) */
  const char *memory_what;  /* which memory budget ran out */
  int trace;
  /* accounts: account 0 is the engine, the others rule files */
  size_t *account_live;     /* bytes each account holds now */
  int naccounts;
  int account;              /* account charged for new blocks */
  int memos_of;             /* the account whose memos the rule library uses (select_memos) */
  size_t rules_live;        /* bytes held by all accounts but 0 */
  /* where the message handler located the current error */
  char where_file[1024];
  int where_line;
  block_pool pool;          /* small blocks (sandbox_alloc) */
  size_t settled;           /* the heap after the last sandbox_between_evaluations collection (0: none yet) */
  sandbox_bound_fn bound;   /* bound_by's answers (sandbox_set_bound_source), or NULL */
  void *bound_ud;
};

/* ---------------------------------------------------------------------- */
/* Allocator with budgets and accounts                                     */
/* ---------------------------------------------------------------------- */

static void budget_hook(lua_State *L, lua_Debug *ar);

/* Have the hook raise at the next instruction. */
static void raise_soon(lx_sandbox *sb) {
  if (sb->L) lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);   /* safe from the allocator */
}

/* Flag a memory budget as spent (the hook raises a located error); 1 when
** the allocation must fail now (past the hard limit). */
static int over_memory(lx_sandbox *sb, size_t now, size_t grow, size_t limit, const char *what) {
  if (now + grow > limit + MEMORY_SLACK) { sb->memory_what = what; return 1; }
  if (now + grow > limit && !sb->over_memory) {
    sb->over_memory = 1;
    sb->memory_what = what;
    raise_soon(sb);
  }
  return 0;
}

/* The size class of a small block of n bytes (1 <= n <= POOL_MAX). */
static size_t pool_class(size_t n) { return (n + POOL_GRAIN - 1) / POOL_GRAIN; }

/* A block of class c (HEADER + c * POOL_GRAIN bytes), or NULL. */
static char *pool_get(block_pool *p, size_t c) {
  size_t size = HEADER + c * POOL_GRAIN;
  char *b = p->free[c];
  if (b) {
    POOL_UNPOISON(b, size);
    memcpy(&p->free[c], b, sizeof p->free[c]);   /* the link to the next free block */
    return b;
  }
  if ((size_t)(p->end - p->cur) < size) {
    pool_chunk *chunk = malloc(POOL_CHUNK);
    if (!chunk) return NULL;
    chunk->next = p->chunks;
    p->chunks = chunk;
    p->cur = (char *)chunk + HEADER;       /* after the link (HEADER bytes hold it) */
    p->end = (char *)chunk + POOL_CHUNK;
    POOL_POISON(p->cur, (size_t)(p->end - p->cur));
  }
  b = p->cur;
  p->cur += size;
  POOL_UNPOISON(b, size);
  return b;
}

/* Give block b of class c back to its free list. */
static void pool_put(block_pool *p, char *b, size_t c) {
  memcpy(b, &p->free[c], sizeof p->free[c]);
  p->free[c] = b;
  POOL_POISON(b, HEADER + c * POOL_GRAIN);
}

static void pool_free_all(block_pool *p) {
  while (p->chunks) {
    pool_chunk *next = p->chunks->next;
    POOL_UNPOISON(p->chunks, POOL_CHUNK);
    free(p->chunks);
    p->chunks = next;
  }
  memset(p, 0, sizeof *p);
}

/* Block (header included) b, holding old bytes (b NULL: none), resized to
** hold n > 0 bytes: the same block when its class does not change, else a
** new one with the header and contents copied and b given back.  Blocks of
** at most POOL_MAX bytes come from the pool, larger ones from malloc; which
** is which follows from the size Lua passes (osize is exact).  NULL when
** out of memory (b is then left as it was). */
static char *block_resize(block_pool *p, char *b, size_t old, size_t n) {
  int small_before = b && old <= POOL_MAX, small_after = n <= POOL_MAX;
  if (!small_before && !small_after) return realloc(b, n + HEADER);   /* b NULL: malloc */
  if (small_before && small_after && pool_class(old) == pool_class(n)) return b;
  char *nb = small_after ? pool_get(p, pool_class(n)) : malloc(n + HEADER);
  if (!nb || !b) return nb;
  memcpy(nb, b, HEADER + (old < n ? old : n));
  if (small_before) pool_put(p, b, pool_class(old));
  else free(b);
  return nb;
}

/* Give back block b (header included) holding old bytes. */
static void block_free(block_pool *p, char *b, size_t old) {
  if (old <= POOL_MAX) pool_put(p, b, pool_class(old));
  else free(b);
}

/* Count grow more bytes to the current call when one of its limits may be
** reached (growth_counted answered 0): past the hard limit of the
** call, the file or the packs, 0 (the allocation fails, LUA_ERRMEM); past
** a soft limit or the instruction budget (bytes allocated count as
** ALLOC_BYTES_PER_UNIT a unit), the hook raises at the next instruction.
** 1 otherwise. */
static __attribute__((noinline)) int charge_growth_near_limits(lx_sandbox *sb, uint32_t account, size_t grow) {
  if (sb->used + grow > sb->hard_limit) { sb->memory_what = "call"; return 0; }   /* LUA_ERRMEM */
  if (sb->used + grow > sb->soft_limit && !sb->over_memory) {
    sb->over_memory = 1;
    sb->memory_what = "call";
    raise_soon(sb);
  }
  if (account && (over_memory(sb, sb->account_live[account], grow, sb->file_budget, "file") ||
                  over_memory(sb, sb->rules_live, grow, sb->pack_budget, "pack")))
    return 0;
  sb->room = 0;                            /* a limit is within reach: check each from now on */
  sb->volume += grow;
  if (!sb->over_instructions && sb->executed + (long long)(sb->volume / ALLOC_BYTES_PER_UNIT) > sb->budget) {
    sb->over_instructions = 1;
    raise_soon(sb);
  }
  return 1;
}

/* The bytes the current call may grow by, for blocks of the account
** charged now (sb->account), before every limit growth_counted checks is
** within reach: the least of the call's soft limit, the file's and packs'
** budgets (a rule account) and the instruction budget (ALLOC_BYTES_PER_UNIT
** bytes a unit) less what each has used.  Only while a call runs. */
static size_t room_left(const lx_sandbox *sb) {
  size_t room = sb->used < sb->soft_limit ? sb->soft_limit - sb->used : 0;
  uint32_t account = (uint32_t)sb->account;
  if (account) {
    size_t file = sb->account_live[account] < sb->file_budget ? sb->file_budget - sb->account_live[account] : 0;
    size_t pack = sb->rules_live < sb->pack_budget ? sb->pack_budget - sb->rules_live : 0;
    if (file < room) room = file;
    if (pack < room) room = pack;
  }
  if (sb->executed > sb->budget) return 0;
  /* executed + (volume + g) / UNIT <= budget  <=>  volume + g < (budget - executed + 1) * UNIT */
  unsigned long long units = (unsigned long long)(sb->budget - sb->executed) + 1;
  if (units > SIZE_MAX / ALLOC_BYTES_PER_UNIT) return room;
  size_t ceiling = (size_t)units * ALLOC_BYTES_PER_UNIT - 1;
  size_t instructions = sb->volume < ceiling ? ceiling - sb->volume : 0;
  return instructions < room ? instructions : room;
}

/* Take n bytes off the room (a growth or a charge that moved a limit
** closer by n): it stays a lower bound of every limit's slack. */
static inline void room_shrink(lx_sandbox *sb, size_t n) { sb->room = sb->room > n ? sb->room - n : 0; }

/* Count grow more bytes for a block of account when no limit can be
** reached: outside a call (to the engine's work while it runs), or a growth
** of the account charged now within the room (room_left, kept as growths,
** charges and the hook take from it), which it takes from.  1 when counted,
** 0 (nothing counted) otherwise.  sandbox_alloc's short path takes a block
** only when it answers 1, calling nothing (so it needs no stack frame). */
static inline int growth_within_room(lx_sandbox *sb, uint32_t account, size_t grow) {
  if (!sb->in_call) {
    if (sb->engine_work) sb->engine_grown += grow;
    return 1;
  }
  if (grow <= sb->room && account == (uint32_t)sb->account) {
    sb->room -= grow;
    sb->volume += grow;
    return 1;
  }
  return 0;
}

/* Count grow more bytes for a block of account: to the current call's
** budgets while a call runs (in_call), to the engine's work while it runs.
** 1 when they are counted; 0, with nothing counted, when a call's limit may
** be reached (the caller then has charge_growth_near_limits decide).  Past
** the room, the limits are checked one by one and the room is measured
** again. */
static inline int growth_counted(lx_sandbox *sb, uint32_t account, size_t grow) {
  if (growth_within_room(sb, account, grow)) return 1;
  if (sb->used + grow <= sb->soft_limit &&
      (!account || (sb->account_live[account] + grow <= sb->file_budget &&
                    sb->rules_live + grow <= sb->pack_budget)) &&
      sb->executed + (long long)((sb->volume + grow) / ALLOC_BYTES_PER_UNIT) <= sb->budget) {
    if (account == (uint32_t)sb->account) sb->room = room_left(sb) - grow;   /* each limit's slack >= grow */
    else room_shrink(sb, grow);            /* another account's block: the call's limits move closer all the same */
    sb->volume += grow;
    return 1;
  }
  return 0;
}

/* Count delta bytes (negative: given back) as held by account now. */
static inline void hold(lx_sandbox *sb, uint32_t account, size_t delta) {
  sb->used += delta;                       /* size_t: a negative delta wraps, as a subtraction */
  sb->account_live[account] += delta;
  if (account) sb->rules_live += delta;
}

/* The general case of sandbox_alloc: large blocks, resizes (ptr and nsize
** both non-zero), and a new small block when a new chunk is needed or a
** limit of the call may be reached. */
static __attribute__((noinline)) void *alloc_general(lx_sandbox *sb, void *ptr, size_t osize, size_t nsize) {
  size_t old = ptr ? osize : 0;   /* when ptr is NULL, osize is a type tag */
  char *block = ptr ? (char *)ptr - HEADER : NULL;
  uint32_t account = 0;
  if (block) memcpy(&account, block, sizeof account);
  else account = (uint32_t)sb->account;
  if (nsize == 0) {
    if (block) block_free(&sb->pool, block, old);
    hold(sb, account, 0 - old);
    return NULL;
  }
  if (nsize > old && !growth_counted(sb, account, nsize - old) &&
      !charge_growth_near_limits(sb, account, nsize - old))
    return NULL;
  if (nsize > SIZE_MAX - HEADER) return NULL;
  char *nb = block_resize(&sb->pool, block, old, nsize);
  if (!nb) return NULL;
  if (!block) memcpy(nb, &account, sizeof account);
  hold(sb, account, nsize - old);
  return nb + HEADER;
}

/* Every block carries the account it was allocated for, so that what a rule
** file holds across calls is known exactly when the block is freed.  The
** commonest cases, a new small block (from its free list, or carved from
** the newest chunk) within the call's room (growth_within_room), a small block given
** back and a free of NULL (about one call in four: the empty array and hash
** parts of tables), are served here with the same accounting as
** alloc_general, calling nothing (so they need no stack frame); the rest
** (a new chunk, a growth past the room, resizes, large blocks) goes there,
** which decides each case from the start. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  lx_sandbox *sb = ud;
  if (ptr == NULL) {
    if (nsize - 1 < POOL_MAX) {            /* 1 <= nsize <= POOL_MAX (0 wraps past it) */
      size_t c = pool_class(nsize), size = HEADER + c * POOL_GRAIN;
      block_pool *pool = &sb->pool;
      char *b = pool->free[c];
      uint32_t account = (uint32_t)sb->account;
      if ((b || (size_t)(pool->end - pool->cur) >= size) && growth_within_room(sb, account, nsize)) {
        if (b) {
          POOL_UNPOISON(b, size);
          memcpy(&pool->free[c], b, sizeof pool->free[c]);   /* the link to the next free block */
        } else {
          b = pool->cur;
          pool->cur += size;
          POOL_UNPOISON(b, size);
        }
        memcpy(b, &account, sizeof account);
        hold(sb, account, nsize);
        return b + HEADER;
      }
    }
    if (nsize == 0) return NULL;           /* nothing freed (Lua frees a table's empty parts): no bytes move */
    return alloc_general(sb, ptr, osize, nsize);
  }
  if (nsize == 0 && osize <= POOL_MAX) {
    char *block = (char *)ptr - HEADER;
    uint32_t account;
    memcpy(&account, block, sizeof account);
    pool_put(&sb->pool, block, pool_class(osize));
    hold(sb, account, 0 - osize);
    return NULL;
  }
  return alloc_general(sb, ptr, osize, nsize);
}

static lx_sandbox *sandbox_of(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

/* ---------------------------------------------------------------------- */
/* Instruction budget                                                      */
/* ---------------------------------------------------------------------- */

/* The message for a spent memory budget. */
static void memory_message(const lx_sandbox *sb, char *out, size_t size) {
  const char *what = sb->memory_what ? sb->memory_what : "call";
  if (strcmp(what, "file") == 0)
    snprintf(out, size, "memory budget of the rule file (%d MiB held across calls) exhausted", (int)(sb->file_budget >> 20));
  else if (strcmp(what, "pack") == 0)
    snprintf(out, size, "memory budget of the rule packs (%d MiB held across calls) exhausted", (int)(sb->pack_budget >> 20));
  else
    snprintf(out, size, "memory budget of %d MiB exhausted", (int)(sb->memory_budget >> 20));
}

/* The message for a spent instruction budget (or time limit). */
static void instruction_message(const lx_sandbox *sb, char *out, size_t size) {
  if (sb->over_time)
    snprintf(out, size, "time limit of %g seconds exhausted (instructions that each take long, such as comparing long strings in a loop?)", sb->seconds);
  else
    snprintf(out, size, "instruction budget of %lld exhausted (infinite loop, or too much work in one call?)", sb->budget);
}

/* Seconds on a clock that never goes back, for the time limit. */
static double monotonic_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Raise the located error of a spent budget. */
static int raise_budget(lua_State *L, lx_sandbox *sb) {
  char msg[200];
  if (sb->over_memory) memory_message(sb, msg, sizeof msg);
  else instruction_message(sb, msg, sizeof msg);
  return luaL_error(L, "%s", msg);
}

/* The count hook: every HOOK_EVERY instructions, or at every instruction
** once a budget is spent (raise_soon), raise the error of a spent budget. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lx_sandbox *sb = sandbox_of(L);
  if (!sb->in_call) return;
  if (sb->over_memory) { raise_budget(L, sb); return; }
  if (!sb->over_instructions) {
    sb->executed += HOOK_EVERY;
    room_shrink(sb, (size_t)HOOK_EVERY * ALLOC_BYTES_PER_UNIT);   /* the instruction budget's share moved closer */
  }
  /* Some instructions cost in proportion to their operands (comparing two
  ** long strings): the budget counts them as one.  A generous wall-clock
  ** limit, far beyond what the instruction budget allows otherwise, ends
  ** such a loop; read every HOOK_EVERY instructions, it costs nothing. */
  if (!sb->over_instructions) {
    double now = monotonic_seconds();
    if (sb->started == 0) sb->started = now;          /* the call's first HOOK_EVERY instructions */
    else if (now - sb->started > sb->seconds) sb->over_time = sb->over_instructions = 1;
  }
  if (sb->over_instructions || sb->executed + (long long)(sb->volume / ALLOC_BYTES_PER_UNIT) > sb->budget) {
    if (!sb->over_instructions) sb->over_instructions = 1;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);   /* fire at every instruction from now on */
    raise_budget(L, sb);
  }
}

void sandbox_charge(lua_State *L, double units) {
  lx_sandbox *sb = sandbox_of(L);
  if (!sb->in_call) return;
  double total = (double)sb->executed + (double)(sb->volume / ALLOC_BYTES_PER_UNIT) + units;
  if (sb->over_instructions || total > (double)sb->budget) {
    sb->over_instructions = 1;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    raise_budget(L, sb);
  }
  sb->executed += (long long)units;
  if (units >= 0 && units < (double)(SIZE_MAX / ALLOC_BYTES_PER_UNIT)) room_shrink(sb, (size_t)(long long)units * ALLOC_BYTES_PER_UNIT);
  else sb->room = 0;
}

/* ---------------------------------------------------------------------- */
/* Guarded library functions                                               */
/* ---------------------------------------------------------------------- */

/* load(chunk [, chunkname [, mode [, env]]]): text only, sandbox env.  The
** chunk name given is ignored: loaded code is always "=(load)", never
** "@file", so its errors are located in the rule file that loaded it. */
static int sandbox_load_lua(lua_State *L) {
  size_t len;
  const char *chunk = luaL_checklstring(L, 1, &len);   /* reader functions are not accepted */
  luaL_optstring(L, 2, NULL);                          /* accepted, not used */
  const char *mode = luaL_optstring(L, 3, "t");
  if (strchr(mode, 't') == NULL) return luaL_error(L, "load: only text chunks may be loaded");
  int env = lua_isnoneornil(L, 4) ? lua_upvalueindex(1) : 4;
  if (!lua_istable(L, env)) return luaL_error(L, "load: env must be a table");
  sandbox_charge(L, (double)len / LOAD_BYTES_PER_UNIT);
  if (luaL_loadbufferx(L, chunk, len, "=(load)", "t") != LUA_OK) {
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  lua_pushvalue(L, env);
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return 1;
}

/* The message handler a rule gives xpcall, wrapped: after a budget ran out
** the error is raised from the hook, where Lua disables hooks, so a looping
** handler would never be stopped; it is then not called at all. */
static int guarded_handler(lua_State *L) {
  lx_sandbox *sb = sandbox_of(L);
  if (sb->over_instructions || sb->over_memory) return 1;   /* the message as it is */
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* xpcall(f, handler, ...) with the handler wrapped; upvalue 1: xpcall. */
static int safe_xpcall(lua_State *L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, guarded_handler, 1);
  lua_replace(L, 2);
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
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

/* Dates rules may compute with: years -9999 to 9999, other fields within a
** range timegm normalises without overflow. */
#define DATE_YEAR_MAX 9999
#define DATE_FIELD_MAX 1000000

/* os.time(t): the time of a date table (UTC); the current time is refused
** so that a rule cannot depend on when it runs. */
static int safe_os_time(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  const char *keys[] = { "year", "month", "day", "hour", "min", "sec" };
  lua_Integer vals[6] = { 0, 0, 0, 12, 0, 0 };
  for (int i = 0; i < 6; i++) {
    lua_getfield(L, 1, keys[i]);
    if (lua_isinteger(L, -1)) vals[i] = lua_tointeger(L, -1);
    else if (i < 3) return luaL_error(L, "os.time: field '%s' missing or not an integer", keys[i]);
    lua_pop(L, 1);
    lua_Integer max = i == 0 ? DATE_YEAR_MAX : DATE_FIELD_MAX;
    if (vals[i] < -max || vals[i] > max)
      return luaL_error(L, "os.time: field '%s' out of range (-%d to %d)", keys[i], (int)max, (int)max);
  }
  tm.tm_year = (int)vals[0] - 1900; tm.tm_mon = (int)vals[1] - 1; tm.tm_mday = (int)vals[2];
  tm.tm_hour = (int)vals[3]; tm.tm_min = (int)vals[4]; tm.tm_sec = (int)vals[5];
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
  if (!gmtime_r(&t, &tm))
    return luaL_error(L, "os.date: time out of range");
  if (strcmp(fmt, "*t") == 0) {
    lua_createtable(L, 0, 6);
    lua_pushinteger(L, (lua_Integer)tm.tm_year + 1900); lua_setfield(L, -2, "year");
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

/* os.difftime(t2, t1): in floating point, which cannot overflow. */
static int safe_os_difftime(lua_State *L) {
  lua_pushnumber(L, (lua_Number)luaL_checkinteger(L, 1) - (lua_Number)luaL_optinteger(L, 2, 0));
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

/* [-0, +0] Record in REG_ENTRIES the entries of the table at idx, as a
** list { k1, v1, k2, v2, ... } in the order lua_next gives them, so that each
** rule file's copy of it is made at its final size at once (instead of
** growing and rehashing key by key) by indexing a list instead of walking
** the table with lua_next, inserting the keys in the same order as a walk
** would.  Only for tables never changed afterwards. */
static void remember_entries(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  lua_Integer n = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) { lua_pop(L, 1); n++; }
  lua_getfield(L, LUA_REGISTRYINDEX, REG_ENTRIES);
  lua_pushvalue(L, idx);
  lua_createtable(L, (int)(2 * n), 0);
  lua_Integer i = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {                         /* entries t list k v */
    lua_pushvalue(L, -2);
    lua_rawseti(L, -4, ++i);
    lua_rawseti(L, -3, ++i);
  }
  lua_rawset(L, -3);
  lua_pop(L, 1);
}

/* [-0, +0] remember_entries for the table at idx and every table among its
** values (the prototype environment and its libraries). */
static void remember_entries_deep(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  remember_entries(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    if (lua_istable(L, -1)) remember_entries(L, -1);
    lua_pop(L, 1);
  }
}

/* [-0, +1] The list remember_entries recorded for the table at idx, or nil
** (any other table). */
static void push_remembered_entries(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  if (lua_getfield(L, LUA_REGISTRYINDEX, REG_ENTRIES) != LUA_TTABLE) return;   /* nil */
  lua_pushvalue(L, idx);
  lua_rawget(L, -2);
  lua_remove(L, -2);
}

/* [-0, +0] Set every entry of the list on top (remember_entries) into the
** table just below it, in order; for a table value, its own remembered
** copy when deep. */
static void set_entries(lua_State *L, int deep);

/* [-1, +1] A shallow copy of the table on top, replacing it: from its
** remembered entries, at its final size, when it has them; else walked. */
static void copy_table(lua_State *L) {
  push_remembered_entries(L, -1);                    /* t list */
  if (lua_istable(L, -1)) {
    lua_createtable(L, 0, (int)(lua_rawlen(L, -1) / 2));
    lua_insert(L, -2);                               /* t copy list */
    set_entries(L, 0);
    lua_pop(L, 1);                                   /* t copy */
    lua_remove(L, -2);
    return;
  }
  lua_pop(L, 1);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_remove(L, -2);
}

static void set_entries(lua_State *L, int deep) {
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i < n; i += 2) {
    lua_rawgeti(L, -1, i);                           /* dest list k */
    if (lua_rawgeti(L, -2, i + 1) == LUA_TTABLE && deep) copy_table(L);
    lua_rawset(L, -4);
  }
}

/* [-0, +0] Open the allowed libraries, trim them, and keep the allow-listed
** globals in the registry as the prototype of every environment. */
static int open_allowed(lua_State *L) {
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_pop(L, 5);

  /* string: no dump */
  lua_getglobal(L, "string");
  lua_pushnil(L); lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  /* every function that works in C in proportion to its arguments charges
  ** that work to the instruction budget (sandbox_limits.c); the string
  ** library is changed in place, as methods reach it too */
  limits_install(L);
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
  lua_getfield(L, -1, "xpcall");
  lua_pushcclosure(L, safe_xpcall, 1);
  lua_setfield(L, -2, "xpcall");
  for (int i = 0; libraries[i]; i++) {
    if (strcmp(libraries[i], "os") == 0) luaL_newlib(L, safe_os);
    else lua_getglobal(L, libraries[i]);
    lua_setfield(L, -2, libraries[i]);
  }
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, REG_ENTRIES);
  remember_entries_deep(L, -1);                      /* the prototype and its libraries */
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

void sandbox_push_env(lx_sandbox *sb) {
  lua_State *L = sb->L;
  lua_getfield(L, LUA_REGISTRYINDEX, REG_PROTO);
  push_remembered_entries(L, -1);                    /* proto list */
  lua_remove(L, -2);
  lua_createtable(L, 0, (int)(lua_rawlen(L, -1) / 2) + 3);   /* its names, load, _G, lx */
  lua_insert(L, -2);                                 /* env list */
  set_entries(L, 1);                                 /* libraries are copied */
  lua_pop(L, 1);                                     /* env */
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, sandbox_load_lua, 1);          /* load bound to this env */
  lua_setfield(L, -2, "load");
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  lua_getfield(L, LUA_REGISTRYINDEX, REG_LIB_VIEW);
  if (lua_istable(L, -1)) {
    copy_table(L);                                   /* its tables are read-only views */
    lua_setfield(L, -2, "lx");
  } else {
    lua_pop(L, 1);
  }
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */
/* ---------------------------------------------------------------------- */

/* Message handler: keep the message, and find the innermost frame that is in
** a rule file (chunk names starting with '@') to locate the error.  The
** location goes to the sandbox, beside the message, never inside it: no text
** a rule raises can pass for a location. */
static int message_handler(lua_State *L) {
  lx_sandbox *sb = sandbox_of(L);
  if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER) {
    /* never call a rule's __tostring from here: report the type only */
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  } else {
    lua_pushvalue(L, 1);
  }
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@' && ar.currentline > 0) {
      snprintf(sb->where_file, sizeof sb->where_file, "%s", ar.source + 1);
      sb->where_line = ar.currentline;
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

/* Fill err from the message and the location the handler found, dropping a
** location prefix that Lua put in front of the message. */
static void fill_error(const lx_sandbox *sb, const char *msg, sandbox_error *err) {
  memset(err, 0, sizeof *err);
  if (!msg) msg = "unknown error";
  if (sb && sb->where_file[0]) {
    snprintf(err->file, sizeof err->file, "%s", sb->where_file);
    err->line = sb->where_line;
  }
  const char *rest;
  int line = leading_location(msg, &rest);
  if (line) {
    if (!err->line) err->line = line;
    msg = rest;
  }
  snprintf(err->message, sizeof err->message, "%s", msg);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                              */
/* ---------------------------------------------------------------------- */

/* set_metatable(t, mt) for the rule library: sets mt as t's metatable and
** returns t, without the checks of the rules' setmetatable (the library
** gives only its own metatables, which have no __gc).  Never reaches rules:
** the library keeps it in a local. */
static int set_metatable_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);    /* never a type-wide metatable */
  luaL_argexpected(L, lua_type(L, 2) == LUA_TTABLE || lua_isnoneornil(L, 2), 2, "nil or table");
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

static int kept_lua(lua_State *L);
static int bound_by_lua(lua_State *L);
static int outside_calls_lua(lua_State *L);
static int file_memos_lua(lua_State *L);
static int declared_lists_lua(lua_State *L);

/* [-0, +1] The table of engine primitives the rule library receives as its
** chunk argument: readonly, is_view, template_filler, joiner, set_metatable,
** schema_question, bilingual_maker, kept, outside_calls, file_memos,
** declared_lists, measure_reader, bound_by. */
static void push_engine_primitives(lua_State *L) {
  lua_createtable(L, 0, 13);
  lua_pushcfunction(L, set_metatable_lua);
  lua_setfield(L, -2, "set_metatable");
  lua_pushcfunction(L, readonly_lua);
  lua_setfield(L, -2, "readonly");
  lua_pushcfunction(L, readonly_is_view_lua);
  lua_setfield(L, -2, "is_view");
  lua_pushcfunction(L, template_filler_lua);
  lua_setfield(L, -2, "template_filler");
  lua_pushcfunction(L, joiner_lua);
  lua_setfield(L, -2, "joiner");
  lua_pushcfunction(L, schema_question_lua);
  lua_setfield(L, -2, "schema_question");
  lua_pushcfunction(L, bilingual_maker_lua);
  lua_setfield(L, -2, "bilingual_maker");
  lua_pushcfunction(L, kept_lua);
  lua_setfield(L, -2, "kept");
  lua_pushcfunction(L, outside_calls_lua);
  lua_setfield(L, -2, "outside_calls");
  lua_pushcfunction(L, file_memos_lua);
  lua_setfield(L, -2, "file_memos");
  lua_pushcfunction(L, declared_lists_lua);
  lua_setfield(L, -2, "declared_lists");
  lua_pushcfunction(L, measure_reader_lua);
  lua_setfield(L, -2, "measure_reader");
  lua_pushcfunction(L, bound_by_lua);
  lua_setfield(L, -2, "bound_by");
}

/* [-1, +0] Keep the library table on top as REG_LIB, and as rules see it
** as REG_LIB_VIEW: the same functions, every table a read-only view (the
** copy each rule file gets is shallow, so a nested table would otherwise be
** shared and writable). */
static void keep_library(lua_State *L) {
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, REG_LIB);
  lua_newtable(L);                                   /* lib view */
  lua_pushnil(L);
  while (lua_next(L, -3)) {                          /* lib view k v */
    readonly_push_copy(L, -1);
    lua_remove(L, -2);
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  remember_entries(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, REG_LIB_VIEW);
  lua_pop(L, 1);
}

lx_sandbox *sandbox_new(sandbox_error *err) {
  lx_sandbox *sb = calloc(1, sizeof *sb);
  if (sb) sb->account_live = calloc(1, sizeof *sb->account_live);
  if (!sb || !sb->account_live) {
    free(sb);
    memset(err, 0, sizeof *err);
    strcpy(err->message, "out of memory");
    return NULL;
  }
  sb->naccounts = 1;                                 /* account 0: the engine */
  sb->budget = SANDBOX_DEFAULT_INSTRUCTIONS;
  sb->memory_budget = SANDBOX_DEFAULT_MEMORY;
  sb->file_budget = SANDBOX_DEFAULT_FILE_MEMORY;
  sb->pack_budget = SANDBOX_DEFAULT_PACK_MEMORY;
  sb->seconds = SANDBOX_DEFAULT_SECONDS;
  sb->L = lua_newstate(sandbox_alloc, sb);
  if (!sb->L) { sandbox_free(sb); memset(err, 0, sizeof *err); strcpy(err->message, "cannot create Lua state"); return NULL; }
  lua_State *L = sb->L;
  lua_pushcfunction(L, open_allowed);
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
    fill_error(NULL, lua_tostring(L, -1), err);
    sandbox_free(sb);
    return NULL;
  }
  /* The library runs in a sandbox environment like the rules. */
  sandbox_push_env(sb);
  if (precompiled_sandbox_load(sb, "lua/lexgap.lua", lx_lib_source, lx_lib_source_len, "=[lexgap library]", err) < 0) {
    sandbox_free(sb);
    return NULL;
  }
  push_engine_primitives(L);
  if (sandbox_call(sb, 1, 1, err) != 0) {
    sandbox_free(sb);
    return NULL;
  }
  if (!lua_istable(L, -1)) {
    memset(err, 0, sizeof *err);
    strcpy(err->message, "the rule library did not return a table");
    sandbox_free(sb);
    return NULL;
  }
  keep_library(L);
  /* Generational collection: an evaluation makes many short-lived tables
  ** (contexts, findings) around long-lived ones (the rules, the library);
  ** budgets count bytes allocated and held, whichever mode collects them.
  ** A minor collection after the heap grew by GC_MINOR_MULTIPLIER percent
  ** (Lua's default: 20) collects about a third as often: the young tables
  ** of several rules go at once, and fewer survive to be marked old.  A
  ** major one once the heap is GC_MAJOR_MULTIPLIER percent above what the
  ** last left (Lua's default: 100): a batch takes its major collections
  ** between two evaluations (sandbox_between_evaluations), where the heap
  ** holds what lasts, and this threshold, three times that, stays clear of
  ** an evaluation's swing; while rule files load the heap only grows, and
  ** fewer majors that find everything alive are made (docs/design.md,
  ** "Speed"). */
  lua_gc(L, LUA_GCGEN, GC_MINOR_MULTIPLIER, GC_MAJOR_MULTIPLIER);
  return sb;
}

void sandbox_between_evaluations(lx_sandbox *sb) {
  if (!sb->settled) { sb->settled = sb->used; return; }   /* the first: what loading left, for reference */
  if (sb->used / GC_BETWEEN_GROWTH <= sb->settled) return;
  /* A full collection that ends in generational mode, whatever state Lua's
  ** collector is in (after a major that freed little it runs incremental
  ** cycles until one frees enough): leaving generational mode costs
  ** nothing, entering it collects the whole heap and makes what survives
  ** old, with the next major's threshold set from it. */
  lua_gc(sb->L, LUA_GCINC, 0, 0, 0);
  lua_gc(sb->L, LUA_GCGEN, 0, 0);
  sb->settled = sb->used;
}

#if defined(__SANITIZE_ADDRESS__)
#define LEAK_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEAK_CHECKED 1
#endif
#endif

static int leave_to_exit;            /* set once by the command line's main */

void sandbox_leave_to_exit(void) {
#ifndef LEAK_CHECKED
  leave_to_exit = 1;
#endif
}

int sandbox_releases_memory(void) { return !leave_to_exit; }

void sandbox_free(lx_sandbox *sb) {
  if (!sb || leave_to_exit) return;
  if (sb->L) lua_close(sb->L);
  pool_free_all(&sb->pool);
  free(sb->account_live);
  free(sb);
}

lua_State *sandbox_state(lx_sandbox *sb) { return sb->L; }

void sandbox_set_budget(lx_sandbox *sb, long long instructions, size_t memory) {
  if (instructions > 0) sb->budget = instructions;
  sb->room = 0;
  if (memory > 0) sb->memory_budget = memory;
}

void sandbox_set_time_limit(lx_sandbox *sb, double seconds) {
  if (seconds > 0) sb->seconds = seconds;
}

void sandbox_set_held_budget(lx_sandbox *sb, size_t file, size_t pack) {
  if (file > 0) sb->file_budget = file;
  if (pack > 0) sb->pack_budget = pack;
  sb->room = 0;
}

int sandbox_new_account(lx_sandbox *sb) {
  size_t *a = realloc(sb->account_live, (size_t)(sb->naccounts + 1) * sizeof *a);
  if (!a) return 0;                                  /* the engine's account: no file budget */
  sb->account_live = a;
  a[sb->naccounts] = 0;
  return sb->naccounts++;
}

/* What engine work (engine_pcall) suspends and gives back: the running
** call's budgets and account, whether engine work was already running
** (engine work may nest: a view's content made while the library's caches
** are built), and the bytes engine work had allocated when this one
** began. */
typedef struct {
  int in_call, account, engine_work;
  size_t grown;
} engine_mode;

/* Start engine work: no budget applies and the blocks are the engine's. */
static void engine_mode_enter(lx_sandbox *sb, engine_mode *m) {
  m->in_call = sb->in_call;
  m->account = sb->account;
  m->engine_work = sb->engine_work;
  m->grown = sb->engine_grown;
  sb->in_call = 0;
  sb->account = 0;
  sb->engine_work = 1;
}

/* End engine work begun by engine_mode_enter(sb, m): budgets and account
** back as they were, and a call that was running keeps the room it had
** (its memory limits move up by the bytes the work allocated). */
static void engine_mode_leave(lx_sandbox *sb, const engine_mode *m) {
  sb->engine_work = m->engine_work;
  sb->in_call = m->in_call;
  sb->account = m->account;
  if (m->in_call) {
    sb->soft_limit += sb->engine_grown - m->grown;
    sb->hard_limit += sb->engine_grown - m->grown;
  }
}

/* [-(nargs+1), +nresults, e] Call the function below the nargs values on
** top as engine work, on the calling thread.  Nothing raises between
** engine_mode_enter and engine_mode_leave (lua_pcall catches all the
** function raises, a yield and Lua's own errors included), so engine mode
** is always left; then an error is raised again, its error object as the
** function raised it (on a real out-of-memory, Lua's preallocated
** message). */
static void engine_pcall(lua_State *L, int nargs, int nresults) {
  lx_sandbox *sb = sandbox_of(L);
  engine_mode m;
  engine_mode_enter(sb, &m);
  int status = lua_pcall(L, nargs, nresults, 0);
  engine_mode_leave(sb, &m);
  if (status != LUA_OK) lua_error(L);
}

void sandbox_engine_work(lua_State *L, lua_CFunction fn, int nargs, int nresults) {
  lua_pushcfunction(L, fn);
  lua_insert(L, -nargs - 1);
  engine_pcall(L, nargs, nresults);
}

void sandbox_engine_call(lua_State *L, int nargs) {
  /* The count hook is set from budget_begin to budget_end: a rule's call
  ** is running, or engine work in C suspended its budgets, and Lua run on
  ** this thread would move the call's count.  The hook read is sb->L's, the
  ** only thread there is (rules get no coroutine library, the engine calls
  ** no lua_newthread), so it is the calling thread's. */
  if (lua_gethook(sandbox_of(L)->L)) luaL_error(L, "engine work in Lua inside a rule's call");
  engine_pcall(L, nargs, 1);
}

/* kept(slots, key, build, ...) for the rule library: slots[key], read
** raw, when it is not nil; else build(...) run as engine work
** (sandbox_engine_call: charged to no rule), which
** stores what it keeps, and its result.  Only outside every rule's call
** (the engine's own call of lx._begin): inside one it raises, so that no
** engine work, free of every budget, runs in the middle of a rule's call
** (nor moves its memory limits), whatever the library asks there. */
static int kept_lua(lua_State *L) {
  if (sandbox_of(L)->in_call) return luaL_error(L, "engine.kept inside a rule's call");
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_pushvalue(L, 2);
  if (lua_rawget(L, 1) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  luaL_checktype(L, 3, LUA_TFUNCTION);
  sandbox_engine_call(L, lua_gettop(L) - 3);
  return 1;
}

void sandbox_set_bound_source(lx_sandbox *sb, sandbox_bound_fn fn, void *ud) {
  sb->bound = fn;
  sb->bound_ud = fn ? ud : NULL;
}

/* bound_by(id) for the rule library: whether the State assessed is bound by
** instrument id at the as-of date, as the engine decides it from that
** instrument's descriptor (sandbox_bound_fn): true, false, or nil when the
** profile does not record it; nil and a message when there is no answer
** (no such instrument, soft law, an id that is not a string, or no
** evaluation running), for the library to raise where the rule called.
** Made from the engine's profile and date only, never from a value a rule
** holds: what one rule does cannot change another's answer; charged to no
** rule (its time is not the call's).  Never handed to rules: the library
** keeps `engine` in a local. */
static int bound_by_lua(lua_State *L) {
  lx_sandbox *sb = sandbox_of(L);
  char why[1400] = "";
  if (lua_type(L, 1) != LUA_TSTRING) {
    lua_pushnil(L);
    lua_pushfstring(L, "an instrument id must be a string (\"untoc\"), not a %s", luaL_typename(L, 1));
    return 2;
  }
  if (!sb->bound) {
    lua_pushnil(L);
    lua_pushliteral(L, "whether the State is bound by an instrument is known only while the engine evaluates a profile");
    return 2;
  }
  size_t len;
  const char *id = lua_tolstring(L, 1, &len);
  if (strlen(id) != len) {          /* "untoc\0x" is not "untoc" */
    lua_pushnil(L);
    lua_pushliteral(L, "an instrument id holds no NUL byte");
    return 2;
  }
  /* The answer is the engine's work (a descriptor, up to 16 MiB, read at
  ** the first request of the run): its time is taken off the call's wall
  ** clock, as its C work and its memory (not Lua's) count against no
  ** budget, so that which rule asks first changes no rule's limits.  The
  ** clock starts at the call's first count hook (started 0 until then). */
  double t0 = sb->in_call && sb->started != 0 ? monotonic_seconds() : 0;
  int r = sb->bound(sb->bound_ud, id, why, sizeof why);
  if (t0 != 0) sb->started += monotonic_seconds() - t0;
  if (r == -2) {
    lua_pushnil(L);
    lua_pushstring(L, why);
    return 2;
  }
  if (r < 0) lua_pushnil(L);
  else lua_pushboolean(L, r);
  return 1;
}

/* outside_calls() for the rule library: true when no call's budgets run
** (the engine's own calls of the library, such as lx._begin before a
** rule's call), false inside a rule's call. */
static int outside_calls_lua(lua_State *L) {
  lua_pushboolean(L, !sandbox_of(L)->in_call);
  return 1;
}

/* Registry keys (light userdata) of the rule library's memos per rule
** file (file_memos_lua, use_file_memos). */
static char memo_maker_key;               /* new_memos: a new file's memos */
static char memo_selector_key;            /* select_memos: makes them the library's current ones */
static char memos_by_account_key;         /* { [account] = its memos } */

/* file_memos(make, select) for the rule library, once, when it loads: the
** functions that make a rule file's memos and that select them
** (use_file_memos), kept
** where no rule reaches them; the memos selected now are the engine's
** (account 0).  Never handed to rules: the library keeps `engine` in a
** local. */
static int file_memos_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &memo_selector_key);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &memo_maker_key);
  lua_newtable(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &memos_by_account_key);
  sandbox_of(L)->memos_of = 0;
  return 0;
}

static char declared_found_key;            /* the library's memos of declared paths, by `facts` list */
static char memo_count_key;                /* the key of a memo's count of keys (the library's MEMO_COUNT) */

/* declared_lists(found, count_key) for the rule library, once, when it
** loads: its table of memos of the paths found declared, by list (weak
** keys), which only sandbox_note_facts_list adds lists to, and the key
** under which a memo holds its count; kept where no rule reaches them.
** Never handed to rules. */
static int declared_lists_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &memo_count_key);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &declared_found_key);
  return 0;
}

void sandbox_note_facts_list(lua_State *L, int idx, const char *const *facts, int nfacts) {
  idx = lua_absindex(L, idx);
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &declared_found_key) != LUA_TTABLE) { lua_pop(L, 1); return; }
  lua_pushvalue(L, idx);
  lua_createtable(L, 0, nfacts + 1);                  /* found list memo */
  int n = 0;
  for (int i = 0; i < nfacts; i++) {
    if (lua_getfield(L, -1, facts[i]) == LUA_TNIL) n++;
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, facts[i]);
  }
  lua_rawgetp(L, LUA_REGISTRYINDEX, &memo_count_key);
  lua_pushinteger(L, n);
  lua_rawset(L, -3);
  lua_rawset(L, -3);                                  /* found[list] = memo */
  lua_pop(L, 1);
}

/* use_file_memos's protected part: argument 1 is the account (a rule
** file's), whose memos are made at its first use, kept in the registry
** with the others, and selected; the library's memos are then the
** account's.  No budget runs (outside every call): the library's
** select_memos runs a few assignments, and new_memos makes a few empty
** tables once a file.  The empty tables are the engine's (account 0):
** the file's account holds only what its own calls put in them (their
** slots and values), so that what it may hold is what it did. */
static int use_file_memos_lua(lua_State *L) {
  lx_sandbox *sb = sandbox_of(L);
  int account = (int)lua_tointeger(L, 1);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &memo_selector_key);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &memos_by_account_key);    /* select by_account */
  if (lua_rawgeti(L, -1, account) != LUA_TTABLE) {              /* select by_account memos */
    lua_pop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &memo_maker_key);
    sb->account = 0;
    lua_call(L, 0, 1);
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, account);
    sb->account = account;
  }
  lua_remove(L, -2);                                            /* select memos */
  lua_call(L, 1, 0);
  sb->memos_of = account;
  return 0;
}

/* Have the rule library use the memos of account (a rule file's, not 0):
** 0, or -1 when they could not be made (out of memory: what it raised is
** dropped, the library's memos stay those selected before, and the
** account charged stays account).  Nothing is done before the library
** registered its memos. */
static int use_file_memos(lx_sandbox *sb, int account) {
  lua_State *L = sb->L;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &memo_selector_key) != LUA_TFUNCTION) { lua_pop(L, 1); return 0; }
  lua_pop(L, 1);
  lua_pushcfunction(L, use_file_memos_lua);
  lua_pushinteger(L, account);
  int status = lua_pcall(L, 1, 0, 0);
  sb->account = account;
  if (status == LUA_OK) return 0;
  lua_pop(L, 1);
  return -1;
}

/* The rule library's memos follow the rule files: when a file's account
** is charged, its memos are selected (unless they are already); account 0,
** the engine's own work between two files' calls (finish_rule reading a
** finding, the end of run_rule_file), leaves them as they are, so that the
** rules of one file, called one after the other, select them once.  (Engine
** work, such as lx._begin's, charges account 0 by engine_mode_enter, not
** through here: it uses no memo.) */
int sandbox_use_account(lx_sandbox *sb, int account) {
  sb->account = account >= 0 && account < sb->naccounts ? account : 0;
  sb->room = 0;                            /* the room was the last account's */
  if (sb->account && sb->account != sb->memos_of) return use_file_memos(sb, sb->account);
  return 0;
}

size_t sandbox_account_memory(lx_sandbox *sb, int account) {
  return account >= 0 && account < sb->naccounts ? sb->account_live[account] : 0;
}

void sandbox_set_trace(lx_sandbox *sb, int on) { sb->trace = on; }

void sandbox_push_lib(lx_sandbox *sb) { lua_getfield(sb->L, LUA_REGISTRYINDEX, REG_LIB); }

size_t sandbox_memory(lx_sandbox *sb) { return sb->used; }

int sandbox_load(lx_sandbox *sb, const char *buf, size_t len, const char *chunkname,
                 sandbox_error *err) {
  lua_State *L = sb->L;
  if (luaL_loadbufferx(L, buf, len, chunkname, "t") != LUA_OK) {
    /* syntax errors read "chunk:line: message"; the chunk is ours */
    fill_error(NULL, lua_tostring(L, -1), err);
    if (chunkname[0] == '@') snprintf(err->file, sizeof err->file, "%s", chunkname + 1);
    lua_pop(L, 2);   /* message, env */
    return -1;
  }
  lua_insert(L, -2);                       /* function env */
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return 0;
}

/* Forget how the last call ended (spent budgets, where its error was). */
static void forget_call(lx_sandbox *sb) {
  sb->over_instructions = sb->over_memory = sb->over_time = 0;
  sb->memory_what = NULL;
  sb->where_file[0] = '\0';
  sb->where_line = 0;
}

/* Start the budgets of one call: its instructions, bytes and wall clock
** counted from zero, its memory limits from what is allocated now, the count
** hook reset (so the call's first instruction is the first counted).  The
** clock is read at the hook's first firing (budget_hook), after HOOK_EVERY
** instructions: a call shorter than that never reads it. */
static void budget_begin(lx_sandbox *sb) {
  forget_call(sb);
  sb->executed = 0;
  sb->volume = 0;
  sb->started = 0;
  sb->soft_limit = sb->used + sb->memory_budget;
  sb->hard_limit = sb->soft_limit + MEMORY_SLACK;
  sb->room = 0;                            /* measured at the call's first growth (growth_counted) */
  sb->in_call = 1;
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
}

/* End the budgets of a call: allocations are unlimited again, and the
** count hook is off (what runs between two calls of a series, the engine's
** own Lua included, pays no per-instruction check). */
static void budget_end(lx_sandbox *sb) {
  lua_sethook(sb->L, NULL, 0, 0);
  sb->in_call = 0;
  sb->soft_limit = sb->hard_limit = 0;
}

/* Did the call that just ended fail: an error (status), or a spent budget
** even though it returned (a pcall of its own swallowed the error)? */
static int call_failed(const lx_sandbox *sb, int status) {
  return status != LUA_OK || sb->over_instructions || sb->over_memory;
}

/* Fill err for a failed call: the message on top of the stack (status not
** LUA_OK) and the location the message handler found; a spent budget
** keeps the location and states the cause plainly.  Then collect what a
** runaway call took.  The caller clears the stack. */
static void call_error(lx_sandbox *sb, int status, sandbox_error *err) {
  lua_State *L = sb->L;
  fill_error(sb, status != LUA_OK && status != LUA_ERRMEM ? lua_tostring(L, -1) : NULL, err);
  if (status == LUA_ERRMEM || sb->over_memory) memory_message(sb, err->message, sizeof err->message);
  else if (sb->over_instructions) instruction_message(sb, err->message, sizeof err->message);
  err->budget = sb->over_instructions || sb->over_memory || status == LUA_ERRMEM;
}

int sandbox_call(lx_sandbox *sb, int nargs, int nresults, sandbox_error *err) {
  lua_State *L = sb->L;
  int base = lua_gettop(L) - nargs;        /* index of the function */
  lua_pushcfunction(L, message_handler);
  lua_insert(L, base);
  budget_begin(sb);
  int status = lua_pcall(L, nargs, nresults, base);
  budget_end(sb);
  if (call_failed(sb, status)) {
    call_error(sb, status, err);
    lua_settop(L, base - 1);
    lua_gc(L, LUA_GCCOLLECT);               /* give back what a runaway rule took */
    return -1;
  }
  lua_remove(L, base);
  return 0;
}

/* The state of a sandbox_call_each: the calls left, and what makes them. */
typedef struct {
  lx_sandbox *sb;
  int next, n, nresults;                   /* the call being made, of n */
  sandbox_prepare_fn prepare;
  sandbox_done_fn done;
  void *ud;
} call_series;

/* [-1, +0] Under lua_pcall, with the series as light userdata: make calls
** next .. n-1, each with budgets of its own (budget_begin), handing each
** one's results to done.  An error leaves series->next at the call that
** raised it; sandbox_call_each reports it and comes back for the rest. */
static int run_series(lua_State *L) {
  call_series *s = lua_touserdata(L, 1);
  lx_sandbox *sb = s->sb;
  for (; s->next < s->n; s->next++) {
    int nargs = s->prepare(s->ud, s->next);
    if (nargs < 0) continue;                /* settled without a call */
    budget_begin(sb);
    lua_call(L, nargs, s->nresults);
    budget_end(sb);
    if (call_failed(sb, LUA_OK)) {          /* a spent budget, the error swallowed */
      sandbox_error err;
      lua_pop(L, s->nresults);
      call_error(sb, LUA_OK, &err);
      lua_gc(L, LUA_GCCOLLECT);
      s->done(s->ud, s->next, &err);
      continue;
    }
    s->done(s->ud, s->next, NULL);
  }
  return 0;
}

int sandbox_call_each(lx_sandbox *sb, int n, int nresults, sandbox_prepare_fn prepare,
                      sandbox_done_fn done, void *ud) {
  lua_State *L = sb->L;
  call_series s = { sb, 0, n, nresults, prepare, done, ud };
  while (s.next < s.n) {
    int top = lua_gettop(L);
    lua_pushcfunction(L, message_handler);
    lua_pushcfunction(L, run_series);
    lua_pushlightuserdata(L, &s);
    int status = lua_pcall(L, 1, 0, top + 1);
    int in_call = sb->in_call;              /* 0: the error came from prepare or done */
    budget_end(sb);
    if (status == LUA_OK) { lua_settop(L, top); break; }
    sandbox_error err;
    if (!in_call) forget_call(sb);          /* nothing of the last call is this error's */
    call_error(sb, status, &err);
    lua_settop(L, top);
    lua_gc(L, LUA_GCCOLLECT);               /* give back what a runaway rule took */
    done(ud, s.next++, &err);
  }
  return 0;
}

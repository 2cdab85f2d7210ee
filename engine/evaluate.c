/*
 * evaluate.c -- obligations against a profile, in dependency order.
 */
#include "evaluate.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

/* ---------------------------------------------------------------------- */
/* Data into Lua                                                           */
/* ---------------------------------------------------------------------- */

/* The rule table the library receives on every call of a rule (its ref,
** id, level, facts and, for an EU directive, deadline) is made once: kept in a registry table keyed, weakly,
** by the rule's check function, so that it goes when the rule set does.
** The library only reads it (lx._context copies its fields into ctx); the
** facts list is a read-only view, since the check sees it as ctx.declared
** on every call, for every profile.  Registry keys are the addresses of
** these statics (lua_rawgetp): no string to hash on every call. */
static const char rule_constants_key;   /* the table of rule tables */
static const char begin_function_key;   /* lx._begin */
static const char context_function_key; /* lx._context */
static const char check_runner_key;     /* check_finished, the closure */

/* A rule table's array part: [1] the lx_rule (light userdata), then the
** values the context takes from it (ref, id, level, deadline or nil, facts),
** which push_context reads by index; its named fields are what lx._begin
** reads (the library is handed the table only there). */
enum { CONST_RULE = 1, CONST_REF, CONST_ID, CONST_LEVEL, CONST_DEADLINE, CONST_FACTS, NCONST = CONST_FACTS };

/* [-0, +1] The table of constants by check function, created on first use
** sized for nrules rules (one rule table each: no rehash as they are kept). */
static void push_constants_table(lua_State *L, size_t nrules) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &rule_constants_key) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_createtable(L, 0, nrules < INT_MAX ? (int)nrules : INT_MAX);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &rule_constants_key);
}

/* [-0, +1] The rule table of r: { [1] = r (light userdata), ref, id,
** level, facts, deadline, and the same values at CONST_REF .. CONST_FACTS },
** made and kept on first use in the table of rule tables
** (registry reference constants_ref), under r's check function (at stack
** index check).  A check function that serves two rules keeps the table of
** the one that ran last: the light userdata tells them apart, and the
** other's is made again.  deadline: the transposition deadline of r's
** provision when ins, its instrument (or NULL), is an EU directive
** (applicability_directive_deadline), else absent. */
static void push_rule_constants(lua_State *L, int constants_ref, int check, const lx_rule *r,
                                const lx_instrument *ins) {
  lua_rawgeti(L, LUA_REGISTRYINDEX, constants_ref);   /* all */
  int keyed = lua_isfunction(L, check);
  if (keyed) {
    lua_pushvalue(L, check);
    if (lua_rawget(L, -2) == LUA_TTABLE) {            /* all kept */
      lua_rawgeti(L, -1, CONST_RULE);
      int same = lua_touserdata(L, -1) == (const void *)r;
      lua_pop(L, 1);
      if (same) {
        lua_replace(L, -2);                           /* kept */
        return;
      }
    }
    lua_pop(L, 1);                                    /* all */
  }
  lua_createtable(L, NCONST, 5);                      /* all constants */
  lua_pushlightuserdata(L, (void *)r); lua_rawseti(L, -2, CONST_RULE);
  lua_pushstring(L, r->ref); lua_pushvalue(L, -1); lua_rawseti(L, -3, CONST_REF); lua_setfield(L, -2, "ref");
  const char *deadline = ins && strcmp(ins->kind, "eu_directive") == 0 && r->ref
                         ? applicability_directive_deadline(ins, r->ref) : NULL;
  if (deadline) {
    lua_pushstring(L, deadline); lua_pushvalue(L, -1); lua_rawseti(L, -3, CONST_DEADLINE);
    lua_setfield(L, -2, "deadline");
  }
  lua_pushstring(L, r->id); lua_pushvalue(L, -1); lua_rawseti(L, -3, CONST_ID); lua_setfield(L, -2, "id");
  lua_pushstring(L, lx_level_name(r->level)); lua_pushvalue(L, -1); lua_rawseti(L, -3, CONST_LEVEL);
  lua_setfield(L, -2, "level");
  lua_createtable(L, r->nfacts, 0);
  for (int i = 0; i < r->nfacts; i++) { lua_pushstring(L, r->facts[i]); lua_rawseti(L, -2, i + 1); }
  readonly_wrap_fresh(L);                             /* the list of strings, held nowhere else */
  sandbox_note_facts_list(L, -1, (const char *const *)r->facts, r->nfacts);   /* the library's memo for it */
  lua_pushvalue(L, -1); lua_rawseti(L, -3, CONST_FACTS);
  lua_setfield(L, -2, "facts");
  if (keyed) {
    lua_pushvalue(L, check);
    lua_pushvalue(L, -2);
    lua_rawset(L, -4);                                /* all[check] = constants */
  }
  lua_remove(L, -2);                                  /* constants */
}

/* [-0, +1] The library's function lx[name], kept in the registry under
** key on first use. */
static void push_library_function(lx_sandbox *sb, const char *key, const char *name) {
  lua_State *L = sandbox_state(sb);
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, key) == LUA_TFUNCTION) return;
  lua_pop(L, 1);
  sandbox_push_lib(sb);
  lua_getfield(L, -1, name);
  lua_remove(L, -2);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, key);
}

/* [-0, +1] A bilingual text as { en, fr }. */
static void push_text(lua_State *L, const lx_text *t) {
  lua_createtable(L, 0, 2);
  if (t->en) { lua_pushstring(L, t->en); lua_setfield(L, -2, "en"); }
  if (t->fr) { lua_pushstring(L, t->fr); lua_setfield(L, -2, "fr"); }
}

/* [-0, +1] Findings of the rule's dependencies, keyed by id; nil for a
** rule without dependencies (the library gives it an empty read-only
** table). */
static void push_deps(lua_State *L, const lx_assessment *a, const lx_rule *r) {
  if (r->ndepends == 0) { lua_pushnil(L); return; }
  lua_createtable(L, 0, r->ndepends);
  for (int d = 0; d < r->ndepends; d++) {
    const lx_finding *f = &a->findings[r->dep_index[d]];
    lua_createtable(L, 0, 3);
    lua_pushstring(L, lx_status_name(f->status)); lua_setfield(L, -2, "status");
    if (f->option_id) { lua_pushstring(L, f->option_id); lua_setfield(L, -2, "option"); }
    push_text(L, &f->explanation); lua_setfield(L, -2, "explanation");
    lua_setfield(L, -2, r->depends[d]);
  }
}

/* ---------------------------------------------------------------------- */
/* The findings' strings                                                   */
/* ---------------------------------------------------------------------- */

/* Every string of an assessment's findings, and its lists (missing
** elements, questions, evidence), are copied into blocks that
** assessment_free gives back together: one allocation for many, none freed
** one by one. */
#define STRING_BLOCK (16u << 10)
#define KEPT_ALIGN _Alignof(max_align_t)   /* a list's place in a block */

struct finding_strings {
  struct finding_strings *next;   /* the block filled before this one */
  size_t used, size;              /* bytes of text[] taken, and its size */
  char text[];
};

/* size bytes at an address aligned to align (a power of two), in the
** newest block or a new one, kept until the assessment is freed; NULL when
** out of memory. */
static char *keep_room(lx_assessment *a, size_t size, size_t align) {
  struct finding_strings *b = a->strings;
  size_t pad = b ? (size_t)(-(uintptr_t)(b->text + b->used) & (align - 1)) : 0;
  if (!b || b->size - b->used < pad + size) {
    size_t want = size + align - 1 > STRING_BLOCK ? size + align - 1 : STRING_BLOCK;
    if (!(b = malloc(sizeof *b + want))) return NULL;
    b->used = 0;
    b->size = want;
    b->next = a->strings;
    a->strings = b;
    pad = (size_t)(-(uintptr_t)b->text & (align - 1));
  }
  char *room = b->text + b->used + pad;
  b->used += pad + size;
  return room;
}

/* A copy of [s, s+len) with a terminating NUL, kept until the assessment
** is freed; NULL when out of memory. */
static char *keep_string(lx_assessment *a, const char *s, size_t len) {
  char *copy = keep_room(a, len + 1, 1);
  if (!copy) return NULL;
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

/* size zeroed bytes aligned for any object (a finding's list), kept until
** the assessment is freed; NULL when out of memory. */
static void *keep_zeroed(lx_assessment *a, size_t size) {
  char *room = keep_room(a, size, KEPT_ALIGN);
  if (room) memset(room, 0, size);
  return room;
}

static char *keep_cstring(lx_assessment *a, const char *s) { return keep_string(a, s, strlen(s)); }

/* ---------------------------------------------------------------------- */
/* Lua result into a finding                                               */
/* ---------------------------------------------------------------------- */

/* The names the engine reads a finding by and makes a context with, held
** once as Lua strings: check_finished's upvalues (UP_KEYS + k), and for
** each evaluation registry references of those same strings (found in the
** registry's array part; a C string pushed at every read would be looked
** up in Lua's string cache, with a strcmp).  KEY_PROFILE .. KEY_STATE are
** the context's fields that no finding has (new_context's names). */
enum { KEY_CTX, KEY_MISSING, KEY_OPTION, KEY_STATUS, KEY_LEVEL, KEY_EXPLANATION, KEY_EN, KEY_FR,
       KEY_QUESTIONS, KEY_EVIDENCE, KEY_ID, KEY_FACT,
       KEY_PROFILE, KEY_SCHEMA, KEY_AS_OF, KEY_REF, KEY_BOUND_SINCE, KEY_DEADLINE, KEY_DECLARED, KEY_DEPS,
       KEY_STATE, NKEYS };
#define CONTEXT_FIELDS 11   /* new_context's constructor: profile .. state (push_context) */
static const char *const engine_keys[NKEYS] = {
  "_ctx", "missing", "option", "status", "level", "explanation", "en", "fr", "question_list", "evidence_list", "id",
  "fact", "profile", "schema", "as_of", "ref", "bound_since", "deadline", "declared", "deps", "state"
};

/* What reads a finding back into C: the assessment its strings are kept
** for, and the engine's names (read raw) by registry reference. */
typedef struct {
  lx_assessment *a;
  int keys[NKEYS];        /* registry references of engine_keys' strings */
  size_t left;            /* bytes the finding being read may still keep */
  int over;               /* 1 once the finding wanted more than FINDING_KEPT_MAX */
} finding_reader;

/* What the engine keeps of one finding (its texts, lists and evidence, as
** copied into the assessment), at most: a rule's own memory holds a string
** once however often its lists name it, so without a bound a list naming
** one 1 MiB string 4,000 times would have the engine copy 8 GB outside
** every budget.  The same as a call's default memory budget; a finding that
** wants more is an error finding. */
#define FINDING_KEPT_MAX ((size_t)SANDBOX_DEFAULT_MEMORY)

/* May the finding being read keep bytes more?  Counts them if so; else
** notes it is over (the reading goes on, keeping nothing more). */
static int reader_takes(finding_reader *fr, size_t bytes) {
  if (fr->over || bytes > fr->left) { fr->over = 1; return 0; }
  fr->left -= bytes;
  return 1;
}

/* keep_string, counted against the finding being read (NULL when over). */
static char *keep_read(finding_reader *fr, const char *s, size_t len) {
  return reader_takes(fr, len + 1) ? keep_string(fr->a, s, len) : NULL;
}

/* The field engine_keys[key] of the table at idx, a string kept
** (keep_string), or NULL. */
static char *raw_string(finding_reader *fr, lua_State *L, int idx, int key) {
  char *s = NULL;
  lua_rawgeti(L, LUA_REGISTRYINDEX, fr->keys[key]);
  if (lua_rawget(L, idx < 0 ? idx - 1 : idx) == LUA_TSTRING) {
    size_t len;
    const char *v = lua_tolstring(L, -1, &len);
    s = keep_read(fr, v, len);
  }
  lua_pop(L, 1);
  return s;
}

static void read_text(finding_reader *fr, lua_State *L, int idx, lx_text *t) {
  memset(t, 0, sizeof *t);
  if (!lua_istable(L, idx)) return;
  t->en = raw_string(fr, L, idx, KEY_EN);
  t->fr = raw_string(fr, L, idx, KEY_FR);
}

/* [-0, +0] Read the list at stack index idx (absolute: read_finding's
** values' places) (anything but a table: an empty list); calls item() with
** each element on top of the stack, which returns 1 when it read it into
** out, 0 when it skipped it (out is then the next element's). */
static int read_list(finding_reader *fr, lua_State *L, int idx, void **items, size_t size,
                     int (*item)(finding_reader *, lua_State *, void *)) {
  int n = 0;
  *items = NULL;
  if (lua_type(L, idx) == LUA_TTABLE) {
    int len = (int)lua_rawlen(L, idx);
    if (len > 0 && (size_t)len <= SIZE_MAX / size && reader_takes(fr, (size_t)len * size) &&
        (*items = keep_zeroed(fr->a, (size_t)len * size))) {
      for (int i = 1; i <= len; i++) {
        lua_rawgeti(L, idx, i);
        n += item(fr, L, (char *)*items + (size_t)n * size);
        lua_pop(L, 1);
      }
    }
  }
  return n;
}

/* A missing element: a table's en and fr, or a string as both (bilingual's
** reading of a string, for the lists finish_plain hands over uncopied). */
static int item_text(finding_reader *fr, lua_State *L, void *out) {
  int type = lua_type(L, -1);
  if (type == LUA_TTABLE) read_text(fr, L, -1, out);
  else if (type == LUA_TSTRING) {
    lx_text *t = out;
    size_t len;
    const char *v = lua_tolstring(L, -1, &len);
    t->en = keep_read(fr, v, len);
    t->fr = keep_read(fr, v, len);
  }
  return type == LUA_TTABLE || type == LUA_TSTRING;
}

static int item_question(finding_reader *fr, lua_State *L, void *out) {
  if (!lua_istable(L, -1)) return 0;
  lx_question *q = out;
  q->fact = raw_string(fr, L, -1, KEY_FACT);
  read_text(fr, L, -1, &q->text);
  return 1;
}

/* The field of e a key of an evidence entry names (the 7 names as
** ctx:cite sets them), or NULL for any other key. */
static char **evidence_field(lx_evidence *e, const char *key, size_t len) {
  switch (len) {
    case 3: return memcmp(key, "url", 3) == 0 ? &e->url : NULL;
    case 4: return memcmp(key, "fact", 4) == 0 ? &e->fact
                 : memcmp(key, "note", 4) == 0 ? &e->note
                 : memcmp(key, "from", 4) == 0 ? &e->from : NULL;
    case 5: return memcmp(key, "label", 5) == 0 ? &e->label : NULL;
    case 6: return memcmp(key, "source", 6) == 0 ? &e->source : NULL;
    case 8: return memcmp(key, "repealed", 8) == 0 ? &e->repealed : NULL;
    default: return NULL;
  }
}

/* The evidence entry on top: its string fields fact, label, source, url,
** note, from and repealed, read raw (as raw_string reads them) in one walk
** over the entry (lua_next) instead of a lookup per name: an entry sets
** few of the seven. */
static int item_evidence(finding_reader *fr, lua_State *L, void *out) {
  if (!lua_istable(L, -1)) return 0;
  lx_evidence *e = out;
  int idx = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, idx)) {                 /* entry key value */
    if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING) {
      size_t klen, vlen;
      const char *key = lua_tolstring(L, -2, &klen);
      char **field = evidence_field(e, key, klen);
      if (field) {
        const char *v = lua_tolstring(L, -1, &vlen);
        *field = keep_read(fr, v, vlen);
      }
    }
    lua_pop(L, 1);
  }
  return 1;
}

/* The status at idx: its number as finish_plain gives it, or named by a
** string as lx._finish gives it; LX_ERROR when it is neither, or not a
** status a check may return.  A number comes only from finish_plain (C):
** lx._finish returns the status a rule gave as the string it checked. */
static lx_status read_status(lua_State *L, int idx) {
  int s, type = lua_type(L, idx);
  if (type == LUA_TNUMBER) s = (int)lua_tointeger(L, idx);
  else s = type == LUA_TSTRING ? lx_status_parse(lua_tostring(L, idx)) : -1;
  return s < 0 || s >= LX_NSTATUS || s == LX_ERROR ? LX_ERROR : (lx_status)s;
}

/* The string at idx followed by the string at note (when it is one: the
** level's note, which lx._finish appends with `..`), kept (keep_room: one
** copy, no Lua string made for the two together), or NULL when the value
** at idx is not a string. */
static char *kept_text_at(finding_reader *fr, lua_State *L, int idx, int note) {
  if (lua_type(L, idx) != LUA_TSTRING) return NULL;
  size_t len, nlen = 0;
  const char *v = lua_tolstring(L, idx, &len);
  const char *n = lua_type(L, note) == LUA_TSTRING ? lua_tolstring(L, note, &nlen) : "";
  if (!reader_takes(fr, len + nlen + 1)) return NULL;
  char *copy = keep_room(fr->a, len + nlen + 1, 1);
  if (!copy) return NULL;
  memcpy(copy, v, len);
  memcpy(copy + len, n, nlen);
  copy[len + nlen] = '\0';
  return copy;
}

/* The values check_finished returns, in order: the seven lx._finish
** returns (see engine/lua/lexgap.lua), then the level's note in English
** and French that the explanation's en and fr are read followed by
** (finish_plain's; nil, so nothing, after lx._finish, which appended it). */
enum { FINDING_STATUS, FINDING_EN, FINDING_FR, FINDING_OPTION, FINDING_MISSING,
       FINDING_QUESTIONS, FINDING_EVIDENCE, FINDING_NOTE_EN, FINDING_NOTE_FR, FINDING_VALUES };

/* [-FINDING_VALUES, +0] Fill f from the values check_finished returned, on
** top of the stack, in the order above (finish_plain's or lx._finish's): the
** status as a number or a string, the level's note, when given, appended
** to the explanation as it is kept. */
static void read_finding(finding_reader *fr, lua_State *L, lx_finding *f) {
  lx_assessment *a = fr->a;
  int base = lua_gettop(L) - FINDING_VALUES + 1;
  f->status = read_status(L, base + FINDING_STATUS);
  fr->left = FINDING_KEPT_MAX;
  fr->over = 0;
  f->explanation.en = kept_text_at(fr, L, base + FINDING_EN, base + FINDING_NOTE_EN);
  f->explanation.fr = kept_text_at(fr, L, base + FINDING_FR, base + FINDING_NOTE_FR);
  if (lua_type(L, base + FINDING_OPTION) == LUA_TTABLE) {
    read_text(fr, L, base + FINDING_OPTION, &f->option);
    f->option_id = raw_string(fr, L, base + FINDING_OPTION, KEY_ID);
  }
  f->nmissing = read_list(fr, L, base + FINDING_MISSING, (void **)&f->missing, sizeof *f->missing, item_text);
  f->nquestions = read_list(fr, L, base + FINDING_QUESTIONS, (void **)&f->questions, sizeof *f->questions, item_question);
  f->nevidence = read_list(fr, L, base + FINDING_EVIDENCE, (void **)&f->evidence, sizeof *f->evidence, item_evidence);
  lua_settop(L, base - 1);
  if (fr->over) {   /* what was kept stays in the assessment's blocks, unreferenced, until it is freed */
    memset(&f->explanation, 0, sizeof f->explanation);
    memset(&f->option, 0, sizeof f->option);
    f->option_id = NULL;
    f->nmissing = f->nquestions = f->nevidence = 0;
    f->missing = NULL; f->questions = NULL; f->evidence = NULL;
    f->status = LX_ERROR;
    char message[128];
    snprintf(message, sizeof message, "the finding's texts, lists and evidence take more than the %zu MiB "
             "a finding may keep", FINDING_KEPT_MAX >> 20);
    f->error_message = keep_cstring(a, message);
  } else if (f->status == LX_ERROR) f->error_message = keep_cstring(a, "the check returned an invalid status");
}

/* The upvalues of check_finished: lx._checked, lx._finish, its LEVEL_NOTE
** table (nil if not found), the statuses a check may return ({ met =
** LX_MET, ... }), then engine_keys' names, as Lua strings (a C string
** would be looked up in Lua's string cache at every read). */
enum { UP_CHECKED = 1, UP_FINISH, UP_NOTES, UP_STATUSES, UP_KEYS };

/* [-0, +1] t[key] for the table at stack index t (not a pseudo-index),
** key an engine_keys name: through t's metatable (ctx) or raw (a table
** without one).  Inlined: it runs about six times a rule. */
static inline __attribute__((always_inline)) int get_key(lua_State *L, int t, int key, int raw) {
  lua_pushvalue(L, lua_upvalueindex(UP_KEYS + key));
  if (t < 0) t--;                                     /* below the key just pushed */
  return raw ? lua_rawget(L, t) : lua_gettable(L, t);
}

/* Is the value at idx (r.missing, at the top) a list lx._finish would copy
** element by element into the same texts: nil, or a table without a
** metatable whose elements, up to the first nil (as ipairs stops), are
** strings (read as both texts: item_text) or tables without a metatable
** whose en and fr are strings (bilingual copies just those two), and whose
** raw length is that count (read_list reads that many)?  Reads are raw:
** nothing runs. */
static int missing_plain(lua_State *L, int idx) {
  int type = lua_type(L, idx);
  if (type == LUA_TNIL) return 1;
  if (type != LUA_TTABLE || lua_getmetatable(L, idx)) return 0;   /* (a metatable pushed, dropped by the caller) */
  int top = lua_gettop(L), n = 0;
  for (;; n++) {
    int kind = lua_rawgeti(L, idx, n + 1);
    if (kind != LUA_TSTRING && !(kind == LUA_TTABLE && !lua_getmetatable(L, -1) &&
                                 get_key(L, -1, KEY_EN, 1) == LUA_TSTRING && get_key(L, -2, KEY_FR, 1) == LUA_TSTRING))
      break;
    lua_settop(L, top);
  }
  int ended = lua_type(L, top + 1) == LUA_TNIL;            /* the first nil, not an element refused */
  lua_settop(L, top);
  return ended && lua_rawlen(L, idx) == (lua_Unsigned)n;
}

/* Is the value at idx (r.option, at the top) what lx._finish would turn
** into the same texts and id: nil, or a table without a metatable whose en,
** fr and id are strings (bilingual's copy of en and fr, and the id given)?
** Reads are raw; what it pushes, the caller drops. */
static int option_plain(lua_State *L, int idx) {
  int type = lua_type(L, idx);
  return type == LUA_TNIL ||
         (type == LUA_TTABLE && !lua_getmetatable(L, idx) && get_key(L, idx, KEY_EN, 1) == LUA_TSTRING &&
          get_key(L, idx, KEY_FR, 1) == LUA_TSTRING && get_key(L, idx, KEY_ID, 1) == LUA_TSTRING);
}

/* [-0, +FINDING_VALUES or +0] Inside check_finished: when r (at index r)
** is a plain finding made for ctx (at index ctx), push what check_finished
** returns for it (the values lx._finish(ctx, r) would return, read as Lua
** reads them, the status as its number, the level's note apart) and
** return 1; else push nothing and return 0 (the library then normalises
** it, errors included).  Plain: r and its explanation are tables without a
** metatable (so a read is a raw read and runs no code), r._ctx is ctx
** itself, r.status a status a check may return, r.missing a plain list
** (missing_plain: lx._finish's copy would hold the same texts), r.option
** a plain label (option_plain), the explanation's en and fr strings, the level's note
** (LEVEL_NOTE[ctx.level]) nil or a table without a metatable whose en and
** fr are strings (appended when the finding is read: kept_text_at), and an
** unknown finding has its questions.  ctx's reads go through its metatable
** as in Lua (its __index is the library's method table, which holds none
** of these names).  No read here runs code (r and what it holds are read
** raw; ctx's metatable, CTX_META, has the table Ctx as its __index), so
** the values are read in the order they are returned, each pushed once
** where check_finished returns it: only the explanation table (checked
** for a metatable), the status (needed to know whether the level's note
** applies) and the note table are read first, and stay below the values
** returned.  Twelve slots pushed here above check_finished's three (check,
** ctx, r): within the LUA_MINSTACK a C function is given. */
static int finish_plain(lua_State *L, int ctx, int r) {
  int top = lua_gettop(L), notes = lua_upvalueindex(UP_NOTES);
  if (lua_type(L, r) != LUA_TTABLE || lua_getmetatable(L, r) || !lua_istable(L, notes)) goto not_plain;
  get_key(L, r, KEY_CTX, 1);
  if (!lua_rawequal(L, -1, ctx)) goto not_plain;
  lua_settop(L, top);
  int explanation = top + 1;
  if (get_key(L, r, KEY_EXPLANATION, 1) != LUA_TTABLE || lua_getmetatable(L, explanation)) goto not_plain;
  int at_status = top + 2;                                 /* the status's number ... */
  get_key(L, r, KEY_STATUS, 1);
  int status = lua_rawget(L, lua_upvalueindex(UP_STATUSES)) == LUA_TNUMBER ? (int)lua_tointeger(L, at_status) : -1;
  if (status < 0) goto not_plain;
  int note = 0;                                            /* ... LEVEL_NOTE[ctx.level], where it applies */
  if (status != LX_NOT_APPLICABLE) {
    get_key(L, ctx, KEY_LEVEL, 0);
    int kind = lua_rawget(L, notes);
    if (kind == LUA_TTABLE && !lua_getmetatable(L, -1)) note = lua_gettop(L);
    else if (kind != LUA_TNIL) goto not_plain;
  }
  /* status en fr option missing questions evidence note_en note_fr, from here */
  lua_pushvalue(L, at_status);
  if (get_key(L, explanation, KEY_EN, 1) != LUA_TSTRING || get_key(L, explanation, KEY_FR, 1) != LUA_TSTRING)
    goto not_plain;
  int option = lua_gettop(L) + 1;
  get_key(L, r, KEY_OPTION, 1);
  if (!option_plain(L, option)) goto not_plain;
  lua_settop(L, option);
  int missing = option + 1;
  get_key(L, r, KEY_MISSING, 1);
  if (!missing_plain(L, missing)) goto not_plain;
  if (status == LX_UNKNOWN || status == LX_PARTLY_MET || status == LX_NOT_MET) {
    if (get_key(L, ctx, KEY_QUESTIONS, 0) == LUA_TNIL && status == LX_UNKNOWN) goto not_plain;   /* the library's error */
  } else lua_pushnil(L);                                   /* a closed finding has none */
  get_key(L, ctx, KEY_EVIDENCE, 0);
  if (!note) { lua_pushnil(L); lua_pushnil(L); }
  else if (get_key(L, note, KEY_EN, 1) != LUA_TSTRING || get_key(L, note, KEY_FR, 1) != LUA_TSTRING) goto not_plain;
  return 1;
not_plain:
  lua_settop(L, top);
  return 0;
}

/* [-2, +FINDING_VALUES] check_finished(check, ctx), the function each call
** of a rule makes under its budgets: lx._checked(check, ctx), then the
** finding as lx._finish(ctx, r) returns it, read in C when it is plain
** (finish_plain), else by lx._finish. */
static int check_finished(lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(UP_CHECKED));
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_call(L, 2, 1);                                     /* check ctx r */
  if (finish_plain(L, 2, 3)) return FINDING_VALUES;
  lua_pushvalue(L, lua_upvalueindex(UP_FINISH));
  lua_insert(L, 2);                                      /* check finish ctx r */
  lua_call(L, 2, FINDING_VALUES);
  return FINDING_VALUES;
}

/* [-0, +1] check_finished as a closure with its upvalues, kept in the
** registry on first use.  LEVEL_NOTE is found among lx._finish's upvalues
** by its name. */
static void push_check_runner(lx_sandbox *sb) {
  lua_State *L = sandbox_state(sb);
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &check_runner_key) == LUA_TFUNCTION) return;
  lua_pop(L, 1);
  sandbox_push_lib(sb);
  lua_getfield(L, -1, "_checked");
  lua_getfield(L, -2, "_finish");                         /* lib checked finish */
  lua_pushnil(L);
  const char *name;
  for (int n = 1; (name = lua_getupvalue(L, -2, n)); n++) {
    if (strcmp(name, "LEVEL_NOTE") == 0 && lua_istable(L, -1)) { lua_replace(L, -2); break; }
    lua_pop(L, 1);
  }
  lua_createtable(L, 0, LX_NSTATUS);
  for (int st = 0; st < LX_NSTATUS; st++) {
    if (st == LX_ERROR) continue;                        /* never a check's to return */
    lua_pushinteger(L, st);
    lua_setfield(L, -2, lx_status_name((lx_status)st));
  }
  for (int k = 0; k < NKEYS; k++) lua_pushstring(L, engine_keys[k]);
  lua_pushcclosure(L, check_finished, UP_KEYS - 1 + NKEYS);
  lua_remove(L, -2);                                     /* the closure */
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &check_runner_key);
}

static void set_error(lx_assessment *a, lx_finding *f, const char *file, int line, const char *message) {
  f->status = LX_ERROR;
  f->error_file = file ? keep_cstring(a, file) : NULL;
  f->error_line = line;
  f->error_message = keep_cstring(a, message ? message : "error");
}

static void set_text(lx_assessment *a, lx_text *t, const char *en, const char *fr) {
  t->en = keep_cstring(a, en);
  t->fr = keep_cstring(a, fr);
}

/* ---------------------------------------------------------------------- */
/* Evaluation                                                              */
/* ---------------------------------------------------------------------- */

/* One evaluation's rules as a series of sandbox calls (sandbox_call_each):
** what prepare_rule and finish_rule share.  The values every call receives
** are made into Lua once, when a rule first needs them (enter_lua), and
** kept in the registry by reference: an integer key is found in the
** registry's array part, without hashing. */
typedef struct {
  lx_assessment *a;
  lx_sandbox *sb;
  const reservation_index *reserved;
  reservation_index reserved_here;   /* reserved's entries for the instrument searched last (instrument_of) */
  int reio;           /* applicability_is_reio of the profile, worked out once an evaluation */
  int profile_ref;    /* the profile pushed into Lua, LUA_NOREF until a rule first
                         needs it: an instrument that does not bind the State, or
                         provisions reserved or not yet due, never cost the
                         profile's conversion */
  int begin_ref;      /* lx._begin: a call's context */
  int context_ref;    /* lx._context: the same, where begin would change nothing */
  int begun_upvalue;  /* the index of begin's upvalue `begun` (0: not found) */
  lua_Integer begun;  /* its value after the engine's last call of begin (-1: none yet) */
  int runner_ref;     /* check_finished: the check run and its finding normalised */
  int meta_ref;       /* CTX_META, every context's metatable (new_context's upvalue), LUA_NOREF
                         when not found: contexts are then made by lx._context */
  int no_deps_ref;    /* NO_DEPS, the dependencies of a rule that has none (idem) */
  int state_ref;      /* profile.state, read once an evaluation by the first context
                         push_context makes (LUA_NOREF until then) */
  int constants_ref;  /* the table of rule tables (push_rule_constants) */
  int as_of_ref;      /* the as-of date */
  int *since_refs;    /* by instrument: the date it binds the State from, LUA_NOREF
                         until used */
  const char *searched;   /* the instrument id settled_in_c searched last (NULL: none) ... */
  int found;              /* ... and what it found (instrument_of) */
  char **reasons;         /* by instrument, [2k] and [2k+1]: why it does not bind the State,
                             in English and French, kept (keep_string) at its first use */
  finding_reader reader;  /* its keys made by enter_lua */
  struct { const lx_instrument *ins; int answer; } bound[8];   /* bound_answer's, by descriptor (its address,
                                                                  kept by the rule set until it is freed) */
  int nbound;
} evaluation;

/* sandbox_bound_fn for the calls of one evaluation: whether the State is
** bound by instrument id at the as-of date, as applicability_instrument
** decides it from that instrument's descriptor (ruleset_descriptor: also
** one whose rules are not loaded), without --prospective (a recommendation
** made to the parties of a treaty asks whether the State is one, not how
** the user chose to assess it): BOUND 1, NOT_BOUND 0, PROSPECTIVE (the
** profile does not record its party status) -1; -2 with why for an id that
** names no descriptor, or soft law.  Made from the engine's profile and date
** only, and kept for the evaluation by descriptor (the first rule that asks
** and every other get the same answer, at no cost to any rule's budget). */
static int bound_answer(void *ud, const char *id, char *why, size_t size) {
  evaluation *ev = ud;
  const lx_instrument *ins = ruleset_descriptor(ev->a->rules, id, why, size);
  if (!ins) return -2;
  for (int i = 0; i < ev->nbound; i++) if (ev->bound[i].ins == ins) return ev->bound[i].answer;
  if (strcmp(ins->kind, "soft_law") == 0) {
    diag_sformat(why, size, "instrument '%s' is soft law: it binds no State", id);
    return -2;
  }
  binding b;
  applicability_instrument(ins, ev->a->profile, ev->a->as_of, 0, &b);
  int answer = b.kind == BOUND ? 1 : b.kind == NOT_BOUND ? 0 : -1;
  if (ev->nbound < (int)(sizeof ev->bound / sizeof ev->bound[0])) {
    ev->bound[ev->nbound].ins = ins;
    ev->bound[ev->nbound++].answer = answer;
  }
  return answer;
}

/* The index in the rule set of the instrument named id, as settled_in_c
** looks for it: the first of that id that does not bind the State, else the
** last of that id; -1 if none.  It depends only on id, so the answer for the
** last id searched is kept (rules come grouped by instrument: one strcmp a
** rule instead of one per instrument), with the profile's reservations of
** that id (reserved_here: a rule's look-up then searches only those, and
** none at all for an instrument the profile reserves nothing of). */
static int instrument_of(evaluation *ev, const char *id) {
  if (ev->searched && strcmp(ev->searched, id) == 0) return ev->found;
  const lx_assessment *a = ev->a;
  int found = -1;
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    if (strcmp(a->rules->instruments[i].id, id) != 0) continue;
    found = (int)i;
    if (a->bindings[i].kind == NOT_BOUND) break;
  }
  ev->searched = id;
  ev->found = found;
  ev->reserved_here = reservation_index_for(ev->reserved, id);
  return found;
}

/* Decide in C what needs no check: an invalid rule, an instrument that does
** not bind the State, a provision not yet due, reserved or outside an
** organisation's competence, a failed dependency.  Returns 1 when f is
** settled, else 0 with *instrument the index of r's instrument in the rule
** set (-1 if none), whose binding gives ctx.bound_since.  The findings of an
** instrument that does not bind the State share its reason, kept once. */
static int settled_in_c(evaluation *ev, const lx_rule *r, lx_finding *f, int *instrument) {
  lx_assessment *a = ev->a;
  f->rule = r;
  *instrument = -1;
  if (r->invalid) {
    set_error(a, f, r->file, r->line, r->invalid);
    return 1;
  }
  /* is the State bound by the instrument, and by this provision? */
  int k = instrument_of(ev, r->instrument);
  const lx_instrument *ins = k >= 0 ? &a->rules->instruments[k] : NULL;
  *instrument = k;
  if (k >= 0 && a->bindings[k].kind == NOT_BOUND) {
    f->status = LX_NOT_APPLICABLE;
    char **kept = &ev->reasons[2 * k];
    if (!kept[0]) kept[0] = keep_cstring(a, a->bindings[k].reason_en);
    if (!kept[1]) kept[1] = keep_cstring(a, a->bindings[k].reason_fr);
    f->explanation.en = kept[0];
    f->explanation.fr = kept[1];
    return 1;
  }
  char en[1200], fr[1200];
  if (applicability_directive_due(ins, r, a->as_of, en, fr, sizeof en) ||
      applicability_reserved(&ev->reserved_here, ins, r, en, fr, sizeof en, &f->reservation_unprovided) ||
      applicability_outside_competence(r, a->profile, ev->reio, en, fr, sizeof en)) {
    f->status = LX_NOT_APPLICABLE;
    set_text(a, &f->explanation, en, fr);
    return 1;
  }
  for (int d = 0; d < r->ndepends; d++) {
    const lx_finding *dep = &a->findings[r->dep_index[d]];
    if (dep->status == LX_ERROR) {
      char msg[600];
      snprintf(msg, sizeof msg, "depends on %s, which could not be evaluated", r->depends[d]);
      set_error(a, f, r->file, r->line, msg);
      return 1;
    }
  }
  return 0;
}

/* Make what every call receives into Lua: the profile, lx._begin (and the
** place of its upvalue `begun`), lx._context (and its upvalues CTX_META and
** NO_DEPS, for push_context), check_finished, the table of rule tables, the
** as-of date, the engine's names (engine_keys).  Returns 0,
** or -1 when out of memory. */
static int enter_lua(evaluation *ev) {
  lua_State *L = sandbox_state(ev->sb);
  size_t n = ev->a->rules->ninstruments;
  if (!(ev->since_refs = malloc((n + 1) * sizeof *ev->since_refs))) return -1;
  for (size_t i = 0; i < n; i++) ev->since_refs[i] = LUA_NOREF;
  /* none made yet: leave_lua may run after a raise below (out of memory) */
  for (int k = 0; k < NKEYS; k++) ev->reader.keys[k] = LUA_NOREF;
  ev->meta_ref = ev->no_deps_ref = ev->state_ref = LUA_NOREF;
  data_push(L, ev->a->profile->data);
  ev->profile_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  push_library_function(ev->sb, &begin_function_key, "_begin");
  const char *name;
  for (int up = 1; (name = lua_getupvalue(L, -1, up)); up++) {
    lua_pop(L, 1);
    if (strcmp(name, "begun") == 0) { ev->begun_upvalue = up; break; }
  }
  ev->begin_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  push_library_function(ev->sb, &context_function_key, "_context");
  int fn = lua_gettop(L), meta = 0, no_deps = 0;   /* new_context's upvalues, above it when found */
  for (int up = 1; (name = lua_getupvalue(L, fn, up)); up++) {
    if (strcmp(name, "CTX_META") == 0 && lua_istable(L, -1) && !meta) meta = lua_gettop(L);
    else if (strcmp(name, "NO_DEPS") == 0 && lua_istable(L, -1) && !no_deps) no_deps = lua_gettop(L);
    else lua_pop(L, 1);
  }
  if (meta && no_deps) {
    lua_pushvalue(L, meta);
    ev->meta_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushvalue(L, no_deps);
    ev->no_deps_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  lua_settop(L, fn);
  ev->context_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  push_check_runner(ev->sb);
  for (int k = 0; k < NKEYS; k++) {           /* the runner's own strings, one reference each */
    lua_getupvalue(L, -1, UP_KEYS + k);
    ev->reader.keys[k] = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  ev->runner_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  push_constants_table(L, ev->a->rules->n);
  ev->constants_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushstring(L, ev->a->as_of);
  ev->as_of_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

/* Drop what enter_lua made (nothing if it never ran). */
static void leave_lua(evaluation *ev) {
  lua_State *L = sandbox_state(ev->sb);
  if (ev->profile_ref == LUA_NOREF) return;
  luaL_unref(L, LUA_REGISTRYINDEX, ev->profile_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->begin_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->context_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->runner_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->constants_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->as_of_ref);
  for (size_t i = 0; i < ev->a->rules->ninstruments; i++) luaL_unref(L, LUA_REGISTRYINDEX, ev->since_refs[i]);
  for (int k = 0; k < NKEYS; k++) luaL_unref(L, LUA_REGISTRYINDEX, ev->reader.keys[k]);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->meta_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->no_deps_ref);
  luaL_unref(L, LUA_REGISTRYINDEX, ev->state_ref);
  free(ev->since_refs);
}

/* [-0, +1] ctx.bound_since for a rule of instrument k (-1: none): the date
** the instrument binds the State from, or nil; returns its type. */
static int push_bound_since(evaluation *ev, int k) {
  lua_State *L = sandbox_state(ev->sb);
  const char *since = k >= 0 ? ev->a->bindings[k].since : "";
  if (!*since) { lua_pushnil(L); return LUA_TNIL; }
  if (ev->since_refs[k] == LUA_NOREF) {
    lua_pushstring(L, since);
    ev->since_refs[k] = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  return lua_rawgeti(L, LUA_REGISTRYINDEX, ev->since_refs[k]);
}

/* How many contexts lx._begin has made (its upvalue `begun`); -1 when the
** upvalue was not found. */
static lua_Integer begun(evaluation *ev, lua_State *L) {
  if (!ev->begun_upvalue) return -1;
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->begin_ref);
  lua_getupvalue(L, -1, ev->begun_upvalue);
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 2);
  return n;
}

/* Is lx._context(...) now what lx._begin(...) would do with this
** evaluation's profile, date and schema?  Yes when the engine called
** lx._begin with them and nothing called it since (a rule may, through
** lx._run): only lx._begin makes the library's caches follow another
** profile, date or schema, and with them followed it only calls
** lx._context. */
static int begin_changes_nothing(evaluation *ev, lua_State *L) {
  return ev->begun >= 0 && begun(ev, L) == ev->begun;
}

/* [-2, +0] Inside push_context: set the field whose name is below the
** value on top (of type `type`, as the call that pushed it returned it) of
** the table at ctx (absolute), raw, and pop both; a nil value is not
** stored (as a table constructor stores none). */
static void context_set(lua_State *L, int ctx, int type) {
  if (type == LUA_TNIL) lua_pop(L, 2);
  else lua_rawset(L, ctx);
}

/* [-0, +1] Rule r's context, made as lx._context (new_context) makes it:
** a table sized as its constructor sizes it, the same fields set in the
** same order, a nil one left out (so the same slots hold the same keys:
** `pairs` goes in the same order), then CTX_META as its metatable.  The
** values are those lx._context receives from prepare_rule: the profile,
** schema and as-of date, the rule table's ref, id, level, deadline and
** facts (at constants, absolute), bound_since, the dependencies or
** NO_DEPS, and the profile's state (profile.state read through the view as
** Lua reads it, once an evaluation: a view gives the same table for a
** field every time).  For begin_changes_nothing's case only: no library
** cache is followed here.  The rule table is on top (at constants): the
** context is made above it.  Each value's type is the one the call that
** pushed it returned (no lua_type asked again). */
static void push_context(evaluation *ev, lua_State *L, int constants, int instrument, const lx_rule *r) {
  const int *key = ev->reader.keys;
  int ctx = constants + 1, type;
  lua_createtable(L, 0, CONTEXT_FIELDS);
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_PROFILE]);
  context_set(L, ctx, lua_rawgeti(L, LUA_REGISTRYINDEX, ev->profile_ref));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_SCHEMA]);
  context_set(L, ctx, lua_rawgeti(L, LUA_REGISTRYINDEX, ev->a->rules->schema_ref));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_AS_OF]);
  context_set(L, ctx, lua_rawgeti(L, LUA_REGISTRYINDEX, ev->as_of_ref));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_REF]); context_set(L, ctx, lua_rawgeti(L, constants, CONST_REF));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_ID]); context_set(L, ctx, lua_rawgeti(L, constants, CONST_ID));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_LEVEL]); context_set(L, ctx, lua_rawgeti(L, constants, CONST_LEVEL));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_BOUND_SINCE]); context_set(L, ctx, push_bound_since(ev, instrument));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_DEADLINE]);
  context_set(L, ctx, lua_rawgeti(L, constants, CONST_DEADLINE));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_DECLARED]);
  context_set(L, ctx, lua_rawgeti(L, constants, CONST_FACTS));
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_DEPS]);
  if (r->ndepends) { push_deps(L, ev->a, r); type = LUA_TTABLE; }
  else type = lua_rawgeti(L, LUA_REGISTRYINDEX, ev->no_deps_ref);
  context_set(L, ctx, type);
  lua_rawgeti(L, LUA_REGISTRYINDEX, key[KEY_STATE]);
  if (ev->state_ref == LUA_NOREF) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, ev->profile_ref);
    lua_pushvalue(L, -2);
    type = lua_gettable(L, -2);                       /* profile.state, through the view */
    lua_remove(L, -2);
    lua_pushvalue(L, -1);
    ev->state_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  } else type = lua_rawgeti(L, LUA_REGISTRYINDEX, ev->state_ref);
  context_set(L, ctx, type);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->meta_ref);
  lua_setmetatable(L, ctx);
}

/* sandbox_prepare_fn: settle rule i in C, or push check_finished(check, ctx)
** with the rule's context ctx = lx._begin(profile, schema, as_of, rule,
** bound_since, deps, facts) made here (facts: the facts the rule set's
** rules declare, rules.h facts_ref; by lx._context, with the first six,
** where lx._begin would change nothing: begin_changes_nothing), before the
** call's budgets start (the engine's work: the library runs none of the
** rule's code there), and charge what the context and the check allocate
** to the file's account. */
static int prepare_rule(void *ud, int i) {
  evaluation *ev = ud;
  lx_assessment *a = ev->a;
  const lx_rule *r = &a->rules->rules[i];
  int instrument;
  if (settled_in_c(ev, r, &a->findings[i], &instrument)) return -1;
  lua_State *L = sandbox_state(ev->sb);
  if (ev->profile_ref == LUA_NOREF && enter_lua(ev) != 0) luaL_error(L, "out of memory");
  if (sandbox_use_account(ev->sb, r->account) != 0)   /* what the context and the check keep count against its file */
    luaL_error(L, "out of memory: the rule file's memos");
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->runner_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, r->check_ref);
  int check = lua_gettop(L);
  const lx_instrument *ins = instrument >= 0 ? &a->rules->instruments[instrument] : NULL;
  int begins = !begin_changes_nothing(ev, L);
  if (!begins && ev->meta_ref != LUA_NOREF) {   /* what lx._context would make, made in C */
    push_rule_constants(L, ev->constants_ref, check, r, ins);
    push_context(ev, L, check + 1, instrument, r);
    lua_replace(L, check + 1);                  /* the context where the rule table was */
    a->findings[i].checked = 1;                 /* handed to the series: the check runs */
    return 2;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, begins ? ev->begin_ref : ev->context_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->profile_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, a->rules->schema_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, ev->as_of_ref);
  push_rule_constants(L, ev->constants_ref, check, r, ins);
  push_bound_since(ev, instrument);
  push_deps(L, a, r);
  if (begins) lua_rawgeti(L, LUA_REGISTRYINDEX, a->rules->facts_ref);   /* begin's alone: the facts the set declares */
  lua_call(L, 6 + begins, 1);                 /* the context */
  if (begins) ev->begun = begun(ev, L);
  a->findings[i].checked = 1;
  return 2;
}

/* sandbox_done_fn: rule i's finding from the values check_finished returned, or
** its error (located in the rule file, else at the rule's declaration). */
static void finish_rule(void *ud, int i, const sandbox_error *err) {
  evaluation *ev = ud;
  lx_assessment *a = ev->a;
  const lx_rule *r = &a->rules->rules[i];
  lx_finding *f = &a->findings[i];
  sandbox_use_account(ev->sb, 0);
  if (err) {
    set_error(a, f, err->file[0] ? err->file : r->file, err->file[0] ? err->line : r->line, err->message);
    return;
  }
  read_finding(&ev->reader, sandbox_state(ev->sb), f);
  if (f->status == LX_ERROR) { f->error_file = keep_cstring(a, r->file); f->error_line = r->line; }
}

int evaluate(lx_assessment *a, lx_sandbox *sb, const lx_ruleset *rs, const lx_profile *p,
             const char *as_of, int prospective) {
  memset(a, 0, sizeof *a);
  a->profile = p;
  a->rules = rs;
  snprintf(a->as_of, sizeof a->as_of, "%s", as_of);
  a->bindings = calloc(rs->ninstruments + 1, sizeof *a->bindings);
  a->findings = calloc(rs->n + 1, sizeof *a->findings);
  if (!a->bindings || !a->findings) { assessment_free(a); return -1; }
  a->n = rs->n;
  for (size_t i = 0; i < rs->ninstruments; i++)
    applicability_instrument(&rs->instruments[i], p, as_of, prospective, &a->bindings[i]);
  reservation_index reserved;     /* once per profile, not per rule */
  if (reservation_index_build(&reserved, p, as_of) != 0) { assessment_free(a); return -1; }
  evaluation ev = { .a = a, .sb = sb, .reserved = &reserved, .reio = applicability_is_reio(p),
                    .profile_ref = LUA_NOREF, .begin_ref = LUA_NOREF,
                    .context_ref = LUA_NOREF, .begun = -1, .runner_ref = LUA_NOREF, .meta_ref = LUA_NOREF,
                    .no_deps_ref = LUA_NOREF, .state_ref = LUA_NOREF, .constants_ref = LUA_NOREF,
                    .as_of_ref = LUA_NOREF, .found = -1,
                    .reasons = calloc(2 * rs->ninstruments + 1, sizeof *ev.reasons), .reader = { .a = a } };
  if (!ev.reasons) { reservation_index_free(&reserved); assessment_free(a); return -1; }
  sandbox_set_bound_source(sb, bound_answer, &ev);   /* ctx:bound_by's answers, for these calls only */
  sandbox_call_each(sb, (int)rs->n, FINDING_VALUES, prepare_rule, finish_rule, &ev);
  sandbox_set_bound_source(sb, NULL, NULL);
  leave_lua(&ev);
  free(ev.reasons);
  reservation_index_free(&reserved);
  if (caveats_collect(rs, p, as_of, &a->caveats, &a->ncaveats) != 0) { assessment_free(a); return -1; }
  return 0;
}

static void text_free(lx_text *t) { free(t->en); free(t->fr); free(t->es); }

/* The strings of one finding, when each was allocated alone. */
static void finding_strings_free(lx_finding *f) {
  text_free(&f->explanation);
  text_free(&f->option);
  free(f->option_id);
  for (int k = 0; k < f->nmissing; k++) text_free(&f->missing[k]);
  for (int k = 0; k < f->nquestions; k++) { free(f->questions[k].fact); text_free(&f->questions[k].text); }
  for (int k = 0; k < f->nevidence; k++) {
    lx_evidence *e = &f->evidence[k];
    free(e->fact); free(e->label); free(e->source); free(e->url); free(e->note); free(e->from); free(e->repealed);
  }
  free(f->error_file);
  free(f->error_message);
}

void assessment_free(lx_assessment *a) {
  for (size_t i = 0; a->findings && i < a->n && !a->strings; i++) {   /* kept in blocks when evaluate() made them */
    lx_finding *f = &a->findings[i];
    finding_strings_free(f);
    free(f->missing);
    free(f->questions);
    free(f->evidence);
  }
  while (a->strings) {
    struct finding_strings *next = a->strings->next;
    free(a->strings);
    a->strings = next;
  }
  free(a->findings);
  free(a->bindings);
  caveats_free(a->caveats, a->ncaveats);
  memset(a, 0, sizeof *a);
}

void assessment_summary(const lx_assessment *a, lx_summary *s) {
  memset(s, 0, sizeof *s);
  for (size_t i = 0; i < a->n; i++) {
    const lx_finding *f = &a->findings[i];
    if (f->rule->good_practice && f->status != LX_ERROR) {
      s->good_practice[f->status]++;
      s->ngood_practice++;
      continue;
    }
    s->by_status[f->status]++;
    s->by_level[f->rule->level][f->status]++;
    if (lx_is_gap(f->rule->level, f->status)) s->gaps++;
    if (f->status == LX_ERROR) s->errors++;
  }
}

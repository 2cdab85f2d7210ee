/*
 * sandbox_template.c -- lx.t's fill of bilingual templates, and the
 * library's bilingual texts, in C.
 *
 * lx.t(template, values) (engine/lua/lexgap.lua) fills each language's text
 * of a template: every placeholder {name} (a '{', one or more letters,
 * digits or '_', a '}', as the pattern "{([%w_]+)}" finds them) becomes
 * values[name]: a table gives its text in the language (values[name][lang],
 * "" when that is nil or false), a string itself, a number or a boolean
 * tostring of it, no value "{name}" itself.  Templates are filled in every
 * finding, so this is done here, in one call, with the same bytes out.
 *
 * Whatever this fill does not handle exactly as the Lua one does, it hands
 * to the Lua one (the closure's upvalue), before anything is made: values
 * that are neither nil nor a table, and a value (or a table's text)
 * the Lua fill turns into an error (a table, true, a function...).  A
 * template that is neither a string nor a table with two strings raises the
 * Lua fill's error, located at the caller of lx.t as the Lua one does.
 *
 * The library's own fills also come through fill_with(template, name1,
 * value1, name2, value2, ...): exactly lx.t(template, { [name1] = value1,
 * [name2] = value2, ... }) for distinct string names, without that values
 * table (made only when the Lua fill must do the work).  It is a local of
 * the library, never handed to rules.
 *
 * Each language's text is made in one buffer of its exact size and pushed once,
 * and the keys "en" and "fr" are the closures' upvalues (no C string looked
 * up at each read).
 *
 * The library's bilingual(x, what) and text_checked(x, what) (every
 * finding's explanation, missing elements and option; a measure's `what`)
 * are made here too (bilingual_maker): a new { en, fr } of a text, or the
 * text itself, with the reads and the error of the Lua they replace.
 *
 * Budgets: the work is charged to the call's instruction budget before it
 * is done (one unit, one per placeholder, one per BYTES_PER_UNIT bytes of
 * the template); the text made is allocated by Lua and counts against the
 * memory budget as any other string.
 */
#include "sandbox.h"

#include <ctype.h>
#include <string.h>

#include <lauxlib.h>

#define BYTES_PER_UNIT 64.0   /* as sandbox_limits.c charges reading bytes */

/* The length of the name of the placeholder that starts at s[i], 0 when
** none starts there. */
static size_t placeholder_at(const char *s, size_t len, size_t i) {
  if (s[i] != '{') return 0;
  size_t j = i + 1;
  while (j < len && (isalnum((unsigned char)s[j]) || s[j] == '_')) j++;
  return j > i + 1 && j < len && s[j] == '}' ? j - i - 1 : 0;
}

/* The position of the first '{' in s at or after i, len when none: only
** there can a placeholder start (placeholder_at), so the scans below jump
** from one to the next. */
static size_t next_brace(const char *s, size_t len, size_t i) {
  const char *brace = i < len ? memchr(s + i, '{', len - i) : NULL;
  return brace ? (size_t)(brace - s) : len;
}

/* The placeholders of a text: how many, and where the first KEPT_PLACES
** start (their '{') with their names' lengths, so that the fill, which
** charges for them before it starts, need not look for them again. */
#define KEPT_PLACES 16
typedef struct {
  size_t n;
  size_t at[KEPT_PLACES], name_len[KEPT_PLACES];
} placeholder_scan;

static void scan_placeholders(const char *s, size_t len, placeholder_scan *scan) {
  scan->n = 0;
  for (size_t i = next_brace(s, len, 0); i < len; i = next_brace(s, len, i + 1)) {
    size_t name = placeholder_at(s, len, i);
    if (!name) continue;
    if (scan->n < KEPT_PLACES) {
      scan->at[scan->n] = i;
      scan->name_len[scan->n] = name;
    }
    scan->n++;
    i += name + 1;
  }
}

/* The next placeholder of s at or after i, as scan_placeholders finds it:
** its start (len when none is left), its name's length in *name_len. */
static size_t next_placeholder(const char *s, size_t len, size_t i, size_t *name_len) {
  for (i = next_brace(s, len, i); i < len; i = next_brace(s, len, i + 1)) {
    *name_len = placeholder_at(s, len, i);
    if (*name_len) return i;
  }
  return len;
}

/* [-1, +(1|0)] The text of the value on top for a placeholder in the
** language whose key ("en" or "fr") is at index lang, replacing it: 1, a
** string on top; 0, nil left on top (the placeholder stays as it is
** written); -1, the value popped, when the Lua fill must do it.  A table
** gives v[lang] (its metamethods apply, as in Lua). */
static int value_text(lua_State *L, int lang) {
  switch (lua_type(L, -1)) {
    case LUA_TNIL: return 0;
    case LUA_TSTRING: return 1;
    case LUA_TNUMBER: case LUA_TBOOLEAN:
      luaL_tolstring(L, -1, NULL);
      lua_replace(L, -2);
      return 1;
    case LUA_TTABLE: {
      lua_pushvalue(L, lang);
      int t = lua_gettable(L, -2);
      lua_replace(L, -2);
      if (t == LUA_TNIL || (t == LUA_TBOOLEAN && !lua_toboolean(L, -1))) {
        lua_pop(L, 1);
        lua_pushliteral(L, "");
        return 1;
      }
      if (t == LUA_TSTRING) return 1;
      if (t == LUA_TNUMBER) { luaL_tolstring(L, -1, NULL); lua_replace(L, -2); return 1; }
      lua_pop(L, 1);
      return -1;
    }
    default:
      lua_pop(L, 1);
      return -1;
  }
}

/* Where a fill finds a placeholder's value: the table at `table` (0: no
** table), or, when `pairs` is not 0, the `pairs` name/value pairs that
** start at index `first` (fill_with's arguments, whose names are strings),
** the first KEPT_NAMES names read once into `name` and `name_len`. */
#define KEPT_NAMES 8
typedef struct {
  int table;
  int first, pairs;
  const char *name[KEPT_NAMES];
  size_t name_len[KEPT_NAMES];
} value_source;

/* [-0, +1] The value of placeholder name (name_len bytes) from src: the
** table's field, with its metamethods, or the value paired with that name
** (nil when none is). */
static void push_value(lua_State *L, const value_source *src, const char *name, size_t name_len) {
  if (src->pairs) {
    for (int k = 0; k < src->pairs; k++) {
      size_t len = k < KEPT_NAMES ? src->name_len[k] : 0;
      const char *key = k < KEPT_NAMES ? src->name[k] : lua_tolstring(L, src->first + 2 * k, &len);
      if (len == name_len && memcmp(key, name, len) == 0) {
        lua_pushvalue(L, src->first + 2 * k + 1);
        return;
      }
    }
    lua_pushnil(L);
  } else if (src->table) {
    lua_pushlstring(L, name, name_len);
    lua_gettable(L, src->table);
  } else {
    lua_pushnil(L);
  }
}

/* [-0, +(1|0)] The text s (len bytes, a string on the stack), whose
** placeholders scan kept all of, filled for the language whose key is at
** lang from the values of src: 0, the text pushed, or -1 (nothing pushed)
** when the Lua fill must do it.  Every placeholder's text is read first,
** in order, and kept on the stack; the text is then made in one buffer of
** its exact size.  A text that is one placeholder and nothing else is its
** value's string itself. */
static int fill_kept(lua_State *L, const char *s, size_t len, const placeholder_scan *scan,
                     const value_source *src, int lang) {
  int base = lua_gettop(L);
  const char *piece[KEPT_PLACES];           /* each placeholder's text */
  size_t piece_len[KEPT_PLACES];
  size_t total = len;
  if (!lua_checkstack(L, (int)scan->n + 2)) return -1;
  for (size_t k = 0; k < scan->n; k++) {
    const char *name = s + scan->at[k] + 1;
    push_value(L, src, name, scan->name_len[k]);
    int kind = value_text(L, lang);
    if (kind < 0) { lua_settop(L, base); return -1; }
    if (kind == 0) {                        /* no value: "{name}" stays */
      piece[k] = name - 1;
      piece_len[k] = scan->name_len[k] + 2;
    } else {
      piece[k] = lua_tolstring(L, -1, &piece_len[k]);
    }
    total = total - (scan->name_len[k] + 2) + piece_len[k];
  }
  if (scan->n == 1 && scan->at[0] == 0 && scan->name_len[0] + 2 == len && lua_isstring(L, -1))
    return 0;                               /* "{name}" alone: its value's string */
  bilingual_text made;
  char *out = bilingual_text_start(L, &made, total);
  size_t literal = 0;                       /* start of the literal not yet copied */
  for (size_t k = 0; k < scan->n; k++) {
    memcpy(out, s + literal, scan->at[k] - literal);
    out += scan->at[k] - literal;
    memcpy(out, piece[k], piece_len[k]);
    out += piece_len[k];
    literal = scan->at[k] + scan->name_len[k] + 2;
  }
  memcpy(out, s + literal, len - literal);
  bilingual_text_push(L, &made);
  lua_replace(L, base + 1);
  lua_settop(L, base + 1);
  return 0;
}

/* [-0, +(1|0)] fill_kept's fill of a text with more placeholders than
** scan kept: the pieces added to a buffer as they are read. */
static int fill_unkept(lua_State *L, const char *s, size_t len, const value_source *src, int lang) {
  int base = lua_gettop(L);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t literal = 0, name_len = 0;
  for (size_t i = next_placeholder(s, len, 0, &name_len); i < len;
       i = next_placeholder(s, len, literal, &name_len)) {
    luaL_addlstring(&b, s + literal, i - literal);
    push_value(L, src, s + i + 1, name_len);
    int kind = value_text(L, lang);
    if (kind < 0) { lua_settop(L, base); return -1; }
    if (kind == 0) { lua_pop(L, 1); luaL_addlstring(&b, s + i, name_len + 2); }
    else luaL_addvalue(&b);
    literal = i + name_len + 2;
  }
  luaL_addlstring(&b, s + literal, len - literal);
  luaL_pushresult(&b);
  return 0;
}

/* [-0, +(1|0)] The text at text_idx, whose placeholders scan describes,
** filled for the language whose key is at lang from the values of src; 0,
** or -1 (nothing pushed) when the Lua fill must do it. */
static int fill_language(lua_State *L, int text_idx, const placeholder_scan *scan,
                         const value_source *src, int lang) {
  size_t len;
  const char *s = lua_tolstring(L, text_idx, &len);
  if (scan->n == 0) {                       /* no placeholder: the text itself */
    lua_pushvalue(L, text_idx);
    return 0;
  }
  if (scan->n <= KEPT_PLACES) return fill_kept(L, s, len, scan, src, lang);
  return fill_unkept(L, s, len, src, lang);
}

/* [-0, +1] Field `key` (a key on the stack at index key) of the table at
** idx, where a string is expected: 1 if it is one (pushed), else 0 (nil
** pushed). */
static int string_field(lua_State *L, int idx, int key) {
  lua_pushvalue(L, key);
  if (lua_gettable(L, idx) == LUA_TSTRING) return 1;
  lua_pop(L, 1);
  lua_pushnil(L);
  return 0;
}

/* [-0, +2] Push the texts of the template at index 1, English then French,
** reading it as the Lua fill does: a string is both; a table's en and fr
** are checked to be strings, then read again (once each when the table has
** no metatable: nothing could tell the reads apart).  Anything else raises
** the Lua fill's error, located at the caller. */
static void push_template_texts(lua_State *L) {
  if (lua_type(L, 1) == LUA_TSTRING) {
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 1);
    return;
  }
  int top = lua_gettop(L);
  int ok = lua_type(L, 1) == LUA_TTABLE;
  if (ok && !lua_getmetatable(L, 1)) {                   /* a plain table: en and fr read once */
    if (string_field(L, 1, BILINGUAL_EN) && string_field(L, 1, BILINGUAL_FR)) return;
    ok = 0;
  } else if (ok) {
    lua_settop(L, top);
    /* the checks read en and fr, then the texts are read again: as in Lua */
    ok = string_field(L, 1, BILINGUAL_EN);
    lua_settop(L, top);
    ok = ok && string_field(L, 1, BILINGUAL_FR);
    lua_settop(L, top);
    if (ok) {
      lua_pushvalue(L, BILINGUAL_EN);
      lua_gettable(L, 1);
      lua_pushvalue(L, BILINGUAL_FR);
      lua_gettable(L, 1);
      return;
    }
  }
  lua_settop(L, top);
  luaL_where(L, 1);
  lua_pushliteral(L, "template must be a string or a table { en = ..., fr = ... }");
  lua_concat(L, 2);
  lua_error(L);
}

/* [-0, +(1|?)] Fill the texts at en_idx and en_idx + 1 (English, French)
** from src, charging the work first: 1, the pair { en, fr } pushed, or -1
** when the Lua fill must do it (what is left above the texts is the
** caller's to drop). */
static int fill_both(lua_State *L, int en_idx, const value_source *src) {
  size_t len_en, len_fr;
  const char *en = lua_tolstring(L, en_idx, &len_en), *fr = lua_tolstring(L, en_idx + 1, &len_fr);
  placeholder_scan scan_en, scan_fr;
  scan_placeholders(en, len_en, &scan_en);
  scan_placeholders(fr, len_fr, &scan_fr);
  sandbox_charge(L, 1 + (double)scan_en.n + (double)scan_fr.n +
                    ((double)len_en + (double)len_fr) / BYTES_PER_UNIT);
  if (fill_language(L, en_idx, &scan_en, src, BILINGUAL_EN) != 0) return -1;
  if (fill_language(L, en_idx + 1, &scan_fr, src, BILINGUAL_FR) != 0) return -1;
  return bilingual_push_pair(L, lua_gettop(L) - 1, lua_gettop(L));
}

/* lx.t(template, values): { en = ..., fr = ... }.  Upvalues: the Lua fill,
** "en", "fr" (push_fill_upvalues). */
static int fill_template(lua_State *L) {
  lua_settop(L, 2);
  push_template_texts(L);                                 /* template values en fr */
  value_source src = { lua_type(L, 2) == LUA_TTABLE ? 2 : 0, 0, 0, { NULL }, { 0 } };
  if (!src.table && !lua_isnil(L, 2)) return bilingual_call_lua(L, 2);   /* false (every value "false"), or indexed as Lua does */
  if (fill_both(L, 3, &src) < 0) return bilingual_call_lua(L, 2);
  return 1;
}

/* fill_with(template, name1, value1, ...): lx.t(template, { [name1] =
** value1, ... }) for distinct string names.  Upvalues as fill_template's:
** the Lua fill is handed the template and that table when it must do the
** work. */
static int fill_with(lua_State *L) {
  int top = lua_gettop(L);
  if (top < 1) lua_settop(L, top = 1);
  int pairs = (top - 1) / 2;
  value_source src = { 0, 2, pairs, { NULL }, { 0 } };
  for (int k = 0; k < pairs; k++) {
    luaL_checktype(L, 2 + 2 * k, LUA_TSTRING);
    if (k < KEPT_NAMES) src.name[k] = lua_tolstring(L, 2 + 2 * k, &src.name_len[k]);
  }
  lua_settop(L, top = 1 + 2 * pairs);
  push_template_texts(L);
  if (fill_both(L, top + 1, &src) >= 0) return 1;
  /* the Lua fill, with the values as a table */
  lua_createtable(L, 0, pairs);
  for (int k = 0; k < pairs; k++) {
    lua_pushvalue(L, 2 + 2 * k);
    lua_pushvalue(L, 3 + 2 * k);
    lua_rawset(L, -3);
  }
  lua_replace(L, 2);
  return bilingual_call_lua(L, 2);
}

int bilingual_push_pair(lua_State *L, int en_idx, int fr_idx) {
  en_idx = lua_absindex(L, en_idx);
  fr_idx = lua_absindex(L, fr_idx);
  lua_createtable(L, 0, 2);
  lua_pushvalue(L, BILINGUAL_EN);
  lua_pushvalue(L, en_idx);
  lua_rawset(L, -3);
  lua_pushvalue(L, BILINGUAL_FR);
  lua_pushvalue(L, fr_idx);
  lua_rawset(L, -3);
  return 1;
}

char *bilingual_text_start(lua_State *L, bilingual_text *text, size_t size) {
  text->size = size;
  text->in_lua = size > sizeof text->local;
  return text->in_lua ? luaL_buffinitsize(L, &text->buffer, size) : text->local;
}

void bilingual_text_push(lua_State *L, bilingual_text *text) {
  if (text->in_lua) luaL_pushresultsize(&text->buffer, text->size);
  else lua_pushlstring(L, text->local, text->size);
}

void bilingual_push_keys(lua_State *L) {
  lua_pushliteral(L, "en");
  lua_pushliteral(L, "fr");
}

int bilingual_call_lua(lua_State *L, int nargs) {
  lua_settop(L, nargs);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, 1);
  return 1;
}

/* [-0, +0, e] Raise the error of a text argument (x, at index 1) that is
** neither a string nor a table whose en and fr are strings, as the
** library's Lua raises it: (what or "text") .. " must be a string or a
** table { en = ..., fr = ... }" (what at index 2), located at the caller of
** the running function's caller.  A `what` that Lua cannot concatenate
** (neither a string, a number nor a value with __concat) is handed to the
** Lua function (upvalue 1), with nil for x (nothing of it read again),
** whose concatenation raises its own error where the library's Lua is. */
static int raise_not_a_text(lua_State *L) {
  int what = lua_type(L, 2);
  if (!lua_toboolean(L, 2)) lua_pushliteral(L, "text");
  else if (what == LUA_TSTRING || what == LUA_TNUMBER) lua_pushvalue(L, 2);
  else if (luaL_getmetafield(L, 2, "__concat") != LUA_TNIL) { lua_pop(L, 1); lua_pushvalue(L, 2); }
  else {
    lua_pushnil(L);
    lua_replace(L, 1);
    return bilingual_call_lua(L, 2);
  }
  lua_pushliteral(L, " must be a string or a table { en = ..., fr = ... }");
  lua_concat(L, 2);                                       /* what's __concat, if it has one */
  if (lua_type(L, -1) == LUA_TSTRING) {                   /* as error(message, level) locates one */
    luaL_where(L, 2);
    lua_insert(L, -2);
    lua_concat(L, 2);
  }
  return lua_error(L);
}

/* [-0, +(2|0)] Whether x (index 1) is a text: a string (pushed twice:
** English, French), or a table whose en and fr are strings (those pushed;
** fr read only when en is one); else 0, the stack as it was.  Upvalues 2
** and 3 are "en" and "fr". */
static int push_text_pair(lua_State *L) {
  int top = lua_gettop(L), kind = lua_type(L, 1);
  if (kind == LUA_TSTRING) {
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 1);
    return 1;
  }
  if (kind == LUA_TTABLE) {
    lua_pushvalue(L, BILINGUAL_EN);
    if (lua_gettable(L, 1) == LUA_TSTRING) {
      lua_pushvalue(L, BILINGUAL_FR);
      if (lua_gettable(L, 1) == LUA_TSTRING) return 1;
    }
    lua_settop(L, top);
  }
  return 0;
}

/* bilingual(x, what): a new table { en = x, fr = x } for a string x, {
** en = x.en, fr = x.fr } for a table whose en and fr are strings, else
** raise_not_a_text's error.  Upvalues: the Lua bilingual, "en", "fr".
** The work is constant: the call is counted by the budget's hook where it
** is made, nothing is charged here. */
static int make_bilingual(lua_State *L) {
  lua_settop(L, 2);
  if (push_text_pair(L)) return bilingual_push_pair(L, 3, 4);
  return raise_not_a_text(L);
}

/* text_checked(x, what): x itself where bilingual(x, what) would make a
** table of it, else the same error.  Upvalues: the Lua text_checked, "en",
** "fr". */
static int check_text(lua_State *L) {
  lua_settop(L, 2);
  if (push_text_pair(L)) { lua_settop(L, 1); return 1; }
  return raise_not_a_text(L);
}

/* finding_text(x, what): bilingual(x, what), but nothing at all for a
** table with a metatable of a rule's (any but a read-only view's, whose
** reads raise nothing), which the library's finding methods then read in
** Lua, from their own frame, so that what its metamethods raise reads as
** it always did.  Upvalues: as bilingual's. */
static int make_finding_text(lua_State *L) {
  lua_settop(L, 2);
  if (lua_type(L, 1) == LUA_TTABLE && lua_getmetatable(L, 1)) {
    lua_pop(L, 1);
    if (!readonly_is_view(L, 1)) return 0;
  }
  return make_bilingual(L);
}

int bilingual_maker_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  lua_pushvalue(L, 1);
  bilingual_push_keys(L);
  lua_pushcclosure(L, make_bilingual, 3);
  lua_pushvalue(L, 2);
  bilingual_push_keys(L);
  lua_pushcclosure(L, check_text, 3);
  lua_pushvalue(L, 1);
  bilingual_push_keys(L);
  lua_pushcclosure(L, make_finding_text, 3);
  return 3;
}

/* [-0, +3] The upvalues of lx.t and fill_with: the Lua fill at fill_idx,
** "en", "fr". */
static void push_fill_upvalues(lua_State *L, int fill_idx) {
  lua_pushvalue(L, fill_idx);
  bilingual_push_keys(L);
}

int template_filler_lua(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  push_fill_upvalues(L, 1);
  lua_pushcclosure(L, fill_template, 3);
  push_fill_upvalues(L, 1);
  lua_pushcclosure(L, fill_with, 3);                      /* fill lx.t fill_with */
  return 2;
}

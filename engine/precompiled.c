/*
 * precompiled.c -- load a bundled rule file from the bytecode the executable
 * carries, and tell a bundled official text (precompiled.h).
 */
#include "precompiled.h"

#include <stdlib.h>

#include "infile.h"

/* The pieces lua_load reads in turn: the bytecode before the stand-in name,
** the name the file is loaded under, the bytecode after the stand-in. */
typedef struct {
  const char *piece[3];
  size_t len[3];
  int next;
} chunk_reader;

/* lua_Reader over a chunk_reader. */
static const char *read_pieces(lua_State *L, void *ud, size_t *size) {
  (void)L;
  chunk_reader *r = ud;
  while (r->next < 3 && r->len[r->next] == 0) r->next++;
  if (r->next == 3) { *size = 0; return NULL; }
  *size = r->len[r->next];
  return r->piece[r->next++];
}

/* bsearch comparator: a name against a row. */
static int by_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_precompiled *)row)->name);
}

/* The row kept under precompiled_name_of(path), or NULL. */
static const lx_precompiled *row_named(const char *path) {
  return bsearch(precompiled_name_of(path), lx_precompiled_chunks, lx_precompiled_count,
                 sizeof *lx_precompiled_chunks, by_name);
}

const lx_precompiled *precompiled_match(const char *path, const char *src, size_t len) {
  const lx_precompiled *row = row_named(path);
  return row && row->source_len == len && memcmp(row->source, src, len) == 0 ? row : NULL;
}

const lx_precompiled *precompiled_match_file(const char *path) {
  const lx_precompiled *row = row_named(path);
  return row && infile_same(path, row->source, row->source_len) ? row : NULL;
}

int precompiled_load_row(lua_State *L, const lx_precompiled *row, const char *chunkname) {
  unsigned char standin[64];
  size_t nstandin = precompiled_encode_name(PRECOMPILED_NAME_STANDIN, standin, sizeof standin);
  size_t room = strlen(chunkname) + 16;
  unsigned char *name = malloc(room);
  if (!name) return 0;
  size_t nname = precompiled_encode_name(chunkname, name, room);
  int ok = nname > 0 && row->name_at + nstandin <= row->code_len
           && memcmp(row->code + row->name_at, standin, nstandin) == 0;
  if (ok) {
    chunk_reader r = { { row->code, (const char *)name, row->code + row->name_at + nstandin },
                       { row->name_at, nname, row->code_len - row->name_at - nstandin }, 0 };
    ok = lua_load(L, read_pieces, &r, chunkname, "b") == LUA_OK;
    if (!ok) lua_pop(L, 1);              /* a Lua that reads another format: compile instead */
  }
  free(name);
  return ok;
}

int precompiled_load(lua_State *L, const char *path, const char *src, size_t len, const char *chunkname) {
  const lx_precompiled *row = precompiled_match(path, src, len);
  return row ? precompiled_load_row(L, row, chunkname) : 0;
}

int precompiled_sandbox_load(lx_sandbox *sb, const char *path, const char *src, size_t len,
                             const char *chunkname, sandbox_error *err) {
  lua_State *L = sandbox_state(sb);
  if (!precompiled_load(L, path, src, len, chunkname)) return sandbox_load(sb, src, len, chunkname, err);
  lua_insert(L, -2);                       /* function env */
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return 1;
}

/* bsearch comparator: a name against a bundled text. */
static int by_text_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_bundled_text *)row)->name);
}

/* The bundled text kept under precompiled_text_name_of(path), or NULL. */
static const lx_bundled_text *text_named(const char *path) {
  return bsearch(precompiled_text_name_of(path), lx_bundled_texts, lx_bundled_text_count, sizeof *lx_bundled_texts,
                 by_text_name);
}

int precompiled_text_is_bundled_file(const char *path) {
  const lx_bundled_text *row = text_named(path);
  return row && infile_same(path, row->source, row->source_len);
}

/*
 * precompile.c -- build tool: compile the bundled rule files, and the rule
 * library, into bytecode that the lexgap executable carries
 * (engine/precompiled.h).
 *
 *   precompile OUT.c FILE... [--texts TEXT...]
 *
 * Each FILE is compiled exactly as the engine compiles a rule file
 * (luaL_loadbufferx, text mode), under the stand-in chunk name
 * PRECOMPILED_NAME_STANDIN, and dumped with its debug information (lua_dump,
 * not stripped: errors name the file and line).  OUT.c receives, per file,
 * its name (the last two components of FILE: "untoc/art05.lua",
 * "lua/lexgap.lua"; two files of one name are refused), its whole source
 * text, the bytecode, and where in the bytecode the stand-in name is written,
 * so that the engine can write the name the file is loaded under in its
 * place; rows sorted by name.  The engine uses the bytecode only for a text
 * byte-identical to the source kept here; any other text is compiled.
 *
 * Each TEXT (an official text of a bundled pack, <pack>/texts/<lang>.lua)
 * is written whole under the last three components of its path
 * ("untoc/texts/fr.lua"), in rows sorted by name: the engine tells a text
 * file byte-identical to it (precompiled_text_is_bundled).
 *
 * A file that does not compile is left out (the engine compiles it and
 * reports the error as for any rule file).  This tool is linked with the
 * same Lua library as the engine, so the bytecode matches the engine's Lua.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "c_literal.h"
#include "precompiled.h"

typedef struct {
  unsigned char *bytes;
  size_t len, cap;
} buffer;

/* lua_Writer: append to a buffer.  Returns 0, or 1 when out of memory. */
static int buffer_write(lua_State *L, const void *p, size_t n, void *ud) {
  (void)L;
  buffer *b = ud;
  if (b->len + n > b->cap) {
    size_t cap = (b->len + n) * 2;
    unsigned char *nb = realloc(b->bytes, cap);
    if (!nb) return 1;
    b->bytes = nb;
    b->cap = cap;
  }
  memcpy(b->bytes + b->len, p, n);
  b->len += n;
  return 0;
}

/* The whole of path into *len bytes (malloc'd), or NULL. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  buffer b = { NULL, 0, 0 };
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (buffer_write(NULL, chunk, n, &b) != 0) { free(b.bytes); fclose(f); return NULL; }
  int bad = ferror(f);
  fclose(f);
  if (bad) { free(b.bytes); return NULL; }
  *len = b.len;
  return b.bytes ? (char *)b.bytes : calloc(1, 1);
}

/* Compile one file and write its arrays (number k) to out; its bytecode
** length and the stand-in's offset into *code_len and *name_at.
** Returns 1 when written, 0 when the file was left out. */
static int write_chunk(lua_State *L, FILE *out, int k, const char *path, size_t *code_len, size_t *name_at) {
  size_t len = 0;
  char *src = read_file(path, &len);
  if (!src) { fprintf(stderr, "precompile: cannot read %s\n", path); return -1; }
  int written = 0;
  if (luaL_loadbufferx(L, src, len, PRECOMPILED_NAME_STANDIN, "t") != LUA_OK) {
    fprintf(stderr, "precompile: %s left out (%s)\n", path, lua_tostring(L, -1));
  } else {
    buffer code = { NULL, 0, 0 };
    unsigned char standin[64];
    size_t nstandin = precompiled_encode_name(PRECOMPILED_NAME_STANDIN, standin, sizeof standin);
    if (lua_dump(L, buffer_write, &code, 0) == 0 && nstandin > 0) {
      /* the stand-in, as dumpString writes it, must occur once */
      unsigned char *at = NULL;
      for (size_t i = 0; i + nstandin <= code.len; i++)
        if (memcmp(code.bytes + i, standin, nstandin) == 0) { if (at) { at = NULL; break; } at = code.bytes + i; }
      if (at) {
        fprintf(out, "static const char source_%d[] =", k);
        write_literal(out, (const unsigned char *)src, len);
        fprintf(out, ";\nstatic const char code_%d[] =", k);
        write_literal(out, code.bytes, code.len);
        fputs(";\n", out);
        *code_len = code.len;
        *name_at = (size_t)(at - code.bytes);
        written = 1;
      } else {
        fprintf(stderr, "precompile: %s left out (the chunk name is not where it was expected)\n", path);
      }
    }
    free(code.bytes);
  }
  lua_settop(L, 0);
  free(src);
  return written;
}

typedef struct {
  const char *name;
  int k;                  /* number of its arrays */
  size_t code_len, name_at;
} row;

static int by_name(const void *a, const void *b) {
  return strcmp(((const row *)a)->name, ((const row *)b)->name);
}

/* Write the bundled texts argv[0..n) (their arrays numbered from k0) and
** their table, rows sorted by name.  Returns 0, or 1 after a message. */
static int write_texts(FILE *out, char **paths, int n, int k0) {
  row *rows = calloc((size_t)n + 1, sizeof *rows);
  if (!rows) { fprintf(stderr, "precompile: out of memory\n"); return 1; }
  for (int i = 0; i < n; i++) {
    size_t len = 0;
    char *src = read_file(paths[i], &len);
    if (!src) { fprintf(stderr, "precompile: cannot read %s\n", paths[i]); free(rows); return 1; }
    fprintf(out, "static const char text_%d[] =", k0 + i);
    write_literal(out, (const unsigned char *)src, len);
    fputs(";\n", out);
    free(src);
    rows[i].name = precompiled_text_name_of(paths[i]);
    rows[i].k = k0 + i;
  }
  qsort(rows, (size_t)n, sizeof *rows, by_name);
  fputs("const lx_bundled_text lx_bundled_texts[] = {\n", out);
  for (int i = 0; i < n; i++) {
    if (i && strcmp(rows[i - 1].name, rows[i].name) == 0) {
      fprintf(stderr, "precompile: two texts named %s\n", rows[i].name);
      free(rows);
      return 1;
    }
    fputs("  {", out);
    write_literal(out, (const unsigned char *)rows[i].name, strlen(rows[i].name));
    fprintf(out, ", text_%d, sizeof text_%d - 1 },\n", rows[i].k, rows[i].k);
  }
  if (!n) fputs("  { \"\", \"\", 0 },\n", out);
  fprintf(out, "};\nconst size_t lx_bundled_text_count = %d;\n", n);
  free(rows);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: precompile OUT.c FILE... [--texts TEXT...]\n"); return 2; }
  const char *outpath = argv[1];
  int nfiles = argc - 2, nrows = 0, ntexts = 0;
  for (int k = 0; k < argc - 2; k++)
    if (strcmp(argv[2 + k], "--texts") == 0) { nfiles = k; ntexts = argc - 3 - k; break; }
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.new", outpath);
  FILE *out = fopen(tmp, "w");
  lua_State *L = luaL_newstate();
  row *rows = calloc((size_t)nfiles + 1, sizeof *rows);
  if (!out || !L || !rows) { fprintf(stderr, "precompile: cannot start\n"); return 1; }
  fprintf(out, "/* Generated by tools/precompile.c from the bundled rule files; do not edit. */\n"
               "#include \"precompiled.h\"\n\n");
  for (int k = 0; k < nfiles; k++) {
    const char *path = argv[2 + k];
    row *r = &rows[nrows];
    r->name = precompiled_name_of(path);
    r->k = k;
    int kept = write_chunk(L, out, k, path, &r->code_len, &r->name_at);
    if (kept < 0) return 1;
    nrows += kept;
  }
  qsort(rows, (size_t)nrows, sizeof *rows, by_name);
  fputs("const lx_precompiled lx_precompiled_chunks[] = {\n", out);
  for (int i = 0; i < nrows; i++) {
    if (i && strcmp(rows[i - 1].name, rows[i].name) == 0) {   /* the engine finds a file by its name */
      fprintf(stderr, "precompile: two files named %s\n", rows[i].name);
      return 1;
    }
    fputs("  {", out);
    write_literal(out, (const unsigned char *)rows[i].name, strlen(rows[i].name));
    fprintf(out, ", source_%d, sizeof source_%d - 1, code_%d, %zu, %zu },\n",
            rows[i].k, rows[i].k, rows[i].k, rows[i].code_len, rows[i].name_at);
  }
  if (!nrows) fputs("  { \"\", \"\", 0, \"\", 0, 0 },\n", out);
  fprintf(out, "};\nconst size_t lx_precompiled_count = %d;\n", nrows);
  if (write_texts(out, argv + 3 + nfiles, ntexts, nfiles) != 0) return 1;
  lua_close(L);
  free(rows);
  if (fclose(out) != 0 || rename(tmp, outpath) != 0) { fprintf(stderr, "precompile: cannot write %s\n", outpath); return 1; }
  return 0;
}

/*
 * precompiled.h -- the bundled rule files and the rule library, compiled
 * into the executable.
 *
 * At build time tools/precompile.c compiles every rule file of the bundled
 * packs, and engine/lua/lexgap.lua, with the engine's Lua and writes, per
 * file, its name (the last two components of its path: "untoc/art05.lua",
 * "lua/lexgap.lua"), its whole source text and its bytecode
 * (build/precompiled_rules.c).  At run time a file whose text, read from
 * disk, is byte-identical to the source kept for its name is loaded from that
 * bytecode instead of being compiled again; any other text (an edited rule,
 * a pack that is not bundled) is compiled from source as before.
 *
 * Trust: the bytecode is part of the executable, as trusted as the
 * executable itself; no binary chunk is ever read from a file (a binary
 * chunk a user could swap is a known sandbox escape).
 */
#ifndef LX_PRECOMPILED_H
#define LX_PRECOMPILED_H

#include <stddef.h>
#include <string.h>

#include <lua.h>

#include "sandbox.h"

typedef struct {
  const char *name;       /* "untoc/art05.lua" (precompiled_name_of) */
  const char *source;     /* the text it was compiled from */
  size_t source_len;
  const char *code;       /* lua_dump of the compiled chunk, debug information kept */
  size_t code_len;
  size_t name_at;         /* offset in code of PRECOMPILED_NAME_STANDIN as dumped */
} lx_precompiled;

/* Generated: the rows sorted by name (strcmp). */
extern const lx_precompiled lx_precompiled_chunks[];
extern const size_t lx_precompiled_count;

/* The chunk name the files are compiled under at build time; the engine
** writes the name a file is loaded under in its place. */
#define PRECOMPILED_NAME_STANDIN "@\001precompiled rule file\001"

/* A chunk name as Lua 5.4's lua_dump writes a string (ldump.c, dumpString):
** its length + 1 as a size (7 bits a byte, most significant first, the last
** byte marked with 0x80), then its bytes.  Writes into out (size bytes);
** returns the bytes written, 0 when they do not fit.  Shared by the build
** tool and the engine, so both write a name the same way. */
static inline size_t precompiled_encode_name(const char *name, unsigned char *out, size_t size) {
  size_t len = strlen(name), ndigits = 1;
  for (size_t n = (len + 1) >> 7; n; n >>= 7) ndigits++;
  if (ndigits + len > size) return 0;
  size_t n = len + 1;
  for (size_t i = ndigits; i-- > 0; n >>= 7)       /* the last byte marked */
    out[i] = (unsigned char)((n & 0x7f) | (i == ndigits - 1 ? 0x80 : 0));
  memcpy(out + ndigits, name, len);
  return ndigits + len;
}

/* The name a file is kept under: the last two components of path
** ("rules/untoc/art05.lua" -> "untoc/art05.lua"); path itself when it has
** fewer.  Shared by the build tool and the engine. */
static inline const char *precompiled_name_of(const char *path) {
  const char *p = path + strlen(path);
  int slashes = 0;
  while (p > path && slashes < 2) if (*--p == '/' && ++slashes == 2) p++;
  return p;
}

/* The official texts of the bundled packs (<pack>/texts/<lang>.lua), kept
** whole so that loading can tell a text file byte-identical to one that
** ships with the executable: such a file is known to load without a
** problem (test_precompiled.c loads every one), so a command that does not
** show the texts need not parse it (texts_load_pack). */
typedef struct {
  const char *name;       /* "untoc/texts/fr.lua" (precompiled_text_name_of) */
  const char *source;
  size_t source_len;
} lx_bundled_text;

/* Generated: the rows sorted by name (strcmp). */
extern const lx_bundled_text lx_bundled_texts[];
extern const size_t lx_bundled_text_count;

/* The name a text file is kept under: the last three components of path
** ("rules/untoc/texts/fr.lua" -> "untoc/texts/fr.lua"), the pack's folder
** included; path itself when it has fewer.  Shared by the build tool and
** the engine. */
static inline const char *precompiled_text_name_of(const char *path) {
  const char *p = path + strlen(path);
  int slashes = 0;
  while (p > path && slashes < 3) if (*--p == '/' && ++slashes == 3) p++;
  return p;
}

/* 1 when the file at path is byte-identical to the bundled text kept under
** precompiled_text_name_of(path), compared as it is read (infile_same: no
** copy of it made); else 0, also when it cannot be read. */
int precompiled_text_is_bundled_file(const char *path);

/* The row of the rule file at path (precompiled_name_of(path) names it) when
** src (len bytes, the text read from path) is byte-identical to the text it
** was compiled from; else NULL. */
const lx_precompiled *precompiled_match(const char *path, const char *src, size_t len);

/* precompiled_match for the file at path itself, compared as it is read
** (infile_same: no copy of it made); NULL also when it cannot be read. */
const lx_precompiled *precompiled_match_file(const char *path);

/* [-0, +1 or +0] Push, as a function, the chunk of row (precompiled_match),
** its chunk name chunkname ("@path").  Returns 1 when pushed; 0 when nothing
** was pushed (a Lua that reads another format), and its source must be
** compiled. */
int precompiled_load_row(lua_State *L, const lx_precompiled *row, const char *chunkname);

/* [-0, +1 or +0] Push, as a function, the precompiled chunk of the rule file
** at path (precompiled_name_of(path) names it) when src
** (len bytes, the text read from path) is byte-identical to the text it was
** compiled from; its chunk name, in errors and debug information, is
** chunkname ("@path"), as if compiled from src.  Returns 1 when pushed; 0
** when nothing was pushed, and src must be compiled from source. */
int precompiled_load(lua_State *L, const char *path, const char *src, size_t len, const char *chunkname);

/* [-1, +1] sandbox_load (sandbox.h) for the file at path: its function, with
** the environment on top of the stack as its _ENV, from the bytecode when
** precompiled_load serves it, else compiled from src.  Returns 1 (bytecode),
** 0 (compiled), or -1 with err filled and the environment popped (a syntax
** error). */
int precompiled_sandbox_load(lx_sandbox *sb, const char *path, const char *src, size_t len,
                             const char *chunkname, sandbox_error *err);

#endif

/*
 * declarations.h -- what the bundled rule files declare, taken at build
 * time, so that loading need not run a file's top level to know it.
 *
 * At build time tools/declare.c loads the bundled packs with the engine's
 * own loader (every file run, as without this snapshot) and writes, for each
 * rule file that loaded without any problem or warning, every field of every
 * obligation { ... } and not_encoded { ... } it declared, in order
 * (build/declarations_snapshot.c), and each pack's instrument.lua whole.
 *
 * A rule file's declarations come from the snapshot only when everything
 * they were made from is what loading would read now:
 *   - the file's text is byte-identical to the bundled source
 *     (precompiled_match, precompiled.h: the same text the bytecode is
 *     used for);
 *   - its pack's instrument.lua is byte-identical to the one the snapshot
 *     was made with (the declaration reads the pack's id, kind and review
 *     clusters);
 *   - every fact the file names is still a path of the profile model
 *     (schema_has_path: the only thing a declaration reads of the schema;
 *     declarations_fact, checked once for every file; not at all while the
 *     model is the built-in one they were checked against at build time,
 *     lx_declared_facts_in_bundled_model);
 *   - the rule library is the executable's own (built with it).
 * Anything else (an edited file, another pack, a changed descriptor, a
 * schema without one of the facts) runs the file as before.  The file's
 * top level still runs before any of its checks is called
 * (ruleset_run_deferred, rules.h), under the same sandbox and budgets, and
 * gives each obligation its check function; a file whose pack binds no
 * State of an assessment never runs.
 */
#ifndef LX_DECLARATIONS_H
#define LX_DECLARATIONS_H

#include <stddef.h>

/* One obligation { ... } as the loader recorded it (rules.h, lx_rule). */
typedef struct {
  const char *id, *ref, *clause;       /* NULL when absent */
  int level;                           /* lx_level */
  const char *title[3];                /* en, fr, es */
  const char *category;
  int cluster;
  const char *text[3];
  const char *const *depends; int ndepends;
  const char *const *covers; int ncovers;
  const char *const *serves; int nserves;   /* the twin included, as the loader adds it */
  const char *const *facts; int nfacts;
  int good_practice;
  const char *note, *twin;
  int line;
} lx_declared_obligation;

/* One not_encoded { ... }. */
typedef struct {
  const char *ref;
  const char *reason_en, *reason_fr;
  int line;
} lx_declared_not_encoded;

/* A rule file: its declarations in the order it made them. */
typedef struct {
  const char *name;                    /* "untoc/art05.lua" (precompiled_name_of) */
  const lx_declared_obligation *obligations; size_t nobligations;
  const lx_declared_not_encoded *not_encoded; size_t nnot_encoded;
} lx_declared_file;

/* A pack's descriptor the snapshot was made with. */
typedef struct {
  const char *name;                    /* "untoc/instrument.lua" */
  const char *source; size_t source_len;
} lx_declared_descriptor;

/* The snapshot as generated (build/declarations_snapshot.c): without a
** pointer, so that the executable's copy needs no relocation at start (its
** pages stay clean, shared with every other lexgap running).  A string is
** an offset into lx_declared_bytes (each NUL-terminated), or -1 for NULL; a
** list is its first item in lx_packed_items (each a string's offset) and
** its length; a file's declarations are ranges of the obligations and
** omissions.  declarations_files() makes the form above from it. */
typedef struct {
  int id, ref, clause;
  int level;
  int title[3];
  int category;
  int cluster;
  int text[3];
  int depends, ndepends, covers, ncovers, serves, nserves, facts, nfacts;
  int good_practice;
  int note, twin;
  int line;
} lx_packed_obligation;

typedef struct {
  int ref, reason_en, reason_fr;
  int line;
} lx_packed_not_encoded;

typedef struct {
  int name;
  int obligations, nobligations;       /* lx_packed_obligations[obligations..] */
  int not_encoded, nnot_encoded;       /* lx_packed_omissions[not_encoded..] */
} lx_packed_file;

/* Generated; files sorted by name (strcmp).  The build tool itself links an
** empty snapshot (tools/declarations_none.c). */
extern const char lx_declared_bytes[];
extern const lx_packed_obligation lx_packed_obligations[];
extern const int lx_packed_items[];
extern const lx_packed_not_encoded lx_packed_omissions[];
extern const lx_packed_file lx_packed_files[];
extern const size_t lx_declared_file_count;
extern const lx_declared_descriptor lx_declared_descriptors[];
extern const size_t lx_declared_descriptor_count;

/* Every fact the declared obligations name, each once (offsets): the facts
** lists name these very strings. */
extern const int lx_packed_facts[];
extern const size_t lx_declared_fact_count;

/* The snapshot's files, lx_declared_file_count of them sorted by name, made
** from the packed form at the first call and kept, never changed or freed,
** for the rest of the process (their strings are lx_declared_bytes'; the
** facts lists point to the strings declarations_fact gives); NULL when
** memory runs out (every file then runs). */
const lx_declared_file *declarations_files(void);

/* Fact i (below lx_declared_fact_count) of the snapshot. */
const char *declarations_fact(size_t i);

/* 1 when the build tool, running the files against the built-in profile
** model (schema_bundled.h: the same build's rules/schema.lua and
** rules/schema/), found every one of the facts to be a path of it:
** while that model is the one in use, they need no check at load. */
extern const int lx_declared_facts_in_bundled_model;

/* The snapshot of the rule file at path (by precompiled_name_of(path)), or
** NULL.  The caller has checked that the file's text is the bundled one. */
const lx_declared_file *declarations_of(const char *path);

/* 1 when src (len bytes, read from the instrument.lua at path) is the
** descriptor the snapshot was made with; else 0. */
int declarations_descriptor_matches(const char *path, const char *src, size_t len);

#endif

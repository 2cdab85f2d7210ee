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
 *     lx_declared_facts, checked once for every file; not at all while the
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

/* Generated (build/declarations_snapshot.c); rows sorted by name (strcmp).
** The build tool itself links an empty snapshot (tools/declarations_none.c). */
extern const lx_declared_file lx_declared_files[];
extern const size_t lx_declared_file_count;
extern const lx_declared_descriptor lx_declared_descriptors[];
extern const size_t lx_declared_descriptor_count;

/* Every fact the declared obligations name, each once: the facts lists of
** lx_declared_obligation point to these very strings. */
extern const char *const lx_declared_facts[];
extern const size_t lx_declared_fact_count;

/* 1 when the build tool, running the files against the built-in profile
** model (schema_bundled.h: the same build's rules/schema.lua and
** rules/schema/), found every one of lx_declared_facts to be a path of it:
** while that model is the one in use, they need no check at load. */
extern const int lx_declared_facts_in_bundled_model;

/* The snapshot of the rule file at path (by precompiled_name_of(path)), or
** NULL.  The caller has checked that the file's text is the bundled one. */
const lx_declared_file *declarations_of(const char *path);

/* 1 when src (len bytes, read from the instrument.lua at path) is the
** descriptor the snapshot was made with; else 0. */
int declarations_descriptor_matches(const char *path, const char *src, size_t len);

#endif

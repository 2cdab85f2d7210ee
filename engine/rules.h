/*
 * rules.h -- rule packs: instruments, obligations, dependency order.
 *
 * A rules directory holds schema.lua (the profile model) and one folder per
 * instrument, a pack: <id>/instrument.lua (its presence makes a folder a pack) (a data file describing the instrument)
 * and rule files (the other .lua files of <id>/, Lua code run in the sandbox) that declare
 * obligations with obligation { ... }.  Tests live in <id>/tests/; the
 * official text in <id>/texts/<lang>.lua (texts.h), and <id>/levels.lua is
 * data for `lexgap coverage`, not a rule file.
 *
 * Loading never stops at a bad rule: a file that fails to compile or run, or
 * a declaration that is malformed, duplicated, depends on an unknown
 * obligation or sits in a dependency cycle, is kept as an invalid rule whose
 * evaluation yields an `error` finding naming the file and line.
 */
#ifndef LX_RULES_H
#define LX_RULES_H

#include <stddef.h>

#include "data.h"
#include "declarations.h"
#include "diag.h"
#include "lx.h"
#include "precompiled.h"
#include "sandbox.h"
#include "texts.h"

/* Text in the languages a rule or instrument provides; NULL when absent. */
typedef struct {
  char *en, *fr, *es;
} lx_text;

/* The text in lang, else English, else French, else Spanish; sets *used_lang. */
const char *lx_text_get(const lx_text *t, const char *lang, const char **used_lang);

typedef struct {
  char *id;               /* canonical reference, or ref#clause */
  char *ref;              /* canonical provision reference */
  char *clause;           /* NULL, or the clause id within the provision */
  char *instrument;       /* the instrument id (prefix of ref) */
  lx_level level;
  lx_text title;
  char *category;
  int cluster;            /* 0 when the instrument has no review clusters */
  lx_text text;           /* the provision's words */
  char **depends; int ndepends;
  char **covers; int ncovers;
  char **serves; int nserves;   /* obligations of other instruments this one serves ("untoc:18.13") */
  int good_practice;            /* declared by a soft-law pack: reported as good practice */
  char **facts; int nfacts;
  char *note;
  char *twin;             /* NULL, or the id of the same duty in another instrument
                          ** ("untoc:13.1"), whose finding reports show beside it */
  char *file;             /* rule file, as given to the loader */
  int line;               /* line of the declaration */
  int check_ref;          /* registry reference of the check function */
  int account;            /* the sandbox memory account of its rule file */
  char *invalid;          /* NULL, or why this rule cannot be evaluated */
  int *dep_index;         /* indexes (in ruleset order) of the dependencies */
  int seq;                /* order of declaration across the rule set */
  int borrowed;           /* 1: its declared strings and lists (id to twin, not
                          ** file, invalid) are the executable's snapshot's
                          ** (declarations.h): read-only, never freed; its
                          ** instrument is its instrument's id (lx_instrument),
                          ** freed with the rule set */
} lx_rule;

typedef struct {
  char *id;
  lx_text title;
  lx_text short_name;     /* "UNTOC" */
  char *kind;             /* "treaty", "eu_directive", "soft_law" */
  char *in_force;         /* general entry into force, or NULL (not in force) */
  int days_after_deposit; /* treaty: entry into force for a State after its deposit */
  int denunciation_years; /* treaty: years from notification to effect */
  char *deadline;         /* EU directive: transposition deadline */
  char **not_bound; int nnot_bound;   /* EU directive: States that do not take part */
  const data_value *eu_members; /* EU directive: <rules>/eu-members.lua (owned by the ruleset), or NULL */
  data_value *clusters;   /* cluster number -> { en, fr } titles, or NULL */
  data_value *raw;        /* the whole descriptor */
  char *file;
} lx_instrument;

/* A provision a pack deliberately does not encode (a definition, a saving
** clause...), declared with not_encoded { ref = ..., reason = { en, fr } }. */
typedef struct {
  char *ref;
  lx_text reason;
  char *file;
  int line;
} lx_not_encoded;

/* A rule file whose declarations came from the executable's snapshot
** (declarations.h) and whose top level has not run yet: its obligations are
** declared, without check functions, until ruleset_run_deferred runs it. */
typedef struct {
  char *path;                        /* as given to the loader */
  size_t instrument;                 /* its pack, an index of rs->instruments */
  const lx_precompiled *bundled;     /* its text and bytecode (byte-identical to the file read) */
  const lx_declared_file *declared;
  int first_seq;                     /* its obligations' seq: first_seq .. + declared->nobligations */
} lx_deferred_file;

typedef struct {
  lx_rule *rules;         /* in evaluation order: dependencies first */
  size_t n;
  lx_instrument *instruments;
  size_t ninstruments;
  lx_not_encoded *not_encoded;
  size_t nnot_encoded;
  data_value *schema;
  data_value *eu_members; /* <dir>/eu-members.lua: Member States and their dates, or NULL */
  int schema_ref;         /* the schema as Lua tables, in the registry (LUA_NOREF if not loaded) */
  int facts_ref;          /* { [fact] = true } for every top-level fact (no dot) a rule of the set
                          ** lists in its `facts`, in the registry (LUA_NOREF if not made):
                          ** lx._begin's last argument */
  char *dir;
  char *schema_file;
  lx_texts *texts;        /* official texts, <pack>/texts/<lang>.lua (texts.h) */
  size_t ntexts;
  char **packs;           /* ids of every pack present (loaded or not), sorted */
  size_t npacks;
  size_t nprecompiled;    /* rule files loaded from the executable's bytecode (precompiled.h) */
  size_t ndeclared;       /* rule files declared from the executable's snapshot (declarations.h) */
  int snapshot_facts;     /* 0: not yet checked; 1: every fact of the snapshot is a path of
                          ** the schema; 2: some is not (each file's are then checked) */
  lx_deferred_file *deferred;   /* those not run yet, in loading order */
  size_t ndeferred;
  struct lx_descriptors *descriptors;   /* other instruments' descriptors read on request
                                           (ruleset_descriptor), and the Member States read
                                           for them; NULL: none can be read (out of memory) */
} lx_ruleset;

/* Load every pack of dir (or only the instruments named) into sb.  Problems
** that prevent loading at all (no such directory, unknown instrument, bad
** schema or instrument descriptor) go to diags and make it return -1; problems
** with single rules make invalid rules and are also listed in diags.  The
** ruleset must be freed with ruleset_free even on failure. */
int ruleset_load(lx_ruleset *rs, lx_sandbox *sb, const char *dir,
                 const char *const *only, int nonly, diag_list *diags);

/* The same, where dir may also be a folder of packs without a schema, or
** one pack folder (it holds instrument.lua; its parent becomes rs->dir and
** only that pack is loaded): the profile model then comes from
** default_schema_dir (NULL: none).  An instrument of `only` that has no pack
** is reported with the ids of the packs present. */
int ruleset_load_packs(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                       const char *const *only, int nonly, diag_list *diags);

/* ruleset_load_packs for a command that never shows the official texts
** (assess, rules, test...): they are checked as ruleset_load_packs checks
** them, and refused the same way, but not kept (rs->texts stays empty, so
** the texts lookups below find nothing), and a text byte-identical to the
** bundled one is not parsed (texts_load_pack with keep 0). */
int ruleset_load_packs_texts_checked(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                                     const char *const *only, int nonly, diag_list *diags);

/* ruleset_load_packs (keep_texts 1) or ruleset_load_packs_texts_checked
** (0), except that a rule file the executable's snapshot declares
** (declarations.h) is not run: its obligations are declared from the
** snapshot, in the same order and with the same fields, and have no check
** function until ruleset_run_deferred runs the files of their pack.  For
** `assess`, which runs only the packs that may bind a profile it assesses,
** and the commands that show declarations only. */
int ruleset_load_packs_deferring(lx_ruleset *rs, lx_sandbox *sb, const char *dir, const char *default_schema_dir,
                                 const char *const *only, int nonly, int keep_texts, diag_list *diags);

/* 1 when rule files of instrument k (an index of rs->instruments) wait to
** be run; else 0. */
int ruleset_pack_deferred(const lx_ruleset *rs, size_t k);

/* Run the waiting rule files of instrument k, as loading runs a rule file
** (a fresh environment, its own memory account, the same budgets), giving
** each of their obligations its check function.  A file that fails (it
** cannot when its text is the bundled one) makes its obligations invalid,
** listed in diags.  Returns the number of files run. */
int ruleset_run_deferred(lx_ruleset *rs, lx_sandbox *sb, size_t k, diag_list *diags);

void ruleset_free(lx_ruleset *rs, lx_sandbox *sb);

const lx_instrument *ruleset_instrument(const lx_ruleset *rs, const char *id);

/* The descriptor of instrument id, whether or not its rules were loaded:
** the rule set's own when its pack is loaded (ruleset_instrument), else the
** one <rs->dir>/<id>/instrument.lua holds (a pack present but not asked
** for, as `--instrument untoc-wg` leaves UNTOC's; or the sibling of a
** single pack folder given as --rules), read and checked as loading reads
** a descriptor at the first request and kept with the rule set, at the
** address returned, until ruleset_free (a failure too: the file is read
** once; an id with no descriptor file is looked for once, for the first
** 256 such ids).  NULL when id names no pack folder with a descriptor, or
** its descriptor cannot be read or fails the checks; why (size bytes, may
** be NULL) then says which.  For a rule that asks whether the State is
** bound by another instrument (evaluate.c); an EU directive's descriptor
** read here has the Member States a set loading it would have
** (<rs->dir>/eu-members.lua, else the default rules' file): the rule set's
** when it loaded them, else read then, once (a file that cannot be read
** makes the descriptor's answer NULL); none when there is no such file
** (the profile's state.eu_member alone then decides). */
const lx_instrument *ruleset_descriptor(const lx_ruleset *rs, const char *id, char *why, size_t size);
/* Index of the rule with this id, or -1. */
int ruleset_find(const lx_ruleset *rs, const char *id);

/* Sort v[0..n-1] by cmp, a strict total order on its elements, as a natural
** merge sort (the runs already in order merged): about n comparisons for a
** few runs (rules.c). */
void lx_sort_runs(size_t *v, size_t n, int (*cmp)(const void *, const void *));

/* Order two canonical references the way the instrument reads: article
** numbers numerically, then paragraphs, letters... */
int lx_ref_compare(const char *a, const char *b);

/* The article part of a reference: "untoc:5.1.a" -> "5" (into out). */
void lx_ref_article(const char *ref, char *out, size_t size);

/* The reference as lawyers write it: "UNTOC art. 5(1)(a)(ii)" (en) or
** "CTO, art. 5, par. 1, a) ii)" (fr). */
void lx_ref_display(const lx_ruleset *rs, const char *ref, const char *lang, char *out, size_t size);

/* Official texts (defined in texts.c).  The texts of an instrument in one
** language, or NULL. */
const lx_texts *ruleset_texts(const lx_ruleset *rs, const char *instrument, const char *lang);
/* The official words of provision ref (a paragraph's chapeau) in lang, else
** in English, French, Spanish: *used_lang (may be NULL) receives the
** language found.  NULL when no text of the pack holds ref. */
const char *ruleset_provision_text(const lx_ruleset *rs, const char *ref, const char *lang,
                                   const char **used_lang);
/* The title of the article of ref, with the same fallback. */
const char *ruleset_article_title(const lx_ruleset *rs, const char *ref, const char *lang,
                                  const char **used_lang);

#endif

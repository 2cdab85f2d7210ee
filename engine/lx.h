/*
 * lx.h -- vocabulary shared by every layer of the lexgap engine.
 *
 * The pipeline, one file per stage:
 *   data.c      read Lua-syntax data files (profiles, schema, test cases)
 *   schema.c    validate a profile against rules/schema.lua
 *   profile.c   load a profile: parse, validate, extract party status
 *   sandbox.c   the Lua state rules run in: allow-listed libraries, budgets
 *   rules.c     load rule packs, validate declarations, order by dependency
 *   applicability.c  is the State bound by an obligation at the as-of date?
 *   evaluate.c  run the obligations against a profile -> findings
 *   report_*.c  text, Markdown and JSON reports
 *   ruletest.c  the rule packs' own test cases (`lexgap test`)
 *   main.c      the command line
 */
#ifndef LX_H
#define LX_H

#define LX_VERSION "0.1.0"

/* Status of a finding (shared/DOMAIN.md section 3). */
typedef enum {
  LX_MET,
  LX_PARTLY_MET,
  LX_NOT_MET,
  LX_UNKNOWN,
  LX_NOT_APPLICABLE,
  LX_ERROR,
  LX_NSTATUS
} lx_status;

/* Deontic level of an obligation (shared/DOMAIN.md section 2). */
typedef enum {
  LX_MANDATORY,
  LX_CONSIDER,
  LX_ENDEAVOUR,
  LX_OPTIONAL,
  LX_NLEVEL
} lx_level;

/* Names as they appear in rule files, JSON and test cases. */
const char *lx_status_name(lx_status s);
const char *lx_level_name(lx_level l);
/* Parse a name; return -1 when it is not one. */
int lx_status_parse(const char *name);
int lx_level_parse(const char *name);

/* A finding is a gap only when a mandatory obligation is not met or only
** partly met; every other combination is reported in its own terms. */
int lx_is_gap(lx_level level, lx_status status);

/* Levenshtein distance between two short strings, capped at 'cap' + 1 (used
** for "did you mean" suggestions). */
int lx_edit_distance(const char *a, const char *b, int cap);

/* The closest of n candidates to 'word' within a distance that makes the
** suggestion plausible, or NULL. */
const char *lx_suggest(const char *word, const char *const *candidates, int n);

#endif

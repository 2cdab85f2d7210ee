/*
 * cli_store.c -- the commands of the assessment store (store.h):
 *
 *   lexgap assess ... --save     (the saving half lives here: cli_save)
 *   lexgap history [STATE]       the runs of a State
 *   lexgap diff RUN RUN          what changed between two runs
 *   lexgap matrix                States by article or obligation
 *   lexgap search TEXT...        the provisions of the instruments
 *   lexgap show RUN...           a saved report again
 *
 * A RUN is a run id ("12"), a State code for its latest run ("FRA"), or
 * "FRA~1" for the run before it.  docs/store.md shows each command.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <getopt.h>

#include "cli.h"
#include "json_writer.h"
#include "report.h"
#include "store.h"
#include "strbuf.h"

/* ---------------------------------------------------------------------- */
/* Shared                                                                  */
/* ---------------------------------------------------------------------- */

/* Open the database of o (--db, LEXGAP_DB, the default); prints why not. */
static int open_store(const char *cmd, const options *o, store_mode mode, lx_store **st) {
  char path[PATH_MAX];
  store_error err;
  *st = NULL;
  if (store_path(o->db, path, sizeof path, &err) != 0 || store_open(st, path, mode, &err) != 0) {
    diag_printf(stderr, "lexgap %s: %.*s\n", cmd, (int)sizeof err.message, err.message);
    return -1;
  }
  return 0;
}

static int resolve(const char *cmd, lx_store *st, const char *spec, long long *id) {
  store_error err;
  if (store_resolve_run(st, spec, id, &err) != 0) {
    diag_printf(stderr, "lexgap %s: %.*s\n", cmd, (int)sizeof err.message, err.message);
    return -1;
  }
  return 0;
}

static const char *short12(const char *hash, char *buf) {
  snprintf(buf, 13, "%s", hash);
  return buf;
}

/* The members that describe a saved run (history, diff and matrix give
** them alike), written into the object w has open. */
static void run_info_members(json_writer *w, const store_run_info *r) {
  jw_int(w, "run", r->id);
  jw_string(w, "saved", r->created);
  jw_string(w, "as_of", r->as_of);
  jw_string(w, "lexgap_version", r->engine);
  jw_string_or_null(w, "state_code", r->state_code);
  jw_string_or_null(w, "state_name", r->state_name);
  jw_string_or_null(w, "profile_file", r->profile_file);
  jw_string(w, "profile_hash", r->profile_hash);
  jw_string_or_null(w, "rules_dir", r->rules_dir);
  jw_string(w, "ruleset_hash", r->ruleset_hash);
  jw_bool(w, "prospective", r->prospective);
  jw_int(w, "findings", r->nfindings);
  jw_int(w, "gaps", r->gaps);
  jw_object(w, "by_status");
  for (int k = 0; k < LX_NSTATUS; k++) jw_int(w, lx_status_name((lx_status)k), r->by_status[k]);
  jw_end(w);
  jw_string(w, "ratings", r->ratings);
}

/* A saved run as an object: its members (run_info_members). */
static void run_info_json(json_writer *w, const char *key, const store_run_info *r) {
  jw_object(w, key);
  run_info_members(w, r);
  jw_end(w);
}

/* End the document b holds with a line break and write it to standard
** output; frees b.  0, or -1 if out of memory or on a write error. */
static int finish_json(strbuf *b) {
  sb_putc(b, '\n');
  int rc = jw_flush(b, stdout);
  sb_free(b);
  fflush(stdout);
  return rc != 0 || ferror(stdout) ? -1 : 0;
}

/* Text shown on a terminal: control characters become '?'. */
static void clean(const char *s, char *out, size_t size) {
  size_t n = 0;
  for (; s && *s && n + 1 < size; s++) {
    unsigned char c = (unsigned char)*s;
    out[n++] = (c < 0x20 || c == 0x7f) ? (c == '\n' || c == '\t' ? ' ' : '?') : *s;
  }
  out[n] = '\0';
}

/* ---------------------------------------------------------------------- */
/* Saving (assess --save)                                                  */
/* ---------------------------------------------------------------------- */

void cli_progress_init(cli_progress *p, size_t total) {
  const char *force = getenv("LEXGAP_PROGRESS");     /* "always": for tests without a terminal */
  p->on = total > 1 && (isatty(STDERR_FILENO) || (force && strcmp(force, "always") == 0));
  p->width = 30;
}

void cli_progress_step(cli_progress *p, const char *label, size_t done, size_t total) {
  if (!p->on || total == 0) return;
  size_t fill = done * p->width / total;
  char bar[64];
  for (size_t i = 0; i < p->width && i < sizeof bar - 1; i++) bar[i] = i < fill ? '#' : '.';
  bar[p->width < sizeof bar ? p->width : sizeof bar - 1] = '\0';
  diag_printf(stderr, "\r%-10s [%s] %zu/%zu", label, bar, done, total);
  fflush(stderr);
}

void cli_progress_end(cli_progress *p) {
  if (!p->on) return;
  diag_printf(stderr, "\r%*s\r", 60, "");
  fflush(stderr);
}

static void save_progress(void *ctx, size_t done, size_t total) {
  cli_progress_step(ctx, "saving", done, total);
}

/* A batch of two runs or more is staged (store_batch) and saved at the end,
** after the report: the lines said on stderr (saved, or why not) come then.
** A batch of one, the commonest (`assess X --save`), is saved as soon as it
** is assessed, straight into the store (store_save), with no staging: the
** same transaction, checks and rows; its line is said at once, before its
** report is written, so that a run saved is never left unsaid. */
typedef enum {
  ONE_NOT_ASSESSED,             /* the run was not assessed (why is said): nothing saved */
  ONE_SAVED,                    /* saved, and said */
  ONE_NOT_SAVED                 /* not saved, and why said */
} one_outcome;

struct cli_saving {
  const options *o;             /* where to save (o->db) */
  store_batch *batch;           /* two runs or more: NULL when it could not be made, or a run not staged */
  store_error err;              /* why */
  size_t total, n;              /* runs expected, staged (or, for one, saved) */
  char **codes;                 /* the State code of each run staged, for "saved run N" */
  char as_of[16];               /* the batch's assessment date */
  one_outcome one;              /* a batch of one: what came of its save */
};

int cli_save_check_path(const options *o) {
  char path[PATH_MAX];
  store_error err;
  if (store_path(o->db, path, sizeof path, &err) == 0 && store_check_path(path, &err) == 0) return 0;
  diag_printf(stderr, "lexgap assess: %.*s\n", (int)sizeof err.message, err.message);
  diag_printf(stderr, "lexgap assess: nothing was assessed or saved\n");
  return -1;
}

cli_saving *cli_save_begin(size_t total, const options *o) {
  cli_saving *s = calloc(1, sizeof *s);
  if (s) s->codes = calloc(total ? total : 1, sizeof *s->codes);
  if (!s || !s->codes) {
    free(s);
    diag_printf(stderr, "lexgap assess: out of memory\n");
    return NULL;
  }
  s->o = o;
  s->total = total;
  if (total > 1 && store_batch_begin(&s->batch, &s->err) != 0) s->batch = NULL;
  return s;
}

/* Say that nothing was saved, after why when e is not NULL (when it is,
** why was said already). */
static void say_nothing_saved(const store_error *e) {
  if (e) diag_printf(stderr, "lexgap assess: %.*s\n", (int)sizeof e->message, e->message);
  diag_printf(stderr, "lexgap assess: nothing was saved (the database is as it was)\n");
}

/* The run of a batch of one, saved at once, and what came of it said. */
static void save_one(cli_saving *s, const store_item *it, const char *code) {
  lx_store *st = NULL;
  long long id;
  s->one = ONE_NOT_SAVED;
  if (open_store("assess", s->o, STORE_WRITE, &st) != 0) say_nothing_saved(NULL);   /* why is said */
  else if (store_save(st, it, 1, NULL, &id, NULL, NULL, &s->err) != 0) say_nothing_saved(&s->err);
  else {
    diag_printf(stderr, "lexgap assess: saved run %lld (%s, as of %s) in %s\n", id, code, it->a->as_of,
                store_filename(st));
    s->one = ONE_SAVED;
    s->n = 1;
  }
  fflush(stderr);
  store_close(st);
}

void cli_save_add(cli_saving *s, const lx_assessment *a, const char *src, size_t len, int prospective) {
  store_item it = { a, src, len, prospective };
  const char *code = a->profile->state_code ? a->profile->state_code : "?";
  if (s->total == 1) {
    if (s->one == ONE_NOT_ASSESSED) save_one(s, &it, code);
    return;
  }
  if (!s->batch || s->n == s->total) return;
  if (!(s->codes[s->n] = strdup(code))) {
    snprintf(s->err.message, sizeof s->err.message, "out of memory");
  } else if (store_batch_add(s->batch, &it, &s->err) == 0) {
    if (s->n == 0) snprintf(s->as_of, sizeof s->as_of, "%s", a->as_of);
    s->n++;
    return;
  }
  store_batch_free(s->batch);    /* nothing more to stage: the batch cannot be saved */
  s->batch = NULL;
}

int cli_save_end(cli_saving *s) {
  if (!s) return -1;
  lx_store *st = NULL;
  long long *ids = NULL;
  int rc = -1;
  if (s->total == 1) {
    if (s->one == ONE_NOT_ASSESSED) say_nothing_saved(NULL);   /* why is said */
    rc = s->one == ONE_SAVED ? 0 : -1;
  } else if (!s->batch) {
    say_nothing_saved(&s->err);
  } else if (s->n < s->total) {
    say_nothing_saved(NULL);   /* the batch stopped: why is said */
  } else if (!(ids = calloc(s->n + 1, sizeof *ids))) {
    diag_printf(stderr, "lexgap assess: out of memory\n");
    say_nothing_saved(NULL);
  } else if (open_store("assess", s->o, STORE_WRITE, &st) != 0) {
    say_nothing_saved(NULL);   /* why is said */
  } else {
    cli_progress prog;
    cli_progress_init(&prog, s->n);
    rc = store_batch_commit(s->batch, st, NULL, ids, save_progress, &prog, &s->err);
    cli_progress_end(&prog);
    if (rc != 0) say_nothing_saved(&s->err);
    for (size_t i = 0; rc == 0 && i < s->n; i++)
      diag_printf(stderr, "lexgap assess: saved run %lld (%s, as of %s) in %s\n", ids[i], s->codes[i], s->as_of,
                  store_filename(st));
  }
  store_close(st);
  store_batch_free(s->batch);
  for (size_t i = 0; i < s->total; i++) free(s->codes[i]);
  free(s->codes);
  free(ids);
  free(s);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* history                                                                 */
/* ---------------------------------------------------------------------- */

static void usage_history(FILE *f) {
  fprintf(f,
    "usage: lexgap history [options] [STATE]\n"
    "\n"
    "List the saved runs of a State (its code, e.g. FRA), oldest first, or of\n"
    "every State: when each was saved, the as-of date, the rule set (the first\n"
    "12 digits of its hash), the number of findings, of gaps, of each status,\n"
    "and the instrument ratings with how much they rest on (articles rated and\n"
    "obligations settled; \"provisional\" or \"withheld\": see docs/ratings.md).\n"
    "\n"
    "options:\n"
    "  --db FILE       the database (default: $LEXGAP_DB, else\n"
    "                  $XDG_DATA_HOME/lexgap/lexgap.db, else ~/.local/share/lexgap/lexgap.db;\n"
    "                  FILE is a file's path, never a URI; an empty one is refused)\n"
    "  --format FMT    text (default) or json\n"
    "  -h, --help      this help\n");
}

int cmd_history(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("history", argc, argv, &o, usage_history);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (argc - optind > 1) { diag_printf(stderr, "lexgap history: give at most one State\n"); return EXIT_FAIL; }
  const char *state = optind < argc ? argv[optind] : NULL;
  lx_store *st = NULL;
  store_run_info *runs = NULL;
  size_t n = 0;
  store_error err;
  int rc = EXIT_OK;
  if (open_store("history", &o, STORE_READ, &st) != 0) return EXIT_FAIL;
  if (store_runs(st, state, &runs, &n, &err) != 0) {
    diag_printf(stderr, "lexgap history: %.*s\n", (int)sizeof err.message, err.message);
    rc = EXIT_FAIL;
    goto done;
  }
  if (n == 0 && state) {
    diag_printf(stderr, "lexgap history: no run saved for '%s' in %s\n", state, store_filename(st));
    rc = EXIT_FAIL;
    goto done;
  }
  if (strcmp(o.format, "json") == 0) {
    strbuf b;
    json_writer w;
    sb_init(&b);
    jw_init(&w, &b, 0);
    jw_object(&w, NULL);
    jw_string(&w, "database", store_filename(st));
    jw_array(&w, "runs");
    for (size_t i = 0; i < n; i++) run_info_json(&w, NULL, &runs[i]);
    jw_end(&w);
    jw_end(&w);
    if (finish_json(&b) != 0) rc = EXIT_FAIL;
    goto done;
  }
  char name[256];
  if (state && n) {
    clean(runs[0].state_name, name, sizeof name);
    printf("Runs of %s (%s) in %s\n\n", name, runs[0].state_code, store_filename(st));
  } else {
    printf("Runs in %s\n\n", store_filename(st));
  }
  printf("%5s  %-5s  %-20s  %-10s  %-12s  %8s  %4s  %4s  %6s  %7s  %7s  %4s  %5s  %s\n", "run", "state", "saved (UTC)",
         "as of", "rules", "findings", "gaps", "met", "partly", "not met", "unknown", "n/a", "error", "ratings");
  for (size_t i = 0; i < n; i++) {
    const store_run_info *r = &runs[i];
    char h[13], code[16];
    clean(r->state_code, code, sizeof code);
    printf("%5lld  %-5s  %-20s  %-10s  %-12s  %8d  %4d  %4d  %6d  %7d  %7d  %4d  %5d  %s\n", r->id, code, r->created,
           r->as_of, short12(r->ruleset_hash, h), r->nfindings, r->gaps, r->by_status[LX_MET],
           r->by_status[LX_PARTLY_MET], r->by_status[LX_NOT_MET], r->by_status[LX_UNKNOWN],
           r->by_status[LX_NOT_APPLICABLE], r->by_status[LX_ERROR], r->ratings[0] ? r->ratings : "-");
  }
  if (n == 0) printf("(no run saved yet)\n");
done:
  store_run_infos_free(runs, n);
  store_close(st);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* diff                                                                    */
/* ---------------------------------------------------------------------- */

static void usage_diff(FILE *f) {
  fprintf(f,
    "usage: lexgap diff [options] RUN RUN\n"
    "\n"
    "What changed from the first run to the second (one State over time, or two\n"
    "States): both runs' ratings; gaps closed and new gaps (obligations applicable\n"
    "in both runs); obligations no longer or newly applicable (not yet or no\n"
    "longer bound at an as-of date, a reservation: never counted as gaps closed);\n"
    "changes that come with a rule's level; other status changes, each with the\n"
    "reasons given then and now; findings only one run has; and, when the rule\n"
    "sets differ, the rules added, removed or whose level changed.\n"
    "\n"
    "RUN is a run id (see lexgap history), a State code for its last saved run\n"
    "(FRA), or FRA~N for the run N before its latest.\n"
    "\n"
    "options:\n"
    "  --db FILE       the database (see lexgap history --help)\n"
    "  --format FMT    text (default) or json\n"
    "  --lang LANG     language of the reasons: en (default) or fr\n"
    "  -h, --help      this help\n");
}

static const char *status_or_none(int s) { return s >= 0 ? lx_status_name((lx_status)s) : "-"; }

static void diff_item(const store_change *c, const char *lang, int show_was) {
  char why[2048];
  const char *lv = c->level_b >= 0 ? lx_level_name((lx_level)c->level_b) : c->level_a >= 0 ? lx_level_name((lx_level)c->level_a) : "?";
  if (c->status_a >= 0 && c->status_b >= 0)
    printf("  %-24s %s -> %s (%s%s%s)\n", c->rule_id, lx_status_name((lx_status)c->status_a),
           lx_status_name((lx_status)c->status_b), c->level_a != c->level_b && c->level_a >= 0 ? lx_level_name((lx_level)c->level_a) : "",
           c->level_a != c->level_b && c->level_a >= 0 ? " -> " : "", lv);
  else
    printf("  %-24s %s (%s)\n", c->rule_id, status_or_none(c->status_a >= 0 ? c->status_a : c->status_b), lv);
  if (show_was && c->status_a >= 0) {
    clean(report_pick(&c->why_a, lang), why, sizeof why);
    if (*why) printf("      was: %s\n", why);
  }
  if (c->status_b >= 0) {
    clean(report_pick(&c->why_b, lang), why, sizeof why);
    if (*why) printf("      now: %s\n", why);
  }
}

/* A level or status name, or null when the run has none (-1). */
static void level_or_null(json_writer *w, const char *key, int level) {
  jw_string_or_null(w, key, level >= 0 ? lx_level_name((lx_level)level) : NULL);
}

static void status_or_null(json_writer *w, const char *key, int status) {
  jw_string_or_null(w, key, status >= 0 ? lx_status_name((lx_status)status) : NULL);
}

/* An explanation, or null when the run has no finding (status -1). */
static void explanation_or_null(json_writer *w, const char *key, int status, const lx_text *why) {
  if (status >= 0) jw_languages(w, key, why->en, why->fr, why->es);
  else jw_null(w, key);
}

static void change_json(json_writer *w, const store_change *c) {
  jw_object(w, NULL);
  jw_string(w, "id", c->rule_id);
  jw_string_or_null(w, "ref", c->ref);
  level_or_null(w, "level_before", c->level_a);
  level_or_null(w, "level_after", c->level_b);
  status_or_null(w, "status_before", c->status_a);
  status_or_null(w, "status_after", c->status_b);
  jw_bool(w, "gap_before", c->gap_a);
  jw_bool(w, "gap_after", c->gap_b);
  explanation_or_null(w, "explanation_before", c->status_a, &c->why_a);
  explanation_or_null(w, "explanation_after", c->status_b, &c->why_b);
  jw_end(w);
}

enum { RULE_ADDED, RULE_REMOVED, RULE_LEVEL_CHANGED };

/* Whether c is a rule added (no level before), removed (none after) or
** whose level changed. */
static int rule_change_kind(const store_rule_change *c) {
  return c->level_a < 0 ? RULE_ADDED : c->level_b < 0 ? RULE_REMOVED : RULE_LEVEL_CHANGED;
}

/* The rule changes of d of one kind (rule_change_kind), as the array key. */
static void rule_changes_json(json_writer *w, const char *key, const store_diff *d, int kind) {
  jw_array(w, key);
  for (size_t i = 0; i < d->nrules; i++) {
    const store_rule_change *c = &d->rules[i];
    if (rule_change_kind(c) != kind) continue;
    jw_object(w, NULL);
    jw_string(w, "id", c->rule_id);
    jw_string_or_null(w, "ref", c->ref);
    if (c->level_a >= 0) jw_string(w, "level_before", lx_level_name((lx_level)c->level_a));
    if (c->level_b >= 0) jw_string(w, "level_after", lx_level_name((lx_level)c->level_b));
    jw_end(w);
  }
  jw_end(w);
}

int cmd_diff(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("diff", argc, argv, &o, usage_diff);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (argc - optind != 2) {
    diag_printf(stderr, "lexgap diff: give two runs\n");
    usage_diff(stderr);
    return EXIT_FAIL;
  }
  lx_store *st = NULL;
  store_diff d;
  store_error err;
  long long a = 0, b = 0;
  int rc = EXIT_OK, have = 0;
  memset(&d, 0, sizeof d);
  if (open_store("diff", &o, STORE_READ, &st) != 0) return EXIT_FAIL;
  if (resolve("diff", st, argv[optind], &a) != 0 || resolve("diff", st, argv[optind + 1], &b) != 0) { rc = EXIT_FAIL; goto done; }
  if (store_diff_runs(st, a, b, &d, &err) != 0) { diag_printf(stderr, "lexgap diff: %.*s\n", (int)sizeof err.message, err.message); rc = EXIT_FAIL; goto done; }
  have = 1;
  static const char *const keys[DIFF_NKINDS] = { "gaps_closed", "new_gaps", "no_longer_applicable", "newly_applicable",
                                                 "level_changed", "status_changes", "only_before", "only_after" };
  int count[DIFF_NKINDS] = { 0 }, gaps_inapplicable = 0;
  for (size_t i = 0; i < d.nchanges; i++) {
    store_change_kind k = store_change_classify(&d.changes[i]);
    count[k]++;
    if (k == DIFF_NO_LONGER_APPLICABLE && d.changes[i].gap_a) gaps_inapplicable++;
  }
  if (strcmp(o.format, "json") == 0) {
    strbuf out;
    json_writer w;
    sb_init(&out);
    jw_init(&w, &out, 0);
    jw_object(&w, NULL);
    run_info_json(&w, "before", &d.a);
    run_info_json(&w, "after", &d.b);
    jw_bool(&w, "same_rules", d.same_rules);
    for (int k = 0; k < DIFF_NKINDS; k++) {
      jw_array(&w, keys[k]);
      for (size_t i = 0; i < d.nchanges; i++)
        if ((int)store_change_classify(&d.changes[i]) == k) change_json(&w, &d.changes[i]);
      jw_end(&w);
    }
    jw_object(&w, "rules");
    rule_changes_json(&w, "added", &d, RULE_ADDED);
    rule_changes_json(&w, "removed", &d, RULE_REMOVED);
    rule_changes_json(&w, "level_changed", &d, RULE_LEVEL_CHANGED);
    jw_end(&w);
    jw_end(&w);
    if (finish_json(&out) != 0) rc = EXIT_FAIL;
    goto done;
  }
  char na[256], nb[256], ha[13], hb[13];
  clean(d.a.state_name, na, sizeof na);
  clean(d.b.state_name, nb, sizeof nb);
  printf("From run %lld: %s (%s), as of %s, saved %s\n", d.a.id, na, d.a.state_code, d.a.as_of, d.a.created);
  printf("  to run %lld: %s (%s), as of %s, saved %s\n", d.b.id, nb, d.b.state_code, d.b.as_of, d.b.created);
  printf("Ratings: %s\n     -> %s\n", d.a.ratings[0] ? d.a.ratings : "-", d.b.ratings[0] ? d.b.ratings : "-");
  if (d.same_rules) printf("Rule set: the same (%s)\n", short12(d.a.ruleset_hash, ha));
  else printf("Rule set: changed (%s -> %s)\n", short12(d.a.ruleset_hash, ha), short12(d.b.ruleset_hash, hb));
  static const char *const titles[DIFF_NKINDS] = {
    "Gaps closed (applicable in both runs)", "New gaps (applicable in both runs)",
    ("No longer applicable in the second run (not yet or no longer bound at its as-of date, or a reservation): "
     "not gaps closed"),
    "Newly applicable in the second run",
    "Changed with the rule's level (the rule sets differ: the change comes from the rules, not the law)",
    "Other status changes",
    "Findings only in the first run (rule not in the second rule set)",
    "Findings only in the second run (rule not in the first rule set)" };
  if (!d.same_rules)
    printf("Note: the rule sets differ, so a change may come from the rules rather than the law (see Rules that differ).\n");
  for (int k = 0; k < DIFF_NKINDS; k++) {
    if (!count[k]) continue;
    printf("\n%s (%d)\n", titles[k], count[k]);
    for (size_t i = 0; i < d.nchanges; i++)
      if ((int)store_change_classify(&d.changes[i]) == k) diff_item(&d.changes[i], o.lang, k != DIFF_ONLY_B);
  }
  if (!d.same_rules) {
    printf("\nRules that differ (%zu)\n", d.nrules);
    for (size_t i = 0; i < d.nrules; i++) {
      const store_rule_change *c = &d.rules[i];
      if (c->level_a < 0) printf("  added    %-24s (%s)\n", c->rule_id, lx_level_name((lx_level)c->level_b));
      else if (c->level_b < 0) printf("  removed  %-24s (%s)\n", c->rule_id, lx_level_name((lx_level)c->level_a));
      else printf("  level    %-24s %s -> %s\n", c->rule_id, lx_level_name((lx_level)c->level_a), lx_level_name((lx_level)c->level_b));
    }
    if (!d.nrules) printf("  (the same rules, levels and references; their texts or checks changed)\n");
  }
  printf("\nSummary: %d gap%s closed, %d new gap%s", count[DIFF_GAP_CLOSED], count[DIFF_GAP_CLOSED] == 1 ? "" : "s",
         count[DIFF_NEW_GAP], count[DIFF_NEW_GAP] == 1 ? "" : "s");
  if (count[DIFF_NO_LONGER_APPLICABLE])
    printf(", %d obligation%s no longer applicable (%d of them gap%s before, not closed)", count[DIFF_NO_LONGER_APPLICABLE],
           count[DIFF_NO_LONGER_APPLICABLE] == 1 ? "" : "s", gaps_inapplicable, gaps_inapplicable == 1 ? "" : "s");
  if (count[DIFF_NEWLY_APPLICABLE])
    printf(", %d newly applicable", count[DIFF_NEWLY_APPLICABLE]);
  if (count[DIFF_LEVEL_CHANGED])
    printf(", %d changed with the rule's level", count[DIFF_LEVEL_CHANGED]);
  printf(", %d other status change%s; gaps %d -> %d.\n", count[DIFF_OTHER], count[DIFF_OTHER] == 1 ? "" : "s",
         d.a.gaps, d.b.gaps);
done:
  if (have) store_diff_free(&d);
  store_close(st);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* matrix                                                                  */
/* ---------------------------------------------------------------------- */

static void usage_matrix(FILE *f) {
  fprintf(f,
    "usage: lexgap matrix [options]\n"
    "\n"
    "Where each State stands, from its saved run with the latest as-of date\n"
    "(the last saved among equal dates): States by article\n"
    "(default) or by obligation.  An obligation's cell is its status.  An\n"
    "article's cell is its rating as derived when the run was saved (C, LC,\n"
    "PC, NC, N/A, or \"not rated\"), its gaps, and \"open questions\" when an\n"
    "obligation is unknown; JSON gives its worst status (the worst among its\n"
    "mandatory obligations: error, not_met, partly_met, unknown, met,\n"
    "not_applicable; among all of them when it has no mandatory one), its\n"
    "findings and gaps.  Each State's row gives the as-of date of its run and\n"
    "its overall ratings with how much they rest on.\n"
    "\n"
    "options:\n"
    "  --by WHAT        article (default) or obligation\n"
    "  --instrument ID  only this instrument's articles or obligations\n"
    "  --format FMT     text (default: one row per article or obligation, one\n"
    "                   column per State), csv (one row per State), json, or\n"
    "                   html (a heat map: one self-contained page)\n"
    "  --db FILE        the database (see lexgap history --help)\n"
    "  -h, --help       this help\n");
}


/* A status in words ("partly met"), for people. */
static const char *status_words(int status) {
  return status >= 0 ? report_status_label(LX_MANDATORY, (lx_status)status, "en") : "not assessed";
}

/* A cell in words: an article's rating, its gaps, whether questions are
** open ("PC, 2 gaps", "C, open questions", "N/A"); an obligation's status. */
static void cell_text(const store_matrix *m, const store_cell *c, char *out, size_t size) {
  if (c->status < 0) { snprintf(out, size, "-"); return; }
  if (!m->by_article || !c->rating[0]) { snprintf(out, size, "%s", status_words(c->status)); return; }
  if (strcmp(c->rating, "N/A") == 0) { snprintf(out, size, "N/A"); return; }
  size_t n = (size_t)snprintf(out, size, "%s", strcmp(c->rating, "--") == 0 ? "not rated" : c->rating);
  if (c->gaps && n < size) n += (size_t)snprintf(out + n, size - n, ", %d gap%s", c->gaps, c->gaps == 1 ? "" : "s");
  if (c->status == LX_UNKNOWN && n < size) snprintf(out + n, size - n, ", open questions");
  else if (c->status == LX_ERROR && n < size) snprintf(out + n, size - n, ", rule error");
}

/* A column as lawyers write it: "untoc:15" -> "art. 15", "untoc:5.1.a.ii" ->
** "art. 5(1)(a)(ii)", "untoc:5.3#coverage" -> "art. 5(3) [coverage]". */
static void col_label(const char *col, char *out, size_t size) {
  const char *p = strchr(col, ':');
  p = p ? p + 1 : col;
  size_t n = (size_t)snprintf(out, size, "art. ");
  size_t art = strcspn(p, ".#");
  n += (size_t)snprintf(out + n, size > n ? size - n : 0, "%.*s", (int)art, p);
  for (p += art; *p == '.' && n < size;) {
    p++;
    size_t k = strcspn(p, ".#");
    n += (size_t)snprintf(out + n, size - n, "(%.*s)", (int)k, p);
    p += k;
  }
  if (*p == '#' && n < size) snprintf(out + n, size - n, " [%s]", p + 1);
}

/* The instrument's overall rating in a run's ratings ("untoc PC (...)"): the
** grade of instrument (or of the first one), or "" */
static void overall_grade(const store_run_info *r, const char *instrument, char *out, size_t size) {
  const char *p = r->ratings;
  out[0] = '\0';
  if (instrument) {
    size_t len = strlen(instrument);
    for (const char *q = p; (q = strstr(q, instrument)) != NULL; q += len)
      if ((q == p || q[-2] == ',') && q[len] == ' ') { p = q; break; }
  }
  const char *sp = strchr(p, ' ');
  if (!sp) return;
  snprintf(out, size, "%.*s", (int)strcspn(sp + 1, " ,"), sp + 1);
}

/* s as report_html_escape writes it, malloc'd ("" when out of memory:
** never NULL). */
static char *html_escaped(const char *s) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (f) {
    report_html_escape(f, s);
    fclose(f);
  }
  return buf ? buf : calloc(1, 1);
}

/* What the heat map writes again and again, escaped once: each column's
** label ("art. 5(1)(a)"), each State's code, and by obligation each
** status's words (the words of a cell by article depend on more: made per
** cell). */
typedef struct {
  char **col, **code, *words[1 + LX_NSTATUS];
  char (*x)[2][16];             /* each column's x in the chart: its square's, its label's */
  size_t ncols, nrows;
} html_labels;

static void html_labels_free(html_labels *h) {
  for (size_t j = 0; h->col && j < h->ncols; j++) free(h->col[j]);
  for (size_t i = 0; h->code && i < h->nrows; i++) free(h->code[i]);
  for (int k = 0; k < 1 + LX_NSTATUS; k++) free(h->words[k]);
  free(h->col);
  free(h->code);
  free(h->x);
}

/* The labels of m, its columns at x0 + j * cell_w in the chart.  0, or -1
** when out of memory. */
static int html_labels_init(html_labels *h, const store_matrix *m, int x0, int cell_w) {
  memset(h, 0, sizeof *h);
  h->col = calloc(m->ncols + 1, sizeof *h->col);
  h->code = calloc(m->nrows + 1, sizeof *h->code);
  h->x = calloc(m->ncols + 1, sizeof *h->x);
  if (!h->col || !h->code || !h->x) { html_labels_free(h); return -1; }
  for (size_t j = 0; j < m->ncols; j++) {
    int x = x0 + (int)j * cell_w;
    snprintf(h->x[j][0], sizeof h->x[j][0], "%d", x);
    snprintf(h->x[j][1], sizeof h->x[j][1], "%d", x + cell_w / 2 - 1);
  }
  h->ncols = m->ncols;
  h->nrows = m->nrows;
  for (size_t j = 0; j < m->ncols; j++) {
    char col[96];
    col_label(m->cols[j], col, sizeof col);
    h->col[j] = html_escaped(col);
  }
  for (size_t i = 0; i < m->nrows; i++) h->code[i] = html_escaped(m->rows[i].state_code);
  for (int k = 0; !m->by_article && k < 1 + LX_NSTATUS; k++) {
    store_cell c = { k - 1, 1, 0, "" };
    char words[96];
    cell_text(m, &c, words, sizeof words);
    h->words[k] = html_escaped(words);
  }
  for (size_t j = 0; j < m->ncols; j++) if (!h->col[j]) { html_labels_free(h); return -1; }
  for (size_t i = 0; i < m->nrows; i++) if (!h->code[i]) { html_labels_free(h); return -1; }
  return 0;
}

/* A cell's words, escaped, after what b holds for f: into b when they were
** escaped once (by obligation), else b written out and they after it. */
static void html_cell_words(FILE *f, strbuf *b, const html_labels *h, const store_matrix *m, const store_cell *c) {
  if (!m->by_article && c->status >= -1 && c->status < LX_NSTATUS && h->words[c->status + 1]) {
    sb_puts(b, h->words[c->status + 1]);
    return;
  }
  char words[96];
  cell_text(m, c, words, sizeof words);
  fwrite(b->s, 1, b->len, f);
  sb_reset(b);
  report_html_escape(f, words);
}

/* The matrix as a heat map: one self-contained HTML page meant to
** circulate (it names no local file), with an SVG chart (rows: States with
** the as-of date of their run; columns: the overall rating, then articles
** or obligations; each cell coloured and labelled, so colour is never the
** only signal) that scrolls on a narrow screen and shrinks to the page in
** print, and the same data as a table in words.  0, or -1 when out of
** memory. */
static int matrix_html(const store_matrix *m, int by_article, const char *instrument) {
  FILE *f = stdout;
  const int cell_w = by_article ? 52 : 34, cell_h = 32, label_w = 250, head_h = by_article ? 40 : 140, overall_w = 70;
  html_labels h;
  strbuf line;                  /* a State's cells, written at once */
  char size[64];                /* every cell's width and height */
  if (html_labels_init(&h, m, label_w + overall_w, cell_w) != 0) return -1;
  sb_init(&line);
  snprintf(size, sizeof size, "\" width=\"%d\" height=\"%d\" fill=\"", cell_w - 2, cell_h - 2);
  int width = label_w + overall_w + (int)m->ncols * cell_w + 20, height = head_h + (int)m->nrows * cell_h + 60;
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>lexgap: where States stand</title>\n<style>"
        "body{font:15px/1.4 Georgia,serif;margin:1.5rem;color:#1a1a1a}h1{font-family:Arial,sans-serif}"
        ".scroll{overflow-x:auto;max-width:100%}"
        "table{border-collapse:collapse;font-size:.85rem;margin-top:1rem}th,td{border:1px solid #c9c9c9;padding:.2rem .4rem;text-align:left}"
        "th{background:#eef1f5}caption{text-align:left;font-weight:bold}td.overall{min-width:16rem}"
        "svg text{font-family:Arial,sans-serif}.note{color:#4a4a4a}"
        "@media print{@page{size:A4 landscape;margin:12mm}.scroll{overflow:visible}svg{width:100%;height:auto}"
        "table{font-size:7pt}tr{break-inside:avoid}}</style>\n</head>\n<body>\n<h1>", f);
  fputs(by_article ? "Where States stand: ratings by article" : "Where States stand: status by obligation", f);
  fputs("</h1>\n<p class=\"note\">For each State, its saved run with the latest as-of date (the date of the law "
        "assessed). Ratings show how much they rest on in the table below; lexgap assesses the law on the books, "
        "not its effectiveness.</p>\n", f);
  fprintf(f, "<figure><div class=\"scroll\"><svg role=\"img\" aria-labelledby=\"m-title\" width=\"%d\" height=\"%d\" "
             "viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"m-title\">%s</title>\n",
          width, height, width, height, by_article ? "Ratings by State and article" : "Status by State and obligation");
  int hx = label_w + overall_w / 2;
  fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\">overall</text>\n", hx, head_h - 8);
  for (size_t j = 0; j < m->ncols; j++) {
    char label[96];
    col_label(m->cols[j], label, sizeof label);
    int x = label_w + overall_w + (int)j * cell_w + cell_w / 2;
    if (by_article) fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">", x, head_h - 8);
    else fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" transform=\"rotate(-60 %d %d)\">", x, head_h - 6, x, head_h - 6);
    report_html_escape(f, label);
    fputs("</text>\n", f);
  }
  for (size_t i = 0; i < m->nrows; i++) {
    const store_run_info *r = &m->rows[i];
    int y = head_h + (int)i * cell_h;
    char grade[8];
    overall_grade(r, instrument, grade, sizeof grade);
    fprintf(f, "<text x=\"0\" y=\"%d\" font-size=\"13\">", y + 14);
    report_html_escape(f, r->state_name);
    fputs(" (", f);
    report_html_escape(f, r->state_code);
    fprintf(f, ")</text><text x=\"0\" y=\"%d\" font-size=\"11\" fill=\"#4a4a4a\">as of %s</text>\n", y + 27, r->as_of);
    fprintf(f, "<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#333\"/>"
               "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"%s\">%s</text>"
               "<title>overall: %s</title></g>\n",
            label_w, y, overall_w - 8, cell_h - 2, report_grade_fill(grade), label_w + (overall_w - 8) / 2, y + 20,
            report_ink_on(report_grade_fill(grade)), *grade ? grade : "-", *grade ? grade : "not rated");
    char ys[2][16];
    snprintf(ys[0], sizeof ys[0], "%d", y);
    snprintf(ys[1], sizeof ys[1], "%d", y + 20);
    sb_reset(&line);
    for (size_t j = 0; j < m->ncols; j++) {
      const store_cell *c = &m->cells[i * m->ncols + j];
      const char *fill = "#ffffff", *label = "";
      if (c->status >= 0 && by_article && c->rating[0]) {
        fill = report_grade_fill(c->rating);
        label = c->rating;
      } else if (c->status >= 0) {
        static const char *const status_short[LX_NSTATUS] = { "met", "part", "not", "?", "n/a", "err" };
        fill = report_status_fill((lx_status)c->status);
        label = status_short[c->status];
      }
      /* <g><rect x y width height fill stroke/><text x y ... fill>label</text><title>words</title></g> */
      sb_puts(&line, "<g><rect x=\"");
      sb_puts(&line, h.x[j][0]);
      sb_puts(&line, "\" y=\"");
      sb_puts(&line, ys[0]);
      sb_puts(&line, size);
      sb_puts(&line, fill);
      sb_puts(&line, "\" stroke=\"#fff\"/><text x=\"");
      sb_puts(&line, h.x[j][1]);
      sb_puts(&line, "\" y=\"");
      sb_puts(&line, ys[1]);
      sb_puts(&line, "\" font-size=\"11\" text-anchor=\"middle\" fill=\"");
      sb_puts(&line, report_ink_on(fill));
      sb_puts(&line, "\">");
      sb_puts(&line, label);
      sb_puts(&line, "</text><title>");
      sb_puts(&line, h.code[i]);
      sb_puts(&line, ", ");
      sb_puts(&line, h.col[j]);
      sb_puts(&line, ": ");
      html_cell_words(f, &line, &h, m, c);
      sb_puts(&line, "</title></g>\n");
    }
    fwrite(line.s, 1, line.len, f);
  }
  /* the legend: each item as wide as its words */
  int y = head_h + (int)m->nrows * cell_h + 18, x = 0;
  if (by_article) {
    static const char *const grades[][2] = { { "C", "compliant" }, { "LC", "largely compliant" }, { "PC", "partially compliant" },
                                             { "NC", "non-compliant" }, { "N/A", "not applicable" }, { "--", "not rated" } };
    for (size_t g = 0; g < sizeof grades / sizeof *grades; g++) {
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#333\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s %s</text>\n",
              x, y, report_grade_fill(grades[g][0]), x + 18, y + 12, grades[g][0], grades[g][1]);
      x += 18 + 7 * (int)(strlen(grades[g][0]) + strlen(grades[g][1]) + 1) + 16;
    }
  } else {
    for (int st = 0; st < LX_NSTATUS; st++) {
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#333\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n",
              x, y, report_status_fill((lx_status)st), x + 18, y + 12, status_words(st));
      x += 18 + 7 * (int)strlen(status_words(st)) + 16;
    }
  }
  fputs("</svg></div></figure>\n<div class=\"scroll\"><table><caption>The same data in words</caption><thead><tr>"
        "<th scope=\"col\">State</th><th scope=\"col\">As of</th><th scope=\"col\">Overall rating</th>", f);
  for (size_t j = 0; j < m->ncols; j++) {
    fputs("<th scope=\"col\">", f);
    fputs(h.col[j], f);
    fputs("</th>", f);
  }
  fputs("</tr></thead><tbody>\n", f);
  for (size_t i = 0; i < m->nrows; i++) {
    fputs("<tr><th scope=\"row\">", f);
    report_html_escape(f, m->rows[i].state_name);
    fputs(" (", f);
    report_html_escape(f, m->rows[i].state_code);
    fprintf(f, ")</th><td>%s</td><td class=\"overall\">", m->rows[i].as_of);
    report_html_escape(f, m->rows[i].ratings[0] ? m->rows[i].ratings : "-");
    fputs("</td>", f);
    sb_reset(&line);
    for (size_t j = 0; j < m->ncols; j++) {
      sb_puts(&line, "<td>");
      html_cell_words(f, &line, &h, m, &m->cells[i * m->ncols + j]);
      sb_puts(&line, "</td>");
    }
    fwrite(line.s, 1, line.len, f);
    fputs("</tr>\n", f);
  }
  fputs("</tbody></table></div>\n</body>\n</html>\n", f);
  int rc = sb_failed(&line) ? -1 : 0;
  sb_free(&line);
  html_labels_free(&h);
  return rc;
}

/* One cell of the matrix: null when the State's run has no finding there;
** else its worst status and, by article, its rating (null when it has
** none), findings and gaps; by obligation, its gaps. */
static void cell_json(json_writer *w, const char *key, const store_matrix *m, const store_cell *c) {
  if (c->status < 0) { jw_null(w, key); return; }
  jw_object(w, key);
  jw_string(w, "status", lx_status_name((lx_status)c->status));
  if (m->by_article) {
    jw_string_or_null(w, "rating", c->rating[0] ? c->rating : NULL);
    jw_int(w, "findings", c->findings);
  }
  jw_int(w, "gaps", c->gaps);
  jw_end(w);
}

/* The matrix as JSON: { database, by, columns, states: [the run as in
** history, and its cells: { column: cell }] }, each State's row written
** out once done, so that 500 States by obligation (270,000 cells) stream
** in flat memory.  A column that is not valid UTF-8 is left out of the
** columns and of every row, as Jansson's tree of them left it out.
** Returns 0, or -1 if out of memory or on a write error. */
static int matrix_json(const store_matrix *m, const char *by, const char *db) {
  strbuf b;
  json_writer w;
  unsigned char *keep = calloc(m->ncols + 1, 1);        /* can column j be a key (jw_string_ok) */
  int rc = keep ? 0 : -1;
  for (size_t j = 0; keep && j < m->ncols; j++) keep[j] = (unsigned char)jw_string_ok(m->cols[j]);
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_escape_keys(&w);                                   /* the columns are keys of the cells */
  jw_object(&w, NULL);
  jw_string(&w, "database", db);
  jw_string(&w, "by", by);
  jw_array(&w, "columns");
  for (size_t j = 0; j < m->ncols; j++) jw_string(&w, NULL, m->cols[j]);
  jw_end(&w);
  jw_array(&w, "states");
  for (size_t i = 0; i < m->nrows && rc == 0; i++) {
    jw_object(&w, NULL);
    run_info_members(&w, &m->rows[i]);
    jw_object(&w, "cells");
    for (size_t j = 0; j < m->ncols; j++)
      if (keep[j]) cell_json(&w, m->cols[j], m, &m->cells[i * m->ncols + j]);
    jw_end(&w);
    jw_end(&w);
    rc = jw_flush(&b, stdout);
  }
  jw_end(&w);
  jw_end(&w);
  free(keep);
  if (rc != 0) sb_free(&b);
  else rc = finish_json(&b);
  return rc;
}

/* What a cell shows in words, ready to write: in the text table ("  " and
** the words left-aligned in 18 columns, as "  %-18s" writes them) and in
** CSV (report_csv_value's field, or nothing for an empty cell).  By
** obligation a cell's words depend on its status alone, so they are made
** once per status (status_words[1 + status]); by article, for each cell. */
typedef struct {
  const store_matrix *m;
  char text[1 + LX_NSTATUS][96];
  size_t text_len[1 + LX_NSTATUS];
  char csv[1 + LX_NSTATUS][160];
  size_t csv_len[1 + LX_NSTATUS];
} cell_words;

/* n spaces to b. */
static void sb_spaces(strbuf *b, int n) {
  static const char spaces[] = "                                ";
  for (; n > 0; n -= (int)sizeof spaces - 1) sb_putn(b, spaces, n < (int)sizeof spaces - 1 ? (size_t)n : sizeof spaces - 1);
}

/* s left-aligned in width columns, as printf's "%-*s" writes it. */
static void sb_padded(strbuf *b, const char *s, int width) {
  size_t n = strlen(s);
  sb_putn(b, s, n);
  sb_spaces(b, width - (int)n);
}

/* c's CSV field into out (size bytes; a longer one is cut), its length. */
static size_t csv_field(const store_matrix *m, const store_cell *c, char *out, size_t size) {
  char cell[64], *buf = NULL;
  size_t len = 0;
  out[0] = '\0';
  if (c->status < 0) return 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) return 0;
  cell_text(m, c, cell, sizeof cell);
  report_csv_value(f, cell);
  fclose(f);
  size_t n = len < size ? len : size - 1;
  memcpy(out, buf, n);
  out[n] = '\0';
  free(buf);
  return n;
}

static void cell_words_init(cell_words *w, const store_matrix *m) {
  w->m = m;
  for (int k = 0; k < 1 + LX_NSTATUS; k++) {
    store_cell c = { k - 1, 1, 0, "" };
    char cell[64];
    cell_text(m, &c, cell, sizeof cell);
    w->text_len[k] = (size_t)snprintf(w->text[k], sizeof w->text[k], "  %-18s", cell);
    w->csv_len[k] = csv_field(m, &c, w->csv[k], sizeof w->csv[k]);
  }
}

/* c in the text table, to b. */
static void cell_words_text(cell_words *w, const store_cell *c, strbuf *b) {
  if (!w->m->by_article && c->status >= -1 && c->status < LX_NSTATUS) {
    sb_putn(b, w->text[c->status + 1], w->text_len[c->status + 1]);
    return;
  }
  char cell[64];
  cell_text(w->m, c, cell, sizeof cell);
  sb_putn(b, "  ", 2);
  sb_padded(b, cell, 18);
}

/* The matrix as CSV: a row per State, a column per article or obligation,
** then the overall ratings.  0, or -1 when out of memory. */
static int matrix_csv(const store_matrix *m) {
  cell_words w;
  strbuf line;                          /* a row's cells by obligation, written at once */
  cell_words_init(&w, m);
  sb_init(&line);
  fputs("state_code,state_name,run,as_of", stdout);
  for (size_t j = 0; j < m->ncols; j++) { putchar(','); report_csv_value(stdout, m->cols[j]); }
  fputs(",ratings\n", stdout);          /* last: the overall ratings with their coverage */
  for (size_t i = 0; i < m->nrows; i++) {
    report_csv_value(stdout, m->rows[i].state_code); putchar(',');
    report_csv_value(stdout, m->rows[i].state_name);
    printf(",%lld,%s", m->rows[i].id, m->rows[i].as_of);
    sb_reset(&line);
    for (size_t j = 0; j < m->ncols; j++) {
      const store_cell *c = &m->cells[i * m->ncols + j];
      if (!m->by_article && c->status >= -1 && c->status < LX_NSTATUS) {
        sb_putc(&line, ',');
        sb_putn(&line, w.csv[c->status + 1], w.csv_len[c->status + 1]);
        continue;
      }
      fwrite(line.s, 1, line.len, stdout);
      sb_reset(&line);
      putchar(',');
      if (c->status >= 0) { char cell[64]; cell_text(m, c, cell, sizeof cell); report_csv_value(stdout, cell); }
    }
    fwrite(line.s, 1, line.len, stdout);
    putchar(',');
    report_csv_value(stdout, m->rows[i].ratings);   /* with "(prospective)" where assessed as if binding */
    putchar('\n');
  }
  int rc = sb_failed(&line) ? -1 : 0;
  sb_free(&line);
  return rc;
}

/* The matrix as text: each State's run and ratings, then a row per article
** or obligation (by: "article" or "obligation") and a column per State.
** 0, or -1 when out of memory. */
static int matrix_text(const store_matrix *m, const char *by, const char *db) {
  cell_words w;
  strbuf line;
  cell_words_init(&w, m);
  sb_init(&line);
  printf("Latest run of each State (the latest as-of date), by %s (%s)\n\n", by, db);
  for (size_t i = 0; i < m->nrows; i++) {
    char name[256], code[16];
    clean(m->rows[i].state_name, name, sizeof name);
    clean(m->rows[i].state_code, code, sizeof code);
    printf("  %-6s %s: run %lld, as of %s, saved %s\n", code, name, m->rows[i].id, m->rows[i].as_of, m->rows[i].created);
    printf("         %s\n", m->rows[i].ratings[0] ? m->rows[i].ratings : "no rating");
  }
  int w0 = 12;
  for (size_t j = 0; j < m->ncols; j++) if ((int)strlen(m->cols[j]) > w0) w0 = (int)strlen(m->cols[j]);
  printf("\n%-*s", w0, m->by_article ? "article" : "obligation");
  for (size_t i = 0; i < m->nrows; i++) {
    char code[16];
    clean(m->rows[i].state_code, code, sizeof code);
    printf("  %-18s", code);
  }
  putchar('\n');
  for (size_t j = 0; j < m->ncols; j++) {
    sb_reset(&line);
    sb_padded(&line, m->cols[j], w0);
    for (size_t i = 0; i < m->nrows; i++) cell_words_text(&w, &m->cells[i * m->ncols + j], &line);
    sb_putc(&line, '\n');
    fwrite(line.s, 1, line.len, stdout);
  }
  int rc = sb_failed(&line) ? -1 : 0;
  sb_free(&line);
  return rc;
}

int cmd_matrix(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("matrix", argc, argv, &o, usage_matrix);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { diag_printf(stderr, "lexgap matrix: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  if (o.ninstruments > 1) { diag_printf(stderr, "lexgap matrix: give at most one --instrument\n"); return EXIT_FAIL; }
  lx_store *st = NULL;
  store_matrix m;
  store_error err;
  int rc = EXIT_OK, by_article = strcmp(o.by, "article") == 0;
  if (open_store("matrix", &o, STORE_READ, &st) != 0) return EXIT_FAIL;
  if (store_matrix_build(st, by_article, o.ninstruments ? o.instruments[0] : NULL, &m, &err) != 0) {
    diag_printf(stderr, "lexgap matrix: %.*s\n", (int)sizeof err.message, err.message);
    store_close(st);
    return EXIT_FAIL;
  }
  if (strcmp(o.format, "json") == 0) {
    if (matrix_json(&m, o.by, store_filename(st)) != 0) rc = EXIT_FAIL;
  } else if (strcmp(o.format, "html") == 0) {
    if (matrix_html(&m, by_article, o.ninstruments ? o.instruments[0] : NULL) != 0) rc = EXIT_FAIL;
  } else if (strcmp(o.format, "csv") == 0) {
    if (matrix_csv(&m) != 0) rc = EXIT_FAIL;
  } else if (m.nrows == 0) {
    printf("No run saved in %s yet.\n", store_filename(st));
  } else if (matrix_text(&m, o.by, store_filename(st)) != 0) {
    rc = EXIT_FAIL;
  }
  fflush(stdout);
  if (ferror(stdout)) rc = EXIT_FAIL;
  store_matrix_free(&m);
  store_close(st);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* search                                                                  */
/* ---------------------------------------------------------------------- */

static void usage_search(FILE *f) {
  fprintf(f,
    "usage: lexgap search [options] TEXT...\n"
    "\n"
    "Search the provisions of the instruments of the rule packs, in every\n"
    "language they have (the texts of <rules>/<instrument>/texts/<lang>.lua,\n"
    "else the provision texts the rules quote).  Every word must appear;\n"
    "\"quoted words\" must appear together; word* matches a prefix.  With FTS5\n"
    "(when this SQLite has it) accents are ignored and hits are ranked by\n"
    "relevance; without it, a plain scan lists hits in instrument order.\n"
    "\n"
    "options:\n"
    "  --lang LANG      only texts in en, fr or es\n"
    "  --instrument ID  only this instrument\n"
    "  --limit N        at most N hits (default 20)\n"
    "  --method M       auto (default), fts5 or like\n"
    "  --format FMT     text (default) or json\n"
    "  --color WHEN     auto (default), always or never: highlight matches\n"
    "  --rules DIR      rule packs (see lexgap assess --help)\n"
    "  -h, --help       this help\n");
}

int cmd_search(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("search", argc, argv, &o, usage_search);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind >= argc) { diag_printf(stderr, "lexgap search: nothing to search for\n"); usage_search(stderr); return EXIT_FAIL; }
  if (o.ninstruments > 1) { diag_printf(stderr, "lexgap search: give at most one --instrument\n"); return EXIT_FAIL; }
  strbuf q;
  sb_init(&q);
  for (int i = optind; i < argc; i++) { if (i > optind) sb_putc(&q, ' '); sb_puts(&q, argv[i]); }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0, rc = EXIT_OK;
  options lo = o;
  lo.ninstruments = 0;              /* every pack, so that references display; filtered below */
  if (sb_failed(&q) || cli_load_rules(&lo, &sb, &rs, &problems) != 0) {
    ruleset_free(&rs, sb);
    sandbox_free(sb);
    sb_free(&q);
    return EXIT_FAIL;
  }
  const char *no_color = getenv("NO_COLOR");
  int color = strcmp(o.color, "always") == 0 ||
              (strcmp(o.color, "auto") == 0 && isatty(STDOUT_FILENO) && !(no_color && *no_color));
  int json = strcmp(o.format, "json") == 0;
  store_search_options so = { NULL, NULL, o.limit, SEARCH_AUTO, "[", "]" };
  if (json) { so.mark_open = "["; so.mark_close = "]"; }
  else if (color) { so.mark_open = "\033[1;4m"; so.mark_close = "\033[0m"; }
  for (int i = 1; i < optind; i++)      /* every language unless --lang is given */
    if (strcmp(argv[i], "--lang") == 0 || strncmp(argv[i], "--lang=", 7) == 0) so.lang = o.lang;
  so.instrument = o.ninstruments ? o.instruments[0] : NULL;
  so.method = strcmp(o.method, "fts5") == 0 ? SEARCH_FTS5 : strcmp(o.method, "like") == 0 ? SEARCH_LIKE : SEARCH_AUTO;
  store_search_result res;
  store_error err;
  if (so.instrument && !ruleset_instrument(&rs, so.instrument)) {
    diag_printf(stderr, "lexgap search: no rule pack for instrument '%s'\n", so.instrument);
    rc = EXIT_FAIL;
  } else if (store_search(&rs, q.s, &so, &res, &err) != 0) {
    diag_printf(stderr, "lexgap search: %.*s\n", (int)sizeof err.message, err.message);
    rc = EXIT_FAIL;
  } else {
    if (json) {
      strbuf out;
      json_writer w;
      sb_init(&out);
      jw_init(&w, &out, 0);
      jw_object(&w, NULL);
      jw_string(&w, "query", q.s);
      jw_string(&w, "method", res.fts5 ? "fts5" : "like");
      jw_int(&w, "provisions", (int64_t)res.nprovisions);
      jw_array(&w, "hits");
      for (size_t i = 0; i < res.n; i++) {
        const store_hit *h = &res.hits[i];
        char disp[256];
        lx_ref_display(&rs, h->ref, h->lang, disp, sizeof disp);
        jw_object(&w, NULL);
        jw_string(&w, "ref", h->ref);
        jw_string(&w, "instrument", h->instrument);
        jw_string(&w, "lang", h->lang);
        jw_string(&w, "display", disp);
        jw_string(&w, "title", h->title);
        jw_string(&w, "snippet", h->snippet);
        jw_end(&w);
      }
      jw_end(&w);
      jw_end(&w);
      if (finish_json(&out) != 0) rc = EXIT_FAIL;
    } else {
      for (size_t i = 0; i < res.n; i++) {
        const store_hit *h = &res.hits[i];
        char disp[256], title[512], snippet[4096];
        lx_ref_display(&rs, h->ref, h->lang, disp, sizeof disp);
        clean(h->title, title, sizeof title);
        /* the marks are ours: keep their escape sequences */
        snprintf(snippet, sizeof snippet, "%s", h->snippet);
        for (char *c = snippet; *c; c++) if (*c == '\n' || *c == '\t' || *c == '\r') *c = ' ';
        printf("%s [%s] %s%s%s\n    %s\n\n", disp, h->lang, h->ref, *title ? " — " : "", title, snippet);
      }
      printf("%zu hit%s in %zu provision texts (%s%s)\n", res.n, res.n == 1 ? "" : "s", res.nprovisions,
             res.fts5 ? "full-text index, FTS5" : "plain scan, no FTS5",
             res.from_rules ? "; some texts quoted from the rules" : "");
      fflush(stdout);
      if (ferror(stdout)) rc = EXIT_FAIL;
    }
    store_search_free(&res);
  }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  sb_free(&q);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* show                                                                    */
/* ---------------------------------------------------------------------- */

static void usage_show(FILE *f) {
  fprintf(f,
    "usage: lexgap show [options] RUN...\n"
    "\n"
    "Write the report of saved runs again, in any format, from the database:\n"
    "the same report as when the run was saved, whatever the rule files say\n"
    "today.  RUN is a run id, a State code (its last saved run) or STATE~N.\n"
    "\n"
    "options:\n"
    "  --format FMT        text (default), md, json, html, csv or summary\n"
    "  --only gaps         only the gaps, the open questions and the errors\n"
    "  --lang LANG         en (default) or fr\n"
    "  -o, --output FILE   write to FILE (a file is replaced only when complete;\n"
    "                      a device or FIFO is written to directly)\n"
    "  --color WHEN        auto (default), always or never\n"
    "  --profile           write the profile exactly as it was assessed instead\n"
    "  --db FILE           the database (see lexgap history --help)\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 the report was written; 1 no such run or database.\n");
}

int cmd_show(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("show", argc, argv, &o, usage_show);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  int n = argc - optind;
  if (n <= 0) { diag_printf(stderr, "lexgap show: no run given\n"); usage_show(stderr); return EXIT_FAIL; }
  if (o.show_profile && n != 1) { diag_printf(stderr, "lexgap show: --profile takes one run\n"); return EXIT_FAIL; }
  lx_store *st = NULL;
  store_run **runs = calloc((size_t)n, sizeof *runs);
  lx_assessment **list = calloc((size_t)n, sizeof *list);
  int rc = EXIT_OK;
  if (!runs || !list) { diag_printf(stderr, "lexgap show: out of memory\n"); rc = EXIT_FAIL; goto done; }
  if (open_store("show", &o, STORE_READ, &st) != 0) { rc = EXIT_FAIL; goto done; }
  for (int i = 0; i < n; i++) {
    long long id;
    store_error err;
    if (resolve("show", st, argv[optind + i], &id) != 0) { rc = EXIT_FAIL; goto done; }
    if (store_load_run(st, id, &runs[i], &err) != 0) {
      diag_printf(stderr, "lexgap show: %.*s\n", (int)sizeof err.message, err.message);
      rc = EXIT_FAIL;
      goto done;
    }
    list[i] = &runs[i]->a;
  }
  cli_output dest;
  if (cli_open_output(&dest, o.output) != 0) { rc = EXIT_FAIL; goto done; }
  FILE *out = dest.f;
  int wrc;
  if (o.show_profile) {
    wrc = fwrite(runs[0]->profile_src, 1, runs[0]->profile_len, out) == runs[0]->profile_len ? 0 : -1;
  } else {
    const char *no_color = getenv("NO_COLOR");
    report_options ro = { o.lang, 0, NULL, o.only_gaps, NULL };
    if (strcmp(o.color, "always") == 0) ro.color = 1;
    else if (strcmp(o.color, "auto") == 0) ro.color = out == stdout && isatty(STDOUT_FILENO) && !(no_color && *no_color);
    wrc = report_write(out, o.format, list, (size_t)n, &ro);
  }
  if (cli_close_output(&dest, wrc == 0) != 0) rc = EXIT_FAIL;
done:
  for (int i = 0; runs && i < n; i++) store_run_free(runs[i]);
  free(runs);
  free(list);
  store_close(st);
  return rc;
}

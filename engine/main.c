/*
 * main.c -- the lexgap command line: subcommands in the git style.
 *
 *   lexgap assess PROFILE...   gap report for each profile
 *   lexgap rules               the obligations loaded
 *   lexgap test                the rule packs' test cases
 *   lexgap version
 *
 * Exit status (assess): 0 assessment completed, no gap; 2 completed with
 * gaps; 1 could not complete (bad input) or a rule errored.  Other
 * commands: 0 success, 1 failure.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "date.h"
#include "evaluate.h"
#include "lx.h"
#include "report.h"
#include "ruletest.h"

#ifndef LX_DATADIR
#define LX_DATADIR "/usr/local/share/lexgap"
#endif

#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_GAPS 2

#define MAX_INSTRUMENTS 32

/* Options shared by the subcommands that load rules. */
typedef struct {
  const char *rules_dir;
  const char *instruments[MAX_INSTRUMENTS];
  int ninstruments;
  const char *as_of;
  const char *format;
  const char *output;
  const char *lang;
  const char *color;
  int prospective;
  int trace;
  int verbose;
} options;

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The rules directory: --rules, else $LEXGAP_RULES, else rules/ beside the
** binary (in-tree build), else the installed data directory. */
static const char *default_rules_dir(char *buf, size_t size) {
  const char *env = getenv("LEXGAP_RULES");
  if (env && *env) return env;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(buf, size, "%s/rules", exe);
      if (is_dir(buf)) return buf;
    }
  }
  snprintf(buf, size, "%s/rules", LX_DATADIR);
  return buf;
}

static void usage_main(FILE *f) {
  fprintf(f,
    "usage: lexgap <command> [options]\n"
    "\n"
    "Check a country's national law (a profile) against the obligations of\n"
    "international criminal-law instruments, and report the gaps.\n"
    "\n"
    "commands:\n"
    "  assess PROFILE...   assess profiles and write a gap report\n"
    "  rules               list the obligations the rule packs encode\n"
    "  test                run the rule packs' test cases\n"
    "  version             print the version\n"
    "\n"
    "Run 'lexgap <command> --help' for the options of a command.\n");
}

static void usage_assess(FILE *f) {
  fprintf(f,
    "usage: lexgap assess [options] PROFILE...\n"
    "\n"
    "Assess each profile against the loaded obligations and write a gap report.\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (default: $LEXGAP_RULES, rules/ beside the\n"
    "                      binary, or the installed rules)\n"
    "  --instrument ID     assess only this instrument (repeatable), e.g. untoc\n"
    "  --as-of DATE        assess the law in force on DATE, YYYY-MM-DD (default: today)\n"
    "  --format FMT        text (default), md or json\n"
    "  --lang LANG         language of the report: en (default) or fr\n"
    "  --output FILE       write the report to FILE (replaced only when complete)\n"
    "  --color WHEN        auto (default: on a terminal, unless NO_COLOR is set),\n"
    "                      always or never\n"
    "  --prospective       assess instruments the State is not bound by as if it were\n"
    "  --trace             show what rules print (to standard error)\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 no gap; 2 gaps found; 1 bad input or a rule error.\n");
}

static void usage_rules(FILE *f) {
  fprintf(f,
    "usage: lexgap rules [options]\n"
    "\n"
    "List the obligations of the rule packs: reference, level, category, cluster\n"
    "and title; invalid rules with the file and line of the problem.\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (see 'lexgap assess --help')\n"
    "  --instrument ID     only this instrument (repeatable)\n"
    "  --format FMT        text (default) or json\n"
    "  --lang LANG         language of titles: en (default) or fr\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 all rules valid; 1 a rule pack or rule is invalid.\n");
}

static void usage_test(FILE *f) {
  fprintf(f,
    "usage: lexgap test [options]\n"
    "\n"
    "Run the test cases of the rule packs (<pack>/tests/NAME.lua): each case is a\n"
    "profile fragment merged onto <pack>/tests/base.lua, with the expected status\n"
    "of each obligation it names.  Also fails when a rule is invalid or lacks a\n"
    "case expecting met, one expecting not_met or partly_met, and one expecting\n"
    "unknown.\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (see 'lexgap assess --help')\n"
    "  --instrument ID     only this instrument (repeatable)\n"
    "  -v, --verbose       list every case, not only failures\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 all cases pass; 1 otherwise.\n");
}

enum { OPT_RULES = 256, OPT_INSTRUMENT, OPT_AS_OF, OPT_FORMAT, OPT_OUTPUT, OPT_LANG, OPT_COLOR,
       OPT_PROSPECTIVE, OPT_TRACE };

static const struct option long_options[] = {
  { "rules", required_argument, NULL, OPT_RULES },
  { "instrument", required_argument, NULL, OPT_INSTRUMENT },
  { "as-of", required_argument, NULL, OPT_AS_OF },
  { "format", required_argument, NULL, OPT_FORMAT },
  { "output", required_argument, NULL, OPT_OUTPUT },
  { "lang", required_argument, NULL, OPT_LANG },
  { "color", required_argument, NULL, OPT_COLOR },
  { "prospective", no_argument, NULL, OPT_PROSPECTIVE },
  { "trace", no_argument, NULL, OPT_TRACE },
  { "verbose", no_argument, NULL, 'v' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

/* Which options each command takes. */
static int allowed(const char *cmd, int opt) {
  if (opt == 'h') return 1;
  if (strcmp(cmd, "assess") == 0) return opt != 'v';
  if (strcmp(cmd, "rules") == 0) return opt == OPT_RULES || opt == OPT_INSTRUMENT || opt == OPT_FORMAT || opt == OPT_LANG;
  if (strcmp(cmd, "test") == 0) return opt == OPT_RULES || opt == OPT_INSTRUMENT || opt == 'v' || opt == OPT_TRACE;
  return 0;
}

static int one_of(const char *v, const char *const *set) {
  for (int i = 0; set[i]; i++) if (strcmp(v, set[i]) == 0) return 1;
  return 0;
}

/* Parse options; returns -1 on error (message printed), 1 for --help. */
static int parse_options(const char *cmd, int argc, char **argv, options *o, void (*usage)(FILE *)) {
  static const char *const formats_assess[] = { "text", "md", "json", NULL };
  static const char *const formats_rules[] = { "text", "json", NULL };
  static const char *const langs[] = { "en", "fr", NULL };
  static const char *const colors[] = { "auto", "always", "never", NULL };
  memset(o, 0, sizeof *o);
  o->format = "text";
  o->lang = "en";
  o->color = "auto";
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":hv", long_options, NULL)) != -1) {
    if (c == '?' || c == ':') {
      const char *bad = argv[optind - 1];
      fprintf(stderr, "lexgap %s: %s '%s'\n", cmd, c == ':' ? "missing value for option" : "unknown option", bad);
      usage(stderr);
      return -1;
    }
    if (!allowed(cmd, c)) {
      fprintf(stderr, "lexgap %s: option '%s' does not apply to this command\n", cmd, argv[optind - 1]);
      return -1;
    }
    switch (c) {
      case 'h': usage(stdout); return 1;
      case 'v': o->verbose = 1; break;
      case OPT_RULES: o->rules_dir = optarg; break;
      case OPT_INSTRUMENT:
        if (o->ninstruments == MAX_INSTRUMENTS) { fprintf(stderr, "lexgap %s: too many --instrument options\n", cmd); return -1; }
        o->instruments[o->ninstruments++] = optarg;
        break;
      case OPT_AS_OF: {
        long days;
        if (date_parse(optarg, &days) != 0) {
          fprintf(stderr, "lexgap %s: --as-of '%s' is not a date (YYYY-MM-DD)\n", cmd, optarg);
          return -1;
        }
        o->as_of = optarg;
        break;
      }
      case OPT_FORMAT:
        if (!one_of(optarg, strcmp(cmd, "assess") == 0 ? formats_assess : formats_rules)) {
          fprintf(stderr, "lexgap %s: unknown format '%s' (use %s)\n", cmd, optarg,
                  strcmp(cmd, "assess") == 0 ? "text, md or json" : "text or json");
          return -1;
        }
        o->format = optarg;
        break;
      case OPT_OUTPUT: o->output = optarg; break;
      case OPT_LANG:
        if (!one_of(optarg, langs)) { fprintf(stderr, "lexgap %s: unknown language '%s' (use en or fr)\n", cmd, optarg); return -1; }
        o->lang = optarg;
        break;
      case OPT_COLOR:
        if (!one_of(optarg, colors)) { fprintf(stderr, "lexgap %s: --color takes auto, always or never\n", cmd); return -1; }
        o->color = optarg;
        break;
      case OPT_PROSPECTIVE: o->prospective = 1; break;
      case OPT_TRACE: o->trace = 1; break;
    }
  }
  return 0;
}

/* Load the sandbox and the rule set; prints problems.  Returns 0, or -1 when
** nothing can be evaluated.  Problems with single rules are printed but do
** not stop the run (they become error findings). */
static int load_rules(const options *o, lx_sandbox **sb, lx_ruleset *rs, int *rule_problems) {
  char buf[PATH_MAX + 16];
  const char *dir = o->rules_dir ? o->rules_dir : default_rules_dir(buf, sizeof buf);
  sandbox_error err;
  *rule_problems = 0;
  memset(rs, 0, sizeof *rs);
  *sb = sandbox_new(&err);
  if (!*sb) {
    fprintf(stderr, "lexgap: cannot start the rule sandbox: %s\n", err.message);
    return -1;
  }
  sandbox_set_trace(*sb, o->trace);
  diag_list diags;
  diag_init(&diags);
  int rc = ruleset_load(rs, *sb, dir, o->instruments, o->ninstruments, &diags);
  if (diags.n) {
    for (size_t i = 0; i < diags.n; i++) {
      char line[4096];
      diag_format(&diags.items[i], line, sizeof line);
      fprintf(stderr, "%s%s\n", strstr(line, "warning:") ? "" : "error: ", line);
    }
  }
  for (size_t i = 0; i < rs->n; i++) if (rs->rules[i].invalid) (*rule_problems)++;
  diag_free(&diags);
  if (rc != 0) {
    fprintf(stderr, "lexgap: cannot load the rules in %s\n", dir);
    return -1;
  }
  return 0;
}

/* Open the report destination: stdout, or a temporary file beside FILE that
** replaces it once the report is complete. */
static FILE *open_output(const char *path, char *tmp, size_t size) {
  if (!path || strcmp(path, "-") == 0) return stdout;
  snprintf(tmp, size, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    fprintf(stderr, "lexgap: cannot write %s: %s\n", path, strerror(errno));
    return NULL;
  }
  FILE *f = fdopen(fd, "w");
  if (!f) { close(fd); unlink(tmp); fprintf(stderr, "lexgap: cannot write %s: %s\n", path, strerror(errno)); }
  return f;
}

static int close_output(FILE *f, const char *path, const char *tmp, int ok) {
  if (f == stdout) { fflush(stdout); return ok && !ferror(stdout) ? 0 : -1; }
  int rc = ok && fflush(f) == 0 && fsync(fileno(f)) == 0 ? 0 : -1;
  if (fclose(f) != 0) rc = -1;
  if (rc == 0 && rename(tmp, path) != 0) rc = -1;
  if (rc != 0) {
    fprintf(stderr, "lexgap: cannot write %s: %s (left unchanged)\n", path, strerror(errno));
    unlink(tmp);
  }
  return rc;
}

static int cmd_assess(int argc, char **argv) {
  options o;
  int prc = parse_options("assess", argc, argv, &o, usage_assess);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  int nprofiles = argc - optind;
  if (nprofiles <= 0) {
    fprintf(stderr, "lexgap assess: no profile given\n");
    usage_assess(stderr);
    return EXIT_FAIL;
  }
  char today[11];
  date_today(today);
  const char *as_of = o.as_of ? o.as_of : today;
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int rule_problems = 0;
  if (load_rules(&o, &sb, &rs, &rule_problems) != 0) {
    ruleset_free(&rs, sb);
    sandbox_free(sb);
    return EXIT_FAIL;
  }
  lx_profile *profiles = calloc((size_t)nprofiles, sizeof *profiles);
  lx_assessment *as = calloc((size_t)nprofiles, sizeof *as);
  lx_assessment **list = calloc((size_t)nprofiles, sizeof *list);
  int failed = !profiles || !as || !list;
  size_t done = 0;
  /* Every profile must load before anything is assessed. */
  for (int i = 0; !failed && i < nprofiles; i++) {
    diag_list diags;
    diag_init(&diags);
    if (profile_load(&profiles[i], argv[optind + i], rs.schema, &diags) != 0) {
      for (size_t k = 0; k < diags.n; k++) {
        char line[4096];
        diag_format(&diags.items[k], line, sizeof line);
        fprintf(stderr, "error: %s\n", line);
      }
      fprintf(stderr, "lexgap assess: %s: profile refused (%zu problem%s); nothing assessed\n",
              argv[optind + i], diags.n, diags.n == 1 ? "" : "s");
      failed = 1;
    }
    diag_free(&diags);
  }
  int gaps = 0, errors = 0;
  for (int i = 0; !failed && i < nprofiles; i++) {
    if (evaluate(&as[i], sb, &rs, &profiles[i], as_of, o.prospective) != 0) {
      fprintf(stderr, "lexgap assess: out of memory\n");
      failed = 1;
      break;
    }
    list[done++] = &as[i];
    lx_summary s;
    assessment_summary(&as[i], &s);
    gaps += s.gaps;
    errors += s.errors;
  }
  if (!failed) {
    char tmp[PATH_MAX + 32];
    FILE *out = open_output(o.output, tmp, sizeof tmp);
    if (!out) failed = 1;
    else {
      const char *no_color = getenv("NO_COLOR");
      report_options ro = { o.lang, 0, o.rules_dir };
      if (strcmp(o.color, "always") == 0) ro.color = 1;
      else if (strcmp(o.color, "auto") == 0)
        ro.color = out == stdout && isatty(STDOUT_FILENO) && !(no_color && *no_color);
      int rc;
      if (strcmp(o.format, "json") == 0) rc = report_json(out, list, done, &ro);
      else if (strcmp(o.format, "md") == 0) rc = report_markdown(out, list, done, &ro);
      else rc = report_text(out, list, done, &ro);
      if (close_output(out, o.output, tmp, rc == 0) != 0) failed = 1;
    }
  }
  if (!failed && errors) fprintf(stderr, "lexgap assess: %d rule error%s (see the report)\n", errors, errors == 1 ? "" : "s");
  for (size_t i = 0; i < done; i++) assessment_free(list[i]);
  for (int i = 0; profiles && i < nprofiles; i++) profile_free(&profiles[i]);
  free(profiles); free(as); free(list);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  if (failed || errors) return EXIT_FAIL;
  return gaps ? EXIT_GAPS : EXIT_OK;
}

static int cmd_rules(int argc, char **argv) {
  options o;
  int prc = parse_options("rules", argc, argv, &o, usage_rules);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { fprintf(stderr, "lexgap rules: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0;
  int rc = load_rules(&o, &sb, &rs, &problems);
  if (rc == 0) {
    /* list in the instrument's reading order */
    size_t *idx = malloc((rs.n + 1) * sizeof *idx);
    for (size_t i = 0; idx && i < rs.n; i++) idx[i] = i;
    for (size_t i = 1; idx && i < rs.n; i++)       /* insertion sort: small n, stable */
      for (size_t j = i; j > 0 && lx_ref_compare(rs.rules[idx[j - 1]].id, rs.rules[idx[j]].id) > 0; j--) {
        size_t t = idx[j]; idx[j] = idx[j - 1]; idx[j - 1] = t;
      }
    if (strcmp(o.format, "json") == 0) {
      json_t *arr = json_array();
      for (size_t k = 0; idx && k < rs.n; k++) {
        const lx_rule *r = &rs.rules[idx[k]];
        json_t *j = json_object();
        json_object_set_new(j, "id", json_string(r->id));
        json_object_set_new(j, "ref", r->ref ? json_string(r->ref) : json_null());
        json_object_set_new(j, "clause", r->clause ? json_string(r->clause) : json_null());
        json_object_set_new(j, "instrument", json_string(r->instrument));
        json_object_set_new(j, "level", json_string(lx_level_name(r->level)));
        json_t *title = json_object();
        if (r->title.en) json_object_set_new(title, "en", json_string(r->title.en));
        if (r->title.fr) json_object_set_new(title, "fr", json_string(r->title.fr));
        json_object_set_new(j, "title", title);
        json_object_set_new(j, "category", r->category ? json_string(r->category) : json_null());
        json_object_set_new(j, "cluster", r->cluster ? json_integer(r->cluster) : json_null());
        json_t *deps = json_array(), *covers = json_array(), *facts = json_array();
        for (int d = 0; d < r->ndepends; d++) json_array_append_new(deps, json_string(r->depends[d]));
        for (int d = 0; d < r->ncovers; d++) json_array_append_new(covers, json_string(r->covers[d]));
        for (int d = 0; d < r->nfacts; d++) json_array_append_new(facts, json_string(r->facts[d]));
        json_object_set_new(j, "depends", deps);
        json_object_set_new(j, "covers", covers);
        json_object_set_new(j, "facts", facts);
        json_object_set_new(j, "file", json_string(r->file));
        json_object_set_new(j, "line", json_integer(r->line));
        json_object_set_new(j, "valid", json_boolean(!r->invalid));
        json_object_set_new(j, "error", r->invalid ? json_string(r->invalid) : json_null());
        json_array_append_new(arr, j);
      }
      json_dumpf(arr, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
      fputc('\n', stdout);
      json_decref(arr);
    } else {
      for (size_t k = 0; idx && k < rs.n; k++) {
        const lx_rule *r = &rs.rules[idx[k]];
        if (r->invalid) { printf("%-28s INVALID  %s\n", r->id, r->invalid); continue; }
        printf("%-28s %-9s %-15s %d  %s\n", r->id, lx_level_name(r->level), r->category, r->cluster,
               report_pick(&r->title, o.lang));
      }
      printf("%zu obligations in %zu instrument%s, %d invalid\n", rs.n, rs.ninstruments,
             rs.ninstruments == 1 ? "" : "s", problems);
    }
    free(idx);
  }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return rc == 0 && problems == 0 ? EXIT_OK : EXIT_FAIL;
}

static int cmd_test(int argc, char **argv) {
  options o;
  int prc = parse_options("test", argc, argv, &o, usage_test);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { fprintf(stderr, "lexgap test: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0;
  int rc = load_rules(&o, &sb, &rs, &problems);
  int result = EXIT_FAIL;
  if (rc == 0) result = ruletest_run(sb, &rs, o.verbose, stdout) == 0 && problems == 0 ? EXIT_OK : EXIT_FAIL;
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return result;
}

int main(int argc, char **argv) {
  if (argc < 2) { usage_main(stderr); return EXIT_FAIL; }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) { usage_main(stdout); return EXIT_OK; }
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("lexgap %s (Lua %s.%s, Jansson %s)\n", LX_VERSION, LUA_VERSION_MAJOR, LUA_VERSION_MINOR, JANSSON_VERSION);
    return EXIT_OK;
  }
  if (strcmp(cmd, "assess") == 0) return cmd_assess(argc - 1, argv + 1);
  if (strcmp(cmd, "rules") == 0) return cmd_rules(argc - 1, argv + 1);
  if (strcmp(cmd, "test") == 0) return cmd_test(argc - 1, argv + 1);
  static const char *const commands[] = { "assess", "rules", "test", "version", "help" };
  const char *hint = lx_suggest(cmd, commands, 5);
  fprintf(stderr, "lexgap: '%s' is not a command%s%s%s\n", cmd, hint ? " (did you mean '" : "",
          hint ? hint : "", hint ? "'?)" : "");
  usage_main(stderr);
  return EXIT_FAIL;
}

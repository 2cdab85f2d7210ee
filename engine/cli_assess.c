/*
 * cli_assess.c -- `lexgap assess PROFILE...`: the main job.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <getopt.h>

#include "cli.h"
#include "date.h"
#include "evaluate.h"
#include "report.h"

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
    "  --format FMT        text (default), md (Markdown), json, html (one printable\n"
    "                      page with charts) or csv (one row per finding)\n"
    "  --lang LANG         language of the report: en (default) or fr\n"
    "  -o, --output FILE   write the report to FILE (replaced only when complete)\n"
    "  --color WHEN        auto (default: on a terminal, unless NO_COLOR is set),\n"
    "                      always or never\n"
    "  --prospective       assess instruments the State is not bound by as if it were\n"
    "  --trace             show what rules print (to standard error)\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 no gap; 2 gaps found; 1 bad input or a rule error.\n");
}

int cmd_assess(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("assess", argc, argv, &o, usage_assess);
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
  if (cli_load_rules(&o, &sb, &rs, &rule_problems) != 0) {
    ruleset_free(&rs, sb);
    sandbox_free(sb);
    return EXIT_FAIL;
  }
  lx_profile *profiles = calloc((size_t)nprofiles, sizeof *profiles);
  lx_assessment *as = calloc((size_t)nprofiles, sizeof *as);
  lx_assessment **list = calloc((size_t)nprofiles, sizeof *list);
  int failed = !profiles || !as || !list;
  size_t done = 0;
  /* Every profile must load before anything is assessed; the problems of
  ** all of them are listed. */
  int refused = 0;
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
      refused = 1;
    }
    diag_free(&diags);
  }
  if (refused) failed = 1;
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
    FILE *out = cli_open_output(o.output, tmp, sizeof tmp);
    if (!out) failed = 1;
    else {
      const char *no_color = getenv("NO_COLOR");
      report_options ro = { o.lang, 0, o.rules_dir };
      if (strcmp(o.color, "always") == 0) ro.color = 1;
      else if (strcmp(o.color, "auto") == 0)
        ro.color = out == stdout && isatty(STDOUT_FILENO) && !(no_color && *no_color);
      int rc;
      if (strcmp(o.format, "json") == 0) rc = report_json(out, list, done, &ro);
      else if (strcmp(o.format, "html") == 0) rc = report_html(out, list, done, &ro);
      else if (strcmp(o.format, "csv") == 0) rc = report_csv(out, list, done, &ro);
      else if (strcmp(o.format, "md") == 0) rc = report_markdown(out, list, done, &ro);
      else rc = report_text(out, list, done, &ro);
      if (cli_close_output(out, o.output, tmp, rc == 0) != 0) failed = 1;
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


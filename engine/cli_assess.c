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

/* Does an instrument the assessment covers get no rating (withheld for
** lack of coverage, or nothing settled)?  1 if so. */
static int assessment_incomplete(const lx_assessment *a) {
  lx_rating *list;
  size_t n = rating_compute(a, &list);
  int incomplete = 0;
  for (size_t i = 0; i < n; i++)
    if (list[i].scope == SCOPE_INSTRUMENT && list[i].grade == GRADE_NONE) incomplete = 1;
  rating_free(list, n);
  return incomplete;
}

static void usage_assess(FILE *f) {
  fprintf(f,
    "usage: lexgap assess [options] PROFILE...\n"
    "\n"
    "Assess each profile against the loaded obligations and write a gap report.\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (default: $LEXGAP_RULES, rules/ beside the\n"
    "                      binary, or the installed rules); a folder of packs\n"
    "                      without schema.lua, or one pack folder, is read with\n"
    "                      the default rules' profile model\n"
    "  --instrument ID     assess only this instrument (repeatable), e.g. untoc;\n"
    "                      the instruments are the packs present (any case)\n"
    "  --as-of DATE        assess the law in force on DATE, YYYY-MM-DD (default: today)\n"
    "  --format FMT        text (default), md (Markdown), json, html (one printable\n"
    "                      page with charts), csv (one row per finding) or summary\n"
    "                      (a screen: ratings with their coverage, the gaps one line\n"
    "                      each, the number of open questions)\n"
    "  --only gaps         only the gaps, the open questions and the errors (with the\n"
    "                      header, summary and overall ratings): a version to circulate\n"
    "  --summary           with -o: also print the short summary on standard output\n"
    "  --fail-on LIST      what makes the exit status non-zero, comma-separated:\n"
    "                      gap (exit 2), unknown (an open question: exit 3),\n"
    "                      incomplete (an instrument's rating withheld or not rated:\n"
    "                      exit 3), none; default gap,incomplete\n"
    "  --lang LANG         language of the report: en (default) or fr\n"
    "  -o, --output FILE   write the report to FILE (a file is replaced only when\n"
    "                      complete; a device or FIFO is written to directly)\n"
    "  --color WHEN        auto (default: on a terminal, unless NO_COLOR is set),\n"
    "                      always or never\n"
    "  --prospective       assess instruments the State is not bound by as if it were\n"
    "                      (a treaty not yet in force); every format labels those\n"
    "                      findings prospective\n"
    "  --trace             show what rules print (to standard error)\n"
    "  --save              record the runs in the database (see docs/store.md), all\n"
    "                      or none; a progress bar shows on a terminal\n"
    "  --db FILE           the database (default: $LEXGAP_DB, else\n"
    "                      $XDG_DATA_HOME/lexgap/lexgap.db, else ~/.local/share/lexgap/lexgap.db)\n"
    "  -h, --help          this help\n"
    "\n"
    "Warnings (on standard error and in the report, every format; they do not\n"
    "change the exit status): an assessment date more than a year after, or\n"
    "before, the date the profile describes; a placeholder State code or name;\n"
    "an instrument the profile names that has no rule pack.\n"
    "\n"
    "exit status: 0 no gap and nothing else --fail-on names; 2 gaps found; 3 no gap,\n"
    "but the assessment is incomplete (see --fail-on); 1 bad input, a rule error or\n"
    "a failed save.\n");
}

int cmd_assess(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("assess", argc, argv, &o, usage_assess);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  int nprofiles = argc - optind;
  if (nprofiles <= 0) {
    diag_printf(stderr, "lexgap assess: no profile given\n");
    usage_assess(stderr);
    return EXIT_FAIL;
  }
  if (o.summary && (!o.output || strcmp(o.format, "summary") == 0)) {
    fprintf(stderr, "lexgap assess: --summary prints the summary beside a report written with -o FILE\n");
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
  char **srcs = calloc((size_t)nprofiles, sizeof *srcs);      /* --save: the bytes assessed */
  size_t *lens = calloc((size_t)nprofiles, sizeof *lens);
  int failed = !profiles || !as || !list || !srcs || !lens;
  size_t done = 0;
  /* Every profile must load before anything is assessed; the problems of
  ** all of them are listed. */
  int refused = 0;
  for (int i = 0; !failed && i < nprofiles; i++) {
    diag_list diags;
    diag_init(&diags);
    int lrc = o.save ? cli_load_profile_bytes(&profiles[i], argv[optind + i], rs.schema, &diags, &srcs[i], &lens[i])
                     : profile_load(&profiles[i], argv[optind + i], rs.schema, &diags);
    if (lrc != 0) {
      for (size_t k = 0; k < diags.n; k++) {
        char line[4096];
        diag_format(&diags.items[k], line, sizeof line);
        fprintf(stderr, "error: %s\n", line);   /* diag_format cleaned it */
      }
      diag_printf(stderr, "lexgap assess: %s: profile refused (%zu problem%s); nothing assessed\n",
              argv[optind + i], diags.n, diags.n == 1 ? "" : "s");
      refused = 1;
    }
    diag_free(&diags);
  }
  if (refused) failed = 1;
  int gaps = 0, errors = 0, unknown = 0, incomplete = 0;
  cli_progress prog;
  cli_progress_init(&prog, o.save ? (size_t)nprofiles : 0);
  for (int i = 0; !failed && i < nprofiles; i++) {
    cli_progress_step(&prog, "assessing", (size_t)i, (size_t)nprofiles);
    if (evaluate(&as[i], sb, &rs, &profiles[i], as_of, o.prospective) != 0) {
      diag_printf(stderr, "lexgap assess: out of memory\n");
      failed = 1;
      break;
    }
    list[done++] = &as[i];
    for (size_t c = 0; c < as[i].ncaveats; c++)
      fprintf(stderr, "warning: %s: %s\n", argv[optind + i], as[i].caveats[c].text.en);
    lx_summary s;
    assessment_summary(&as[i], &s);
    gaps += s.gaps;
    errors += s.errors;
    unknown += s.by_status[LX_UNKNOWN];
    incomplete += assessment_incomplete(&as[i]);
  }
  cli_progress_end(&prog);
  /* all runs or none; a failed save still leaves the report to read */
  int save_failed = !failed && o.save && cli_save(&o, list, srcs, lens, done) != 0;
  if (!failed) {
    cli_output dest;
    if (cli_open_output(&dest, o.output) != 0) failed = 1;
    else {
      FILE *out = dest.f;
      const char *no_color = getenv("NO_COLOR");
      report_options ro = { o.lang, 0, o.rules_dir, o.only_gaps, o.output };
      if (strcmp(o.color, "always") == 0) ro.color = 1;
      else if (strcmp(o.color, "auto") == 0)
        ro.color = out == stdout && isatty(STDOUT_FILENO) && !(no_color && *no_color);
      int rc = report_write(out, o.format, list, done, &ro);
      if (cli_close_output(&dest, rc == 0) != 0) failed = 1;
      else if (o.summary && report_summary(stdout, list, done, &ro) != 0) failed = 1;
    }
  }
  if (!failed && errors) diag_printf(stderr, "lexgap assess: %d rule error%s (see the report)\n", errors, errors == 1 ? "" : "s");
  for (size_t i = 0; i < done; i++) assessment_free(list[i]);
  for (int i = 0; profiles && i < nprofiles; i++) profile_free(&profiles[i]);
  for (int i = 0; srcs && i < nprofiles; i++) free(srcs[i]);
  free(profiles); free(as); free(list); free(srcs); free(lens);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  if (failed || errors || save_failed) return EXIT_FAIL;
  if (gaps && (o.fail_on & FAIL_ON_GAP)) return EXIT_GAPS;
  if ((unknown && (o.fail_on & FAIL_ON_UNKNOWN)) || (incomplete && (o.fail_on & FAIL_ON_INCOMPLETE))) {
    fprintf(stderr, "lexgap assess: the assessment is incomplete (%s); exit status %d\n",
            incomplete && (o.fail_on & FAIL_ON_INCOMPLETE) ? "a rating is withheld or not rated for lack of settled obligations"
                                                          : "open questions remain", EXIT_INCOMPLETE);
    return EXIT_INCOMPLETE;
  }
  return EXIT_OK;
}


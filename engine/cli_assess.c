/*
 * cli_assess.c -- `lexgap assess PROFILE...`: the main job.
 */
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <getopt.h>

#include "cli.h"
#include "date.h"
#include "evaluate.h"
#include "report.h"

/* Does an instrument the assessment covers get no rating (withheld for
** lack of coverage, or nothing settled)?  1 if so; list[0..n-1] are the
** assessment's ratings. */
static int assessment_incomplete(const lx_rating *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (list[i].scope == SCOPE_INSTRUMENT && list[i].grade == GRADE_NONE) return 1;
  return 0;
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
    "                      $XDG_DATA_HOME/lexgap/lexgap.db, else ~/.local/share/lexgap/lexgap.db;\n"
    "                      FILE is a file's path, never a URI; an empty one is refused)\n"
    "  -h, --help          this help\n"
    "\n"
    "Warnings (on standard error and in the report, every format; they do not\n"
    "change the exit status): an assessment date more than a year after, or\n"
    "before, the date the profile describes; a placeholder State code or name;\n"
    "an instrument the profile names that has no rule pack.\n"
    "\n"
    "Good practice (a soft-law pack such as untoc-wg): its recommendations are\n"
    "reported as followed, partly followed or not followed (advised), in their own\n"
    "part and beside the obligations they serve; never gaps, never rated, and they\n"
    "change the exit status only when their rule fails (exit 1).\n"
    "\n"
    "exit status: 0 no gap and nothing else --fail-on names; 2 gaps found; 3 no gap,\n"
    "but the assessment is incomplete (see --fail-on); 1 bad input, a rule error or\n"
    "a failed save.\n");
}

/* What decides the exit status, summed over the profiles assessed. */
typedef struct {
  int gaps, errors, unknown, incomplete, assessed;   /* assessed: profiles so far */
  rating_plan *plan;        /* the rating groups of the batch's rules, made once (rating.h) */
} tally;

/* One profile assessed: the assessment and its ratings, computed once for
** the exit status and the reports. */
typedef struct {
  lx_assessment a;
  lx_rating *ratings;
  size_t nratings;
} assessed;

/* Evaluate one profile into *x (rated), print its warnings, add it to *t;
** 0, or -1 (out of memory, said on standard error). */
static int assess_one(assessed *x, lx_sandbox *sb, lx_ruleset *rs, const lx_profile *p,
                      const char *file, const char *as_of, int prospective, tally *t) {
  lx_assessment *a = &x->a;
  cli_run_packs_binding(rs, sb, p, as_of, prospective);   /* already run for it, unless its file changed */
  sandbox_between_evaluations(sb);   /* a batch's major collections fall here */
  if (evaluate(a, sb, rs, p, as_of, prospective) != 0) {
    diag_printf(stderr, "lexgap assess: out of memory\n");
    return -1;
  }
  /* After the first profile, the reports so far go out first: when standard
  ** output and standard error are one file (`> out 2>&1`), a warning then
  ** falls between two profiles' reports, never inside a line of one (the
  ** first profile's warnings come before the report, as they always did). */
  if (a->ncaveats && t->assessed) fflush(stdout);
  for (size_t c = 0; c < a->ncaveats; c++)
    fprintf(stderr, "warning: %s: %s\n", file, a->caveats[c].text.en);
  lx_summary s;
  assessment_summary(a, &s);
  t->gaps += s.gaps;
  t->errors += s.errors;
  t->unknown += s.by_status[LX_UNKNOWN];
  t->assessed++;
  x->nratings = rating_compute_planned(a, &t->plan, &x->ratings);
  t->incomplete += assessment_incomplete(x->ratings, x->nratings);
  return 0;
}

static void assessed_free(assessed *x) {
  rating_free(x->ratings, x->nratings);
  assessment_free(&x->a);
  memset(x, 0, sizeof *x);
}

/* The problems of a profile refused, one "error:" line each. */
static void print_refusal_problems(const diag_list *diags) {
  for (size_t k = 0; k < diags->n; k++) {
    char line[4096];
    diag_format(&diags->items[k], line, sizeof line);
    fprintf(stderr, "error: %s\n", line);   /* diag_format cleaned it */
  }
}

/* The report options of `assess` writing to out. */
static void report_options_for(const options *o, FILE *out, report_options *ro) {
  const char *no_color = getenv("NO_COLOR");
  report_options r = { o->lang, 0, o->rules_dir, o->only_gaps, o->output };
  if (strcmp(o->color, "always") == 0) r.color = 1;
  else if (strcmp(o->color, "auto") == 0)
    r.color = out == stdout && isatty(STDOUT_FILENO) && !(no_color && *no_color);
  *ro = r;
}

/* The check of a streamed batch keeps the first profiles loaded, while
** their trees take at most this many bytes (data_blocks_bytes; under
** --save, their trees and their bytes, which the save needs), and the last
** one whatever its size (it is checked just before the assessment starts),
** and the assessment takes them as they are (a single profile, or a batch
** of a few dozen, is read, parsed and checked once); the others are read
** again in turn (and checked again only if their bytes changed).  Memory
** stays bounded however many there are. */
#define KEEP_CHECKED_TREE_BYTES (8 * 1024 * 1024)

/* The report of files[0..n-1] in any format, streamed: each profile (all
** of them checked already; names[] their States' names; kept[i] loaded
** still, or all zero, and under --save kept_src[i] and kept_len[i] the
** bytes it was loaded from (taken, and freed, with it); seen[i] what its
** check read) is taken from kept[] or loaded again (checked again only if
** its bytes changed), assessed,
** written and freed before the next, so memory stays flat however many
** there are.  With --summary only the summary's text is kept, and printed
** once the report is complete.  With --save (saving not NULL) each run is
** staged as soon as it is assessed, with the bytes its profile was loaded
** from, and a progress bar follows the assessment on a terminal; a report
** that cannot be written (standard output closed by its reader...) then
** stops the report only, not the assessment: the runs are saved as
** before, when the save came ahead of the report; so does a -o file that
** cannot be opened (said at once; the profiles are then assessed and
** saved with no report).  Returns 1 if anything failed (a -o file is then
** left as it was), else 0. */
static int assess_streaming(const options *o, char **files, int n, const char *const *names, lx_profile *kept,
                            char **kept_src, const size_t *kept_len, const profile_seen *seen, lx_sandbox *sb,
                            lx_ruleset *rs, const char *as_of, tally *t, cli_saving *saving) {
  cli_output dest;
  int opened = cli_open_output(&dest, o->output) == 0;
  if (!opened && !saving) return 1;
  report_options ro;
  report_options_for(o, dest.f, &ro);
  report_stream *report = opened ? report_stream_begin(dest.f, o->format, &ro, (size_t)n, names, as_of) : NULL;
  char *summary_text = NULL;                 /* --summary: standard output's text, written last */
  size_t summary_len = 0;
  FILE *summary_f = NULL;
  report_stream *summary = NULL;
  int failed = 0;                            /* a profile not assessed: nothing more is */
  int report_failed = !report;               /* the report cannot be completed */
  if (!report_failed && o->summary) {
    summary_f = open_memstream(&summary_text, &summary_len);
    summary = summary_f ? report_stream_begin(summary_f, "summary", &ro, (size_t)n, names, as_of) : NULL;
    if (!summary) { diag_printf(stderr, "lexgap assess: out of memory\n"); report_failed = 1; }
  }
  cli_progress prog;
  cli_progress_init(&prog, saving ? (size_t)n : 0);
  for (int i = 0; !failed && !(report_failed && !saving) && i < n; i++) {
    diag_list diags;
    diag_init(&diags);
    lx_profile p;
    memset(&p, 0, sizeof p);
    char *src = NULL;                        /* --save: the bytes the profile was loaded from */
    size_t src_len = 0;
    int lrc = 0;
    if (kept[i].data) {                      /* loaded by the check: taken as it is, with its bytes */
      p = kept[i];
      memset(&kept[i], 0, sizeof kept[i]);
      src = kept_src[i];
      src_len = kept_len[i];
      kept_src[i] = NULL;
    } else if (saving) lrc = profile_load_again_keeping(&p, files[i], rs->schema, &seen[i], &src, &src_len, &diags);
    else lrc = profile_load_again(&p, files[i], rs->schema, &seen[i], &diags);
    if (lrc != 0) {                          /* changed since it was checked */
      print_refusal_problems(&diags);
      diag_printf(stderr, "lexgap assess: %s: profile refused when read again (%zu problem%s)\n",
                  files[i], diags.n, diags.n == 1 ? "" : "s");
      diag_free(&diags);
      profile_free(&p);
      failed = 1;
      break;
    }
    diag_free(&diags);
    if (prog.on) fflush(stdout);             /* the report so far, before the bar */
    cli_progress_step(&prog, "assessing", (size_t)i, (size_t)n);
    assessed x;
    if (assess_one(&x, sb, rs, &p, files[i], as_of, o->prospective, t) != 0) failed = 1;
    else {
      if (saving) cli_save_add(saving, &x.a, src, src_len, o->prospective);
      if (dest.f == stdout) cli_progress_end(&prog);   /* the bar cleared while the report is written */
      if (!report_failed && report_stream_add(report, &x.a, x.ratings, x.nratings) != 0) report_failed = 1;
      if (!report_failed && summary && report_stream_add(summary, &x.a, x.ratings, x.nratings) != 0) report_failed = 1;
      assessed_free(&x);
    }
    free(src);
    profile_free(&p);
  }
  cli_progress_end(&prog);
  if (failed || report_failed) failed = 1;
  if (report) {
    if (failed) report_stream_abandon(report);
    else if (report_stream_end(report) != 0) failed = 1;
  }
  if (opened && cli_close_output(&dest, !failed) != 0) failed = 1;
  if (summary) {
    if (failed) report_stream_abandon(summary);
    else if (report_stream_end(summary) != 0) failed = 1;
  }
  if (summary_f && fclose(summary_f) != 0) failed = 1;
  if (!failed && summary_text) {
    fwrite(summary_text, 1, summary_len, stdout);
    if (fflush(stdout) != 0 || ferror(stdout)) failed = 1;
  }
  free(summary_text);
  return failed;
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
  if (o.save && cli_save_check_path(&o) != 0) return EXIT_FAIL;   /* before any work: the path alone says it */
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
  char **names = calloc((size_t)nprofiles, sizeof *names);    /* the States' names */
  profile_seen *seen = calloc((size_t)nprofiles, sizeof *seen);   /* what each check read */
  char **srcs = calloc((size_t)nprofiles, sizeof *srcs);          /* --save: the bytes of those kept */
  size_t *src_lens = calloc((size_t)nprofiles, sizeof *src_lens);
  int failed = !profiles || !names || !seen || !srcs || !src_lens;
  /* The report is streamed, in every format: each profile is loaded,
  ** assessed, written and freed in turn, so that a batch runs in flat
  ** memory.  With --save, each run is staged as soon as it is assessed and
  ** every one saved at the end, all or none (cli_save_end; a single run is
  ** saved as soon as it is assessed, with no staging); the bytes
  ** saved are those the assessment read, so a profile kept from its check
  ** is kept with its bytes (within the same room), and any other is read
  ** again, bytes and all (and checked again only if its bytes changed),
  ** when its turn comes. */
  /* Every profile must load before anything is assessed; the problems of
  ** all of them are listed. */
  int refused = 0;
  size_t kept_bytes = 0;                      /* the trees (and bytes) of the profiles kept loaded */
  for (int i = 0; !failed && i < nprofiles; i++) {
    diag_list diags;
    diag_init(&diags);
    const char *file = argv[optind + i];
    size_t room = KEEP_CHECKED_TREE_BYTES - kept_bytes;
    int last = i == nprofiles - 1;            /* assessed as it is, whatever its size */
    int lrc;
    if (last && o.save) lrc = profile_load_keeping(&profiles[i], file, rs.schema, &srcs[i], &src_lens[i], &diags);
    else if (last) lrc = profile_load(&profiles[i], file, rs.schema, &diags);
    else if (o.save)                          /* kept: with its bytes, no digest */
      lrc = profile_load_seen_keeping(&profiles[i], file, rs.schema, room, &seen[i], &srcs[i], &src_lens[i], &diags);
    else lrc = profile_load_seen(&profiles[i], file, rs.schema, room, &seen[i], &diags);   /* kept: no digest */
    if (lrc != 0) {
      print_refusal_problems(&diags);
      diag_printf(stderr, "lexgap assess: %s: profile refused (%zu problem%s); nothing assessed\n",
              file, diags.n, diags.n == 1 ? "" : "s");
      refused = 1;
    } else {
      cli_run_packs_binding(&rs, sb, &profiles[i], as_of, o.prospective);   /* before any profile is assessed */
      const char *name = profiles[i].state_name;
      if (name && !(names[i] = strdup(name))) { diag_printf(stderr, "lexgap assess: out of memory\n"); failed = 1; }
      size_t held = data_blocks_bytes(profiles[i].blocks) + src_lens[i];
      if (last) {
        /* assessed next: kept whatever its size */
      } else if (o.save ? srcs[i] != NULL : held <= room) kept_bytes += held;   /* as profile_load_seen* decided */
      else {
        profile_free(&profiles[i]);               /* loaded again when its turn comes */
        kept_bytes = KEEP_CHECKED_TREE_BYTES;     /* the first ones only, in order */
      }
    }
    diag_free(&diags);
  }
  if (refused) failed = 1;
  tally t = { 0, 0, 0, 0, 0, NULL };
  /* A reader of the report that goes away (`| head`) must not take the save
  ** with it: the report then fails on its own, and the runs are saved. */
  if (!failed && o.save) signal(SIGPIPE, SIG_IGN);
  cli_saving *saving = !failed && o.save ? cli_save_begin((size_t)nprofiles, &o) : NULL;
  if (o.save && !saving) failed = 1;
  if (!failed)
    failed = assess_streaming(&o, argv + optind, nprofiles, (const char *const *)names, profiles, srcs, src_lens,
                              seen, sb, &rs, as_of, &t, saving);
  int gaps = t.gaps, errors = t.errors, unknown = t.unknown, incomplete = t.incomplete;
  rating_plan_free(t.plan);
  /* all runs or none; a failed save still leaves the report to read */
  int save_failed = saving && cli_save_end(saving) != 0;
  if (!failed && errors) diag_printf(stderr, "lexgap assess: %d rule error%s (see the report)\n", errors, errors == 1 ? "" : "s");
  for (int i = 0; profiles && i < nprofiles; i++) profile_free(&profiles[i]);
  for (int i = 0; names && i < nprofiles; i++) free(names[i]);
  for (int i = 0; srcs && i < nprofiles; i++) free(srcs[i]);
  free(profiles); free(names); free(seen); free(srcs); free(src_lens);
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


/*
 * cli_test.c -- `lexgap test`: the rule packs' own test cases.
 */
#include <getopt.h>

#include "cli.h"
#include "ruletest.h"

static void usage_test(FILE *f) {
  fprintf(f,
    "usage: lexgap test [options]\n"
    "\n"
    "Run the test cases of the rule packs (<pack>/tests/NAME.lua): each case is a\n"
    "profile fragment merged onto <pack>/tests/base.lua, with the expected status\n"
    "of each obligation it names; an expectation may also give texts the\n"
    "finding's explanation must contain (explains, explains_fr) or must not\n"
    "(explains_not, explains_not_fr).  A case with `adding` (a true fact merged on\n"
    "top) fails when the fact lowers any finding (not_met < partly_met < met, or\n"
    "a settled finding becoming unknown).  Also fails when a rule is invalid or lacks a\n"
    "case expecting met, one expecting not_met or partly_met, and one expecting\n"
    "unknown.  A case with prospective = true is assessed as if the State were\n"
    "bound (a treaty not yet in force).\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (see 'lexgap assess --help')\n"
    "  --instrument ID     only this instrument (repeatable)\n"
    "  -v, --verbose       list every case, not only failures\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 all cases pass; 1 otherwise.\n");
}

int cmd_test(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("test", argc, argv, &o, usage_test);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { diag_printf(stderr, "lexgap test: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0;
  int rc = cli_load_rules(&o, &sb, &rs, &problems);
  int result = EXIT_FAIL;
  if (rc == 0) result = ruletest_run(sb, &rs, o.verbose, stdout) == 0 && problems == 0 ? EXIT_OK : EXIT_FAIL;
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return result;
}


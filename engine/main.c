/*
 * main.c -- the lexgap command line: subcommands in the git style.
 *
 *   lexgap assess PROFILE...   gap report for each profile    (cli_assess.c)
 *   lexgap rules               the obligations loaded          (cli_rules.c)
 *   lexgap test                the rule packs' test cases      (cli_test.c)
 *   lexgap coverage            provisions the rules encode     (cli_coverage.c)
 *   lexgap texts import|show   official texts as provisions    (cli_coverage.c, texts.c)
 *   lexgap history|diff|matrix|search|show   the assessment store (cli_store.c)
 *   lexgap version
 *
 * Exit status (assess): 0 assessment completed, no gap; 2 completed with
 * gaps; 1 could not complete (bad input) or a rule errored.  Other
 * commands: 0 success, 1 failure.
 */
#include <stdio.h>
#include <string.h>

#include <lua.h>

#include "cli.h"
#include "lx.h"
#include "sandbox.h"
#include "texts.h"

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
    "  questionnaire       the blank profile and the questions for an instrument\n"
    "  coverage            which provisions of the official texts the rules encode\n"
    "  texts               import an official text; show a provision's words\n"
    "\n"
    "the assessment store (assess --save records runs; see docs/store.md):\n"
    "  history [STATE]     the saved runs of a State\n"
    "  diff RUN RUN        what changed between two runs\n"
    "  matrix              States by article or obligation, from their latest runs\n"
    "  search TEXT...      full-text search in the provisions of the instruments\n"
    "  show RUN...         a saved report again, in any format\n"
    "\n"
    "  version             print the version\n"
    "\n"
    "Run 'lexgap <command> --help' for the options of a command.\n");
}

/* Run the command argv[1]; its exit status. */
static int dispatch(int argc, char **argv) {
  if (argc < 2) { usage_main(stderr); return EXIT_FAIL; }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) { usage_main(stdout); return EXIT_OK; }
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("lexgap %s (Lua %s.%s)\n", LX_VERSION, LUA_VERSION_MAJOR, LUA_VERSION_MINOR);
    return EXIT_OK;
  }
  if (strcmp(cmd, "assess") == 0) return cmd_assess(argc - 1, argv + 1);
  if (strcmp(cmd, "rules") == 0) return cmd_rules(argc - 1, argv + 1);
  if (strcmp(cmd, "test") == 0) return cmd_test(argc - 1, argv + 1);
  if (strcmp(cmd, "questionnaire") == 0) return cmd_questionnaire(argc - 1, argv + 1);
  if (strcmp(cmd, "coverage") == 0) return cmd_coverage(argc - 1, argv + 1);
  if (strcmp(cmd, "texts") == 0) return cmd_texts(argc - 1, argv + 1);
  if (strcmp(cmd, "history") == 0) return cmd_history(argc - 1, argv + 1);
  if (strcmp(cmd, "diff") == 0) return cmd_diff(argc - 1, argv + 1);
  if (strcmp(cmd, "matrix") == 0) return cmd_matrix(argc - 1, argv + 1);
  if (strcmp(cmd, "search") == 0) return cmd_search(argc - 1, argv + 1);
  if (strcmp(cmd, "show") == 0) return cmd_show(argc - 1, argv + 1);
  static const char *const commands[] = { "assess", "rules", "test", "coverage", "texts", "questionnaire",
                                          "history", "diff", "matrix", "search", "show", "version", "help" };
  const char *hint = lx_suggest(cmd, commands, (int)(sizeof commands / sizeof *commands));
  diag_printf(stderr, "lexgap: '%s' is not a command%s%s%s\n", cmd, hint ? " (did you mean '" : "",
          hint ? hint : "", hint ? "'?)" : "");
  usage_main(stderr);
  return EXIT_FAIL;
}

int main(int argc, char **argv) {
  sandbox_leave_to_exit();            /* one command, then exit: no teardown (not under ASan) */
  return cli_finish_stdout(dispatch(argc, argv));   /* a failed write to standard output fails the command */
}

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
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

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

#define HEAP_STEP (32u << 20)          /* the heap grows by this much at a time */
#define HUGE_PAGE (2u << 20)           /* a transparent huge page on x86-64 */

/* The heap of one short command.  A cold `assess` touches about 9 MB of
** heap, and the kernel's fault on each of its 4 KiB pages, first touched,
** was the largest part of the run's system time (about 2,200 faults).  So:
** large blocks come from the heap too (not each mapped and unmapped), memory
** freed is kept for the next allocation (not trimmed and faulted in again),
** the heap grows HEAP_STEP at a time, and its first step is offered to the
** kernel for transparent huge pages (madvise; where the kernel has none to
** give or does not allow it, the advice changes nothing).  Untouched memory
** costs nothing; what is touched is the same memory.  Allocators that are
** not glibc's (a sanitizer's) ignore all of it. */
static void *volatile heap_below_huge_pages;   /* kept (never touched but its header), so never reused */

static void heap_for_one_command(void) {
  mallopt(M_MMAP_THRESHOLD, HEAP_STEP);
  mallopt(M_TRIM_THRESHOLD, 2 * HEAP_STEP);
  mallopt(M_TOP_PAD, HEAP_STEP);
  char *first = malloc(1);                          /* the heap's first step */
  char *end = sbrk(0);
  if (first && end != (char *)-1 && first < end && (size_t)(end - first) <= 2 * (size_t)HEAP_STEP) {
    uintptr_t lo = ((uintptr_t)first + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t hi = (uintptr_t)end & ~(uintptr_t)(HUGE_PAGE - 1);
    if (hi > lo) madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    /* The heap does not start on a huge page: the part below the first
    ** boundary (up to 2 MiB, in small pages) is taken by one block left
    ** unused, so that what the command allocates starts at the boundary. */
    size_t below = lo - (uintptr_t)first;
    if (hi > lo && below > 4096) heap_below_huge_pages = malloc(below - 64);
  }
  free(first);
}

int main(int argc, char **argv) {
  heap_for_one_command();
  sandbox_leave_to_exit();            /* one command, then exit: no teardown (not under ASan) */
  return cli_finish_stdout(dispatch(argc, argv));   /* a failed write to standard output fails the command */
}

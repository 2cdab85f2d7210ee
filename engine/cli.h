/*
 * cli.h -- what the command-line front ends share: options, loading the
 * rules, writing a report to a file or standard output.
 *
 * One file per command (cli_assess.c, cli_rules.c, cli_test.c); main.c
 * dispatches.  Each command returns its exit status.
 */
#ifndef LX_CLI_H
#define LX_CLI_H

#include <stdio.h>

#include "rules.h"
#include "sandbox.h"

#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_GAPS 2

#define MAX_INSTRUMENTS 32

/* Options of the commands that load rules. */
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

/* Parse the options of command cmd (argv[0] is the command name); returns 0,
** 1 after --help (usage printed), or -1 after an error (message printed).
** Operands start at optind. */
int cli_parse_options(const char *cmd, int argc, char **argv, options *o, void (*usage)(FILE *));

/* Start the sandbox and load the rule set; prints problems.  Returns 0, or
** -1 when nothing can be evaluated.  *rule_problems counts invalid rules. */
int cli_load_rules(const options *o, lx_sandbox **sb, lx_ruleset *rs, int *rule_problems);

/* The report destination: stdout, or a temporary file beside path that
** replaces it only when complete (cli_close_output).  NULL on error. */
FILE *cli_open_output(const char *path, char *tmp, size_t size);
int cli_close_output(FILE *f, const char *path, const char *tmp, int ok);

int cmd_assess(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_test(int argc, char **argv);

#endif

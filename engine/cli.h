/*
 * cli.h -- what the command-line front ends share: options, loading the
 * rules, writing a report to a file or standard output.
 *
 * One file per command (cli_assess.c, cli_rules.c, cli_test.c; cli_store.c for
 * the commands of the assessment store); main.c
 * dispatches.  Each command returns its exit status.
 */
#ifndef LX_CLI_H
#define LX_CLI_H

#include <limits.h>
#include <stdio.h>

#include "evaluate.h"
#include "profile.h"
#include "rules.h"
#include "sandbox.h"

#define EXIT_OK 0
#define EXIT_FAIL 1
#define EXIT_GAPS 2
#define EXIT_INCOMPLETE 3  /* assess: no gap to report, but the assessment is incomplete (--fail-on) */

/* assess --fail-on: what makes the exit status non-zero besides a failure. */
#define FAIL_ON_GAP 1         /* a gap was found: exit 2 */
#define FAIL_ON_UNKNOWN 2     /* an obligation is unknown (an open question): exit 3 */
#define FAIL_ON_INCOMPLETE 4  /* an instrument's rating is withheld or not rated: exit 3 */

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
  /* the store (cli_store.c) */
  const char *db;          /* --db FILE */
  int save;                /* assess --save */
  const char *by;          /* matrix --by article|obligation */
  int limit;               /* search --limit N */
  const char *method;      /* search --method auto|fts5|like */
  int show_profile;        /* show --profile */
  /* the report */
  int only_gaps;           /* --only gaps: gaps, open questions and errors alone */
  int summary;             /* assess --summary: also print the short summary */
  int fail_on;             /* assess --fail-on: FAIL_ON_* bits (default gap,incomplete) */
  int texts_checked_only;  /* the command never shows the official texts: cli_load_rules
                           ** checks them without keeping them (set by cli_parse_options) */
  int defer_rule_files;    /* the command calls no check (rules, coverage...) or only those
                           ** of the packs that may bind its profiles (assess):
                           ** cli_load_rules leaves the rule files the executable's
                           ** snapshot declares unrun (cli_run_packs_binding runs them) */
} options;

/* Parse "gap,unknown,incomplete" or "none" into FAIL_ON_* bits; -1 when a
** word is unknown. */
int cli_parse_fail_on(const char *list, int *mask);

/* Parse the options of command cmd (argv[0] is the command name); returns 0,
** 1 after --help (usage printed), or -1 after an error (message printed).
** Operands start at optind. */
int cli_parse_options(const char *cmd, int argc, char **argv, options *o, void (*usage)(FILE *));

/* Start the sandbox and load the rule set; prints problems.  Returns 0, or
** -1 when nothing can be evaluated.  *rule_problems counts invalid rules. */
int cli_load_rules(const options *o, lx_sandbox **sb, lx_ruleset *rs, int *rule_problems);

/* Run the rule files cli_load_rules left waiting (rules.h,
** ruleset_run_deferred) of every pack that may bind the State of p at as_of
** (applicability_may_bind): a check of any other pack is never called, its
** findings are settled in C.  Prints problems as cli_load_rules does. */
void cli_run_packs_binding(lx_ruleset *rs, lx_sandbox *sb, const lx_profile *p, const char *as_of, int prospective);

/* Where a command writes its output (-o FILE, or standard output). */
typedef struct {
  FILE *f;                 /* write here */
  const char *name;        /* the destination as given (NULL: standard output) */
  int in_place;            /* written straight to it: a device, a FIFO, a terminal */
  char dest[PATH_MAX];     /* the regular file the temporary file replaces */
  char tmp[PATH_MAX + 16]; /* the temporary file, beside dest ("" when none) */
} cli_output;

/* Open the destination path ("-" or NULL: standard output).  A regular file
** (or a link to one) is written to a temporary file beside it that replaces
** it only when complete (cli_close_output), with the permissions the file had, or
** 0666 less the umask for a new one.  Anything else (/dev/null, /dev/stdout,
** a FIFO with a reader, a terminal) is written straight to, never renamed
** over; a directory or a FIFO no process reads is refused.  Returns 0, or
** -1 with the reason printed. */
int cli_open_output(cli_output *out, const char *path);
/* Finish the output: flush, sync and rename into place when ok, else
** discard the temporary file.  Every write error (also at flush and close)
** is printed, naming the destination.  Returns 0, or -1 when ok was 0 or
** anything failed. */
int cli_close_output(cli_output *out, int ok);
/* Flush and close standard output at exit; a write error there is printed
** and turns status into EXIT_FAIL.  Returns the exit status. */
int cli_finish_stdout(int status);

int cmd_assess(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_questionnaire(int argc, char **argv);

/* ---- the store (cli_store.c) ---- */

/* assess --save of a batch of total profiles, in flat memory, all or none:
** of two or more, each run is staged as soon as it is assessed (store.h:
** store_batch) and may then be freed, and cli_save_end saves them all in
** the database of o, in one transaction, or none; a batch of one is saved
** straight into the database as soon as it is assessed (store_save), with
** no staging. */
typedef struct cli_saving cli_saving;

/* Before assess --save does any work: the database path of o (--db,
** LEXGAP_DB, the default) checked as the save will check it before it reads
** or makes anything (store_path, store_check_path: the path's names, their
** lengths and lookup, and the directory the save must make or write in), so
** that a path the save would refuse for these is refused at once, "nothing
** was assessed or saved".  What only the file's contents tell (another
** program's database, damage) is still found by the save.  0, or -1 when
** refused (said on stderr). */
int cli_save_check_path(const options *o);

/* A batch to save into o's database (o is kept: it must outlive the
** batch); NULL (said on stderr) when out of memory.  A staging file that
** cannot be made is said by cli_save_end. */

cli_saving *cli_save_begin(size_t total, const options *o);
/* Stage the run of a (with the exact bytes of its profile); a failure is
** kept for cli_save_end, and the runs after it are not staged.  The only
** run of a batch of one is saved at once instead, and "saved run N ..."
** (or why not) said at once. */
void cli_save_add(cli_saving *s, const lx_assessment *a, const char *src, size_t len, int prospective);
/* Save the staged runs if every one of the total was staged, with a
** progress bar when stderr is a terminal and there are several; prints
** "saved run N ..." for each, or why not and that nothing was saved (for
** a batch of one, said by cli_save_add already; only "nothing was saved"
** if its run was never assessed).  Frees s (NULL is fine: nothing to save).
** Returns 0 or -1. */
int cli_save_end(cli_saving *s);

/* A progress bar on stderr, drawn only when stderr is a terminal. */
typedef struct { int on; size_t width; } cli_progress;
void cli_progress_init(cli_progress *p, size_t total);
void cli_progress_step(cli_progress *p, const char *label, size_t done, size_t total);
void cli_progress_end(cli_progress *p);

/* The store's commands; each returns its exit status (0, or 1 on failure). */
int cmd_history(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_matrix(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_show(int argc, char **argv);

#endif

/*
 * cli_questionnaire.c -- `lexgap questionnaire`: the blank profile to fill
 * and the questions to send to a ministry.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "questionnaire.h"

static void usage_questionnaire(FILE *f) {
  fprintf(f,
    "usage: lexgap questionnaire --instrument ID [options]\n"
    "\n"
    "What must be found out to assess a State against an instrument: the facts\n"
    "its rules read, each with its question and the provisions it serves.\n"
    "\n"
    "options:\n"
    "  --instrument ID     the instrument (required), e.g. untoc; named again, the\n"
    "                      instruments after the first are already answered: their\n"
    "                      rules' facts are left out (--instrument cybercrime\n"
    "                      --instrument untoc: what a profile filled for UNTOC\n"
    "                      has yet to answer for the Cybercrime Convention)\n"
    "  --format FMT        profile (default: a blank profile to fill, every fact\n"
    "                      a commented template), md or html (the questions as a\n"
    "                      document to send)\n"
    "  --lang LANG         en (default) or fr\n"
    "  -o, --output FILE   write to FILE (a file is replaced only when complete;\n"
    "                      a device or FIFO is written to directly)\n"
    "  --rules DIR         rule packs (see 'lexgap assess --help')\n"
    "  -h, --help          this help\n"
    "\n"
    "Assessed as it is, the blank profile gives `unknown` for every obligation,\n"
    "each with its questions.\n");
}

int cmd_questionnaire(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("questionnaire", argc, argv, &o, usage_questionnaire);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { diag_printf(stderr, "lexgap questionnaire: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  if (o.ninstruments < 1) {
    diag_printf(stderr, "lexgap questionnaire: name one instrument with --instrument ID\n");
    return EXIT_FAIL;
  }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0, failed = 0;
  if (cli_load_rules(&o, &sb, &rs, &problems) != 0) failed = 1;
  if (!failed) {
    cli_output dest;
    if (cli_open_output(&dest, o.output) != 0) failed = 1;
    else {
      FILE *out = dest.f;
      int rc;
      /* the instruments named after the first: already answered */
      questionnaire_answered ans = { o.instruments + 1, o.ninstruments - 1 };
      if (!strcmp(o.format, "md")) rc = questionnaire_document(out, &rs, o.instruments[0], &ans, o.lang, 0);
      else if (!strcmp(o.format, "html")) rc = questionnaire_document(out, &rs, o.instruments[0], &ans, o.lang, 1);
      else rc = questionnaire_profile(out, &rs, o.instruments[0], &ans, o.lang);
      if (cli_close_output(&dest, rc == 0) != 0) failed = 1;
    }
  }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return failed ? EXIT_FAIL : EXIT_OK;
}

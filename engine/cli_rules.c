/*
 * cli_rules.c -- `lexgap rules`: the obligations the rule packs encode.
 */
#include <stdlib.h>
#include <string.h>

#include <getopt.h>

#include "cli.h"
#include "json_writer.h"
#include "report.h"
#include "strbuf.h"

/* The rules of rs in the order idx gives, as a JSON array on standard
** output: each rule's id, ref, clause, instrument, level, title, category,
** cluster, depends, covers, serves, good_practice, facts, file, line,
** valid and error.  A string that is not valid UTF-8 is left out with its
** key (json_writer.h). */
static void rules_json(const lx_ruleset *rs, const size_t *idx) {
  strbuf b;
  json_writer w;
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_array(&w, NULL);
  for (size_t k = 0; idx && k < rs->n; k++) {
    const lx_rule *r = &rs->rules[idx[k]];
    jw_object(&w, NULL);
    jw_string(&w, "id", r->id);
    jw_string_or_null(&w, "ref", r->ref);
    jw_string_or_null(&w, "clause", r->clause);
    jw_string(&w, "instrument", r->instrument);
    jw_string(&w, "level", lx_level_name(r->level));
    jw_object(&w, "title");
    jw_string(&w, "en", r->title.en);
    jw_string(&w, "fr", r->title.fr);
    jw_end(&w);
    jw_string_or_null(&w, "category", r->category);
    if (r->cluster) jw_int(&w, "cluster", r->cluster);
    else jw_null(&w, "cluster");
    jw_strings(&w, "depends", r->depends, r->ndepends);
    jw_strings(&w, "covers", r->covers, r->ncovers);
    jw_strings(&w, "serves", r->serves, r->nserves);    /* obligations of other instruments it serves */
    jw_bool(&w, "good_practice", r->good_practice);
    jw_strings(&w, "facts", r->facts, r->nfacts);
    jw_string(&w, "file", r->file);
    jw_int(&w, "line", r->line);
    jw_bool(&w, "valid", !r->invalid);
    jw_string_or_null(&w, "error", r->invalid);
    jw_end(&w);
  }
  jw_end(&w);
  sb_putc(&b, '\n');
  jw_flush(&b, stdout);
  sb_free(&b);
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

int cmd_rules(int argc, char **argv) {
  options o;
  int prc = cli_parse_options("rules", argc, argv, &o, usage_rules);
  if (prc) return prc > 0 ? EXIT_OK : EXIT_FAIL;
  if (optind < argc) { diag_printf(stderr, "lexgap rules: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0;
  int rc = cli_load_rules(&o, &sb, &rs, &problems);
  if (rc == 0) {
    /* list in the instrument's reading order */
    size_t *idx = malloc((rs.n + 1) * sizeof *idx);
    for (size_t i = 0; idx && i < rs.n; i++) idx[i] = i;
    for (size_t i = 1; idx && i < rs.n; i++)       /* insertion sort: small n, stable */
      for (size_t j = i; j > 0 && lx_ref_compare(rs.rules[idx[j - 1]].id, rs.rules[idx[j]].id) > 0; j--) {
        size_t t = idx[j]; idx[j] = idx[j - 1]; idx[j - 1] = t;
      }
    if (strcmp(o.format, "json") == 0) {
      rules_json(&rs, idx);
    } else {
      for (size_t k = 0; idx && k < rs.n; k++) {       /* rules are untrusted: their words are cleaned */
        const lx_rule *r = &rs.rules[idx[k]];
        if (r->invalid) { diag_printf(stdout, "%-28s INVALID  %s\n", r->id, r->invalid); continue; }
        diag_printf(stdout, "%-28s %-9s %-15s %d  %s\n", r->id, lx_level_name(r->level), r->category, r->cluster,
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


/*
 * cli_rules.c -- `lexgap rules`: the obligations the rule packs encode.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <getopt.h>

#include "cli.h"
#include "report.h"

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
      json_t *arr = json_array();
      for (size_t k = 0; idx && k < rs.n; k++) {
        const lx_rule *r = &rs.rules[idx[k]];
        json_t *j = json_object();
        json_object_set_new(j, "id", json_string(r->id));
        json_object_set_new(j, "ref", r->ref ? json_string(r->ref) : json_null());
        json_object_set_new(j, "clause", r->clause ? json_string(r->clause) : json_null());
        json_object_set_new(j, "instrument", json_string(r->instrument));
        json_object_set_new(j, "level", json_string(lx_level_name(r->level)));
        json_t *title = json_object();
        if (r->title.en) json_object_set_new(title, "en", json_string(r->title.en));
        if (r->title.fr) json_object_set_new(title, "fr", json_string(r->title.fr));
        json_object_set_new(j, "title", title);
        json_object_set_new(j, "category", r->category ? json_string(r->category) : json_null());
        json_object_set_new(j, "cluster", r->cluster ? json_integer(r->cluster) : json_null());
        json_t *deps = json_array(), *covers = json_array(), *facts = json_array();
        for (int d = 0; d < r->ndepends; d++) json_array_append_new(deps, json_string(r->depends[d]));
        for (int d = 0; d < r->ncovers; d++) json_array_append_new(covers, json_string(r->covers[d]));
        for (int d = 0; d < r->nfacts; d++) json_array_append_new(facts, json_string(r->facts[d]));
        json_object_set_new(j, "depends", deps);
        json_object_set_new(j, "covers", covers);
        json_t *serves = json_array();     /* obligations of other instruments it serves */
        for (int d = 0; d < r->nserves; d++) json_array_append_new(serves, json_string(r->serves[d]));
        json_object_set_new(j, "serves", serves);
        json_object_set_new(j, "good_practice", json_boolean(r->good_practice));
        json_object_set_new(j, "facts", facts);
        json_object_set_new(j, "file", json_string(r->file));
        json_object_set_new(j, "line", json_integer(r->line));
        json_object_set_new(j, "valid", json_boolean(!r->invalid));
        json_object_set_new(j, "error", r->invalid ? json_string(r->invalid) : json_null());
        json_array_append_new(arr, j);
      }
      json_dumpf(arr, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
      fputc('\n', stdout);
      json_decref(arr);
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


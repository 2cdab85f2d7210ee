/*
 * test_rules.c -- loading rule packs (engine/rules.c): declarations,
 * validation, dependency order, and provision references.
 *
 * Each test builds its own rules directory under /tmp (mkdtemp): a copy of
 * $LEXGAP_ROOT/rules/schema.lua, an untoc/instrument.lua, and rule files
 * written from the C strings below, then loads it into a fresh sandbox.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "fixture.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data.h"
#include "diag.h"
#include "evaluate.h"
#include "profile.h"
#include "rules.h"
#include "sandbox.h"

#define INSTRUMENT \
  "-- The instrument this pack encodes (test copy).\n" \
  "return {\n" \
  "  id = \"untoc\",\n" \
  "  title = {\n" \
  "    en = \"United Nations Convention against Transnational Organized Crime\",\n" \
  "    fr = \"Convention des Nations unies contre la criminalit\xc3\xa9 transnationale organis\xc3\xa9\x65\",\n" \
  "  },\n" \
  "  short = { en = \"UNTOC\", fr = \"CTO\", es = \"UNTOC\" },\n" \
  "  kind = \"treaty\",\n" \
  "  adopted = \"2000-11-15\",\n" \
  "  in_force = \"2003-09-29\",\n" \
  "  days_after_deposit = 30,\n" \
  "  denunciation_years = 1,\n" \
  "  clusters = {\n" \
  "    { en = \"Criminalization and jurisdiction\", fr = \"Incrimination et comp\xc3\xa9tence\" },\n" \
  "    { en = \"Prevention\", fr = \"Pr\xc3\xa9vention\" },\n" \
  "    { en = \"Law enforcement\", fr = \"D\xc3\xa9tection et r\xc3\xa9pression\" },\n" \
  "    { en = \"International cooperation\", fr = \"Coop\xc3\xa9ration internationale\" },\n" \
  "  },\n" \
  "}\n"

/* A valid declaration of 10 lines (plus the lines of `extra`, which come
** just before `check`). */
#define OBL(ref, extra) \
  "obligation {\n" \
  "  ref = \"" ref "\",\n" \
  "  level = \"mandatory\",\n" \
  "  title = { en = \"Title\", fr = \"Titre\" },\n" \
  "  text = { en = \"Text.\" },\n" \
  "  category = \"criminalization\",\n" \
  "  cluster = 1,\n" \
  "  facts = {},\n" \
  extra \
  "  check = function(ctx) return ctx:met(\"ok\") end,\n" \
  "}\n"

typedef struct {
  lx_sandbox *sb;
  char dir[64];
  lx_ruleset rs;
  diag_list d;
  int loaded;
} fixture;

/*
** Files
*/

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  if (!f) fail_msg("cannot write %s: %s", path, strerror(errno));
  size_t n = strlen(text);
  assert_int_equal(fwrite(text, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
}

static void copy_schema(const char *dir) {
  const char *root = getenv("LEXGAP_ROOT");
  char path[4096];
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  snprintf(path, sizeof path, "%s/rules/schema.lua", root);
  FILE *in = fopen(path, "rb");
  if (!in) fail_msg("cannot read %s", path);
  snprintf(path, sizeof path, "%s/schema.lua", dir);
  FILE *out = fopen(path, "wb");
  assert_non_null(out);
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) assert_int_equal(fwrite(buf, 1, n, out), n);
  fclose(in);
  assert_int_equal(fclose(out), 0);
}


/* Write a rule file of the untoc pack; *path receives its full name. */
static void rule_file(fixture *fx, const char *name, const char *text, char *path, size_t size) {
  char buf[4096];
  if (!path) { path = buf; size = sizeof buf; }
  snprintf(path, size, "%s/untoc/%s", fx->dir, name);
  write_file(path, text);
}

static int setup(void **state) {
  fixture *fx = calloc(1, sizeof *fx);
  sandbox_error err;
  char path[4096];
  if (!fx) return -1;
  fx->sb = sandbox_new(&err);
  if (!fx->sb) { fprintf(stderr, "sandbox_new: %s\n", err.message); free(fx); return -1; }
  snprintf(fx->dir, sizeof fx->dir, "/tmp/lexgap-rules-XXXXXX");
  if (!mkdtemp(fx->dir)) { sandbox_free(fx->sb); free(fx); return -1; }
  copy_schema(fx->dir);
  snprintf(path, sizeof path, "%s/untoc", fx->dir);
  if (mkdir(path, 0700) != 0) return -1;
  snprintf(path, sizeof path, "%s/untoc/instrument.lua", fx->dir);
  write_file(path, INSTRUMENT);
  diag_init(&fx->d);
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  fixture *fx = *state;
  if (fx->loaded) ruleset_free(&fx->rs, fx->sb);
  diag_free(&fx->d);
  sandbox_free(fx->sb);
  fx_remove_tree(fx->dir);
  free(fx);
  return 0;
}

/* Load the fixture's directory; returns ruleset_load's result. */
static int load_only(fixture *fx, const char *const *only, int nonly) {
  int rc = ruleset_load(&fx->rs, fx->sb, fx->dir, only, nonly, &fx->d);
  fx->loaded = 1;
  return rc;
}

static void load_ok(fixture *fx) {
  if (load_only(fx, NULL, 0) != 0) {
    diag_print(&fx->d, stderr);
    fail_msg("ruleset_load failed");
  }
}

/* The rule with this id (the first, in rule-set order). */
static const lx_rule *rule(const fixture *fx, const char *id) {
  int i = ruleset_find(&fx->rs, id);
  if (i < 0) fail_msg("no rule %s", id);
  return &fx->rs.rules[i];
}

static void assert_valid(const lx_rule *r) {
  if (r->invalid) fail_msg("rule %s is invalid: %s", r->id, r->invalid);
}

/* The rule must be invalid and its message contain want. */
static void assert_invalid(const lx_rule *r, const char *want) {
  if (!r->invalid) fail_msg("rule %s is valid, expected: %s", r->id, want);
  if (!strstr(r->invalid, want)) fail_msg("rule %s: \"%s\" does not contain \"%s\"", r->id, r->invalid, want);
}

/* A diagnostic on this file and line whose message is exactly want. */
static void assert_diag(const fixture *fx, const char *file, int line, const char *want) {
  for (size_t i = 0; i < fx->d.n; i++) {
    const diag *p = &fx->d.items[i];
    if (strcmp(p->file, file) == 0 && p->line == line && strcmp(p->message, want) == 0) return;
  }
  diag_print(&fx->d, stderr);
  fail_msg("no diagnostic %s:%d: %s", file, line, want);
}

/* Index of a rule in rs->rules. */
static int pos(const fixture *fx, const char *id) {
  int i = ruleset_find(&fx->rs, id);
  if (i < 0) fail_msg("no rule %s", id);
  return i;
}

/* Evaluate the loaded rules against a minimal profile; the finding of id. */
static lx_finding *evaluate_minimal(fixture *fx, lx_assessment *a, lx_profile *p, const char *id) {
  data_error err;
  const char *src = "return { profile_format = 1, state = { code = \"X\", name = \"X\" }, describes_law_as_of = \"2024-01-01\" }";
  data_value *v = data_parse(src, strlen(src), &err);
  assert_non_null(v);
  diag_list pd;
  diag_init(&pd);
  assert_int_equal(profile_from_data(p, "p.lua", v, fx->rs.schema, &pd), 0);
  diag_free(&pd);
  assert_int_equal(evaluate(a, fx->sb, &fx->rs, p, "2024-01-01", 0), 0);
  return &a->findings[pos(fx, id)];
}

/*
** Loading and order
*/

static void test_loads_a_valid_pack(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "art05.lua", OBL("untoc:5.1.a", "") OBL("untoc:5.1.b", ""), path, sizeof path);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 2);
  assert_int_equal(fx->rs.ninstruments, 1);
  const lx_instrument *ins = ruleset_instrument(&fx->rs, "untoc");
  assert_non_null(ins);
  assert_string_equal(ins->short_name.fr, "CTO");
  assert_string_equal(ins->kind, "treaty");
  assert_string_equal(ins->in_force, "2003-09-29");
  assert_int_equal(ins->days_after_deposit, 30);
  assert_null(ruleset_instrument(&fx->rs, "cybercrime"));
  const lx_rule *r = rule(fx, "untoc:5.1.b");
  assert_valid(r);
  assert_string_equal(r->ref, "untoc:5.1.b");
  assert_null(r->clause);
  assert_string_equal(r->instrument, "untoc");
  assert_int_equal(r->level, LX_MANDATORY);
  assert_string_equal(r->title.en, "Title");
  assert_string_equal(r->title.fr, "Titre");
  assert_string_equal(r->text.en, "Text.");
  assert_null(r->text.fr);
  assert_string_equal(r->category, "criminalization");
  assert_int_equal(r->cluster, 1);
  assert_string_equal(r->file, path);
  assert_int_equal(r->line, 11);
  assert_int_equal(rule(fx, "untoc:5.1.a")->line, 1);
  assert_int_equal(ruleset_find(&fx->rs, "untoc:5.1.c"), -1);
  assert_int_equal(fx->d.n, 0);
}

static void test_instrument_order_across_files(void **state) {
  fixture *fx = *state;
  /* files load in name order, but rules are ordered as the instrument reads */
  rule_file(fx, "a.lua", OBL("untoc:10.1", "") OBL("untoc:5.2", ""), NULL, 0);
  rule_file(fx, "b.lua", OBL("untoc:5.1.a.ii", "") OBL("untoc:5.1.a", ""), NULL, 0);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 4);
  assert_string_equal(fx->rs.rules[0].id, "untoc:5.1.a");
  assert_string_equal(fx->rs.rules[1].id, "untoc:5.1.a.ii");
  assert_string_equal(fx->rs.rules[2].id, "untoc:5.2");
  assert_string_equal(fx->rs.rules[3].id, "untoc:10.1");
}

static void test_dependency_order(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua",
            OBL("untoc:5.1.a", "  depends = { \"untoc:8.1\", \"untoc:6.1\" },\n")   /* declared first */
            OBL("untoc:6.1", "")
            OBL("untoc:8.1", "  depends = { \"untoc:6.1\" },\n"), NULL, 0);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 3);
  /* dependencies first: 6.1, then 8.1 (needs 6.1), then 5.1.a (needs both) */
  assert_string_equal(fx->rs.rules[0].id, "untoc:6.1");
  assert_string_equal(fx->rs.rules[1].id, "untoc:8.1");
  assert_string_equal(fx->rs.rules[2].id, "untoc:5.1.a");
  const lx_rule *r = &fx->rs.rules[2];
  assert_valid(r);
  assert_int_equal(r->ndepends, 2);
  assert_string_equal(r->depends[0], "untoc:8.1");
  assert_string_equal(r->depends[1], "untoc:6.1");
  assert_non_null(r->dep_index);
  assert_int_equal(r->dep_index[0], 1);
  assert_int_equal(r->dep_index[1], 0);
  assert_string_equal(fx->rs.rules[r->dep_index[0]].id, "untoc:8.1");
  assert_int_equal(fx->rs.rules[1].dep_index[0], 0);
  /* every rule comes after all of its dependencies */
  for (size_t i = 0; i < fx->rs.n; i++)
    for (int k = 0; k < fx->rs.rules[i].ndepends; k++)
      assert_true(fx->rs.rules[i].dep_index[k] < (int)i);
}

/* The check sees the findings of its dependencies, so dep_index must point
** at the right rule at evaluation time too. */
static void test_dependency_findings_reach_the_check(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua",
            "obligation {\n"
            "  ref = \"untoc:5.1.a\", level = \"mandatory\", category = \"criminalization\", cluster = 1,\n"
            "  title = { en = \"A\", fr = \"A\" }, text = { en = \"A\" }, facts = {},\n"
            "  depends = { \"untoc:8.1\" },\n"
            "  check = function(ctx)\n"
            "    local f = ctx:finding(\"untoc:8.1\")\n"
            "    return ctx:not_met(\"8.1 was \" .. f.status .. \": \" .. f.explanation.en)\n"
            "  end,\n"
            "}\n"
            OBL("untoc:6.1", "")
            "obligation {\n"
            "  ref = \"untoc:8.1\", level = \"optional\", category = \"criminalization\", cluster = 1,\n"
            "  title = { en = \"B\", fr = \"B\" }, text = { en = \"B\" }, facts = {},\n"
            "  check = function(ctx) return ctx:partly(\"half\") end,\n"
            "}\n", NULL, 0);
  load_ok(fx);
  lx_profile p;
  lx_assessment a;
  const lx_finding *f = evaluate_minimal(fx, &a, &p, "untoc:5.1.a");
  assert_int_equal(f->status, LX_NOT_MET);
  /* the dependency's explanation, which states its level (optional) */
  assert_string_equal(f->explanation.en, "8.1 was partly_met: half Level: optional; reported for information, never a gap.");
  assert_int_equal(a.findings[pos(fx, "untoc:8.1")].status, LX_PARTLY_MET);
  assert_int_equal(a.findings[pos(fx, "untoc:6.1")].status, LX_MET);
  assessment_free(&a);
  profile_free(&p);
}

/*
** Cycles and unknown dependencies
*/

static void test_two_rule_cycle(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("untoc:5.1.a", "  depends = { \"untoc:5.1.b\" },\n")
            OBL("untoc:5.1.b", "  depends = { \"untoc:5.1.a\" },\n")
            OBL("untoc:8.1", ""), path, sizeof path);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 3);
  assert_valid(rule(fx, "untoc:8.1"));
  assert_int_equal(pos(fx, "untoc:8.1"), 0);          /* the valid rule first */
  char want[4200];
  snprintf(want, sizeof want, "%s:1: obligation untoc:5.1.a: dependency cycle among: untoc:5.1.a, untoc:5.1.b", path);
  assert_string_equal(rule(fx, "untoc:5.1.a")->invalid, want);
  snprintf(want, sizeof want, "%s:12: obligation untoc:5.1.b: dependency cycle among: untoc:5.1.a, untoc:5.1.b", path);
  assert_string_equal(rule(fx, "untoc:5.1.b")->invalid, want);
  assert_diag(fx, path, 1, "obligation untoc:5.1.a: dependency cycle among: untoc:5.1.a, untoc:5.1.b");
}

static void test_three_rule_cycle(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua",
            OBL("untoc:6.1", "  depends = { \"untoc:6.2\" },\n")
            OBL("untoc:6.2", "  depends = { \"untoc:6.3\" },\n")
            OBL("untoc:6.3", "  depends = { \"untoc:6.1\" },\n"), NULL, 0);
  rule_file(fx, "b.lua",
            OBL("untoc:6.4", "")
            OBL("untoc:6.5", "  depends = { \"untoc:6.4\" },\n"), NULL, 0);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 5);
  static const char *const cyc[] = { "untoc:6.1", "untoc:6.2", "untoc:6.3" };
  for (int i = 0; i < 3; i++) {
    const lx_rule *r = rule(fx, cyc[i]);
    assert_invalid(r, "dependency cycle among: untoc:6.1, untoc:6.2, untoc:6.3");
    assert_null(strstr(r->invalid, "6.4"));
    assert_null(strstr(r->invalid, "6.5"));
  }
  assert_valid(rule(fx, "untoc:6.4"));
  assert_valid(rule(fx, "untoc:6.5"));
  assert_true(pos(fx, "untoc:6.4") < pos(fx, "untoc:6.5"));
}

/* Two separate cycles and a rule that only depends on one: each cycle's
** members are told their own cycle; the dependant is told which dependency. */
static void test_separate_cycles_and_dependants(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua",
            OBL("untoc:5.1", "  depends = { \"untoc:5.2\" },\n")
            OBL("untoc:5.2", "  depends = { \"untoc:5.1\" },\n")
            OBL("untoc:5.3", "  depends = { \"untoc:5.1\" },\n")
            OBL("untoc:6.1", "  depends = { \"untoc:6.2\" },\n")
            OBL("untoc:6.2", "  depends = { \"untoc:6.1\" },\n"), NULL, 0);
  load_ok(fx);
  assert_invalid(rule(fx, "untoc:5.1"), "dependency cycle among: untoc:5.1, untoc:5.2");
  assert_null(strstr(rule(fx, "untoc:5.1")->invalid, "6."));
  assert_null(strstr(rule(fx, "untoc:5.1")->invalid, "5.3"));
  assert_invalid(rule(fx, "untoc:6.2"), "dependency cycle among: untoc:6.1, untoc:6.2");
  assert_invalid(rule(fx, "untoc:5.3"), "depends on untoc:5.1, which sits on a dependency cycle");
}

static void test_self_dependency_is_a_cycle(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua", OBL("untoc:7.1", "  depends = { \"untoc:7.1\" },\n") OBL("untoc:7.2", ""), NULL, 0);
  load_ok(fx);
  assert_invalid(rule(fx, "untoc:7.1"), "dependency cycle among: untoc:7.1");
  assert_valid(rule(fx, "untoc:7.2"));
}

static void test_unknown_dependency(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("untoc:5.1.a", "  depends = { \"untoc:99.1\" },\n")
            OBL("untoc:5.1.b", ""), path, sizeof path);
  load_ok(fx);
  const lx_rule *r = rule(fx, "untoc:5.1.a");
  char want[4200];
  snprintf(want, sizeof want, "%s:1: obligation untoc:5.1.a: depends on 'untoc:99.1', which no rule declares", path);
  assert_string_equal(r->invalid, want);
  assert_int_equal(r->dep_index[0], -1);
  assert_diag(fx, path, 1, "obligation untoc:5.1.a: depends on 'untoc:99.1', which no rule declares");
  assert_valid(rule(fx, "untoc:5.1.b"));
}

/* Invalid rules become `error` findings naming file and line; a rule that
** depends on one cannot be evaluated either. */
static void test_invalid_rules_evaluate_to_errors(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("untoc:5.1.a", "  depends = { \"untoc:99.1\" },\n")
            OBL("untoc:5.1.b", "  depends = { \"untoc:5.1.a\" },\n")
            OBL("untoc:5.2", ""), path, sizeof path);
  load_ok(fx);
  const char *src = "return { profile_format = 1, state = { code = \"X\", name = \"X\" }, describes_law_as_of = \"2024-01-01\" }";
  data_error err;
  data_value *v = data_parse(src, strlen(src), &err);
  lx_profile p;
  diag_list pd;
  diag_init(&pd);
  assert_int_equal(profile_from_data(&p, "p.lua", v, fx->rs.schema, &pd), 0);
  lx_assessment a;
  assert_int_equal(evaluate(&a, fx->sb, &fx->rs, &p, "2024-01-01", 0), 0);
  const lx_finding *f = &a.findings[pos(fx, "untoc:5.1.a")];
  assert_int_equal(f->status, LX_ERROR);
  assert_string_equal(f->error_file, path);
  assert_int_equal(f->error_line, 1);
  assert_string_equal(f->error_message, rule(fx, "untoc:5.1.a")->invalid);
  f = &a.findings[pos(fx, "untoc:5.1.b")];
  assert_int_equal(f->status, LX_ERROR);
  assert_int_equal(f->error_line, 12);
  assert_string_equal(f->error_message, "depends on untoc:5.1.a, which could not be evaluated");
  assert_int_equal(a.findings[pos(fx, "untoc:5.2")].status, LX_MET);
  assessment_free(&a);
  profile_free(&p);
  diag_free(&pd);
}

/*
** Duplicates
*/

static void test_duplicate_id_in_one_file(void **state) {
  fixture *fx = *state;
  char path[4096], want[4200];
  rule_file(fx, "a.lua", OBL("untoc:5.1.a", "") OBL("untoc:5.1.a", ""), path, sizeof path);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 2);
  const lx_rule *first = NULL, *second = NULL;
  for (size_t i = 0; i < fx->rs.n; i++) {
    if (fx->rs.rules[i].line == 1) first = &fx->rs.rules[i];
    if (fx->rs.rules[i].line == 11) second = &fx->rs.rules[i];
  }
  assert_non_null(first);
  assert_non_null(second);
  assert_valid(first);
  snprintf(want, sizeof want, "%s:11: obligation untoc:5.1.a: duplicate obligation id (first declared at %s:1)", path, path);
  assert_invalid(second, want);
  assert_string_equal(second->invalid, want);
}

static void test_duplicate_id_across_files(void **state) {
  fixture *fx = *state;
  char a[4096], b[4096], want[8400];
  /* a.lua loads first; its declaration is on line 11 */
  rule_file(fx, "a.lua", OBL("untoc:5.2", "") OBL("untoc:6.1", ""), a, sizeof a);
  rule_file(fx, "b.lua", OBL("untoc:6.1", ""), b, sizeof b);
  load_ok(fx);
  const lx_rule *in_a = NULL, *in_b = NULL;
  for (size_t i = 0; i < fx->rs.n; i++) {
    if (strcmp(fx->rs.rules[i].id, "untoc:6.1") != 0) continue;
    if (strcmp(fx->rs.rules[i].file, a) == 0) in_a = &fx->rs.rules[i];
    if (strcmp(fx->rs.rules[i].file, b) == 0) in_b = &fx->rs.rules[i];
  }
  assert_non_null(in_a);
  assert_non_null(in_b);
  assert_valid(in_a);
  snprintf(want, sizeof want, "duplicate obligation id (first declared at %s:11)", a);
  assert_invalid(in_b, want);
  assert_valid(rule(fx, "untoc:5.2"));
}

/* Many duplicates at once: in every pair the later declaration is the one
** refused, whatever the sort does with equal keys. */
static void test_duplicates_keep_the_first_declaration(void **state) {
  fixture *fx = *state;
  char src[32768] = "", one[2048];
  size_t n = 0;
  for (int art = 1; art <= 40; art++) {
    snprintf(one, sizeof one, "obligation { ref = \"untoc:%d.1\", level = \"mandatory\", cluster = 1,"
             " category = \"criminalization\", title = { en = \"t\", fr = \"t\" }, text = { en = \"x\" },"
             " facts = {}, note = \"first\", check = function(ctx) return ctx:met(\"ok\") end }\n", art);
    n += (size_t)snprintf(src + n, sizeof src - n, "%s", one);
  }
  for (int art = 40; art >= 1; art--) {
    snprintf(one, sizeof one, "obligation { ref = \"untoc:%d.1\", level = \"mandatory\", cluster = 1,"
             " category = \"criminalization\", title = { en = \"t\", fr = \"t\" }, text = { en = \"x\" },"
             " facts = {}, note = \"second\", check = function(ctx) return ctx:met(\"ok\") end }\n", art);
    n += (size_t)snprintf(src + n, sizeof src - n, "%s", one);
  }
  assert_true(n < sizeof src - 1);
  rule_file(fx, "a.lua", src, NULL, 0);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 80);
  for (size_t i = 0; i < fx->rs.n; i++) {
    const lx_rule *r = &fx->rs.rules[i];
    if (strcmp(r->note, "first") == 0) {
      if (r->invalid) fail_msg("the first declaration of %s (line %d) was refused: %s", r->id, r->line, r->invalid);
      assert_true(r->line <= 40);
    } else {
      assert_invalid(r, "duplicate obligation id");
      assert_true(r->line > 40);
    }
  }
}

/*
** Malformed declarations
*/

static void test_unknown_field_with_suggestion(void **state) {
  fixture *fx = *state;
  char path[4096], want[4200];
  rule_file(fx, "a.lua",
            OBL("untoc:5.1.a", "")
            "obligation {\n"                                  /* 11 */
            "  ref = \"untoc:5.1.b\",\n"
            "  level = \"mandatory\",\n"
            "  title = { en = \"T\", fr = \"T\" },\n"
            "  text = { en = \"T\" },\n"
            "  category = \"criminalization\",\n"
            "  cluster = 1,\n"
            "  facts = {},\n"
            "  chek = function(ctx) return ctx:met(\"ok\") end,\n"   /* 19 */
            "}\n", path, sizeof path);
  load_ok(fx);
  snprintf(want, sizeof want, "%s:19: obligation untoc:5.1.b: unknown field 'chek' (did you mean 'check'?)", path);
  assert_string_equal(rule(fx, "untoc:5.1.b")->invalid, want);
  assert_diag(fx, path, 19, "obligation untoc:5.1.b: unknown field 'chek' (did you mean 'check'?)");
  assert_diag(fx, path, 11, "obligation untoc:5.1.b: missing required field 'check' (a function(ctx))");
  assert_valid(rule(fx, "untoc:5.1.a"));
}

static void test_unknown_field_without_suggestion(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua", OBL("untoc:5.1.a", "  penalty_years = 4,\n"), path, sizeof path);
  load_ok(fx);
  assert_invalid(rule(fx, "untoc:5.1.a"), ":9: obligation untoc:5.1.a: unknown field 'penalty_years'");
  assert_diag(fx, path, 9, "obligation untoc:5.1.a: unknown field 'penalty_years'");
}

static void test_missing_required_fields(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            "obligation { ref = \"untoc:5.1\", title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"   /* 1 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end }\n"
            "obligation { ref = \"untoc:5.2\", level = \"mandatory\", text = { en = \"T\" },\n"            /* 3 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end }\n"
            "obligation { ref = \"untoc:5.3\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n" /* 5 */
            "  text = { en = \"T\" }, category = \"criminalization\", cluster = 1, facts = {} }\n"
            "obligation { ref = \"untoc:5.4\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n" /* 7 */
            "  text = { en = \"T\" }, category = \"criminalization\", cluster = 1, check = function(ctx) end }\n"
            "obligation { level = \"mandatory\", title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n" /* 9 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end }\n"
            "obligation { ref = \"untoc:5.5\", level = \"mandatory\", title = { en = \"T\" }, text = { en = \"T\" },\n" /* 11 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end }\n",
            path, sizeof path);
  load_ok(fx);
  char want[4200], id[4200];
  snprintf(want, sizeof want, "%s:1: obligation untoc:5.1: missing required field 'level'", path);
  assert_string_equal(rule(fx, "untoc:5.1")->invalid, want);
  snprintf(want, sizeof want, "%s:3: obligation untoc:5.2: missing required field 'title' ({ en = ..., fr = ... })", path);
  assert_string_equal(rule(fx, "untoc:5.2")->invalid, want);
  snprintf(want, sizeof want, "%s:5: obligation untoc:5.3: missing required field 'check' (a function(ctx))", path);
  assert_string_equal(rule(fx, "untoc:5.3")->invalid, want);
  snprintf(want, sizeof want, "%s:7: obligation untoc:5.4: missing required field 'facts' (the profile facts the check reads; {} if none)", path);
  assert_string_equal(rule(fx, "untoc:5.4")->invalid, want);
  /* without a ref the rule is named after its place */
  snprintf(id, sizeof id, "%s:9", path);
  snprintf(want, sizeof want, "%s:9: obligation (no ref): missing required field 'ref'", path);
  assert_string_equal(rule(fx, id)->invalid, want);
  assert_null(rule(fx, id)->ref);
  /* a title needs both languages */
  assert_invalid(rule(fx, "untoc:5.5"), ":11: obligation untoc:5.5: field 'title' needs both en and fr");
  assert_int_equal(fx->rs.n, 6);
}

static void test_bad_level(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            "obligation {\n"
            "  ref = \"untoc:5.1\",\n"
            "  title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"
            "  level = \"mandatroy\",\n"                                                /* 4 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end }\n"
            "obligation { ref = \"untoc:5.2\", title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"   /* 6 */
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end,\n"
            "  level = \"shall\" }\n"                                                   /* 8 */
            "obligation { ref = \"untoc:5.3\", title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"
            "  category = \"criminalization\", cluster = 1, facts = {}, check = function(ctx) end,\n"
            "  level = 1 }\n",                                                          /* 11 */
            path, sizeof path);
  load_ok(fx);
  assert_diag(fx, path, 4, "obligation untoc:5.1: level 'mandatroy' is not one of mandatory, consider, endeavour, optional (did you mean 'mandatory'?)");
  assert_invalid(rule(fx, "untoc:5.1"), ":4: obligation untoc:5.1: level 'mandatroy'");
  assert_diag(fx, path, 8, "obligation untoc:5.2: level 'shall' is not one of mandatory, consider, endeavour, optional");
  assert_diag(fx, path, 11, "obligation untoc:5.3: field 'level' must be a string, not a number");
}

static void test_levels_parsed(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua",
            "local function o(ref, level) obligation { ref = ref, level = level, title = { en = \"T\", fr = \"T\" },\n"
            "  text = { en = \"T\" }, category = \"prevention\", cluster = 2, facts = {}, check = function(ctx) end } end\n"
            "o(\"untoc:31.1\", \"mandatory\")\n"
            "o(\"untoc:31.2\", \"consider\")\n"
            "o(\"untoc:31.3\", \"endeavour\")\n"
            "o(\"untoc:31.4\", \"optional\")\n", NULL, 0);
  load_ok(fx);
  assert_int_equal(rule(fx, "untoc:31.1")->level, LX_MANDATORY);
  assert_int_equal(rule(fx, "untoc:31.2")->level, LX_CONSIDER);
  assert_int_equal(rule(fx, "untoc:31.3")->level, LX_ENDEAVOUR);
  assert_int_equal(rule(fx, "untoc:31.4")->level, LX_OPTIONAL);
  assert_int_equal(rule(fx, "untoc:31.4")->cluster, 2);
  for (size_t i = 0; i < fx->rs.n; i++) assert_valid(&fx->rs.rules[i]);
}

static void test_ref_checks(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("cybercrime:22.1.a", "")      /* 1: another instrument */
            OBL("untocx:5.1", "")             /* 11: a prefix is not enough */
            OBL("untoc:5a", "")               /* 21: not canonical */
            OBL("untoc:5.1", ""),             /* 31: fine */
            path, sizeof path);
  load_ok(fx);
  assert_diag(fx, path, 2, "obligation cybercrime:22.1.a: 'cybercrime:22.1.a' does not belong to the instrument 'untoc' of this pack");
  assert_invalid(rule(fx, "cybercrime:22.1.a"), "does not belong to the instrument 'untoc'");
  assert_invalid(rule(fx, "untocx:5.1"), "'untocx:5.1' does not belong to the instrument 'untoc' of this pack");
  assert_diag(fx, path, 22, "obligation untoc:5a: 'untoc:5a' is not a canonical provision reference (e.g. \"untoc:5.1.a.ii\")");
  assert_valid(rule(fx, "untoc:5.1"));
}

static void test_clause_ids(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("untoc:8.2", "  clause = \"x\",\n")
            OBL("untoc:8.2", "")
            OBL("untoc:8.2", "  clause = \"trading-in-influence\",\n")
            OBL("untoc:8.3", "  clause = \"Bad clause\",\n"),          /* starts on 33 */
            path, sizeof path);
  load_ok(fx);
  const lx_rule *r = rule(fx, "untoc:8.2#x");
  assert_valid(r);
  assert_string_equal(r->ref, "untoc:8.2");
  assert_string_equal(r->clause, "x");
  assert_string_equal(r->instrument, "untoc");
  assert_valid(rule(fx, "untoc:8.2"));          /* not a duplicate of 8.2#x */
  assert_null(rule(fx, "untoc:8.2")->clause);
  assert_valid(rule(fx, "untoc:8.2#trading-in-influence"));
  /* the provision before its clauses */
  assert_true(pos(fx, "untoc:8.2") < pos(fx, "untoc:8.2#x"));
  assert_true(pos(fx, "untoc:8.2") < pos(fx, "untoc:8.2#trading-in-influence"));
  assert_diag(fx, path, 41, "obligation untoc:8.3#Bad clause: clause 'Bad clause' must be lower-case letters, digits and hyphens");
}

static void test_facts_must_be_in_the_schema(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            OBL("untoc:15.1.a", "") /* with facts = {} */
            "obligation {\n"                                                   /* 11 */
            "  ref = \"untoc:15.1.b\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n"
            "  title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"
            "  check = function(ctx) return ctx:met(\"ok\") end,\n"
            "  facts = { \"jurisdiction.flag_vessels\", \"jurisdiction.teritory\" },\n"   /* 15 */
            "}\n"
            "obligation {\n"                                                   /* 17 */
            "  ref = \"untoc:15.2\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n"
            "  title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"
            "  facts = { \"nonsense.x\" },\n"                                  /* 20 */
            "  check = function(ctx) return ctx:met(\"ok\") end,\n"
            "}\n"
            "obligation {\n"
            "  ref = \"untoc:15.3\", level = \"mandatory\", category = \"jurisdiction\", cluster = 1,\n"
            "  title = { en = \"T\", fr = \"T\" }, text = { en = \"T\" },\n"
            "  facts = { \"jurisdiction.territory\", \"offences\", \"extradition.nationals.policy\" },\n"
            "  check = function(ctx) return ctx:met(\"ok\") end,\n"
            "}\n", path, sizeof path);
  load_ok(fx);
  assert_diag(fx, path, 15, "obligation untoc:15.1.b: 'jurisdiction.teritory' is not a fact of the profile model (did you mean 'territory'?)");
  assert_invalid(rule(fx, "untoc:15.1.b"), "'jurisdiction.teritory' is not a fact of the profile model");
  assert_diag(fx, path, 20, "obligation untoc:15.2: 'nonsense.x' is not a fact of the profile model (rules/schema.lua)");
  const lx_rule *r = rule(fx, "untoc:15.3");
  assert_valid(r);
  assert_int_equal(r->nfacts, 3);
  assert_string_equal(r->facts[2], "extradition.nationals.policy");
  assert_valid(rule(fx, "untoc:15.1.a"));
  assert_int_equal(rule(fx, "untoc:15.1.a")->nfacts, 0);
}

static void test_bad_category_and_cluster(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua",
            "obligation { ref = \"untoc:5.1\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n"
            "  text = { en = \"T\" }, facts = {}, check = function(ctx) end,\n"
            "  category = \"criminalisation\", cluster = 1 }\n"                                   /* 3 */
            "obligation { ref = \"untoc:5.2\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n"
            "  text = { en = \"T\" }, facts = {}, check = function(ctx) end, category = \"prevention\",\n"
            "  cluster = 5 }\n"                                                                 /* 6 */
            "obligation { ref = \"untoc:5.3\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n" /* 7 */
            "  text = { en = \"T\" }, facts = {}, check = function(ctx) end, category = \"prevention\" }\n",
            path, sizeof path);
  load_ok(fx);
  assert_diag(fx, path, 3, "obligation untoc:5.1: category 'criminalisation' is not known (did you mean 'criminalization'?)");
  assert_diag(fx, path, 6, "obligation untoc:5.2: cluster 5 is not a review cluster of untoc");
  assert_diag(fx, path, 7, "obligation untoc:5.3: missing required field 'cluster' (this instrument has review clusters)");
}

/*
** Files that fail
*/

static void test_syntax_error_file(void **state) {
  fixture *fx = *state;
  char good[4096], bad[4096];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), good, sizeof good);
  rule_file(fx, "b.lua",
            "-- a rule file with a syntax error\n"
            "obligation {\n"
            "  ref = \"untoc:6.1\",\n"
            "  level = \n"
            "}\n", bad, sizeof bad);                           /* '}' on line 5 */
  load_ok(fx);
  assert_int_equal(fx->rs.n, 2);
  assert_valid(rule(fx, "untoc:5.1"));
  const lx_rule *r = rule(fx, bad);                          /* named after its file */
  assert_string_equal(r->file, bad);
  assert_int_equal(r->line, 5);
  assert_int_equal(r->level, LX_MANDATORY);
  assert_string_equal(r->instrument, "untoc");
  char want[4200];
  snprintf(want, sizeof want, "%s:5: unexpected symbol near '}'", bad);
  assert_string_equal(r->invalid, want);
  assert_diag(fx, bad, 5, "unexpected symbol near '}'");
}

/* A rule file deep in the file system: the location of a syntax error must
** survive a long path. */
static void test_syntax_error_file_long_path(void **state) {
  fixture *fx = *state;
  char deep[4096], path[4200];
  snprintf(deep, sizeof deep, "%s/a-rather-long-folder-name-for-the-rules-of-this-organisation", fx->dir);
  assert_int_equal(mkdir(deep, 0700), 0);
  strcat(deep, "/rules");
  assert_int_equal(mkdir(deep, 0700), 0);
  char from[4200], to[4200];
  copy_schema(deep);
  snprintf(to, sizeof to, "%s/untoc", deep);
  assert_int_equal(mkdir(to, 0700), 0);
  snprintf(from, sizeof from, "%s/untoc/instrument.lua", deep);
  write_file(from, INSTRUMENT);
  snprintf(path, sizeof path, "%s/untoc/art06.lua", deep);
  write_file(path, "obligation {\n  ref = \"untoc:6.1\",\n  level = \n}\n");
  assert_true(strlen(path) > 100);
  lx_ruleset rs;
  diag_list d;
  diag_init(&d);
  assert_int_equal(ruleset_load(&rs, fx->sb, deep, NULL, 0, &d), 0);
  assert_int_equal(rs.n, 1);
  assert_string_equal(rs.rules[0].file, path);
  assert_int_equal(rs.rules[0].line, 4);
  char want[8400];
  snprintf(want, sizeof want, "%s:4: unexpected symbol near '}'", path);
  assert_string_equal(rs.rules[0].invalid, want);
  ruleset_free(&rs, fx->sb);
  diag_free(&d);
}

static void test_runtime_error_after_a_declaration(void **state) {
  fixture *fx = *state;
  char good[4096], bad[4096];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), good, sizeof good);
  rule_file(fx, "c.lua",
            OBL("untoc:7.1", "")
            "local t = nil\n"               /* 11 */
            "error(\"boom\")\n",            /* 12 */
            bad, sizeof bad);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 3);
  assert_valid(rule(fx, "untoc:5.1"));
  /* the obligation the file declared before failing cannot be trusted */
  const lx_rule *declared = rule(fx, "untoc:7.1");
  assert_non_null(declared->invalid);
  assert_string_equal(declared->invalid, "its rule file failed to load");
  /* and the file itself is an invalid rule located at the error */
  const lx_rule *r = rule(fx, bad);
  assert_string_equal(r->file, bad);
  assert_int_equal(r->line, 12);
  assert_non_null(r->invalid);
  char want[4200];
  snprintf(want, sizeof want, "%s:12: ", bad);
  assert_true(strncmp(r->invalid, want, strlen(want)) == 0);
  assert_non_null(strstr(r->invalid, "boom"));
  int found = 0;
  for (size_t i = 0; i < fx->d.n; i++)
    if (strcmp(fx->d.items[i].file, bad) == 0 && fx->d.items[i].line == 12 && strstr(fx->d.items[i].message, "boom")) found = 1;
  assert_true(found);
}

static void test_file_without_obligations_warns(void **state) {
  fixture *fx = *state;
  char empty[4096];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  rule_file(fx, "empty.lua", "-- nothing yet\nlocal x = 1\n", empty, sizeof empty);
  load_ok(fx);
  assert_int_equal(fx->rs.n, 1);
  assert_diag(fx, empty, 0, "warning: the file declares no obligation");
}

/*
** Instrument filter and load failures
*/

static void test_instrument_filter(void **state) {
  fixture *fx = *state;
  static const char *const untoc[] = { "untoc" };
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  assert_int_equal(load_only(fx, untoc, 1), 0);
  assert_int_equal(fx->rs.ninstruments, 1);
  assert_int_equal(fx->rs.n, 1);
}

static void test_instrument_filter_missing_pack(void **state) {
  fixture *fx = *state;
  static const char *const typo[] = { "untco" };
  static const char *const other[] = { "untoc", "zzzzzzzzzzzz" };
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  assert_int_equal(load_only(fx, typo, 1), -1);
  assert_int_equal(fx->d.n, 1);
  assert_string_equal(fx->d.items[0].file, fx->dir);
  assert_string_equal(fx->d.items[0].message, "no rule pack for instrument 'untco' (did you mean 'untoc'?); the instruments here are: untoc");
  ruleset_free(&fx->rs, fx->sb);
  diag_free(&fx->d);
  assert_int_equal(load_only(fx, other, 2), -1);
  assert_int_equal(fx->d.n, 1);
  assert_string_equal(fx->d.items[0].message, "no rule pack for instrument 'zzzzzzzzzzzz'; the instruments here are: untoc");
}

/* The instruments are the folders that hold an instrument.lua; a new pack
** needs no edit of the schema, and a folder without one is not a pack. */
static void test_packs_are_discovered(void **state) {
  fixture *fx = *state;
  char path[4096];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  snprintf(path, sizeof path, "%s/newinst", fx->dir);
  assert_int_equal(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/newinst/instrument.lua", fx->dir);
  write_file(path, "return { id = \"newinst\", title = { en = \"New\", fr = \"Nouveau\" }, kind = \"soft_law\" }\n");
  snprintf(path, sizeof path, "%s/newinst/r.lua", fx->dir);
  write_file(path, "obligation { ref = \"newinst:1\", level = \"mandatory\", title = { en = \"T\", fr = \"T\" },\n"
                   "  text = { en = \"Text.\" }, category = \"prevention\", facts = {},\n"
                   "  check = function(ctx) return ctx:met({ en = \"ok\", fr = \"ok\" }) end }\n");
  snprintf(path, sizeof path, "%s/notes", fx->dir);   /* no instrument.lua: not a pack */
  assert_int_equal(mkdir(path, 0700), 0);
  load_ok(fx);
  assert_int_equal(fx->rs.npacks, 2);
  assert_string_equal(fx->rs.packs[0], "newinst");
  assert_string_equal(fx->rs.packs[1], "untoc");
  assert_non_null(ruleset_instrument(&fx->rs, "newinst"));
  assert_true(ruleset_find(&fx->rs, "newinst:1") >= 0);
}

/* A folder of packs without schema.lua, or one pack folder, is loaded
** against the default profile model; without one, the error says where the
** model belongs. */
static void test_pack_folder_uses_default_schema(void **state) {
  fixture *fx = *state;
  char packs[4096], pack[4096], path[4200];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  snprintf(packs, sizeof packs, "%s/only-packs", fx->dir);
  assert_int_equal(mkdir(packs, 0700), 0);
  snprintf(pack, sizeof pack, "%s/demo", packs);
  assert_int_equal(mkdir(pack, 0700), 0);
  snprintf(path, sizeof path, "%s/instrument.lua", pack);
  write_file(path, "return { id = \"demo\", title = { en = \"Demo\" }, kind = \"soft_law\" }\n");
  /* no default: the error names the missing model */
  assert_int_equal(ruleset_load_packs(&fx->rs, fx->sb, packs, NULL, NULL, 0, &fx->d), -1);
  fx->loaded = 1;
  assert_int_equal(fx->d.n, 1);
  assert_non_null(strstr(fx->d.items[0].message, "a rules folder holds schema.lua and schema/ beside its packs"));
  ruleset_free(&fx->rs, fx->sb);
  diag_free(&fx->d);
  /* a folder of packs, the model from the default */
  assert_int_equal(ruleset_load_packs(&fx->rs, fx->sb, packs, fx->dir, NULL, 0, &fx->d), 0);
  assert_int_equal(fx->rs.ninstruments, 1);
  assert_string_equal(fx->rs.instruments[0].id, "demo");
  assert_non_null(fx->rs.schema);
  ruleset_free(&fx->rs, fx->sb);
  diag_free(&fx->d);
  /* one pack folder (with a trailing slash): that pack alone, its parent the root */
  snprintf(path, sizeof path, "%s/", pack);
  assert_int_equal(ruleset_load_packs(&fx->rs, fx->sb, path, fx->dir, NULL, 0, &fx->d), 0);
  assert_int_equal(fx->rs.ninstruments, 1);
  assert_string_equal(fx->rs.instruments[0].id, "demo");
  assert_string_equal(fx->rs.dir, packs);
}

/* instrument.lua: every problem, with its line and field. */
static void test_instrument_descriptor_checked(void **state) {
  fixture *fx = *state;
  char path[4096];
  snprintf(path, sizeof path, "%s/untoc/instrument.lua", fx->dir);
  write_file(path, "return {\n"
                   "  id = \"untoc\",\n"
                   "  titel = { en = \"T\" },\n"
                   "  kind = \"convention\",\n"
                   "  in_force = \"29 September 2003\",\n"
                   "  days_after_deposit = \"30\",\n"
                   "  text_languages = { \"en\", \"de\" },\n"
                   "}\n");
  assert_int_equal(load_only(fx, NULL, 0), -1);
  assert_diag(fx, path, 3, "unknown field 'titel' (did you mean 'title'?) (the fields are described in docs/rules.md, \"Adding an instrument\")");
  assert_diag(fx, path, 4, "kind must be \"treaty\", \"eu_directive\" or \"soft_law\"");
  assert_diag(fx, path, 5, "expected a date \"YYYY-MM-DD\"");
  assert_diag(fx, path, 6, "expected a whole number of zero or more");
  assert_diag(fx, path, 7, "languages are \"en\", \"fr\" and \"es\"");
  assert_diag(fx, path, 1, "missing required field 'title' ({ en = ..., fr = ... })");
  int keyed = 0;
  for (size_t i = 0; i < fx->d.n; i++) if (fx->d.items[i].key && !strcmp(fx->d.items[i].key, "in_force")) keyed = 1;
  assert_true(keyed);
}

static void test_not_a_rules_directory(void **state) {
  fixture *fx = *state;
  lx_ruleset rs;
  diag_list d;
  diag_init(&d);
  assert_int_equal(ruleset_load(&rs, fx->sb, "/nonexistent/lexgap/rules", NULL, 0, &d), -1);
  assert_int_equal(d.n, 1);
  assert_non_null(strstr(d.items[0].message, "not a rules directory"));
  ruleset_free(&rs, fx->sb);
  diag_free(&d);
}

/*
** References
*/

static void test_ref_compare(void **state) {
  static const char *const ordered[] = {
    "untoc:5", "untoc:5.1", "untoc:5.1.a", "untoc:5.1.a.i", "untoc:5.1.a.ii", "untoc:5.1.a.ii.a",
    "untoc:5.1.a.ii.b", "untoc:5.1.b", "untoc:5.2", "untoc:8.2", "untoc:8.2#x", "untoc:8.3",
    "untoc:10.1", "untoc:23.a", "untoc:23.b", "untoc:34.2",
  };
  size_t n = sizeof ordered / sizeof *ordered;
  (void)state;
  /* the pairs the instrument's reading order depends on */
  assert_true(lx_ref_compare("untoc:5.1.a", "untoc:5.1.a.ii") < 0);
  assert_true(lx_ref_compare("untoc:5.1.a.ii", "untoc:5.1.b") < 0);
  assert_true(lx_ref_compare("untoc:5.1.b", "untoc:5.2") < 0);
  assert_true(lx_ref_compare("untoc:5.2", "untoc:10.1") < 0);     /* numerically, not as text */
  assert_true(lx_ref_compare("untoc:10.1", "untoc:34.2") < 0);
  assert_true(lx_ref_compare("untoc:8.2", "untoc:8.2#x") < 0);
  assert_true(lx_ref_compare("untoc:9.1", "untoc:10.1") < 0);
  assert_true(lx_ref_compare("untoc:5.2", "untoc:5.10") < 0);
  assert_true(lx_ref_compare("untoc:5.007", "untoc:5.10") < 0);  /* leading zeros: the number */
  /* numbers past a long are read as the largest (no overflow, checked
  ** under UBSan); what follows them still orders */
  assert_true(lx_ref_compare("untoc:99999999999999999999999.1", "untoc:99999999999999999999999.2") < 0);
  assert_true(lx_ref_compare("untoc:34.2", "untoc:99999999999999999999999") < 0);
  /* a total order, consistent both ways */
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(lx_ref_compare(ordered[i], ordered[i]), 0);
    for (size_t j = i + 1; j < n; j++) {
      if (lx_ref_compare(ordered[i], ordered[j]) >= 0) fail_msg("%s should sort before %s", ordered[i], ordered[j]);
      if (lx_ref_compare(ordered[j], ordered[i]) <= 0) fail_msg("%s should sort after %s", ordered[j], ordered[i]);
    }
  }
  /* instruments compare by name */
  assert_true(lx_ref_compare("cybercrime:22.1", "untoc:5") < 0);
  assert_true(lx_ref_compare("untoc:5", "cybercrime:22.1") > 0);
  assert_true(lx_ref_compare("eu-2004-80:1", "eu-2004-80:12.2") < 0);
}

/* Sub-paragraphs numbered in roman numerals read i, ii, ..., v, ..., ix, x. */
static void test_ref_compare_roman_numerals(void **state) {
  static const char *const ordered[] = {
    "untoc:5.1.a.i", "untoc:5.1.a.ii", "untoc:5.1.a.iii", "untoc:5.1.a.iv", "untoc:5.1.a.v",
    "untoc:5.1.a.vi", "untoc:5.1.a.vii", "untoc:5.1.a.viii", "untoc:5.1.a.ix", "untoc:5.1.a.x",
  };
  size_t n = sizeof ordered / sizeof *ordered;
  (void)state;
  for (size_t i = 0; i + 1 < n; i++)
    if (lx_ref_compare(ordered[i], ordered[i + 1]) >= 0)
      fail_msg("%s should sort before %s", ordered[i], ordered[i + 1]);
}

static void test_ref_article(void **state) {
  char out[32];
  (void)state;
  lx_ref_article("untoc:5.1.a", out, sizeof out);
  assert_string_equal(out, "5");
  lx_ref_article("untoc:34", out, sizeof out);
  assert_string_equal(out, "34");
  lx_ref_article("untoc:8#x", out, sizeof out);
  assert_string_equal(out, "8");
  lx_ref_article("eu-2004-80:12.2", out, 2);
  assert_string_equal(out, "1");
}

static void test_ref_display(void **state) {
  fixture *fx = *state;
  char out[256];
  rule_file(fx, "a.lua", OBL("untoc:5.1.a.ii", ""), NULL, 0);
  load_ok(fx);
  lx_ref_display(&fx->rs, "untoc:5.1.a.ii", "en", out, sizeof out);
  assert_string_equal(out, "UNTOC art. 5(1)(a)(ii)");
  lx_ref_display(&fx->rs, "untoc:5.1.a.ii", "fr", out, sizeof out);
  assert_string_equal(out, "CTO, art. 5, par. 1, a) ii)");
  lx_ref_display(&fx->rs, "untoc:5", "en", out, sizeof out);
  assert_string_equal(out, "UNTOC art. 5");
  lx_ref_display(&fx->rs, "untoc:5", "fr", out, sizeof out);
  assert_string_equal(out, "CTO, art. 5");
  lx_ref_display(&fx->rs, "untoc:23.a", "en", out, sizeof out);
  assert_string_equal(out, "UNTOC art. 23(a)");
  lx_ref_display(&fx->rs, "untoc:23.a", "fr", out, sizeof out);
  assert_string_equal(out, "CTO, art. 23, a)");
  lx_ref_display(&fx->rs, "untoc:15.1.b", "fr", out, sizeof out);
  assert_string_equal(out, "CTO, art. 15, par. 1, b)");
  /* the clause is not part of the provision's name */
  lx_ref_display(&fx->rs, "untoc:8.2#x", "en", out, sizeof out);
  assert_string_equal(out, "UNTOC art. 8(2)");
  /* Spanish falls back to the instrument's Spanish short name */
  lx_ref_display(&fx->rs, "untoc:5.1", "es", out, sizeof out);
  assert_string_equal(out, "UNTOC art. 5(1)");
  /* an instrument the rule set does not know keeps its id */
  lx_ref_display(&fx->rs, "cybercrime:22.1.a", "en", out, sizeof out);
  assert_string_equal(out, "cybercrime art. 22(1)(a)");
  lx_ref_display(NULL, "untoc:5.1", "en", out, sizeof out);
  assert_string_equal(out, "untoc art. 5(1)");
}

static void test_ref_display_truncates_safely(void **state) {
  fixture *fx = *state;
  char out[32];
  rule_file(fx, "a.lua", OBL("untoc:5.1", ""), NULL, 0);
  load_ok(fx);
  memset(out, 'Z', sizeof out);
  lx_ref_display(&fx->rs, "untoc:5.1.a.ii", "en", out, 12);
  assert_string_equal(out, "UNTOC art. ");
  for (size_t i = 12; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
  memset(out, 'Z', sizeof out);
  lx_ref_display(&fx->rs, "untoc:5.1.a.ii.b", "fr", out, 20);
  assert_string_equal(out, "CTO, art. 5, par. 1");
  for (size_t i = 20; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
}

/* lx_ref_display over references of every shape (notes, a soft-law
** paper's paragraphs, parts cut at 15 bytes, more than 8 parts, empty
** parts, no instrument, an instrument id cut at 63 bytes, a clause, format
** directives in a reference): the texts the snprintf version gave. */
static void test_ref_display_shapes(void **state) {
  (void)state;
  lx_instrument ins[2];
  memset(ins, 0, sizeof ins);
  ins[0].id = "untoc"; ins[0].short_name.en = "UNTOC"; ins[0].short_name.fr = "CTO"; ins[0].kind = "treaty";
  ins[1].id = "untoc-wg"; ins[1].short_name.en = "UNTOC WG"; ins[1].short_name.fr = "GT CTO"; ins[1].kind = "soft_law";
  lx_ruleset rs;
  memset(&rs, 0, sizeof rs);
  rs.instruments = ins;
  rs.ninstruments = 2;
  static const struct { const char *ref, *en, *fr; } cases[] = {
    { "untoc:5.1.a.ii.b", "UNTOC art. 5(1)(a)(ii)(b)", "CTO, art. 5, par. 1, a) ii) b)" },
    { "untoc:note.3", "UNTOC interpretative note 3", "CTO, note interprétative 3" },
    { "untoc:note.3.a", "UNTOC art. note(3)(a)", "CTO, art. note, par. 3, a)" },
    { "untoc-wg:43.b", "UNTOC WG para. 43(b)", "GT CTO, par. 43 b)" },
    { "untoc-wg:43", "UNTOC WG para. 43", "GT CTO, par. 43" },
    { "untoc-wg:43.b.ii", "UNTOC WG para. 43(b)(ii)", "GT CTO, par. 43 b) ii)" },
    { "untoc:abcdefghijklmnopqrstuvwxyz.1", "UNTOC art. abcdefghijklmno(1)", "CTO, art. abcdefghijklmno, par. 1" },
    { "untoc:1.2.3.4.5.6.7.8.9.10", "UNTOC art. 1(2)(3)(4)(5)(6)(7)(8)", "CTO, art. 1, par. 2, par. 3, par. 4, par. 5, par. 6, par. 7, par. 8" },
    { "untoc:5.1#clause.x", "UNTOC art. 5(1)", "CTO, art. 5, par. 1" },
    { "5.1.a", " art. 5(1)(a)", ", art. 5, par. 1, a)" },
    { "", " art. ?", ", art. ?" },
    { "untoc:", "UNTOC art. ?", "CTO, art. ?" },
    { "untoc:.1", "UNTOC art. (1)", "CTO, art. , par. 1" },
    { "untoc:5..a", "UNTOC art. 5()(a)", "CTO, art. 5, ) a)" },
    { "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylonginstrumentid:5.1", "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylo art. 5(1)", "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylo, art. 5, par. 1" },
    { "untoc:12.a.iv.c.1", "UNTOC art. 12(a)(iv)(c)(1)", "CTO, art. 12, a) iv) c), par. 1" },
    { "untoc:12.3.a.b", "UNTOC art. 12(3)(a)(b)", "CTO, art. 12, par. 3, a) b)" },
    { "untoc-wg:note.2", "UNTOC WG interpretative note 2", "GT CTO, note interprétative 2" },
    { "eu-2004-80:12.2.a", "eu-2004-80 art. 12(2)(a)", "eu-2004-80, art. 12, par. 2, a)" },
    { "untoc:5.1%s%n", "UNTOC art. 5(1%s%n)", "CTO, art. 5, par. 1%s%n" },
  };
  char out[256];
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    lx_ref_display(&rs, cases[i].ref, "en", out, sizeof out);
    assert_string_equal(out, cases[i].en);
    lx_ref_display(&rs, cases[i].ref, "fr", out, sizeof out);
    assert_string_equal(out, cases[i].fr);
  }
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

/*
** The loader's state belongs to the load (issue 8)
*/

static void test_obligation_kept_for_a_check_is_refused(void **state) {
  fixture *fx = *state;
  rule_file(fx, "kept.lua",
            "local keep, keep_ne = obligation, not_encoded\n"
            "obligation {\n"
            "  ref = \"untoc:5.1.a\", level = \"mandatory\", category = \"criminalization\", cluster = 1,\n"
            "  title = { en = \"A\", fr = \"A\" }, text = { en = \"A\" }, facts = {},\n"
            "  check = function(ctx)\n"
            "    keep { ref = \"untoc:5.1.b\" }\n"
            "    return ctx:met(\"escaped\")\n"
            "  end,\n"
            "}\n"
            "obligation {\n"
            "  ref = \"untoc:6.1\", level = \"mandatory\", category = \"criminalization\", cluster = 1,\n"
            "  title = { en = \"B\", fr = \"B\" }, text = { en = \"B\" }, facts = {},\n"
            "  check = function(ctx) keep_ne { ref = \"untoc:6.2\", reason = { en = \"x\", fr = \"x\" } } return ctx:met(\"escaped\") end,\n"
            "}\n", NULL, 0);
  load_ok(fx);
  size_t rules = fx->rs.n, not_encoded = fx->rs.nnot_encoded;
  lx_assessment a;
  lx_profile p;
  lx_finding *f = evaluate_minimal(fx, &a, &p, "untoc:5.1.a");
  assert_int_equal(f->status, LX_ERROR);
  assert_non_null(strstr(f->error_message, "obligation can only be called while the rule file loads"));
  assert_int_equal(f->error_line, 6);
  f = &a.findings[pos(fx, "untoc:6.1")];
  assert_int_equal(f->status, LX_ERROR);
  assert_non_null(strstr(f->error_message, "not_encoded can only be called while the rule file loads"));
  assert_int_equal(fx->rs.n, rules);                 /* nothing was declared late */
  assert_int_equal(fx->rs.nnot_encoded, not_encoded);
  assessment_free(&a);
  profile_free(&p);
}

static void test_declaration_read_without_metamethods(void **state) {
  fixture *fx = *state;
  /* the metamethod would declare 50 obligations while the first is read */
  rule_file(fx, "reentrant.lua",
            "local nested = 0\n"
            "obligation(setmetatable({ ref = \"untoc:5.1.a\" }, { __index = function(t, k)\n"
            "  for i = 1, 50 do nested = nested + 1; obligation { ref = \"untoc:6.\" .. i } end\n"
            "end }))\n"
            OBL("untoc:7.1", ""), NULL, 0);
  load_only(fx, NULL, 0);
  assert_int_equal(fx->rs.n, 2);
  assert_invalid(rule(fx, "untoc:5.1.a"), "missing required field 'level'");
  assert_valid(rule(fx, "untoc:7.1"));
}

static void test_each_file_has_its_memory_account(void **state) {
  fixture *fx = *state;
  rule_file(fx, "a.lua", OBL("untoc:5.1.a", "") OBL("untoc:5.1.b", ""), NULL, 0);
  rule_file(fx, "b.lua", OBL("untoc:6.1", ""), NULL, 0);
  load_ok(fx);
  int a = rule(fx, "untoc:5.1.a")->account, b = rule(fx, "untoc:6.1")->account;
  assert_true(a > 0 && b > 0 && a != b);
  assert_int_equal(rule(fx, "untoc:5.1.b")->account, a);
  assert_true(sandbox_account_memory(fx->sb, a) > 0);   /* its environment, its checks */
}

/* lx_sort_runs against qsort: keys (with their index as the tie-break, a
** strict total order) in runs of every shape: sorted, reversed, runs in
** order one after the other, runs that overlap, one element out of place,
** random; lengths 0 to 300. */
static const int *sort_keys;

static int by_key_then_index(const void *a, const void *b) {
  size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
  if (sort_keys[ia] != sort_keys[ib]) return sort_keys[ia] < sort_keys[ib] ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

static void test_sort_runs_as_qsort(void **state) {
  (void)state;
  enum { MAX = 300 };
  static int keys[MAX];
  static size_t got[MAX], want[MAX];
  unsigned seed = 12345;
  sort_keys = keys;
  for (int shape = 0; shape < 6; shape++)
    for (size_t n = 0; n <= MAX; n += (n < 20 ? 1 : 37)) {
      for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        int r = (int)((seed >> 16) % 1000);
        switch (shape) {
        case 0: keys[i] = (int)i; break;                               /* in order */
        case 1: keys[i] = (int)(n - i); break;                         /* reversed */
        case 2: keys[i] = (int)((i % 7) * 1000 + i); break;            /* runs that overlap */
        case 3: keys[i] = (int)(i / 10 % 2 ? i : i + 20); break;       /* runs in and out of order */
        case 4: keys[i] = i == n / 2 ? -1 : (int)i; break;             /* one out of place */
        default: keys[i] = r % 50;                                     /* random, ties by index */
        }
      }
      for (size_t i = 0; i < n; i++) got[i] = want[i] = i;
      lx_sort_runs(got, n, by_key_then_index);
      qsort(want, n, sizeof *want, by_key_then_index);
      for (size_t i = 0; i < n; i++)
        if (got[i] != want[i]) fail_msg("shape %d, n %zu: index %zu differs", shape, n, i);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      T(test_loads_a_valid_pack),
      T(test_instrument_order_across_files),
      T(test_dependency_order),
      T(test_dependency_findings_reach_the_check),
      T(test_two_rule_cycle),
      T(test_three_rule_cycle),
      T(test_separate_cycles_and_dependants),
      T(test_self_dependency_is_a_cycle),
      T(test_unknown_dependency),
      T(test_invalid_rules_evaluate_to_errors),
      T(test_duplicate_id_in_one_file),
      T(test_duplicate_id_across_files),
      T(test_duplicates_keep_the_first_declaration),
      T(test_unknown_field_with_suggestion),
      T(test_unknown_field_without_suggestion),
      T(test_missing_required_fields),
      T(test_bad_level),
      T(test_levels_parsed),
      T(test_ref_checks),
      T(test_clause_ids),
      T(test_facts_must_be_in_the_schema),
      T(test_bad_category_and_cluster),
      T(test_syntax_error_file),
      T(test_syntax_error_file_long_path),
      T(test_runtime_error_after_a_declaration),
      T(test_file_without_obligations_warns),
      T(test_instrument_filter),
      T(test_instrument_filter_missing_pack),
      T(test_packs_are_discovered),
      T(test_pack_folder_uses_default_schema),
      T(test_instrument_descriptor_checked),
      T(test_not_a_rules_directory),
      cmocka_unit_test(test_ref_compare),
      cmocka_unit_test(test_ref_compare_roman_numerals),
      cmocka_unit_test(test_ref_article),
      T(test_ref_display),
      T(test_ref_display_truncates_safely),
      cmocka_unit_test(test_ref_display_shapes),
    cmocka_unit_test_setup_teardown(test_obligation_kept_for_a_check_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown(test_declaration_read_without_metamethods, setup, teardown),
    cmocka_unit_test_setup_teardown(test_each_file_has_its_memory_account, setup, teardown),
    cmocka_unit_test(test_sort_runs_as_qsort),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

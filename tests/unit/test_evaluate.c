/*
 * test_evaluate.c -- evaluation semantics: applicability at the as-of date
 * (party status, entry into force, denunciation, reservations, EU
 * participation), dependency findings, in-force dates of national law,
 * evidence and questions, and the statuses a rule may or may not return.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evaluate.h"

typedef struct {
  char dir[256];
  lx_sandbox *sb;
  lx_ruleset rs;
} fixture;

static void write_file(const char *dir, const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static void copy_schema(const char *dir) {
  const char *root = getenv("LEXGAP_ROOT");
  char src[512];
  snprintf(src, sizeof src, "%s/rules/schema.lua", root ? root : ".");
  FILE *in = fopen(src, "r");
  assert_non_null(in);
  char path[512];
  snprintf(path, sizeof path, "%s/schema.lua", dir);
  FILE *out = fopen(path, "w");
  assert_non_null(out);
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
  fclose(in);
  fclose(out);
}

static const char *const treaty =
  "return { id = 'untoc', title = { en = 'Test Convention', fr = 'Convention test' },\n"
  "  short = { en = 'TC', fr = 'CT' }, kind = 'treaty', in_force = '2003-09-29',\n"
  "  days_after_deposit = 30, denunciation_years = 1, open_to_reservation = { 'untoc:35.2' },\n"
  "  limited_by_reservation = { 'untoc:15.2.c' } }\n";

/* Rules for these tests: a simple measure, a rule depending on it, a rule
** that fails, and rules that misuse the API. */
static const char *const rules =
  "local function decl(t)\n"
  "  t.level = t.level or 'mandatory'; t.title = { en = 't', fr = 't' }\n"
  "  t.category = 'jurisdiction'; t.text = { en = 'provision' }; t.facts = t.facts or {}\n"
  "  obligation(t)\n"
  "end\n"
  "decl { ref = 'untoc:15.1.a', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
  "  return lx.measure_finding(ctx, 'jurisdiction.territory', { what = 'territorial jurisdiction' }) end }\n"
  "decl { ref = 'untoc:15.3', depends = { 'untoc:15.1.a' }, check = function(ctx)\n"
  "  local f = ctx:finding('untoc:15.1.a')\n"
  "  return ctx:met('the dependency was ' .. f.status) end }\n"
  "decl { ref = 'untoc:35.2', check = function(ctx) return ctx:met('dispute settlement') end }\n"
  "decl { ref = 'untoc:15.4', level = 'optional', check = function(ctx) error('boom') end }\n"
  "decl { ref = 'untoc:15.5', depends = { 'untoc:15.4' }, check = function(ctx) return ctx:met('x') end }\n"
  "decl { ref = 'untoc:15.6', check = function(ctx) return ctx:unknown('no question asked') end }\n"
  "decl { ref = 'untoc:15.2.a', check = function(ctx) ctx:fact('jurisdiction.passive_personality') return ctx:met('x') end }\n"
  "decl { ref = 'untoc:15.2.b', check = function(ctx) return { status = 'met' } end }\n"
  "decl { ref = 'untoc:15.2.c.i', facts = { 'offences' }, check = function(ctx)\n"
  "  local n = #ctx:offences()\n"
  "  return ctx:met(lx.t('{n} offences in force', { n = n })) end }\n";

static int setup(void **state) {
  fixture *fx = calloc(1, sizeof *fx);
  if (!fx) return -1;
  snprintf(fx->dir, sizeof fx->dir, "/tmp/lexgap-eval-XXXXXX");
  if (!mkdtemp(fx->dir)) return -1;
  char pack[300];
  snprintf(pack, sizeof pack, "%s/untoc", fx->dir);
  mkdir(pack, 0755);
  copy_schema(fx->dir);
  write_file(pack, "instrument.lua", treaty);
  write_file(pack, "rules.lua", rules);
  sandbox_error err;
  fx->sb = sandbox_new(&err);
  if (!fx->sb) return -1;
  diag_list d;
  diag_init(&d);
  int rc = ruleset_load(&fx->rs, fx->sb, fx->dir, NULL, 0, &d);
  if (rc != 0 || d.n) diag_print(&d, stderr);
  diag_free(&d);
  *state = fx;
  return rc;
}

static int teardown(void **state) {
  fixture *fx = *state;
  ruleset_free(&fx->rs, fx->sb);
  sandbox_free(fx->sb);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
  if (system(cmd) != 0) return -1;
  free(fx);
  return 0;
}

/* Assess a profile given as data-file text at as_of. */
static void assess(fixture *fx, const char *profile_text, const char *as_of, lx_profile *p, lx_assessment *a) {
  data_error err;
  data_value *v = data_parse(profile_text, strlen(profile_text), &err);
  if (!v) fail_msg("profile: %d: %s", err.line, err.message);
  diag_list d;
  diag_init(&d);
  if (profile_from_data(p, "test-profile.lua", v, fx->rs.schema, &d) != 0) {
    diag_print(&d, stderr);
    fail_msg("profile refused");
  }
  diag_free(&d);
  assert_int_equal(evaluate(a, fx->sb, &fx->rs, p, as_of, 0), 0);
}

static const lx_finding *find(const lx_assessment *a, const char *id) {
  for (size_t i = 0; i < a->n; i++)
    if (strcmp(a->findings[i].rule->id, id) == 0) return &a->findings[i];
  fail_msg("no finding %s", id);
  return NULL;
}

static void done(lx_profile *p, lx_assessment *a) {
  assessment_free(a);
  profile_free(p);
}

#define PROFILE(parties, rest) \
  "return { profile_format = 1, state = { code = 'TST', name = 'Testland' },\n" \
  "  describes_law_as_of = '2024-01-01', parties = { " parties " }, " rest " }"

/* ---- applicability ---- */

static void test_bound_thirty_days_after_deposit(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  const char *prof = PROFILE("untoc = { signed = '2000-12-12', deposited = '2010-03-01' }",
                             "jurisdiction = { territory = { adopted = true, source = 'PC 1' } }");
  assess(fx, prof, "2010-03-30", &p, &a);           /* deposit + 29 days */
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(find(&a, "untoc:15.1.a")->explanation.en, "2010-03-31"));
  done(&p, &a);
  assess(fx, prof, "2010-03-31", &p, &a);           /* deposit + 30 days */
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_MET);
  assert_string_equal(a.bindings[0].since, "2010-03-31");
  done(&p, &a);
}

static void test_early_ratifier_bound_from_general_entry_into_force(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2002-10-29' }", ""), "2003-09-28", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(find(&a, "untoc:15.1.a")->explanation.en, "2003-09-29"));
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2002-10-29' }", ""), "2003-09-29", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  done(&p, &a);
}

static void test_signature_does_not_bind(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { signed = '2000-12-12' }", ""), "2024-01-01", &p, &a);
  for (size_t i = 0; i < a.n; i++) {
    if (a.findings[i].status == LX_ERROR) continue;   /* broken test rules stay errors */
    assert_int_equal(a.findings[i].status, LX_NOT_APPLICABLE);
  }
  assert_non_null(strstr(find(&a, "untoc:15.1.a")->explanation.en, "signature alone"));
  assert_int_equal(a.bindings[0].kind, NOT_BOUND);
  done(&p, &a);
}

/* Where no rule runs (the State is not bound), nothing enters Lua: the
** profile is converted only when a rule first needs it. */
static void test_nothing_enters_lua_when_no_rule_runs(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  lua_gc(sandbox_state(fx->sb), LUA_GCCOLLECT);
  size_t before = sandbox_memory(fx->sb);
  assess(fx, PROFILE("untoc = { signed = '2000-12-12' }", "jurisdiction = { territory = { adopted = true, source = 'PC 1' } }"),
         "2024-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);
  assert_int_equal(sandbox_memory(fx->sb), before);
  done(&p, &a);
  /* once bound, the rules read the profile */
  assess(fx, PROFILE("untoc = { deposited = '2010-03-01' }", "jurisdiction = { territory = { adopted = true, source = 'PC 1' } }"),
         "2024-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_MET);
  assert_true(sandbox_memory(fx->sb) > before);
  done(&p, &a);
}

/* The ref, id, level and facts a check sees are made once per rule and
** reused: two rules sharing one check function each see their own, on
** every profile; the facts list cannot be changed by a check, so what one
** profile's run did cannot reach the next. */
/* Two profiles that differ in when the State deposited: evaluated in turn,
** they show what one evaluation leaves for the next. */
static const char *const two_profiles[2] = { PROFILE("untoc = { deposited = '2004-01-01' }", ""),
                                             PROFILE("untoc = { deposited = '2005-01-01' }", "") };

/* The start of a rules file: decl { ref = ..., check = ... } declares a
** mandatory obligation of the jurisdiction category (no facts unless given). */
#define DECL_MANDATORY \
  "local function decl(t)\n" \
  "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n" \
  "  t.level = 'mandatory'; t.facts = t.facts or {}\n" \
  "  obligation(t)\n" \
  "end\n"

/* A rule set of its own for one test: the test treaty and rules_text as
** the untoc pack, in the temporary folder dir (a mkdtemp template). */
static void load_own_rules(char *dir, const char *rules_text, lx_sandbox **sb, lx_ruleset *rs) {
  assert_non_null(mkdtemp(dir));
  char pack[300];
  snprintf(pack, sizeof pack, "%s/untoc", dir);
  mkdir(pack, 0755);
  copy_schema(dir);
  write_file(pack, "instrument.lua", treaty);
  write_file(pack, "rules.lua", rules_text);
  sandbox_error err;
  *sb = sandbox_new(&err);
  assert_non_null(*sb);
  diag_list d;
  diag_init(&d);
  if (ruleset_load(rs, *sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); fail_msg("rules refused"); }
  diag_free(&d);
}

/* Free what load_own_rules made, the folder too. */
static void free_own_rules(const char *dir, lx_sandbox *sb, lx_ruleset *rs) {
  ruleset_free(rs, sb);
  sandbox_free(sb);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

/* Assess the profile given as data-file text with rs at as_of. */
static void assess_with(lx_sandbox *sb, lx_ruleset *rs, const char *profile_text, const char *as_of,
                        lx_profile *p, lx_assessment *a) {
  data_error derr;
  data_value *v = data_parse(profile_text, strlen(profile_text), &derr);
  assert_non_null(v);
  diag_list d;
  diag_init(&d);
  assert_int_equal(profile_from_data(p, "test-profile.lua", v, rs->schema, &d), 0);
  diag_free(&d);
  assert_int_equal(evaluate(a, sb, rs, p, as_of, 0), 0);
}

static void test_rule_constants_reused_per_rule(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-const-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local function same(ctx)\n"
    "  local facts = {}\n"
    "  for _, f in ipairs(ctx.declared) do facts[#facts + 1] = f end\n"
    "  return ctx:met(ctx.id .. ' ' .. ctx.level .. ' [' .. table.concat(facts, ',') .. ']')\n"
    "end\n"
    "local function decl(t)\n"
    "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n"
    "  obligation(t)\n"
    "end\n"
    "decl { ref = 'untoc:15.1.a', level = 'mandatory', facts = { 'jurisdiction.territory' }, check = same }\n"
    "decl { ref = 'untoc:15.1.b', level = 'optional', facts = { 'jurisdiction.flag_vessels', 'jurisdiction.active_nationality' }, check = same }\n"
    "decl { ref = 'untoc:15.6', level = 'mandatory', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
    "  local ok = pcall(function() ctx.declared[2] = 'offences' end)\n"
    "  local hidden = rawget(ctx.declared, 1) == nil and next(ctx.declared) == nil and rawlen(ctx.declared) == 0\n"
    "  return ctx:met((ok and 'changed ' or 'kept ') .. #ctx.declared .. (hidden and ' hidden' or ' exposed')) end }\n", &sb, &rs);
  for (int round = 0; round < 4; round++) {
    lx_profile p;
    lx_assessment a;
    assess_with(sb, &rs, two_profiles[round % 2], "2024-01-01", &p, &a);
    assert_string_equal(find(&a, "untoc:15.1.a")->explanation.en, "untoc:15.1.a mandatory [jurisdiction.territory]");
    assert_non_null(strstr(find(&a, "untoc:15.1.b")->explanation.en, "untoc:15.1.b optional [jurisdiction.flag_vessels,jurisdiction.active_nationality]"));
    assert_string_equal(find(&a, "untoc:15.6")->explanation.en, "kept 1 hidden");   /* a view: its content out of reach */
    assessment_free(&a);
    profile_free(&p);
  }
  free_own_rules(dir, sb, &rs);
}

/* What each call of a rule gets afresh, and what it shares read-only: a
** ctx of its own (a field stashed in it is gone at the next call, for the
** next profile), the empty dependencies of a rule without `depends` (one
** read-only table for all such rules), bound_since per profile; and every
** part of the finding the library hands back as values (explanation with
** the level's note, option with or without an id, missing, questions only
** where the finding is not settled, evidence) read into C as it was. */
static void test_ctx_fresh_per_call_and_finding_values(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-ctx-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local function decl(t)\n"
    "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n"
    "  t.level = t.level or 'mandatory'; t.facts = t.facts or {}\n"
    "  obligation(t)\n"
    "end\n"
    "decl { ref = 'untoc:15.1.a', check = function(ctx)\n"
    "  local before = ctx.stash\n"
    "  ctx.stash = 'kept'\n"
    "  local wrote = pcall(function() ctx.deps.planted = true end)\n"
    "  return ctx:met((before or 'fresh') .. ' ' .. (wrote and 'wrote deps' or 'deps read-only') .. ' ' .. tostring(ctx.bound_since)) end }\n"
    "decl { ref = 'untoc:15.1.b', check = function(ctx)\n"
    "  return ctx:met(tostring(ctx.deps.planted), { id = 'ii', en = 'option two', fr = 'option deux' }) end }\n"
    "decl { ref = 'untoc:15.2.a', level = 'optional', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
    "  ctx:ask('jurisdiction.territory', { en = 'Is it?', fr = 'Est-ce ?' })\n"
    "  ctx:cite('jurisdiction.territory', nil, 'a label')\n"
    "  return ctx:not_met('short', { 'first', { en = 'second', fr = 'deuxieme' } }) end }\n"
    "decl { ref = 'untoc:15.2.b', check = function(ctx)\n"
    "  ctx:ask('jurisdiction.territory', { en = 'Asked', fr = 'Demande' })\n"
    "  return ctx:met('settled', 'by a string option') end }\n"
    "decl { ref = 'untoc:15.2.c.i', check = function(ctx)\n"
    "  return ctx:met('numbered', { id = 7, en = 'seven', fr = 'sept' }) end }\n", &sb, &rs);
  const char *bound[2] = { "fresh deps read-only 2004-01-31", "fresh deps read-only 2005-01-31" };
  for (int round = 0; round < 4; round++) {
    lx_profile p;
    lx_assessment a;
    assess_with(sb, &rs, two_profiles[round % 2], "2024-01-01", &p, &a);
    const lx_finding *f = find(&a, "untoc:15.1.a");
    assert_int_equal(f->status, LX_MET);
    assert_string_equal(f->explanation.en, bound[round % 2]);
    assert_string_equal(f->explanation.fr, bound[round % 2]);
    assert_int_equal(f->nmissing + f->nquestions + f->nevidence, 0);
    assert_null(f->option.en);
    assert_null(f->option_id);
    f = find(&a, "untoc:15.1.b");
    assert_string_equal(f->explanation.en, "nil");
    assert_string_equal(f->option.en, "option two");
    assert_string_equal(f->option.fr, "option deux");
    assert_string_equal(f->option_id, "ii");
    f = find(&a, "untoc:15.2.a");
    assert_int_equal(f->status, LX_NOT_MET);
    assert_string_equal(f->explanation.en, "short Level: optional; reported for information, never a gap.");
    assert_string_equal(f->explanation.fr, "short Niveau : facultatif ; indiqué pour information, jamais une lacune.");
    assert_int_equal(f->nmissing, 2);
    assert_string_equal(f->missing[0].en, "first");
    assert_string_equal(f->missing[0].fr, "first");
    assert_string_equal(f->missing[1].en, "second");
    assert_string_equal(f->missing[1].fr, "deuxieme");
    assert_int_equal(f->nquestions, 1);
    assert_string_equal(f->questions[0].fact, "jurisdiction.territory");
    assert_string_equal(f->questions[0].text.en, "Is it?");
    assert_string_equal(f->questions[0].text.fr, "Est-ce ?");
    assert_int_equal(f->nevidence, 1);
    assert_string_equal(f->evidence[0].fact, "jurisdiction.territory");
    assert_string_equal(f->evidence[0].label, "a label");
    assert_null(f->evidence[0].source);
    f = find(&a, "untoc:15.2.b");   /* met: its question is not reported */
    assert_int_equal(f->nquestions, 0);
    assert_string_equal(f->option.en, "by a string option");
    assert_string_equal(f->option_id, "by a string option");
    f = find(&a, "untoc:15.2.c.i");  /* an id that is not a string is dropped */
    assert_string_equal(f->option.en, "seven");
    assert_null(f->option_id);
    assessment_free(&a);
    profile_free(&p);
  }
  free_own_rules(dir, sb, &rs);
}

/* The context is made by the engine (lx._begin) before the rule's budgets
** start, and held by the rule file's account as before: a check that keeps
** every context it is given holds their bytes across evaluations (a context
** charged to the engine's account would leave only the list's slots).  A
** rule that calls lx._run itself gets the context and the finding the
** engine's two halves give. */
static void test_context_held_by_rule_file(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-begin-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local kept = {}\n"
    DECL_MANDATORY
    "decl { ref = 'untoc:15.1.a', check = function(ctx)\n"
    "  kept[#kept + 1] = ctx\n"
    "  return ctx:met(tostring(#kept)) end }\n"
    "decl { ref = 'untoc:15.1.b', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
    "  local inner = function(c) return c:partly('inner ' .. c.id .. ' ' .. c.as_of .. ' ' .. tostring(c.state.code), { 'x' }) end\n"
    "  local status, en, fr, option, missing = lx._run(inner, ctx.profile, ctx.schema, ctx.as_of,\n"
    "    { ref = 'untoc:9.9', id = 'untoc:9.9', level = 'mandatory', facts = ctx.declared }, nil, nil)\n"
    "  return ctx:met(status .. ': ' .. en .. ' / ' .. fr .. ' / ' .. tostring(option) .. ' ' .. #missing) end }\n", &sb, &rs);
  int account = -1;
  for (size_t i = 0; i < rs.n; i++)
    if (strcmp(rs.rules[i].id, "untoc:15.1.a") == 0) account = rs.rules[i].account;
  assert_true(account > 0);
  enum { ROUNDS = 60 };
  size_t before = 0;
  for (int round = 0; round < ROUNDS; round++) {
    lx_profile p;
    lx_assessment a;
    assess_with(sb, &rs, two_profiles[round % 2], "2024-01-01", &p, &a);
    char n[16];
    snprintf(n, sizeof n, "%d", round + 1);
    assert_string_equal(find(&a, "untoc:15.1.a")->explanation.en, n);
    assert_string_equal(find(&a, "untoc:15.1.b")->explanation.en,
                        "partly_met: inner untoc:9.9 2024-01-01 TST / inner untoc:9.9 2024-01-01 TST / nil 1");
    assessment_free(&a);
    profile_free(&p);
    if (round == 0) before = sandbox_account_memory(sb, account);
  }
  lua_gc(sandbox_state(sb), LUA_GCCOLLECT);
  size_t after = sandbox_account_memory(sb, account);
  assert_true(after >= before + (ROUNDS - 1) * 256);   /* a context of eleven fields: about 350 bytes */
  free_own_rules(dir, sb, &rs);
}

/* The findings of an instrument that does not bind the State are settled
** in C with its reason (kept once an evaluation, shared by its findings),
** whatever the order of the rules: here the rules of a second treaty, to
** which the State is no party, alternate with UNTOC's through their
** dependencies (untoc:15.1.a, second:1, untoc:15.1.b, second:2,
** untoc:15.1.c; the State only signed the second), so the instrument
** searched changes at every rule.  A
** search that kept the last answer without comparing the id (or kept none)
** would settle UNTOC's rules as not applicable, or run the second treaty's. */
static void test_unbound_instrument_between_bound_rules(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-two-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  const char *chain =
    "local function decl(t)\n"
    "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n"
    "  t.level = 'mandatory'; t.facts = {}\n"
    "  obligation(t)\n"
    "end\n";
  char untoc_rules[2048], second_rules[2048];
  snprintf(untoc_rules, sizeof untoc_rules, "%s"
    "decl { ref = 'untoc:15.1.a', check = function(ctx) return ctx:met('a') end }\n"
    "decl { ref = 'untoc:15.1.b', depends = { 'second:1' }, check = function(ctx) return ctx:met('b') end }\n"
    "decl { ref = 'untoc:15.1.c', depends = { 'second:2' }, check = function(ctx) return ctx:met('c') end }\n", chain);
  snprintf(second_rules, sizeof second_rules, "%s"
    "decl { ref = 'second:1', depends = { 'untoc:15.1.a' }, check = function(ctx) return ctx:met('never run') end }\n"
    "decl { ref = 'second:2', depends = { 'untoc:15.1.b' }, check = function(ctx) return ctx:met('never run') end }\n", chain);
  load_own_rules(dir, untoc_rules, &sb, &rs);
  ruleset_free(&rs, sb);
  char pack[300];
  snprintf(pack, sizeof pack, "%s/second", dir);
  mkdir(pack, 0755);
  write_file(pack, "instrument.lua",
    "return { id = 'second', title = { en = 'Second Convention', fr = 'Seconde convention' },\n"
    "  short = { en = 'SC', fr = 'SC' }, kind = 'treaty', in_force = '2003-09-29',\n"
    "  days_after_deposit = 30, denunciation_years = 1 }\n");
  write_file(pack, "rules.lua", second_rules);
  diag_list d;
  diag_init(&d);
  if (ruleset_load(&rs, sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); fail_msg("rules refused"); }
  diag_free(&d);
  lx_profile p;
  lx_assessment a;
  assess_with(sb, &rs, PROFILE("untoc = { deposited = '2004-01-01' }, second = { signed = '2004-01-01' }", ""),
              "2024-01-01", &p, &a);
  const char *ids[] = { "untoc:15.1.a", "second:1", "untoc:15.1.b", "second:2", "untoc:15.1.c" };
  size_t at[5];
  for (int k = 0; k < 5; k++) {
    const lx_finding *f = find(&a, ids[k]);
    at[k] = (size_t)(f - a.findings);
    if (k % 2 == 0) {
      assert_int_equal(f->status, LX_MET);
      assert_int_equal(f->explanation.en[0], ids[k][11]);   /* 'a', 'b', 'c' */
    } else {
      assert_int_equal(f->status, LX_NOT_APPLICABLE);
      assert_non_null(f->explanation.en);
      assert_non_null(f->explanation.fr);
      assert_non_null(strstr(f->explanation.en, "signature alone"));
    }
    if (k > 0) assert_true(at[k] > at[k - 1]);   /* evaluated in this order */
  }
  assert_string_equal(find(&a, "second:1")->explanation.en, find(&a, "second:2")->explanation.en);
  assert_string_equal(find(&a, "second:1")->explanation.fr, find(&a, "second:2")->explanation.fr);
  assessment_free(&a);
  profile_free(&p);
  /* neither binds: each instrument's findings keep its own reason */
  assess_with(sb, &rs, PROFILE("untoc = { signed = '2001-01-01' }, second = { signed = '2004-01-01' }", ""),
              "2024-01-01", &p, &a);
  for (int k = 0; k < 5; k++) {
    const lx_finding *f = find(&a, ids[k]);
    assert_int_equal(f->status, LX_NOT_APPLICABLE);
    size_t i = 0;
    while (strcmp(rs.instruments[i].id, f->rule->instrument) != 0) i++;
    assert_string_equal(f->explanation.en, a.bindings[i].reason_en);
    assert_string_equal(f->explanation.fr, a.bindings[i].reason_fr);
  }
  assert_string_not_equal(a.bindings[0].reason_en, a.bindings[1].reason_en);
  assessment_free(&a);
  profile_free(&p);
  free_own_rules(dir, sb, &rs);
}

/* A finding's lists are kept in the assessment's blocks with its strings:
** a list larger than a block (800 missing elements: 19 KB) and the many
** small ones around it are read whole, each element where it belongs, and
** aligned; assessment_free gives them back (the sanitizer build checks
** that nothing leaks or is freed twice). */
static void test_lists_kept_with_the_strings(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-lists-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local function decl(t)\n"
    "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n"
    "  t.level = 'mandatory'; t.facts = {}\n"
    "  obligation(t)\n"
    "end\n"
    "local function many(n) local m = {} for k = 1, n do m[k] = { en = 'm' .. k, fr = 'f' .. k } end return m end\n"
    "decl { ref = 'untoc:15.1.a', check = function(ctx) return ctx:partly('one', many(1)) end }\n"
    "decl { ref = 'untoc:15.1.b', check = function(ctx) return ctx:not_met('big', many(800)) end }\n"
    "decl { ref = 'untoc:15.1.c', check = function(ctx) return ctx:partly('three', many(3)) end }\n", &sb, &rs);
  for (int round = 0; round < 2; round++) {
    lx_profile p;
    lx_assessment a;
    assess_with(sb, &rs, two_profiles[round], "2024-01-01", &p, &a);
    const char *ids[] = { "untoc:15.1.a", "untoc:15.1.b", "untoc:15.1.c" };
    const int counts[] = { 1, 800, 3 };
    for (int k = 0; k < 3; k++) {
      const lx_finding *f = find(&a, ids[k]);
      assert_int_equal(f->nmissing, counts[k]);
      assert_int_equal((uintptr_t)f->missing % _Alignof(max_align_t), 0);
      for (int m = 0; m < f->nmissing; m++) {
        char en[16], fr[16];
        snprintf(en, sizeof en, "m%d", m + 1);
        snprintf(fr, sizeof fr, "f%d", m + 1);
        assert_string_equal(f->missing[m].en, en);
        assert_string_equal(f->missing[m].fr, fr);
        assert_null(f->missing[m].es);
      }
    }
    assessment_free(&a);
    profile_free(&p);
  }
  free_own_rules(dir, sb, &rs);
}

/* [-0, +1] The value of the library's lx._begin's upvalue `name` (nil
** when it has none of that name). */
static void push_begin_upvalue(lx_sandbox *sb, const char *name) {
  lua_State *L = sandbox_state(sb);
  sandbox_push_lib(sb);
  lua_getfield(L, -1, "_begin");
  const char *up_name;
  int found = 0;
  for (int up = 1; !found && (up_name = lua_getupvalue(L, -1, up)); up++) {
    if (strcmp(up_name, name) == 0) found = 1;
    else lua_pop(L, 1);
  }
  if (!found) lua_pushnil(L);
  lua_replace(L, -3);   /* lx's place */
  lua_pop(L, 1);
}

/* How many times the library's lx._begin has run (its upvalue `begun`). */
static lua_Integer begin_count(lx_sandbox *sb) {
  lua_State *L = sandbox_state(sb);
  push_begin_upvalue(sb, "begun");
  lua_Integer n = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : -1;
  lua_pop(L, 1);
  return n;
}

/* The engine makes a context with lx._context, skipping lx._begin, only
** while lx._begin would change nothing: nothing called it since the
** engine's last call.  lx._begin runs once an evaluation (its first rule),
** and again after a rule called lx._run on a forged profile, date and
** schema (which made the library's caches follow those): a mutant that
** never calls it again after the first rule, and one that calls it for
** every rule, both miss the counts.  The rules after the forging one read
** the real profile's offences and the schema's question, the same views an
** earlier rule read. */
static void test_context_begun_again_after_a_rule_ran_begin(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-begun-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local first, first_q\n"
    DECL_MANDATORY
    "decl { ref = 'untoc:15.1.a', facts = { 'offences' }, check = function(ctx)\n"
    "  first, first_q = ctx:offences()[1].o, ctx:question_for('offences')\n"
    "  return ctx:met(tostring(first ~= nil) .. ' ' .. type(first_q)) end }\n"
    "decl { ref = 'untoc:15.1.b', depends = { 'untoc:15.1.a' }, check = function(ctx)\n"
    "  if ctx.as_of == '2024-01-01' then\n"
    "    lx._run(function(c) return c:met('forged') end, { state = { code = 'F' }, offences = {} },\n"
    "      { root = 'x', types = {} }, '2020-01-01', { ref = 'untoc:9.9', id = 'untoc:9.9', level = 'mandatory', facts = {} })\n"
    "  end\n"
    "  return ctx:met('b') end }\n"
    "decl { ref = 'untoc:15.1.c', depends = { 'untoc:15.1.b' }, facts = { 'offences' }, check = function(ctx)\n"
    "  return ctx:met(tostring(rawequal(ctx:offences()[1].o, first)) .. ' ' ..\n"
    "    tostring(rawequal(ctx:question_for('offences'), first_q))) end }\n", &sb, &rs);
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01' }", "offences = { a = { name = 'A', source = 'PC 1' } }");
  const char *dates[] = { "2024-01-01", "2025-01-01", "2024-01-01" };   /* with the forging rule, without, with */
  const lua_Integer begins[] = { 3, 1, 3 };   /* the engine's, the rule's lx._run, the engine's again */
  for (int k = 0; k < 3; k++) {
    lx_profile p;
    lx_assessment a;
    lua_Integer before = begin_count(sb);
    assess_with(sb, &rs, prof, dates[k], &p, &a);
    assert_true(before >= 0);
    assert_int_equal(begin_count(sb) - before, begins[k]);
    assert_string_equal(find(&a, "untoc:15.1.a")->explanation.en, "true table");
    assert_string_equal(find(&a, "untoc:15.1.b")->explanation.en, "b");
    assert_string_equal(find(&a, "untoc:15.1.c")->explanation.en, "true true");
    assessment_free(&a);
    profile_free(&p);
  }
  free_own_rules(dir, sb, &rs);
}

/* build() for kept, as the engine's work: 42. */
static int build_forty_two(lua_State *L) {
  lua_pushinteger(L, 42);
  return 1;
}

/* kept(slots, key, build) (the library's engine.kept, lx._begin's upvalue
** `kept`, never handed to rules) runs engine work only outside every
** rule's call: called by the engine (in_call off) it returns a kept value
** or what build makes; inside a rule's call it raises, whether the value
** is kept already or not (the library never calls it there: review of
** acct10, findings 1, 3 and 4). */
static void test_kept_only_outside_calls(void **state) {
  (void)state;
  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  assert_non_null(sb);
  lua_State *L = sandbox_state(sb);
  push_begin_upvalue(sb, "kept");
  assert_int_equal(lua_type(L, -1), LUA_TFUNCTION);
  int kept = lua_gettop(L);
  for (int made = 0; made < 2; made++) {   /* the engine's call: kept, then made */
    lua_pushvalue(L, kept);
    lua_newtable(L);
    if (!made) { lua_pushinteger(L, 5); lua_setfield(L, -2, "k"); }
    lua_pushliteral(L, "k");
    lua_pushcfunction(L, build_forty_two);
    assert_int_equal(lua_pcall(L, 3, 1, 0), LUA_OK);
    assert_int_equal(lua_tointeger(L, -1), made ? 42 : 5);
    lua_pop(L, 1);
  }
  const char *chunks[] = {
    "return kept({ k = 5 }, 'k', function() return 1 end)\n",
    "return kept({}, 'k', function() return 1 end)\n",
  };
  for (int i = 0; i < 2; i++) {   /* a rule's call */
    memset(&err, 0, sizeof err);
    sandbox_push_env(sb);
    lua_pushvalue(L, kept);
    lua_setfield(L, -2, "kept");
    assert_int_equal(sandbox_load(sb, chunks[i], strlen(chunks[i]), "@rules/test/kept.lua", &err), 0);
    assert_int_equal(sandbox_call(sb, 0, 1, &err), -1);
    assert_non_null(strstr(err.message, "engine.kept inside a rule's call"));
  }
  lua_settop(L, kept - 1);
  sandbox_free(sb);
}

/* Whether the library keeps an offence list made as engine work after the
** last evaluation: the table `list` in lx._begin's upvalue offence_index,
** with by_engine true (1), or neither (0); -1 when mixed or not found. */
static int offence_list_kept(lx_sandbox *sb) {
  lua_State *L = sandbox_state(sb);
  push_begin_upvalue(sb, "offence_index");
  int kept = -1;
  if (lua_istable(L, -1)) {
    int list = lua_getfield(L, -1, "list") == LUA_TTABLE;
    lua_getfield(L, -2, "by_engine");
    int by_engine = lua_toboolean(L, -1);
    lua_pop(L, 2);
    kept = list == by_engine ? list : -1;
  }
  lua_pop(L, 1);
  return kept;
}

/* The offence list (and its conduct index) is made as engine work only for
** a rule set one of whose rules lists `offences` in its facts: the engine
** hands lx._begin the facts the set declares.  Two sets that differ only
** in one rule declaring `offences` (which asks nothing): without it, no
** list is kept after an evaluation; with it, one is (a mutant that always
** builds it, or never, fails one of the two).  A hostile rule that did
** not declare `offences` but replaced its context's _check_declared gets
** the same offences either way (from the list, or built for it); a rule
** whose lx._run hands begin a facts table holding `offences`, with the
** engine's own profile and date, changes nothing (begin reads facts only
** outside every rule's call), nor can one with a metatable run code. */
static void test_offence_list_only_for_sets_declaring_offences(void **state) {
  (void)state;
  static const char *const common =
    DECL_MANDATORY
    "decl { ref = 'untoc:15.1.a', check = function(ctx)\n"
    "  ctx._check_declared = function() end\n"
    "  return ctx:met(#ctx:offences() .. ' ' .. #ctx:covering('participation_conspiracy')) end }\n"
    "decl { ref = 'untoc:15.1.b', depends = { 'untoc:15.1.a', 'untoc:15.1.c' }, check = function(ctx)\n"
    "  local asks = setmetatable({}, { __index = function() error('read') end })\n"
    "  lx._run(function(c) return c:met('run') end, ctx.profile, ctx.schema, ctx.as_of,\n"
    "    { ref = 'untoc:9.9', id = 'untoc:9.9', level = 'mandatory', facts = {} }, nil, nil, { offences = true })\n"
    "  lx._run(function(c) return c:met('run') end, ctx.profile, ctx.schema, ctx.as_of,\n"
    "    { ref = 'untoc:9.9', id = 'untoc:9.9', level = 'mandatory', facts = {} }, nil, nil, asks)\n"
    "  return ctx:met('b') end }\n";
  static const char *const declaring =
    "decl { ref = 'untoc:15.1.c', facts = { 'offences' }, check = function(ctx) return ctx:met('c') end }\n";
  static const char *const not_declaring =
    "decl { ref = 'untoc:15.1.c', facts = { 'offences.a' }, check = function(ctx) return ctx:met('c') end }\n";
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01' }",
    "offences = { a = { name = 'A', source = 'PC 1', conduct = { 'participation_conspiracy' } }, b = { name = 'B', source = 'PC 2' } }");
  for (int declares = 0; declares < 2; declares++) {
    char dir[] = "/tmp/lexgap-eval-offlist-XXXXXX";
    char text[4096];
    snprintf(text, sizeof text, "%s%s", common, declares ? declaring : not_declaring);
    lx_sandbox *sb;
    lx_ruleset rs;
    load_own_rules(dir, text, &sb, &rs);
    for (int round = 0; round < 2; round++) {
      lx_profile p;
      lx_assessment a;
      assess_with(sb, &rs, prof, round ? "2025-01-01" : "2024-01-01", &p, &a);
      assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_MET);
      assert_string_equal(find(&a, "untoc:15.1.a")->explanation.en, "2 1");
      assert_string_equal(find(&a, "untoc:15.1.b")->explanation.en, "b");
      assert_int_equal(offence_list_kept(sb), declares);
      assessment_free(&a);
      profile_free(&p);
    }
    free_own_rules(dir, sb, &rs);
  }
}

/* Where lx._begin would change nothing the engine makes a rule's context
** itself, in C (push_context): it must be the table lx._context makes from
** the same arguments, key for key, value for value (the same objects), in
** the same `pairs` order (the same fields set in the same order into a
** table of the same size), with the same methods, for a rule with and
** without dependencies, first in its evaluation (made by lx._begin) and
** later (made in C), evaluations alternating with a profile that no rule
** runs for.  Each check lists
** its context as `pairs` walks it, then one lx._context made from the
** context's own values, and says whether the two are the same. */
static void test_context_made_as_lx_context_makes_it(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-ctxc-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local function walk(t)\n"
    "  local out = {}\n"
    "  for k, v in pairs(t) do out[#out + 1] = tostring(k) .. '=' .. tostring(v) end\n"
    "  return table.concat(out, ' '), #out\n"
    "end\n"
    "local function compare(ctx)\n"
    "  local rule = { ref = ctx.ref, id = ctx.id, level = ctx.level, facts = ctx.declared, deadline = ctx.deadline }\n"
    "  local other = lx._context(ctx.profile, ctx.schema, ctx.as_of, rule, ctx.bound_since, ctx.deps)\n"
    "  local mine, n = walk(ctx)\n"
    "  local same = mine == walk(other) and ctx.met == other.met and getmetatable(ctx) == getmetatable(other)\n"
    "    and rawequal(ctx.state, ctx.profile.state) and rawequal(ctx.declared, rule.facts)\n"
    "  return ctx:met((same and 'same ' or 'differs ') .. n .. ' ' .. tostring(ctx.bound_since) .. ' ' .. ctx.id)\n"
    "end\n"
    "local function decl(t)\n"
    "  t.title = { en = 't', fr = 't' }; t.category = 'jurisdiction'; t.text = { en = 'provision' }\n"
    "  t.level = t.level or 'mandatory'; t.facts = t.facts or {}; t.check = compare\n"
    "  obligation(t)\n"
    "end\n"
    "decl { ref = 'untoc:15.1.a', facts = { 'jurisdiction.territory' } }\n"
    "decl { ref = 'untoc:15.1.b', level = 'optional', depends = { 'untoc:15.1.a' } }\n"
    "decl { ref = 'untoc:15.2.a', facts = { 'offences', 'jurisdiction' } }\n", &sb, &rs);
  const char *profiles[2] = { two_profiles[0], PROFILE("untoc = { signed = '2001-01-01' }", "") };
  const char *bound[2] = { "2004-01-31", "nil" };
  for (int round = 0; round < 4; round++) {
    lx_profile p;
    lx_assessment a;
    assess_with(sb, &rs, profiles[round % 2], "2024-01-01", &p, &a);
    const char *ids[3] = { "untoc:15.1.a", "untoc:15.1.b", "untoc:15.2.a" };
    for (int k = 0; k < 3 && round % 2 == 0; k++) {
      char want[200];
      /* profile, schema, as_of, ref, id, level, declared, deps, state, and bound_since when the State is bound */
      snprintf(want, sizeof want, "same 10 %s %s", bound[round % 2], ids[k]);
      assert_memory_equal(find(&a, ids[k])->explanation.en, want, strlen(want) + (k != 1));   /* 15.1.b: the level's note follows */
    }
    assessment_free(&a);
    profile_free(&p);
  }
  free_own_rules(dir, sb, &rs);
}

/* The engine reads a plain finding itself (finish_plain) and hands any
** other to lx._finish: both must give the same values.  Each shape of
** finding is returned by two rules, once as it is (read in C when plain)
** and once with an empty metatable (never plain: lx._finish reads it), and
** the two findings must be equal in every field, errors included. */
static void assert_same_text(const lx_text *x, const lx_text *y) {
  assert_true((x->en == NULL) == (y->en == NULL));
  assert_true((x->fr == NULL) == (y->fr == NULL));
  if (x->en) assert_string_equal(x->en, y->en);
  if (x->fr) assert_string_equal(x->fr, y->fr);
}

static void assert_same_finding(const lx_finding *x, const lx_finding *y) {
  assert_int_equal(x->status, y->status);
  assert_same_text(&x->explanation, &y->explanation);
  assert_same_text(&x->option, &y->option);
  assert_true((x->option_id == NULL) == (y->option_id == NULL));
  if (x->option_id) assert_string_equal(x->option_id, y->option_id);
  assert_int_equal(x->nmissing, y->nmissing);
  for (int k = 0; k < x->nmissing; k++) assert_same_text(&x->missing[k], &y->missing[k]);
  assert_int_equal(x->nquestions, y->nquestions);
  for (int k = 0; k < x->nquestions; k++) {
    assert_string_equal(x->questions[k].fact, y->questions[k].fact);
    assert_same_text(&x->questions[k].text, &y->questions[k].text);
  }
  assert_int_equal(x->nevidence, y->nevidence);
  for (int k = 0; k < x->nevidence; k++) {
    assert_string_equal(x->evidence[k].fact, y->evidence[k].fact);
    assert_true((x->evidence[k].label == NULL) == (y->evidence[k].label == NULL));
  }
  assert_true((x->error_message == NULL) == (y->error_message == NULL));
  if (x->error_message) assert_string_equal(x->error_message, y->error_message);
}

static void test_plain_findings_read_as_the_library_reads_them(void **state) {
  (void)state;
  char dir[] = "/tmp/lexgap-eval-plain-XXXXXX";
  lx_sandbox *sb;
  lx_ruleset rs;
  load_own_rules(dir,
    "local n = 0\n"
    "local function both(level, make)\n"
    "  n = n + 1\n"
    "  for k, wrap in ipairs { false, true } do\n"
    "    obligation { ref = 'untoc:' .. (19 + k) .. '.' .. n, level = level, title = { en = 't', fr = 't' },\n"
    "      category = 'jurisdiction', text = { en = 'provision' }, facts = { 'jurisdiction.territory' },\n"
    "      check = function(ctx) local f = make(ctx); if wrap and type(f) == 'table' then setmetatable(f, {}) end; return f end }\n"
    "  end\n"
    "end\n"
    "local function asked(ctx) ctx:ask('jurisdiction.territory', { en = 'Q?', fr = 'Q ?' }); ctx:cite('jurisdiction.territory', nil, 'l') end\n"
    "for _, level in ipairs { 'mandatory', 'consider', 'endeavour', 'optional' } do\n"
    "  both(level, function(ctx) return ctx:met('plain') end)\n"
    "  both(level, function(ctx) return ctx:met({ en = 'english', fr = 'français' }) end)\n"
    "  both(level, function(ctx) return ctx:not_applicable('not here') end)\n"
    "  both(level, function(ctx) asked(ctx); return ctx:partly('part') end)\n"
    "  both(level, function(ctx) asked(ctx); return ctx:not_met('none') end)\n"
    "  both(level, function(ctx) asked(ctx); return ctx:unknown('open') end)\n"
    "  both(level, function(ctx) asked(ctx); return ctx:met('asked but met') end)\n"
    "  both(level, function(ctx) return ctx:unknown('no question') end)\n"
    "  both(level, function(ctx) return ctx:not_met('with missing', { 'a', { en = 'b', fr = 'bé' } }) end)\n"
    "  both(level, function(ctx) return ctx:met('with option', { id = 'ii', en = 'o', fr = 'ó' }) end)\n"
    "  both(level, function(ctx) ctx.level = 'optional'; return ctx:met('level changed') end)\n"
    "  both(level, function(ctx) ctx.level = 'mandatory'; return ctx:met('level changed') end)\n"
    "  both(level, function(ctx) ctx.level = { }; return ctx:met('level a table') end)\n"
    "  both(level, function(ctx) ctx.question_list = { { fact = 'x', en = 'e', fr = 'f' } }; return ctx:partly('own list') end)\n"
    "  both(level, function(ctx) return { status = 'met', explanation = { en = 5, fr = 'x' }, _ctx = ctx } end)\n"
    "  both(level, function(ctx) return { status = 'met', explanation = { en = 'e', fr = 'f' }, _ctx = ctx, missing = false } end)\n"
    "  both(level, function(ctx) return { status = 'met\\0x', explanation = { en = 'e', fr = 'f' }, _ctx = ctx } end)\n"
    "  both(level, function(ctx) return { status = 'error', explanation = { en = 'e', fr = 'f' }, _ctx = ctx } end)\n"
    "  both(level, function(ctx) return { status = 'met', explanation = setmetatable({}, { __index = { en = 'i', fr = 'j' } }), _ctx = ctx } end)\n"
    "  both(level, function(ctx) return { status = 'met', explanation = 'a string', _ctx = ctx } end)\n"
    "  both(level, function(ctx) return { status = 'met', explanation = { en = 'e', fr = 'f' }, _ctx = {} } end)\n"
    "  both(level, function(ctx) return ctx:not_met('strings', { 'a', 'b' }) end)\n"
    "  both(level, function(ctx) return ctx:partly('empty', {}) end)\n"
    "  both(level, function(ctx) return ctx:not_met('a hole', { 'a', nil, 'c' }) end)\n"
    "  both(level, function(ctx) return ctx:not_met('an element with a metatable', { 'a', setmetatable({}, { __index = { en = 'x', fr = 'y' } }) }) end)\n"
    "  both(level, function(ctx) return ctx:not_met('a number', { 'a', 5 }) end)\n"
    "  both(level, function(ctx) return ctx:partly('en only', { { en = 'x' } }) end)\n"
    "  both(level, function(ctx) return ctx:not_met('a list with a metatable', setmetatable({ 'a' }, { __index = function(_, i) if i == 2 then return 'z' end end })) end)\n"
    "  both(level, function(ctx) return { status = 'not_met', explanation = { en = 'e', fr = 'f' }, _ctx = ctx, missing = 'x' } end)\n"
    "  both(level, function(ctx) return ctx:met('an option without id', { en = 'o', fr = 'ó' }) end)\n"
    "  both(level, function(ctx) return ctx:met('an option with a number id', { id = 7, en = 'o', fr = 'ó' }) end)\n"
    "  both(level, function(ctx) return ctx:met('an option a string', 'opt') end)\n"
    "  both(level, function(ctx) return ctx:met('an option with a metatable', setmetatable({ id = 'i' }, { __index = { en = 'o', fr = 'ó' } })) end)\n"
    "  both(level, function(ctx) return ctx:partly('an option and a list', { 'a', { en = 'b', fr = 'bé' } }) end)\n"
    /* finish_plain reads a closed finding's questions not at all, and the note only where it applies */
    "  both(level, function(ctx) asked(ctx); return ctx:not_applicable('asked, then not applicable') end)\n"
    "  both(level, function(ctx) ctx.level = 'none such'; return ctx:not_applicable('no note for its level') end)\n"
    "  both(level, function(ctx) ctx.level = 'none such'; return ctx:partly('no note, open') end)\n"
    "  both(level, function(ctx) ctx.question_list = false; return ctx:partly('questions false') end)\n"
    "  both(level, function(ctx) ctx.evidence_list = 'x'; return ctx:met('evidence no list') end)\n"
    "end\n", &sb, &rs);
  lx_profile p;
  lx_assessment a;
  assess_with(sb, &rs, two_profiles[0], "2024-01-01", &p, &a);
  int compared = 0;
  for (size_t i = 0; i < a.n; i++) {
    const char *id = a.findings[i].rule->id;
    if (strncmp(id, "untoc:20.", 9) != 0) continue;
    char twin[64];
    snprintf(twin, sizeof twin, "untoc:21.%s", id + 9);
    assert_same_finding(&a.findings[i], find(&a, twin));
    compared++;
  }
  assert_int_equal(compared, 4 * 39);
  assert_non_null(strstr(find(&a, "untoc:20.40")->explanation.en, "plain Level: a duty to consider"));   /* notes appended */
  const lx_finding *listed = find(&a, "untoc:20.61");   /* consider, 'strings': read in C, the note appended as kept */
  assert_string_equal(listed->explanation.en, "strings Level: a duty to consider the measure; not adopting it after consideration is no breach.");
  assert_int_equal(listed->nmissing, 2);
  assert_string_equal(listed->missing[1].en, "b");
  assert_string_equal(listed->missing[1].fr, "b");
  assessment_free(&a);
  profile_free(&p);
  free_own_rules(dir, sb, &rs);
}

static void test_party_status_unrecorded_is_prospective(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("", ""), "2024-01-01", &p, &a);
  assert_int_equal(a.bindings[0].kind, PROSPECTIVE);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  done(&p, &a);
}

static void test_denunciation_takes_effect_after_a_year(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01', denounced = '2020-06-15' }", "");
  assess(fx, prof, "2021-06-14", &p, &a);
  assert_int_equal(a.bindings[0].kind, BOUND);
  done(&p, &a);
  assess(fx, prof, "2021-06-15", &p, &a);
  assert_int_equal(a.bindings[0].kind, NOT_BOUND);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(find(&a, "untoc:15.1.a")->explanation.en, "denounced"));
  done(&p, &a);
}

static void test_reservation_switches_provision_off_until_withdrawn(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:35.2' }, kind = 'reservation', "
    "from = '2004-01-01', withdrawn = '2015-01-01', source = 'Instrument of ratification' } }");
  assess(fx, prof, "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(find(&a, "untoc:35.2")->explanation.en, "reservation"));
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);     /* other provisions unaffected */
  done(&p, &a);
  assess(fx, prof, "2015-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);          /* withdrawn */
  done(&p, &a);
}

static void test_reservation_covers_sub_provisions_only(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  /* a reservation to 15 covers 15.1.a but not 35.2; one to 15.1 does not cover 15.10 */
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15.2' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.2.c.i")->status, LX_NOT_APPLICABLE);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  done(&p, &a);
}

/* A rule looks its provision up only among its own instrument's
** reservations (reservation_index_for): those of instruments sorted before
** and after it, naming the same references, switch nothing off; its own,
** listed between them, do. */
static void test_reservations_of_other_instruments_ignored(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'aaa', provisions = { 'untoc:15', 'untoc:35.2' }, from = '2004-01-01' },\n"
    "  { instrument = 'zzz', provisions = { 'untoc:15', 'untoc:35.2' }, from = '2004-01-01' },\n"
    "  { instrument = 'untoc', provisions = { 'untoc:35.2' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(find(&a, "untoc:35.2")->explanation.en, "reservation to untoc:35.2"));
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'aaa', provisions = { 'untoc:35.2' }, from = '2004-01-01' },\n"
    "  { instrument = 'zzz', provisions = { 'untoc:35.2' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);
  done(&p, &a);
}

static void test_declaration_does_not_switch_off(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', kind = 'declaration', provisions = { 'untoc:35.2' }, from = '2004-01-01' } }"),
    "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);
  done(&p, &a);
}

static void test_reservation_to_provision_not_open_is_flagged(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15.2', 'untoc:35.2' }, from = '2004-01-01' } }"),
    "2010-01-01", &p, &a);
  const lx_finding *f = find(&a, "untoc:15.2.c.i");     /* honoured, but flagged */
  assert_int_equal(f->status, LX_NOT_APPLICABLE);
  assert_int_equal(f->reservation_unprovided, 1);
  assert_non_null(strstr(f->explanation.en, "does not open to reservations"));
  assert_non_null(strstr(f->explanation.fr, "n'ouvre pas aux réserves"));
  f = find(&a, "untoc:35.2");                           /* art. 35(3) provides for it */
  assert_int_equal(f->status, LX_NOT_APPLICABLE);
  assert_int_equal(f->reservation_unprovided, 0);
  assert_null(strstr(f->explanation.en, "does not open"));
  assert_int_equal(find(&a, "untoc:15.1.a")->reservation_unprovided, 0);
  done(&p, &a);
}

/* `limited_by_reservation` (the descriptor lists untoc:15.2.c): a
** reservation naming exactly that provision only limits it, so its rules
** run, and are not flagged; one naming a provision below it (15.2.c.i) or
** above it (15.2) switches the rule off as any reservation does, and one
** below it, not open to reservation, is flagged (Cybercrime Convention
** art. 23(3): a reservation to art. 29 limits it, one to 29(3) alone is no
** reservation of art. 23(3)). */
static void test_reservation_that_only_limits(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15.2.c' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  const lx_finding *f = find(&a, "untoc:15.2.c.i");
  assert_int_equal(f->status, LX_MET);                  /* run: the rule reads the reservation itself */
  assert_int_equal(f->reservation_unprovided, 0);
  assert_non_null(strstr(f->explanation.en, "offences in force"));
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15.2.c.i' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  f = find(&a, "untoc:15.2.c.i");
  assert_int_equal(f->status, LX_NOT_APPLICABLE);       /* a sub-provision: switched off, as before */
  assert_int_equal(f->reservation_unprovided, 1);
  assert_non_null(strstr(f->explanation.en, "reservation to untoc:15.2.c.i"));
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);        /* others unaffected */
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "reservations = { { instrument = 'untoc', provisions = { 'untoc:15.2' }, from = '2004-01-01' } }"), "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.2.c.i")->status, LX_NOT_APPLICABLE);   /* above it: excludes */
  done(&p, &a);
}

/* A profile with 30,000 reservations: noise (provisions no rule has, or
** below a rule's provision; a third not yet in force), one to untoc:15 from
** 2005 ('first', 10th in the list), one to untoc:15.2 from 2004 ('late'), a
** withdrawn one to untoc:35.2 and a declaration.  The caller frees it. */
static char *many_reservations(void) {
  enum { N = 30000 };
  size_t cap = (size_t)N * 160 + 1024, len = 0;
  char *text = malloc(cap);
  assert_non_null(text);
  len += (size_t)snprintf(text + len, cap - len, "return { profile_format = 1, state = { code = 'TST', name = 'Testland' },\n"
                          "  describes_law_as_of = '2024-01-01', parties = { untoc = { deposited = '2004-01-01' } },\n"
                          "  reservations = {\n");
  for (int i = 1; i <= N; i++) {
    const char *entry;
    char buf[160];
    if (i == 10) entry = "{ instrument = 'untoc', provisions = { 'untoc:15' }, from = '2005-01-01', source = 'first' }";
    else if (i == N - 2) entry = "{ instrument = 'untoc', provisions = { 'untoc:15.2' }, from = '2004-01-01', source = 'late' }";
    else if (i == N - 1) entry = "{ instrument = 'untoc', provisions = { 'untoc:35.2' }, from = '2004-01-01', withdrawn = '2009-01-01' }";
    else if (i == N) entry = "{ instrument = 'untoc', kind = 'declaration', provisions = { 'untoc:15.6' }, from = '2004-01-01' }";
    else {
      snprintf(buf, sizeof buf, "{ instrument = 'untoc', provisions = { 'untoc:%d.%d', 'untoc:15.1.a.%s' }, from = '%s' }",
               100 + i % 500, i, i % 2 ? "i" : "ii", i % 3 ? "2004-01-01" : "2030-01-01");
      entry = buf;
    }
    len += (size_t)snprintf(text + len, cap - len, "    %s,\n", entry);
  }
  snprintf(text + len, cap - len, "  } }\n");
  return text;
}

/* A hostile profile may list tens of thousands of reservations; they are
** indexed once per profile (the speed is measured by `make bench`, not
** here).  The answers must be those of a plain reading: the first
** reservation of the profile covering a provision counts; withdrawn, future
** ones and declarations count for nothing. */
static void test_thirty_thousand_reservations(void **state) {
  fixture *fx = *state;
  char *text = many_reservations();
  lx_profile p; lx_assessment a;
  assess(fx, text, "2010-01-01", &p, &a);
  const lx_finding *f = find(&a, "untoc:15.2.c.i");
  assert_int_equal(f->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(f->explanation.en, "reservation to untoc:15,"));   /* the first, not 'late' */
  assert_non_null(strstr(f->explanation.en, "(first)"));
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_APPLICABLE);   /* by 'first' too */
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);               /* withdrawn */
  done(&p, &a);
  /* before 'first' takes effect, only 'late' covers 15.2; 15.1.a is reserved
  ** only below it (15.1.a.i), which does not switch 15.1.a off */
  assess(fx, text, "2004-06-01", &p, &a);
  f = find(&a, "untoc:15.2.c.i");
  assert_int_equal(f->status, LX_NOT_APPLICABLE);
  assert_non_null(strstr(f->explanation.en, "(late)"));
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_NOT_APPLICABLE);    /* not yet withdrawn */
  assert_int_not_equal(find(&a, "untoc:15.6")->status, LX_NOT_APPLICABLE);   /* a declaration switches nothing off */
  done(&p, &a);
  free(text);
}

/* ---- national law in force at the as-of date ---- */

static void test_measure_in_force_dates(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01' }",
    "jurisdiction = { territory = { adopted = true, source = 'PC 5', from = '2012-03-01', repealed = '2020-01-01' } }");
  assess(fx, prof, "2012-02-29", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_MET);
  done(&p, &a);
  assess(fx, prof, "2012-03-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_MET);
  done(&p, &a);
  assess(fx, prof, "2020-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_NOT_MET);
  assert_non_null(strstr(find(&a, "untoc:15.1.a")->explanation.en, "no longer in force"));
  done(&p, &a);
}

static void test_offences_in_force(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  const char *prof = PROFILE("untoc = { deposited = '2004-01-01' }",
    "offences = { a = { name = 'A', source = 'PC 1' }, b = { name = 'B', source = 'PC 2', from = '2015-01-01' },"
    " c = { name = 'C', source = 'PC 3', repealed = '2012-01-01' } }");
  assess(fx, prof, "2010-01-01", &p, &a);
  assert_string_equal(find(&a, "untoc:15.2.c.i")->explanation.en, "2 offences in force");
  done(&p, &a);
  assess(fx, prof, "2016-01-01", &p, &a);
  assert_string_equal(find(&a, "untoc:15.2.c.i")->explanation.en, "2 offences in force");
  done(&p, &a);
  assess(fx, prof, "2011-06-01", &p, &a);
  assert_string_equal(find(&a, "untoc:15.2.c.i")->explanation.en, "2 offences in force");
  done(&p, &a);
  assess(fx, prof, "2014-06-01", &p, &a);
  assert_string_equal(find(&a, "untoc:15.2.c.i")->explanation.en, "1 offences in force");
  done(&p, &a);
}

/* ---- findings: evidence, questions, dependencies, errors ---- */

static void test_evidence_and_questions(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "jurisdiction = { territory = { adopted = true, source = 'Penal Code s. 5', url = 'https://example.org/pc5' } }"),
    "2010-01-01", &p, &a);
  const lx_finding *f = find(&a, "untoc:15.1.a");
  assert_int_equal(f->status, LX_MET);
  assert_int_equal(f->nevidence, 1);
  assert_string_equal(f->evidence[0].fact, "jurisdiction.territory");
  assert_string_equal(f->evidence[0].source, "Penal Code s. 5");
  assert_string_equal(f->evidence[0].url, "https://example.org/pc5");
  assert_int_equal(f->nquestions, 0);
  done(&p, &a);
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }", ""), "2010-01-01", &p, &a);
  f = find(&a, "untoc:15.1.a");
  assert_int_equal(f->status, LX_UNKNOWN);
  assert_int_equal(f->nquestions, 1);
  assert_string_equal(f->questions[0].fact, "jurisdiction.territory");
  assert_non_null(strstr(f->questions[0].text.en, "territory"));
  assert_non_null(f->questions[0].text.fr);
  done(&p, &a);
}

static void test_dependency_finding_is_visible(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }",
    "jurisdiction = { territory = { adopted = false } }"), "2010-01-01", &p, &a);
  assert_string_equal(find(&a, "untoc:15.3")->explanation.en, "the dependency was not_met");
  done(&p, &a);
}

static void test_errors_do_not_stop_other_rules(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx, PROFILE("untoc = { deposited = '2004-01-01' }", ""), "2010-01-01", &p, &a);
  const lx_finding *boom = find(&a, "untoc:15.4");
  assert_int_equal(boom->status, LX_ERROR);
  assert_non_null(strstr(boom->error_message, "boom"));
  assert_non_null(strstr(boom->error_file, "rules.lua"));
  assert_int_equal(boom->error_line, 12);   /* the line of error("boom") in `rules` */
  /* the rule depending on it is an error too, saying why */
  assert_int_equal(find(&a, "untoc:15.5")->status, LX_ERROR);
  assert_non_null(strstr(find(&a, "untoc:15.5")->error_message, "depends on untoc:15.4"));
  /* unknown without a question is refused */
  assert_int_equal(find(&a, "untoc:15.6")->status, LX_ERROR);
  assert_non_null(strstr(find(&a, "untoc:15.6")->error_message, "which facts would settle it"));
  /* reading a fact not declared in `facts` is refused */
  assert_int_equal(find(&a, "untoc:15.2.a")->status, LX_ERROR);
  assert_non_null(strstr(find(&a, "untoc:15.2.a")->error_message, "does not list it in `facts`"));
  /* a hand-made result table is refused */
  assert_int_equal(find(&a, "untoc:15.2.b")->status, LX_ERROR);
  /* and the others ran */
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);
  lx_summary s;
  assessment_summary(&a, &s);
  assert_int_equal(s.errors, 5);
  done(&p, &a);
}

static void test_gap_only_for_mandatory_shortfalls(void **state) {
  (void)state;
  for (int lv = 0; lv < LX_NLEVEL; lv++)
    for (int st = 0; st < LX_NSTATUS; st++)
      assert_int_equal(lx_is_gap((lx_level)lv, (lx_status)st),
                       lv == LX_MANDATORY && (st == LX_NOT_MET || st == LX_PARTLY_MET));
}

/* ---- regional economic integration organisations ---- */

static void test_reio_bound_within_declared_competence(void **state) {
  fixture *fx = *state;
  lx_profile p; lx_assessment a;
  assess(fx,
    "return { profile_format = 1, state = { code = 'EC', name = 'European Community', kind = 'reio' },\n"
    "  describes_law_as_of = '2024-01-01',\n"
    "  parties = { untoc = { deposited = '2004-05-21', means = 'formal_confirmation',\n"
    "    competence_provisions = { 'untoc:15.1', 'untoc:35' }, source = 'Declaration under art. 36(3)' } } }",
    "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);        /* within: assessed */
  assert_int_equal(find(&a, "untoc:35.2")->status, LX_MET);
  const lx_finding *out = find(&a, "untoc:15.3");
  assert_int_equal(out->status, LX_NOT_APPLICABLE);                      /* outside: not applicable */
  assert_non_null(strstr(out->explanation.en, "outside the competence"));
  assert_non_null(strstr(out->explanation.en, "Declaration under art. 36(3)"));
  assert_null(strstr(a.bindings[0].reason_en, "competence_provisions"));  /* stated: no warning */
  done(&p, &a);
  /* an organisation whose competence is not stated: assessed on every
  ** provision, and the binding says so */
  assess(fx,
    "return { profile_format = 1, state = { code = 'EC', name = 'European Community', kind = 'reio' },\n"
    "  describes_law_as_of = '2024-01-01', parties = { untoc = { deposited = '2004-05-21' } } }",
    "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.3")->status, LX_MET);
  assert_non_null(strstr(a.bindings[0].reason_en, "parties.untoc.competence_provisions"));
  assert_non_null(strstr(a.bindings[0].reason_fr, "compétence déclarée"));
  done(&p, &a);
  /* a State is never limited by a competence list */
  assess(fx,
    "return { profile_format = 1, state = { code = 'TST', name = 'T' }, describes_law_as_of = '2024-01-01',\n"
    "  parties = { untoc = { deposited = '2004-05-21', competence_provisions = { 'untoc:35' } } } }",
    "2010-01-01", &p, &a);
  assert_int_equal(find(&a, "untoc:15.1.a")->status, LX_UNKNOWN);
  done(&p, &a);
}

/* ---- EU directives ---- */

static void test_eu_directive_participation_and_deadline(void **state) {
  (void)state;
  lx_instrument ins;
  memset(&ins, 0, sizeof ins);
  ins.id = "eu-2004-81";
  ins.kind = "eu_directive";
  ins.deadline = "2006-08-06";
  char *out[] = { "GBR", "IRL", "DNK" };
  ins.not_bound = out;
  ins.nnot_bound = 3;
  ins.short_name.en = "Directive 2004/81/EC";
  const char *fr_text = "return { profile_format = 1, state = { code = 'FRA', name = 'France', eu_member = { from = '1958-01-01' } }, describes_law_as_of = '2024-01-01' }";
  const char *dk_text = "return { profile_format = 1, state = { code = 'DNK', name = 'Denmark', eu_member = { from = '1973-01-01' } }, describes_law_as_of = '2024-01-01' }";
  const char *no_text = "return { profile_format = 1, state = { code = 'NOR', name = 'Norway' }, describes_law_as_of = '2024-01-01' }";
  data_error e;
  lx_profile fr = { 0 }, dk = { 0 }, no = { 0 };
  fr.data = data_parse(fr_text, strlen(fr_text), &e); fr.state_code = "FRA";
  dk.data = data_parse(dk_text, strlen(dk_text), &e); dk.state_code = "DNK";
  no.data = data_parse(no_text, strlen(no_text), &e); no.state_code = "NOR";
  binding b;
  applicability_instrument(&ins, &fr, "2006-08-05", 0, &b);
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "deadline"));
  applicability_instrument(&ins, &fr, "2006-08-06", 0, &b);
  assert_int_equal(b.kind, BOUND);
  applicability_instrument(&ins, &dk, "2010-01-01", 0, &b);
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "does not take part"));
  applicability_instrument(&ins, &no, "2010-01-01", 0, &b);
  assert_int_equal(b.kind, NOT_BOUND);
  applicability_instrument(&ins, &no, "2010-01-01", 1, &b);
  assert_int_equal(b.kind, PROSPECTIVE);
  data_free(fr.data); data_free(dk.data); data_free(no.data);
}

static void test_treaty_not_in_force(void **state) {
  (void)state;
  lx_instrument ins;
  memset(&ins, 0, sizeof ins);
  ins.id = "cybercrime";
  ins.kind = "treaty";
  ins.short_name.en = "Cybercrime Convention";
  const char *text = "return { profile_format = 1, state = { code = 'X', name = 'X' }, describes_law_as_of = '2024-01-01', parties = { cybercrime = { signed = '2025-10-25' } } }";
  data_error e;
  lx_profile p = { 0 };
  p.data = data_parse(text, strlen(text), &e);
  binding b;
  applicability_instrument(&ins, &p, "2026-01-01", 0, &b);
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "not yet in force"));
  data_free(p.data);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_bound_thirty_days_after_deposit),
    cmocka_unit_test(test_early_ratifier_bound_from_general_entry_into_force),
    cmocka_unit_test(test_signature_does_not_bind),
    cmocka_unit_test(test_nothing_enters_lua_when_no_rule_runs),
    cmocka_unit_test(test_rule_constants_reused_per_rule),
    cmocka_unit_test(test_ctx_fresh_per_call_and_finding_values),
    cmocka_unit_test(test_context_held_by_rule_file),
    cmocka_unit_test(test_context_begun_again_after_a_rule_ran_begin),
    cmocka_unit_test(test_context_made_as_lx_context_makes_it),
    cmocka_unit_test(test_offence_list_only_for_sets_declaring_offences),
    cmocka_unit_test(test_kept_only_outside_calls),
    cmocka_unit_test(test_unbound_instrument_between_bound_rules),
    cmocka_unit_test(test_lists_kept_with_the_strings),
    cmocka_unit_test(test_plain_findings_read_as_the_library_reads_them),
    cmocka_unit_test(test_party_status_unrecorded_is_prospective),
    cmocka_unit_test(test_denunciation_takes_effect_after_a_year),
    cmocka_unit_test(test_reservation_switches_provision_off_until_withdrawn),
    cmocka_unit_test(test_reservation_covers_sub_provisions_only),
    cmocka_unit_test(test_reservations_of_other_instruments_ignored),
    cmocka_unit_test(test_declaration_does_not_switch_off),
    cmocka_unit_test(test_reservation_to_provision_not_open_is_flagged),
    cmocka_unit_test(test_reservation_that_only_limits),
    cmocka_unit_test(test_thirty_thousand_reservations),
    cmocka_unit_test(test_measure_in_force_dates),
    cmocka_unit_test(test_offences_in_force),
    cmocka_unit_test(test_evidence_and_questions),
    cmocka_unit_test(test_dependency_finding_is_visible),
    cmocka_unit_test(test_errors_do_not_stop_other_rules),
    cmocka_unit_test(test_gap_only_for_mandatory_shortfalls),
    cmocka_unit_test(test_reio_bound_within_declared_competence),
    cmocka_unit_test(test_eu_directive_participation_and_deadline),
    cmocka_unit_test(test_treaty_not_in_force),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

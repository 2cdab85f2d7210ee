/*
 * test_bound_by.c -- ctx:bound_by(id) and lx.good_practice's `presupposes`:
 * whether the State is bound by another instrument at the as-of date, as
 * the engine decides it (applicability.c) from that instrument's
 * descriptor, read even when its pack is not loaded (ruleset_descriptor).
 *
 * The test treaty is "untoc" with terms that are not UNTOC's (in force 45
 * days after deposit, a denunciation effective two years after its
 * notification): an answer that came from anything but the descriptor
 * (UNTOC's 30 days and one year, or counting from the deposit) fails here.
 * Only the soft-law pack "wg" is loaded (as `--instrument untoc-wg`).
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
#include "fixture.h"

typedef struct {
  char dir[256];
  lx_sandbox *sb;
  lx_ruleset rs;
} world;

static const char *const treaty =
  "return { id = 'untoc', title = { en = 'Test Convention', fr = 'Convention test' },\n"
  "  short = { en = 'TC', fr = 'CT' }, kind = 'treaty', in_force = '2003-09-29',\n"
  "  days_after_deposit = 45, denunciation_years = 2 }\n";

static const char *const soft_law =
  "return { id = 'wg', title = { en = 'Test paper', fr = 'Document test' }, kind = 'soft_law' }\n";

/* wg:1 says what ctx:bound_by('untoc') answers; wg:2 is a recommendation
** made to the parties of untoc; wg:3 to wg:7 ask what has no answer; wg:8
** changes its own context first (as_of, profile, parties) and still gets
** the engine's answer; wg:9 asks about a pack whose descriptor is broken;
** wg:10 about "untoc" followed by a NUL byte. */
static const char *const rules =
  "local function decl(t)\n"
  "  t.level = 'optional'; t.title = { en = 't', fr = 't' }; t.category = 'cooperation'\n"
  "  t.text = { en = 'paragraph' }; t.facts = t.facts or {}\n"
  "  obligation(t)\n"
  "end\n"
  "decl { ref = 'wg:1', check = function(ctx) return ctx:met(tostring(ctx:bound_by('untoc'))) end }\n"
  "decl { ref = 'wg:2', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
  "  return lx.good_practice(ctx, { by = 'the paper', presupposes = 'untoc',\n"
  "    practice = { { path = 'jurisdiction.territory', what = 'territorial jurisdiction' } } }) end }\n"
  "decl { ref = 'wg:3', check = function(ctx) return ctx:met(tostring(ctx:bound_by('nosuch'))) end }\n"
  "decl { ref = 'wg:4', check = function(ctx) return ctx:met(tostring(ctx:bound_by('wg'))) end }\n"
  "decl { ref = 'wg:5', check = function(ctx) return ctx:met(tostring(ctx:bound_by('../wg'))) end }\n"
  "decl { ref = 'wg:6', check = function(ctx) return ctx:met(tostring(ctx:bound_by(42))) end }\n"
  "decl { ref = 'wg:7', facts = { 'jurisdiction.territory' }, check = function(ctx)\n"
  "  return lx.good_practice(ctx, { by = 'the paper', presupposes = 'untco',\n"
  "    practice = { { path = 'jurisdiction.territory', what = 'territorial jurisdiction' } } }) end }\n"
  "decl { ref = 'wg:8', check = function(ctx)\n"
  "  ctx.as_of = '1990-01-01'\n"
  "  ctx.profile = { parties = { untoc = { in_force = '1980-01-01' } } }\n"
  "  return ctx:met(tostring(ctx:bound_by('untoc'))) end }\n"
  "decl { ref = 'wg:9', check = function(ctx) return ctx:met(tostring(ctx:bound_by('bad'))) end }\n"
  "decl { ref = 'wg:10', check = function(ctx) return ctx:met(tostring(ctx:bound_by('untoc\\0x'))) end }\n";

static void write_in(const char *dir, const char *sub, const char *name, const char *text) {
  char path[600];
  snprintf(path, sizeof path, "%s/%s", dir, sub);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/%s/%s", dir, sub, name);
  assert_int_equal(fx_write_file(path, text), 0);
}

static int setup(void **state) {
  world *w = calloc(1, sizeof *w);
  if (!w) return -1;
  snprintf(w->dir, sizeof w->dir, "/tmp/lexgap-bound-XXXXXX");
  if (!mkdtemp(w->dir)) return -1;
  const char *root = getenv("LEXGAP_ROOT");
  char src[512], dst[512];
  snprintf(src, sizeof src, "%s/rules/schema.lua", root ? root : ".");
  snprintf(dst, sizeof dst, "%s/schema.lua", w->dir);
  if (fx_copy_file(src, dst) != 0) return -1;
  write_in(w->dir, "untoc", "instrument.lua", treaty);
  write_in(w->dir, "wg", "instrument.lua", soft_law);
  write_in(w->dir, "wg", "rules.lua", rules);
  write_in(w->dir, "bad", "instrument.lua", "return { id = 'bad', kind = 'treaty' ");   /* unfinished */
  sandbox_error err;
  if (!(w->sb = sandbox_new(&err))) return -1;
  diag_list d;
  diag_init(&d);
  const char *only[] = { "wg" };
  int rc = ruleset_load(&w->rs, w->sb, w->dir, only, 1, &d);
  if (rc != 0 || d.n) diag_print(&d, stderr);
  diag_free(&d);
  *state = w;
  return rc;
}

static int teardown(void **state) {
  world *w = *state;
  ruleset_free(&w->rs, w->sb);
  sandbox_free(w->sb);
  fx_remove_tree(w->dir);
  free(w);
  return 0;
}

#define PROFILE(parties) \
  "return { profile_format = 1, state = { code = 'TST', name = 'Testland' },\n" \
  "  describes_law_as_of = '2024-01-01', " parties "\n" \
  "  jurisdiction = { territory = { adopted = true, source = 'PC 1' } } }"

typedef struct {
  lx_profile p;
  lx_assessment a;
} run;

static void assess(world *w, const char *profile_text, const char *as_of, int prospective, run *r) {
  data_error err;
  data_value *v = data_parse(profile_text, strlen(profile_text), &err);
  if (!v) fail_msg("profile: %d: %s", err.line, err.message);
  diag_list d;
  diag_init(&d);
  if (profile_from_data(&r->p, "test-profile.lua", v, w->rs.schema, &d) != 0) {
    diag_print(&d, stderr);
    fail_msg("profile refused");
  }
  diag_free(&d);
  assert_int_equal(evaluate(&r->a, w->sb, &w->rs, &r->p, as_of, prospective), 0);
}

static void done(run *r) {
  assessment_free(&r->a);
  profile_free(&r->p);
}

static const lx_finding *find(const run *r, const char *id) {
  for (size_t i = 0; i < r->a.n; i++)
    if (strcmp(r->a.findings[i].rule->id, id) == 0) return &r->a.findings[i];
  fail_msg("no finding %s", id);
  return NULL;
}

/* What ctx:bound_by('untoc') answered (wg:1's explanation), and whether the
** recommendation made to the parties was not applicable (wg:2). */
static void expect(world *w, const char *profile_text, const char *as_of, int prospective, const char *answer) {
  run r;
  assess(w, profile_text, as_of, prospective, &r);
  const lx_finding *f = find(&r, "wg:1");
  assert_int_equal(f->status, LX_MET);
  if (strncmp(f->explanation.en, answer, strlen(answer)) != 0)
    fail_msg("as of %s: bound_by('untoc') gave '%s', expected '%s'", as_of, f->explanation.en, answer);
  const lx_finding *gp = find(&r, "wg:2");
  if (strcmp(answer, "false") == 0) {
    assert_int_equal(gp->status, LX_NOT_APPLICABLE);
    assert_non_null(strstr(gp->explanation.en, "not a party to UNTOC"));
  } else {
    assert_int_equal(gp->status, LX_MET);
  }
  assert_string_equal(find(&r, "wg:8")->explanation.en, f->explanation.en);   /* its own context changed nothing */
  done(&r);
}

/* The 45th day after the deposit, from the descriptor (UNTOC's 30 would
** make the 30th day true; counting from the deposit, the deposit day). */
static void test_in_force_days_after_deposit_from_the_descriptor(void **state) {
  world *w = *state;
  const char *prof = PROFILE("parties = { untoc = { deposited = '2010-03-01' } },");
  expect(w, prof, "2010-03-01", 0, "false");      /* the deposit day */
  expect(w, prof, "2010-03-31", 0, "false");      /* + 30 days: UNTOC's term, not this treaty's */
  expect(w, prof, "2010-04-14", 0, "false");      /* + 44 days */
  expect(w, prof, "2010-04-15", 0, "true");       /* + 45 days */
  expect(w, prof, "2010-04-14", 1, "false");      /* --prospective changes nothing */
}

/* A deposit before the treaty's own entry into force binds from that date;
** before it, no State is a party, recorded or not. */
static void test_general_entry_into_force(void **state) {
  world *w = *state;
  const char *prof = PROFILE("parties = { untoc = { deposited = '2002-10-29' } },");
  expect(w, prof, "2003-09-28", 0, "false");
  expect(w, prof, "2003-09-29", 0, "true");
  expect(w, PROFILE(""), "2003-09-28", 0, "false");
  expect(w, PROFILE(""), "2003-09-29", 0, "nil");
}

/* in_force, when the profile gives it, is the date (the depositary's). */
static void test_in_force_stated(void **state) {
  world *w = *state;
  const char *prof = PROFILE("parties = { untoc = { deposited = '2010-03-01', in_force = '2010-03-05' } },");
  expect(w, prof, "2010-03-04", 0, "false");
  expect(w, prof, "2010-03-05", 0, "true");
}

/* A denunciation takes effect after the descriptor's two years, not one,
** and not on its notification. */
static void test_denunciation_effect_from_the_descriptor(void **state) {
  world *w = *state;
  const char *prof = PROFILE("parties = { untoc = { deposited = '2004-01-01', denounced = '2010-03-01' } },");
  expect(w, prof, "2010-03-01", 0, "true");       /* notified */
  expect(w, prof, "2011-03-01", 0, "true");       /* a year: UNTOC's term, not this treaty's */
  expect(w, prof, "2012-02-29", 0, "true");
  expect(w, prof, "2012-03-01", 0, "false");      /* two years: in effect */
}

/* Nothing recorded: nil, and the recommendation is assessed as if a party;
** signature alone: not a party. */
static void test_not_recorded_and_signature(void **state) {
  world *w = *state;
  expect(w, PROFILE(""), "2024-01-01", 0, "nil");
  expect(w, PROFILE("parties = { untoc = { signed = '2000-12-12' } },"), "2024-01-01", 0, "false");
}

/* An id with no descriptor, soft law, an id that is no pack name, one that
** is not a string or holds a NUL, a misspelt presupposes and a broken descriptor are
** errors of the rule, located at its line in its file (a check that
** returns lx.good_practice(...) calls it as a tail call, which leaves no
** line of its own: the rule's declaration is named, as for any error the
** engine cannot place). */
static void test_no_answer_is_an_error_of_the_rule(void **state) {
  world *w = *state;
  run r;
  assess(w, PROFILE(""), "2024-01-01", 0, &r);
  static const struct { const char *id, *says; int line; } cases[] = {
    { "wg:3", "no instrument 'nosuch': no descriptor", 10 },
    { "wg:4", "instrument 'wg' is soft law: it binds no State", 11 },
    { "wg:5", "no instrument '../wg'", 12 },
    { "wg:6", "an instrument id must be a string", 13 },
    { "wg:7", "bound by untco: no instrument 'untco'", 4 },   /* a tail call: the rule's declaration */
    { "wg:9", "the descriptor of instrument 'bad' cannot be read", 21 },
    { "wg:10", "an instrument id holds no NUL byte", 22 },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const lx_finding *f = find(&r, cases[i].id);
    assert_int_equal(f->status, LX_ERROR);
    if (!strstr(f->error_message, cases[i].says)) fail_msg("%s: %s", cases[i].id, f->error_message);
    char rule[32];
    snprintf(rule, sizeof rule, "rule %s asks", cases[i].id);
    assert_non_null(strstr(f->error_message, rule));
    assert_non_null(strstr(f->error_file, "/wg/rules.lua"));
    assert_int_equal(f->error_line, cases[i].line);
  }
  done(&r);
}

/* The descriptors: the set's own for a loaded pack, another read once and
** kept, none for what is no pack folder's name. */
static void test_descriptors(void **state) {
  world *w = *state;
  char why[1400];
  assert_ptr_equal(ruleset_descriptor(&w->rs, "wg", why, sizeof why), ruleset_instrument(&w->rs, "wg"));
  assert_null(ruleset_instrument(&w->rs, "untoc"));                  /* not loaded */
  const lx_instrument *ins = ruleset_descriptor(&w->rs, "untoc", why, sizeof why);
  assert_non_null(ins);
  assert_int_equal(ins->days_after_deposit, 45);
  assert_int_equal(ins->denunciation_years, 2);
  assert_string_equal(ins->in_force, "2003-09-29");
  assert_ptr_equal(ruleset_descriptor(&w->rs, "untoc", why, sizeof why), ins);   /* kept */
  assert_null(ruleset_descriptor(&w->rs, "..", why, sizeof why));
  assert_non_null(strstr(why, "no instrument '..'"));
  assert_null(ruleset_descriptor(&w->rs, "", why, sizeof why));
  assert_null(ruleset_descriptor(&w->rs, "bad", why, sizeof why));
  assert_non_null(strstr(why, "cannot be read"));
  assert_null(ruleset_descriptor(&w->rs, "bad", why, sizeof why));          /* the failure is kept too */
  assert_non_null(strstr(why, "cannot be read"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_in_force_days_after_deposit_from_the_descriptor),
    cmocka_unit_test(test_general_entry_into_force),
    cmocka_unit_test(test_in_force_stated),
    cmocka_unit_test(test_denunciation_effect_from_the_descriptor),
    cmocka_unit_test(test_not_recorded_and_signature),
    cmocka_unit_test(test_no_answer_is_an_error_of_the_rule),
    cmocka_unit_test(test_descriptors),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

/*
 * test_eu_applicability.c -- when an EU directive binds a State
 * (engine/applicability.c, DOMAIN.md sections 4 and 10): membership from the
 * rules tree's data (rules/eu-members.lua) or, for entities it does not list,
 * from the profile; per-provision deadlines; accession after a deadline;
 * opt-outs with their reasons; withdrawal and the United Kingdom's
 * transition period.  Also: the membership file of the real rules tree.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "applicability.h"
#include "fixture.h"

/* A membership table like rules/eu-members.lua, reduced to the cases. */
static const char *const MEMBERS =
  "return { members = {\n"
  "  FRA = { from = '1958-01-01' },\n"
  "  DNK = { from = '1973-01-01' },\n"
  "  POL = { from = '2004-05-01' },\n"
  "  HRV = { from = '2013-07-01' },\n"
  "  GBR = { from = '1973-01-01', member_until = '2020-01-31', eu_law_until = '2020-12-31' },\n"
  "} }";

/* A directive with an earlier deadline for one provision and an opt-out
** that carries its reason, as instrument.lua writes them. */
static const char *const DESCRIPTOR =
  "return { id = 'eu-test', kind = 'eu_directive', deadline = '2006-01-01',\n"
  "  deadlines = { ['eu-test:12.2'] = '2005-07-01' },\n"
  "  not_bound = { { code = 'DNK', reason = { en = 'Denmark is not bound (recital 22).', fr = 'Le Danemark n\\'est pas lié (considérant 22).' } }, 'IRL' } }";

typedef struct {
  data_value *members, *raw;
  lx_instrument ins;
  char *not_bound[2];
} directive;

static void directive_init(directive *d) {
  data_error e;
  memset(d, 0, sizeof *d);
  d->members = data_parse(MEMBERS, strlen(MEMBERS), &e);
  d->raw = data_parse(DESCRIPTOR, strlen(DESCRIPTOR), &e);
  assert_non_null(d->members);
  assert_non_null(d->raw);
  d->ins.id = "eu-test";
  d->ins.kind = "eu_directive";
  d->ins.deadline = "2006-01-01";
  d->ins.short_name.en = "Directive T";
  d->ins.short_name.fr = "Directive T";
  d->not_bound[0] = "DNK";
  d->not_bound[1] = "IRL";
  d->ins.not_bound = d->not_bound;
  d->ins.nnot_bound = 2;
  d->ins.raw = d->raw;
  d->ins.eu_members = d->members;
}

static void directive_free(directive *d) {
  data_free(d->members);
  data_free(d->raw);
}

/* Binding of a State (code, optional profile text after `state = {...}`) at as_of. */
static binding bind(const directive *d, const char *code, const char *extra, const char *as_of) {
  char text[600];
  snprintf(text, sizeof text, "return { profile_format = 1, state = { code = '%s', name = 'S'%s }, describes_law_as_of = '2024-01-01' }",
           code, extra ? extra : "");
  data_error e;
  lx_profile p = { 0 };
  p.data = data_parse(text, strlen(text), &e);
  assert_non_null(p.data);
  p.state_code = (char *)code;
  binding b;
  applicability_instrument(&d->ins, &p, as_of, 0, &b);
  data_free(p.data);
  return b;
}

static void test_not_due_before_the_first_deadline(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  binding b = bind(&d, "FRA", NULL, "2005-06-30");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "due on 2005-07-01"));
  b = bind(&d, "FRA", NULL, "2005-07-01");
  assert_int_equal(b.kind, BOUND);
  assert_string_equal(b.since, "2005-07-01");
  assert_non_null(strstr(b.reason_en, "others are due on 2006-01-01"));
  directive_free(&d);
}

static void test_provision_deadlines(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  lx_rule early = { 0 }, later = { 0 }, inner = { 0 };
  early.ref = "eu-test:12.2";
  later.ref = "eu-test:1";
  inner.ref = "eu-test:12.2.a";   /* a sub-paragraph takes its paragraph's deadline */
  char en[300], fr[300];
  assert_int_equal(applicability_directive_due(&d.ins, &early, "2005-07-01", en, fr, sizeof en), 0);
  assert_int_equal(applicability_directive_due(&d.ins, &inner, "2005-07-01", en, fr, sizeof en), 0);
  assert_int_equal(applicability_directive_due(&d.ins, &later, "2005-07-01", en, fr, sizeof en), 1);
  assert_non_null(strstr(en, "due on 2006-01-01"));
  assert_non_null(strstr(fr, "2006-01-01"));
  assert_int_equal(applicability_directive_due(&d.ins, &later, "2006-01-01", en, fr, sizeof en), 0);
  /* a treaty has no transposition deadline */
  lx_instrument treaty = { 0 };
  treaty.kind = "treaty";
  assert_int_equal(applicability_directive_due(&treaty, &later, "1990-01-01", en, fr, sizeof en), 0);
  directive_free(&d);
}

static void test_bound_from_accession_after_the_deadline(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  binding b = bind(&d, "HRV", NULL, "2013-06-30");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "only on 2013-07-01"));
  b = bind(&d, "HRV", NULL, "2013-07-01");
  assert_int_equal(b.kind, BOUND);
  assert_string_equal(b.since, "2013-07-01");
  assert_non_null(strstr(b.reason_en, "acceded on 2013-07-01"));
  /* the 2004 enlargement came before the deadlines: bound from them */
  b = bind(&d, "POL", NULL, "2006-02-01");
  assert_int_equal(b.kind, BOUND);
  assert_string_equal(b.since, "2005-07-01");
  assert_null(strstr(b.reason_en, "acceded"));
  directive_free(&d);
}

static void test_opt_out_with_its_reason(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  binding b = bind(&d, "DNK", NULL, "2010-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "recital 22"));
  assert_non_null(strstr(b.reason_fr, "considérant 22"));
  /* a code without a reason in the descriptor: the generic sentence */
  b = bind(&d, "IRL", ", eu_member = { from = '1973-01-01' }", "2010-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "see its recitals"));
  directive_free(&d);
}

/* A long reason from the descriptor is shown whole (and so stays valid
** UTF-8 for the JSON report). */
static void test_long_opt_out_reason_kept_whole(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  char text[2000], reason[701];
  memset(reason, 'x', 600);
  strcpy(reason + 600, " end of the reason.");
  snprintf(text, sizeof text, "return { not_bound = { { code = 'DNK', reason = { en = '%s', fr = '%s' } } } }", reason, reason);
  data_error e;
  data_free(d.raw);
  d.raw = data_parse(text, strlen(text), &e);
  assert_non_null(d.raw);
  d.ins.raw = d.raw;
  binding b = bind(&d, "DNK", NULL, "2010-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, " end of the reason."));
  assert_non_null(strstr(b.reason_fr, " end of the reason."));
  directive_free(&d);
}

static void test_withdrawal_and_transition(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  binding b = bind(&d, "GBR", NULL, "2019-12-31");
  assert_int_equal(b.kind, BOUND);
  assert_null(strstr(b.reason_en, "transition"));
  b = bind(&d, "GBR", NULL, "2020-06-01");     /* left, but Union law still applies */
  assert_int_equal(b.kind, BOUND);
  assert_non_null(strstr(b.reason_en, "withdrew on 2020-01-31"));
  assert_non_null(strstr(b.reason_en, "2020-12-31"));
  b = bind(&d, "GBR", NULL, "2020-12-31");
  assert_int_equal(b.kind, BOUND);
  b = bind(&d, "GBR", NULL, "2021-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "end of the transition period, on 2020-12-31"));
  assert_non_null(strstr(b.reason_fr, "période de transition"));
  directive_free(&d);
}

static void test_profile_membership_for_unlisted_entities(void **state) {
  (void)state;
  directive d;
  directive_init(&d);
  /* not listed: the profile decides; `left` is the first day outside */
  binding b = bind(&d, "XYZ", ", eu_member = { from = '1995-01-01', left = '2012-01-01' }", "2011-12-31");
  assert_int_equal(b.kind, BOUND);
  b = bind(&d, "XYZ", ", eu_member = { from = '1995-01-01', left = '2012-01-01' }", "2012-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "2011-12-31"));
  b = bind(&d, "XYZ", NULL, "2012-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "not a member"));
  /* listed: the data prevail, and a different profile date is named */
  b = bind(&d, "HRV", ", eu_member = { from = '2010-01-01' }", "2011-01-01");
  assert_int_equal(b.kind, NOT_BOUND);
  assert_non_null(strstr(b.reason_en, "2010-01-01"));
  assert_non_null(strstr(b.reason_en, "eu-members.lua"));
  directive_free(&d);
}

/* The membership file of the rules tree: every Member State of DOMAIN.md
** section 10 at its accession date, and the United Kingdom's dates. */
static void test_rules_tree_membership_file(void **state) {
  (void)state;
  data_error e;
  data_value *v = data_parse_file("rules/eu-members.lua", &e);
  assert_non_null(v);
  const data_value *m = data_get(v, "members");
  static const struct { const char *code, *from; } expected[] = {
    { "BEL", "1958-01-01" }, { "DEU", "1958-01-01" }, { "FRA", "1958-01-01" }, { "ITA", "1958-01-01" },
    { "LUX", "1958-01-01" }, { "NLD", "1958-01-01" }, { "DNK", "1973-01-01" }, { "IRL", "1973-01-01" },
    { "GBR", "1973-01-01" }, { "GRC", "1981-01-01" }, { "ESP", "1986-01-01" }, { "PRT", "1986-01-01" },
    { "AUT", "1995-01-01" }, { "FIN", "1995-01-01" }, { "SWE", "1995-01-01" }, { "CYP", "2004-05-01" },
    { "CZE", "2004-05-01" }, { "EST", "2004-05-01" }, { "HUN", "2004-05-01" }, { "LVA", "2004-05-01" },
    { "LTU", "2004-05-01" }, { "MLT", "2004-05-01" }, { "POL", "2004-05-01" }, { "SVK", "2004-05-01" },
    { "SVN", "2004-05-01" }, { "BGR", "2007-01-01" }, { "ROU", "2007-01-01" }, { "HRV", "2013-07-01" },
  };
  size_t n = sizeof expected / sizeof *expected;
  assert_int_equal(m->u.table.n, n);
  for (size_t i = 0; i < n; i++) {
    const char *from = data_str(data_get(data_get(m, expected[i].code), "from"));
    assert_non_null(from);
    assert_string_equal(from, expected[i].from);
  }
  assert_string_equal(data_str(data_get(data_get(m, "GBR"), "member_until")), "2020-01-31");
  assert_string_equal(data_str(data_get(data_get(m, "GBR"), "eu_law_until")), "2020-12-31");
  data_free(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_not_due_before_the_first_deadline),
    cmocka_unit_test(test_provision_deadlines),
    cmocka_unit_test(test_bound_from_accession_after_the_deadline),
    cmocka_unit_test(test_opt_out_with_its_reason),
    cmocka_unit_test(test_long_opt_out_reason_kept_whole),
    cmocka_unit_test(test_withdrawal_and_transition),
    cmocka_unit_test(test_profile_membership_for_unlisted_entities),
    cmocka_unit_test(test_rules_tree_membership_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

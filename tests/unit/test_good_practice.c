/*
 * test_good_practice.c -- soft law and `serves` on hand-built assessments:
 * a soft-law instrument's recommendations are never gaps, never rated, are
 * counted apart, go to their own part of a report with good-practice words,
 * and appear beside the obligation of another instrument they serve.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate.h"
#include "rating.h"
#include "report.h"

#define MAXF 8

typedef struct {
  lx_rule rules[MAXF];
  lx_finding findings[MAXF];
  lx_instrument instruments[2];
  lx_ruleset rs;
  lx_assessment a;
  char *serves[MAXF][2];
} world;

/* Add a finding of rule id; a "wg:" id is a recommendation of the soft-law
** instrument "wg", serving `serves` (or NULL). */
static lx_finding *add(world *w, const char *id, lx_level level, lx_status status, const char *serves) {
  size_t i = w->a.n++;
  lx_rule *r = &w->rules[i];
  memset(r, 0, sizeof *r);
  r->id = r->ref = (char *)id;
  r->good_practice = strncmp(id, "wg:", 3) == 0;
  r->instrument = r->good_practice ? "wg" : "untoc";
  r->level = level;
  r->cluster = r->good_practice ? 0 : 4;
  r->title.en = r->title.fr = (char *)"A title";
  if (serves) {
    w->serves[i][0] = (char *)serves;
    r->serves = w->serves[i];
    r->nserves = 1;
  }
  w->rs.n = w->a.n;
  w->findings[i].rule = r;
  w->findings[i].status = status;
  return &w->findings[i];
}

static void init(world *w) {
  memset(w, 0, sizeof *w);
  w->instruments[0].id = "untoc";
  w->instruments[0].kind = "treaty";
  w->instruments[0].short_name.en = "UNTOC";
  w->instruments[1].id = "wg";
  w->instruments[1].kind = "soft_law";
  w->instruments[1].short_name.en = "WG";
  w->rs.instruments = w->instruments;
  w->rs.ninstruments = 2;
  w->rs.rules = w->rules;
  w->a.findings = w->findings;
  w->a.rules = &w->rs;
}

static void test_never_a_gap_never_rated(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:18.13", LX_MANDATORY, LX_MET, NULL);
  add(&w, "wg:35.b", LX_OPTIONAL, LX_NOT_MET, "untoc:18.13");
  add(&w, "wg:35.c", LX_OPTIONAL, LX_PARTLY_MET, "untoc:18.13");
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  int untoc_instrument = 0;
  for (size_t i = 0; i < n; i++) {
    assert_string_not_equal(list[i].instrument, "wg");          /* the paper is never rated */
    if (list[i].scope == SCOPE_ARTICLE && !strcmp(list[i].key, "18")) assert_int_equal(list[i].grade, GRADE_C);
    if (list[i].scope == SCOPE_INSTRUMENT) { untoc_instrument++; assert_int_equal(list[i].rated, 1); }
  }
  assert_int_equal(untoc_instrument, 1);
  rating_free(list, n);
  lx_summary s;
  assessment_summary(&w.a, &s);
  assert_int_equal(s.gaps, 0);
  assert_int_equal(s.by_status[LX_MET], 1);                   /* the obligation only */
  assert_int_equal(s.by_status[LX_NOT_MET], 0);
  assert_int_equal(s.ngood_practice, 2);
  assert_int_equal(s.good_practice[LX_NOT_MET], 1);
  assert_int_equal(s.good_practice[LX_PARTLY_MET], 1);
}

static void test_error_still_counts_as_error(void **state) {
  (void)state;
  world w; init(&w);
  lx_finding *f = add(&w, "wg:11", LX_OPTIONAL, LX_ERROR, NULL);
  lx_summary s;
  assessment_summary(&w.a, &s);
  assert_int_equal(s.errors, 1);
  assert_int_equal(s.by_status[LX_ERROR], 1);
  assert_int_equal(s.ngood_practice, 0);
  assert_int_equal(report_part_of(f), PART_ERRORS);
}

static void test_own_part_and_words(void **state) {
  (void)state;
  world w; init(&w);
  lx_finding *ob = add(&w, "untoc:18.18", LX_OPTIONAL, LX_NOT_MET, NULL);
  lx_finding *gp = add(&w, "wg:15", LX_OPTIONAL, LX_NOT_MET, "untoc:18.18");
  assert_int_equal(report_part_of(ob), PART_OTHER);
  assert_int_equal(report_part_of(gp), PART_GOOD_PRACTICE);
  assert_string_equal(report_rule_status_label(gp->rule, LX_NOT_MET, "en"), "not followed (advised)");
  assert_string_equal(report_rule_status_label(gp->rule, LX_MET, "fr"), "suivie");
  assert_string_equal(report_rule_status_label(gp->rule, LX_PARTLY_MET, "en"), "partly followed");
  assert_string_equal(report_rule_status_label(ob->rule, LX_NOT_MET, "en"), "not adopted (optional)");
  assert_string_equal(report_rule_level_label(gp->rule, "en"), "good practice, not binding");
  assert_string_equal(report_good_practice_count_label(LX_MET, 7, "fr"), "suivies");
  for (int st = 0; st < LX_NSTATUS; st++) {                    /* never in the words of a duty */
    assert_null(strstr(report_rule_status_label(gp->rule, (lx_status)st, "en"), "met"));
    assert_null(strstr(report_rule_status_label(gp->rule, (lx_status)st, "en"), "gap"));
  }
}

static void test_served_by(void **state) {
  (void)state;
  world w; init(&w);
  lx_finding *ob = add(&w, "untoc:18.13", LX_MANDATORY, LX_NOT_MET, NULL);
  add(&w, "wg:35.d", LX_OPTIONAL, LX_MET, "untoc:18.13");
  add(&w, "wg:11", LX_OPTIONAL, LX_UNKNOWN, "untoc:18.13");
  add(&w, "wg:15", LX_OPTIONAL, LX_MET, "untoc:18.18");       /* serves another obligation */
  size_t n;
  size_t *idx = report_served_by(&w.a, ob, &n);
  assert_int_equal(n, 2);
  assert_string_equal(w.a.findings[idx[0]].rule->id, "wg:11");   /* in the paper's order */
  assert_string_equal(w.a.findings[idx[1]].rule->id, "wg:35.d");
  char line[512];
  report_served_line(&w.a, &w.a.findings[idx[1]], "en", line, sizeof line);
  assert_string_equal(line, "Good practice: [followed] WG para. 35(d) — A title");
  free(idx);
  idx = report_served_by(&w.a, &w.a.findings[1], &n);          /* nothing serves a recommendation */
  assert_int_equal(n, 0);
  assert_null(idx);
}

/* The index built once per assessment lists, for every finding, exactly what
** report_served_by finds by scanning: recommendations serving an
** obligation, twins serving each other, a binding rule serving one that does
** not serve it back, a rule serving itself, ids served by no finding. */
static void test_related_index_as_served_by(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:18.13", LX_MANDATORY, LX_NOT_MET, "cyber:25.1");
  add(&w, "wg:35.d", LX_OPTIONAL, LX_MET, "untoc:18.13");
  add(&w, "cyber:25.1", LX_MANDATORY, LX_MET, "untoc:18.13");   /* twins */
  add(&w, "untoc:5.1", LX_MANDATORY, LX_MET, "untoc:24.1");      /* one way only */
  add(&w, "untoc:24.1", LX_MANDATORY, LX_UNKNOWN, NULL);
  add(&w, "wg:11", LX_OPTIONAL, LX_UNKNOWN, "untoc:18.13");
  add(&w, "untoc:7", LX_MANDATORY, LX_MET, "untoc:7");           /* serves itself */
  add(&w, "wg:15", LX_OPTIONAL, LX_MET, "untoc:99");             /* nothing has that id */
  report_related rel;
  assert_int_equal(report_related_build(&rel, &w.a), 0);
  size_t related = 0;
  for (size_t i = 0; i < w.a.n; i++) {
    size_t n = 0, m = 0;
    size_t *want = report_served_by(&w.a, &w.a.findings[i], &n);
    const size_t *got = report_related_of(&rel, &w.a.findings[i], &m);
    assert_int_equal(m, n);
    for (size_t k = 0; k < n; k++) assert_int_equal(got[k], want[k]);
    related += n;
    free(want);
  }
  assert_int_equal(related, 7);      /* 3 beside untoc:18.13, 1 each beside cyber:25.1, 5.1, 24.1 and 7 */
  report_related_free(&rel);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_never_a_gap_never_rated),
    cmocka_unit_test(test_error_still_counts_as_error),
    cmocka_unit_test(test_own_part_and_words),
    cmocka_unit_test(test_served_by),
    cmocka_unit_test(test_related_index_as_served_by),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

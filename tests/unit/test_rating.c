/*
 * test_rating.c -- the derivation of C / LC / PC / NC / N/A (docs/ratings.md)
 * on hand-built assessments: each test sets findings' levels and statuses
 * and checks the grade and the counts behind it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rating.h"

#define MAXF 16

typedef struct {
  lx_rule rules[MAXF];
  lx_finding findings[MAXF];
  lx_ruleset rs;
  lx_assessment a;
  char refs[MAXF][32];
} world;

/* Add a finding for ref (cluster 1 for arts < 12, 4 otherwise). */
static void add(world *w, const char *ref, lx_level level, lx_status status) {
  size_t i = w->a.n++;
  snprintf(w->refs[i], sizeof w->refs[i], "%s", ref);
  lx_rule *r = &w->rules[i];
  memset(r, 0, sizeof *r);
  r->id = r->ref = w->refs[i];
  r->instrument = "untoc";
  r->level = level;
  r->cluster = atoi(strchr(ref, ':') + 1) < 12 ? 1 : 4;
  w->findings[i].rule = r;
  w->findings[i].status = status;
}

static void init(world *w) {
  memset(w, 0, sizeof *w);
  w->a.findings = w->findings;
  w->a.rules = &w->rs;
}

/* The rating of one group. */
static lx_rating find(lx_rating *list, size_t n, rating_scope scope, const char *key) {
  for (size_t i = 0; i < n; i++)
    if (list[i].scope == scope && strcmp(list[i].key, key) == 0) return list[i];
  fail_msg("no rating %d %s", scope, key);
  lx_rating none;
  memset(&none, 0, sizeof none);
  return none;
}

static lx_grade article_grade(world *w, const char *article) {
  lx_rating *list;
  size_t n = rating_compute(&w->a, &list);
  lx_grade g = find(list, n, SCOPE_ARTICLE, article).grade;
  rating_free(list, n);
  return g;
}

static void test_article_compliant(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:5.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:5.1.b", LX_MANDATORY, LX_MET);
  add(&w, "untoc:5.2", LX_OPTIONAL, LX_NOT_MET);      /* optional never counts */
  assert_int_equal(article_grade(&w, "5"), GRADE_C);
}

static void test_article_minor_only_is_lc(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:8.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:8.2", LX_CONSIDER, LX_NOT_MET);
  assert_int_equal(article_grade(&w, "8"), GRADE_LC);
}

static void test_article_moderate_is_pc(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:6.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:6.1.b", LX_MANDATORY, LX_PARTLY_MET);
  assert_int_equal(article_grade(&w, "6"), GRADE_PC);
}

static void test_article_major_threshold(void **state) {
  (void)state;
  world w; init(&w);
  /* one major out of three settled mandatory: PC */
  add(&w, "untoc:10.1", LX_MANDATORY, LX_NOT_MET);
  add(&w, "untoc:10.3", LX_MANDATORY, LX_MET);
  add(&w, "untoc:10.4", LX_MANDATORY, LX_MET);
  assert_int_equal(article_grade(&w, "10"), GRADE_PC);
  /* two majors out of four: half or more, NC */
  add(&w, "untoc:10.5", LX_MANDATORY, LX_NOT_MET);
  assert_int_equal(article_grade(&w, "10"), GRADE_NC);
}

static void test_unknown_excluded_and_provisional(void **state) {
  (void)state;
  world w; init(&w);
  /* one major out of two settled (the unknown does not count): NC */
  add(&w, "untoc:15.1.a", LX_MANDATORY, LX_NOT_MET);
  add(&w, "untoc:15.1.b", LX_MANDATORY, LX_MET);
  add(&w, "untoc:15.3", LX_MANDATORY, LX_UNKNOWN);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  lx_rating r = find(list, n, SCOPE_ARTICLE, "15");
  assert_int_equal(r.grade, GRADE_NC);
  assert_int_equal(r.unknown, 1);
  assert_int_equal(r.mandatory_settled, 2);
  char buf[512];
  rating_explain(&r, "en", buf, sizeof buf);
  assert_non_null(strstr(buf, "provisional: 2 of 3 obligations settled"));
  rating_explain(&r, "fr", buf, sizeof buf);
  assert_non_null(strstr(buf, "non conforme"));
  rating_free(list, n);
}

static void test_not_applicable_and_not_rated(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:15.3", LX_MANDATORY, LX_NOT_APPLICABLE);
  add(&w, "untoc:15.4", LX_OPTIONAL, LX_MET);
  add(&w, "untoc:23.a", LX_MANDATORY, LX_UNKNOWN);
  add(&w, "untoc:34.2", LX_MANDATORY, LX_ERROR);
  add(&w, "untoc:34.3", LX_MANDATORY, LX_MET);
  assert_int_equal(article_grade(&w, "15"), GRADE_NA);      /* nothing applicable but optional */
  assert_int_equal(article_grade(&w, "23"), GRADE_NONE);    /* nothing settled */
  assert_int_equal(article_grade(&w, "34"), GRADE_NONE);    /* a rule error */
}

static void test_shortcomings_listed_worst_first(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:12.1.a", LX_MANDATORY, LX_PARTLY_MET);
  add(&w, "untoc:12.2", LX_MANDATORY, LX_NOT_MET);
  add(&w, "untoc:12.9", LX_CONSIDER, LX_NOT_MET);
  add(&w, "untoc:12.3", LX_MANDATORY, LX_MET);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  lx_rating r = find(list, n, SCOPE_ARTICLE, "12");
  assert_int_equal(r.nshortcomings, 3);
  assert_string_equal(w.findings[r.shortcomings[0]].rule->id, "untoc:12.2");
  assert_string_equal(w.findings[r.shortcomings[1]].rule->id, "untoc:12.1.a");
  assert_string_equal(w.findings[r.shortcomings[2]].rule->id, "untoc:12.9");
  assert_int_equal(r.major, 1);
  assert_int_equal(r.moderate, 1);
  assert_int_equal(r.minor, 1);
  rating_free(list, n);
}

static void test_aggregates_from_articles(void **state) {
  (void)state;
  world w; init(&w);
  /* cluster 1: arts 5 (C), 6 (C), 8 (C), 10 (PC) -> mean 0.5 rounds to LC */
  add(&w, "untoc:5.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:6.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:8.1.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:10.1", LX_MANDATORY, LX_PARTLY_MET);
  /* cluster 4: art. 12 NC -> NC */
  add(&w, "untoc:12.1.a", LX_MANDATORY, LX_NOT_MET);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  lx_rating c1 = find(list, n, SCOPE_CLUSTER, "1"), c4 = find(list, n, SCOPE_CLUSTER, "4");
  lx_rating all = find(list, n, SCOPE_INSTRUMENT, "");
  assert_int_equal(c1.grade, GRADE_LC);
  assert_int_equal(c1.articles[GRADE_C], 3);
  assert_int_equal(c1.articles[GRADE_PC], 1);
  assert_int_equal(c4.grade, GRADE_NC);
  /* instrument: C C C PC NC -> mean 1.0 = LC, but an NC article lifts it to PC */
  assert_int_equal(all.grade, GRADE_PC);
  char buf[512];
  rating_explain(&all, "en", buf, sizeof buf);
  assert_non_null(strstr(buf, "mean of 5 articles: 3 C, 0 LC, 1 PC, 1 NC; all 5 articles rated, all 5 obligations settled"));
  rating_free(list, n);
}

/* Which articles a cluster or an instrument is rated from: its own
** instrument's only (the same article key in two instruments kept apart),
** an article in the cluster of its first finding that has one (a first
** finding without a cluster does not leave it out); the same with a plan
** made for another assessment of the same rules and kept. */
static void test_aggregates_keep_their_articles(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:5.1", LX_MANDATORY, LX_NOT_MET);           /* untoc art. 5: NC, cluster 1 */
  add(&w, "untoc:12.1", LX_MANDATORY, LX_MET);              /* untoc art. 12: no cluster at first... */
  w.rules[1].cluster = 0;
  add(&w, "untoc:12.2", LX_MANDATORY, LX_MET);              /* ... then cluster 4: C */
  add(&w, "cybercrime:5.1", LX_MANDATORY, LX_MET);          /* cybercrime art. 5: C, cluster 1 */
  w.rules[3].instrument = "cybercrime";
  for (int pass = 0; pass < 2; pass++) {
    lx_rating *list;
    rating_plan *plan = NULL;
    if (pass) {                                              /* a plan made for other statuses, reused */
      w.findings[0].status = LX_MET;
      lx_rating *first;
      size_t m = rating_compute_planned(&w.a, &plan, &first);
      rating_free(first, m);
      w.findings[0].status = LX_NOT_MET;
    }
    size_t n = pass ? rating_compute_planned(&w.a, &plan, &list) : rating_compute(&w.a, &list);
    rating_plan_free(plan);
    int untoc = -1, cyber = -1, c1_untoc = -1, c4_untoc = -1;
    for (size_t i = 0; i < n; i++) {
      int is_untoc = strcmp(list[i].instrument, "untoc") == 0;
      if (list[i].scope == SCOPE_INSTRUMENT) *(is_untoc ? &untoc : &cyber) = (int)i;
      if (list[i].scope == SCOPE_CLUSTER && is_untoc && strcmp(list[i].key, "1") == 0) c1_untoc = (int)i;
      if (list[i].scope == SCOPE_CLUSTER && is_untoc && strcmp(list[i].key, "4") == 0) c4_untoc = (int)i;
    }
    assert_true(untoc >= 0 && cyber >= 0 && c1_untoc >= 0 && c4_untoc >= 0);
    assert_int_equal(list[untoc].articles[GRADE_NC], 1);     /* untoc: its arts 5 (NC) and 12 (C) */
    assert_int_equal(list[untoc].articles[GRADE_C], 1);
    assert_int_equal(list[cyber].articles[GRADE_C], 1);      /* cybercrime: its art. 5 alone */
    assert_int_equal(list[cyber].articles[GRADE_NC], 0);
    assert_int_equal(list[cyber].grade, GRADE_C);
    assert_int_equal(list[c1_untoc].articles[GRADE_NC], 1);  /* untoc cluster 1: art. 5 alone */
    assert_int_equal(list[c1_untoc].articles[GRADE_C], 0);
    assert_int_equal(list[c4_untoc].articles[GRADE_C], 1);   /* untoc cluster 4: art. 12 */
    assert_int_equal(list[c4_untoc].grade, GRADE_C);
    rating_free(list, n);
  }
}

static void test_aggregate_never_c_with_a_shortcoming(void **state) {
  (void)state;
  world w; init(&w);
  static const char *const refs[] = { "untoc:5.1", "untoc:6.1", "untoc:7.1", "untoc:8.1", "untoc:9.1", "untoc:10.1" };
  for (int i = 0; i < 6; i++) add(&w, refs[i], LX_MANDATORY, LX_MET);
  add(&w, "untoc:11.1", LX_CONSIDER, LX_NOT_MET);       /* one LC article among seven */
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  assert_int_equal(find(list, n, SCOPE_INSTRUMENT, "").grade, GRADE_LC);
  rating_free(list, n);
}

/* The coverage threshold (RATING_MIN_SHARE, docs/ratings.md): an article
** with exactly half its obligations settled is rated; one fewer settled and
** the rating is withheld, with its coverage in words. */
static void test_withheld_below_half(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:13.1", LX_MANDATORY, LX_MET);
  add(&w, "untoc:13.2", LX_MANDATORY, LX_UNKNOWN);
  assert_int_equal(article_grade(&w, "13"), GRADE_C);          /* 1 of 2: half, rated */
  add(&w, "untoc:13.3", LX_MANDATORY, LX_UNKNOWN);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  lx_rating r = find(list, n, SCOPE_ARTICLE, "13");
  assert_int_equal(r.grade, GRADE_NONE);                       /* 1 of 3: below half, withheld */
  assert_true(r.withheld);
  char buf[512];
  rating_coverage(&r, "en", buf, sizeof buf);
  assert_string_equal(buf, "withheld: only 1 of 3 obligations settled, less than the half a rating needs");
  rating_explain(&r, "en", buf, sizeof buf);
  assert_non_null(strstr(buf, "not rated: too little is settled"));
  rating_coverage(&r, "fr", buf, sizeof buf);
  assert_non_null(strstr(buf, "seulement 1 obligation établie sur 3"));
  /* the instrument rests on the same single article: withheld too, and says so */
  lx_rating all = find(list, n, SCOPE_INSTRUMENT, "");
  assert_int_equal(all.grade, GRADE_NONE);
  rating_coverage(&all, "en", buf, sizeof buf);
  assert_string_equal(buf, "its one article not rated, 1 of 3 obligations settled");
  rating_free(list, n);
}

/* An aggregate needs half its applicable articles rated: 2 rated of 4 is
** enough (provisional), 1 of 3 is not; N/A articles do not count. */
static void test_aggregate_threshold(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:5.1", LX_MANDATORY, LX_MET);
  add(&w, "untoc:6.1", LX_MANDATORY, LX_PARTLY_MET);
  add(&w, "untoc:7.1", LX_MANDATORY, LX_UNKNOWN);
  add(&w, "untoc:8.1", LX_MANDATORY, LX_UNKNOWN);
  add(&w, "untoc:9.1", LX_MANDATORY, LX_NOT_APPLICABLE);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  lx_rating c1 = find(list, n, SCOPE_CLUSTER, "1");
  assert_int_equal(c1.grade, GRADE_LC);                        /* mean of C and PC: 1 -> LC */
  assert_false(c1.withheld);
  assert_int_equal(rating_articles_applicable(&c1), 4);
  assert_int_equal(rating_articles_rated(&c1), 2);
  char buf[512];
  rating_coverage(&c1, "en", buf, sizeof buf);
  assert_string_equal(buf, "provisional: 2 of 4 articles rated, 2 of 4 obligations settled");
  rating_free(list, n);
  add(&w, "untoc:10.1", LX_MANDATORY, LX_UNKNOWN);             /* 2 of 5 articles: below half */
  n = rating_compute(&w.a, &list);
  c1 = find(list, n, SCOPE_CLUSTER, "1");
  assert_int_equal(c1.grade, GRADE_NONE);
  assert_true(c1.withheld);
  rating_explain(&c1, "en", buf, sizeof buf);
  assert_non_null(strstr(buf, "ratings of 2 articles: 1 C, 0 LC, 1 PC, 0 NC; withheld: only 2 of 5 articles rated"));
  rating_free(list, n);
}

/* Words that agree with their numbers, in both languages. */
static void test_coverage_words(void **state) {
  (void)state;
  world w; init(&w);
  add(&w, "untoc:34.1", LX_MANDATORY, LX_MET);
  add(&w, "untoc:23.a", LX_MANDATORY, LX_MET);
  add(&w, "untoc:23.b", LX_MANDATORY, LX_MET);
  lx_rating *list;
  size_t n = rating_compute(&w.a, &list);
  char buf[512];
  lx_rating r = find(list, n, SCOPE_ARTICLE, "34");
  rating_explain(&r, "en", buf, sizeof buf);
  assert_string_equal(buf, "compliant (no shortcoming; its one obligation settled)");
  rating_explain(&r, "fr", buf, sizeof buf);
  assert_string_equal(buf, "conforme (aucune lacune" LX_NNBSP "; son unique obligation établie)");
  r = find(list, n, SCOPE_ARTICLE, "23");
  rating_coverage(&r, "en", buf, sizeof buf);
  assert_string_equal(buf, "both obligations settled");
  rating_coverage(&r, "fr", buf, sizeof buf);
  assert_string_equal(buf, "ses 2 obligations établies");
  r = find(list, n, SCOPE_INSTRUMENT, "");
  rating_explain(&r, "fr", buf, sizeof buf);
  assert_string_equal(buf, "conforme (moyenne de 2 articles" LX_NNBSP ": 2 C, 0 LC, 0 PC, 0 NC" LX_NNBSP
                           "; ses 2 articles notés, ses 3 obligations établies)");
  rating_free(list, n);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_article_compliant),
    cmocka_unit_test(test_article_minor_only_is_lc),
    cmocka_unit_test(test_article_moderate_is_pc),
    cmocka_unit_test(test_article_major_threshold),
    cmocka_unit_test(test_unknown_excluded_and_provisional),
    cmocka_unit_test(test_not_applicable_and_not_rated),
    cmocka_unit_test(test_shortcomings_listed_worst_first),
    cmocka_unit_test(test_aggregates_from_articles),
    cmocka_unit_test(test_aggregates_keep_their_articles),
    cmocka_unit_test(test_aggregate_never_c_with_a_shortcoming),
    cmocka_unit_test(test_withheld_below_half),
    cmocka_unit_test(test_aggregate_threshold),
    cmocka_unit_test(test_coverage_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_report_reuse.c -- what a batch works out once and reuses for every
 * profile must give what working it out for each profile gives.
 *
 * On the bundled rules and three bundled profiles (from $LEXGAP_ROOT): the
 * related findings and instrument order of one assessment reused for
 * another of the same rules (report_related_reuse) against those built
 * afresh and against report_select; a rating plan shared by a batch
 * (rating_compute_planned) against rating_compute; a JSON document whose
 * rules' constant members were written for an earlier assessment against
 * the same assessment written alone; the transposition views from a
 * batch's plan against those worked out for each assessment; and the text, Markdown and HTML
 * writers' escaping and wrapping against the versions they replaced.
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
#include "report_transposition.h"

enum { NPROFILES = 3 };

static struct {
  lx_sandbox *sb;
  lx_ruleset rs;
  lx_profile p[NPROFILES];
  lx_assessment a[NPROFILES];    /* france, arcadia, borduria as of 2026-01-01 */
  lx_ruleset untoc;              /* UNTOC alone: other rules */
  lx_assessment france_untoc;
} fx;

static int setup(void **state) {
  (void)state;
  static const char *const names[NPROFILES] = { "france", "arcadia", "borduria" };
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) { fprintf(stderr, "setup: LEXGAP_ROOT is not set\n"); return -1; }
  char dir[4096], file[4200];
  snprintf(dir, sizeof dir, "%s/rules", root);
  sandbox_error err;
  diag_list d;
  diag_init(&d);
  fx.sb = sandbox_new(&err);
  if (!fx.sb || ruleset_load(&fx.rs, fx.sb, dir, NULL, 0, &d) != 0) { diag_print(&d, stderr); return -1; }
  for (int i = 0; i < NPROFILES; i++) {
    snprintf(file, sizeof file, "%s/profiles/%s.lua", root, names[i]);
    if (profile_load(&fx.p[i], file, fx.rs.schema, &d) != 0 ||
        evaluate(&fx.a[i], fx.sb, &fx.rs, &fx.p[i], "2026-01-01", 0) != 0) { diag_print(&d, stderr); return -1; }
  }
  const char *only[1] = { "untoc" };
  if (ruleset_load(&fx.untoc, fx.sb, dir, only, 1, &d) != 0 ||
      evaluate(&fx.france_untoc, fx.sb, &fx.untoc, &fx.p[0], "2026-01-01", 0) != 0) { diag_print(&d, stderr); return -1; }
  diag_free(&d);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  assessment_free(&fx.france_untoc);
  ruleset_free(&fx.untoc, fx.sb);
  for (int i = 0; i < NPROFILES; i++) { assessment_free(&fx.a[i]); profile_free(&fx.p[i]); }
  ruleset_free(&fx.rs, fx.sb);
  sandbox_free(fx.sb);
  return 0;
}

/* Do rel (built or reused for a) and fresh (built for a) list the same
** related findings, and does rel select each part as report_select does? */
static void assert_related_as_built(const report_related *rel, const lx_assessment *a) {
  report_related fresh;
  assert_int_equal(report_related_build(&fresh, a), 0);
  for (size_t i = 0; i < a->n; i++) {
    size_t n = 0, m = 0;
    const size_t *got = report_related_of(rel, &a->findings[i], &n);
    const size_t *want = report_related_of(&fresh, &a->findings[i], &m);
    assert_int_equal(n, m);
    for (size_t k = 0; k < n; k++) assert_int_equal(got[k], want[k]);
  }
  report_related_free(&fresh);
  size_t total = 0;
  for (int part = 0; part < PART_COUNT; part++) {
    size_t n = 0, m = 0;
    size_t *got = report_related_select(rel, (report_part)part, &n);
    size_t *want = report_select(a, (report_part)part, &m);
    assert_int_equal(n, m);
    for (size_t k = 0; k < n; k++) assert_int_equal(got[k], want[k]);
    total += n;
    free(got);
    free(want);
  }
  assert_int_equal(total, a->n);         /* every finding in one part */
}

/* Built for France, reused for Arcadia and Borduria (other statuses, so
** other parts): the same as built for each; an assessment of other rules
** is refused and rel left as it was. */
static void test_related_reused_for_the_same_rules(void **state) {
  (void)state;
  report_related rel;
  assert_int_equal(report_related_build(&rel, &fx.a[0]), 0);
  assert_related_as_built(&rel, &fx.a[0]);
  size_t moved = 0;
  for (int i = 1; i < NPROFILES; i++) {
    assert_int_equal(report_related_reuse(&rel, &fx.a[i]), 1);
    assert_ptr_equal(rel.a, &fx.a[i]);
    assert_related_as_built(&rel, &fx.a[i]);
    for (size_t k = 0; k < fx.a[i].n; k++)
      moved += report_part_of(&fx.a[i].findings[k]) != report_part_of(&fx.a[0].findings[k]);
  }
  assert_true(moved > 0);                /* the parts differ, so the selection was tested */
  /* the same findings but one rule swapped: not reused */
  lx_assessment other = fx.a[1];
  lx_finding *findings = malloc(other.n * sizeof *findings);
  assert_non_null(findings);
  memcpy(findings, fx.a[1].findings, other.n * sizeof *findings);
  findings[3].rule = findings[4].rule;
  other.findings = findings;
  assert_int_equal(report_related_reuse(&rel, &other), 0);
  assert_ptr_equal(rel.a, &fx.a[NPROFILES - 1]);
  other.n--;                             /* fewer findings: not reused */
  other.findings = fx.a[1].findings;
  assert_int_equal(report_related_reuse(&rel, &other), 0);
  free(findings);
  assert_int_equal(report_related_reuse(&rel, &fx.france_untoc), 0);   /* other rules */
  report_related_free(&rel);
}

/* Two ratings alike in every field and shortcoming. */
static void assert_same_rating(const lx_rating *x, const lx_rating *y) {
  assert_int_equal(x->scope, y->scope);
  assert_string_equal(x->instrument, y->instrument);
  assert_string_equal(x->key, y->key);
  assert_int_equal(x->cluster, y->cluster);
  assert_int_equal(x->grade, y->grade);
  assert_int_equal(x->rated, y->rated);
  assert_int_equal(x->mandatory_settled, y->mandatory_settled);
  assert_int_equal(x->major, y->major);
  assert_int_equal(x->moderate, y->moderate);
  assert_int_equal(x->minor, y->minor);
  assert_int_equal(x->unknown, y->unknown);
  assert_int_equal(x->errors, y->errors);
  assert_memory_equal(x->articles, y->articles, sizeof x->articles);
  assert_int_equal(x->articles_unrated, y->articles_unrated);
  assert_int_equal(x->withheld, y->withheld);
  assert_int_equal(x->nshortcomings, y->nshortcomings);
  for (int k = 0; k < x->nshortcomings; k++) assert_int_equal(x->shortcomings[k], y->shortcomings[k]);
}

/* One plan for the batch, in two orders: each profile's ratings are those
** rating_compute makes for it alone. */
static void test_rating_plan_shared_by_a_batch(void **state) {
  (void)state;
  static const int orders[2][NPROFILES] = { { 0, 1, 2 }, { 2, 0, 1 } };
  size_t grades_seen = 0;
  for (int o = 0; o < 2; o++) {
    rating_plan *plan = NULL;
    for (int k = 0; k < NPROFILES; k++) {
      const lx_assessment *a = &fx.a[orders[o][k]];
      lx_rating *want = NULL, *got = NULL;
      size_t n = rating_compute(a, &want);
      size_t m = rating_compute_planned(a, &plan, &got);
      assert_non_null(plan);
      assert_true(n > 100);
      assert_int_equal(m, n);
      for (size_t i = 0; i < n; i++) {
        assert_same_rating(&got[i], &want[i]);
        grades_seen |= (size_t)1 << got[i].grade;
      }
      rating_free(want, n);
      rating_free(got, m);
    }
    rating_plan_free(plan);
  }
  assert_true(grades_seen & ((size_t)1 << GRADE_C));
  assert_true(grades_seen & ((size_t)1 << GRADE_PC));  /* Borduria's gaps */
}

/* The JSON report of as[0..n-1] (report_write), malloc'd. */
static char *json_of(lx_assessment *const *as, size_t n) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  assert_non_null(f);
  report_options o = { "en", 0, NULL, 0, NULL };
  assert_int_equal(report_write(f, "json", as, n, &o), 0);
  assert_int_equal(fclose(f), 0);
  return text;
}

/* The text of the k-th assessment (from 0) of a JSON report: from its
** "\n    {" to the next one's ",\n    {" or the document's end. */
static char *nth_assessment(const char *doc, int k) {
  const char *start = strstr(doc, "\n    {");
  for (int i = 0; start && i < k; i++) start = strstr(start + 1, ",\n    {") ? strstr(start + 1, ",\n    {") + 1 : NULL;
  assert_non_null(start);
  const char *next = strstr(start + 1, ",\n    {"), *end = strstr(start, "\n  ]\n}\n");
  assert_non_null(end);
  if (next && next < end) end = next;
  return strndup(start, (size_t)(end - start));
}

/* France written after Arcadia and Borduria (its rules' members copied
** from what the others' findings wrote) is France written alone; and a
** document of France twice holds the same text twice. */
static void test_json_fragments_copied_as_written(void **state) {
  (void)state;
  lx_assessment *alone[1] = { &fx.a[0] };
  lx_assessment *after[3] = { &fx.a[1], &fx.a[2], &fx.a[0] };
  lx_assessment *twice[2] = { &fx.a[0], &fx.a[0] };
  char *one = json_of(alone, 1), *three = json_of(after, 3), *two = json_of(twice, 2);
  char *want = nth_assessment(one, 0), *got = nth_assessment(three, 2), *second = nth_assessment(two, 1);
  assert_true(strlen(want) > 1000000);
  assert_string_equal(got, want);
  char *first = nth_assessment(two, 0);
  assert_string_equal(second, want);
  assert_string_equal(first, want);
  free(one); free(three); free(two); free(want); free(got); free(second); free(first);
}

/* Assessments of other rules in one document (UNTOC alone, then every
** pack, then UNTOC alone: other rule addresses, other rating lists at the
** same places): each as written alone. */
static void test_json_other_rules_in_one_document(void **state) {
  (void)state;
  lx_assessment *u[1] = { &fx.france_untoc }, *all[1] = { &fx.a[0] };
  lx_assessment *mixed[3] = { &fx.france_untoc, &fx.a[0], &fx.france_untoc };
  char *one_u = json_of(u, 1), *one_all = json_of(all, 1), *doc = json_of(mixed, 3);
  char *want_u = nth_assessment(one_u, 0), *want_all = nth_assessment(one_all, 0);
  assert_true(strlen(want_u) < strlen(want_all));
  for (int k = 0; k < 3; k++) {
    char *got = nth_assessment(doc, k);
    assert_string_equal(got, k == 1 ? want_all : want_u);
    free(got);
  }
  free(one_u); free(one_all); free(doc); free(want_u); free(want_all);
}

/* The JSON document of as[0..n-1] streamed to a stream that was told to
** expect `announced` assessments, malloc'd. */
static char *json_announced(lx_assessment *const *as, size_t n, size_t announced) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  assert_non_null(f);
  report_options o = { "en", 0, NULL, 0, NULL };
  report_stream *s = report_stream_begin(f, "json", &o, announced, NULL, NULL);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++) {
    lx_rating *ratings = NULL;
    size_t nr = rating_compute(as[i], &ratings);
    assert_int_equal(report_stream_add(s, as[i], ratings, nr), 0);
    rating_free(ratings, nr);
  }
  assert_int_equal(report_stream_end(s), 0);
  assert_int_equal(fclose(f), 0);
  return text;
}

/* What a JSON document keeps of each rule depends on how many assessments
** it was told to expect (nothing is kept for the last one): told none, one,
** the right count or more, a batch of France, Arcadia and France again is
** the same document, byte for byte, as each assessment written alone. */
static void test_json_same_whatever_count_announced(void **state) {
  (void)state;
  lx_assessment *batch[3] = { &fx.a[0], &fx.a[1], &fx.a[0] };
  char *want = json_of(batch, 3);
  for (size_t announced = 0; announced <= 4; announced++) {
    char *got = json_announced(batch, 3, announced);
    assert_string_equal(got, want);
    free(got);
  }
  lx_assessment *alone[1] = { &fx.a[1] };
  char *one = json_of(alone, 1), *arcadia = nth_assessment(one, 0), *second = nth_assessment(want, 1);
  assert_string_equal(second, arcadia);
  free(one); free(arcadia); free(second); free(want);
}

/* The text of the k-th rating (from 0) of a one-assessment JSON document:
** from its "{" to its "}" (each rating is an object 8 spaces in). */
static char *nth_rating(const char *doc, int k) {
  const char *p = strstr(doc, "\"ratings\": [");
  assert_non_null(p);
  for (int i = 0; i <= k; i++) {
    p = strstr(p + 1, "\n        {");
    assert_non_null(p);
  }
  const char *end = strstr(p, "\n        }");
  assert_non_null(end);
  return strndup(p, (size_t)(end - p) + 10);
}

/* A rating's explanation, counts and coverage are written once for its
** figures and copied wherever the same figures recur: ratings that differ
** from one another in a single figure each (every figure the texts read),
** and one repeated, in one document, are each the bytes of that rating
** written in a document of its own. */
static void test_rating_figures_told_apart(void **state) {
  (void)state;
  lx_rating *ratings = NULL;
  size_t nr = rating_compute(&fx.a[0], &ratings);
  const lx_rating *base = NULL;
  for (size_t i = 0; i < nr && !base; i++)
    if (ratings[i].scope == SCOPE_INSTRUMENT && !strcmp(ratings[i].instrument, "untoc")) base = &ratings[i];
  assert_non_null(base);
  assert_true(base->rated > 0 && base->articles[0] + base->articles[1] > 0);
  enum { NV = 24 };
  lx_rating v[NV];
  int n = 0;
  v[n++] = *base;
  v[n++] = *base;                                    /* the same figures again: copied */
  for (int g = GRADE_C; g <= GRADE_NONE; g++)
    if (g != (int)base->grade) { v[n] = *base; v[n++].grade = (lx_grade)g; }
  v[n] = *base; v[n++].rated++;
  v[n] = *base; v[n++].mandatory_settled++;
  v[n] = *base; v[n++].major++;
  v[n] = *base; v[n++].moderate++;
  v[n] = *base; v[n++].minor++;
  v[n] = *base; v[n++].unknown++;
  v[n] = *base; v[n++].errors++;
  for (int k = 0; k < 4; k++) { v[n] = *base; v[n++].articles[k]++; }
  v[n] = *base; v[n++].articles_unrated++;
  v[n] = *base; v[n++].withheld = !base->withheld;
  v[n] = *base; v[n].scope = SCOPE_ARTICLE; strcpy(v[n++].key, "5");
  assert_true(n <= NV);

  report_options o = { "en", 0, NULL, 0, NULL };
  char *all = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&all, &len);
  report_stream *s = report_stream_begin(f, "json", &o, 1, NULL, NULL);
  assert_int_equal(report_stream_add(s, &fx.a[0], v, (size_t)n), 0);
  assert_int_equal(report_stream_end(s), 0);
  assert_int_equal(fclose(f), 0);
  for (int i = 0; i < n; i++) {
    char *alone = NULL;
    f = open_memstream(&alone, &len);
    s = report_stream_begin(f, "json", &o, 1, NULL, NULL);
    assert_int_equal(report_stream_add(s, &fx.a[0], &v[i], 1), 0);
    assert_int_equal(report_stream_end(s), 0);
    assert_int_equal(fclose(f), 0);
    char *want = nth_rating(alone, 0), *got = nth_rating(all, i);
    assert_string_equal(got, want);
    free(want); free(got); free(alone);
  }
  char *first = nth_rating(all, 0);
  for (int i = 2; i < n; i++) {                      /* each differs from the base where it shows */
    char *other = nth_rating(all, i);
    assert_string_not_equal(other, first);
    free(other);
  }
  free(first);
  free(all);
  rating_free(ratings, nr);
}

/* Each finding's reference as report_related_display gives it (kept the
** first time, copied after; reused across assessments of the same rules)
** is lx_ref_display's, in English, French and Spanish (not kept), at the
** writers' size and cut short, for every finding of the three profiles;
** and report_related_served_line is report_served_line. */
static void test_displays_kept_as_shown(void **state) {
  (void)state;
  report_related rel;
  assert_int_equal(report_related_build(&rel, &fx.a[0]), 0);
  static const char *const langs[] = { "en", "fr", "es" };
  static const size_t sizes[] = { 256, 13, 1 };
  for (int p = 0; p < NPROFILES; p++) {
    if (p) assert_int_equal(report_related_reuse(&rel, &fx.a[p]), 1);
    for (int twice = 0; twice < 2; twice++)
      for (size_t i = 0; i < fx.a[p].n; i++) {
        const lx_finding *f = &fx.a[p].findings[i];
        const char *ref = f->rule->ref ? f->rule->ref : f->rule->id;
        for (int l = 0; l < 3; l++)
          for (int z = 0; z < 3; z++) {
            char got[256], want[256];
            memset(got, 'x', sizeof got);
            report_related_display(&rel, f, langs[l], got, sizes[z]);
            lx_ref_display(fx.a[p].rules, ref, langs[l], want, sizes[z]);
            assert_string_equal(got, want);
          }
        size_t n = 0;
        const size_t *idx = report_related_of(&rel, f, &n);
        for (size_t k = 0; k < n; k++)
          for (int l = 0; l < 2; l++) {
            char got[1600], want[1600];
            report_related_served_line(&rel, &fx.a[p].findings[idx[k]], langs[l], got, sizeof got);
            report_served_line(&fx.a[p], &fx.a[p].findings[idx[k]], langs[l], want, sizeof want);
            assert_string_equal(got, want);
          }
      }
  }
  report_related_free(&rel);
}

/* The text and Markdown escaping as it was written, a byte at a time (the
** oracle for report_text_escape). */
static void escape_as_before(int md, const char *s, char *buf, size_t size) {
  size_t n = 0;
  for (; *s && n + 3 < size; s++) {
    unsigned char c = (unsigned char)*s;
    if ((c < 0x20 && c != '\n') || c == 0x7f) { buf[n++] = '?'; continue; }
    if (md && strchr("\\`*_[]<>|#", *s)) buf[n++] = '\\';
    buf[n++] = *s;
  }
  buf[n] = '\0';
}

/* report_wrap as it was written, a word at a time (the oracle). */
static void wrap_as_before(FILE *f, int indent, int width, const char *s) {
  int col = indent, space = 0;
  const char *p = s;
  while (*p) {
    size_t w = strcspn(p, " \n");
    if (col > indent && col + space + (int)w > width) { fprintf(f, "\n%*s", indent, ""); col = indent; space = 0; }
    if (space) { fputc(' ', f); col++; space = 0; }
    fwrite(p, 1, w, f);
    col += (int)w;
    p += w;
    if (*p == '\n') { fprintf(f, "\n%*s", indent, ""); col = indent; p++; }
    else if (*p == ' ') { while (*p == ' ') p++; space = *p != '\0'; }
  }
  fputc('\n', f);
}

static const char *const texts[] = {
  "",
  "plain words",
  "   leading and trailing spaces   ",
  "a\nnew line\n\nand two\n",
  "markup: `code` *em* _u_ [link](x) <b> | # \\ back",
  "controls \x01\x1b[31mred\x7f and tab\tthere",
  "Code pénal — art. 222-34 « trafic » " "\xe2\x80\xaf: fin",
  "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword that breaks",
  "two  spaces   between words , then \n  a break after spaces  \n\n x  y z\n",
};

/* Every text, also repeated past the buffer so that the cut falls on each
** kind of byte, at sizes around the cut: the same bytes as before. */
static void test_text_escape_as_before(void **state) {
  (void)state;
  char long_text[9000], got[8192], want[8192];
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
    size_t len = strlen(texts[t]), n = 0;
    while (len && n + len < sizeof long_text) { memcpy(long_text + n, texts[t], len); n += len; }
    long_text[n] = '\0';
    for (int md = 0; md <= 1; md++) {
      for (size_t size = 1; size < 64; size++) {
        report_text_escape(texts[t], md, got, size);
        escape_as_before(md, texts[t], want, size);
        assert_string_equal(got, want);
      }
      for (size_t size = sizeof got - 40; size <= sizeof got; size++) {
        report_text_escape(long_text, md, got, size);
        escape_as_before(md, long_text, want, size);
        assert_string_equal(got, want);
      }
    }
  }
}

/* Every text and a long one made of them, at several indents and widths:
** the same bytes as before (the buffered writer also meets a piece longer
** than its buffer). */
static void test_wrap_as_before(void **state) {
  (void)state;
  char all[20000] = "";
  for (int r = 0; r < 12; r++)
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) strcat(all, texts[t]);
  char word[6000];
  memset(word, 'w', sizeof word - 1);
  word[sizeof word - 1] = '\0';
  char ladder[2000];                 /* words of 1 to 40 bytes: their ends fall at every place of a 16-byte block */
  size_t lz = 0;
  for (int len = 1; len <= 40; len++) {
    for (int k = 0; k < len; k++) ladder[lz++] = (char)('a' + len % 26);
    ladder[lz++] = len % 7 ? ' ' : '\n';
    if (len % 5 == 0) ladder[lz++] = ' ';
  }
  ladder[lz] = '\0';
  const char *cases[sizeof texts / sizeof texts[0] + 3];
  size_t nc = 0;
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) cases[nc++] = texts[t];
  cases[nc++] = all;
  cases[nc++] = word;
  cases[nc++] = ladder;
  static const int indents[] = { 0, 4, 6, 40 }, widths[] = { 10, 60, 100 };
  for (size_t c = 0; c < nc; c++)
    for (int i = 0; i < 4; i++)
      for (int k = 0; k < 3; k++) {
        char *got = NULL, *want = NULL;
        size_t gl = 0, wl = 0;
        FILE *g = open_memstream(&got, &gl), *w = open_memstream(&want, &wl);
        report_wrap(g, indents[i], widths[k], cases[c]);
        wrap_as_before(w, indents[i], widths[k], cases[c]);
        fclose(g);
        fclose(w);
        assert_int_equal(gl, wl);
        assert_memory_equal(got, want, gl);
        free(got);
        free(want);
      }
}

/* The HTML escaping as it was written, a test per byte (the oracle for
** report_html_escape). */
static void html_as_before(FILE *f, const char *s) {
  for (;;) {
    size_t run = 0;
    for (unsigned char c; (c = (unsigned char)s[run]) >= 0x20 ? c != '&' && c != '<' && c != '>' && c != 0x7f
                                                                 : c == '\n' || c == '\t';)
      run++;
    if (run) fwrite(s, 1, run, f);
    s += run;
    unsigned char c = (unsigned char)*s;
    if (!c) return;
    if (c == '&') fputs("&amp;", f);
    else if (c == '<') fputs("&lt;", f);
    else if (c == '>') fputs("&gt;", f);
    s++;
  }
}

/* Every byte value from 1 to 255 between words, and the texts: the same
** bytes as before. */
static void test_html_escape_as_before(void **state) {
  (void)state;
  char s[16];
  for (int c = 1; c < 256; c++) {
    snprintf(s, sizeof s, "a%cb%c", c, c);
    char *got = NULL, *want = NULL;
    size_t gl = 0, wl = 0;
    FILE *g = open_memstream(&got, &gl), *w = open_memstream(&want, &wl);
    report_html_escape(g, s);
    html_as_before(w, s);
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) { report_html_escape(g, texts[t]); html_as_before(w, texts[t]); }
    fclose(g);
    fclose(w);
    assert_int_equal(gl, wl);
    assert_memory_equal(got, want, gl);
    free(got);
    free(want);
  }
}

/* Every byte value from 1 to 255 at every place of texts of 1 to 40
** bytes (shorter than one 16-byte block, blocks and a tail), alone and
** after a byte to escape earlier in the same block: the HTML, text and
** Markdown escaping by blocks give the bytes the byte-at-a-time versions
** gave. */
static void test_escapes_at_every_place_of_a_block(void **state) {
  (void)state;
  char s[64], got[256], want[256];
  for (size_t len = 1; len <= 40; len++) {
    char *hg = NULL, *hw = NULL;
    size_t hgl = 0, hwl = 0;
    FILE *g = open_memstream(&hg, &hgl), *w = open_memstream(&hw, &hwl);
    for (size_t at = 0; at < len; at++)
      for (int c = 1; c < 256; c++)
        for (int earlier = 0; earlier <= 1; earlier++) {
          memset(s, 'a', len);
          s[len] = '\0';
          if (earlier && at > 0) s[at / 2] = '<';
          s[at] = (char)c;
          report_html_escape(g, s);
          html_as_before(w, s);
          for (int md = 0; md <= 1; md++) {
            report_text_escape(s, md, got, sizeof got);
            escape_as_before(md, s, want, sizeof want);
            if (strcmp(got, want) != 0) fail_msg("md %d, byte %d at %zu of %zu: %s / %s", md, c, at, len, got, want);
          }
        }
    fclose(g);
    fclose(w);
    assert_int_equal(hgl, hwl);
    assert_memory_equal(hg, hw, hgl);
    free(hg);
    free(hw);
  }
}

/* The languages of each rule's text that are not official, worked out
** once for the three, are those report_text_official tells apart one by
** one: every rule of the bundled packs (some with official_languages,
** some without) and none. */
static void test_unofficial_languages_as_told_one_by_one(void **state) {
  (void)state;
  static const char *const langs[3] = { "en", "fr", "es" };
  size_t unofficial = 0;
  for (size_t i = 0; i < fx.rs.n; i++) {
    const lx_rule *r = &fx.rs.rules[i];
    unsigned got = report_unofficial_languages(&fx.rs, r);
    for (int l = 0; l < 3; l++) {
      assert_int_equal(got >> l & 1, !report_text_official(&fx.rs, r, langs[l]));
      unofficial += got >> l & 1;
    }
    assert_int_equal(got & ~7u, 0);
  }
  assert_true(unofficial > 0);                   /* the packs give both kinds */
  assert_true(unofficial < 3 * fx.rs.n);
  assert_int_equal(report_unofficial_languages(NULL, NULL), 0);
}

/* The served line as it was made, with snprintf (the oracle for the
** line put together piece by piece). */
static void served_line_as_before(const lx_assessment *a, const lx_finding *g, const char *lang, char *buf,
                                  size_t size) {
  char ref[256], same[256];
  lx_ref_display(a->rules, g->rule->ref ? g->rule->ref : g->rule->id, lang, ref, sizeof ref);
  const char *label = report_word("good_practice", lang);
  if (!g->rule->good_practice) {
    const lx_instrument *ins = ruleset_instrument(a->rules, g->rule->instrument);
    const char *name = ins ? report_pick(&ins->short_name, lang) : g->rule->instrument;
    snprintf(same, sizeof same, "%s %s", report_word("same_duty", lang), name && *name ? name : g->rule->instrument);
    label = same;
  }
  snprintf(buf, size, "%s%s[%s] %s — %s", label, report_sep(lang),
           report_rule_status_label(g->rule, g->status, lang), ref, report_pick(&g->rule->title, lang));
}

/* Every finding's served line (good practice and the same duty under
** another treaty) in English and French, cut at every size from 1 to 300
** bytes: the bytes snprintf made. */
static void test_served_lines_as_snprintf_made_them(void **state) {
  (void)state;
  static const char *const langs[] = { "en", "fr" };
  size_t kinds[2] = { 0, 0 };
  for (int p = 0; p < NPROFILES; p++)
    for (size_t i = 0; i < fx.a[p].n; i++) {
      const lx_finding *g = &fx.a[p].findings[i];
      kinds[g->rule->good_practice != 0]++;
      for (int l = 0; l < 2; l++)
        for (size_t size = 1; size <= 300; size += (size < 40 ? 1 : 13)) {
          char got[320], want[320];
          memset(got, 'x', sizeof got);
          report_served_line(&fx.a[p], g, langs[l], got, size);
          served_line_as_before(&fx.a[p], g, langs[l], want, size);
          assert_string_equal(got, want);
        }
    }
  assert_true(kinds[0] > 0 && kinds[1] > 0);     /* both kinds of line were compared */
}

/* report_concat against snprintf "%s%s%s%s": pieces empty, short, long
** and non-ASCII, cut at every size from 0 to past their length, the
** returned length and every byte of the buffer (nothing written past the
** terminator, nothing at all for size 0). */
static void test_concat_as_snprintf(void **state) {
  (void)state;
  static const char *const pieces[] = { "", "a", " — ", "Code pénal", "[", "untoc:5.1.a.ii", "\xe2\x80\xaf: " };
  enum { NP = sizeof pieces / sizeof pieces[0] };
  for (int a = 0; a < NP; a++)
    for (int b = 0; b < NP; b++)
      for (int c = 0; c < NP; c++)
        for (size_t size = 0; size <= 40; size++) {
          char got[48], want[48];
          memset(got, 'x', sizeof got);
          memset(want, 'x', sizeof want);
          size_t n = report_concat(got, size, pieces[a], pieces[b], pieces[c], pieces[(a + b) % NP], (const char *)NULL);
          int m = snprintf(want, size, "%s%s%s%s", pieces[a], pieces[b], pieces[c], pieces[(a + b) % NP]);
          assert_int_equal(n, (size_t)m);
          assert_memory_equal(got, want, sizeof got);
        }
}

/* Are x and y the same views: the same directives, bindings and rows (the
** same findings, deadlines and measures)?  *named counts rows with measures. */
static void assert_same_views(const report_tp *x, size_t nx, const report_tp *y, size_t ny, size_t *named) {
  assert_int_equal(nx, ny);
  for (size_t i = 0; i < nx; i++) {
    assert_ptr_equal(x[i].ins, y[i].ins);
    assert_ptr_equal(x[i].b, y[i].b);
    assert_int_equal(x[i].n, y[i].n);
    for (size_t k = 0; k < x[i].n; k++) {
      assert_ptr_equal(x[i].rows[k].f, y[i].rows[k].f);
      assert_ptr_equal(x[i].rows[k].due, y[i].rows[k].due);
      assert_string_equal(x[i].rows[k].measures, y[i].rows[k].measures);
      *named += *x[i].rows[k].measures != '\0';
    }
  }
}

/* Do a's views (v[0..n-1]) hold each finding of each EU directive with a
** reference once, by reference (then id), with its deadline? */
static void assert_views_of(const lx_assessment *a, const report_tp *v, size_t n) {
  size_t rows = 0, want = 0;
  for (size_t i = 0; i < n; i++) {
    assert_string_equal(v[i].ins->kind, "eu_directive");
    for (size_t k = 0; k < v[i].n; k++) {
      const lx_rule *r = v[i].rows[k].f->rule;
      assert_non_null(r->ref);
      assert_string_equal(r->instrument, v[i].ins->id);
      assert_ptr_equal(v[i].rows[k].due, applicability_directive_deadline(v[i].ins, r->ref));
      if (k) {
        const lx_rule *q = v[i].rows[k - 1].f->rule;
        int c = lx_ref_compare(q->id, r->id);
        assert_true(c < 0 || (c == 0 && strcmp(q->id, r->id) < 0));
      }
    }
    rows += v[i].n;
  }
  for (size_t k = 0; k < a->n; k++)
    for (size_t i = 0; i < n; i++)
      want += a->findings[k].rule->ref && !strcmp(a->findings[k].rule->instrument, v[i].ins->id);
  assert_int_equal(rows, want);
}

/* The views of each profile from the plan a batch made for the first
** (report_related reused), from a report_related built for another
** assessment (not used: the plan is made again) and with none: the same
** rows, in the directives' order, with the same measures. */
static void test_transposition_plan_shared_by_a_batch(void **state) {
  (void)state;
  report_related rel;
  assert_int_equal(report_related_build(&rel, &fx.a[0]), 0);
  assert_non_null(rel.tp_plan);
  size_t named = 0, rows = 0;
  for (int i = 0; i < NPROFILES; i++) {
    const lx_assessment *a = &fx.a[i];
    if (i) assert_int_equal(report_related_reuse(&rel, a), 1);
    size_t n1 = 0, n2 = 0, n3 = 0;
    report_tp *planned = report_transposition(a, &rel, &n1);
    report_tp *alone = report_transposition(a, NULL, &n2);
    report_related other;
    assert_int_equal(report_related_build(&other, &fx.a[(i + 1) % NPROFILES]), 0);
    report_tp *elsewhere = report_transposition(a, &other, &n3);
    assert_non_null(planned);
    assert_non_null(alone);
    assert_non_null(elsewhere);
    assert_views_of(a, planned, n1);
    assert_same_views(planned, n1, alone, n2, &named);
    assert_same_views(planned, n1, elsewhere, n3, &named);
    for (size_t k = 0; k < n1; k++) rows += planned[k].n;
    report_tp_free(planned, n1);
    report_tp_free(alone, n2);
    report_tp_free(elsewhere, n3);
    report_related_free(&other);
  }
  assert_true(rows > 0 && named > 0);    /* rows and measures were compared */
  size_t n = 9;
  report_tp *none = report_transposition(&fx.france_untoc, &rel, &n);   /* no directive */
  assert_non_null(none);
  assert_int_equal(n, 0);
  report_tp_free(none, n);
  report_related_free(&rel);
  /* a plan for other rules (UNTOC alone: no rows) is not France's */
  assert_int_equal(report_related_build(&rel, &fx.france_untoc), 0);
  size_t n1 = 0, n2 = 0;
  report_tp *got = report_transposition(&fx.a[0], &rel, &n1), *want = report_transposition(&fx.a[0], NULL, &n2);
  assert_views_of(&fx.a[0], got, n1);
  assert_same_views(got, n1, want, n2, &named);
  assert_true(n1 > 0 && got[0].n > 0);
  report_tp_free(got, n1);
  report_tp_free(want, n2);
  report_related_free(&rel);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_related_reused_for_the_same_rules),
    cmocka_unit_test(test_rating_plan_shared_by_a_batch),
    cmocka_unit_test(test_json_fragments_copied_as_written),
    cmocka_unit_test(test_json_other_rules_in_one_document),
    cmocka_unit_test(test_json_same_whatever_count_announced),
    cmocka_unit_test(test_rating_figures_told_apart),
    cmocka_unit_test(test_displays_kept_as_shown),
    cmocka_unit_test(test_text_escape_as_before),
    cmocka_unit_test(test_wrap_as_before),
    cmocka_unit_test(test_html_escape_as_before),
    cmocka_unit_test(test_escapes_at_every_place_of_a_block),
    cmocka_unit_test(test_unofficial_languages_as_told_one_by_one),
    cmocka_unit_test(test_served_lines_as_snprintf_made_them),
    cmocka_unit_test(test_concat_as_snprintf),
    cmocka_unit_test(test_transposition_plan_shared_by_a_batch),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

/*
 * test_texts.c -- official texts as provisions (engine/texts.c): the tricky
 * places of the real UNTOC files, the data files shipped in the pack, cue
 * words and levels, and the rules' quotations checked against the texts.
 *
 * The official texts are read from $LEXGAP_ROOT/../shared/instruments (or
 * $LEXGAP_SHARED); tests that need them are skipped when they are absent.
 * The shipped texts and the rules come from $LEXGAP_ROOT/rules.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data.h"
#include "diag.h"
#include "rules.h"
#include "sandbox.h"
#include "schema.h"
#include "strbuf.h"
#include "texts.h"

/* Parsed once for the whole run. */
static struct {
  int have_shared;
  lx_texts src[3];                 /* en, fr, es parsed from the official texts */
  diag_list src_diags[3];
  lx_sandbox *sb;
  lx_ruleset rs;                   /* $LEXGAP_ROOT/rules: untoc and the EU directives */
  int rs_loaded;
} g;

static const char *const langs[3] = { "en", "fr", "es" };

static void shared_path(const char *name, char *out, size_t size) {
  const char *dir = getenv("LEXGAP_SHARED");
  const char *root = getenv("LEXGAP_ROOT");
  if (dir && *dir) snprintf(out, size, "%s/%s", dir, name);
  else snprintf(out, size, "%s/../shared/instruments/%s", root ? root : ".", name);
}

static int group_setup(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) { fprintf(stderr, "LEXGAP_ROOT is not set\n"); return -1; }
  char path[4096];
  shared_path("untoc.en.txt", path, sizeof path);
  g.have_shared = access(path, R_OK) == 0;
  for (int i = 0; i < 3; i++) {
    diag_init(&g.src_diags[i]);
    memset(&g.src[i], 0, sizeof g.src[i]);
    if (!g.have_shared) continue;
    char name[64];
    snprintf(name, sizeof name, "untoc.%s.txt", langs[i]);
    shared_path(name, path, sizeof path);
    if (texts_parse_file(path, "untoc", langs[i], &g.src[i], &g.src_diags[i]) != 0) {
      diag_print(&g.src_diags[i], stderr);
      return -1;
    }
  }
  sandbox_error err;
  g.sb = sandbox_new(&err);
  if (!g.sb) return -1;
  snprintf(path, sizeof path, "%s/rules", root);
  const char *only[] = { "untoc", "eu-2004-80", "eu-2004-81", "eu-2004-82" };
  diag_list d;
  diag_init(&d);
  int rc = ruleset_load(&g.rs, g.sb, path, only, (int)(sizeof only / sizeof *only), &d);
  g.rs_loaded = 1;
  if (rc != 0) diag_print(&d, stderr);
  diag_free(&d);
  return rc == 0 ? 0 : -1;
}

static int group_teardown(void **state) {
  (void)state;
  for (int i = 0; i < 3; i++) { texts_free(&g.src[i]); diag_free(&g.src_diags[i]); }
  if (g.rs_loaded) ruleset_free(&g.rs, g.sb);
  sandbox_free(g.sb);
  return 0;
}

static const lx_texts *src(const char *lang) {
  if (!g.have_shared) skip();
  for (int i = 0; i < 3; i++) if (strcmp(langs[i], lang) == 0) return &g.src[i];
  fail_msg("no language %s", lang);
  return NULL;
}

/* The own words of ref, which must exist. */
static const char *words(const lx_texts *t, const char *ref) {
  int i = texts_find(t, ref);
  if (i < 0) fail_msg("%s: no provision %s", t->lang, ref);
  return t->provisions[i].text;
}

static void assert_starts(const char *s, const char *prefix) {
  if (strncmp(s, prefix, strlen(prefix)) != 0) fail_msg("\"%.80s\" does not start with \"%s\"", s, prefix);
}

static void assert_ends(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  if (n < m || strcmp(s + n - m, suffix) != 0) fail_msg("\"...%s\" does not end with \"%s\"", n > 60 ? s + n - 60 : s, suffix);
}

static void parse_string(const char *text, const char *lang, lx_texts *t, diag_list *d, int want_rc) {
  diag_init(d);
  int rc = texts_parse(text, strlen(text), "untoc", lang, "test.txt", t, d);
  if (rc != want_rc) { diag_print(d, stderr); fail_msg("texts_parse returned %d, expected %d", rc, want_rc); }
}

/*
** The real files
*/

static void test_articles_and_counts(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr"), *es = src("es");
  assert_int_equal(en->narticles, 41);
  assert_int_equal(fr->narticles, 41);
  assert_string_equal(en->source, "untoc.en.txt");
  /* the same provisions in English and French */
  assert_int_equal(en->nprovisions, fr->nprovisions);
  for (size_t i = 0; i < en->nprovisions; i++) assert_string_equal(en->provisions[i].ref, fr->provisions[i].ref);
  /* English and French: no warning at all */
  assert_int_equal(g.src_diags[0].n, 0);
  assert_int_equal(g.src_diags[1].n, 0);
  (void)es;
}

static void test_titles_in_three_languages(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr"), *es = src("es");
  assert_string_equal(texts_article(en, "5")->title, "Criminalisation of participation in an organised criminal group");
  assert_string_equal(texts_article(fr, "5")->title, "Incrimination de la participation \xc3\xa0 un groupe criminel organis\xc3\xa9");
  assert_string_equal(texts_article(es, "5")->title, "Penalizaci\xc3\xb3n de la participaci\xc3\xb3n en un grupo delictivo organizado");
  /* "Article premier" is article 1 */
  assert_string_equal(texts_article(fr, "1")->title, "Objet");
  assert_string_equal(texts_article(en, "1")->title, "Statement of purpose");
  assert_string_equal(texts_article(es, "1")->title, "Finalidad");
  assert_string_equal(texts_article(en, "41")->title, "Depositary and languages");
  assert_string_equal(texts_article(fr, "34")->title, "Application de la convention");
  for (size_t i = 0; i < en->narticles; i++) assert_non_null(en->articles[i].title);
}

static void test_markers_on_their_own_line(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr");
  /* the chapeau stays with the paragraph, each sub-paragraph has its own words */
  assert_ends(words(en, "untoc:5.1"), "when committed intentionally:");
  assert_starts(words(en, "untoc:5.1.a"), "either or both of the following");
  assert_starts(words(en, "untoc:5.1.a.i"), "agreeing with one or more other persons");
  assert_starts(words(fr, "untoc:5.1.a.i"), "au fait de s'entendre");
  assert_starts(words(en, "untoc:5.1.b"), "organising, directing, aiding");
  assert_int_equal(texts_find(en, "untoc:5.1.c"), -1);
  /* art. 6(1)(a): a marker directly followed by another one has no words */
  assert_string_equal(words(en, "untoc:6.1.a"), "");
  assert_starts(words(en, "untoc:6.1.a.i"), "the conversion or transfer of property");
  assert_string_equal(words(en, "untoc:6.1.b"), "subject to the basic concepts of its legal system:");
  /* a letter (i) after (h) is a letter, not a roman numeral */
  assert_starts(words(en, "untoc:2.i"), "\xc2\xab" "controlled delivery");
  assert_starts(words(en, "untoc:18.3.i"), "any other type of assistance");
  assert_starts(words(en, "untoc:29.1.i"), "methods used in the protection of victims");
  assert_int_equal(texts_find(en, "untoc:2.h.i"), -1);
  assert_int_equal(texts_find(en, "untoc:29.1.h.i"), -1);
  /* romans after a chapeau ending in ':' */
  assert_starts(words(en, "untoc:15.2.c.ii"), "one of those established in accordance with Article 6(1)(b)(ii)");
  assert_starts(words(en, "untoc:31.2.d.iv"), "the exchange of information contained in the records");
  assert_starts(words(fr, "untoc:27.1.b.iii"), "mouvement des biens, des mat\xc3\xa9riels");
}

static void test_letters_after_romans(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr");
  assert_ends(words(en, "untoc:5.1.a.ii"), "takes an active part in:");
  assert_string_equal(words(en, "untoc:5.1.a.ii.a"), "criminal activities of the organised criminal group;");
  assert_starts(words(en, "untoc:5.1.a.ii.b"), "other activities of the organised criminal group in the knowledge");
  assert_string_equal(words(fr, "untoc:5.1.a.ii.a"), "aux activit\xc3\xa9s criminelles du groupe criminel organis\xc3\xa9;");
  /* and the lawyers' rendering of the reference */
  char disp[128];
  lx_ref_display(&g.rs, "untoc:5.1.a.ii.b", "en", disp, sizeof disp);
  assert_string_equal(disp, "UNTOC art. 5(1)(a)(ii)(b)");
  char *all = texts_full_text(en, texts_find(en, "untoc:5.1.a.ii"));
  assert_non_null(all);
  assert_non_null(strstr(all, "takes an active part in: a. criminal activities of the organised criminal group; b. other"));
  free(all);
}

static void test_article_without_numbered_paragraphs(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr");
  assert_starts(words(en, "untoc:23"), "Each State Party shall adopt such legislative and other measures");
  assert_starts(words(en, "untoc:23.a"), "the use of physical force, threats or intimidation or the promise");
  assert_starts(words(en, "untoc:23.b"), "the use of physical force, threats or intimidation to interfere");
  assert_int_equal(texts_find(en, "untoc:23.1"), -1);
  assert_starts(words(fr, "untoc:23.a"), "au fait de recourir");
  /* definitions: article 2, lettered */
  assert_starts(words(en, "untoc:2.b"), "\xc2\xab" "serious crime\xc2\xbb shall mean");
  assert_string_equal(words(en, "untoc:2"), "For the purposes of this Convention:");
  /* an article of one unnumbered paragraph */
  assert_starts(words(en, "untoc:17"), "States Parties may consider entering into");
  /* an article with paragraphs has no words of its own */
  assert_string_equal(words(en, "untoc:5"), "");
}

static void test_misprint_l_in_article_35(void **state) {
  (void)state;
  const lx_texts *en = src("en");
  assert_starts(words(en, "untoc:35.1"), "States Parties shall endeavour to settle disputes");
  assert_starts(words(en, "untoc:35.2"), "Any dispute between two or more States Parties");
  /* nothing glued to art. 34(3) or lost */
  assert_ends(words(en, "untoc:34.3"), "transnational organised crime.");
  int i = texts_find(en, "untoc:35");
  assert_true(i >= 0);
  assert_int_equal(en->provisions[i].nchildren, 4);
}

static void test_spanish_copy_ends_in_article_34(void **state) {
  (void)state;
  const lx_texts *es = src("es"), *en = src("en");
  assert_int_equal(es->narticles, 33);
  assert_null(texts_article(es, "34"));
  assert_int_equal(texts_find(es, "untoc:34"), -1);
  assert_int_equal(texts_find(es, "untoc:34.1"), -1);
  assert_starts(words(es, "untoc:33.2.c"), "velar\xc3\xa1 por la coordinaci\xc3\xb3n necesaria");
  /* a warning says why, no error */
  assert_int_equal(g.src_diags[2].n, 1);
  assert_non_null(strstr(g.src_diags[2].items[0].message, "warning: article 34"));
  /* every provision of arts 1-33 is there */
  size_t n = 0;
  for (size_t i = 0; i < en->nprovisions; i++) {
    char art[8];
    lx_ref_article(en->provisions[i].ref, art, sizeof art);
    if (atoi(art) <= 33) { n++; assert_true(texts_find(es, en->provisions[i].ref) >= 0); }
  }
  assert_int_equal(es->nprovisions, n);
}

static void test_tail_after_sub_paragraphs(void **state) {
  (void)state;
  const lx_texts *en = src("en"), *fr = src("fr");
  int i = texts_find(en, "untoc:3.1");
  assert_true(i >= 0);
  assert_ends(en->provisions[i].text, "prosecution of:");
  assert_string_equal(en->provisions[i].tail, "where the offence is transnational in nature and involves an organised criminal group.");
  assert_ends(words(en, "untoc:3.1.b"), "serious crime as defined in article 2 of this Convention;");
  i = texts_find(fr, "untoc:3.1");
  assert_starts(fr->provisions[i].tail, "lorsque ces infractions sont de nature transnationale");
  char *all = texts_full_text(en, texts_find(en, "untoc:3.1"));
  assert_non_null(strstr(all, "(b) serious crime as defined in article 2 of this Convention; where the offence is"));
  free(all);
}

static void test_no_page_header_in_any_provision(void **state) {
  (void)state;
  static const char *const bad[] = { "Journal", "Diario Oficial", "L 261/", "6.8.2004", NULL };
  for (int l = 0; l < 3; l++) {
    const lx_texts *t = src(langs[l]);
    for (size_t i = 0; i < t->nprovisions; i++)
      for (int k = 0; bad[k]; k++)
        if (strstr(t->provisions[i].text, bad[k])) fail_msg("%s %s holds \"%s\"", langs[l], t->provisions[i].ref, bad[k]);
  }
}

/* The English text with Official Journal page headers put in the middle of
** provisions and between them parses into exactly the same provisions. */
static void test_page_headers_skipped_and_not_glued(void **state) {
  (void)state;
  const lx_texts *en = src("en");
  char path[4096];
  shared_path("untoc.en.txt", path, sizeof path);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  strbuf in, out;
  sb_init(&in);
  sb_init(&out);
  char buf[8192];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&in, buf, got);
  fclose(f);
  static const char *const header[] = {
    "\n\n6.8.2004\xc2\xa0\xc2\xa0\xc2\xa0\n\nEN\n\nOfficial Journal of the European Union\n\nL 261/70\n\n",
    "\n\n6.8.2004\n\nFR\n\nJournal officiel de l'Union europ\xc3\xa9\x65nne\n\nL 261/71\n\n",
    "\n\n6.8.2004\n\nES\n\nDiario Oficial de la Uni\xc3\xb3n Europea\n\nL 261/72\n\n",
  };
  /* a header inside the words of art. 5(1)(a)(i), between two paragraphs of
  ** art. 12, between a marker and its words in art. 15(1)(b), and inside the
  ** words of art. 23(a) */
  static const char *const cut_after[] = {
    "agreeing with one or more other persons to commit a serious crime",
    "for the purpose of eventual confiscation.",
    "(b)\n\nThe offence is committed on board",
    "Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally:\n\n(a)\n\nthe use of physical force",
  };
  const char *p = in.s;
  int h = 0;
  for (size_t k = 0; k < sizeof cut_after / sizeof *cut_after; k++) {
    const char *at = strstr(p, cut_after[k]);
    if (!at) fail_msg("no \"%s\" in %s", cut_after[k], path);
    at += strlen(cut_after[k]);
    if (k == 2) at -= strlen("\n\nThe offence is committed on board");
    sb_putn(&out, p, (size_t)(at - p));
    sb_puts(&out, header[h++ % 3]);      /* inside words, the rest goes on the next line */
    p = at;
    while (*p == ' ') p++;
  }
  sb_puts(&out, p);
  lx_texts t;
  diag_list d;
  diag_init(&d);
  assert_int_equal(texts_parse(out.s, out.len, "untoc", "en", "with-headers.txt", &t, &d), 0);
  assert_int_equal(d.n, 0);
  assert_int_equal(t.nprovisions, en->nprovisions);
  assert_int_equal(t.narticles, en->narticles);
  for (size_t i = 0; i < t.nprovisions; i++) {
    assert_string_equal(t.provisions[i].ref, en->provisions[i].ref);
    if (strcmp(t.provisions[i].text, en->provisions[i].text) != 0)
      fail_msg("%s: \"%s\"\n  expected \"%s\"", t.provisions[i].ref, t.provisions[i].text, en->provisions[i].text);
  }
  texts_free(&t);
  diag_free(&d);
  sb_free(&in);
  sb_free(&out);
}

/*
** Synthetic texts: what the real files do not show
*/

static void test_two_markers_on_one_line(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  parse_string(
    "CONVENTION\n\nArticle premier\n\nObjet\n\n1.\xc2\xa0 \xc2\xa0 Chaque \xc3\x89tat partie adopte:\n\n"
    "a) i)\n\nau premier acte;\n\nii)\n\nau second acte;\n\n"
    "b) i) au troisi\xc3\xa8me acte, sur la m\xc3\xaame ligne;\n\nii) au quatri\xc3\xa8me;\n\n"
    "2.   Le paragraphe 2.\n", "fr", &t, &d, 0);
  assert_int_equal(d.n, 0);
  assert_string_equal(words(&t, "untoc:1.1"), "Chaque \xc3\x89tat partie adopte:");
  assert_string_equal(words(&t, "untoc:1.1.a"), "");
  assert_string_equal(words(&t, "untoc:1.1.a.i"), "au premier acte;");
  assert_string_equal(words(&t, "untoc:1.1.a.ii"), "au second acte;");
  assert_string_equal(words(&t, "untoc:1.1.b.i"), "au troisi\xc3\xa8me acte, sur la m\xc3\xaame ligne;");
  assert_string_equal(words(&t, "untoc:1.1.b.ii"), "au quatri\xc3\xa8me;");
  assert_string_equal(words(&t, "untoc:1.2"), "Le paragraphe 2.");
  char *all = texts_full_text(&t, texts_find(&t, "untoc:1.1"));
  assert_string_equal(all, "Chaque \xc3\x89tat partie adopte: a) i) au premier acte; ii) au second acte; "
                           "b) i) au troisi\xc3\xa8me acte, sur la m\xc3\xaame ligne; ii) au quatri\xc3\xa8me;");
  free(all);
  texts_free(&t);
  diag_free(&d);
}

/* The layout of the UN copy of the Cybercrime Convention: a resolution's
** preamble before article 1, chapter headings, headings and titles in
** emphasis, list bullets, a paragraph number alone or opening with a marker,
** a line broken mid-sentence, "ou" alone between sub-paragraphs, the words
** closing a sub-paragraph's list, and after the testimonium an annex of
** interpretative notes read as the pseudo-article "note". */
static void test_un_layout_and_annex_of_notes(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  parse_string(
    "**R\xc3\xa9solution\n\nConsid\xc3\xa9rant que 1. rien\n\nChapitre premier\n\nDispositions g\xc3\xa9n\xc3\xa9rales\n\n"
    "Article premier\n\nObjet\n\n1. Chaque \xc3\xa9tat partie adopte :\n\n"
    "a) \xc3\x80 l'obtention :\n\ni) D'un dispositif ; ou\n\nii) D'un mot de passe ;\n\n"
    "afin qu'ils servent ; et\n\nb) \xc3\x80 la d\xc3\xa9tention d'un syst\xc3\xa8me d'information et\n\n"
    "de communication.\n\nChapitre II\nIncrimination\n\n*Article 2\nPrescription*\n\n"
    "1. On entend :\n\n- a) Un acte ;\n - b) Un autre ;\n\nou\n\n- c) Un dernier.\n\n2.\n\n - a) Premier alin\xc3\xa9" "a.\n\n"
    "Chapitre III **Comp\xc3\xa9tence**\n\nArticle 3 *Comp\xc3\xa9tence*\n\n1. a) Chaque \xc3\xa9tat d\xc3\xa9signe ;\n\nb) Les autorit\xc3\xa9s.\n\n"
    "EN FOI DE QUOI, les pl\xc3\xa9nipotentiaires ont sign\xc3\xa9 la Convention\xc2\xb9.\n\nAnnexe\n\nNotes interpr\xc3\xa9tatives\n\n"
    "Article 2\n\n1. Premi\xc3\xa8re note.\n\n2. Deuxi\xc3\xa8me note.\n\nArticles 2 et 3, concernant le terme\n\n3. Troisi\xc3\xa8me note qui\n\n"
    "\xc2\xb9 Des notes ont \xc3\xa9t\xc3\xa9 annex\xc3\xa9" "es.\n\ncontinue apr\xc3\xa8s la note de bas de page.\n", "fr", &t, &d, 0);
  for (size_t i = 0; i < d.n; i++) fail_msg("unexpected diagnostic: line %d: %s", d.items[i].line, d.items[i].message);
  assert_int_equal(t.narticles, 4);
  assert_string_equal(texts_article(&t, "1")->title, "Objet");
  assert_string_equal(texts_article(&t, "2")->title, "Prescription");
  assert_string_equal(texts_article(&t, "3")->title, "Comp\xc3\xa9tence");
  assert_string_equal(texts_article(&t, "note")->title, "Notes interpr\xc3\xa9tatives");
  /* the words closing (a)'s list are (a)'s tail; the broken line joined */
  assert_string_equal(t.provisions[texts_find(&t, "untoc:1.1.a")].tail, "afin qu'ils servent ; et");
  assert_null(t.provisions[texts_find(&t, "untoc:1.1")].tail);
  assert_string_equal(words(&t, "untoc:1.1.b"), "\xc3\x80 la d\xc3\xa9tention d'un syst\xc3\xa8me d'information et de communication.");
  /* no chapter heading glued to the article before it */
  assert_ends(words(&t, "untoc:1.1.b"), "communication.");
  assert_string_equal(words(&t, "untoc:2.1.b"), "Un autre ; ou");
  assert_string_equal(words(&t, "untoc:2.1.c"), "Un dernier.");
  assert_string_equal(words(&t, "untoc:2.2"), "");
  assert_string_equal(words(&t, "untoc:2.2.a"), "Premier alin\xc3\xa9" "a.");
  assert_string_equal(words(&t, "untoc:3.1"), "");
  assert_string_equal(words(&t, "untoc:3.1.a"), "Chaque \xc3\xa9tat d\xc3\xa9signe ;");
  assert_string_equal(words(&t, "untoc:3.1.b"), "Les autorit\xc3\xa9s.");
  /* the notes: numbered as in the annex, a footnote skipped */
  assert_string_equal(words(&t, "untoc:note.1"), "Premi\xc3\xa8re note.");
  assert_string_equal(words(&t, "untoc:note.2"), "Deuxi\xc3\xa8me note.");
  assert_string_equal(words(&t, "untoc:note.3"), "Troisi\xc3\xa8me note qui continue apr\xc3\xa8s la note de bas de page.");
  assert_true(texts_find(&t, "untoc:note.3") > texts_find(&t, "untoc:3.1.b"));
  assert_true(schema_is_ref("cybercrime:note.3"));
  assert_true(schema_is_ref("cybercrime:note"));
  assert_false(schema_is_ref("cybercrime:note.3.a"));
  assert_false(schema_is_ref("cybercrime:notes.3"));
  /* the data file reads the notes back */
  char path[] = "/tmp/lexgap-test-notes-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "w");
  assert_int_equal(texts_write(&t, f), 0);
  fclose(f);
  lx_texts back;
  diag_list d2;
  diag_init(&d2);
  if (texts_load_file(path, &back, &d2) != 0) { diag_print(&d2, stderr); fail_msg("the notes do not read back"); }
  assert_string_equal(back.provisions[texts_find(&back, "untoc:note.3")].text, words(&t, "untoc:note.3"));
  unlink(path);
  texts_free(&back);
  diag_free(&d2);
  texts_free(&t);
  diag_free(&d);
}

/* The shipped French text of the Cybercrime Convention parses without a
** warning: 68 articles and the annex of notes 1-5. */
static void test_cybercrime_text(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  diag_init(&d);
  if (!g.have_shared) skip();
  char path[4096];
  shared_path("un-cybercrime-2024.fr.txt", path, sizeof path);
  if (texts_parse_file(path, "cybercrime", "fr", &t, &d) != 0) { diag_print(&d, stderr); fail_msg("parse failed"); }
  for (size_t i = 0; i < d.n; i++) fail_msg("unexpected diagnostic: line %d: %s", d.items[i].line, d.items[i].message);
  assert_int_equal(t.narticles, 69);
  assert_string_equal(texts_article(&t, "22")->title, "Comp\xc3\xa9tence");
  assert_string_equal(texts_article(&t, "20")->title, "Prescription");
  assert_true(texts_find(&t, "cybercrime:note.5") >= 0);
  assert_int_equal(texts_find(&t, "cybercrime:note.6"), -1);
  assert_true(strstr(t.provisions[texts_find(&t, "cybercrime:note.3")].text, "article 17") != NULL);
  assert_true(strstr(words(&t, "cybercrime:6.2"), "Chapitre") == NULL);
  assert_string_equal(words(&t, "cybercrime:23.3"), "");
  assert_true(texts_find(&t, "cybercrime:23.3.b.ii") >= 0);
  assert_true(strstr(t.provisions[texts_find(&t, "cybercrime:11.1.a")].tail, "afin que ce dispositif") == t.provisions[texts_find(&t, "cybercrime:11.1.a")].tail);
  texts_free(&t);
  diag_free(&d);
}

static void test_misprint_only_opens_an_article(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  /* "l." is paragraph 1 only where paragraph 1 is due; elsewhere it is words */
  parse_string("Article 1\n\nTitle\n\nl.   First.\n\n2.   Second.\n\nl.   Not a paragraph.\n", "en", &t, &d, 0);
  assert_string_equal(words(&t, "untoc:1.1"), "First.");
  assert_string_equal(words(&t, "untoc:1.2"), "Second. l. Not a paragraph.");
  texts_free(&t);
  diag_free(&d);
}

static void test_problems_are_reported(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  parse_string("No article here.\n", "en", &t, &d, -1);
  assert_non_null(strstr(d.items[0].message, "no article"));
  texts_free(&t);
  diag_free(&d);
  parse_string("Article 1\n\nT\n\n1.   One.\n\nArticle 1\n\nT\n\n1.   Again.\n", "en", &t, &d, -1);
  assert_non_null(strstr(d.items[d.n - 1].message, "article 1 appears twice"));
  texts_free(&t);
  diag_free(&d);
  /* numbering out of sequence: a warning, the text is kept */
  parse_string("Article 1\n\nT\n\n1.   One.\n\n3.   Three.\n\nArticle 4\n\nU\n\nText.\n", "en", &t, &d, 0);
  assert_int_equal(d.n, 2);
  assert_non_null(strstr(d.items[0].message, "warning: paragraph 3 follows paragraph 1"));
  assert_non_null(strstr(d.items[1].message, "warning: article 4 follows article 1"));
  assert_string_equal(words(&t, "untoc:4"), "Text.");
  texts_free(&t);
  diag_free(&d);
}

/*
** Data files
*/

static void assert_same_texts(const lx_texts *a, const lx_texts *b) {
  assert_string_equal(a->instrument, b->instrument);
  assert_string_equal(a->lang, b->lang);
  assert_string_equal(a->source, b->source);
  assert_int_equal(a->narticles, b->narticles);
  for (size_t i = 0; i < a->narticles; i++) {
    assert_string_equal(a->articles[i].number, b->articles[i].number);
    assert_string_equal(a->articles[i].title ? a->articles[i].title : "", b->articles[i].title ? b->articles[i].title : "");
  }
  assert_int_equal(a->nprovisions, b->nprovisions);
  for (size_t i = 0; i < a->nprovisions; i++) {
    const lx_provision *p = &a->provisions[i], *q = &b->provisions[i];
    assert_string_equal(p->ref, q->ref);
    assert_string_equal(p->text, q->text);
    assert_string_equal(p->tail ? p->tail : "", q->tail ? q->tail : "");
    assert_int_equal(p->parent, q->parent);
    assert_int_equal(p->nchildren, q->nchildren);
  }
}

static void test_data_file_round_trip(void **state) {
  (void)state;
  for (int l = 0; l < 3; l++) {
    const lx_texts *t = src(langs[l]);
    char path[] = "/tmp/lexgap-texts-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_int_equal(texts_write(t, f), 0);
    assert_int_equal(fclose(f), 0);
    lx_texts back;
    diag_list d;
    diag_init(&d);
    if (texts_load_file(path, &back, &d) != 0) { diag_print(&d, stderr); fail_msg("cannot read back %s", path); }
    assert_same_texts(t, &back);
    texts_free(&back);
    diag_free(&d);
    unlink(path);
  }
}

/* rules/untoc/texts/LANG.lua is what `lexgap texts import` makes of the
** official text today. */
static void test_shipped_texts_are_current(void **state) {
  (void)state;
  for (int l = 0; l < 3; l++) {
    const lx_texts *t = src(langs[l]);
    const lx_texts *shipped = ruleset_texts(&g.rs, "untoc", langs[l]);
    if (!shipped) fail_msg("rules/untoc/texts/%s.lua is not loaded", langs[l]);
    assert_same_texts(t, shipped);
  }
}

static void test_bad_data_files(void **state) {
  (void)state;
  static const struct { const char *text; const char *want; } cases[] = {
    { "return { instrument = \"untoc\", lang = \"de\", articles = {}, provisions = {} }", "lang must be en, fr or es" },
    { "return { instrument = \"untoc\", lang = \"en\", articles = {},\n provisions = { [\"untoc:5.1a\"] = \"x\" } }", "is not a canonical reference" },
    { "return { instrument = \"untoc\", lang = \"en\", articles = {},\n provisions = { [\"cybercrime:5\"] = \"x\" } }", "is not a canonical reference of untoc" },
    { "return { instrument = \"untoc\", lang = \"en\", articles = {} }", "missing table of provisions" },
    { "return { instrument = \"untoc\", lang = \"en\", articles = { [\"5\"] = { title = 3 } }, provisions = {} }", "each article is" },
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    char path[] = "/tmp/lexgap-texts-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, cases[k].text, strlen(cases[k].text)), (ssize_t)strlen(cases[k].text));
    close(fd);
    lx_texts t;
    diag_list d;
    diag_init(&d);
    assert_int_equal(texts_load_file(path, &t, &d), -1);
    int found = 0;
    for (size_t i = 0; i < d.n; i++) if (strstr(d.items[i].message, cases[k].want)) found = 1;
    if (!found) { diag_print(&d, stderr); fail_msg("case %zu: no \"%s\"", k, cases[k].want); }
    texts_free(&t);
    diag_free(&d);
    unlink(path);
  }
}

/*
** The rule set's texts
*/

static void test_ruleset_accessors(void **state) {
  (void)state;
  const char *used = NULL;
  const char *s = ruleset_provision_text(&g.rs, "untoc:5.1.a.ii.b", "fr", &used);
  assert_non_null(s);
  assert_string_equal(used, "fr");
  assert_string_equal(s, "\xc3\xa0 d'autres activit\xc3\xa9s du groupe criminel organis\xc3\xa9 lorsque cette personne sait "
                         "que sa participation contribuera \xc3\xa0 la r\xc3\xa9\x61lisation du but criminel susmentionn\xc3\xa9;");
  /* the Spanish copy stops before art. 34: English is used */
  s = ruleset_provision_text(&g.rs, "untoc:34.1", "es", &used);
  assert_non_null(s);
  assert_string_equal(used, "en");
  assert_starts(s, "Each State Party shall take the necessary measures");
  s = ruleset_provision_text(&g.rs, "untoc:33.1", "es", &used);
  assert_string_equal(used, "es");
  s = ruleset_article_title(&g.rs, "untoc:23.b", "es", &used);
  assert_string_equal(used, "es");
  assert_string_equal(s, "Penalizaci\xc3\xb3n de la obstrucci\xc3\xb3n de la justicia");
  s = ruleset_article_title(&g.rs, "untoc:34.2", "es", &used);
  assert_string_equal(used, "en");
  assert_string_equal(s, "Implementation of the Convention");
  s = ruleset_article_title(&g.rs, "untoc:1", "fr", &used);
  assert_string_equal(s, "Objet");
  assert_null(ruleset_provision_text(&g.rs, "untoc:99.1", "en", &used));
  assert_null(used);
  assert_null(ruleset_provision_text(&g.rs, "cybercrime:5", "fr", NULL));
  assert_null(ruleset_texts(&g.rs, "untoc", "de"));
}

/*
** Cue words and levels
*/

static int level_of(const lx_texts *t, const int *level, const char *ref) {
  int i = texts_find(t, ref);
  if (i < 0) fail_msg("no provision %s", ref);
  return level[i];
}

static void test_cue_words(void **state) {
  (void)state;
  assert_int_equal(texts_cue_level(texts_cues("Each State Party shall adopt such measures as may be necessary", "en")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("Each State Party shall consider adopting", "en")), LX_CONSIDER);
  assert_int_equal(texts_cue_level(texts_cues("States Parties shall, subject to their domestic law, endeavour to expedite", "en")), LX_ENDEAVOUR);
  assert_int_equal(texts_cue_level(texts_cues("each State Party shall seek to apply paragraph 1", "en")), LX_ENDEAVOUR);
  assert_int_equal(texts_cue_level(texts_cues("States Parties may consider the possibility", "en")), LX_OPTIONAL);
  assert_int_equal(texts_cue_level(texts_cues("States Parties may not refuse a request", "en")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("shall take appropriate measures ... to seek to ensure", "en")), LX_MANDATORY);
  assert_int_equal(texts_cues("offences that organised criminal groups have committed or may commit;", "en"), 0);
  assert_int_equal(texts_cues("such measures as may be necessary", "en"), 0);
  assert_int_equal(texts_cues("seek, where appropriate, to conclude", "en"), TEXTS_CUE_BARE_ENDEAVOUR);
  unsigned mixed = texts_cues("shall ensure that ... and, to that end, shall consider the establishment", "en");
  assert_int_equal(mixed, (1u << LX_MANDATORY) | (1u << LX_CONSIDER));
  /* French */
  assert_int_equal(texts_cue_level(texts_cues("Chaque \xc3\x89tat partie adopte les mesures", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("Chaque \xc3\x89tat partie envisage d'adopter", "fr")), LX_CONSIDER);
  assert_int_equal(texts_cue_level(texts_cues("chaque \xc3\x89tat partie s'efforce d'appliquer", "fr")), LX_ENDEAVOUR);
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats parties mettent tout en \xc5\x93uvre", "fr")), LX_ENDEAVOUR);
  assert_int_equal(texts_cue_level(texts_cues("un \xc3\x89tat partie peut \xc3\xa9galement \xc3\xa9tablir", "fr")), LX_OPTIONAL);
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats parties peuvent envisager", "fr")), LX_OPTIONAL);
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats parties ne peuvent invoquer le secret bancaire", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("chaque \xc3\x89tat partie veille \xc3\xa0 ce que", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cues("Si un \xc3\x89tat partie d\xc3\xa9\x63ide de subordonner", "fr"), 0);
  assert_int_equal(texts_cues("no cue words here", "es"), 0);
}

static void test_levels_of_the_english_text(void **state) {
  (void)state;
  const lx_texts *en = ruleset_texts(&g.rs, "untoc", "en");
  assert_non_null(en);
  int *lv = malloc(en->nprovisions * sizeof *lv);
  unsigned *cues = malloc(en->nprovisions * sizeof *cues);
  texts_levels(en, NULL, lv, cues);
  assert_int_equal(level_of(en, lv, "untoc:5.1"), LX_MANDATORY);
  assert_int_equal(level_of(en, lv, "untoc:5.1.a.ii.b"), LX_MANDATORY);   /* from the chapeau */
  assert_int_equal(level_of(en, lv, "untoc:6.2"), LX_MANDATORY);          /* from its parts */
  assert_int_equal(level_of(en, lv, "untoc:6.2.a"), LX_ENDEAVOUR);
  assert_int_equal(level_of(en, lv, "untoc:8.2"), LX_CONSIDER);
  assert_int_equal(level_of(en, lv, "untoc:12.7"), LX_OPTIONAL);          /* may consider */
  assert_int_equal(level_of(en, lv, "untoc:15.2.c.i"), LX_OPTIONAL);
  assert_int_equal(level_of(en, lv, "untoc:16.5.a"), LX_MANDATORY);
  assert_int_equal(level_of(en, lv, "untoc:16.5.b"), LX_ENDEAVOUR);      /* "shall: ... seek" */
  assert_int_equal(level_of(en, lv, "untoc:13.3.a"), LX_MANDATORY);      /* "shall contain: ... to seek an order" */
  assert_int_equal(level_of(en, lv, "untoc:16.15"), LX_MANDATORY);       /* may not refuse */
  assert_int_equal(level_of(en, lv, "untoc:17"), LX_OPTIONAL);
  assert_int_equal(level_of(en, lv, "untoc:26.1.a.iii"), LX_MANDATORY);
  assert_int_equal(level_of(en, lv, "untoc:1"), TEXTS_LEVEL_NONE);
  assert_int_equal(level_of(en, lv, "untoc:3.2.a"), TEXTS_LEVEL_NONE);
  int i = texts_find(en, "untoc:7.1.b");
  assert_int_equal(cues[i], (1u << LX_MANDATORY) | (1u << LX_CONSIDER));
  /* an entry covers the sub-paragraphs; a nested entry wins */
  int *ov = malloc(en->nprovisions * sizeof *ov);
  for (size_t k = 0; k < en->nprovisions; k++) ov[k] = TEXTS_LEVEL_UNSET;
  ov[texts_find(en, "untoc:2")] = TEXTS_LEVEL_NONE;
  ov[texts_find(en, "untoc:32")] = TEXTS_LEVEL_NONE;
  ov[texts_find(en, "untoc:32.5")] = LX_MANDATORY;
  ov[texts_find(en, "untoc:13.6")] = LX_MANDATORY;
  texts_levels(en, ov, lv, cues);
  assert_int_equal(level_of(en, lv, "untoc:2.b"), TEXTS_LEVEL_NONE);
  assert_int_equal(level_of(en, lv, "untoc:2"), TEXTS_LEVEL_NONE);
  assert_int_equal(level_of(en, lv, "untoc:32.3.a"), TEXTS_LEVEL_NONE);
  assert_int_equal(level_of(en, lv, "untoc:32.5"), LX_MANDATORY);
  assert_int_equal(level_of(en, lv, "untoc:13.6"), LX_MANDATORY);
  i = texts_find(en, "untoc:13.6");
  assert_int_equal(cues[i], (1u << LX_MANDATORY) | (1u << LX_CONSIDER));  /* its words, and the entry */
  free(ov);
  free(lv);
  free(cues);
}

static void test_levels_of_the_french_text(void **state) {
  (void)state;
  const lx_texts *fr = ruleset_texts(&g.rs, "untoc", "fr");
  assert_non_null(fr);
  int *lv = malloc(fr->nprovisions * sizeof *lv);
  texts_levels(fr, NULL, lv, NULL);
  assert_int_equal(level_of(fr, lv, "untoc:5.1"), LX_MANDATORY);
  assert_int_equal(level_of(fr, lv, "untoc:5.1.a.i"), LX_MANDATORY);
  assert_int_equal(level_of(fr, lv, "untoc:6.2.a"), LX_ENDEAVOUR);
  assert_int_equal(level_of(fr, lv, "untoc:8.2"), LX_CONSIDER);
  assert_int_equal(level_of(fr, lv, "untoc:12.6"), LX_MANDATORY);
  assert_int_equal(level_of(fr, lv, "untoc:12.7"), LX_OPTIONAL);
  assert_int_equal(level_of(fr, lv, "untoc:15.2"), LX_OPTIONAL);
  assert_int_equal(level_of(fr, lv, "untoc:18.8"), LX_MANDATORY);
  assert_int_equal(level_of(fr, lv, "untoc:30.2"), LX_ENDEAVOUR);
  assert_int_equal(level_of(fr, lv, "untoc:31.1"), LX_ENDEAVOUR);
  free(lv);
}

/* rules/untoc/levels.lua names provisions of the text, with known levels. */
static void test_pack_levels_file(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  char path[4096];
  snprintf(path, sizeof path, "%s/rules/untoc/levels.lua", root);
  data_error err;
  data_value *v = data_parse_file(path, &err);
  if (!v) fail_msg("%s:%d: %s", path, err.line, err.message);
  const lx_texts *en = ruleset_texts(&g.rs, "untoc", "en");
  assert_int_equal(v->kind, DATA_TABLE);
  assert_true(v->u.table.n > 0);
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    const char *lv = data_str(f->value);
    if (!f->key || texts_find(en, f->key) < 0) fail_msg("levels.lua:%d: no provision %s", f->line, f->key ? f->key : "?");
    if (!lv || (strcmp(lv, "none") && lx_level_parse(lv) < 0)) fail_msg("levels.lua:%d: bad level", f->line);
  }
  assert_string_equal(data_str(data_get(v, "untoc:2")), "none");
  assert_string_equal(data_str(data_get(v, "untoc:12.8")), "none");
  data_free(v);
  /* it is data, not a rule file */
  for (size_t r = 0; r < g.rs.n; r++) assert_null(strstr(g.rs.rules[r].file ? g.rs.rules[r].file : "", "levels.lua"));
}

/*
** The rules quote the official text
*/

/* Is s (at p) a sub-paragraph marker: "(a)", "(ii)", "a)", "ii)", "a."?
** Returns its length, or 0.  (Quotations are checked against a paragraph,
** whose text holds no paragraph number.) */
static size_t marker_at(const char *s, const char *p) {
  if (p > s && p[-1] != ' ' && p[-1] != '\n' && p[-1] != '\t') return 0;   /* a marker starts a word, or a line */
  const char *q = p;
  int paren = *q == '(';
  if (paren) q++;
  size_t l = 0;
  while (q[l] >= 'a' && q[l] <= 'z') l++;
  if (l == 0 || l > 4) return 0;
  char close = q[l];
  if (paren ? close != ')' : !(close == ')' || (close == '.' && l == 1))) return 0;
  if (q[l + 1] != ' ' && q[l + 1] != '\0' && q[l + 1] != ',') return 0;
  return (size_t)(q - p) + l + 1;
}

/* s with whitespace (and U+00A0) collapsed, each marker replaced by '|'. */
static char *normalize(const char *s) {
  char *out = malloc(strlen(s) + 2);
  size_t o = 0;
  for (const char *p = s; *p;) {
    if (*p == ' ' || *p == '\n' || *p == '\t' || (p[0] == '\xc2' && p[1] == '\xa0')) {
      if (o && out[o - 1] != ' ' && out[o - 1] != '|') out[o++] = ' ';
      p += *p == '\xc2' ? 2 : 1;
      continue;
    }
    size_t m = marker_at(s, p);
    if (m) {
      while (o && out[o - 1] == ' ') o--;
      out[o++] = '|';
      p += m;
      while (*p == ' ') p++;
      continue;
    }
    out[o++] = *p++;
  }
  while (o && out[o - 1] == ' ') o--;
  out[o] = '\0';
  return out;
}

/* Does every piece of quote between markers appear in text, in order? */
static const char *quote_mismatch(const char *quote, const char *text) {
  static char piece[512];
  char *q = normalize(quote), *t = normalize(text);
  /* the text without its markers, pieces joined by a blank */
  size_t o = 0;
  for (size_t i = 0; t[i]; i++) {
    if (t[i] == '|') { if (o && t[o - 1] != ' ') t[o++] = ' '; continue; }
    if (t[i] == ' ' && o && t[o - 1] == ' ') continue;
    t[o++] = t[i];
  }
  t[o] = '\0';
  const char *at = t, *bad = NULL;
  for (char *s = q; s && !bad;) {
    char *bar = strchr(s, '|');
    if (bar) *bar = '\0';
    while (*s == ' ') s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == ' ') s[--n] = '\0';
    if (n) {
      const char *hit = strstr(at, s);
      if (!hit) { snprintf(piece, sizeof piece, "%s", s); bad = piece; }
      else at = hit + n;
    }
    s = bar ? bar + 1 : NULL;
  }
  free(q);
  free(t);
  return bad;
}

/* The provision a quote is checked against: the paragraph holding ref (the
** article itself for an article without numbered paragraphs). */
static int paragraph_of(const lx_texts *t, int i) {
  while (i >= 0 && t->provisions[i].parent >= 0 && t->provisions[t->provisions[i].parent].parent >= 0)
    i = t->provisions[i].parent;
  int art = i >= 0 ? t->provisions[i].parent : -1;
  const char *last = strrchr(t->provisions[i].ref, '.');
  if (art >= 0 && last && !(last[1] >= '0' && last[1] <= '9')) i = art;   /* untoc:23.a: in art. 23 */
  return i;
}

/* Check the quotations of every rule of instrument in the languages
** qlangs (those of its official text) against the pack's texts; problems
** are appended, the number of quotations checked added to *checked.
** Returns the number of problems. */
static int check_pack_quotes(const lx_ruleset *rs, const char *instrument, const char *const *qlangs, int nq,
                             strbuf *problems, int *checked) {
  int nproblems = 0;
  size_t il = strlen(instrument);
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *ru = &rs->rules[r];
    if (!ru->ref || strncmp(ru->ref, instrument, il) != 0 || ru->ref[il] != ':') continue;
    for (int l = 0; l < nq; l++) {
      const char *quote = !strcmp(qlangs[l], "en") ? ru->text.en : !strcmp(qlangs[l], "fr") ? ru->text.fr : ru->text.es;
      if (!quote) continue;
      const lx_texts *t = ruleset_texts(rs, instrument, qlangs[l]);
      assert_non_null(t);
      int i = texts_find(t, ru->ref);
      if (i < 0) {
        char art[8];
        lx_ref_article(ru->ref, art, sizeof art);
        if (strcmp(qlangs[l], "es") == 0 && atoi(art) >= 34) continue;   /* the Spanish copy of UNTOC stops there */
        sb_printf(problems, "  %s:%d: %s (%s): %s is not a provision of the official text\n",
                  ru->file, ru->line, ru->id, qlangs[l], ru->ref);
        nproblems++;
        continue;
      }
      char *all = texts_full_text(t, paragraph_of(t, i));
      const char *bad = quote_mismatch(quote, all);
      (*checked)++;
      if (bad) {
        sb_printf(problems, "  %s:%d: %s (%s): \"%s\" is not in the official text of %s\n",
                  ru->file, ru->line, ru->id, qlangs[l], bad, t->provisions[paragraph_of(t, i)].ref);
        nproblems++;
      }
      free(all);
    }
  }
  return nproblems;
}

/* Fail with the list of problems (freed) if there is any; some quotation
** must have been checked. */
static void assert_quotes_match(int nproblems, strbuf *problems, int checked) {
  if (nproblems) {
    fprintf(stderr, "%d of the rules' quotations do not match the official text:\n%s", nproblems, problems->s);
    sb_free(problems);
    fail_msg("quotations that do not match the official text");
  }
  sb_free(problems);
  assert_true(checked > 0);
}

static void test_rules_quote_the_official_text(void **state) {
  (void)state;
  strbuf problems;
  sb_init(&problems);
  int checked = 0, nproblems = check_pack_quotes(&g.rs, "untoc", langs, 3, &problems, &checked);
  const char *const fr[] = { "fr" };
  const char *const directives[] = { "eu-2004-80", "eu-2004-81", "eu-2004-82" };
  for (int i = 0; i < 3; i++) nproblems += check_pack_quotes(&g.rs, directives[i], fr, 1, &problems, &checked);
  assert_quotes_match(nproblems, &problems, checked);
}

/* The Cybercrime Convention's rules quote its French official text; their
** English wording is an unofficial translation and is not checked. */
static void test_cybercrime_rules_quote_the_french_text(void **state) {
  (void)state;
  char path[4096];
  snprintf(path, sizeof path, "%s/rules", getenv("LEXGAP_ROOT"));
  const char *only[] = { "cybercrime" };
  lx_ruleset rs;
  diag_list d;
  diag_init(&d);
  if (ruleset_load(&rs, g.sb, path, only, 1, &d) != 0) { diag_print(&d, stderr); fail_msg("the cybercrime pack does not load"); }
  diag_free(&d);
  const char *const fr[] = { "fr" };
  strbuf problems;
  sb_init(&problems);
  int checked = 0, nproblems = check_pack_quotes(&rs, "cybercrime", fr, 1, &problems, &checked);
  ruleset_free(&rs, g.sb);
  assert_quotes_match(nproblems, &problems, checked);
}

/* The check itself: markers aside, whitespace aside, in order. */
static void test_quote_check_catches_misquotes(void **state) {
  (void)state;
  const char *text = "Each State Party shall adopt:  (a) the first thing; (b) the second (c) thing.";
  assert_null(quote_mismatch("Each State Party shall adopt: (b) the second", text));
  assert_null(quote_mismatch("Each State Party  shall\xc2\xa0" "adopt: b) the second (c) thing.", text));
  assert_non_null(quote_mismatch("Each State Party shall adopt: (b) the 2nd", text));
  assert_non_null(quote_mismatch("(b) the second: (a) the first thing;", text));  /* order */
  assert_null(quote_mismatch("Each State Party shall adopt:\n(a) the first thing;\n(b) the second", text));   /* markers at line starts */
  assert_non_null(quote_mismatch("Each State Party shall adopt: [\xe2\x80\xa6] (a) the first thing;", text));  /* the data file's " [...] " is not the text */
}

/*
** The EU directives: chapters, « Article premier », the place and date that
** close an act, recitals before article 1, the exceptions after a list
*/

static void test_chapter_headings_and_closing_formula(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  const char *text =
    "DIRECTIVE 2004/99/CE DU CONSEIL\n\nconsidérant ce qui suit:\n\n(1)\n\nLes États membres devraient agir.\n\n"
    "A ARRÊTÉ LA PRÉSENTE DIRECTIVE:\n\nCHAPITRE I\n\nDISPOSITIONS GÉNÉRALES\n\nArticle premier\n\nObjet\n\n"
    "La présente directive a un objet.\n\nCHAPITRE II\n\nPROCÉDURE\n\nArticle 2\n\nDevoir\n\n"
    "Les États membres veillent à tout.\n\nChapitre III Dispositions finales\n\nArticle 3\n\nDestinataires\n\n"
    "Les États membres sont destinataires de la présente directive.\n\nFait à Luxembourg, le 29 avril 2004.\n\n"
    "Par le Conseil\n\nLe président\n\n(1) JO C 45 E du 25.2.2003, p. 69.\n";
  parse_string(text, "fr", &t, &d, 0);
  assert_int_equal(d.n, 0);
  assert_int_equal(t.narticles, 3);
  assert_string_equal(t.articles[0].number, "1");
  assert_string_equal(t.articles[0].title, "Objet");
  assert_string_equal(words(&t, "untoc:1"), "La présente directive a un objet.");           /* no chapter heading */
  assert_string_equal(words(&t, "untoc:2"), "Les États membres veillent à tout.");
  assert_string_equal(words(&t, "untoc:3"), "Les États membres sont destinataires de la présente directive.");
  for (size_t i = 0; i < t.nprovisions; i++) {                  /* recitals are not provisions */
    assert_null(strstr(t.provisions[i].text, "devraient"));
    assert_null(strstr(t.provisions[i].text, "Fait à"));
  }
  texts_free(&t);
  diag_free(&d);
}

static void test_markers_after_closing_words(void **state) {
  (void)state;
  lx_texts t;
  diag_list d;
  parse_string("Article 11\n\nAutres dispositions\n\n1.   Les informations sont rédigées:\n\na)\n\ndans une langue, ou\n\nb)\n\n"
               "dans une autre;\n\nà l'exception\n\ni)\n\ndes décisions;\n\nii)\n\ndes procès-verbaux.\n\n2.   Suite.\n", "fr", &t, &d, 0);
  assert_int_equal(d.n, 0);
  assert_int_equal(texts_find(&t, "untoc:11.1.i"), -1);
  assert_int_equal(texts_find(&t, "untoc:11.1.b.i"), -1);
  int i = texts_find(&t, "untoc:11.1");
  assert_string_equal(t.provisions[i].tail, "à l'exception i) des décisions; ii) des procès-verbaux.");
  assert_string_equal(words(&t, "untoc:11.1.b"), "dans une autre;");
  assert_string_equal(words(&t, "untoc:11.2"), "Suite.");
  texts_free(&t);
  diag_free(&d);
}

/* The three directives parse without a problem into the shipped files, with
** the structure their articles have. */
static void test_eu_directives(void **state) {
  (void)state;
  if (!g.have_shared) skip();
  static const struct { const char *file, *id; size_t articles; } eu[] = {
    { "eu-dir-2004-80.fr.txt", "eu-2004-80", 21 },
    { "eu-dir-2004-81.fr.txt", "eu-2004-81", 19 },
    { "eu-dir-2004-82.fr.txt", "eu-2004-82", 9 },
  };
  lx_texts t[3];
  for (int k = 0; k < 3; k++) {
    char path[4096];
    shared_path(eu[k].file, path, sizeof path);
    diag_list d;
    diag_init(&d);
    if (texts_parse_file(path, eu[k].id, "fr", &t[k], &d) != 0) { diag_print(&d, stderr); fail_msg("%s does not parse", path); }
    /* the one warning: art. 12 of 2004/80 has no title in the Official Journal */
    for (size_t w = 0; w < d.n; w++) assert_non_null(strstr(d.items[w].message, "article 12 has no title"));
    diag_free(&d);
    assert_int_equal(t[k].narticles, eu[k].articles);
    for (size_t i = 0; i < t[k].nprovisions; i++) {
      const char *s = t[k].provisions[i].text, *tail = t[k].provisions[i].tail ? t[k].provisions[i].tail : "";
      if (strstr(s, "CHAPITRE") || strstr(s, "Journal officiel de l'Union européenne L") || strstr(s, "Fait à")
          || strstr(tail, "CHAPITRE") || strstr(tail, "Fait à"))
        fail_msg("%s: %s holds words that are not the provision's: \"%.80s\"", eu[k].id, t[k].provisions[i].ref, s);
    }
    const lx_texts *shipped = ruleset_texts(&g.rs, eu[k].id, "fr");
    if (!shipped) fail_msg("rules/%s/texts/fr.lua is not loaded", eu[k].id);
    assert_same_texts(&t[k], shipped);
  }
  assert_string_equal(t[0].articles[0].title, "Droit d'introduire la demande dans l'État membre de résidence");
  assert_string_equal(words(&t[0], "eu-2004-80:21"), "Les États membres sont destinataires de la présente directive.");
  int i = texts_find(&t[0], "eu-2004-80:11.1");
  assert_starts(t[0].provisions[i].tail, "à l'exception i) du texte intégral");
  assert_int_equal(texts_find(&t[0], "eu-2004-80:11.1.i"), -1);
  assert_ends(words(&t[0], "eu-2004-80:11.3"), "formalité équivalente.");
  assert_starts(words(&t[1], "eu-2004-81:3.3"), "La présente directive s'applique aux ressortissants de pays tiers visés");
  assert_ends(words(&t[1], "eu-2004-81:3.3"), "conformément aux conditions prévues par leur droit national.");  /* two subparagraphs */
  assert_string_equal(words(&t[1], "eu-2004-81:10.c"), "Lorsque le ressortissant d'un pays tiers est un mineur non accompagné, les États membres prennent les dispositions nécessaires pour établir son identité, sa nationalité et le fait qu'il n'est pas accompagné. Ils mettent tout en œuvre pour retrouver le plus rapidement possible sa famille, et prennent dans les plus brefs délais les dispositions nécessaires pour assurer sa représentation juridique, y compris, si nécessaire, dans le cadre de la procédure pénale, conformément au droit national.");
  assert_starts(words(&t[2], "eu-2004-82:3.2"), "Parmi ces renseignements figurent: le numéro et le type du document de voyage utilisé; la nationalité;");
  assert_ends(words(&t[2], "eu-2004-82:3.2"), "le point d'embarquement initial.");
  for (int k = 0; k < 3; k++) texts_free(&t[k]);
}

/* « État(s) membre(s) » is read as the subject of a duty, like « État(s)
** partie(s) »: the levels of the directives' French text. */
static void test_levels_of_the_directives(void **state) {
  (void)state;
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats membres veillent \xc3\xa0 ce que", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats membres garantissent aux ressortissants", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("l'\xc3\x89tat membre examine:", "fr")), LX_MANDATORY);
  assert_int_equal(texts_cue_level(texts_cues("Les \xc3\x89tats membres peuvent appliquer", "fr")), LX_OPTIONAL);
  assert_int_equal(texts_cues("Lorsque les \xc3\x89tats membres font usage de la possibilit\xc3\xa9", "fr"), 0);   /* a condition */
  assert_int_equal(texts_cues("La pr\xc3\xa9sente directive n'emp\xc3\xaa\x63he pas les \xc3\x89tats membres d'adopter", "fr"), 0);
  const lx_texts *fr = ruleset_texts(&g.rs, "eu-2004-81", "fr");
  if (!fr) fail_msg("rules/eu-2004-81/texts/fr.lua is not loaded");
  int *lv = malloc(fr->nprovisions * sizeof *lv);
  unsigned *cues = malloc(fr->nprovisions * sizeof *cues);
  texts_levels(fr, NULL, lv, cues);
  assert_int_equal(level_of(fr, lv, "eu-2004-81:3.1"), LX_MANDATORY);
  assert_int_equal(level_of(fr, lv, "eu-2004-81:3.2"), LX_OPTIONAL);
  assert_int_equal(level_of(fr, lv, "eu-2004-81:6.4"), LX_OPTIONAL);
  assert_int_equal(level_of(fr, lv, "eu-2004-81:8.1.b"), LX_MANDATORY);     /* from the chapeau */
  assert_int_equal(level_of(fr, lv, "eu-2004-81:14"), LX_OPTIONAL);
  assert_int_equal(level_of(fr, lv, "eu-2004-81:1"), TEXTS_LEVEL_NONE);
  int i = texts_find(fr, "eu-2004-81:10.c");                               /* a duty and « mettent tout en œuvre » */
  assert_int_equal(cues[i], (1u << LX_MANDATORY) | (1u << LX_ENDEAVOUR));
  free(lv);
  free(cues);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_articles_and_counts),
    cmocka_unit_test(test_titles_in_three_languages),
    cmocka_unit_test(test_markers_on_their_own_line),
    cmocka_unit_test(test_letters_after_romans),
    cmocka_unit_test(test_article_without_numbered_paragraphs),
    cmocka_unit_test(test_misprint_l_in_article_35),
    cmocka_unit_test(test_spanish_copy_ends_in_article_34),
    cmocka_unit_test(test_tail_after_sub_paragraphs),
    cmocka_unit_test(test_no_page_header_in_any_provision),
    cmocka_unit_test(test_page_headers_skipped_and_not_glued),
    cmocka_unit_test(test_two_markers_on_one_line),
    cmocka_unit_test(test_un_layout_and_annex_of_notes),
    cmocka_unit_test(test_cybercrime_text),
    cmocka_unit_test(test_misprint_only_opens_an_article),
    cmocka_unit_test(test_problems_are_reported),
    cmocka_unit_test(test_data_file_round_trip),
    cmocka_unit_test(test_shipped_texts_are_current),
    cmocka_unit_test(test_bad_data_files),
    cmocka_unit_test(test_ruleset_accessors),
    cmocka_unit_test(test_cue_words),
    cmocka_unit_test(test_levels_of_the_english_text),
    cmocka_unit_test(test_levels_of_the_french_text),
    cmocka_unit_test(test_pack_levels_file),
    cmocka_unit_test(test_quote_check_catches_misquotes),
    cmocka_unit_test(test_rules_quote_the_official_text),
    cmocka_unit_test(test_chapter_headings_and_closing_formula),
    cmocka_unit_test(test_markers_after_closing_words),
    cmocka_unit_test(test_eu_directives),
    cmocka_unit_test(test_levels_of_the_directives),
    cmocka_unit_test(test_cybercrime_rules_quote_the_french_text),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

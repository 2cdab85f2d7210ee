/*
 * questionnaire.c -- `lexgap questionnaire`: what an analyst must find out.
 *
 * The questions come from the facts the rules read (each rule's `facts`) and
 * the questions the profile schema attaches to them; each question lists the
 * provisions it serves.  Two products:
 *   - a blank profile (a valid data file): every fact present as a comment
 *     with its question and a template line to fill in.  Assessed as it is,
 *     every obligation is `unknown`, each pointing to its questions;
 *   - the same questions as a Markdown or HTML document to send to a ministry.
 */
#include "questionnaire.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "report.h"
#include "schema.h"
#include "strbuf.h"

/* Facts every assessment uses, whatever the rules declare. */
static const char *const context_facts[] = { "parties", "reservations", "notifications", "principles", "penalty_scale", NULL };

typedef struct {
  char *path;
  int *rules;          /* indexes of the rules that read it */
  int nrules;
} fact_entry;

typedef struct {
  fact_entry *facts;
  size_t n;
} fact_list;

static int by_path(const void *a, const void *b) {
  return strcmp(((const fact_entry *)a)->path, ((const fact_entry *)b)->path);
}

static fact_entry *fact_get(fact_list *l, const char *path) {
  for (size_t i = 0; i < l->n; i++) if (!strcmp(l->facts[i].path, path)) return &l->facts[i];
  fact_entry *grown = realloc(l->facts, (l->n + 1) * sizeof *grown);
  if (!grown) return NULL;
  l->facts = grown;
  fact_entry *e = &l->facts[l->n];
  memset(e, 0, sizeof *e);
  if (!(e->path = strdup(path))) return NULL;
  l->n++;
  return e;
}

/* Does a valid rule of one of the `answered` instruments read fact path? */
static int asked_by(const lx_ruleset *rs, const char *path, const questionnaire_answered *ans) {
  for (size_t r = 0; ans && r < rs->n; r++) {
    const lx_rule *rule = &rs->rules[r];
    int of = 0;
    for (int a = 0; a < ans->n; a++) if (!strcmp(rule->instrument, ans->ids[a])) of = 1;
    if (!of || rule->invalid) continue;
    for (int k = 0; k < rule->nfacts; k++) if (!strcmp(rule->facts[k], path)) return 1;
  }
  return 0;
}

/* The facts read by the valid rules of instrument (NULL: all), with the
** rules that read each, less those the rules of the `answered` instruments
** already read (a profile filled for them answers those); plus the context
** facts. */
static int collect(const lx_ruleset *rs, const char *instrument, const questionnaire_answered *ans, fact_list *out) {
  memset(out, 0, sizeof *out);
  for (int i = 0; context_facts[i]; i++) if (!fact_get(out, context_facts[i])) return -1;
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *rule = &rs->rules[r];
    if (rule->invalid || (instrument && strcmp(rule->instrument, instrument) != 0)) continue;
    for (int k = 0; k < rule->nfacts; k++) {
      if (asked_by(rs, rule->facts[k], ans)) continue;
      fact_entry *e = fact_get(out, rule->facts[k]);
      if (!e) return -1;
      int *grown = realloc(e->rules, (size_t)(e->nrules + 1) * sizeof *grown);
      if (!grown) return -1;
      e->rules = grown;
      e->rules[e->nrules++] = (int)r;
    }
  }
  qsort(out->facts, out->n, sizeof *out->facts, by_path);
  return 0;
}

static void facts_free(fact_list *l) {
  for (size_t i = 0; i < l->n; i++) { free(l->facts[i].path); free(l->facts[i].rules); }
  free(l->facts);
}

/* "UNTOC art. 15(1)(a), art. 15(1)(b)": the provisions a fact serves. */
static void served(const lx_ruleset *rs, const fact_entry *e, const char *lang, char *buf, size_t size) {
  size_t n = 0;
  buf[0] = '\0';
  for (int i = 0; i < e->nrules && n + 4 < size; i++) {
    const lx_rule *r = &rs->rules[e->rules[i]];
    char ref[200];
    lx_ref_display(rs, r->ref, lang, ref, sizeof ref);
    /* skip a repeat of the same provision (two clauses of one paragraph) */
    if (strstr(buf, ref)) continue;
    n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ", " : "", ref);
  }
}

static const char *pick(const char *en, const char *fr, const char *lang) {
  return (lang && !strcmp(lang, "fr") && fr) ? fr : (en ? en : fr);
}

/* What templates put where the model leaves a value open: today's date,
** the instrument asked about, the first provision its rules encode. */
static schema_placeholders placeholders(const lx_ruleset *rs, const char *instrument, const char *today,
                                        const char *lang) {
  schema_placeholders ph = { today, instrument ? instrument : "untoc", NULL, lang };
  if (!instrument && rs->ninstruments) ph.instrument = rs->instruments[0].id;
  for (size_t i = 0; !ph.ref && i < rs->n; i++)
    if (!rs->rules[i].invalid && rs->rules[i].ref && !strcmp(rs->rules[i].instrument, ph.instrument)) ph.ref = rs->rules[i].ref;
  if (!ph.ref) ph.ref = "untoc:1";
  return ph;
}

/* The commented template line of a fact: "-- name = value, -- hint". */
static void template_line(FILE *f, int indent, const lx_ruleset *rs, const char *path, const char *name,
                          const schema_placeholders *ph) {
  strbuf value, hint;
  sb_init(&value);
  sb_init(&hint);
  if (schema_template(rs->schema, path, ph, &value, &hint) == 0 && !sb_failed(&value) && !sb_failed(&hint)) {
    /* a key that is no Lua name ("eu-2004-80") is written ["..."] */
    int bare = (*name == '_' || (*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z')) &&
               !name[strspn(name, "_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")];
    fprintf(f, bare ? "%*s-- %s = %s,%s%s\n" : "%*s-- [\"%s\"] = %s,%s%s\n", indent, "", name, value.s,
            hint.len ? " -- " : "", hint.s);
  }
  sb_free(&value);
  sb_free(&hint);
}

/* A section's heading: its title in the model, else its key with spaces. */
static void section_title(const lx_ruleset *rs, const char *section, const char *lang, char *buf, size_t size) {
  schema_fact sf;
  const char *t = schema_describe(rs->schema, section, &sf) == 0 ? pick(sf.title_en, sf.title_fr, lang) : NULL;
  if (t) { snprintf(buf, size, "%s", t); return; }
  snprintf(buf, size, "%s", section);
  for (char *p = buf; *p; p++) if (*p == '_') *p = ' ';
  if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Write the comment lines of a fact's question, indented. */
static void comment_question(FILE *f, int indent, const lx_ruleset *rs, const fact_entry *e, const schema_fact *sf,
                             const char *lang) {
  const char *q = pick(sf->question_en, sf->question_fr, lang);
  const char *doc = pick(sf->doc_en, sf->doc_fr, lang);
  char serves[2000];
  served(rs, e, lang, serves, sizeof serves);
  fprintf(f, "%*s-- %s\n", indent, "", q ? q : (doc ? doc : e->path));
  if (q && doc) fprintf(f, "%*s--   %s\n", indent, "", doc);
  if (serves[0]) fprintf(f, "%*s--   %s %s\n", indent, "", lang && !strcmp(lang, "fr") ? "Sert :" : "Serves:", serves);
}

/* "Leaves out what the rules of UNTOC already ask" in lang, or "". */
static void answered_note(const lx_ruleset *rs, const questionnaire_answered *ans, const char *lang, char *buf, size_t size) {
  int fr = lang && !strcmp(lang, "fr");
  size_t len = 0;
  buf[0] = '\0';
  for (int a = 0; ans && a < ans->n && len < size; a++) {
    const lx_instrument *ins = ruleset_instrument(rs, ans->ids[a]);
    const char *name = ins ? report_pick(&ins->short_name, lang) : ans->ids[a];
    len += (size_t)snprintf(buf + len, size - len, "%s%s", a ? ", " : (fr ? "Ne reprend pas les faits que les règles de " : "Leaves out the facts the rules of "),
                            name && *name ? name : ans->ids[a]);
  }
  if (len && len < size)
    snprintf(buf + len, size - len, "%s", fr ? " demandent déjà : un profil rempli pour celles-ci y répond."
                                             : " already ask: a profile filled for them answers those.");
}

int questionnaire_profile(FILE *out, const lx_ruleset *rs, const char *instrument, const questionnaire_answered *ans,
                          const char *lang) {
  fact_list l;
  if (collect(rs, instrument, ans, &l) != 0) { facts_free(&l); return -1; }
  char note[512];
  answered_note(rs, ans, lang, note, sizeof note);
  int fr = lang && !strcmp(lang, "fr");
  char today[11];
  date_today(today);
  const lx_instrument *ins = instrument ? ruleset_instrument(rs, instrument) : NULL;
  fprintf(out, "-- %s%s%s\n", fr ? "Profil vierge" : "Blank profile",
          ins ? " — " : "", ins ? report_pick(&ins->title, lang) : "");
  fprintf(out, "-- %s `lexgap questionnaire%s%s", fr ? "Produit par" : "Produced by",
          instrument ? " --instrument " : "", instrument ? instrument : "");
  for (int a = 0; ans && a < ans->n; a++) fprintf(out, " --instrument %s", ans->ids[a]);
  fputs("`.\n--\n", out);
  if (note[0]) fprintf(out, "-- %s\n--\n", note);
  if (fr)
    fputs("-- Chaque fait figure en commentaire avec sa question et les dispositions qu'il sert.\n"
          "-- Pour répondre : ôter le « -- » de la ligne modèle et la compléter, en citant la disposition\n"
          "-- nationale (source). Un fait laissé en commentaire reste inconnu : les obligations qui en\n"
          "-- dépendent restent « inconnues » et leurs questions figurent dans le rapport.\n"
          "-- Modèle du profil : docs/profile.md.\n", out);
  else
    fputs("-- Every fact is here as a comment, with its question and the provisions it serves.\n"
          "-- To answer: remove the \"--\" of the template line and fill it in, citing the national\n"
          "-- provision (source).  A fact left as a comment stays unknown: the obligations that\n"
          "-- depend on it stay `unknown` and the report lists their questions.\n"
          "-- The profile model: docs/profile.md.\n", out);
  fprintf(out, "return {\n  profile_format = 1,\n  state = { code = \"XXX\", name = \"%s\" }, -- %s\n",
          fr ? "Nom de l'État" : "Name of the State",
          fr ? "code ISO 3166-1 alpha-3 de l'État (FRA, DEU...)" : "the State's ISO 3166-1 alpha-3 code (FRA, DEU...)");
  schema_placeholders ph = placeholders(rs, instrument, today, lang);
  fprintf(out, "  describes_law_as_of = \"%s\", -- %s\n", today,
          fr ? "date à laquelle le profil décrit le droit national" : "the date at which this profile describes national law");
  /* top-level sections in path order; a section with sub-facts becomes an
  ** (empty, hence valid) table holding their commented templates */
  for (size_t i = 0; i < l.n;) {
    const char *path = l.facts[i].path;
    size_t head = strcspn(path, ".");
    char section[128];
    snprintf(section, sizeof section, "%.*s", (int)head, path);
    size_t end = i;
    while (end < l.n && !strncmp(l.facts[end].path, section, head) &&
           (l.facts[end].path[head] == '.' || l.facts[end].path[head] == '\0')) end++;
    fputs("\n", out);
    if (end == i + 1 && path[head] == '\0') {
      schema_fact sf;
      if (schema_describe(rs->schema, path, &sf) == 0) {
        comment_question(out, 2, rs, &l.facts[i], &sf, lang);
        template_line(out, 2, rs, path, section, &ph);
      }
    } else {
      char title[256];
      section_title(rs, section, lang, title, sizeof title);
      fprintf(out, "  -- %s\n  %s = {\n", title, section);
      for (size_t k = i; k < end; k++) {
        const char *sub = l.facts[k].path + head;
        if (*sub != '.') continue;   /* the whole section is also read: its sub-facts carry the questions */
        schema_fact sf;
        if (schema_describe(rs->schema, l.facts[k].path, &sf) != 0) continue;
        comment_question(out, 4, rs, &l.facts[k], &sf, lang);
        template_line(out, 4, rs, l.facts[k].path, sub + 1, &ph);
      }
      fputs("  },\n", out);
    }
    i = end;
  }
  fputs("}\n", out);
  facts_free(&l);
  fflush(out);
  return ferror(out) ? -1 : 0;
}

/* ---------------------------------------------------------------------- */
/* The document to send to a ministry                                      */
/* ---------------------------------------------------------------------- */


int questionnaire_document(FILE *out, const lx_ruleset *rs, const char *instrument, const questionnaire_answered *ans,
                           const char *lang, int html) {
  fact_list l;
  if (collect(rs, instrument, ans, &l) != 0) { facts_free(&l); return -1; }
  char note[512];
  answered_note(rs, ans, lang, note, sizeof note);
  int fr = lang && !strcmp(lang, "fr");
  const lx_instrument *ins = instrument ? ruleset_instrument(rs, instrument) : NULL;
  const char *title = fr ? "Questionnaire" : "Questionnaire";
  const char *ititle = ins ? report_pick(&ins->title, lang) : "";
  const char *intro = fr
    ? "Pour chaque question, indiquer la réponse et la disposition nationale qui la fonde (texte, article, date d'entrée en vigueur), avec les références utiles (jurisprudence, lien officiel). Les réponses alimentent le profil du pays (voir le profil vierge produit par `lexgap questionnaire --format profile`)."
    : "For each question, give the answer and the national provision it rests on (instrument, article, date of entry into force), with useful references (case law, official link). The answers fill the country profile (see the blank profile produced by `lexgap questionnaire --format profile`).";
  if (html) {
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s — ", fr ? "fr" : "en", title);
    report_html_escape(out, ititle);
    fputs("</title>\n<style>body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
          "h1,h2{font-family:Arial,sans-serif}li{margin:.8rem 0}.fact{font-family:monospace;color:#4a4a4a}"
          ".answer{border-bottom:1px solid #999;min-height:3.2rem;margin-top:.3rem}"
          "@media print{li{break-inside:avoid}}</style>\n</head>\n<body>\n<h1>", out);
    report_html_escape(out, title);
    fputs(": ", out);
    report_html_escape(out, ititle);
    fputs("</h1>\n<p>", out);
    report_html_escape(out, intro);
    fputs("</p>\n", out);
    if (note[0]) { fputs("<p>", out); report_html_escape(out, note); fputs("</p>\n", out); }
  } else {
    fprintf(out, "# %s: ", title);
    report_md_escape(out, ititle);
    fputs("\n\n", out);
    report_md_escape(out, intro);
    fputs("\n", out);
    if (note[0]) { fputs("\n", out); report_md_escape(out, note); fputs("\n", out); }
  }
  int number = 0;
  char current[128] = "";
  for (size_t i = 0; i < l.n; i++) {
    schema_fact sf;
    if (schema_describe(rs->schema, l.facts[i].path, &sf) != 0) continue;
    size_t head = strcspn(l.facts[i].path, ".");
    char section[128];
    snprintf(section, sizeof section, "%.*s", (int)head, l.facts[i].path);
    /* a section read whole and also through sub-facts: ask the sub-facts */
    if (l.facts[i].path[head] == '\0' && i + 1 < l.n && !strncmp(l.facts[i + 1].path, section, head) && l.facts[i + 1].path[head] == '.')
      continue;
    if (strcmp(section, current)) {
      char heading[256];
      section_title(rs, section, lang, heading, sizeof heading);
      if (html) { if (current[0]) fputs("</ol>\n", out); fputs("<h2>", out); report_html_escape(out, heading); fprintf(out, "</h2>\n<ol start=\"%d\">\n", number + 1); }
      else { fputs("\n## ", out); report_md_escape(out, heading); fputs("\n\n", out); }
      snprintf(current, sizeof current, "%s", section);
    }
    number++;
    const char *q = pick(sf.question_en, sf.question_fr, lang);
    const char *doc = pick(sf.doc_en, sf.doc_fr, lang);
    char serves[2000];
    served(rs, &l.facts[i], lang, serves, sizeof serves);
    if (html) {
      fputs("<li><p>", out);
      report_html_escape(out, q ? q : doc ? doc : l.facts[i].path);
      fputs("</p>", out);
      if (q && doc) { fputs("<p><small>", out); report_html_escape(out, doc); fputs("</small></p>", out); }
      if (serves[0]) { fputs("<p><small>", out); report_html_escape(out, fr ? "Dispositions : " : "Provisions: "); report_html_escape(out, serves); fputs("</small></p>", out); }
      fputs("<p class=\"fact\">", out);
      report_html_escape(out, l.facts[i].path);
      fputs("</p><div class=\"answer\"></div></li>\n", out);
    } else {
      fprintf(out, "%d. ", number);
      report_md_escape(out, q ? q : doc ? doc : l.facts[i].path);
      fputs("\n", out);
      if (q && doc) { fputs("   - ", out); report_md_escape(out, doc); fputs("\n", out); }
      if (serves[0]) { fputs(fr ? "   - Dispositions : " : "   - Provisions: ", out); report_md_escape(out, serves); fputs("\n", out); }
      fputs("   - `", out);
      fputs(l.facts[i].path, out);
      fputs(fr ? "`\n   - Réponse et source :\n\n" : "`\n   - Answer and source:\n\n", out);
    }
  }
  if (html) fputs(current[0] ? "</ol>\n</body>\n</html>\n" : "</body>\n</html>\n", out);
  facts_free(&l);
  fflush(out);
  return ferror(out) ? -1 : 0;
}

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

/* The facts read by the valid rules of instrument (NULL: all), with the
** rules that read each; plus the context facts. */
static int collect(const lx_ruleset *rs, const char *instrument, fact_list *out) {
  memset(out, 0, sizeof *out);
  for (int i = 0; context_facts[i]; i++) if (!fact_get(out, context_facts[i])) return -1;
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *rule = &rs->rules[r];
    if (rule->invalid || (instrument && strcmp(rule->instrument, instrument) != 0)) continue;
    for (int k = 0; k < rule->nfacts; k++) {
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

/* The line a jurist fills in for a fact of this type. */
static const char *template_for(const schema_fact *sf) {
  if (!strcmp(sf->type, "measure"))
    return "{ adopted = true, source = \"\", from = \"YYYY-MM-DD\", note = \"\" }, -- adopted: true, false or \"partly\" (then missing = { ... })";
  if (!strcmp(sf->type, "offence_scope"))
    return "{ scope = \"all_offences\" }, -- scope: all_offences, threshold (threshold_prison_years = N) or list (offences = { \"id\", ... })";
  if (!strcmp(sf->kind, "map"))
    return "{ id = { name = \"\", source = \"\", from = \"YYYY-MM-DD\", max_prison_years = 0, conduct = { } } },";
  if (!strcmp(sf->kind, "list")) return "{ { ... } },";
  if (!strcmp(sf->kind, "boolean")) return "true, -- true or false";
  if (!strcmp(sf->kind, "date")) return "\"YYYY-MM-DD\",";
  if (!strcmp(sf->kind, "number") || !strcmp(sf->kind, "integer")) return "0,";
  if (!strcmp(sf->kind, "record")) return "{ },";
  return "\"\",";
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

int questionnaire_profile(FILE *out, const lx_ruleset *rs, const char *instrument, const char *lang) {
  fact_list l;
  if (collect(rs, instrument, &l) != 0) { facts_free(&l); return -1; }
  int fr = lang && !strcmp(lang, "fr");
  char today[11];
  date_today(today);
  const lx_instrument *ins = instrument ? ruleset_instrument(rs, instrument) : NULL;
  fprintf(out, "-- %s%s%s\n", fr ? "Profil vierge" : "Blank profile",
          ins ? " — " : "", ins ? report_pick(&ins->title, lang) : "");
  fprintf(out, "-- %s `lexgap questionnaire%s%s`.\n--\n", fr ? "Produit par" : "Produced by",
          instrument ? " --instrument " : "", instrument ? instrument : "");
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
  fprintf(out, "return {\n  profile_format = 1,\n  state = { code = \"XXX\", name = \"%s\" },\n",
          fr ? "Nom de l'État" : "Name of the State");
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
        fprintf(out, "  -- %s = %s\n", section, template_for(&sf));
      }
    } else {
      fprintf(out, "  %s = {\n", section);
      for (size_t k = i; k < end; k++) {
        const char *sub = l.facts[k].path + head;
        if (*sub != '.') continue;   /* the whole section is also read: its sub-facts carry the questions */
        schema_fact sf;
        if (schema_describe(rs->schema, l.facts[k].path, &sf) != 0) continue;
        comment_question(out, 4, rs, &l.facts[k], &sf, lang);
        const char *key = sub + 1;   /* a key that is no Lua name ("eu-2004-80") is written ["..."] */
        int name = (*key == '_' || (*key >= 'a' && *key <= 'z') || (*key >= 'A' && *key <= 'Z')) && !key[strspn(key, "_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.")];
        fprintf(out, name ? "    -- %s = %s\n" : "    -- [\"%s\"] = %s\n", key, template_for(&sf));
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


int questionnaire_document(FILE *out, const lx_ruleset *rs, const char *instrument, const char *lang, int html) {
  fact_list l;
  if (collect(rs, instrument, &l) != 0) { facts_free(&l); return -1; }
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
  } else {
    fprintf(out, "# %s: ", title);
    report_md_escape(out, ititle);
    fputs("\n\n", out);
    report_md_escape(out, intro);
    fputs("\n", out);
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
      if (html) { if (current[0]) fputs("</ol>\n", out); fputs("<h2>", out); report_html_escape(out, section); fprintf(out, "</h2>\n<ol start=\"%d\">\n", number + 1); }
      else { fputs("\n## ", out); report_md_escape(out, section); fputs("\n\n", out); }
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

/*
 * report_json.c -- the JSON report (field names documented and stable: see
 * docs/report-json.md).  Written with json_writer.h, no document tree:
 * the bytes Jansson's json_dumps(JSON_INDENT(2) | JSON_PRESERVE_ORDER)
 * made of the tree this file used to build, one assessment at a time as it
 * is finished, so that a batch's report streams in flat memory.
 */
#include "report.h"
#include "json_writer.h"
#include "report_transposition.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>


#define REPORT_FORMAT 1

/* What a rule contributes to every finding of it, the same in every
** assessment for the same status: written once per document, then copied
** (json_writer.h fragments).  A fragment is found by its rule's address
** and its slot, and its bytes depend on nothing else: */
enum {
  FRAG_HEAD = 0,                          /* id ... serves, for status s and the reservation
                                          ** flag r: slot FRAG_HEAD + 2 * s + r */
  FRAG_TAIL = FRAG_HEAD + 2 * LX_NSTATUS, /* provision_text ... rule, and "error": null */
  FRAG_SERVED,                            /* an entry of served_by, for status s: slot FRAG_SERVED + s */
  FRAG_SLOTS = FRAG_SERVED + LX_NSTATUS
};

/* The fragments of one rule, in doc->records. */
typedef struct {
  jw_fragment frag[FRAG_SLOTS];
  unsigned char made[FRAG_SLOTS];
} rule_fragments;

/* Where a rule's fragments are: a slot of the table by rule address. */
typedef struct {
  const lx_rule *rule;          /* NULL: a free slot */
  size_t record;                /* its rule_fragments in doc->records */
} rule_slot;

/* The head of the i-th rating written last (scope, instrument, key,
** grade, title), kept for the next assessment's i-th rating: its group
** (from the rules) and, for each grade, its bytes. */
typedef struct {
  const lx_ruleset *rules;
  rating_scope scope;
  char instrument[32], key[32];   /* as lx_rating holds them */
  int grouped;                    /* the group above is set */
  jw_fragment frag[GRADE_NONE + 1];
  unsigned char made[GRADE_NONE + 1];
} rating_title;
_Static_assert(sizeof ((rating_title *)0)->instrument == sizeof ((lx_rating *)0)->instrument &&
               sizeof ((rating_title *)0)->key == sizeof ((lx_rating *)0)->key, "a rating's group as lx_rating holds it");

/* What a rating's members from "explanation" to the end of "coverage" are
** made of: every figure of lx_rating that rating_coverage,
** rating_explain_covered and the counts and coverage read (not its place:
** scope is the only part of its group they use).  Ratings with the same
** figures have the same bytes there, wherever they are. */
typedef struct {
  int scope, grade, rated, mandatory_settled, major, moderate, minor, unknown, errors;
  int articles[4], articles_unrated, withheld;
} rating_figures;

/* Those members for one set of figures, written once per document. */
typedef struct {
  rating_figures figures;
  jw_fragment frag;
  int used;                     /* 0: a free slot */
} figures_slot;

/* Ratings' figures kept at most (then written directly): a document of
** many States keeps its memory flat. */
#define FIGURES_MAX 4096

/* Members of every finding that are null or [] as often as not, each kept
** as its bytes where it is written (json_writer.h prepared members). */
enum {
  PREP_SERVED_BY, PREP_OPTION, PREP_MISSING, PREP_QUESTIONS, PREP_EVIDENCE,
  PREP_FACT, PREP_LABEL, PREP_SOURCE, PREP_URL, PREP_NOTE, PREP_FROM, PREP_REPEALED,
  PREP_COUNT
};

/* The most of a finding's members "option": null, "missing": [],
** "questions": [], "evidence": [] (in that order, from the first) written
** as one fragment: most findings have no option and nothing missing, many
** no question or evidence either. */
#define EMPTY_RUN_MAX 4

/* A finding's explanation as the transposition view wrote it, kept so
** that the finding itself copies its strings instead of escaping them
** again (the view comes first in an assessment; a row is a finding). */
typedef struct {
  size_t stamp;                 /* doc->stamp of the assessment it was kept in; 0 never */
  jw_span text[3];              /* en, fr, es in doc->explained (jw_languages_kept) */
} kept_explanation;

/* A JSON report being written (report_json_begin .. report_json_end). */
struct report_json_doc {
  strbuf out;                   /* text not yet handed to the file */
  strbuf store;                 /* the fragments' bytes */
  rule_slot *slots;             /* by rule address, open addressing; the rules
                                ** outlive the document (report.h) */
  size_t cap, used;
  rule_fragments *records;      /* records[0 .. used - 1], one per rule in slots */
  size_t records_cap;
  size_t count;                 /* assessments the document is to hold (announced) */
  int keep;                     /* another assessment follows the one being written:
                                ** fragments of its findings' rules are worth making */
  rating_title *titles;         /* by the rating's index in its list */
  size_t ntitles;
  figures_slot *figures;        /* by the figures' hash, open addressing */
  size_t figures_cap, figures_used;
  jw_prepared prepared[PREP_COUNT];   /* by PREP_ slot */
  jw_fragment empty_runs[EMPTY_RUN_MAX + 1];   /* by run length (empty_run_json) */
  unsigned char empty_run_made[EMPTY_RUN_MAX + 1];
  size_t stamp;                 /* assessments begun */
  strbuf explained;             /* the strings of this assessment's kept explanations */
  kept_explanation *kept;       /* by finding index, kept_cap of them */
  size_t kept_cap;
};

/* Hand what doc->out holds to f once it passes this.  In a batch, in big
** writes: each write to a file costs the kernel a fixed part besides its
** bytes (about 0.4 ms of system time a profile of France's size at 64 KiB),
** and the buffer, touched once, serves every profile.  For one report the
** memory the buffer would touch costs more than the writes it saves: the
** kernel zeroes every page a process first touches (about 0.5 ms of a cold
** `assess` at 1 MiB, measured), so a single report is handed over at 64 KiB. */
#define FLUSH_AT_BATCH (1024 * 1024)
#define FLUSH_AT_ONE (64 * 1024)

/* The slot of rule r in doc's table (r, or a free slot where r would go);
** NULL when the table is empty. */
static rule_slot *slot_of(const report_json_doc *doc, const lx_rule *r) {
  if (!doc->cap) return NULL;
  size_t h = ((uintptr_t)r >> 4) * 0x9E3779B97F4A7C15u % doc->cap;
  while (doc->slots[h].rule && doc->slots[h].rule != r) h = (h + 1) % doc->cap;
  return &doc->slots[h];
}

/* The fragments kept for rule r, or NULL if none were. */
static rule_fragments *fragments_found(const report_json_doc *doc, const lx_rule *r) {
  const rule_slot *s = slot_of(doc, r);
  return s && s->rule ? &doc->records[s->record] : NULL;
}

/* The fragments of rule r, added (none made yet) if absent; NULL if out of
** memory. */
static rule_fragments *fragments_of(report_json_doc *doc, const lx_rule *r) {
  rule_fragments *found = fragments_found(doc, r);
  if (found) return found;
  if (2 * (doc->used + 1) > doc->cap) {           /* at most half full */
    size_t cap = doc->cap ? doc->cap * 2 : 1024;
    rule_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return NULL;
    for (size_t i = 0; i < doc->cap; i++) {
      if (!doc->slots[i].rule) continue;
      size_t h = ((uintptr_t)doc->slots[i].rule >> 4) * 0x9E3779B97F4A7C15u % cap;
      while (slots[h].rule) h = (h + 1) % cap;
      slots[h] = doc->slots[i];
    }
    free(doc->slots);
    doc->slots = slots;
    doc->cap = cap;
  }
  if (doc->used == doc->records_cap) {
    size_t cap = doc->records_cap ? doc->records_cap * 2 : 256;
    rule_fragments *records = realloc(doc->records, cap * sizeof *records);
    if (!records) return NULL;
    doc->records = records;
    doc->records_cap = cap;
  }
  rule_slot *s = slot_of(doc, r);
  rule_fragments *rf = &doc->records[doc->used];
  memset(rf->made, 0, sizeof rf->made);
  s->rule = r;
  s->record = doc->used++;
  return rf;
}

/* Writes members of finding f that depend only on what its fragment slot
** stands for (its rule, and the status or flag the slot names). */
typedef void (*fragment_writer)(json_writer *w, const lx_assessment *a, const report_related *rel, const lx_finding *f);

/* What write(w, a, f) writes, from the fragment in slot of f's rule, made
** the first time while another assessment follows (doc->keep: in the last
** one, or the only one, a fragment would be written, copied and rarely
** used again), later copied as bytes.  Written directly when there is no
** such fragment, it would not fit here (json_writer.h), memory ran out, or
** slot is -1 (a status no slot stands for). */
static void put_fragment(json_writer *w, report_json_doc *doc, int slot, fragment_writer write,
                         const lx_assessment *a, const report_related *rel, const lx_finding *f) {
  int make = doc && doc->keep;
  rule_fragments *rf = !doc || slot < 0 || slot >= FRAG_SLOTS ? NULL
                       : make ? fragments_of(doc, f->rule) : fragments_found(doc, f->rule);
  if (rf && !rf->made[slot] && make) {
    json_writer frag;
    jw_fragment_begin(&frag, &doc->store, w, &rf->frag[slot]);
    write(&frag, a, rel, f);
    jw_fragment_end(&frag, &rf->frag[slot]);
    rf->made[slot] = !sb_failed(&doc->store);
  }
  if (rf && rf->made[slot] && jw_fragment_fits(w, &rf->frag[slot])) jw_fragment_put(w, &doc->store, &rf->frag[slot]);
  else write(w, a, rel, f);
}

/* "key": null, from doc's prepared member in slot. */
static void prepared_null(json_writer *w, report_json_doc *doc, int slot, const char *key) {
  jw_prepared_k(w, &doc->prepared[slot], key, strlen(key), "null", 4);
}

/* "key": [], from doc's prepared member in slot. */
static void prepared_empty_array(json_writer *w, report_json_doc *doc, int slot, const char *key) {
  jw_prepared_k(w, &doc->prepared[slot], key, strlen(key), "[]", 2);
}

/* jw_string_or_null(w, key, s), its null from doc's prepared member in slot. */
static void string_or_prepared_null(json_writer *w, report_json_doc *doc, int slot, const char *key, const char *s) {
  if (s) jw_string(w, key, s);
  else prepared_null(w, doc, slot, key);
}

/* { en, fr, es } of t, each present only when t gives it. */
static void text_json(json_writer *w, const char *key, const lx_text *t) {
  jw_languages(w, key, t->en, t->fr, t->es);
}

static void text_pair(json_writer *w, const char *key, const char *en, const char *fr) {
  jw_languages(w, key, en, fr, NULL);
}

/* Finding g where it is listed among another's served_by: { id, display,
** practice_status, status_label } (practice_status: its status code); from
** its rule and status (a FRAG_SERVED fragment). */
static void served_entry(json_writer *w, const lx_assessment *a, const report_related *rel, const lx_finding *g) {
  char en[256], fr[256];
  (void)a;
  report_related_display(rel, g, "en", en, sizeof en);
  report_related_display(rel, g, "fr", fr, sizeof fr);
  jw_string(w, "id", g->rule->id);
  text_pair(w, "display", en, fr);
  jw_string(w, "practice_status", lx_status_name(g->status));
  text_pair(w, "status_label", report_rule_status_label(g->rule, g->status, "en"),
            report_rule_status_label(g->rule, g->status, "fr"));
}

/* The findings that serve f's obligation, each a served_entry. */
static void served_by_json(json_writer *w, report_json_doc *doc, const lx_assessment *a, const report_related *rel,
                           const lx_finding *f) {
  size_t n = 0;
  const size_t *idx = report_related_of(rel, f, &n);
  if (!n) {
    prepared_empty_array(w, doc, PREP_SERVED_BY, "served_by");
    return;
  }
  jw_array(w, "served_by");
  for (size_t k = 0; k < n; k++) {
    const lx_finding *g = &a->findings[idx[k]];
    jw_object(w, NULL);
    put_fragment(w, doc, (unsigned)g->status < LX_NSTATUS ? FRAG_SERVED + (int)g->status : -1, served_entry, a, rel, g);
    jw_end(w);
  }
  jw_end(w);
}

/* A finding's members from its rule, status and reservation flag, before
** the findings that serve it: id ... cluster, status ... serves (a
** FRAG_HEAD fragment). */
static void finding_head(json_writer *w, const lx_assessment *a, const report_related *rel, const lx_finding *f) {
  const lx_rule *r = f->rule;
  char display_en[256] = "", display_fr[256] = "", article[32] = "";
  (void)a;
  if (r->ref) {
    report_related_display(rel, f, "en", display_en, sizeof display_en);
    report_related_display(rel, f, "fr", display_fr, sizeof display_fr);
    lx_ref_article(r->ref, article, sizeof article);
  }
  jw_string(w, "id", r->id);
  jw_string_or_null(w, "ref", r->ref);
  jw_string_or_null(w, "clause", r->clause);
  jw_string_or_null(w, "instrument", r->instrument);
  jw_string_or_null(w, "article", article[0] ? article : NULL);
  text_pair(w, "display", display_en, display_fr);
  jw_string(w, "level", lx_level_name(r->level));
  text_json(w, "title", &r->title);
  jw_string_or_null(w, "category", r->category);
  if (r->cluster) jw_int(w, "cluster", r->cluster);
  else jw_null(w, "cluster");
  jw_string(w, "status", lx_status_name(f->status));
  jw_bool(w, "gap", lx_is_gap(r->level, f->status));
  if (f->reservation_unprovided) jw_bool(w, "reservation_not_provided_for", 1);
  jw_bool(w, "good_practice", r->good_practice);
  text_pair(w, "status_label", report_rule_status_label(r, f->status, "en"),
            report_rule_status_label(r, f->status, "fr"));
  jw_strings(w, "serves", r->serves, r->nserves);
}

/* A finding's members from its rule alone, after its evidence: the
** provision's text, where the rule is, and no error (a FRAG_TAIL
** fragment, for findings that are not errors). */
static void finding_tail(json_writer *w, const lx_assessment *a, const report_related *rel, const lx_finding *f) {
  const lx_rule *r = f->rule;
  (void)rel;
  text_json(w, "provision_text", &r->text);
  jw_array(w, "provision_text_unofficial");              /* languages of provision_text that are not official */
  const char *langs[3] = { "en", "fr", "es" }, *have[3] = { r->text.en, r->text.fr, r->text.es };
  unsigned unofficial = have[0] || have[1] || have[2] ? report_unofficial_languages(a->rules, r) : 0;
  for (int l = 0; l < 3; l++)
    if (have[l] && (unofficial >> l & 1)) jw_string(w, NULL, langs[l]);
  jw_end(w);
  jw_strings(w, "depends", r->depends, r->ndepends);
  jw_strings(w, "covers", r->covers, r->ncovers);
  jw_object(w, "rule");
  jw_string_or_null(w, "file", r->file);
  jw_int(w, "line", r->line);
  jw_end(w);
  if (f->status != LX_ERROR) jw_null(w, "error");
}

/* A finding's questions (at least one): [{ en, fr, es, fact }]. */
static void questions_json(json_writer *w, const lx_finding *f) {
  jw_array(w, "questions");
  for (int i = 0; i < f->nquestions; i++) {
    const lx_text *t = &f->questions[i].text;
    jw_object(w, NULL);
    jw_string(w, "en", t->en);
    jw_string(w, "fr", t->fr);
    jw_string(w, "es", t->es);
    jw_string_or_null(w, "fact", f->questions[i].fact);
    jw_end(w);
  }
  jw_end(w);
}

/* A finding's evidence (at least one): [{ fact, label, source, url, note,
** from, repealed }]. */
static void evidence_json(json_writer *w, report_json_doc *doc, const lx_finding *f) {
  jw_array(w, "evidence");
  for (int i = 0; i < f->nevidence; i++) {
    const lx_evidence *e = &f->evidence[i];
    jw_object(w, NULL);
    string_or_prepared_null(w, doc, PREP_FACT, "fact", e->fact);
    string_or_prepared_null(w, doc, PREP_LABEL, "label", e->label);
    string_or_prepared_null(w, doc, PREP_SOURCE, "source", e->source);
    string_or_prepared_null(w, doc, PREP_URL, "url", e->url);
    string_or_prepared_null(w, doc, PREP_NOTE, "note", e->note);
    string_or_prepared_null(w, doc, PREP_FROM, "from", e->from);
    string_or_prepared_null(w, doc, PREP_REPEALED, "repealed", e->repealed);
    jw_end(w);
  }
  jw_end(w);
}

/* The first n (at most EMPTY_RUN_MAX) of "option": null, "missing": [],
** "questions": [], "evidence": []. */
static void empty_run_json(json_writer *w, int n) {
  jw_null(w, "option");
  if (n > 1) jw_empty_array(w, "missing");
  if (n > 2) jw_empty_array(w, "questions");
  if (n > 3) jw_empty_array(w, "evidence");
}

/* How many of f's members from "option" on are empty (empty_run_json). */
static int empty_run_of(const lx_finding *f) {
  if (f->option.en || f->option.fr) return 0;
  if (f->nmissing > 0) return 1;
  if (f->nquestions > 0) return 2;
  return f->nevidence > 0 ? 3 : 4;
}

/* empty_run_json(w, n), n at least 2, from doc's fragment for n (made the
** first time, copied afterwards), or written where it would not fit. */
static void put_empty_run(json_writer *w, report_json_doc *doc, int n) {
  jw_fragment *frag = &doc->empty_runs[n];
  if (!doc->empty_run_made[n]) {
    json_writer fw;
    jw_fragment_begin(&fw, &doc->store, w, frag);
    empty_run_json(&fw, n);
    jw_fragment_end(&fw, frag);
    doc->empty_run_made[n] = !sb_failed(&doc->store);
  }
  if (doc->empty_run_made[n] && jw_fragment_fits(w, frag)) jw_fragment_put(w, &doc->store, frag);
  else empty_run_json(w, n);
}

/* f's "explanation" (f one of a's findings), its strings kept in doc for
** f's own "explanation" to copy (explanation_json). */
static void explanation_kept(json_writer *w, report_json_doc *doc, const lx_assessment *a, const lx_finding *f) {
  size_t i = (size_t)(f - a->findings);
  kept_explanation *k = i < doc->kept_cap ? &doc->kept[i] : NULL;
  if (!k) {
    text_json(w, "explanation", &f->explanation);
    return;
  }
  jw_languages_kept(w, "explanation", f->explanation.en, f->explanation.fr, f->explanation.es, &doc->explained,
                    k->text);
  k->stamp = doc->stamp;
}

/* f's "explanation" (f one of a's findings): its strings copied from
** what explanation_kept kept of them in this assessment, else written. */
static void explanation_json(json_writer *w, report_json_doc *doc, const lx_assessment *a, const lx_finding *f) {
  size_t i = (size_t)(f - a->findings);
  if (i < doc->kept_cap && doc->kept[i].stamp == doc->stamp && !sb_failed(&doc->explained))
    jw_languages_copy(w, "explanation", &doc->explained, doc->kept[i].text);
  else
    text_json(w, "explanation", &f->explanation);
}

/* Begin keeping explanations for assessment a (explanation_kept): those
** of the one before forgotten, room for one per finding of a (none kept
** if memory runs out: they are written then). */
static void explanations_begin(report_json_doc *doc, const lx_assessment *a) {
  doc->stamp++;
  sb_reset(&doc->explained);
  if (a->n <= doc->kept_cap) return;
  kept_explanation *k = realloc(doc->kept, a->n * sizeof *k);
  if (!k) return;
  memset(k + doc->kept_cap, 0, (a->n - doc->kept_cap) * sizeof *k);
  doc->kept = k;
  doc->kept_cap = a->n;
}

static void finding_json(json_writer *w, report_json_doc *doc, const lx_assessment *a, const report_related *rel,
                         const lx_finding *f) {
  jw_object(w, NULL);
  int head = (unsigned)f->status < LX_NSTATUS ? FRAG_HEAD + 2 * (int)f->status + (f->reservation_unprovided != 0) : -1;
  put_fragment(w, doc, head, finding_head, a, rel, f);
  served_by_json(w, doc, a, rel, f);
  explanation_json(w, doc, a, f);
  int empty = empty_run_of(f);           /* "option" ... "evidence" empty from the first */
  if (empty >= 2) {
    put_empty_run(w, doc, empty);
  } else if (empty == 1) {
    prepared_null(w, doc, PREP_OPTION, "option");
  } else {
    jw_object(w, "option");
    jw_string(w, "en", f->option.en);
    jw_string(w, "fr", f->option.fr);
    jw_string(w, "es", f->option.es);
    jw_string_or_null(w, "id", f->option_id);
    jw_end(w);
  }
  if (empty < 2) {
    if (f->nmissing <= 0) {
      prepared_empty_array(w, doc, PREP_MISSING, "missing");
    } else {
      jw_array(w, "missing");
      for (int i = 0; i < f->nmissing; i++) text_json(w, NULL, &f->missing[i]);
      jw_end(w);
    }
  }
  if (empty < 3) {
    if (f->nquestions <= 0) prepared_empty_array(w, doc, PREP_QUESTIONS, "questions");
    else questions_json(w, f);
  }
  if (empty < 4) {
    if (f->nevidence <= 0) prepared_empty_array(w, doc, PREP_EVIDENCE, "evidence");
    else evidence_json(w, doc, f);
  }
  if (f->status != LX_ERROR) {
    put_fragment(w, doc, FRAG_TAIL, finding_tail, a, rel, f);
  } else {
    finding_tail(w, a, rel, f);
    jw_object(w, "error");
    jw_string_or_null(w, "file", f->error_file);
    jw_int(w, "line", f->error_line);
    jw_string_or_null(w, "message", f->error_message);
    jw_end(w);
  }
  jw_end(w);
}

/* The transposition view of each EU directive (report_transposition.h):
** [{ instrument, binding, bound_since, rows: [{ id, ref, due, measures,
** status, explanation }] }].  Texts in both languages. */
static void transposition_json(json_writer *w, report_json_doc *doc, const lx_assessment *a,
                               const report_related *rel) {
  static const char *const kinds[] = { "bound", "not_bound", "prospective", "good_practice" };
  jw_array(w, "transposition");
  size_t nv = 0;
  report_tp *v = report_transposition(a, rel, &nv);
  for (size_t i = 0; v && i < nv; i++) {
    jw_object(w, NULL);
    jw_string(w, "instrument", v[i].ins->id);
    jw_string(w, "binding", kinds[v[i].b->kind]);
    jw_string_or_null(w, "bound_since", v[i].b->since[0] ? v[i].b->since : NULL);
    jw_array(w, "rows");
    for (size_t k = 0; k < v[i].n; k++) {
      const report_tp_row *r = &v[i].rows[k];
      jw_object(w, NULL);
      jw_string(w, "id", r->f->rule->id);
      jw_string(w, "ref", r->f->rule->ref);
      jw_string_or_null(w, "due", r->due);
      jw_string(w, "measures", r->measures);
      jw_string(w, "status", lx_status_name(r->f->status));
      explanation_kept(w, doc, a, r->f);
      jw_end(w);
    }
    jw_end(w);
    jw_end(w);
  }
  report_tp_free(v, nv);
  jw_end(w);
}

/* Rating r's title in both languages, the "title" member. */
static void rating_title_json(json_writer *w, const lx_assessment *a, const lx_rating *r) {
  char en[300], fr[300];
  report_rating_title(a, r, "en", en, sizeof en);
  report_rating_title(a, r, "fr", fr, sizeof fr);
  text_pair(w, "title", en, fr);
}

/* Rating r's members before its explanation: scope, instrument, key,
** grade and title (its group's, and its grade's). */
static void rating_head_json(json_writer *w, const lx_assessment *a, const lx_rating *r) {
  static const char *const scopes[] = { "instrument", "cluster", "article" };
  jw_string(w, "scope", scopes[r->scope]);
  jw_string(w, "instrument", r->instrument);
  jw_string_or_null(w, "key", r->key[0] ? r->key : NULL);
  jw_string(w, "grade", rating_grade_name(r->grade));
  rating_title_json(w, a, r);
}

/* The head of rating r (rating_head_json), the i-th of its list: the
** fragment of its group (the rating's scope, instrument and key, from the
** rules) and grade when the i-th rating written before was of the same
** group in the same rules (as the ratings of a batch are:
** rating_compute_planned), else written (and kept for the next, when
** another assessment follows). */
static void put_rating_head(json_writer *w, report_json_doc *doc, const lx_assessment *a, const lx_rating *r, size_t i) {
  if (doc && i >= doc->ntitles) {
    size_t cap = doc->ntitles ? doc->ntitles : 64;
    while (cap <= i) cap *= 2;
    rating_title *t = realloc(doc->titles, cap * sizeof *t);
    if (t) {
      memset(t + doc->ntitles, 0, (cap - doc->ntitles) * sizeof *t);
      doc->titles = t;
      doc->ntitles = cap;
    }
  }
  rating_title *t = doc && i < doc->ntitles ? &doc->titles[i] : NULL;
  int g = (unsigned)r->grade <= GRADE_NONE ? (int)r->grade : -1;
  if (!t || g < 0) { rating_head_json(w, a, r); return; }
  int same = t->grouped && t->rules == a->rules && t->scope == r->scope &&
             !strcmp(t->instrument, r->instrument) && !strcmp(t->key, r->key);
  if (!same && !doc->keep) { rating_head_json(w, a, r); return; }   /* no later assessment to copy it into */
  if (!same) {                                                        /* another group here: forget the last */
    memset(t->made, 0, sizeof t->made);
    t->grouped = 1;
    t->rules = a->rules;
    t->scope = r->scope;
    memcpy(t->instrument, r->instrument, strnlen(r->instrument, sizeof t->instrument - 1) + 1);   /* terminated within */
    memcpy(t->key, r->key, strnlen(r->key, sizeof t->key - 1) + 1);
    t->instrument[sizeof t->instrument - 1] = t->key[sizeof t->key - 1] = '\0';
  }
  if (!t->made[g] && doc->keep) {
    json_writer frag;
    jw_fragment_begin(&frag, &doc->store, w, &t->frag[g]);
    rating_head_json(&frag, a, r);
    jw_fragment_end(&frag, &t->frag[g]);
    t->made[g] = !sb_failed(&doc->store);
  }
  if (t->made[g] && jw_fragment_fits(w, &t->frag[g])) jw_fragment_put(w, &doc->store, &t->frag[g]);
  else rating_head_json(w, a, r);
}

/* Rating r's members that follow its title: its explanation, counts and
** coverage, all from its figures (rating_figures). */
static void rating_figures_json(json_writer *w, const lx_rating *r) {
  char why_en[700], why_fr[700], cov_en[400], cov_fr[400];   /* 400: as rating_explain's */
  rating_coverage(r, "en", cov_en, sizeof cov_en);
  rating_coverage(r, "fr", cov_fr, sizeof cov_fr);
  rating_explain_covered(r, "en", cov_en, why_en, sizeof why_en);
  rating_explain_covered(r, "fr", cov_fr, why_fr, sizeof why_fr);
  text_pair(w, "explanation", why_en, why_fr);
  jw_object(w, "counts");
  jw_int(w, "rated", r->rated);
  jw_int(w, "mandatory_settled", r->mandatory_settled);
  jw_int(w, "major", r->major);
  jw_int(w, "moderate", r->moderate);
  jw_int(w, "minor", r->minor);
  jw_int(w, "unknown", r->unknown);
  jw_int(w, "errors", r->errors);
  jw_end(w);
  jw_object(w, "coverage");
  jw_int(w, "obligations", r->rated);
  jw_int(w, "settled", rating_settled(r));
  if (r->scope != SCOPE_ARTICLE) {
    jw_int(w, "articles", rating_articles_applicable(r));
    jw_int(w, "articles_rated", rating_articles_rated(r));
  }
  jw_bool(w, "withheld", r->withheld);
  jw_bool(w, "provisional", !r->withheld && r->grade <= GRADE_NC &&
                            (rating_settled(r) < r->rated || r->articles_unrated));
  text_pair(w, "text", cov_en, cov_fr);
  jw_end(w);
}

/* The figures of r (rating_figures); every byte set, padding none. */
static rating_figures figures_of(const lx_rating *r) {
  rating_figures f;
  memset(&f, 0, sizeof f);
  f.scope = (int)r->scope;
  f.grade = (int)r->grade;
  f.rated = r->rated;
  f.mandatory_settled = r->mandatory_settled;
  f.major = r->major;
  f.moderate = r->moderate;
  f.minor = r->minor;
  f.unknown = r->unknown;
  f.errors = r->errors;
  memcpy(f.articles, r->articles, sizeof f.articles);
  f.articles_unrated = r->articles_unrated;
  f.withheld = r->withheld;
  return f;
}

/* A hash of figures f: FNV-1a over its ints, one at a time (every byte of
** f is set: figures_of). */
static size_t figures_hash(const rating_figures *f) {
  uint64_t h = 14695981039346656037u;
  int v[sizeof *f / sizeof(int)];
  _Static_assert(sizeof *f % sizeof(int) == 0, "figures are ints");
  memcpy(v, f, sizeof v);
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) h = (h ^ (uint32_t)v[i]) * 1099511628211u;
  return (size_t)(h ^ h >> 29);
}

/* The slot for figures f in doc's table: f's, or the free one where it
** would go (the table grown to keep it at most half full); NULL if the
** table holds FIGURES_MAX already or cannot grow. */
static figures_slot *figures_slot_of(report_json_doc *doc, const rating_figures *f) {
  if (2 * (doc->figures_used + 1) > doc->figures_cap && doc->figures_used < FIGURES_MAX) {
    size_t cap = doc->figures_cap ? 2 * doc->figures_cap : 256;
    figures_slot *t = calloc(cap, sizeof *t);
    if (!t) return NULL;
    for (size_t i = 0; i < doc->figures_cap; i++) {
      if (!doc->figures[i].used) continue;
      size_t k = figures_hash(&doc->figures[i].figures) % cap;
      while (t[k].used) k = (k + 1) % cap;
      t[k] = doc->figures[i];
    }
    free(doc->figures);
    doc->figures = t;
    doc->figures_cap = cap;
  }
  if (!doc->figures_cap) return NULL;
  size_t k = figures_hash(f) % doc->figures_cap;
  while (doc->figures[k].used && memcmp(&doc->figures[k].figures, f, sizeof *f) != 0) k = (k + 1) % doc->figures_cap;
  if (!doc->figures[k].used && doc->figures_used >= FIGURES_MAX) return NULL;
  return &doc->figures[k];
}

/* rating_figures_json(w, r), from the document's fragment for r's figures,
** made the first time they are met (ratings of the same figures recur, in
** one assessment and across a batch), later copied; written directly when
** it would not fit here, memory ran out or the table is full. */
static void put_rating_figures(json_writer *w, report_json_doc *doc, const lx_rating *r) {
  rating_figures f = figures_of(r);
  figures_slot *slot = doc ? figures_slot_of(doc, &f) : NULL;
  if (slot && !slot->used) {
    json_writer frag;
    jw_fragment_begin(&frag, &doc->store, w, &slot->frag);
    rating_figures_json(&frag, r);
    jw_fragment_end(&frag, &slot->frag);
    if (!sb_failed(&doc->store)) {
      slot->figures = f;
      slot->used = 1;
      doc->figures_used++;
    }
  }
  if (slot && slot->used && jw_fragment_fits(w, &slot->frag)) jw_fragment_put(w, &doc->store, &slot->frag);
  else rating_figures_json(w, r);
}

/* Rating r's shortcomings: [{ id, status, level, weight }] of its
** findings in a. */
static void shortcomings_json(json_writer *w, const lx_assessment *a, const lx_rating *r) {
  if (r->nshortcomings <= 0) {
    jw_empty_array(w, "shortcomings");
    return;
  }
  jw_array(w, "shortcomings");
  for (int k = 0; k < r->nshortcomings; k++) {
    const lx_finding *f = &a->findings[r->shortcomings[k]];
    jw_object(w, NULL);
    jw_string(w, "id", f->rule->id);
    jw_string(w, "status", lx_status_name(f->status));
    jw_string(w, "level", lx_level_name(f->rule->level));
    jw_string(w, "weight", report_weight_word(f, "en"));
    jw_end(w);
  }
  jw_end(w);
}

/* The ratings of a (list[0..nr-1], rating_compute's) with their titles,
** explanations, counts, coverage and shortcomings. */
static void ratings_json(json_writer *w, report_json_doc *doc, const lx_assessment *a, const lx_rating *list, size_t nr) {
  jw_array(w, "ratings");
  for (size_t i = 0; i < nr; i++) {
    const lx_rating *r = &list[i];
    jw_object(w, NULL);
    put_rating_head(w, doc, a, r, i);
    put_rating_figures(w, doc, r);
    shortcomings_json(w, a, r);
    jw_end(w);
  }
  jw_end(w);
}

/* The counts by status and level, good practice apart. */
static void summary_json(json_writer *w, const lx_assessment *a) {
  lx_summary s;
  assessment_summary(a, &s);
  jw_object(w, "summary");
  jw_int(w, "findings", (int64_t)a->n);
  jw_object(w, "by_status");
  for (int st = 0; st < LX_NSTATUS; st++) jw_int(w, lx_status_name((lx_status)st), s.by_status[st]);
  jw_end(w);
  jw_object(w, "by_level");
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    jw_object(w, lx_level_name((lx_level)lv));
    for (int st = 0; st < LX_NSTATUS; st++) jw_int(w, lx_status_name((lx_status)st), s.by_level[lv][st]);
    jw_end(w);
  }
  jw_end(w);
  jw_object(w, "good_practice");     /* a soft-law instrument's recommendations, counted apart */
  for (int st = 0; st < LX_NSTATUS; st++) jw_int(w, lx_status_name((lx_status)st), s.good_practice[st]);
  jw_end(w);
  jw_int(w, "gaps", s.gaps);
  jw_int(w, "errors", s.errors);
  jw_end(w);
}

/* The report part (report_part_of) of each finding in rel's instrument
** order, parts[k] that of rel->order[k]: the findings' order part by part
** is report_related_select's, each finding's part worked out once instead
** of once per part.  Freed by the caller; NULL if out of memory. */
static unsigned char *findings_parts(const report_related *rel) {
  unsigned char *parts = malloc(rel->n + 1);
  for (size_t k = 0; parts && k < rel->n; k++) parts[k] = (unsigned char)report_part_of(&rel->a->findings[rel->order[k]]);
  return parts;
}

/* Assessment a into w (its text into doc->out, handed to out in big
** writes as it grows); 0, or -1 if writing to out failed. */
static int assessment_json(json_writer *w, report_json_doc *doc, FILE *out, const lx_assessment *a,
                           const lx_rating *ratings, size_t nratings, const report_related *rel, int brief) {
  const lx_profile *p = a->profile;
  jw_object(w, NULL);
  jw_object(w, "profile");
  jw_string(w, "file", p->file);
  jw_string_or_null(w, "state_code", p->state_code);
  jw_string_or_null(w, "state_name", p->state_name);
  jw_string_or_null(w, "describes_law_as_of", p->describes);
  jw_end(w);
  jw_string(w, "as_of", a->as_of);
  text_pair(w, "scope_note", report_word("scope_note", "en"), report_word("scope_note", "fr"));
  static const char *const kinds[] = { "bound", "not_bound", "prospective", "good_practice" };
  jw_array(w, "instruments");
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    const binding *b = &a->bindings[i];
    jw_object(w, NULL);
    jw_string(w, "id", ins->id);
    text_json(w, "title", &ins->title);
    jw_string(w, "binding", kinds[b->kind]);
    jw_string_or_null(w, "bound_since", b->since[0] ? b->since : NULL);
    text_pair(w, "reason", b->reason_en, b->reason_fr);
    jw_end(w);
  }
  jw_end(w);
  jw_array(w, "warnings");
  for (size_t i = 0; i < a->ncaveats; i++) {
    jw_object(w, NULL);
    jw_string(w, "code", a->caveats[i].code);
    text_json(w, "text", &a->caveats[i].text);
    jw_end(w);
  }
  jw_end(w);
  summary_json(w, a);
  ratings_json(w, doc, a, ratings, nratings);
  if (!brief) transposition_json(w, doc, a, rel);   /* --only gaps leaves it out */
  /* findings in report order: gaps, unknown, errors, others, good practice */
  jw_array(w, "findings");
  unsigned char *parts = findings_parts(rel);
  for (int part = 0; part < PART_COUNT; part++) {
    if ((part == PART_OTHER || part == PART_GOOD_PRACTICE) && brief) continue;      /* --only gaps */
    for (size_t k = 0; parts && k < rel->n; k++) {
      if (parts[k] != part) continue;
      finding_json(w, doc, a, rel, &a->findings[rel->order[k]]);
      if (doc->out.len >= (doc->count > 1 ? FLUSH_AT_BATCH : FLUSH_AT_ONE) && jw_flush(&doc->out, out) != 0) {
        free(parts);
        return -1;
      }
    }
  }
  free(parts);
  jw_end(w);
  jw_end(w);
  return 0;
}

report_json_doc *report_json_begin(FILE *out, const report_options *o, size_t n) {
  report_json_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return NULL;
  doc->count = n;
  sb_init(&doc->out);
  sb_init(&doc->store);
  sb_init(&doc->explained);
  fputs("{\n  \"lexgap_version\": \"" LX_VERSION "\"", out);   /* digits and dots: nothing to escape */
  fprintf(out, ",\n  \"report_format\": %d,\n  \"only\": %s,\n  \"assessments\": [",
          REPORT_FORMAT, o->brief ? "\"gaps\"" : "null");
  return doc;
}

int report_json_assessment(report_json_doc *doc, FILE *out, const lx_assessment *a, const lx_rating *ratings,
                           size_t nratings, const report_related *rel, size_t index, const report_options *o) {
  json_writer w;
  doc->keep = index + 1 < doc->count;
  sb_putn(&doc->out, index ? ",\n    " : "\n    ", index ? 6 : 5);
  jw_init(&w, &doc->out, 2);          /* inside the document and its "assessments" array */
  explanations_begin(doc, a);
  int rc = assessment_json(&w, doc, out, a, ratings, nratings, rel, o->brief);
  if (rc == 0) rc = jw_flush(&doc->out, out);   /* all of it in the file before the next profile's warnings */
  sb_reset(&doc->out);
  return rc != 0 || ferror(out) ? -1 : 0;
}

int report_json_end(report_json_doc *doc, FILE *out, size_t count) {
  fputs(count ? "\n  ]\n}\n" : "]\n}\n", out);
  fflush(out);
  report_json_free(doc);
  return ferror(out) ? -1 : 0;
}

void report_json_free(report_json_doc *doc) {
  if (!doc) return;
  sb_free(&doc->out);
  sb_free(&doc->store);
  sb_free(&doc->explained);
  free(doc->kept);
  free(doc->slots);
  free(doc->records);
  free(doc->titles);
  free(doc->figures);
  free(doc);
}

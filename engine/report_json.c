/*
 * report_json.c -- the JSON report (field names documented and stable: see
 * docs/report-json.md).  Built with Jansson so that escaping and Unicode are
 * right by construction.
 */
#include "report.h"
#include "report_transposition.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#define REPORT_FORMAT 1

/* A string, or JSON null for NULL. */
static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *text_json(const lx_text *t) {
  json_t *o = json_object();
  if (t->en) json_object_set_new(o, "en", json_string(t->en));
  if (t->fr) json_object_set_new(o, "fr", json_string(t->fr));
  if (t->es) json_object_set_new(o, "es", json_string(t->es));
  return o;
}

static json_t *strings_json(char **v, int n) {
  json_t *a = json_array();
  for (int i = 0; i < n; i++) json_array_append_new(a, json_string(v[i]));
  return a;
}

static json_t *finding_json(const lx_assessment *a, const lx_finding *f) {
  const lx_rule *r = f->rule;
  json_t *o = json_object();
  char display_en[256] = "", display_fr[256] = "", article[32] = "";
  if (r->ref) {
    lx_ref_display(a->rules, r->ref, "en", display_en, sizeof display_en);
    lx_ref_display(a->rules, r->ref, "fr", display_fr, sizeof display_fr);
    lx_ref_article(r->ref, article, sizeof article);
  }
  json_object_set_new(o, "id", json_string(r->id));
  json_object_set_new(o, "ref", str_or_null(r->ref));
  json_object_set_new(o, "clause", str_or_null(r->clause));
  json_object_set_new(o, "instrument", str_or_null(r->instrument));
  json_object_set_new(o, "article", article[0] ? json_string(article) : json_null());
  json_t *display = json_object();
  json_object_set_new(display, "en", json_string(display_en));
  json_object_set_new(display, "fr", json_string(display_fr));
  json_object_set_new(o, "display", display);
  json_object_set_new(o, "level", json_string(lx_level_name(r->level)));
  json_object_set_new(o, "title", text_json(&r->title));
  json_object_set_new(o, "category", str_or_null(r->category));
  json_object_set_new(o, "cluster", r->cluster ? json_integer(r->cluster) : json_null());
  json_object_set_new(o, "status", json_string(lx_status_name(f->status)));
  json_object_set_new(o, "gap", json_boolean(lx_is_gap(r->level, f->status)));
  if (f->reservation_unprovided) json_object_set_new(o, "reservation_not_provided_for", json_true());
  json_object_set_new(o, "explanation", text_json(&f->explanation));
  if (f->option.en || f->option.fr) {
    json_t *opt = text_json(&f->option);
    json_object_set_new(opt, "id", str_or_null(f->option_id));
    json_object_set_new(o, "option", opt);
  } else {
    json_object_set_new(o, "option", json_null());
  }
  json_t *missing = json_array();
  for (int i = 0; i < f->nmissing; i++) json_array_append_new(missing, text_json(&f->missing[i]));
  json_object_set_new(o, "missing", missing);
  json_t *questions = json_array();
  for (int i = 0; i < f->nquestions; i++) {
    json_t *q = text_json(&f->questions[i].text);
    json_object_set_new(q, "fact", str_or_null(f->questions[i].fact));
    json_array_append_new(questions, q);
  }
  json_object_set_new(o, "questions", questions);
  json_t *evidence = json_array();
  for (int i = 0; i < f->nevidence; i++) {
    const lx_evidence *e = &f->evidence[i];
    json_t *ev = json_object();
    json_object_set_new(ev, "fact", str_or_null(e->fact));
    json_object_set_new(ev, "label", str_or_null(e->label));
    json_object_set_new(ev, "source", str_or_null(e->source));
    json_object_set_new(ev, "url", str_or_null(e->url));
    json_object_set_new(ev, "note", str_or_null(e->note));
    json_object_set_new(ev, "from", str_or_null(e->from));
    json_object_set_new(ev, "repealed", str_or_null(e->repealed));
    json_array_append_new(evidence, ev);
  }
  json_object_set_new(o, "evidence", evidence);
  json_object_set_new(o, "provision_text", text_json(&r->text));
  json_t *unofficial = json_array();                 /* languages of provision_text that are not official */
  const char *langs[3] = { "en", "fr", "es" }, *have[3] = { r->text.en, r->text.fr, r->text.es };
  for (int l = 0; l < 3; l++)
    if (have[l] && !report_text_official(a->rules, r, langs[l])) json_array_append_new(unofficial, json_string(langs[l]));
  json_object_set_new(o, "provision_text_unofficial", unofficial);
  json_object_set_new(o, "depends", strings_json(r->depends, r->ndepends));
  json_object_set_new(o, "covers", strings_json(r->covers, r->ncovers));
  json_t *rule = json_object();
  json_object_set_new(rule, "file", str_or_null(r->file));
  json_object_set_new(rule, "line", json_integer(r->line));
  json_object_set_new(o, "rule", rule);
  if (f->status == LX_ERROR) {
    json_t *err = json_object();
    json_object_set_new(err, "file", str_or_null(f->error_file));
    json_object_set_new(err, "line", json_integer(f->error_line));
    json_object_set_new(err, "message", str_or_null(f->error_message));
    json_object_set_new(o, "error", err);
  } else {
    json_object_set_new(o, "error", json_null());
  }
  return o;
}

/* The transposition view of each EU directive (report_transposition.h):
** [{ instrument, binding, bound_since, rows: [{ id, ref, due, measures,
** status, explanation }] }].  Texts in both languages. */
static json_t *transposition_json(const lx_assessment *a) {
  static const char *const kinds[] = { "bound", "not_bound", "prospective", "good_practice" };
  json_t *arr = json_array();
  size_t nv = 0;
  report_tp *v = report_transposition(a, &nv);
  for (size_t i = 0; v && i < nv; i++) {
    json_t *d = json_object();
    json_object_set_new(d, "instrument", json_string(v[i].ins->id));
    json_object_set_new(d, "binding", json_string(kinds[v[i].b->kind]));
    json_object_set_new(d, "bound_since", v[i].b->since[0] ? json_string(v[i].b->since) : json_null());
    json_t *rows = json_array();
    for (size_t k = 0; k < v[i].n; k++) {
      const report_tp_row *r = &v[i].rows[k];
      json_t *ro = json_object();
      json_object_set_new(ro, "id", json_string(r->f->rule->id));
      json_object_set_new(ro, "ref", json_string(r->f->rule->ref));
      json_object_set_new(ro, "due", str_or_null(r->due));
      json_object_set_new(ro, "measures", json_string(r->measures));
      json_object_set_new(ro, "status", json_string(lx_status_name(r->f->status)));
      json_object_set_new(ro, "explanation", text_json(&r->f->explanation));
      json_array_append_new(rows, ro);
    }
    json_object_set_new(d, "rows", rows);
    json_array_append_new(arr, d);
  }
  report_tp_free(v, nv);
  return arr;
}

static json_t *assessment_json(const lx_assessment *a, int brief) {
  const lx_profile *p = a->profile;
  json_t *o = json_object();
  json_t *profile = json_object();
  json_object_set_new(profile, "file", json_string(p->file));
  json_object_set_new(profile, "state_code", str_or_null(p->state_code));
  json_object_set_new(profile, "state_name", str_or_null(p->state_name));
  json_object_set_new(profile, "describes_law_as_of", str_or_null(p->describes));
  json_object_set_new(o, "profile", profile);
  json_object_set_new(o, "as_of", json_string(a->as_of));
  json_t *scope = json_object();
  json_object_set_new(scope, "en", json_string(report_word("scope_note", "en")));
  json_object_set_new(scope, "fr", json_string(report_word("scope_note", "fr")));
  json_object_set_new(o, "scope_note", scope);
  static const char *const kinds[] = { "bound", "not_bound", "prospective", "good_practice" };
  json_t *instruments = json_array();
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    const binding *b = &a->bindings[i];
    json_t *io = json_object();
    json_object_set_new(io, "id", json_string(ins->id));
    json_object_set_new(io, "title", text_json(&ins->title));
    json_object_set_new(io, "binding", json_string(kinds[b->kind]));
    json_object_set_new(io, "bound_since", b->since[0] ? json_string(b->since) : json_null());
    json_t *reason = json_object();
    json_object_set_new(reason, "en", json_string(b->reason_en));
    json_object_set_new(reason, "fr", json_string(b->reason_fr));
    json_object_set_new(io, "reason", reason);
    json_array_append_new(instruments, io);
  }
  json_object_set_new(o, "instruments", instruments);
  json_t *warnings = json_array();
  for (size_t i = 0; i < a->ncaveats; i++) {
    json_t *wo = json_object();
    json_object_set_new(wo, "code", json_string(a->caveats[i].code));
    json_object_set_new(wo, "text", text_json(&a->caveats[i].text));
    json_array_append_new(warnings, wo);
  }
  json_object_set_new(o, "warnings", warnings);
  lx_summary s;
  assessment_summary(a, &s);
  json_t *summary = json_object();
  json_t *by_status = json_object();
  for (int st = 0; st < LX_NSTATUS; st++) json_object_set_new(by_status, lx_status_name((lx_status)st), json_integer(s.by_status[st]));
  json_object_set_new(summary, "findings", json_integer((json_int_t)a->n));
  json_object_set_new(summary, "by_status", by_status);
  json_t *by_level = json_object();
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    json_t *l = json_object();
    for (int st = 0; st < LX_NSTATUS; st++) json_object_set_new(l, lx_status_name((lx_status)st), json_integer(s.by_level[lv][st]));
    json_object_set_new(by_level, lx_level_name((lx_level)lv), l);
  }
  json_object_set_new(summary, "by_level", by_level);
  json_object_set_new(summary, "gaps", json_integer(s.gaps));
  json_object_set_new(summary, "errors", json_integer(s.errors));
  json_object_set_new(o, "summary", summary);
  static const char *const scopes[] = { "instrument", "cluster", "article" };
  json_t *ratings = json_array();
  lx_rating *list;
  size_t nr = rating_compute(a, &list);
  for (size_t i = 0; i < nr; i++) {
    const lx_rating *r = &list[i];
    json_t *ro = json_object();
    char title[300], why[700];
    json_object_set_new(ro, "scope", json_string(scopes[r->scope]));
    json_object_set_new(ro, "instrument", json_string(r->instrument));
    json_object_set_new(ro, "key", r->key[0] ? json_string(r->key) : json_null());
    json_object_set_new(ro, "grade", json_string(rating_grade_name(r->grade)));
    json_t *t = json_object(), *e = json_object();
    report_rating_title(a, r, "en", title, sizeof title); json_object_set_new(t, "en", json_string(title));
    report_rating_title(a, r, "fr", title, sizeof title); json_object_set_new(t, "fr", json_string(title));
    rating_explain(r, "en", why, sizeof why); json_object_set_new(e, "en", json_string(why));
    rating_explain(r, "fr", why, sizeof why); json_object_set_new(e, "fr", json_string(why));
    json_object_set_new(ro, "title", t);
    json_object_set_new(ro, "explanation", e);
    json_t *counts = json_object();
    json_object_set_new(counts, "rated", json_integer(r->rated));
    json_object_set_new(counts, "mandatory_settled", json_integer(r->mandatory_settled));
    json_object_set_new(counts, "major", json_integer(r->major));
    json_object_set_new(counts, "moderate", json_integer(r->moderate));
    json_object_set_new(counts, "minor", json_integer(r->minor));
    json_object_set_new(counts, "unknown", json_integer(r->unknown));
    json_object_set_new(counts, "errors", json_integer(r->errors));
    json_object_set_new(ro, "counts", counts);
    json_t *cov = json_object(), *ct = json_object();
    json_object_set_new(cov, "obligations", json_integer(r->rated));
    json_object_set_new(cov, "settled", json_integer(rating_settled(r)));
    if (r->scope != SCOPE_ARTICLE) {
      json_object_set_new(cov, "articles", json_integer(rating_articles_applicable(r)));
      json_object_set_new(cov, "articles_rated", json_integer(rating_articles_rated(r)));
    }
    json_object_set_new(cov, "withheld", json_boolean(r->withheld));
    json_object_set_new(cov, "provisional", json_boolean(!r->withheld && r->grade <= GRADE_NC &&
                                                         (rating_settled(r) < r->rated || r->articles_unrated)));
    rating_coverage(r, "en", why, sizeof why); json_object_set_new(ct, "en", json_string(why));
    rating_coverage(r, "fr", why, sizeof why); json_object_set_new(ct, "fr", json_string(why));
    json_object_set_new(cov, "text", ct);
    json_object_set_new(ro, "coverage", cov);
    json_t *sh = json_array();
    for (int k = 0; k < r->nshortcomings; k++) {
      const lx_finding *f = &a->findings[r->shortcomings[k]];
      json_t *so = json_object();
      json_object_set_new(so, "id", json_string(f->rule->id));
      json_object_set_new(so, "status", json_string(lx_status_name(f->status)));
      json_object_set_new(so, "level", json_string(lx_level_name(f->rule->level)));
      json_object_set_new(so, "weight", json_string(report_weight_word(f, "en")));
      json_array_append_new(sh, so);
    }
    json_object_set_new(ro, "shortcomings", sh);
    json_array_append_new(ratings, ro);
  }
  rating_free(list, nr);
  json_object_set_new(o, "ratings", ratings);
  if (!brief) json_object_set_new(o, "transposition", transposition_json(a));   /* --only gaps leaves it out */
  /* findings in report order: gaps, unknown, errors, others */
  json_t *findings = json_array();
  for (int part = 0; part < PART_COUNT; part++) {
    size_t n = 0;
    if (part == PART_OTHER && brief) continue;      /* --only gaps */
    size_t *idx = report_select(a, (report_part)part, &n);
    for (size_t k = 0; idx && k < n; k++) json_array_append_new(findings, finding_json(a, &a->findings[idx[k]]));
    free(idx);
  }
  json_object_set_new(o, "findings", findings);
  return o;
}

int report_json(FILE *out, lx_assessment *const *as, size_t n, const report_options *o) {
  json_t *root = json_object();
  json_object_set_new(root, "lexgap_version", json_string(LX_VERSION));
  json_object_set_new(root, "report_format", json_integer(REPORT_FORMAT));
  json_t *list = json_array();
  json_object_set_new(root, "only", o->brief ? json_string("gaps") : json_null());
  for (size_t i = 0; i < n; i++) json_array_append_new(list, assessment_json(as[i], o->brief));
  json_object_set_new(root, "assessments", list);
  int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(root);
  fflush(out);
  return rc != 0 || ferror(out) ? -1 : 0;
}

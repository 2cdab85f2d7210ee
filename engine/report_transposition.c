/*
 * report_transposition.c -- the transposition view of each EU directive:
 * provision -> national measure(s) -> status and reason (report_transposition.h).
 */
#include "report_transposition.h"

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

/* Is `outer` the provision `ref` or one that contains it? */
static int within(const char *outer, const char *ref) {
  size_t n = strlen(outer);
  return strncmp(outer, ref, n) == 0 && (ref[n] == '\0' || ref[n] == '.');
}

/* Append the titles of the measures of one table row to sb. */
static void row_titles(strbuf *sb, const data_value *row, const data_value *measures) {
  const data_value *ids = data_get(row, "measures");
  for (size_t k = 1; ids && k <= data_len(ids); k++) {
    const char *id = data_str(data_at(ids, (long long)k));
    if (!id) continue;
    const char *title = data_str(data_get(data_get(measures, id), "title"));
    if (sb->len) sb_printf(sb, "; ");
    sb_printf(sb, "%s", title ? title : id);
  }
}

/* The measures the table of correspondence names for ref: those of the
** nearest row on ref or on a provision containing it, else those of the rows
** on its sub-paragraphs (the rule lx.transposition follows). */
static char *measures_for(const data_value *rec, const char *ref) {
  const data_value *table = data_get(rec, "table");
  const data_value *measures = data_get(rec, "measures");
  const data_value *best = NULL;
  size_t best_len = 0;
  for (size_t i = 1; table && i <= data_len(table); i++) {
    const data_value *row = data_at(table, (long long)i);
    const char *prov = data_str(data_get(row, "provision"));
    if (prov && within(prov, ref) && strlen(prov) >= best_len) { best = row; best_len = strlen(prov); }
  }
  strbuf sb;
  sb_init(&sb);
  if (best) {
    row_titles(&sb, best, measures);
  } else {
    for (size_t i = 1; table && i <= data_len(table); i++) {
      const data_value *row = data_at(table, (long long)i);
      const char *prov = data_str(data_get(row, "provision"));
      if (prov && within(ref, prov)) row_titles(&sb, row, measures);
    }
  }
  return sb_take(&sb);
}

/* When the table of correspondence names no measure for a provision, the
** national provisions the finding itself cites (its evidence, less the
** table, the State's party status and notifications), joined by "; ",
** each once: a rule that reads a substantive fact (a residence permit, a
** carrier's duty) still shows the law it rests on.  "" when it cites none. */
static char *cited_sources(const lx_finding *f) {
  strbuf sb;
  sb_init(&sb);
  for (int e = 0; e < f->nevidence; e++) {
    const lx_evidence *ev = &f->evidence[e];
    if (!ev->source || !*ev->source) continue;
    if (ev->fact && (!strncmp(ev->fact, "transposition.", 14) || !strncmp(ev->fact, "parties.", 8) ||
                     !strncmp(ev->fact, "notifications", 13))) continue;
    int seen = 0;
    for (int k = 0; k < e && !seen; k++)
      seen = f->evidence[k].source && !strcmp(f->evidence[k].source, ev->source);
    if (seen) continue;
    if (sb.len) sb_printf(&sb, "; ");
    sb_printf(&sb, "%s", ev->source);
  }
  return sb_take(&sb);
}

static int by_ref(const void *pa, const void *pb) {
  const report_tp_row *a = pa, *b = pb;
  int c = lx_ref_compare(a->f->rule->id, b->f->rule->id);
  return c ? c : strcmp(a->f->rule->id, b->f->rule->id);
}

report_tp *report_transposition(const lx_assessment *a, size_t *n) {
  *n = 0;
  report_tp *v = calloc(a->rules->ninstruments + 1, sizeof *v);
  if (!v) return NULL;
  const data_value *all = data_get(a->profile->data, "transposition");
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    if (strcmp(ins->kind, "eu_directive") != 0) continue;
    report_tp *t = &v[(*n)++];
    t->ins = ins;
    t->b = &a->bindings[i];
    t->rows = calloc(a->n + 1, sizeof *t->rows);
    if (!t->rows) { report_tp_free(v, *n); return NULL; }
    const data_value *rec = data_get(all, ins->id);
    for (size_t k = 0; k < a->n; k++) {
      const lx_finding *f = &a->findings[k];
      if (strcmp(f->rule->instrument, ins->id) != 0 || !f->rule->ref) continue;
      report_tp_row *row = &t->rows[t->n++];
      row->f = f;
      row->due = applicability_directive_deadline(ins, f->rule->ref);
      row->measures = measures_for(rec, f->rule->ref);
      if (row->measures && !*row->measures) {   /* the table is silent: what the finding cites */
        free(row->measures);
        row->measures = cited_sources(f);
      }
      if (!row->measures) { report_tp_free(v, *n); return NULL; }
    }
    qsort(t->rows, t->n, sizeof *t->rows, by_ref);
  }
  return v;
}

void report_tp_free(report_tp *v, size_t n) {
  for (size_t i = 0; v && i < n; i++) {
    for (size_t k = 0; k < v[i].n; k++) free(v[i].rows[k].measures);
    free(v[i].rows);
  }
  free(v);
}

/*
 * report_transposition.c -- the transposition view of each EU directive:
 * provision -> national measure(s) -> status and reason (report_transposition.h).
 */
#include "report_transposition.h"

#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "strbuf.h"

struct report_tp_plan {
  size_t *start;          /* instrument i's rows: idx[start[i] .. start[i + 1] - 1] */
  size_t *idx;            /* finding indexes, each directive's in its order */
  const char **due;       /* each row's deadline (applicability_directive_deadline) */
};

/* Is `outer` the provision `ref` or one that contains it? */
static int within(const char *outer, size_t n, const char *ref) {
  return strncmp(outer, ref, n) == 0 && (ref[n] == '\0' || ref[n] == '.');
}

/* One row of a table of correspondence: its provision and its entry. */
typedef struct {
  const char *prov;       /* NULL: the row names none */
  size_t len;
  const data_value *row;
} table_row;

/* Append the titles of the measures of one table row to sb. */
static void row_titles(strbuf *sb, size_t start, const data_value *row, const data_value *measures) {
  const data_value *ids = data_get(row, "measures");
  size_t n = data_len(ids);
  for (size_t k = 1; k <= n; k++) {
    const char *id = data_str(data_at(ids, (long long)k));
    if (!id) continue;
    const char *title = data_str(data_get(data_get(measures, id), "title"));
    if (sb->len > start) sb_putn(sb, "; ", 2);
    sb_puts(sb, title ? title : id);
  }
}

/* Append to sb the measures the table of correspondence (rows[0..n-1])
** names for ref: those of the nearest row on ref or on a provision
** containing it, else those of the rows on its sub-paragraphs (the rule
** lx.transposition follows). */
static void measures_for(strbuf *sb, const table_row *rows, size_t n, const data_value *measures, const char *ref) {
  const table_row *best = NULL;
  size_t start = sb->len;
  for (size_t i = 0; i < n; i++)
    if (rows[i].prov && within(rows[i].prov, rows[i].len, ref) && (!best || rows[i].len >= best->len)) best = &rows[i];
  if (best) {
    row_titles(sb, start, best->row, measures);
    return;
  }
  size_t rlen = strlen(ref);
  for (size_t i = 0; i < n; i++)
    if (rows[i].prov && within(ref, rlen, rows[i].prov)) row_titles(sb, start, rows[i].row, measures);
}

/* When the table of correspondence names no measure for a provision, the
** national provisions the finding itself cites (its evidence, less the
** table, the State's party status and notifications), joined by "; ",
** each once, appended to sb: a rule that reads a substantive fact (a
** residence permit, a carrier's duty) still shows the law it rests on.
** Nothing when it cites none. */
static void cited_sources(strbuf *sb, const lx_finding *f) {
  size_t start = sb->len;
  for (int e = 0; e < f->nevidence; e++) {
    const lx_evidence *ev = &f->evidence[e];
    if (!ev->source || !*ev->source) continue;
    if (ev->fact && (!strncmp(ev->fact, "transposition.", 14) || !strncmp(ev->fact, "parties.", 8) ||
                     !strncmp(ev->fact, "notifications", 13))) continue;
    int seen = 0;
    for (int k = 0; k < e && !seen; k++)
      seen = f->evidence[k].source && !strcmp(f->evidence[k].source, ev->source);
    if (seen) continue;
    if (sb->len > start) sb_putn(sb, "; ", 2);
    sb_puts(sb, ev->source);
  }
}

static int by_ref(const void *pa, const void *pb) {
  const lx_finding *a = *(const lx_finding *const *)pa, *b = *(const lx_finding *const *)pb;
  int c = lx_ref_compare(a->rule->id, b->rule->id);
  return c ? c : strcmp(a->rule->id, b->rule->id);
}

void report_tp_plan_free(report_tp_plan *p) {
  if (!p) return;
  free(p->start);
  free(p->idx);
  free(p->due);
  free(p);
}

report_tp_plan *report_tp_plan_make(const lx_assessment *a) {
  size_t ni = a->rules->ninstruments;
  report_tp_plan *p = calloc(1, sizeof *p);
  const lx_finding **sorted = malloc((a->n + 1) * sizeof *sorted);
  if (p) {
    p->start = calloc(ni + 1, sizeof *p->start);
    p->idx = malloc((a->n + 1) * sizeof *p->idx);
    p->due = malloc((a->n + 1) * sizeof *p->due);
  }
  if (!p || !sorted || !p->start || !p->idx || !p->due) { free(sorted); report_tp_plan_free(p); return NULL; }
  size_t used = 0;
  for (size_t i = 0; i < ni; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    p->start[i] = used;
    if (strcmp(ins->kind, "eu_directive") != 0) continue;
    size_t m = 0;
    for (size_t k = 0; k < a->n; k++) {
      const lx_finding *f = &a->findings[k];
      if (f->rule->ref && strcmp(f->rule->instrument, ins->id) == 0) sorted[m++] = f;
    }
    qsort(sorted, m, sizeof *sorted, by_ref);
    for (size_t k = 0; k < m; k++) {
      p->idx[used] = (size_t)(sorted[k] - a->findings);
      p->due[used++] = applicability_directive_deadline(ins, sorted[k]->rule->ref);
    }
  }
  p->start[ni] = used;
  free(sorted);
  return p;
}

/* The rows of table (a profile's table of correspondence), each with its
** provision: *rows (NULL when it has none) and *n set.  0, or -1 (with
** *rows NULL and *n 0) if memory ran out. */
static int table_rows(const data_value *table, table_row **rows, size_t *n) {
  *n = data_len(table);
  *rows = *n ? malloc(*n * sizeof **rows) : NULL;
  if (!*rows) {
    int failed = *n != 0;
    *n = 0;
    return failed ? -1 : 0;
  }
  for (size_t i = 0; i < *n; i++) {
    (*rows)[i].row = data_at(table, (long long)i + 1);
    (*rows)[i].prov = data_str(data_get((*rows)[i].row, "provision"));
    (*rows)[i].len = (*rows)[i].prov ? strlen((*rows)[i].prov) : 0;
  }
  return 0;
}

/* Fill t, the view of directive number i, from plan p: its rows with
** their measures (from rec, the profile's transposition record of it).
** 0, or -1 if memory ran out. */
static int fill_view(report_tp *t, const lx_assessment *a, const report_tp_plan *p, size_t i, const data_value *rec) {
  size_t from = p->start[i], m = p->start[i + 1] - from, ntable = 0;
  t->rows = calloc(m + 1, sizeof *t->rows);
  table_row *table;
  int rows_rc = table_rows(data_get(rec, "table"), &table, &ntable);
  const data_value *measures = data_get(rec, "measures");
  size_t *at = malloc((m + 1) * sizeof *at);   /* each row's measures in text */
  strbuf text;
  sb_init(&text);
  int rc = t->rows && at && rows_rc == 0 ? 0 : -1;
  for (size_t k = 0; rc == 0 && k < m; k++) {
    const lx_finding *f = &a->findings[p->idx[from + k]];
    report_tp_row *row = &t->rows[t->n++];
    row->f = f;
    row->due = p->due[from + k];
    at[k] = text.len;
    measures_for(&text, table, ntable, measures, f->rule->ref);
    if (text.len == at[k]) cited_sources(&text, f);   /* the table is silent: what the finding cites */
    sb_putc(&text, '\0');
  }
  t->text = rc == 0 ? sb_take(&text) : (sb_free(&text), NULL);
  if (!t->text) rc = -1;
  for (size_t k = 0; rc == 0 && k < t->n; k++) t->rows[k].measures = t->text + at[k];
  free(at);
  free(table);
  return rc;
}

report_tp *report_transposition(const lx_assessment *a, const report_related *rel, size_t *n) {
  *n = 0;
  report_tp_plan *own = rel && rel->a == a && rel->tp_plan ? NULL : report_tp_plan_make(a);
  const report_tp_plan *p = own ? own : rel && rel->a == a ? rel->tp_plan : NULL;
  report_tp *v = p ? calloc(a->rules->ninstruments + 1, sizeof *v) : NULL;
  if (!v) { report_tp_plan_free(own); return NULL; }
  const data_value *all = data_get(a->profile->data, "transposition");
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    if (strcmp(ins->kind, "eu_directive") != 0) continue;
    report_tp *t = &v[(*n)++];
    t->ins = ins;
    t->b = &a->bindings[i];
    if (fill_view(t, a, p, i, data_get(all, ins->id)) != 0) {
      report_tp_free(v, *n);
      report_tp_plan_free(own);
      return NULL;
    }
  }
  report_tp_plan_free(own);
  return v;
}

void report_tp_free(report_tp *v, size_t n) {
  for (size_t i = 0; v && i < n; i++) {
    free(v[i].rows);
    free(v[i].text);
  }
  free(v);
}

/*
 * report_stream.c -- every report format written one assessment at a time
 * (report.h), and the whole-batch writers built on it.
 *
 * A batch's report is the formats' pieces put together in one way only:
 * the beginning, each assessment with its index, the end.  assess streams
 * its batches through it (each assessment freed once written); report_write
 * feeds it an array; the two make the same bytes by construction.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

typedef enum { FMT_TEXT, FMT_MD, FMT_JSON, FMT_HTML, FMT_CSV, FMT_SUMMARY } stream_format;

struct report_stream {
  FILE *out;
  stream_format fmt;
  report_options o;               /* a copy: the caller's may go before the end */
  report_html_page *page;         /* html: the page being written */
  report_json_doc *doc;           /* json: the document being written */
  report_related rel;             /* the related findings and order of the last
                                  ** assessment's rules, reused while they are the same */
  size_t count;                   /* assessments written */
  int failed;                     /* a piece could not be written */
};

/* The format named fmt (text, md, json, html, csv, summary; text otherwise). */
static stream_format format_named(const char *fmt) {
  if (strcmp(fmt, "json") == 0) return FMT_JSON;
  if (strcmp(fmt, "html") == 0) return FMT_HTML;
  if (strcmp(fmt, "csv") == 0) return FMT_CSV;
  if (strcmp(fmt, "md") == 0) return FMT_MD;
  if (strcmp(fmt, "summary") == 0) return FMT_SUMMARY;
  return FMT_TEXT;
}

report_stream *report_stream_begin(FILE *out, const char *fmt, const report_options *o,
                                   size_t n, const char *const *names, const char *as_of) {
  report_stream *s = calloc(1, sizeof *s);
  if (!s) { fprintf(stderr, "lexgap: out of memory\n"); return NULL; }
  s->out = out;
  s->fmt = format_named(fmt);
  s->o = *o;
  switch (s->fmt) {
  case FMT_JSON:
    s->doc = report_json_begin(out, &s->o, n);
    if (!s->doc) { fprintf(stderr, "lexgap: out of memory\n"); free(s); return NULL; }
    s->failed = ferror(out) != 0;
    break;
  case FMT_HTML:
    s->page = report_html_begin(out, &s->o, n, names, as_of);
    if (!s->page) { fprintf(stderr, "lexgap: out of memory\n"); free(s); return NULL; }
    break;
  case FMT_CSV: report_csv_header(out); break;
  case FMT_TEXT: case FMT_MD: case FMT_SUMMARY: break;
  }
  return s;
}

int report_stream_add(report_stream *s, const lx_assessment *a, const lx_rating *ratings, size_t nratings) {
  size_t i = s->count++;
  report_related *rel = &s->rel;
  if (s->fmt != FMT_SUMMARY && !report_related_reuse(rel, a)) {   /* the summary shows none */
    report_related_free(rel);
    if (report_related_build(rel, a) != 0) {
      fprintf(stderr, "lexgap: out of memory\n");
      s->failed = 1;
      return -1;
    }
  }
  switch (s->fmt) {
  case FMT_JSON:
    if (report_json_assessment(s->doc, s->out, a, ratings, nratings, rel, i, &s->o) != 0) s->failed = 1;
    break;
  case FMT_HTML: report_html_assessment(s->page, a, ratings, nratings, rel, i); break;
  case FMT_CSV: report_csv_rows(s->out, a, rel, &s->o); break;
  case FMT_MD: report_doc_assessment(s->out, a, ratings, nratings, rel, i, &s->o, 1); break;
  case FMT_SUMMARY: report_summary_assessment(s->out, a, ratings, nratings, i, &s->o); break;
  case FMT_TEXT: report_doc_assessment(s->out, a, ratings, nratings, rel, i, &s->o, 0); break;
  }
  return s->failed || ferror(s->out) ? -1 : 0;
}

int report_stream_end(report_stream *s) {
  if (!s) return -1;
  switch (s->fmt) {
  case FMT_JSON: if (report_json_end(s->doc, s->out, s->count) != 0) s->failed = 1; break;
  case FMT_HTML: report_html_end(s->page, 1); break;
  case FMT_SUMMARY: report_summary_end(s->out, &s->o); break;
  case FMT_TEXT: case FMT_MD: case FMT_CSV: break;
  }
  fflush(s->out);
  int rc = s->failed || ferror(s->out) ? -1 : 0;
  report_related_free(&s->rel);
  free(s);
  return rc;
}

void report_stream_abandon(report_stream *s) {
  if (!s) return;
  if (s->fmt == FMT_HTML) report_html_end(s->page, 0);
  if (s->fmt == FMT_JSON) report_json_free(s->doc);
  report_related_free(&s->rel);
  free(s);
}

/* An assessment with its ratings (rating_compute's). */
typedef struct {
  const lx_assessment *a;
  const lx_rating *ratings;
  size_t nratings;
} report_rated;

/* report_write for assessments rated already. */
static int report_write_rated(FILE *out, const char *fmt, const report_rated *as, size_t n, const report_options *o) {
  const char **names = calloc(n ? n : 1, sizeof *names);
  if (!names) { fprintf(stderr, "lexgap: out of memory\n"); return -1; }
  for (size_t i = 0; i < n; i++) names[i] = as[i].a->profile->state_name;
  report_stream *s = report_stream_begin(out, fmt, o, n, names, n ? as[0].a->as_of : NULL);
  free(names);
  if (!s) return -1;
  int rc = 0;
  for (size_t i = 0; i < n; i++)
    if (report_stream_add(s, as[i].a, as[i].ratings, as[i].nratings) != 0) rc = -1;
  if (report_stream_end(s) != 0) rc = -1;
  return rc;
}

int report_write(FILE *out, const char *fmt, lx_assessment *const *as, size_t n, const report_options *o) {
  report_rated *items = calloc(n ? n : 1, sizeof *items);
  lx_rating **lists = calloc(n ? n : 1, sizeof *lists);
  int rc = items && lists ? 0 : -1;
  if (rc) fprintf(stderr, "lexgap: out of memory\n");
  for (size_t i = 0; rc == 0 && i < n; i++) {
    size_t nr = rating_compute(as[i], &lists[i]);
    items[i] = (report_rated){ as[i], lists[i], nr };
  }
  if (rc == 0) rc = report_write_rated(out, fmt, items, n, o);
  for (size_t i = 0; lists && i < n; i++) rating_free(lists[i], items[i].nratings);
  free(items);
  free(lists);
  return rc;
}

int report_text(FILE *out, lx_assessment *const *as, size_t n, const report_options *o) {
  return report_write(out, "text", as, n, o);
}

int report_markdown(FILE *out, lx_assessment *const *as, size_t n, const report_options *o) {
  return report_write(out, "md", as, n, o);
}

int report_json(FILE *out, lx_assessment *const *as, size_t n, const report_options *o) {
  return report_write(out, "json", as, n, o);
}

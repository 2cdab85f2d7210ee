/*
 * report.h -- gap reports: text (terminal), Markdown, JSON, HTML, CSV, and
 * the short summary.
 *
 * All present the same assessment in the same order: the State and its
 * binding to each instrument, the scope note (the law on the books, not its
 * effectiveness), a summary by status and level, the ratings with how much
 * they rest on, then the gaps
 * (mandatory obligations not met or partly met), the open questions
 * (unknown), the errors, and the other findings; within each part,
 * obligations in the order of the instrument.  Every finding shows its
 * reference, level, status, explanation, the profile's evidence with its
 * sources, what is missing, and the open questions.  With report_options
 * .brief (--only gaps) the other findings are left out.
 */
#ifndef LX_REPORT_H
#define LX_REPORT_H

#include <stdio.h>

#include "evaluate.h"
#include "rating.h"

typedef struct {
  const char *lang;        /* "en" or "fr": language of the words shown */
  int color;               /* ANSI colours (text format only) */
  const char *rules_dir;   /* unused: the header names each instrument's rule pack */
  int brief;               /* only the gaps, the open questions and the errors
                           ** (assess --only gaps): a version to circulate */
  const char *full_report; /* summary: where the full report was written, or NULL */
} report_options;

/* Each writes n assessments to out (report_write in that format); returns
** 0, or -1 if writing failed. */
int report_text(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
int report_markdown(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
int report_json(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
/* The HTML palette (report_html.c), shared with the matrix heat map:
** colour-blind safe (a red-blue diverging scale), the gaps darkest. */
const char *report_grade_fill(const char *grade);      /* "C" ... "--" */
const char *report_status_fill(lx_status status);
/* Black or white, whichever reads on fill. */
const char *report_ink_on(const char *fill);
/* Text escaped for HTML content (& < > escaped, control characters dropped). */
void report_html_escape(FILE *f, const char *s);
/* Text from profiles and rules as the text (md 0) and Markdown (md 1)
** reports show it, never interpreted: control characters but the line
** break shown as '?', and in Markdown a backslash before each character
** that starts emphasis, links, HTML or code.  Into buf[size] (size > 0),
** cut before a character once fewer than 4 bytes are left. */
void report_text_escape(const char *s, int md, char *buf, size_t size);
/* Text escaped for Markdown (markup characters escaped, control characters
** shown as '?'), as the Markdown report escapes profile text. */
void report_md_escape(FILE *f, const char *s);
/* One CSV value, quoted when needed, a leading = + - @ neutralised (no
** separator written), as the CSV report writes every field. */
void report_csv_value(FILE *f, const char *s);
/* The report in format fmt: text, md, json, html (one self-contained page:
** inline styles and SVG charts, no script, no network resource, printable
** on A4), csv (one row per finding, RFC 4180, texts in o->lang) or summary
** (for the terminal, report_summary.c: per State, each instrument's rating
** with its coverage, the counts, the gaps one line each, the number of open
** questions; then the scope note and where to see more).  A report_stream
** (below) fed as[0..n-1], each rated here. */
int report_write(FILE *out, const char *fmt, lx_assessment *const *as, size_t n, const report_options *o);

/* ---- a report written one assessment at a time (report_stream.c) ---- */

typedef struct report_related report_related;    /* below, with the shared helpers */

/* Every format is written as a stream: a beginning, each assessment as soon
** as it is evaluated (it may be freed once added), an end.  The bytes are
** those of report_write on the whole batch.  What a format shows of the
** whole batch before the first assessment (the HTML page's title names
** every State) is given to report_stream_begin; nothing else is kept. */
typedef struct report_stream report_stream;

/* Begin the report in format fmt on out for a batch of n assessments:
** names[0..n-1] the States' names (NULL entries allowed; only the HTML title
** reads them), as_of the first one's date.  NULL if out of memory (said on
** standard error); the caller then writes nothing more. */
report_stream *report_stream_begin(FILE *out, const char *fmt, const report_options *o,
                                   size_t n, const char *const *names, const char *as_of);
/* Write a, the next assessment of the batch, with its ratings
** (ratings[0..nratings-1], rating_compute's: computed once by the caller,
** who also reads them for the exit status).  a may be freed once added,
** but its rule set must live until the stream ends: what depends only on
** the rules (the related findings, the order, the JSON of each rule) is
** kept, found by the rules' addresses, and reused for the next assessments
** of the same rules.  0, or -1 if writing failed. */
int report_stream_add(report_stream *s, const lx_assessment *a, const lx_rating *ratings, size_t nratings);
/* Finish the report, flush out and free s; 0, or -1 if writing failed at
** any point.  NULL does nothing and returns -1. */
int report_stream_end(report_stream *s);
/* Free s writing nothing more (the batch failed; its output is discarded
** or left incomplete).  NULL does nothing. */
void report_stream_abandon(report_stream *s);

/* The formats' pieces the stream puts together (one file each). */
/* The JSON report: its beginning written to out, and what the document
** keeps while it is written (a buffer, and each rule's constant members
** written once and copied into each finding after: the rule sets of the
** assessments added must live until report_json_end), for n assessments
** (the members of a rule are kept only while another is to follow; a wrong
** n changes what is kept, never the bytes).  NULL if out of memory. */
typedef struct report_json_doc report_json_doc;
report_json_doc *report_json_begin(FILE *out, const report_options *o, size_t n);
/* Each per-assessment piece reads a's ratings and the related findings
** (report_related) the stream computed once for it.  JSON: 0, or -1 if
** memory ran out or writing to out failed. */
int report_json_assessment(report_json_doc *doc, FILE *out, const lx_assessment *a, const lx_rating *ratings,
                           size_t nratings, const report_related *rel, size_t index, const report_options *o);
/* The end of the document, written to out; frees doc. */
int report_json_end(report_json_doc *doc, FILE *out, size_t count);
/* Free doc writing nothing more.  NULL does nothing. */
void report_json_free(report_json_doc *doc);
void report_doc_assessment(FILE *out, const lx_assessment *a, const lx_rating *ratings, size_t nratings,
                           const report_related *rel, size_t index, const report_options *o, int md);
typedef struct report_html_page report_html_page;
report_html_page *report_html_begin(FILE *out, const report_options *o, size_t n, const char *const *names,
                                    const char *as_of);
void report_html_assessment(report_html_page *p, const lx_assessment *a, const lx_rating *ratings,
                            size_t nratings, const report_related *rel, size_t index);
void report_html_end(report_html_page *p, int complete);   /* the footer if complete; frees p */
void report_csv_header(FILE *out);
void report_csv_rows(FILE *out, const lx_assessment *a, const report_related *rel, const report_options *o);
void report_summary_assessment(FILE *out, const lx_assessment *a, const lx_rating *ratings, size_t nratings,
                               size_t index, const report_options *o);
void report_summary_end(FILE *out, const report_options *o);

/* ---- shared by the writers (report_common.c) ---- */

/* The parts of a report, in order. */
typedef enum { PART_GAPS, PART_UNKNOWN, PART_ERRORS, PART_OTHER, PART_GOOD_PRACTICE, PART_COUNT } report_part;

/* Which part a finding belongs in: a soft-law recommendation that could be
** evaluated goes to the good-practice part, whatever its status. */
report_part report_part_of(const lx_finding *f);

/* Indexes of the findings of one part, in instrument order; *n set.
** Caller frees. */
size_t *report_select(const lx_assessment *a, report_part part, size_t *n);

/* Was r's finding assessed as if the State were bound (applicability.h
** PROSPECTIVE: a treaty not yet in force or not yet binding the State,
** assessed with --prospective, or party status not recorded)? */
int report_prospective(const lx_assessment *a, const lx_rule *r);

/* Words shown to readers, in lang. */
const char *report_word(const char *key, const char *lang);
/* The status in the terms of the obligation's level ("not adopted
** (optional)" rather than "not met"). */
const char *report_status_label(lx_level level, lx_status status, const char *lang);
const char *report_level_label(lx_level level, const char *lang);
/* The same for a rule: a soft-law recommendation (r->good_practice) in the
** terms of good practice ("followed", "not followed (advised)"; level "good
** practice (not binding)"), never in those of a duty. */
const char *report_rule_status_label(const lx_rule *r, lx_status status, const char *lang);
const char *report_rule_level_label(const lx_rule *r, const char *lang);
/* The good-practice status for a count of n ("7 followed"; French plurals). */
const char *report_good_practice_count_label(lx_status status, int n, const char *lang);
/* Indexes of the findings related to finding f, in instrument order: those
** whose rules serve f's obligation (their `serves`, twins included, names its
** id), and, when f's rule is binding (not good practice), those its own
** `serves` names: the same duty in another treaty shows on both sides.  *n
** set.  Caller frees; NULL with *n = 0 when there are none. */
size_t *report_served_by(const lx_assessment *a, const lx_finding *f, size_t *n);
/* report_served_by for every finding of one assessment, built once (rule
** ids looked up by binary search, not compared finding by finding), and
** the findings in instrument order (what report_select sorts by part).
** Both depend only on the rules of the findings, so that a batch builds
** them once and reuses them for every assessment of the same rules. */
struct report_related {
  const lx_assessment *a;
  size_t *start;       /* the related findings of finding i: idx[start[i] .. start[i] + len[i] - 1] */
  size_t *len;
  size_t *idx;
  size_t *order;       /* every finding, in instrument order (report_related_select) */
  const lx_rule **rules;   /* the rule of each finding it was built for, n of them */
  size_t n;
  struct report_displays *displays;   /* each finding's reference as shown, in English
                                      ** and French, made at its first use
                                      ** (report_related_display) */
  struct report_tp_plan *tp_plan;     /* the transposition views' rows and order
                                      ** (report_transposition.h), NULL if memory ran out */
};
/* Build rel for a; 0, or -1 if out of memory (rel then empty). */
int report_related_build(report_related *rel, const lx_assessment *a);
/* Make rel, built for another assessment, a's: 1 if a's findings are of
** the same rules in the same order (rel then answers for a), else 0 (rel
** unchanged: build it for a).  The rules must be the ones rel was built
** with, still alive (the stream's rule sets outlive it). */
int report_related_reuse(report_related *rel, const lx_assessment *a);
/* What report_select(rel->a, part, n) returns, from rel's order. */
size_t *report_related_select(const report_related *rel, report_part part, size_t *n);
/* What report_served_by(a, f, n) lists, owned by rel (NULL when *n is 0);
** f is one of rel's assessment's findings. */
const size_t *report_related_of(const report_related *rel, const lx_finding *f, size_t *n);
void report_related_free(report_related *rel);
/* lx_ref_display(a->rules, ref, lang, buf, size) of finding f's rule (its
** ref, or its id when it has none; f one of rel's assessment's findings),
** worked out once per rules for "en" and "fr" (and size up to 256, as the
** writers ask) and copied from then on: the batch's assessments and the
** places one assessment shows it share it. */
void report_related_display(const report_related *rel, const lx_finding *f, const char *lang, char *buf, size_t size);
/* report_served_line, its reference from report_related_display. */
void report_related_served_line(const report_related *rel, const lx_finding *g, const char *lang, char *buf,
                                size_t size);
/* "Good practice: [followed] UNTOC WG para. 11 — title" for finding g,
** which serves another obligation, into buf. */
void report_served_line(const lx_assessment *a, const lx_finding *g, const char *lang, char *buf, size_t size);
/* "major", "moderate" or "minor": the weight of a shortfall, in lang. */
const char *report_weight_word(const lx_finding *f, const char *lang);
/* "UNTOC", "Cluster 1 — Criminalization and jurisdiction", "UNTOC art. 5". */
void report_rating_title(const lx_assessment *a, const lx_rating *r, const char *lang, char *buf, size_t size);

/* The status label for a count of n findings ("109 met"; in French the
** plural agrees: "109 remplis"). */
const char *report_status_count_label(lx_level level, lx_status status, int n, const char *lang);
/* "1 finding", "2 findings", "2 constats": key is finding, gap, error,
** obligation, question (open questions) or article. */
void report_count(char *buf, size_t size, int n, const char *key, const char *lang);
/* "194 findings: 109 met, ...; 4 gaps", in lang (report_doc.c). */
void report_counts_line(const lx_assessment *a, const char *lang, char *line, size_t size);
/* A date for readers in lang: ISO in English ("2003-09-29"), French legal
** style in French ("29 septembre 2003"). */
void report_date(const char *iso, const char *lang, char *buf, size_t size);
/* Write s wrapped at width columns (at spaces; counted in bytes), the lines
** after the first indented by indent, then a newline.  The text report and
** the summary. */
void report_wrap(FILE *f, int indent, int width, const char *s);
/* The strings s, ... (up to a NULL; none NULL before it) one after
** another into buf[size], cut at size - 1 bytes and terminated (size > 0),
** returning their whole length: what snprintf(buf, size, "%s%s...", ...)
** does, without a format to parse. */
size_t report_concat(char *buf, size_t size, const char *s, ...) __attribute__((sentinel));
/* The strings s, ... (up to a NULL) one after another, handed to f in
** one write (or in 4 KiB parts): what fprintf(f, "%s%s...", ...) writes,
** without a format to parse or a call into stdio per string. */
void report_put_strings(FILE *f, const char *s, ...) __attribute__((sentinel));
/* The label separator: ": ", or in French a narrow no-break space and ": ". */
const char *report_sep(const char *lang);
/* What the rules are: "UNTOC pack (rules/untoc, 194 obligations), lexgap 0.1.0". */
void report_rules_line(const lx_assessment *a, const char *lang, char *buf, size_t size);
/* An instrument's rating with its coverage: "UNTOC: LC — largely compliant
** (provisional: 22 of 26 articles rated, 94 of 144 obligations settled)". */
void report_headline(const lx_assessment *a, const lx_rating *r, const char *lang, char *buf, size_t size);

/* A bilingual text in lang, falling back to the other language. */
const char *report_pick(const lx_text *t, const char *lang);

/* Is `lang` an official language of the instrument of rule r?  A descriptor
** listing `official_languages` (a directive whose only authentic text in the
** tree is French) makes the rule's text in any other language an unofficial
** translation, labelled so wherever a report shows it; without the list,
** every text is official. */
int report_text_official(const lx_ruleset *rs, const lx_rule *r, const char *lang);
/* The languages among en, fr and es (bits 0, 1 and 2) in which r's text
** is not official (report_text_official false), with one look-up of the
** instrument's list for the three. */
unsigned report_unofficial_languages(const lx_ruleset *rs, const lx_rule *r);
/* The rule's text in the first of the instrument's official_languages it
** gives (*lang set), or NULL: what a report quotes beside an unofficial
** translation. */
const char *report_official_text(const lx_ruleset *rs, const lx_rule *r, const char **lang);

#endif

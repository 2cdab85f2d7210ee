/*
 * report.h -- gap reports: text (terminal), Markdown and JSON.
 *
 * All three present the same assessment in the same order: the State and its
 * binding to each instrument, a summary by status and level, then the gaps
 * (mandatory obligations not met or partly met), the open questions
 * (unknown), the errors, and the other findings; within each part,
 * obligations in the order of the instrument.  Every finding shows its
 * reference, level, status, explanation, the profile's evidence with its
 * sources, what is missing, and the open questions.
 */
#ifndef LX_REPORT_H
#define LX_REPORT_H

#include <stdio.h>

#include "evaluate.h"
#include "rating.h"

typedef struct {
  const char *lang;        /* "en" or "fr": language of the words shown */
  int color;               /* ANSI colours (text format only) */
  const char *rules_dir;   /* shown in the header */
} report_options;

/* Each writes n assessments to out; returns 0, or -1 if writing failed. */
int report_text(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
int report_markdown(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
int report_json(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
/* One self-contained HTML page (inline styles and SVG charts, no script,
** no network resource), printable on A4. */
int report_html(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);
/* Text escaped for HTML content (& < > escaped, control characters dropped). */
void report_html_escape(FILE *f, const char *s);
/* Text escaped for Markdown (markup characters escaped, control characters
** shown as '?'), as the Markdown report escapes profile text. */
void report_md_escape(FILE *f, const char *s);
/* One CSV value, quoted when needed, a leading = + - @ neutralised (no
** separator written), as the CSV report writes every field. */
void report_csv_value(FILE *f, const char *s);
/* One row per finding (RFC 4180), for spreadsheets; texts in o->lang. */
int report_csv(FILE *out, lx_assessment *const *as, size_t n, const report_options *o);

/* ---- shared by the writers (report_common.c) ---- */

/* The parts of a report, in order. */
typedef enum { PART_GAPS, PART_UNKNOWN, PART_ERRORS, PART_OTHER, PART_COUNT } report_part;

/* Which part a finding belongs in. */
report_part report_part_of(const lx_finding *f);

/* Indexes of the findings of one part, in instrument order; *n set.
** Caller frees. */
size_t *report_select(const lx_assessment *a, report_part part, size_t *n);

/* Is `lang` an official language of the instrument of rule r?  A descriptor
** listing `official_languages` (a directive whose only authentic text in the
** tree is French) makes the rule's text in any other language an unofficial
** translation, labelled so wherever a report shows it; without the list,
** every text is official. */
int report_text_official(const lx_ruleset *rs, const lx_rule *r, const char *lang);

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
/* "major", "moderate" or "minor": the weight of a shortfall, in lang. */
const char *report_weight_word(const lx_finding *f, const char *lang);
/* "UNTOC", "Cluster 1 — Criminalization and jurisdiction", "UNTOC art. 5". */
void report_rating_title(const lx_assessment *a, const lx_rating *r, const char *lang, char *buf, size_t size);

/* A bilingual text in lang, falling back to the other language. */
const char *report_pick(const lx_text *t, const char *lang);

#endif

/*
 * report_transposition.h -- the transposition view of an EU directive, as
 * every report format shows it (text, Markdown, HTML, JSON, CSV).
 *
 * The way the Commission checks transposition: for each obligation of the
 * directive, the national measure(s) the profile's table of correspondence
 * names for it, the provision's deadline, and the finding (status and
 * reason); with the directive's binding at the assessment date.  Built from
 * the assessment alone, so every writer shows the same rows.
 */
#ifndef LX_REPORT_TRANSPOSITION_H
#define LX_REPORT_TRANSPOSITION_H

#include "evaluate.h"

typedef struct report_related report_related;   /* report.h */

typedef struct {
  const lx_finding *f;    /* the obligation and its finding */
  const char *due;        /* the provision's transposition deadline, or NULL */
  const char *measures;   /* titles of the measures the table names, joined
                             by "; "; when it names none, the national
                             provisions the finding cites; "" when neither
                             (in the view's text) */
} report_tp_row;

typedef struct {
  const lx_instrument *ins;
  const binding *b;       /* the State's binding at the assessment date */
  report_tp_row *rows;    /* in the order of the directive */
  size_t n;
  char *text;             /* the rows' measures, one after another */
} report_tp;

/* Which findings are rows, in which order, with which deadline: what
** depends only on the findings' rules (report_tp_plan_make), made once
** for a batch's assessments of the same rules (report_related). */
typedef struct report_tp_plan report_tp_plan;

/* The plan for a's findings, or NULL if memory ran out. */
report_tp_plan *report_tp_plan_make(const lx_assessment *a);
void report_tp_plan_free(report_tp_plan *p);

/* The views of the EU directives of assessment a (an empty array when it
** assesses none); *n is set.  rel, when not NULL and built for a (its
** report_related), gives the rows' order made once for a's rules; without
** it the order is worked out here, the same.  Returns NULL only when
** memory runs out.  Free with report_tp_free. */
report_tp *report_transposition(const lx_assessment *a, const report_related *rel, size_t *n);
void report_tp_free(report_tp *v, size_t n);

#endif

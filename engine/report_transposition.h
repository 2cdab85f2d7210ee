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

typedef struct {
  const lx_finding *f;    /* the obligation and its finding */
  const char *due;        /* the provision's transposition deadline, or NULL */
  char *measures;         /* titles of the measures the table names, joined
                             by "; "; when it names none, the national
                             provisions the finding cites; "" when neither */
} report_tp_row;

typedef struct {
  const lx_instrument *ins;
  const binding *b;       /* the State's binding at the assessment date */
  report_tp_row *rows;    /* in the order of the directive */
  size_t n;
} report_tp;

/* The views of the EU directives of assessment a (an empty array when it
** assesses none); *n is set.  Returns NULL only when memory runs out.
** Free with report_tp_free. */
report_tp *report_transposition(const lx_assessment *a, size_t *n);
void report_tp_free(report_tp *v, size_t n);

#endif

/*
 * evaluate.h -- run the obligations of a rule set against one profile.
 *
 * Obligations run in dependency order.  Before a check runs, the engine
 * decides applicability (party status, entry into force, reservations); an
 * invalid rule, a failing check, an exhausted budget or a failed dependency
 * yields an `error` finding and evaluation goes on with the other rules.
 */
#ifndef LX_EVALUATE_H
#define LX_EVALUATE_H

#include "applicability.h"
#include "caveats.h"
#include "profile.h"
#include "rules.h"
#include "sandbox.h"

typedef struct {
  char *fact;        /* profile path the evidence comes from */
  char *label;       /* what it is (offence name, statement...) or NULL */
  char *source;      /* national provision */
  char *url, *note, *from, *repealed;
} lx_evidence;

typedef struct {
  char *fact;        /* the fact that would settle it */
  lx_text text;      /* the question */
} lx_question;

typedef struct {
  const lx_rule *rule;
  lx_status status;
  lx_text explanation;
  lx_text option;                 /* which alternative met the duty */
  char *option_id;
  lx_text *missing; int nmissing;
  lx_question *questions; int nquestions;
  lx_evidence *evidence; int nevidence;
  char *error_file; int error_line; char *error_message;   /* status error */
  int reservation_unprovided;     /* not_applicable by a reservation to a provision
                                     the instrument does not open to reservations */
  int checked;                    /* 1: the engine handed the rule's check to Lua to
                                     call, whatever it then returned or raised (a
                                     file at its held memory budget may fail before
                                     the check's first instruction); 0: the engine
                                     settled the finding in C, or an error stopped it
                                     before it handed the check over (an invalid
                                     rule, a failed dependency, out of memory while
                                     it prepared the call).  Not part of any report
                                     (no writer reads it): what measurements count
                                     (tests/bench/bench.c) */
} lx_finding;

typedef struct {
  const lx_profile *profile;
  const lx_ruleset *rules;
  char as_of[11];
  binding *bindings;              /* one per instrument of the rule set */
  lx_finding *findings;           /* one per rule, in rule-set order */
  size_t n;
  lx_caveat *caveats;             /* warnings about its reliability (caveats.h) */
  size_t ncaveats;
  struct finding_strings *strings; /* the findings' strings and lists when evaluate() made
                                      them, freed together; NULL: each allocated alone (store.c) */
} lx_assessment;

/* Evaluate every rule for the profile at as_of.  Returns 0, or -1 on
** allocation failure (the assessment is then freed). */
int evaluate(lx_assessment *a, lx_sandbox *sb, const lx_ruleset *rs, const lx_profile *p,
             const char *as_of, int prospective);

void assessment_free(lx_assessment *a);

/* Counts for summaries.  Good practice (a soft-law instrument's
** recommendations) is counted apart, in good_practice[]: never in the
** counts by status and level, the gaps, or what decides the exit status;
** a recommendation whose rule failed still counts as an error. */
typedef struct {
  int by_status[LX_NSTATUS];
  int by_level[LX_NLEVEL][LX_NSTATUS];
  int good_practice[LX_NSTATUS];
  int ngood_practice;
  int gaps;
  int errors;
} lx_summary;

void assessment_summary(const lx_assessment *a, lx_summary *s);

#endif

/*
 * caveats.h -- what makes an assessment less reliable than it looks.
 *
 * The findings say what the profile shows; a caveat says why the reader
 * should doubt the profile itself as the description of the law assessed:
 * the assessment date far after (or before) the date the profile describes,
 * a placeholder State, facts stated for an instrument that has no rule pack.
 * Caveats are computed with the assessment (evaluate.c), printed as warnings
 * on standard error by `lexgap assess`, and shown in every report format
 * (docs/reports.md, "Warnings").
 */
#ifndef LX_CAVEATS_H
#define LX_CAVEATS_H

#include <stddef.h>

#include "profile.h"
#include "rules.h"

/* How long after the date a profile describes its facts are still read
** without a warning: one year (an assessment later than describes_law_as_of
** plus one year is warned about; national law changes). */
#define CAVEAT_STALE_YEARS 1

typedef struct {
  const char *code;   /* "as_of_long_after", "as_of_before", "placeholder_state",
                         "instrument_without_pack" (static strings) */
  lx_text text;       /* the warning, in en and fr (owned) */
} lx_caveat;

/* The caveats of assessing profile p with the rule set rs at as_of, into
** *out (malloc'd array, *n entries; NULL and 0 when there is none).
** Returns 0, or -1 on allocation failure (*out then NULL, *n 0). */
int caveats_collect(const lx_ruleset *rs, const lx_profile *p, const char *as_of, lx_caveat **out, size_t *n);

void caveats_free(lx_caveat *c, size_t n);

#endif

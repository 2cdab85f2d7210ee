/*
 * questionnaire.h -- what an analyst must find out to assess a State: the
 * facts the rules read, with the schema's questions and the provisions each
 * serves.  See questionnaire.c.
 */
#ifndef LX_QUESTIONNAIRE_H
#define LX_QUESTIONNAIRE_H

#include <stdio.h>

#include "rules.h"

/* Instruments whose questions a profile has already answered (e.g. untoc,
** for the Cybercrime Convention's questionnaire): the facts their rules read
** are left out.  NULL or n = 0: none. */
typedef struct {
  const char *const *ids;
  int n;
} questionnaire_answered;

/* A blank profile (a valid data file) for the rules of instrument (NULL:
** every instrument loaded), each fact as a commented template with its
** question, in lang, less the facts `ans` already asks.  Returns 0, or -1 on
** a write or allocation failure. */
int questionnaire_profile(FILE *out, const lx_ruleset *rs, const char *instrument, const questionnaire_answered *ans,
                          const char *lang);

/* The same questions as a document: Markdown (html = 0) or a self-contained
** HTML page (html = 1). */
int questionnaire_document(FILE *out, const lx_ruleset *rs, const char *instrument, const questionnaire_answered *ans,
                           const char *lang, int html);

#endif

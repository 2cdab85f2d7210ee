/*
 * questionnaire.h -- what an analyst must find out to assess a State: the
 * facts the rules read, with the schema's questions and the provisions each
 * serves.  See questionnaire.c.
 */
#ifndef LX_QUESTIONNAIRE_H
#define LX_QUESTIONNAIRE_H

#include <stdio.h>

#include "rules.h"

/* A blank profile (a valid data file) for the rules of instrument (NULL:
** every instrument loaded), each fact as a commented template with its
** question, in lang.  Returns 0, or -1 on a write or allocation failure. */
int questionnaire_profile(FILE *out, const lx_ruleset *rs, const char *instrument, const char *lang);

/* The same questions as a document: Markdown (html = 0) or a self-contained
** HTML page (html = 1). */
int questionnaire_document(FILE *out, const lx_ruleset *rs, const char *instrument, const char *lang, int html);

#endif

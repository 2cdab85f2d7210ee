/*
 * profile.h -- a country profile: a data file validated against the schema.
 *
 * A profile is untrusted data.  It is read by the data-file parser (no code
 * runs) and validated in full before anything is assessed: a profile with
 * any problem is refused, and every problem is listed with file, line and
 * key path.
 */
#ifndef LX_PROFILE_H
#define LX_PROFILE_H

#include "data.h"
#include "diag.h"

/* The versions of the profile format this lexgap reads (profile_format). */
#define PROFILE_FORMAT_MIN 1
#define PROFILE_FORMAT_MAX 1

typedef struct {
  char *file;
  data_value *data;            /* the validated tree */
  const char *state_code;      /* points into data */
  const char *state_name;
  const char *state_name_fr;   /* may be NULL */
  const char *describes;       /* describes_law_as_of */
  data_blocks *blocks;         /* what data is carved from (profile_load), or NULL: data_free */
} lx_profile;

/* Load and validate.  Returns 0, or -1 with every problem in diags (the
** profile is then left empty). */
int profile_load(lx_profile *p, const char *file, const data_value *schema, diag_list *diags);

/* Validate an already parsed tree (rule test cases build theirs by merging);
** takes ownership of data in every case. */
int profile_from_data(lx_profile *p, const char *file, data_value *data, const data_value *schema,
                      diag_list *diags);

void profile_free(lx_profile *p);

#endif

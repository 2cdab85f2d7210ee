/*
 * profile.c -- load and validate country profiles.
 */
#include "profile.h"

#include <stdlib.h>
#include <string.h>

#include "schema.h"

int profile_from_data(lx_profile *p, const char *file, data_value *data, const data_value *schema,
                      diag_list *diags) {
  memset(p, 0, sizeof *p);
  if (schema_check(schema, data, file, diags) > 0) {
    data_free(data);
    return -1;
  }
  p->file = strdup(file);
  p->data = data;
  const data_value *state = data_get(data, "state");
  p->state_code = data_str(data_get(state, "code"));
  p->state_name = data_str(data_get(state, "name"));
  p->state_name_fr = data_str(data_get(state, "name_fr"));
  p->describes = data_str(data_get(data, "describes_law_as_of"));
  if (!p->file) { profile_free(p); diag_add(diags, file, 0, NULL, "out of memory"); return -1; }
  return 0;
}

int profile_load(lx_profile *p, const char *file, const data_value *schema, diag_list *diags) {
  data_error err;
  memset(p, 0, sizeof *p);
  data_value *data = data_parse_file(file, &err);
  if (!data) {
    diag_add(diags, file, err.line, NULL, "%s", err.message);
    return -1;
  }
  return profile_from_data(p, file, data, schema, diags);
}

void profile_free(lx_profile *p) {
  free(p->file);
  data_free(p->data);
  memset(p, 0, sizeof *p);
}

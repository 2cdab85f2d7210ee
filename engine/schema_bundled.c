/*
 * schema_bundled.c -- use the profile model parsed at build time when the
 * files on disk are the ones it was made from (schema_bundled.h).
 */
#include "schema_bundled.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "infile.h"

/* Is the file at path, read whole, byte for byte f's text? */
static int file_is(const char *path, const schema_bundled_file *f) {
  size_t len = 0;
  char why[256];
  char *bytes = infile_read(path, DATA_MAX_BYTES, &len, why, sizeof why);
  int same = bytes && len == f->len && memcmp(bytes, f->bytes, len) == 0;
  free(bytes);
  return same;
}

data_value *schema_bundled_for(const char *dir, char *const *names, int n) {
  if (!schema_bundled_root || schema_bundled_nfiles != (size_t)n + 1) return NULL;
  char path[4400];
  if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, schema_bundled_files[0].name) >= sizeof path ||
      !file_is(path, &schema_bundled_files[0]))
    return NULL;
  for (int i = 0; i < n; i++) {
    const schema_bundled_file *f = &schema_bundled_files[i + 1];    /* "schema/NAME" */
    if (strncmp(f->name, "schema/", 7) != 0 || strcmp(f->name + 7, names[i]) != 0) return NULL;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, f->name) >= sizeof path || !file_is(path, f)) return NULL;
  }
  return schema_bundled_root;
}

int schema_is_bundled(const data_value *schema) {
  return schema && schema == schema_bundled_root;
}

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
  return infile_same(path, f->bytes, f->len);
}

/* The tree made from the packed one (schema_bundled_tree), once. */
static data_value *bundled_tree;

data_value *schema_bundled_tree(void) {
  if (bundled_tree || schema_packed_nvalues == 0) return bundled_tree;
  size_t nv = schema_packed_nvalues, nf = schema_packed_nfields;
  data_value *v = malloc(nv * sizeof *v + nf * sizeof(data_field));
  if (!v) return NULL;
  data_field *f = (data_field *)(void *)(v + nv);
  char *bytes = (char *)schema_packed_bytes;            /* never written: see schema_is_bundled */
  for (size_t i = 0; i < nv; i++) {
    const schema_packed_value *p = &schema_packed_values[i];
    v[i] = (data_value){ .kind = (data_kind)p->kind, .line = p->line };
    switch (p->kind) {
      case DATA_BOOLEAN: v[i].u.boolean = (int)p->u.integer; break;
      case DATA_INTEGER: v[i].u.integer = p->u.integer; break;
      case DATA_NUMBER: v[i].u.number = p->u.number; break;
      case DATA_STRING: v[i].u.string.s = bytes + p->u.span.at; v[i].u.string.len = p->u.span.n; break;
      case DATA_TABLE: v[i].u.table.fields = p->u.span.n ? f + p->u.span.at : NULL; v[i].u.table.n = p->u.span.n; break;
      default: break;
    }
  }
  for (size_t i = 0; i < nf; i++) {
    const schema_packed_field *p = &schema_packed_fields[i];
    f[i] = (data_field){ p->key < 0 ? NULL : bytes + p->key, p->index, v + p->value, p->line };
  }
  return bundled_tree = v;
}

data_value *schema_bundled_for(const char *dir, char *const *names, int n) {
  if (schema_packed_nvalues == 0 || schema_bundled_nfiles != (size_t)n + 1) return NULL;
  char path[4400];
  if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, schema_bundled_files[0].name) >= sizeof path ||
      !file_is(path, &schema_bundled_files[0]))
    return NULL;
  for (int i = 0; i < n; i++) {
    const schema_bundled_file *f = &schema_bundled_files[i + 1];    /* "schema/NAME" */
    if (strncmp(f->name, "schema/", 7) != 0 || strcmp(f->name + 7, names[i]) != 0) return NULL;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, f->name) >= sizeof path || !file_is(path, f)) return NULL;
  }
  return schema_bundled_tree();
}

int schema_is_bundled(const data_value *schema) {
  return schema && schema == bundled_tree;
}

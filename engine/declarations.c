/*
 * declarations.c -- find a bundled rule file's declarations, and tell a
 * bundled pack descriptor (declarations.h).
 */
#include "declarations.h"

#include <stdlib.h>
#include <string.h>

#include "precompiled.h"

/* bsearch comparator: a name against a file's row. */
static int by_file_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_declared_file *)row)->name);
}

/* bsearch comparator: a name against a descriptor's row. */
static int by_descriptor_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_declared_descriptor *)row)->name);
}

const lx_declared_file *declarations_of(const char *path) {
  if (lx_declared_file_count == 0) return NULL;
  return bsearch(precompiled_name_of(path), lx_declared_files, lx_declared_file_count,
                 sizeof *lx_declared_files, by_file_name);
}

int declarations_descriptor_matches(const char *path, const char *src, size_t len) {
  if (lx_declared_descriptor_count == 0 || !src) return 0;
  const lx_declared_descriptor *row = bsearch(precompiled_name_of(path), lx_declared_descriptors,
                                              lx_declared_descriptor_count, sizeof *lx_declared_descriptors,
                                              by_descriptor_name);
  return row && row->source_len == len && memcmp(row->source, src, len) == 0;
}

/*
 * schema_bundled.h -- the bundled profile model, parsed at build time.
 *
 * tools/embed_schema.c parses rules/schema.lua and the fragments of
 * rules/schema/ exactly as the engine does (schema_parse_dir), checks the
 * result (schema_self_check) and writes the tree, with the bytes of every
 * file it was made from, as static data (build/schema_bundled_data.c).  At
 * run time the tree stands for the files only when dir/schema.lua and the
 * fragments listed in dir/schema/ are, names and bytes, the ones it was made
 * from; any other model (an edited file, a fragment added or removed, a
 * rules folder with a schema of its own) is parsed and checked as before,
 * with the same messages.
 */
#ifndef LX_SCHEMA_BUNDLED_H
#define LX_SCHEMA_BUNDLED_H

#include <stddef.h>

#include "data.h"

/* One file the built-in tree was made from. */
typedef struct {
  const char *name;         /* "schema.lua", then "schema/NAME.lua" */
  const char *bytes;        /* its whole text */
  size_t len;
} schema_bundled_file;

/* Generated: the files, schema.lua first, then the fragments in name order
** (strcmp); and the tree, NULL (with no file) when the bundled model did not
** parse or check, so that the engine parses it and reports why. */
extern const schema_bundled_file schema_bundled_files[];
extern const size_t schema_bundled_nfiles;
extern data_value *const schema_bundled_root;

/* The built-in tree, when dir/schema.lua and the fragments names[0..n-1]
** of dir/schema (sorted as rules.c lists them) are, names and bytes, those
** it was made from; else NULL (also when a file cannot be read: parsing it
** reports why).  Each file is read through infile_read and compared whole.
** The tree is static: never changed, never freed (schema_is_bundled). */
data_value *schema_bundled_for(const char *dir, char *const *names, int n);

/* Is schema the built-in tree (not to be freed)? */
int schema_is_bundled(const data_value *schema);

#endif

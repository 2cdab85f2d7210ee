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

/* The tree as generated: without a pointer, so that the executable's copy
** needs no relocation at start (its pages stay clean, shared with every
** other lexgap running).  Values and fields are numbered in one array each
** (value 0 the root); strings and keys are offsets into one array of
** bytes, each NUL-terminated. */
typedef struct {
  int kind;                 /* data_kind */
  int line;
  union {
    long long integer;      /* DATA_INTEGER; DATA_BOOLEAN's 0 or 1 */
    double number;          /* DATA_NUMBER */
    struct { unsigned at, n; } span;   /* DATA_STRING: bytes at, length n;
                                          DATA_TABLE: fields at.., n of them */
  } u;
} schema_packed_value;

typedef struct {
  long long index;          /* as data_field */
  int key;                  /* the key's offset in the bytes, or -1 (none) */
  int line;
  unsigned value;           /* its value's number */
} schema_packed_field;

/* Generated: the files, schema.lua first, then the fragments in name order
** (strcmp); and the tree, no value (and no file) when the bundled model did
** not parse or check, so that the engine parses it and reports why. */
extern const schema_bundled_file schema_bundled_files[];
extern const size_t schema_bundled_nfiles;
extern const schema_packed_value schema_packed_values[];
extern const size_t schema_packed_nvalues;
extern const schema_packed_field schema_packed_fields[];
extern const size_t schema_packed_nfields;
extern const char schema_packed_bytes[];

/* The built-in tree (data.h's form), made from the packed one at the first
** call and kept, never changed or freed, for the rest of the process: the
** same tree at every call.  NULL when there is none, or memory ran out (the
** model is then parsed from its files). */
data_value *schema_bundled_tree(void);

/* The built-in tree, when dir/schema.lua and the fragments names[0..n-1]
** of dir/schema (sorted as rules.c lists them) are, names and bytes, those
** it was made from; else NULL (also when a file cannot be read: parsing it
** reports why).  Each file is read through infile_read and compared whole.
** The tree is schema_bundled_tree(): never changed, never freed
** (schema_is_bundled). */
data_value *schema_bundled_for(const char *dir, char *const *names, int n);

/* Is schema the built-in tree (not to be freed)? */
int schema_is_bundled(const data_value *schema);

#endif

/*
 * embed_schema.c -- build tool: the bundled profile model, parsed, checked
 * and written as static data that the lexgap executable carries
 * (engine/schema_bundled.h).
 *
 *   embed_schema OUT.c DIR [FRAGMENT...]
 *
 * Parses DIR/schema.lua and merges the fragments DIR/schema/FRAGMENT (given
 * by name, merged in name order, strcmp, as the engine lists them) with the
 * engine's own code (schema_parse_dir), then checks the result
 * (schema_self_check).  OUT.c receives the bytes of every file read and the
 * merged tree: every value and field with its line, keys, indices and
 * strings as parsed, tables in source order, without a pointer (numbers and
 * offsets: schema_packed_value, schema_bundled.h).  A model with a problem is not
 * embedded (OUT.c then holds no file and no tree, and the engine parses the
 * files and reports the problem as for any schema); the problems are
 * printed and the build goes on.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_literal.h"
#include "data.h"
#include "diag.h"
#include "infile.h"
#include "schema.h"

/* Count the values and fields of v (for the arrays' sizes). */
static void count_tree(const data_value *v, size_t *nvalues, size_t *nfields) {
  (*nvalues)++;
  if (v->kind != DATA_TABLE) return;
  *nfields += v->u.table.n;
  for (size_t i = 0; i < v->u.table.n; i++) count_tree(v->u.table.fields[i].value, nvalues, nfields);
}

/* Write value v (a table's fields numbered from first), as
** schema_packed_value number me. */
static void put_value(FILE *out, const data_value *v, size_t me, size_t first, byte_pool *pool) {
  fprintf(out, "  [%zu] = { ", me);
  switch (v->kind) {
    case DATA_NIL: fprintf(out, "DATA_NIL, %d, { 0 } },\n", v->line); break;
    case DATA_BOOLEAN: fprintf(out, "DATA_BOOLEAN, %d, { .integer = %d } },\n", v->line, v->u.boolean); break;
    case DATA_INTEGER:
      if (v->u.integer == -9223372036854775807LL - 1)
        fprintf(out, "DATA_INTEGER, %d, { .integer = -9223372036854775807LL - 1 } },\n", v->line);
      else fprintf(out, "DATA_INTEGER, %d, { .integer = %lldLL } },\n", v->line, v->u.integer);
      break;
    case DATA_NUMBER:
      if (isinf(v->u.number)) fprintf(out, "DATA_NUMBER, %d, { .number = %sHUGE_VAL } },\n", v->line, v->u.number < 0 ? "-" : "");
      else fprintf(out, "DATA_NUMBER, %d, { .number = %a } },\n", v->line, v->u.number);
      break;
    case DATA_STRING:
      fprintf(out, "DATA_STRING, %d, { .span = { %zuu, %zuu } } },\n", v->line,
              pool_add(pool, v->u.string.s, v->u.string.len), v->u.string.len);
      break;
    case DATA_TABLE:
      fprintf(out, "DATA_TABLE, %d, { .span = { %zuu, %zuu } } },\n", v->line, v->u.table.n ? first : 0, v->u.table.n);
      break;
  }
}

/* Walk the tree from v, numbered *vi (its table's fields *fi...), depth
** first, each table's values after it; *vi and *fi move past it.  Pass 0
** writes the values, pass 1 the fields: the same walk numbers them alike;
** the strings go into pool in pass 0's order, the keys in pass 1's. */
static void put_walk(FILE *out, int pass, const data_value *v, size_t *vi, size_t *fi, byte_pool *pool) {
  size_t me = (*vi)++, first = *fi;
  size_t n = v->kind == DATA_TABLE ? v->u.table.n : 0;
  if (pass == 0) put_value(out, v, me, first, pool);
  *fi += n;
  for (size_t i = 0; i < n; i++) {
    const data_field *f = &v->u.table.fields[i];
    if (pass == 1)
      fprintf(out, "  [%zu] = { %lldLL, %lld, %d, %zuu },\n", first + i, f->index,
              f->key ? (long long)pool_add(pool, f->key, strlen(f->key)) : -1LL, f->line, *vi);
    put_walk(out, pass, f->value, vi, fi, pool);
  }
}

/* The tree as schema_bundled.h's packed arrays: values (the root first),
** fields, and the bytes of their strings and keys. */
static void put_tree(FILE *out, const data_value *root) {
  size_t nvalues = 0, nfields = 0;
  byte_pool pool = { NULL, 0, 0 };
  count_tree(root, &nvalues, &nfields);
  for (int pass = 0; pass < 2; pass++) {
    size_t vi = 0, fi = 0;
    fprintf(out, pass == 0 ? "const schema_packed_value schema_packed_values[%zu] = {\n"
                           : "const schema_packed_field schema_packed_fields[%zu] = {\n",
            pass == 0 ? nvalues : (nfields ? nfields : 1));
    put_walk(out, pass, root, &vi, &fi, &pool);
    fputs("};\n", out);
  }
  fprintf(out, "const size_t schema_packed_nvalues = %zu;\nconst size_t schema_packed_nfields = %zu;\n\n",
          nvalues, nfields);
  fputs("const char schema_packed_bytes[] =\n  ", out);
  write_literal(out, (const unsigned char *)(pool.s ? pool.s : ""), pool.len);
  fputs(";\n", out);
  free(pool.s);
}

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Write the bytes of dir/name as the row of schema_bundled_files named name. */
static int put_file(FILE *out, const char *dir, const char *name, int k) {
  char path[4400], why[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t len = 0;
  char *bytes = infile_read(path, DATA_MAX_BYTES, &len, why, sizeof why);
  if (!bytes) { fprintf(stderr, "embed_schema: %s: %s\n", path, why); return -1; }
  fprintf(out, "static const char file_%d[] =\n  ", k);
  write_literal(out, (const unsigned char *)(bytes), len);
  fputs(";\n", out);
  free(bytes);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: embed_schema OUT.c DIR [FRAGMENT...]\n");
    return 2;
  }
  const char *dir = argv[2];
  int n = argc - 3;
  char **names = argv + 3;
  qsort(names, (size_t)n, sizeof *names, cmp_name);
  diag_list diags;
  diag_init(&diags);
  data_value *schema = schema_parse_dir(dir, names, n, &diags);
  char file[4400];
  snprintf(file, sizeof file, "%s/schema.lua", dir);
  if (schema && schema_self_check(schema, file, &diags) > 0) { data_free(schema); schema = NULL; }
  for (size_t i = 0; i < diags.n; i++) {
    char line[4096];
    diag_format(&diags.items[i], line, sizeof line);
    fprintf(stderr, "embed_schema: not embedded: %s\n", line);
  }
  diag_free(&diags);
  FILE *out = fopen(argv[1], "w");
  if (!out) { perror(argv[1]); return 1; }
  fputs("/* Generated by tools/embed_schema.c from the bundled profile model; do not edit. */\n"
        "#include <math.h>\n#include <stddef.h>\n\n#include \"schema_bundled.h\"\n\n", out);
  int rc = 0;
  if (!schema) {
    fputs("const schema_bundled_file schema_bundled_files[1] = { { NULL, NULL, 0 } };\n"
          "const size_t schema_bundled_nfiles = 0;\n"
          "const schema_packed_value schema_packed_values[1] = { { DATA_NIL, 0, { 0 } } };\n"
          "const size_t schema_packed_nvalues = 0;\n"
          "const schema_packed_field schema_packed_fields[1] = { { 0, -1, 0, 0 } };\n"
          "const size_t schema_packed_nfields = 0;\n"
          "const char schema_packed_bytes[] = \"\";\n", out);
  } else {
    rc |= put_file(out, dir, "schema.lua", 0);
    for (int i = 0; i < n; i++) {
      char name[4400];
      snprintf(name, sizeof name, "schema/%s", names[i]);
      rc |= put_file(out, dir, name, i + 1);
    }
    fputs("\nconst schema_bundled_file schema_bundled_files[] = {\n", out);
    fprintf(out, "  { \"schema.lua\", file_0, sizeof file_0 - 1 },\n");
    for (int i = 0; i < n; i++) {
      char name[4400];
      snprintf(name, sizeof name, "schema/%s", names[i]);
      fputs("  { ", out);
      write_literal(out, (const unsigned char *)(name), strlen(name));
      fprintf(out, ", file_%d, sizeof file_%d - 1 },\n", i + 1, i + 1);
    }
    fprintf(out, "};\nconst size_t schema_bundled_nfiles = %d;\n\n", n + 1);
    put_tree(out, schema);
    data_free(schema);
  }
  if (fclose(out) != 0) rc = -1;
  if (rc) { remove(argv[1]); return 1; }
  return 0;
}

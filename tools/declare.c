/*
 * declare.c -- build tool: the snapshot of what the bundled rule files
 * declare (engine/declarations.h).
 *
 *   declare OUT.c RULES FILE...
 *
 * Loads the packs of the rules folder RULES with the engine's own loader,
 * linked with an empty snapshot (tools/declarations_none.c), so that every
 * rule file runs exactly as it does without one; then writes to OUT.c, for
 * each FILE (a rule file of RULES, as the loader names it:
 * "rules/untoc/art05.lua") that loaded without a problem or a warning, every
 * field of each obligation it declared and each provision it left
 * not_encoded, in the order it declared them, under the name
 * precompiled_name_of gives ("untoc/art05.lua"); and, whole, the
 * instrument.lua of each pack that has such a file, and the facts they name
 * (each once, so that the engine checks each once).  A file with any problem
 * is left out: the engine runs it, and reports the problem, as before.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "c_literal.h"
#include "infile.h"
#include "rules.h"
#include "schema.h"
#include "schema_bundled.h"

/* A C expression for s: a literal, or NULL. */
static void write_string(FILE *out, const char *s) {
  if (!s) { fputs(" NULL", out); return; }
  write_literal(out, (const unsigned char *)s, strlen(s));
}

/* The distinct facts every declared file names, sorted: each is written
** once (fact_<i>), and the facts lists point to them, so that the engine
** checks each against the profile model once (lx_declared_facts). */
typedef struct {
  char **v;
  size_t n, cap;
} fact_set;

static int by_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The index of fact s in the sorted set, or -1. */
static long fact_index(const fact_set *fs, const char *s) {
  char **at = bsearch(&s, fs->v, fs->n, sizeof *fs->v, by_string);
  return at ? (long)(at - fs->v) : -1;
}

/* The array list_<k>_<field> of n strings, when n > 0; facts (non-NULL)
** for a list of facts, whose items are the set's. */
static void write_list(FILE *out, int k, const char *field, char *const *v, int n, const fact_set *facts) {
  if (n == 0) return;
  fprintf(out, "static const char *const list_%d_%s[] = {", k, field);
  for (int i = 0; i < n; i++) {
    if (facts) fprintf(out, " fact_%ld,", fact_index(facts, v[i]));
    else { write_string(out, v[i]); fputc(',', out); }
  }
  fputs(" };\n", out);
}

/* The member for list_<k>_<field>: "list_k_field, n" or "NULL, 0". */
static void write_list_ref(FILE *out, int k, const char *field, int n) {
  if (n) fprintf(out, " list_%d_%s, %d,", k, field, n);
  else fputs(" NULL, 0,", out);
}

/* The three languages of t, as members. */
static void write_text(FILE *out, const lx_text *t) {
  fputs(" {", out);
  write_string(out, t->en); fputc(',', out);
  write_string(out, t->fr); fputc(',', out);
  write_string(out, t->es);
  fputs(" },", out);
}

/* 1 when a diagnostic names path. */
static int has_diag(const diag_list *d, const char *path) {
  for (size_t i = 0; i < d->n; i++) if (d->items[i].file && strcmp(d->items[i].file, path) == 0) return 1;
  return 0;
}

static int by_seq(const void *a, const void *b) {
  const lx_rule *ra = *(const lx_rule *const *)a, *rb = *(const lx_rule *const *)b;
  return (ra->seq > rb->seq) - (ra->seq < rb->seq);
}

typedef struct {
  const char *name;       /* "untoc/art05.lua" */
  int k;                  /* number of its arrays */
  size_t nobligations, nnot_encoded;
} row;

static int row_by_name(const void *a, const void *b) {
  return strcmp(((const row *)a)->name, ((const row *)b)->name);
}

/* 1 when the file at path loaded without a problem and declared
** something: it may be taken into the snapshot. */
static int loaded_cleanly(const lx_ruleset *rs, const diag_list *d, const char *path) {
  size_t n = 0;
  for (size_t i = 0; i < rs->n; i++) {
    if (strcmp(rs->rules[i].file, path) != 0) continue;
    if (rs->rules[i].invalid || rs->rules[i].check_ref == LUA_NOREF) return 0;
    n++;
  }
  for (size_t i = 0; i < rs->nnot_encoded; i++) n += strcmp(rs->not_encoded[i].file, path) == 0;
  return n > 0 && !has_diag(d, path);
}

/* Write file k's arrays (path, its obligations among byseq[0..n), its
** omissions; its facts among the set's); fills *r. */
static void write_file(FILE *out, const lx_ruleset *rs, lx_rule *const *byseq, const fact_set *facts, int k,
                       const char *path, row *r) {
  size_t nob = 0, nne = 0;
  for (size_t i = 0; i < rs->n; i++) nob += strcmp(byseq[i]->file, path) == 0;
  for (size_t i = 0; i < rs->nnot_encoded; i++) nne += strcmp(rs->not_encoded[i].file, path) == 0;
  int j = 0;
  for (size_t i = 0; i < rs->n; i++) {
    const lx_rule *o = byseq[i];
    if (strcmp(o->file, path) != 0) continue;
    int lk = k * 1000 + j++;
    write_list(out, lk, "depends", o->depends, o->ndepends, NULL);
    write_list(out, lk, "covers", o->covers, o->ncovers, NULL);
    write_list(out, lk, "serves", o->serves, o->nserves, NULL);
    write_list(out, lk, "facts", o->facts, o->nfacts, facts);
  }
  if (nob) {
    fprintf(out, "static const lx_declared_obligation obligations_%d[] = {\n", k);
    j = 0;
    for (size_t i = 0; i < rs->n; i++) {
      const lx_rule *o = byseq[i];
      if (strcmp(o->file, path) != 0) continue;
      int lk = k * 1000 + j++;
      fputs(" {", out);
      write_string(out, o->id); fputc(',', out);
      write_string(out, o->ref); fputc(',', out);
      write_string(out, o->clause); fputc(',', out);
      fprintf(out, " %d,", (int)o->level);
      write_text(out, &o->title);
      write_string(out, o->category); fputc(',', out);
      fprintf(out, " %d,", o->cluster);
      write_text(out, &o->text);
      write_list_ref(out, lk, "depends", o->ndepends);
      write_list_ref(out, lk, "covers", o->ncovers);
      write_list_ref(out, lk, "serves", o->nserves);
      write_list_ref(out, lk, "facts", o->nfacts);
      fprintf(out, " %d,", o->good_practice);
      write_string(out, o->note); fputc(',', out);
      write_string(out, o->twin); fputc(',', out);
      fprintf(out, " %d },\n", o->line);
    }
    fputs("};\n", out);
  }
  if (nne) {
    fprintf(out, "static const lx_declared_not_encoded not_encoded_%d[] = {\n", k);
    for (size_t i = 0; i < rs->nnot_encoded; i++) {
      const lx_not_encoded *ne = &rs->not_encoded[i];
      if (strcmp(ne->file, path) != 0) continue;
      fputs(" {", out);
      write_string(out, ne->ref); fputc(',', out);
      write_string(out, ne->reason.en); fputc(',', out);
      write_string(out, ne->reason.fr);
      fprintf(out, ", %d },\n", ne->line);
    }
    fputs("};\n", out);
  }
  *r = (row){ precompiled_name_of(path), k, nob, nne };
}

/* Gather into fs the facts of the obligations of the files clean[k] marks,
** sorted, each once; write each as fact_<i>, the table of them, and
** whether each is a path of rs->schema when that is the built-in model
** (lx_declared_facts_in_bundled_model).  Returns 0, or 1 out of memory. */
static int write_facts(FILE *out, const lx_ruleset *rs, char **files, const char *clean, int nfiles, fact_set *fs) {
  for (size_t i = 0; i < rs->n; i++) {
    const lx_rule *o = &rs->rules[i];
    int k = 0;
    while (k < nfiles && strcmp(files[k], o->file) != 0) k++;
    if (k == nfiles || !clean[k]) continue;
    for (int f = 0; f < o->nfacts; f++) {
      if (fs->n == fs->cap) {
        fs->cap = fs->cap ? 2 * fs->cap : 256;
        char **nv = realloc(fs->v, fs->cap * sizeof *nv);
        if (!nv) return 1;
        fs->v = nv;
      }
      fs->v[fs->n++] = o->facts[f];
    }
  }
  if (fs->n) qsort(fs->v, fs->n, sizeof *fs->v, by_string);
  size_t n = 0;
  for (size_t i = 0; i < fs->n; i++) if (n == 0 || strcmp(fs->v[n - 1], fs->v[i]) != 0) fs->v[n++] = fs->v[i];
  fs->n = n;
  for (size_t i = 0; i < n; i++) {
    fprintf(out, "static const char fact_%zu[] =", i);
    write_string(out, fs->v[i]);
    fputs(";\n", out);
  }
  fputs("const char *const lx_declared_facts[] = {", out);
  for (size_t i = 0; i < n; i++) fprintf(out, " fact_%zu,", i);
  fprintf(out, "%s };\nconst size_t lx_declared_fact_count = %zu;\n", n ? "" : " \"\"", n);
  /* the files ran against the built-in model: check every fact against it
  ** here, so that the engine need not while it uses that same model */
  int in_model = schema_is_bundled(rs->schema);
  for (size_t i = 0; in_model && i < n; i++) in_model = schema_has_path(rs->schema, fs->v[i], &(const char *){NULL});
  fprintf(out, "const int lx_declared_facts_in_bundled_model = %d;\n", in_model);
  return 0;
}

/* Write the descriptor of each pack that has a declared file: rows[0..n). */
static int write_descriptors(FILE *out, const char *rules, const row *rows, int n) {
  char **names = calloc((size_t)n + 1, sizeof *names);
  int nnames = 0;
  for (int i = 0; names && i < n; i++) {
    size_t plen = strcspn(rows[i].name, "/");
    char name[512];
    snprintf(name, sizeof name, "%.*s/instrument.lua", (int)plen, rows[i].name);
    if (nnames && strcmp(names[nnames - 1], name) == 0) continue;    /* rows are sorted: a pack's files together */
    names[nnames++] = strdup(name);
  }
  if (!names) return 1;
  for (int i = 0; i < nnames; i++) {
    char path[4096], why[256];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", rules, names[i]);
    char *src = infile_read(path, 16u << 20, &len, why, sizeof why);
    if (!src) { fprintf(stderr, "declare: %s: %s\n", path, why); return 1; }
    fprintf(out, "static const char descriptor_%d[] =", i);
    write_literal(out, (const unsigned char *)src, len);
    fputs(";\n", out);
    free(src);
  }
  fputs("const lx_declared_descriptor lx_declared_descriptors[] = {\n", out);
  for (int i = 0; i < nnames; i++) {
    fputs("  {", out);
    write_string(out, names[i]);
    fprintf(out, ", descriptor_%d, sizeof descriptor_%d - 1 },\n", i, i);
    free(names[i]);
  }
  if (!nnames) fputs("  { \"\", \"\", 0 },\n", out);
  fprintf(out, "};\nconst size_t lx_declared_descriptor_count = %d;\n", nnames);
  free(names);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: declare OUT.c RULES FILE...\n"); return 2; }
  const char *outpath = argv[1], *rules = argv[2];
  int nfiles = argc - 3;
  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  if (!sb) { fprintf(stderr, "declare: cannot start the sandbox: %s\n", err.message); return 1; }
  lx_ruleset rs;
  diag_list d;
  diag_init(&d);
  if (ruleset_load_packs_texts_checked(&rs, sb, rules, NULL, NULL, 0, &d) != 0) {
    diag_print(&d, stderr);
    fprintf(stderr, "declare: cannot load %s\n", rules);
    return 1;
  }
  lx_rule **byseq = calloc(rs.n + 1, sizeof *byseq);
  row *rows = calloc((size_t)nfiles + 1, sizeof *rows);
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.new", outpath);
  FILE *out = fopen(tmp, "w");
  if (!byseq || !rows || !out) { fprintf(stderr, "declare: cannot start\n"); return 1; }
  for (size_t i = 0; i < rs.n; i++) byseq[i] = &rs.rules[i];
  qsort(byseq, rs.n, sizeof *byseq, by_seq);                /* the order of declaration */
  fprintf(out, "/* Generated by tools/declare.c from the bundled rule files; do not edit. */\n"
               "#include <stddef.h>\n\n#include \"declarations.h\"\n\n");
  char *clean = calloc((size_t)nfiles + 1, 1);
  fact_set facts = { NULL, 0, 0 };
  if (!clean) { fprintf(stderr, "declare: out of memory\n"); return 1; }
  for (int k = 0; k < nfiles; k++)
    if (!(clean[k] = (char)loaded_cleanly(&rs, &d, argv[3 + k])))
      fprintf(stderr, "declare: %s left out (not loaded cleanly)\n", argv[3 + k]);
  if (write_facts(out, &rs, argv + 3, clean, nfiles, &facts) != 0) { fprintf(stderr, "declare: out of memory\n"); return 1; }
  int nrows = 0;
  for (int k = 0; k < nfiles; k++)
    if (clean[k]) write_file(out, &rs, byseq, &facts, k, argv[3 + k], &rows[nrows++]);
  free(clean);
  free(facts.v);
  qsort(rows, (size_t)nrows, sizeof *rows, row_by_name);
  fputs("const lx_declared_file lx_declared_files[] = {\n", out);
  for (int i = 0; i < nrows; i++) {
    if (i && strcmp(rows[i - 1].name, rows[i].name) == 0) {
      fprintf(stderr, "declare: two files named %s\n", rows[i].name);
      return 1;
    }
    fputs("  {", out);
    write_string(out, rows[i].name);
    if (rows[i].nobligations) fprintf(out, ", obligations_%d, %zu", rows[i].k, rows[i].nobligations);
    else fputs(", NULL, 0", out);
    if (rows[i].nnot_encoded) fprintf(out, ", not_encoded_%d, %zu },\n", rows[i].k, rows[i].nnot_encoded);
    else fputs(", NULL, 0 },\n", out);
  }
  if (!nrows) fputs("  { \"\", NULL, 0, NULL, 0 },\n", out);
  fprintf(out, "};\nconst size_t lx_declared_file_count = %d;\n", nrows);
  if (write_descriptors(out, rules, rows, nrows) != 0) return 1;
  free(byseq);
  free(rows);
  diag_free(&d);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  if (fclose(out) != 0 || rename(tmp, outpath) != 0) { fprintf(stderr, "declare: cannot write %s\n", outpath); return 1; }
  return 0;
}

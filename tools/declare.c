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

/* The generated arrays, written into memory as the files are read and then
** into OUT.c one after the other (they hold numbers only: the snapshot
** needs no relocation at start, declarations.h): the obligations, the
** lists' items, the omissions, and the bytes of every string they name. */
typedef struct {
  byte_pool bytes;
  FILE *obligations, *items, *not_encoded;     /* open_memstream */
  char *obligations_text, *items_text, *not_encoded_text;
  size_t obligations_len, items_len, not_encoded_len;
  int nobligations, nitems, nnot_encoded;
} snapshot_out;

/* The offset of s among the bytes, or -1 for NULL. */
static long put_string(snapshot_out *so, const char *s) {
  return s ? (long)pool_add(&so->bytes, s, strlen(s)) : -1;
}

/* The distinct facts every declared file names, sorted: each is written
** once, and the facts lists name its offset, so that the engine checks
** each against the profile model once (declarations_fact). */
typedef struct {
  char **v;
  long *at;               /* each one's offset among the bytes */
  size_t n, cap;
} fact_set;

static int by_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The offset of fact s of the sorted set, or -1. */
static long fact_at(const fact_set *fs, const char *s) {
  char **at = bsearch(&s, fs->v, fs->n, sizeof *fs->v, by_string);
  return at ? fs->at[at - fs->v] : -1;
}

/* The n strings of v as items (facts: the set's offsets); " first, n,"
** into the obligation's row. */
static void write_list(snapshot_out *so, char *const *v, int n, const fact_set *facts) {
  fprintf(so->obligations, " %d, %d,", n ? so->nitems : 0, n);
  for (int i = 0; i < n; i++, so->nitems++)
    fprintf(so->items, " %ld,%s", facts ? fact_at(facts, v[i]) : put_string(so, v[i]), so->nitems % 16 == 15 ? "\n" : "");
}

/* The three languages of t, as offsets. */
static void write_text(snapshot_out *so, const lx_text *t) {
  fprintf(so->obligations, " { %ld, %ld, %ld },", put_string(so, t->en), put_string(so, t->fr), put_string(so, t->es));
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
  int obligations, nobligations;     /* its range of lx_packed_obligations */
  int not_encoded, nnot_encoded;     /* and of lx_packed_omissions */
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

/* Write the obligations of the file at path (among byseq[0..n), in the
** order declared) and its omissions into so's arrays; fills *r. */
static void write_file(snapshot_out *so, const lx_ruleset *rs, lx_rule *const *byseq, const fact_set *facts,
                       const char *path, row *r) {
  *r = (row){ precompiled_name_of(path), so->nobligations, 0, so->nnot_encoded, 0 };
  for (size_t i = 0; i < rs->n; i++) {
    const lx_rule *o = byseq[i];
    if (strcmp(o->file, path) != 0) continue;
    fprintf(so->obligations, " { %ld, %ld, %ld, %d,", put_string(so, o->id), put_string(so, o->ref),
            put_string(so, o->clause), (int)o->level);
    write_text(so, &o->title);
    fprintf(so->obligations, " %ld, %d,", put_string(so, o->category), o->cluster);
    write_text(so, &o->text);
    write_list(so, o->depends, o->ndepends, NULL);
    write_list(so, o->covers, o->ncovers, NULL);
    write_list(so, o->serves, o->nserves, NULL);
    write_list(so, o->facts, o->nfacts, facts);
    fprintf(so->obligations, " %d, %ld, %ld, %d },\n", o->good_practice, put_string(so, o->note),
            put_string(so, o->twin), o->line);
    so->nobligations++;
    r->nobligations++;
  }
  for (size_t i = 0; i < rs->nnot_encoded; i++) {
    const lx_not_encoded *ne = &rs->not_encoded[i];
    if (strcmp(ne->file, path) != 0) continue;
    fprintf(so->not_encoded, " { %ld, %ld, %ld, %d },\n", put_string(so, ne->ref), put_string(so, ne->reason.en),
            put_string(so, ne->reason.fr), ne->line);
    so->nnot_encoded++;
    r->nnot_encoded++;
  }
}

/* Gather into fs the facts of the obligations of the files clean[k] marks,
** sorted, each once; write their offsets among so's bytes, and
** whether each is a path of rs->schema when that is the built-in model
** (lx_declared_facts_in_bundled_model).  Returns 0, or 1 out of memory. */
static int write_facts(FILE *out, snapshot_out *so, const lx_ruleset *rs, char **files, const char *clean, int nfiles,
                       fact_set *fs) {
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
  if (!(fs->at = malloc((n ? n : 1) * sizeof *fs->at))) return 1;
  fputs("const int lx_packed_facts[] = {", out);
  for (size_t i = 0; i < n; i++) fprintf(out, " %ld,%s", fs->at[i] = put_string(so, fs->v[i]), i % 16 == 15 ? "\n" : "");
  fprintf(out, "%s };\nconst size_t lx_declared_fact_count = %zu;\n", n ? "" : " 0", n);
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
    write_literal(out, (const unsigned char *)names[i], strlen(names[i]));
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
  fact_set facts = { NULL, NULL, 0, 0 };
  snapshot_out so = { { NULL, 0, 0 }, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0 };
  so.obligations = open_memstream(&so.obligations_text, &so.obligations_len);
  so.items = open_memstream(&so.items_text, &so.items_len);
  so.not_encoded = open_memstream(&so.not_encoded_text, &so.not_encoded_len);
  if (!clean || !so.obligations || !so.items || !so.not_encoded) { fprintf(stderr, "declare: out of memory\n"); return 1; }
  for (int k = 0; k < nfiles; k++)
    if (!(clean[k] = (char)loaded_cleanly(&rs, &d, argv[3 + k])))
      fprintf(stderr, "declare: %s left out (not loaded cleanly)\n", argv[3 + k]);
  if (write_facts(out, &so, &rs, argv + 3, clean, nfiles, &facts) != 0) {
    fprintf(stderr, "declare: out of memory\n");
    return 1;
  }
  int nrows = 0;
  for (int k = 0; k < nfiles; k++)
    if (clean[k]) write_file(&so, &rs, byseq, &facts, argv[3 + k], &rows[nrows++]);
  free(clean);
  free(facts.v);
  free(facts.at);
  if (fclose(so.obligations) != 0 || fclose(so.items) != 0 || fclose(so.not_encoded) != 0) {
    fprintf(stderr, "declare: out of memory\n");
    return 1;
  }
  fprintf(out, "const lx_packed_obligation lx_packed_obligations[] = {\n%s};\n",
          so.nobligations ? so.obligations_text : " { 0 }\n");
  fprintf(out, "const int lx_packed_items[] = {\n%s };\n", so.nitems ? so.items_text : " 0");
  fprintf(out, "const lx_packed_not_encoded lx_packed_omissions[] = {\n%s};\n",
          so.nnot_encoded ? so.not_encoded_text : " { 0 }\n");
  free(so.obligations_text);
  free(so.items_text);
  free(so.not_encoded_text);
  qsort(rows, (size_t)nrows, sizeof *rows, row_by_name);
  fputs("const lx_packed_file lx_packed_files[] = {\n", out);
  for (int i = 0; i < nrows; i++) {
    if (i && strcmp(rows[i - 1].name, rows[i].name) == 0) {
      fprintf(stderr, "declare: two files named %s\n", rows[i].name);
      return 1;
    }
    fprintf(out, "  { %ld, %d, %d, %d, %d },\n", put_string(&so, rows[i].name), rows[i].obligations,
            rows[i].nobligations, rows[i].not_encoded, rows[i].nnot_encoded);
  }
  if (!nrows) fputs("  { 0 },\n", out);
  fprintf(out, "};\nconst size_t lx_declared_file_count = %d;\n", nrows);
  fputs("const char lx_declared_bytes[] =", out);
  write_literal(out, (const unsigned char *)(so.bytes.s ? so.bytes.s : ""), so.bytes.len);
  fputs(";\n", out);
  free(so.bytes.s);
  if (write_descriptors(out, rules, rows, nrows) != 0) return 1;
  free(byseq);
  free(rows);
  diag_free(&d);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  if (fclose(out) != 0 || rename(tmp, outpath) != 0) { fprintf(stderr, "declare: cannot write %s\n", outpath); return 1; }
  return 0;
}

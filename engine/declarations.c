/*
 * declarations.c -- find a bundled rule file's declarations, and tell a
 * bundled pack descriptor (declarations.h).
 */
#include "declarations.h"

#include <stdlib.h>
#include <string.h>

#include "precompiled.h"

/* The string at offset at of the snapshot's bytes, or NULL (-1). */
static const char *packed_string(int at) {
  return at < 0 ? NULL : lx_declared_bytes + at;
}

/* The list of n strings whose offsets start at lx_packed_items[first], as
** pointers from *items on (which move past them); NULL when empty. */
static const char *const *packed_list(int first, int n, const char ***items) {
  if (n <= 0) return NULL;
  const char **list = *items;
  for (int i = 0; i < n; i++) list[i] = packed_string(lx_packed_items[first + i]);
  *items += n;
  return list;
}

/* The files made from the packed snapshot (declarations_files), once. */
static lx_declared_file *files;

const lx_declared_file *declarations_files(void) {
  if (files || lx_declared_file_count == 0) return files;
  size_t nf = lx_declared_file_count, nob = 0, nne = 0, nitems = 0;
  for (size_t i = 0; i < nf; i++) {
    nob += (size_t)lx_packed_files[i].nobligations;
    nne += (size_t)lx_packed_files[i].nnot_encoded;
  }
  for (size_t i = 0; i < nob; i++) {
    const lx_packed_obligation *p = &lx_packed_obligations[i];
    nitems += (size_t)(p->ndepends + p->ncovers + p->nserves + p->nfacts);
  }
  /* one block: the files, the obligations, the omissions, the lists' items */
  lx_declared_file *f = malloc(nf * sizeof *f + nob * sizeof(lx_declared_obligation) +
                               nne * sizeof(lx_declared_not_encoded) + (nitems + 1) * sizeof(const char *));
  if (!f) return NULL;
  lx_declared_obligation *ob = (lx_declared_obligation *)(void *)(f + nf);
  lx_declared_not_encoded *ne = (lx_declared_not_encoded *)(void *)(ob + nob);
  const char **items = (const char **)(void *)(ne + nne);
  for (size_t i = 0; i < nob; i++) {
    const lx_packed_obligation *p = &lx_packed_obligations[i];
    lx_declared_obligation *o = &ob[i];
    *o = (lx_declared_obligation){ .id = packed_string(p->id), .ref = packed_string(p->ref),
                                   .clause = packed_string(p->clause), .level = p->level,
                                   .category = packed_string(p->category), .cluster = p->cluster,
                                   .good_practice = p->good_practice, .note = packed_string(p->note),
                                   .twin = packed_string(p->twin), .line = p->line };
    for (int l = 0; l < 3; l++) {
      o->title[l] = packed_string(p->title[l]);
      o->text[l] = packed_string(p->text[l]);
    }
    o->depends = packed_list(p->depends, o->ndepends = p->ndepends, &items);
    o->covers = packed_list(p->covers, o->ncovers = p->ncovers, &items);
    o->serves = packed_list(p->serves, o->nserves = p->nserves, &items);
    o->facts = packed_list(p->facts, o->nfacts = p->nfacts, &items);
  }
  for (size_t i = 0; i < nne; i++) {
    const lx_packed_not_encoded *p = &lx_packed_omissions[i];
    ne[i] = (lx_declared_not_encoded){ packed_string(p->ref), packed_string(p->reason_en),
                                       packed_string(p->reason_fr), p->line };
  }
  for (size_t i = 0; i < nf; i++) {
    const lx_packed_file *p = &lx_packed_files[i];
    f[i] = (lx_declared_file){ packed_string(p->name), p->nobligations ? ob + p->obligations : NULL,
                               (size_t)p->nobligations, p->nnot_encoded ? ne + p->not_encoded : NULL,
                               (size_t)p->nnot_encoded };
  }
  return files = f;
}

const char *declarations_fact(size_t i) {
  return packed_string(lx_packed_facts[i]);
}

/* bsearch comparator: a name against a file's row. */
static int by_file_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_declared_file *)row)->name);
}

/* bsearch comparator: a name against a descriptor's row. */
static int by_descriptor_name(const void *key, const void *row) {
  return strcmp(key, ((const lx_declared_descriptor *)row)->name);
}

const lx_declared_file *declarations_of(const char *path) {
  const lx_declared_file *all = declarations_files();
  if (!all) return NULL;
  return bsearch(precompiled_name_of(path), all, lx_declared_file_count, sizeof *all, by_file_name);
}

int declarations_descriptor_matches(const char *path, const char *src, size_t len) {
  if (lx_declared_descriptor_count == 0 || !src) return 0;
  const lx_declared_descriptor *row = bsearch(precompiled_name_of(path), lx_declared_descriptors,
                                              lx_declared_descriptor_count, sizeof *lx_declared_descriptors,
                                              by_descriptor_name);
  return row && row->source_len == len && memcmp(row->source, src, len) == 0;
}

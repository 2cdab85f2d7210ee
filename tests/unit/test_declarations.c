/*
 * test_declarations.c -- the snapshot of what the bundled rule files declare
 * (engine/declarations.h, build/declarations_snapshot.c) and the rule files
 * left unrun until their pack is needed (ruleset_run_deferred).
 *
 * The snapshot must give exactly what running the files gives: every field
 * of every obligation and omission, in order; a file that is not the
 * bundled text, a pack whose descriptor changed, or a profile model without
 * a fact a file names, runs as before.  Works on a copy of the bundled rules
 * of $LEXGAP_ROOT.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "declarations.h"
#include "diag.h"
#include "rules.h"
#include "sandbox.h"
#include "schema.h"
#include "schema_bundled.h"

typedef struct {
  char dir[256];          /* the copy of the bundled rules */
} rules_copy;

/* Copy $LEXGAP_ROOT/rules into a fresh temporary folder. */
static void copy_rules(rules_copy *c) {
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  char tmpl[] = "/tmp/lexgap-declarations-XXXXXX";
  assert_non_null(mkdtemp(tmpl));
  snprintf(c->dir, sizeof c->dir, "%s/rules", tmpl);
  char cmd[8400];
  snprintf(cmd, sizeof cmd, "cp -R '%s/rules' '%s'", root, c->dir);
  assert_int_equal(system(cmd), 0);
}

static void remove_copy(rules_copy *c) {
  char *slash = strrchr(c->dir, '/');
  *slash = '\0';
  fx_remove_tree(c->dir);
}

/* Append text to every rule file of the copy (each pack's .lua files but
** instrument.lua and levels.lua), or to the files of one pack. */
static void append_to_rule_files(const rules_copy *c, const char *pack, const char *text) {
  char cmd[8400];
  snprintf(cmd, sizeof cmd,
           "for f in '%s'/%s/*.lua; do case $f in */instrument.lua|*/levels.lua) ;; *) printf '%%s' '%s' >> \"$f\";; esac; done",
           c->dir, pack ? pack : "*", text);
  assert_int_equal(system(cmd), 0);
}

/* A loaded rule set and its sandbox. */
typedef struct {
  lx_sandbox *sb;
  lx_ruleset rs;
  diag_list d;
} loaded;

static void load(loaded *l, const char *dir, int defer) {
  sandbox_error err;
  l->sb = sandbox_new(&err);
  assert_non_null(l->sb);
  diag_init(&l->d);
  int rc = defer ? ruleset_load_packs_deferring(&l->rs, l->sb, dir, NULL, NULL, 0, 0, &l->d)
                 : ruleset_load_packs_texts_checked(&l->rs, l->sb, dir, NULL, NULL, 0, &l->d);
  if (rc != 0) { diag_print(&l->d, stderr); fail_msg("the rules did not load"); }
}

static void unload(loaded *l) {
  ruleset_free(&l->rs, l->sb);
  sandbox_free(l->sb);
  diag_free(&l->d);
}

static void same_string(const char *a, const char *b, const char *what, const char *id) {
  if (!a && !b) return;
  if (!a || !b || strcmp(a, b) != 0) fail_msg("%s: %s differs ('%s' / '%s')", id, what, a ? a : "(null)", b ? b : "(null)");
}

static void same_list(char *const *a, int na, char *const *b, int nb, const char *what, const char *id) {
  if (na != nb) fail_msg("%s: %s has %d / %d items", id, what, na, nb);
  for (int i = 0; i < na; i++) same_string(a[i], b[i], what, id);
}

static void same_text(const lx_text *a, const lx_text *b, const char *what, const char *id) {
  same_string(a->en, b->en, what, id);
  same_string(a->fr, b->fr, what, id);
  same_string(a->es, b->es, what, id);
}

/* Every declared field of two rule sets, rule by rule in evaluation order,
** and every omission in order. */
static void assert_same_declarations(const lx_ruleset *a, const lx_ruleset *b) {
  assert_int_equal(a->n, b->n);
  for (size_t i = 0; i < a->n; i++) {
    const lx_rule *x = &a->rules[i], *y = &b->rules[i];
    const char *id = x->id ? x->id : "?";
    same_string(x->id, y->id, "id", id);
    same_string(x->ref, y->ref, "ref", id);
    same_string(x->clause, y->clause, "clause", id);
    same_string(x->instrument, y->instrument, "instrument", id);
    assert_int_equal(x->level, y->level);
    same_text(&x->title, &y->title, "title", id);
    same_string(x->category, y->category, "category", id);
    assert_int_equal(x->cluster, y->cluster);
    same_text(&x->text, &y->text, "text", id);
    same_list(x->depends, x->ndepends, y->depends, y->ndepends, "depends", id);
    same_list(x->covers, x->ncovers, y->covers, y->ncovers, "covers", id);
    same_list(x->serves, x->nserves, y->serves, y->nserves, "serves", id);
    assert_int_equal(x->good_practice, y->good_practice);
    same_list(x->facts, x->nfacts, y->facts, y->nfacts, "facts", id);
    same_string(x->note, y->note, "note", id);
    same_string(x->twin, y->twin, "twin", id);
    same_string(x->file, y->file, "file", id);
    assert_int_equal(x->line, y->line);
    same_string(x->invalid, y->invalid, "invalid", id);
    assert_int_equal(x->seq, y->seq);
    for (int d = 0; d < x->ndepends; d++) assert_int_equal(x->dep_index[d], y->dep_index[d]);
  }
  assert_int_equal(a->nnot_encoded, b->nnot_encoded);
  for (size_t i = 0; i < a->nnot_encoded; i++) {
    const lx_not_encoded *x = &a->not_encoded[i], *y = &b->not_encoded[i];
    same_string(x->ref, y->ref, "not_encoded ref", x->ref);
    same_text(&x->reason, &y->reason, "not_encoded reason", x->ref);
    same_string(x->file, y->file, "not_encoded file", x->ref);
    assert_int_equal(x->line, y->line);
  }
}

/* The bundled rules declared from the snapshot, their files unrun, are the
** rules running every file declares: every field, in order.  The files'
** texts are then made different (a comment appended: the same declarations
** on the same lines), so that every file runs, and the two rule sets are
** compared. */
static void test_snapshot_gives_what_running_gives(void **state) {
  (void)state;
  rules_copy c;
  copy_rules(&c);
  loaded snap, ran;
  load(&snap, c.dir, 1);
  assert_true(lx_declared_file_count >= 100);
  assert_int_equal(snap.rs.ndeclared, lx_declared_file_count);   /* every bundled file */
  assert_int_equal(snap.rs.ndeferred, lx_declared_file_count);
  assert_int_equal(snap.rs.nprecompiled, 0);                      /* nothing ran */
  assert_int_equal(snap.d.n, 0);
  append_to_rule_files(&c, NULL, "\n-- edited after the build\n");
  load(&ran, c.dir, 1);
  assert_int_equal(ran.rs.ndeclared, 0);                          /* every file ran */
  assert_int_equal(ran.rs.ndeferred, 0);
  assert_true(ran.rs.n > 500);
  assert_same_declarations(&snap.rs, &ran.rs);
  unload(&snap);
  unload(&ran);
  remove_copy(&c);
}

/* A deferred pack's obligations have no check function until its files
** run; ruleset_run_deferred runs that pack's files alone, and then every
** obligation has its check, the declarations untouched.  A command that
** does not defer runs every file at load. */
static void test_deferred_files_run_by_pack(void **state) {
  (void)state;
  rules_copy c;
  copy_rules(&c);
  loaded l, eager;
  load(&l, c.dir, 1);
  load(&eager, c.dir, 0);
  assert_int_equal(eager.rs.ndeferred, 0);
  assert_int_equal(eager.rs.ndeclared, lx_declared_file_count);
  for (size_t i = 0; i < eager.rs.n; i++) assert_int_not_equal(eager.rs.rules[i].check_ref, LUA_NOREF);
  size_t cyber = eager.rs.ninstruments;
  for (size_t k = 0; k < l.rs.ninstruments; k++) if (strcmp(l.rs.instruments[k].id, "cybercrime") == 0) cyber = k;
  assert_true(cyber < l.rs.ninstruments);
  assert_true(ruleset_pack_deferred(&l.rs, cyber));
  size_t waiting = l.rs.ndeferred;
  int ran = ruleset_run_deferred(&l.rs, l.sb, cyber, &l.d);
  assert_true(ran >= 50);
  assert_int_equal(l.rs.ndeferred, waiting - (size_t)ran);
  assert_false(ruleset_pack_deferred(&l.rs, cyber));
  assert_int_equal(l.d.n, 0);
  assert_int_equal(l.rs.nprecompiled, (size_t)ran);              /* from the executable's bytecode */
  for (size_t i = 0; i < l.rs.n; i++) {
    int is_cyber = strcmp(l.rs.rules[i].instrument, "cybercrime") == 0;
    if (is_cyber) assert_int_not_equal(l.rs.rules[i].check_ref, LUA_NOREF);
    else assert_int_equal(l.rs.rules[i].check_ref, LUA_NOREF);
    if (is_cyber) assert_int_not_equal(l.rs.rules[i].account, 0);
  }
  assert_int_equal(ruleset_run_deferred(&l.rs, l.sb, cyber, &l.d), 0);   /* once */
  assert_same_declarations(&l.rs, &eager.rs);
  unload(&l);
  unload(&eager);
  remove_copy(&c);
}

/* The snapshot serves a file only with its pack's descriptor unchanged: a
** copy whose untoc/instrument.lua has one more line runs every UNTOC file
** (and no other), with the same declarations. */
static void test_changed_descriptor_runs_the_files(void **state) {
  (void)state;
  rules_copy c;
  copy_rules(&c);
  loaded before, after;
  load(&before, c.dir, 1);
  char path[512];
  snprintf(path, sizeof path, "%s/untoc/instrument.lua", c.dir);
  FILE *f = fopen(path, "ab");
  assert_non_null(f);
  fputs("-- edited after the build\n", f);
  fclose(f);
  load(&after, c.dir, 1);
  size_t untoc_files = 0;
  for (size_t i = 0; i < lx_declared_file_count; i++) untoc_files += strncmp(declarations_files()[i].name, "untoc/", 6) == 0;
  assert_true(untoc_files >= 20);
  assert_int_equal(after.rs.ndeclared, before.rs.ndeclared - untoc_files);
  assert_int_equal(after.rs.nprecompiled, untoc_files);           /* run, from the bytecode */
  for (size_t i = 0; i < after.rs.ndeferred; i++)
    assert_string_not_equal(after.rs.instruments[after.rs.deferred[i].instrument].id, "untoc");
  assert_same_declarations(&before.rs, &after.rs);
  unload(&before);
  unload(&after);
  remove_copy(&c);
}

/* A file edited after the build is never served from the snapshot, even
** when its pack binds no one: its edit (a problem in a declaration, here)
** is reported at load as before. */
static void test_edited_file_runs(void **state) {
  (void)state;
  rules_copy c;
  copy_rules(&c);
  char path[512];
  snprintf(path, sizeof path, "%s/cybercrime/art05.lua", c.dir);
  FILE *f = fopen(path, "ab");
  assert_non_null(f);
  fputs("\nobligation { ref = \"cybercrime:5.9\", level = \"mandatory\" }\n", f);
  fclose(f);
  loaded l;
  load(&l, c.dir, 1);
  assert_int_equal(l.rs.ndeclared, lx_declared_file_count - 1);
  int reported = 0;
  for (size_t i = 0; i < l.rs.n; i++)
    if (l.rs.rules[i].invalid && strcmp(l.rs.rules[i].file, path) == 0 && strstr(l.rs.rules[i].invalid, "missing required field"))
      reported = 1;
  assert_true(reported);
  unload(&l);
  remove_copy(&c);
}

/* The snapshot's rows: sorted by name, each a bundled rule file with
** something declared; each pack named has its descriptor. */
static void test_rows_sorted_and_complete(void **state) {
  (void)state;
  for (size_t i = 0; i < lx_declared_file_count; i++) {
    const lx_declared_file *d = &declarations_files()[i];
    if (i) assert_true(strcmp(declarations_files()[i - 1].name, d->name) < 0);
    assert_true(d->nobligations + d->nnot_encoded > 0);
    assert_ptr_equal(declarations_of(d->name), d);
    char desc[256];
    snprintf(desc, sizeof desc, "%.*s/instrument.lua", (int)strcspn(d->name, "/"), d->name);
    int found = 0;
    for (size_t k = 0; k < lx_declared_descriptor_count; k++) found |= strcmp(lx_declared_descriptors[k].name, desc) == 0;
    assert_true(found);
  }
  assert_null(declarations_of("untoc/not-a-bundled-file.lua"));
  assert_false(declarations_descriptor_matches("x/untoc/instrument.lua", "kind = \"treaty\"", 16));
  /* made once from the packed snapshot: the same files at every call; the
  ** facts lists name the very strings of the facts (each checked once) */
  assert_ptr_equal(declarations_files(), declarations_files());
  size_t facts_named = 0;
  for (size_t i = 0; i < lx_declared_file_count; i++) {
    const lx_declared_file *d = &declarations_files()[i];
    for (size_t j = 0; j < d->nobligations; j++)
      for (int k = 0; k < d->obligations[j].nfacts; k++, facts_named++) {
        const char *f = d->obligations[j].facts[k];
        size_t at = 0;
        while (at < lx_declared_fact_count && declarations_fact(at) != f) at++;
        if (at == lx_declared_fact_count) fail_msg("%s: fact %s is not one of the snapshot's", d->name, f);
      }
  }
  assert_true(facts_named > lx_declared_fact_count);
  for (size_t i = 1; i < lx_declared_fact_count; i++) assert_true(strcmp(declarations_fact(i - 1), declarations_fact(i)) < 0);
}

/* The build tool's word that every fact of the snapshot is a path of the
** built-in profile model (lx_declared_facts_in_bundled_model, which spares
** the check at load while that model is in use) holds: loading the bundled
** rules uses the built-in model, and each fact is a path of it. */
static void test_snapshot_facts_in_bundled_model(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  char dir[4200];
  snprintf(dir, sizeof dir, "%s/rules", root);
  loaded l;
  load(&l, dir, 1);
  assert_int_equal(lx_declared_facts_in_bundled_model, 1);
  assert_true(schema_is_bundled(l.rs.schema));
  assert_true(lx_declared_fact_count > 0);
  for (size_t i = 0; i < lx_declared_fact_count; i++)
    if (!schema_has_path(l.rs.schema, declarations_fact(i), &(const char *){NULL}))
      fail_msg("%s is not a path of the built-in model", declarations_fact(i));
  assert_int_equal(l.rs.ndeclared, lx_declared_file_count);
  unload(&l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows_sorted_and_complete),
      cmocka_unit_test(test_snapshot_gives_what_running_gives),
      cmocka_unit_test(test_deferred_files_run_by_pack),
      cmocka_unit_test(test_changed_descriptor_runs_the_files),
      cmocka_unit_test(test_edited_file_runs),
      cmocka_unit_test(test_snapshot_facts_in_bundled_model),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

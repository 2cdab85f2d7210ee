/*
 * test_store.c -- the assessment store (engine/store.c) against real SQLite
 * files in a temporary directory: no mocks.
 *
 * The group setup writes two small rule sets under /tmp (mkdtemp), both
 * with the real rules/schema.lua (from $LEXGAP_ROOT) and its fragments:
 *   A: untoc:15.1.a, 15.1.b, 15.3 (mandatory) and 15.2.a (optional);
 *   B: the same except 15.1.b at the level "consider", 15.2.a removed and
 *      untoc:15.4 (optional) added.
 *   D: A without 15.2.a, with 15.1.b and 15.3 declared twice;
 * and two profiles of "Testland" (TST): P1 without flag jurisdiction (a gap
 * on 15.1.b), P2 with it.  A also carries a texts file (texts/en.lua and
 * fr.lua) for the search tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "fixture.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "evaluate.h"
#include "profile.h"
#include "report.h"
#include "rules.h"
#include "sandbox.h"
#include "store.h"

#define INSTRUMENT \
  "return {\n" \
  "  id = \"untoc\",\n" \
  "  title = { en = \"United Nations Convention against Transnational Organized Crime\", fr = \"Convention\" },\n" \
  "  short = { en = \"UNTOC\", fr = \"CTO\" },\n" \
  "  kind = \"treaty\",\n" \
  "  in_force = \"2003-09-29\",\n" \
  "  days_after_deposit = 30,\n" \
  "  denunciation_years = 1,\n" \
  "  clusters = { { en = \"Criminalization and jurisdiction\", fr = \"Incrimination et comp\xc3\xa9tence\" } },\n" \
  "}\n"

#define RULE(ref, level, fact, title, text) \
  "obligation {\n" \
  "  ref = \"" ref "\", level = \"" level "\", category = \"jurisdiction\", cluster = 1,\n" \
  "  title = { en = \"" title "\", fr = \"" title " (fr)\" },\n" \
  "  text = { en = \"" text "\" },\n" \
  "  facts = { \"" fact "\" },\n" \
  "  check = function(ctx)\n" \
  "    return lx.measure_finding(ctx, \"" fact "\", { what = { en = \"" title "\", fr = \"" title "\" } })\n" \
  "  end,\n" \
  "}\n"

#define R151A RULE("untoc:15.1.a", "mandatory", "jurisdiction.territory", "Territorial jurisdiction", "(a) The offence is committed in the territory of that State Party;")
#define R151B(level) RULE("untoc:15.1.b", level, "jurisdiction.flag_vessels", "Flag jurisdiction", "(b) The offence is committed on board a vessel that is flying the flag of that State Party.")
#define R153 RULE("untoc:15.3", "mandatory", "jurisdiction.non_extradited_nationals", "Nationals not extradited", "3. For the purposes of article 16, paragraph 10, each State Party shall adopt such measures.")
#define R152A RULE("untoc:15.2.a", "optional", "jurisdiction.passive_personality", "Passive personality", "(a) The offence is committed against a national of that State Party;")
#define R154 RULE("untoc:15.4", "optional", "jurisdiction.passive_personality", "Non-extradition of others", "4. Each State Party may also adopt such measures.")

#define RULES_A R151A R151B("mandatory") R153 R152A
#define RULES_B R151A R151B("consider") R153 R154
/* D: A without 15.2.a, and 15.1.b and 15.3 declared twice (each second one
** an error finding with the same id) */
#define RULES_D R151A R151B("mandatory") R153 R151B("optional") R153

#define PROFILE(flag) \
  "-- Testland\n" \
  "return {\n" \
  "  profile_format = 1,\n" \
  "  state = { code = \"TST\", name = \"Testland\", name_fr = \"Testlande\" },\n" \
  "  describes_law_as_of = \"2024-12-31\",\n" \
  "  parties = { untoc = { signed = \"2000-12-12\", deposited = \"2004-06-01\" } },\n" \
  "  jurisdiction = {\n" \
  "    territory = { adopted = true, source = \"Penal Code, art. 1\", url = \"https://example.org/pc\", note = \"n\" },\n" \
  "    flag_vessels = { adopted = " flag ", source = \"Maritime Code, art. 2\" },\n" \
  "    passive_personality = { adopted = false },\n" \
  "  },\n" \
  "}\n"

#define TEXTS_EN \
  "return { instrument = \"untoc\", lang = \"en\",\n" \
  "  articles = { [\"12\"] = { title = \"Confiscation and seizure\" }, [\"15\"] = { title = \"Jurisdiction\" } },\n" \
  "  provisions = {\n" \
  "    [\"untoc:12.6\"] = \"States Parties shall not decline to act under this paragraph on the ground of bank secrecy.\",\n" \
  "    [\"untoc:15.1.a\"] = \"(a) The offence is committed in the territory of that State Party;\",\n" \
  "  } }\n"

#define TEXTS_FR \
  "return { instrument = \"untoc\", lang = \"fr\",\n" \
  "  articles = { [\"12\"] = { title = \"Confiscation et saisie\" } },\n" \
  "  provisions = {\n" \
  "    [\"untoc:12.6\"] = \"Les \xc3\x89tats Parties ne peuvent invoquer le secret bancaire pour refuser d'agir.\",\n" \
  "  } }\n"

typedef struct {
  lx_sandbox *sb;
  lx_ruleset rs;
  int loaded;
} rules_t;

typedef struct {
  lx_profile p;
  lx_assessment a;
  char *src;
  size_t len;
} run_t;

static char dir[64];

/* ---- helpers ----------------------------------------------------------- */


static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
  fclose(f);
  if (b) { b[n] = '\0'; *len = (size_t)n; }
  return b;
}

/* The file at path holds exactly the n bytes of before (which it frees):
** a refused database is left byte for byte as it was. */
static void assert_unchanged(const char *path, char *before, size_t n) {
  size_t len = 0;
  char *after = read_all(path, &len);
  assert_non_null(after);
  assert_int_equal(len, n);
  assert_memory_equal(before, after, n);
  free(before);
  free(after);
}



static void pathf(char *out, size_t size, const char *fmt, const char *name) {
  snprintf(out, size, "%s/", dir);
  size_t n = strlen(out);
  snprintf(out + n, size - n, fmt, name);
}

/* A rules directory under dir/name with the real schema and these rules. */
static int make_rules(const char *name, const char *rules, int texts) {
  const char *root = getenv("LEXGAP_ROOT");
  char p[4096], from[4096];
  if (!root) root = ".";
  pathf(p, sizeof p, "%s", name);
  if (mkdir(p, 0755) != 0) return -1;
  pathf(p, sizeof p, "%s/untoc", name);
  if (mkdir(p, 0755) != 0) return -1;
  pathf(p, sizeof p, "%s/schema", name);
  if (mkdir(p, 0755) != 0) return -1;
  snprintf(from, sizeof from, "%s/rules/schema.lua", root);
  pathf(p, sizeof p, "%s/schema.lua", name);
  if (fx_copy_file(from, p) != 0) return -1;
  snprintf(from, sizeof from, "%s/rules/schema", root);
  DIR *d = opendir(from);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char f1[4400], f2[4400];
    snprintf(f1, sizeof f1, "%s/%s", from, e->d_name);
    snprintf(f2, sizeof f2, "%s/%s/schema/%s", dir, name, e->d_name);
    if (fx_copy_file(f1, f2) != 0) { closedir(d); return -1; }
  }
  if (d) closedir(d);
  pathf(p, sizeof p, "%s/untoc/instrument.lua", name);
  if (fx_write_file(p, INSTRUMENT) != 0) return -1;
  pathf(p, sizeof p, "%s/untoc/art15.lua", name);
  if (fx_write_file(p, rules) != 0) return -1;
  if (texts) {
    pathf(p, sizeof p, "%s/untoc/texts", name);
    if (mkdir(p, 0755) != 0) return -1;
    pathf(p, sizeof p, "%s/untoc/texts/en.lua", name);
    if (fx_write_file(p, TEXTS_EN) != 0) return -1;
    pathf(p, sizeof p, "%s/untoc/texts/fr.lua", name);
    if (fx_write_file(p, TEXTS_FR) != 0) return -1;
  }
  return 0;
}

static void load_rules(rules_t *r, const char *name) {
  char p[4096];
  sandbox_error err;
  diag_list d;
  memset(r, 0, sizeof *r);
  r->sb = sandbox_new(&err);
  assert_non_null(r->sb);
  pathf(p, sizeof p, "%s", name);
  diag_init(&d);
  int rc = ruleset_load(&r->rs, r->sb, p, NULL, 0, &d);
  if (rc != 0 || d.n) diag_print(&d, stderr);
  diag_free(&d);
  r->loaded = 1;
  assert_int_equal(rc, 0);
}

static void free_rules(rules_t *r) {
  if (r->loaded) ruleset_free(&r->rs, r->sb);
  sandbox_free(r->sb);
  memset(r, 0, sizeof *r);
}

/* Write the profile text to dir/file, load it with its bytes, evaluate. */
static void assess(run_t *x, rules_t *r, const char *file, const char *text, const char *as_of) {
  char p[4096];
  diag_list d;
  memset(x, 0, sizeof *x);
  pathf(p, sizeof p, "%s", file);
  assert_int_equal(fx_write_file(p, text), 0);
  diag_init(&d);
  x->src = read_all(p, &x->len);
  assert_non_null(x->src);
  int rc = profile_load(&x->p, p, r->rs.schema, &d);
  if (rc != 0) diag_print(&d, stderr);
  diag_free(&d);
  assert_int_equal(rc, 0);
  assert_int_equal(evaluate(&x->a, r->sb, &r->rs, &x->p, as_of, 0), 0);
}

static void free_run(run_t *x) {
  assessment_free(&x->a);
  profile_free(&x->p);
  free(x->src);
}

static store_item item_of(run_t *x) {
  store_item it = { &x->a, x->src, x->len, 0 };
  return it;
}

static lx_store *open_db(const char *name, store_mode mode) {
  char p[4096];
  store_error err;
  lx_store *st = NULL;
  pathf(p, sizeof p, "%s", name);
  if (store_open(&st, p, mode, &err) != 0) fprintf(stderr, "open: %s\n", err.message);
  assert_non_null(st);
  return st;
}

static long long save1(lx_store *st, run_t *x) {
  store_item it = item_of(x);
  store_error err;
  long long id = 0;
  int rc = store_save(st, &it, 1, "2026-01-02T03:04:05Z", &id, NULL, NULL, &err);
  if (rc != 0) fprintf(stderr, "save: %s\n", err.message);
  assert_int_equal(rc, 0);
  return id;
}

/* A report of one assessment as a string (malloc'd). */
static char *render(lx_assessment *a, int format) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  report_options o = { .lang = "en" };
  lx_assessment *list[1] = { a };
  assert_non_null(f);
  int rc = format == 0 ? report_text(f, list, 1, &o) : format == 1 ? report_markdown(f, list, 1, &o) : report_json(f, list, 1, &o);
  fclose(f);
  assert_int_equal(rc, 0);
  return buf;
}

static long long count_rows(const char *name, const char *sql) {
  char p[4096];
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  long long n = -1;
  pathf(p, sizeof p, "%s", name);
  if (sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    n = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

/* The CHECK constraints schema version 7 rewrote: as versions 1 to 6 wrote
** them ([0]) and as version 7 does ([1]), stated here again, by hand, so that
** a store of this lexgap can be made one of an older version (the store's
** verification refuses any text that is not exactly that version's). */
static const char *const rewritten_checks[][2] = {
  { "level IN ('mandatory', 'consider', 'endeavour', 'optional')",
    "level = 'mandatory' OR level = 'consider' OR level = 'endeavour' OR level = 'optional'" },
  { "status IN ('met', 'partly_met', 'not_met', 'unknown', 'not_applicable', 'error')",
    "status = 'met' OR status = 'partly_met' OR status = 'not_met' OR status = 'unknown'"
    " OR status = 'not_applicable' OR status = 'error'" },
  { "kind IN ('bound', 'not_bound', 'prospective', 'good_practice')",
    "kind = 'bound' OR kind = 'not_bound' OR kind = 'prospective' OR kind = 'good_practice'" },
  { "scope IN ('instrument', 'cluster', 'article')", "scope = 'instrument' OR scope = 'cluster' OR scope = 'article'" },
  { "grade IN ('C', 'LC', 'PC', 'NC', 'N/A', '--')",
    "grade = 'C' OR grade = 'LC' OR grade = 'PC' OR grade = 'NC' OR grade = 'N/A' OR grade = '--'" },
};

/* An edit of sqlite_schema on db, a connection of the test's own (not in
** defensive mode), the way migration 7 makes one: begun in a write
** transaction with writable_schema on; ended with the schema read again and
** the cookie moved on, the transaction left open for the caller to commit
** (or not yet). */
static void schema_edit_begin(sqlite3 *db) {
  assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE; PRAGMA writable_schema = ON", NULL, NULL, NULL), SQLITE_OK);
}

static void schema_edit_end(sqlite3 *db) {
  sqlite3_stmt *s = NULL;
  assert_int_equal(sqlite3_exec(db, "PRAGMA writable_schema = RESET", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA schema_version = %d", sqlite3_column_int(s, 0) + 1);
  sqlite3_finalize(s);
  assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

/* Give the store dir/name (closed) the CHECK constraints of schema versions
** 1 to 6 ("x IN (...)"), through a connection of its own, not in defensive
** mode, the way migration 7 edits them, the other way round. */
static void checks_before_v7(const char *name) {
  char p[4096];
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  pathf(p, sizeof p, "%s", name);
  assert_int_equal(sqlite3_open_v2(p, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
  schema_edit_begin(db);
  assert_int_equal(sqlite3_prepare_v2(db, "UPDATE sqlite_schema SET sql = replace(sql, ?2, ?1) WHERE type = 'table'",
                                      -1, &s, NULL), SQLITE_OK);
  for (size_t k = 0; k < sizeof rewritten_checks / sizeof *rewritten_checks; k++) {
    sqlite3_bind_text(s, 1, rewritten_checks[k][0], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, rewritten_checks[k][1], -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(s), SQLITE_DONE);
    assert_true(sqlite3_changes(db) > 0);
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  schema_edit_end(db);
  assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
}

/* The store dir/name made with one run saved: the profile p1 assessed by
** rules A (r and x loaded, for the caller to free). */
static void one_run_saved(rules_t *r, run_t *x, const char *name) {
  load_rules(r, "A");
  assess(x, r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db(name, STORE_WRITE);
  save1(st, x);
  store_close(st);
}

/* ---- setup ----------------------------------------------------------------- */

static int group_setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/lexgap-store-XXXXXX");
  if (!mkdtemp(dir)) return -1;
  if (make_rules("A", RULES_A, 1) != 0 || make_rules("B", RULES_B, 0) != 0 || make_rules("D", RULES_D, 0) != 0)
    return -1;
  return 0;
}

static int group_teardown(void **state) {
  (void)state;
  fx_remove_tree(dir);
  return 0;
}

/* ---- tests --------------------------------------------------------------------- */

/* --db, then LEXGAP_DB, then XDG_DATA_HOME (absolute only), then HOME. */
static void test_path(void **state) {
  (void)state;
  char buf[4096];
  store_error err;
  char *saved[3];
  const char *names[3] = { "LEXGAP_DB", "XDG_DATA_HOME", "HOME" };
  for (int i = 0; i < 3; i++) { const char *v = getenv(names[i]); saved[i] = v ? strdup(v) : NULL; }
  setenv("LEXGAP_DB", "/x/env.db", 1);
  setenv("XDG_DATA_HOME", "/x/data", 1);
  setenv("HOME", "/x/home", 1);
  assert_int_equal(store_path("/x/opt.db", buf, sizeof buf, &err), 0);
  assert_string_equal(buf, "/x/opt.db");
  assert_int_equal(store_path(NULL, buf, sizeof buf, &err), 0);
  assert_string_equal(buf, "/x/env.db");
  unsetenv("LEXGAP_DB");
  assert_int_equal(store_path(NULL, buf, sizeof buf, &err), 0);
  assert_string_equal(buf, "/x/data/lexgap/lexgap.db");
  setenv("XDG_DATA_HOME", "relative", 1);
  assert_int_equal(store_path(NULL, buf, sizeof buf, &err), 0);
  assert_string_equal(buf, "/x/home/.local/share/lexgap/lexgap.db");
  unsetenv("XDG_DATA_HOME");
  unsetenv("HOME");
  assert_int_equal(store_path(NULL, buf, sizeof buf, &err), -1);
  for (int i = 0; i < 3; i++) {
    if (saved[i]) setenv(names[i], saved[i], 1); else unsetenv(names[i]);
    free(saved[i]);
  }
}

/* First use creates the directories and the schema: STRICT tables, WAL,
** foreign keys, the application id and the version. */
static void test_create(void **state) {
  (void)state;
  char p[4096];
  lx_store *st = open_db("new/sub/dir/lexgap.db", STORE_WRITE);
  sqlite3 *db = store_handle(st);
  sqlite3_stmt *s = NULL;
  const char *checks[][2] = {
    { "PRAGMA user_version", "7" }, { "PRAGMA application_id", "1280853840" }, { "PRAGMA journal_mode", "wal" },
    { "PRAGMA foreign_keys", "1" },
    { "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' AND strict = 0", "0" },
    { "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 1", "17" },
  };
  for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
    assert_int_equal(sqlite3_prepare_v2(db, checks[i][0], -1, &s, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(s, 0), checks[i][1]);
    sqlite3_finalize(s);
  }
  store_close(st);
  /* opening again migrates nothing and changes nothing */
  st = open_db("new/sub/dir/lexgap.db", STORE_WRITE);
  store_close(st);
  assert_int_equal(count_rows("new/sub/dir/lexgap.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
  /* reading never creates a file */
  store_error err;
  pathf(p, sizeof p, "%s", "absent.db");
  assert_int_equal(store_open(&st, p, STORE_READ, &err), -1);
  assert_int_equal(err.rc, STORE_NOTFOUND);
  assert_int_not_equal(access(p, F_OK), 0);
  /* an empty file is a database with nothing in it yet */
  pathf(p, sizeof p, "%s", "empty.db");
  assert_int_equal(fx_write_file(p, ""), 0);
  assert_int_equal(store_open(&st, p, STORE_READ, &err), -1);
  assert_int_equal(err.rc, STORE_NOTFOUND);
  st = open_db("empty.db", STORE_WRITE);
  store_close(st);
  assert_int_equal(count_rows("empty.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
}

/* A saved run gives back the very same reports, after the rules are gone
** from memory and changed on disk, and the exact profile bytes. */
static void test_roundtrip(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  char *before[3];
  for (int k = 0; k < 3; k++) before[k] = render(&x.a, k);
  lx_store *st = open_db("round.db", STORE_WRITE);
  long long id = save1(st, &x);
  assert_true(id > 0);
  free_run(&x);
  free_rules(&r);
  char p[4096];
  pathf(p, sizeof p, "%s", "A/untoc/art15.lua.bak");
  char q[4096];
  pathf(q, sizeof q, "%s", "A/untoc/art15.lua");
  assert_int_equal(rename(q, p), 0);                 /* the rules change on disk */
  assert_int_equal(fx_write_file(q, R151A), 0);
  store_run *run = NULL;
  store_error err;
  assert_int_equal(store_load_run(st, id, &run, &err), 0);
  for (int k = 0; k < 3; k++) {
    char *after = render(&run->a, k);
    assert_string_equal(before[k], after);
    free(after);
    free(before[k]);
  }
  assert_int_equal(run->profile_len, strlen(PROFILE("false")));
  assert_memory_equal(run->profile_src, PROFILE("false"), run->profile_len);
  assert_string_equal(run->info.created, "2026-01-02T03:04:05Z");
  assert_string_equal(run->info.engine, LX_VERSION);
  assert_non_null(run->rules.instruments[0].clusters);      /* the descriptor came back */
  store_run_free(run);
  assert_int_equal(store_load_run(st, id + 100, &run, &err), -1);
  assert_int_equal(err.rc, STORE_NOTFOUND);
  store_close(st);
  assert_int_equal(rename(p, q), 0);
}

/* history: counts per status and gaps; run names: id, STATE, STATE~N. */
static void test_history(void **state) {
  (void)state;
  rules_t r;
  run_t x1, x2;
  load_rules(&r, "A");
  assess(&x1, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&x2, &r, "p2.lua", PROFILE("true"), "2026-01-01");
  lx_store *st = open_db("hist.db", STORE_WRITE);
  long long id1 = save1(st, &x1), id2 = save1(st, &x2);
  store_run_info *runs = NULL;
  size_t n = 0;
  store_error err;
  assert_int_equal(store_runs(st, "tst", &runs, &n, &err), 0);     /* case does not matter */
  assert_int_equal(n, 2);
  lx_summary s;
  assessment_summary(&x1.a, &s);
  assert_int_equal(runs[0].id, id1);
  assert_int_equal(runs[0].gaps, s.gaps);
  assert_int_equal(runs[0].gaps, 1);
  assert_int_equal(runs[1].gaps, 0);
  for (int k = 0; k < LX_NSTATUS; k++) assert_int_equal(runs[0].by_status[k], s.by_status[k]);
  assert_int_equal(runs[0].nfindings, 4);
  assert_string_equal(runs[0].state_code, "TST");
  assert_string_equal(runs[0].ruleset_hash, runs[1].ruleset_hash);
  assert_string_not_equal(runs[0].profile_hash, runs[1].profile_hash);
  assert_non_null(strstr(runs[0].ratings, "untoc "));
  store_run_infos_free(runs, n);
  assert_int_equal(store_runs(st, "NOPE", &runs, &n, &err), 0);
  assert_int_equal(n, 0);
  store_run_infos_free(runs, n);
  long long id;
  char spec[32];
  snprintf(spec, sizeof spec, "%lld", id1);
  assert_int_equal(store_resolve_run(st, spec, &id, &err), 0);
  assert_int_equal(id, id1);
  assert_int_equal(store_resolve_run(st, "TST", &id, &err), 0);
  assert_int_equal(id, id2);
  assert_int_equal(store_resolve_run(st, "tst~1", &id, &err), 0);
  assert_int_equal(id, id1);
  assert_int_equal(store_resolve_run(st, "TST~2", &id, &err), -1);
  assert_int_equal(err.rc, STORE_NOTFOUND);
  assert_int_equal(store_resolve_run(st, "XYZ", &id, &err), -1);
  assert_int_equal(store_resolve_run(st, "999", &id, &err), -1);
  /* one profile stored once, however many runs */
  store_close(st);
  assert_int_equal(count_rows("hist.db", "SELECT count(*) FROM profile"), 2);
  assert_int_equal(count_rows("hist.db", "SELECT count(*) FROM ruleset"), 1);
  free_run(&x1);
  free_run(&x2);
  free_rules(&r);
}

static const store_change *change_of(const store_diff *d, const char *id) {
  for (size_t i = 0; i < d->nchanges; i++) if (strcmp(d->changes[i].rule_id, id) == 0) return &d->changes[i];
  return NULL;
}

static const store_rule_change *rule_change_of(const store_diff *d, const char *id) {
  for (size_t i = 0; i < d->nrules; i++) if (strcmp(d->rules[i].rule_id, id) == 0) return &d->rules[i];
  return NULL;
}

/* diff: a gap closed with its reasons; then rules added, removed and a
** level changed when the rule set changed. */
static void test_diff(void **state) {
  (void)state;
  rules_t ra, rb;
  run_t x1, x2, x3;
  load_rules(&ra, "A");
  load_rules(&rb, "B");
  assess(&x1, &ra, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&x2, &ra, "p2.lua", PROFILE("true"), "2026-01-01");
  assess(&x3, &rb, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("diff.db", STORE_WRITE);
  long long id1 = save1(st, &x1), id2 = save1(st, &x2), id3 = save1(st, &x3);
  store_diff d;
  store_error err;
  assert_int_equal(store_diff_runs(st, id1, id2, &d, &err), 0);
  assert_true(d.same_rules);
  assert_int_equal(d.nrules, 0);
  assert_int_equal(d.nchanges, 1);
  const store_change *c = change_of(&d, "untoc:15.1.b");
  assert_non_null(c);
  assert_int_equal(c->status_a, LX_NOT_MET);
  assert_int_equal(c->status_b, LX_MET);
  assert_true(c->gap_a && !c->gap_b);
  assert_non_null(c->why_a.en);
  assert_non_null(c->why_b.en);
  store_diff_free(&d);
  assert_int_equal(store_diff_runs(st, id1, id1, &d, &err), 0);
  assert_int_equal(d.nchanges, 0);
  store_diff_free(&d);
  assert_int_equal(store_diff_runs(st, id1, id3, &d, &err), 0);
  assert_false(d.same_rules);
  assert_int_equal(d.nrules, 3);
  const store_rule_change *rc = rule_change_of(&d, "untoc:15.4");
  assert_non_null(rc);
  assert_int_equal(rc->level_a, -1);
  assert_int_equal(rc->level_b, LX_OPTIONAL);
  rc = rule_change_of(&d, "untoc:15.2.a");
  assert_non_null(rc);
  assert_int_equal(rc->level_a, LX_OPTIONAL);
  assert_int_equal(rc->level_b, -1);
  rc = rule_change_of(&d, "untoc:15.1.b");
  assert_non_null(rc);
  assert_int_equal(rc->level_a, LX_MANDATORY);
  assert_int_equal(rc->level_b, LX_CONSIDER);
  c = change_of(&d, "untoc:15.1.b");            /* same status, no longer a gap */
  assert_non_null(c);
  assert_true(c->gap_a && !c->gap_b);
  c = change_of(&d, "untoc:15.4");
  assert_non_null(c);
  assert_int_equal(c->status_a, -1);
  c = change_of(&d, "untoc:15.2.a");
  assert_non_null(c);
  assert_int_equal(c->status_b, -1);
  store_diff_free(&d);
  store_close(st);
  free_run(&x1); free_run(&x2); free_run(&x3);
  free_rules(&ra); free_rules(&rb);
}

/* matrix: the latest run of each State, by obligation and by article. */
static void test_matrix(void **state) {
  (void)state;
  rules_t r;
  run_t x1, x2;
  load_rules(&r, "A");
  assess(&x1, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&x2, &r, "p2.lua", PROFILE("true"), "2026-01-01");
  lx_store *st = open_db("matrix.db", STORE_WRITE);
  save1(st, &x1);
  long long latest = save1(st, &x2);
  store_matrix m;
  store_error err;
  assert_int_equal(store_matrix_build(st, 0, NULL, &m, &err), 0);
  assert_int_equal(m.nrows, 1);
  assert_int_equal(m.rows[0].id, latest);
  assert_int_equal(m.ncols, 4);
  assert_string_equal(m.cols[0], "untoc:15.1.a");       /* instrument order */
  assert_string_equal(m.cols[1], "untoc:15.1.b");
  assert_string_equal(m.cols[2], "untoc:15.2.a");
  assert_string_equal(m.cols[3], "untoc:15.3");
  assert_int_equal(m.cells[1].status, LX_MET);
  assert_int_equal(m.cells[3].status, LX_UNKNOWN);
  store_matrix_free(&m);
  assert_int_equal(store_matrix_build(st, 1, "untoc", &m, &err), 0);
  assert_int_equal(m.ncols, 1);
  assert_string_equal(m.cols[0], "untoc:15");
  /* mandatory findings: met, met, unknown -> unknown; the optional not_met does not count */
  assert_int_equal(m.cells[0].status, LX_UNKNOWN);
  assert_int_equal(m.cells[0].findings, 4);
  assert_int_equal(m.cells[0].gaps, 0);
  assert_true(m.cells[0].rating[0] != '\0');
  store_matrix_free(&m);
  assert_int_equal(store_matrix_build(st, 1, "other", &m, &err), 0);
  assert_int_equal(m.ncols, 0);
  store_matrix_free(&m);
  store_close(st);
  free_run(&x1); free_run(&x2);
  free_rules(&r);
}

/* matrix: the run with the latest as-of date is a State's latest, whatever
** the order of saving (the README's walkthrough saves 2026, then 2005). */
static void test_matrix_latest_as_of(void **state) {
  (void)state;
  rules_t r;
  run_t now, before;
  load_rules(&r, "A");
  assess(&now, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&before, &r, "p1.lua", PROFILE("false"), "2003-01-01");   /* before the deposit: not bound */
  lx_store *st = open_db("asof.db", STORE_WRITE);
  long long id_now = save1(st, &now);
  save1(st, &before);
  store_matrix m;
  store_error err;
  assert_int_equal(store_matrix_build(st, 1, NULL, &m, &err), 0);
  assert_int_equal(m.nrows, 1);
  assert_int_equal(m.rows[0].id, id_now);
  assert_string_equal(m.rows[0].as_of, "2026-01-01");
  store_matrix_free(&m);
  /* a later as-of date saved afterwards takes over */
  run_t later;
  assess(&later, &r, "p1.lua", PROFILE("true"), "2027-01-01");
  long long id_later = save1(st, &later);
  assert_int_equal(store_matrix_build(st, 0, NULL, &m, &err), 0);
  assert_int_equal(m.rows[0].id, id_later);
  store_matrix_free(&m);
  store_close(st);
  free_run(&now); free_run(&before); free_run(&later);
  free_rules(&r);
}

/* diff: an obligation that stops binding is not a gap closed; a level that
** changed with the rules is told apart. */
static void test_diff_classify(void **state) {
  (void)state;
  rules_t r;
  run_t now, before;
  load_rules(&r, "A");
  assess(&now, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&before, &r, "p1.lua", PROFILE("false"), "2003-01-01");
  lx_store *st = open_db("classify.db", STORE_WRITE);
  long long a = save1(st, &now), b = save1(st, &before);
  store_diff d;
  store_error err;
  assert_int_equal(store_diff_runs(st, a, b, &d, &err), 0);
  const store_change *c = change_of(&d, "untoc:15.1.b");
  assert_non_null(c);
  assert_true(c->gap_a && !c->gap_b);
  assert_int_equal(store_change_classify(c), DIFF_NO_LONGER_APPLICABLE);
  for (size_t i = 0; i < d.nchanges; i++) assert_int_not_equal(store_change_classify(&d.changes[i]), DIFF_GAP_CLOSED);
  store_diff_free(&d);
  assert_int_equal(store_diff_runs(st, b, a, &d, &err), 0);
  assert_int_equal(store_change_classify(change_of(&d, "untoc:15.1.b")), DIFF_NEWLY_APPLICABLE);
  store_diff_free(&d);
  store_change x = { .status_a = LX_NOT_MET, .status_b = LX_MET, .gap_a = 1, .gap_b = 0,
                     .level_a = LX_MANDATORY, .level_b = LX_MANDATORY };
  assert_int_equal(store_change_classify(&x), DIFF_GAP_CLOSED);
  x.level_b = LX_CONSIDER;
  assert_int_equal(store_change_classify(&x), DIFF_LEVEL_CHANGED);
  x.status_a = -1;
  assert_int_equal(store_change_classify(&x), DIFF_ONLY_B);
  store_close(st);
  free_run(&now); free_run(&before);
  free_rules(&r);
}

/* history: the ratings keep how much they rested on; a database of schema
** version 1 is migrated and its runs get the obligations counted from their
** findings (the articles stay unknown). */
static void test_coverage_and_migration(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("cov.db", STORE_WRITE);
  save1(st, &x);
  store_run_info *runs = NULL;
  size_t n = 0;
  store_error err;
  assert_int_equal(store_runs(st, "TST", &runs, &n, &err), 0);
  assert_int_equal(n, 1);
  char saved[512];
  snprintf(saved, sizeof saved, "%s", runs[0].ratings);
  assert_non_null(strstr(saved, "obligations settled)"));
  assert_non_null(strstr(saved, "articles rated"));
  store_run_infos_free(runs, n);
  /* back to version 1: the columns of migration 2 and the table of migration 3 dropped */
  sqlite3 *db = store_handle(st);
  assert_int_equal(sqlite3_exec(db, "ALTER TABLE rating DROP COLUMN obligations; ALTER TABLE rating DROP COLUMN settled;"
                                    "ALTER TABLE rating DROP COLUMN articles; ALTER TABLE rating DROP COLUMN articles_rated;"
                                    "ALTER TABLE rating DROP COLUMN withheld; DROP TABLE rule_serves; DROP INDEX finding_summary; DROP TABLE run_tally; DROP TABLE article_tally;"
                                    "DROP TABLE obligation_tally; DROP TABLE obligation_list; DROP INDEX run_latest;"
                                    "PRAGMA user_version = 1;", NULL, NULL, NULL), SQLITE_OK);
  store_close(st);
  checks_before_v7("cov.db");
  st = open_db("cov.db", STORE_READ);           /* reading migrates an older schema */
  store_close(st);
  assert_int_equal(count_rows("cov.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
  st = open_db("cov.db", STORE_READ);
  assert_int_equal(store_runs(st, "TST", &runs, &n, &err), 0);
  /* the obligations are counted again from the findings, exactly as saved */
  const char *settled = strstr(saved, "rated, ") + strlen("rated, ");
  assert_non_null(strstr(runs[0].ratings, settled));
  assert_null(strstr(runs[0].ratings, "articles rated"));
  store_run_infos_free(runs, n);
  store_close(st);
  assert_int_equal(count_rows("cov.db", "SELECT count(*) FROM rating WHERE obligations IS NULL OR settled IS NULL"), 0);
  assert_int_equal(count_rows("cov.db", "SELECT count(*) FROM rating WHERE scope = 'article' AND obligations <> settled + unknown"), 0);
  free_run(&x);
  free_rules(&r);
}

/* Files that are not ours, too new or damaged: refused, never written. */
static void test_refusals(void **state) {
  (void)state;
  char p[4096];
  store_error err;
  lx_store *st = NULL;
  size_t n0;
  /* a text file */
  pathf(p, sizeof p, "%s", "text.db");
  assert_int_equal(fx_write_file(p, "not a database, just text\n"), 0);
  assert_int_equal(store_open(&st, p, STORE_WRITE, &err), -1);
  assert_int_equal(err.rc, STORE_NOTADB);
  assert_non_null(strstr(err.message, "not a lexgap database"));
  char *b = read_all(p, &n0);
  assert_string_equal(b, "not a database, just text\n");
  free(b);
  /* a SQLite file of another program; one written by a newer lexgap */
  const char *setups[2] = { "CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                            "PRAGMA application_id = 1280853840; PRAGMA user_version = 99; CREATE TABLE t(x);" };
  const store_rc want[2] = { STORE_NOTADB, STORE_NEWER };
  for (int k = 0; k < 2; k++) {
    sqlite3 *db;
    pathf(p, sizeof p, k ? "%s" : "other.db", "newer.db");
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, setups[k], NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    char *before = read_all(p, &n0);
    for (int mode = 0; mode < 2; mode++) {
      assert_int_equal(store_open(&st, p, mode ? STORE_WRITE : STORE_READ, &err), -1);
      assert_int_equal(err.rc, want[k]);
    }
    assert_unchanged(p, before, n0);
  }
  assert_non_null(strstr(err.message, "newer lexgap"));
  /* a damaged database: pages overwritten in the middle */
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  st = open_db("damaged.db", STORE_WRITE);
  save1(st, &x);
  save1(st, &x);
  store_close(st);
  pathf(p, sizeof p, "%s", "damaged.db");
  b = read_all(p, &n0);
  assert_true(n0 > 8 * 4096);
  FILE *f = fopen(p, "r+b");
  fseek(f, (long)(n0 / 4096 / 2) * 4096, SEEK_SET);
  for (int i = 0; i < 4096 * 2; i++) fputc(0x5a, f);
  fclose(f);
  free(b);
  b = read_all(p, &n0);
  st = NULL;
  int rc = store_open(&st, p, STORE_WRITE, &err);
  if (rc == 0) {                      /* the schema page survived: the save finds the damage */
    store_item it = item_of(&x);
    rc = store_save(st, &it, 1, NULL, NULL, NULL, NULL, &err);
    store_close(st);
  }
  assert_int_equal(rc, -1);
  assert_int_equal(err.rc, STORE_CORRUPT);
  assert_non_null(strstr(err.message, "damaged"));
  assert_unchanged(p, b, n0);
  free_run(&x);
  free_rules(&r);
}

/* Saves skip the full quick_check while the file is as the last checked
** save left it (a stamp beside it, FILE-checked); a file damaged since, in
** pages the save itself never reads, is still refused, even with its
** modification time put back, since the status-change time cannot be. */
static void test_integrity_stamp(void **state) {
  (void)state;
  char p[4096], stamp[4200];
  store_error err;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("stamped.db", STORE_WRITE);
  for (int i = 0; i < 60; i++) save1(st, &x);      /* pages an appending save never reads */
  store_close(st);
  pathf(p, sizeof p, "%s", "stamped.db");
  snprintf(stamp, sizeof stamp, "%s-checked", p);
  size_t n0;
  char *text = read_all(stamp, &n0);
  assert_non_null(text);
  assert_non_null(strstr(text, "lexgap-checked 2 "));
  free(text);
  /* an untouched file: saved into (through the stamp), stamp renewed */
  st = open_db("stamped.db", STORE_WRITE);
  save1(st, &x);
  store_close(st);
  /* damaged in the middle, its modification time set back */
  struct stat before;
  assert_int_equal(stat(p, &before), 0);
  char *b = read_all(p, &n0);
  assert_true(n0 > 8 * 4096);
  FILE *f = fopen(p, "r+b");
  fseek(f, (long)(n0 / 4096 / 2) * 4096, SEEK_SET);
  for (int i = 0; i < 4096 * 2; i++) fputc(0x5a, f);
  fclose(f);
  struct timespec times[2] = { before.st_atim, before.st_mtim };
  assert_int_equal(utimensat(AT_FDCWD, p, times, 0), 0);
  free(b);
  b = read_all(p, &n0);
  st = NULL;
  int rc = store_open(&st, p, STORE_WRITE, &err);
  if (rc == 0) {
    store_item it = item_of(&x);
    rc = store_save(st, &it, 1, NULL, NULL, NULL, NULL, &err);
    store_close(st);
  }
  assert_int_equal(rc, -1);
  assert_int_equal(err.rc, STORE_CORRUPT);
  assert_non_null(strstr(err.message, "damaged"));
  assert_unchanged(p, b, n0);
  free_run(&x);
  free_rules(&r);
}

/* One save on a connection of its own, as `assess --save` makes it; how
** many full checks it ran (0 or 1). */
static int save_alone(const char *name, run_t *x) {
  lx_store *st = open_db(name, STORE_WRITE);
  save1(st, x);
  int checks = store_full_checks(st);
  store_close(st);
  return checks;
}

/* A file written only by lexgap is not read through again: the stamp
** records the state lexgap's own save left (identity, times, a hash of the
** header), so the next save skips quick_check (store_full_checks stays 0);
** any other change to the file, even one that restores its bytes, brings
** the full check back at the next save. */
static void test_stamp_own_writes_not_rescanned(void **state) {
  (void)state;
  char p[4096], stamp[4200];
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("own.db", STORE_WRITE);
  save1(st, &x);
  assert_int_equal(store_full_checks(st), 1);     /* no stamp yet: a full check */
  save1(st, &x);
  assert_int_equal(store_full_checks(st), 1);     /* the connection's own write: not again */
  store_close(st);
  pathf(p, sizeof p, "%s", "own.db");
  snprintf(stamp, sizeof stamp, "%s-checked", p);
  size_t n0;
  char *text = read_all(stamp, &n0);
  assert_non_null(text);
  const char *hdr = strstr(text, " hdr ");
  assert_non_null(hdr);
  assert_int_equal(strspn(hdr + 5, "0123456789abcdef"), 64);
  free(text);
  for (int i = 0; i < 3; i++)                     /* save after save: never scanned again */
    assert_int_equal(save_alone("own.db", &x), 0);
  /* reading commands leave the stamp valid */
  st = open_db("own.db", STORE_READ);
  store_matrix m;
  store_error err;
  assert_int_equal(store_matrix_build(st, 1, NULL, &m, &err), 0);
  store_matrix_free(&m);
  store_close(st);
  assert_int_equal(save_alone("own.db", &x), 0);
  /* a byte of the header changed and put back by another program: checked */
  FILE *f = fopen(p, "r+b");
  assert_non_null(f);
  fseek(f, 72, SEEK_SET);                          /* reserved, zero */
  fputc(0, f);
  fclose(f);
  assert_int_equal(save_alone("own.db", &x), 1);
  /* then lexgap's own save is trusted again */
  assert_int_equal(save_alone("own.db", &x), 0);
  /* a stamp of another format (or none) is not trusted */
  assert_int_equal(fx_write_file(stamp, "lexgap-checked 1 0 0 0 0.0 0.0"), 0);
  assert_int_equal(save_alone("own.db", &x), 1);
  assert_int_equal(unlink(stamp), 0);
  assert_int_equal(save_alone("own.db", &x), 1);
  free_run(&x);
  free_rules(&r);
}

/* The matrix (by article and by obligation, every instrument or one) and the
** runs as history lists them, for a database saved by this lexgap. */
static char *store_picture(lx_store *st) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  store_error err;
  assert_non_null(f);
  for (int by = 0; by < 2; by++)
    for (int k = 0; k < 2; k++) {
      store_matrix m;
      assert_int_equal(store_matrix_build(st, by, k ? "untoc" : NULL, &m, &err), 0);
      for (size_t j = 0; j < m.ncols; j++) fprintf(f, "col %s\n", m.cols[j]);
      for (size_t i = 0; i < m.nrows; i++) {
        fprintf(f, "row %lld %s %s %s\n", m.rows[i].id, m.rows[i].state_code, m.rows[i].as_of, m.rows[i].ratings);
        for (size_t j = 0; j < m.ncols; j++) {
          const store_cell *c = &m.cells[i * m.ncols + j];
          fprintf(f, " %d/%d/%d/%s", c->status, c->findings, c->gaps, c->rating);
        }
        fputc('\n', f);
      }
      store_matrix_free(&m);
    }
  store_run_info *runs = NULL;
  size_t n = 0;
  assert_int_equal(store_runs(st, NULL, &runs, &n, &err), 0);
  for (size_t i = 0; i < n; i++) {
    fprintf(f, "run %lld %s %d %d", runs[i].id, runs[i].state_code, runs[i].nfindings, runs[i].gaps);
    for (int k = 0; k < LX_NSTATUS; k++) fprintf(f, " %d", runs[i].by_status[k]);
    fprintf(f, " %s\n", runs[i].ratings);
  }
  store_run_infos_free(runs, n);
  fclose(f);
  return buf;
}

/* Schema version 5 keeps what history and matrix show of each run in
** run_tally and article_tally, counted at save time.  A database of version
** 4 (the tallies taken away) is counted by the migration, and every figure
** of matrix and history is the same as what the saves counted. */
static void test_tallies_migrated_from_v4(void **state) {
  (void)state;
  rules_t r;
  run_t x[4];
  load_rules(&r, "A");
  char *other = strdup(PROFILE("true"));
  memcpy(strstr(other, "\"TST\""), "\"TSU\"", 5);         /* a second State */
  assess(&x[0], &r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&x[1], &r, "p2.lua", PROFILE("true"), "2003-01-01");   /* not bound yet */
  assess(&x[2], &r, "p3.lua", other, "2026-01-01");
  assess(&x[3], &r, "p4.lua", other, "2025-01-01");
  lx_store *st = open_db("tally.db", STORE_WRITE);
  for (int i = 0; i < 4; i++) save1(st, &x[i]);
  char *saved = store_picture(st);
  assert_non_null(strstr(saved, "row 3 TSU 2026-01-01"));
  assert_int_equal(count_rows("tally.db", "SELECT count(*) FROM run_tally"), 4);
  assert_true(count_rows("tally.db", "SELECT count(*) FROM article_tally") >= 4);
  sqlite3 *db = store_handle(st);
  assert_int_equal(sqlite3_exec(db, "DROP TABLE obligation_tally; DROP TABLE obligation_list; DROP INDEX run_latest;"
                                "DROP TABLE run_tally; DROP TABLE article_tally; PRAGMA user_version = 4;",
                                NULL, NULL, NULL), SQLITE_OK);
  store_close(st);
  checks_before_v7("tally.db");
  st = open_db("tally.db", STORE_READ);             /* reading migrates */
  char *migrated = store_picture(st);
  store_close(st);
  assert_int_equal(count_rows("tally.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
  assert_string_equal(migrated, saved);
  free(saved);
  free(migrated);
  free(other);
  for (int i = 0; i < 4; i++) free_run(&x[i]);
  free_rules(&r);
}

/* matrix --by obligation as the findings give it, read the way it was
** before schema version 6: every finding of the latest runs (instrument
** given or not), through finding_summary, a later one of the same rule id
** replacing an earlier.  One line per cell ("run rule status gap"), in run
** and rule order. */
static char *obligation_oracle(lx_store *st, const char *instrument) {
  sqlite3_stmt *s = NULL;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(sqlite3_prepare_v2(store_handle(st),
    "SELECT run_id, rule_id, status, gap FROM (SELECT f.run_id, f.rule_id, f.status, f.gap, row_number() OVER"
    " (PARTITION BY f.run_id, f.rule_id ORDER BY f.instrument DESC, f.article DESC, f.level DESC, f.status DESC,"
    " f.gap DESC, f.seq DESC) AS k FROM finding f INDEXED BY finding_summary WHERE f.run_id IN (SELECT id FROM"
    " (SELECT id, row_number() OVER (PARTITION BY state_code COLLATE NOCASE ORDER BY as_of DESC, id DESC) AS k"
    " FROM run) WHERE k = 1) AND (?1 IS NULL OR f.instrument = ?1)) WHERE k = 1 ORDER BY run_id, rule_id",
    -1, &s, NULL), SQLITE_OK);
  sqlite3_bind_text(s, 1, instrument, -1, SQLITE_STATIC);
  while (sqlite3_step(s) == SQLITE_ROW) {
    fprintf(f, "%lld %s %s %d\n", (long long)sqlite3_column_int64(s, 0), sqlite3_column_text(s, 1),
            sqlite3_column_text(s, 2), sqlite3_column_int(s, 3));
  }
  sqlite3_finalize(s);
  fclose(f);
  return buf;
}

/* The same cells from store_matrix_build, in the same order. */
static char *obligation_cells(lx_store *st, const char *instrument) {
  char *buf = NULL;
  size_t len = 0;
  store_matrix m;
  store_error err;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(store_matrix_build(st, 0, instrument, &m, &err), 0);
  size_t *order = calloc(m.nrows + 1, sizeof *order);   /* rows by run id */
  for (size_t i = 0; i < m.nrows; i++) order[i] = i;
  for (size_t i = 1; i < m.nrows; i++)
    for (size_t k = i; k > 0 && m.rows[order[k]].id < m.rows[order[k - 1]].id; k--) {
      size_t t = order[k]; order[k] = order[k - 1]; order[k - 1] = t;
    }
  char **cols = calloc(m.ncols + 1, sizeof *cols);       /* columns by strcmp, as the oracle's ORDER BY */
  size_t *col_at = calloc(m.ncols + 1, sizeof *col_at);
  for (size_t j = 0; j < m.ncols; j++) { cols[j] = m.cols[j]; col_at[j] = j; }
  for (size_t j = 1; j < m.ncols; j++)
    for (size_t k = j; k > 0 && strcmp(cols[k], cols[k - 1]) < 0; k--) {
      char *t = cols[k]; cols[k] = cols[k - 1]; cols[k - 1] = t;
      size_t u = col_at[k]; col_at[k] = col_at[k - 1]; col_at[k - 1] = u;
    }
  for (size_t i = 0; i < m.nrows; i++)
    for (size_t j = 0; j < m.ncols; j++) {
      const store_cell *c = &m.cells[order[i] * m.ncols + col_at[j]];
      if (c->status < 0) continue;
      assert_int_equal(c->findings, 1);
      fprintf(f, "%lld %s %s %d\n", m.rows[order[i]].id, cols[j], lx_status_name((lx_status)c->status), c->gaps);
    }
  free(order);
  free(cols);
  free(col_at);
  store_matrix_free(&m);
  fclose(f);
  return buf;
}

/* Schema version 6 lays out what matrix --by obligation shows of each run
** when it is saved: its cells are those its findings give, read as they
** were before (an id declared twice: the finding finding_summary put last);
** the runs of one rule set share one list of obligations; and a database
** of version 5 (the layout taken away) is laid out by the migration exactly
** as the saves laid it out. */
static void test_obligation_cells(void **state) {
  (void)state;
  rules_t a, b, d;
  run_t x[5];
  load_rules(&a, "A");
  load_rules(&b, "B");
  load_rules(&d, "D");
  char *other = strdup(PROFILE("true")), *third = strdup(PROFILE("false"));
  memcpy(strstr(other, "\"TST\""), "\"TSU\"", 5);
  memcpy(strstr(third, "\"TST\""), "\"TSV\"", 5);
  assess(&x[0], &a, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&x[1], &a, "p2.lua", other, "2026-01-01");
  assess(&x[2], &b, "p3.lua", other, "2027-01-01");     /* TSU's latest: rule set B */
  assess(&x[3], &d, "p4.lua", third, "2026-01-01");     /* TSV: the ids declared twice */
  assess(&x[4], &a, "p5.lua", PROFILE("true"), "2003-01-01");   /* TST before it was bound: not shown */
  lx_store *st = open_db("cells.db", STORE_WRITE);
  for (int i = 0; i < 5; i++) save1(st, &x[i]);
  /* the rule sets' lists: A's runs share one; D names what A names without 15.2.a */
  assert_int_equal(count_rows("cells.db", "SELECT count(*) FROM obligation_tally"), 5);
  assert_int_equal(count_rows("cells.db", "SELECT count(*) FROM obligation_list"), 3);
  assert_int_equal(count_rows("cells.db", "SELECT count(DISTINCT list_id) FROM obligation_tally WHERE run_id IN (1, 2, 5)"), 1);
  const char *instruments[] = { NULL, "untoc", "other" };
  char *saved[3];
  for (int k = 0; k < 3; k++) {
    char *want = obligation_oracle(st, instruments[k]);
    saved[k] = obligation_cells(st, instruments[k]);
    assert_string_equal(saved[k], want);
    free(want);
  }
  /* D's twice-declared ids: 15.1.b's second one (optional) comes after the
  ** first (mandatory) in finding_summary's order and shows its error */
  assert_non_null(strstr(saved[0], "4 untoc:15.1.b error 0\n"));
  assert_non_null(strstr(saved[0], "1 untoc:15.1.b not_met 1\n"));
  assert_null(strstr(saved[0], "5 untoc:"));
  assert_string_equal(saved[2], "");
  char *picture = store_picture(st);
  sqlite3 *db = store_handle(st);
  assert_int_equal(sqlite3_exec(db, "DROP TABLE obligation_tally; DROP TABLE obligation_list; DROP INDEX run_latest; PRAGMA user_version = 5;",
                                NULL, NULL, NULL), SQLITE_OK);
  store_close(st);
  checks_before_v7("cells.db");
  st = open_db("cells.db", STORE_READ);             /* reading migrates */
  assert_int_equal(count_rows("cells.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
  assert_int_equal(count_rows("cells.db", "SELECT count(*) FROM obligation_list"), 3);
  for (int k = 0; k < 3; k++) {
    char *migrated = obligation_cells(st, instruments[k]);
    assert_string_equal(migrated, saved[k]);
    free(migrated);
    free(saved[k]);
  }
  char *migrated_picture = store_picture(st);
  assert_string_equal(migrated_picture, picture);
  free(picture);
  free(migrated_picture);
  store_close(st);
  free(other);
  free(third);
  for (int i = 0; i < 5; i++) free_run(&x[i]);
  free_rules(&a);
  free_rules(&b);
  free_rules(&d);
}

/* A genuine lexgap database with something planted in its schema (a trigger
** that would rewrite earlier runs during our own save, a view, an index, a
** column, a virtual table; or an index taken away) is refused in both
** modes, naming the object, and left byte for byte as it was. */
/* The columns with a CHECK of three values or more, and an INSERT that
** writes the value %s into one of them (every other column valid). */
static const struct { const char *column, *sql; } checked_columns[] = {
  { "rule.level", "INSERT INTO rule(ruleset_id, seq, id, level, cluster, line)"
                  " VALUES ((SELECT min(id) FROM ruleset), 1000000, 'x', %s, 0, 1)" },
  { "finding.level", "INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap)"
                     " VALUES ((SELECT min(id) FROM run), 1000000, 0, 'x', %s, 'met', 0)" },
  { "finding.status", "INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap)"
                      " VALUES ((SELECT min(id) FROM run), 1000000, 0, 'x', 'mandatory', %s, 0)" },
  { "binding.kind", "INSERT INTO binding(run_id, seq, instrument, kind, reason_en, reason_fr)"
                    " VALUES ((SELECT min(id) FROM run), 1000000, 'x', %s, '', '')" },
  { "rating.scope", "INSERT INTO rating(run_id, pos, scope, instrument, key, grade, major, moderate, minor, unknown, errors)"
                    " VALUES ((SELECT min(id) FROM run), 1000000, %s, 'x', 'k', 'C', 0, 0, 0, 0, 0)" },
  { "rating.grade", "INSERT INTO rating(run_id, pos, scope, instrument, key, grade, major, moderate, minor, unknown, errors)"
                    " VALUES ((SELECT min(id) FROM run), 1000000, 'article', 'x', 'k', %s, 0, 0, 0, 0, 0)" },
};

/* What the store dir/name does with each value in each of checked_columns,
** a line each ("finding.status 'Met' CHECK"), every insert rolled back; and
** in *ephemeral how many temporary tables (OpenEphemeral) their programs
** open.  Every value any of these columns allows is tried in each, with
** other cases, types, spaces and NULL.  Returns a malloc'd string. */
static char *verdicts_on(sqlite3 *db, int *ephemeral);

static char *check_verdicts(const char *name, int *ephemeral) {
  char p[4096];
  sqlite3 *db = NULL;
  pathf(p, sizeof p, "%s", name);
  assert_int_equal(sqlite3_open_v2(p, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
  char *verdicts = verdicts_on(db, ephemeral);
  sqlite3_close(db);
  return verdicts;
}

/* The same, on the connection db (the store's own, say): what it has
** compiled of the constraints. */
static char *verdicts_on(sqlite3 *db, int *ephemeral) {
  static const char *const values[] = {
    "'mandatory'", "'consider'", "'endeavour'", "'optional'", "'met'", "'partly_met'", "'not_met'", "'unknown'",
    "'not_applicable'", "'error'", "'bound'", "'not_bound'", "'prospective'", "'good_practice'", "'instrument'",
    "'cluster'", "'article'", "'C'", "'LC'", "'PC'", "'NC'", "'N/A'", "'--'",
    "'Met'", "'MANDATORY'", "'c'", "'n/a'", "'met '", "' met'", "''", "'other'", "'met'' OR 1'",
    "NULL", "0", "1", "1.5", "X'6d6574'", "CAST('met' AS BLOB)",
  };
  char sql[600], *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  *ephemeral = 0;
  for (size_t c = 0; c < sizeof checked_columns / sizeof *checked_columns; c++) {
    sqlite3_stmt *s = NULL;
    snprintf(sql, sizeof sql, "EXPLAIN %s", checked_columns[c].sql);
    char *explain = sqlite3_mprintf(sql, "?1");
    assert_int_equal(sqlite3_prepare_v2(db, explain, -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
      if (strcmp((const char *)sqlite3_column_text(s, 1), "OpenEphemeral") == 0) (*ephemeral)++;
    sqlite3_finalize(s);
    sqlite3_free(explain);
    for (size_t v = 0; v < sizeof values / sizeof *values; v++) {
      char *insert = sqlite3_mprintf(checked_columns[c].sql, values[v]);
      assert_int_equal(sqlite3_exec(db, "SAVEPOINT v", NULL, NULL, NULL), SQLITE_OK);
      int rc = sqlite3_exec(db, insert, NULL, NULL, NULL);
      int code = sqlite3_extended_errcode(db);
      assert_int_equal(sqlite3_exec(db, "ROLLBACK TO v; RELEASE v", NULL, NULL, NULL), SQLITE_OK);
      fprintf(f, "%s %s %s\n", checked_columns[c].column, values[v],
              rc == SQLITE_OK ? "ok" : code == SQLITE_CONSTRAINT_CHECK ? "CHECK"
              : code == SQLITE_CONSTRAINT_NOTNULL ? "NOT NULL" : code == SQLITE_CONSTRAINT_DATATYPE ? "type" : "other");
      sqlite3_free(insert);
    }
  }
  fclose(f);
  return buf;
}

static char *every_row(const char *name);

/* The schema of the database dir/name, an object a line (a malloc'd
** string); *schema_version set to its schema cookie. */
static char *schema_of(const char *name, int *schema_version) {
  char p[4096], *text = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  pathf(p, sizeof p, "%s", name);
  assert_int_equal(sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  *schema_version = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, ''),"
                                      " char(10)) FROM (SELECT * FROM sqlite_schema ORDER BY type, name)", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  text = strdup((const char *)sqlite3_column_text(s, 0));
  assert_non_null(text);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return text;
}

/* The connection of st, which has just run migration 7 (exec_migration: out
** of defensive mode, writable_schema on, for the step's SQL alone), is as
** every store connection must be after it: in defensive mode again, so
** that sqlite_schema cannot be written, not even with writable_schema on
** (SQLite 3.40 reads writable_schema back as 1 in defensive mode all the
** same: its value says nothing); and it compiles the constraints as the
** edited schema states them, with the verdicts of version 6 (want) and no
** temporary table: it read the schema again after the edit (as both
** writable_schema = RESET and the schema cookie's increment make it do:
** SQLite keeps the cookie one behind in memory after PRAGMA schema_version
** = N, so the next statement reloads; either alone suffices). */
static void store_connection_after_migration(lx_store *st, const char *want) {
  sqlite3 *h = store_handle(st);
  int on = -1, ephemeral = -1;
  char *verdicts = verdicts_on(h, &ephemeral);   /* first: nothing below may make it read the schema again */
  assert_int_equal(ephemeral, 0);
  assert_string_equal(verdicts, want);
  free(verdicts);
  assert_int_equal(sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, -1, &on), SQLITE_OK);
  assert_int_equal(on, 1);
  assert_int_equal(sqlite3_exec(h, "PRAGMA writable_schema = ON", NULL, NULL, NULL), SQLITE_OK);
  assert_int_not_equal(sqlite3_exec(h, "UPDATE sqlite_schema SET sql = sql WHERE 0", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_exec(h, "PRAGMA writable_schema = OFF", NULL, NULL, NULL), SQLITE_OK);
}

/* Schema version 7 writes each CHECK "x IN (three values or more)" as
** "x = a OR x = b ...", which SQLite (3.40) evaluates without building a
** temporary table for every row written.  A new store has the new form; a
** store of version 6 gets it by the migration, its rows unchanged and its
** schema cookie moved on; both refuse and accept exactly what version 6
** did; and the verification accepts the old text only as version 6 and the
** new only as version 7. */
static void test_checks_without_temporary_tables(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  one_run_saved(&r, &x, "checks.db");
  lx_store *st = NULL;
  int ephemeral = -1, ephemeral_v6 = -1, cookie = 0, cookie_v6 = 0;
  char *verdicts = check_verdicts("checks.db", &ephemeral);
  assert_int_equal(ephemeral, 0);
  /* the verdicts are the constraints', not an accident of the test */
  assert_non_null(strstr(verdicts, "finding.status 'met' ok\n"));
  assert_non_null(strstr(verdicts, "finding.status 'Met' CHECK\n"));
  assert_non_null(strstr(verdicts, "finding.status 'met ' CHECK\n"));
  assert_non_null(strstr(verdicts, "finding.status 'mandatory' CHECK\n"));
  assert_non_null(strstr(verdicts, "finding.level 'mandatory' ok\n"));
  assert_non_null(strstr(verdicts, "rule.level 'optional' ok\n"));
  assert_non_null(strstr(verdicts, "rule.level 1 CHECK\n"));
  assert_non_null(strstr(verdicts, "rating.grade 'N/A' ok\n"));
  assert_non_null(strstr(verdicts, "rating.grade 'n/a' CHECK\n"));
  assert_non_null(strstr(verdicts, "rating.scope 'cluster' ok\n"));
  assert_non_null(strstr(verdicts, "binding.kind 'good_practice' ok\n"));
  assert_non_null(strstr(verdicts, "binding.kind NULL NOT NULL\n"));
  assert_non_null(strstr(verdicts, "binding.kind X'6d6574' type\n"));
  assert_null(strstr(verdicts, " other\n"));
  char *fresh = every_row("checks.db"), *fresh_schema = schema_of("checks.db", &cookie);

  /* the same store as version 6 wrote it: the same verdicts, at the cost of
  ** a temporary table per constraint */
  checks_before_v7("checks.db");
  char p[4096];
  pathf(p, sizeof p, "%s", "checks.db");
  sqlite3 *db = NULL;
  assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 6", NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  char *verdicts_v6 = check_verdicts("checks.db", &ephemeral_v6);
  assert_true(ephemeral_v6 >= 6);
  assert_string_equal(verdicts_v6, verdicts);
  char *rows_v6 = every_row("checks.db"), *schema_v6 = schema_of("checks.db", &cookie_v6);
  assert_true(cookie_v6 > cookie);

  /* migrated: every row as it was, the schema a new store's, the cookie moved on */
  st = open_db("checks.db", STORE_READ);
  store_connection_after_migration(st, verdicts);
  store_close(st);
  assert_int_equal(count_rows("checks.db", "PRAGMA user_version"), STORE_SCHEMA_VERSION);
  int cookie_v7 = 0;
  char *rows_v7 = every_row("checks.db"), *schema_v7 = schema_of("checks.db", &cookie_v7);
  assert_string_equal(rows_v7, rows_v6);
  assert_true(cookie_v7 > cookie_v6);
  for (size_t k = 0; k < sizeof rewritten_checks / sizeof *rewritten_checks; k++) {
    assert_non_null(strstr(schema_v6, rewritten_checks[k][0]));
    assert_null(strstr(schema_v7, rewritten_checks[k][0]));
    assert_non_null(strstr(schema_v7, rewritten_checks[k][1]));
  }
  for (const char *in = schema_v7; (in = strstr(in, " IN (")) != NULL; in++) {   /* every IN left has two values */
    const char *end = strchr(in, ')'), *comma = strchr(in, ',');
    assert_true(comma && comma < end && !memchr(comma + 1, ',', (size_t)(end - comma - 1)));
  }
  int ephemeral_v7 = -1;
  char *verdicts_v7 = check_verdicts("checks.db", &ephemeral_v7);
  assert_int_equal(ephemeral_v7, 0);
  assert_string_equal(verdicts_v7, verdicts);
  assert_int_equal(count_rows("checks.db", "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
  /* the rows and the schema of a new store */
  assert_string_equal(rows_v7, fresh);
  assert_string_equal(schema_v7, fresh_schema);

  /* the old text is refused as version 7, the new as version 6: left as they were */
  for (int k = 0; k < 2; k++) {
    const char *name = k ? "checks-new-as-v6.db" : "checks-old-as-v7.db";
    st = open_db(name, STORE_WRITE);
    save1(st, &x);
    store_close(st);
    if (k == 0) checks_before_v7(name);
    pathf(p, sizeof p, "%s", name);
    if (k == 1) {
      assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
      assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 6", NULL, NULL, NULL), SQLITE_OK);
      sqlite3_close(db);
    }
    size_t n0;
    char *before = read_all(p, &n0);
    for (int mode = 0; mode < 2; mode++) {
      store_error err;
      st = NULL;
      assert_int_equal(store_open(&st, p, mode ? STORE_WRITE : STORE_READ, &err), -1);
      assert_null(st);
      assert_int_equal(err.rc, STORE_SCHEMA);
      if (!strstr(err.message, k ? "(version 6): table 'binding' defined differently" : "(version 7): table 'binding' defined differently"))
        fail_msg("%s: message: %s", name, err.message);
    }
    assert_unchanged(p, before, n0);
  }
  free(verdicts); free(verdicts_v6); free(verdicts_v7);
  free(fresh); free(rows_v6); free(rows_v7);
  free(fresh_schema); free(schema_v6); free(schema_v7);
  free_run(&x);
  free_rules(&r);
}

static void test_planted_schema_refused(void **state) {
  (void)state;
  static const struct { const char *sql, *names; } plants[] = {
    { "CREATE TRIGGER rewrite AFTER INSERT ON run BEGIN UPDATE run SET state_name = 'X'; END;",
      "unexpected trigger 'rewrite' on table 'run'" },
    { "CREATE TRIGGER b BEFORE DELETE ON finding BEGIN SELECT 1; END;", "unexpected trigger 'b' on table 'finding'" },
    { "CREATE VIEW latest AS SELECT * FROM run;", "unexpected view 'latest'" },
    { "CREATE INDEX sneaky ON run(lower(state_name));", "unexpected index 'sneaky' on table 'run'" },
    { "ALTER TABLE run ADD COLUMN extra TEXT;", "table 'run' defined differently" },
    { "CREATE TABLE notes(x);", "unexpected table 'notes'" },
    { "DROP INDEX run_by_state;", "index 'run_by_state' missing" },
    { "CREATE VIRTUAL TABLE vt USING fts5(x);", "unexpected virtual table 'vt'" },
  };
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  for (size_t k = 0; k < sizeof plants / sizeof *plants; k++) {
    if (strstr(plants[k].sql, "fts5") && !store_has_fts5()) continue;
    char name[32], p[4096];
    snprintf(name, sizeof name, "planted%zu.db", k);
    lx_store *st = open_db(name, STORE_WRITE);
    save1(st, &x);
    store_close(st);
    pathf(p, sizeof p, "%s", name);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, plants[k].sql, NULL, NULL, &msg) != SQLITE_OK) fail_msg("%s: %s", plants[k].sql, msg);
    sqlite3_close(db);
    size_t n0;
    char *before = read_all(p, &n0);
    for (int mode = 0; mode < 2; mode++) {
      store_error err;
      st = NULL;
      assert_int_equal(store_open(&st, p, mode ? STORE_WRITE : STORE_READ, &err), -1);
      assert_null(st);
      assert_int_equal(err.rc, STORE_SCHEMA);
      if (!strstr(err.message, plants[k].names)) fail_msg("%s: message: %s", plants[k].sql, err.message);
      assert_non_null(strstr(err.message, name));
    }
    assert_unchanged(p, before, n0);
  }
  free_run(&x);
  free_rules(&r);
}

/* A CREATE statement in sqlite_schema with a tail after a NUL byte: SQLite
** parses the text up to the NUL, and a comparison of C strings stops there
** too, so the tail was accepted and, in a store of version 6, carried into
** version 7 by the migration's edit (review 12b, item 3).  Every byte is
** compared now: a store of version 6 and one of version 7 with such a tail
** are refused, in both modes, naming the table, and left byte for byte. */
static void test_schema_text_after_nul_refused(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  for (int version = 6; version <= 7; version++) {
    char name[32], p[4096];
    snprintf(name, sizeof name, "nul-tail-v%d.db", version);
    one_run_saved(&r, &x, name);
    if (version == 6) checks_before_v7(name);
    pathf(p, sizeof p, "%s", name);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    schema_edit_begin(db);
    assert_int_equal(sqlite3_exec(db, "UPDATE sqlite_schema SET sql = sql || char(0) || ', evil TEXT);"
                                      " CREATE TRIGGER t AFTER INSERT ON run BEGIN DELETE FROM run; END'"
                                      " WHERE name = 'finding'", NULL, NULL, NULL), SQLITE_OK);
    schema_edit_end(db);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d; COMMIT", version);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    /* the tail is there, past the NUL, and SQLite reads the table all the same */
    assert_int_equal(count_rows(name, "SELECT instr(CAST(sql AS BLOB), X'00') > 0 FROM sqlite_schema WHERE name = 'finding'"), 1);
    assert_true(count_rows(name, "SELECT count(*) FROM finding") > 0);
    size_t n0;
    char *before = read_all(p, &n0);
    for (int mode = 0; mode < 2; mode++) {
      store_error err;
      lx_store *st = NULL;
      assert_int_equal(store_open(&st, p, mode ? STORE_WRITE : STORE_READ, &err), -1);
      assert_null(st);
      assert_int_equal(err.rc, STORE_SCHEMA);
      char want[64];
      snprintf(want, sizeof want, "(version %d): table 'finding' defined differently", version);
      if (!strstr(err.message, want)) fail_msg("%s: message: %s", name, err.message);
    }
    assert_unchanged(p, before, n0);
    assert_int_equal(count_rows(name, "PRAGMA user_version"), version);
    free_run(&x);
    free_rules(&r);
  }
}

/* A trigger planted after the database was opened (another process, say)
** is found under the write lock: the save is refused, the runs are intact,
** and the trigger never ran. */
/* Write [data, data+n) to path, or fail the test. */
static void write_file(const char *path, const char *data, size_t n) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
}

/* A connection to a new database at path (table seed committed, in
** rollback-journal mode) left inside a transaction larger than its cache
** (table big, 2,000 rows): pages reach the file and the journal beside it
** holds the originals, as in a store's first transaction before WAL. */
static sqlite3 *writing_in_rollback_mode(const char *path) {
  sqlite3 *db;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; CREATE TABLE seed(x);", NULL, NULL, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "BEGIN; CREATE TABLE big(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                    "INSERT INTO big SELECT randomblob(500) FROM n;", NULL, NULL, NULL), SQLITE_OK);
  return db;
}

/* A writer killed in the database's first transaction (before the switch to
** WAL) leaves a hot rollback journal.  Copying the file and its journal while
** a transaction is open reproduces that state exactly.  The store rolls the
** journal back and carries on: reading says no run is saved yet, saving
** works; before, both failed for ever with "attempt to write a readonly
** database" (a read-only connection cannot roll a journal back). */
static void test_hot_journal_rolled_back(void **state) {
  (void)state;
  char live[4096], copy[4096], lj[4200], cj[4200];
  pathf(live, sizeof live, "%s", "hot-live.db");
  pathf(copy, sizeof copy, "%s", "hot.db");
  snprintf(lj, sizeof lj, "%s-journal", live);
  snprintf(cj, sizeof cj, "%s-journal", copy);
  sqlite3 *db = writing_in_rollback_mode(live);
  size_t ndb, nj;
  char *b = read_all(live, &ndb), *j = read_all(lj, &nj);
  assert_non_null(b);
  assert_non_null(j);
  assert_true(nj > 0);
  write_file(copy, b, ndb);
  write_file(cj, j, nj);
  free(b);
  free(j);
  sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close(db);
  store_error err;
  lx_store *st = NULL;
  /* rolled back to its committed state: a foreign database (table seed), refused as such, not as read-only */
  assert_int_not_equal(store_open(&st, copy, STORE_READ, &err), 0);
  assert_int_not_equal(err.rc, STORE_READONLY);
  assert_null(strstr(err.message, "readonly"));
  struct stat sb;
  assert_true(stat(cj, &sb) != 0 || sb.st_size == 0);   /* the journal was rolled back */
}

/* A writer in the database's first transaction (still in rollback mode)
** has a journal beside the file that is its own, not hot: a second writer
** that finds it is told the store is busy, not that a write was interrupted
** (the two-writers race of tests/e2e/run.sh), and once the first is done
** the journal is gone and nothing was rolled back for it. */
static void test_live_journal_is_busy(void **state) {
  (void)state;
  char live[4096], lj[4200];
  pathf(live, sizeof live, "%s", "live-writer.db");
  snprintf(lj, sizeof lj, "%s-journal", live);
  sqlite3 *db = writing_in_rollback_mode(live);
  struct stat sb;
  assert_int_equal(stat(lj, &sb), 0);
  assert_true(sb.st_size > 0);           /* the writer's journal, while it writes */
  setenv("LEXGAP_DB_TIMEOUT", "0", 1);
  store_error err;
  lx_store *st = NULL;
  assert_int_not_equal(store_open(&st, live, STORE_WRITE, &err), 0);
  assert_int_equal(err.rc, STORE_BUSY);
  assert_non_null(strstr(err.message, "database is busy"));
  assert_null(strstr(err.message, "interrupted"));
  assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);   /* the writer's work stands */
  sqlite3_close(db);
  unsetenv("LEXGAP_DB_TIMEOUT");
  assert_int_equal(count_rows("live-writer.db", "SELECT count(*) FROM big"), 2000);
}

static void test_planted_after_open(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("late.db", STORE_WRITE);
  save1(st, &x);
  char p[4096];
  pathf(p, sizeof p, "%s", "late.db");
  sqlite3 *db;
  assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "CREATE TABLE witness(n); CREATE TRIGGER late AFTER INSERT ON run "
                                    "BEGIN UPDATE run SET state_name = 'rewritten'; INSERT INTO witness VALUES (1); END;",
                                NULL, NULL, NULL), SQLITE_OK);
  store_item it = item_of(&x);
  store_error err;
  assert_int_equal(store_save(st, &it, 1, NULL, NULL, NULL, NULL, &err), -1);
  assert_int_equal(err.rc, STORE_SCHEMA);
  assert_non_null(strstr(err.message, "unexpected t"));
  store_close(st);
  sqlite3_stmt *s;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM run), (SELECT count(*) FROM run WHERE "
                                          "state_name = 'rewritten'), (SELECT count(*) FROM witness)", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(s, 0), 1);
  assert_int_equal(sqlite3_column_int(s, 1), 0);
  assert_int_equal(sqlite3_column_int(s, 2), 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  free_run(&x);
  free_rules(&r);
}

/* The default VFS, wrapped so that a test can act while SQLite waits for a
** lock: sleep_vfs is the default's own methods but xSleep, which SQLite's
** busy handler calls between attempts; it runs on_sleep (once: cleared
** first), then sleeps as the default would.  Registered as the default
** only for the test that uses it: the store opens its files through the
** default VFS, so its waits come here with nothing of the store changed. */
static sqlite3_vfs *default_vfs;
static sqlite3_vfs sleep_vfs;
static void (*on_sleep)(void);
static sqlite3 *plant_writer;        /* on_sleep's connection: commit_plant commits it */

static int sleep_then_act(sqlite3_vfs *vfs, int microseconds) {
  (void)vfs;
  void (*act)(void) = on_sleep;
  on_sleep = NULL;
  if (act) act();
  return default_vfs->xSleep(default_vfs, microseconds);
}

static void commit_plant(void) {
  assert_int_equal(sqlite3_exec(plant_writer, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
}

/* A schema changed by another process after the store checked it at open
** (through its read-only connection) but before migration 7 takes the write
** lock is found by the check made again under the lock, before the step's
** edit of sqlite_schema runs.  The change here is one the check after the
** edit cannot see: binding's CHECK written already as version 7 writes it,
** which the edit leaves as it is, so that without the check under the lock
** the result would be exactly version 7, migrated from a schema that was
** not exactly version 6 (review 12b, item 1).  The other process holds the
** write lock with its change made but not committed when the store opens;
** it commits while the store's BEGIN IMMEDIATE waits for the lock (the
** first sleep of the busy handler, sleep_vfs), that is after the check at
** open.  The store is refused, naming binding, and stays of version 6, its
** other CHECKs as they were. */
static void test_schema_changed_before_migration_lock(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  one_run_saved(&r, &x, "race-v6.db");
  checks_before_v7("race-v6.db");
  char p[4096];
  pathf(p, sizeof p, "%s", "race-v6.db");
  assert_int_equal(sqlite3_open(p, &plant_writer), SQLITE_OK);
  assert_int_equal(sqlite3_exec(plant_writer, "PRAGMA user_version = 6", NULL, NULL, NULL), SQLITE_OK);
  /* binding's CHECK as version 7 writes it ([2]: kind), and the cookie moved on, not committed */
  sqlite3_stmt *s = NULL;
  schema_edit_begin(plant_writer);
  assert_int_equal(sqlite3_prepare_v2(plant_writer, "UPDATE sqlite_schema SET sql = replace(sql, ?1, ?2) WHERE name = 'binding'",
                                      -1, &s, NULL), SQLITE_OK);
  sqlite3_bind_text(s, 1, rewritten_checks[2][0], -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, rewritten_checks[2][1], -1, SQLITE_STATIC);
  assert_int_equal(sqlite3_step(s), SQLITE_DONE);
  assert_int_equal(sqlite3_changes(plant_writer), 1);
  sqlite3_finalize(s);
  schema_edit_end(plant_writer);

  default_vfs = sqlite3_vfs_find(NULL);
  assert_non_null(default_vfs);
  sleep_vfs = *default_vfs;
  sleep_vfs.zName = "lexgap-test-sleep";
  sleep_vfs.pNext = NULL;
  sleep_vfs.xSleep = sleep_then_act;
  assert_int_equal(sqlite3_vfs_register(&sleep_vfs, 1), SQLITE_OK);
  on_sleep = commit_plant;
  store_error err;
  lx_store *st = NULL;
  int rc = store_open(&st, p, STORE_WRITE, &err);
  int acted = on_sleep == NULL;
  on_sleep = NULL;
  assert_int_equal(sqlite3_vfs_register(default_vfs, 1), SQLITE_OK);
  assert_int_equal(sqlite3_vfs_unregister(&sleep_vfs), SQLITE_OK);
  if (rc == 0) store_close(st);
  assert_true(acted);                     /* the store waited for the lock, and the change came then */
  assert_int_equal(rc, -1);
  assert_int_equal(err.rc, STORE_SCHEMA);
  if (!strstr(err.message, "(version 6): table 'binding' defined differently")) fail_msg("message: %s", err.message);
  assert_int_equal(sqlite3_close(plant_writer), SQLITE_OK);
  plant_writer = NULL;
  assert_int_equal(count_rows("race-v6.db", "PRAGMA user_version"), 6);
  int cookie = 0;
  char *schema = schema_of("race-v6.db", &cookie);
  assert_non_null(strstr(schema, rewritten_checks[2][1]));          /* the change committed */
  assert_non_null(strstr(schema, rewritten_checks[1][0]));          /* no edit of the migration's */
  assert_null(strstr(schema, rewritten_checks[1][1]));
  free(schema);
  free_run(&x);
  free_rules(&r);
}

/* Another writer holds the lock past the timeout: a clear "busy" error,
** nothing written. */
static void test_busy(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("busy.db", STORE_WRITE);
  save1(st, &x);
  store_close(st);
  char p[4096];
  sqlite3 *other;
  pathf(p, sizeof p, "%s", "busy.db");
  assert_int_equal(sqlite3_open(p, &other), SQLITE_OK);
  assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
  setenv("LEXGAP_DB_TIMEOUT", "50", 1);
  st = open_db("busy.db", STORE_WRITE);
  store_item it = item_of(&x);
  store_error err;
  assert_int_equal(store_save(st, &it, 1, NULL, NULL, NULL, NULL, &err), -1);
  assert_int_equal(err.rc, STORE_BUSY);
  assert_non_null(strstr(err.message, "database is busy"));
  sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close(other);
  assert_int_equal(store_save(st, &it, 1, NULL, NULL, NULL, NULL, &err), 0);   /* free again */
  store_close(st);
  unsetenv("LEXGAP_DB_TIMEOUT");
  assert_int_equal(count_rows("busy.db", "SELECT count(*) FROM run"), 2);
  free_run(&x);
  free_rules(&r);
}

/* Rules A loaded into r; x (p1.lua, flag_vessels not adopted) and y
** (p2.lua, adopted) assessed as of 2026-01-01; x saved alone into the
** database name, closed: the store a batch's tests stage into. */
static void two_runs_first_saved(rules_t *r, run_t *x, run_t *y, const char *name) {
  load_rules(r, "A");
  assess(x, r, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(y, r, "p2.lua", PROFILE("true"), "2026-01-01");
  lx_store *st = open_db(name, STORE_WRITE);
  save1(st, x);
  store_close(st);
}

/* A batch (store_batch) is staged without the store: its runs are staged
** while another process holds the store's write lock, and need it only to
** be copied in; a commit refused (busy) leaves the batch staged, to be
** committed again, and the runs come in the order staged, after those
** there. */
static void test_batch_staged(void **state) {
  (void)state;
  rules_t r;
  run_t x, y;
  two_runs_first_saved(&r, &x, &y, "batch.db");
  char p[4096];
  sqlite3 *other;
  pathf(p, sizeof p, "%s", "batch.db");
  assert_int_equal(sqlite3_open(p, &other), SQLITE_OK);
  assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
  setenv("LEXGAP_DB_TIMEOUT", "50", 1);
  lx_store *st = open_db("batch.db", STORE_WRITE);
  store_batch *b = NULL;
  store_error err;
  assert_int_equal(store_batch_begin(&b, &err), 0);
  store_item items[3] = { item_of(&y), item_of(&x), item_of(&y) };
  for (int i = 0; i < 3; i++) assert_int_equal(store_batch_add(b, &items[i], &err), 0);
  assert_int_equal(store_batch_count(b), 3);
  long long ids[3] = { 0, 0, 0 };
  assert_int_equal(store_batch_commit(b, st, NULL, ids, NULL, NULL, &err), -1);   /* the lock is the other's */
  assert_int_equal(err.rc, STORE_BUSY);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM run"), 1);
  sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close(other);
  assert_int_equal(store_batch_commit(b, st, "2026-02-03T04:05:06Z", ids, NULL, NULL, &err), 0);
  store_batch_free(b);
  store_close(st);
  unsetenv("LEXGAP_DB_TIMEOUT");
  assert_int_equal(ids[0], 2);
  assert_int_equal(ids[1], 3);
  assert_int_equal(ids[2], 4);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM run"), 4);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM run WHERE created = '2026-02-03T04:05:06Z'"), 3);
  /* the same profile's bytes and the same rule set kept once */
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM profile"), 2);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM ruleset"), 1);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM run WHERE profile_id = (SELECT profile_id FROM run WHERE id = 1)"), 2);
  /* each run's rows as its own assessment's: its findings, and what matrix reads of it */
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM finding f JOIN finding g ON g.run_id = 1 AND g.seq = f.seq"
                                          " AND g.status = f.status WHERE f.run_id = 3"),
                   count_rows("batch.db", "SELECT count(*) FROM finding WHERE run_id = 1"));
  assert_int_equal(count_rows("batch.db", "SELECT count(DISTINCT list_id) FROM obligation_tally"), 1);
  assert_int_equal(count_rows("batch.db", "SELECT count(*) FROM run_tally"), 4);
  free_run(&x);
  free_run(&y);
  free_rules(&r);
}

/* A batch committed is in the store once: a second commit, or a run added
** after it, is refused and writes nothing (a retry is for a failed commit
** only: test_batch_staged). */
static void test_batch_committed_once(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("once.db", STORE_WRITE);
  store_batch *b = NULL;
  store_error err;
  store_item it = item_of(&x);
  assert_int_equal(store_batch_begin(&b, &err), 0);
  assert_int_equal(store_batch_add(b, &it, &err), 0);
  assert_int_equal(store_batch_commit(b, st, NULL, NULL, NULL, NULL, &err), 0);
  assert_int_equal(store_batch_commit(b, st, NULL, NULL, NULL, NULL, &err), -1);
  assert_non_null(strstr(err.message, "saved already"));
  assert_int_equal(store_batch_add(b, &it, &err), -1);
  assert_non_null(strstr(err.message, "saved already"));
  assert_int_equal(store_batch_count(b), 1);
  store_batch_free(b);
  store_close(st);
  assert_int_equal(count_rows("once.db", "SELECT count(*) FROM run"), 1);
  assert_int_equal(count_rows("once.db", "SELECT count(*) FROM finding"),
                   count_rows("once.db", "SELECT count(*) FROM finding WHERE run_id = 1"));
  free_run(&x);
  free_rules(&r);
}

/* The staging database checks no CHECK constraint (store_batch_begin), so
** a row outside one is stopped only by the copy into the store: a finding
** whose status is none of lx_status's (lx_status_name gives "?", the
** finding table's CHECK refuses it) is staged, and the commit fails saying
** which constraint, the store file byte for byte as it was, no run added,
** and the batch's good runs not saved either (all or none). */
static void test_batch_check_at_copy(void **state) {
  (void)state;
  rules_t r;
  run_t x, y;
  two_runs_first_saved(&r, &x, &y, "checked.db");
  char p[4096];
  size_t n0 = 0;
  pathf(p, sizeof p, "%s", "checked.db");
  char *before = read_all(p, &n0);
  assert_non_null(before);
  lx_store *st = open_db("checked.db", STORE_WRITE);
  store_batch *b = NULL;
  store_error err;
  assert_int_equal(store_batch_begin(&b, &err), 0);
  store_item good = item_of(&x), bad = item_of(&y);
  assert_true(y.a.n > 0);
  lx_status kept = y.a.findings[0].status;
  y.a.findings[0].status = LX_NSTATUS;
  assert_int_equal(store_batch_add(b, &good, &err), 0);
  assert_int_equal(store_batch_add(b, &bad, &err), 0);          /* staged: no CHECK there */
  y.a.findings[0].status = kept;
  assert_int_equal(store_batch_commit(b, st, NULL, NULL, NULL, NULL, &err), -1);
  assert_non_null(strstr(err.message, "cannot save"));
  assert_non_null(strstr(err.message, "CHECK constraint failed"));
  assert_non_null(strstr(err.message, "status"));
  store_batch_free(b);
  store_close(st);
  assert_unchanged(p, before, n0);
  assert_int_equal(count_rows("checked.db", "SELECT count(*) FROM run"), 1);
  free_run(&x);
  free_run(&y);
  free_rules(&r);
}

/* The descriptor of this process open on a deleted file whose name was in
** directory d, or -1: what /proc/self/fd shows of a staging file. */
static int open_deleted_in(const char *d) {
  DIR *fds = opendir("/proc/self/fd");
  if (!fds) return -1;
  char prefix[4200];
  snprintf(prefix, sizeof prefix, "%s/lexgap-batch-", d);
  int found = -1;
  for (struct dirent *e; found < 0 && (e = readdir(fds)) != NULL;) {
    char link[64], target[4200];
    snprintf(link, sizeof link, "/proc/self/fd/%s", e->d_name);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0) continue;
    target[n] = '\0';
    if (strncmp(target, prefix, strlen(prefix)) == 0 && strstr(target, " (deleted)")) found = atoi(e->d_name);
  }
  closedir(fds);
  return found;
}

/* A batch's staging file is a file of its own on disk, in the directory
** $SQLITE_TMPDIR (else $TMPDIR) names, mode 0600, its name gone as soon as
** the batch is made (nothing left in the directory, even once a run is
** staged); a directory named that cannot take it fails the batch,
** naming it, and no other is tried. */
static void test_batch_staging_file(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  char stage[4096], missing[4096];
  pathf(stage, sizeof stage, "%s", "stage");
  pathf(missing, sizeof missing, "%s", "no-such-dir");
  assert_int_equal(mkdir(stage, 0700), 0);
  char *saved_sqlite = getenv("SQLITE_TMPDIR") ? strdup(getenv("SQLITE_TMPDIR")) : NULL;
  char *saved_tmp = getenv("TMPDIR") ? strdup(getenv("TMPDIR")) : NULL;
  store_batch *b = NULL;
  store_error err;
  store_item it = item_of(&x);

  unsetenv("SQLITE_TMPDIR");
  setenv("TMPDIR", stage, 1);
  assert_int_equal(store_batch_begin(&b, &err), 0);
  int fd = open_deleted_in(stage);
  assert_true(fd >= 0);
  struct stat file;
  assert_int_equal(fstat(fd, &file), 0);
  assert_int_equal(file.st_mode & 0777, 0600);
  assert_int_equal(file.st_nlink, 0);
  assert_true(file.st_size > 0);                  /* the schema is on disk, not in memory */
  assert_int_equal(store_batch_add(b, &it, &err), 0);
  DIR *d = opendir(stage);
  assert_non_null(d);
  int entries = 0;
  for (struct dirent *e; (e = readdir(d)) != NULL;) entries += e->d_name[0] != '.';
  closedir(d);
  assert_int_equal(entries, 0);                   /* no name, no journal beside it */
  store_batch_free(b);
  assert_int_equal(open_deleted_in(stage), -1);

  setenv("SQLITE_TMPDIR", missing, 1);            /* named first: TMPDIR is not tried */
  assert_int_equal(store_batch_begin(&b, &err), -1);
  assert_null(b);
  assert_non_null(strstr(err.message, missing));
  assert_non_null(strstr(err.message, "$SQLITE_TMPDIR"));
  assert_int_equal(open_deleted_in(stage), -1);

  if (saved_sqlite) setenv("SQLITE_TMPDIR", saved_sqlite, 1);
  else unsetenv("SQLITE_TMPDIR");
  if (saved_tmp) setenv("TMPDIR", saved_tmp, 1);
  else unsetenv("TMPDIR");
  free(saved_sqlite);
  free(saved_tmp);
  free_run(&x);
  free_rules(&r);
}

/* Every row of every table of the database name, in key order, each value
** with its type (malloc'd). */
static char *every_row(const char *name) {
  char p[4096], *buf = NULL;
  size_t n = 0;
  sqlite3 *db = NULL;
  sqlite3_stmt *t = NULL;
  FILE *f = open_memstream(&buf, &n);
  assert_non_null(f);
  pathf(p, sizeof p, "%s", name);
  assert_int_equal(sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &t,
                                      NULL), SQLITE_OK);
  while (sqlite3_step(t) == SQLITE_ROW) {
    char sql[256];
    sqlite3_stmt *s = NULL;
    snprintf(sql, sizeof sql, "SELECT * FROM \"%s\"", (const char *)sqlite3_column_text(t, 0));
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    fprintf(f, "table %s\n", (const char *)sqlite3_column_text(t, 0));
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int k = 0; k < sqlite3_column_count(s); k++) {
        int len = sqlite3_column_bytes(s, k);
        fprintf(f, "%d:%d:", sqlite3_column_type(s, k), len);
        if (len) fwrite(sqlite3_column_blob(s, k), 1, (size_t)len, f);
        fputc('|', f);
      }
      fputc('\n', f);
    }
    sqlite3_finalize(s);
  }
  sqlite3_finalize(t);
  sqlite3_close(db);
  fclose(f);
  return buf;
}

/* A batch staged and committed (store_batch) writes exactly the rows a
** direct save (store_save) of the same runs writes, ids included: into a
** store that holds a run already, runs of two rule sets, one of them new,
** and a profile seen before. */
static void test_batch_same_rows(void **state) {
  (void)state;
  rules_t ra, rb;
  run_t x, y, z;
  load_rules(&ra, "A");
  load_rules(&rb, "B");
  assess(&x, &ra, "p1.lua", PROFILE("false"), "2026-01-01");
  assess(&y, &ra, "p2.lua", PROFILE("true"), "2026-01-01");
  assess(&z, &rb, "p3.lua", PROFILE("true"), "2026-01-01");
  store_item items[4] = { item_of(&y), item_of(&z), item_of(&x), item_of(&y) };
  const char *created = "2026-02-03T04:05:06Z";
  long long direct_ids[4] = { 0 }, staged_ids[4] = { 0 };
  store_error err;
  lx_store *st = open_db("direct.db", STORE_WRITE);
  save1(st, &x);
  assert_int_equal(store_save(st, items, 4, created, direct_ids, NULL, NULL, &err), 0);
  store_close(st);
  st = open_db("staged.db", STORE_WRITE);
  save1(st, &x);
  store_batch *b = NULL;
  assert_int_equal(store_batch_begin(&b, &err), 0);
  for (int i = 0; i < 4; i++) assert_int_equal(store_batch_add(b, &items[i], &err), 0);
  assert_int_equal(store_batch_commit(b, st, created, staged_ids, NULL, NULL, &err), 0);
  store_batch_free(b);
  store_close(st);
  for (int i = 0; i < 4; i++) assert_int_equal(staged_ids[i], direct_ids[i]);
  assert_int_equal(direct_ids[3], 5);
  assert_int_equal(count_rows("staged.db", "SELECT count(*) FROM ruleset"), 2);
  char *direct = every_row("direct.db"), *staged = every_row("staged.db");
  assert_non_null(strstr(direct, "table finding_evidence\n"));
  assert_string_equal(staged, direct);
  free(direct);
  free(staged);
  free_run(&x);
  free_run(&y);
  free_run(&z);
  free_rules(&ra);
  free_rules(&rb);
}

/* A full disk (simulated with max_page_count) in the middle of a save of
** several runs: a clear error, and none of the runs. */
static void test_full(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  lx_store *st = open_db("full.db", STORE_WRITE);
  save1(st, &x);
  long long pages = count_rows("full.db", "PRAGMA page_count");
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", pages + 1);
  assert_int_equal(sqlite3_exec(store_handle(st), sql, NULL, NULL, NULL), SQLITE_OK);
  store_item items[20];
  for (int i = 0; i < 20; i++) items[i] = item_of(&x);
  store_error err;
  assert_int_equal(store_save(st, items, 20, NULL, NULL, NULL, NULL, &err), -1);
  assert_int_equal(err.rc, STORE_FULL);
  assert_non_null(strstr(err.message, "full"));
  store_close(st);
  assert_int_equal(count_rows("full.db", "SELECT count(*) FROM run"), 1);
  assert_int_equal(count_rows("full.db", "SELECT count(*) FROM finding"), 4);
  free_run(&x);
  free_rules(&r);
}

/* A read-only file or directory: a clear error on save; reading works.
** Run as an unprivileged user when the tests run as root. */
static void test_readonly(void **state) {
  (void)state;
  rules_t r;
  run_t x;
  char p[4096], d[4096];
  load_rules(&r, "A");
  assess(&x, &r, "p1.lua", PROFILE("false"), "2026-01-01");
  pathf(d, sizeof d, "%s", "ro");
  assert_int_equal(mkdir(d, 0777), 0);
  chmod(d, 0777);
  lx_store *st = open_db("ro/file.db", STORE_WRITE);
  save1(st, &x);
  store_close(st);
  pathf(p, sizeof p, "%s", "ro/file.db");
  size_t n0;
  char *before = read_all(p, &n0);
  assert_int_equal(chmod(p, 0444), 0);
  chmod(dir, 0755);
  pid_t pid = fork();
  if (pid == 0) {
    int bad = 0;
    if (geteuid() == 0) {
      struct passwd *pw = getpwnam("nobody");
      if (!pw || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) _exit(77);
    }
    store_error err;
    lx_store *s2 = NULL;
    /* a read-only file in a writable directory */
    if (store_open(&s2, p, STORE_WRITE, &err) == 0 || err.rc != STORE_READONLY || !strstr(err.message, "read-only")) bad |= 1;
    if (store_open(&s2, p, STORE_READ, &err) != 0) bad |= 2;
    store_run_info *runs = NULL;
    size_t n = 0;
    if (s2 && (store_runs(s2, NULL, &runs, &n, &err) != 0 || n != 1)) bad |= 4;
    store_run_infos_free(runs, n);
    store_close(s2);
    _exit(bad);
  }
  int status;
  waitpid(pid, &status, 0);
  assert_true(WIFEXITED(status));
  if (WEXITSTATUS(status) == 77) skip();
  assert_int_equal(WEXITSTATUS(status), 0);
  /* a writable file in a read-only directory */
  assert_int_equal(chmod(p, 0666), 0);
  char wal[4200];
  snprintf(wal, sizeof wal, "%s-wal", p); unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", p); unlink(wal);
  assert_int_equal(chmod(d, 0555), 0);
  pid = fork();
  if (pid == 0) {
    int bad = 0;
    if (geteuid() == 0) {
      struct passwd *pw = getpwnam("nobody");
      if (!pw || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) _exit(77);
    }
    store_error err;
    lx_store *s2 = NULL;
    if (store_open(&s2, p, STORE_WRITE, &err) == 0 || err.rc != STORE_READONLY) bad |= 1;
    if (store_open(&s2, p, STORE_READ, &err) != 0) bad |= 2;     /* read-only media: immutable */
    store_close(s2);
    _exit(bad);
  }
  waitpid(pid, &status, 0);
  chmod(d, 0777);
  chmod(dir, 0700);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  assert_unchanged(p, before, n0);
  free_run(&x);
  free_rules(&r);
}

static int has_hit(const store_search_result *res, const char *ref, const char *lang) {
  for (size_t i = 0; i < res->n; i++)
    if (strcmp(res->hits[i].ref, ref) == 0 && (!lang || strcmp(res->hits[i].lang, lang) == 0)) return 1;
  return 0;
}

/* search: texts files where they exist, the rules' texts elsewhere; FTS5
** and the LIKE scan find the same provisions. */
static void test_search(void **state) {
  (void)state;
  rules_t r, rb;
  load_rules(&r, "A");
  load_rules(&rb, "B");
  store_search_options o = { NULL, NULL, 0, SEARCH_LIKE, "<", ">" };
  store_search_result res;
  store_error err;
  for (int method = 0; method < 2; method++) {
    o.method = method ? SEARCH_FTS5 : SEARCH_LIKE;
    if (o.method == SEARCH_FTS5 && !store_has_fts5()) continue;
    o.lang = NULL;
    assert_int_equal(store_search(&r.rs, "bank secrecy", &o, &res, &err), 0);
    assert_int_equal(res.fts5, method);
    assert_int_equal(res.n, 1);
    assert_string_equal(res.hits[0].ref, "untoc:12.6");
    assert_string_equal(res.hits[0].title, "Confiscation and seizure");
    assert_non_null(strstr(res.hits[0].snippet, "<bank> <secrecy>"));
    store_search_free(&res);
    assert_int_equal(store_search(&r.rs, "secret bancaire", &o, &res, &err), 0);
    assert_true(has_hit(&res, "untoc:12.6", "fr"));
    store_search_free(&res);
    /* the English texts file stands for the English quotations of the
    ** rules; without texts files (rule set B) the rules' texts are searched */
    assert_int_equal(store_search(&r.rs, "\"flying the flag\"", &o, &res, &err), 0);
    assert_int_equal(res.n, 0);
    store_search_free(&res);
    assert_int_equal(store_search(&rb.rs, "\"flying the flag\"", &o, &res, &err), 0);
    assert_true(has_hit(&res, "untoc:15.1.b", "en"));
    assert_int_equal(res.from_rules, 1);
    assert_string_equal(res.hits[0].title, "Flag jurisdiction");
    store_search_free(&res);
    assert_int_equal(store_search(&r.rs, "territ*", &o, &res, &err), 0);
    assert_true(has_hit(&res, "untoc:15.1.a", "en"));
    store_search_free(&res);
    o.lang = "fr";
    assert_int_equal(store_search(&r.rs, "bank", &o, &res, &err), 0);
    assert_int_equal(res.n, 0);
    store_search_free(&res);
    o.lang = NULL;
    /* the user's words are never query syntax */
    assert_int_equal(store_search(&r.rs, "bank AND ( OR \"", &o, &res, &err), 0);
    store_search_free(&res);
    assert_int_equal(store_search(&r.rs, "zzyzx", &o, &res, &err), 0);
    assert_int_equal(res.n, 0);
    store_search_free(&res);
    assert_int_equal(store_search(&r.rs, "  ...  ", &o, &res, &err), -1);
  }
  free_rules(&r);
  free_rules(&rb);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_path),
    cmocka_unit_test(test_create),
    cmocka_unit_test(test_roundtrip),
    cmocka_unit_test(test_history),
    cmocka_unit_test(test_diff),
    cmocka_unit_test(test_matrix),
    cmocka_unit_test(test_matrix_latest_as_of),
    cmocka_unit_test(test_diff_classify),
    cmocka_unit_test(test_coverage_and_migration),
    cmocka_unit_test(test_refusals),
    cmocka_unit_test(test_integrity_stamp),
    cmocka_unit_test(test_stamp_own_writes_not_rescanned),
    cmocka_unit_test(test_tallies_migrated_from_v4),
    cmocka_unit_test(test_obligation_cells),
    cmocka_unit_test(test_checks_without_temporary_tables),
    cmocka_unit_test(test_planted_schema_refused),
    cmocka_unit_test(test_schema_text_after_nul_refused),
    cmocka_unit_test(test_planted_after_open),
    cmocka_unit_test(test_hot_journal_rolled_back),
    cmocka_unit_test(test_live_journal_is_busy),
    cmocka_unit_test(test_schema_changed_before_migration_lock),
    cmocka_unit_test(test_busy),
    cmocka_unit_test(test_batch_staged),
    cmocka_unit_test(test_batch_same_rows),
    cmocka_unit_test(test_batch_committed_once),
    cmocka_unit_test(test_batch_check_at_copy),
    cmocka_unit_test(test_batch_staging_file),
    cmocka_unit_test(test_full),
    cmocka_unit_test(test_readonly),
    cmocka_unit_test(test_search),
  };
  return cmocka_run_group_tests_name("store", tests, group_setup, group_teardown);
}

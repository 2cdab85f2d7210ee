/*
 * test_precompiled.c -- the bundled rule files' bytecode carried by the
 * executable (engine/precompiled.c, build/precompiled_rules.c).
 *
 * The bytecode is used only for a file whose text is byte-identical to the
 * bundled one, and then it is the very function compiling that text would
 * give: the same dump, byte for byte, under the name the file is loaded
 * from.  Reads the bundled rules of $LEXGAP_ROOT.
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
#include <lualib.h>

#include "diag.h"
#include "precompiled.h"
#include "rules.h"
#include "sandbox.h"
#include "texts.h"

typedef struct {
  char *bytes;
  size_t len, cap;
} dump_buffer;

/* lua_Writer into a dump_buffer. */
static int append_dump(lua_State *L, const void *p, size_t n, void *ud) {
  (void)L;
  dump_buffer *b = ud;
  if (b->len + n > b->cap) {
    b->cap = (b->len + n) * 2;
    b->bytes = realloc(b->bytes, b->cap);
    if (!b->bytes) return 1;
  }
  memcpy(b->bytes + b->len, p, n);
  b->len += n;
  return 0;
}

/* The dump (debug information kept) of the function on top of L. */
static dump_buffer dump_top(lua_State *L) {
  dump_buffer b = { NULL, 0, 0 };
  assert_int_equal(lua_dump(L, append_dump, &b, 0), 0);
  return b;
}

/* The row of a bundled file by name, or fail. */
static const lx_precompiled *row_named(const char *name) {
  for (size_t i = 0; i < lx_precompiled_count; i++)
    if (strcmp(lx_precompiled_chunks[i].name, name) == 0) return &lx_precompiled_chunks[i];
  fail_msg("%s is not among the precompiled rule files", name);
  return NULL;
}

/* The text of $LEXGAP_ROOT/rules/<name>, or of engine/<name> for the rule
** library (malloc'd), into *len. */
static char *bundled_text(const char *name, size_t *len) {
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  char path[4096];
  snprintf(path, sizeof path, "%s/%s/%s", root, strcmp(name, "lua/lexgap.lua") == 0 ? "engine" : "rules", name);
  FILE *f = fopen(path, "rb");
  if (!f) fail_msg("cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *text = malloc((size_t)n + 1);
  assert_non_null(text);
  assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return text;
}

/* The row (name, source text of source_len bytes) that follows the row
** named previous (NULL for the first) holds the file of that name as it is
** in the tree, and the rows are sorted for the lookup.  Returns the text
** (malloc'd). */
static char *assert_row_is_file(const char *previous, const char *name, const char *source, size_t source_len) {
  if (previous) assert_true(strcmp(previous, name) < 0);
  size_t len;
  char *text = bundled_text(name, &len);
  assert_int_equal(len, source_len);
  assert_memory_equal(text, source, len);
  return text;
}

/* Every bundled rule file and the library are carried, with their texts as
** they are in the tree, and the rows are sorted for the lookup. */
static void test_rows_hold_the_bundled_texts(void **state) {
  (void)state;
  assert_true(lx_precompiled_count > 100);
  row_named("lua/lexgap.lua");
  for (size_t i = 0; i < lx_precompiled_count; i++) {
    const lx_precompiled *row = &lx_precompiled_chunks[i];
    free(assert_row_is_file(i ? lx_precompiled_chunks[i - 1].name : NULL, row->name, row->source, row->source_len));
  }
}

/* The function loaded from the bytecode, under any path, dumps byte for
** byte as the one compiled from the file's text under that path. */
static void test_same_function_as_compiled(void **state) {
  (void)state;
  static const char *const names[] = { "untoc/art05.lua", "cybercrime/art02.lua", "eu-2004-81/art03.lua",
                                       "lua/lexgap.lua" };
  static const char *const where[] = { "=[lexgap library] %s", "@rules/%s", "@/some/installed/place/share/lexgap/rules/%s",
                                       "@./a/very/long/folder/name/that/needs/two/bytes/of/length/"
                                       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                                       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/%s" };
  lua_State *L = luaL_newstate();
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    const lx_precompiled *row = row_named(names[i]);
    for (size_t w = 0; w < sizeof where / sizeof *where; w++) {
      char chunkname[600];
      snprintf(chunkname, sizeof chunkname, where[w], names[i]);
      assert_int_equal(precompiled_load(L, names[i], row->source, row->source_len, chunkname), 1);
      dump_buffer from_bytecode = dump_top(L);
      lua_Debug ar;
      lua_getinfo(L, ">S", &ar);               /* pops the function */
      assert_string_equal(ar.source, chunkname);
      assert_int_equal(luaL_loadbufferx(L, row->source, row->source_len, chunkname, "t"), LUA_OK);
      dump_buffer from_source = dump_top(L);
      lua_pop(L, 1);
      assert_int_equal(from_bytecode.len, from_source.len);
      assert_memory_equal(from_bytecode.bytes, from_source.bytes, from_source.len);
      free(from_bytecode.bytes);
      free(from_source.bytes);
    }
  }
  lua_close(L);
}

/* A text that differs by one byte, is one byte shorter, or sits under a name
** no bundled file has, is not served from the bytecode: nothing is pushed. */
static void test_changed_text_is_not_served(void **state) {
  (void)state;
  const lx_precompiled *row = row_named("untoc/art05.lua");
  char *edited = malloc(row->source_len);
  assert_non_null(edited);
  memcpy(edited, row->source, row->source_len);
  edited[row->source_len / 2] ^= 1;
  lua_State *L = luaL_newstate();
  assert_int_equal(precompiled_load(L, "rules/untoc/art05.lua", edited, row->source_len, "@rules/untoc/art05.lua"), 0);
  assert_int_equal(precompiled_load(L, "rules/untoc/art05.lua", row->source, row->source_len - 1, "@rules/untoc/art05.lua"), 0);
  assert_int_equal(precompiled_load(L, "rules/untoc/art99.lua", row->source, row->source_len, "@rules/untoc/art99.lua"), 0);
  assert_int_equal(precompiled_load(L, "rules/mine/art05.lua", row->source, row->source_len, "@rules/mine/art05.lua"), 0);
  assert_int_equal(precompiled_load(L, "art05.lua", row->source, row->source_len, "@art05.lua"), 0);
  assert_int_equal(lua_gettop(L), 0);
  lua_close(L);
  free(edited);
}

/* Loading the bundled rules serves every rule file from the bytecode; in a
** copy where one file was edited, that file alone is compiled from its text
** and its edit is what runs. */
static void test_ruleset_uses_bytecode_unless_edited(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  char dir[4096], tmpl[] = "/tmp/lexgap-precompiled-XXXXXX";
  assert_non_null(mkdtemp(tmpl));
  snprintf(dir, sizeof dir, "%s/untoc", tmpl);
  assert_int_equal(mkdir(dir, 0700), 0);
  static const char *const copied[] = { "schema.lua", "untoc/instrument.lua", "untoc/art05.lua", "untoc/art34.lua" };
  for (size_t i = 0; i < sizeof copied / sizeof *copied; i++) {
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/rules/%s", root, copied[i]);
    snprintf(to, sizeof to, "%s/%s", tmpl, copied[i]);
    assert_int_equal(fx_copy_file(from, to), 0);
  }
  char schema_from[4096], schema_to[4096];
  snprintf(schema_from, sizeof schema_from, "%s/rules/schema", root);
  snprintf(schema_to, sizeof schema_to, "%s/schema", tmpl);
  assert_int_equal(mkdir(schema_to, 0700), 0);
  DIR *d = opendir(schema_from);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char from[4400], to[4400];
    snprintf(from, sizeof from, "%s/%s", schema_from, e->d_name);
    snprintf(to, sizeof to, "%s/%s", schema_to, e->d_name);
    assert_int_equal(fx_copy_file(from, to), 0);
  }
  if (d) closedir(d);

  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  assert_non_null(sb);
  lx_ruleset rs;
  diag_list diags;
  diag_init(&diags);
  assert_int_equal(ruleset_load(&rs, sb, tmpl, NULL, 0, &diags), 0);
  assert_int_equal(rs.nprecompiled, 2);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&diags);

  /* art34.lua with a line appended: compiled from its text, and it runs */
  char path[4400];
  snprintf(path, sizeof path, "%s/untoc/art34.lua", tmpl);
  FILE *f = fopen(path, "ab");
  assert_non_null(f);
  fputs("\nerror(\"edited after the build\")\n", f);
  fclose(f);
  sb = sandbox_new(&err);
  assert_non_null(sb);
  diag_init(&diags);
  assert_int_equal(ruleset_load(&rs, sb, tmpl, NULL, 0, &diags), 0);
  assert_int_equal(rs.nprecompiled, 1);
  int edited_failed = 0;
  for (size_t i = 0; i < rs.n; i++)
    if (rs.rules[i].invalid && strstr(rs.rules[i].invalid, "edited after the build")
        && strcmp(rs.rules[i].file, path) == 0) edited_failed = 1;
  assert_true(edited_failed);
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  diag_free(&diags);
  fx_remove_tree(tmpl);
}

/* Every official text of the bundled packs is carried whole, as it is in
** the tree, rows sorted; and each loads without any problem, of the
** instrument its pack folder names and of the language its file name says:
** what lets a command that does not show the texts skip parsing a file
** byte-identical to one of them (texts_load_pack with keep 0). */
static void test_bundled_texts_load_cleanly(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) fail_msg("LEXGAP_ROOT is not set");
  assert_true(lx_bundled_text_count >= 8);
  for (size_t i = 0; i < lx_bundled_text_count; i++) {
    const lx_bundled_text *row = &lx_bundled_texts[i];
    char *text = assert_row_is_file(i ? lx_bundled_texts[i - 1].name : NULL, row->name, row->source, row->source_len);
    char path[4096];
    snprintf(path, sizeof path, "%s/rules/%s", root, row->name);
    assert_int_equal(precompiled_text_is_bundled_file(path), 1);
    free(text);
    lx_texts t;
    diag_list d;
    diag_init(&d);
    if (texts_load_file(path, &t, &d) != 0 || d.n) { diag_print(&d, stderr); fail_msg("%s does not load cleanly", path); }
    char pack[256], expected[300];
    snprintf(pack, sizeof pack, "%.*s", (int)strcspn(row->name, "/"), row->name);
    assert_string_equal(t.instrument, pack);
    snprintf(expected, sizeof expected, "%s/texts/%s.lua", pack, t.lang);
    assert_string_equal(row->name, expected);
    texts_free(&t);
    diag_free(&d);
  }
}

/* precompiled_text_is_bundled_file for len bytes of src written to
** dir/rules/name (its folders made; replaced if there). */
static int text_file_is_bundled(const char *dir, const char *name, const char *src, size_t len) {
  char path[600];
  snprintf(path, sizeof path, "%s/rules/%s", dir, name);
  for (char *slash = strchr(path + strlen(dir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    mkdir(path, 0700);                        /* already there: fine */
    *slash = '/';
  }
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(src, 1, len, f), len);
  assert_int_equal(fclose(f), 0);
  return precompiled_text_is_bundled_file(path);
}

/* A text that differs by one byte, is one byte shorter, or sits in another
** pack folder or under another language is not taken for a bundled one. */
static void test_changed_official_text_is_not_bundled(void **state) {
  (void)state;
  const lx_bundled_text *row = &lx_bundled_texts[0];
  char tmpl[] = "/tmp/lexgap-texts-XXXXXX";
  assert_non_null(mkdtemp(tmpl));
  char *edited = malloc(row->source_len);
  assert_non_null(edited);
  memcpy(edited, row->source, row->source_len);
  edited[row->source_len / 2] ^= 1;
  assert_int_equal(text_file_is_bundled(tmpl, row->name, row->source, row->source_len), 1);
  assert_int_equal(text_file_is_bundled(tmpl, row->name, edited, row->source_len), 0);
  assert_int_equal(text_file_is_bundled(tmpl, row->name, row->source, row->source_len - 1), 0);
  assert_int_equal(text_file_is_bundled(tmpl, "mine/texts/fr.lua", row->source, row->source_len), 0);
  assert_int_equal(text_file_is_bundled(tmpl, "untoc/texts/xx.lua", row->source, row->source_len), 0);
  free(edited);
  fx_remove_tree(tmpl);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows_hold_the_bundled_texts),
      cmocka_unit_test(test_same_function_as_compiled),
      cmocka_unit_test(test_changed_text_is_not_served),
      cmocka_unit_test(test_ruleset_uses_bytecode_unless_edited),
      cmocka_unit_test(test_bundled_texts_load_cleanly),
      cmocka_unit_test(test_changed_official_text_is_not_bundled),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

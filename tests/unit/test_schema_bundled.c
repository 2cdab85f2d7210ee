/*
 * test_schema_bundled.c -- the profile model built into the executable
 * (engine/schema_bundled.h, tools/embed_schema.c; issue 13).
 *
 * The built-in tree must be, value for value, what parsing the bundled
 * files gives (schema_parse_dir, the engine's own path when they differ):
 * kinds, lines, keys, indices, strings with their lengths, numbers and the
 * order of every table; it must stand for the files only while they are
 * byte-identical (an edited byte, a fragment added or removed, a renamed
 * one all fall back); and the read-only views rules get of it must read as
 * those of the parsed tree (every key, value, length and order), and refuse
 * writes.  LEXGAP_ROOT must name the repository root.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "data.h"
#include "fixture.h"
#include "tree_compare.h"
#include "sandbox.h"
#include "schema.h"
#include "schema_bundled.h"

static char rules_dir[4096];
static char *fragments[64];     /* the bundled fragments' names, sorted */
static int nfragments;

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the .lua files in dir, sorted, into names[] (at most 64). */
static int list_fragments(const char *dir, char **names) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)) && n < 64) {
    size_t l = strlen(e->d_name);
    if (e->d_name[0] != '.' && l > 4 && strcmp(e->d_name + l - 4, ".lua") == 0) names[n++] = strdup(e->d_name);
  }
  if (d) closedir(d);
  qsort(names, (size_t)n, sizeof *names, cmp_name);
  return n;
}

static int setup(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) { fprintf(stderr, "LEXGAP_ROOT is not set\n"); return -1; }
  snprintf(rules_dir, sizeof rules_dir, "%s/rules", root);
  char dir[4200];
  snprintf(dir, sizeof dir, "%s/schema", rules_dir);
  nfragments = list_fragments(dir, fragments);
  return nfragments > 0 ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  for (int i = 0; i < nfragments; i++) free(fragments[i]);
  return 0;
}

/* The bundled files parse to the built-in tree, exactly. */
static void test_built_in_tree_is_the_parsed_model(void **state) {
  (void)state;
  assert_non_null(schema_bundled_tree());
  assert_int_equal(schema_bundled_nfiles, (size_t)nfragments + 1);
  diag_list d;
  diag_init(&d);
  data_value *parsed = schema_parse_dir(rules_dir, fragments, nfragments, &d);
  assert_non_null(parsed);
  assert_int_equal(schema_self_check(parsed, "schema.lua", &d), 0);
  assert_int_equal(d.n, 0);
  assert_same_tree(schema_bundled_tree(), parsed, "schema");
  /* made once from the packed tree: the same tree at every call, and only
  ** it is the bundled one */
  assert_ptr_equal(schema_bundled_tree(), schema_bundled_tree());
  assert_false(schema_is_bundled(parsed));
  assert_false(schema_is_bundled(NULL));
  assert_true(schema_packed_nvalues > 3000);
  data_free(parsed);
  diag_free(&d);
}

/* Used for the bundled files, wherever they are; not for a byte more, a
** byte changed, a fragment added, removed or renamed. */
static void test_used_only_for_the_same_files(void **state) {
  (void)state;
  assert_ptr_equal(schema_bundled_for(rules_dir, fragments, nfragments), schema_bundled_tree());
  assert_true(schema_is_bundled(schema_bundled_tree()));

  char tmp[] = "/tmp/lexgap-schema-bundled-XXXXXX";
  assert_non_null(mkdtemp(tmp));
  char from[4400], to[4400], frag_dir[4400];
  snprintf(frag_dir, sizeof frag_dir, "%s/schema", tmp);
  assert_int_equal(mkdir(frag_dir, 0700), 0);
  snprintf(from, sizeof from, "%s/schema.lua", rules_dir);
  snprintf(to, sizeof to, "%s/schema.lua", tmp);
  assert_int_equal(fx_copy_file(from, to), 0);
  for (int i = 0; i < nfragments; i++) {
    snprintf(from, sizeof from, "%s/schema/%s", rules_dir, fragments[i]);
    snprintf(to, sizeof to, "%s/schema/%s", tmp, fragments[i]);
    assert_int_equal(fx_copy_file(from, to), 0);
  }
  assert_ptr_equal(schema_bundled_for(tmp, fragments, nfragments), schema_bundled_tree());   /* a copy elsewhere */

  assert_null(schema_bundled_for(tmp, fragments, nfragments - 1));       /* a fragment fewer */
  char *more[65];
  memcpy(more, fragments, sizeof *more * (size_t)nfragments);
  more[nfragments] = "zz-added.lua";
  snprintf(to, sizeof to, "%s/schema/zz-added.lua", tmp);
  assert_int_equal(fx_write_file(to, "return { fields = {} }\n"), 0);
  assert_null(schema_bundled_for(tmp, more, nfragments + 1));             /* a fragment more */
  char *renamed[64];
  memcpy(renamed, fragments, sizeof *renamed * (size_t)nfragments);
  renamed[0] = "zz-added.lua";
  assert_null(schema_bundled_for(tmp, renamed, nfragments));              /* another name */

  /* one byte changed in the last fragment, then one byte more in schema.lua */
  snprintf(to, sizeof to, "%s/schema/%s", tmp, fragments[nfragments - 1]);
  FILE *f = fopen(to, "r+b");
  assert_non_null(f);
  int c = fgetc(f);
  fseek(f, 0, SEEK_SET);
  fputc(c == ' ' ? '\t' : ' ', f);
  fclose(f);
  assert_null(schema_bundled_for(tmp, fragments, nfragments));
  snprintf(from, sizeof from, "%s/schema/%s", rules_dir, fragments[nfragments - 1]);
  assert_int_equal(fx_copy_file(from, to), 0);
  assert_ptr_equal(schema_bundled_for(tmp, fragments, nfragments), schema_bundled_tree());
  snprintf(to, sizeof to, "%s/schema.lua", tmp);
  f = fopen(to, "ab");
  assert_non_null(f);
  fputc('\n', f);
  fclose(f);
  assert_null(schema_bundled_for(tmp, fragments, nfragments));
  fx_remove_tree(tmp);
}

/* Rules read the built-in tree's views as they read the parsed tree's:
** the same keys, values, lengths and order of `pairs`, read-only. */
static void test_views_read_as_the_parsed_model(void **state) {
  (void)state;
  sandbox_error err;
  lx_sandbox *sb = sandbox_new(&err);
  assert_non_null(sb);
  sandbox_set_budget(sb, 50000000, 64u << 20);
  lua_State *L = sandbox_state(sb);
  diag_list d;
  diag_init(&d);
  data_value *parsed = schema_parse_dir(rules_dir, fragments, nfragments, &d);
  assert_non_null(parsed);
  static const char code[] =
    "local function differ(x, y, path)\n"
    "  if type(x) ~= type(y) then return path .. ': type' end\n"
    "  if type(x) ~= 'table' then if x ~= y then return path .. ': value' end return nil end\n"
    "  if #x ~= #y then return path .. ': length' end\n"
    "  local keys = {}\n"
    "  for k, v in pairs(x) do\n"
    "    keys[#keys + 1] = k\n"
    "    local d = differ(v, y[k], path .. '.' .. tostring(k))\n"
    "    if d then return d end\n"
    "  end\n"
    "  local i = 0\n"
    "  for k in pairs(y) do i = i + 1; if keys[i] ~= k then return path .. ': order' end end\n"
    "  if i ~= #keys then return path .. ': count' end\n"
    "  return nil\n"
    "end\n"
    "local d = differ(bundled, parsed, 'schema')\n"
    "if d then return d end\n"
    "if pcall(function() bundled.root = 'x' end) then return 'writable' end\n"
    "if pcall(function() bundled.types.measure = 'x' end) then return 'types writable' end\n"
    "if next(bundled) ~= nil or rawget(bundled, 'types') ~= nil or getmetatable(bundled) ~= false then return 'content reached' end\n"
    "return 'same'\n";
  sandbox_push_env(sb);
  data_push_lasting(L, schema_bundled_tree());
  lua_setfield(L, -2, "bundled");
  data_push(L, parsed);
  data_free(parsed);
  lua_setfield(L, -2, "parsed");
  if (sandbox_load(sb, code, strlen(code), "@rules/test/chunk.lua", &err) != 0) fail_msg("load: %s", err.message);
  if (sandbox_call(sb, 0, 1, &err) != 0) fail_msg("%s:%d: %s", err.file, err.line, err.message);
  assert_string_equal(lua_tostring(L, -1), "same");
  lua_pop(L, 1);
  diag_free(&d);
  sandbox_free(sb);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_built_in_tree_is_the_parsed_model),
    cmocka_unit_test(test_used_only_for_the_same_files),
    cmocka_unit_test(test_views_read_as_the_parsed_model),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

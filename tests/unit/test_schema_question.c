/*
 * test_schema_question.c -- the question of a fact path, found in C as the
 * rule library's search finds it (schema_question_keys, engine/schema.c;
 * issue 13).
 *
 * ctx:question_for takes, for the built-in model, the value read through
 * the schema's views along the keys this search finds, instead of walking
 * the schema in Lua.  The keys must lead to the value the library finds
 * (the question of the deepest node of the path that has one, named types
 * and annotated references resolved as the library resolves them), and the
 * search must answer -1 (the library then searches itself) for every case
 * where the library would meet an error or a value of another kind.  tests/e2e/suites/first4.sh compares it with the library's search
 * over every path of the bundled model, value for value.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "schema.h"

/* Parse src as a data file (it must parse). */
static data_value *parsed(const char *src) {
  data_error derr;
  data_value *v = data_parse(src, strlen(src), &derr);
  if (!v) fail_msg("data_parse: %d: %s", derr.line, derr.message);
  return v;
}

static const char *MODEL =
  "return {\n"
  "  root = 'profile',\n"
  "  types = {\n"
  "    measure = { type = 'record', question = { en = 'measure?' }, fields = { adopted = 'boolean', source = 'string' } },\n"
  "    alias = 'measure',\n"
  "    alias2 = 'alias',\n"
  "    annotated = { type = 'measure', question = { en = 'annotated?' } },\n"
  "    silent = { type = 'measure', question = false },\n"
  "    to_undefined = { type = 'undefined_name', question = { en = 'to undefined?' } },\n"
  "    to_string = { type = 'string' },\n"
  "  },\n"
  "  profile = { type = 'record', fields = {\n"
  "    a = { type = 'record', question = { en = 'a?' }, fields = {\n"
  "      b = { type = 'record', fields = { c = 'string' } },\n"
  "      m = 'measure', al = 'alias2', an = 'annotated', si = 'silent', un = 'to_undefined', ts = 'to_string',\n"
  "      own = { type = 'measure', question = { en = 'own?' } },\n"
  "      inherit = { type = 'measure' },\n"
  "      over = { type = 'annotated', question = { en = 'over?' } },\n"
  "      list = { type = 'list', of = { type = 'record', question = { en = 'item?' }, fields = { x = 'string' } } },\n"
  "      map = { type = 'map', of = 'measure' },\n"
  "      ext = { type = 'measure', extra = { more = { type = 'string', question = { en = 'more?' } } } },\n"
  "      nofalse = { type = 'record', question = false },\n"
  "      text = { type = 'string', question = 'a plain string' },\n"
  "    } },\n"
  "    plain = 'string',\n"
  "  } },\n"
  "}\n";

/* The value the keys schema_question_keys finds for path lead to from
** schema's root, as a view of schema would read them: NULL when it finds
** none; *r its result. */
static const data_value *question_at(const data_value *schema, const char *path, size_t len, int *r) {
  const char *keys[SCHEMA_QUESTION_MAX_KEYS];
  int n = -1;
  *r = schema_question_keys(schema, path, len, keys, &n);
  if (*r <= 0) { assert_int_equal(n, 0); return NULL; }
  assert_true(n >= 2);
  assert_string_equal(keys[n - 1], "question");
  const data_value *v = schema;
  for (int i = 0; i < n; i++) {
    v = data_get(v, keys[i]);
    if (!v) fail_msg("%s: key %d '%s' leads nowhere", path, i, keys[i]);
  }
  return v;
}

/* The English of the question schema_question_keys finds for path in
** schema, "" when it finds none, "?" when it cannot say. */
static const char *question_en(const data_value *schema, const char *path) {
  int r;
  const data_value *q = question_at(schema, path, strlen(path), &r);
  if (r < 0) return "?";
  if (r == 0) return "";
  assert_non_null(q);
  if (q->kind == DATA_STRING) return q->u.string.s;
  const char *en = data_str(data_get(q, "en"));
  assert_non_null(en);
  return en;
}

static void test_deepest_question_found(void **state) {
  (void)state;
  data_value *s = parsed(MODEL);
  static const char *const cases[][2] = {
    { "a", "a?" }, { "a.b", "a?" }, { "a.b.c", "a?" }, { "a.b.c.d.e", "a?" },
    { "a.m", "measure?" }, { "a.m.adopted", "measure?" }, { "a.m.nowhere", "measure?" },
    { "a.al", "measure?" },                     /* a name naming a name */
    { "a.an", "annotated?" },                   /* an annotated reference over its type */
    { "a.si", "a?" },                           /* question = false: the node above */
    { "a.un", "to undefined?" },                /* a reference to an undefined type */
    { "a.ts", "a?" },
    { "a.own", "own?" }, { "a.inherit", "measure?" }, { "a.over", "over?" },
    { "a.list.1", "item?" }, { "a.list.x.x", "item?" },
    { "a.map.fr_cp_1", "measure?" }, { "a.map.k.source", "measure?" },
    { "a.ext.more", "more?" }, { "a.ext.adopted", "measure?" },
    { "a.nofalse", "a?" }, { "a.text", "a plain string" },
    { "a.zz.b", "a?" },                         /* nothing below zz: the question above */
    { "..a..b..", "a?" },                       /* empty parts skipped */
    { "plain", "" }, { "nowhere", "" }, { "", "" }, { "...", "" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = question_en(s, cases[i][0]);
    if (strcmp(got, cases[i][1]) != 0) fail_msg("%s: '%s', expected '%s'", cases[i][0], got, cases[i][1]);
  }
  data_free(s);
}

/* The keys lead to the schema's own node: the one a view of the schema
** reads at the same place. */
static void test_the_schemas_own_value(void **state) {
  (void)state;
  data_value *s = parsed(MODEL);
  int r;
  assert_ptr_equal(question_at(s, "a.an", 4, &r), data_get(data_get(data_get(s, "types"), "annotated"), "question"));
  assert_int_equal(r, 1);
  assert_ptr_equal(question_at(s, "a.b", 3, &r), data_get(data_get(data_get(data_get(s, "profile"), "fields"), "a"), "question"));
  const data_value *list = data_get(data_get(data_get(data_get(data_get(s, "profile"), "fields"), "a"), "fields"), "list");
  assert_ptr_equal(question_at(s, "a.list.1", 8, &r), data_get(data_get(list, "of"), "question"));
  data_free(s);
}

/* Whatever the library would meet differently is left to it: -1. */
static void test_cannot_say(void **state) {
  (void)state;
  static const char *const schemas[][2] = {
    { "return { root = 'p', types = { x = 'y', y = 'x' }, p = { type = 'record', fields = { a = 'x' } } }", "a" },
    { "return { root = 'p', types = { x = { type = 'x' } }, p = { type = 'record', fields = { a = 'x' } } }", "a" },
    { "return { root = 'p', types = {}, p = { type = 'record', fields = 'oops' } }", "a" },
    { "return { root = 'p', types = {}, p = { type = 'record', fields = { a = { type = 'record', extra = 'oops' } } } }", "a.b" },
    { "return { root = 3, types = {}, p = { type = 'record' } }", "a" },
    { "return { root = 'p', types = 'oops', p = { type = 'record' } }", "a" },
    { "return { root = 'p', p = 'measure' }", "a" },              /* schema.types is nil */
    { "return { root = 'p', types = {}, p = { type = 3 } }", "a" },
    { "return { root = 'p', types = {}, p = { type = 'list', of = false } }", "a" },
    { "return { root = 'p', types = {}, p = { type = 'record', fields = { a = 7 } } }", "a" },
    { "return { root = 'p', types = { t = true }, p = { type = 'record', fields = { a = 't' } } }", "a" },
  };
  for (size_t i = 0; i < sizeof schemas / sizeof schemas[0]; i++) {
    data_value *s = parsed(schemas[i][0]);
    const char *got = question_en(s, schemas[i][1]);
    if (strcmp(got, "?") != 0) fail_msg("schema %zu: '%s', expected it left to the library", i, got);
    data_free(s);
  }
  /* a byte 0 in the path, and a path too long to copy */
  data_value *s = parsed(MODEL);
  int r;
  question_at(s, "a\0b", 3, &r);
  assert_int_equal(r, -1);
  char longpath[1100];
  memset(longpath, 'a', sizeof longpath);
  question_at(s, longpath, sizeof longpath, &r);
  assert_int_equal(r, -1);
  question_at(s, longpath, 1000, &r);
  assert_int_equal(r, 0);
  data_free(s);
}

/* Not a schema the library could search: the root absent, or nil. */
static void test_nothing_to_find(void **state) {
  (void)state;
  data_value *s = parsed("return { types = {}, profile = { type = 'record', question = { en = 'p?' } } }");
  assert_string_equal(question_en(s, "a"), "");
  data_free(s);
  s = parsed("return { root = 'p', types = {} }");
  assert_string_equal(question_en(s, "a.b"), "");
  data_free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_deepest_question_found),
    cmocka_unit_test(test_the_schemas_own_value),
    cmocka_unit_test(test_cannot_say),
    cmocka_unit_test(test_nothing_to_find),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

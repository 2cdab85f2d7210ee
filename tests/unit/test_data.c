/*
 * test_data.c -- unit tests for the data-file parser (engine/data.c).
 *
 * Every input is copied into an exactly-sized malloc'd buffer before it is
 * parsed, so that AddressSanitizer reports any read past the end.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data.h"
#include "infile.h"
#include "tree_compare.h"

#define MSG_EXPR "function calls and expressions are not allowed in a data file"

/* Parse len bytes from a private, exactly-sized, non-NUL-terminated copy. */
static data_value *parse_n(const char *src, size_t len, data_error *err) {
  char *copy = malloc(len ? len : 1);
  data_value *v;
  assert_non_null(copy);
  memcpy(copy, src, len);
  v = data_parse(copy, len, err);
  free(copy);
  return v;
}

/* Parse a string that must be valid. */
static data_value *parse_ok_n(const char *src, size_t len) {
  data_error err;
  data_value *v = parse_n(src, len, &err);
  if (v == NULL)
    fail_msg("unexpected error at line %d: %s", err.line, err.message);
  return v;
}
#define PARSE_OK(lit) parse_ok_n((lit), sizeof(lit) - 1)

/* The input must fail with exactly this line and message. */
static void expect_error_n(const char *src, size_t len, int line,
                           const char *message) {
  data_error err;
  data_value *v = parse_n(src, len, &err);
  if (v != NULL) {
    data_free(v);
    fail_msg("parse succeeded, expected: %s", message);
  }
  assert_string_equal(err.message, message);
  assert_int_equal(err.line, line);
}
#define EXPECT_ERROR(lit, line, msg) \
  expect_error_n((lit), sizeof(lit) - 1, (line), (msg))

/* Parse "return { v = <value> }" style input and return the single value;
** *root receives the tree to free. */
static const data_value *only_value(data_value **root, const char *src) {
  *root = parse_ok_n(src, strlen(src));
  return *root;
}

static void assert_string_value(const data_value *v, const char *s,
                                size_t len) {
  assert_non_null(v);
  assert_int_equal(v->kind, DATA_STRING);
  assert_int_equal(v->u.string.len, len);
  assert_memory_equal(v->u.string.s, s, len);
  assert_int_equal(v->u.string.s[len], '\0');
}

static void assert_integer(const data_value *v, long long n) {
  assert_non_null(v);
  assert_int_equal(v->kind, DATA_INTEGER);
  assert_true(v->u.integer == n);
}

static void assert_number(const data_value *v, double d) {
  assert_non_null(v);
  assert_int_equal(v->kind, DATA_NUMBER);
  assert_true(v->u.number == d);
}

/*
** Values
*/

static void test_nil_and_booleans(void **state) {
  data_value *t = PARSE_OK("return { a = nil, b = true, c = false, nil }");
  (void)state;
  assert_int_equal(t->kind, DATA_TABLE);
  assert_int_equal(data_get(t, "a")->kind, DATA_NIL);
  assert_int_equal(data_get(t, "b")->kind, DATA_BOOLEAN);
  assert_true(data_get(t, "b")->u.boolean);
  assert_int_equal(data_get(t, "c")->kind, DATA_BOOLEAN);
  assert_false(data_get(t, "c")->u.boolean);
  assert_int_equal(data_at(t, 1)->kind, DATA_NIL);
  data_free(t);
}

static void test_top_level_scalars(void **state) {
  data_value *v;
  (void)state;
  v = PARSE_OK("42");
  assert_integer(v, 42);
  data_free(v);
  v = PARSE_OK("return 'x'");
  assert_string_value(v, "x", 1);
  data_free(v);
  v = PARSE_OK("return true;");   /* ';' after a return value, as in Lua */
  assert_int_equal(v->kind, DATA_BOOLEAN);
  data_free(v);
  v = PARSE_OK("nil");
  assert_int_equal(v->kind, DATA_NIL);
  data_free(v);
}

static void test_return_is_optional(void **state) {
  data_value *a = PARSE_OK("-- header\nreturn { x = 1 }\n-- trailer\n");
  data_value *b = PARSE_OK("{ x = 1 }");
  (void)state;
  assert_integer(data_get(a, "x"), 1);
  assert_integer(data_get(b, "x"), 1);
  data_free(a);
  data_free(b);
  EXPECT_ERROR("{ x = 1 };", 1, "expected end of input near ';'");
}

static void test_decimal_integers(void **state) {
  data_value *t = PARSE_OK(
      "{ 0, 7, -3, 9223372036854775807, -9223372036854775807, 007 }");
  (void)state;
  assert_integer(data_at(t, 1), 0);
  assert_integer(data_at(t, 2), 7);
  assert_integer(data_at(t, 3), -3);
  assert_integer(data_at(t, 4), LLONG_MAX);
  assert_integer(data_at(t, 5), -LLONG_MAX);
  assert_integer(data_at(t, 6), 7);
  data_free(t);
}

static void test_integer_overflow_becomes_number(void **state) {
  data_value *t = PARSE_OK("{ 9223372036854775808, -9223372036854775808 }");
  (void)state;
  assert_number(data_at(t, 1), 9223372036854775808.0);
  assert_number(data_at(t, 2), -9223372036854775808.0);
  data_free(t);
}

static void test_hex_integers(void **state) {
  data_value *t = PARSE_OK("{ 0x1F, 0XfF, -0x10, 0x7fffffffffffffff, "
                           "0xffffffffffffffff, -0x8000000000000000 }");
  (void)state;
  assert_integer(data_at(t, 1), 31);
  assert_integer(data_at(t, 2), 255);
  assert_integer(data_at(t, 3), -16);
  assert_integer(data_at(t, 4), LLONG_MAX);
  assert_integer(data_at(t, 5), -1);          /* wraps around, as in Lua */
  assert_integer(data_at(t, 6), LLONG_MIN);   /* no overflow trap */
  data_free(t);
}

static void test_floats(void **state) {
  data_value *t = PARSE_OK(
      "{ 1.5, 1e3, .5, 5., 1E-2, -2.5, 2.5e+1, 0x1p4, 0xA.8p0, 0x.8 }");
  (void)state;
  assert_number(data_at(t, 1), 1.5);
  assert_number(data_at(t, 2), 1000.0);
  assert_number(data_at(t, 3), 0.5);
  assert_number(data_at(t, 4), 5.0);
  assert_number(data_at(t, 5), 0.01);
  assert_number(data_at(t, 6), -2.5);
  assert_number(data_at(t, 7), 25.0);
  assert_number(data_at(t, 8), 16.0);
  assert_number(data_at(t, 9), 10.5);
  assert_number(data_at(t, 10), 0.5);
  data_free(t);
}

static void test_minus_before_number_only(void **state) {
  data_value *t = PARSE_OK("{ a = - 3, b = -\n0.5 }");
  (void)state;
  assert_integer(data_get(t, "a"), -3);
  assert_number(data_get(t, "b"), -0.5);
  data_free(t);
  EXPECT_ERROR("{ a = -b }", 1, MSG_EXPR " near '-'");
  EXPECT_ERROR("{ a = -'x' }", 1, MSG_EXPR " near '-'");
  EXPECT_ERROR("{ a = - -1 }", 1, MSG_EXPR " near '-'");
  EXPECT_ERROR("-", 1, MSG_EXPR " near '-'");
}

static void test_malformed_numbers(void **state) {
  (void)state;
  EXPECT_ERROR("{ n = 3x }", 1, "malformed number near '3x'");
  EXPECT_ERROR("\n\n3xyz", 3, "malformed number near '3x'");
  EXPECT_ERROR("1e", 1, "malformed number near '1e'");
  EXPECT_ERROR("1e+", 1, "malformed number near '1e+'");
  EXPECT_ERROR("0x", 1, "malformed number near '0x'");
  EXPECT_ERROR("0xg", 1, "malformed number near '0xg'");
  EXPECT_ERROR("1..2", 1, "malformed number near '1..2'");
  EXPECT_ERROR("1.2.3", 1, "malformed number near '1.2.3'");
  EXPECT_ERROR("0x1p", 1, "malformed number near '0x1p'");
  EXPECT_ERROR("12_000", 1, "malformed number near '12_'");
}

/*
** Strings
*/

static void test_short_strings(void **state) {
  data_value *t = PARSE_OK("{ \"double\", 'single', \"it's\", 'say \"hi\"', "
                           "'', \"\" }");
  (void)state;
  assert_string_value(data_at(t, 1), "double", 6);
  assert_string_value(data_at(t, 2), "single", 6);
  assert_string_value(data_at(t, 3), "it's", 4);
  assert_string_value(data_at(t, 4), "say \"hi\"", 8);
  assert_string_value(data_at(t, 5), "", 0);
  assert_string_value(data_at(t, 6), "", 0);
  assert_string_equal(data_str(data_at(t, 1)), "double");
  data_free(t);
}

/* A run of plain bytes ends at the quote, a backslash or a line break
** wherever it falls (the reader scans runs sixteen bytes at a time): before,
** across and after each block boundary, and at the very end of the input. */
static void test_string_runs_end_anywhere(void **state) {
  (void)state;
  for (size_t n = 0; n <= 40; n++) {
    char src[128], want[64];
    memset(want, 'x', n);
    want[n] = '\0';
    /* the other quote and a backslash escape inside, then the closing quote */
    snprintf(src, sizeof src, "'%s\"%s\\n%s'", want, want, want);
    data_value *v = parse_ok_n(src, strlen(src));
    char expect[200];
    snprintf(expect, sizeof expect, "%s\"%s\n%s", want, want, want);
    assert_string_value(v, expect, strlen(expect));
    data_free(v);
    /* a raw line break ends the string unfinished, on the line it opened */
    snprintf(src, sizeof src, "\n\"%s\r%s\"", want, want);
    data_error err;
    assert_null(parse_n(src, strlen(src), &err));
    assert_int_equal(err.line, 2);
    assert_non_null(strstr(err.message, "unfinished string"));
    /* input that ends inside the string */
    snprintf(src, sizeof src, "\"%s%s", want, want);
    assert_null(parse_n(src, strlen(src), &err));
    assert_int_equal(err.line, 1);
    assert_non_null(strstr(err.message, "unfinished string"));
  }
}

/* A name ends at the first byte that is not a letter, a digit or '_', and
** indentation at the first byte that is not a space, wherever they fall
** (both are scanned sixteen bytes at a time): names and runs of spaces of 1
** to 40 bytes, ended by each kind of byte (the letters, digits and '_'
** next to the ranges' ends, '@' '[' '`' '{' '/' ':' and a byte above 0x7F
** around them), in a buffer ending right after them too. */
static void test_name_and_space_runs_end_anywhere(void **state) {
  static const char name_bytes[] = "azAZ09_mM5";
  static const char stoppers[] = "@[`{/:=,\t\xC3";
  (void)state;
  for (size_t n = 1; n <= 40; n++) {
    char name[64], spaces[64], src[256];
    for (size_t i = 0; i < n; i++) name[i] = name_bytes[(i * 7 + n) % (sizeof name_bytes - 1)];
    name[0] = n % 2 ? 'k' : '_';             /* a name begins with a letter or '_' */
    name[n] = '\0';
    memset(spaces, ' ', n);
    spaces[n] = '\0';
    /* the name as a key, then '=' after it at once and after spaces */
    snprintf(src, sizeof src, "{%s=1,\n%s%s%s= 2 }", name, spaces, name, "x");
    data_value *t = parse_ok_n(src, strlen(src));
    assert_int_equal(t->u.table.n, 2);
    assert_string_equal(t->u.table.fields[0].key, name);
    assert_int_equal(strlen(t->u.table.fields[1].key), n + 1);
    assert_memory_equal(t->u.table.fields[1].key, name, n);
    assert_int_equal(t->u.table.fields[1].line, 2);
    data_free(t);
    /* every other byte ends the name: the error quotes the name alone */
    for (const char *stop = stoppers; *stop; stop++) {
      if (*stop == '=' || *stop == ',') continue;
      snprintf(src, sizeof src, "%s%s%c", spaces, name, *stop);
      data_error err;
      data_value *v = parse_n(src, strlen(src), &err);
      assert_null(v);
      char quoted[80];
      snprintf(quoted, sizeof quoted, "'%s'", name);
      if (!strstr(err.message, quoted)) fail_msg("n=%zu stop=%02x: %s", n, (unsigned char)*stop, err.message);
    }
    /* the input ends with the name, and with the spaces */
    snprintf(src, sizeof src, "return %s", name);
    data_error err;
    assert_null(parse_n(src, strlen(src), &err));
    assert_int_equal(err.line, 1);
    snprintf(src, sizeof src, "return true%s", spaces);
    t = parse_ok_n(src, strlen(src));
    assert_int_equal(t->kind, DATA_BOOLEAN);
    data_free(t);
  }
}

static void test_simple_escapes(void **state) {
  data_value *root;
  const data_value *v =
      only_value(&root, "'\\n\\t\\r\\a\\b\\f\\v\\\\\\\"\\''");
  (void)state;
  assert_string_value(v, "\n\t\r\a\b\f\v\\\"'", 10);
  data_free(root);
}

static void test_escaped_newline(void **state) {
  data_value *t = PARSE_OK("{ s = 'a\\\nb', t = 'c\\\r\nd', n = 1 }");
  (void)state;
  assert_string_value(data_get(t, "s"), "a\nb", 3);
  assert_string_value(data_get(t, "t"), "c\nd", 3);
  assert_int_equal(data_get(t, "n")->line, 3);
  data_free(t);
}

static void test_escape_z(void **state) {
  data_value *t = PARSE_OK("{ s = 'ab\\z   \n\t  cd', n = 1, e = '\\z' }");
  (void)state;
  assert_string_value(data_get(t, "s"), "abcd", 4);
  assert_int_equal(data_get(t, "n")->line, 2);
  assert_string_value(data_get(t, "e"), "", 0);
  data_free(t);
}

static void test_escape_hex_and_decimal(void **state) {
  data_value *root;
  const data_value *v =
      only_value(&root, "'\\x41\\x6a\\65\\0\\255\\0009\\1234'");
  (void)state;
  /* \0009 is \000 then '9'; \1234 is \123 then '4' */
  assert_string_value(v, "Aj" "A" "\0" "\xff" "\0" "9" "{4", 9);
  data_free(root);
}

static void test_escape_utf8(void **state) {
  data_value *root;
  const data_value *v = only_value(
      &root, "'\\u{41}\\u{E9}\\u{20AC}\\u{1F600}\\u{0000041}\\u{7FFFFFFF}'");
  (void)state;
  assert_string_value(v,
                      "A" "\xC3\xA9" "\xE2\x82\xAC" "\xF0\x9F\x98\x80" "A"
                      "\xFD\xBF\xBF\xBF\xBF\xBF",
                      1 + 2 + 3 + 4 + 1 + 6);
  data_free(root);
}

static void test_escape_errors(void **state) {
  (void)state;
  EXPECT_ERROR("{ s = '\\q' }", 1, "invalid escape sequence '\\q'");
  EXPECT_ERROR("\n'ok\\z\n \\%'", 3, "invalid escape sequence '\\%'");
  EXPECT_ERROR("'\\256'", 1, "decimal escape too large near '\\256'");
  EXPECT_ERROR("'\\xZZ'", 1, "hexadecimal digit expected near '\\xZ'");
  EXPECT_ERROR("'\\x4Z'", 1, "hexadecimal digit expected near '\\x4Z'");
  EXPECT_ERROR("'\\u41'", 1, "missing '{' in \\u{xxxx} near '\\u4'");
  EXPECT_ERROR("'\\u{}'", 1, "hexadecimal digit expected near '\\u{}'");
  EXPECT_ERROR("'\\u{41x'", 1, "missing '}' in \\u{xxxx} near '\\u{41x'");
  EXPECT_ERROR("'\\u{80000000}'", 1,
               "UTF-8 value too large near '\\u{80000000'");
}

static void test_nul_bytes_in_strings(void **state) {
  static const char src[] = "{ 'a\0b', \"\\0\", [[x\0y]] }";
  data_value *t = parse_ok_n(src, sizeof src - 1);
  (void)state;
  assert_string_value(data_at(t, 1), "a\0b", 3);
  assert_string_value(data_at(t, 2), "\0", 1);
  assert_string_value(data_at(t, 3), "x\0y", 3);
  data_free(t);
}

static void test_long_strings(void **state) {
  data_value *t = PARSE_OK(
      "{ [[plain]], [[\nskipped newline]], [[\r\nskipped crlf]], "
      "[[\n\nonly one skipped]], [==[with ]] and ]=] inside]==], [[]], "
      "[=[x]=], [[no \\n escapes]], [[a\r\nb\rc\n\rd]] }");
  (void)state;
  assert_string_value(data_at(t, 1), "plain", 5);
  assert_string_value(data_at(t, 2), "skipped newline", 15);
  assert_string_value(data_at(t, 3), "skipped crlf", 12);
  assert_string_value(data_at(t, 4), "\nonly one skipped", 17);
  assert_string_value(data_at(t, 5), "with ]] and ]=] inside", 22);
  assert_string_value(data_at(t, 6), "", 0);
  assert_string_value(data_at(t, 7), "x", 1);
  assert_string_value(data_at(t, 8), "no \\n escapes", 13);
  assert_string_value(data_at(t, 9), "a\nb\nc\nd", 7);   /* normalized */
  data_free(t);
}

static void test_unfinished_strings(void **state) {
  (void)state;
  EXPECT_ERROR("\"abc", 1, "unfinished string near '\"abc'");
  EXPECT_ERROR("{\n  s = 'abc\n' }", 2, "unfinished string near ''abc'");
  EXPECT_ERROR("'abc\\", 1, "unfinished string near ''abc\\'");
  EXPECT_ERROR("'\\x4", 1, "unfinished string near ''\\x4'");
  EXPECT_ERROR("'\\u{4", 1, "unfinished string near ''\\u{4'");
  EXPECT_ERROR("'a\\z  ", 1, "unfinished string near ''a\\z  '");
}

static void test_unfinished_long_string_and_comment(void **state) {
  (void)state;
  EXPECT_ERROR("{\n  s = [[abc\n\n", 2, "unfinished long string");
  EXPECT_ERROR("{ s = [==[abc]=] ]] }", 1, "unfinished long string");
  EXPECT_ERROR("{}\n--[==[ comment\n ]] ", 2, "unfinished long comment");
  EXPECT_ERROR("[=x", 1, "invalid long string delimiter near '[='");
}

/*
** Comments and layout
*/

static void test_comments(void **state) {
  data_value *t = PARSE_OK(
      "-- first\n"
      "--[[ long\n comment ]] return --[==[ ]] ]==] {\n"
      "  a = 1, -- trailing\n"
      "  --[=x this is a short comment ]]\n"
      "  b = --[[ inline ]] 2,\n"
      "  --\n"
      "} -- at end of input without newline");
  (void)state;
  assert_int_equal(t->u.table.n, 2);
  assert_integer(data_get(t, "a"), 1);
  assert_integer(data_get(t, "b"), 2);
  data_free(t);
}

static void test_comment_hides_closing_brace(void **state) {
  (void)state;
  EXPECT_ERROR("{ a = 1 -- }", 1,
               "expected '}' to close '{' at line 1 near <eof>");
}

/*
** Tables
*/

static void test_positional_items(void **state) {
  data_value *t = PARSE_OK("{ 'a', 'b'; 'c', }");
  (void)state;
  assert_int_equal(t->u.table.n, 3);
  assert_int_equal(data_len(t), 3);
  assert_null(t->u.table.fields[0].key);
  assert_int_equal(t->u.table.fields[0].index, 1);
  assert_int_equal(t->u.table.fields[2].index, 3);
  assert_string_equal(data_str(data_at(t, 3)), "c");
  assert_null(data_at(t, 4));
  data_free(t);
}

static void test_separators(void **state) {
  data_value *t = PARSE_OK("{ a = 1; b = 2, c = 3; }");
  data_value *e = PARSE_OK("{}");
  (void)state;
  assert_int_equal(t->u.table.n, 3);
  assert_int_equal(e->kind, DATA_TABLE);
  assert_int_equal(e->u.table.n, 0);
  assert_int_equal(data_len(e), 0);
  data_free(t);
  data_free(e);
  EXPECT_ERROR("{ , }", 1, "unexpected symbol near ','");
  EXPECT_ERROR("{ 1,, }", 1, "unexpected symbol near ','");
  EXPECT_ERROR("{ a = 1 b = 2 }", 1, "missing ',' after the field on line 1?");
}

static void test_bracket_keys(void **state) {
  data_value *t = PARSE_OK("{ [\"key with spaces\"] = true, [3] = 'three', "
                           "[ [[long key]] ] = 1, ['end'] = 2 }");
  (void)state;
  assert_true(data_get(t, "key with spaces")->u.boolean);
  assert_string_equal(data_str(data_at(t, 3)), "three");
  assert_null(t->u.table.fields[1].key);
  assert_int_equal(t->u.table.fields[1].index, 3);
  assert_integer(data_get(t, "long key"), 1);
  assert_integer(data_get(t, "end"), 2);
  assert_int_equal(data_len(t), 0);   /* 1 and 2 are missing */
  data_free(t);
}

static void test_positional_and_bracket_mixed(void **state) {
  data_value *t;
  (void)state;
  /* 'a' is item 1, so 'two?' is item 2: a duplicate of [2] */
  EXPECT_ERROR("{ [2] = 'b', 'a', x = 0, [4] = 'd', 'two?' }", 1,
               "duplicate index 2");
  t = PARSE_OK("{ [3] = 'c', 'a', x = 0, [2] = 'b', [5] = 'e' }");
  assert_string_equal(data_str(data_at(t, 1)), "a");
  assert_string_equal(data_str(data_at(t, 2)), "b");
  assert_string_equal(data_str(data_at(t, 3)), "c");
  assert_int_equal(data_len(t), 3);
  data_free(t);
}

static void test_bracket_key_errors(void **state) {
  static const char nul_key[] = "{ ['a\0b'] = 1 }";
  (void)state;
  EXPECT_ERROR("{ [0] = 1 }", 1, "invalid table index 0 (must be >= 1)");
  EXPECT_ERROR("{\n[-2] = 1 }", 2, "invalid table index -2 (must be >= 1)");
  EXPECT_ERROR("{ [1.5] = 1 }", 1,
               "table key must be a string or an integer >= 1, not number");
  EXPECT_ERROR("{ [true] = 1 }", 1,
               "table key must be a string or an integer >= 1, not boolean");
  EXPECT_ERROR("{ [{}] = 1 }", 1,
               "table key must be a string or an integer >= 1, not table");
  expect_error_n(nul_key, sizeof nul_key - 1, 1,
                 "table key contains a NUL byte");
  EXPECT_ERROR("{ ['a' = 1 }", 1, "expected ']' near '='");
  EXPECT_ERROR("{ ['a'] 1 }", 1, "expected '=' near '1'");
  EXPECT_ERROR("{ [x] = 1 }", 1, MSG_EXPR " near 'x'");
}

/*
** What the writer of a profile did, in their terms
*/

/* The message, line and key path of a parse failure. */
static void expect_error_at(const char *src, int line, const char *key, const char *message) {
  data_error err;
  data_value *v = parse_n(src, strlen(src), &err);
  if (v != NULL) {
    data_free(v);
    fail_msg("parse succeeded, expected: %s", message);
  }
  assert_string_equal(err.message, message);
  assert_int_equal(err.line, line);
  assert_string_equal(err.key, key);
}

static void test_misspelt_boolean(void **state) {
  (void)state;
  expect_error_at("return {\n  legal_persons = {\n    criminal = { adopted = ture },\n  },\n}\n", 3,
                  "legal_persons.criminal.adopted", "unknown word 'ture' \xe2\x80\x94 did you mean `true`?");
  expect_error_at("return { a = flase }", 1, "a", "unknown word 'flase' \xe2\x80\x94 did you mean `false`?");
  expect_error_at("return { a = True }", 1, "a", "unknown word 'True' \xe2\x80\x94 did you mean `true`?");
}

static void test_yes_no(void **state) {
  (void)state;
  expect_error_at("return {\n  x = { adopted = yes } }", 2, "x.adopted", "write true or false, not 'yes'");
  expect_error_at("return { x = { adopted = No } }", 1, "x.adopted", "write true or false, not 'No'");
  expect_error_at("return { x = { 1, oui } }", 1, "x[2]", "write true or false, not 'oui'");
}

static void test_unquoted_text(void **state) {
  (void)state;
  expect_error_at("return { state = { name = France } }", 1, "state.name",
                  "unknown word 'France': text goes in quotes (\"France\"); other values are true, false, numbers and tables { ... }");
}

static void test_unquoted_date(void **state) {
  (void)state;
  expect_error_at("return {\n  m = {\n    from = 2004-01-01,\n  },\n}", 3, "m.from",
                  "dates go in quotes: \"2004-01-01\"");
  /* arithmetic that is not a date is still an expression */
  expect_error_at("return { n = 2004-1 }", 1, "", MSG_EXPR " near '-'");
}

static void test_missing_comma_points_at_the_field(void **state) {
  (void)state;
  /* the comma is missing after `criminal`, with comment lines before the
  ** next field: the error names the line where the comma belongs */
  expect_error_at("return {\n"
                  "  legal_persons = {\n"
                  "    criminal = { adopted = true, source = \"PC 121-2\" }\n"
                  "    -- Can legal persons be held civilly liable?\n"
                  "    --   Serves: UNTOC art. 10(2)\n"
                  "    -- civil = { adopted = true },\n"
                  "    administrative = { adopted = false },\n"
                  "  },\n"
                  "}\n", 3, "legal_persons.criminal", "missing ',' after the field on line 3?");
  /* a multi-line value: the line of its closing brace */
  expect_error_at("return {\n  a = {\n    x = 1,\n  }\n  b = 2,\n}", 4, "a",
                  "missing ',' after the field on line 4?");
}

static void test_not_a_data_file(void **state) {
  (void)state;
  expect_error_at("# France\n\nThe criminal code ...\n", 1, "",
                  "this is not a profile or other lexgap data file: it does not start with `return {` (found '#')");
  expect_error_at("Profile of France\n", 1, "",
                  "this is not a profile or other lexgap data file: it does not start with `return {` (found 'Profile')");
}

static void test_duplicate_keys(void **state) {
  (void)state;
  EXPECT_ERROR("{\n  a = 1,\n  a = 2,\n}", 3, "duplicate key 'a'");
  EXPECT_ERROR("{ a = 1, ['a'] = 2 }", 1, "duplicate key 'a'");
  EXPECT_ERROR("{ ['a b'] = 1, b = { a = 1 }, ['a b'] = 2 }", 1,
               "duplicate key 'a b'");
}

/* A table's first fields are compared in order, the later ones through a
** set: a key or an index met again is refused wherever the two stand, in
** tables of 1 to 40 fields (keys k1..kN, then items), on the line of the
** second; a table without one parses whole with every field found. */
static void test_duplicates_at_every_place(void **state) {
  char src[2048], msg[64];
  (void)state;
  for (int n = 1; n <= 40; n++) {
    for (int first = 1; first <= n; first++) {
      for (int keyed = 0; keyed < 2; keyed++) {
        size_t len = (size_t)snprintf(src, sizeof src, "{");
        for (int i = 1; i <= n; i++)
          len += (size_t)(keyed ? snprintf(src + len, sizeof src - len, " k%d = %d,", i, i)
                                : snprintf(src + len, sizeof src - len, " %d,", i));
        len += (size_t)(keyed ? snprintf(src + len, sizeof src - len, "\n k%d = 0 }", first)
                              : snprintf(src + len, sizeof src - len, "\n [%d] = 0 }", first));
        if (keyed) snprintf(msg, sizeof msg, "duplicate key 'k%d'", first);
        else snprintf(msg, sizeof msg, "duplicate index %d", first);
        expect_error_n(src, len, 2, msg);
      }
    }
    size_t len = (size_t)snprintf(src, sizeof src, "{");
    for (int i = 1; i <= n; i++) len += (size_t)snprintf(src + len, sizeof src - len, " k%d = %d, %d,", i, i, -i);
    snprintf(src + len, sizeof src - len, " }");
    data_value *t = parse_ok_n(src, strlen(src));
    assert_int_equal(t->u.table.n, 2 * n);
    for (int i = 1; i <= n; i++) {
      char key[16];
      snprintf(key, sizeof key, "k%d", i);
      assert_integer(data_get(t, key), i);
      assert_integer(data_at(t, i), -i);
    }
    data_free(t);
  }
}

/* Keys told apart by their whole text, not their first byte or a prefix:
** keys sharing a first byte, a key that is a prefix of another, the empty
** key and a key with a space, in a table searched field by field (no
** padding) and in one searched through the set (20 fields before). */
static void test_duplicates_told_by_whole_key(void **state) {
  static const struct { const char *last; const char *msg; } cases[] = {
    { "['ab'] = 0", "duplicate key 'ab'" },
    { "[''] = 0", "duplicate key ''" },
    { "['a b'] = 0", "duplicate key 'a b'" },
    { "a = 0", "duplicate key 'a'" },
    { "abc = 0", NULL },
    { "b = 0", NULL },
    { "['a '] = 0", NULL },
  };
  char src[1024];
  (void)state;
  for (int padding = 0; padding <= 20; padding += 20) {
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
      size_t len = (size_t)snprintf(src, sizeof src, "{ a = 1, ab = 2, ['a b'] = 3, [''] = 4, aa = 5,");
      for (int i = 1; i <= padding; i++) len += (size_t)snprintf(src + len, sizeof src - len, " p%d = %d,", i, i);
      len += (size_t)snprintf(src + len, sizeof src - len, "\n %s }", cases[c].last);
      if (cases[c].msg) {
        expect_error_n(src, len, 2, cases[c].msg);
      } else {
        data_value *t = parse_ok_n(src, len);
        assert_int_equal(t->u.table.n, (size_t)(6 + padding));
        assert_integer(data_get(t, "ab"), 2);
        assert_integer(data_get(t, ""), 4);
        data_free(t);
      }
    }
  }
}

static void test_duplicate_indexes(void **state) {
  data_value *t;
  (void)state;
  EXPECT_ERROR("{ [1] = 'x',\n 'y' }", 2, "duplicate index 1");
  EXPECT_ERROR("{ 'x', 'y',\n\n [2] = 'z' }", 3, "duplicate index 2");
  EXPECT_ERROR("{ [3] = 1, [3] = 2 }", 1, "duplicate index 3");
  /* the same key in different tables is fine, and '1' differs from 1 */
  t = PARSE_OK("{ a = { a = 1 }, b = { a = 2 }, ['1'] = 1, 1 }");
  assert_integer(data_get(t, "1"), 1);
  assert_integer(data_at(t, 1), 1);
  data_free(t);
}

static void test_many_keys(void **state) {
  /* enough fields to grow the duplicate-key set several times */
  size_t cap = 200000, len = 0;
  char *src = malloc(cap);
  data_value *t;
  int i;
  (void)state;
  assert_non_null(src);
  len += (size_t)sprintf(src + len, "{");
  for (i = 0; i < 5000; i++)
    len += (size_t)sprintf(src + len, "k%d = %d, %d,\n", i, i, i);
  len += (size_t)sprintf(src + len, "}");
  t = parse_ok_n(src, len);
  assert_int_equal(t->u.table.n, 10000);
  assert_int_equal(data_len(t), 5000);
  assert_integer(data_get(t, "k4999"), 4999);
  assert_integer(data_at(t, 5000), 4999);
  assert_int_equal(data_field_of(t, "k4999")->line, 5000);
  data_free(t);
  len = (size_t)sprintf(src, "{");
  for (i = 0; i < 5000; i++) len += (size_t)sprintf(src + len, "k%d = 1,\n", i);
  len += (size_t)sprintf(src + len, "k17 = 2 }");
  expect_error_n(src, len, 5001, "duplicate key 'k17'");
  free(src);
}

static void test_reserved_words(void **state) {
  (void)state;
  EXPECT_ERROR("{ end = 1 }", 1,
               "reserved word 'end' cannot be a key (write [\"end\"] = ...)");
  EXPECT_ERROR("{ return = 1 }", 1, "reserved word 'return' cannot be a key "
               "(write [\"return\"] = ...)");
  EXPECT_ERROR("{ local x }", 1, "unexpected symbol near 'local'");
  EXPECT_ERROR("local t = {}", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'local')");
  EXPECT_ERROR("{ x = function() end }", 1, MSG_EXPR " near 'function'");
  EXPECT_ERROR("{ x = not true }", 1, MSG_EXPR " near 'not'");
  /* names that merely contain a reserved word are fine */
  {
    data_value *t = PARSE_OK("{ ends = 1, _if = 2, nil_ = 3 }");
    assert_int_equal(t->u.table.n, 3);
    data_free(t);
  }
}

/* Every reserved word is told from the names beside it: refused as a key,
** while a name one byte longer or shorter, or of the same first byte and
** length (two words share both: if and in, nil and not, repeat and return,
** then and true), or longer than every reserved word, is a key. */
static void test_reserved_words_told_from_names(void **state) {
  static const char *const words[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
    "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"
  };
  static const char *const names[] = { "ix", "nix", "retain", "tram", "functions", "functio", "a", "o", "elsei" };
  char src[64];
  data_error err;
  (void)state;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    int n = snprintf(src, sizeof src, "{ %s = 1 }", words[i]);
    data_value *v = data_parse(src, (size_t)n, &err);
    if (v) fail_msg("'%s' taken as a key", words[i]);
    n = snprintf(src, sizeof src, "{ %s_ = 1, _%s = 2, %.*s = 3 }", words[i], words[i], (int)strlen(words[i]) - 1, words[i]);
    v = data_parse(src, (size_t)n, &err);
    if (!v) fail_msg("'%s': %s", src, err.message);
    assert_int_equal(v->u.table.n, 3);
    data_free(v);
  }
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    int n = snprintf(src, sizeof src, "{ %s = 1 }", names[i]);
    data_value *v = data_parse(src, (size_t)n, &err);
    if (!v) fail_msg("'%s': %s", src, err.message);
    assert_integer(data_get(v, names[i]), 1);
    data_free(v);
  }
}

/*
** Line numbers
*/

static void test_line_numbers(void **state) {
  data_value *t = PARSE_OK(
      "-- line 1\n"
      "return {\n"              /* 2 */
      "  a = 1,\n"              /* 3 */
      "  b =\n"                 /* 4 */
      "    'x',\n"              /* 5 */
      "  [[\n"                  /* 6 */
      "long]],\n"               /* 7 */
      "  c = {\n"               /* 8 */
      "    d = -\n"             /* 9 */
      "    5,\n"                /* 10 */
      "  },\n"                  /* 11 */
      "  [\n"                   /* 12 */
      "'e'] = true,\n"          /* 13 */
      "}\n");
  const data_value *c;
  (void)state;
  assert_int_equal(t->line, 2);
  assert_int_equal(data_field_of(t, "a")->line, 3);
  assert_int_equal(data_get(t, "a")->line, 3);
  assert_int_equal(data_field_of(t, "b")->line, 4);
  assert_int_equal(data_get(t, "b")->line, 5);
  assert_int_equal(t->u.table.fields[2].line, 6);   /* positional */
  assert_int_equal(data_at(t, 1)->line, 6);
  c = data_get(t, "c");
  assert_int_equal(c->line, 8);
  assert_int_equal(data_field_of(c, "d")->line, 9);
  assert_int_equal(data_get(c, "d")->line, 9);      /* line of the '-' */
  assert_int_equal(data_field_of(t, "e")->line, 12);
  assert_int_equal(data_get(t, "e")->line, 13);
  data_free(t);
}

static void test_crlf_line_numbers(void **state) {
  data_value *t = PARSE_OK("return {\r\n"            /* 1 */
                           "  a = 1,\r\n"            /* 2 */
                           "  b = [[x\r\ny]],\r\n"   /* 3-4 */
                           "  c = 'p\\\r\nq',\r\n"   /* 5-6 */
                           "  d = 2,\n\r"            /* 7, \n\r is one */
                           "  e = 3,\r"              /* 8, lone \r */
                           "  f = 4\r\n"             /* 9 */
                           "}\r\n");
  (void)state;
  assert_int_equal(data_field_of(t, "a")->line, 2);
  assert_int_equal(data_field_of(t, "b")->line, 3);
  assert_string_value(data_get(t, "b"), "x\ny", 3);
  assert_int_equal(data_field_of(t, "c")->line, 5);
  assert_string_value(data_get(t, "c"), "p\nq", 3);
  assert_int_equal(data_field_of(t, "d")->line, 7);
  assert_int_equal(data_field_of(t, "e")->line, 8);
  assert_int_equal(data_field_of(t, "f")->line, 9);
  data_free(t);
  EXPECT_ERROR("{\r\n\r\n  a = b() }", 3, MSG_EXPR " near 'b'");
}

/*
** Errors
*/

static void test_close_brace_expected(void **state) {
  (void)state;
  EXPECT_ERROR("{", 1, "expected '}' to close '{' at line 1 near <eof>");
  EXPECT_ERROR("return {\n  a = {\n    b = 1\n", 4,
               "expected '}' to close '{' at line 2 near <eof>");
  EXPECT_ERROR("{\n  a = 1\n  foo = 2\n}", 2,
               "missing ',' after the field on line 2?");
  EXPECT_ERROR("{ 'a' 'b' }", 1, "missing ',' after the field on line 1?");
  EXPECT_ERROR("{ 'a' = 1 }", 1,
               "expected '}' to close '{' at line 1 near '='");
  EXPECT_ERROR("{ a = 1 ]", 1, "expected '}' to close '{' at line 1 near ']'");
}

static void test_unexpected_symbols(void **state) {
  (void)state;
  EXPECT_ERROR("(1)", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found '(')");
  EXPECT_ERROR("{ a = }", 1, "unexpected symbol near '}'");
  EXPECT_ERROR("{ = 1 }", 1, "unexpected symbol near '='");
  EXPECT_ERROR("{ ... }", 1, "unexpected symbol near '...'");
  EXPECT_ERROR("\n@", 2, "this is not a profile or other lexgap data file: it does not start with `return {` (found '@')");
  EXPECT_ERROR("\x01", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found '<\\1>')");
  EXPECT_ERROR("{ a = \xc3\xa9 }", 1, "unexpected symbol near '<\\195>'");
  EXPECT_ERROR("", 1, "expected a value near <eof>");
  EXPECT_ERROR("  -- only a comment\n", 2, "expected a value near <eof>");
}

/* The symbols the lexer takes without its full frame (',', '{', '}',
** '=' right after a token or after one space) against the same input
** spaced otherwise (two spaces, a tab, a line break, none), at the end of
** the input, and next to the tokens it must leave to the full lexer
** ("==", a second space, a comment): the same trees, lines and errors. */
static void test_symbols_however_spaced(void **state) {
  (void)state;
  static const char *const same[] = {
    "return {a=1,b={},c={x=2}}",
    "return { a = 1 , b = { } , c = { x = 2 } }",
    "return {  a  =  1  ,  b  =  {  }  ,  c  =  {  x  =  2  }  }",
    "return {\ta\t=\t1\t,\tb\t=\t{\t}\t,\tc\t=\t{\tx\t=\t2\t}\t}",
    "return {\na\n=\n1\n,\nb\n=\n{\n}\n,\nc\n=\n{\nx\n=\n2\n}\n}",
    "return { a = 1 --[[ , ]] , b = {--\n} , c = { x = 2 } } ",
  };
  static const int c_line[] = { 1, 1, 1, 1, 13, 2 };   /* where c's table opens */
  for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
    data_value *v = parse_ok_n(same[i], strlen(same[i]));
    assert_int_equal(data_len(v), 0);
    const data_value *a = data_get(v, "a"), *b = data_get(v, "b"), *c = data_get(v, "c");
    assert_true(a && a->kind == DATA_INTEGER && a->u.integer == 1);
    assert_true(b && b->kind == DATA_TABLE && b->u.table.n == 0);
    const data_value *x = c ? data_get(c, "x") : NULL;
    assert_true(x && x->kind == DATA_INTEGER && x->u.integer == 2);
    assert_int_equal(c->line, c_line[i]);
    data_free(v);
  }
  EXPECT_ERROR("return { a = = 1 }", 1, "unexpected symbol near '='");
  EXPECT_ERROR("return { a =  = 1 }", 1, "unexpected symbol near '='");
  EXPECT_ERROR("return { a == 1 }", 1,
               "unknown word 'a': text goes in quotes (\"a\"); other values are true, false, numbers and tables { ... }");
  EXPECT_ERROR("return { a = 1 == 1 }", 1, MSG_EXPR " near '=='");
  EXPECT_ERROR("return { a = 1 ,, b = 2 }", 1, "unexpected symbol near ','");
  EXPECT_ERROR("return {\n  a = 1\n  b = 2 }", 2, "missing ',' after the field on line 2?");
  EXPECT_ERROR("return {\n  a = {\n  } b = 2 }", 3, "missing ',' after the field on line 3?");
  EXPECT_ERROR("return {\n  a = {\n  } {}\n}", 3, "missing ',' after the field on line 3?");
  EXPECT_ERROR("return { a = 1 } ,", 1, "expected end of input near ','");
  EXPECT_ERROR("return { a = 1 }}", 1, "expected end of input near '}'");
  EXPECT_ERROR("return { a = 1 ", 1, "expected '}' to close '{' at line 1 near <eof>");
  EXPECT_ERROR("return { a =", 1, "expected a value near <eof>");
}

static void test_expressions_rejected(void **state) {
  (void)state;
  EXPECT_ERROR("x()", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'x')");
  EXPECT_ERROR("os.execute('x')", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'os')");
  EXPECT_ERROR("return os.execute('rm -rf /')", 1, MSG_EXPR " near 'os'");
  EXPECT_ERROR("require 'os'", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'require')");
  EXPECT_ERROR("x = 1", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'x')");
  EXPECT_ERROR("{ a = b.c }", 1, MSG_EXPR " near 'b'");
  EXPECT_ERROR("{ a = 1 .. 2 }", 1, MSG_EXPR " near '..'");
  EXPECT_ERROR("{ a = 'x' .. 'y' }", 1, MSG_EXPR " near '..'");
  EXPECT_ERROR("{ a = 1 + 2 }", 1, MSG_EXPR " near '+'");
  EXPECT_ERROR("{ 1 -2 }", 1, MSG_EXPR " near '-'");
  EXPECT_ERROR("{ a = 1 == 1 }", 1, MSG_EXPR " near '=='");
  EXPECT_ERROR("{ a = true and false }", 1, MSG_EXPR " near 'and'");
  EXPECT_ERROR("{ a = #t }", 1, MSG_EXPR " near '#'");
  EXPECT_ERROR("{ f() }", 1, MSG_EXPR " near 'f'");
  EXPECT_ERROR("{ a.b = 1 }", 1, MSG_EXPR " near 'a'");
  EXPECT_ERROR("{ a = ('x'):rep(3) }", 1, "unexpected symbol near '('");
  EXPECT_ERROR("function f() end", 1, "this is not a profile or other lexgap data file: it does not start with `return {` (found 'function')");
  EXPECT_ERROR("1 + 2", 1, MSG_EXPR " near '+'");
  EXPECT_ERROR("{} .. {}", 1, MSG_EXPR " near '..'");
}

static void test_trailing_input(void **state) {
  (void)state;
  EXPECT_ERROR("return {} {}", 1, "expected end of input near '{'");
  EXPECT_ERROR("{}\n\n'x'", 3, "expected end of input near ''x''");
  EXPECT_ERROR("return", 1, "expected a value near <eof>");
  EXPECT_ERROR("return return {}", 1, "unexpected symbol near 'return'");
  EXPECT_ERROR("return {}; {}", 1, "expected end of input near '{'");
}

static void test_binary_chunk(void **state) {
  static const char chunk[] = "\x1bLua\x54\x00\x19\x93\r\n\x1a\n";
  (void)state;
  expect_error_n(chunk, sizeof chunk - 1, 1,
                 "precompiled (binary) chunks are not allowed");
  expect_error_n(chunk, 1, 1, "precompiled (binary) chunks are not allowed");
}

static void test_nul_outside_strings(void **state) {
  static const char after[] = "{ a = 1 }\0";
  static const char inside[] = "{ a\0 = 1 }";
  static const char comment[] = "-- c\0\n{}";
  static const char long_comment[] = "--[[ c\0 ]] {}";
  (void)state;
  expect_error_n(after, sizeof after - 1, 1, "NUL byte outside a string");
  expect_error_n(inside, sizeof inside - 1, 1, "NUL byte outside a string");
  expect_error_n(comment, sizeof comment - 1, 1, "NUL byte in a comment");
  expect_error_n(long_comment, sizeof long_comment - 1, 1,
                 "NUL byte in a comment");
}

/* Line comments are skipped a run of bytes at a time: backslashes and
** quotes are plain in them, a NUL is refused wherever it falls (inside or
** after the first sixteen bytes), every kind of line break ends them, and
** one may end the input. */
static void test_comment_runs(void **state) {
  static const char nul_late[] = "-- sixteen bytes and more, \\ then a NUL:\0 there\n{}";
  static const char nul_second_line[] = "{ a = 1, -- fine \\ \"\n -- not fine, far enough along\0\n}";
  (void)state;
  data_value *t = PARSE_OK("-- a comment with \\ backslashes and \"quotes\" past sixteen bytes\r\n"
                           "{ a = 1, -- \\\\\\\\\\\\\\\\\\\\ backslashes in a run\n\r"
                           "  b = 'x', --\n"
                           "  c = true } -- the end, without a line break, longer than sixteen bytes");
  assert_int_equal(data_field_of(t, "a")->line, 2);
  assert_int_equal(data_field_of(t, "b")->line, 3);
  assert_int_equal(data_field_of(t, "c")->line, 4);
  data_free(t);
  expect_error_n(nul_late, sizeof nul_late - 1, 1, "NUL byte in a comment");
  expect_error_n(nul_second_line, sizeof nul_second_line - 1, 2, "NUL byte in a comment");
}

/* A string value's bytes share its node's block; a clone's do not: each
** frees as it was made (ASan in `make check-san` sees a wrong free or a
** leak), and a bracketed string key outlives the value it was read as. */
static void test_string_storage(void **state) {
  (void)state;
  data_value *t = PARSE_OK("{ e = '', s = 'short', l = '0123456789abcdef0123456789abcdef0123456789', "
                           "['bracket key'] = { 'x' } }");
  assert_string_value(data_get(t, "e"), "", 0);
  assert_string_value(data_get(t, "l"), "0123456789abcdef0123456789abcdef0123456789", 42);
  assert_non_null(data_get(t, "bracket key"));
  data_value *c = data_clone(t);
  assert_non_null(c);
  data_free(t);
  assert_string_value(data_get(c, "s"), "short", 5);
  assert_string_value(data_at(data_get(c, "bracket key"), 1), "x", 1);
  data_free(c);
}

static void test_depth_limit(void **state) {
  char src[2 * (DATA_MAX_DEPTH + 1) * 2 + 1];
  size_t n = 0;
  int i;
  data_value *t;
  const data_value *v;
  (void)state;
  for (i = 0; i < DATA_MAX_DEPTH; i++) src[n++] = '{';
  for (i = 0; i < DATA_MAX_DEPTH; i++) src[n++] = '}';
  t = parse_ok_n(src, n);
  for (i = 1, v = t; v->u.table.n > 0; i++) v = data_at(v, 1);
  assert_int_equal(i, DATA_MAX_DEPTH);
  data_free(t);

  n = 0;   /* 65 levels, one per line: fails on the last '{' */
  for (i = 0; i < DATA_MAX_DEPTH + 1; i++) {
    src[n++] = '{';
    src[n++] = '\n';
  }
  for (i = 0; i < DATA_MAX_DEPTH + 1; i++) src[n++] = '}';
  expect_error_n(src, n, DATA_MAX_DEPTH + 1, "nesting deeper than 64 tables");
}

static void test_deep_hostile_nesting(void **state) {
  /* far deeper than the limit: must fail quickly without deep recursion */
  size_t n = 1000000;
  char *src = malloc(n);
  (void)state;
  assert_non_null(src);
  memset(src, '{', n);
  expect_error_n(src, n, 1, "nesting deeper than 64 tables");
  free(src);
}

static void test_message_is_bounded(void **state) {
  size_t n = 5000, i;
  char *src = malloc(2 * n + 64);
  data_error err;
  data_value *v;
  (void)state;
  assert_non_null(src);
  /* a duplicate key that is far longer than the message */
  memcpy(src, "{ k", 3);
  for (i = 0; i < n; i++) src[3 + i] = 'x';
  memcpy(src + 3 + n, " = 1, k", 7);
  for (i = 0; i < n; i++) src[10 + n + i] = 'x';
  memcpy(src + 10 + 2 * n, " = 2 }", 6);
  v = parse_n(src, 16 + 2 * n, &err);
  assert_null(v);
  assert_true(strlen(err.message) < sizeof err.message);
  assert_true(strncmp(err.message, "duplicate key 'kxxx", 19) == 0);
  assert_non_null(strstr(err.message, "...'"));
  /* a huge token quoted in a message */
  src[0] = '\'';
  for (i = 1; i < n; i++) src[i] = 'y';
  src[n] = '\'';
  memcpy(src + n + 1, " {", 2);
  v = parse_n(src, n + 3, &err);
  assert_null(v);
  assert_true(strlen(err.message) < sizeof err.message);
  assert_string_equal(err.message, "expected end of input near '{'");
  v = parse_n(src, n, &err);   /* unfinished: quotes the whole string */
  assert_null(v);
  assert_true(strlen(err.message) < sizeof err.message);
  assert_true(strncmp(err.message, "unfinished string near ''yyy", 28) == 0);
  free(src);
}

static void test_hostile_inputs(void **state) {
  static const char *const inputs[] = {
      "{", "}", "return", "return {} {}", "x()", "{ a = b }",
      "{ a = 1 .. 2 }", "os.execute('x')", "\x1bLua", "[[", "[==[ ]=]",
      "--[[", "'", "\"\\", "{ [", "{ [1", "{ [1]", "{ [1] =", "{ a", "{ a =",
      "-", "0x", ".", "..", "...", "{ ['a'", "loadstring('x')()",
      "setmetatable({}, {})", "{ a = io.open('f') }", "_ENV", "goto x",
      "::x::", "{ a = 1 } --[==[", "{ a = [=[ ]] ", "'\\u{", "'\\u{7FFFFFFF",
      "'\\1", "'\\z", "--[=", "{ a = 'x' } return",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    data_error err;
    data_value *v = parse_n(inputs[i], strlen(inputs[i]), &err);
    if (v != NULL) {
      data_free(v);
      fail_msg("accepted hostile input %s", inputs[i]);
    }
    assert_true(err.line >= 1);
    assert_true(err.message[0] != '\0');
  }
}

static void test_no_read_past_end(void **state) {
  /* every prefix of a rich document, each in an exactly-sized buffer */
  static const char doc[] =
      "-- c\n--[==[ long\n]==]\nreturn {\n"
      "  s = { code = \"FR\", name = 'Fr\\u{E9}\\x41\\65\\z \n nce' },\n"
      "  o = { { id = 'x', n = 7, f = 0.5e-1, h = 0x1F, m = -3 },\n"
      "        { note = [[\nlong]], other = [==[a ]] b]==] } },\n"
      "  [\"k k\"] = true, [3] = false, l = { 'a'; 'b', nil, },\n"
      "}\r\n-- end";
  size_t len;
  int ok = 0;
  (void)state;
  for (len = 0; len <= sizeof doc - 1; len++) {
    data_error err;
    data_value *v = parse_n(doc, len, &err);
    if (v) {
      ok++;
      data_free(v);
    } else {
      assert_true(err.line >= 1);
    }
  }
  assert_true(ok >= 1);   /* at least the whole document */
}

static void test_null_error_and_source(void **state) {
  data_value *v = data_parse("{}", 2, NULL);
  data_error err;
  (void)state;
  assert_non_null(v);
  data_free(v);
  assert_null(data_parse("{", 1, NULL));
  assert_null(data_parse(NULL, 0, &err));
  assert_string_equal(err.message, "expected a value near <eof>");
}

/*
** Lookups and helpers
*/

static void test_lookups(void **state) {
  data_value *t = PARSE_OK("{ a = 1, 'x', b = 'str', 'y' }");
  (void)state;
  assert_integer(data_get(t, "a"), 1);
  assert_null(data_get(t, "zz"));
  assert_null(data_get(t, NULL));
  assert_null(data_get(NULL, "a"));
  assert_null(data_get(data_get(t, "a"), "a"));   /* not a table */
  assert_int_equal(data_field_of(t, "b")->line, 1);
  assert_string_equal(data_field_of(t, "b")->key, "b");
  assert_null(data_field_of(t, "zz"));
  assert_string_equal(data_str(data_at(t, 2)), "y");
  assert_null(data_at(t, 0));
  assert_null(data_at(t, -1));
  assert_null(data_at(t, 3));
  assert_null(data_at(NULL, 1));
  assert_null(data_at(data_get(t, "b"), 1));
  assert_int_equal(data_len(t), 2);
  assert_int_equal(data_len(NULL), 0);
  assert_int_equal(data_len(data_get(t, "a")), 0);
  assert_null(data_str(data_get(t, "a")));
  assert_null(data_str(NULL));
  assert_string_equal(data_str(data_get(t, "b")), "str");
  data_free(t);
}

static void test_kind_names(void **state) {
  (void)state;
  assert_string_equal(data_kind_name(DATA_NIL), "nil");
  assert_string_equal(data_kind_name(DATA_BOOLEAN), "boolean");
  assert_string_equal(data_kind_name(DATA_INTEGER), "integer");
  assert_string_equal(data_kind_name(DATA_NUMBER), "number");
  assert_string_equal(data_kind_name(DATA_STRING), "string");
  assert_string_equal(data_kind_name(DATA_TABLE), "table");
}

static void test_free_null(void **state) {
  (void)state;
  data_free(NULL);
  assert_null(data_clone(NULL));
}

/*
** Clone and merge
*/

static void test_clone(void **state) {
  static const char src[] = "{ a = 'x\0y', b = { 1, 2.5, { c = true } },\n"
                            " [2] = nil, 'p' }";
  data_value *t = parse_ok_n(src, sizeof src - 1);
  data_value *c = data_clone(t);
  const data_value *ca, *ta;
  (void)state;
  assert_non_null(c);
  data_free(t);   /* the copy must not share anything */
  ca = data_get(c, "a");
  assert_string_value(ca, "x\0y", 3);
  assert_int_equal(data_len(data_get(c, "b")), 3);
  assert_number(data_at(data_get(c, "b"), 2), 2.5);
  assert_true(data_get(data_at(data_get(c, "b"), 3), "c")->u.boolean);
  assert_int_equal(data_at(c, 2)->kind, DATA_NIL);
  assert_int_equal(data_field_of(c, "b")->line, 1);
  assert_int_equal(data_at(c, 2)->line, 2);
  assert_int_equal(data_len(c), 2);
  t = data_clone(c);
  ta = data_get(t, "a");
  assert_ptr_not_equal(ta, ca);
  assert_ptr_not_equal(ta->u.string.s, ca->u.string.s);
  data_free(t);
  data_free(c);
}

static void test_merge_keyed(void **state) {
  data_value *base = PARSE_OK(
      "{ a = 1, b = { x = 1, y = 2 }, c = { 1, 2, 3 }, d = 'keep',\n"
      "  e = { p = 1 }, g = 5, 'pos' }");
  data_value *over = PARSE_OK(
      "{ a = 10, b = { y = 20, z = 30 }, c = { 9 },\n"
      "  f = 'new', e = {}, g = { h = 1 } }");
  data_value *m = data_merge(base, over);
  const data_value *b;
  const char *order[] = {"a", "b", "c", "d", "e", "g", NULL, "f"};
  size_t i;
  (void)state;
  assert_non_null(m);
  assert_int_equal(m->u.table.n, 8);
  for (i = 0; i < 8; i++) {
    if (order[i]) assert_string_equal(m->u.table.fields[i].key, order[i]);
    else assert_null(m->u.table.fields[i].key);
  }
  assert_integer(data_get(m, "a"), 10);
  assert_int_equal(data_field_of(m, "a")->line, 1);
  b = data_get(m, "b");                       /* merged recursively */
  assert_int_equal(b->u.table.n, 3);
  assert_integer(data_get(b, "x"), 1);
  assert_integer(data_get(b, "y"), 20);
  assert_integer(data_get(b, "z"), 30);
  assert_string_equal(b->u.table.fields[2].key, "z");
  assert_int_equal(data_len(data_get(m, "c")), 1);   /* replaced */
  assert_integer(data_at(data_get(m, "c"), 1), 9);
  assert_string_equal(data_str(data_get(m, "d")), "keep");
  assert_int_equal(data_get(m, "e")->u.table.n, 0);  /* {} replaces */
  assert_integer(data_get(data_get(m, "g"), "h"), 1);
  assert_string_equal(data_str(data_at(m, 1)), "pos");
  assert_string_equal(data_str(data_get(m, "f")), "new");
  assert_int_equal(data_field_of(m, "f")->line, 2);
  /* inputs untouched */
  assert_integer(data_get(base, "a"), 1);
  assert_int_equal(data_get(base, "b")->u.table.n, 2);
  data_free(m);
  data_free(base);
  data_free(over);
}

static void test_merge_deep_keeps_positional_of_base(void **state) {
  data_value *base = PARSE_OK("{ t = { k = 1, 'a', 'b', n = { m = 1 } } }");
  data_value *over = PARSE_OK("{ t = { k = 2, n = { o = 2 } } }");
  data_value *m = data_merge(base, over);
  const data_value *t;
  (void)state;
  t = data_get(m, "t");
  assert_integer(data_get(t, "k"), 2);
  assert_int_equal(data_len(t), 2);
  assert_integer(data_get(data_get(t, "n"), "m"), 1);
  assert_integer(data_get(data_get(t, "n"), "o"), 2);
  data_free(m);
  data_free(base);
  data_free(over);
}

static void test_merge_positional_replaces(void **state) {
  data_value *base = PARSE_OK("{ t = { k = 1, x = 2 } }");
  data_value *over = PARSE_OK("{ t = { k = 5, 'item' } }");
  data_value *top = PARSE_OK("{ 'only' }");
  data_value *m = data_merge(base, over);
  const data_value *t;
  (void)state;
  t = data_get(m, "t");
  assert_integer(data_get(t, "k"), 5);
  assert_null(data_get(t, "x"));
  assert_int_equal(data_len(t), 1);
  data_free(m);
  m = data_merge(base, top);   /* at the top level too */
  assert_null(data_get(m, "t"));
  assert_string_equal(data_str(data_at(m, 1)), "only");
  data_free(m);
  data_free(base);
  data_free(over);
  data_free(top);
}

static void test_merge_kind_changes_and_null(void **state) {
  data_value *base = PARSE_OK("{ a = { x = 1 }, b = 2 }");
  data_value *over = PARSE_OK("{ a = 'flat', b = { y = 1 } }");
  data_value *scalar = PARSE_OK("7");
  data_value *m = data_merge(base, over);
  (void)state;
  assert_string_equal(data_str(data_get(m, "a")), "flat");
  assert_integer(data_get(data_get(m, "b"), "y"), 1);
  data_free(m);
  m = data_merge(base, NULL);
  assert_integer(data_get(data_get(m, "a"), "x"), 1);
  data_free(m);
  m = data_merge(NULL, over);
  assert_string_equal(data_str(data_get(m, "a")), "flat");
  data_free(m);
  m = data_merge(base, scalar);
  assert_integer(m, 7);
  data_free(m);
  m = data_merge(scalar, over);
  assert_string_equal(data_str(data_get(m, "a")), "flat");
  data_free(m);
  assert_null(data_merge(NULL, NULL));
  data_free(base);
  data_free(over);
  data_free(scalar);
}

/*
** Files
*/

/* Write n bytes to a new temporary file; path receives its name. */
static void write_temp(char *path, const char *bytes, size_t n) {
  int fd;
  FILE *f;
  strcpy(path, "/tmp/test_data_XXXXXX");
  fd = mkstemp(path);
  assert_true(fd >= 0);
  f = fdopen(fd, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(bytes, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
}

/* Two parses failed alike: the same line, key and message. */
static void assert_same_failure(const data_error *e1, const data_error *e2) {
  assert_int_equal(e1->line, e2->line);
  assert_string_equal(e1->key, e2->key);
  assert_string_equal(e1->message, e2->message);
}

/* Parse the file at path both ways: the tree in blocks is the tree
** data_parse_file makes, and a failure is the same failure (line, key,
** message) with no blocks left. */
static void assert_blocks_parse_alike(const char *path) {
  data_error e1, e2;
  data_blocks *blocks = (data_blocks *)&e2;        /* must be reset */
  data_value *a = data_parse_file(path, &e1);
  data_value *b = data_parse_file_in_blocks(path, &e2, &blocks);
  if (!a) {
    assert_null(b);
    assert_null(blocks);
    assert_same_failure(&e1, &e2);
    return;
  }
  assert_non_null(b);
  assert_non_null(blocks);
  assert_same_tree(a, b, path);
  data_free(a);
  data_blocks_free(blocks);
}

/* The file's bytes parsed in blocks (data_parse_bytes_in_blocks) give the
** tree, or the failure, data_parse_file_in_blocks gives; returns the bytes
** the tree's blocks take (data_blocks_bytes, the same both ways), or 0. */
static size_t assert_bytes_parse_alike(const char *path) {
  data_error e1, e2;
  data_blocks *b1 = NULL, *b2 = (data_blocks *)&e2;   /* must be reset */
  size_t len;
  char why[256];
  char *buf = infile_read(path, DATA_MAX_BYTES, &len, why, sizeof why);
  assert_non_null(buf);
  data_value *a = data_parse_file_in_blocks(path, &e1, &b1);
  data_value *b = data_parse_bytes_in_blocks(buf, len, &e2, &b2);
  free(buf);
  if (!a) {
    assert_null(b);
    assert_null(b2);
    assert_same_failure(&e1, &e2);
    return 0;
  }
  assert_non_null(b);
  assert_same_tree(a, b, path);
  size_t bytes = data_blocks_bytes(b1);
  assert_int_equal(bytes, data_blocks_bytes(b2));
  data_blocks_free(b1);
  data_blocks_free(b2);
  return bytes;
}

/* The tree of bytes [src, src+len) read again (data_parse_bytes_again_in_blocks,
** no duplicate check) is the tree of the first read, with the same blocks;
** a failure, the same failure. */
static void assert_again_alike(const char *src, size_t len, const char *where) {
  data_error e1, e2;
  data_blocks *b1, *b2;
  data_value *a = data_parse_bytes_in_blocks(src, len, &e1, &b1);
  data_value *b = data_parse_bytes_again_in_blocks(src, len, &e2, &b2);
  if (!a) {
    assert_null(b);
    assert_null(b2);
    assert_same_failure(&e1, &e2);
    return;
  }
  assert_non_null(b);
  assert_same_tree(a, b, where);
  assert_int_equal(data_blocks_bytes(b1), data_blocks_bytes(b2));
  data_blocks_free(b1);
  data_blocks_free(b2);
}

/* assert_again_alike for the bytes of the file at path. */
static void assert_again_parse_alike(const char *path) {
  size_t len;
  char why[256];
  char *buf = infile_read(path, DATA_MAX_BYTES, &len, why, sizeof why);
  assert_non_null(buf);
  assert_again_alike(buf, len, path);
  free(buf);
}

/* A tree carved from blocks: the same as the one allocated piece by piece
** for every bundled profile, for a value larger than a block, for a table
** whose fields outgrow a block, for nesting, and for inputs that fail at
** every stage (what was carved before the failure is freed: ASan in
** `make check-san` sees a leak). */
static void test_tree_in_blocks(void **state) {
  (void)state;
  const char *root = getenv("LEXGAP_ROOT");
  static const char *const profiles[] = { "france", "arcadia", "borduria", "eu-fictional-poland" };
  char path[4096];
  for (size_t i = 0; root && i < sizeof profiles / sizeof *profiles; i++) {
    snprintf(path, sizeof path, "%s/profiles/%s.lua", root, profiles[i]);
    assert_blocks_parse_alike(path);
    assert_bytes_parse_alike(path);
    assert_again_parse_alike(path);
  }
  /* a string of 100 KB, then 10,000 items (their fields array alone is
  ** larger than a block), nested tables, a bracketed key */
  size_t cap = 400000, n = 0;
  char *src = malloc(cap);
  assert_non_null(src);
  n += (size_t)snprintf(src + n, cap - n, "return { long = '");
  memset(src + n, 'x', 100000);
  n += 100000;
  n += (size_t)snprintf(src + n, cap - n, "', ['key k'] = { a = { b = { c = 1.5, d = -2 } } }, items = {");
  for (int k = 0; k < 10000; k++) n += (size_t)snprintf(src + n, cap - n, "%d,", k);
  n += (size_t)snprintf(src + n, cap - n, " 'last' } }\n");
  write_temp(path, src, n);
  assert_blocks_parse_alike(path);
  /* its blocks hold the string and 10,000 values at least */
  assert_true(assert_bytes_parse_alike(path) > 100000 + 10000 * sizeof(data_value));
  unlink(path);
  /* failures: after many values, inside a bracketed key, a duplicate key, a late syntax error */
  static const char *const broken[] = {
    "return { a = 1, b = { 'x', 'y' }, c = { d = true }, e = }",
    "return { ['k' .. 'j'] = 1 }",
    "return { a = { 1, 2 }, a = 3 }",
    "return { a = 'x', b = { c = { d = 1 } }, e = 2004-01-01 }",
    "return { [1] = 'a', [1] = 'b' }",
  };
  for (size_t i = 0; i < sizeof broken / sizeof *broken; i++) {
    write_temp(path, broken[i], strlen(broken[i]));
    assert_blocks_parse_alike(path);
    assert_bytes_parse_alike(path);
    unlink(path);
  }
  /* a failure after the fields outgrew a block: what was carved is freed */
  memcpy(src + n - 5, ",, }\n", 5);
  write_temp(path, src, n);
  assert_blocks_parse_alike(path);
  unlink(path);
  free(src);
  data_error err;
  data_blocks *blocks = (data_blocks *)&err;      /* a file that cannot be read: reset */
  assert_null(data_parse_file_in_blocks("/nonexistent/dir/file.lua", &err, &blocks));
  assert_null(blocks);
}

/* Bytes read again give the tree of their first read (the bundled profiles:
** test_tree_in_blocks) for inputs of every kind of table, and any failure
** but a duplicate the same failure.  A duplicate, which only bytes that
** never parsed can hold, is kept: the caller's digest is what says the
** bytes parsed before (test_schema.c's loads). */
static void test_bytes_read_again(void **state) {
  (void)state;
  static const char *const same[] = {
    "return { a = 1, b = { 'x', 'y', [5] = 'z', k = { } }, ['c d'] = { [2] = true, [1] = false } }",
    "return { a = 1, b = { 'x', 'y' }, c = { d = true }, e = }",
    "return { a = 'x', b = { c = { d = 1 } }, e = 2004-01-01 }",
    "return { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }",
  };
  for (size_t i = 0; i < sizeof same / sizeof *same; i++) assert_again_alike(same[i], strlen(same[i]), same[i]);
  /* a duplicate: refused by the check, kept (both fields) without it */
  const char *dup = "return { a = { 1, 2 }, a = 3, [1] = 'x', [1] = 'y' }";
  data_error err;
  data_blocks *blocks;
  assert_null(data_parse_bytes_in_blocks(dup, strlen(dup), &err, &blocks));
  assert_string_equal(err.message, "duplicate key 'a'");
  data_value *t = data_parse_bytes_again_in_blocks(dup, strlen(dup), &err, &blocks);
  assert_non_null(t);
  assert_int_equal(t->u.table.n, 4);
  data_blocks_free(blocks);
}

/* data_len, the run of items 1..n wherever they stand, against a count
** by data_at: items in order, out of order, with gaps, among keys, and
** built by hand with an index repeated. */
static void test_len_any_order(void **state) {
  (void)state;
  static const char *const src[] = {
    "return { }", "return { k = 1 }", "return { 'a', 'b', 'c' }", "return { [3] = 'c', [1] = 'a', [2] = 'b' }",
    "return { [2] = 'b', k = 1, 'a' }", "return { [2] = 'b', [4] = 'd' }", "return { 'a', [3] = 'c', x = 2, 'b' }",
    "return { [1] = 'a', [3] = 'c', [2] = 'b', [5] = 'e' }",
  };
  for (size_t i = 0; i < sizeof src / sizeof *src; i++) {
    data_value *t = data_parse(src[i], strlen(src[i]), NULL);
    assert_non_null(t);
    size_t n = 0;
    while (data_at(t, (long long)n + 1)) n++;
    assert_int_equal(data_len(t), n);
    data_free(t);
  }
  data_value v = { .kind = DATA_STRING };
  data_field f[3] = { { NULL, 2, &v, 1 }, { NULL, 2, &v, 1 }, { NULL, 1, &v, 1 } };
  data_value t = { .kind = DATA_TABLE };
  t.u.table.fields = f;
  t.u.table.n = 3;
  assert_int_equal(data_len(&t), 2);     /* 1 in the last place: 2 found by a lookup */
}

/* data_blocks_bytes counts every block a tree takes: none for no blocks,
** one for a small file, more than its file's bytes for France (a string
** larger than a block: test_tree_in_blocks). */
static void test_blocks_bytes(void **state) {
  (void)state;
  char path[4096];
  data_error err;
  data_blocks *blocks;
  assert_int_equal(data_blocks_bytes(NULL), 0);
  write_temp(path, "return { a = 1 }", 16);
  assert_non_null(data_parse_file_in_blocks(path, &err, &blocks));
  size_t small = data_blocks_bytes(blocks);
  assert_true(small > 0 && small <= 64 * 1024);
  data_blocks_free(blocks);
  unlink(path);
  const char *root = getenv("LEXGAP_ROOT");
  if (!root) return;
  snprintf(path, sizeof path, "%s/profiles/france.lua", root);
  assert_non_null(data_parse_file_in_blocks(path, &err, &blocks));
  size_t france = data_blocks_bytes(blocks);
  data_blocks_free(blocks);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  long file_bytes = ftell(f);
  fclose(f);
  assert_true(france > (size_t)file_bytes && france > small);
}

/* A table's fields take an array of their number, made when the table
** closes: 2,000 tables of one field in a list take about 2,000 times a
** value, a field, a key and an item's field (88 + 32 bytes), where arrays
** grown by doubling took more than twice that.  The same tree either way
** (blocks or malloc), and a failure in the last table, with every table
** around it open, gives back what was read (ASan's leak check). */
static void test_fields_at_their_number(void **state) {
  (void)state;
  enum { N = 2000 };
  char *src = malloc(N * 16 + 64);
  assert_non_null(src);
  size_t len = 0;
  len += (size_t)sprintf(src + len, "return {\n");
  for (int i = 0; i < N; i++) len += (size_t)sprintf(src + len, "{ a = %d },\n", i);
  len += (size_t)sprintf(src + len, "}\n");
  data_error err;
  data_blocks *blocks;
  data_value *t = data_parse_bytes_in_blocks(src, len, &err, &blocks);
  assert_non_null(t);
  assert_int_equal(t->u.table.n, N);
  assert_int_equal(data_at(t, N)->u.table.n, 1);
  assert_true(data_blocks_bytes(blocks) <= (size_t)N * (88 + 32) + 2 * 64 * 1024);
  data_value *m = data_parse(src, len, &err);
  assert_non_null(m);
  assert_same_tree(t, m, "2,000 tables");
  data_free(m);
  data_blocks_free(blocks);
  /* the last table broken: nothing kept, either way */
  memcpy(src + len - 5, "= },", 4);
  assert_null(data_parse(src, len, &err));
  assert_int_equal(err.line, N + 1);
  assert_null(data_parse_bytes_in_blocks(src, len, &err, &blocks));
  assert_null(blocks);
  assert_int_equal(err.line, N + 1);
  free(src);
}

static void test_file_missing(void **state) {
  data_error err;
  char expected[256];
  (void)state;
  err.line = 99;
  assert_null(data_parse_file("/nonexistent/dir/file.lua", &err));
  assert_int_equal(err.line, 0);
  snprintf(expected, sizeof expected, "cannot open: %s", strerror(ENOENT));
  assert_string_equal(err.message, expected);
  assert_null(data_parse_file(NULL, &err));
  assert_int_equal(err.line, 0);
}

static void test_file_is_directory(void **state) {
  data_error err;
  (void)state;
  assert_null(data_parse_file("/tmp", &err));
  assert_int_equal(err.line, 0);
  assert_string_equal(err.message, "not a regular file (a directory); refused");
}

/* A FIFO with no writer would block fopen forever: refused at once. */
static void test_file_is_fifo(void **state) {
  char path[64];
  data_error err;
  (void)state;
  snprintf(path, sizeof path, "/tmp/test_data_fifo_%ld", (long)getpid());
  unlink(path);
  assert_int_equal(mkfifo(path, 0600), 0);
  alarm(10);                                  /* a regression hangs: fail, do not wait */
  data_value *v = data_parse_file(path, &err);
  alarm(0);
  unlink(path);
  assert_null(v);
  assert_int_equal(err.line, 0);
  assert_string_equal(err.message, "not a regular file (a FIFO); refused");
}

/* A device that never ends (/dev/zero) and one that is always empty
** (/dev/null) are refused for what they are, not read. */
static void test_file_is_device(void **state) {
  data_error err;
  (void)state;
  assert_null(data_parse_file("/dev/zero", &err));
  assert_string_equal(err.message, "not a regular file (a character device); refused");
  assert_null(data_parse_file("/dev/null", &err));
  assert_string_equal(err.message, "not a regular file (a character device); refused");
}

static void test_file_ok(void **state) {
  static const char text[] =
      "\xEF\xBB\xBF-- profile\nreturn {\n  a = 'x',\n}\n";   /* with a BOM */
  char path[64];
  data_error err;
  data_value *v;
  (void)state;
  write_temp(path, text, sizeof text - 1);
  v = data_parse_file(path, &err);
  unlink(path);
  assert_non_null(v);
  assert_string_equal(data_str(data_get(v, "a")), "x");
  assert_int_equal(data_field_of(v, "a")->line, 3);
  data_free(v);
}

static void test_file_syntax_error(void **state) {
  static const char text[] = "return {\n  a = 1\n  b = 2\n}\n";
  char path[64];
  data_error err;
  (void)state;
  write_temp(path, text, sizeof text - 1);
  assert_null(data_parse_file(path, &err));
  unlink(path);
  assert_int_equal(err.line, 2);
  assert_string_equal(err.message, "missing ',' after the field on line 2?");
  assert_string_equal(err.key, "a");
}

static void test_file_size_limit(void **state) {
  char *text = malloc((size_t)DATA_MAX_BYTES + 1);
  char path[64];
  data_error err;
  data_value *v;
  (void)state;
  assert_non_null(text);
  memset(text, ' ', (size_t)DATA_MAX_BYTES + 1);
  memcpy(text, "{}", 2);
  /* exactly the limit: accepted */
  write_temp(path, text, DATA_MAX_BYTES);
  v = data_parse_file(path, &err);
  unlink(path);
  assert_non_null(v);
  data_free(v);
  /* one byte more: refused before parsing */
  write_temp(path, text, (size_t)DATA_MAX_BYTES + 1);
  v = data_parse_file(path, &err);
  unlink(path);
  free(text);
  assert_null(v);
  assert_int_equal(err.line, 0);
  assert_non_null(strstr(err.message, "too large"));
}

/* A key path grows by fields and items and is cut back to each mark; past
** 511 bytes it is cut as snprintf would cut the whole path. */
static void test_key_path(void **state) {
  data_path p = { "", 0 };
  char want[DATA_PATH_MAX], key[700];
  (void)state;
  size_t top = data_path_enter_key(&p, "offences");
  size_t x = data_path_enter_key(&p, "x");
  size_t item = data_path_enter_index(&p, 12);
  assert_string_equal(p.s, "offences.x[12]");
  data_path_leave(&p, item);
  data_path_enter_index(&p, -3);
  assert_string_equal(p.s, "offences.x[-3]");
  data_path_leave(&p, x);
  assert_string_equal(p.s, "offences");
  data_path_leave(&p, top);
  assert_string_equal(p.s, "");
  assert_int_equal(p.len, 0);
  data_path_enter_index(&p, 0);
  assert_string_equal(p.s, "[0]");
  data_path_leave(&p, 0);
  memset(key, 'k', sizeof key - 1);
  key[sizeof key - 1] = '\0';
  data_path_enter_key(&p, "a");
  size_t long_mark = data_path_enter_key(&p, key);
  data_path_enter_index(&p, 5);
  snprintf(want, sizeof want, "a.%s[5]", key);
  assert_string_equal(p.s, want);
  assert_int_equal(p.len, DATA_PATH_MAX - 1);
  data_path_leave(&p, long_mark);
  assert_string_equal(p.s, "a");
}

/* A trail's text is the path the same steps make: for 2,000 random walks
** of keys (empty, short and past the path's room) and items (negative,
** zero, large), stepped into and out of, read after every step. */
static void test_trail_text_as_path(void **state) {
  static const char *const keys[] = { "offences", "x", "", "conduct", "a_rather_long_key_name_of_forty_bytes_xx" };
  char long_key[700];
  data_trail t;
  data_path p = { "", 0 }, text;
  size_t pmarks[64], tmarks[64];
  unsigned seed = 13;
  (void)state;
  memset(long_key, 'k', sizeof long_key - 1);
  long_key[sizeof long_key - 1] = '\0';
  t.depth = 0;
  data_trail_text(&t, &text);
  assert_string_equal(text.s, "");
  assert_int_equal(text.len, 0);
  for (int walk = 0; walk < 2000; walk++) {
    size_t depth = 0;
    for (int step = 0; step < 40; step++) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = (seed >> 16) % 10;
      if ((r < 3 && depth > 0) || depth == 64) {
        depth--;
        data_path_leave(&p, pmarks[depth]);
        data_trail_leave(&t, tmarks[depth]);
      } else if (r < 7) {
        const char *key = r == 6 && (seed & 0x100) ? long_key : keys[(seed >> 8) % 5];
        pmarks[depth] = data_path_enter_key(&p, key);
        tmarks[depth] = data_trail_key(&t, key);
        depth++;
      } else {
        long long index = r == 7 ? (long long)((seed >> 8) % 20) - 5 : (long long)(seed >> 4) * 1000003LL;
        pmarks[depth] = data_path_enter_index(&p, index);
        tmarks[depth] = data_trail_index(&t, index);
        depth++;
      }
      data_trail_text(&t, &text);
      assert_string_equal(text.s, p.s);
      assert_int_equal(text.len, p.len);
    }
    while (depth > 0) {
      depth--;
      data_path_leave(&p, pmarks[depth]);
      data_trail_leave(&t, tmarks[depth]);
    }
    assert_int_equal(t.depth, 0);
  }
}

/* A parse error deep in a file names the whole key path, items and keys,
** cut to the message's room as a path written whole would be cut: ten
** tables of 60-byte keys, the error in the last. */
static void test_error_key_path_cut(void **state) {
  char src[4096], want[sizeof ((data_error *)0)->key], full[2048], key[61];
  size_t n = 0, w = 0;
  (void)state;
  n += (size_t)snprintf(src + n, sizeof src - n, "return { { ");
  w += (size_t)snprintf(full + w, sizeof full - w, "[1]");
  for (int i = 0; i < 10; i++) {
    memset(key, 'a' + i, 60);
    key[60] = '\0';
    n += (size_t)snprintf(src + n, sizeof src - n, "%s = { ", key);
    w += (size_t)snprintf(full + w, sizeof full - w, ".%s", key);
  }
  n += (size_t)snprintf(src + n, sizeof src - n, "1, 2, yes");
  w += (size_t)snprintf(full + w, sizeof full - w, "[3]");
  for (int i = 0; i < 11; i++) n += (size_t)snprintf(src + n, sizeof src - n, " }");
  n += (size_t)snprintf(src + n, sizeof src - n, " }");
  snprintf(want, sizeof want, "%s", full);
  assert_true(strlen(full) >= sizeof want);       /* the path is cut */
  expect_error_at(src, 1, want, "write true or false, not 'yes'");
  expect_error_at("return { a = { [7] = { b = 1, [2] = { c = 1 c = 2 } } } }", 1, "a[7][2].c",
                  "missing ',' after the field on line 1?");
  expect_error_at("return { a = { b = 1, b = 2 } }", 1, "a.b", "duplicate key 'b'");
  /* cut just after a dot: the path's first 158 bytes, then the dot */
  char key154[155];
  memset(key154, 'k', 154);
  key154[154] = '\0';
  snprintf(src, sizeof src, "return { { %s = { b = { c = yes } } } }", key154);
  snprintf(want, sizeof want, "[1].%s.", key154);
  assert_int_equal(strlen(want), sizeof want - 1);
  expect_error_at(src, 1, want, "write true or false, not 'yes'");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_nil_and_booleans),
      cmocka_unit_test(test_top_level_scalars),
      cmocka_unit_test(test_return_is_optional),
      cmocka_unit_test(test_decimal_integers),
      cmocka_unit_test(test_integer_overflow_becomes_number),
      cmocka_unit_test(test_hex_integers),
      cmocka_unit_test(test_floats),
      cmocka_unit_test(test_minus_before_number_only),
      cmocka_unit_test(test_malformed_numbers),
      cmocka_unit_test(test_short_strings),
      cmocka_unit_test(test_string_runs_end_anywhere),
      cmocka_unit_test(test_name_and_space_runs_end_anywhere),
      cmocka_unit_test(test_simple_escapes),
      cmocka_unit_test(test_escaped_newline),
      cmocka_unit_test(test_escape_z),
      cmocka_unit_test(test_escape_hex_and_decimal),
      cmocka_unit_test(test_escape_utf8),
      cmocka_unit_test(test_escape_errors),
      cmocka_unit_test(test_nul_bytes_in_strings),
      cmocka_unit_test(test_long_strings),
      cmocka_unit_test(test_unfinished_strings),
      cmocka_unit_test(test_unfinished_long_string_and_comment),
      cmocka_unit_test(test_comments),
      cmocka_unit_test(test_comment_runs),
      cmocka_unit_test(test_string_storage),
      cmocka_unit_test(test_tree_in_blocks),
      cmocka_unit_test(test_blocks_bytes),
      cmocka_unit_test(test_bytes_read_again),
      cmocka_unit_test(test_len_any_order),
      cmocka_unit_test(test_fields_at_their_number),
      cmocka_unit_test(test_comment_hides_closing_brace),
      cmocka_unit_test(test_positional_items),
      cmocka_unit_test(test_separators),
      cmocka_unit_test(test_bracket_keys),
      cmocka_unit_test(test_positional_and_bracket_mixed),
      cmocka_unit_test(test_bracket_key_errors),
      cmocka_unit_test(test_duplicate_keys),
      cmocka_unit_test(test_duplicates_at_every_place),
      cmocka_unit_test(test_duplicates_told_by_whole_key),
      cmocka_unit_test(test_duplicate_indexes),
      cmocka_unit_test(test_many_keys),
      cmocka_unit_test(test_reserved_words),
      cmocka_unit_test(test_reserved_words_told_from_names),
      cmocka_unit_test(test_line_numbers),
      cmocka_unit_test(test_crlf_line_numbers),
      cmocka_unit_test(test_close_brace_expected),
      cmocka_unit_test(test_unexpected_symbols),
    cmocka_unit_test(test_symbols_however_spaced),
      cmocka_unit_test(test_expressions_rejected),
      cmocka_unit_test(test_misspelt_boolean),
      cmocka_unit_test(test_yes_no),
      cmocka_unit_test(test_unquoted_text),
      cmocka_unit_test(test_unquoted_date),
      cmocka_unit_test(test_missing_comma_points_at_the_field),
      cmocka_unit_test(test_not_a_data_file),
      cmocka_unit_test(test_trailing_input),
      cmocka_unit_test(test_binary_chunk),
      cmocka_unit_test(test_nul_outside_strings),
      cmocka_unit_test(test_depth_limit),
      cmocka_unit_test(test_deep_hostile_nesting),
      cmocka_unit_test(test_message_is_bounded),
      cmocka_unit_test(test_hostile_inputs),
      cmocka_unit_test(test_no_read_past_end),
      cmocka_unit_test(test_null_error_and_source),
      cmocka_unit_test(test_lookups),
      cmocka_unit_test(test_kind_names),
      cmocka_unit_test(test_free_null),
      cmocka_unit_test(test_clone),
      cmocka_unit_test(test_merge_keyed),
      cmocka_unit_test(test_merge_deep_keeps_positional_of_base),
      cmocka_unit_test(test_merge_positional_replaces),
      cmocka_unit_test(test_merge_kind_changes_and_null),
      cmocka_unit_test(test_file_missing),
      cmocka_unit_test(test_file_is_directory),
    cmocka_unit_test(test_file_is_fifo),
    cmocka_unit_test(test_file_is_device),
      cmocka_unit_test(test_file_ok),
      cmocka_unit_test(test_file_syntax_error),
      cmocka_unit_test(test_file_size_limit),
      cmocka_unit_test(test_key_path),
      cmocka_unit_test(test_trail_text_as_path),
      cmocka_unit_test(test_error_key_path_cut),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_json_writer.c -- the streaming JSON writer against Jansson.
 *
 * Every JSON lexgap writes used to be a Jansson tree printed with
 * JSON_INDENT(2) | JSON_PRESERVE_ORDER; the writer must make the same
 * bytes.  Jansson is the oracle, linked into the unit tests only (the
 * lexgap binary does not link it): each case builds the tree too and
 * compares the two outputs byte for byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "json_writer.h"

/* Strings the escaping must treat as Jansson does: quotes, backslashes,
** every control character, DEL, "/", non-ASCII of 2, 3 and 4 bytes, and
** invalid UTF-8 (overlong, surrogate, truncated, stray continuation, above
** U+10FFFF), which Jansson refuses. */
static const char *const tricky[] = {
  "",
  "plain",
  "say \"no\"",
  "back\\slash \\\\ twice",
  "a/b </script> http://x.org/",
  "\b\f\n\r\t",
  "\x01\x02\x03\x04\x05\x06\x07\x0b\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f",
  "del \x7f end",
  "Code pénal — art. 222-34 « trafic »",
  "\xe2\x80\xaf: narrow no-break space",
  "emoji \xf0\x9f\x98\x80 and \xf4\x8f\xbf\xbf (U+10FFFF)",
  "overlong \xc0\xaf",
  "overlong3 \xe0\x80\xaf",
  "surrogate \xed\xa0\x80",
  "truncated \xe2\x80",
  "stray \x80 continuation",
  "too big \xf4\x90\x80\x80",
  "lead F5 \xf5\x80\x80\x80",
  "ends in lead \xc3",
};
#define NTRICKY (sizeof tricky / sizeof tricky[0])

/* Jansson's text for v printed as the reports printed it. */
static char *jansson_text(const json_t *v) {
  char *s = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
  assert_non_null(s);
  return s;
}

/* Each tricky string as an object member and as an array element, beside
** plain values, so that a refused string shows how it is left out. */
static void test_strings_as_jansson_writes_them(void **state) {
  (void)state;
  for (size_t i = 0; i < NTRICKY; i++) {
    json_t *o = json_object(), *arr = json_array();
    json_object_set_new(o, "before", json_integer(1));
    json_object_set_new(o, "s", json_string(tricky[i]));          /* NULL (nothing set) if refused */
    json_array_append_new(arr, json_string(tricky[i]));
    json_array_append_new(arr, json_string("x"));
    json_array_append_new(arr, json_string(tricky[i]));
    json_object_set_new(o, "list", arr);
    json_object_set_new(o, "or_null", json_string(tricky[i]));
    json_object_set_new(o, "after", json_false());
    char *want = jansson_text(o);

    strbuf b;
    json_writer w;
    sb_init(&b);
    jw_init(&w, &b, 0);
    jw_object(&w, NULL);
    jw_int(&w, "before", 1);
    jw_string(&w, "s", tricky[i]);
    jw_array(&w, "list");
    jw_string(&w, NULL, tricky[i]);
    jw_string(&w, NULL, "x");
    jw_string(&w, NULL, tricky[i]);
    jw_end(&w);
    jw_string_or_null(&w, "or_null", tricky[i]);
    jw_bool(&w, "after", 0);
    jw_end(&w);
    assert_false(sb_failed(&b));
    if (strcmp(b.s, want) != 0)
      fail_msg("string %zu: writer\n%s\nJansson\n%s", i, b.s, want);
    json_t *accepted = json_string(tricky[i]);                   /* NULL if Jansson refuses it */
    assert_int_equal(jw_utf8_valid(tricky[i], strlen(tricky[i])), accepted != NULL);
    json_decref(accepted);
    sb_free(&b);
    free(want);
    json_decref(o);
  }
}

/* A string Jansson refuses as the only member or element: the container
** prints empty, as {} and []. */
static void test_refused_string_leaves_container_empty(void **state) {
  (void)state;
  strbuf b;
  json_writer w;
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_object(&w, NULL);
  jw_array(&w, "a");
  jw_string(&w, NULL, "bad \xff");
  jw_end(&w);
  jw_object(&w, "o");
  jw_string(&w, "k", "bad \xc0\x80");
  jw_string(&w, "n", NULL);
  jw_end(&w);
  jw_end(&w);
  assert_string_equal(b.s, "{\n  \"a\": [],\n  \"o\": {}\n}");
  sb_free(&b);
}

/* w writing into b (made empty) at depth, keys escaped when escape. */
static void writer_open(json_writer *w, strbuf *b, int depth, int escape) {
  sb_init(b);
  jw_init(w, b, depth);
  if (escape) jw_escape_keys(w);
}

/* want (Jansson's text, freed here) is what b holds; b freed. */
static void expect_text(strbuf *b, char *want, const char *what, size_t i, int escape) {
  assert_false(sb_failed(b));
  if (strcmp(b->s, want) != 0) fail_msg("%s %zu, keys %s: writer\n%s\nJansson\n%s", what, i, escape ? "escaped" : "as they are", b->s, want);
  sb_free(b);
  free(want);
}

/* A refused string takes back its separator, indentation and key, and
** leaves its container as empty or not as it was before it: first in an
** object, after a member, as an array's first and later element, with keys
** of the program and keys from data (escaped), each followed by a member
** whose separator shows the container's state.  Jansson's bytes. */
static void test_refused_string_restores_the_container(void **state) {
  (void)state;
  static const char *const refused[] = { "\xff", "bad \xc0\x80", "ends in lead \xc3", "surrogate \xed\xa0\x80" };
  for (int escape = 0; escape < 2; escape++) {
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
      json_t *o = json_object(), *first = json_object(), *after = json_object(), *arr = json_array();
      json_object_set_new(first, "k\"ey", json_string(refused[i]));
      json_object_set_new(first, "next", json_integer(1));
      json_object_set_new(after, "a", json_true());
      json_object_set_new(after, "k\"ey", json_string(refused[i]));
      json_object_set_new(after, "next", json_null());
      json_array_append_new(arr, json_string(refused[i]));
      json_array_append_new(arr, json_string("x"));
      json_array_append_new(arr, json_string(refused[i]));
      json_array_append_new(arr, json_string("y"));
      json_object_set_new(o, "first", first);
      json_object_set_new(o, "after", after);
      json_object_set_new(o, "list", arr);
      char *want = jansson_text(o);

      strbuf b;
      json_writer w;
      writer_open(&w, &b, 0, escape);
      jw_object(&w, NULL);
      jw_object(&w, "first");
      jw_string(&w, "k\"ey", refused[i]);
      jw_int(&w, "next", 1);
      jw_end(&w);
      jw_object(&w, "after");
      jw_bool(&w, "a", 1);
      jw_string_or_null(&w, "k\"ey", refused[i]);
      jw_null(&w, "next");
      jw_end(&w);
      jw_array(&w, "list");
      jw_string(&w, NULL, refused[i]);
      jw_string(&w, NULL, "x");
      jw_string(&w, NULL, refused[i]);
      jw_string(&w, NULL, "y");
      jw_end(&w);
      jw_end(&w);
      expect_text(&b, want, "refused", i, escape);
      json_decref(o);
    }
  }
}

/* jw_languages with each language absent (NULL), written or refused, in
** every combination, first in its object and after a member, as an
** array's element, with keys of the program's and keys from data: the
** members Jansson prints, their commas where another member was written
** before them, {} when none was.  Jansson's bytes. */
static void test_languages_in_every_combination(void **state) {
  (void)state;
  const char *const choice[3] = { NULL, "d\u00e9j\u00e0 \"vu\"\n", "bad \xc3" };   /* absent, written, refused */
  for (int escape = 0; escape < 2; escape++) {
    for (int c = 0; c < 27; c++) {
      const char *en = choice[c % 3], *fr = choice[c / 3 % 3], *es = choice[c / 9];
      json_t *o = json_object(), *langs = json_object(), *arr = json_array(), *elem = json_object();
      const char *const code[3] = { "en", "fr", "es" }, *text[3] = { en, fr, es };
      for (int l = 0; l < 3; l++) {
        if (!text[l]) continue;
        json_object_set_new(langs, code[l], json_string(text[l]));   /* nothing set if refused */
        json_object_set_new(elem, code[l], json_string(text[l]));
      }
      json_object_set_new(o, "first", langs);
      json_object_set_new(o, "n", json_integer(c));
      json_array_append_new(arr, elem);
      json_array_append_new(arr, json_integer(1));
      json_object_set_new(o, "list", arr);
      char *want = jansson_text(o);

      strbuf b;
      json_writer w;
      writer_open(&w, &b, 0, escape);
      jw_object(&w, NULL);
      jw_languages(&w, "first", en, fr, es);
      jw_int(&w, "n", c);
      jw_array(&w, "list");
      jw_languages(&w, NULL, en, fr, es);
      jw_int(&w, NULL, 1);
      jw_end(&w);
      jw_end(&w);
      expect_text(&b, want, "languages", (size_t)c, escape);
      json_decref(o);
    }
  }
}

/* Texts kept by jw_languages_kept (one store for all of them, so that
** offsets past the first are used) and copied by jw_languages_copy make,
** at another depth and first in a container or after a member, the bytes
** jw_languages writes there: every window of three tricky strings (refused
** ones, escapes, accents) with each language also absent, keys of the
** program's and from data.  The kept writer's own bytes are jw_languages's
** too. */
static void test_languages_kept_and_copied(void **state) {
  (void)state;
  for (int escape = 0; escape < 2; escape++) {
    strbuf store, kept_doc, plain_doc;
    json_writer wk, wp;
    sb_init(&store);
    writer_open(&wk, &kept_doc, 0, escape);
    writer_open(&wp, &plain_doc, 0, escape);
    jw_array(&wk, NULL);
    jw_array(&wp, NULL);
    size_t ntexts = 0;
    jw_span kept[NTRICKY * 8][3];
    const char *text[NTRICKY * 8][3];
    for (size_t i = 0; i + 2 < NTRICKY; i++) {
      for (int absent = 0; absent < 8; absent++, ntexts++) {   /* bit l: language l left out */
        for (int l = 0; l < 3; l++) text[ntexts][l] = absent >> l & 1 ? NULL : tricky[i + (size_t)l];
        jw_languages_kept(&wk, NULL, text[ntexts][0], text[ntexts][1], text[ntexts][2], &store, kept[ntexts]);
        jw_languages(&wp, NULL, text[ntexts][0], text[ntexts][1], text[ntexts][2]);
      }
    }
    jw_end(&wk);
    jw_end(&wp);
    assert_false(sb_failed(&store));
    assert_string_equal(kept_doc.s, plain_doc.s);
    for (int depth = 0; depth <= 3; depth++) {
      for (size_t t = 0; t < ntexts; t++) {
        strbuf a, b;
        json_writer wa, wb;
        writer_open(&wa, &a, depth, escape);
        writer_open(&wb, &b, depth, escape);
        jw_object(&wa, NULL);
        jw_object(&wb, NULL);
        jw_languages_copy(&wa, "first", &store, kept[t]);
        jw_languages(&wb, "first", text[t][0], text[t][1], text[t][2]);
        jw_languages_copy(&wa, "again", &store, kept[t]);
        jw_languages(&wb, "again", text[t][0], text[t][1], text[t][2]);
        jw_array(&wa, "list");
        jw_array(&wb, "list");
        jw_languages_copy(&wa, NULL, &store, kept[t]);
        jw_languages(&wb, NULL, text[t][0], text[t][1], text[t][2]);
        jw_end(&wa);
        jw_end(&wb);
        jw_end(&wa);
        jw_end(&wb);
        assert_false(sb_failed(&a));
        if (strcmp(a.s, b.s) != 0)
          fail_msg("text %zu at depth %d, escape %d: copied\n%s\nwritten\n%s", t, depth, escape, a.s, b.s);
        sb_free(&a);
        sb_free(&b);
      }
    }
    sb_free(&store);
    sb_free(&kept_doc);
    sb_free(&plain_doc);
  }
}

/* Nesting, empty containers, integers at the limits, booleans, null, and
** the layout of a value written some levels deep (the reports write each
** assessment two levels inside the document): Jansson's text with 2 more
** spaces a level after every line break. */
static void test_layout_and_numbers_at_depth(void **state) {
  (void)state;
  for (int depth = 0; depth <= 3; depth++) {
    json_t *o = json_object(), *inner = json_object(), *arr = json_array(), *deep = json_array();
    json_object_set_new(o, "empty_object", json_object());
    json_object_set_new(o, "empty_array", json_array());
    json_object_set_new(o, "zero", json_integer(0));
    json_object_set_new(o, "negative", json_integer(-42));
    json_object_set_new(o, "max", json_integer(INT64_MAX));
    json_object_set_new(o, "min", json_integer(INT64_MIN));
    json_object_set_new(o, "yes", json_true());
    json_object_set_new(o, "nothing", json_null());
    json_object_set_new(inner, "k", json_string("v"));
    json_array_append_new(deep, json_integer(7));
    json_array_append_new(deep, json_object());
    json_object_set_new(inner, "deep", deep);
    json_array_append_new(arr, inner);
    json_array_append_new(arr, json_null());
    json_object_set_new(o, "list", arr);
    char *flat = jansson_text(o);
    strbuf want;
    sb_init(&want);
    for (const char *p = flat; *p; p++) {
      sb_putc(&want, *p);
      if (*p == '\n') for (int k = 0; k < depth * 2; k++) sb_putc(&want, ' ');
    }

    strbuf b;
    json_writer w;
    sb_init(&b);
    jw_init(&w, &b, depth);
    jw_object(&w, NULL);
    jw_object(&w, "empty_object");
    jw_end(&w);
    jw_array(&w, "empty_array");
    jw_end(&w);
    jw_int(&w, "zero", 0);
    jw_int(&w, "negative", -42);
    jw_int(&w, "max", INT64_MAX);
    jw_int(&w, "min", INT64_MIN);
    jw_bool(&w, "yes", 7);
    jw_string_or_null(&w, "nothing", NULL);
    jw_array(&w, "list");
    jw_object(&w, NULL);
    jw_string(&w, "k", "v");
    jw_array(&w, "deep");
    jw_int(&w, NULL, 7);
    jw_object(&w, NULL);
    jw_end(&w);
    jw_end(&w);
    jw_end(&w);
    jw_null(&w, NULL);
    jw_end(&w);
    jw_end(&w);
    assert_false(sb_failed(&b));
    if (strcmp(b.s, want.s) != 0) fail_msg("depth %d: writer\n%s\nwanted\n%s", depth, b.s, want.s);
    sb_free(&b);
    sb_free(&want);
    free(flat);
    json_decref(o);
  }
}

/* Containers nested to the deepest level the writer allows (every
** indentation it copies), each holding a member whose key is 0 to 40 bytes
** long (every way it copies a key), a number in an array and an empty
** object: Jansson's text, byte for byte. */
static void test_every_depth_and_key_length(void **state) {
  (void)state;
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char keys[JW_MAX_DEPTH][48];
  json_t *root = json_object(), *at = root;
  for (int level = 0; level < JW_MAX_DEPTH - 2; level++) {
    size_t len = (size_t)(level * 41 / (JW_MAX_DEPTH - 3));   /* 0 .. 41 over the levels */
    for (size_t k = 0; k < len; k++) keys[level][k] = letters[(k + (size_t)level) % (sizeof letters - 1)];
    keys[level][len] = '\0';
    json_t *list = json_array(), *next = json_object();
    json_array_append_new(list, json_integer(level));
    json_array_append_new(list, json_object());
    json_object_set_new(at, keys[level], list);
    json_object_set_new(at, "next", next);
    at = next;
  }
  json_object_set_new(at, "last", json_string("end"));
  char *want = jansson_text(root);

  strbuf b;
  json_writer w;
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_object(&w, NULL);
  for (int level = 0; level < JW_MAX_DEPTH - 2; level++) {
    jw_array(&w, keys[level]);
    jw_int(&w, NULL, level);
    jw_object(&w, NULL);
    jw_end(&w);
    jw_end(&w);
    jw_object(&w, "next");
  }
  jw_string(&w, "last", "end");
  for (int level = 0; level < JW_MAX_DEPTH - 2; level++) jw_end(&w);
  jw_end(&w);
  assert_false(sb_failed(&b));
  assert_string_equal(b.s, want);
  sb_free(&b);
  free(want);
  json_decref(root);
}

/* A top-level string and a long one crossing the escape paths many times. */
static void test_top_level_and_long_strings(void **state) {
  (void)state;
  strbuf text;
  sb_init(&text);
  for (int i = 0; i < 2000; i++) sb_puts(&text, i % 3 ? "é\"\\\x01/" : "ordinary words ");
  json_t *v = json_string(text.s);
  assert_non_null(v);
  char *want = jansson_text(v);
  strbuf b;
  json_writer w;
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_string(&w, NULL, text.s);
  assert_string_equal(b.s, want);
  sb_free(&b);
  sb_free(&text);
  free(want);
  json_decref(v);
}

/* Keys that come from data (jw_escape_keys) are escaped as Jansson escapes
** them; a key it refuses is one jw_string_ok refuses too, and the caller
** leaves its member out, as json_object_set_new() adds nothing. */
static void test_keys_from_data_as_jansson_writes_them(void **state) {
  (void)state;
  assert_false(jw_string_ok(NULL));
  for (size_t i = 0; i < NTRICKY; i++) {
    json_t *o = json_object(), *inner = json_object();
    json_object_set_new(inner, "n", json_integer(2));
    json_object_set_new(o, "first", json_integer(1));
    int accepted = json_object_set_new(o, tricky[i], inner) == 0;   /* takes inner either way */
    json_object_set_new(o, "last", json_null());
    char *want = jansson_text(o);
    assert_int_equal(jw_string_ok(tricky[i]), accepted);

    strbuf b;
    json_writer w;
    sb_init(&b);
    jw_init(&w, &b, 0);
    jw_escape_keys(&w);
    jw_object(&w, NULL);
    jw_int(&w, "first", 1);
    if (jw_string_ok(tricky[i])) {
      jw_object(&w, tricky[i]);
      jw_int(&w, "n", 2);
      jw_end(&w);
    }
    jw_null(&w, "last");
    jw_end(&w);
    assert_false(sb_failed(&b));
    if (strcmp(b.s, want) != 0)
      fail_msg("key %zu: writer\n%s\nJansson\n%s", i, b.s, want);
    sb_free(&b);
    free(want);
    json_decref(o);
  }
}

/* The text of f from its start, as a string to free. */
static char *file_text(FILE *f) {
  long n;
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  n = ftell(f);
  assert_true(n >= 0);
  rewind(f);
  char *s = calloc((size_t)n + 1, 1);
  assert_non_null(s);
  assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
  return s;
}

/* A document flushed after each element is, in the file, the document
** written at once; each flush empties the buffer; a buffer that ran out of
** memory is refused and nothing of it is written. */
static void test_flush_streams_the_same_bytes(void **state) {
  (void)state;
  FILE *f = tmpfile();
  assert_non_null(f);
  strbuf whole, part;
  json_writer w, p;
  sb_init(&whole);
  sb_init(&part);
  jw_init(&w, &whole, 0);
  jw_init(&p, &part, 0);
  jw_object(&w, NULL);
  jw_object(&p, NULL);
  jw_array(&w, "rows");
  jw_array(&p, "rows");
  for (int i = 0; i < 5; i++) {
    jw_object(&w, NULL);
    jw_object(&p, NULL);
    jw_int(&w, "row", i);
    jw_int(&p, "row", i);
    jw_string(&w, "name", tricky[i]);
    jw_string(&p, "name", tricky[i]);
    jw_end(&w);
    jw_end(&p);
    assert_int_equal(jw_flush(&part, f), 0);
    assert_int_equal(part.len, 0);
  }
  jw_end(&w);
  jw_end(&p);
  jw_end(&w);
  jw_end(&p);
  assert_int_equal(jw_flush(&part, f), 0);
  char *got = file_text(f);
  assert_string_equal(got, whole.s);
  free(got);

  sb_puts(&part, "lost");
  part.failed = 1;                                 /* as if an allocation had failed */
  long before = ftell(f);
  assert_int_equal(jw_flush(&part, f), -1);
  assert_int_equal(ftell(f), before);
  sb_free(&whole);
  sb_free(&part);
  fclose(f);
}

/* jw_strings and jw_languages make the trees the callers used to build: an
** array of the strings Jansson accepts, and an object of the languages
** given (NULL or refused ones left out). */
static void test_string_lists_and_languages_as_jansson(void **state) {
  (void)state;
  for (size_t i = 0; i + 2 < NTRICKY; i++) {
    char *list[3] = { (char *)tricky[i], (char *)tricky[i + 1], (char *)tricky[i + 2] };
    json_t *o = json_object(), *arr = json_array(), *none = json_array(), *langs = json_object(), *two = json_object();
    for (int k = 0; k < 3; k++) json_array_append_new(arr, json_string(list[k]));
    json_object_set_new(o, "list", arr);
    json_object_set_new(o, "none", none);
    json_object_set_new(o, "empty", json_array());
    json_object_set_new(langs, "en", json_string(list[0]));
    json_object_set_new(langs, "fr", json_string(list[1]));
    json_object_set_new(langs, "es", json_string(list[2]));
    json_object_set_new(o, "text", langs);
    json_object_set_new(two, "en", json_string(list[2]));
    json_object_set_new(o, "no_fr_es", two);
    char *want = jansson_text(o);

    strbuf b;
    json_writer w;
    sb_init(&b);
    jw_init(&w, &b, 0);
    jw_object(&w, NULL);
    jw_strings(&w, "list", list, 3);
    jw_strings(&w, "none", NULL, 0);
    jw_empty_array(&w, "empty");
    jw_languages(&w, "text", list[0], list[1], list[2]);
    jw_languages(&w, "no_fr_es", list[2], NULL, NULL);
    jw_end(&w);
    assert_false(sb_failed(&b));
    if (strcmp(b.s, want) != 0)
      fail_msg("strings %zu: writer\n%s\nJansson\n%s", i, b.s, want);
    sb_free(&b);
    free(want);
    json_decref(o);
  }
}

/* s as the member "s" of an object, by the writer and by Jansson: the
** same bytes (s refused by both, or written alike).  what names the case
** in a failure. */
static void assert_member_as_jansson(const char *s, const char *what) {
  json_t *o = json_object();
  json_object_set_new(o, "s", json_string(s));
  char *want = jansson_text(o);
  strbuf b;
  json_writer w;
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_object(&w, NULL);
  jw_string(&w, "s", s);
  jw_end(&w);
  if (strcmp(b.s, want) != 0) fail_msg("%s: writer\n%s\nJansson\n%s", what, b.s, want);
  sb_free(&b);
  free(want);
  json_decref(o);
}

/* Each tricky string inside plain text, at every offset from 0 to 40 and
** with 0 to 40 plain bytes after it, so that what must be escaped or
** checked falls at every place of the writer's 16-byte blocks, at a
** block's end and in the tail: Jansson's bytes, or left out as it is. */
static void test_strings_across_block_boundaries(void **state) {
  (void)state;
  static const char plain[] = "The State shall adopt such legislative and other measures as may be necessary";
  char s[256];
  for (size_t i = 0; i < NTRICKY; i++)
    for (size_t before = 0; before <= 40; before++)
      for (size_t after = 0; after <= 40; after += 5) {
        size_t len = strlen(tricky[i]);
        memcpy(s, plain, before);
        memcpy(s + before, tricky[i], len);
        memcpy(s + before + len, plain, after);
        s[before + len + after] = '\0';
        char what[64];
        snprintf(what, sizeof what, "string %zu at %zu (+%zu)", i, before, after);
        assert_member_as_jansson(s, what);
      }
}


/* Strings of 1 to 33 bytes (shorter than one 16-byte block, one, two,
** and a tail), every byte value from 1 to 255 at every place of each, and
** a 2-, 3- and 4-byte character and a truncated one at every place: the
** short strings are looked at as a block of their own, the others by
** blocks and an overlapping tail. */
static void test_every_byte_at_every_place_of_short_strings(void **state) {
  (void)state;
  static const char *const chars[] = { "\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\xe2\x80", "\xc3" };
  char s[64], what[64];
  for (size_t len = 1; len <= 33; len++)
    for (size_t at = 0; at < len; at++) {
      for (int c = 1; c < 256; c++) {
        memset(s, 'a', len);
        s[len] = '\0';
        s[at] = (char)c;
        snprintf(what, sizeof what, "byte %d at %zu of %zu", c, at, len);
        assert_member_as_jansson(s, what);
      }
      for (size_t k = 0; k < sizeof chars / sizeof chars[0]; k++) {
        size_t cl = strlen(chars[k]);
        memset(s, 'a', len + cl);
        memcpy(s + at, chars[k], cl);
        s[len + cl] = '\0';
        snprintf(what, sizeof what, "character %zu at %zu of %zu", k, at, len);
        assert_member_as_jansson(s, what);
      }
    }
}

/* Every two bytes from 0x80 to 0xFF side by side, then after and before
** and before an escape and beside a 2-byte character, at every place of strings of 2
** to 34 bytes (so across the 16-byte blocks the writer scans and at the
** short string's and the last block's ends): a 2-byte character passes a
** block without a stop, and every other pair of high bytes (a lead
** without its continuation, a continuation without its lead, a lead of a
** longer character, an overlong lead) is judged as Jansson judges it. */
static void test_byte_pairs_at_every_place(void **state) {
  (void)state;
  char s[64], what[80];
  for (size_t len = 2; len <= 34; len++)
    for (size_t at = 0; at + 2 <= len; at += (len > 20 ? 3 : 1))
      for (int c1 = 0x80; c1 < 0x100; c1++)
        for (int c2 = 0x80; c2 < 0x100; c2 += (c1 >= 0xC0 && c1 < 0xE0 ? 1 : 7)) {
          memset(s, 'a', len);
          s[len] = '\0';
          s[at] = (char)c1;
          s[at + 1] = (char)c2;
          if (at >= 2 && !(c2 & 1)) memcpy(s + at - 2, "\xc3\xa9", 2);   /* a character just before */
          else if (at >= 1) s[at - 1] = '\\';                             /* an escape just before */
          if (at + 3 < len) s[at + 2] = (c1 & 1) ? '"' : '\xc3';
          snprintf(what, sizeof what, "bytes %02x %02x at %zu of %zu", c1, c2, at, len);
          assert_member_as_jansson(s, what);
        }
}

/* Strings whose escapes make them longer than the room made for them as
** they are (6 bytes for one), after prefixes of every length so that the
** buffer fills up at each escape in turn: the bytes are Jansson's after
** the prefix, and a refused string leaves only the prefix. */
static void test_escapes_outgrowing_the_room(void **state) {
  (void)state;
  static const char *const pieces[] = { "\x01", "\"", "\n", "\\", "\x1f", "\xc3\xa9", "z" };
  char s[400];
  for (size_t len = 1; len <= 300; len += 7) {
    for (size_t i = 0; i < len; i++) s[i] = pieces[i % 5][0];   /* escapes only */
    s[len] = '\0';
    json_t *v = json_string(s);
    char *want = jansson_text(v);
    for (size_t prefix = 0; prefix <= 140; prefix += 3) {
      strbuf b;
      json_writer w;
      sb_init(&b);
      for (size_t k = 0; k < prefix; k++) sb_putc(&b, 'p');
      jw_init(&w, &b, 0);
      jw_string(&w, NULL, s);
      assert_int_equal(b.len, prefix + strlen(want));
      assert_int_equal(strlen(b.s), b.len);                     /* terminated where it ends */
      assert_memory_equal(b.s + prefix, want, strlen(want));
      sb_free(&b);
    }
    free(want);
    json_decref(v);
  }
  /* mixed, with characters, and one refused at the end */
  size_t n = 0;
  for (size_t i = 0; n + 4 < sizeof s - 8; i++) {
    const char *piece = pieces[(i * 3) % (sizeof pieces / sizeof pieces[0])];
    memcpy(s + n, piece, strlen(piece));
    n += strlen(piece);
  }
  s[n] = '\0';
  assert_member_as_jansson(s, "mixed escapes");
  memcpy(s + n, "\xed\xa0\x80", 4);                                  /* a surrogate: refused */
  assert_member_as_jansson(s, "mixed escapes, then a surrogate");
  strbuf b;
  json_writer w;
  sb_init(&b);
  sb_puts(&b, "prefix");
  jw_init(&w, &b, 0);
  jw_string(&w, NULL, s);
  assert_string_equal(b.s, "prefix");
  sb_free(&b);
}

/* Members written into w by write(w, k): a string (tricky[k], perhaps left
** out), a nested object and an array. */
static void some_members(json_writer *w, size_t k) {
  jw_string(w, "s", tricky[k]);
  jw_object(w, "o");
  jw_int(w, "n", (int64_t)k);
  jw_string_or_null(w, "t", k % 2 ? NULL : tricky[k]);
  jw_end(w);
  jw_array(w, "a");
  jw_string(w, NULL, tricky[(k + 1) % NTRICKY]);
  jw_end(w);
}

/* Prepared members (null, [], {}, true, false under keys of 1 to 60
** bytes) written, each key with its own jw_prepared, at every place of a
** document:
** first in a container and after a member, at depths 1 to 6, in arrays'
** objects and after keys escaped, several times each, in one order and
** the reverse (so that what was kept at one depth meets another): the
** bytes are Jansson's, and a member longer than the room kept is written
** each time. */
static void test_prepared_members_as_jansson(void **state) {
  (void)state;
  static const char *const values[] = { "null", "[]", "{}", "true", "false" };
  char key[64];
  for (size_t v = 0; v < sizeof values / sizeof values[0]; v++)
    for (size_t klen = 1; klen <= 60; klen += 3)
      for (int reverse = 0; reverse <= 1; reverse++) {
        memset(key, 'k', klen);
        key[klen] = '\0';
        json_t *value = json_loads(values[v], JSON_DECODE_ANY, NULL);
        json_t *root = json_object();
        strbuf b;
        json_writer w;
        jw_prepared prep[4];                             /* one for each key: key0, key1, key2, key */
        memset(prep, 0, sizeof prep);
        sb_init(&b);
        jw_init(&w, &b, 0);
        jw_object(&w, NULL);
        for (int n = 0; n < 6; n++) {
          int depth = reverse ? 6 - n : n + 1;
          char name[16];
          snprintf(name, sizeof name, "level%d", n);
          json_t *obj = json_object(), *list = json_array(), *inner = json_object();
          json_object_set_new(root, name, obj);
          jw_object(&w, name);
          for (int d = 1; d < depth; d++) {               /* deeper objects, each first in its parent */
            json_t *deeper = json_object();
            json_object_set_new(obj, "d", deeper);
            obj = deeper;
            jw_object(&w, "d");
          }
          for (int i = 0; i < 3; i++) {                   /* first, then after members */
            char k[80];
            snprintf(k, sizeof k, "%s%d", key, i);
            json_object_set(obj, k, value);
            jw_prepared_k(&w, &prep[i], k, strlen(k), values[v], strlen(values[v]));
          }
          json_object_set_new(obj, "list", list);          /* in an array's object, first and later */
          json_array_append_new(list, inner);
          json_object_set_new(inner, "x", json_integer(1));
          json_object_set(inner, key, value);
          json_t *second = json_object();                  /* the same place, the key first */
          json_array_append_new(list, second);
          json_object_set(second, key, value);
          json_object_set_new(second, "x", json_integer(2));
          jw_array(&w, "list");
          jw_object(&w, NULL);
          jw_int(&w, "x", 1);
          jw_prepared_k(&w, &prep[3], key, klen, values[v], strlen(values[v]));
          jw_end(&w);
          jw_object(&w, NULL);
          jw_prepared_k(&w, &prep[3], key, klen, values[v], strlen(values[v]));
          jw_int(&w, "x", 2);
          jw_end(&w);
          jw_end(&w);
          for (int d = 0; d < depth; d++) jw_end(&w);
        }
        jw_end(&w);
        char *want = jansson_text(root);
        assert_false(sb_failed(&b));
        assert_string_equal(b.s, want);
        free(want);
        json_decref(root);
        json_decref(value);
        sb_free(&b);
      }
}

/* Keys escaped: a prepared member is written as any other (its key
** escaped), and what it kept before is not used. */
static void test_prepared_members_with_escaped_keys(void **state) {
  (void)state;
  strbuf b;
  json_writer w;
  jw_prepared prep;
  memset(&prep, 0, sizeof prep);
  sb_init(&b);
  jw_init(&w, &b, 0);
  jw_object(&w, NULL);
  jw_int(&w, "a", 1);
  jw_prepared_k(&w, &prep, "q", 1, "null", 4);          /* kept here */
  jw_escape_keys(&w);
  jw_prepared_k(&w, &prep, "say \"q\"", 7, "null", 4);
  jw_end(&w);
  assert_string_equal(b.s, "{\n  \"a\": 1,\n  \"q\": null,\n  \"say \\\"q\\\"\": null\n}");
  sb_free(&b);
}

/* A fragment copied where it fits gives the bytes writing the members
** there gives (first in a container or after a member, at several depths,
** members that are all left out); it does not fit another depth, another
** emptiness of the container, or escaped keys. */
static void test_fragments_copied_where_they_fit(void **state) {
  (void)state;
  for (size_t k = 0; k < NTRICKY; k++)
    for (int depth = 0; depth < 4; depth++)
      for (int first = 0; first <= 1; first++) {
        strbuf direct, copied, store;
        json_writer w, c, frag;
        jw_fragment f;
        sb_init(&direct); sb_init(&copied); sb_init(&store);
        jw_init(&w, &direct, depth);
        jw_init(&c, &copied, depth);
        jw_object(&w, NULL);
        jw_object(&c, NULL);
        if (!first) { jw_int(&w, "before", 1); jw_int(&c, "before", 1); }
        some_members(&w, k);
        jw_fragment_begin(&frag, &store, &c, &f);
        some_members(&frag, k);
        jw_fragment_end(&frag, &f);
        assert_true(jw_fragment_fits(&c, &f));
        jw_fragment_put(&c, &store, &f);
        jw_string(&w, "after", "x");               /* the separator follows what was copied */
        jw_string(&c, "after", "x");
        jw_end(&w);
        jw_end(&c);
        assert_false(sb_failed(&copied));
        assert_string_equal(copied.s, direct.s);

        strbuf scratch;                             /* where it does not fit */
        json_writer other;
        sb_init(&scratch);
        jw_init(&other, &scratch, depth);
        jw_object(&other, NULL);
        if (first) jw_int(&other, "before", 1);     /* the other emptiness */
        assert_false(jw_fragment_fits(&other, &f));
        jw_object(&other, "deeper");                /* another depth, empty as when written first */
        assert_int_equal(jw_fragment_fits(&other, &f), 0);
        sb_free(&scratch);
        jw_init(&other, &scratch, depth);           /* the same place, keys escaped */
        jw_object(&other, NULL);
        if (!first) jw_int(&other, "before", 1);
        assert_true(jw_fragment_fits(&other, &f));
        jw_escape_keys(&other);
        assert_false(jw_fragment_fits(&other, &f));
        sb_free(&scratch);
        sb_free(&direct); sb_free(&copied); sb_free(&store);
      }
  /* nothing written: the container stays empty, as {} */
  strbuf b, store;
  json_writer w, frag;
  jw_fragment f;
  sb_init(&b); sb_init(&store);
  jw_init(&w, &b, 0);
  jw_object(&w, NULL);
  jw_fragment_begin(&frag, &store, &w, &f);
  jw_string(&frag, "bad", "\xff");
  jw_fragment_end(&frag, &f);
  assert_int_equal(f.len, 0);
  jw_fragment_put(&w, &store, &f);
  jw_end(&w);
  assert_string_equal(b.s, "{}");
  sb_free(&b); sb_free(&store);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_strings_as_jansson_writes_them),
    cmocka_unit_test(test_refused_string_leaves_container_empty),
    cmocka_unit_test(test_refused_string_restores_the_container),
    cmocka_unit_test(test_languages_in_every_combination),
    cmocka_unit_test(test_languages_kept_and_copied),
    cmocka_unit_test(test_layout_and_numbers_at_depth),
    cmocka_unit_test(test_every_depth_and_key_length),
    cmocka_unit_test(test_top_level_and_long_strings),
    cmocka_unit_test(test_keys_from_data_as_jansson_writes_them),
    cmocka_unit_test(test_flush_streams_the_same_bytes),
    cmocka_unit_test(test_string_lists_and_languages_as_jansson),
    cmocka_unit_test(test_strings_across_block_boundaries),
    cmocka_unit_test(test_every_byte_at_every_place_of_short_strings),
    cmocka_unit_test(test_escapes_outgrowing_the_room),
    cmocka_unit_test(test_byte_pairs_at_every_place),
    cmocka_unit_test(test_fragments_copied_where_they_fit),
    cmocka_unit_test(test_prepared_members_as_jansson),
    cmocka_unit_test(test_prepared_members_with_escaped_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

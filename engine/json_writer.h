/*
 * json_writer.h -- JSON written straight into a buffer, no document tree.
 *
 * The reports' JSON used to be built as a Jansson tree and printed with
 * json_dumps(JSON_INDENT(2) | JSON_PRESERVE_ORDER); this writer makes the
 * same bytes without the tree: members in the order they are written, two
 * spaces a level, "key": value, empty containers as {} and [], integers in
 * decimal.  Strings are escaped as Jansson escapes them without
 * JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH: " and \ with a backslash, \b \f
 * \n \r \t by name, other bytes below 0x20 as \u00XX (upper-case hex), the
 * rest (non-ASCII, "/", DEL) as they are.
 *
 * A string that is not valid UTF-8 (or NULL where a string is required) is
 * left out with its key, as Jansson's json_string() refuses it and
 * json_object_set_new() then adds nothing: the bytes stay those of the tree.
 */
#ifndef LX_JSON_WRITER_H
#define LX_JSON_WRITER_H

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "strbuf.h"

#define JW_MAX_DEPTH 32   /* deeper containers are a caller's bug (asserted) */

typedef struct {
  strbuf *out;                          /* where the text goes (not owned) */
  int depth;                            /* containers open, base depth included */
  int base;                             /* depth the writer started at */
  unsigned char empty[JW_MAX_DEPTH];    /* nothing written yet in the container at each depth */
  char close[JW_MAX_DEPTH];             /* '}' or ']' for the container at each depth */
  int escape_keys;                      /* keys escaped as strings are (jw_escape_keys) */
} json_writer;

/* Start writing into out as if nested depth levels deep (the first value's
** lines after its first are indented 2 * depth spaces more), the way a
** value sits inside the containers around it. */
void jw_init(json_writer *w, strbuf *out, int depth);

/* From now on, keys are escaped as strings are: for keys that come from
** data (a database, a rule file) instead of the program's own names.  A
** key must still be a string jw_string would write (jw_string_ok): the
** caller leaves out the member of any other, as Jansson's
** json_object_set_new() does. */
void jw_escape_keys(json_writer *w);

/* Each writes one value: a member named key inside an object, or (key NULL)
** an element of an array or the top-level value.  The functions named
** jw_..._k take the key's length too (klen, 0 for no key); the ones without
** the _k, inline below, take it with strlen, which the compiler works out
** where the key is a literal (as nearly every key is): no strlen call for
** each value written. */
void jw_object_k(json_writer *w, const char *key, size_t klen);     /* opens {, closed by jw_end */
void jw_array_k(json_writer *w, const char *key, size_t klen);      /* opens [, closed by jw_end */
void jw_end(json_writer *w);                                        /* closes the innermost container */
/* An empty array, [] (the bytes of jw_array_k then jw_end, in one value). */
void jw_empty_array_k(json_writer *w, const char *key, size_t klen);
void jw_int_k(json_writer *w, const char *key, size_t klen, int64_t v);
void jw_bool_k(json_writer *w, const char *key, size_t klen, int v);
void jw_null_k(json_writer *w, const char *key, size_t klen);
/* s escaped; left out (with its key) when NULL or not valid UTF-8. */
void jw_string_k(json_writer *w, const char *key, size_t klen, const char *s);
/* s escaped, null for NULL; left out (with its key) when not valid UTF-8. */
void jw_string_or_null_k(json_writer *w, const char *key, size_t klen, const char *s);
/* An array of the n strings of v (each left out if jw_string would). */
void jw_strings_k(json_writer *w, const char *key, size_t klen, char *const *v, int n);
/* A text in its languages: { "en": en, "fr": fr, "es": es }, each member
** present only when that language is given (not NULL) and valid UTF-8. */
void jw_languages_k(json_writer *w, const char *key, size_t klen, const char *en, const char *fr, const char *es);

/* Where a string jw_languages_kept_k wrote is kept: its quoted, escaped
** bytes, store->s[off .. off + len - 1]; len 0 when the language was not
** given or was refused (jw_languages_k leaves its member out). */
typedef struct {
  size_t off, len;
} jw_span;
/* jw_languages_k, and each language's string as written (quoted and
** escaped) appended to store (not w's output), kept[0..2] (en, fr, es)
** saying where: so that the same text can be written again without being
** escaped again. */
void jw_languages_kept_k(json_writer *w, const char *key, size_t klen, const char *en, const char *fr,
                         const char *es, strbuf *store, jw_span kept[3]);
/* The bytes jw_languages_k writes for the text jw_languages_kept_k kept in
** store (kept as it set it, store not failed since, not w's output): the
** strings copied, not escaped again. */
void jw_languages_copy_k(json_writer *w, const char *key, size_t klen, const strbuf *store, const jw_span kept[3]);

/* The length of key, 0 for none. */
static inline size_t jw_key_length(const char *key) { return key ? strlen(key) : 0; }

static inline void jw_object(json_writer *w, const char *key) { jw_object_k(w, key, jw_key_length(key)); }
static inline void jw_array(json_writer *w, const char *key) { jw_array_k(w, key, jw_key_length(key)); }
static inline void jw_empty_array(json_writer *w, const char *key) { jw_empty_array_k(w, key, jw_key_length(key)); }
static inline void jw_int(json_writer *w, const char *key, int64_t v) { jw_int_k(w, key, jw_key_length(key), v); }
static inline void jw_bool(json_writer *w, const char *key, int v) { jw_bool_k(w, key, jw_key_length(key), v); }
static inline void jw_null(json_writer *w, const char *key) { jw_null_k(w, key, jw_key_length(key)); }
static inline void jw_string(json_writer *w, const char *key, const char *s) {
  jw_string_k(w, key, jw_key_length(key), s);
}
static inline void jw_string_or_null(json_writer *w, const char *key, const char *s) {
  jw_string_or_null_k(w, key, jw_key_length(key), s);
}
static inline void jw_strings(json_writer *w, const char *key, char *const *v, int n) {
  jw_strings_k(w, key, jw_key_length(key), v, n);
}
static inline void jw_languages(json_writer *w, const char *key, const char *en, const char *fr, const char *es) {
  jw_languages_k(w, key, jw_key_length(key), en, fr, es);
}
static inline void jw_languages_kept(json_writer *w, const char *key, const char *en, const char *fr, const char *es,
                                     strbuf *store, jw_span kept[3]) {
  jw_languages_kept_k(w, key, jw_key_length(key), en, fr, es, store, kept);
}
static inline void jw_languages_copy(json_writer *w, const char *key, const strbuf *store, const jw_span kept[3]) {
  jw_languages_copy_k(w, key, jw_key_length(key), store, kept);
}

/* Would jw_string write s: not NULL and valid UTF-8?  1 or 0. */
int jw_string_ok(const char *s);

/* Write what b holds to f and empty b, so that a long document streams out
** in parts (the writer itself keeps no text).  0, or -1 if b ran out of
** memory (nothing is written then) or f reports a write error. */
int jw_flush(strbuf *b, FILE *f);

/* ---- fragments: members written once, copied as bytes afterwards ----
**
** Members that a document repeats at the same place (a rule's constant
** part of each finding of a batch) are written once by a fragment writer,
** a copy of the writer placed where they go, into a store of their own;
** afterwards jw_fragment_put copies those bytes.  The bytes depend only on
** what was written, the depth, whether the container was empty (the
** separator), and whether keys are escaped: jw_fragment_fits checks those,
** so a copy is always the bytes writing the members again would make. */
typedef struct {
  size_t off, len;              /* the bytes, store->s[off .. off + len - 1] */
  int depth;                    /* the writer's depth when they were written */
  int escape_keys;
  unsigned char empty_before;   /* the container was empty before them */
  unsigned char empty_after;    /* ... and after them (nothing was written) */
} jw_fragment;

/* Make frag a writer that writes, into store, what w would write at this
** point (w itself is left as it is), inside a container (w's depth is
** above its base); record in *f where it starts. */
void jw_fragment_begin(json_writer *frag, strbuf *store, const json_writer *w, jw_fragment *f);
/* Close *f after frag wrote its members (every container it opened closed). */
void jw_fragment_end(const json_writer *frag, jw_fragment *f);
/* Would f's bytes be what w writes now: same depth, same emptiness of the
** container, same key escaping?  1 or 0.  Inline, as jw_fragment_put: a
** batch copies tens of thousands of fragments a profile. */
static inline int jw_fragment_fits(const json_writer *w, const jw_fragment *f) {
  return w->depth > w->base && w->depth == f->depth && w->escape_keys == f->escape_keys &&
         w->empty[w->depth - 1] == f->empty_before;
}
/* Append f's bytes from store to w's output (jw_fragment_fits(w, f) holds). */
static inline void jw_fragment_put(json_writer *w, const strbuf *store, const jw_fragment *f) {
  assert(jw_fragment_fits(w, f));
  sb_putn(w->out, store->s + f->off, f->len);
  w->empty[w->depth - 1] = f->empty_after;
}

/* ---- prepared members: a member whose key and value never change ----
**
** A member such as "option": null or "missing": [] that a document writes
** thousands of times at the same place: its bytes after another member of
** the same container (the comma, the line break and indentation, the key,
** the value) are kept from the first time they are written there, at that
** depth, and copied afterwards in one move.  Elsewhere (first in its
** container, another depth, keys escaped) the member is written as any
** other.  A jw_prepared starts zeroed and serves one key and value. */
#define JW_PREPARED_MAX 64
typedef struct {
  int depth;                    /* the writer's depth when text was kept; 0: nothing kept */
  size_t len;                   /* text[0 .. len - 1] */
  char text[JW_PREPARED_MAX];
} jw_prepared;

/* The member key (klen bytes, the program's own name) with value (vlen
** bytes of JSON written as they are: null, [], {}, true, false), from
** *prep when it was kept for this place, else written (and kept in *prep
** when it fits there: after another member, keys not escaped). */
void jw_prepared_k(json_writer *w, jw_prepared *prep, const char *key, size_t klen, const char *value, size_t vlen);

/* Is s (n bytes) valid UTF-8 as Jansson judges it: no overlong form, no
** surrogate, nothing above U+10FFFF?  1 or 0. */
int jw_utf8_valid(const char *s, size_t n);

#endif

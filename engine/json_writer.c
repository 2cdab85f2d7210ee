/*
 * json_writer.c -- JSON written straight into a buffer (json_writer.h).
 */
#include "json_writer.h"

#include <assert.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A line break and the indentation of JW_MAX_DEPTH levels (2 spaces each),
** then room for the fixed-size copies of put_indent. */
#define INDENT_MAX (1 + 2 * JW_MAX_DEPTH)
#define INDENT_COPY 80
static const char line_break[INDENT_COPY] = "\n                                                                ";
_Static_assert(INDENT_MAX <= INDENT_COPY, "line_break holds every indentation");

/* A line break, then 2 * depth spaces, at p, which has INDENT_COPY bytes
** of room: one copy of a size known when compiling (inline moves, no call),
** the bytes past the indentation left for what follows to overwrite.
** depth is a writer's (0 .. JW_MAX_DEPTH: jw_init and open_container
** assert it as it is set, so no check here, where every value passes).
** Returns p past the indentation. */
static inline char *put_indent(char *p, int depth) {
  size_t indent = 1 + (size_t)depth * 2;
  if (indent <= 16) memcpy(p, line_break, 16);
  else if (indent <= 32) memcpy(p, line_break, 32);
  else memcpy(p, line_break, INDENT_COPY);
  return p + indent;
}

/* A line break, then 2 * depth spaces. */
static void newline(json_writer *w, int depth) {
  strbuf *b = w->out;
  if ((b->failed || b->len + INDENT_COPY >= b->cap) && !sb_grow(b, INDENT_COPY)) return;
  char *p = put_indent(b->s + b->len, depth);
  *p = '\0';
  b->len = (size_t)(p - b->s);
}

/* n bytes of src to dst, n at most 16, by moves of a size known when
** compiling (two that overlap): never reading or writing outside
** src[0..n-1] and dst[0..n-1]. */
static inline void copy_upto16(char *dst, const char *src, size_t n) {
  assert(n <= 16);
  if (n >= 8) {
    uint64_t head, tail;
    memcpy(&head, src, 8);
    memcpy(&tail, src + n - 8, 8);
    memcpy(dst, &head, 8);
    memcpy(dst + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    memcpy(&head, src, 4);
    memcpy(&tail, src + n - 4, 4);
    memcpy(dst, &head, 4);
    memcpy(dst + n - 4, &tail, 4);
  } else if (n >= 2) {
    uint16_t head, tail;
    memcpy(&head, src, 2);
    memcpy(&tail, src + n - 2, 2);
    memcpy(dst, &head, 2);
    memcpy(dst + n - 2, &tail, 2);
  } else if (n) {
    dst[0] = src[0];
  }
}

/* n bytes of src to dst: copy_upto16 up to 16, memcpy beyond. */
static inline void copy_short(char *dst, const char *src, size_t n) {
  if (n <= 16) copy_upto16(dst, src, n);
  else memcpy(dst, src, n);
}

static int put_string(strbuf *b, const char *s, size_t n);

/* value_start for a key from data (jw_escape_keys), escaped as a string
** is: out of line, so that the common case keeps its registers. */
static __attribute__((noinline, cold)) int escaped_key_start(json_writer *w, const char *key, size_t extra) {
  strbuf *b = w->out;
  if (w->depth > w->base) {
    int d = w->depth - 1;
    if (!w->empty[d]) sb_putc(b, ',');
    w->empty[d] = 0;
    newline(w, w->depth);
  }
  size_t klen = strlen(key);
  if (!sb_grow(b, klen + 2)) return 0;   /* room for the key as it is, quoted */
  int rc = put_string(b, key, klen);
  assert(rc == 0);                   /* the caller checked it with jw_string_ok */
  (void)rc;
  sb_putn(b, ": ", 2);
  return (!b->failed && b->len + extra < b->cap) || sb_grow(b, extra);
}

/* What goes before a value: the separator from the previous member, the
** line break and indentation, and "key": when key (klen bytes) is given;
** then room for extra more bytes and the terminator, so that the value
** itself is written without a check of its own.  One room check in all
** (keys are the program's own names, or escaped).  1, or 0 if memory ran
** out (now or before: nothing more is written then). */
static inline __attribute__((always_inline)) int value_start(json_writer *w, const char *key, size_t klen,
                                                             size_t extra) {
  strbuf *b = w->out;
  int nested = w->depth > w->base;
  if (key && w->escape_keys) return escaped_key_start(w, key, extra);   /* keys from data: escaped */
  size_t need = 1 + INDENT_COPY + (key ? klen + 4 : 0) + extra;   /* the program's own names: plain ASCII */
  if ((b->failed || b->len + need >= b->cap) && !sb_grow(b, need)) return 0;
  char *p = b->s + b->len;
  if (nested) {
    int d = w->depth - 1;
    if (!w->empty[d]) *p++ = ',';
    w->empty[d] = 0;
    p = put_indent(p, w->depth);
  }
  if (key) {
    *p++ = '"';
    copy_short(p, key, klen);
    p += klen;
    memcpy(p, "\": ", 3);
    p += 3;
  }
  *p = '\0';
  b->len = (size_t)(p - b->s);
  return 1;
}

/* Append n bytes of s where value_start made room for them. */
static inline void put_in_room(strbuf *b, const char *s, size_t n) {
  char *p = b->s + b->len;
  copy_short(p, s, n);
  p[n] = '\0';
  b->len += n;
}

void jw_init(json_writer *w, strbuf *out, int depth) {
  assert(depth >= 0 && depth < JW_MAX_DEPTH);
  w->out = out;
  w->depth = w->base = depth;
  w->escape_keys = 0;
}

void jw_escape_keys(json_writer *w) { w->escape_keys = 1; }

int jw_flush(strbuf *b, FILE *f) {
  if (sb_failed(b)) return -1;
  if (b->len && fwrite(b->s, 1, b->len, f) != b->len) return -1;
  sb_reset(b);
  return ferror(f) ? -1 : 0;
}

/* Open a container (open, closed later by close) as the value of key. */
static inline __attribute__((always_inline)) void open_container(json_writer *w, const char *key, size_t klen,
                                                                 char open, char close) {
  if (value_start(w, key, klen, 1)) put_in_room(w->out, &open, 1);
  assert(w->depth < JW_MAX_DEPTH);
  w->empty[w->depth] = 1;
  w->close[w->depth] = close;
  w->depth++;
}

void jw_object_k(json_writer *w, const char *key, size_t klen) {
  if (!key) open_container(w, NULL, 0, '{', '}');   /* an array's element: the keyless path made apart */
  else open_container(w, key, klen, '{', '}');
}

void jw_array_k(json_writer *w, const char *key, size_t klen) { open_container(w, key, klen, '[', ']'); }

void jw_empty_array_k(json_writer *w, const char *key, size_t klen) {
  if (value_start(w, key, klen, 2)) put_in_room(w->out, "[]", 2);
}

/* Close the innermost container: its closing bracket, on a line of its
** own unless it is empty. */
static inline __attribute__((always_inline)) void close_container(json_writer *w) {
  assert(w->depth > w->base);
  w->depth--;
  strbuf *b = w->out;
  if ((b->failed || b->len + INDENT_COPY + 1 >= b->cap) && !sb_grow(b, INDENT_COPY + 1)) return;
  char *p = b->s + b->len;
  if (!w->empty[w->depth]) p = put_indent(p, w->depth);
  *p++ = w->close[w->depth];
  *p = '\0';
  b->len = (size_t)(p - b->s);
}

void jw_end(json_writer *w) { close_container(w); }

void jw_int_k(json_writer *w, const char *key, size_t klen, int64_t v) {
  char digits[24], *p = digits + sizeof digits;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
  if (v < 0) *--p = '-';
  size_t n = (size_t)(digits + sizeof digits - p);
  if (value_start(w, key, klen, n)) put_in_room(w->out, p, n);
}

void jw_bool_k(json_writer *w, const char *key, size_t klen, int v) {
  if (!value_start(w, key, klen, 5)) return;
  if (v) put_in_room(w->out, "true", 4);
  else put_in_room(w->out, "false", 5);
}

void jw_null_k(json_writer *w, const char *key, size_t klen) {
  if (value_start(w, key, klen, 4)) put_in_room(w->out, "null", 4);
}

/* jw_prepared_k where prep does not serve: the member written, and kept in
** *prep when it is after another member (after_member).  Out of line, so
** that the copy keeps few registers. */
static __attribute__((noinline)) void prepared_write(json_writer *w, jw_prepared *prep, int after_member,
                                                     const char *key, size_t klen, const char *value, size_t vlen) {
  strbuf *b = w->out;
  size_t start = b->len;
  if (!value_start(w, key, klen, vlen)) return;
  put_in_room(b, value, vlen);
  if (after_member && b->len - start <= JW_PREPARED_MAX) {
    prep->len = b->len - start;
    memcpy(prep->text, b->s + start, prep->len);
    prep->depth = w->depth;
  }
}

void jw_prepared_k(json_writer *w, jw_prepared *prep, const char *key, size_t klen, const char *value, size_t vlen) {
  strbuf *b = w->out;
  int after_member = w->depth > w->base && !w->empty[w->depth - 1] && !w->escape_keys;
  if (after_member && prep->depth == w->depth && !b->failed && b->len + JW_PREPARED_MAX < b->cap) {
    memcpy(b->s + b->len, prep->text, JW_PREPARED_MAX);   /* a size known when compiling: the rest overwritten later */
    b->len += prep->len;
    b->s[b->len] = '\0';
    return;
  }
  prepared_write(w, prep, after_member, key, klen, value, vlen);
}

/* The length of the UTF-8 sequence starting at s (at most n bytes), or 0
** if it is not a valid one. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  size_t len;
  uint32_t v;
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;                      /* a continuation byte, or an overlong lead */
  if (c < 0xE0) { len = 2; v = c & 0x1F; }
  else if (c < 0xF0) { len = 3; v = c & 0x0F; }
  else if (c < 0xF5) { len = 4; v = c & 0x07; }
  else return 0;
  if (len > n) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000)) return 0;   /* overlong */
  return len;
}

int jw_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t k = utf8_sequence(p + i, n - i);
    if (!k) return 0;
    i += k;
  }
  return 1;
}

void jw_strings_k(json_writer *w, const char *key, size_t klen, char *const *v, int n) {
  if (n <= 0) {
    jw_empty_array_k(w, key, klen);
    return;
  }
  jw_array_k(w, key, klen);
  for (int i = 0; i < n; i++) jw_string(w, NULL, v[i]);
  jw_end(w);
}

int jw_string_ok(const char *s) { return s && jw_utf8_valid(s, strlen(s)); }

#if !defined(__SSE2__)
/* What a byte asks of the string writer: 0 copied as it is, 1 escaped, 2
** the lead of a UTF-8 sequence to check, 3 the terminator (never met: the
** writer knows the length). */
static const unsigned char byte_class[256] = {
  3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* " */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,  /* \ */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};
#endif

#if defined(__SSE2__)
/* Which of the 16 bytes at p the string writer must look at: bit k for
** p[k] (below 0x20, '"', '\\', or above 0x7F). */
static inline unsigned special_bytes(const unsigned char *p) {
  const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  /* signed: bytes above 0x7F are negative, so below 0x20 too */
  __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
  return (unsigned)_mm_movemask_epi8(special);
}
#endif

/* The first index from i on (below n) of a byte of s the string writer
** must look at (byte_class not 0: below 0x20, '"', '\\', or above 0x7F),
** or n.  Sixteen bytes at a time with SSE2 (x86-64), never reading past
** s[n - 1]: the last fewer than sixteen of a string of sixteen or more are
** looked at in the sixteen that end at s[n - 1] (those before i left out),
** a shorter string's bytes copied into sixteen zeros and looked at there
** (the zeros after them left out); byte by byte without SSE2. */
static size_t plain_run_end(const unsigned char *s, size_t i, size_t n) {
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    unsigned mask = special_bytes(s + i);
    if (mask) return i + (size_t)__builtin_ctz(mask);
  }
  if (i < n && n >= 16) {
    unsigned mask = special_bytes(s + n - 16) >> (i - (n - 16));   /* bit 0: s[i] */
    return mask ? i + (size_t)__builtin_ctz(mask) : n;
  }
  if (i < n) {                                   /* fewer than 16 bytes in all */
    unsigned char block[16] = { 0 };
    copy_upto16((char *)block, (const char *)s + i, n - i);
    unsigned mask = special_bytes(block) & ((1u << (n - i)) - 1);
    return mask ? i + (size_t)__builtin_ctz(mask) : n;
  }
  return n;
#else
  while (i < n && byte_class[s[i]] == 0) i++;
  return i;
#endif
}

/* s (n bytes, its strlen) as a JSON string; 0, or -1 (nothing kept of it:
** the caller takes back what the buffer holds past its old length) if not
** valid UTF-8.  One pass: runs of plain bytes found by plain_run_end and
** copied at once; a UTF-8 sequence is checked where it starts and copied
** with its run.  The caller made room for the string as it is (n bytes,
** the quotes and the terminator: b has not failed), as its two callers
** here do (string_value through value_start, escaped_key_start), unchecked
** here, where every string passes; a room check at each escape, which
** makes it longer. */
static int put_string(strbuf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, run = 0;
  char *o = b->s + b->len;                       /* room for s[run ..] and the closing quote */
  *o++ = '"';
  for (;;) {
    i = plain_run_end(p, i, n);
    if (i == n) break;
    unsigned char c = p[i];
    if (c >= 0xC2 && c < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;                                    /* a 2-byte character (accents): always valid */
      continue;
    }
    if (c >= 0x80) {                             /* written as it is, once checked */
      size_t k = utf8_sequence(p + i, n - i);
      if (!k) return -1;
      i += k;
      continue;
    }
    memcpy(o, s + run, i - run);
    o += i - run;
    size_t rest = 6 + (n - i - 1) + 1;           /* the escape, the bytes after it, the quote */
    if ((size_t)(b->s + b->cap - o) <= rest) {
      b->len = (size_t)(o - b->s);
      if (!sb_grow(b, rest)) return 0;
      o = b->s + b->len;
    }
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\b': *o++ = 'b'; break;
    case '\f': *o++ = 'f'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
      o[0] = 'u'; o[1] = '0'; o[2] = '0'; o[3] = hex[c >> 4]; o[4] = hex[c & 15];
      o += 5;
    }
    run = ++i;
  }
  copy_short(o, s + run, n - run);
  o += n - run;
  *o++ = '"';
  *o = '\0';
  b->len = (size_t)(o - b->s);
  return 0;
}

/* Take back the value written from w->out->s[len] on (its separator,
** indentation, key and part of a refused string): the buffer and the
** container's emptiness as they were before it.  A value inside a
** container starts with the ',' that value_start (or escaped_key_start)
** writes after another member and only then, so the byte at len tells
** whether the container was empty: nothing need be saved for the rare
** refusal.  Out of line: the writers keep their registers. */
static __attribute__((noinline, cold)) void refuse_value(json_writer *w, size_t len) {
  if (w->depth > w->base) w->empty[w->depth - 1] = w->out->s[len] != ',';
  w->out->len = len;
  w->out->s[len] = '\0';
}

/* s (not NULL) as a value, escaped; left out (with its key) when not
** valid UTF-8.  Inline in each writer of strings, so that a literal key's
** length and copy are worked out when compiling. */
static inline __attribute__((always_inline)) void string_value(json_writer *w, const char *key, size_t klen,
                                                               const char *s) {
  size_t len = w->out->len;                      /* to take it all back if s is refused */
  size_t n = strlen(s);
  if (!value_start(w, key, klen, n + 2)) return;   /* room for s as it is, quoted */
  if (put_string(w->out, s, n) != 0 && !w->out->failed) refuse_value(w, len);
}

void jw_string_or_null_k(json_writer *w, const char *key, size_t klen, const char *s) {
  if (!s) jw_null_k(w, key, klen);
  else string_value(w, key, klen, s);
}

void jw_string_k(json_writer *w, const char *key, size_t klen, const char *s) {
  if (s) string_value(w, key, klen, s);
}

/* The member "code": s (code two letters, s not NULL) of the languages
** object w has open, after another member when after: string_value's
** bytes, with what a languages object knows taken as known (nested; a
** two-letter code, the same escaped or not).  When kept is given, s's
** quoted, escaped bytes are also appended to store and *kept says where
** (its len 0 if s was refused).  1 if written, 0 if s was refused (nothing
** of it kept) or memory ran out. */
static inline __attribute__((always_inline)) int language_member(json_writer *w, const char *code, const char *s,
                                                                 int after, strbuf *store, jw_span *kept) {
  strbuf *b = w->out;
  size_t len = b->len, n = strlen(s);
  size_t need = 1 + INDENT_COPY + 6 + n + 2;     /* the comma, indentation, "xx": and s quoted */
  if ((b->failed || len + need >= b->cap) && !sb_grow(b, need)) return 0;
  char *p = b->s + len;
  *p = ',';
  p = put_indent(p + (after != 0), w->depth);
  memcpy(p, "\"xx\": ", 6);
  p[1] = code[0];
  p[2] = code[1];
  b->len = (size_t)(p + 6 - b->s);
  size_t start = b->len;
  if (put_string(b, s, n) == 0) {
    if (kept && !b->failed) {
      kept->off = store->len;
      kept->len = b->len - start;
      sb_putn(store, b->s + start, kept->len);
    }
    return 1;
  }
  if (!b->failed) {
    b->len = len;
    b->s[len] = '\0';
  }
  return 0;
}

void jw_languages_k(json_writer *w, const char *key, size_t klen, const char *en, const char *fr, const char *es) {
  open_container(w, key, klen, '{', '}');
  int written = 0;
  if (en) written = language_member(w, "en", en, 0, NULL, NULL);
  if (fr) written |= language_member(w, "fr", fr, written, NULL, NULL);
  if (es) written |= language_member(w, "es", es, written, NULL, NULL);
  w->empty[w->depth - 1] = !written;
  close_container(w);
}

void jw_languages_kept_k(json_writer *w, const char *key, size_t klen, const char *en, const char *fr,
                         const char *es, strbuf *store, jw_span kept[3]) {
  const char *const text[3] = { en, fr, es };
  static const char code[3][3] = { "en", "fr", "es" };
  open_container(w, key, klen, '{', '}');
  int written = 0;
  for (int l = 0; l < 3; l++) {
    kept[l].off = kept[l].len = 0;
    if (text[l]) written |= language_member(w, code[l], text[l], written, store, &kept[l]);
  }
  w->empty[w->depth - 1] = !written;
  close_container(w);
}

void jw_languages_copy_k(json_writer *w, const char *key, size_t klen, const strbuf *store, const jw_span kept[3]) {
  static const char code[3][3] = { "en", "fr", "es" };
  open_container(w, key, klen, '{', '}');
  strbuf *b = w->out;
  int written = 0;
  for (int l = 0; l < 3; l++) {
    size_t n = kept[l].len;
    if (!n) continue;
    size_t need = 1 + INDENT_COPY + 6 + n;       /* the comma, indentation, "xx": and the string */
    if ((b->failed || b->len + need >= b->cap) && !sb_grow(b, need)) break;   /* out of memory: closed, nothing more written */
    char *p = b->s + b->len;
    *p = ',';
    p = put_indent(p + written, w->depth);
    memcpy(p, "\"xx\": ", 6);
    p[1] = code[l][0];
    p[2] = code[l][1];
    p += 6;
    memcpy(p, store->s + kept[l].off, n);
    p[n] = '\0';
    b->len = (size_t)(p + n - b->s);
    written = 1;
  }
  w->empty[w->depth - 1] = !written;
  close_container(w);
}

void jw_fragment_begin(json_writer *frag, strbuf *store, const json_writer *w, jw_fragment *f) {
  assert(w->depth > w->base);
  *frag = *w;
  frag->out = store;
  f->off = store->len;
  f->len = 0;
  f->depth = w->depth;
  f->escape_keys = w->escape_keys;
  f->empty_before = f->empty_after = w->empty[w->depth - 1];
}

void jw_fragment_end(const json_writer *frag, jw_fragment *f) {
  assert(frag->depth == f->depth);
  f->len = frag->out->len - f->off;
  f->empty_after = frag->empty[frag->depth - 1];
}


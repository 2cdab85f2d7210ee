/*
 * strbuf.c -- growable strings.
 */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char empty_string[1];

void sb_init(strbuf *b) {
  b->s = empty_string;
  b->len = b->cap = 0;
  b->failed = 0;
}

void sb_free(strbuf *b) {
  if (b->cap) free(b->s);
  sb_init(b);
}

void sb_reset(strbuf *b) {
  b->len = 0;
  if (b->cap) b->s[0] = '\0';
}

int sb_grow(strbuf *b, size_t n) {
  if (b->failed) return 0;
  if (b->len + n + 1 <= b->cap) return 1;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + n + 1) {
    if (cap > ((size_t)-1) / 2) { b->failed = 1; return 0; }
    cap *= 2;
  }
  char *s = realloc(b->cap ? b->s : NULL, cap);
  if (!s) { b->failed = 1; return 0; }
  if (!b->cap) s[0] = '\0';
  b->s = s;
  b->cap = cap;
  return 1;
}

void sb_puts(strbuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_vprintf(strbuf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) { b->failed = 1; return; }
  if (!sb_grow(b, (size_t)n)) return;
  vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void sb_printf(strbuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(b, fmt, ap);
  va_end(ap);
}

int sb_failed(const strbuf *b) { return b->failed; }

char *sb_take(strbuf *b) {
  char *s;
  if (b->failed) { sb_free(b); return NULL; }
  if (!b->cap) s = calloc(1, 1);
  else s = b->s;
  sb_init(b);
  return s;
}

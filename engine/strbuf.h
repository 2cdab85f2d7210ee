/*
 * strbuf.h -- a growable string, the one buffer type reports and messages use.
 *
 * Allocation failure is sticky: the buffer records it, further appends do
 * nothing, and sb_failed() tells the caller, who reports "out of memory" once.
 */
#ifndef LX_STRBUF_H
#define LX_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct {
  char *s;       /* NUL-terminated contents (never NULL after sb_init) */
  size_t len;
  size_t cap;
  int failed;    /* an allocation failed */
} strbuf;

void sb_init(strbuf *b);
void sb_free(strbuf *b);
void sb_reset(strbuf *b);
/* Append n bytes of s (or one byte c).  The common case, room already
** there, is inline: the reports append millions of short pieces. */
static inline void sb_putn(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
static inline void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *b, const char *fmt, va_list ap);
int sb_failed(const strbuf *b);
/* Hand the contents to the caller (malloc'd) and reset the buffer; NULL if
** an allocation had failed. */
char *sb_take(strbuf *b);

/* Make room for n more bytes plus the terminator; 1, or 0 if an allocation
** failed (now or before).  The slow path of the appends below. */
int sb_grow(strbuf *b, size_t n);

static inline void sb_putn(strbuf *b, const char *s, size_t n) {
  if ((b->failed || b->len + n >= b->cap) && !sb_grow(b, n)) return;   /* >=: room for the terminator */
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static inline void sb_putc(strbuf *b, char c) {
  if ((b->failed || b->len + 1 >= b->cap) && !sb_grow(b, 1)) return;
  b->s[b->len++] = c;
  b->s[b->len] = '\0';
}

#endif

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

typedef struct {
  char *s;       /* NUL-terminated contents (never NULL after sb_init) */
  size_t len;
  size_t cap;
  int failed;    /* an allocation failed */
} strbuf;

void sb_init(strbuf *b);
void sb_free(strbuf *b);
void sb_reset(strbuf *b);
void sb_putn(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *b, const char *fmt, va_list ap);
int sb_failed(const strbuf *b);
/* Hand the contents to the caller (malloc'd) and reset the buffer; NULL if
** an allocation had failed. */
char *sb_take(strbuf *b);

#endif

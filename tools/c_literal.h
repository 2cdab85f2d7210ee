/*
 * c_literal.h -- build tools: bytes written as a C string literal, and
 * strings gathered into one (shared by tools/precompile.c, tools/declare.c
 * and tools/embed_schema.c).
 */
#ifndef LX_TOOLS_C_LITERAL_H
#define LX_TOOLS_C_LITERAL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* bytes as a C string literal, split into lines of adjacent literals; every
** byte that is not plain printable ASCII written as a 3-digit octal escape. */
static void write_literal(FILE *out, const unsigned char *bytes, size_t len) {
  size_t col = 0;
  fputs("\n  \"", out);
  for (size_t i = 0; i < len; i++) {
    unsigned c = bytes[i];
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') { fputc((int)c, out); col++; }
    else { fprintf(out, "\\%03o", c); col += 4; }
    if (col >= 96 && i + 1 < len) { fputs("\"\n  \"", out); col = 0; }
  }
  fputc('"', out);
}

/* Strings gathered for one C literal, each NUL-terminated, named by their
** offsets (generated tables without pointers: no relocation at start). */
typedef struct {
  char *s;
  size_t len, cap;
} byte_pool;

/* Append s[0..len) and a NUL to p; its offset.  Exits when memory runs out
** (a build tool). */
static inline size_t pool_add(byte_pool *p, const char *s, size_t len) {
  if (p->len + len + 1 > p->cap) {
    size_t cap = p->cap ? p->cap : 4096;
    while (p->len + len + 1 > cap) cap *= 2;
    char *ns = realloc(p->s, cap);
    if (!ns) { fputs("out of memory\n", stderr); exit(1); }
    p->s = ns;
    p->cap = cap;
  }
  size_t at = p->len;
  memcpy(p->s + at, s, len);
  p->s[at + len] = '\0';
  p->len += len + 1;
  return at;
}

#endif

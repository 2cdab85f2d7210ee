/*
 * c_literal.h -- build tools: bytes written as a C string literal (shared by
 * tools/precompile.c and tools/declare.c).
 */
#ifndef LX_TOOLS_C_LITERAL_H
#define LX_TOOLS_C_LITERAL_H

#include <stdio.h>

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

#endif

/*
 * diag.c -- lists of input problems, and the one place messages are
 * formatted (see diag.h): untrusted strings are cleaned and shortened here.
 */
#include "diag.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

void diag_init(diag_list *d) { memset(d, 0, sizeof *d); }

void diag_free(diag_list *d) {
  for (size_t i = 0; i < d->n; i++) {
    free(d->items[i].file);
    free(d->items[i].key);
    free(d->items[i].message);
  }
  free(d->items);
  diag_init(d);
}

void diag_add(diag_list *d, const char *file, int line, const char *key, const char *fmt, ...) {
  if (d->n == d->cap) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    diag *items = realloc(d->items, cap * sizeof *items);
    if (!items) { d->oom = 1; return; }
    d->items = items;
    d->cap = cap;
  }
  char message[2600];
  va_list ap;
  va_start(ap, fmt);
  diag_vformat(message, sizeof message, fmt, ap);
  va_end(ap);
  diag *p = &d->items[d->n];
  p->file = strdup(file ? file : "");
  p->key = key ? strdup(key) : NULL;
  p->message = strdup(message);
  p->line = line;
  if (!p->file || !p->message || (key && !p->key)) {
    free(p->file); free(p->key); free(p->message);
    d->oom = 1;
    return;
  }
  d->n++;
}

void diag_format(const diag *p, char *buf, size_t size) {
  if (p->line > 0 && p->key)
    diag_sformat(buf, size, "%s:%d: %s: %.*s", p->file, p->line, p->key, (int)size, p->message);
  else if (p->line > 0)
    diag_sformat(buf, size, "%s:%d: %.*s", p->file, p->line, (int)size, p->message);
  else if (p->key)
    diag_sformat(buf, size, "%s: %s: %.*s", p->file, p->key, (int)size, p->message);
  else
    diag_sformat(buf, size, "%s: %.*s", p->file, (int)size, p->message);
}

void diag_print(const diag_list *d, FILE *f) {
  char buf[4096];
  for (size_t i = 0; i < d->n; i++) {
    diag_format(&d->items[i], buf, sizeof buf);
    fprintf(f, "%s\n", buf);
  }
  if (d->oom) fprintf(f, "(out of memory while recording further problems)\n");
}

/* ---------------------------------------------------------------------- */
/* Cleaning untrusted strings                                              */
/* ---------------------------------------------------------------------- */

/* A code point a terminal or a bidirectional renderer acts upon: C1
** controls, the Arabic letter mark, LRM/RLM, line and paragraph separators,
** embeddings, overrides and isolates. */
static int invisible_control(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
         (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The next character of [p, end) as a message shows it, into unit (at
** least 16 bytes); returns the bytes of input it stands for (>= 1) and sets
** *ulen. */
static size_t next_unit(const unsigned char *p, const unsigned char *end, char *unit, size_t *ulen) {
  unsigned char c = p[0];
  size_t need = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
  if (need == 1) {
    if (c < 0x20 || c == 0x7f) { *ulen = (size_t)snprintf(unit, 16, "\\x%02x", c); return 1; }
    unit[0] = (char)c;
    *ulen = 1;
    return 1;
  }
  uint32_t cp = 0;
  int valid = need > 0 && (size_t)(end - p) >= need;
  if (valid) {
    cp = c & (0x7f >> need);
    for (size_t i = 1; i < need; i++) {
      if ((p[i] & 0xc0) != 0x80) { valid = 0; break; }
      cp = cp << 6 | (p[i] & 0x3f);
    }
  }
  static const uint32_t least[5] = { 0, 0, 0x80, 0x800, 0x10000 };   /* no overlong forms */
  if (valid && (cp < least[need] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) valid = 0;
  if (!valid) { *ulen = (size_t)snprintf(unit, 16, "\\x%02x", c); return 1; }
  if (invisible_control(cp)) { *ulen = (size_t)snprintf(unit, 16, "\\u%04x", (unsigned)cp); return need; }
  memcpy(unit, p, need);
  *ulen = need;
  return need;
}

const char *diag_clean(const char *s, size_t n, size_t max, char *out, size_t size) {
  if (size == 0) return out;
  if (!s) s = "(null)";
  const unsigned char *p = (const unsigned char *)s, *end = p;
  while ((size_t)(end - p) < n && *end) end++;     /* the string ends at a NUL or after n bytes */
  if (max > size - 1) max = size - 1;
  if ((size_t)(end - p) <= max) {                    /* printable ASCII only: every byte shows as itself */
    const unsigned char *q = p;
    while (q < end && *q >= 0x20 && *q < 0x7f) q++;
    if (q == end) {
      memcpy(out, p, (size_t)(end - p));
      out[end - p] = '\0';
      return out;
    }
  }
  char unit[16];
  size_t ulen, total = 0;
  for (const unsigned char *q = p; q < end; total += ulen) q += next_unit(q, end, unit, &ulen);
  size_t o = 0;
  if (total <= max) {
    for (const unsigned char *q = p; q < end;) {
      q += next_unit(q, end, unit, &ulen);
      memcpy(out + o, unit, ulen);
      o += ulen;
    }
    out[o] = '\0';
    return out;
  }
  /* shortened: the head, "...", then the tail, each of whole characters */
  size_t head_max = max > 3 ? (max - 3) / 2 : 0, tail_max = max > 3 ? max - 3 - head_max : 0;
  const unsigned char *q = p;
  while (q < end) {
    size_t k = next_unit(q, end, unit, &ulen);
    if (o + ulen > head_max) break;
    memcpy(out + o, unit, ulen);
    o += ulen;
    q += k;
  }
  memcpy(out + o, "...", 3);
  o += 3;
  size_t skipped = 0;                                /* escaped length of what lies before the tail */
  for (q = p; q < end && total - skipped > tail_max;) {
    q += next_unit(q, end, unit, &ulen);
    skipped += ulen;
  }
  while (q < end) {
    q += next_unit(q, end, unit, &ulen);
    memcpy(out + o, unit, ulen);
    o += ulen;
  }
  out[o] = '\0';
  return out;
}

/* ---------------------------------------------------------------------- */
/* Formatting messages                                                     */
/* ---------------------------------------------------------------------- */

/* Append text to buf (size bytes, *len used), truncating at the end;
** *cut set when it did. */
static void put(char *buf, size_t size, size_t *len, const char *text, int *cut) {
  size_t n = strlen(text);
  if (n > size - 1 - *len) { n = size - 1 - *len; *cut = 1; }
  memcpy(buf + *len, text, n);
  *len += n;
  buf[*len] = '\0';
}

/* "%s" or "%-Ns" with width N (spec, as diag_vformat built it) of text into
** piece (size bytes), as snprintf would, when the text padded fits; returns
** 1 when done, 0 for any other spec (snprintf does it). */
static int pad_text(char *piece, size_t size, const char *spec, int width, const char *text) {
  const char *w = spec + 1;
  int left = *w == '-';
  if (left) w++;
  if (*w < '1' || *w > '9') return 0;                /* no flag but '-', a width */
  while (*w >= '0' && *w <= '9') w++;
  if (w[0] != 's' || w[1] != '\0') return 0;
  size_t n = strlen(text), pad = (size_t)width > n ? (size_t)width - n : 0;
  if (n + pad >= size) return 0;
  char *o = piece;
  if (!left) { memset(o, ' ', pad); o += pad; }
  memcpy(o, text, n);
  o += n;
  if (left) { memset(o, ' ', pad); o += pad; }
  *o = '\0';
  return 1;
}

/* v in decimal into out (at least 12 bytes), as "%d" writes it. */
static void decimal(char *out, int v) {
  char digits[12];
  size_t n = 0;
  unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
  do { digits[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (v < 0) *out++ = '-';
  while (n) *out++ = digits[--n];
  *out = '\0';
}

int diag_vformat(char *buf, size_t size, const char *fmt, va_list ap) {
  size_t len = 0;
  int cut = 0;
  if (size == 0) return 1;
  buf[0] = '\0';
  while (*fmt) {
    const char *pct = strchr(fmt, '%');
    size_t lit = pct ? (size_t)(pct - fmt) : strlen(fmt);
    if (lit) {
      char chunk[256];
      while (lit) {
        size_t k = lit < sizeof chunk - 1 ? lit : sizeof chunk - 1;
        memcpy(chunk, fmt, k);
        chunk[k] = '\0';
        put(buf, size, &len, chunk, &cut);
        fmt += k;
        lit -= k;
      }
    }
    if (!pct) break;
    /* one conversion: %[flags][width][.precision][length]conversion */
    char spec[32], piece[DIAG_ARG_MAX * 4 + 64];
    size_t sl = 0;
    int width = -1, precision = -1;
    const char *f = pct + 1;
    spec[sl++] = '%';
    while (*f && strchr("-+ #0", *f) && sl < 8) spec[sl++] = *f++;
    if (*f == '*') { width = va_arg(ap, int); f++; }
    else while (*f >= '0' && *f <= '9') { width = (width < 0 ? 0 : width * 10) + (*f++ - '0'); if (width > 4096) width = 4096; }
    if (*f == '.') {
      f++;
      precision = 0;
      if (*f == '*') { precision = va_arg(ap, int); f++; }
      else while (*f >= '0' && *f <= '9') { precision = precision * 10 + (*f++ - '0'); if (precision > (1 << 24)) precision = 1 << 24; }
    }
    char lenmod[3] = "";
    if (*f == 'h' || *f == 'l') { lenmod[0] = *f++; if (*f == lenmod[0]) lenmod[1] = *f++; }
    else if (*f == 'z' || *f == 'j' || *f == 't' || *f == 'L') lenmod[0] = *f++;
    char conv = *f ? *f++ : '\0';
    if (width >= 0) sl += (size_t)snprintf(spec + sl, sizeof spec - sl, "%d", width);
    if (precision >= 0 && conv != 's') sl += (size_t)snprintf(spec + sl, sizeof spec - sl, ".%d", precision);
    for (const char *m = lenmod; *m; m++) spec[sl++] = *m;
    spec[sl++] = conv;
    spec[sl] = '\0';
    piece[0] = '\0';
    switch (conv) {
      case 's': {
        char cleaned[DIAG_ARG_MAX * 4 + 32];
        const char *s = va_arg(ap, const char *);
        if (precision >= 0) {
          size_t n = s ? strnlen(s, (size_t)precision) : 6;
          char *big = malloc(n * 4 + 16);                    /* every byte may become "\xNN" */
          if (big) {
            diag_clean(s, n, n * 4 + 15, big, n * 4 + 16);
            put(buf, size, &len, big, &cut);
            free(big);
          } else {
            put(buf, size, &len, diag_clean(s, (size_t)precision, DIAG_ARG_MAX, cleaned, sizeof cleaned), &cut);
          }
          fmt = f;
          continue;
        }
        diag_clean(s, SIZE_MAX, DIAG_ARG_MAX, cleaned, sizeof cleaned);
        if (sl == 2) {                                   /* plain "%s": the cleaned text as it is */
          put(buf, size, &len, cleaned, &cut);
          fmt = f;
          continue;
        }
        if (pad_text(piece, sizeof piece, spec, width, cleaned)) break;
        snprintf(piece, sizeof piece, spec, cleaned);
        break;
      }
      case 'd': case 'i':
        if (sl == 2) decimal(piece, va_arg(ap, int));   /* plain "%d" */
        else if (!strcmp(lenmod, "ll")) snprintf(piece, sizeof piece, spec, va_arg(ap, long long));
        else if (!strcmp(lenmod, "l")) snprintf(piece, sizeof piece, spec, va_arg(ap, long));
        else if (!strcmp(lenmod, "z")) snprintf(piece, sizeof piece, spec, va_arg(ap, ssize_t));
        else if (!strcmp(lenmod, "j")) snprintf(piece, sizeof piece, spec, va_arg(ap, intmax_t));
        else if (!strcmp(lenmod, "t")) snprintf(piece, sizeof piece, spec, va_arg(ap, ptrdiff_t));
        else snprintf(piece, sizeof piece, spec, va_arg(ap, int));
        break;
      case 'u': case 'x': case 'X': case 'o':
        if (!strcmp(lenmod, "ll")) snprintf(piece, sizeof piece, spec, va_arg(ap, unsigned long long));
        else if (!strcmp(lenmod, "l")) snprintf(piece, sizeof piece, spec, va_arg(ap, unsigned long));
        else if (!strcmp(lenmod, "z")) snprintf(piece, sizeof piece, spec, va_arg(ap, size_t));
        else if (!strcmp(lenmod, "j")) snprintf(piece, sizeof piece, spec, va_arg(ap, uintmax_t));
        else if (!strcmp(lenmod, "t")) snprintf(piece, sizeof piece, spec, va_arg(ap, ptrdiff_t));
        else snprintf(piece, sizeof piece, spec, va_arg(ap, unsigned));
        break;
      case 'c': {
        char ch[2] = { (char)va_arg(ap, int), '\0' };
        diag_clean(ch, 1, 16, piece, sizeof piece);
        break;
      }
      case 'f': case 'F': case 'g': case 'G': case 'e': case 'E': case 'a': case 'A':
        if (lenmod[0] == 'L') snprintf(piece, sizeof piece, spec, va_arg(ap, long double));
        else snprintf(piece, sizeof piece, spec, va_arg(ap, double));
        break;
      case 'p': snprintf(piece, sizeof piece, spec, va_arg(ap, void *)); break;
      case '%': snprintf(piece, sizeof piece, "%%"); break;
      default: snprintf(piece, sizeof piece, "?"); break;   /* %n and the unknown: never */
    }
    put(buf, size, &len, piece, &cut);
    fmt = f;
  }
  return cut;
}

void diag_sformat(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  diag_vformat(buf, size, fmt, ap);
  va_end(ap);
}

int diag_printf(FILE *f, const char *fmt, ...) {
  char small[8192], *buf = small;
  size_t size = sizeof small;
  for (;;) {                                   /* a long text ("%.*s") gets the room it needs */
    va_list ap;
    va_start(ap, fmt);
    int cut = diag_vformat(buf, size, fmt, ap);
    va_end(ap);
    if (!cut || size >= (64u << 20)) break;
    char *bigger = malloc(size * 4);
    if (!bigger) break;
    if (buf != small) free(buf);
    buf = bigger;
    size *= 4;
  }
  int rc = fputs(buf, f) < 0 ? -1 : 0;
  if (buf != small) free(buf);
  return rc;
}

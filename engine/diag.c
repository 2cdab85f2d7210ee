/*
 * diag.c -- lists of input problems.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
  vsnprintf(message, sizeof message, fmt, ap);
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
    snprintf(buf, size, "%s:%d: %s: %s", p->file, p->line, p->key, p->message);
  else if (p->line > 0)
    snprintf(buf, size, "%s:%d: %s", p->file, p->line, p->message);
  else if (p->key)
    snprintf(buf, size, "%s: %s: %s", p->file, p->key, p->message);
  else
    snprintf(buf, size, "%s: %s", p->file, p->message);
}

void diag_print(const diag_list *d, FILE *f) {
  char buf[4096];
  for (size_t i = 0; i < d->n; i++) {
    diag_format(&d->items[i], buf, sizeof buf);
    fprintf(f, "%s\n", buf);
  }
  if (d->oom) fprintf(f, "(out of memory while recording further problems)\n");
}

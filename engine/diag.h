/*
 * diag.h -- problems found in an input file, formatted once where they are
 * shown: "file:line: key.path: message".
 */
#ifndef LX_DIAG_H
#define LX_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
  char *file;      /* the input file */
  int line;        /* 0 when the problem concerns the whole file */
  char *key;       /* key path inside the file ("offences.x.conduct[2]"), or NULL */
  char *message;
} diag;

typedef struct {
  diag *items;
  size_t n, cap;
  int oom;         /* an allocation failed while recording a problem */
} diag_list;

void diag_init(diag_list *d);
void diag_free(diag_list *d);
void diag_add(diag_list *d, const char *file, int line, const char *key, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));
/* Print every problem, one per line, to f. */
void diag_print(const diag_list *d, FILE *f);
/* One problem as a line (no newline) into buf. */
void diag_format(const diag *p, char *buf, size_t size);

#endif

/*
 * diag.h -- problems found in an input file, and every message shown to a
 * person, formatted here and only here: "file:line: key.path: message".
 *
 * Profiles, rule files, databases and command-line arguments are untrusted:
 * any string of theirs that reaches a message goes through diag_clean, so
 * that an escape sequence, a bidirectional override or a 100 KB argument
 * cannot reach the terminal raw or push the reason out of the message.
 * diag_add, diag_format, diag_vformat and diag_printf clean every string
 * they are given; callers never print untrusted text with fprintf.
 */
#ifndef LX_DIAG_H
#define LX_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* The most bytes of one untrusted string (a path, a key, an argument) that a
** message shows; longer ones are shortened in the middle. */
#define DIAG_ARG_MAX 512

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
/* Record a problem; the message is formatted with diag_vformat (its %s
** arguments cleaned and shortened). */
void diag_add(diag_list *d, const char *file, int line, const char *key, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));
/* Print every problem, one per line, to f. */
void diag_print(const diag_list *d, FILE *f);
/* One problem as a line (no newline) into buf: file and key cleaned and
** shortened to DIAG_ARG_MAX bytes each, the message cleaned. */
void diag_format(const diag *p, char *buf, size_t size);

/* Copy the untrusted string s, at most n bytes of it (it need not be
** NUL-terminated within them), into out (size bytes, always terminated) as
** a message shows it: control characters (C0, DEL, C1), bidirectional and
** line-separator controls, and bytes that are not UTF-8 become visible
** escapes ("\x1b", "\u202e"); when that text is longer than max bytes, its
** middle is replaced by "...", so that both ends of a long path survive.
** Returns out. */
const char *diag_clean(const char *s, size_t n, size_t max, char *out, size_t size);

/* vsnprintf for messages: the format is trusted, every %s argument is not:
** "%s" shows it through diag_clean shortened to DIAG_ARG_MAX bytes; "%.*s"
** and "%.Ns" show at most N bytes of it, cleaned, unshortened (for a message
** already made of cleaned parts).  Other conversions as printf.  Returns 1
** when the message was cut to fit size, else 0. */
int diag_vformat(char *buf, size_t size, const char *fmt, va_list ap);
void diag_sformat(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* One message to f, formatted by diag_vformat, in full however long its
** "%.*s" parts (up to 64 MiB).  Returns 0, or -1 when it could not be
** written. */
int diag_printf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif

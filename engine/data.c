/*
 * data.c -- reader for the data-only subset of Lua used by data files.
 *
 * A lexer modelled on Lua's llex.c (so numbers, strings and comments read
 * exactly as Lua reads them) and a recursive-descent parser for
 *
 *   file  ::= ['return' value [';'] | value] <eof>
 *   value ::= 'nil' | 'true' | 'false' | ['-'] Number | String | table
 *   table ::= '{' [field {sep field} [sep]] '}'        sep ::= ',' | ';'
 *   field ::= Name '=' value | '[' value ']' '=' value | value
 *
 * Nothing is ever evaluated: any other construct is a syntax error.
 */
#include "data.h"
#include "infile.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lx.h"

#define MSG_EXPR "function calls and expressions are not allowed in a data file"
#define MSG_OOM "out of memory"

/* Source bytes quoted in a "near '...'" message, and room for the quote. */
#define NEAR_MAX 40
#define NEAR_BUF (NEAR_MAX + 8)

/* Longest numeral handed to strtod (as Lua's L_MAXLENNUM). */
#define NUM_MAX 200

/* Tokens other than single characters, which stand for themselves. */
enum {
  TK_EOF = 256, TK_NAME, TK_STRING, TK_INT, TK_FLT,
  TK_NIL, TK_TRUE, TK_FALSE, TK_RETURN, TK_FUNCTION, TK_NOT, TK_AND, TK_OR,
  TK_RESERVED,   /* any other reserved word */
  TK_CONCAT,     /* .. */
  TK_DOTS,       /* ... */
  TK_OP          /* == ~= <= >= // :: << >> */
};

static const struct { const char *word; int tk; } lex_reserved[] = {
  {"and", TK_AND}, {"break", TK_RESERVED}, {"do", TK_RESERVED},
  {"else", TK_RESERVED}, {"elseif", TK_RESERVED}, {"end", TK_RESERVED},
  {"false", TK_FALSE}, {"for", TK_RESERVED}, {"function", TK_FUNCTION},
  {"goto", TK_RESERVED}, {"if", TK_RESERVED}, {"in", TK_RESERVED},
  {"local", TK_RESERVED}, {"nil", TK_NIL}, {"not", TK_NOT}, {"or", TK_OR},
  {"repeat", TK_RESERVED}, {"return", TK_RETURN}, {"then", TK_RESERVED},
  {"true", TK_TRUE}, {"until", TK_RESERVED}, {"while", TK_RESERVED}
};

/* The reserved words of each first byte and length, a range of
** lex_reserved (words alike in both stand side by side there, as the list
** is in alphabetical order): filled once (lex_tables_fill). */
#define RESERVED_LONGEST 8   /* "function" */
static unsigned char reserved_from[256][RESERVED_LONGEST + 1];
static unsigned char reserved_count[256][RESERVED_LONGEST + 1];

static void lex_reserved_fill(void) {
  for (unsigned char i = 0; i < sizeof lex_reserved / sizeof lex_reserved[0]; i++) {
    unsigned char c = (unsigned char)lex_reserved[i].word[0];
    size_t n = strlen(lex_reserved[i].word);
    if (!reserved_count[c][n]) reserved_from[c][n] = i;
    reserved_count[c][n]++;
  }
}

/* The token of the name [s, s+n): its reserved word's, else TK_NAME.  Only
** the reserved words of its first byte and of its length are compared (a
** name longer than every reserved word, as most keys are, none). */
static int lex_reserved_token(const char *s, size_t n) {
  if (n > RESERVED_LONGEST) return TK_NAME;
  unsigned char c = (unsigned char)s[0];
  for (unsigned i = reserved_from[c][n], end = i + reserved_count[c][n]; i < end; i++)
    if (memcmp(lex_reserved[i].word, s, n) == 0) return lex_reserved[i].tk;
  return TK_NAME;
}

typedef struct {
  const char *p;         /* next unread byte */
  const char *end;       /* one past the last byte */
  int line;              /* line of p */
  int tk;                /* current token */
  int tkline;            /* line where the current token starts */
  const char *tkstart;   /* raw source text of the current token */
  size_t tklen;
  long long ival;        /* value of a TK_INT */
  double nval;           /* value of a TK_FLT */
  const char *str;       /* the bytes of a TK_STRING: in the source, or buf */
  size_t slen;
  char *buf;             /* decoded contents of a TK_STRING with escapes or line breaks */
  size_t blen, bcap;
  int depth;             /* tables currently open */
  int prevline;          /* line where the previous token ended */
  int failed;            /* an error has been recorded in err */
  data_error *err;
  data_step steps[DATA_MAX_DEPTH + 2];   /* path of the field being read: a step per table open, */
  size_t nsteps;                         /* and one for the field named by a message */
  data_blocks **blocks;  /* the tree is carved from these, or NULL: malloc */
  data_field *open_fields;   /* the fields of the tables being read, the innermost's last: */
  size_t nopen, capopen;     /* each table's are copied out, at their final number, when it closes */
  int keys_known_unique;     /* bytes that parsed before: no duplicate check (parse_in) */
} lex_state;

/* Keys seen in the table being parsed: open addressing over field
** positions (position + 1; 0 marks an empty slot).  The first slots are
** the set's own (most tables hold a few fields: no allocation for them). */
#define KEYSET_INLINE 16
#define KEYSET_LINEAR 16   /* fewer fields than this: searched one by one (parse_find_duplicate) */
typedef struct {
  size_t *slot;          /* NULL, inline_slot, or allocated */
  size_t cap;            /* 0 or a power of two */
  size_t count;
  size_t inline_slot[KEYSET_INLINE];
} parse_keyset;

/*
** Lexer
*/

static int lex_is_digit(int c) { return c >= '0' && c <= '9'; }
static int lex_is_alpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static int lex_is_alnum(int c) { return lex_is_alpha(c) || lex_is_digit(c); }
static int lex_is_xdigit(int c) {
  return lex_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lex_xvalue(int c) {
  return lex_is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}
static int lex_is_newline(int c) { return c == '\n' || c == '\r'; }
static int lex_is_space(int c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || lex_is_newline(c);
}

/* lex_is_alnum of every byte, filled once (lex_tables_fill): a name's bytes
** are scanned with one load each. */
static unsigned char lex_name_byte[256];

static void lex_tables_fill(void) {
  static int ready;
  if (ready) return;
  for (int c = 0; c < 256; c++) lex_name_byte[c] = (unsigned char)lex_is_alnum(c);
  lex_reserved_fill();
  ready = 1;
}

/* The key path of ls's steps as a message names it ("a.b[2].c"), into out
** (size bytes): ".key" or "[index]" a step, each cut to the room left as
** snprintf would cut it. */
static void parse_key_text(const lex_state *ls, char *out, size_t size) {
  size_t len = 0, n = ls->nsteps < sizeof ls->steps / sizeof ls->steps[0] ? ls->nsteps
                                                                       : sizeof ls->steps / sizeof ls->steps[0];
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    const data_step *st = &ls->steps[i];
    if (!st->key) {
      snprintf(out + len, size - len, "[%lld]", st->index);
      len += strlen(out + len);
      continue;
    }
    size_t at = len, room = size - 1;
    if (len && at < room) out[at++] = '.';
    size_t kn = strlen(st->key);
    if (kn > room - at) kn = room - at;
    memcpy(out + at, st->key, kn);
    out[at + kn] = '\0';
    len = at + kn;
  }
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void lex_error(lex_state *ls, int line, const char *fmt, ...) {
  va_list ap;
  if (!ls->failed) {
    ls->failed = 1;
    ls->err->line = line;
    parse_key_text(ls, ls->err->key, sizeof ls->err->key);
    va_start(ap, fmt);
    vsnprintf(ls->err->message, sizeof ls->err->message, fmt, ap);
    va_end(ap);
  }
}

/* Quote n source bytes for a message: at most NEAR_MAX of them, control
** bytes shown as '?'.  out must hold NEAR_BUF bytes. */
static const char *lex_quote(const char *s, size_t n, char *out) {
  size_t i, k = 0;
  out[k++] = '\'';
  for (i = 0; i < n && i < NEAR_MAX; i++) {
    unsigned char c = (unsigned char)s[i];
    out[k++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
  }
  if (n > NEAR_MAX) {
    memcpy(out + k, "...", 3);
    k += 3;
  }
  out[k++] = '\'';
  out[k] = '\0';
  return out;
}

/* The current token as a message shows it: <eof>, '<\27>' for a stray
** control or non-ASCII byte, else its quoted source text. */
static const char *lex_near(const lex_state *ls, char *out) {
  unsigned char c = ls->tklen ? (unsigned char)ls->tkstart[0] : 0;
  if (ls->tk == TK_EOF) {
    snprintf(out, NEAR_BUF, "<eof>");
  } else if (ls->tklen == 1 && (c < 0x20 || c >= 0x7f)) {
    snprintf(out, NEAR_BUF, "'<\\%d>'", c);
  } else {
    lex_quote(ls->tkstart, ls->tklen, out);
  }
  return out;
}

/* Consume one line break: \n, \r, \r\n or \n\r. */
static void lex_newline(lex_state *ls) {
  char c = *ls->p++;
  if (ls->p < ls->end && lex_is_newline(*ls->p) && *ls->p != c) ls->p++;
  if (ls->line < INT_MAX) ls->line++;
}

/* Append n bytes to the token buffer; 0 (error recorded) when out of memory. */
static int lex_save_run(lex_state *ls, const char *s, size_t n) {
  if (n > ls->bcap - ls->blen) {
    size_t ncap = ls->bcap ? ls->bcap * 2 : 64;
    while (ncap - ls->blen < n) ncap *= 2;
    char *nbuf = realloc(ls->buf, ncap);
    if (nbuf == NULL) {
      lex_error(ls, ls->line, MSG_OOM);
      return 0;
    }
    ls->buf = nbuf;
    ls->bcap = ncap;
  }
  memcpy(ls->buf + ls->blen, s, n);
  ls->blen += n;
  return 1;
}

static int lex_save(lex_state *ls, int c) {
  char b = (char)c;
  return lex_save_run(ls, &b, 1);
}

/* At '[': is this the opening of a long bracket "[==["?  *level receives the
** number of '=' that follow the '[' either way. */
static int lex_long_open(const lex_state *ls, size_t *level) {
  const char *q = ls->p + 1;
  while (q < ls->end && *q == '=') q++;
  *level = (size_t)(q - ls->p - 1);
  return q < ls->end && *q == '[';
}

/* Read the body of a long string (store != 0) or long comment; p is just
** past the opening bracket.  Line breaks are stored as "\n", and one right
** after the opening bracket is skipped, as in Lua. */
static int lex_long_body(lex_state *ls, size_t level, int store,
                         int startline) {
  int ok = 1;
  if (ls->p < ls->end && lex_is_newline(*ls->p)) lex_newline(ls);
  for (;;) {
    if (ls->p == ls->end) {
      lex_error(ls, startline, "unfinished long %s",
                store ? "string" : "comment");
      ok = 0;
      break;
    }
    if (*ls->p == ']') {
      const char *q = ls->p + 1;
      size_t k = 0;
      while (k < level && q < ls->end && *q == '=') {
        q++;
        k++;
      }
      if (k == level && q < ls->end && *q == ']') {
        ls->p = q + 1;
        break;
      }
      if (store && !lex_save(ls, ']')) { ok = 0; break; }
      ls->p++;
    } else if (lex_is_newline(*ls->p)) {
      if (store && !lex_save(ls, '\n')) { ok = 0; break; }
      lex_newline(ls);
    } else if (!store && *ls->p == '\0') {
      lex_error(ls, ls->line, "NUL byte in a comment");
      ok = 0;
      break;
    } else {
      /* a run of plain bytes, stored at once */
      const char *q = ls->p + 1;
      while (q < ls->end && *q != ']' && !lex_is_newline(*q) && (store || *q != '\0')) q++;
      if (store && !lex_save_run(ls, ls->p, (size_t)(q - ls->p))) { ok = 0; break; }
      ls->p = q;
    }
  }
  return ok;
}

static void lex_unfinished(lex_state *ls) {
  char near[NEAR_BUF];
  lex_error(ls, ls->tkline, "unfinished string near %s",
            lex_quote(ls->tkstart, (size_t)(ls->p - ls->tkstart), near));
}

/* Append x (<= 0x7FFFFFFF) in (extended) UTF-8, as Lua's luaO_utf8esc. */
static int lex_save_utf8(lex_state *ls, unsigned long x) {
  char tmp[8];
  int n = 0, ok = 1;
  if (x < 0x80) {
    tmp[n++] = (char)x;
  } else {
    unsigned int mfb = 0x3f;   /* largest value that fits in the first byte */
    do {
      tmp[n++] = (char)(0x80 | (x & 0x3f));
      x >>= 6;
      mfb >>= 1;
    } while (x > mfb);
    tmp[n++] = (char)((~mfb << 1) | x);
  }
  while (ok && n > 0) ok = lex_save(ls, tmp[--n]);
  return ok;
}

/* One escape sequence; p is at the backslash. */
static int lex_escape(lex_state *ls) {
  const char *esc = ls->p;
  const char *p = esc + 1;
  const char *bad = NULL;      /* set with msg to report an error at *bad */
  const char *msg = NULL;
  long c = -1;                 /* byte to store, if any */
  int ok = 1;
  char near[NEAR_BUF];

  if (p == ls->end) {
    ls->p = p;
    lex_unfinished(ls);
    return 0;
  }
  switch (*p) {
    case 'n': c = '\n'; p++; break;
    case 't': c = '\t'; p++; break;
    case 'r': c = '\r'; p++; break;
    case 'a': c = '\a'; p++; break;
    case 'b': c = '\b'; p++; break;
    case 'f': c = '\f'; p++; break;
    case 'v': c = '\v'; p++; break;
    case '\\': case '"': case '\'': c = *p++; break;
    case '\n': case '\r':
      ls->p = p;
      lex_newline(ls);
      p = ls->p;
      c = '\n';
      break;
    case 'z':
      ls->p = p + 1;
      while (ls->p < ls->end && lex_is_space(*ls->p)) {
        if (lex_is_newline(*ls->p)) lex_newline(ls);
        else ls->p++;
      }
      p = ls->p;
      break;
    case 'x': {
      int i;
      c = 0;
      p++;
      for (i = 0; i < 2 && !bad; i++, p++) {
        if (p == ls->end) break;
        if (!lex_is_xdigit(*p)) {
          bad = p;
          msg = "hexadecimal digit expected near";
        } else {
          c = c * 16 + lex_xvalue(*p);
        }
      }
      if (!bad && i < 2) bad = ls->end;
      break;
    }
    case 'u': {
      unsigned long r = 0;
      p++;
      if (p == ls->end || *p != '{') {
        bad = p;
        msg = "missing '{' in \\u{xxxx} near";
        break;
      }
      p++;
      if (p == ls->end || !lex_is_xdigit(*p)) {
        bad = p;
        msg = "hexadecimal digit expected near";
        break;
      }
      while (p < ls->end && lex_is_xdigit(*p)) {
        if (r > (0x7FFFFFFFul >> 4)) {
          bad = p;
          msg = "UTF-8 value too large near";
          break;
        }
        r = r * 16 + (unsigned long)lex_xvalue(*p);
        p++;
      }
      if (bad) break;
      if (p == ls->end || *p != '}') {
        bad = p;
        msg = "missing '}' in \\u{xxxx} near";
        break;
      }
      p++;
      ls->p = p;
      return lex_save_utf8(ls, r);
    }
    default:
      if (lex_is_digit(*p)) {
        int i;
        c = 0;
        for (i = 0; i < 3 && p < ls->end && lex_is_digit(*p); i++, p++)
          c = c * 10 + (*p - '0');
        if (c > UCHAR_MAX) {
          bad = p - 1;
          msg = "decimal escape too large near";
        }
      } else {
        bad = p;
        msg = "invalid escape sequence";
      }
      break;
  }
  if (bad == ls->end) {
    ls->p = bad;
    lex_unfinished(ls);
    ok = 0;
  } else if (bad) {
    ls->p = bad + 1;
    lex_error(ls, ls->line, "%s %s", msg,
              lex_quote(esc, (size_t)(bad + 1 - esc), near));
    ok = 0;
  } else {
    ls->p = p;
    if (c >= 0) ok = lex_save(ls, (int)c);
  }
  return ok;
}

/* The first byte in [p, end) that ends a run of plain bytes of a short
** string opened by quote (or of a comment, given a NUL as quote): that
** quote, a backslash or a line break; end if none.  Sixteen bytes compared at a time where SSE2 is there (every x86-64). */
static const char *plain_run_end(const char *p, const char *end, char quote) {
#if defined(__SSE2__)
  const __m128i vq = _mm_set1_epi8(quote), vb = _mm_set1_epi8('\\');
  const __m128i vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r');
  while (end - p >= 16) {
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, vq), _mm_cmpeq_epi8(b, vb)),
                               _mm_or_si128(_mm_cmpeq_epi8(b, vn), _mm_cmpeq_epi8(b, vr)));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < end && *p != quote && *p != '\\' && !lex_is_newline(*p)) p++;
  return p;
}

/* The first byte in [p, end) that is not a space (' '); end if none.
** Sixteen bytes compared at a time where SSE2 is there. */
static const char *space_run_end(const char *p, const char *end) {
#if defined(__SSE2__)
  const __m128i vs = _mm_set1_epi8(' ');
  while (end - p >= 16) {
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned mask = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, vs)) & 0xFFFFu;
    if (mask) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < end && *p == ' ') p++;
  return p;
}

/* The first byte in [p, end) that cannot continue a name (a letter, a
** digit or '_', as lex_name_byte says); end if none.  Sixteen bytes
** tested at a time where SSE2 is there: a byte is in [lo, lo+n) when
** (byte - lo), an unsigned byte, is below n, which a signed comparison
** tells once both sides are moved by 0x80. */
static const char *name_run_end(const char *p, const char *end) {
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20), under = _mm_set1_epi8('_');
  const __m128i to_a = _mm_set1_epi8((char)(0x80 - 'a')), below_26 = _mm_set1_epi8((char)(26 - 0x80));
  const __m128i to_0 = _mm_set1_epi8((char)(0x80 - '0')), below_10 = _mm_set1_epi8((char)(10 - 0x80));
  while (end - p >= 16) {
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(b, case_bit), to_a), below_26);
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(b, to_0), below_10);
    __m128i ok = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(b, under));
    unsigned mask = ~(unsigned)_mm_movemask_epi8(ok) & 0xFFFFu;
    if (mask) return p + __builtin_ctz(mask);
    p += 16;
  }
#endif
  while (p < end && lex_name_byte[(unsigned char)*p]) p++;
  return p;
}

/* A short string; p is at its quote.  One that is a single run of plain
** bytes (most are) is taken where it is in the source; any other is
** decoded into buf. */
static int lex_short_string(lex_state *ls) {
  char quote = *ls->p++;
  int ok = 1;
  const char *q = plain_run_end(ls->p, ls->end, quote);
  if (q < ls->end && *q == quote) {
    ls->str = ls->p;
    ls->slen = (size_t)(q - ls->p);
    ls->p = q + 1;
    return 1;
  }
  ls->blen = 0;
  if (q > ls->p && !lex_save_run(ls, ls->p, (size_t)(q - ls->p))) return 0;
  ls->p = q;
  for (;;) {
    if (ls->p == ls->end || lex_is_newline(*ls->p)) {
      lex_unfinished(ls);
      ok = 0;
      break;
    }
    if (*ls->p == quote) {
      ls->p++;
      break;
    }
    if (*ls->p == '\\') {
      ok = lex_escape(ls);
    } else {
      /* a run of plain bytes, stored at once */
      const char *run_end = plain_run_end(ls->p + 1, ls->end, quote);
      ok = lex_save_run(ls, ls->p, (size_t)(run_end - ls->p));
      ls->p = run_end;
    }
    if (!ok) break;
  }
  ls->str = ls->buf ? ls->buf : "";
  ls->slen = ls->blen;
  return ok;
}

/* Convert a numeral as Lua does: decimal or hex integer (hex wraps around,
** decimal falls back to a float on overflow), else a float. */
static int lex_convert(lex_state *ls, const char *s, size_t n) {
  size_t i = 0, digits = 0;
  int hex = 0, isfloat = 0, overflow = 0;
  unsigned long long u = 0;
  if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
    hex = 1;
    i = 2;
  }
  for (; i < n && (hex ? lex_is_xdigit(s[i]) : lex_is_digit(s[i])); i++) {
    unsigned d = (unsigned)lex_xvalue(s[i]);
    digits++;
    if (hex) u = u * 16 + d;
    else if (u > ((unsigned long long)LLONG_MAX - d) / 10) overflow = 1;
    else u = u * 10 + d;
  }
  if (i < n && s[i] == '.') {
    isfloat = 1;
    for (i++; i < n && (hex ? lex_is_xdigit(s[i]) : lex_is_digit(s[i])); i++)
      digits++;
  }
  if (digits == 0) return 0;
  if (i < n && (s[i] | 0x20) == (hex ? 'p' : 'e')) {
    isfloat = 1;
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (i == n || !lex_is_digit(s[i])) return 0;
    while (i < n && lex_is_digit(s[i])) i++;
  }
  if (i != n) return 0;
  if (!isfloat && !overflow) {
    ls->tk = TK_INT;
    ls->ival = (long long)u;   /* hex wraps around, as in Lua */
  } else {
    char tmp[NUM_MAX + 1], *endp;
    char *dot;
    if (n > NUM_MAX) return 0;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    ls->nval = strtod(tmp, &endp);
    dot = strchr(tmp, '.');
    if (endp != tmp + n && dot) {   /* retry with the locale's radix */
      *dot = localeconv()->decimal_point[0];
      ls->nval = strtod(tmp, &endp);
    }
    if (endp != tmp + n) return 0;
    ls->tk = TK_FLT;
  }
  return 1;
}

static int lex_number(lex_state *ls) {
  const char *p = ls->p;
  const char *expo = "Ee";
  char near[NEAR_BUF];
  int ok;
  if (p + 1 < ls->end && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    p += 2;
    expo = "Pp";
  }
  for (;;) {
    if (p < ls->end && (*p == expo[0] || *p == expo[1])) {
      p++;
      if (p < ls->end && (*p == '+' || *p == '-')) p++;
    } else if (p < ls->end && (lex_is_xdigit(*p) || *p == '.')) {
      p++;
    } else {
      break;
    }
  }
  if (p < ls->end && lex_is_alpha(*p)) p++;   /* "3x" is one bad numeral */
  ls->p = p;
  ok = lex_convert(ls, ls->tkstart, (size_t)(p - ls->tkstart));
  if (!ok)
    lex_error(ls, ls->tkline, "malformed number near %s",
              lex_quote(ls->tkstart, (size_t)(p - ls->tkstart), near));
  return ok;
}

/* Skip white space and comments. */
static int lex_skip(lex_state *ls) {
  int ok = 1;
  while (ok && ls->p < ls->end) {
    char c = *ls->p;
    if ((unsigned char)c > ' ' && c != '-') break;   /* a token's first byte: neither space nor a comment's */
    if (c == ' ') {                        /* one space (" = "), or indentation: a run of spaces at a time */
      ls->p = ls->p + 1 < ls->end && ls->p[1] != ' ' ? ls->p + 1 : space_run_end(ls->p + 1, ls->end);
    } else if (c == '\n' && (ls->p + 1 == ls->end || ls->p[1] != '\r')) {   /* lex_newline's commonest case */
      ls->p++;
      if (ls->line < INT_MAX) ls->line++;
    } else if (lex_is_newline(c)) {
      lex_newline(ls);
    } else if (lex_is_space(c)) {
      ls->p++;
    } else if (c == '-' && ls->p + 1 < ls->end && ls->p[1] == '-') {
      size_t level;
      ls->p += 2;
      if (ls->p < ls->end && *ls->p == '[' && lex_long_open(ls, &level)) {
        int startline = ls->line;
        ls->p += level + 2;
        ok = lex_long_body(ls, level, 0, startline);
      } else {
        /* to the line's end, a run at a time: plain_run_end stops at a NUL
        ** (the quote it is given), a line break or a backslash (plain here) */
        while (ls->p < ls->end) {
          ls->p = plain_run_end(ls->p, ls->end, '\0');
          if (ls->p == ls->end || lex_is_newline(*ls->p)) break;
          if (*ls->p == '\0') {
            lex_error(ls, ls->line, "NUL byte in a comment");
            ok = 0;
            break;
          }
          ls->p++;
        }
      }
    } else {
      break;
    }
  }
  return ok;
}

/* lex_next for any token: out of line, its frame (the registers its many
** cases keep) paid only by the tokens lex_next does not take itself. */
static __attribute__((noinline)) int lex_next_token(lex_state *ls) {
  int ok = 1;
  if (ls->failed) return 0;
  ls->prevline = ls->line;
  if (ls->p < ls->end && ((unsigned char)*ls->p <= ' ' || *ls->p == '-') && !lex_skip(ls)) return 0;
  ls->tkstart = ls->p;
  ls->tkline = ls->line;
  if (ls->p == ls->end) {
    ls->tk = TK_EOF;
  } else {
    char c = *ls->p;
    char c1 = ls->p + 1 < ls->end ? ls->p[1] : '\0';
    if (lex_is_alpha(c)) {
      ls->p = name_run_end(ls->p + 1, ls->end);
      ls->tk = lex_reserved_token(ls->tkstart, (size_t)(ls->p - ls->tkstart));
    } else if (c == '"' || c == '\'') {
      ls->tk = TK_STRING;
      ok = lex_short_string(ls);
    } else if (c == ',' || c == '{' || c == '}' || (c == '=' && c1 != '=')) {   /* the commonest symbols */
      ls->tk = (unsigned char)c;
      ls->p++;
    } else if (lex_is_digit(c) || (c == '.' && lex_is_digit(c1))) {
      ok = lex_number(ls);
    } else if (c == '[') {
      size_t level;
      if (lex_long_open(ls, &level)) {
        ls->tk = TK_STRING;
        ls->blen = 0;
        ls->p += level + 2;
        ok = lex_long_body(ls, level, 1, ls->tkline);
        ls->str = ls->buf ? ls->buf : "";
        ls->slen = ls->blen;
      } else if (level > 0) {
        char near[NEAR_BUF];
        lex_error(ls, ls->line, "invalid long string delimiter near %s",
                  lex_quote(ls->p, level + 1, near));
        ok = 0;
      } else {
        ls->tk = '[';
        ls->p++;
      }
    } else if (c == '.' && c1 == '.') {
      ls->p += 2;
      ls->tk = TK_CONCAT;
      if (ls->p < ls->end && *ls->p == '.') {
        ls->p++;
        ls->tk = TK_DOTS;
      }
    } else if (c == '\0') {
      lex_error(ls, ls->line, "NUL byte outside a string");
      ok = 0;
    } else if ((c1 == '=' && strchr("=~<>", c)) ||
               (c == c1 && strchr("/:<>", c))) {
      ls->p += 2;
      ls->tk = TK_OP;
    } else {
      ls->tk = (unsigned char)c;
      ls->p++;
    }
  }
  ls->tklen = (size_t)(ls->p - ls->tkstart);
  return ok;
}

/* Read the next token into ls.  Returns 0 (with the error recorded) on a
** lexical error.  Inline, for the commonest tokens of a profile (about
** half of them): ',', '{', '}' or '=' (not "=="), right after the last
** token or after one space, taken here as lex_next_token would take them
** (its skip steps over one space followed by another byte the same way,
** and no line is crossed); any other token, or fewer than three bytes
** left, by lex_next_token. */
static inline int lex_next(lex_state *ls) {
  const char *p = ls->p;
  if (!ls->failed && ls->end - p >= 3) {
    p += *p == ' ';
    char c = *p;
    if (c == ',' || c == '{' || c == '}' || (c == '=' && p[1] != '=')) {
      ls->prevline = ls->tkline = ls->line;
      ls->tkstart = p;
      ls->tk = (unsigned char)c;
      ls->p = p + 1;
      ls->tklen = 1;
      return 1;
    }
  }
  return lex_next_token(ls);
}

/*
** Tree helpers
*/

/* Blocks a tree is carved from (data_parse_file_in_blocks): a chain, the
** block being filled first; each holds its bytes after this header. */
struct data_blocks {
  data_blocks *prev;     /* the blocks filled before */
  size_t used, size;     /* bytes carved, bytes there are */
};

#define BLOCK_BYTES ((size_t)64 * 1024 - sizeof(data_blocks) - 32)   /* with malloc's header, within 64 KiB */
#define BLOCK_ALIGN(n) (((n) + 7) & ~(size_t)7)

/* blocks_carve of n bytes (aligned already) when the top block has no
** room: a new block, or one of its own for a piece larger than a block. */
static void *blocks_carve_new(data_blocks **top, size_t n) {
  data_blocks *b = *top;
  size_t size = n > BLOCK_BYTES ? n : BLOCK_BYTES;
  if (size > SIZE_MAX - sizeof *b) return NULL;
  data_blocks *nb = malloc(sizeof *nb + size);
  if (!nb) return NULL;
  nb->used = n;
  nb->size = size;
  if (b && n > BLOCK_BYTES) {          /* under the top one, which keeps its room */
    nb->prev = b->prev;
    b->prev = nb;
  } else {
    nb->prev = b;
    *top = nb;
  }
  return nb + 1;
}

/* n bytes carved from the blocks *top (a new block when the top one has
** no room; a piece larger than a block gets one of its own), or NULL.
** Inline: most pieces fit the top block. */
static inline void *blocks_carve(data_blocks **top, size_t n) {
  if (n > SIZE_MAX - 8) return NULL;
  n = BLOCK_ALIGN(n);
  data_blocks *b = *top;
  if (!b || b->size - b->used < n) return blocks_carve_new(top, n);
  void *p = (char *)(b + 1) + b->used;
  b->used += n;
  return p;
}

void data_blocks_free(data_blocks *blocks) {
  while (blocks) {
    data_blocks *prev = blocks->prev;
    free(blocks);
    blocks = prev;
  }
}

size_t data_blocks_bytes(const data_blocks *blocks) {
  size_t bytes = 0;
  for (; blocks; blocks = blocks->prev) bytes += sizeof *blocks + blocks->size;
  return bytes;
}

/* n bytes for a tree: from blocks when there are (NULL: malloc). */
static inline void *tree_alloc(data_blocks **blocks, size_t n) {
  return blocks ? blocks_carve(blocks, n) : malloc(n);
}

/* Give back v, a tree the parser leaves: freed when malloc'd, left in its
** blocks (freed with them) when carved. */
static void tree_discard(const lex_state *ls, data_value *v) {
  if (!ls->blocks) data_free(v);
}

/* The same for a key. */
static void key_discard(const lex_state *ls, char *key) {
  if (!ls->blocks) free(key);
}

static char *tree_strdup_in(data_blocks **blocks, const char *s, size_t n) {
  char *d = tree_alloc(blocks, n + 1);
  if (d) {
    memcpy(d, s, n);
    d[n] = '\0';
  }
  return d;
}

static char *tree_strdup(const char *s, size_t n) {
  return tree_strdup_in(NULL, s, n);
}

/* A string value whose bytes (n, then a NUL) follow the node in the same
** block: one allocation where there were two (data_free tells such a node
** by where its bytes are). */
static data_value *tree_new_string(data_blocks **blocks, const char *s, size_t n, int line) {
  if (n > SIZE_MAX - sizeof(data_value) - 1) return NULL;
  data_value *v = tree_alloc(blocks, sizeof *v + n + 1);
  if (v) {
    memset(v, 0, sizeof *v);
    v->kind = DATA_STRING;
    v->line = line;
    v->u.string.s = (char *)(v + 1);
    memcpy(v->u.string.s, s, n);
    v->u.string.s[n] = '\0';
    v->u.string.len = n;
  }
  return v;
}

/* Are the bytes of the string value v in its own block (tree_new_string)? */
static int string_is_inline(const data_value *v) {
  return v->u.string.s == (const char *)(v + 1);
}

static data_value *tree_new_in(data_blocks **blocks, data_kind kind, int line) {
  data_value *v = tree_alloc(blocks, sizeof *v);
  if (v) {
    memset(v, 0, sizeof *v);
    v->kind = kind;
    v->line = line;
  }
  return v;
}

static data_value *tree_new(data_kind kind, int line) {
  return tree_new_in(NULL, kind, line);
}

/* Does the table hold a keyed field / a positional item? */
static int tree_has(const data_value *t, int keyed) {
  size_t i;
  for (i = 0; i < t->u.table.n; i++)
    if ((t->u.table.fields[i].key != NULL) == keyed) return 1;
  return 0;
}

/* Position of the field with that key, or t->u.table.n if none.  The first
** byte is compared before calling strcmp: most fields differ there. */
static size_t tree_find(const data_value *t, const char *key) {
  size_t i;
  const char first = key[0];
  for (i = 0; i < t->u.table.n; i++) {
    const char *k = t->u.table.fields[i].key;
    if (k && k[0] == first && strcmp(k, key) == 0) break;
  }
  return i;
}

/*
** Parser
*/

/* The duplicate check's hash of a key of n bytes, or of an item index when
** key is NULL: eight bytes mixed at a time, the last 1 to 7 by two
** overlapping reads (or three bytes), never outside [key, key+n).  Keys
** are told apart by strcmp; the hash only spreads them. */
static uint64_t parse_hash(const char *key, size_t n, long long index) {
  const uint64_t mul = UINT64_C(0x9E3779B97F4A7C15);
  uint64_t h;
  if (!key) {
    h = ((uint64_t)index + 1) * mul;
    return h ^ (h >> 29);
  }
  h = UINT64_C(14695981039346656037) ^ n;
  for (; n >= 8; key += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, key, sizeof w);
    h = (h ^ w) * mul;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, key, sizeof a);
    memcpy(&b, key + n - 4, sizeof b);
    w = (uint64_t)a << 32 | b;
  } else if (n > 0) {
    w = (uint64_t)(unsigned char)key[0] << 16 | (uint64_t)(unsigned char)key[n >> 1] << 8 | (unsigned char)key[n - 1];
  }
  h = (h ^ w) * mul;
  return h ^ (h >> 29);
}

static int parse_same(const data_field *f, const char *key, long long index) {
  return key ? (f->key && f->key[0] == key[0] && strcmp(f->key, key) == 0)
             : (!f->key && f->index == index);
}

/* The field of t with that key (or item index), whose parse_hash is h, or
** NULL. */
static const data_field *parse_lookup(const parse_keyset *set,
                                      const data_value *t, const char *key,
                                      long long index, uint64_t h) {
  const data_field *found = NULL;
  if (set->cap > 0) {
    size_t mask = set->cap - 1;
    size_t i = (size_t)h & mask;
    while (set->slot[i]) {
      const data_field *f = &t->u.table.fields[set->slot[i] - 1];
      if (parse_same(f, key, index)) {
        found = f;
        break;
      }
      i = (i + 1) & mask;
    }
  }
  return found;
}

/* Record the field of t at position pos (1-based), whose parse_hash is h,
** in the set. */
static int parse_remember(lex_state *ls, parse_keyset *set,
                          const data_value *t, size_t pos, uint64_t h) {
  size_t i, mask;
  if ((set->count + 1) * 2 > set->cap) {
    size_t ncap = set->cap ? set->cap * 2 : KEYSET_INLINE;
    size_t *nslot = ncap == KEYSET_INLINE ? memset(set->inline_slot, 0, sizeof set->inline_slot)
                                           : calloc(ncap, sizeof *nslot);
    if (nslot == NULL) {
      lex_error(ls, ls->line, MSG_OOM);
      return 0;
    }
    for (i = 0; i < set->cap; i++) {
      if (set->slot[i]) {
        const data_field *f = &t->u.table.fields[set->slot[i] - 1];
        size_t j = (size_t)parse_hash(f->key, f->key ? strlen(f->key) : 0, f->index) & (ncap - 1);
        while (nslot[j]) j = (j + 1) & (ncap - 1);
        nslot[j] = set->slot[i];
      }
    }
    if (set->slot != set->inline_slot) free(set->slot);
    set->slot = nslot;
    set->cap = ncap;
  }
  mask = set->cap - 1;
  i = (size_t)h & mask;
  while (set->slot[i]) i = (i + 1) & mask;
  set->slot[i] = pos;
  set->count++;
  return 1;
}

/* *dup: the field of t (among its t->u.table.n so far) with that key, of
** bytes bytes, or item index; NULL if none.  A table of fewer than
** KEYSET_LINEAR fields (most are) is searched field by field, without a
** hash; from its KEYSET_LINEAR-th field on, in the set, which is filled
** then with the fields before, and *h receives the key's hash for
** parse_remember.  Returns 0 when out of memory (recorded in ls). */
static int parse_find_duplicate(lex_state *ls, parse_keyset *set, const data_value *t,
                                const char *key, size_t bytes, long long index,
                                const data_field **dup, uint64_t *h) {
  const data_field *fields = t->u.table.fields;
  size_t n = t->u.table.n;
  *dup = NULL;
  if (n < KEYSET_LINEAR) {
    for (size_t i = 0; i < n; i++)
      if (parse_same(&fields[i], key, index)) {
        *dup = &fields[i];
        break;
      }
    return 1;
  }
  for (size_t i = set->count; i < n; i++) {   /* the fields searched one by one so far */
    const data_field *f = &fields[i];
    if (!parse_remember(ls, set, t, i + 1, parse_hash(f->key, f->key ? strlen(f->key) : 0, f->index))) return 0;
  }
  *h = parse_hash(key, bytes, index);
  *dup = parse_lookup(set, t, key, index, *h);
  return 1;
}

/* Tokens that can only continue an expression after a complete value. */
static int parse_is_operator(int tk) {
  switch (tk) {
    case '+': case '-': case '*': case '/': case '%': case '^': case '&':
    case '|': case '~': case '<': case '>': case '(': case '.': case ':':
    case TK_CONCAT: case TK_DOTS: case TK_OP: case TK_AND: case TK_OR:
      return 1;
    default:
      return 0;
  }
}

static data_value *parse_table(lex_state *ls);

/* f added to the open fields (ls->open_fields, which may move); 0 when out
** of memory. */
static int open_fields_push(lex_state *ls, const data_field *f) {
  if (ls->nopen == ls->capopen) {
    size_t ncap = ls->capopen ? ls->capopen * 2 : 64;
    if (ncap > SIZE_MAX / sizeof *f) return 0;
    data_field *nf = realloc(ls->open_fields, ncap * sizeof *nf);
    if (!nf) return 0;
    ls->open_fields = nf;
    ls->capopen = ncap;
  }
  ls->open_fields[ls->nopen++] = *f;
  return 1;
}

/* Table t, whose fields are the open fields from base on, closed: its
** fields copied into an array of their number (from blocks, or malloc'd)
** when nothing failed, else given back (their keys and values freed when
** malloc'd); the open fields cut back to base either way.  0 when out of
** memory (then the fields are given back too). */
static int open_fields_close(lex_state *ls, data_value *t, size_t base) {
  size_t n = ls->nopen - base;
  data_field *fields = NULL;
  if (!ls->failed && n) {
    fields = tree_alloc(ls->blocks, n * sizeof *fields);   /* n * 32 bytes: at most the input's size */
    if (fields) memcpy(fields, ls->open_fields + base, n * sizeof *fields);
    else lex_error(ls, ls->line, MSG_OOM);
  }
  if (ls->failed && !ls->blocks) {
    for (size_t i = base; i < ls->nopen; i++) {
      free(ls->open_fields[i].key);
      data_free(ls->open_fields[i].value);
    }
  }
  t->u.table.fields = ls->failed ? NULL : fields;
  t->u.table.n = ls->failed ? 0 : n;
  ls->nopen = base;
  return !ls->failed;
}

/* Step into a field of the table being read (key, or item index when key
** is NULL) in the key path; returns the mark to go back to with
** ls->nsteps = mark.  The key must outlive the step. */
static size_t parse_key_push(lex_state *ls, const char *key, long long index) {
  size_t mark = ls->nsteps++;
  if (mark < sizeof ls->steps / sizeof ls->steps[0]) {
    ls->steps[mark].key = key;
    ls->steps[mark].index = index;
  }
  return mark;
}

/* A bare word (name, n bytes) where a value belongs: say what the writer
** most likely meant.  A word followed by '(' '.' ':' '[' ']' '{' or a
** string (next_tk, the token after it) is code, a call or an index, and is
** refused as such; so are reserved words (is_name == 0). */
static void parse_bare_word(lex_state *ls, int line, const char *name, size_t n, int is_name, int next_tk) {
  static const char *const words[] = { "true", "false", "nil" };
  static const char *const yes_no[] = { "yes", "no", "oui", "non", "y", "n", "on", "off", NULL };
  char near[NEAR_BUF], lower[NEAR_BUF];
  size_t i, shown = n < NEAR_MAX ? n : NEAR_MAX;
  lex_quote(name, n, near);
  if (!is_name || (next_tk > 0 && next_tk < 256 && strchr("(.:[]{", next_tk)) || next_tk == TK_STRING) {
    lex_error(ls, line, MSG_EXPR " near %s", near);
    return;
  }
  for (i = 0; i < shown; i++) {
    char c = name[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  lower[shown] = '\0';
  for (i = 0; yes_no[i]; i++) {
    if (strcmp(lower, yes_no[i]) == 0) {
      lex_error(ls, line, "write true or false, not %s", near);
      return;
    }
  }
  const char *hint = lx_suggest(lower, words, 3);
  if (hint)
    lex_error(ls, line, "unknown word %s \xe2\x80\x94 did you mean `%s`?", near, hint);
  else
    lex_error(ls, line, "unknown word %s: text goes in quotes (\"%.*s\"); other values are "
              "true, false, numbers and tables { ... }", near, (int)shown, name);
}

/* Does the integer token that started at s continue as a date written
** without quotes (2004-01-01)? */
static int parse_unquoted_date(const lex_state *ls, const char *s) {
  static const char shape[] = "dddd-dd-dd";
  size_t i;
  if ((size_t)(ls->end - s) < sizeof shape - 1) return 0;
  for (i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !lex_is_digit(s[i]) : s[i] != shape[i]) return 0;
  return 1;
}

/* Parse one value starting at the current token and step past it. */
static data_value *parse_value(lex_state *ls) {
  data_value *v = NULL;
  int line = ls->tkline;
  const char *start = ls->tkstart;
  char near[NEAR_BUF];

  if (ls->failed) return NULL;
  switch (ls->tk) {
    case '{':
      return parse_table(ls);
    case TK_NIL:
      v = tree_new_in(ls->blocks, DATA_NIL, line);
      break;
    case TK_TRUE: case TK_FALSE:
      v = tree_new_in(ls->blocks, DATA_BOOLEAN, line);
      if (v) v->u.boolean = ls->tk == TK_TRUE;
      break;
    case TK_INT:
      v = tree_new_in(ls->blocks, DATA_INTEGER, line);
      if (v) v->u.integer = ls->ival;
      break;
    case TK_FLT:
      v = tree_new_in(ls->blocks, DATA_NUMBER, line);
      if (v) v->u.number = ls->nval;
      break;
    case TK_STRING:
      v = tree_new_string(ls->blocks, ls->str, ls->slen, line);
      break;
    case '-':
      if (!lex_next(ls)) return NULL;
      if (ls->tk == TK_INT) {
        v = tree_new_in(ls->blocks, DATA_INTEGER, line);
        /* through unsigned: -LLONG_MIN wraps as in Lua */
        if (v) v->u.integer = (long long)(0u - (unsigned long long)ls->ival);
      } else if (ls->tk == TK_FLT) {
        v = tree_new_in(ls->blocks, DATA_NUMBER, line);
        if (v) v->u.number = -ls->nval;
      } else {
        lex_error(ls, line, MSG_EXPR " near '-'");
        return NULL;
      }
      break;
    case TK_NAME: case TK_FUNCTION: case TK_NOT: {
      const char *name = ls->tkstart;
      size_t n = ls->tklen;
      int is_name = ls->tk == TK_NAME;
      if (lex_next(ls)) parse_bare_word(ls, line, name, n, is_name, ls->tk);
      return NULL;
    }
    case '#': case '~':
      lex_error(ls, line, MSG_EXPR " near %s", lex_near(ls, near));
      return NULL;
    case TK_EOF:
      lex_error(ls, line, "expected a value near <eof>");
      return NULL;
    default:
      lex_error(ls, line, "unexpected symbol near %s", lex_near(ls, near));
      return NULL;
  }
  if (v == NULL) lex_error(ls, line, MSG_OOM);
  else if (!lex_next(ls)) {
    tree_discard(ls, v);
    v = NULL;
  } else if (v->kind == DATA_INTEGER && ls->tk == '-' && parse_unquoted_date(ls, start)) {
    lex_error(ls, line, "dates go in quotes: \"%.10s\"", start);
    tree_discard(ls, v);
    v = NULL;
  }
  return v;
}

/* The key of a "[key] = value" field; the current token is '['. */
static int parse_bracket_key(lex_state *ls, char **key, long long *index) {
  data_value *k;
  int ok = 0;
  char near[NEAR_BUF];

  if (!lex_next(ls)) return 0;
  k = parse_value(ls);
  if (k == NULL) return 0;
  if (k->kind == DATA_STRING) {
    if (memchr(k->u.string.s, '\0', k->u.string.len)) {
      lex_error(ls, k->line, "table key contains a NUL byte");
    } else {
      *key = tree_strdup_in(ls->blocks, k->u.string.s, k->u.string.len);   /* the key outlives k */
      if (*key) ok = 1;
      else lex_error(ls, k->line, MSG_OOM);
    }
  } else if (k->kind == DATA_INTEGER) {
    if (k->u.integer < 1) {
      lex_error(ls, k->line, "invalid table index %lld (must be >= 1)",
                k->u.integer);
    } else {
      *index = k->u.integer;
      ok = 1;
    }
  } else {
    lex_error(ls, k->line,
              "table key must be a string or an integer >= 1, not %s",
              data_kind_name(k->kind));
  }
  tree_discard(ls, k);
  if (ok && ls->tk != ']') {
    lex_error(ls, ls->tkline, "expected ']' near %s", lex_near(ls, near));
    ok = 0;
  }
  ok = ok && lex_next(ls);
  if (ok && ls->tk != '=') {
    lex_error(ls, ls->tkline, "expected '=' near %s", lex_near(ls, near));
    ok = 0;
  }
  ok = ok && lex_next(ls);
  if (!ok) {
    key_discard(ls, *key);
    *key = NULL;
  }
  return ok;
}

/* One field of table t, whose fields so far are the open fields from base
** on (t's fields point at them while it is read).  *pos counts the
** positional items so far. */
static int parse_field(lex_state *ls, data_value *t, size_t base,
                       long long *pos, parse_keyset *set) {
  char *key = NULL;
  long long index = 0;
  int line = ls->tkline;
  data_value *v = NULL;
  const data_field *dup;
  size_t keylen, bytes = 0;     /* bytes: the key's length */
  char near[NEAR_BUF];

  if (ls->tk == TK_NAME || ls->tk == TK_RESERVED || ls->tk == TK_RETURN ||
      ls->tk == TK_AND || ls->tk == TK_OR) {
    int tk = ls->tk;
    const char *name = ls->tkstart;
    size_t n = ls->tklen;
    if (!lex_next(ls)) return 0;
    if (tk != TK_NAME) {
      if (ls->tk == '=')
        lex_error(ls, line, "reserved word '%.*s' cannot be a key "
                  "(write [\"%.*s\"] = ...)", (int)n, name, (int)n, name);
      else
        lex_error(ls, line, "unexpected symbol near '%.*s'", (int)n, name);
      return 0;
    }
    if (ls->tk != '=') {   /* a positional item that is a bare word */
      parse_key_push(ls, NULL, *pos + 1);
      parse_bare_word(ls, line, name, n, 1, ls->tk);
      return 0;
    }
    key = tree_strdup_in(ls->blocks, name, n);
    bytes = n;
    if (key == NULL) {
      lex_error(ls, line, MSG_OOM);
      return 0;
    }
    if (!lex_next(ls)) {
      key_discard(ls, key);
      return 0;
    }
  } else if (ls->tk == '[') {
    if (!parse_bracket_key(ls, &key, &index)) return 0;
    if (key) bytes = strlen(key);
  } else {
    index = ++*pos;
  }
  keylen = parse_key_push(ls, key, index);

  const int check = !ls->keys_known_unique;
  uint64_t h = 0;
  dup = NULL;
  if (check && !parse_find_duplicate(ls, set, t, key, bytes, index, &dup, &h)) {
    key_discard(ls, key);
    return 0;
  }
  if (dup) {
    if (key)
      lex_error(ls, line, "duplicate key %s",
                lex_quote(key, strlen(key), near));
    else
      lex_error(ls, line, "duplicate index %lld", index);
    key_discard(ls, key);
    return 0;
  }
  v = parse_value(ls);
  ls->nsteps = keylen;
  if (v == NULL) {
    key_discard(ls, key);
    return 0;
  }
  data_field f = { key, key ? 0 : index, v, line };
  if (!open_fields_push(ls, &f)) {
    lex_error(ls, line, MSG_OOM);
    key_discard(ls, key);
    tree_discard(ls, v);
    return 0;
  }
  t->u.table.fields = ls->open_fields + base;   /* they may have moved */
  t->u.table.n++;
  return check && t->u.table.n > KEYSET_LINEAR ? parse_remember(ls, set, t, t->u.table.n, h) : 1;
}

/* Can the token begin a field of a table? */
static int parse_starts_field(int tk) {
  switch (tk) {
    case TK_NAME: case TK_STRING: case TK_INT: case TK_FLT: case TK_TRUE:
    case TK_FALSE: case TK_NIL: case '{': case '[':
      return 1;
    default:
      return 0;
  }
}

/* A field of t is followed by the start of another without a separator:
** the comma after the last field is missing.  The error names that field
** and the line where it ends, where the comma belongs, not the line of the
** next field (comment lines may stand between them). */
static void parse_missing_comma(lex_state *ls, const data_value *t) {
  const data_field *last = &t->u.table.fields[t->u.table.n - 1];
  size_t keylen = parse_key_push(ls, last->key, last->index);
  lex_error(ls, ls->prevline, "missing ',' after the field on line %d?", ls->prevline);
  ls->nsteps = keylen;
}

/* A table constructor; the current token is '{'. */
static data_value *parse_table(lex_state *ls) {
  data_value *t;
  parse_keyset set;
  set.slot = NULL;
  set.cap = set.count = 0;
  size_t base = ls->nopen;     /* t's fields: the open fields from here on */
  long long pos = 0;
  int line = ls->tkline;
  char near[NEAR_BUF];

  if (ls->depth >= DATA_MAX_DEPTH) {
    lex_error(ls, line, "nesting deeper than %d tables", DATA_MAX_DEPTH);
    return NULL;
  }
  t = tree_new_in(ls->blocks, DATA_TABLE, line);
  if (t == NULL) {
    lex_error(ls, line, MSG_OOM);
    return NULL;
  }
  ls->depth++;
  lex_next(ls);
  while (!ls->failed && ls->tk != '}') {
    if (ls->tk == TK_EOF) {
      lex_error(ls, ls->tkline, "expected '}' to close '{' at line %d near "
                "<eof>", line);
    } else if (parse_field(ls, t, base, &pos, &set)) {
      if (ls->tk == ',' || ls->tk == ';')
        lex_next(ls);
      else if (parse_is_operator(ls->tk))
        lex_error(ls, ls->tkline, MSG_EXPR " near %s", lex_near(ls, near));
      else if (parse_starts_field(ls->tk))
        parse_missing_comma(ls, t);
      else if (ls->tk != '}')
        lex_error(ls, ls->tkline, "expected '}' to close '{' at line %d "
                  "near %s", line, lex_near(ls, near));
    }
  }
  ls->depth--;
  if (set.slot != set.inline_slot) free(set.slot);
  if (open_fields_close(ls, t, base)) lex_next(ls);   /* step past '}' */
  if (ls->failed) {
    tree_discard(ls, t);
    t = NULL;
  }
  return t;
}

/* Can a data file begin with this token?  "return", a value, or nothing
** (then "expected a value"). */
static int parse_starts_file(int tk) {
  switch (tk) {
    case TK_RETURN: case TK_EOF: case '{': case '-': case TK_STRING: case TK_INT:
    case TK_FLT: case TK_TRUE: case TK_FALSE: case TK_NIL:
      return 1;
    default:
      return 0;
  }
}

/* data_parse, the tree carved from *blocks when blocks is not NULL (what
** was carved stays there on failure, for the caller to free).  With
** keys_known_unique, src is bytes that parsed without an error before (the
** same bytes: the parser is deterministic), and keys are not checked for
** duplicates, which could find none. */
static data_value *parse_in(const char *src, size_t len, data_error *err, data_blocks **blocks,
                            int keys_known_unique) {
  lex_state ls;
  data_error dummy;
  data_value *v = NULL;
  char near[NEAR_BUF];

  if (err == NULL) err = &dummy;
  err->line = 0;
  err->message[0] = '\0';
  err->key[0] = '\0';
  memset(&ls, 0, sizeof ls);
  if (src == NULL) {
    src = "";
    len = 0;
  }
  ls.p = src;
  ls.end = src + len;
  ls.line = 1;
  ls.err = err;
  ls.blocks = blocks;
  ls.keys_known_unique = keys_known_unique;
  lex_tables_fill();
  if (len > 0 && src[0] == '\x1b') {
    lex_error(&ls, 1, "precompiled (binary) chunks are not allowed");
  } else if (lex_next(&ls) && !parse_starts_file(ls.tk)) {
    lex_error(&ls, ls.tkline, "this is not a profile or other lexgap data file: it does not "
              "start with `return {` (found %s)", lex_near(&ls, near));
  } else if (!ls.failed) {
    int had_return = ls.tk == TK_RETURN;
    if (!had_return || lex_next(&ls)) v = parse_value(&ls);
    if (v && had_return && ls.tk == ';') lex_next(&ls);
    if (v && !ls.failed && ls.tk != TK_EOF) {
      if (parse_is_operator(ls.tk))
        lex_error(&ls, ls.tkline, MSG_EXPR " near %s", lex_near(&ls, near));
      else
        lex_error(&ls, ls.tkline, "expected end of input near %s",
                  lex_near(&ls, near));
    }
  }
  free(ls.buf);
  free(ls.open_fields);
  if (ls.failed) {
    tree_discard(&ls, v);
    v = NULL;
  }
  return v;
}

data_value *data_parse(const char *src, size_t len, data_error *err) {
  return parse_in(src, len, err, NULL, 0);
}

/* A file's bytes [buf, buf+len) parsed (parse_in): a UTF-8 byte order mark
** is skipped, as luaL_loadfile does. */
static data_value *parse_file_bytes(const char *buf, size_t len, data_error *err, data_blocks **blocks,
                                    int keys_known_unique) {
  size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  return parse_in(buf + skip, len - skip, err, blocks, keys_known_unique);
}

/* data_parse_file, into *blocks when blocks is not NULL (parse_in). */
static data_value *parse_file_in(const char *path, data_error *err, data_blocks **blocks) {
  data_error dummy;
  size_t len = 0;
  data_value *v = NULL;

  if (err == NULL) err = &dummy;
  err->line = 0;
  err->message[0] = '\0';
  err->key[0] = '\0';
  char *buf = infile_read(path, DATA_MAX_BYTES, &len, err->message, sizeof err->message);
  if (buf == NULL) return NULL;
  v = parse_file_bytes(buf, len, err, blocks, 0);
  free(buf);
  return v;
}

data_value *data_parse_file(const char *path, data_error *err) {
  return parse_file_in(path, err, NULL);
}

data_value *data_parse_file_in_blocks(const char *path, data_error *err, data_blocks **blocks) {
  *blocks = NULL;
  data_value *v = parse_file_in(path, err, blocks);
  if (!v) {
    data_blocks_free(*blocks);
    *blocks = NULL;
  }
  return v;
}

/* data_parse_bytes_in_blocks, keys_known_unique as parse_in's. */
static data_value *parse_bytes_in_blocks(const char *buf, size_t len, data_error *err, data_blocks **blocks,
                                         int keys_known_unique) {
  data_error dummy;
  if (err == NULL) err = &dummy;
  *blocks = NULL;
  data_value *v = parse_file_bytes(buf, len, err, blocks, keys_known_unique);
  if (!v) {
    data_blocks_free(*blocks);
    *blocks = NULL;
  }
  return v;
}

data_value *data_parse_bytes_in_blocks(const char *buf, size_t len, data_error *err, data_blocks **blocks) {
  return parse_bytes_in_blocks(buf, len, err, blocks, 0);
}

data_value *data_parse_bytes_again_in_blocks(const char *buf, size_t len, data_error *err, data_blocks **blocks) {
  return parse_bytes_in_blocks(buf, len, err, blocks, 1);
}

void data_free(data_value *v) {
  if (v == NULL) return;
  if (v->kind == DATA_STRING) {
    if (!string_is_inline(v)) free(v->u.string.s);   /* data_clone's strings have a block of their own */
  } else if (v->kind == DATA_TABLE) {
    size_t i;
    for (i = 0; i < v->u.table.n; i++) {
      free(v->u.table.fields[i].key);
      data_free(v->u.table.fields[i].value);
    }
    free(v->u.table.fields);
  }
  free(v);
}

data_value *data_clone(const data_value *v) {
  data_value *c;
  if (v == NULL) return NULL;
  c = tree_new(v->kind, v->line);
  if (c == NULL) return NULL;
  c->u = v->u;
  if (v->kind == DATA_STRING) {
    c->u.string.s = tree_strdup(v->u.string.s, v->u.string.len);
    if (c->u.string.s == NULL) {
      free(c);
      c = NULL;
    }
  } else if (v->kind == DATA_TABLE) {
    size_t i, n = v->u.table.n;
    int ok = 1;
    c->u.table.fields = n ? calloc(n, sizeof *c->u.table.fields) : NULL;
    c->u.table.n = c->u.table.fields ? n : 0;
    ok = n == 0 || c->u.table.fields != NULL;
    for (i = 0; ok && i < n; i++) {
      const data_field *src = &v->u.table.fields[i];
      data_field *dst = &c->u.table.fields[i];
      dst->index = src->index;
      dst->line = src->line;
      if (src->key) {
        dst->key = tree_strdup(src->key, strlen(src->key));
        ok = dst->key != NULL;
      }
      if (ok) {
        dst->value = data_clone(src->value);
        ok = dst->value != NULL || src->value == NULL;
      }
    }
    if (!ok) {
      data_free(c);
      c = NULL;
    }
  }
  return c;
}

const data_field *data_field_of(const data_value *table, const char *key) {
  const data_field *f = NULL;
  if (table && table->kind == DATA_TABLE && key) {
    size_t i = tree_find(table, key);
    if (i < table->u.table.n) f = &table->u.table.fields[i];
  }
  return f;
}

const data_value *data_get(const data_value *table, const char *key) {
  const data_field *f = data_field_of(table, key);
  return f ? f->value : NULL;
}

const data_value *data_at(const data_value *table, long long index) {
  const data_value *v = NULL;
  if (table && table->kind == DATA_TABLE && index >= 1) {
    size_t i, n = table->u.table.n;
    const data_field *fields = table->u.table.fields;
    /* usual case: items 1..k first, in order */
    if ((unsigned long long)index <= n && fields[index - 1].key == NULL &&
        fields[index - 1].index == index) {
      v = fields[index - 1].value;
    } else {
      for (i = 0; i < n; i++) {
        if (fields[i].key == NULL && fields[i].index == index) {
          v = fields[i].value;
          break;
        }
      }
    }
  }
  return v;
}

size_t data_len(const data_value *table) {
  size_t n = 0;
  if (table && table->kind == DATA_TABLE) {
    size_t i;
    size_t items = 0;
    /* one pass finds the run of items stored in order, lookups the rest;
    ** when every item is in that run (indexes 1..n), there is no n + 1 */
    for (i = 0; i < table->u.table.n; i++) {
      const data_field *f = &table->u.table.fields[i];
      if (f->key == NULL) {
        items++;
        if ((unsigned long long)f->index == n + 1) n++;
      }
    }
    if (items > n)
      while (data_at(table, (long long)n + 1)) n++;
  }
  return n;
}

/* Append n bytes of s to the path, as far as it has room. */
static void path_append(data_path *p, const char *s, size_t n) {
  size_t room = DATA_PATH_MAX - 1 - p->len;
  if (n > room) n = room;
  memcpy(p->s + p->len, s, n);
  p->len += n;
  p->s[p->len] = '\0';
}

size_t data_path_enter_key(data_path *p, const char *key) {
  size_t mark = p->len;
  if (mark) path_append(p, ".", 1);
  path_append(p, key, strlen(key));
  return mark;
}

size_t data_path_enter_index(data_path *p, long long index) {
  size_t mark = p->len;
  char digits[24], *d = digits + sizeof digits;
  unsigned long long u = index < 0 ? 0ULL - (unsigned long long)index : (unsigned long long)index;
  do { *--d = (char)('0' + u % 10); u /= 10; } while (u);
  if (index < 0) *--d = '-';
  path_append(p, "[", 1);
  path_append(p, d, (size_t)(digits + sizeof digits - d));
  path_append(p, "]", 1);
  return mark;
}

void data_path_leave(data_path *p, size_t mark) {
  p->len = mark;
  p->s[mark] = '\0';
}

void data_trail_text(const data_trail *t, data_path *out) {
  size_t n = t->depth < DATA_PATH_MAX ? t->depth : DATA_PATH_MAX;
  out->s[0] = '\0';
  out->len = 0;
  for (size_t i = 0; i < n; i++) {
    if (t->step[i].key) data_path_enter_key(out, t->step[i].key);
    else data_path_enter_index(out, t->step[i].index);
  }
}

const char *data_str(const data_value *v) {
  return v && v->kind == DATA_STRING ? v->u.string.s : NULL;
}

const char *data_kind_name(data_kind kind) {
  switch (kind) {
    case DATA_NIL: return "nil";
    case DATA_BOOLEAN: return "boolean";
    case DATA_INTEGER: return "integer";
    case DATA_NUMBER: return "number";
    case DATA_STRING: return "string";
    case DATA_TABLE: return "table";
  }
  return "unknown";
}

/* Merge the keyed fields of overlay into a copy of base (both tables). */
static data_value *tree_merge(const data_value *base,
                              const data_value *overlay) {
  data_value *r = data_clone(base);
  size_t i;
  for (i = 0; r && i < overlay->u.table.n; i++) {
    const data_field *of = &overlay->u.table.fields[i];
    size_t at;
    data_value *nv;
    if (of->key == NULL) continue;   /* not reached: callers check */
    at = tree_find(r, of->key);
    if (at < r->u.table.n) {
      data_field *rf = &r->u.table.fields[at];
      int deep = rf->value && of->value &&
                 rf->value->kind == DATA_TABLE &&
                 of->value->kind == DATA_TABLE &&
                 tree_has(rf->value, 1) && tree_has(of->value, 1) &&
                 !tree_has(of->value, 0);
      nv = deep ? tree_merge(rf->value, of->value) : data_clone(of->value);
      if (nv == NULL) {
        data_free(r);
        r = NULL;
      } else {
        data_free(rf->value);
        rf->value = nv;
        if (!deep) rf->line = of->line;
      }
    } else {
      data_field *nf = realloc(r->u.table.fields,
                               (r->u.table.n + 1) * sizeof *nf);
      char *key = tree_strdup(of->key, strlen(of->key));
      nv = data_clone(of->value);
      if (nf) r->u.table.fields = nf;
      if (nf == NULL || key == NULL || nv == NULL) {
        free(key);
        data_free(nv);
        data_free(r);
        r = NULL;
      } else {
        nf[r->u.table.n].key = key;
        nf[r->u.table.n].index = 0;
        nf[r->u.table.n].value = nv;
        nf[r->u.table.n].line = of->line;
        r->u.table.n++;
      }
    }
  }
  return r;
}

data_value *data_merge(const data_value *base, const data_value *overlay) {
  data_value *r;
  if (overlay == NULL)
    r = data_clone(base);
  else if (base == NULL || base->kind != DATA_TABLE ||
           overlay->kind != DATA_TABLE || tree_has(overlay, 0))
    r = data_clone(overlay);
  else
    r = tree_merge(base, overlay);
  return r;
}

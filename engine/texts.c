/*
 * texts.c -- official texts as provisions: parse, write, read back, cue words.
 */
#include "texts.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "infile.h"
#include "precompiled.h"  /* precompiled_text_is_bundled_file */
#include "rules.h"    /* lx_ref_compare, the rule set's accessors */
#include "schema.h"   /* schema_is_ref */
#include "strbuf.h"

#define TEXT_FILE_MAX (16u << 20)
#define MAX_SUB 4           /* sub-paragraph levels: letter, roman, letter, roman */
#define MAX_MARKERS 4       /* markers on one line: "a) i)" */

/* ---------------------------------------------------------------------- */
/* Lines                                                                   */
/* ---------------------------------------------------------------------- */

/* Copy [s, s+n) into out (size >= n + 1) with every run of white space
** (blanks, tabs, CR, U+00A0 no-break space) made one blank, trimmed. */
static void normalize_line(const char *s, size_t n, char *out) {
  size_t o = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int ws = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) { ws = 1; i++; }
    if (ws) { space = 1; continue; }
    if (space && o > 0) out[o++] = ' ';
    space = 0;
    out[o++] = (char)c;
  }
  out[o] = '\0';
}

static int is_digits(const char *s, size_t n) {
  if (n == 0) return 0;
  for (size_t i = 0; i < n; i++) if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* A running header of the Official Journal: "6.8.2004", "EN", "FR",
** "Official Journal of the European Union", "L 261/19"... */
static int is_page_header(const char *s) {
  static const char *const journals[] = {
    "Official Journal of the European Union", "Official Journal of the European Communities",
    "Journal officiel de l'Union européenne", "Journal officiel des Communautés européennes",
    "Diario Oficial de la Unión Europea", "Diario Oficial de las Comunidades Europeas", NULL
  };
  for (int i = 0; journals[i]; i++) if (strcmp(s, journals[i]) == 0) return 1;
  size_t n = strlen(s);
  if (n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') return 1;
  /* d.m.yyyy */
  const char *p = s;
  size_t a = strspn(p, "0123456789");
  if (a >= 1 && a <= 2 && p[a] == '.') {
    p += a + 1;
    size_t b = strspn(p, "0123456789");
    if (b >= 1 && b <= 2 && p[b] == '.') {
      p += b + 1;
      if (strlen(p) == 4 && is_digits(p, 4)) return 1;
    }
  }
  /* L 261/19, C 123/4 */
  if ((s[0] == 'L' || s[0] == 'C') && s[1] == ' ') {
    p = s + 2;
    size_t c = strspn(p, "0123456789");
    if (c && p[c] == '/' && strlen(p + c + 1) && is_digits(p + c + 1, strlen(p + c + 1))) return 1;
  }
  return 0;
}

/* The closing formula after the last article: a treaty's testimonium, or
** the place and date of an act of the European Union ("Fait à Luxembourg,
** le 29 avril 2004."), after which come only signatures and footnotes. */
static int is_testimonium(const char *s) {
  return strncmp(s, "IN WITNESS WHEREOF", 18) == 0 || strncmp(s, "EN FOI DE QUOI", 14) == 0
      || strncmp(s, "EN FE DE LO CUAL", 16) == 0 || strncmp(s, "Fait à ", 8) == 0
      || strncmp(s, "Done at ", 8) == 0 || strncmp(s, "Hecho en ", 9) == 0;
}

/* Remove the emphasis marks ('*' runs, Markdown bold or italics) that open
** or close a line in place: "*Article 20" -> "Article 20", "Prescription*"
** -> "Prescription", "**Compétence**" -> "Compétence".  Marks inside the line
** ("Article 22 *Compétence*") are left to article_heading. */
static void strip_emphasis(char *s) {
  size_t lead = strspn(s, "*");
  if (lead) memmove(s, s + lead, strlen(s + lead) + 1);
  size_t n = strlen(s);
  while (n && s[n - 1] == '*') s[--n] = '\0';
  while (n && s[n - 1] == ' ') s[--n] = '\0';
  if (s[0] == ' ') memmove(s, s + 1, strlen(s));
}

/* "Article 5", "Article premier", "Artículo 34": the number into num.  A
** heading may carry the article's title on the same line in emphasis
** ("Article 22 *Compétence*"): the title then goes into title (size tsize),
** else title is "".  Other words after the number are no heading. */
static int article_heading(const char *s, char *num, size_t size, char *title, size_t tsize) {
  static const char *const words[] = { "Article ", "ARTICLE ", "Artículo ", "ARTÍCULO ", NULL };
  title[0] = '\0';
  for (int i = 0; words[i]; i++) {
    size_t w = strlen(words[i]);
    if (strncmp(s, words[i], w) != 0) continue;
    const char *p = s + w;
    size_t n = strcspn(p, " ");
    const char *after = p[n] == ' ' && p[n + 1] == '*' ? p + n + 1 : NULL;
    if (p[n] && !after) return 0;
    if (after) {
      snprintf(title, tsize, "%s", after);
      strip_emphasis(title);
      if (!title[0]) return 0;
    }
    if ((n == 7 && (strncmp(p, "premier", 7) == 0 || strncmp(p, "primero", 7) == 0 || strncmp(p, "PREMIER", 7) == 0))) {
      snprintf(num, size, "1");
      return 1;
    }
    if (n >= 1 && n <= 3 && is_digits(p, n)) { snprintf(num, size, "%.*s", (int)n, p); return 1; }
    title[0] = '\0';
  }
  return 0;
}

/* A chapter heading between articles: "Chapitre premier", "Chapitre II",
** "Chapter IV", "Capítulo III", optionally followed by its title on the same
** line ("Chapitre III Compétence").  Returns 1 for a heading alone (its title
** is the next line), 2 for a heading with its title, 0 for no heading. */
static int chapter_heading(const char *s) {
  static const char *const words[] = { "Chapitre ", "CHAPITRE ", "Chapter ", "CHAPTER ", "Capítulo ", "CAPÍTULO ", NULL };
  for (int i = 0; words[i]; i++) {
    size_t w = strlen(words[i]);
    if (strncmp(s, words[i], w) != 0) continue;
    const char *p = s + w;
    size_t n = strcspn(p, " ");
    int numbered = strspn(p, "IVXLC") == n;
    static const char *const first[] = { "premier", "PREMIER", "primero", "PRIMERO", "first", "FIRST", NULL };
    for (int k = 0; first[k] && !numbered; k++) numbered = n == strlen(first[k]) && !strncmp(p, first[k], n);
    if (!numbered || n == 0) return 0;
    return p[n] ? 2 : 1;
  }
  return 0;
}

/* The heading of an annex after the testimonium ("Annexe", "Annex",
** "Anexo"), alone on its line. */
static int annex_heading(const char *s) {
  return !strcmp(s, "Annexe") || !strcmp(s, "ANNEXE") || !strcmp(s, "Annex") || !strcmp(s, "ANNEX")
      || !strcmp(s, "Anexo") || !strcmp(s, "ANEXO");
}

/* A footnote: a line opening with a superscript figure ("¹ Des notes..."). */
static int footnote_line(const char *s) {
  static const char *const marks[] = { "\xc2\xb9", "\xc2\xb2", "\xc2\xb3", "\xe2\x81\xb4", NULL };
  for (int i = 0; marks[i]; i++) if (!strncmp(s, marks[i], strlen(marks[i]))) return 1;
  return 0;
}

/* In an annex of interpretative notes, the heading of a group of notes:
** "Article 17", "Articles 23 et 35, concernant le terme « enquête »". */
static int note_group_heading(const char *s) {
  return !strncmp(s, "Article ", 8) || !strncmp(s, "Articles ", 9) || !strncmp(s, "Artículo", 9)
      || !strncmp(s, "Artículos ", 11);
}

/* "12.   text" (or "3." alone, *rest then ""): the number into *no and
** the words into *rest.  "l." is
** taken for "1." when allow_l (the English annex misprints art. 35(1)). */
static int paragraph_line(const char *s, int allow_l, long *no, const char **rest) {
  size_t d = strspn(s, "0123456789");
  if (d == 0 && allow_l && s[0] == 'l') d = 1;
  if (d == 0 || d > 3 || s[d] != '.') return 0;
  if (s[d + 1] == '\0' && s[0] != 'l') {   /* "3." alone: its words, or markers, follow */
    *no = strtol(s, NULL, 10);
    *rest = s + d + 1;
    return 1;
  }
  if (s[d + 1] != ' ' || s[d + 2] == '\0') return 0;
  *no = s[0] == 'l' ? 1 : strtol(s, NULL, 10);
  *rest = s + d + 2;
  return 1;
}

/* Value of a lower-case roman numeral, or -1. */
static int roman(const char *s) {
  static const char *const numerals[] = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", NULL
  };
  for (int i = 0; numerals[i]; i++) if (strcmp(s, numerals[i]) == 0) return i + 1;
  return -1;
}

/* Sub-paragraph markers at the start of s: "(a)", "a)", "(ii)", "a." each
** followed by a blank or the end; "a." only on a line of markers alone.
** Names go to names[], the words after them to *rest.  0 when s does not
** start with a marker. */
static int markers(const char *s, char names[MAX_MARKERS][8], const char **rest) {
  int n = 0, dotted = 0;
  const char *p = s;
  while (n < MAX_MARKERS) {
    const char *q = p;
    int paren = *q == '(';
    if (paren) q++;
    size_t l = 0;
    while (q[l] >= 'a' && q[l] <= 'z') l++;
    if (l == 0 || l > 6) break;
    char close = q[l];
    if (paren ? close != ')' : (close != ')' && close != '.')) break;
    if (q[l + 1] != ' ' && q[l + 1] != '\0') break;
    char name[8];
    memcpy(name, q, l);
    name[l] = '\0';
    if (l > 1 && roman(name) < 0) break;
    memcpy(names[n++], name, l + 1);
    if (close == '.') dotted = 1;
    p = q + l + 1;
    if (*p == ' ') p++;
  }
  if (n == 0 || (dotted && *p)) return 0;
  *rest = p;
  return n;
}

/* ---------------------------------------------------------------------- */
/* Building the provisions                                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
  lx_texts *t;
  diag_list *diags;
  const char *file;
  size_t cap_p, cap_a;
  int art;                  /* provision of the current article, or -1 */
  int art_start;            /* its index: duplicates are looked for from here */
  int para;                 /* provision of the current paragraph, or -1 */
  int sub[MAX_SUB];         /* open sub-paragraphs, outermost first */
  char subname[MAX_SUB][8];
  int nsub;
  int last_text;            /* provision that last received words, or -1 */
  long last_para, last_art;
  int want_title;
  int paper;                /* no "Article" heading: numbered paragraphs are the top level */
  int errors;
} builder;

static void oom(builder *b, int line) {
  if (!b->errors++) diag_add(b->diags, b->file, line, NULL, "out of memory");
}

/* A new provision ref (parent's ref + "." + name, or instrument:name). */
static int add_provision(builder *b, int parent, const char *name, int line) {
  lx_texts *t = b->t;
  char ref[256];
  if (parent < 0) snprintf(ref, sizeof ref, "%s:%s", t->instrument, name);
  else snprintf(ref, sizeof ref, "%s.%s", t->provisions[parent].ref, name);
  for (size_t i = b->art_start >= 0 ? (size_t)b->art_start : 0; i < t->nprovisions; i++)
    if (strcmp(t->provisions[i].ref, ref) == 0) {
      diag_add(b->diags, b->file, line, NULL, "%s appears twice (first on line %d)", ref, t->provisions[i].line);
      b->errors++;
      return -1;
    }
  if (t->nprovisions == b->cap_p) {
    size_t cap = b->cap_p ? b->cap_p * 2 : 256;
    lx_provision *np = realloc(t->provisions, cap * sizeof *np);
    if (!np) { oom(b, line); return -1; }
    t->provisions = np;
    b->cap_p = cap;
  }
  lx_provision *p = &t->provisions[t->nprovisions];
  memset(p, 0, sizeof *p);
  p->ref = strdup(ref);
  p->text = strdup("");
  p->parent = parent;
  p->line = line;
  if (!p->ref || !p->text) { free(p->ref); free(p->text); oom(b, line); return -1; }
  if (parent >= 0) t->provisions[parent].nchildren++;
  return (int)t->nprovisions++;
}

/* Append words to a provision's text (or tail), a blank between unless
** they start with punctuation (a page break before ", threats"). */
static void add_words(builder *b, char **slot, const char *words, int line) {
  size_t old = *slot ? strlen(*slot) : 0, n = strlen(words);
  char *s = realloc(*slot, old + n + 2);
  if (!s) { oom(b, line); return; }
  if (old && !strchr(",;:.)", words[0])) s[old++] = ' ';
  memcpy(s + old, words, n + 1);
  *slot = s;
}

/* Close the current article: one the copy gives neither a title nor any
** text (the Spanish copy stops at the heading of art. 34) is dropped. */
static void close_article(builder *b) {
  if (b->art < 0) return;
  lx_texts *t = b->t;
  lx_provision *a = &t->provisions[b->art];
  lx_article *ar = &t->articles[t->narticles - 1];
  if (b->nsub == 0 && b->para < 0 && a->text[0] == '\0' && a->nchildren == 0) {
    diag_add(b->diags, b->file, a->line, NULL, "warning: article %s has %s no text: left out (the copy stops here?)",
             ar->number, ar->title ? "a title but" : "no title and");
    free(a->ref); free(a->text); free(a->tail);
    t->nprovisions--;
    free(ar->number); free(ar->title);
    t->narticles--;
  } else if (!ar->title && !b->paper) {
    diag_add(b->diags, b->file, a->line, NULL, "warning: article %s has no title", ar->number);
  }
  b->art = -1;
}

static void start_article(builder *b, const char *num, int line) {
  close_article(b);
  lx_texts *t = b->t;
  if (texts_article(t, num)) {
    diag_add(b->diags, b->file, line, NULL, "article %s appears twice", num);
    b->errors++;
    return;
  }
  long no = strtol(num, NULL, 10);
  if (b->last_art && no != b->last_art + 1)
    diag_add(b->diags, b->file, line, NULL, "warning: article %s follows article %ld", num, b->last_art);
  b->last_art = no;
  if (t->narticles == b->cap_a) {
    size_t cap = b->cap_a ? b->cap_a * 2 : 64;
    lx_article *na = realloc(t->articles, cap * sizeof *na);
    if (!na) { oom(b, line); return; }
    t->articles = na;
    b->cap_a = cap;
  }
  b->art_start = (int)t->nprovisions;
  int idx = add_provision(b, -1, num, line);
  if (idx < 0) return;
  lx_article *ar = &t->articles[t->narticles++];
  ar->number = strdup(num);
  ar->title = NULL;
  if (!ar->number) oom(b, line);
  b->art = idx;
  b->para = -1;
  b->nsub = 0;
  b->last_para = 0;
  b->last_text = -1;
  b->want_title = 1;
}

static void start_paragraph(builder *b, long no, const char *words, int line) {
  if (no != b->last_para + 1)
    diag_add(b->diags, b->file, line, NULL, "warning: paragraph %ld follows paragraph %ld", no, b->last_para);
  b->last_para = no;
  char name[24];
  snprintf(name, sizeof name, "%ld", no);
  int idx = add_provision(b, b->art, name, line);
  b->nsub = 0;
  b->para = idx;
  if (idx < 0) return;
  add_words(b, &b->t->provisions[idx].text, words, line);
  b->last_text = idx;
}

/* Is name the marker after prev at a level of this kind (letters at even
** levels, roman numerals at odd ones)? */
static int successor(const char *prev, const char *name, int level) {
  if (level % 2 == 0) return strlen(prev) == 1 && strlen(name) == 1 && name[0] == prev[0] + 1;
  int a = roman(prev), c = roman(name);
  return a > 0 && c == a + 1;
}

static int ends_with_colon(const char *s) {
  size_t n = strlen(s);
  return n && s[n - 1] == ':';
}

/* Place one sub-paragraph marker: a first child of the open provision when
** that provision has no words yet or ends in ':' (a chapeau), else the next
** sibling at the level whose sequence it continues. */
static void place_marker(builder *b, const char *name, int line) {
  lx_texts *t = b->t;
  int level = -1;
  if (b->nsub == 0) {
    level = 0;
  } else {
    const lx_provision *open = &t->provisions[b->sub[b->nsub - 1]];
    int child = b->nsub;
    const char *first = child % 2 == 0 ? "a" : "i";
    if (child < MAX_SUB && strcmp(name, first) == 0 && (open->text[0] == '\0' || ends_with_colon(open->text)))
      level = child;
    for (int l = b->nsub - 1; level < 0 && l >= 0; l--)
      if (successor(b->subname[l], name, l)) level = l;
    if (level < 0) {
      level = child < MAX_SUB ? child : b->nsub - 1;
      diag_add(b->diags, b->file, line, NULL, "warning: marker '%s' does not continue a sequence; read as a sub-paragraph of %s",
               name, level ? t->provisions[b->sub[level - 1]].ref
                            : t->provisions[b->para >= 0 ? b->para : b->art].ref);
    }
  }
  if (level == 0 && strcmp(name, "a") != 0 && b->nsub == 0)
    diag_add(b->diags, b->file, line, NULL, "warning: the first sub-paragraph is '%s', not 'a'", name);
  int parent = level > 0 ? b->sub[level - 1] : b->para >= 0 ? b->para : b->art;
  b->nsub = level;
  if (parent < 0) return;
  int idx = add_provision(b, parent, name, line);
  if (idx < 0) return;
  b->sub[level] = idx;
  snprintf(b->subname[level], sizeof b->subname[level], "%s", name);
  b->nsub = level + 1;
}

/* Has the open paragraph (or article) closed its list of sub-paragraphs
** with words of its own?  Markers after those words belong to them: the
** exceptions "à l'exception i) ... ii) ..." after 2004/80 art. 11(1) a)
** and b) are not a new list. */
static int in_tail(const builder *b) {
  int holder = b->para >= 0 ? b->para : b->art;
  return b->nsub == 0 && holder >= 0 && b->t->provisions[holder].tail != NULL;
}

/* A conjunction alone on its line: "ou", "et", "or", "and", "o", "y". */
static int is_conjunction(const char *s) {
  static const char *const words[] = { "ou", "et", "or", "and", "o", "y", NULL };
  for (int i = 0; words[i]; i++) if (!strcmp(s, words[i])) return 1;
  return 0;
}

/* Do words continue text, a sentence broken in the middle: text does not
** end a clause (".", ";", ":") and the words start in lower case? */
static int continues(const char *text, const char *words) {
  size_t n = strlen(text);
  if (!n || strchr(".;:", text[n - 1])) return 0;
  return (words[0] >= 'a' && words[0] <= 'z') || (unsigned char)words[0] == 0xc3;   /* "à", "é"... */
}

/* Words on a line of their own.  In an open provision without words they
** are its words; after a page header they continue the words the header
** interrupted; after the words of a sub-paragraph they close the list (the
** paragraph's tail); else they continue the open provision. */
static void free_words(builder *b, const char *words, int after_header, int line) {
  lx_texts *t = b->t;
  int open = b->nsub ? b->sub[b->nsub - 1] : b->para >= 0 ? b->para : b->art;
  if (open < 0) return;
  if (t->provisions[open].text[0] == '\0' && !(open == b->art && b->para >= 0)) {
    add_words(b, &t->provisions[open].text, words, line);
    b->last_text = open;
    return;
  }
  if (in_tail(b)) {                       /* the closing words go on */
    int holder = b->para >= 0 ? b->para : b->art;
    add_words(b, &t->provisions[holder].tail, words, line);
    b->last_text = holder;
    return;
  }
  if (after_header && b->last_text >= 0) {
    lx_provision *p = &t->provisions[b->last_text];
    if (p->tail) add_words(b, &p->tail, words, line);
    else add_words(b, &p->text, words, line);
    return;
  }
  if (continues(t->provisions[open].text, words)) {
    /* a sentence broken over two lines without a page header */
    add_words(b, &t->provisions[open].text, words, line);
    b->last_text = open;
    return;
  }
  if (b->nsub && is_conjunction(words)) {
    /* "ou" alone between two sub-paragraphs (Cybercrime 14(2)(c)-(d)) */
    add_words(b, &t->provisions[open].text, words, line);
    b->last_text = open;
    return;
  }
  if (b->nsub) {
    /* the words close the innermost list: that of the sub-paragraph
    ** holding it (Cybercrime 11(1)(a) after (ii)), else of the paragraph */
    int holder = b->nsub >= 2 ? b->sub[b->nsub - 2] : b->para >= 0 ? b->para : b->art;
    add_words(b, &t->provisions[holder].tail, words, line);
    b->last_text = holder;
    b->nsub--;
    return;
  }
  add_words(b, &t->provisions[open].text, words, line);
  b->last_text = open;
}

static int by_ref(const void *a, const void *b) {
  return lx_ref_compare(((const lx_provision *)a)->ref, ((const lx_provision *)b)->ref);
}

#define LINK_DEPTH 16          /* deeper references are found by search alone */

/* The depth of a reference: its dots after the instrument ("untoc:5" 0,
** "untoc:5.1.a" 2). */
static int ref_depth(const char *ref) {
  const char *p = strchr(ref, ':');
  int d = 0;
  for (p = p ? p : ref; *p; p++) d += *p == '.';
  return d;
}

/* Sort the provisions in reading order and link each to its parent: the
** longest proper prefix of its reference that is a provision (the
** provision last read at that depth when it is the one, else found by
** texts_find: references are unique, so both give the same index). */
static void link_tree(lx_texts *t) {
  int sorted = 1;
  for (size_t i = 1; i < t->nprovisions; i++)
    if (lx_ref_compare(t->provisions[i - 1].ref, t->provisions[i].ref) > 0) sorted = 0;
  if (!sorted) qsort(t->provisions, t->nprovisions, sizeof *t->provisions, by_ref);
  for (size_t i = 0; i < t->nprovisions; i++) t->provisions[i].nchildren = 0;
  int open[LINK_DEPTH];        /* the last provision read at each depth: the likely ancestors */
  for (int d = 0; d < LINK_DEPTH; d++) open[d] = -1;
  for (size_t i = 0; i < t->nprovisions; i++) {
    lx_provision *p = &t->provisions[i];
    char ref[256];
    size_t len = strlen(p->ref);
    if (len >= sizeof ref) len = sizeof ref - 1;     /* cut as snprintf would */
    memcpy(ref, p->ref, len);
    ref[len] = '\0';
    p->parent = -1;
    char *dot;
    while (p->parent < 0 && (dot = strrchr(ref, '.')) && strchr(ref, ':') < dot) {
      *dot = '\0';
      int d = ref_depth(ref);
      if (d < LINK_DEPTH && open[d] >= 0 && strcmp(t->provisions[open[d]].ref, ref) == 0) p->parent = open[d];
      else p->parent = texts_find(t, ref);
    }
    if (p->parent >= 0) t->provisions[p->parent].nchildren++;
    int d = ref_depth(p->ref);
    if (d < LINK_DEPTH) open[d] = (int)i;
  }
}

/* Does [src, src+len) hold an "Article N" heading?  A text without one (a
** background paper, a resolution) is read as numbered paragraphs. */
static int has_article_heading(const char *src, size_t len) {
  char line[256], num[8];
  for (size_t pos = 0; pos < len;) {
    const char *start = src + pos, *nl = memchr(start, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - start) : len - pos;
    pos += n + (nl ? 1 : 0);
    if (n >= sizeof line) continue;          /* a heading is short */
    normalize_line(start, n, line);
    char title[256];
    if (article_heading(line, num, sizeof num, title, sizeof title)) return 1;
  }
  return 0;
}

/* The rule above the footnotes of a page: a line of underscores. */
static int is_footnote_rule(const char *s) {
  size_t n = strspn(s, "_");
  return n >= 5 && s[n] == '\0';
}

/* The first line of a footnote, in the raw line: its number then two
** blanks or more ("1  Voir également..."). */
static int is_footnote_start(const char *raw, size_t n) {
  size_t i = 0;
  while (i < n && (raw[i] == ' ' || raw[i] == '\t')) i++;
  size_t d = i;
  while (i < n && raw[i] >= '0' && raw[i] <= '9') i++;
  return i > d && i - d <= 3 && i + 1 < n && raw[i] == ' ' && raw[i + 1] == ' ';
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

int texts_parse(const char *src, size_t len, const char *instrument, const char *lang,
                const char *file, lx_texts *out, diag_list *diags) {
  memset(out, 0, sizeof *out);
  out->instrument = strdup(instrument);
  out->lang = strdup(lang);
  out->source = strdup(base_name(file));
  if (!out->instrument || !out->lang || !out->source) { diag_add(diags, file, 0, NULL, "out of memory"); return -1; }
  builder b;
  memset(&b, 0, sizeof b);
  b.t = out;
  b.diags = diags;
  b.file = file;
  b.art = b.para = b.last_text = -1;
  b.art_start = -1;
  char *line = malloc(len + 1);
  if (!line) { diag_add(diags, file, 0, NULL, "out of memory"); return -1; }
  int lineno = 0, after_header = 0, skip_title = 0;
  enum { BODY, CLOSING, ANNEX } part = BODY;   /* the articles; after the testimonium; its annex */
  /* a paper: blank-separated heading blocks ("I. Introduction", "Première
  ** réunion, tenue en 2006") are skipped, and so are footnotes after the
  ** rule of underscores, up to the line that ends their sentence */
  b.paper = !has_article_heading(src, len);
  int blank_before = 1, in_heading = 0, after_rule = 0, in_footnote = 0;
  size_t pos = 0;
  while (pos < len) {
    const char *start = src + pos;
    const char *nl = memchr(start, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - start) : len - pos;
    pos += n + (nl ? 1 : 0);
    lineno++;
    normalize_line(start, n, line);
    strip_emphasis(line);
    if (!line[0]) { blank_before = 1; in_heading = 0; continue; }
    if (is_page_header(line) || footnote_line(line)) { after_header = 1; continue; }
    if (is_testimonium(line)) { part = CLOSING; continue; }
    if (part == CLOSING) {
      /* after the testimonium only an annex of interpretative notes is
      ** read: a pseudo-article "note" whose paragraphs are the notes */
      if (!annex_heading(line)) continue;
      part = ANNEX;
      b.last_art = 0;
      start_article(&b, TEXTS_NOTE_ARTICLE, lineno);
      continue;
    }
    char num[8], names[MAX_MARKERS][8], title[256];
    const char *rest;
    long no;
    int nm;
    if (b.paper) {
      int was_blank = blank_before;
      blank_before = 0;
      if (is_footnote_rule(line)) { after_rule = after_header = 1; continue; }
      if (after_rule && is_footnote_start(start, n)) in_footnote = 1;
      after_rule = 0;
      if (in_footnote) {
        if (line[strlen(line) - 1] == '.') { in_footnote = 0; after_header = 1; }
        continue;
      }
      if (in_heading) continue;
      if (paragraph_line(line, 0, &no, &rest)) {
        snprintf(num, sizeof num, "%ld", no);
        start_article(&b, num, lineno);
        b.want_title = 0;
        if (b.art >= 0) { add_words(&b, &out->provisions[b.art].text, rest, lineno); b.last_text = b.art; }
        after_header = 0;
        continue;
      }
      if (markers(line, names, &rest) == 0) {
        if (was_blank) { in_heading = 1; continue; }
        /* a wrapped line: it continues the words above it */
        if (b.last_text >= 0) add_words(&b, &out->provisions[b.last_text].text, line, lineno);
        after_header = 0;
        continue;
      }
    }
    int heading = part == BODY && !b.paper && article_heading(line, num, sizeof num, title, sizeof title);
    if (skip_title) {                     /* a chapter's title ("DISPOSITIONS GÉNÉRALES"), */
      skip_title = 0;                     /* not words of the article before */
      if (!heading) continue;
    }
    int chapter = part == BODY && !heading && !b.paper ? chapter_heading(line) : 0;
    if (chapter) { skip_title = chapter == 1; continue; }
    if (part == ANNEX && note_group_heading(line)) { b.want_title = 0; continue; }
    if (!heading && line[0] == '-' && line[1] == ' ' && markers(line + 2, names, &rest) > 0)
      memmove(line, line + 2, strlen(line + 2) + 1);   /* "- a) ..." a list item */
    if (heading) {
      start_article(&b, num, lineno);
      if (title[0] && b.art >= 0) {
        b.want_title = 0;
        out->articles[out->narticles - 1].title = strdup(title);
        if (!out->articles[out->narticles - 1].title) oom(&b, lineno);
      }
    } else if (b.art < 0) {
      /* the instrument's name and anything else before article 1 */
    } else if (paragraph_line(line, b.last_para == 0, &no, &rest)) {
      b.want_title = 0;
      nm = markers(rest, names, &rest);    /* "12. a) text": the paragraph opens with a sub-paragraph */
      start_paragraph(&b, no, nm > 0 ? "" : rest, lineno);
      for (int i = 0; i < nm; i++) place_marker(&b, names[i], lineno);
      if (nm > 0 && *rest && b.nsub) {
        add_words(&b, &out->provisions[b.sub[b.nsub - 1]].text, rest, lineno);
        b.last_text = b.sub[b.nsub - 1];
      }
    } else if ((nm = markers(line, names, &rest)) > 0 && in_tail(&b)) {
      add_words(&b, &out->provisions[b.para >= 0 ? b.para : b.art].tail, line, lineno);
    } else if (nm > 0) {
      b.want_title = 0;
      for (int i = 0; i < nm; i++) place_marker(&b, names[i], lineno);
      if (*rest && b.nsub) {
        add_words(&b, &out->provisions[b.sub[b.nsub - 1]].text, rest, lineno);
        b.last_text = b.sub[b.nsub - 1];
      }
    } else if (b.want_title) {
      b.want_title = 0;
      lx_article *ar = &out->articles[out->narticles - 1];
      ar->title = strdup(line);
      if (!ar->title) oom(&b, lineno);
    } else {
      free_words(&b, line, after_header, lineno);
    }
    after_header = 0;
  }
  close_article(&b);
  free(line);
  if (out->narticles == 0) {
    diag_add(diags, file, 0, NULL, "no article found (expected lines such as \"Article 1\", or numbered paragraphs \"1. ...\")");
    return -1;
  }
  link_tree(out);
  return b.errors ? -1 : 0;
}

static char *read_all(const char *path, size_t *len, diag_list *diags) {
  char why[256];
  char *src = infile_read(path, TEXT_FILE_MAX, len, why, sizeof why);
  if (!src) diag_add(diags, path, 0, NULL, "%s", why);
  return src;
}

int texts_parse_file(const char *path, const char *instrument, const char *lang,
                     lx_texts *out, diag_list *diags) {
  size_t len = 0;
  memset(out, 0, sizeof *out);
  char *src = read_all(path, &len, diags);
  if (!src) return -1;
  int rc = texts_parse(src, len, instrument, lang, path, out, diags);
  free(src);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Data files                                                              */
/* ---------------------------------------------------------------------- */

static void put_quoted(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') { fputc('\\', f); fputc(c, f); }
    else if (c == '\n') fputs("\\n", f);
    else if (c < 0x20 || c == 0x7f) fprintf(f, "\\%03u", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

int texts_write(const lx_texts *t, FILE *f) {
  fprintf(f, "-- The official text of %s in %s, as provisions keyed by canonical reference.\n"
             "-- Generated by `lexgap texts import %s --instrument %s --lang %s`:\n"
             "-- regenerate it from the official text rather than edit it.  A data file\n"
             "-- (never executed).  A paragraph's text is its chapeau; words closing a list\n"
             "-- of sub-paragraphs follow it after \"" TEXTS_TAIL_SEP "\".\n",
          t->instrument, t->lang, t->source ? t->source : "?", t->instrument, t->lang);
  fputs("return {\n  instrument = ", f);
  put_quoted(f, t->instrument);
  fputs(",\n  lang = ", f);
  put_quoted(f, t->lang);
  fputs(",\n  source = ", f);
  put_quoted(f, t->source ? t->source : "");
  fputs(",\n  articles = {\n", f);
  for (size_t i = 0; i < t->narticles; i++) {
    fputs("    [", f);
    put_quoted(f, t->articles[i].number);
    fputs("] = {", f);
    if (t->articles[i].title) { fputs(" title = ", f); put_quoted(f, t->articles[i].title); fputs(" ", f); }
    fputs("},\n", f);
  }
  fputs("  },\n  provisions = {\n", f);
  for (size_t i = 0; i < t->nprovisions; i++) {
    const lx_provision *p = &t->provisions[i];
    fputs("    [", f);
    put_quoted(f, p->ref);
    fputs("] = ", f);
    if (p->tail) {
      size_t n = strlen(p->text) + strlen(TEXTS_TAIL_SEP) + strlen(p->tail) + 1;
      char *s = malloc(n);
      if (!s) return -1;
      snprintf(s, n, "%s" TEXTS_TAIL_SEP "%s", p->text, p->tail);
      put_quoted(f, s);
      free(s);
    } else {
      put_quoted(f, p->text);
    }
    fputs(",\n", f);
  }
  fputs("  },\n}\n", f);
  return ferror(f) ? -1 : 0;
}

static int known_lang(const char *s) {
  return s && (strcmp(s, "en") == 0 || strcmp(s, "fr") == 0 || strcmp(s, "es") == 0);
}

/* A string field, or NULL with a problem recorded. */
static const char *need_string(const data_value *v, const char *key, const char *path, diag_list *diags) {
  const data_field *f = data_field_of(v, key);
  const char *s = f ? data_str(f->value) : NULL;
  if (!s) diag_add(diags, path, f ? f->line : v->line, key, "%s", f ? "must be a string" : "missing");
  return s;
}

int texts_load_file(const char *path, lx_texts *out, diag_list *diags) {
  memset(out, 0, sizeof *out);
  data_error err;
  data_value *v = data_parse_file(path, &err);
  if (!v) { diag_add(diags, path, err.line, NULL, "%s", err.message); return -1; }
  int bad = 0;
  size_t before = diags->n;
  if (v->kind != DATA_TABLE) {
    diag_add(diags, path, v->line, NULL, "a texts file is a table { instrument = ..., lang = ..., articles = ..., provisions = ... }");
    data_free(v);
    return -1;
  }
  const char *ins = need_string(v, "instrument", path, diags);
  const char *lang = need_string(v, "lang", path, diags);
  const char *source = data_str(data_get(v, "source"));
  if (lang && !known_lang(lang)) diag_add(diags, path, data_get(v, "lang")->line, "lang", "lang must be en, fr or es");
  const data_value *arts = data_get(v, "articles"), *provs = data_get(v, "provisions");
  if (!arts || arts->kind != DATA_TABLE) diag_add(diags, path, v->line, "articles", "missing table of articles");
  if (!provs || provs->kind != DATA_TABLE) diag_add(diags, path, v->line, "provisions", "missing table of provisions");
  if (diags->n > before) { data_free(v); return -1; }
  out->instrument = strdup(ins);
  out->lang = strdup(lang);
  out->source = strdup(source ? source : "");
  out->file = strdup(path);
  out->articles = calloc(arts->u.table.n + 1, sizeof *out->articles);
  out->provisions = calloc(provs->u.table.n + 1, sizeof *out->provisions);
  if (!out->instrument || !out->lang || !out->source || !out->file || !out->articles || !out->provisions) {
    diag_add(diags, path, 0, NULL, "out of memory");
    data_free(v);
    return -1;
  }
  size_t il = strlen(ins);
  for (size_t i = 0; i < arts->u.table.n; i++) {
    const data_field *fd = &arts->u.table.fields[i];
    const char *title = fd->value->kind == DATA_TABLE ? data_str(data_get(fd->value, "title")) : NULL;
    if (!fd->key || (!is_digits(fd->key, strlen(fd->key)) && strcmp(fd->key, TEXTS_NOTE_ARTICLE) != 0) || fd->value->kind != DATA_TABLE
        || (data_get(fd->value, "title") && !title)) {
      diag_add(diags, path, fd->line, "articles", "each article is [\"N\"] (or [\"note\"], an annex of interpretative notes) = { title = \"...\" }");
      bad++;
      continue;
    }
    lx_article *a = &out->articles[out->narticles++];
    a->number = strdup(fd->key);
    a->title = title ? strdup(title) : NULL;
  }
  for (size_t i = 0; i < provs->u.table.n; i++) {
    const data_field *fd = &provs->u.table.fields[i];
    const char *text = data_str(fd->value);
    if (!fd->key || !text) {
      diag_add(diags, path, fd->line, "provisions", "each provision is [\"ref\"] = \"text\"");
      bad++;
      continue;
    }
    if (!schema_is_ref(fd->key) || strncmp(fd->key, ins, il) != 0 || fd->key[il] != ':') {
      diag_add(diags, path, fd->line, "provisions", "'%s' is not a canonical reference of %s", fd->key, ins);
      bad++;
      continue;
    }
    lx_provision *p = &out->provisions[out->nprovisions++];
    p->ref = strdup(fd->key);
    const char *sep = strstr(text, TEXTS_TAIL_SEP);
    if (sep) {
      p->text = strndup(text, (size_t)(sep - text));
      p->tail = strdup(sep + strlen(TEXTS_TAIL_SEP));
    } else {
      p->text = strdup(text);
    }
    p->parent = -1;
    if (!p->ref || !p->text || (sep && !p->tail)) { diag_add(diags, path, fd->line, NULL, "out of memory"); bad++; }
  }
  data_free(v);
  link_tree(out);
  for (size_t i = 1; i < out->nprovisions; i++)
    if (strcmp(out->provisions[i - 1].ref, out->provisions[i].ref) == 0) {
      diag_add(diags, path, 0, "provisions", "'%s' appears twice", out->provisions[i].ref);
      bad++;
    }
  return bad ? -1 : 0;
}

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* With keep 0: 1 when the file at path reads byte-identical to the bundled
** text of its pack, which is known to load (so need not be parsed); 0 when
** it must be loaded to be checked (it differs, or cannot be read: loading
** it says why). */
static int bundled_unchanged(const char *path) {
  return precompiled_text_is_bundled_file(path);
}

int texts_load_pack(const char *packdir, const char *instrument,
                    lx_texts **list, size_t *n, int keep, diag_list *diags) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/texts", packdir);
  DIR *d = opendir(dir);
  if (!d) return 0;                       /* a pack without texts */
  char *names[16];
  int count = 0, rc = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 16) {
    size_t l = strlen(e->d_name);
    if (e->d_name[0] == '.' || l < 5 || strcmp(e->d_name + l - 4, ".lua") != 0) continue;
    if (!(names[count] = strdup(e->d_name))) break;
    count++;
  }
  closedir(d);
  qsort(names, (size_t)count, sizeof *names, cmp_name);
  for (int i = 0; i < count; i++) {
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    if (!keep && bundled_unchanged(path)) { free(names[i]); continue; }
    lx_texts t;
    int ok = texts_load_file(path, &t, diags) == 0;
    if (ok && strcmp(t.instrument, instrument) != 0) {
      diag_add(diags, path, 0, "instrument", "the texts are of '%s', not of this pack's instrument '%s'", t.instrument, instrument);
      ok = 0;
    }
    if (ok && (strncmp(names[i], t.lang, strlen(t.lang)) != 0 || strcmp(names[i] + strlen(t.lang), ".lua") != 0)) {
      diag_add(diags, path, 0, "lang", "a text in '%s' belongs in %s.lua", t.lang, t.lang);
      ok = 0;
    }
    if (ok && !keep) {                    /* checked: not kept */
      texts_free(&t);
      free(names[i]);
      continue;
    }
    lx_texts *nl = ok ? realloc(*list, (*n + 1) * sizeof *nl) : NULL;
    if (ok && nl) {
      *list = nl;
      nl[(*n)++] = t;
    } else {
      if (ok) diag_add(diags, path, 0, NULL, "out of memory");
      texts_free(&t);
      rc = -1;
    }
    free(names[i]);
  }
  return rc;
}

void texts_free(lx_texts *t) {
  if (!t) return;
  for (size_t i = 0; i < t->nprovisions; i++) {
    free(t->provisions[i].ref); free(t->provisions[i].text); free(t->provisions[i].tail);
  }
  for (size_t i = 0; i < t->narticles; i++) { free(t->articles[i].number); free(t->articles[i].title); }
  free(t->provisions);
  free(t->articles);
  free(t->instrument); free(t->lang); free(t->source); free(t->file);
  memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------------- */
/* Lookups                                                                 */
/* ---------------------------------------------------------------------- */

int texts_find(const lx_texts *t, const char *ref) {
  size_t lo = 0, hi = t->nprovisions;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = lx_ref_compare(t->provisions[mid].ref, ref);
    if (c == 0 && strcmp(t->provisions[mid].ref, ref) == 0) return (int)mid;
    if (c < 0 || (c == 0 && strcmp(t->provisions[mid].ref, ref) < 0)) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

const lx_article *texts_article(const lx_texts *t, const char *number) {
  for (size_t i = 0; i < t->narticles; i++)
    if (strcmp(t->articles[i].number, number) == 0) return &t->articles[i];
  return NULL;
}

/* The last component of a reference and its level among sub-paragraphs
** (0 letter, 1 roman, 2 letter...; -1 for an article or a paragraph). */
static const char *last_component(const char *ref, int *sublevel) {
  const char *p = strchr(ref, ':');
  p = p ? p + 1 : ref;
  int comp = 0, firstsub = -1;
  const char *last = p;
  for (const char *q = p;; q++) {
    if (*q == '.' || *q == '\0') {
      if (comp > 0 && firstsub < 0 && !(*last >= '0' && *last <= '9')) firstsub = comp;
      if (*q == '\0') break;
      comp++;
      last = q + 1;
    }
  }
  *sublevel = firstsub < 0 ? -1 : comp - firstsub;
  return last;
}

static void full_text(const lx_texts *t, int i, strbuf *sb) {
  const lx_provision *p = &t->provisions[i];
  sb_puts(sb, p->text);
  int en = strcmp(t->lang, "en") == 0;
  for (size_t k = (size_t)i + 1; k < t->nprovisions; k++) {
    if (t->provisions[k].parent != i) continue;
    int lvl;
    const char *name = last_component(t->provisions[k].ref, &lvl);
    if (sb->len) sb_putc(sb, ' ');
    if (lvl < 0) sb_printf(sb, "%s.", name);
    else if (lvl >= 2) sb_printf(sb, "%s.", name);
    else if (en) sb_printf(sb, "(%s)", name);
    else sb_printf(sb, "%s)", name);
    sb_putc(sb, ' ');
    full_text(t, (int)k, sb);
  }
  if (p->tail) { sb_putc(sb, ' '); sb_puts(sb, p->tail); }
}

char *texts_full_text(const lx_texts *t, int index) {
  if (index < 0 || (size_t)index >= t->nprovisions) return NULL;
  strbuf sb;
  sb_init(&sb);
  full_text(t, index, &sb);
  char *s = sb_take(&sb);
  if (!s) return NULL;
  size_t o = 0;                           /* an empty sub-paragraph leaves two blanks */
  for (size_t i = 0; s[i]; i++)
    if (!(s[i] == ' ' && (o == 0 || s[o - 1] == ' '))) s[o++] = s[i];
  while (o && s[o - 1] == ' ') o--;
  s[o] = '\0';
  return s;
}

/* ---------------------------------------------------------------------- */
/* Cue words                                                               */
/* ---------------------------------------------------------------------- */

#define MAX_TOKENS 1024
#define TOKEN_MAX 32

typedef struct {
  char w[MAX_TOKENS][TOKEN_MAX];
  int n;
} tokens;

/* Words in lower case (ASCII and the Latin-1 capitals of UTF-8), an elided
** article or pronoun ("s'", "l'", "n'") as a word of its own, and the
** punctuation , ; : . as words; other characters separate words. */
static void tokenize(const char *s, tokens *tk) {
  tk->n = 0;
  const unsigned char *p = (const unsigned char *)s;
  while (*p && tk->n < MAX_TOKENS) {
    if (*p == ',' || *p == ';' || *p == ':' || *p == '.') {
      tk->w[tk->n][0] = (char)*p;
      tk->w[tk->n++][1] = '\0';
      p++;
      continue;
    }
    int letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '-'
              || (*p == 0xc3 && p[1]) || (*p == 0xc5 && p[1]);   /* é, É, œ */
    if (!letter) { p++; continue; }
    char *w = tk->w[tk->n];
    size_t l = 0;
    while (*p) {
      if (*p >= 'A' && *p <= 'Z') { if (l < TOKEN_MAX - 1) w[l++] = (char)(*p + 32); p++; }
      else if ((*p >= 'a' && *p <= 'z') || *p == '-') { if (l < TOKEN_MAX - 1) w[l++] = (char)*p; p++; }
      else if ((*p == 0xc3 || *p == 0xc5) && p[1]) {
        unsigned char c2 = p[1];
        if (*p == 0xc3 && c2 >= 0x80 && c2 <= 0x9e && c2 != 0x97) c2 = (unsigned char)(c2 + 0x20);
        if (l < TOKEN_MAX - 2) { w[l++] = (char)*p; w[l++] = (char)c2; }
        p += 2;
      } else if (*p == '\'' || (*p == 0xe2 && p[1] == 0x80 && p[2] == 0x99)) {
        if (l < TOKEN_MAX - 1) w[l++] = '\'';
        p += *p == '\'' ? 1 : 3;
        break;                              /* "s'" ends the word */
      } else {
        break;
      }
    }
    w[l] = '\0';
    if (l) tk->n++;
  }
}

static int is(const tokens *tk, int i, const char *word) {
  return i >= 0 && i < tk->n && strcmp(tk->w[i], word) == 0;
}

static int is_any(const tokens *tk, int i, const char *const *words) {
  for (int k = 0; words[k]; k++) if (is(tk, i, words[k])) return 1;
  return 0;
}

#define BIT(l) (1u << (l))

static unsigned cues_en(const tokens *tk) {
  static const char *const stops[] = { ";", ".", ":", "shall", "may", NULL };
  static const char *const effort[] = { "endeavour", "endeavor", "seek", "strive", NULL };
  /* "as may be necessary", "that may contribute", "have committed or may commit" */
  static const char *const relative[] = { "as", "that", "which", "who", "whom", "or", NULL };
  unsigned m = 0;
  int modal = 0;
  for (int i = 0; i < tk->n; i++) {
    if (is(tk, i, "shall")) {
      modal = 1;
      if (is(tk, i + 1, "not")) { m |= BIT(LX_MANDATORY); continue; }
      unsigned found = BIT(LX_MANDATORY);
      for (int k = i + 1; k < tk->n && !is_any(tk, k, stops); k++) {
        if (is(tk, k - 1, "to")) continue;     /* "measures ... to seek to ensure": a purpose */
        if (is(tk, k, "consider")) { found = BIT(LX_CONSIDER); break; }
        if (is_any(tk, k, effort) || (is(tk, k, "make") && is(tk, k + 1, "concrete") && is(tk, k + 2, "efforts"))) {
          found = BIT(LX_ENDEAVOUR);
          break;
        }
      }
      m |= found;
    } else if (is(tk, i, "may") && !is_any(tk, i - 1, relative)) {
      modal = 1;
      m |= is(tk, i + 1, "not") ? BIT(LX_MANDATORY) : BIT(LX_OPTIONAL);
    }
  }
  if (!modal) {
    for (int i = 0; i < tk->n; i++) {
      if (is_any(tk, i, effort)) m |= TEXTS_CUE_BARE_ENDEAVOUR;
      if (is(tk, i, "consider")) m |= TEXTS_CUE_BARE_CONSIDER;
    }
  }
  return m;
}

static unsigned cues_fr(const tokens *tk) {
  static const char *const may[] = { "peut", "peuvent", "pourra", "pourront", NULL };
  static const char *const must[] = { "doit", "doivent", NULL };
  static const char *const stops[] = { ",", ";", ":", ".", NULL };
  static const char *const subordinators[] = {
    "si", "lorsque", "lorsqu'", "qui", "que", "qu'", "dont", "où", "quand", "puisque", NULL
  };
  static const char *const consider[] = { "envisage", "envisagent", NULL };
  static const char *const effort[] = { "efforce", "efforcent", NULL };
  static const char *const duty[] = {
    "adopte", "adoptent", "prend", "prennent", "veille", "veillent", "établit", "établissent",
    "institue", "instituent", "habilite", "habilitent", "désigne", "désignent", "communique",
    "communiquent", "remet", "remettent", "inclut", "incluent", NULL
  };
  static const char *const after_subject[] = {
    "requis", "requise", "requérant", "requérante", "concerné", "concernés", "intéressés", "intéressé", NULL
  };
  static const char *const not_verbs[] = {
    ",", ";", ":", ".", "de", "des", "du", "la", "le", "les", "l'", "d'", "à", "au", "aux", "et", "ou",
    "qui", "que", "qu'", "dont", "sur", "dans", "en", "a", "ayant", NULL
  };
  unsigned m = 0;
  for (int i = 0; i < tk->n; i++) {
    if (is_any(tk, i, must) && !is(tk, i - 1, "qui")) {
      m |= BIT(LX_MANDATORY);
    } else if (is_any(tk, i, may) && !is(tk, i - 1, "qui")) {
      m |= is(tk, i - 1, "ne") || is(tk, i - 1, "n'") ? BIT(LX_MANDATORY) : BIT(LX_OPTIONAL);
    } else if (is_any(tk, i, consider)) {
      m |= BIT(LX_CONSIDER);
    } else if (is_any(tk, i, effort) && is(tk, i - 1, "s'")) {
      m |= BIT(LX_ENDEAVOUR);
    } else if ((is(tk, i, "met") || is(tk, i, "mettent")) && is(tk, i + 1, "tout") && is(tk, i + 2, "en")) {
      m |= BIT(LX_ENDEAVOUR);
    } else if ((is(tk, i, "font") || is(tk, i, "fait")) && is(tk, i + 1, "des") && is(tk, i + 2, "efforts")) {
      m |= BIT(LX_ENDEAVOUR);
    } else if (is_any(tk, i, duty) || ((is(tk, i, "assure") || is(tk, i, "assurent")) && is(tk, i - 1, "s'"))
               || ((is(tk, i, "tenu") || is(tk, i, "tenus")) && (is(tk, i - 1, "est") || is(tk, i - 1, "sont")))) {
      m |= BIT(LX_MANDATORY);
    } else if ((is(tk, i, "partie") || is(tk, i, "parties") || is(tk, i, "membre") || is(tk, i, "membres"))
               && (is(tk, i - 1, "état") || is(tk, i - 1, "états"))) {
      /* a State subject of a main clause ("État partie" of a treaty, "État
      ** membre" of a directive): the verb after it, past "requis" and an
      ** insertion ("Si un État partie décide" is a condition) */
      int sub = 0;
      for (int b = i - 2; b >= 0 && !is_any(tk, b, stops); b--) if (is_any(tk, b, subordinators)) sub = 1;
      if (sub) continue;
      int k = i + 1;
      while (is_any(tk, k, after_subject)) k++;
      if (is(tk, k, ",")) {
        k++;
        while (k < tk->n && !is(tk, k, ",") && !is(tk, k, ";") && !is(tk, k, ".")) k++;
        if (is(tk, k, ",")) k++;
      }
      if (is(tk, k, "ne") || is(tk, k, "n'")) { m |= BIT(LX_MANDATORY); continue; }
      if (is(tk, k, "s'") || is(tk, k, "se")) k++;
      if (k >= tk->n || is_any(tk, k, may) || is_any(tk, k, consider) || is_any(tk, k, effort)
          || is_any(tk, k, not_verbs) || (is(tk, k + 1, "des") && is(tk, k + 2, "efforts"))
          || ((is(tk, k, "met") || is(tk, k, "mettent")) && is(tk, k + 1, "tout")))
        continue;
      size_t l = strlen(tk->w[k]);
      const char *w = tk->w[k];
      if ((l > 2 && (w[l - 1] == 'e' || w[l - 1] == 't' || w[l - 1] == 'd')) || (l > 3 && strcmp(w + l - 3, "ent") == 0))
        m |= BIT(LX_MANDATORY);
    }
  }
  return m;
}

unsigned texts_cues(const char *text, const char *lang) {
  if (!text || !lang) return 0;
  tokens *tk = malloc(sizeof *tk);
  if (!tk) return 0;
  tokenize(text, tk);
  unsigned m = strcmp(lang, "en") == 0 ? cues_en(tk) : strcmp(lang, "fr") == 0 ? cues_fr(tk) : 0;
  free(tk);
  return m;
}

int texts_cue_level(unsigned cues) {
  for (int l = LX_MANDATORY; l < LX_NLEVEL; l++) if (cues & BIT(l)) return l;
  return TEXTS_LEVEL_NONE;
}

/* Does sub-provision i supply the verb of chapeau a, which ends in "shall:"
** ("States Parties that make extradition conditional on the existence of a
** treaty shall: ... (b) ... seek ... to conclude treaties")?  Only then is a
** bare "seek" or "consider" in i its level. */
static int completes_shall(const lx_texts *t, int a, int i) {
  if (t->provisions[i].parent != a) return 0;
  const char *s = t->provisions[a].text;
  size_t n = strlen(s);
  return strcmp(t->lang, "en") == 0 && n >= 6 && strcmp(s + n - 6, "shall:") == 0;
}

void texts_levels(const lx_texts *t, const int *override, int *level, unsigned *cues) {
  size_t n = t->nprovisions;
  unsigned *own = calloc(n + 1, sizeof *own);
  if (!own) {
    for (size_t i = 0; i < n; i++) { level[i] = TEXTS_LEVEL_NONE; if (cues) cues[i] = 0; }
    return;
  }
  for (size_t i = 0; i < n; i++) {
    const lx_provision *p = &t->provisions[i];
    if (p->tail) {
      size_t l = strlen(p->text) + strlen(p->tail) + 2;
      char *s = malloc(l);
      if (s) { snprintf(s, l, "%s %s", p->text, p->tail); own[i] = texts_cues(s, t->lang); free(s); }
    } else {
      own[i] = texts_cues(p->text, t->lang);
    }
  }
  /* steps 1-3, going down: parents come before their children */
  char *from_parts = calloc(n + 1, 1);
  for (size_t i = 0; i < n; i++) {
    int set = TEXTS_LEVEL_UNSET;
    for (int a = (int)i; a >= 0 && set == TEXTS_LEVEL_UNSET; a = t->provisions[a].parent)
      if (override && override[a] != TEXTS_LEVEL_UNSET) set = override[a];
    if (cues) cues[i] = set == TEXTS_LEVEL_UNSET ? own[i] & 0xffu : set == TEXTS_LEVEL_NONE ? 0 : (own[i] & 0xffu) | BIT(set);
    if (set != TEXTS_LEVEL_UNSET) { level[i] = set; continue; }
    int l = texts_cue_level(own[i]);
    if (l == TEXTS_LEVEL_NONE) {
      int a = t->provisions[i].parent;
      while (a >= 0 && texts_cue_level(own[a]) == TEXTS_LEVEL_NONE) a = t->provisions[a].parent;
      if (a >= 0) {
        l = texts_cue_level(own[a]);
        if (l == LX_MANDATORY && completes_shall(t, a, (int)i)) {
          if (own[i] & TEXTS_CUE_BARE_ENDEAVOUR) l = LX_ENDEAVOUR;
          else if (own[i] & TEXTS_CUE_BARE_CONSIDER) l = LX_CONSIDER;
        }
      }
    }
    level[i] = l;
    if (l == TEXTS_LEVEL_NONE && from_parts) from_parts[i] = 1;
  }
  /* step 4, going up: children come after their parents */
  for (size_t i = n; from_parts && i-- > 0;) {
    int p = t->provisions[i].parent;
    if (p >= 0 && from_parts[p] && level[i] < level[p]) level[p] = level[i];
  }
  free(from_parts);
  free(own);
}

/* ---------------------------------------------------------------------- */
/* The rule set's texts                                                    */
/* ---------------------------------------------------------------------- */

const lx_texts *ruleset_texts(const lx_ruleset *rs, const char *instrument, const char *lang) {
  for (size_t i = 0; i < rs->ntexts; i++)
    if (strcmp(rs->texts[i].instrument, instrument) == 0 && strcmp(rs->texts[i].lang, lang) == 0)
      return &rs->texts[i];
  return NULL;
}

/* The texts of ref's instrument in lang, else English, French, Spanish, in
** which ref is found (when want_provision) or its article is. */
static const lx_texts *texts_for(const lx_ruleset *rs, const char *ref, const char *lang,
                                 int want_provision, int *index, const lx_article **article) {
  char ins[64], art[16];
  const char *colon = strchr(ref, ':');
  size_t il = colon ? (size_t)(colon - ref) : 0;
  if (!colon || il >= sizeof ins) return NULL;
  memcpy(ins, ref, il);
  ins[il] = '\0';
  lx_ref_article(ref, art, sizeof art);
  const char *order[4] = { lang, "en", "fr", "es" };
  for (int k = 0; k < 4; k++) {
    if (!order[k]) continue;
    const lx_texts *t = ruleset_texts(rs, ins, order[k]);
    if (!t) continue;
    if (want_provision) {
      int i = texts_find(t, ref);
      if (i >= 0) { *index = i; return t; }
    } else {
      const lx_article *a = texts_article(t, art);
      if (a && a->title) { *article = a; return t; }
    }
  }
  return NULL;
}

const char *ruleset_provision_text(const lx_ruleset *rs, const char *ref, const char *lang,
                                   const char **used_lang) {
  int i = -1;
  const lx_article *a = NULL;
  const lx_texts *t = texts_for(rs, ref, lang, 1, &i, &a);
  if (used_lang) *used_lang = t ? t->lang : NULL;
  return t ? t->provisions[i].text : NULL;
}

const char *ruleset_article_title(const lx_ruleset *rs, const char *ref, const char *lang,
                                  const char **used_lang) {
  int i = -1;
  const lx_article *a = NULL;
  const lx_texts *t = texts_for(rs, ref, lang, 0, &i, &a);
  if (used_lang) *used_lang = t ? t->lang : NULL;
  return t ? a->title : NULL;
}

/*
 * report_doc.c -- the reports people read: text for the terminal and
 * Markdown.  One walk over the assessment serves both; the formats differ
 * only in how a heading, a list item or a quotation is written.
 */
#include "report.h"
#include "report_transposition.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define WIDTH 100      /* text format: wrap long lines here */

typedef struct {
  FILE *out;
  const report_options *o;
  int md;              /* Markdown rather than text */
  const lx_ruleset *rs;
  const lx_assessment *a;  /* the assessment being written */
  const lx_rating *ratings; /* its ratings (rating_compute's) */
  size_t nratings;
  const report_related *rel; /* its related findings */
} doc;

/* Characters that start Markdown emphasis, links, HTML or code. */
#define MD_SPECIAL "\\`*_[]<>|#"   /* escape_run compares with each, one by one */

/* ": " or, in French, a narrow no-break space and ": " (French typography). */
static const char *sep(const doc *d) { return report_sep(d->o->lang); }

/* ANSI colour per status (text format on a terminal only). */
static const char *status_color(lx_status s) {
  switch (s) {
    case LX_MET: return "\033[32m";
    case LX_PARTLY_MET: return "\033[33m";
    case LX_NOT_MET: return "\033[31m";
    case LX_UNKNOWN: return "\033[35m";
    case LX_ERROR: return "\033[1;31m";
    default: return "\033[2m";
  }
}

/* Write text wrapped at WIDTH, every line after the first indented; in
** Markdown, as is. */
static void wrapped(doc *d, int indent, const char *s) {
  if (d->md) { fputs(s, d->out); fputc('\n', d->out); return; }
  report_wrap(d->out, indent, WIDTH, s);
}

/* What md_escape does with each byte: 0 copy it, 1 show '?' (a control
** character), 2 put a backslash before it (Markdown only), 3 the end. */
static unsigned char escape_class[2][256];

/* Fill escape_class once: [0] text, [1] Markdown. */
static const unsigned char *escape_classes(int md) {
  if (!escape_class[0][0]) {
    for (int k = 0; k < 2; k++) {
      for (int c = 1; c < 0x20; c++) escape_class[k][c] = c == '\n' ? 0 : 1;
      escape_class[k][0x7f] = 1;
      escape_class[k][0] = 3;
    }
    for (const char *p = MD_SPECIAL; *p; p++) escape_class[1][(unsigned char)*p] = 2;
  }
  return escape_class[md ? 1 : 0];
}

/* The length of the run of s[0..n-1] before its first byte of a class
** other than 0 in cls (the Markdown table when md), n if none.  Sixteen
** bytes at a time with SSE2 (x86-64) while sixteen remain, never reading
** past s[n - 1]; byte by byte for the rest. */
static size_t escape_run(const char *s, size_t n, int md, const unsigned char *cls) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x1F), line_feed = _mm_set1_epi8('\n'), del = _mm_set1_epi8(0x7F);
  /* MD_SPECIAL, the bytes Markdown escapes */
  const __m128i m0 = _mm_set1_epi8('\\'), m1 = _mm_set1_epi8('`'), m2 = _mm_set1_epi8('*'), m3 = _mm_set1_epi8('_'),
                m4 = _mm_set1_epi8('['), m5 = _mm_set1_epi8(']'), m6 = _mm_set1_epi8('<'), m7 = _mm_set1_epi8('>'),
                m8 = _mm_set1_epi8('|'), m9 = _mm_set1_epi8('#');
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i stop = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);     /* v <= 0x1F, unsigned */
    stop = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(v, line_feed), stop), _mm_cmpeq_epi8(v, del));
    if (md) {
      __m128i a = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m0), _mm_cmpeq_epi8(v, m1)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, m2), _mm_cmpeq_epi8(v, m3)));
      __m128i b = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m4), _mm_cmpeq_epi8(v, m5)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, m6), _mm_cmpeq_epi8(v, m7)));
      __m128i c = _mm_or_si128(_mm_cmpeq_epi8(v, m8), _mm_cmpeq_epi8(v, m9));
      stop = _mm_or_si128(stop, _mm_or_si128(_mm_or_si128(a, b), c));
    }
    unsigned mask = (unsigned)_mm_movemask_epi8(stop);
    if (mask) return i + (size_t)__builtin_ctz(mask);
  }
#else
  (void)md;
#endif
  while (i < n && !cls[(unsigned char)s[i]]) i++;
  return i;
}

void report_text_escape(const char *s, int md, char *buf, size_t size) {
  const unsigned char *cls = escape_classes(md);
  const char *end = s + strlen(s);
  size_t n = 0;
  while (n + 3 < size) {
    const char *run = s;
    s += escape_run(s, (size_t)(end - s), md, cls);   /* at a byte of another class, or at the end (class 3) */
    size_t len = (size_t)(s - run), room = size - 3 - n;
    if (len >= room) { memcpy(buf + n, run, room); n += room; break; }
    memcpy(buf + n, run, len);
    n += len;
    unsigned char kind = cls[(unsigned char)*s];
    if (kind == 3) break;
    if (kind == 1) buf[n++] = '?';
    else { buf[n++] = '\\'; buf[n++] = *s; }
    s++;
  }
  if (size) buf[n] = '\0';
}

/* Text from profiles and rules, as d's format shows it (report_text_escape). */
static void md_escape(doc *d, const char *s, char *buf, size_t size) { report_text_escape(s, d->md, buf, size); }

void report_md_escape(FILE *f, const char *s) {
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if ((c < 0x20 && c != '\n') || c == 0x7f) { fputc('?', f); continue; }
    if (strchr(MD_SPECIAL, *s)) fputc('\\', f);
    fputc(*s, f);
  }
}

/* A labelled line: "    Why: text" / "- **Why:** text". */
static void field(doc *d, const char *label, const char *text) {
  char esc[8192];
  md_escape(d, text, esc, sizeof esc);
  const char *colon = d->o->lang && !strcmp(d->o->lang, "fr") ? LX_NNBSP ":" : ":";   /* French typography */
  fputs(d->md ? "- **" : "    ", d->out);
  fputs(label, d->out);
  fputs(colon, d->out);
  if (!*text) {   /* a heading for the list that follows */
    fputs(d->md ? "**\n" : "\n", d->out);
    return;
  }
  fputs(d->md ? "** " : " ", d->out);
  wrapped(d, 6, esc);
}

static void list_item(doc *d, int level, const char *text) {
  char esc[8192];
  md_escape(d, text, esc, sizeof esc);
  static const char spaces[] = "                ";
  size_t indent = (size_t)(d->md ? level * 2 : 4 + level * 2);
  for (; indent > sizeof spaces - 1; indent -= sizeof spaces - 1) fputs(spaces, d->out);
  fwrite(spaces, 1, indent, d->out);
  fputs("- ", d->out);
  wrapped(d, 6 + level * 2, esc);
}

static void heading(doc *d, int level, const char *text) {
  char esc[4096];
  md_escape(d, text, esc, sizeof esc);
  for (char *c = esc; *c; c++) if (*c == '\n') *c = ' ';   /* a heading is one line */
  if (d->md) fprintf(d->out, "\n%.*s %s\n\n", level, "######", esc);
  else if (level <= 2) {
    fprintf(d->out, "\n%s%s%s\n", d->o->color ? "\033[1m" : "", esc, d->o->color ? "\033[0m" : "");
    size_t n = 0;                       /* characters, not bytes: the underline fits the heading */
    for (const char *c = esc; *c; c++) if (((unsigned char)*c & 0xC0) != 0x80) n++;
    for (size_t i = 0; i < n && i < WIDTH; i++) fputc(level == 1 ? '=' : '-', d->out);
    fputc('\n', d->out);
  } else {
    fprintf(d->out, "\n  %s\n", esc);
  }
}

static void evidence_line(doc *d, const lx_evidence *e) {
  char line[2048];
  const char *lang = d->o->lang;
  size_t n = report_concat(line, sizeof line, e->source ? e->source : report_word("no_source", lang), (const char *)NULL);
  if (e->label && n < sizeof line) n += report_concat(line + n, sizeof line - n, " (", e->label, ")", (const char *)NULL);
  char date[64];
  if (e->from && n < sizeof line) {
    report_date(e->from, lang, date, sizeof date);
    n += report_concat(line + n, sizeof line - n, ", ", report_word("in_force_from", lang), " ", date, (const char *)NULL);
  }
  if (e->repealed && n < sizeof line) {
    report_date(e->repealed, lang, date, sizeof date);
    n += report_concat(line + n, sizeof line - n, ", ", report_word("repealed", lang), " ", date, (const char *)NULL);
  }
  if (e->fact && n < sizeof line) n += report_concat(line + n, sizeof line - n, " [", e->fact, "]", (const char *)NULL);
  list_item(d, 1, line);
  if (e->note) list_item(d, 2, e->note);
  if (e->url) list_item(d, 2, e->url);
}

/* Beside an obligation, the findings of other instruments related to it (see
** report_served_by): recommendations that serve it, and the same duty in
** another treaty, one line each with their status and reference. */
static void served_by(doc *d, const lx_finding *f) {
  size_t n = 0;
  const size_t *idx = report_related_of(d->rel, f, &n);
  for (size_t k = 0; k < n; k++) {
    char line[1600];
    report_related_served_line(d->rel, &d->a->findings[idx[k]], d->o->lang, line, sizeof line);
    list_item(d, 0, line);
  }
}

/* A provision's words under their label: a block quote in Markdown,
** «...» wrapped in text. */
static void quote(doc *d, const char *label, const char *text) {
  const char *lang = d->o->lang;
  if (d->md) {
    char esc[16384];
    md_escape(d, text, esc, sizeof esc);
    fprintf(d->out, "- **%s%s**\n\n  > %s\n", label, lang && !strcmp(lang, "fr") ? LX_NNBSP ":" : ":", esc);
  } else {
    fprintf(d->out, "    %s%s«", label, sep(d));
    char buf[16384], clean[16384];
    report_concat(buf, sizeof buf, text, "»", (const char *)NULL);
    md_escape(d, buf, clean, sizeof clean);
    wrapped(d, 6, clean);
  }
}

static void finding(doc *d, const lx_finding *f, int quote_text) {
  const lx_rule *r = f->rule;
  const char *lang = d->o->lang;
  char ref[256], title[1200];
  if (r->ref) report_related_display(d->rel, f, lang, ref, sizeof ref);
  else snprintf(ref, sizeof ref, "%s", r->id);
  const char *status = report_rule_status_label(r, f->status, lang);
  const char *name = report_pick(&r->title, lang);
  int prospective = report_prospective(d->a, r);
  char clause[128] = "";
  if (r->clause) snprintf(clause, sizeof clause, " [%s]", r->clause);
  if (d->md) {
    char esc[1200];
    md_escape(d, name, esc, sizeof esc);
    snprintf(title, sizeof title, "%s%s — %s", ref, clause, esc);
    const char *colon = lang && !strcmp(lang, "fr") ? LX_NNBSP ":" : ":";
    report_put_strings(d->out, "\n#### ", title, "\n\n- **", report_word("status", lang), colon, "** ", status,
                       " · **", report_word("level", lang), colon, "** ", report_rule_level_label(r, lang),
                       prospective ? " · " : "", prospective ? report_word("prospective", lang) : "", " · `", r->id,
                       "`\n", (const char *)NULL);
  } else {
    const char *c0 = d->o->color ? status_color(f->status) : "", *c1 = d->o->color ? "\033[0m" : "";
    report_put_strings(d->out, "\n  ", c0, "[", status, "]", c1, " ", ref, clause, " — ", name, " (",
                       report_rule_level_label(r, lang), prospective ? (strcmp(lang, "fr") ? "; " : " ; ") : "",
                       prospective ? report_word("prospective", lang) : "", ")\n", (const char *)NULL);
  }
  if (f->status == LX_ERROR) {
    char where[1400];
    snprintf(where, sizeof where, "%s:%d: %s", f->error_file ? f->error_file : "?", f->error_line,
             f->error_message ? f->error_message : "");
    field(d, report_word("error_at", lang), where);
    return;
  }
  field(d, report_word("why", lang), report_pick(&f->explanation, lang));
  served_by(d, f);
  if (f->option.en || f->option.fr) field(d, report_word("option", lang), report_pick(&f->option, lang));
  if (f->nmissing) {
    field(d, report_word("missing", lang), "");
    for (int i = 0; i < f->nmissing; i++) list_item(d, 1, report_pick(&f->missing[i], lang));
  }
  if (f->nquestions) {
    field(d, report_word("questions", lang), "");
    for (int i = 0; i < f->nquestions; i++) {
      char q[4096];
      report_concat(q, sizeof q, report_pick(&f->questions[i].text, lang), " [", f->questions[i].fact ? f->questions[i].fact : "", "]", (const char *)NULL);
      list_item(d, 1, q);
    }
  }
  if (f->nevidence) {
    field(d, report_word("evidence", lang), "");
    for (int i = 0; i < f->nevidence; i++) evidence_line(d, &f->evidence[i]);
  }
  if (quote_text) {
    const char *used = NULL;
    const char *text = lx_text_get(&r->text, lang, &used);
    if (text) {
      char label[160];
      int official = report_text_official(d->rs, r, used);
      const char *sep_u = official ? "" : ", ", *unofficial = official ? "" : report_word("unofficial_translation", lang);
      if (used && strcmp(used, lang) != 0)
        report_concat(label, sizeof label, report_word("provision", lang), " (", report_word("text_in", lang), " ", used, sep_u,
                      unofficial, ")", (const char *)NULL);
      else if (!official)
        report_concat(label, sizeof label, report_word("provision", lang), " (", unofficial, ")", (const char *)NULL);
      else
        report_concat(label, sizeof label, report_word("provision", lang), (const char *)NULL);
      quote(d, label, text);
      const char *olang = NULL, *otext = official ? NULL : report_official_text(d->rs, r, &olang);
      if (otext) {                 /* beside an unofficial translation, the authentic words */
        report_concat(label, sizeof label, report_word("official_text", lang), " (", olang, ")", (const char *)NULL);
        quote(d, label, otext);
      }
    }
  }
}

/* "194 findings: 109 met, 6 partly met, ...; 4 gaps" (French: "194 constats : 109 remplis, ..."). */
void report_counts_line(const lx_assessment *a, const char *lang, char *line, size_t size) {
  lx_summary s;
  assessment_summary(a, &s);
  char c[64];
  report_count(c, sizeof c, (int)a->n - s.ngood_practice, "finding", lang);
  size_t n = (size_t)snprintf(line, size, "%s%s", c, report_sep(lang));
  int first = 1;
  for (int st = 0; st < LX_NSTATUS && n < size; st++) {
    if (!s.by_status[st]) continue;
    n += (size_t)snprintf(line + n, size - n, "%s%d %s", first ? "" : ", ", s.by_status[st],
                          report_status_count_label(LX_MANDATORY, (lx_status)st, s.by_status[st], lang));
    first = 0;
  }
  report_count(c, sizeof c, s.gaps, "gap", lang);
  if (n < size) n += (size_t)snprintf(line + n, size - n, "%s; %s", lang && !strcmp(lang, "fr") ? LX_NNBSP : "", c);
  if (!s.ngood_practice || n >= size) return;
  /* "; 20 good-practice recommendations: 7 followed, ..." */
  n += (size_t)snprintf(line + n, size - n, "%s; %d %s%s", lang && !strcmp(lang, "fr") ? LX_NNBSP : "", s.ngood_practice,
                        report_word(s.ngood_practice > 1 ? "good_practice_n" : "good_practice_1", lang), report_sep(lang));
  first = 1;
  for (int st = 0; st < LX_NSTATUS && n < size; st++) {
    if (!s.good_practice[st]) continue;
    n += (size_t)snprintf(line + n, size - n, "%s%d %s", first ? "" : ", ", s.good_practice[st],
                          report_good_practice_count_label((lx_status)st, s.good_practice[st], lang));
    first = 0;
  }
}

static void summary(doc *d, const lx_assessment *a) {
  const char *lang = d->o->lang;
  lx_summary s;
  assessment_summary(a, &s);
  char line[1024];
  report_counts_line(a, lang, line, sizeof line);
  heading(d, 2, report_word("summary", lang));
  if (d->md) fprintf(d->out, "%s\n\n", line);
  else wrapped(d, 0, line);
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    size_t n = 0;
    line[0] = '\0';
    for (int st = 0; st < LX_NSTATUS; st++) {
      if (!s.by_level[lv][st]) continue;
      n += (size_t)snprintf(line + n, sizeof line - n, "%s%d %s", n ? ", " : "", s.by_level[lv][st],
                            report_status_count_label((lx_level)lv, (lx_status)st, s.by_level[lv][st], lang));
    }
    if (n) {
      char item[1200];
      snprintf(item, sizeof item, "%s%s%s", report_level_label((lx_level)lv, lang), sep(d), line);
      list_item(d, 0, item);
    }
  }
}

/* One rating line; an article's shortcomings are listed under it. */
static void rating_line(doc *d, const lx_assessment *a, const lx_rating *r, int level) {
  const char *lang = d->o->lang;
  char title[300], why[700], line[1200];
  report_rating_title(a, r, lang, title, sizeof title);
  rating_explain(r, lang, why, sizeof why);
  report_concat(line, sizeof line, title, sep(d), rating_grade_name(r->grade), " — ", why, (const char *)NULL);
  list_item(d, level, line);
  if (r->scope != SCOPE_ARTICLE) return;
  for (int k = 0; k < r->nshortcomings; k++) {
    const lx_finding *f = &a->findings[r->shortcomings[k]];
    char ref[256], item[700];
    lx_ref_display(d->rs, f->rule->ref, lang, ref, sizeof ref);
    snprintf(item, sizeof item, "%s%s%s%s%s (%s)", ref, f->rule->clause ? " " : "", f->rule->clause ? f->rule->clause : "",
             sep(d), report_status_label(f->rule->level, f->status, lang), report_weight_word(f, lang));
    list_item(d, level + 1, item);
  }
}

/* Ratings: each instrument, its review clusters, and under each cluster its
** articles (articles outside any cluster last). */
static void ratings(doc *d, const lx_assessment *a) {
  const lx_rating *list = d->ratings;
  size_t n = d->nratings;
  if (!n) return;
  heading(d, 2, report_word("ratings", d->o->lang));
  for (size_t i = 0; i < n; i++) {
    const lx_rating *ins = &list[i];
    if (ins->scope != SCOPE_INSTRUMENT) continue;
    rating_line(d, a, ins, 0);
    if (d->o->brief) continue;
    for (size_t c = 0; c <= n; c++) {
      /* c < n: a cluster of this instrument; c == n: articles without cluster */
      const lx_rating *cl = c < n ? &list[c] : NULL;
      if (cl && (cl->scope != SCOPE_CLUSTER || strcmp(cl->instrument, ins->instrument) != 0)) continue;
      if (cl) rating_line(d, a, cl, 1);
      for (size_t k = 0; k < n; k++) {
        const lx_rating *art = &list[k];
        if (art->scope != SCOPE_ARTICLE || strcmp(art->instrument, ins->instrument) != 0) continue;
        if (cl ? art->cluster != atoi(cl->key) : art->cluster != 0) continue;
        rating_line(d, a, art, cl ? 2 : 1);
      }
    }
  }
}

/* The transposition view of each EU directive: provision -> national
** measures -> status and reason, with its deadline and the binding. */
static void transposition(doc *d, const lx_assessment *a) {
  const char *lang = d->o->lang;
  int fr = lang && strcmp(lang, "fr") == 0;
  size_t nv = 0;
  report_tp *v = report_transposition(a, d->rel, &nv);
  char line[4096], disp[256];
  for (size_t i = 0; v && i < nv; i++) {
    snprintf(line, sizeof line, "%s — %s", report_word("transposition", lang), report_pick(&v[i].ins->short_name, lang));
    heading(d, 2, line);
    snprintf(line, sizeof line, "%s%s%s", report_word("binding", lang), sep(d), fr ? v[i].b->reason_fr : v[i].b->reason_en);
    list_item(d, 0, line);
    for (size_t k = 0; k < v[i].n; k++) {
      const report_tp_row *r = &v[i].rows[k];
      lx_ref_display(a->rules, r->f->rule->ref, lang, disp, sizeof disp);
      report_concat(line, sizeof line, disp, " — ", report_pick(&r->f->rule->title, lang), " (", report_word("tp_due", lang),
                    r->due ? " " : "", r->due ? r->due : "", ") — ",
                    report_status_label(r->f->rule->level, r->f->status, lang), (const char *)NULL);
      list_item(d, 0, line);
      report_concat(line, sizeof line, report_word("tp_measures", lang), sep(d),
                    *r->measures ? r->measures : report_word("tp_none", lang), (const char *)NULL);
      list_item(d, 1, line);
      report_concat(line, sizeof line, report_word("why", lang), sep(d),
                    r->f->status == LX_ERROR ? (r->f->error_message ? r->f->error_message : "")
                                             : report_pick(&r->f->explanation, lang), (const char *)NULL);
      list_item(d, 1, line);
    }
  }
  report_tp_free(v, nv);
}

static void assessment(doc *d, const lx_assessment *a) {
  const char *lang = d->o->lang;
  const lx_profile *p = a->profile;
  char line[2048];
  const char *sname = (lang && strcmp(lang, "fr") == 0 && p->state_name_fr) ? p->state_name_fr : p->state_name;
  snprintf(line, sizeof line, "%s — %s%s%s (%s)", report_word("title", lang), report_word("state", lang), sep(d), sname, p->state_code);
  heading(d, 1, line);
  char describes[64], as_of[64];
  report_date(p->describes, lang, describes, sizeof describes);
  report_date(a->as_of, lang, as_of, sizeof as_of);
  snprintf(line, sizeof line, "%s%s%s (%s %s)", report_word("profile", lang), sep(d), p->file, report_word("law_as_of", lang), describes);
  list_item(d, 0, line);
  snprintf(line, sizeof line, "%s%s%s", report_word("as_of", lang), sep(d), as_of);
  list_item(d, 0, line);
  char rules[1024];
  report_rules_line(a, lang, rules, sizeof rules);
  snprintf(line, sizeof line, "%s%s%s", report_word("rules", lang), sep(d), rules);
  list_item(d, 0, line);
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    const binding *b = &a->bindings[i];
    snprintf(line, sizeof line, "%s — %s", report_pick(&ins->title, lang), lang && strcmp(lang, "fr") == 0 ? b->reason_fr : b->reason_en);
    list_item(d, 0, line);
  }
  /* what makes the assessment less reliable than it looks (caveats.h) */
  for (size_t i = 0; i < a->ncaveats; i++) {
    snprintf(line, sizeof line, "%s%s%s", report_word("warning", lang), sep(d), report_pick(&a->caveats[i].text, lang));
    list_item(d, 0, line);
  }
  list_item(d, 0, report_word("scope_note", lang));
  if (d->o->brief) list_item(d, 0, report_word("brief_note", lang));
  summary(d, a);
  ratings(d, a);
  if (!d->o->brief) transposition(d, a);   /* --only gaps: the gaps and open questions alone */
  static const char *const part_titles[PART_COUNT] = { "part_gaps", "part_unknown", "part_errors", "part_other",
                                                       "part_good_practice" };
  for (int part = 0; part < PART_COUNT; part++) {
    size_t n = 0;
    size_t *idx = report_related_select(d->rel, (report_part)part, &n);
    if (((part == PART_ERRORS || part == PART_GOOD_PRACTICE) && n == 0)
        || ((part == PART_OTHER || part == PART_GOOD_PRACTICE) && d->o->brief)) { free(idx); continue; }
    heading(d, 2, report_word(part_titles[part], lang));
    if (n == 0) { if (d->md) fprintf(d->out, "%s\n", report_word("none", lang)); else fprintf(d->out, "  %s\n", report_word("none", lang)); }
    char current[32] = "";
    for (size_t k = 0; idx && k < n; k++) {
      const lx_finding *f = &a->findings[idx[k]];
      char art[32] = "";
      if (f->rule->ref) lx_ref_article(f->rule->ref, art, sizeof art);
      if (strcmp(art, current) != 0 && art[0]) {
        report_concat(current, sizeof current, art, (const char *)NULL);
        report_concat(line, sizeof line, report_word(f->rule->good_practice ? "paragraph" : "article", lang), " ", art, (const char *)NULL);
        heading(d, 3, line);
      }
      finding(d, f, part == PART_GAPS || part == PART_UNKNOWN || part == PART_GOOD_PRACTICE || d->md);
    }
    free(idx);
  }
}

void report_doc_assessment(FILE *out, const lx_assessment *a, const lx_rating *ratings, size_t nratings,
                           const report_related *rel, size_t index, const report_options *o, int md) {
  doc d = { out, o, md, a->rules, a, ratings, nratings, rel };
  if (index) fputs(md ? "\n---\n" : "\n\n", out);
  assessment(&d, a);
}

/*
 * report_html.c -- the gap report as one self-contained HTML file.
 *
 * No network resource: styles are inline, charts are inline SVG, and there is
 * no script.  The page reads on a screen and prints on A4 (print stylesheet,
 * a page break before each part, tables and findings never cut).  Order: the
 * State and its binding to each instrument, a dashboard (ratings by cluster
 * and article as an SVG chart whose cells link to the findings, findings by
 * status and level), the gaps (treaty text beside the national provisions
 * relied on), the open questions, then the other findings, collapsible.
 *
 * Every string that comes from a profile or a rule goes through html_text()
 * or html_attr(): a profile full of markup shows that markup as text.
 */
#include "report.h"
#include "report_transposition.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct report_html_page {
  FILE *out;
  const report_options *o;
  const char *lang;
  size_t n;                   /* assessments in the batch (ids are prefixed when more than one) */
  const lx_assessment *a;     /* the assessment being written */
  const lx_rating *ratings;   /* its ratings (rating_compute's) */
  size_t nratings;
  const report_related *rel;  /* its related findings */
  char (*anchored)[48];       /* articles given an anchor already */
  size_t nanchored;
} page;

/* ---------------------------------------------------------------------- */
/* Escaping                                                                */
/* ---------------------------------------------------------------------- */

/* 1: a byte that ends a run of html_text (& < >, a control character but
** LF and TAB, DEL, the end). */
static const unsigned char html_stop[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,  /* & < > */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,  /* DEL */
};

/* The length of the run of s[0..n-1] before its first html_stop byte (n
** if none).  Sixteen bytes at a time with SSE2 (x86-64) while sixteen
** remain, never reading past s[n - 1]; byte by byte for the rest. */
static size_t html_run(const char *s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i below_space = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8('\t'), line_feed = _mm_set1_epi8('\n'),
                amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'), del = _mm_set1_epi8(0x7F);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);     /* v <= 0x1F, unsigned */
    control = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, line_feed)), control);
    __m128i markup = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)),
                                  _mm_or_si128(_mm_cmpeq_epi8(v, gt), _mm_cmpeq_epi8(v, del)));
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(control, markup));
    if (mask) return i + (size_t)__builtin_ctz(mask);
  }
#endif
  while (i < n && !html_stop[(unsigned char)s[i]]) i++;
  return i;
}

/* Text content: & < > escaped; control characters dropped.  Runs of
** ordinary bytes (html_run) are written at once. */
static void html_text(FILE *f, const char *s) {
  if (!s) return;
  size_t n = strlen(s);
  for (;;) {
    size_t run = html_run(s, n);
    if (run) fwrite(s, 1, run, f);
    if (run == n) return;
    unsigned char c = (unsigned char)s[run];
    if (c == '&') fputs("&amp;", f);
    else if (c == '<') fputs("&lt;", f);
    else if (c == '>') fputs("&gt;", f);
    s += run + 1;                     /* a control character is dropped */
    n -= run + 1;
  }
}

void report_html_escape(FILE *f, const char *s) { html_text(f, s); }

/* Attribute values (always written in double quotes). */
static void html_attr(FILE *f, const char *s) {
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"') fputs("&quot;", f);
    else if (c == '\'') fputs("&#39;", f);
    else if (c == '&') fputs("&amp;", f);
    else if (c == '<') fputs("&lt;", f);
    else if (c == '>') fputs("&gt;", f);
    else if (c < 0x20 || c == 0x7f) continue;
    else fputc(c, f);
  }
}

/* Anchors are unique per page: with several assessments on one page, each
** one's anchors carry its number. */
static char id_prefix[16];

/* An identifier for anchors: letters, digits and '-' only. */
static void html_id(char *out, size_t size, const char *prefix, const char *s) {
  size_t n = report_concat(out, size, id_prefix, prefix, (const char *)NULL);
  for (; s && *s && n + 1 < size; s++) {
    char c = *s;
    out[n++] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? c : '-';
  }
  out[n < size ? n : size - 1] = '\0';
}

/* Only http(s) links from a profile become links; anything else is text. */
static int safe_url(const char *u) {
  return u && (strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0);
}

/* ---------------------------------------------------------------------- */
/* Words                                                                   */
/* ---------------------------------------------------------------------- */

static const char *w(const page *p, const char *key) { return report_word(key, p->lang); }

static const char *status_class(lx_status s) { return lx_status_name(s); }

static const char *const grade_class[] = { "c", "lc", "pc", "nc", "na", "none" };

/* ---------------------------------------------------------------------- */
/* Palette                                                                 */
/* ---------------------------------------------------------------------- */

/* A red-blue diverging scale (safe for the common colour-vision
** deficiencies, readable in greyscale print): compliance pale blue, the
** shortcomings from pale to dark red, so that gaps are what the eye finds
** first; grades and statuses are also written in every cell and bar. */
static const char *const grade_fills[] = { "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b", "#e0e0e0", "#ffffff" };
static const char *const status_fills[LX_NSTATUS] = { "#92c5de", "#ef8a62", "#b2182b", "#e7e1ef", "#f0f0f0", "#1a1a1a" };

const char *report_grade_fill(const char *grade) {
  for (int g = GRADE_C; g <= GRADE_NONE; g++)
    if (grade && strcmp(grade, rating_grade_name((lx_grade)g)) == 0) return grade_fills[g];
  return "#ffffff";
}

const char *report_status_fill(lx_status status) {
  return status < LX_NSTATUS ? status_fills[status] : "#ffffff";
}

const char *report_ink_on(const char *fill) {
  return fill && (strcmp(fill, "#b2182b") == 0 || strcmp(fill, "#1a1a1a") == 0) ? "#ffffff" : "#111111";
}

/* ---------------------------------------------------------------------- */
/* Style                                                                   */
/* ---------------------------------------------------------------------- */

static const char *const css =
  ":root{--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c9c9c9;--paper:#fff;--accent:#0b4f8a}\n"
  "*{box-sizing:border-box}\n"
  "body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--paper);margin:0 auto;max-width:72rem;padding:1.5rem}\n"
  "h1,h2,h3,h4{font-family:'Helvetica Neue',Arial,sans-serif;line-height:1.25}\n"
  "h1{font-size:1.8rem;margin:.2rem 0 1rem}h2{font-size:1.4rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2.5rem}\n"
  "h3{font-size:1.15rem;margin-top:1.8rem}h4{font-size:1rem;margin:.2rem 0 .4rem}\n"
  "a{color:var(--accent)}\n"
  "table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}\n"
  "th,td{border:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
  "th{background:#eef1f5}\n"
  "caption{text-align:left;font-weight:bold;padding:.3rem 0}\n"
  "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dl.meta dt{font-weight:bold}dl.meta dd{margin:0}\n"
  ".finding{border:1px solid var(--rule);border-left:6px solid var(--rule);padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}\n"
  ".finding.gap{border-left-color:#b2182b}.finding.unknown{border-left-color:#5b2c83}.finding.met{border-left-color:#1d5e20}\n"
  ".badge{display:inline-block;font:bold .8rem 'Helvetica Neue',Arial,sans-serif;padding:.05rem .45rem;border:1px solid var(--ink);border-radius:3px;margin-right:.4rem}\n"
  ".badge.met{background:#d1e5f0}.badge.partly_met{background:#ef8a62}.badge.not_met{background:#b2182b;color:#fff}\n"
  ".badge.unknown{background:#e7e1ef}.badge.not_applicable{background:#f0f0f0}.badge.error{background:#1a1a1a;color:#fff}\n"
  "#key{border:2px solid var(--ink);padding:.6rem 1rem;margin:1rem 0}#key h2{margin-top:.2rem;border:0}\n"
  "#key .headline{font-size:1.15rem;font-family:'Helvetica Neue',Arial,sans-serif}#key ul.gaps li{margin:.15rem 0}\n"
  ".scope{font-size:.9rem;color:var(--muted);border-left:3px solid var(--rule);padding-left:.6rem}\n"
  ".scroll{overflow-x:auto;max-width:100%}\n"
  ".level{color:var(--muted);font-weight:normal;font-size:.9rem}\n"
  ".side{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0}\n"
  ".side>div{border:1px solid var(--rule);padding:.5rem .7rem;background:#fafafa}\n"
  ".side .label{font:bold .8rem 'Helvetica Neue',Arial,sans-serif;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);margin:0 0 .3rem}\n"
  "blockquote{margin:0}\n"
  ".ref{font-family:'Helvetica Neue',Arial,sans-serif}\n"
  ".g{font-weight:bold;font-family:'Helvetica Neue',Arial,sans-serif}\n"
  ".g.c{background:#d1e5f0}.g.lc{background:#fddbc7}.g.pc{background:#ef8a62}.g.nc{background:#b2182b;color:#fff}.g.na{background:#e0e0e0}.g.none{background:#fff}\n"
  "details{border:1px solid var(--rule);margin:.5rem 0;padding:.2rem .8rem}\n"
  "summary{cursor:pointer;font-family:'Helvetica Neue',Arial,sans-serif;font-weight:bold;padding:.3rem 0}\n"
  "figure{margin:1rem 0}figcaption{font-size:.9rem;color:var(--muted)}\n"
  "svg text{font-family:'Helvetica Neue',Arial,sans-serif}\n"
  ".note{color:var(--muted);font-size:.9rem}\n"
  ".warnings{border-left:4px solid #b35900;padding:.3rem .8rem .3rem 1.6rem;background:#fff6ec}\n"
  "@media screen and (max-width:50rem){.side{grid-template-columns:1fr}}\n"
  "@page{size:A4;margin:18mm 16mm}\n"
  "@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}\n"
  "  .scroll{overflow:visible}figure svg{max-width:100%;height:auto}\n"
  "  section.part{break-before:page}section.article{break-before:auto}h2,h3,h4{break-after:avoid}\n"
  "  table,tr,.finding,figure{break-inside:avoid}\n"
  "  details{border:0;padding:0}summary{list-style:none}\n"
  "  details::details-content{content-visibility:visible;display:block}}\n";

/* ---------------------------------------------------------------------- */
/* Dashboard                                                               */
/* ---------------------------------------------------------------------- */

/* The anchor of an article's first finding in the report. */
static void article_anchor(char *out, size_t size, const char *instrument, const char *article) {
  char key[96];
  snprintf(key, sizeof key, "%s-%s", instrument, article);
  html_id(out, size, "art-", key);
}

/* An SVG label on up to two lines of about width characters, cut between
** words (a cluster's full name, never truncated). */
static void label_lines(FILE *f, const char *s, int x, int y, int width) {
  size_t len = strlen(s), cut = len;
  if ((int)len > width) {
    cut = (size_t)width;
    while (cut > 0 && s[cut] != ' ') cut--;
    if (cut == 0) cut = len;
  }
  fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\"><tspan x=\"%d\">", x, cut < len ? y - 6 : y, x);
  char part[512];
  snprintf(part, sizeof part, "%.*s", (int)cut, s);
  html_text(f, part);
  fputs("</tspan>", f);
  if (cut < len) {
    fprintf(f, "<tspan x=\"%d\" dy=\"15\">", x);
    html_text(f, s + cut + 1);
    fputs("</tspan>", f);
  }
  fputs("</text>", f);
}

/* Ratings as a chart: a row per review cluster, a cell per article coloured
** by grade and labelled with it; each cell links to the article. */
static void ratings_chart(page *p, const lx_rating *list, size_t n) {
  FILE *f = p->out;
  const int cell = 58, label_w = 360, row_h = 46, top = 8;
  int rows = 0, maxcols = 0;
  for (size_t i = 0; i < n; i++) {
    if (list[i].scope != SCOPE_CLUSTER) continue;
    int cols = 0;
    for (size_t k = 0; k < n; k++)
      if (list[k].scope == SCOPE_ARTICLE && !strcmp(list[k].instrument, list[i].instrument) && list[k].cluster == atoi(list[i].key)) cols++;
    if (cols > maxcols) maxcols = cols;
    rows++;
  }
  if (!rows) return;
  int width = label_w + maxcols * (cell + 4) + 10, height = top + rows * (row_h + 8) + 30;
  fprintf(f, "<figure id=\"ratings-chart\"><svg role=\"img\" aria-labelledby=\"rc-title\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
          width, height, width, height);
  fprintf(f, "<title id=\"rc-title\">");
  html_text(f, w(p, "chart_ratings"));
  fputs("</title>\n", f);
  const char *const *fill = grade_fills;
  int y = top;
  for (size_t i = 0; i < n; i++) {
    const lx_rating *cl = &list[i];
    if (cl->scope != SCOPE_CLUSTER) continue;
    char title[300];
    report_rating_title(p->a, cl, p->lang, title, sizeof title);
    fprintf(f, "<g><text x=\"0\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">", y + 18);
    html_text(f, rating_grade_name(cl->grade));
    fputs("</text>", f);
    label_lines(f, title, 34, y + 18, 48);
    fputs("<title>", f);
    html_text(f, title);
    fputs("</title></g>\n", f);
    int x = label_w;
    for (size_t k = 0; k < n; k++) {
      const lx_rating *art = &list[k];
      if (art->scope != SCOPE_ARTICLE || strcmp(art->instrument, cl->instrument) || art->cluster != atoi(cl->key)) continue;
      char anchor[128], why[700];
      article_anchor(anchor, sizeof anchor, art->instrument, art->key);
      rating_explain(art, p->lang, why, sizeof why);
      const char *ink = report_ink_on(fill[art->grade]);
      fprintf(f, "<a href=\"#%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"#333\"%s/>",
              anchor, x, y, cell, row_h, fill[art->grade], art->grade == GRADE_NONE ? " stroke-dasharray=\"3 2\"" : "");
      fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">art. ", x + cell / 2, y + 17, ink);
      html_text(f, art->key);
      fprintf(f, "</text><text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
              x + cell / 2, y + 36, ink, rating_grade_name(art->grade));
      fputs("<title>", f);
      html_text(f, why);
      fputs("</title></a>\n", f);
      x += cell + 4;
    }
    y += row_h + 8;
  }
  /* legend: colour is never the only signal, the grade is written in each cell */
  int x = 0;
  for (int g = GRADE_C; g <= GRADE_NONE; g++) {
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#333\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n",
            x, y + 4, fill[g], x + 18, y + 16, rating_grade_name((lx_grade)g));
    x += 18 + 8 * (int)strlen(rating_grade_name((lx_grade)g)) + 20;
  }
  fputs("</svg><figcaption>", f);
  html_text(f, w(p, "chart_ratings_caption"));
  fputs("</figcaption></figure>\n", f);
}

/* Findings by level and status as stacked bars, with the same figures in a
** table for screen readers and print. */
static void status_chart(page *p, const lx_summary *s) {
  FILE *f = p->out;
  const char *const *fill = status_fills;
  /* the shortfalls first, where the eye starts: not met, partly met, errors,
  ** then unknown, met, not applicable */
  static const lx_status order[LX_NSTATUS] = { LX_NOT_MET, LX_PARTLY_MET, LX_ERROR, LX_UNKNOWN, LX_MET, LX_NOT_APPLICABLE };
  const int bar_w = 520, label_w = 210, row_h = 26;
  int maxtotal = 1;
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    int t = 0;
    for (int st = 0; st < LX_NSTATUS; st++) t += s->by_level[lv][st];
    if (t > maxtotal) maxtotal = t;
  }
  int height = LX_NLEVEL * (row_h + 10) + 40;
  fprintf(f, "<figure id=\"status-chart\"><svg role=\"img\" aria-labelledby=\"sc-title\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
          label_w + bar_w + 60, height, label_w + bar_w + 60, height);
  fputs("<title id=\"sc-title\">", f);
  html_text(f, w(p, "chart_status"));
  fputs("</title>\n", f);
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    int y = 6 + lv * (row_h + 10), x = label_w, total = 0;
    fprintf(f, "<text x=\"0\" y=\"%d\" font-size=\"13\">", y + 17);
    html_text(f, report_level_label((lx_level)lv, p->lang));
    fputs("</text>\n", f);
    for (int k = 0; k < LX_NSTATUS; k++) {
      lx_status st = order[k];
      int c = s->by_level[lv][st];
      if (!c) continue;
      int wdt = c * bar_w / maxtotal;
      if (wdt < 2) wdt = 2;
      if (wdt < 22 && (st == LX_NOT_MET || st == LX_PARTLY_MET || st == LX_ERROR)) wdt = 22;   /* a shortfall always shows its number */
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#333\" stroke-width=\"0.5\"><title>%d ", x, y, wdt, row_h, fill[st], c);
      html_text(f, report_status_count_label((lx_level)lv, st, c, p->lang));
      fputs("</title></rect>\n", f);
      if (wdt >= 22)
        fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"%s\">%d</text>\n",
                x + wdt / 2, y + 17, report_ink_on(fill[st]), c);
      x += wdt;
      total += c;
    }
    fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%d</text>\n", x + 6, y + 17, total);
  }
  /* the legend, each item as wide as its words (French ones are longer) */
  int x = 0, y = LX_NLEVEL * (row_h + 10) + 12;
  for (int k = 0; k < LX_NSTATUS; k++) {
    lx_status st = order[k];
    const char *label = report_status_label(LX_MANDATORY, st, p->lang);
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#333\" stroke-width=\"0.5\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">", x, y, fill[st], x + 18, y + 12);
    html_text(f, label);
    fputs("</text>\n", f);
    x += 18 + 7 * (int)strlen(label) + 18;
  }
  fputs("</svg></figure>\n", f);
  /* the same figures as a table */
  fputs("<table><caption>", f);
  html_text(f, w(p, "chart_status"));
  fputs("</caption><thead><tr><th scope=\"col\">", f);
  html_text(f, w(p, "level"));
  fputs("</th>", f);
  for (int st = 0; st < LX_NSTATUS; st++) {
    fputs("<th scope=\"col\">", f);
    html_text(f, report_status_label(LX_MANDATORY, (lx_status)st, p->lang));
    fputs("</th>", f);
  }
  fputs("</tr></thead><tbody>\n", f);
  for (int lv = 0; lv < LX_NLEVEL; lv++) {
    fputs("<tr><th scope=\"row\">", f);
    html_text(f, report_level_label((lx_level)lv, p->lang));
    fputs("</th>", f);
    for (int st = 0; st < LX_NSTATUS; st++) fprintf(f, "<td>%d</td>", s->by_level[lv][st]);
    fputs("</tr>\n", f);
  }
  fputs("</tbody></table>\n", f);
}

/* A table's column headings, the words of `keys` (NULL-terminated), and
** the opening of its body. */
static void column_heads(page *p, const char *const *keys) {
  fputs("<thead><tr>", p->out);
  for (int i = 0; keys[i]; i++) {
    fputs("<th scope=\"col\">", p->out);
    html_text(p->out, w(p, keys[i]));
    fputs("</th>", p->out);
  }
  fputs("</tr></thead><tbody>\n", p->out);
}

static void ratings_table(page *p, const lx_rating *list, size_t n) {
  FILE *f = p->out;
  static const char *const heads[] = { "rated", "grade", "derivation", NULL };
  fputs("<table id=\"ratings\"><caption>", f);
  html_text(f, w(p, "ratings"));
  fputs("</caption>", f);
  column_heads(p, heads);
  for (size_t i = 0; i < n; i++) {
    const lx_rating *r = &list[i];
    char title[300], why[700];
    report_rating_title(p->a, r, p->lang, title, sizeof title);
    rating_explain(r, p->lang, why, sizeof why);
    fputs("<tr><th scope=\"row\">", f);
    if (r->scope == SCOPE_ARTICLE) {
      char anchor[128];
      article_anchor(anchor, sizeof anchor, r->instrument, r->key);
      fprintf(f, "<a href=\"#%s\">", anchor);
      html_text(f, title);
      fputs("</a>", f);
    } else {
      html_text(f, title);
    }
    fprintf(f, "</th><td class=\"g %s\">%s</td><td>", grade_class[r->grade], rating_grade_name(r->grade));
    html_text(f, why);
    if (r->scope == SCOPE_ARTICLE && r->nshortcomings) {
      fputs("<ul>", f);
      for (int k = 0; k < r->nshortcomings; k++) {
        const lx_finding *fd = &p->a->findings[r->shortcomings[k]];
        char ref[256], id[160];
        lx_ref_display(p->a->rules, fd->rule->ref, p->lang, ref, sizeof ref);
        html_id(id, sizeof id, "f-", fd->rule->id);
        fprintf(f, "<li><a href=\"#%s\">", id);
        html_text(f, ref);
        if (fd->rule->clause) { fputs(" ", f); html_text(f, fd->rule->clause); }
        fputs("</a>: ", f);
        html_text(f, report_status_label(fd->rule->level, fd->status, p->lang));
        fputs(" (", f);
        html_text(f, report_weight_word(fd, p->lang));
        fputs(")</li>", f);
      }
      fputs("</ul>", f);
    }
    fputs("</td></tr>\n", f);
  }
  fputs("</tbody></table>\n", f);
}

/* ---------------------------------------------------------------------- */
/* Findings                                                                */
/* ---------------------------------------------------------------------- */

static void list_texts(page *p, const char *label, const lx_text *items, int n) {
  if (!n) return;
  fputs("<p><strong>", p->out);
  html_text(p->out, label);
  fputs("</strong></p><ul>", p->out);
  for (int i = 0; i < n; i++) {
    fputs("<li>", p->out);
    html_text(p->out, report_pick(&items[i], p->lang));
    fputs("</li>", p->out);
  }
  fputs("</ul>\n", p->out);
}

/* Beside an obligation, the recommendations of other instruments that serve
** it (their `serves`), linked to their findings unless --only gaps left
** them out. */
static void served_by(page *p, const lx_finding *fd) {
  size_t n = 0;
  const size_t *idx = report_related_of(p->rel, fd, &n);
  if (n) fputs("<ul class=\"served\">", p->out);
  for (size_t k = 0; k < n; k++) {
    char line[1600], id[160];
    const lx_finding *g = &p->a->findings[idx[k]];
    report_related_served_line(p->rel, g, p->lang, line, sizeof line);
    html_id(id, sizeof id, "f-", g->rule->id);
    fputs("<li class=\"good-practice\">", p->out);
    if (!p->o->brief) fprintf(p->out, "<a href=\"#%s\">", id);   /* --only gaps leaves the part out */
    html_text(p->out, line);
    fputs(p->o->brief ? "</li>" : "</a></li>", p->out);
  }
  if (n) fputs("</ul>\n", p->out);
}

static void finding(page *p, const lx_finding *fd) {
  FILE *f = p->out;
  const lx_rule *r = fd->rule;
  char id[160], ref[256];
  html_id(id, sizeof id, "f-", r->id);
  if (r->ref) report_related_display(p->rel, fd, p->lang, ref, sizeof ref);
  else snprintf(ref, sizeof ref, "%s", r->id);
  const char *kind = lx_is_gap(r->level, fd->status) ? "gap" : status_class(fd->status);
  report_put_strings(f, "<article class=\"finding ", kind, "\" id=\"", id, "\">\n<h4><span class=\"badge ",
                     status_class(fd->status), "\">", (const char *)NULL);
  html_text(f, report_rule_status_label(r, fd->status, p->lang));
  fputs("</span><span class=\"ref\">", f);
  html_text(f, ref);
  if (r->clause) { fputs(" [", f); html_text(f, r->clause); fputs("]", f); }
  fputs("</span> — ", f);
  html_text(f, report_pick(&r->title, p->lang));
  fputs(" <span class=\"level\">(", f);
  html_text(f, report_rule_level_label(r, p->lang));
  if (report_prospective(p->a, r)) { fputs(strcmp(p->lang, "fr") ? "; " : " ; ", f); html_text(f, report_word("prospective", p->lang)); }
  fputs(")</span></h4>\n", f);
  if (fd->status == LX_ERROR) {
    fputs("<p><strong>", f);
    html_text(f, w(p, "error_at"));
    fputs("</strong> <code>", f);
    html_text(f, fd->error_file);
    fprintf(f, ":%d</code>: ", fd->error_line);
    html_text(f, fd->error_message);
    fputs("</p></article>\n", f);
    return;
  }
  fputs("<p class=\"why\">", f);
  html_text(f, report_pick(&fd->explanation, p->lang));
  fputs("</p>\n", f);
  served_by(p, fd);
  if (fd->option.en || fd->option.fr) {
    fputs("<p><strong>", f);
    html_text(f, w(p, "option"));
    fputs(!strcmp(p->lang, "fr") ? LX_NNBSP ":</strong> " : ":</strong> ", f);
    html_text(f, report_pick(&fd->option, p->lang));
    fputs("</p>\n", f);
  }
  /* the treaty's words beside the State's own law */
  const char *used = NULL;
  const char *text = lx_text_get(&r->text, p->lang, &used);
  fputs("<div class=\"side\">\n<div><p class=\"label\">", f);
  html_text(f, w(p, "provision"));
  int official = report_text_official(p->a->rules, r, used);
  if (used && strcmp(used, p->lang) != 0) {
    fputs(" (", f); html_text(f, w(p, "text_in")); fprintf(f, " %s", used);
    if (!official) { fputs(", ", f); html_text(f, w(p, "unofficial_translation")); }
    fputs(")", f);
  } else if (!official) {
    fputs(" (", f); html_text(f, w(p, "unofficial_translation")); fputs(")", f);
  }
  fprintf(f, "</p><blockquote lang=\"%s\"><p>", used ? used : "en");
  html_text(f, text ? text : "");
  fputs("</p></blockquote>", f);
  const char *olang = NULL, *otext = official ? NULL : report_official_text(p->a->rules, r, &olang);
  if (otext) {                     /* beside an unofficial translation, the authentic words */
    fputs("<p class=\"label\">", f);
    html_text(f, w(p, "official_text"));
    fprintf(f, " (%s)</p><blockquote lang=\"%s\"><p>", olang, olang);
    html_text(f, otext);
    fputs("</p></blockquote>", f);
  }
  fputs("</div>\n<div><p class=\"label\">", f);
  html_text(f, w(p, "evidence"));
  fputs("</p>", f);
  if (!fd->nevidence) {
    fputs("<p class=\"note\">", f);
    html_text(f, w(p, "none"));
    fputs("</p>", f);
  } else {
    fputs("<ul>", f);
    for (int i = 0; i < fd->nevidence; i++) {
      const lx_evidence *e = &fd->evidence[i];
      fputs("<li>", f);
      if (safe_url(e->url)) { fputs("<a href=\"", f); html_attr(f, e->url); fputs("\">", f); }
      html_text(f, e->source ? e->source : w(p, "no_source"));
      if (safe_url(e->url)) fputs("</a>", f);
      if (e->label) { fputs(" — ", f); html_text(f, e->label); }
      char date[64];
      if (e->from) {
        report_date(e->from, p->lang, date, sizeof date);
        fputs(" <span class=\"note\">(", f); html_text(f, w(p, "in_force_from")); fputs(" ", f); html_text(f, date); fputs(")</span>", f);
      }
      if (e->repealed) {
        report_date(e->repealed, p->lang, date, sizeof date);
        fputs(" <span class=\"note\">(", f); html_text(f, w(p, "repealed")); fputs(" ", f); html_text(f, date); fputs(")</span>", f);
      }
      if (e->note) { fputs("<br><span class=\"note\">", f); html_text(f, e->note); fputs("</span>", f); }
      if (e->url && !safe_url(e->url)) { fputs("<br><span class=\"note\">", f); html_text(f, e->url); fputs("</span>", f); }
      fputs(" <code class=\"note\">", f);
      html_text(f, e->fact);
      fputs("</code></li>", f);
    }
    fputs("</ul>", f);
  }
  fputs("</div>\n</div>\n", f);
  list_texts(p, w(p, "missing"), fd->missing, fd->nmissing);
  if (fd->nquestions) {
    fputs("<p><strong>", f);
    html_text(f, w(p, "questions"));
    fputs("</strong></p><ul>", f);
    for (int i = 0; i < fd->nquestions; i++) {
      fputs("<li>", f);
      html_text(f, report_pick(&fd->questions[i].text, p->lang));
      fputs(" <code class=\"note\">", f);
      html_text(f, fd->questions[i].fact);
      fputs("</code></li>", f);
    }
    fputs("</ul>\n", f);
  }
  fputs("</article>\n", f);
}

/* Give the first occurrence of each article in the report an anchor. */
static void maybe_anchor(page *p, const lx_rule *r, const char *article) {
  char key[48];                               /* snprintf "%.15s-%.30s" */
  const char *ins = r->instrument ? r->instrument : "(null)";
  size_t ni = strnlen(ins, 15), na = strnlen(article, 30);
  memcpy(key, ins, ni);
  key[ni] = '-';
  memcpy(key + ni + 1, article, na);
  key[ni + 1 + na] = '\0';
  for (size_t i = 0; i < p->nanchored; i++) if (!strcmp(p->anchored[i], key)) return;
  char (*grown)[48] = realloc(p->anchored, (p->nanchored + 1) * sizeof *grown);
  if (!grown) return;
  p->anchored = grown;
  memcpy(p->anchored[p->nanchored++], key, ni + 1 + na + 1);
  char anchor[128];
  article_anchor(anchor, sizeof anchor, r->instrument, article);
  fprintf(p->out, "<span id=\"%s\"></span>", anchor);
}

static void part(page *p, report_part which, const char *id, const char *title_key, int collapsible) {
  FILE *f = p->out;
  size_t n = 0;
  size_t *idx = report_related_select(p->rel, which, &n);
  if ((which == PART_ERRORS || which == PART_GOOD_PRACTICE) && n == 0) { free(idx); return; }
  fprintf(f, "<section class=\"part\" id=\"%s\" aria-labelledby=\"h-%s\">\n<h2 id=\"h-%s\">", id, id, id);
  html_text(f, w(p, title_key));
  fprintf(f, " <span class=\"level\">(%zu)</span></h2>\n", n);
  if (n == 0) { fputs("<p>", f); html_text(f, w(p, "none")); fputs("</p>\n", f); }
  for (size_t k = 0; idx && k < n;) {
    const lx_rule *first = p->a->findings[idx[k]].rule;
    char art[32] = "";
    if (first->ref) lx_ref_article(first->ref, art, sizeof art);
    size_t end = k;
    while (end < n) {
      char other[32] = "";
      const lx_rule *r = p->a->findings[idx[end]].rule;
      if (r->ref) lx_ref_article(r->ref, other, sizeof other);
      if (strcmp(other, art) || strcmp(r->instrument, first->instrument)) break;
      end++;
    }
    const lx_instrument *ins = ruleset_instrument(p->a->rules, first->instrument);
    const char *iname = ins ? report_pick(&ins->short_name, p->lang) : first->instrument;
    if (collapsible) {
      fputs("<details><summary>", f);
      maybe_anchor(p, first, art);
      html_text(f, iname);
      fputs(" art. ", f);
      html_text(f, art);
      fprintf(f, " <span class=\"level\">(%zu)</span></summary>\n", end - k);
    } else {
      fputs("<section class=\"article\"><h3>", f);
      maybe_anchor(p, first, art);
      html_text(f, w(p, first->good_practice ? "paragraph" : "article"));
      fputs(" ", f);
      html_text(f, art);
      fputs(" <span class=\"level\">— ", f);
      html_text(f, iname);
      fputs("</span></h3>\n", f);
    }
    for (; k < end; k++) finding(p, &p->a->findings[idx[k]]);
    fputs(collapsible ? "</details>\n" : "</section>\n", f);
  }
  fputs("</section>\n", f);
  free(idx);
}

/* ---------------------------------------------------------------------- */
/* The page                                                                */
/* ---------------------------------------------------------------------- */

/* What a reader needs first: each instrument's rating with how much it
** rests on, the gaps one line each (linked to their findings), the number
** of open questions and of errors, the counts. */
static void key_findings(page *p, const lx_rating *list, size_t nr, const lx_summary *s) {
  FILE *f = p->out;
  char line[1200], c[64];
  fputs("<section id=\"key\" aria-labelledby=\"h-key\">\n<h2 id=\"h-key\">", f);
  html_text(f, w(p, "key_findings"));
  fputs("</h2>\n", f);
  for (size_t i = 0; i < nr; i++) {
    if (list[i].scope != SCOPE_INSTRUMENT) continue;
    report_headline(p->a, &list[i], p->lang, line, sizeof line);
    fprintf(f, "<p class=\"headline\"><span class=\"g %s\">&nbsp;%s&nbsp;</span> ", grade_class[list[i].grade],
            rating_grade_name(list[i].grade));
    html_text(f, line);
    fputs("</p>\n", f);
  }
  size_t n = 0;
  size_t *idx = report_related_select(p->rel, PART_GAPS, &n);
  report_count(c, sizeof c, (int)n, "gap", p->lang);
  fprintf(f, "<p><a href=\"#gaps\"><strong>");
  html_text(f, c);
  fputs("</strong></a>", f);
  if (n) {
    fputs(!strcmp(p->lang, "fr") ? LX_NNBSP ":" : ":", f);
    fputs("</p>\n<ul class=\"gaps\">", f);
    for (size_t k = 0; idx && k < n; k++) {
      const lx_finding *fd = &p->a->findings[idx[k]];
      char ref[256], id[160];
      if (fd->rule->ref) lx_ref_display(p->a->rules, fd->rule->ref, p->lang, ref, sizeof ref);
      else snprintf(ref, sizeof ref, "%s", fd->rule->id);
      html_id(id, sizeof id, "f-", fd->rule->id);
      fprintf(f, "<li><a href=\"#%s\">", id);
      html_text(f, ref);
      fputs("</a> — <span class=\"badge ", f);
      fputs(status_class(fd->status), f);
      fputs("\">", f);
      html_text(f, report_status_label(fd->rule->level, fd->status, p->lang));
      fputs("</span>", f);
      html_text(f, report_pick(&fd->rule->title, p->lang));
      fputs("</li>", f);
    }
    fputs("</ul>\n", f);
  } else {
    fputs(".</p>\n", f);
  }
  free(idx);
  report_count(c, sizeof c, s->by_status[LX_UNKNOWN], "question", p->lang);
  fputs("<p><a href=\"#unknown\"><strong>", f);
  html_text(f, c);
  fputs("</strong></a>", f);
  html_text(f, !strcmp(p->lang, "fr") ? " (obligations que le profil ne permet pas de trancher, chacune avec ses questions)"
                                       : " (obligations the profile cannot settle, each with the questions that would settle it)");
  if (s->errors) {
    report_count(c, sizeof c, s->errors, "error", p->lang);
    fputs("; <a href=\"#errors\"><strong>", f);
    html_text(f, c);
    fputs("</strong></a>", f);
  }
  fputs(".</p>\n<p class=\"note\">", f);
  report_counts_line(p->a, p->lang, line, sizeof line);
  html_text(f, line);
  fputs(".</p>\n</section>\n", f);
}

/* The transposition view of each EU directive: a table of provision ->
** national measures -> deadline -> status and reason, with the binding. */
static void transposition(page *p) {
  FILE *f = p->out;
  static const char *const heads[] = { "provision", "tp_measures", "tp_due", "tp_reason", NULL };
  size_t nv = 0;
  report_tp *v = report_transposition(p->a, p->rel, &nv);
  for (size_t i = 0; v && i < nv; i++) {
    char sid[160];
    html_id(sid, sizeof sid, "tp-", v[i].ins->id);
    fprintf(f, "<section id=\"%s\" class=\"transposition\">\n<h2>", sid);
    html_text(f, w(p, "transposition"));
    fputs(" — ", f);
    html_text(f, report_pick(&v[i].ins->short_name, p->lang));
    fputs("</h2>\n<p><strong>", f);
    html_text(f, w(p, "binding"));
    fputs("</strong>: ", f);
    html_text(f, !strcmp(p->lang, "fr") ? v[i].b->reason_fr : v[i].b->reason_en);
    fputs("</p>\n<table>", f);
    column_heads(p, heads);
    for (size_t k = 0; k < v[i].n; k++) {
      const report_tp_row *r = &v[i].rows[k];
      char ref[256], id[160];
      lx_ref_display(p->a->rules, r->f->rule->ref, p->lang, ref, sizeof ref);
      html_id(id, sizeof id, "f-", r->f->rule->id);
      fprintf(f, "<tr><th scope=\"row\"><a href=\"#%s\">", id);
      html_text(f, ref);
      fputs("</a> ", f);
      html_text(f, report_pick(&r->f->rule->title, p->lang));
      fputs("</th><td>", f);
      html_text(f, *r->measures ? r->measures : w(p, "tp_none"));
      fputs("</td><td>", f);
      html_text(f, r->due ? r->due : "");
      fprintf(f, "</td><td class=\"%s\"><strong>", status_class(r->f->status));
      html_text(f, report_status_label(r->f->rule->level, r->f->status, p->lang));
      fputs("</strong>: ", f);
      html_text(f, r->f->status == LX_ERROR ? (r->f->error_message ? r->f->error_message : "") : report_pick(&r->f->explanation, p->lang));
      fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table>\n</section>\n", f);
  }
  report_tp_free(v, nv);
}

static void one_assessment(page *p) {
  FILE *f = p->out;
  const lx_assessment *a = p->a;
  const lx_profile *pr = a->profile;
  const char *sname = (!strcmp(p->lang, "fr") && pr->state_name_fr) ? pr->state_name_fr : pr->state_name;
  fputs("<header>\n<p class=\"note\">lexgap " LX_VERSION "</p>\n<h1>", f);
  html_text(f, w(p, "title"));
  fputs(report_sep(p->lang), f);
  html_text(f, sname);
  fputs("</h1>\n<dl class=\"meta\">\n<dt>", f);
  html_text(f, w(p, "state"));
  fputs("</dt><dd>", f);
  html_text(f, sname);
  fputs(" (", f);
  html_text(f, pr->state_code);
  fputs(")</dd>\n<dt>", f);
  html_text(f, w(p, "as_of"));
  fputs("</dt><dd>", f);
  char date[64];
  report_date(a->as_of, p->lang, date, sizeof date);
  html_text(f, date);
  fputs("</dd>\n<dt>", f);
  html_text(f, w(p, "profile"));
  fputs("</dt><dd><code>", f);
  html_text(f, pr->file);
  fputs("</code> (", f);
  html_text(f, w(p, "law_as_of"));
  fputs(" ", f);
  report_date(pr->describes, p->lang, date, sizeof date);
  html_text(f, date);
  fputs(")</dd>\n<dt>", f);
  html_text(f, w(p, "rules"));
  fputs("</dt><dd>", f);
  char rules[1024];
  report_rules_line(a, p->lang, rules, sizeof rules);
  html_text(f, rules);
  fputs("</dd>\n</dl>\n<p class=\"scope\" id=\"scope\">", f);
  html_text(f, w(p, "scope_note"));
  if (p->o->brief) { fputs("<br>", f); html_text(f, w(p, "brief_note")); }
  fputs("</p>\n", f);
  /* binding to each instrument */
  fputs("<table id=\"instruments\"><caption>", f);
  html_text(f, w(p, "instruments"));
  fputs("</caption><thead><tr><th scope=\"col\">", f);
  html_text(f, w(p, "instrument"));
  fputs("</th><th scope=\"col\">", f);
  html_text(f, w(p, "binding"));
  fputs("</th></tr></thead><tbody>\n", f);
  for (size_t i = 0; i < a->rules->ninstruments; i++) {
    fputs("<tr><th scope=\"row\">", f);
    html_text(f, report_pick(&a->rules->instruments[i].title, p->lang));
    fputs("</th><td>", f);
    html_text(f, !strcmp(p->lang, "fr") ? a->bindings[i].reason_fr : a->bindings[i].reason_en);
    fputs("</td></tr>\n", f);
  }
  fputs("</tbody></table>\n", f);
  /* what makes the assessment less reliable than it looks (caveats.h) */
  if (a->ncaveats) {
    fputs("<ul id=\"warnings\" class=\"warnings\">\n", f);
    for (size_t i = 0; i < a->ncaveats; i++) {
      fputs("<li><strong>", f);
      html_text(f, w(p, "warning"));
      fputs(":</strong> ", f);
      html_text(f, report_pick(&a->caveats[i].text, p->lang));
      fputs("</li>\n", f);
    }
    fputs("</ul>\n", f);
  }
  fputs("</header>\n<main>\n", f);

  lx_summary s;
  assessment_summary(a, &s);
  const lx_rating *list = p->ratings;
  size_t nr = p->nratings;
  key_findings(p, list, nr, &s);
  if (!p->o->brief) {   /* the dashboard: charts and the ratings table */
    fputs("<section id=\"dashboard\" aria-labelledby=\"h-dashboard\">\n<h2 id=\"h-dashboard\">", f);
    html_text(f, w(p, "dashboard"));
    fputs("</h2>\n<div class=\"scroll\">", f);
    ratings_chart(p, list, nr);
    fputs("</div>\n<div class=\"scroll\">", f);
    status_chart(p, &s);
    fputs("</div>\n", f);
    ratings_table(p, list, nr);
    fputs("</section>\n", f);
  }
  if (!p->o->brief) transposition(p);   /* EU directives: provision -> national measures */

  part(p, PART_GAPS, "gaps", "part_gaps", 0);
  part(p, PART_UNKNOWN, "unknown", "part_unknown", 0);
  part(p, PART_ERRORS, "errors", "part_errors", 0);
  if (!p->o->brief) part(p, PART_OTHER, "other", "part_other", 1);
  if (!p->o->brief) part(p, PART_GOOD_PRACTICE, "good-practice", "part_good_practice", 0);
  fputs("</main>\n", f);
}

report_html_page *report_html_begin(FILE *out, const report_options *o, size_t n, const char *const *names,
                                    const char *as_of) {
  page *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->out = out;
  p->o = o;
  p->n = n;
  p->lang = o->lang && !strcmp(o->lang, "fr") ? "fr" : "en";
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"lexgap " LX_VERSION "\">\n<title>", p->lang);
  html_text(out, report_word("title", p->lang));
  for (size_t i = 0; i < n; i++) {
    fputs(i ? ", " : " — ", out);
    html_text(out, names[i]);
  }
  if (n) { fputs(" — ", out); html_text(out, as_of); }
  fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
  return p;
}

void report_html_assessment(report_html_page *p, const lx_assessment *a, const lx_rating *ratings,
                            size_t nratings, const report_related *rel, size_t index) {
  p->a = a;
  p->rel = rel;
  p->ratings = ratings;
  p->nratings = nratings;
  p->nanchored = 0;
  if (p->n > 1) snprintf(id_prefix, sizeof id_prefix, "s%zu-", index + 1);
  else id_prefix[0] = '\0';
  if (index) fputs("<hr>\n", p->out);
  one_assessment(p);
}

void report_html_end(report_html_page *p, int complete) {
  if (complete) {
    fputs("<footer><p class=\"note\">", p->out);
    html_text(p->out, report_word("footer", p->lang));
    fputs("</p></footer>\n</body>\n</html>\n", p->out);
  }
  free(p->anchored);
  free(p);
}

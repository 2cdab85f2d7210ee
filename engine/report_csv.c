/*
 * report_csv.c -- one row per finding, for spreadsheets (RFC 4180: fields
 * quoted when they hold a comma, quote or line break; CRLF line ends).
 * Texts are in the report's language; lists are joined with " | ".
 */
#include "report.h"
#include "report_transposition.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Would a spreadsheet take the field for a formula?  It does when the first
** character that is not a space, TAB, CR or LF is = + - or @ (spreadsheets
** skip that whitespace: "\t=HYPERLINK(...)"), and OWASP counts a leading
** TAB or CR as a formula start by itself. */
static int csv_formula(const char *s) {
  if (*s == '\t' || *s == '\r') return 1;
  s += strspn(s, " \t\r\n");
  return *s == '=' || *s == '+' || *s == '-' || *s == '@';
}

/* A field that a spreadsheet will not take for a formula (CSV injection):
** such a value gets a leading apostrophe, inside quotes. */
void report_csv_value(FILE *f, const char *s) {
  if (!s) s = "";
  int quote = strpbrk(s, ",\"\r\n") != NULL;
  int formula = csv_formula(s);
  if (quote || formula) fputc('"', f);
  if (formula) fputc('\'', f);
  for (const char *q; (q = strchr(s, '"')); s = q + 1) {   /* a quote doubled; the rest at once */
    fwrite(s, 1, (size_t)(q - s) + 1, f);
    fputc('"', f);
  }
  fputs(s, f);
  if (quote || formula) fputc('"', f);
}

static void field(FILE *f, const char *s, int last) {
  report_csv_value(f, s);
  fputs(last ? "\r\n" : ",", f);
}

static void joined_texts(FILE *f, const lx_text *items, int n, const char *lang) {
  char buf[8192];
  size_t len = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && len < sizeof buf; i++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " | " : "", report_pick(&items[i], lang));
  field(f, buf, 0);
}

void report_csv_header(FILE *out) {
  static const char *const header[] = {
    "state_code", "state_name", "as_of", "instrument", "id", "ref", "clause", "article", "provision",
    "level", "status", "gap", "title", "explanation", "option", "missing", "questions", "evidence",
    "serves", "served_by", "rule_file", "rule_line", "warnings", "scope", "due", "national_measures", "prospective", NULL
  };
  for (int i = 0; header[i]; i++) field(out, header[i], header[i + 1] == NULL);
}

void report_csv_rows(FILE *out, const lx_assessment *a, const report_related *rel, const report_options *o) {
  const char *lang = o->lang ? o->lang : "en";
  size_t nv = 0;
  report_tp *tv = report_transposition(a, rel, &nv);   /* EU directives: due, national_measures */
  for (int part = 0; part < PART_COUNT; part++) {
    size_t m = 0;
    if ((part == PART_OTHER || part == PART_GOOD_PRACTICE) && o->brief) continue;     /* --only gaps */
    size_t *idx = report_related_select(rel, (report_part)part, &m);
    for (size_t j = 0; idx && j < m; j++) {
      const lx_finding *fd = &a->findings[idx[j]];
      const lx_rule *r = fd->rule;
      char art[32] = "", disp[256] = "", line[16], buf[8192];
      if (r->ref) { lx_ref_article(r->ref, art, sizeof art); report_related_display(rel, fd, lang, disp, sizeof disp); }
      field(out, a->profile->state_code, 0);
      field(out, a->profile->state_name, 0);
      field(out, a->as_of, 0);
      field(out, r->instrument, 0);
      field(out, r->id, 0);
      field(out, r->ref, 0);
      field(out, r->clause, 0);
      field(out, art, 0);
      field(out, disp, 0);
      field(out, lx_level_name(r->level), 0);
      field(out, lx_status_name(fd->status), 0);
      field(out, lx_is_gap(r->level, fd->status) ? "yes" : "no", 0);
      field(out, report_pick(&r->title, lang), 0);
      if (fd->status == LX_ERROR) {
        snprintf(buf, sizeof buf, "%s:%d: %s", fd->error_file ? fd->error_file : "?", fd->error_line,
                 fd->error_message ? fd->error_message : "");
        field(out, buf, 0);
      } else {
        field(out, report_pick(&fd->explanation, lang), 0);
      }
      field(out, fd->option.en || fd->option.fr ? report_pick(&fd->option, lang) : "", 0);
      joined_texts(out, fd->missing, fd->nmissing, lang);
      size_t len = 0;
      buf[0] = '\0';
      for (int q = 0; q < fd->nquestions && len < sizeof buf; q++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", q ? " | " : "", report_pick(&fd->questions[q].text, lang));
      field(out, buf, 0);
      len = 0;
      buf[0] = '\0';
      for (int e = 0; e < fd->nevidence && len < sizeof buf; e++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", e ? " | " : "",
                                fd->evidence[e].source ? fd->evidence[e].source : fd->evidence[e].fact);
      field(out, buf, 0);
      /* a recommendation: the obligations it serves; an obligation: the
      ** recommendations that serve it, with their status */
      len = 0;
      buf[0] = '\0';
      for (int s = 0; s < r->nserves && len < sizeof buf; s++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", s ? " | " : "", r->serves[s]);
      field(out, buf, 0);
      size_t ns = 0;
      const size_t *served = report_related_of(rel, fd, &ns);
      len = 0;
      buf[0] = '\0';
      for (size_t s = 0; s < ns && len < sizeof buf; s++) {
        char one[1600];
        report_related_served_line(rel, &a->findings[served[s]], lang, one, sizeof one);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", s ? " | " : "", one);
      }
      field(out, buf, 0);
      field(out, r->file, 0);
      snprintf(line, sizeof line, "%d", r->line);
      field(out, line, 0);
      /* the assessment's warnings (caveats.h), on each of its rows */
      len = 0;
      buf[0] = '\0';
      for (size_t c = 0; c < a->ncaveats && len < sizeof buf; c++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", c ? " | " : "", report_pick(&a->caveats[c].text, lang));
      field(out, buf, 0);
      field(out, report_word("scope_short", lang), 0);    /* what every row assesses: the law on the books */
      const report_tp_row *tr = NULL;
      for (size_t t = 0; tv && t < nv && !tr; t++)
        for (size_t u = 0; u < tv[t].n && !tr; u++)
          if (tv[t].rows[u].f == fd) tr = &tv[t].rows[u];
      field(out, tr && tr->due ? tr->due : "", 0);
      field(out, tr ? tr->measures : "", 0);
      field(out, report_prospective(a, r) ? "yes" : "no", 1);
    }
    free(idx);
  }
  report_tp_free(tv, nv);
}

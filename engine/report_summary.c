/*
 * report_summary.c -- the short summary (`--format summary`, and what
 * `make demo` prints): for each State, each instrument's rating with how
 * much it rests on, the counts, the gaps one line each, the number of open
 * questions, the scope note, and where to see more.  Plain text, a screen
 * long, for a terminal; control characters from a profile or a rule are
 * shown as '?'.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define WIDTH 100      /* wrap long lines here, as the text report does */

/* s with control characters shown as '?', into buf. */
static void clean(const char *s, char *buf, size_t size) {
  size_t n = 0;
  for (; s && *s && n + 1 < size; s++) {
    unsigned char c = (unsigned char)*s;
    buf[n++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
  }
  buf[n] = '\0';
}

/* Write s cleaned, after indent spaces, wrapped with the lines after the
** first indented by more. */
static void put_line(FILE *f, int indent, int more, const char *s) {
  char buf[4096];
  clean(s, buf, sizeof buf);
  fprintf(f, "%*s", indent, "");
  report_wrap(f, indent + more, WIDTH, buf);
}

/* "  - UNTOC art. 9(2): partly met — Title" */
static void gap_line(FILE *f, const lx_assessment *a, const lx_finding *fd, const char *lang) {
  char ref[256], line[2048];
  if (fd->rule->ref) lx_ref_display(a->rules, fd->rule->ref, lang, ref, sizeof ref);
  else snprintf(ref, sizeof ref, "%s", fd->rule->id);
  snprintf(line, sizeof line, "- %s%s%s%s%s%s — %s", ref, fd->rule->clause ? " [" : "", fd->rule->clause ? fd->rule->clause : "",
           fd->rule->clause ? "]" : "", report_sep(lang), report_status_label(fd->rule->level, fd->status, lang),
           report_pick(&fd->rule->title, lang));
  put_line(f, 2, 2, line);
}

void report_summary_assessment(FILE *f, const lx_assessment *a, const lx_rating *list, size_t nr,
                               size_t index, const report_options *o) {
  const char *lang = o->lang;
  const lx_profile *p = a->profile;
  int fr = lang && strcmp(lang, "fr") == 0;
  const char *sname = fr && p->state_name_fr ? p->state_name_fr : p->state_name;
  char as_of[64], head[1024];
  if (index) fputc('\n', f);
  report_date(a->as_of, lang, as_of, sizeof as_of);
  snprintf(head, sizeof head, "%s (%s)%s%s", sname ? sname : "", p->state_code ? p->state_code : "",
           fr ? ", évaluation au " : ", assessed as of ", as_of);
  put_line(f, 0, 2, head);
  for (size_t i = 0; i < a->ncaveats; i++) {   /* what makes the assessment less reliable (caveats.h) */
    char w[1200];
    snprintf(w, sizeof w, "%s%s%s", report_word("warning", lang), report_sep(lang), report_pick(&a->caveats[i].text, lang));
    put_line(f, 2, 2, w);
  }
  for (size_t i = 0; i < nr; i++) {
    if (list[i].scope != SCOPE_INSTRUMENT) continue;
    char line[1200];
    report_headline(a, &list[i], lang, line, sizeof line);
    put_line(f, 2, 2, line);
    for (size_t k = 0; k < a->rules->ninstruments; k++)   /* why it binds, or does not */
      if (strcmp(a->rules->instruments[k].id, list[i].instrument) == 0)
        put_line(f, 4, 0, fr ? a->bindings[k].reason_fr : a->bindings[k].reason_en);
  }
  char line[1024], c[64];
  report_counts_line(a, lang, line, sizeof line);
  put_line(f, 2, 2, line);
  lx_summary s;
  assessment_summary(a, &s);
  size_t n = 0;
  size_t *idx = report_select(a, PART_GAPS, &n);
  if (n) {
    report_count(c, sizeof c, (int)n, "gap", lang);
    fprintf(f, "\n%s%s\n", c, fr ? LX_NNBSP ":" : ":");
    for (size_t k = 0; idx && k < n; k++) gap_line(f, a, &a->findings[idx[k]], lang);
  } else {
    fprintf(f, "\n%s\n", fr ? "Aucun écart." : "No gap.");
  }
  free(idx);
  idx = report_select(a, PART_UNKNOWN, &n);
  report_count(c, sizeof c, (int)n, "question", lang);
  fprintf(f, "\n%s\n", c);
  if (n) fprintf(f, "  %s\n", fr ? "(obligations que le profil ne permet pas de trancher, chacune avec ses questions)"
                                 : "(obligations the profile cannot settle, each with the questions that would settle it)");
  free(idx);
  if (s.errors) {
    report_count(c, sizeof c, s.errors, "error", lang);
    fprintf(f, "%s\n", c);
  }
}

void report_summary_end(FILE *out, const report_options *o) {
  const char *lang = o->lang;
  int fr = lang && strcmp(lang, "fr") == 0;
  fputc('\n', out);
  report_wrap(out, 0, WIDTH, report_word("scope_note", lang));
  if (o->full_report) {
    char file[4096];
    clean(o->full_report, file, sizeof file);
    fprintf(out, "\n%s%s%s", report_word("full_report", lang), report_sep(lang), file);
    size_t len = strlen(o->full_report);
    int html = len > 5 && strcmp(o->full_report + len - 5, ".html") == 0;
    if (html) fputs(fr ? " (à ouvrir dans un navigateur)\n" : " (open it in a browser)\n", out);
    else fputc('\n', out);
  }
  char more[512];
  snprintf(more, sizeof more, "%s%s%s", report_word("see_more", lang), report_sep(lang),
           fr ? "--format text|md|html|json|csv pour le rapport complet, --only gaps pour les seuls écarts et "
                "questions ouvertes, -o FICHIER pour l'écrire dans un fichier."
              : "--format text|md|html|json|csv for the full report, --only gaps for the gaps and open questions "
                "alone, -o FILE to write it to a file.");
  report_wrap(out, 0, WIDTH, more);
}

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

/* Write s with control characters shown as '?'. */
static void put_clean(FILE *f, const char *s) {
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    fputc(c < 0x20 || c == 0x7f ? '?' : c, f);
  }
}

/* "  - UNTOC art. 9(2): partly met — Title" */
static void gap_line(FILE *f, const lx_assessment *a, const lx_finding *fd, const char *lang) {
  char ref[256];
  if (fd->rule->ref) lx_ref_display(a->rules, fd->rule->ref, lang, ref, sizeof ref);
  else snprintf(ref, sizeof ref, "%s", fd->rule->id);
  fputs("  - ", f);
  put_clean(f, ref);
  if (fd->rule->clause) { fputs(" [", f); put_clean(f, fd->rule->clause); fputc(']', f); }
  fputs(report_sep(lang), f);
  fputs(report_status_label(fd->rule->level, fd->status, lang), f);
  fputs(" — ", f);
  put_clean(f, report_pick(&fd->rule->title, lang));
  fputc('\n', f);
}

static void one(FILE *f, const lx_assessment *a, const report_options *o) {
  const char *lang = o->lang;
  const lx_profile *p = a->profile;
  int fr = lang && strcmp(lang, "fr") == 0;
  const char *sname = fr && p->state_name_fr ? p->state_name_fr : p->state_name;
  put_clean(f, sname);
  fputs(" (", f);
  put_clean(f, p->state_code);
  char as_of[64];
  report_date(a->as_of, lang, as_of, sizeof as_of);
  fprintf(f, ")%s%s\n", fr ? ", évaluation au " : ", assessed as of ", as_of);
  lx_rating *list;
  size_t nr = rating_compute(a, &list);
  for (size_t i = 0; i < nr; i++) {
    if (list[i].scope != SCOPE_INSTRUMENT) continue;
    char line[1200];
    report_headline(a, &list[i], lang, line, sizeof line);
    fputs("  ", f);
    put_clean(f, line);
    fputc('\n', f);
    for (size_t k = 0; k < a->rules->ninstruments; k++)   /* why it binds, or does not */
      if (strcmp(a->rules->instruments[k].id, list[i].instrument) == 0) {
        fputs("    ", f);
        put_clean(f, fr ? a->bindings[k].reason_fr : a->bindings[k].reason_en);
        fputc('\n', f);
      }
  }
  rating_free(list, nr);
  char line[1024], c[64];
  report_counts_line(a, lang, line, sizeof line);
  fprintf(f, "  %s\n", line);
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

int report_summary(FILE *out, lx_assessment *const *as, size_t n, const report_options *o) {
  const char *lang = o->lang;
  int fr = lang && strcmp(lang, "fr") == 0;
  for (size_t i = 0; i < n; i++) {
    if (i) fputc('\n', out);
    one(out, as[i], o);
  }
  fprintf(out, "\n%s\n", report_word("scope_note", lang));
  if (o->full_report) {
    fprintf(out, "\n%s%s", report_word("full_report", lang), report_sep(lang));
    put_clean(out, o->full_report);
    size_t len = strlen(o->full_report);
    int html = len > 5 && strcmp(o->full_report + len - 5, ".html") == 0;
    if (html) fputs(fr ? " (à ouvrir dans un navigateur)\n" : " (open it in a browser)\n", out);
    else fputc('\n', out);
  }
  fprintf(out, "%s%s%s\n", report_word("see_more", lang), report_sep(lang),
          fr ? "--format text|md|html|json|csv pour le rapport complet, --only gaps pour les seuls écarts et "
               "questions ouvertes, -o FICHIER pour l'écrire dans un fichier."
             : "--format text|md|html|json|csv for the full report, --only gaps for the gaps and open questions "
               "alone, -o FILE to write it to a file.");
  fflush(out);
  return ferror(out) ? -1 : 0;
}

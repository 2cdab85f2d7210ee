/*
 * rating.c -- derive C / LC / PC / NC / N/A from the shortcomings.
 */
#include "rating.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *rating_grade_name(lx_grade g) {
  static const char *const names[] = { "C", "LC", "PC", "NC", "N/A", "--" };
  return g <= GRADE_NONE ? names[g] : "?";
}

/* How serious a finding's shortfall is: 3 major, 2 moderate, 1 minor, 0 none. */
static int weight(const lx_finding *f) {
  if (f->rule->level == LX_MANDATORY) return f->status == LX_NOT_MET ? 3 : f->status == LX_PARTLY_MET ? 2 : 0;
  if (f->rule->level == LX_CONSIDER || f->rule->level == LX_ENDEAVOUR)
    return f->status == LX_NOT_MET || f->status == LX_PARTLY_MET ? 1 : 0;
  return 0;
}

static const lx_assessment *sort_a;

/* Worst first, then in instrument order. */
static int by_weight(const void *pa, const void *pb) {
  const lx_finding *a = &sort_a->findings[*(const size_t *)pa], *b = &sort_a->findings[*(const size_t *)pb];
  int wa = weight(a), wb = weight(b);
  if (wa != wb) return wb - wa;
  return lx_ref_compare(a->rule->id, b->rule->id);
}

/* Does finding f belong to the group (instrument, cluster or article)? */
static int in_group(const lx_finding *f, rating_scope scope, const char *instrument, const char *key) {
  if (strcmp(f->rule->instrument, instrument) != 0) return 0;
  if (scope == SCOPE_INSTRUMENT) return 1;
  if (scope == SCOPE_CLUSTER) {
    char c[16];
    snprintf(c, sizeof c, "%d", f->rule->cluster);
    return f->rule->cluster && strcmp(c, key) == 0;
  }
  char art[32] = "";
  if (f->rule->ref) lx_ref_article(f->rule->ref, art, sizeof art);
  return strcmp(art, key) == 0;
}

static void rate(const lx_assessment *a, lx_rating *r) {
  size_t *idx = malloc((a->n + 1) * sizeof *idx);
  int n = 0;
  for (size_t i = 0; i < a->n; i++) {
    const lx_finding *f = &a->findings[i];
    if (!in_group(f, r->scope, r->instrument, r->key)) continue;
    if (r->scope == SCOPE_ARTICLE && !r->cluster) r->cluster = f->rule->cluster;
    if (f->status == LX_ERROR) { r->errors++; continue; }
    if (f->status == LX_NOT_APPLICABLE) continue;
    if (f->rule->level == LX_OPTIONAL) continue;
    r->rated++;
    if (f->status == LX_UNKNOWN) { r->unknown++; continue; }
    if (f->rule->level == LX_MANDATORY) r->mandatory_settled++;
    int w = weight(f);
    if (w == 3) r->major++;
    else if (w == 2) r->moderate++;
    else if (w == 1) r->minor++;
    if (w && idx) idx[n++] = i;
  }
  if (idx) { sort_a = a; qsort(idx, (size_t)n, sizeof *idx, by_weight); }
  r->shortcomings = idx;
  r->nshortcomings = idx ? n : 0;
  if (r->scope != SCOPE_ARTICLE) return;   /* aggregates: see aggregate() */
  if (r->errors) r->grade = GRADE_NONE;
  else if (r->rated == 0) r->grade = GRADE_NA;   /* nothing applicable, or optional only */
  else if (r->rated == r->unknown) r->grade = GRADE_NONE;
  else if (r->major && r->major * 2 >= r->mandatory_settled) r->grade = GRADE_NC;
  else if (r->major || r->moderate) r->grade = GRADE_PC;
  else if (r->minor) r->grade = GRADE_LC;
  else r->grade = GRADE_C;
}

/* Append a rating for the group unless it is already there. */
static int add(lx_rating **list, size_t *n, size_t *cap, rating_scope scope, const char *instrument, const char *key) {
  for (size_t i = 0; i < *n; i++)
    if ((*list)[i].scope == scope && strcmp((*list)[i].instrument, instrument) == 0 && strcmp((*list)[i].key, key) == 0)
      return 0;
  if (*n == *cap) {
    size_t c = *cap ? *cap * 2 : 32;
    lx_rating *l = realloc(*list, c * sizeof *l);
    if (!l) return -1;
    *list = l;
    *cap = c;
  }
  lx_rating *r = &(*list)[(*n)++];
  memset(r, 0, sizeof *r);
  r->scope = scope;
  snprintf(r->instrument, sizeof r->instrument, "%s", instrument);
  snprintf(r->key, sizeof r->key, "%s", key);
  return 0;
}

static int by_group(const void *pa, const void *pb) {
  const lx_rating *a = pa, *b = pb;
  if (a->scope != b->scope) return (int)a->scope - (int)b->scope;
  int c = strcmp(a->instrument, b->instrument);
  if (c) return c;
  char ra[80], rb[80];
  snprintf(ra, sizeof ra, "x:%s", a->key);
  snprintf(rb, sizeof rb, "x:%s", b->key);
  return lx_ref_compare(ra, rb);
}

/* A cluster or an instrument, from its articles' ratings. */
static void aggregate(lx_rating *r, const lx_rating *list, size_t n) {
  int total = 0, rated = 0, worst = 0, any_na = 0;
  for (size_t i = 0; i < n; i++) {
    const lx_rating *art = &list[i];
    if (art->scope != SCOPE_ARTICLE || strcmp(art->instrument, r->instrument) != 0) continue;
    if (r->scope == SCOPE_CLUSTER && art->cluster != atoi(r->key)) continue;
    if (art->grade == GRADE_NA) { any_na = 1; continue; }
    if (art->grade == GRADE_NONE) { r->articles_unrated++; continue; }
    r->articles[art->grade]++;
    total += (int)art->grade;
    rated++;
    if ((int)art->grade > worst) worst = (int)art->grade;
  }
  if (rated == 0) { r->grade = r->articles_unrated || !any_na ? GRADE_NONE : GRADE_NA; return; }
  int g = (2 * total + rated) / (2 * rated);         /* mean, rounded half up */
  if (worst >= GRADE_LC && g < GRADE_LC) g = GRADE_LC;
  if (worst == GRADE_NC && g < GRADE_PC) g = GRADE_PC;
  r->grade = (lx_grade)g;
}

size_t rating_compute(const lx_assessment *a, lx_rating **out) {
  lx_rating *list = NULL;
  size_t n = 0, cap = 0;
  int failed = 0;
  for (size_t i = 0; i < a->n && !failed; i++) {
    const lx_rule *r = a->findings[i].rule;
    if (!r->instrument) continue;
    char art[32] = "", cl[16] = "";
    if (r->ref) lx_ref_article(r->ref, art, sizeof art);
    failed |= add(&list, &n, &cap, SCOPE_INSTRUMENT, r->instrument, "") != 0;
    if (r->cluster) {
      snprintf(cl, sizeof cl, "%d", r->cluster);
      failed |= add(&list, &n, &cap, SCOPE_CLUSTER, r->instrument, cl) != 0;
    }
    if (art[0]) failed |= add(&list, &n, &cap, SCOPE_ARTICLE, r->instrument, art) != 0;
  }
  if (failed) { rating_free(list, n); *out = NULL; return 0; }
  if (n) qsort(list, n, sizeof *list, by_group);
  for (size_t i = 0; i < n; i++) rate(a, &list[i]);       /* counts for all, grades for articles */
  for (size_t i = 0; i < n; i++) if (list[i].scope != SCOPE_ARTICLE) aggregate(&list[i], list, n);
  *out = list;
  return n;
}

void rating_free(lx_rating *r, size_t n) {
  for (size_t i = 0; r && i < n; i++) free(r[i].shortcomings);
  free(r);
}

void rating_explain(const lx_rating *r, const char *lang, char *buf, size_t size) {
  int fr = lang && strcmp(lang, "fr") == 0;
  const char *meaning;
  switch (r->grade) {
    case GRADE_C: meaning = fr ? "conforme : aucune lacune" : "compliant: no shortcoming"; break;
    case GRADE_LC: meaning = fr ? "largement conforme : lacunes mineures seulement" : "largely compliant: minor shortcomings only"; break;
    case GRADE_PC: meaning = fr ? "partiellement conforme : lacunes modérées ou majeures" : "partially compliant: moderate or major shortcomings"; break;
    case GRADE_NC: meaning = fr ? "non conforme : lacunes majeures dans au moins la moitié des obligations impératives établies"
                               : "non-compliant: major shortcomings in half or more of the settled mandatory obligations"; break;
    case GRADE_NA: meaning = fr ? "sans objet : aucune obligation applicable" : "not applicable: no obligation applies"; break;
    default:
      meaning = r->errors ? (fr ? "non noté : une règle n'a pu être évaluée" : "not rated: a rule could not be evaluated")
                          : (fr ? "non noté : le profil ne permet de trancher aucune obligation" : "not rated: the profile settles no obligation");
  }
  if (r->grade == GRADE_NA || r->rated == 0) { snprintf(buf, size, "%s", meaning); return; }
  if (r->scope != SCOPE_ARTICLE) {
    static const char *const short_en[] = { "compliant", "largely compliant", "partially compliant", "non-compliant" };
    static const char *const short_fr[] = { "conforme", "largement conforme", "partiellement conforme", "non conforme" };
    if (r->grade <= GRADE_NC) meaning = fr ? short_fr[r->grade] : short_en[r->grade];
    int rated = r->articles[0] + r->articles[1] + r->articles[2] + r->articles[3];
    if (rated == 0) {
      if (fr) snprintf(buf, size, "non noté : aucun article noté (%d article%s non noté%s)", r->articles_unrated,
                       r->articles_unrated > 1 ? "s" : "", r->articles_unrated > 1 ? "s" : "");
      else snprintf(buf, size, "not rated: no article rated (%d article%s not rated)", r->articles_unrated,
                    r->articles_unrated == 1 ? "" : "s");
      return;
    }
    char unrated[128] = "";
    if (r->articles_unrated)
      snprintf(unrated, sizeof unrated, fr ? " ; provisoire : %d article%s non noté%s" : "; provisional: %d article%s not rated%s",
               r->articles_unrated, r->articles_unrated > 1 ? "s" : "", fr && r->articles_unrated > 1 ? "s" : "");
    else if (r->unknown)
      snprintf(unrated, sizeof unrated, fr ? " ; provisoire : %d obligation%s inconnue%s" : "; provisional: %d unknown obligation%s%s",
               r->unknown, r->unknown > 1 ? "s" : "", fr && r->unknown > 1 ? "s" : "");
    if (fr)
      snprintf(buf, size, "%s (moyenne de %d article%s noté%s : %d C, %d LC, %d PC, %d NC%s)",
               meaning, rated, rated > 1 ? "s" : "", rated > 1 ? "s" : "",
               r->articles[0], r->articles[1], r->articles[2], r->articles[3], unrated);
    else
      snprintf(buf, size, "%s (mean of %d article rating%s: %d C, %d LC, %d PC, %d NC%s)",
               meaning, rated, rated > 1 ? "s" : "",
               r->articles[0], r->articles[1], r->articles[2], r->articles[3], unrated);
    return;
  }
  char counts[256], pending[128] = "";
  if (fr) {
    snprintf(counts, sizeof counts, "%d obligation%s notée%s : %d lacune%s majeure%s, %d modérée%s, %d mineure%s",
             r->rated, r->rated > 1 ? "s" : "", r->rated > 1 ? "s" : "",
             r->major, r->major > 1 ? "s" : "", r->major > 1 ? "s" : "",
             r->moderate, r->moderate > 1 ? "s" : "", r->minor, r->minor > 1 ? "s" : "");
    if (r->unknown)
      snprintf(pending, sizeof pending, " ; provisoire : %d obligation%s inconnue%s",
               r->unknown, r->unknown > 1 ? "s" : "", r->unknown > 1 ? "s" : "");
  } else {
    snprintf(counts, sizeof counts, "%d obligation%s rated: %d major, %d moderate, %d minor shortcoming%s",
             r->rated, r->rated == 1 ? "" : "s", r->major, r->moderate, r->minor,
             r->major + r->moderate + r->minor == 1 ? "" : "s");
    if (r->unknown) snprintf(pending, sizeof pending, "; provisional: %d unknown", r->unknown);
  }
  snprintf(buf, size, "%s (%s%s)", meaning, counts, pending);
}

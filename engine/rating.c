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

/* Is part of whole below the share a rating needs (RATING_MIN_SHARE)? */
static int below_share(int part, int whole) {
  return whole > 0 && part * 100 < whole * RATING_MIN_SHARE;
}

int rating_settled(const lx_rating *r) { return r->rated - r->unknown; }

int rating_articles_rated(const lx_rating *r) {
  return r->articles[0] + r->articles[1] + r->articles[2] + r->articles[3];
}

int rating_articles_applicable(const lx_rating *r) { return rating_articles_rated(r) + r->articles_unrated; }

static const lx_assessment *sort_a;

/* Worst first, then in instrument order. */
static int by_weight(const void *pa, const void *pb) {
  const lx_finding *a = &sort_a->findings[*(const size_t *)pa], *b = &sort_a->findings[*(const size_t *)pb];
  int wa = weight(a), wb = weight(b);
  if (wa != wb) return wb - wa;
  return lx_ref_compare(a->rule->id, b->rule->id);
}

/* Rate the group r from its findings, members[0..nmembers-1] (indexes into
** a->findings, in finding order: every finding of r's instrument, and of its
** cluster or article). */
static void rate(const lx_assessment *a, lx_rating *r, const size_t *members, size_t nmembers) {
  size_t *idx = malloc((nmembers + 1) * sizeof *idx);
  int n = 0;
  for (size_t m = 0; m < nmembers; m++) {
    size_t i = members[m];
    const lx_finding *f = &a->findings[i];
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
  if (idx && n > 1) { sort_a = a; qsort(idx, (size_t)n, sizeof *idx, by_weight); }
  r->shortcomings = idx;
  r->nshortcomings = idx ? n : 0;
  if (r->scope != SCOPE_ARTICLE) return;   /* aggregates: see aggregate() */
  if (r->errors) r->grade = GRADE_NONE;
  else if (r->rated == 0) r->grade = GRADE_NA;   /* nothing applicable, or optional only */
  else if (r->rated == r->unknown) r->grade = GRADE_NONE;
  else if (below_share(rating_settled(r), r->rated)) { r->grade = GRADE_NONE; r->withheld = 1; }
  else if (r->major && r->major * 2 >= r->mandatory_settled) r->grade = GRADE_NC;
  else if (r->major || r->moderate) r->grade = GRADE_PC;
  else if (r->minor) r->grade = GRADE_LC;
  else r->grade = GRADE_C;
}

/* Groups found by (scope, instrument, key) in a hash table of indexes into
** the rating list, instead of comparing with every group. */
typedef struct {
  size_t *slot;        /* index + 1 into the list, 0 for an empty slot */
  size_t cap;          /* a power of two, at least twice the groups held */
} group_map;

static size_t group_hash(rating_scope scope, const char *instrument, const char *key) {
  size_t h = 2166136261u ^ (size_t)scope;            /* FNV-1a */
  for (const char *p = instrument; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
  h = (h ^ 0xFF) * 16777619u;                           /* between the two strings */
  for (const char *p = key; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
  return h;
}

static int same_group(const lx_rating *r, rating_scope scope, const char *instrument, const char *key) {
  return r->scope == scope && strcmp(r->instrument, instrument) == 0 && strcmp(r->key, key) == 0;
}

/* The slot of group (scope, instrument, key) in m: its index + 1, or an
** empty slot (0) where it would go. */
static size_t *map_slot(const group_map *m, const lx_rating *list, rating_scope scope, const char *instrument,
                        const char *key) {
  size_t i = group_hash(scope, instrument, key) & (m->cap - 1);
  while (m->slot[i] && !same_group(&list[m->slot[i] - 1], scope, instrument, key)) i = (i + 1) & (m->cap - 1);
  return &m->slot[i];
}

/* Index every group of list[0..n-1] in m, sized for at least `room` groups;
** 0, or -1 if out of memory. */
static int map_rebuild(group_map *m, const lx_rating *list, size_t n, size_t room) {
  size_t cap = 16;
  while (cap < 2 * room) cap *= 2;
  size_t *slot = calloc(cap, sizeof *slot);
  if (!slot) return -1;
  free(m->slot);
  m->slot = slot;
  m->cap = cap;
  for (size_t i = 0; i < n; i++) *map_slot(m, list, list[i].scope, list[i].instrument, list[i].key) = i + 1;
  return 0;
}

/* The index of group (scope, instrument, key) in list, or (size_t)-1. */
static size_t group_index(const group_map *m, const lx_rating *list, rating_scope scope, const char *instrument,
                          const char *key) {
  return *map_slot(m, list, scope, instrument, key) - 1;
}

/* s into buf[size], cut to fit as snprintf(buf, size, "%s", s) would. */
static void copy_cut(char *buf, size_t size, const char *s) {
  size_t n = strnlen(s, size - 1);
  memcpy(buf, s, n);
  buf[n] = '\0';
}

/* Append a rating for the group unless it is already there (m indexes the
** list and follows it). */
static int add(lx_rating **list, size_t *n, size_t *cap, group_map *m, rating_scope scope, const char *instrument,
               const char *key) {
  if (*n + 1 > m->cap / 2 && map_rebuild(m, *list, *n, *n + 1) != 0) return -1;
  char k[sizeof (*list)->key], ins[sizeof (*list)->instrument];   /* as the rating holds them */
  copy_cut(k, sizeof k, key);
  copy_cut(ins, sizeof ins, instrument);
  size_t *slot = map_slot(m, *list, scope, ins, k);
  if (*slot) return 0;
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
  memcpy(r->instrument, ins, sizeof r->instrument);
  memcpy(r->key, k, sizeof r->key);
  *slot = *n;
  return 0;
}

static int by_group(const void *pa, const void *pb) {
  const lx_rating *a = pa, *b = pb;
  if (a->scope != b->scope) return (int)a->scope - (int)b->scope;
  int c = strcmp(a->instrument, b->instrument);
  if (c) return c;
  char ra[2 + sizeof a->key] = "x:", rb[2 + sizeof b->key] = "x:";   /* keys as references */
  memcpy(ra + 2, a->key, sizeof a->key);
  memcpy(rb + 2, b->key, sizeof b->key);
  return lx_ref_compare(ra, rb);
}

/* Is art one of the articles the cluster or instrument r is rated from:
** an article of r's instrument and, for a cluster, in it (art's cluster
** set, as plan_make sets it)? */
static int aggregates(const lx_rating *r, const lx_rating *art) {
  if (art->scope != SCOPE_ARTICLE || strcmp(art->instrument, r->instrument) != 0) return 0;
  return r->scope != SCOPE_CLUSTER || art->cluster == atoi(r->key);
}

/* A cluster or an instrument, from its articles' ratings: list[articles[0
** .. n - 1]], those in list for which aggregates(r, ...) holds (the plan's
** parts of r). */
static void aggregate(lx_rating *r, const lx_rating *list, const size_t *articles, size_t n) {
  int total = 0, rated = 0, worst = 0, any_na = 0;
  for (size_t i = 0; i < n; i++) {
    const lx_rating *art = &list[articles[i]];
    if (art->grade == GRADE_NA) { any_na = 1; continue; }
    if (art->grade == GRADE_NONE) { r->articles_unrated++; continue; }
    r->articles[art->grade]++;
    total += (int)art->grade;
    rated++;
    if ((int)art->grade > worst) worst = (int)art->grade;
  }
  if (rated == 0) { r->grade = r->articles_unrated || !any_na ? GRADE_NONE : GRADE_NA; return; }
  if (below_share(rated, rated + r->articles_unrated) || below_share(rating_settled(r), r->rated)) {
    r->grade = GRADE_NONE;
    r->withheld = 1;
    return;
  }
  int g = (2 * total + rated) / (2 * rated);         /* mean, rounded half up */
  if (worst >= GRADE_LC && g < GRADE_LC) g = GRADE_LC;
  if (worst == GRADE_NC && g < GRADE_PC) g = GRADE_PC;
  r->grade = (lx_grade)g;
}

/* Each finding's article ("5") and cluster ("1") keys, "" for none. */
typedef struct {
  char art[32];
  char cl[16];
} finding_keys;

static void keys_of(const lx_rule *r, finding_keys *k) {
  k->art[0] = k->cl[0] = '\0';
  if (r->ref) lx_ref_article(r->ref, k->art, sizeof k->art);
  if (r->cluster) snprintf(k->cl, sizeof k->cl, "%d", r->cluster);
}

/* The groups list[] finding f belongs to (up to 3: its instrument, its
** cluster, its article), into g; returns how many. */
static int groups_of(const group_map *m, const lx_rating *list, const lx_rule *r, const finding_keys *k, size_t g[3]) {
  int n = 0;
  size_t i;
  if (!r->instrument) return 0;
  if ((i = group_index(m, list, SCOPE_INSTRUMENT, r->instrument, "")) != (size_t)-1) g[n++] = i;
  if (r->cluster && (i = group_index(m, list, SCOPE_CLUSTER, r->instrument, k->cl)) != (size_t)-1) g[n++] = i;
  if (k->art[0] && (i = group_index(m, list, SCOPE_ARTICLE, r->instrument, k->art)) != (size_t)-1) g[n++] = i;
  return n;
}

/* The groups an assessment is rated in and each group's findings: what
** depends only on the findings' rules, made once for a batch of
** assessments of the same rules. */
struct rating_plan {
  const lx_rule **rules;   /* the rule of each finding it was made for */
  size_t nfindings;
  lx_rating *groups;       /* scope, instrument, key and an article's cluster set; counts zero */
  size_t n;
  size_t *start;           /* the findings of group i: members[start[i] .. start[i + 1] - 1] */
  size_t *members;
  size_t *part_start;      /* the articles cluster or instrument i is rated from (aggregates),
                           ** in list order: parts[part_start[i] .. part_start[i + 1] - 1] */
  size_t *parts;
};

void rating_plan_free(rating_plan *p) {
  if (!p) return;
  free(p->rules);
  free(p->groups);
  free(p->start);
  free(p->members);
  free(p->part_start);
  free(p->parts);
  free(p);
}

/* The plan for a's findings; NULL if out of memory. */
static rating_plan *plan_make(const lx_assessment *a) {
  lx_rating *list = NULL;
  size_t n = 0, cap = 0;
  group_map m = { NULL, 0 };
  finding_keys *keys = malloc((a->n + 1) * sizeof *keys);
  int failed = !keys;
  for (size_t i = 0; i < a->n && !failed; i++) {
    const lx_rule *r = a->findings[i].rule;
    keys_of(r, &keys[i]);
    if (!r->instrument || r->good_practice) continue;   /* soft law is never rated */
    failed |= add(&list, &n, &cap, &m, SCOPE_INSTRUMENT, r->instrument, "") != 0;
    if (r->cluster) failed |= add(&list, &n, &cap, &m, SCOPE_CLUSTER, r->instrument, keys[i].cl) != 0;
    if (keys[i].art[0]) failed |= add(&list, &n, &cap, &m, SCOPE_ARTICLE, r->instrument, keys[i].art) != 0;
  }
  if (n) qsort(list, n, sizeof *list, by_group);
  /* each group's findings, in finding order (what it is rated from) */
  size_t *start = failed ? NULL : calloc(n + 2, sizeof *start), *members = NULL;
  if (!failed && (!start || map_rebuild(&m, list, n, n) != 0)) failed = 1;
  for (size_t i = 0; i < a->n && !failed; i++) {
    size_t g[3];
    int k = groups_of(&m, list, a->findings[i].rule, &keys[i], g);
    while (k--) start[g[k] + 2]++;
  }
  for (size_t i = 0; i < n && !failed; i++) start[i + 2] += start[i + 1];
  if (!failed && !(members = malloc((start[n + 1] + 1) * sizeof *members))) failed = 1;
  for (size_t i = 0; i < a->n && !failed; i++) {
    size_t g[3];
    int k = groups_of(&m, list, a->findings[i].rule, &keys[i], g);
    while (k--) members[start[g[k] + 1]++] = i;
  }
  free(keys);
  free(m.slot);
  /* each article's cluster (that of its first finding with one), then
  ** the articles each cluster and instrument is rated from (parts): the
  ** same for every assessment of these rules */
  for (size_t i = 0; i < n && !failed; i++)
    for (size_t k = start[i]; list[i].scope == SCOPE_ARTICLE && !list[i].cluster && k < start[i + 1]; k++)
      list[i].cluster = a->findings[members[k]].rule->cluster;
  size_t *part_start = failed ? NULL : calloc(n + 1, sizeof *part_start), *parts = NULL;
  if (!part_start) failed = 1;
  for (size_t i = 0; i < n && !failed; i++) {
    part_start[i + 1] = part_start[i];
    for (size_t j = 0; list[i].scope != SCOPE_ARTICLE && j < n; j++) part_start[i + 1] += aggregates(&list[i], &list[j]);
  }
  if (!failed && !(parts = malloc((part_start[n] + 1) * sizeof *parts))) failed = 1;
  for (size_t i = 0, at = 0; i < n && !failed; i++)
    for (size_t j = 0; list[i].scope != SCOPE_ARTICLE && j < n; j++)
      if (aggregates(&list[i], &list[j])) parts[at++] = j;
  rating_plan *p = failed ? NULL : calloc(1, sizeof *p);
  const lx_rule **rules = p ? malloc((a->n + 1) * sizeof *rules) : NULL;
  if (!rules) { free(p); free(start); free(members); free(part_start); free(parts); free(list); return NULL; }
  for (size_t i = 0; i < a->n; i++) rules[i] = a->findings[i].rule;
  *p = (rating_plan){ rules, a->n, list, n, start, members, part_start, parts };
  return p;
}

/* Was p made for findings of the same rules, in the same order, as a's? */
static int plan_fits(const rating_plan *p, const lx_assessment *a) {
  if (p->nfindings != a->n) return 0;
  for (size_t i = 0; i < a->n; i++)
    if (p->rules[i] != a->findings[i].rule) return 0;
  return 1;
}

size_t rating_compute_planned(const lx_assessment *a, rating_plan **plan, lx_rating **out) {
  *out = NULL;
  if (*plan && !plan_fits(*plan, a)) { rating_plan_free(*plan); *plan = NULL; }
  if (!*plan && !(*plan = plan_make(a))) return 0;
  const rating_plan *p = *plan;
  size_t n = p->n;
  if (!n) return 0;                        /* no group: no list */
  lx_rating *list = malloc(n * sizeof *list);
  if (!list) return 0;
  memcpy(list, p->groups, n * sizeof *list);
  for (size_t i = 0; i < n; i++)   /* counts for all, grades for articles */
    rate(a, &list[i], p->members + p->start[i], p->start[i + 1] - p->start[i]);
  for (size_t i = 0; i < n; i++)
    if (list[i].scope != SCOPE_ARTICLE)
      aggregate(&list[i], list, p->parts + p->part_start[i], p->part_start[i + 1] - p->part_start[i]);
  *out = list;
  return n;
}

size_t rating_compute(const lx_assessment *a, lx_rating **out) {
  rating_plan *plan = NULL;
  size_t n = rating_compute_planned(a, &plan, out);
  rating_plan_free(plan);
  return n;
}

void rating_free(lx_rating *r, size_t n) {
  for (size_t i = 0; r && i < n; i++) free(r[i].shortcomings);
  free(r);
}

/* "s" when n calls for a plural: English from 2 and for 0, French from 2. */
static const char *pl(int n, int fr) { return fr ? (n > 1 ? "s" : "") : (n == 1 ? "" : "s"); }

/* "3 of 5 obligations settled", "all 5 obligations settled", "both ...",
** "its one ...", "none of its 3 ..." (French: "3 obligations établies sur 5",
** "les 5 obligations établies", "son unique obligation établie", ...). */
static void share_words(int part, int whole, const char *noun_en, const char *noun_fr, const char *verb_en,
                        const char *verb_fr, int fem, int fr, char *buf, size_t size) {
  if (fr) {
    const char *e = fem ? "e" : "";
    if (part == whole && whole == 1) snprintf(buf, size, "son unique %s %s%s", noun_fr, verb_fr, e);
    else if (part == 0 && whole == 1) snprintf(buf, size, "son unique %s non %s%s", noun_fr, verb_fr, e);
    else if (part == whole) snprintf(buf, size, "ses %d %ss %s%ss", whole, noun_fr, verb_fr, e);
    else if (part == 0) snprintf(buf, size, "%s des %d %ss %s%s", fem ? "aucune" : "aucun", whole, noun_fr, verb_fr, e);
    else snprintf(buf, size, "%d %s%s %s%s%s sur %d", part, noun_fr, pl(part, 1), verb_fr, e, pl(part, 1), whole);
  } else {
    if (part == whole && whole == 1) snprintf(buf, size, "its one %s %s", noun_en, verb_en);
    else if (part == 0 && whole == 1) snprintf(buf, size, "its one %s not %s", noun_en, verb_en);
    else if (part == whole && whole == 2) snprintf(buf, size, "both %ss %s", noun_en, verb_en);
    else if (part == whole) snprintf(buf, size, "all %d %ss %s", whole, noun_en, verb_en);
    else if (part == 0) snprintf(buf, size, "none of its %d %s%s %s", whole, noun_en, pl(whole, 0), verb_en);
    else snprintf(buf, size, "%d of %d %s%s %s", part, whole, noun_en, pl(whole, 0), verb_en);
  }
}

void rating_coverage(const lx_rating *r, const char *lang, char *buf, size_t size) {
  int fr = lang && strcmp(lang, "fr") == 0;
  int settled = rating_settled(r), arts = rating_articles_applicable(r), arts_rated = rating_articles_rated(r);
  char obl[160], art[160] = "";
  buf[0] = '\0';
  if (r->grade == GRADE_NA || r->rated == 0) return;
  share_words(settled, r->rated, "obligation", "obligation", "settled", "établi", 1, fr, obl, sizeof obl);
  if (r->scope != SCOPE_ARTICLE) {
    share_words(arts_rated, arts, "article", "article", "rated", "noté", 0, fr, art, sizeof art);
    strncat(art, ", ", sizeof art - strlen(art) - 1);
  }
  int partial = settled < r->rated || arts_rated < arts;
  if (r->withheld)
    snprintf(buf, size, fr ? "non attribuée" LX_NNBSP ": seulement %s%s, moins de la moitié requise"
                           : "withheld: only %s%s, less than the half a rating needs", art, obl);
  else if (r->errors && fr)
    snprintf(buf, size, "%s%s" LX_NNBSP "; %d erreur%s de règle", art, obl, r->errors, pl(r->errors, 1));
  else if (r->errors)
    snprintf(buf, size, "%s%s; %d rule error%s", art, obl, r->errors, pl(r->errors, 0));
  else if (partial && r->grade <= GRADE_NC)
    snprintf(buf, size, fr ? "provisoire" LX_NNBSP ": %s%s" : "provisional: %s%s", art, obl);
  else
    snprintf(buf, size, "%s%s", art, obl);
}

/* The shortcomings counted, only those there are: "1 major, 2 moderate
** shortcomings" / "1 lacune majeure, 2 modérées"; "no shortcoming". */
static void shortcomings_words(const lx_rating *r, int fr, char *buf, size_t size) {
  static const char *const en[] = { "major", "moderate", "minor" };
  static const char *const fr_words[] = { "majeure", "modérée", "mineure" };
  int v[3] = { r->major, r->moderate, r->minor }, total = r->major + r->moderate + r->minor;
  size_t n = 0;
  buf[0] = '\0';
  if (!total) { snprintf(buf, size, fr ? "aucune lacune" : "no shortcoming"); return; }
  for (int k = 0; k < 3 && n < size; k++) {
    if (!v[k]) continue;
    if (fr) n += (size_t)snprintf(buf + n, size - n, "%s%d %s%s%s", n ? ", " : "", v[k], n ? "" : (v[k] > 1 ? "lacunes " : "lacune "),
                                  fr_words[k], pl(v[k], 1));
    else n += (size_t)snprintf(buf + n, size - n, "%s%d %s", n ? ", " : "", v[k], en[k]);
  }
  if (!fr && n < size) snprintf(buf + n, size - n, " shortcoming%s", pl(total, 0));
}

void rating_explain(const lx_rating *r, const char *lang, char *buf, size_t size) {
  char cov[400];
  rating_coverage(r, lang, cov, sizeof cov);
  rating_explain_covered(r, lang, cov, buf, size);
}

void rating_explain_covered(const lx_rating *r, const char *lang, const char *cov, char *buf, size_t size) {
  static const char *const grade_en[] = { "compliant", "largely compliant", "partially compliant", "non-compliant" };
  static const char *const grade_fr[] = { "conforme", "en grande partie conforme", "partiellement conforme", "non conforme" };
  int fr = lang && strcmp(lang, "fr") == 0;
  const char *meaning;
  if (r->grade <= GRADE_NC) meaning = fr ? grade_fr[r->grade] : grade_en[r->grade];
  else if (r->grade == GRADE_NA) meaning = fr ? "sans objet" LX_NNBSP ": aucune obligation applicable" : "not applicable: no obligation applies";
  else if (r->errors) meaning = fr ? "non noté" LX_NNBSP ": une règle n'a pu être évaluée" : "not rated: a rule could not be evaluated";
  else if (r->withheld) meaning = fr ? "non noté" LX_NNBSP ": trop peu d'éléments établis" : "not rated: too little is settled";
  else if (r->scope != SCOPE_ARTICLE && rating_articles_rated(r) == 0)
    meaning = fr ? "non noté" LX_NNBSP ": aucun article noté" : "not rated: no article rated";
  else meaning = fr ? "non noté" LX_NNBSP ": le profil ne permet d'établir aucune de ses obligations"
                    : "not rated: the profile settles none of its obligations";
  if (r->grade == GRADE_NA || r->rated == 0) { snprintf(buf, size, "%s", meaning); return; }
  if (r->scope != SCOPE_ARTICLE) {
    int rated = rating_articles_rated(r);
    if (rated == 0) { snprintf(buf, size, "%s (%s)", meaning, cov); return; }
    const char *how = r->withheld ? (fr ? "notes de" : "ratings of") : (fr ? "moyenne de" : "mean of");
    if (fr)
      snprintf(buf, size, "%s (%s %d article%s" LX_NNBSP ": %d C, %d LC, %d PC, %d NC" LX_NNBSP "; %s)",
               meaning, how, rated, pl(rated, 1), r->articles[0], r->articles[1], r->articles[2], r->articles[3], cov);
    else
      snprintf(buf, size, "%s (%s %d article%s: %d C, %d LC, %d PC, %d NC; %s)",
               meaning, how, rated, pl(rated, 0), r->articles[0], r->articles[1], r->articles[2], r->articles[3], cov);
    return;
  }
  char sc[160];
  shortcomings_words(r, fr, sc, sizeof sc);
  if (r->grade == GRADE_NONE && (!r->withheld || !(r->major + r->moderate + r->minor))) {
    snprintf(buf, size, "%s (%s)", meaning, cov);
    return;
  }
  if (fr) snprintf(buf, size, "%s (%s" LX_NNBSP "; %s)", meaning, sc, cov);
  else snprintf(buf, size, "%s (%s; %s)", meaning, sc, cov);
}

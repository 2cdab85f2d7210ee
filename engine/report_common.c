/*
 * report_common.c -- what every report format shares: parts, order, words.
 */
#include "report.h"
#include "report_transposition.h"

#include "date.h"
#include "rules.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

report_part report_part_of(const lx_finding *f) {
  if (f->rule->good_practice && f->status != LX_ERROR) return PART_GOOD_PRACTICE;
  if (lx_is_gap(f->rule->level, f->status)) return PART_GAPS;
  if (f->status == LX_UNKNOWN) return PART_UNKNOWN;
  if (f->status == LX_ERROR) return PART_ERRORS;
  return PART_OTHER;
}

static const lx_assessment *sort_ctx;

/* Instrument order of two findings' rules; findings whose rules have the
** same id (a duplicate declaration kept as an invalid rule) in finding
** order, so that any subset sorts as it sits in the whole. */
static int by_instrument_order(const void *pa, const void *pb) {
  size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
  const lx_rule *a = sort_ctx->findings[ia].rule;
  const lx_rule *b = sort_ctx->findings[ib].rule;
  int c = lx_ref_compare(a->id, b->id);
  if (!c) c = strcmp(a->id, b->id);
  return c ? c : (ia > ib) - (ia < ib);
}

size_t *report_select(const lx_assessment *a, report_part part, size_t *n) {
  size_t *idx = malloc((a->n + 1) * sizeof *idx);
  *n = 0;
  if (!idx) return NULL;
  for (size_t i = 0; i < a->n; i++)
    if (report_part_of(&a->findings[i]) == part) idx[(*n)++] = i;
  sort_ctx = a;
  qsort(idx, *n, sizeof *idx, by_instrument_order);
  return idx;
}

typedef struct { const char *key, *en, *fr; } word;

static const word words[] = {
  { "title", "Gap report", "Rapport d'écarts" },
  { "state", "State", "État" },
  { "profile", "Profile", "Profil" },
  { "law_as_of", "law described as of", "droit décrit au" },
  { "warning", "Warning", "Avertissement" },
  { "warnings", "Warnings", "Avertissements" },
  { "as_of", "Assessment as of", "Évaluation au" },
  { "rules", "Rules", "Règles" },
  { "obligations", "obligations", "obligations" },
  { "instruments", "Instruments", "Instruments" },
  { "summary", "Summary", "Synthèse" },
  { "findings", "findings", "constats" },
  { "gaps", "gaps", "écarts" },
  { "errors", "errors", "erreurs" },
  { "by_level", "by level", "par niveau" },
  { "part_gaps", "Gaps: mandatory obligations not met or partly met", "Écarts" LX_NNBSP ": obligations impératives non remplies ou partiellement remplies" },
  { "part_unknown", "Open questions: obligations the profile cannot settle", "Questions ouvertes" LX_NNBSP ": obligations que le profil ne permet pas de trancher" },
  { "part_errors", "Errors: rules that could not be evaluated", "Erreurs" LX_NNBSP ": règles qui n'ont pu être évaluées" },
  { "part_other", "Other findings", "Autres constats" },
  { "part_good_practice", "Good practice: non-binding recommendations, followed or advised (never gaps, never rated)",
    "Bonnes pratiques" LX_NNBSP ": recommandations non contraignantes, suivies ou conseillées (jamais des écarts, jamais notées)" },
  { "good_practice", "Good practice", "Bonne pratique" },
  { "same_duty", "Same duty under", "Obligation correspondante," },
  { "good_practice_1", "good-practice recommendation", "recommandation de bonne pratique" },
  { "good_practice_n", "good-practice recommendations", "recommandations de bonne pratique" },
  { "paragraph", "Paragraph", "Paragraphe" },
  { "none", "None.", "Aucun." },
  { "article", "Article", "Article" },
  { "why", "Why", "Motif" },
  { "option", "Met through", "Rempli par" },
  { "missing", "Missing", "Manque" },
  { "questions", "Questions to settle it", "Questions à trancher" },
  { "evidence", "Evidence from the profile", "Éléments du profil" },
  { "provision", "Provision", "Disposition" },
  { "error_at", "Rule error at", "Erreur de règle à" },
  { "in_force_from", "in force from", "en vigueur depuis le" },
  { "repealed", "repealed", "abrogé le" },
  { "level", "Level", "Niveau" },
  { "status", "Status", "Statut" },
  { "no_source", "no source given", "aucune source indiquée" },
  { "text_in", "text in", "texte en" },
  { "unofficial_translation", "unofficial translation", "traduction non officielle" },
  { "official_text", "Official text", "Texte officiel" },
  { "prospective", "prospective: not yet binding", "prospectif : pas encore obligatoire" },
  { "ratings", "Ratings", "Notations" },
  { "dashboard", "Dashboard", "Tableau de bord" },
  { "chart_ratings", "Ratings by review cluster and article", "Notations par groupe d'examen et par article" },
  { "chart_ratings_caption", "Each cell is an article, with its rating written in it; select a cell to go to the article's findings.",
    "Chaque case est un article, avec sa notation inscrite" LX_NNBSP "; choisir une case mène aux constats de l'article." },
  { "chart_status", "Findings by level and status", "Constats par niveau et par statut" },
  { "rated", "Rated", "Notation de" },
  { "grade", "Rating", "Note" },
  { "derivation", "Derivation and shortcomings", "Justification et lacunes" },
  { "instrument", "Instrument", "Instrument" },
  { "binding", "Binding at the assessment date", "Force obligatoire à la date d'évaluation" },
  { "footer", "Produced by lexgap. Findings rest on the facts and sources of the profile; they are an analyst's starting point, not a legal opinion.",
    "Produit par lexgap. Les constats reposent sur les faits et sources du profil" LX_NNBSP "; ils sont un point de départ pour l'analyste, non un avis juridique." },
  { "cluster", "Cluster", "Groupe" },
  { "scope_note", "Scope: lexgap assesses the law on the books, that is whether the national provisions the profile cites meet the instrument's obligations; it does not assess how effectively they are applied in practice.",
    "Portée" LX_NNBSP ": lexgap évalue le droit en vigueur tel qu'il est écrit, c'est-à-dire si les dispositions nationales citées par le profil remplissent les obligations de l'instrument" LX_NNBSP "; il n'évalue pas l'effectivité de leur application en pratique." },
  { "scope_short", "law on the books, not its effectiveness", "droit en vigueur tel qu'il est écrit, non son effectivité" },
  { "key_findings", "Key findings", "Constats principaux" },
  { "full_report", "Full report", "Rapport complet" },
  { "see_more", "See more", "Pour en voir plus" },
  { "brief_note", "This version lists only the gaps and the open questions; the full report also lists every other finding.",
    "Cette version ne présente que les écarts et les questions ouvertes" LX_NNBSP "; le rapport complet présente aussi tous les autres constats." },
  { "major", "major", "majeure" },
  { "moderate", "moderate", "modérée" },
  { "minor", "minor", "mineure" },
  /* the transposition view of EU directives (report_transposition.h) */
  { "transposition", "Transposition", "Transposition" },
  { "tp_due", "due", "échéance" },
  { "tp_measures", "National measures", "Mesures nationales" },
  { "tp_none", "none named in the table of correspondence", "aucune selon le tableau de correspondance" },
  { "tp_reason", "Status and reason", "Statut et motif" },
  { NULL, NULL, NULL }
};

/* The words by key: a hash table of their places in words[] (1 + the
** index; 0 a free slot), made at the first look-up, the first of two
** entries with one key kept (as the scan in order found it).  The
** reports look words up tens of thousands of times a report. */
#define WORD_SLOTS 512                        /* a power of two, over twice the words */
#define NWORDS (sizeof words / sizeof words[0] - 1)
_Static_assert(2 * NWORDS < WORD_SLOTS && NWORDS < 0xFFFF, "the table of words has room");
static unsigned short word_slot[WORD_SLOTS];
static int word_slots_made;

/* FNV-1a of key, folded into the table. */
static unsigned word_hash(const char *key) {
  uint32_t h = 2166136261u;
  for (const unsigned char *p = (const unsigned char *)key; *p; p++) h = (h ^ *p) * 16777619u;
  return (unsigned)(h ^ (h >> 16)) & (WORD_SLOTS - 1);
}

/* The slot of key: its word's, or the free one where it would go. */
static unsigned short *word_slot_of(const char *key) {
  unsigned h = word_hash(key);
  while (word_slot[h] && strcmp(words[word_slot[h] - 1].key, key) != 0) h = (h + 1) & (WORD_SLOTS - 1);
  return &word_slot[h];
}

static void word_slots_make(void) {
  for (size_t i = 0; i < NWORDS; i++) {
    unsigned short *slot = word_slot_of(words[i].key);
    if (!*slot) *slot = (unsigned short)(i + 1);
  }
  word_slots_made = 1;
}

const char *report_word(const char *key, const char *lang) {
  int fr = lang && lang[0] == 'f' && lang[1] == 'r' && lang[2] == '\0';
  if (!word_slots_made) word_slots_make();
  unsigned short at = *word_slot_of(key);
  if (!at) return key;
  return fr ? words[at - 1].fr : words[at - 1].en;
}

const char *report_level_label(lx_level level, const char *lang) {
  static const char *const en[] = { "mandatory", "duty to consider", "duty to endeavour", "optional" };
  static const char *const fr[] = { "impérative", "obligation d'envisager", "obligation de s'efforcer", "facultative" };
  int f = lang && strcmp(lang, "fr") == 0;
  return level < LX_NLEVEL ? (f ? fr : en)[level] : "?";
}

const char *report_status_label(lx_level level, lx_status status, const char *lang) {
  /* [level][status]: met, partly_met, not_met, unknown, not_applicable, error */
  static const char *const en[LX_NLEVEL][LX_NSTATUS] = {
    { "met", "partly met", "not met", "unknown", "not applicable", "error" },
    { "adopted or considered", "partly adopted", "not considered", "unknown", "not applicable", "error" },
    { "efforts shown", "some efforts shown", "no efforts shown", "unknown", "not applicable", "error" },
    { "adopted (optional)", "partly adopted (optional)", "not adopted (optional)", "unknown", "not applicable", "error" },
  };
  static const char *const fr[LX_NLEVEL][LX_NSTATUS] = {
    { "rempli", "partiellement rempli", "non rempli", "inconnu", "sans objet", "erreur" },
    { "adopté ou envisagé", "partiellement adopté", "non envisagé", "inconnu", "sans objet", "erreur" },
    { "efforts attestés", "efforts partiels", "aucun effort attesté", "inconnu", "sans objet", "erreur" },
    { "adopté (facultatif)", "partiellement adopté (facultatif)", "non adopté (facultatif)", "inconnu", "sans objet", "erreur" },
  };
  int f = lang && strcmp(lang, "fr") == 0;
  if (level >= LX_NLEVEL || status >= LX_NSTATUS) return "?";
  return (f ? fr : en)[level][status];
}

const char *report_rule_status_label(const lx_rule *r, lx_status status, const char *lang) {
  /* met, partly_met, not_met, unknown, not_applicable, error */
  static const char *const en[LX_NSTATUS] = { "followed", "partly followed", "not followed (advised)", "unknown", "not applicable", "error" };
  static const char *const fr[LX_NSTATUS] = { "suivie", "partiellement suivie", "non suivie (conseillée)", "inconnu", "sans objet", "erreur" };
  if (!r->good_practice) return report_status_label(r->level, status, lang);
  if (status >= LX_NSTATUS) return "?";
  return (lang && strcmp(lang, "fr") == 0 ? fr : en)[status];
}

const char *report_good_practice_count_label(lx_status status, int n, const char *lang) {
  static const char *const fr_plural[LX_NSTATUS] = { "suivies", "partiellement suivies", "non suivies (conseillées)", "inconnues", "sans objet", "erreurs" };
  static const lx_rule gp = { .good_practice = 1 };
  if (lang && strcmp(lang, "fr") == 0 && n > 1 && status < LX_NSTATUS) return fr_plural[status];
  return report_rule_status_label(&gp, status, lang);
}

const char *report_rule_level_label(const lx_rule *r, const char *lang) {
  if (!r->good_practice) return report_level_label(r->level, lang);
  return lang && strcmp(lang, "fr") == 0 ? "bonne pratique, non contraignante" : "good practice, not binding";
}

/* Does rule g serve the obligation id (its `serves`, twins included)? */
static int serves_id(const lx_rule *g, const char *id) {
  for (int k = 0; k < g->nserves; k++) if (strcmp(g->serves[k], id) == 0) return 1;
  return 0;
}

size_t *report_served_by(const lx_assessment *a, const lx_finding *f, size_t *n) {
  *n = 0;
  size_t *idx = NULL;
  for (size_t i = 0; i < a->n; i++) {
    const lx_rule *g = a->findings[i].rule;
    /* g serves f; or f, a binding obligation, serves g: the same duty in two
    ** treaties is shown on both sides (a recommendation only beside what it serves) */
    if (!serves_id(g, f->rule->id) && (f->rule->good_practice || !serves_id(f->rule, g->id))) continue;
    if (!idx && !(idx = malloc((a->n + 1) * sizeof *idx))) return NULL;
    idx[(*n)++] = i;
  }
  if (*n > 1) { sort_ctx = a; qsort(idx, *n, sizeof *idx, by_instrument_order); }
  return idx;
}

/* Each finding's reference as shown (report_related_display): its bytes,
** NUL-terminated, in text; at[2 * i + l] (l: 0 English, 1 French) is where
** finding i's begins, plus 1 (0: not made yet). */
struct report_displays {
  strbuf text;
  size_t *at;
};

/* The longest reference shown kept (the writers' buffers). */
#define DISPLAY_SIZE 256

/* Finding indexes ordered by rule id (strcmp), for report_related_build. */
static const lx_assessment *id_ctx;

static int by_rule_id(const void *pa, const void *pb) {
  size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
  int c = strcmp(id_ctx->findings[ia].rule->id, id_ctx->findings[ib].rule->id);
  return c ? c : (ia > ib) - (ia < ib);
}

static int by_index(const void *pa, const void *pb) {
  size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
  return (ia > ib) - (ia < ib);
}

/* The first of byid[0..n-1] whose rule id is id, or n. */
static size_t first_with_id(const lx_assessment *a, const size_t *byid, size_t n, const char *id) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(a->findings[byid[mid]].rule->id, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Call visit(ctx, target, member) for each pair of report_served_by's
** relation: member served by or serving target (duplicates possible). */
static void related_pairs(const lx_assessment *a, const size_t *byid,
                          void (*visit)(void *ctx, size_t target, size_t member), void *ctx) {
  for (size_t x = 0; x < a->n; x++) {
    const lx_rule *rx = a->findings[x].rule;
    for (int k = 0; k < rx->nserves; k++)
      for (size_t j = first_with_id(a, byid, a->n, rx->serves[k]);
           j < a->n && strcmp(a->findings[byid[j]].rule->id, rx->serves[k]) == 0; j++) {
        size_t y = byid[j];
        visit(ctx, y, x);                        /* x serves y: shown beside y */
        if (!rx->good_practice) visit(ctx, x, y);   /* a binding x serves y: y shown beside x */
      }
  }
}

static void count_pair(void *ctx, size_t target, size_t member) {
  (void)member;
  ((report_related *)ctx)->start[target + 1]++;
}

static void place_pair(void *ctx, size_t target, size_t member) {
  report_related *rel = ctx;
  rel->idx[rel->start[target] + rel->len[target]++] = member;
}

int report_related_build(report_related *rel, const lx_assessment *a) {
  memset(rel, 0, sizeof *rel);
  size_t *byid = malloc((a->n + 1) * sizeof *byid);
  rel->start = calloc(a->n + 2, sizeof *rel->start);
  rel->len = calloc(a->n + 1, sizeof *rel->len);
  if (!byid || !rel->start || !rel->len) { free(byid); report_related_free(rel); return -1; }
  for (size_t i = 0; i < a->n; i++) byid[i] = i;
  id_ctx = a;
  lx_sort_runs(byid, a->n, by_rule_id);
  related_pairs(a, byid, count_pair, rel);
  for (size_t i = 0; i < a->n; i++) rel->start[i + 1] += rel->start[i];
  rel->idx = malloc((rel->start[a->n] + 1) * sizeof *rel->idx);
  if (!rel->idx) { free(byid); report_related_free(rel); return -1; }
  related_pairs(a, byid, place_pair, rel);
  free(byid);
  /* each list as report_served_by makes it: in finding order, each once,
  ** then sorted into instrument order */
  for (size_t i = 0; i < a->n; i++) {
    size_t *v = rel->idx + rel->start[i], m = rel->len[i], kept = 0;
    lx_sort_runs(v, m, by_index);
    for (size_t k = 0; k < m; k++) if (!kept || v[kept - 1] != v[k]) v[kept++] = v[k];
    rel->len[i] = kept;
    if (kept > 1) { sort_ctx = a; lx_sort_runs(v, kept, by_instrument_order); }
  }
  rel->order = malloc((a->n + 1) * sizeof *rel->order);
  rel->rules = malloc((a->n + 1) * sizeof *rel->rules);
  if (!rel->order || !rel->rules) { report_related_free(rel); return -1; }
  for (size_t i = 0; i < a->n; i++) { rel->order[i] = i; rel->rules[i] = a->findings[i].rule; }
  sort_ctx = a;
  lx_sort_runs(rel->order, a->n, by_instrument_order);
  rel->displays = calloc(1, sizeof *rel->displays);
  if (rel->displays) {
    sb_init(&rel->displays->text);
    rel->displays->at = calloc(2 * a->n + 1, sizeof *rel->displays->at);
    if (!rel->displays->at) { sb_free(&rel->displays->text); free(rel->displays); rel->displays = NULL; }
  }
  rel->tp_plan = report_tp_plan_make(a);   /* NULL: report_transposition works it out itself */
  rel->n = a->n;
  rel->a = a;
  return 0;
}

int report_related_reuse(report_related *rel, const lx_assessment *a) {
  if (!rel->a || !rel->rules || rel->n != a->n) return 0;
  for (size_t i = 0; i < a->n; i++)
    if (a->findings[i].rule != rel->rules[i]) return 0;
  rel->a = a;
  return 1;
}

size_t *report_related_select(const report_related *rel, report_part part, size_t *n) {
  size_t *idx = malloc((rel->n + 1) * sizeof *idx);
  *n = 0;
  if (!idx) return NULL;
  for (size_t k = 0; k < rel->n; k++)
    if (report_part_of(&rel->a->findings[rel->order[k]]) == part) idx[(*n)++] = rel->order[k];
  return idx;
}

const size_t *report_related_of(const report_related *rel, const lx_finding *f, size_t *n) {
  size_t i = (size_t)(f - rel->a->findings);
  *n = rel->len[i];
  return *n ? rel->idx + rel->start[i] : NULL;
}

void report_related_display(const report_related *rel, const lx_finding *f, const char *lang, char *buf, size_t size) {
  const lx_rule *r = f->rule;
  const char *ref = r->ref ? r->ref : r->id;
  int l = !lang ? -1 : !strcmp(lang, "en") ? 0 : !strcmp(lang, "fr") ? 1 : -1;
  struct report_displays *d = rel->displays;
  size_t i = (size_t)(f - rel->a->findings);
  if (l < 0 || !d || i >= rel->n || size == 0 || size > DISPLAY_SIZE) {
    lx_ref_display(rel->a->rules, ref, lang, buf, size);
    return;
  }
  size_t *at = &d->at[2 * i + (size_t)l];
  if (!*at) {
    char made[DISPLAY_SIZE];
    lx_ref_display(rel->a->rules, ref, lang, made, sizeof made);
    size_t off = d->text.len;
    sb_putn(&d->text, made, strlen(made) + 1);
    if (sb_failed(&d->text)) { lx_ref_display(rel->a->rules, ref, lang, buf, size); return; }
    *at = off + 1;
  }
  const char *kept = d->text.s + *at - 1;
  size_t len = strlen(kept);
  if (len >= size) len = size - 1;     /* as lx_ref_display cuts what does not fit */
  memcpy(buf, kept, len);
  buf[len] = '\0';
}

void report_related_free(report_related *rel) {
  if (rel->displays) {
    sb_free(&rel->displays->text);
    free(rel->displays->at);
    free(rel->displays);
  }
  free(rel->start);
  free(rel->len);
  free(rel->idx);
  free(rel->order);
  free(rel->rules);
  report_tp_plan_free(rel->tp_plan);
  memset(rel, 0, sizeof *rel);
}

size_t report_concat(char *buf, size_t size, const char *s, ...) {
  size_t n = 0, total = 0;
  va_list ap;
  va_start(ap, s);
  for (; s; s = va_arg(ap, const char *)) {
    size_t len = strlen(s);
    if (n + 1 < size) {
      size_t k = len < size - 1 - n ? len : size - 1 - n;
      memcpy(buf + n, s, k);
      n += k;
    }
    total += len;
  }
  va_end(ap);
  if (size) buf[n] = '\0';
  return total;
}

/* report_served_line with g's reference as shown, ref. */
static void served_line(const lx_assessment *a, const lx_finding *g, const char *ref, const char *lang, char *buf,
                        size_t size) {
  const char *label = report_word("good_practice", lang);
  char same[256];
  if (!g->rule->good_practice) {   /* the same duty in another treaty: "Same duty under UNTOC" */
    const lx_instrument *ins = ruleset_instrument(a->rules, g->rule->instrument);
    const char *name = ins ? report_pick(&ins->short_name, lang) : g->rule->instrument;
    if (!name || !*name) name = g->rule->instrument;
    report_concat(same, sizeof same, report_word("same_duty", lang), " ", name ? name : "(null)", (const char *)NULL);
    label = same;
  }
  report_concat(buf, size, label, report_sep(lang), "[", report_rule_status_label(g->rule, g->status, lang), "] ", ref,
         " — ", report_pick(&g->rule->title, lang), (const char *)NULL);
}

void report_served_line(const lx_assessment *a, const lx_finding *g, const char *lang, char *buf, size_t size) {
  char ref[DISPLAY_SIZE];
  lx_ref_display(a->rules, g->rule->ref ? g->rule->ref : g->rule->id, lang, ref, sizeof ref);
  served_line(a, g, ref, lang, buf, size);
}

void report_related_served_line(const report_related *rel, const lx_finding *g, const char *lang, char *buf,
                                size_t size) {
  char ref[DISPLAY_SIZE];
  report_related_display(rel, g, lang, ref, sizeof ref);
  served_line(rel->a, g, ref, lang, buf, size);
}

/* French plurals of the status labels, for counts ("109 remplis"). */
static const char *const fr_plural[LX_NLEVEL][LX_NSTATUS] = {
  { "remplis", "partiellement remplis", "non remplis", "inconnus", "sans objet", "erreurs" },
  { "adoptés ou envisagés", "partiellement adoptés", "non envisagés", "inconnus", "sans objet", "erreurs" },
  { "efforts attestés", "efforts partiels", "sans effort attesté", "inconnus", "sans objet", "erreurs" },
  { "adoptés (facultatifs)", "partiellement adoptés (facultatifs)", "non adoptés (facultatifs)", "inconnus", "sans objet", "erreurs" },
};

const char *report_status_count_label(lx_level level, lx_status status, int n, const char *lang) {
  int f = lang && strcmp(lang, "fr") == 0;
  if (f && n > 1 && level < LX_NLEVEL && status < LX_NSTATUS) return fr_plural[level][status];
  return report_status_label(level, status, lang);
}

typedef struct { const char *key, *en1, *en, *fr1, *fr; } noun;

static const noun nouns[] = {
  { "finding", "finding", "findings", "constat", "constats" },
  { "gap", "gap", "gaps", "écart", "écarts" },
  { "error", "rule error", "rule errors", "erreur de règle", "erreurs de règle" },
  { "obligation", "obligation", "obligations", "obligation", "obligations" },
  { "question", "open question", "open questions", "question ouverte", "questions ouvertes" },
  { "article", "article", "articles", "article", "articles" },
  { NULL, NULL, NULL, NULL, NULL }
};

void report_count(char *buf, size_t size, int n, const char *key, const char *lang) {
  int f = lang && strcmp(lang, "fr") == 0;
  for (int i = 0; nouns[i].key; i++)
    if (strcmp(nouns[i].key, key) == 0) {
      const char *w = f ? (n > 1 ? nouns[i].fr : nouns[i].fr1) : (n == 1 ? nouns[i].en1 : nouns[i].en);
      snprintf(buf, size, "%d %s", n, w);
      return;
    }
  snprintf(buf, size, "%d %s", n, key);
}

void report_date(const char *iso, const char *lang, char *buf, size_t size) {
  if (lang && strcmp(lang, "fr") == 0) date_words_fr(iso, buf, size);
  else snprintf(buf, size, "%s", iso ? iso : "");
}

const char *report_sep(const char *lang) {
  return lang && strcmp(lang, "fr") == 0 ? LX_NNBSP ": " : ": ";
}

void report_rules_line(const lx_assessment *a, const char *lang, char *buf, size_t size) {
  size_t n = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < a->rules->ninstruments && n < size; i++) {
    const lx_instrument *ins = &a->rules->instruments[i];
    int count = 0;
    for (size_t k = 0; k < a->rules->n; k++)
      if (a->rules->rules[k].instrument && strcmp(a->rules->rules[k].instrument, ins->id) == 0) count++;
    char c[64], dir[600];
    report_count(c, sizeof c, count, "obligation", lang);
    const char *slash = ins->file ? strrchr(ins->file, '/') : NULL;
    if (slash) snprintf(dir, sizeof dir, "%.*s", (int)(slash - ins->file), ins->file);
    else snprintf(dir, sizeof dir, "%s/%s", a->rules->dir ? a->rules->dir : "rules", ins->id);
    const char *name = report_pick(&ins->short_name, lang);
    n += (size_t)snprintf(buf + n, size - n, lang && strcmp(lang, "fr") == 0 ? "%sjeu de règles %s (%s, %s)" : "%s%s rule pack (%s, %s)",
                          n ? "; " : "", *name ? name : ins->id, dir, c);
  }
  if (n < size) snprintf(buf + n, size - n, ", lexgap %s", LX_VERSION);
}

void report_headline(const lx_assessment *a, const lx_rating *r, const char *lang, char *buf, size_t size) {
  static const char *const grade_en[] = { "compliant", "largely compliant", "partially compliant", "non-compliant",
                                          "not applicable", "not rated" };
  static const char *const grade_fr[] = { "conforme", "en grande partie conforme", "partiellement conforme",
                                          "non conforme", "sans objet", "non noté" };
  char title[300], cov[400];
  report_rating_title(a, r, lang, title, sizeof title);
  rating_coverage(r, lang, cov, sizeof cov);
  int f = lang && strcmp(lang, "fr") == 0;
  snprintf(buf, size, "%s%s%s — %s%s%s%s", title, report_sep(lang), rating_grade_name(r->grade),
           (f ? grade_fr : grade_en)[r->grade <= GRADE_NONE ? r->grade : GRADE_NONE], *cov ? " (" : "", cov, *cov ? ")" : "");
}

const char *report_pick(const lx_text *t, const char *lang) {
  const char *s = lx_text_get(t, lang, NULL);
  return s ? s : "";
}

/* The official_languages list of r's instrument, or NULL (then every text
** of r is official). */
static const data_value *official_languages(const lx_ruleset *rs, const lx_rule *r) {
  const lx_instrument *ins = rs && r && r->instrument ? ruleset_instrument(rs, r->instrument) : NULL;
  return ins && ins->raw ? data_get(ins->raw, "official_languages") : NULL;
}

int report_text_official(const lx_ruleset *rs, const lx_rule *r, const char *lang) {
  const data_value *list = official_languages(rs, r);
  if (!list || !lang) return 1;
  for (size_t i = 1; i <= data_len(list); i++) {
    const char *l = data_str(data_at(list, (long long)i));
    if (l && strcmp(l, lang) == 0) return 1;
  }
  return 0;
}

unsigned report_unofficial_languages(const lx_ruleset *rs, const lx_rule *r) {
  static const char *const langs[3] = { "en", "fr", "es" };
  const data_value *list = official_languages(rs, r);
  if (!list) return 0;
  unsigned official = 0;
  size_t n = data_len(list);
  for (size_t i = 1; i <= n; i++) {
    const char *l = data_str(data_at(list, (long long)i));
    for (int k = 0; l && k < 3; k++)
      if (strcmp(l, langs[k]) == 0) official |= 1u << k;
  }
  return ~official & 7u;
}

const char *report_official_text(const lx_ruleset *rs, const lx_rule *r, const char **lang) {
  const data_value *list = official_languages(rs, r);
  for (size_t i = 1; list && i <= data_len(list); i++) {
    const char *l = data_str(data_at(list, (long long)i));
    const char *t = !l ? NULL : !strcmp(l, "en") ? r->text.en : !strcmp(l, "fr") ? r->text.fr : !strcmp(l, "es") ? r->text.es : NULL;
    if (t) { *lang = l; return t; }
  }
  return NULL;
}

const char *report_weight_word(const lx_finding *f, const char *lang) {
  if (f->rule->level == LX_MANDATORY) return report_word(f->status == LX_NOT_MET ? "major" : "moderate", lang);
  return report_word("minor", lang);
}

void report_rating_title(const lx_assessment *a, const lx_rating *r, const char *lang, char *buf, size_t size) {
  const lx_instrument *ins = ruleset_instrument(a->rules, r->instrument);
  const char *name = ins ? report_pick(&ins->short_name, lang) : r->instrument;
  if (!*name) name = r->instrument;
  int fr = lang && strcmp(lang, "fr") == 0;
  if (r->scope == SCOPE_INSTRUMENT) {
    snprintf(buf, size, "%s", name);
  } else if (r->scope == SCOPE_CLUSTER) {
    const data_value *t = ins && ins->clusters ? data_at(ins->clusters, atoll(r->key)) : NULL;
    const char *title = data_str(data_get(t, fr ? "fr" : "en"));
    snprintf(buf, size, "%s %s%s%s", report_word("cluster", lang), r->key, title ? " — " : "", title ? title : "");
  } else {
    snprintf(buf, size, fr ? "%s, art. %s" : "%s art. %s", name, r->key);
  }
}

/* Bytes on their way to a file, written in one call when the buffer fills
** and at the end (report_wrap writes a word at a time). */
typedef struct {
  FILE *f;
  size_t n;
  char buf[4096];
} out_buffer;

static void out_flush(out_buffer *o) {
  if (o->n) fwrite(o->buf, 1, o->n, o->f);
  o->n = 0;
}

static void out_put(out_buffer *o, const char *s, size_t n) {
  if (o->n + n > sizeof o->buf) {
    out_flush(o);
    if (n > sizeof o->buf) { fwrite(s, 1, n, o->f); return; }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

void report_put_strings(FILE *f, const char *s, ...) {
  out_buffer o;
  o.f = f;
  o.n = 0;
  va_list ap;
  va_start(ap, s);
  for (; s; s = va_arg(ap, const char *)) out_put(&o, s, strlen(s));
  va_end(ap);
  out_flush(&o);
}

/* A line break, then indent spaces. */
static void out_break(out_buffer *o, int indent) {
  static const char spaces[] = "                                ";
  out_put(o, "\n", 1);
  for (; indent > (int)sizeof spaces - 1; indent -= (int)sizeof spaces - 1) out_put(o, spaces, sizeof spaces - 1);
  if (indent > 0) out_put(o, spaces, (size_t)indent);
}

/* The end of the word at p: the first space or line break before end, or
** end.  Sixteen bytes at a time with SSE2 (x86-64), never reading at or
** past end; byte by byte elsewhere and for the tail. */
static const char *word_end(const char *p, const char *end) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' '), line_break = _mm_set1_epi8('\n');
  for (; end - p >= 16; p += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, line_break)));
    if (mask) return p + __builtin_ctz(mask);
  }
#endif
  while (p < end && *p != ' ' && *p != '\n') p++;
  return p;
}

void report_wrap(FILE *f, int indent, int width, const char *s) {
  out_buffer o;
  o.f = f;
  o.n = 0;
  int col = indent, space = 0;          /* space: one is due before the next word */
  const char *p = s, *end = s + strlen(s);
  /* What is due out is written as runs of s: words and the single spaces
  ** between them are s's own bytes, copied at once when the run ends (a
  ** line break, or spaces that became one); run_end == NULL: no run. */
  const char *run = NULL, *run_end = NULL;
  while (*p) {
    const char *q = word_end(p, end);
    size_t w = (size_t)(q - p);
    if (col > indent && col + space + (int)w > width) {
      if (run_end) { out_put(&o, run, (size_t)(run_end - run)); run_end = NULL; }
      out_break(&o, indent);
      col = indent;
      space = 0;
    }
    if (space) {
      if (run_end && run_end == p - 1) run_end = p;        /* s's one space before the word */
      else {
        if (run_end) { out_put(&o, run, (size_t)(run_end - run)); run_end = NULL; }
        out_put(&o, " ", 1);
      }
      col++;
      space = 0;
    }
    if (w) {
      if (run_end != p) {
        if (run_end) out_put(&o, run, (size_t)(run_end - run));
        run = p;
      }
      run_end = q;
    }
    col += (int)w;
    p = q;
    if (*p == '\n') {
      if (run_end) { out_put(&o, run, (size_t)(run_end - run)); run_end = NULL; }
      out_break(&o, indent);
      col = indent;
      p++;
    } else if (*p == ' ') {
      while (*p == ' ') p++;
      space = *p != '\0';
    }
  }
  if (run_end) out_put(&o, run, (size_t)(run_end - run));
  out_put(&o, "\n", 1);
  out_flush(&o);
}

int report_prospective(const lx_assessment *a, const lx_rule *r) {
  for (size_t i = 0; a && a->rules && r && a->bindings && i < a->rules->ninstruments; i++)
    if (!strcmp(a->rules->instruments[i].id, r->instrument)) return a->bindings[i].kind == PROSPECTIVE;
  return 0;
}

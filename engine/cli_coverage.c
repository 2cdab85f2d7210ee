/*
 * cli_coverage.c -- the official texts on the command line:
 *
 *   lexgap texts import FILE --instrument ID --lang LANG   an official text as a data file
 *   lexgap texts show REF [--lang LANG]                    one provision's words
 *   lexgap coverage [--instrument ID]                      which provisions the rules encode
 *
 * Coverage.  Every provision of the official text that addresses States is
 * listed with its level and the rules that encode it.  A rule encodes its
 * ref and its covers, with everything inside them (a rule on art. 18(15)
 * encodes (a) to (f)); a not_encoded declaration likewise.  A paragraph that
 * no rule names is covered "in its parts" when each of its sub-paragraphs
 * that addresses States is encoded or declared not encoded.  Totals count
 * the provisions that have no sub-paragraph addressing States (the units a
 * rule can encode), so that a paragraph and its sub-paragraphs are not
 * counted twice.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


#include "cli.h"
#include "json_writer.h"
#include "report.h"
#include "strbuf.h"
#include "texts.h"

#define EXCERPT_MAX 90

/* ---------------------------------------------------------------------- */
/* lexgap texts                                                            */
/* ---------------------------------------------------------------------- */

static void usage_texts(FILE *f) {
  fprintf(f,
    "usage: lexgap texts import FILE --instrument ID --lang LANG [options]\n"
    "       lexgap texts show REF [options]\n"
    "\n"
    "import: parse an official text (shared/instruments/untoc.en.txt: \"Article N\",\n"
    "a title, numbered paragraphs, sub-paragraph markers such as \"(a)\", \"a)\",\n"
    "\"(i)\", \"a.\") into provisions keyed by canonical reference (untoc:5.1.a.ii.b)\n"
    "and print them as a data file for <pack>/texts/LANG.lua.  Running page headers\n"
    "of the Official Journal, a resolution's preamble, chapter headings and\n"
    "footnotes are skipped; after the testimonium, an annex of interpretative\n"
    "notes becomes provisions ID:note.N.  A text without \"Article\" headings (a\n"
    "background paper) is read as numbered paragraphs \"12.\" with items \"a)\"\n"
    "(untoc-wg:35.b); its headings and footnotes are skipped.  Warnings go to\n"
    "standard error.\n"
    "\n"
    "show: print the official words of a provision from the rule packs' texts,\n"
    "with the title of its article.\n"
    "\n"
    "options:\n"
    "  --instrument ID     import: the instrument the text belongs to (required)\n"
    "  --lang LANG         en, fr or es (import: required; show: default en, falling\n"
    "                      back to another language the pack has)\n"
    "  --source NAME       import: the source named in the data file (default: the\n"
    "                      file name of FILE)\n"
    "  -o, --output FILE   import: write the data file to FILE, not standard output\n"
    "  --full              show: with its sub-paragraphs\n"
    "  --rules DIR         show: rule packs (see 'lexgap assess --help')\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 success; 1 the text cannot be read or parsed, or no such provision.\n");
}

enum { T_INSTRUMENT = 300, T_LANG, T_SOURCE, T_FULL, T_RULES, T_FORMAT };

static const struct option texts_options[] = {
  { "instrument", required_argument, NULL, T_INSTRUMENT },
  { "lang", required_argument, NULL, T_LANG },
  { "source", required_argument, NULL, T_SOURCE },
  { "output", required_argument, NULL, 'o' },
  { "full", no_argument, NULL, T_FULL },
  { "rules", required_argument, NULL, T_RULES },
  { "format", required_argument, NULL, T_FORMAT },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static int valid_lang(const char *s, int with_es) {
  return strcmp(s, "en") == 0 || strcmp(s, "fr") == 0 || (with_es && strcmp(s, "es") == 0);
}

/* Print diagnostics, "error: " before those that are not warnings. */
static void print_diags(const diag_list *d) {
  for (size_t i = 0; i < d->n; i++) {
    char line[4096];
    diag_format(&d->items[i], line, sizeof line);
    fprintf(stderr, "%s%s\n", strstr(line, "warning:") ? "" : "error: ", line);   /* diag_format cleaned it */
  }
}

static int texts_import(const char *file, const char *instrument, const char *lang,
                        const char *source, const char *output) {
  lx_texts t;
  diag_list d;
  diag_init(&d);
  int rc = texts_parse_file(file, instrument, lang, &t, &d);
  print_diags(&d);
  diag_free(&d);
  int status = EXIT_FAIL;
  if (rc == 0 && source) {
    char *s = strdup(source);
    if (s) { free(t.source); t.source = s; }
  }
  if (rc == 0) {
    cli_output dest;
    if (cli_open_output(&dest, output) == 0) {
      int ok = texts_write(&t, dest.f) == 0;
      if (cli_close_output(&dest, ok) == 0) status = EXIT_OK;
    }
    if (status == EXIT_OK && output)
      diag_printf(stderr, "lexgap texts: %zu articles, %zu provisions written to %s\n", t.narticles, t.nprovisions, output);
  }
  texts_free(&t);
  return status;
}

static int texts_show(const char *ref, const char *lang, const char *rules_dir, int full) {
  options o;
  memset(&o, 0, sizeof o);
  o.rules_dir = rules_dir;
  o.defer_rule_files = 1;                  /* declarations only: no check is called */
  o.format = "text";
  o.lang = lang;
  char ins[64];
  const char *colon = strchr(ref, ':');
  if (!colon || (size_t)(colon - ref) >= sizeof ins) {
    diag_printf(stderr, "lexgap texts: '%s' is not a provision reference (e.g. untoc:5.1.a)\n", ref);
    return EXIT_FAIL;
  }
  memcpy(ins, ref, (size_t)(colon - ref));
  ins[colon - ref] = '\0';
  o.instruments[o.ninstruments++] = ins;
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0, status = EXIT_FAIL;
  if (cli_load_rules(&o, &sb, &rs, &problems) == 0) {
    const char *used = NULL, *tused = NULL;
    const char *words = ruleset_provision_text(&rs, ref, lang, &used);
    const char *title = ruleset_article_title(&rs, ref, lang, &tused);
    if (!words) {
      diag_printf(stderr, "lexgap texts: %s is not a provision of the official texts in %s/%s/texts/\n", ref, rs.dir, ins);
    } else {
      char disp[256];
      lx_ref_display(&rs, ref, used, disp, sizeof disp);
      diag_printf(stdout, "%s%s%s [%s]\n", disp, title ? " — " : "", title ? title : "", used);   /* rule packs are untrusted */
      char *all = NULL;
      if (full) {
        const lx_texts *t = ruleset_texts(&rs, ins, used);
        all = t ? texts_full_text(t, texts_find(t, ref)) : NULL;
      }
      diag_printf(stdout, "%.*s\n", INT_MAX, all ? all : words);                  /* cleaned, never shortened */
      free(all);
      status = EXIT_OK;
    }
  }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return status;
}

int cmd_texts(int argc, char **argv) {
  const char *instrument = NULL, *lang = NULL, *source = NULL, *output = NULL, *rules = NULL;
  int full = 0;
  if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) { usage_texts(stdout); return EXIT_OK; }
  if (argc < 2 || (strcmp(argv[1], "import") != 0 && strcmp(argv[1], "show") != 0)) {
    diag_printf(stderr, "lexgap texts: expected 'import' or 'show'\n");
    usage_texts(stderr);
    return EXIT_FAIL;
  }
  const char *sub = argv[1];
  int import = strcmp(sub, "import") == 0;
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc - 1, argv + 1, ":ho:", texts_options, NULL)) != -1) {
    switch (c) {
      case 'h': usage_texts(stdout); return EXIT_OK;
      case T_INSTRUMENT: instrument = optarg; break;
      case T_LANG:
        if (!valid_lang(optarg, 1)) { diag_printf(stderr, "lexgap texts: unknown language '%s' (use en, fr or es)\n", optarg); return EXIT_FAIL; }
        lang = optarg;
        break;
      case T_SOURCE: source = optarg; break;
      case 'o': output = optarg; break;
      case T_FULL: full = 1; break;
      case T_RULES: rules = optarg; break;
      default:
        diag_printf(stderr, "lexgap texts: %s '%s'\n", c == ':' ? "missing value for option" : "unknown option", argv[optind]);
        usage_texts(stderr);
        return EXIT_FAIL;
    }
    if ((import && (c == T_FULL || c == T_RULES)) || (!import && (c == T_INSTRUMENT || c == T_SOURCE || c == 'o'))) {
      const char *name = "?";
      for (int k = 0; texts_options[k].name; k++) if (texts_options[k].val == c) name = texts_options[k].name;
      diag_printf(stderr, "lexgap texts %s: option '--%s' does not apply\n", sub, name);
      return EXIT_FAIL;
    }
  }
  int first = optind + 1;              /* back to argv's numbering */
  if (argc - first != 1) {
    diag_printf(stderr, "lexgap texts %s: expected one %s\n", sub, import ? "FILE" : "REF");
    return EXIT_FAIL;
  }
  if (import) {
    if (!instrument || !lang) { diag_printf(stderr, "lexgap texts import: --instrument and --lang are required\n"); return EXIT_FAIL; }
    return texts_import(argv[first], instrument, lang, source, output);
  }
  return texts_show(argv[first], lang ? lang : "en", rules, full);
}

/* ---------------------------------------------------------------------- */
/* lexgap coverage                                                         */
/* ---------------------------------------------------------------------- */

static void usage_coverage(FILE *f) {
  fprintf(f,
    "usage: lexgap coverage [options]\n"
    "\n"
    "For each instrument, every provision of its official text (<pack>/texts/) that\n"
    "addresses States, with its level and the rules that encode it; the provisions\n"
    "declared not_encoded, with the reason; the uncovered ones; totals per article\n"
    "and per level.\n"
    "\n"
    "Levels come from the cue words of the English text (else the French one):\n"
    "shall, shall consider, shall endeavour / seek, may (adopte, envisage,\n"
    "s'efforce, peut), read in a provision's own words or its chapeau, and are\n"
    "corrected by <pack>/levels.lua where the cue words mislead (\"none\" for a\n"
    "provision that puts no duty on States).\n"
    "\n"
    "A rule encodes its ref and its covers, with their sub-paragraphs.  A paragraph\n"
    "that no rule names is covered in its parts when each of its sub-paragraphs is.\n"
    "Totals count provisions without sub-paragraphs.\n"
    "\n"
    "options:\n"
    "  --rules DIR         rule packs (see 'lexgap assess --help')\n"
    "  --instrument ID     only this instrument (repeatable; default: every pack\n"
    "                      that has official texts)\n"
    "  --format FMT        text (default) or json\n"
    "  --lang LANG         language of titles, excerpts and reasons: en (default) or fr\n"
    "  -h, --help          this help\n"
    "\n"
    "exit status: 0 the coverage was computed (uncovered provisions included);\n"
    "1 the rules, texts or levels.lua cannot be read.\n");
}

static const struct option coverage_options[] = {
  { "rules", required_argument, NULL, T_RULES },
  { "instrument", required_argument, NULL, T_INSTRUMENT },
  { "format", required_argument, NULL, T_FORMAT },
  { "lang", required_argument, NULL, T_LANG },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

typedef enum { C_ENCODED, C_WITHIN, C_PARTS, C_NOT_ENCODED, C_PARTLY, C_UNCOVERED, C_NSTATUS } cov_status;

static const char *const status_names[C_NSTATUS] = {
  "encoded", "within", "in_parts", "not_encoded", "partly", "uncovered"
};
static const char *const status_text_en[C_NSTATUS] = {
  "encoded", "encoded within", "in its parts", "not encoded", "partly", "UNCOVERED"
};
static const char *const status_text_fr[C_NSTATUS] = {
  "encodée", "encodée dans", "par ses parties", "non encodée", "en partie", "NON COUVERTE"
};

/* What one instrument's coverage is computed from and comes to. */
typedef struct {
  const lx_ruleset *rs;
  const lx_instrument *ins;
  const lx_texts *t;         /* the text levels are derived from */
  const char *lang;          /* language of display */
  char levels_file[4200];
  int has_levels;
  size_t n;
  int *override, *level, *derived;
  unsigned *cues, *own;
  cov_status *status;
  int *via;                  /* provision carrying a within / not_encoded status, or -1 */
  int *ne;                   /* not_encoded declaration (index in rs), or -1 */
  char *unit;                /* counted in the totals */
  char *addressed;           /* has a sub-provision addressing States */
} coverage;

static void coverage_free(coverage *cv) {
  free(cv->override); free(cv->level); free(cv->derived); free(cv->cues); free(cv->own);
  free(cv->status); free(cv->via); free(cv->ne); free(cv->unit); free(cv->addressed);
}

static const char *level_name(int level) {
  return level == TEXTS_LEVEL_NONE ? "none" : lx_level_name((lx_level)level);
}

static int in_instrument(const char *ref, const char *id) {
  size_t l = strlen(id);
  return strncmp(ref, id, l) == 0 && ref[l] == ':';
}

/* <pack>/levels.lua into cv->override; problems go to diags. */
static int load_levels(coverage *cv, diag_list *diags) {
  snprintf(cv->levels_file, sizeof cv->levels_file, "%s/%s/levels.lua", cv->rs->dir, cv->ins->id);
  struct stat st;
  if (stat(cv->levels_file, &st) != 0) return 0;
  cv->has_levels = 1;
  data_error err;
  data_value *v = data_parse_file(cv->levels_file, &err);
  if (!v) { diag_add(diags, cv->levels_file, err.line, NULL, "%s", err.message); return -1; }
  int bad = 0;
  if (v->kind != DATA_TABLE) {
    diag_add(diags, cv->levels_file, v->line, NULL, "levels.lua is a table { [\"ref\"] = \"level\", ... }");
    bad++;
  }
  for (size_t i = 0; !bad && i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    const char *name = data_str(f->value);
    if (!f->key || !name) {
      diag_add(diags, cv->levels_file, f->line, NULL, "each entry is [\"ref\"] = \"level\"");
      bad++;
      continue;
    }
    int lv = strcmp(name, "none") == 0 ? TEXTS_LEVEL_NONE : lx_level_parse(name);
    if (lv < 0) {
      diag_add(diags, cv->levels_file, f->line, f->key, "'%s' is not mandatory, consider, endeavour, optional or none", name);
      bad++;
      continue;
    }
    int idx = in_instrument(f->key, cv->ins->id) ? texts_find(cv->t, f->key) : -1;
    if (idx < 0) {
      diag_add(diags, cv->levels_file, f->line, f->key, "warning: no such provision in the official text (%s)", cv->t->source);
      continue;
    }
    cv->override[idx] = lv;
  }
  data_free(v);
  return bad ? -1 : 0;
}

/* Does the rule (valid, of this instrument) name ref in its ref or covers? */
static int rule_names(const lx_rule *r, const char *ref) {
  if (r->invalid || !r->ref) return 0;
  if (strcmp(r->ref, ref) == 0) return 1;
  for (int k = 0; k < r->ncovers; k++) if (strcmp(r->covers[k], ref) == 0) return 1;
  return 0;
}

static int not_encoded_for(const lx_ruleset *rs, const char *ref) {
  for (size_t k = 0; k < rs->nnot_encoded; k++)
    if (strcmp(rs->not_encoded[k].ref, ref) == 0) return (int)k;
  return -1;
}

static int accounted(cov_status s) {
  return s == C_ENCODED || s == C_WITHIN || s == C_PARTS || s == C_NOT_ENCODED;
}

static int compute(coverage *cv, diag_list *diags) {
  size_t n = cv->t->nprovisions;
  cv->n = n;
  cv->override = malloc((n + 1) * sizeof *cv->override);
  cv->level = malloc((n + 1) * sizeof *cv->level);
  cv->derived = malloc((n + 1) * sizeof *cv->derived);
  cv->cues = malloc((n + 1) * sizeof *cv->cues);
  cv->own = malloc((n + 1) * sizeof *cv->own);
  cv->status = malloc((n + 1) * sizeof *cv->status);
  cv->via = malloc((n + 1) * sizeof *cv->via);
  cv->ne = malloc((n + 1) * sizeof *cv->ne);
  cv->unit = calloc(n + 1, 1);
  cv->addressed = calloc(n + 1, 1);
  if (!cv->override || !cv->level || !cv->derived || !cv->cues || !cv->own || !cv->status
      || !cv->via || !cv->ne || !cv->unit || !cv->addressed) {
    diag_add(diags, cv->rs->dir, 0, NULL, "out of memory");
    return -1;
  }
  for (size_t i = 0; i < n; i++) cv->override[i] = TEXTS_LEVEL_UNSET;
  if (load_levels(cv, diags) != 0) return -1;
  texts_levels(cv->t, NULL, cv->derived, cv->own);
  texts_levels(cv->t, cv->override, cv->level, cv->cues);
  const lx_provision *P = cv->t->provisions;
  for (size_t i = 0; i < n; i++)
    if (cv->level[i] != TEXTS_LEVEL_NONE && P[i].parent >= 0) cv->addressed[P[i].parent] = 1;
  for (size_t i = 0; i < n; i++) cv->unit[i] = cv->level[i] != TEXTS_LEVEL_NONE && !cv->addressed[i];
  /* going down: named by a rule, within one, declared not encoded */
  for (size_t i = 0; i < n; i++) {
    int named = 0, p = P[i].parent;
    for (size_t r = 0; r < cv->rs->n && !named; r++) named = rule_names(&cv->rs->rules[r], P[i].ref);
    cv->via[i] = -1;
    cv->ne[i] = not_encoded_for(cv->rs, P[i].ref);
    if (named) cv->status[i] = C_ENCODED;
    else if (p >= 0 && (cv->status[p] == C_ENCODED || cv->status[p] == C_WITHIN)) {
      cv->status[i] = C_WITHIN;
      cv->via[i] = cv->status[p] == C_ENCODED ? p : cv->via[p];
    } else if (cv->ne[i] >= 0) cv->status[i] = C_NOT_ENCODED;
    else if (p >= 0 && cv->status[p] == C_NOT_ENCODED) {
      cv->status[i] = C_NOT_ENCODED;
      cv->via[i] = cv->via[p] >= 0 ? cv->via[p] : p;
    } else cv->status[i] = C_UNCOVERED;
  }
  /* going up: a provision no rule names is covered in its parts */
  for (size_t i = n; i-- > 0;) {
    if (cv->status[i] != C_UNCOVERED || !cv->addressed[i]) continue;
    int all = 1, some = 0;
    for (size_t k = i + 1; k < n; k++) {
      if (P[k].parent != (int)i || cv->level[k] == TEXTS_LEVEL_NONE) continue;
      if (accounted(cv->status[k])) some = 1; else all = 0;
      if (cv->status[k] == C_PARTLY) some = 1;
    }
    cv->status[i] = all ? C_PARTS : some ? C_PARTLY : C_UNCOVERED;
  }
  return 0;
}

/* The first words of s, cut at a character boundary, into out. */
static void excerpt(const char *s, char *out, size_t size) {
  size_t n = strlen(s);
  if (n < EXCERPT_MAX && n < size) { memcpy(out, s, n + 1); return; }
  size_t cut = EXCERPT_MAX < size - 4 ? EXCERPT_MAX : size - 4;
  while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80) cut--;
  while (cut > 40 && s[cut] != ' ') cut--;
  memcpy(out, s, cut);
  memcpy(out + cut, "\xe2\x80\xa6", 4);
}

/* The words shown for provision i in the display language. */
static void provision_excerpt(const coverage *cv, int i, char *out, size_t size) {
  const char *ref = cv->t->provisions[i].ref;
  const char *words = ruleset_provision_text(cv->rs, ref, cv->lang, NULL);
  char *all = NULL;
  if (!words || !*words) {
    all = texts_full_text(cv->t, i);
    words = all ? all : "";
  }
  excerpt(words, out, size);
  free(all);
}

/* Which way the level of provision i was found. */
static const char *level_from(const coverage *cv, int i) {
  const lx_provision *P = cv->t->provisions;
  for (int a = i; a >= 0; a = P[a].parent) if (cv->override[a] != TEXTS_LEVEL_UNSET) return "levels.lua";
  if (cv->level[i] == TEXTS_LEVEL_NONE) return "none";
  if (cv->own[i]) return "text";
  for (int a = P[i].parent; a >= 0; a = P[a].parent) if (cv->own[a]) return "chapeau";
  return "parts";
}

typedef struct { int units, covered, not_encoded, uncovered; } tally;

static void count(tally *t, cov_status s) {
  t->units++;
  if (s == C_NOT_ENCODED) t->not_encoded++;
  else if (accounted(s)) t->covered++;
  else t->uncovered++;
}

/* Is provision i shown among the provisions of its article?  The article
** itself only when it has words of its own (an article without paragraphs). */
static int shown(const coverage *cv, size_t i) {
  const lx_provision *p = &cv->t->provisions[i];
  if (cv->level[i] == TEXTS_LEVEL_NONE) return 0;
  return p->parent >= 0 || p->text[0] != '\0';
}

/* Is i the topmost of an uncovered block (to list once, with its parts)? */
static int uncovered_head(const coverage *cv, size_t i) {
  if (cv->status[i] != C_UNCOVERED || !shown(cv, i)) return 0;
  int p = cv->t->provisions[i].parent;
  return !(p >= 0 && cv->status[p] == C_UNCOVERED && shown(cv, (size_t)p));
}

/* Sub-provisions of i that address States. */
static int count_below(const coverage *cv, size_t i) {
  int n = 0;
  const lx_provision *P = cv->t->provisions;
  for (size_t k = i + 1; k < cv->n; k++) {
    int a = P[k].parent;
    while (a >= 0 && a != (int)i) a = P[a].parent;
    if (a == (int)i && cv->level[k] != TEXTS_LEVEL_NONE) n++;
  }
  return n;
}

/* Rules that differ from the text's level for their ref. */
static int level_differs(const coverage *cv, const lx_rule *r, int *idx) {
  *idx = r->ref ? texts_find(cv->t, r->ref) : -1;
  if (*idx < 0 || r->invalid) return 0;
  int l = cv->level[*idx];
  if (l == (int)r->level) return 0;
  return !(cv->cues[*idx] & (1u << r->level));
}

#define FR(cv) (strcmp((cv)->lang, "fr") == 0)
#define L(cv, en, fr) (FR(cv) ? (fr) : (en))

static void print_text(const coverage *cv) {
  const lx_ruleset *rs = cv->rs;
  const lx_provision *P = cv->t->provisions;
  const char *const *stext = FR(cv) ? status_text_fr : status_text_en;
  const char *name = lx_text_get(&cv->ins->short_name, cv->lang, NULL);
  printf(L(cv, "Coverage of %s by the rules in %s/%s\n", "Couverture de %s par les règles de %s/%s\n"),
         name ? name : cv->ins->id, rs->dir, cv->ins->id);
  printf(L(cv, "  official text: %s (%s); levels from its cue words%s%s\n",
               "  texte officiel : %s (%s) ; niveaux tirés de ses mots-clés%s%s\n"),
         cv->t->lang, cv->t->source, cv->has_levels ? L(cv, ", corrected by ", ", corrigés par ") : "",
         cv->has_levels ? cv->levels_file : "");
  printf(L(cv, "  totals count provisions without sub-paragraphs; a paragraph whose sub-paragraphs\n"
               "  are all covered is covered in its parts\n",
               "  les totaux comptent les dispositions sans alinéas ; un paragraphe dont tous les\n"
               "  alinéas sont couverts l'est par ses parties\n"));
  tally by_level[LX_NLEVEL], all;
  memset(by_level, 0, sizeof by_level);
  memset(&all, 0, sizeof all);
  for (size_t a = 0; a < cv->n; a++) {
    if (P[a].parent >= 0) continue;                       /* articles */
    tally art;
    memset(&art, 0, sizeof art);
    for (size_t i = a; i < cv->n && (i == a || P[i].parent >= 0); i++)
      if (cv->unit[i]) count(&art, cv->status[i]);
    if (!art.units) continue;
    char number[16];
    lx_ref_article(P[a].ref, number, sizeof number);
    const char *title = ruleset_article_title(rs, P[a].ref, cv->lang, NULL);
    printf(L(cv, "\nArt. %s%s%s: %d provision%s, %d encoded, %d not encoded, %d uncovered\n",
                 "\nArt. %s%s%s : %d disposition%s, %d encodée(s), %d non encodée(s), %d non couverte(s)\n"),
           number, title ? " — " : "", title ? title : "", art.units, art.units == 1 ? "" : "s",
           art.covered, art.not_encoded, art.uncovered);
    for (size_t i = a; i < cv->n && (i == a || P[i].parent >= 0); i++) {
      if (!shown(cv, i)) continue;
      char disp[256];
      lx_ref_display(rs, P[i].ref, cv->lang, disp, sizeof disp);
      strbuf row;
      sb_init(&row);
      sb_printf(&row, "  %-28s %-9s  %-16s", disp, level_name(cv->level[i]), stext[cv->status[i]]);
      if (cv->status[i] == C_ENCODED) {
        int first = 1;
        for (size_t r = 0; r < rs->n; r++)
          if (rule_names(&rs->rules[r], P[i].ref)) { sb_printf(&row, "%s%s", first ? " " : ", ", rs->rules[r].id); first = 0; }
      } else if (cv->status[i] == C_WITHIN || (cv->status[i] == C_NOT_ENCODED && cv->via[i] >= 0)) {
        sb_printf(&row, " %s", P[cv->via[i]].ref);
      }
      while (row.len && row.s[row.len - 1] == ' ') row.s[--row.len] = '\0';
      diag_printf(stdout, "%.*s\n", INT_MAX, row.s);
      sb_free(&row);
    }
  }
  for (size_t i = 0; i < cv->n; i++) if (cv->unit[i]) {
    count(&all, cv->status[i]);
    count(&by_level[cv->level[i]], cv->status[i]);
  }

  /* declared not encoded */
  int nne = 0;
  for (size_t k = 0; k < rs->nnot_encoded; k++) if (in_instrument(rs->not_encoded[k].ref, cv->ins->id)) nne++;
  printf(L(cv, "\nNot encoded on purpose (%d)\n", "\nNon encodées à dessein (%d)\n"), nne);
  for (size_t k = 0; k < rs->nnot_encoded; k++) {
    const lx_not_encoded *ne = &rs->not_encoded[k];
    if (!in_instrument(ne->ref, cv->ins->id)) continue;
    int idx = texts_find(cv->t, ne->ref);
    char disp[256];
    lx_ref_display(rs, ne->ref, cv->lang, disp, sizeof disp);
    const char *reason = lx_text_get(&ne->reason, cv->lang, NULL);
    diag_printf(stdout, "  %-28s %-9s  %.*s (%s:%d)\n", disp, idx >= 0 ? level_name(cv->level[idx]) : "?", INT_MAX,
                reason ? reason : "", ne->file, ne->line);
  }

  /* uncovered, strongest levels first */
  for (int group = 0; group < 2; group++) {
    int nun = 0;
    for (size_t i = 0; i < cv->n; i++)
      if (uncovered_head(cv, i) && (cv->level[i] == LX_OPTIONAL) == group) nun++;
    printf(group == 0 ? L(cv, "\nUncovered: mandatory, consider, endeavour (%d)\n", "\nNon couvertes : obligatoires, à envisager, à s'efforcer (%d)\n")
                      : L(cv, "\nUncovered: optional (%d)\n", "\nNon couvertes : facultatives (%d)\n"), nun);
    for (size_t i = 0; i < cv->n; i++) {
      if (!uncovered_head(cv, i) || (cv->level[i] == LX_OPTIONAL) != group) continue;
      char disp[256], ex[EXCERPT_MAX + 8];
      lx_ref_display(rs, P[i].ref, cv->lang, disp, sizeof disp);
      provision_excerpt(cv, (int)i, ex, sizeof ex);
      int below = count_below(cv, i);
      diag_printf(stdout, "  %-28s %-9s  «%.*s»", disp, level_name(cv->level[i]), INT_MAX, ex);
      if (below) printf(L(cv, " (and its %d sub-paragraph%s)", " (et ses %d alinéa%s)"), below, below == 1 ? "" : "s");
      printf("\n");
    }
  }

  /* rules and declarations the text does not match */
  int header = 0;
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *ru = &rs->rules[r];
    if (ru->invalid || !ru->ref || !in_instrument(ru->ref, cv->ins->id)) continue;
    const char *bad = texts_find(cv->t, ru->ref) < 0 ? ru->ref : NULL;
    for (int k = 0; !bad && k < ru->ncovers; k++) if (texts_find(cv->t, ru->covers[k]) < 0) bad = ru->covers[k];
    if (!bad) continue;
    if (!header++) printf(L(cv, "\nReferences not in the official text\n", "\nRéférences absentes du texte officiel\n"));
    diag_printf(stdout, "  %s (%s:%d): %s\n", ru->id, ru->file, ru->line, bad);
  }
  for (size_t k = 0; k < rs->nnot_encoded; k++) {
    const lx_not_encoded *ne = &rs->not_encoded[k];
    if (!in_instrument(ne->ref, cv->ins->id) || texts_find(cv->t, ne->ref) >= 0) continue;
    if (!header++) printf(L(cv, "\nReferences not in the official text\n", "\nRéférences absentes du texte officiel\n"));
    diag_printf(stdout, "  not_encoded (%s:%d): %s\n", ne->file, ne->line, ne->ref);
  }
  header = 0;
  for (size_t r = 0; r < rs->n; r++) {
    int idx;
    const lx_rule *ru = &rs->rules[r];
    if (!ru->ref || !in_instrument(ru->ref, cv->ins->id) || !level_differs(cv, ru, &idx)) continue;
    if (!header++) printf(L(cv, "\nLevels that differ from the text's\n", "\nNiveaux différents de ceux du texte\n"));
    diag_printf(stdout, L(cv, "  %-28s rule: %s, text: %s (%s)\n", "  %-28s règle : %s, texte : %s (%s)\n"), ru->id,
           lx_level_name(ru->level), level_name(cv->level[idx]), level_from(cv, idx));
  }

  printf(L(cv, "\nTotals by level      provisions  encoded  not encoded  uncovered\n",
               "\nTotaux par niveau    dispositions  encodées  non encodées  non couvertes\n"));
  for (int l = 0; l < LX_NLEVEL; l++)
    printf("  %-18s %10d %8d %12d %10d\n", lx_level_name((lx_level)l), by_level[l].units, by_level[l].covered,
           by_level[l].not_encoded, by_level[l].uncovered);
  printf("  %-18s %10d %8d %12d %10d\n", L(cv, "all", "toutes"), all.units, all.covered, all.not_encoded, all.uncovered);
}

static void tally_json(json_writer *w, const char *key, const tally *t) {
  jw_object(w, key);
  jw_int(w, "provisions", t->units);
  jw_int(w, "encoded", t->covered);
  jw_int(w, "not_encoded", t->not_encoded);
  jw_int(w, "uncovered", t->uncovered);
  jw_end(w);
}

/* Can every one of the n strings of s be written (jw_string_ok)?  An
** object whose strings are all required is left out whole otherwise, as
** Jansson's json_pack() refused to build it. */
static int all_strings_ok(const char *const *s, int n) {
  for (int i = 0; i < n; i++) if (!jw_string_ok(s[i])) return 0;
  return 1;
}

/* A provision shown under its article: its ref, display, levels (with the
** cue words), status, whether it is counted, the rules that name it, the
** provision it is covered through, and an excerpt of its words. */
static void provision_json(json_writer *w, const coverage *cv, size_t i) {
  const lx_ruleset *rs = cv->rs;
  const lx_provision *P = cv->t->provisions;
  char disp[256], ex[EXCERPT_MAX + 8];
  lx_ref_display(rs, P[i].ref, cv->lang, disp, sizeof disp);
  provision_excerpt(cv, (int)i, ex, sizeof ex);
  jw_object(w, NULL);
  jw_string(w, "ref", P[i].ref);
  jw_string(w, "display", disp);
  jw_string(w, "level", level_name(cv->level[i]));
  jw_string(w, "level_from", level_from(cv, (int)i));
  jw_string(w, "derived_level", level_name(cv->derived[i]));
  jw_array(w, "cues");
  for (int l = 0; l < LX_NLEVEL; l++) if (cv->cues[i] & (1u << l)) jw_string(w, NULL, lx_level_name((lx_level)l));
  jw_end(w);
  jw_string(w, "status", status_names[cv->status[i]]);
  jw_bool(w, "counted", cv->unit[i]);
  jw_array(w, "rules");
  for (size_t r = 0; r < rs->n; r++)
    if (rule_names(&rs->rules[r], P[i].ref)) jw_string(w, NULL, rs->rules[r].id);
  jw_end(w);
  jw_string_or_null(w, "via", cv->via[i] >= 0 ? P[cv->via[i]].ref : NULL);
  jw_string(w, "excerpt", ex);
  jw_end(w);
}

/* The articles that have a provision to show, each with its totals and
** those provisions, as the array "articles". */
static void articles_json(json_writer *w, const coverage *cv) {
  const lx_provision *P = cv->t->provisions;
  jw_array(w, "articles");
  for (size_t a = 0; a < cv->n; a++) {
    if (P[a].parent >= 0) continue;
    tally art;
    size_t shown_count = 0, end = a + 1;
    memset(&art, 0, sizeof art);
    while (end < cv->n && P[end].parent >= 0) end++;
    for (size_t i = a; i < end; i++) {
      if (cv->unit[i]) count(&art, cv->status[i]);
      if (shown(cv, i)) shown_count++;
    }
    if (!shown_count) continue;
    char number[16];
    lx_ref_article(P[a].ref, number, sizeof number);
    jw_object(w, NULL);
    jw_string(w, "article", number);
    jw_string_or_null(w, "title", ruleset_article_title(cv->rs, P[a].ref, cv->lang, NULL));
    tally_json(w, "totals", &art);
    jw_array(w, "provisions");
    for (size_t i = a; i < end; i++) if (shown(cv, i)) provision_json(w, cv, i);
    jw_end(w);
    jw_end(w);
  }
  jw_end(w);
}

/* A rule's ref or cover that the text lacks, as an element of not_in_text. */
static void unmatched_json(json_writer *w, const lx_rule *ru, const char *ref) {
  const char *need[] = { ru->id, ref, ru->file };
  if (!all_strings_ok(need, 3)) return;
  jw_object(w, NULL);
  jw_string(w, "id", ru->id);
  jw_string(w, "ref", ref);
  jw_string(w, "file", ru->file);
  jw_int(w, "line", ru->line);
  jw_end(w);
}

/* The coverage of one instrument as an element of "instruments" (see
** docs: the same members, in the same order, as Jansson's tree of it). */
static void coverage_json(json_writer *w, const coverage *cv) {
  const lx_ruleset *rs = cv->rs;
  const lx_provision *P = cv->t->provisions;
  jw_object(w, NULL);
  jw_string(w, "instrument", cv->ins->id);
  const char *text_need[] = { cv->t->lang, cv->t->source };
  if (all_strings_ok(text_need, 2) && (!cv->t->file || jw_string_ok(cv->t->file))) {
    jw_object(w, "text");
    jw_string(w, "lang", cv->t->lang);
    jw_string(w, "source", cv->t->source);
    jw_string_or_null(w, "file", cv->t->file);
    jw_end(w);
  }
  jw_string_or_null(w, "levels_file", cv->has_levels ? cv->levels_file : NULL);
  articles_json(w, cv);
  jw_array(w, "not_encoded");
  for (size_t k = 0; k < rs->nnot_encoded; k++) {
    const lx_not_encoded *ne = &rs->not_encoded[k];
    if (!in_instrument(ne->ref, cv->ins->id)) continue;
    int idx = texts_find(cv->t, ne->ref);
    jw_object(w, NULL);
    jw_string(w, "ref", ne->ref);
    jw_string_or_null(w, "level", idx >= 0 ? level_name(cv->level[idx]) : NULL);
    jw_bool(w, "in_text", idx >= 0);
    jw_languages(w, "reason", ne->reason.en, ne->reason.fr, ne->reason.es);
    jw_string(w, "file", ne->file);
    jw_int(w, "line", ne->line);
    jw_end(w);
  }
  jw_end(w);
  tally by_level[LX_NLEVEL], all;
  memset(by_level, 0, sizeof by_level);
  memset(&all, 0, sizeof all);
  jw_array(w, "uncovered");
  for (size_t i = 0; i < cv->n; i++) {
    if (cv->unit[i]) { count(&all, cv->status[i]); count(&by_level[cv->level[i]], cv->status[i]); }
    if (!uncovered_head(cv, i)) continue;
    char disp[256];
    lx_ref_display(rs, P[i].ref, cv->lang, disp, sizeof disp);
    const char *need[] = { P[i].ref, disp, level_name(cv->level[i]) };
    if (!all_strings_ok(need, 3)) continue;
    jw_object(w, NULL);
    jw_string(w, "ref", P[i].ref);
    jw_string(w, "display", disp);
    jw_string(w, "level", level_name(cv->level[i]));
    jw_int(w, "sub_provisions", count_below(cv, i));
    jw_end(w);
  }
  jw_end(w);
  jw_array(w, "not_in_text");
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *ru = &rs->rules[r];
    if (ru->invalid || !ru->ref || !in_instrument(ru->ref, cv->ins->id)) continue;
    if (texts_find(cv->t, ru->ref) < 0) unmatched_json(w, ru, ru->ref);
    for (int k = 0; k < ru->ncovers; k++)
      if (texts_find(cv->t, ru->covers[k]) < 0) unmatched_json(w, ru, ru->covers[k]);
  }
  jw_end(w);
  jw_array(w, "level_differences");
  for (size_t r = 0; r < rs->n; r++) {
    const lx_rule *ru = &rs->rules[r];
    int idx;
    if (ru->invalid || !ru->ref || !in_instrument(ru->ref, cv->ins->id) || !level_differs(cv, ru, &idx)) continue;
    const char *need[] = { ru->id, lx_level_name(ru->level), level_name(cv->level[idx]), level_from(cv, idx) };
    if (!all_strings_ok(need, 4)) continue;
    jw_object(w, NULL);
    jw_string(w, "id", ru->id);
    jw_string(w, "rule_level", lx_level_name(ru->level));
    jw_string(w, "text_level", level_name(cv->level[idx]));
    jw_string(w, "level_from", level_from(cv, idx));
    jw_end(w);
  }
  jw_end(w);
  jw_object(w, "totals");
  jw_object(w, "by_level");
  for (int l = 0; l < LX_NLEVEL; l++) tally_json(w, lx_level_name((lx_level)l), &by_level[l]);
  jw_end(w);
  tally_json(w, "all", &all);
  jw_end(w);
  jw_end(w);
}

/* The text levels are derived from: English, else French, else any. */
static const lx_texts *derivation_text(const lx_ruleset *rs, const char *id) {
  const lx_texts *t = ruleset_texts(rs, id, "en");
  if (!t) t = ruleset_texts(rs, id, "fr");
  for (size_t i = 0; !t && i < rs->ntexts; i++) if (strcmp(rs->texts[i].instrument, id) == 0) t = &rs->texts[i];
  return t;
}

int cmd_coverage(int argc, char **argv) {
  options o;
  memset(&o, 0, sizeof o);
  o.defer_rule_files = 1;                  /* declarations only: no check is called */
  o.format = "text";
  o.lang = "en";
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":h", coverage_options, NULL)) != -1) {
    switch (c) {
      case 'h': usage_coverage(stdout); return EXIT_OK;
      case T_RULES: o.rules_dir = optarg; break;
      case T_INSTRUMENT:
        if (o.ninstruments == MAX_INSTRUMENTS) { diag_printf(stderr, "lexgap coverage: too many --instrument options\n"); return EXIT_FAIL; }
        o.instruments[o.ninstruments++] = optarg;
        break;
      case T_FORMAT:
        if (strcmp(optarg, "text") && strcmp(optarg, "json")) { diag_printf(stderr, "lexgap coverage: unknown format '%s' (use text or json)\n", optarg); return EXIT_FAIL; }
        o.format = optarg;
        break;
      case T_LANG:
        if (!valid_lang(optarg, 0)) { diag_printf(stderr, "lexgap coverage: unknown language '%s' (use en or fr)\n", optarg); return EXIT_FAIL; }
        o.lang = optarg;
        break;
      default:
        diag_printf(stderr, "lexgap coverage: %s '%s'\n", c == ':' ? "missing value for option" : "unknown option", argv[optind - 1]);
        usage_coverage(stderr);
        return EXIT_FAIL;
    }
  }
  if (optind < argc) { diag_printf(stderr, "lexgap coverage: unexpected argument '%s'\n", argv[optind]); return EXIT_FAIL; }
  lx_sandbox *sb = NULL;
  lx_ruleset rs;
  int problems = 0, status = EXIT_FAIL;
  if (cli_load_rules(&o, &sb, &rs, &problems) == 0) {
    status = EXIT_OK;
    int json = strcmp(o.format, "json") == 0, done = 0;
    strbuf out;                       /* the JSON document, written once every instrument is done */
    json_writer w;
    sb_init(&out);
    jw_init(&w, &out, 0);
    if (json) {
      jw_object(&w, NULL);
      jw_int(&w, "coverage_format", 1);
      jw_array(&w, "instruments");
    }
    for (size_t k = 0; k < rs.ninstruments && status == EXIT_OK; k++) {
      const lx_instrument *ins = &rs.instruments[k];
      coverage cv;
      memset(&cv, 0, sizeof cv);
      cv.rs = &rs;
      cv.ins = ins;
      cv.lang = o.lang;
      cv.t = derivation_text(&rs, ins->id);
      if (!cv.t) {
        diag_printf(stderr, "lexgap coverage: %s has no official text in %s/%s/texts/ (see 'lexgap texts import')\n",
                ins->id, rs.dir, ins->id);
        if (o.ninstruments) status = EXIT_FAIL;
        continue;
      }
      diag_list d;
      diag_init(&d);
      int rc = compute(&cv, &d);
      print_diags(&d);
      diag_free(&d);
      if (rc != 0) status = EXIT_FAIL;
      else if (json) coverage_json(&w, &cv);
      else { if (done) printf("\n"); print_text(&cv); }
      done++;
      coverage_free(&cv);
    }
    if (status == EXIT_OK && !done) {
      diag_printf(stderr, "lexgap coverage: no rule pack has official texts\n");
      status = EXIT_FAIL;
    }
    if (json && status == EXIT_OK) {
      jw_end(&w);
      jw_end(&w);
      sb_putc(&out, '\n');
      if (jw_flush(&out, stdout) != 0) status = EXIT_FAIL;
    }
    sb_free(&out);
    if (problems)
      diag_printf(stderr, "lexgap coverage: %d invalid rule%s not counted\n", problems, problems == 1 ? "" : "s");
  }
  ruleset_free(&rs, sb);
  sandbox_free(sb);
  return status;
}

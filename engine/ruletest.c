/*
 * ruletest.c -- run the rule packs' test cases.
 */
#include "ruletest.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate.h"
#include "profile.h"

enum { SEEN_MET = 1, SEEN_SHORT = 2, SEEN_UNKNOWN = 4 };

typedef struct {
  lx_sandbox *sb;
  const lx_ruleset *rs;
  FILE *out;
  int verbose;
  int passed, failed;
  unsigned char *seen;     /* per rule: which statuses some case expects */
  char **untranslated;     /* per rule: the first untranslated text seen, or NULL */
} runner;

/* A rule's own words must exist in English and in French: an explanation or
** option label that reads the same in both was not translated.  (Texts the
** profile supplies, such as `missing` items, are the analyst's and exempt.) */
static void note_translation(runner *r, size_t i, const lx_finding *f) {
  if (r->untranslated[i] || f->status == LX_ERROR || f->status == LX_NOT_APPLICABLE) return;
  const char *what = NULL;
  if (!f->explanation.en || !f->explanation.fr || !*f->explanation.fr) what = "explanation without French";
  else if (!strcmp(f->explanation.en, f->explanation.fr)) what = f->explanation.en;
  else if (f->option.en && f->option.fr && !strcmp(f->option.en, f->option.fr) && strlen(f->option.en) > 3) what = f->option.en;
  if (what) r->untranslated[i] = strdup(what);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static const char *const case_keys[] = { "name", "as_of", "prospective", "profile", "adding", "expect", "note", NULL };

/* The keys of an expectation written as a table.  explains* name texts the
** finding's explanation must (or, *_not, must not) contain, in English or
** (*_fr) in French. */
static const char *const expect_keys[] = { "status", "option", "explains", "explains_fr", "explains_not",
                                           "explains_not_fr", NULL };

/* What a value is, for a message: "a number", "true or false"... */
static const char *kind_phrase(data_kind kind) {
  switch (kind) {
    case DATA_BOOLEAN: return "true or false";
    case DATA_INTEGER: case DATA_NUMBER: return "a number";
    case DATA_TABLE: return "a table";
    case DATA_STRING: return "a text";
    default: return "nil";
  }
}

/* The value of an explains key: a text, or a list of texts, none empty.
** Returns 0, or -1 after reporting what is wrong with it (the case, the
** line, the obligation and the key). */
static int check_texts_value(runner *r, const char *label, const char *id, const data_field *k) {
  const data_value *v = k->value;
  const char *why = NULL;
  char item[32] = "";
  if (v->kind == DATA_STRING) {
    if (v->u.string.len == 0) why = "the text is empty";
    else if (strlen(v->u.string.s) != v->u.string.len) why = "the text holds a NUL byte";
  } else if (v->kind == DATA_TABLE) {
    size_t n = data_len(v);
    if (n == 0 || n != v->u.table.n)
      why = v->u.table.n == 0 ? "the list is empty" : "expected a text or a list of texts, not a table with named fields";
    for (size_t i = 1; !why && i <= n; i++) {
      const data_value *e = data_at(v, (long long)i);
      snprintf(item, sizeof item, "[%zu]", i);
      if (e->kind != DATA_STRING) {
        diag_printf(r->out, "FAIL %s: line %d: %s: %s%s: expected a text, not %s\n", label, e->line, id, k->key, item,
                    kind_phrase(e->kind));
        return -1;
      }
      if (e->u.string.len == 0) why = "the text is empty";
      else if (strlen(e->u.string.s) != e->u.string.len) why = "the text holds a NUL byte";
      if (why) {
        diag_printf(r->out, "FAIL %s: line %d: %s: %s%s: %s\n", label, e->line, id, k->key, item, why);
        return -1;
      }
    }
  } else {
    diag_printf(r->out, "FAIL %s: line %d: %s: %s: expected a text or a list of texts, not %s\n", label, k->line, id,
                k->key, kind_phrase(v->kind));
    return -1;
  }
  if (!why) return 0;
  diag_printf(r->out, "FAIL %s: line %d: %s: %s: %s\n", label, k->line, id, k->key, why);
  return -1;
}

/* An expectation written as a table: only the keys above, explains* well
** formed.  Returns 0, or -1 after reporting the first problem. */
static int check_expectation(runner *r, const char *label, const char *id, const data_value *e) {
  for (size_t i = 0; i < e->u.table.n; i++) {
    const data_field *k = &e->u.table.fields[i];
    int known = 0;
    for (int j = 0; k->key && expect_keys[j]; j++) if (strcmp(k->key, expect_keys[j]) == 0) known = 1;
    if (!known) {
      diag_printf(r->out, "FAIL %s: line %d: %s: unknown key '%s' in the expectation (status, option, explains, "
                  "explains_fr, explains_not, explains_not_fr)\n", label, k->line, id, k->key ? k->key : "(list item)");
      return -1;
    }
    if (strncmp(k->key, "explains", 8) == 0 && check_texts_value(r, label, id, k) != 0) return -1;
    if ((strcmp(k->key, "status") == 0 || strcmp(k->key, "option") == 0) && k->value->kind != DATA_STRING) {
      diag_printf(r->out, "FAIL %s: line %d: %s: %s: expected a text, not %s\n", label, k->line, id, k->key,
                  kind_phrase(k->value->kind));
      return -1;
    }
  }
  if (!data_get(e, "status")) {
    diag_printf(r->out, "FAIL %s: line %d: %s: the expectation has no status\n", label, e->line, id);
    return -1;
  }
  return 0;
}

/* The finding's explanation against one explains key (already checked
** well formed): each of its texts must appear in the explanation (want 1)
** or must not (want 0), as written (no patterns).  Returns the number of
** texts that failed, each reported with the explanation quoted. */
static int check_explains(runner *r, const char *label, int line, const char *id, const lx_finding *f,
                          const data_field *k) {
  int fr = strcmp(k->key + strlen(k->key) - 3, "_fr") == 0;
  int want = strncmp(k->key, "explains_not", 12) != 0;
  const char *lang = fr ? "French" : "English";
  const char *have = fr ? f->explanation.fr : f->explanation.en;
  const data_value *v = k->value;
  size_t n = v->kind == DATA_STRING ? 1 : data_len(v);
  int bad = 0;
  for (size_t i = 1; i <= n; i++) {
    const char *text = v->kind == DATA_STRING ? v->u.string.s : data_str(data_at(v, (long long)i));
    if (!have && !want) continue;                   /* no explanation holds no forbidden words */
    if (!have) {
      diag_printf(r->out, "FAIL %s: line %d: %s: %s: the finding (%s) has no %s explanation to look for \"%s\" in\n",
                  label, line, id, k->key, lx_status_name(f->status), lang, text);
      return 1;
    }
    if ((strstr(have, text) != NULL) == want) continue;
    /* "%.*s": quoted whole, however long (a plain %s would be shortened in
    ** the middle, where the words looked for may be) */
    diag_printf(r->out, "FAIL %s: line %d: %s: %s: the %s explanation %s \"%.*s\"\n     explanation: %.*s\n", label,
                line, id, k->key, lang, want ? "does not contain" : "contains", (int)strlen(text), text,
                (int)strlen(have), have);
    bad++;
  }
  return bad;
}

/* Where a status stands in the order a true fact may only raise:
** not_met < partly_met < met.  0 for the statuses outside it: unknown (not
** settled: any finding may follow), not_applicable (a condition of the text;
** a new fact may trigger or untrigger it) and error. */
static int settled_rank(lx_status s) {
  return s == LX_NOT_MET ? 1 : s == LX_PARTLY_MET ? 2 : s == LX_MET ? 3 : 0;
}

/* A case with `adding`: the fact it adds is true, so no finding may get
** worse.  Compares every finding of `before` (the case's profile) with
** `after` (the same plus the fact): a settled finding must not fall in the
** order above nor become unknown, and no finding may become an error.
** Returns the number of findings that got worse, each reported. */
static int check_monotone(runner *r, const char *label, const lx_assessment *before, const lx_assessment *after) {
  int worse = 0;
  for (size_t i = 0; i < before->n && i < after->n; i++) {
    lx_status b = before->findings[i].status, a = after->findings[i].status;
    int rb = settled_rank(b), ra = settled_rank(a);
    int bad = (a == LX_ERROR && b != LX_ERROR) || (rb > 0 && a == LX_UNKNOWN) || (rb > 0 && ra > 0 && ra < rb);
    if (!bad) continue;
    diag_printf(r->out, "FAIL %s: adding a true fact lowers %s from %s to %s\n", label, r->rs->rules[i].id,
            lx_status_name(b), lx_status_name(a));
    if (after->findings[i].explanation.en) diag_printf(r->out, "     now: %s\n", after->findings[i].explanation.en);
    worse++;
  }
  return worse;
}

/* Merge `fragment` (may be NULL) onto `base`, validate and assess it at
** as_of (NULL: the profile's date), as if bound when as_if_bound (a case's
** prospective = true: a treaty not yet in force).  Returns 0 with p and a filled (the
** caller frees both), or -1 after reporting why. */
static int assess_fragment(runner *r, const char *label, const char *file, const data_value *base,
                           const data_value *fragment, const char *as_of, int as_if_bound, lx_profile *p,
                           lx_assessment *a) {
  data_value *merged = fragment ? data_merge(base, fragment) : data_clone(base);
  diag_list diags;
  diag_init(&diags);
  if (!merged || profile_from_data(p, file, merged, r->rs->schema, &diags) != 0) {
    diag_printf(r->out, "FAIL %s: the profile fragment is invalid:\n", label);
    diag_print(&diags, r->out);
    diag_free(&diags);
    return -1;
  }
  diag_free(&diags);
  if (evaluate(a, r->sb, r->rs, p, as_of ? as_of : p->describes, as_if_bound) != 0) {
    diag_printf(r->out, "FAIL %s: out of memory\n", label);
    profile_free(p);
    return -1;
  }
  return 0;
}

/* Check one case; returns 1 if it passed.  Messages go to r->out. */
static int run_case(runner *r, const char *file, const data_value *base, const data_value *c) {
  const char *name = data_str(data_get(c, "name"));
  char label[512];
  snprintf(label, sizeof label, "%s:%d: case '%s'", file, c->line, name ? name : "(unnamed)");
  if (c->kind != DATA_TABLE || !name) {
    diag_printf(r->out, "FAIL %s: a case needs name, profile and expect\n", label);
    return 0;
  }
  for (size_t i = 0; i < c->u.table.n; i++) {
    const char *k = c->u.table.fields[i].key;
    int ok = 0;
    for (int j = 0; k && case_keys[j]; j++) if (strcmp(k, case_keys[j]) == 0) ok = 1;
    if (!ok) { diag_printf(r->out, "FAIL %s: unknown key '%s' in the case\n", label, k ? k : "(list item)"); return 0; }
  }
  const data_value *prospective = data_get(c, "prospective");
  if (prospective && prospective->kind != DATA_BOOLEAN) {
    diag_printf(r->out, "FAIL %s: line %d: prospective: write true or false\n", label, prospective->line);
    return 0;
  }
  const data_value *fragment = data_get(c, "profile");
  const data_value *expect = data_get(c, "expect");
  if (!expect || expect->kind != DATA_TABLE || expect->u.table.n == 0) {
    diag_printf(r->out, "FAIL %s: the case expects nothing\n", label);
    return 0;
  }
  const char *as_of = data_str(data_get(c, "as_of"));
  const data_value *adding = data_get(c, "adding");
  lx_profile p;
  lx_assessment a;
  int ok = 1;
  /* prospective = true: assessed as if bound (a treaty not yet in force) */
  int as_if_bound = prospective && prospective->u.boolean;
  if (assess_fragment(r, label, file, base, fragment, as_of, as_if_bound, &p, &a) != 0) return 0;
  if (adding) {
    /* the expectations are about the profile with the fact added */
    data_value *with = fragment ? data_merge(base, fragment) : data_clone(base);
    lx_profile p2;
    lx_assessment a2;
    int rc = with ? assess_fragment(r, label, file, with, adding, as_of, as_if_bound, &p2, &a2) : -1;
    data_free(with);
    if (rc != 0) { assessment_free(&a); profile_free(&p); return 0; }
    if (check_monotone(r, label, &a, &a2) > 0) ok = 0;
    assessment_free(&a); profile_free(&p);
    a = a2; p = p2;
    a.profile = &p;
  }
  for (size_t i = 0; i < a.n; i++) note_translation(r, i, &a.findings[i]);
  for (size_t i = 0; i < expect->u.table.n; i++) {
    const data_field *e = &expect->u.table.fields[i];
    const char *id = e->key;
    int idx = id ? ruleset_find(r->rs, id) : -1;
    if (idx < 0) {
      diag_printf(r->out, "FAIL %s: line %d: no obligation '%s' is loaded\n", label, e->line, id ? id : "(list item)");
      ok = 0;
      continue;
    }
    const char *want = data_str(e->value);
    const char *want_option = NULL;
    if (!want && e->value->kind != DATA_TABLE) {
      diag_printf(r->out, "FAIL %s: line %d: %s: expected a status text or a table, not %s\n", label, e->line, id,
                  kind_phrase(e->value->kind));
      ok = 0;
      continue;
    }
    if (!want) {
      if (check_expectation(r, label, id, e->value) != 0) { ok = 0; continue; }
      want = data_str(data_get(e->value, "status"));
      want_option = data_str(data_get(e->value, "option"));
    }
    int ws = lx_status_parse(want);
    if (ws < 0) {
      diag_printf(r->out, "FAIL %s: line %d: '%s' is not a status\n", label, e->line, want ? want : "?");
      ok = 0;
      continue;
    }
    const lx_finding *f = &a.findings[idx];
    if (ws == LX_MET) r->seen[idx] |= SEEN_MET;
    if (ws == LX_NOT_MET || ws == LX_PARTLY_MET) r->seen[idx] |= SEEN_SHORT;
    if (ws == LX_UNKNOWN) r->seen[idx] |= SEEN_UNKNOWN;
    const char *got_option = f->option_id ? f->option_id : f->option.en;
    if ((int)f->status != ws || (want_option && (!got_option || strcmp(want_option, got_option) != 0))) {
      diag_printf(r->out, "FAIL %s: line %d: %s: expected %s%s%s%s, got %s%s%s%s\n", label, e->line, id,
              want, want_option ? " (option " : "", want_option ? want_option : "", want_option ? ")" : "",
              lx_status_name(f->status), got_option ? " (option " : "", got_option ? got_option : "", got_option ? ")" : "");
      if (f->status == LX_ERROR)
        diag_printf(r->out, "     %s:%d: %s\n", f->error_file ? f->error_file : "?", f->error_line, f->error_message ? f->error_message : "");
      else if (f->explanation.en)
        diag_printf(r->out, "     because: %s\n", f->explanation.en);
      ok = 0;
    }
    /* what the explanation says: checked whatever the status, so that a
    ** wrong status and missing words are both reported */
    for (size_t k = 0; e->value->kind == DATA_TABLE && k < e->value->u.table.n; k++) {
      const data_field *x = &e->value->u.table.fields[k];
      if (strncmp(x->key, "explains", 8) == 0 && check_explains(r, label, x->line, id, f, x) > 0) ok = 0;
    }
  }
  assessment_free(&a);
  profile_free(&p);
  if (ok && r->verbose) diag_printf(r->out, "ok   %s\n", label);
  return ok;
}

static void run_file(runner *r, const char *path, const data_value *base) {
  data_error err;
  data_value *cases = data_parse_file(path, &err);
  if (!cases) {
    diag_printf(r->out, "FAIL %s:%d: %s\n", path, err.line, err.message);
    r->failed++;
    return;
  }
  if (cases->kind != DATA_TABLE || data_len(cases) == 0) {
    diag_printf(r->out, "FAIL %s: expected a list of test cases\n", path);
    r->failed++;
  }
  for (size_t i = 1; i <= data_len(cases); i++) {
    if (run_case(r, path, base, data_at(cases, (long long)i))) r->passed++;
    else r->failed++;
  }
  data_free(cases);
}

static void run_pack(runner *r, const lx_instrument *ins) {
  char dir[4096], path[4400];
  snprintf(dir, sizeof dir, "%s/%s/tests", r->rs->dir, ins->id);
  snprintf(path, sizeof path, "%s/base.lua", dir);
  data_error err;
  data_value *base = data_parse_file(path, &err);
  if (!base) {
    diag_printf(r->out, "FAIL %s:%d: %s (every pack needs tests/base.lua)\n", path, err.line, err.message);
    r->failed++;
    return;
  }
  /* The base is validated on its own first, so that its problems name
  ** base.lua rather than the first case file merged onto it. */
  {
    diag_list diags;
    lx_profile p;
    diag_init(&diags);
    data_value *copy = data_clone(base);
    if (!copy || profile_from_data(&p, path, copy, r->rs->schema, &diags) != 0) {
      diag_printf(r->out, "FAIL %s: the base profile of the pack's tests is invalid:\n", path);
      diag_print(&diags, r->out);
      diag_free(&diags);
      data_free(base);
      r->failed++;
      return;
    }
    profile_free(&p);
    diag_free(&diags);
  }
  DIR *d = opendir(dir);
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while (d && (e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".lua") != 0 || strcmp(e->d_name, "base.lua") == 0) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      char **nn = realloc(names, cap * sizeof *nn);
      if (!nn) break;
      names = nn;
    }
    if ((names[n] = strdup(e->d_name))) n++;
  }
  if (d) closedir(d);
  if (names) qsort(names, n, sizeof *names, cmp_names);
  for (size_t i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    run_file(r, path, base);
    free(names[i]);
  }
  free(names);
  data_free(base);
}

int ruletest_run(lx_sandbox *sb, const lx_ruleset *rs, int verbose, FILE *out) {
  runner r = { sb, rs, out, verbose, 0, 0, calloc(rs->n + 1, 1), calloc(rs->n + 1, sizeof(char *)) };
  if (!r.seen || !r.untranslated) {
    free(r.seen); free(r.untranslated);
    fprintf(out, "out of memory\n0 passed, 1 failed\n");
    return -1;
  }
  for (size_t i = 0; i < rs->ninstruments; i++) run_pack(&r, &rs->instruments[i]);
  /* every valid rule must be exercised for met, a shortfall and unknown */
  for (size_t i = 0; i < rs->n; i++) {
    const lx_rule *rule = &rs->rules[i];
    if (rule->invalid) {
      diag_printf(out, "FAIL %s\n", rule->invalid);
      r.failed++;
      continue;
    }
    const char *lack[3];
    int nlack = 0;
    if (!(r.seen[i] & SEEN_MET)) lack[nlack++] = "met";
    if (!(r.seen[i] & SEEN_SHORT)) lack[nlack++] = "not_met or partly_met";
    if (!(r.seen[i] & SEEN_UNKNOWN)) lack[nlack++] = "unknown";
    /* the provision's words in every language the instrument requires */
    const lx_instrument *ins = ruleset_instrument(rs, rule->instrument);
    const data_value *langs = ins && ins->raw ? data_get(ins->raw, "text_languages") : NULL;
    for (size_t k = 1; langs && k <= data_len(langs); k++) {
      const char *lang = data_str(data_at(langs, (long long)k));
      const char *have = !lang ? "" : !strcmp(lang, "en") ? rule->text.en : !strcmp(lang, "fr") ? rule->text.fr
                       : !strcmp(lang, "es") ? rule->text.es : "";
      if (!have) {
        diag_printf(out, "FAIL %s:%d: obligation %s: `text` lacks the %s text of the provision\n", rule->file, rule->line, rule->id, lang);
        nlack = -1;
      }
    }
    if (r.untranslated[i]) {
      diag_printf(out, "FAIL %s:%d: obligation %s: a finding is not translated (en and fr read the same): \"%.120s\"\n",
              rule->file, rule->line, rule->id, r.untranslated[i]);
      nlack = -1;
    }
    if (nlack < 0) {
      r.failed++;
    } else if (nlack) {
      diag_printf(out, "FAIL %s:%d: obligation %s has no test case expecting %s%s%s%s%s\n", rule->file, rule->line, rule->id,
              lack[0], nlack > 1 ? ", " : "", nlack > 1 ? lack[1] : "", nlack > 2 ? ", " : "", nlack > 2 ? lack[2] : "");
      r.failed++;
    } else {
      r.passed++;
    }
  }
  free(r.seen);
  for (size_t i = 0; i < rs->n; i++) free(r.untranslated[i]);
  free(r.untranslated);
  fprintf(out, "%d passed, %d failed\n", r.passed, r.failed);
  return r.failed ? -1 : 0;
}

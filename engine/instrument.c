/*
 * instrument.c -- check an instrument descriptor (instrument.h).
 */
#include "instrument.h"

#include <string.h>

#include "date.h"
#include "lx.h"
#include "schema.h"

/* The fields of instrument.lua, as the engine reads them (docs/rules.md,
** "Adding an instrument").  A new field is one line here and one row there. */
typedef enum { IF_ID, IF_TEXT, IF_LANGUAGES, IF_KIND, IF_DATE, IF_INTEGER, IF_CLUSTERS, IF_STRINGS, IF_STRING,
               IF_DEADLINES, IF_NOT_BOUND, IF_REFS } field_type;
static const struct { const char *name; field_type type; int required; } instrument_fields[] = {
  { "id", IF_ID, 1 },                    /* the folder name */
  { "title", IF_TEXT, 1 },               /* { en = ..., fr = ..., es = ... } */
  { "short", IF_TEXT, 0 },               /* "UNTOC": how references are displayed */
  { "text_languages", IF_LANGUAGES, 0 }, /* every rule quotes its provision in these */
  { "official_languages", IF_LANGUAGES, 0 }, /* authentic texts; any other language is an unofficial translation */
  { "kind", IF_KIND, 1 },                /* treaty, eu_directive, soft_law */
  { "adopted", IF_DATE, 0 },             /* informational */
  { "in_force", IF_DATE, 0 },            /* general entry into force; absent: not in force */
  { "days_after_deposit", IF_INTEGER, 0 },   /* treaty: in force for a State N days after its deposit */
  { "denunciation_years", IF_INTEGER, 0 },   /* treaty: a denunciation takes effect after N years (default 1) */
  { "clusters", IF_CLUSTERS, 0 },        /* review clusters: { { en = ..., fr = ... }, ... } */
  { "official_languages", IF_LANGUAGES, 0 }, /* the authentic texts here; other languages are unofficial translations */
  { "deadline", IF_DATE, 0 },            /* EU directive: transposition deadline */
  { "deadlines", IF_DEADLINES, 0 },      /* EU directive: { ["id:12.2"] = "YYYY-MM-DD" }, provisions due on another date */
  { "not_bound", IF_NOT_BOUND, 0 },      /* EU directive: member States that do not take part: "DNK" or { code = "DNK", reason = { en, fr } } */
  { "open_to_reservation", IF_REFS, 0 }, /* treaty: provisions a reservation the treaty provides for may exclude */
  { "limited_by_reservation", IF_REFS, 0 }, /* treaty: provisions such a reservation only limits: not switched off, their rules read it */
  { "url", IF_STRING, 0 },               /* informational */
  { "note", IF_STRING, 0 },              /* informational */
};
#define NINSTRUMENT_FIELDS ((int)(sizeof instrument_fields / sizeof instrument_fields[0]))

static int is_language(const char *k) {
  return k && (!strcmp(k, "en") || !strcmp(k, "fr") || !strcmp(k, "es"));
}

/* Check one field of instrument.lua against its type; problems to diags.
** Returns the number of problems. */
static int check_instrument_field(const data_field *f, field_type type, const char *id, const char *path,
                                  diag_list *diags) {
  const data_value *v = f->value;
  const char *k = f->key;
  long days;
  switch (type) {
    case IF_ID:
      if (!data_str(v) || strcmp(data_str(v), id) != 0) {
        diag_add(diags, path, f->line, k, "the instrument id must be \"%s\" (its folder name)", id);
        return 1;
      }
      return 0;
    case IF_STRING:
      if (data_str(v)) return 0;
      diag_add(diags, path, f->line, k, "expected a string, found a %s", data_kind_name(v->kind));
      return 1;
    case IF_KIND: {
      const char *s = data_str(v);
      if (s && (!strcmp(s, "treaty") || !strcmp(s, "eu_directive") || !strcmp(s, "soft_law"))) return 0;
      diag_add(diags, path, f->line, k, "kind must be \"treaty\", \"eu_directive\" or \"soft_law\"");
      return 1;
    }
    case IF_DATE:
      if (data_str(v) && date_parse(data_str(v), &days) == 0) return 0;
      diag_add(diags, path, f->line, k, "expected a date \"YYYY-MM-DD\"");
      return 1;
    case IF_INTEGER:
      if (v->kind == DATA_INTEGER && v->u.integer >= 0 && v->u.integer <= 100000) return 0;
      diag_add(diags, path, f->line, k, "expected a whole number of zero or more");
      return 1;
    case IF_TEXT:
    case IF_CLUSTERS: {
      /* a text is { en = ..., fr = ... }; clusters a list of texts */
      int problems = 0, list = type == IF_CLUSTERS;
      if (v->kind != DATA_TABLE || (list && data_len(v) != v->u.table.n) || (!list && data_len(v) != 0)) {
        diag_add(diags, path, f->line, k, list ? "expected a list of titles { { en = ..., fr = ... }, ... }"
                                               : "expected a text { en = ..., fr = ..., es = ... }");
        return 1;
      }
      for (size_t i = 0; i < v->u.table.n; i++) {
        const data_value *t = list ? v->u.table.fields[i].value : v;
        for (size_t j = 0; t->kind == DATA_TABLE && j < t->u.table.n; j++) {
          const data_field *lf = &t->u.table.fields[j];
          if (!is_language(lf->key) || !data_str(lf->value) || !*data_str(lf->value)) {
            diag_add(diags, path, lf->line, k, "each text is { en = \"...\", fr = \"...\", es = \"...\" }: languages en, fr, es, non-empty strings");
            problems++;
          }
        }
        if (t->kind != DATA_TABLE || t->u.table.n == 0) {
          diag_add(diags, path, t->line, k, "expected a text { en = ..., fr = ... }");
          problems++;
        }
        if (!list) break;
      }
      return problems;
    }
    case IF_DEADLINES: {
      /* { ["<id>:12.2"] = "YYYY-MM-DD", ... }: provisions of this instrument */
      int problems = 0;
      size_t n = strlen(id);
      if (v->kind != DATA_TABLE || data_len(v) != 0) {
        diag_add(diags, path, f->line, k, "expected { [\"%s:12.2\"] = \"YYYY-MM-DD\", ... }", id);
        return 1;
      }
      for (size_t i = 0; i < v->u.table.n; i++) {
        const data_field *d = &v->u.table.fields[i];
        if (!d->key || strncmp(d->key, id, n) != 0 || d->key[n] != ':') {
          diag_add(diags, path, d->line, k, "'%s' is not a provision of \"%s\" (e.g. \"%s:12.2\")", d->key ? d->key : "?", id, id);
          problems++;
        } else if (!data_str(d->value) || date_parse(data_str(d->value), &days) != 0) {
          diag_add(diags, path, d->line, k, "the deadline of %s must be a date \"YYYY-MM-DD\"", d->key);
          problems++;
        }
      }
      return problems;
    }
    case IF_NOT_BOUND: {
      /* a list of State codes, or of { code = "DNK", reason = { en = ..., fr = ... } } */
      int problems = 0;
      if (v->kind != DATA_TABLE || data_len(v) != v->u.table.n) {
        diag_add(diags, path, f->line, k, "expected a list { \"DNK\", { code = \"IRL\", reason = { en = ..., fr = ... } }, ... }");
        return 1;
      }
      for (size_t i = 1; i <= data_len(v); i++) {
        const data_value *e = data_at(v, (long long)i);
        if (data_str(e)) continue;
        const data_value *reason = data_get(e, "reason");
        if (e->kind != DATA_TABLE || !data_str(data_get(e, "code")) ||
            (reason && (reason->kind != DATA_TABLE || !data_str(data_get(reason, "en")) || !data_str(data_get(reason, "fr"))))) {
          diag_add(diags, path, e->line, k, "each entry is a State code or { code = \"DNK\", reason = { en = \"...\", fr = \"...\" } }");
          problems++;
        }
      }
      return problems;
    }
    case IF_REFS:
    case IF_LANGUAGES:
    case IF_STRINGS: {
      int problems = 0;
      if (v->kind != DATA_TABLE || data_len(v) != v->u.table.n) {
        diag_add(diags, path, f->line, k, "expected a list of strings { \"...\", ... }");
        return 1;
      }
      for (size_t i = 1; i <= data_len(v); i++) {
        const char *s = data_str(data_at(v, (long long)i));
        size_t n = strlen(id);
        if (s && type == IF_REFS && (!schema_is_ref(s) || strncmp(s, id, n) != 0 || s[n] != ':')) {
          diag_add(diags, path, data_at(v, (long long)i)->line, k,
                   "expected canonical references to provisions of \"%s\" (e.g. \"%s:11.1\")", id, id);
          problems++;
        } else if (!s || (type == IF_LANGUAGES && !is_language(s))) {
          diag_add(diags, path, data_at(v, (long long)i)->line, k,
                   type == IF_LANGUAGES ? "languages are \"en\", \"fr\" and \"es\"" : "expected a string");
          problems++;
        }
      }
      return problems;
    }
  }
  return 0;
}

int instrument_check(const data_value *v, const char *id, const char *path, diag_list *diags) {
  const char *names[NINSTRUMENT_FIELDS];
  int problems = 0;
  if (v->kind != DATA_TABLE) {
    diag_add(diags, path, v->line, NULL, "an instrument descriptor is a table: return { id = \"%s\", title = ..., kind = ... }", id);
    return 1;
  }
  for (int i = 0; i < NINSTRUMENT_FIELDS; i++) names[i] = instrument_fields[i].name;
  for (size_t i = 0; i < v->u.table.n; i++) {
    const data_field *f = &v->u.table.fields[i];
    int known = -1;
    for (int j = 0; f->key && j < NINSTRUMENT_FIELDS; j++) if (!strcmp(f->key, names[j])) known = j;
    if (known < 0) {
      const char *hint = f->key ? lx_suggest(f->key, names, NINSTRUMENT_FIELDS) : NULL;
      diag_add(diags, path, f->line, f->key, "unknown field '%s'%s%s%s (the fields are described in docs/rules.md, \"Adding an instrument\")",
               f->key ? f->key : "(list item)", hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
      problems++;
      continue;
    }
    problems += check_instrument_field(f, instrument_fields[known].type, id, path, diags);
  }
  for (int j = 0; j < NINSTRUMENT_FIELDS; j++) {
    if (instrument_fields[j].required && !data_get(v, names[j])) {
      diag_add(diags, path, v->line, names[j], "missing required field '%s'%s", names[j],
               !strcmp(names[j], "id") ? " (the folder name)" : !strcmp(names[j], "kind") ? " (\"treaty\", \"eu_directive\" or \"soft_law\")"
               : " ({ en = ..., fr = ... })");
      problems++;
    }
  }
  return problems;
}

/*
 * caveats.c -- warnings about an assessment's reliability (caveats.h).
 */
#include "caveats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "lx.h"

typedef struct {
  lx_caveat *items;
  size_t n;
  int oom;
} caveat_list;

/* Append a caveat with its English and French words. */
static void add(caveat_list *l, const char *code, const char *en, const char *fr) {
  if (l->oom) return;
  lx_caveat *grown = realloc(l->items, (l->n + 1) * sizeof *grown);
  if (!grown) { l->oom = 1; return; }
  l->items = grown;
  lx_caveat *c = &l->items[l->n];
  c->code = code;
  c->text.en = strdup(en);
  c->text.fr = strdup(fr);
  c->text.es = NULL;
  l->n++;
  if (!c->text.en || !c->text.fr) l->oom = 1;
}

/* The assessment date against the date the profile describes. */
static void dates(caveat_list *l, const lx_profile *p, const char *as_of) {
  char en[600], fr[600], stale[11];
  if (!p->describes || !as_of) return;
  if (strcmp(as_of, p->describes) < 0) {
    snprintf(en, sizeof en, "The assessment date (%s) is before the date this profile describes the law (%s): "
             "facts without dates (`from`, `repealed`) are assumed to have been in force on the assessment date; "
             "check those that were not.", as_of, p->describes);
    snprintf(fr, sizeof fr, "La date d'évaluation (%s) est antérieure à la date à laquelle le profil décrit le droit (%s) : "
             "les faits sans dates (`from`, `repealed`) sont présumés en vigueur à la date d'évaluation ; "
             "vérifier ceux qui ne l'étaient pas.", as_of, p->describes);
    add(l, "as_of_before", en, fr);
  } else if (date_add_years(p->describes, CAVEAT_STALE_YEARS, stale) == 0 && strcmp(as_of, stale) > 0) {
    snprintf(en, sizeof en, "The assessment date (%s) is more than a year after the date this profile describes the law (%s): "
             "national law may have changed since; the findings read the law as the profile states it.", as_of, p->describes);
    snprintf(fr, sizeof fr, "La date d'évaluation (%s) est postérieure de plus d'un an à la date à laquelle le profil décrit le droit (%s) : "
             "le droit national a pu changer depuis ; les constats lisent le droit tel que le profil le décrit.", as_of, p->describes);
    add(l, "as_of_long_after", en, fr);
  }
}

/* Does s contain word, ignoring ASCII case? */
static int contains_nocase(const char *s, const char *word) {
  size_t n = strlen(word);
  for (; *s; s++) {
    size_t i = 0;
    while (i < n && s[i] && (s[i] | 0x20) == (word[i] | 0x20)) i++;
    if (i == n) return 1;
  }
  return 0;
}

/* A State code or name that stands for no State: the blank profile's own
** placeholders, "Examplia" and the like, a code not shaped like ISO 3166-1
** alpha-3 (three capital letters). */
static void state(caveat_list *l, const lx_profile *p) {
  static const char *const placeholder_codes[] = { "XXX", "AAA", "ZZZ", "XYZ", "ABC", "TBD", NULL };
  static const char *const placeholder_names[] = { "Name of the State", "Nom de l'État", "exampl", "exempl", "placeholder", "TODO", NULL };
  char en[600], fr[600];
  const char *code = p->state_code ? p->state_code : "";
  const char *name = p->state_name ? p->state_name : "";
  int placeholder = 0;
  for (int i = 0; placeholder_codes[i]; i++) if (!strcmp(code, placeholder_codes[i])) placeholder = 1;
  int shaped = strlen(code) == 3;
  for (int i = 0; shaped && i < 3; i++) if (code[i] < 'A' || code[i] > 'Z') shaped = 0;
  if (placeholder) {
    snprintf(en, sizeof en, "The State code '%s' is a placeholder: give the State's ISO 3166-1 alpha-3 code (reports and the store identify the State by it).", code);
    snprintf(fr, sizeof fr, "Le code d'État '%s' est un code provisoire : indiquer le code ISO 3166-1 alpha-3 de l'État (les rapports et l'historique identifient l'État par ce code).", code);
    add(l, "placeholder_state", en, fr);
  } else if (!shaped) {
    snprintf(en, sizeof en, "The State code '%s' is not an ISO 3166-1 alpha-3 code (three capital letters, as FRA): reports and the store identify the State by it.", code);
    snprintf(fr, sizeof fr, "Le code d'État '%s' n'est pas un code ISO 3166-1 alpha-3 (trois majuscules, comme FRA) : les rapports et l'historique identifient l'État par ce code.", code);
    add(l, "placeholder_state", en, fr);
  }
  for (int i = 0; placeholder_names[i]; i++) {
    if (!contains_nocase(name, placeholder_names[i])) continue;
    snprintf(en, sizeof en, "The State's name '%s' is a placeholder, not the name of a State.", name);
    snprintf(fr, sizeof fr, "Le nom de l'État '%s' est provisoire, ce n'est pas le nom d'un État.", name);
    add(l, "placeholder_state", en, fr);
    break;
  }
}

/* One instrument the profile names: warned about once, when no pack of the
** rules directory is for it. */
static void instrument_named(caveat_list *l, const lx_ruleset *rs, const char *id, char *seen, size_t seen_size) {
  char mark[80];
  if (!id) return;
  for (size_t i = 0; i < rs->npacks; i++) if (!strcmp(rs->packs[i], id)) return;
  snprintf(mark, sizeof mark, "|%s|", id);
  if (strstr(seen, mark)) return;
  if (strlen(seen) + strlen(mark) < seen_size) strcat(seen, mark);
  const char *hint = lx_suggest(id, (const char *const *)rs->packs, (int)rs->npacks);
  char list[400] = "", en[900], fr[900];
  size_t len = 0;
  for (size_t i = 0; i < rs->npacks && len < sizeof list; i++)
    len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "", rs->packs[i]);
  snprintf(en, sizeof en, "The profile states facts for the instrument '%s', for which no rule pack is present%s%s%s: they are not assessed (instruments with a pack: %s).",
           id, hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "", list[0] ? list : "none");
  snprintf(fr, sizeof fr, "Le profil indique des faits pour l'instrument '%s', qu'aucun jeu de règles ne couvre%s%s%s : ils ne sont pas évalués (instruments couverts : %s).",
           id, hint ? " (vouliez-vous dire '" : "", hint ? hint : "", hint ? "' ?)" : "", list[0] ? list : "aucun");
  add(l, "instrument_without_pack", en, fr);
}

/* Instruments named by party status and reservations.  A rule set rebuilt
** from the store knows no packs: its instruments stand for them. */
static void instruments(caveat_list *l, const lx_ruleset *rs, const lx_profile *p) {
  char seen[2048] = "";
  lx_ruleset known = *rs;
  char *ids[64];
  if (rs->npacks == 0) {
    known.npacks = 0;
    for (size_t i = 0; i < rs->ninstruments && i < 64; i++) ids[known.npacks++] = rs->instruments[i].id;
    known.packs = ids;
  }
  rs = &known;
  const data_value *parties = data_get(p->data, "parties");
  for (size_t i = 0; parties && parties->kind == DATA_TABLE && i < parties->u.table.n; i++)
    instrument_named(l, rs, parties->u.table.fields[i].key, seen, sizeof seen);
  const data_value *res = data_get(p->data, "reservations");
  for (size_t i = 1; i <= data_len(res); i++)
    instrument_named(l, rs, data_str(data_get(data_at(res, (long long)i), "instrument")), seen, sizeof seen);
}

int caveats_collect(const lx_ruleset *rs, const lx_profile *p, const char *as_of, lx_caveat **out, size_t *n) {
  caveat_list l = { NULL, 0, 0 };
  dates(&l, p, as_of);
  state(&l, p);
  instruments(&l, rs, p);
  if (l.oom) {
    caveats_free(l.items, l.n);
    *out = NULL;
    *n = 0;
    return -1;
  }
  *out = l.items;
  *n = l.n;
  return 0;
}

void caveats_free(lx_caveat *c, size_t n) {
  for (size_t i = 0; c && i < n; i++) { free(c[i].text.en); free(c[i].text.fr); free(c[i].text.es); }
  free(c);
}

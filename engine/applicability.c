/*
 * applicability.c -- party status, entry into force, denunciation, EU
 * participation and reservations at the as-of date.
 */
#include "applicability.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

static void say(binding *out, binding_kind kind, const char *en, const char *fr) {
  out->kind = kind;
  snprintf(out->reason_en, sizeof out->reason_en, "%s", en);
  snprintf(out->reason_fr, sizeof out->reason_fr, "%s", fr);
}

/* The French name of an instrument with its article, as French writes it
** ("la CTO", "le Protocole..."), from the gender of the first word of its
** French title; cap: at the start of a sentence ("La CTO"). */
static void nom_fr(const lx_instrument *ins, int cap, char *out, size_t size) {
  static const char *const feminine[] = { "Convention", "Directive", "directive", "Décision", "décision", NULL };
  static const char *const masculine[] = { "Protocole", "protocole", "Règlement", "règlement", "Accord", "Pacte", NULL };
  const char *nom = ins->short_name.fr ? ins->short_name.fr : ins->short_name.en ? ins->short_name.en : ins->id;
  const char *title = ins->title.fr ? ins->title.fr : "";
  const char *article = "";
  for (int i = 0; feminine[i]; i++)
    if (strncmp(title, feminine[i], strlen(feminine[i])) == 0) article = cap ? "La " : "la ";
  for (int i = 0; masculine[i]; i++)
    if (strncmp(title, masculine[i], strlen(masculine[i])) == 0) article = cap ? "Le " : "le ";
  snprintf(out, size, "%s%s", article, nom);
}

/* Treaty law: signature, deposit, entry into force for the State,
** denunciation.  The French reasons name the instrument with its article
** and write dates as French legal texts do ("29 septembre 2003"). */
static void treaty_binding(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                           binding *out) {
  const char *name = ins->short_name.en ? ins->short_name.en : ins->id;
  char nom[160], Nom[160], d1[64], d2[64];
  nom_fr(ins, 0, nom, sizeof nom);
  nom_fr(ins, 1, Nom, sizeof Nom);
  char en[400], fr[400];
  if (!ins->in_force || strcmp(as_of, ins->in_force) < 0) {
    if (ins->in_force) {
      snprintf(en, sizeof en, "%s entered into force only on %s, after the assessment date.", name, ins->in_force);
      date_words_fr(ins->in_force, d1, sizeof d1);
      snprintf(fr, sizeof fr, "%s n'est entrée en vigueur que le %s, après la date d'évaluation.", Nom, d1);
    } else {
      snprintf(en, sizeof en, "%s is not yet in force; a State can only be assessed as a prospective party.", name);
      snprintf(fr, sizeof fr, "%s n'est pas encore en vigueur\u202f; un État ne peut être évalué que comme futur État partie.", Nom);
    }
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const data_value *party = data_get(data_get(p->data, "parties"), ins->id);
  if (!party) {
    snprintf(en, sizeof en, "The profile does not record whether the State is a party to %s; its obligations are assessed as if they were binding.", name);
    snprintf(fr, sizeof fr, "Le profil n'indique pas si l'État est partie à %s\u202f; ses obligations sont évaluées comme si elles le liaient.", nom);
    say(out, PROSPECTIVE, en, fr);
    return;
  }
  const char *deposited = data_str(data_get(party, "deposited"));
  const char *signed_on = data_str(data_get(party, "signed"));
  const char *override = data_str(data_get(party, "in_force"));
  if (!deposited && !override) {
    if (signed_on) {
      snprintf(en, sizeof en, "The State signed %s on %s but has deposited no instrument of ratification, acceptance, approval or accession: signature alone does not bind it to the obligations.", name, signed_on);
      date_words_fr(signed_on, d1, sizeof d1);
      snprintf(fr, sizeof fr, "L'État a signé %s le %s mais n'a déposé aucun instrument de ratification, d'acceptation, d'approbation ou d'adhésion\u202f: la signature seule ne le lie pas.", nom, d1);
    } else {
      snprintf(en, sizeof en, "The State has neither signed nor ratified %s.", name);
      snprintf(fr, sizeof fr, "L'État n'a ni signé ni ratifié %s.", nom);
    }
    say(out, NOT_BOUND, en, fr);
    return;
  }
  char since[11];
  if (override) {
    snprintf(since, sizeof since, "%s", override);
  } else {
    date_add_days(deposited, ins->days_after_deposit, since);
    if (strcmp(since, ins->in_force) < 0) snprintf(since, sizeof since, "%s", ins->in_force);
  }
  snprintf(out->since, sizeof out->since, "%s", since);
  if (strcmp(as_of, since) < 0) {
    if (deposited && !override) {
      snprintf(en, sizeof en, "%s entered into force for the State on %s (deposit on %s, plus %d days), after the assessment date.", name, since, deposited, ins->days_after_deposit);
      date_words_fr(since, d1, sizeof d1);
      date_words_fr(deposited, d2, sizeof d2);
      snprintf(fr, sizeof fr, "%s est entrée en vigueur à l'égard de l'État le %s (dépôt le %s, plus %d jours), après la date d'évaluation.", Nom, d1, d2, ins->days_after_deposit);
    } else {
      snprintf(en, sizeof en, "%s entered into force for the State on %s, after the assessment date.", name, since);
      date_words_fr(since, d1, sizeof d1);
      snprintf(fr, sizeof fr, "%s est entrée en vigueur à l'égard de l'État le %s, après la date d'évaluation.", Nom, d1);
    }
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const char *denounced = data_str(data_get(party, "denounced"));
  if (denounced) {
    char effect[11];
    date_add_years(denounced, ins->denunciation_years, effect);
    if (strcmp(as_of, effect) >= 0) {
      snprintf(en, sizeof en, "The State denounced %s on %s; the denunciation took effect on %s.", name, denounced, effect);
      date_words_fr(denounced, d1, sizeof d1);
      date_words_fr(effect, d2, sizeof d2);
      snprintf(fr, sizeof fr, "L'État a dénoncé %s le %s\u202f; la dénonciation a pris effet le %s.", nom, d1, d2);
      say(out, NOT_BOUND, en, fr);
      return;
    }
  }
  snprintf(en, sizeof en, "The State is bound by %s since %s.", name, since);
  date_words_fr(since, d1, sizeof d1);
  snprintf(fr, sizeof fr, "L'État est lié par %s depuis le %s.", nom, d1);
  say(out, BOUND, en, fr);
}

/* EU directives bind the member States that take part, from the deadline. */
static void directive_binding(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                              binding *out) {
  const char *name = ins->short_name.en ? ins->short_name.en : ins->id;
  const char *nom = ins->short_name.fr ? ins->short_name.fr : name;
  char en[400], fr[400];
  const data_value *eu = data_get(data_get(p->data, "state"), "eu_member");
  const char *from = data_str(data_get(eu, "from"));
  const char *left = data_str(data_get(eu, "left"));
  if (!eu || !from || strcmp(as_of, from) < 0 || (left && strcmp(as_of, left) >= 0)) {
    snprintf(en, sizeof en, "The State is not a member of the European Union at the assessment date, so %s does not bind it.", name);
    snprintf(fr, sizeof fr, "L'État n'est pas membre de l'Union européenne à la date d'évaluation ; %s ne le lie donc pas.", nom);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const data_value *party = data_get(data_get(p->data, "parties"), ins->id);
  const data_value *opted = data_get(party, "opted_out");
  int out_by_recital = 0;
  for (int i = 0; i < ins->nnot_bound; i++)
    if (ins->not_bound[i] && p->state_code && strcmp(ins->not_bound[i], p->state_code) == 0) out_by_recital = 1;
  if ((opted && opted->kind == DATA_BOOLEAN && opted->u.boolean) || (out_by_recital && !(opted && opted->kind == DATA_BOOLEAN && !opted->u.boolean))) {
    snprintf(en, sizeof en, "The State does not take part in %s (see its recitals).", name);
    snprintf(fr, sizeof fr, "L'État ne participe pas à %s (voir ses considérants).", nom);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  if (ins->deadline && strcmp(as_of, ins->deadline) < 0) {
    snprintf(en, sizeof en, "The transposition deadline of %s (%s) had not been reached at the assessment date.", name, ins->deadline);
    snprintf(fr, sizeof fr, "Le délai de transposition de %s (%s) n'était pas expiré à la date d'évaluation.", nom, ins->deadline);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  snprintf(out->since, sizeof out->since, "%s", ins->deadline ? ins->deadline : from);
  snprintf(en, sizeof en, "The State is bound by %s as a member State of the European Union.", name);
  snprintf(fr, sizeof fr, "L'État est lié par %s en tant qu'État membre de l'Union européenne.", nom);
  say(out, BOUND, en, fr);
}

void applicability_instrument(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                              int prospective, binding *out) {
  memset(out, 0, sizeof *out);
  if (strcmp(ins->kind, "soft_law") == 0) {
    say(out, GOOD_PRACTICE, "Recommendations of good practice: not binding, reported for guidance.",
        "Recommandations de bonnes pratiques : non contraignantes, indiquées pour information.");
    return;
  }
  if (strcmp(ins->kind, "eu_directive") == 0) directive_binding(ins, p, as_of, out);
  else treaty_binding(ins, p, as_of, out);
  const char *kind = data_str(data_get(data_get(p->data, "state"), "kind"));
  if (out->kind != NOT_BOUND && kind && strcmp(kind, "reio") == 0 &&
      !data_get(data_get(data_get(p->data, "parties"), ins->id), "competence_provisions")) {
    size_t ne = strlen(out->reason_en), nf = strlen(out->reason_fr);
    snprintf(out->reason_en + ne, sizeof out->reason_en - ne, " Warning: the profile describes a regional economic integration "
             "organisation but does not list the provisions within its declared competence (parties.%s.competence_provisions), "
             "so every provision is assessed as if it fell within that competence.", ins->id);
    snprintf(out->reason_fr + nf, sizeof out->reason_fr - nf, " Attention : le profil décrit une organisation régionale d'intégration "
             "économique sans indiquer les dispositions relevant de sa compétence déclarée (parties.%s.competence_provisions) ; "
             "toutes les dispositions sont donc évaluées comme si elles en relevaient.", ins->id);
  }
  if (out->kind == NOT_BOUND && prospective) {
    char en[400], fr[400];
    snprintf(en, sizeof en, "Assessed as a prospective party at the user's request. %s", out->reason_en);
    snprintf(fr, sizeof fr, "Évalué comme futur État partie à la demande de l'utilisateur. %s", out->reason_fr);
    say(out, PROSPECTIVE, en, fr);
  }
}

/* Does the reserved provision `reserved` cover `ref` (equal, or an ancestor)? */
static int covers_ref(const char *reserved, const char *ref) {
  size_t n = strlen(reserved);
  return strncmp(reserved, ref, n) == 0 && (ref[n] == '\0' || ref[n] == '.');
}

static int cmp_reserved(const void *a, const void *b) {
  const reserved_provision *x = a, *y = b;
  int c = strcmp(x->instrument, y->instrument);
  if (c == 0) c = strcmp(x->provision, y->provision);
  if (c == 0) c = (x->order > y->order) - (x->order < y->order);
  return c;
}

int reservation_index_build(reservation_index *ix, const lx_profile *p, const char *as_of) {
  memset(ix, 0, sizeof *ix);
  const data_value *list = data_get(p->data, "reservations");
  size_t nres = data_len(list), cap = 0, order = 0;
  for (size_t i = 1; i <= nres; i++) cap += data_len(data_get(data_at(list, (long long)i), "provisions"));
  if (cap == 0) return 0;
  if (!(ix->items = calloc(cap, sizeof *ix->items))) return -1;
  for (size_t i = 1; i <= nres; i++) {
    const data_value *res = data_at(list, (long long)i);
    const char *kind = data_str(data_get(res, "kind"));
    const char *instrument = data_str(data_get(res, "instrument"));
    const char *from = data_str(data_get(res, "from"));
    const char *withdrawn = data_str(data_get(res, "withdrawn"));
    const data_value *provs = data_get(res, "provisions");
    size_t nprov = data_len(provs);
    if (kind && strcmp(kind, "reservation") != 0) { order += nprov; continue; }   /* declarations do not switch off */
    if (!instrument || !from || strcmp(as_of, from) < 0 || (withdrawn && strcmp(as_of, withdrawn) >= 0)) {
      order += nprov;
      continue;
    }
    for (size_t k = 1; k <= nprov; k++, order++) {
      const char *prov = data_str(data_at(provs, (long long)k));
      if (!prov || ix->n >= cap) continue;
      ix->items[ix->n++] = (reserved_provision){ instrument, prov, from, data_str(data_get(res, "source")), order };
    }
  }
  qsort(ix->items, ix->n, sizeof *ix->items, cmp_reserved);
  return 0;
}

void reservation_index_free(reservation_index *ix) {
  free(ix->items);
  memset(ix, 0, sizeof *ix);
}

/* The first entry (lowest order) reserving exactly `provision`, or NULL. */
static const reserved_provision *find_reserved(const reservation_index *ix, const char *instrument,
                                               const char *provision) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {              /* lower bound of (instrument, provision) */
    size_t mid = lo + (hi - lo) / 2;
    const reserved_provision *m = &ix->items[mid];
    int c = strcmp(m->instrument, instrument);
    if (c == 0) c = strcmp(m->provision, provision);
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  if (lo < ix->n && strcmp(ix->items[lo].instrument, instrument) == 0 && strcmp(ix->items[lo].provision, provision) == 0)
    return &ix->items[lo];
  return NULL;
}

/* Is `provision` open to reservation under the descriptor's
** `open_to_reservation` list?  1 yes, 0 no, -1 the descriptor does not say. */
static int open_to_reservation(const lx_instrument *ins, const char *provision) {
  const data_value *open = ins && ins->raw ? data_get(ins->raw, "open_to_reservation") : NULL;
  if (!open) return -1;
  for (size_t i = 1; i <= data_len(open); i++) {
    const char *ref = data_str(data_at(open, (long long)i));
    if (ref && covers_ref(ref, provision)) return 1;
  }
  return 0;
}

int applicability_reserved(const reservation_index *ix, const lx_instrument *ins, const lx_rule *r,
                           char *reason_en, char *reason_fr, size_t size, int *unprovided) {
  *unprovided = 0;
  if (!r->ref || ix->n == 0) return 0;
  /* the rule's reference and each reference above it: "untoc:18.9.a",
  ** "untoc:18.9", "untoc:18" */
  char prefix[256];
  snprintf(prefix, sizeof prefix, "%s", r->ref);
  const reserved_provision *best = NULL;
  for (;;) {
    const reserved_provision *hit = find_reserved(ix, r->instrument, prefix);
    if (hit && (!best || hit->order < best->order)) best = hit;
    char *dot = strrchr(prefix, '.');
    if (!dot) break;
    *dot = '\0';
  }
  if (!best) return 0;
  const char *src = best->source;
  snprintf(reason_en, size, "The State's reservation to %s, in force since %s%s%s%s, excludes this provision.",
           best->provision, best->from, src ? " (" : "", src ? src : "", src ? ")" : "");
  snprintf(reason_fr, size, "La réserve de l'État à %s, en vigueur depuis le %s%s%s%s, exclut cette disposition.",
           best->provision, best->from, src ? " (" : "", src ? src : "", src ? ")" : "");
  if (open_to_reservation(ins, best->provision) == 0) {
    *unprovided = 1;
    size_t ne = strlen(reason_en), nf = strlen(reason_fr);
    snprintf(reason_en + ne, size - ne, " This is a reservation to a provision the instrument does not open to reservations: "
             "its effect depends on its compatibility with the object and purpose of the instrument and on other Parties' reactions "
             "(Vienna Convention on the Law of Treaties, arts 19-21); the provision is treated as excluded, subject to that review.");
    snprintf(reason_fr + nf, size - nf, " Il s'agit d'une réserve à une disposition que l'instrument n'ouvre pas aux réserves : "
             "son effet dépend de sa compatibilité avec l'objet et le but de l'instrument et des réactions des autres Parties "
             "(Convention de Vienne sur le droit des traités, art. 19 à 21) ; la disposition est traitée comme exclue, sous réserve de cet examen.");
  }
  return 1;
}

int applicability_outside_competence(const lx_rule *r, const lx_profile *p,
                                     char *reason_en, char *reason_fr, size_t size) {
  const char *kind = data_str(data_get(data_get(p->data, "state"), "kind"));
  if (!kind || strcmp(kind, "reio") != 0 || !r->ref) return 0;
  const data_value *party = data_get(data_get(p->data, "parties"), r->instrument);
  const data_value *list = data_get(party, "competence_provisions");
  if (!list) return 0;
  for (size_t i = 1; i <= data_len(list); i++) {
    const char *prov = data_str(data_at(list, (long long)i));
    if (prov && covers_ref(prov, r->ref)) return 0;
  }
  const char *src = data_str(data_get(party, "source"));
  snprintf(reason_en, size, "This provision lies outside the competence the organisation declared when it became a party%s%s%s; "
           "its member States remain bound by it individually.", src ? " (" : "", src ? src : "", src ? ")" : "");
  snprintf(reason_fr, size, "Cette disposition ne relève pas de la compétence déclarée par l'organisation lorsqu'elle est devenue partie%s%s%s ; "
           "ses États membres restent liés individuellement.", src ? " (" : "", src ? src : "", src ? ")" : "");
  return 1;
}

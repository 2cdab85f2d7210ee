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

/* ---------------------------------------------------------------------- */
/* EU directives (DOMAIN.md sections 4 and 10)                             */
/* ---------------------------------------------------------------------- */

static int covers_ref(const char *reserved, const char *ref);   /* below, with reservations */

/* The State's membership of the Union, from <rules>/eu-members.lua when it
** lists the State's code, else from the profile's state.eu_member. */
typedef struct {
  const char *from;          /* first day of membership; NULL: not a member */
  const char *member_until;  /* last day of membership, or NULL */
  const char *law_until;     /* last day Union law applied to it, or NULL */
  const char *profile_from;  /* the profile's eu_member.from when it differs from the data */
  char until_buf[11];        /* member_until computed from the profile's `left` */
} eu_membership;

static void eu_membership_of(const lx_instrument *ins, const lx_profile *p, eu_membership *m) {
  memset(m, 0, sizeof *m);
  const data_value *eu = data_get(data_get(p->data, "state"), "eu_member");
  const data_value *listed = p->state_code ? data_get(data_get(ins->eu_members, "members"), p->state_code) : NULL;
  if (listed) {
    m->from = data_str(data_get(listed, "from"));
    m->member_until = data_str(data_get(listed, "member_until"));
    m->law_until = data_str(data_get(listed, "eu_law_until"));
    if (!m->law_until) m->law_until = m->member_until;
    const char *pf = data_str(data_get(eu, "from"));
    if (pf && m->from && strcmp(pf, m->from) != 0) m->profile_from = pf;
    return;
  }
  m->from = data_str(data_get(eu, "from"));
  const char *left = data_str(data_get(eu, "left"));   /* the first day it was no longer a member */
  if (left && date_add_days(left, -1, m->until_buf) == 0) m->member_until = m->law_until = m->until_buf;
}

/* The deadline of provision ref: the nearest entry of the descriptor's
** `deadlines` on ref or a provision containing it, else the directive's. */
static const char *directive_deadline(const lx_instrument *ins, const char *ref) {
  const data_value *list = data_get(ins->raw, "deadlines");
  const char *best = NULL;
  size_t best_len = 0;
  for (size_t i = 0; ref && list && list->kind == DATA_TABLE && i < list->u.table.n; i++) {
    const data_field *f = &list->u.table.fields[i];
    if (f->key && covers_ref(f->key, ref) && strlen(f->key) > best_len && data_str(f->value)) {
      best = data_str(f->value);
      best_len = strlen(f->key);
    }
  }
  return best ? best : ins->deadline;
}

const char *applicability_directive_deadline(const lx_instrument *ins, const char *ref) {
  return directive_deadline(ins, ref);
}

/* The earliest deadline of any provision of the directive, or NULL. */
static const char *earliest_deadline(const lx_instrument *ins) {
  const char *first = ins->deadline;
  const data_value *list = data_get(ins->raw, "deadlines");
  for (size_t i = 0; list && list->kind == DATA_TABLE && i < list->u.table.n; i++) {
    const char *d = data_str(list->u.table.fields[i].value);
    if (d && (!first || strcmp(d, first) < 0)) first = d;
  }
  return first;
}

/* The descriptor's reason why `code` does not take part, or NULL. */
static const data_value *opt_out_reason(const lx_instrument *ins, const char *code) {
  const data_value *list = data_get(ins->raw, "not_bound");
  for (size_t i = 1; code && list && i <= data_len(list); i++) {
    const data_value *e = data_at(list, (long long)i);
    const char *c = e && e->kind == DATA_TABLE ? data_str(data_get(e, "code")) : data_str(e);
    if (c && strcmp(c, code) == 0) return e && e->kind == DATA_TABLE ? data_get(e, "reason") : NULL;
  }
  return NULL;
}

/* EU directives bind the Member States that take part in them, each
** provision from its transposition deadline or from the State's accession
** if later, until Union law ceases to apply to a State that withdrew.  The
** instrument is bound once its earliest provision is due; the provisions
** due later are switched off one by one (applicability_directive_due). */
static void directive_binding(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                              binding *out) {
  const char *name = ins->short_name.en ? ins->short_name.en : ins->id;
  const char *nom = ins->short_name.fr ? ins->short_name.fr : name;
  char en[sizeof out->reason_en], fr[sizeof out->reason_fr];
  eu_membership m;
  eu_membership_of(ins, p, &m);
  char note_en[160] = "", note_fr[160] = "";
  if (m.profile_from) {
    snprintf(note_en, sizeof note_en, " (The profile gives %s as the date of membership; rules/eu-members.lua, %s, prevails.)", m.profile_from, m.from);
    snprintf(note_fr, sizeof note_fr, " (Le profil indique l'adhésion au %s ; rules/eu-members.lua, %s, prévaut.)", m.profile_from, m.from);
  }
  if (!m.from) {
    snprintf(en, sizeof en, "The State is not a member of the European Union at the assessment date, so %s does not bind it.", name);
    snprintf(fr, sizeof fr, "L'État n'est pas membre de l'Union européenne à la date d'évaluation ; %s ne le lie donc pas.", nom);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  if (strcmp(as_of, m.from) < 0) {
    snprintf(en, sizeof en, "The State became a member of the European Union only on %s, after the assessment date, so %s did not bind it yet.%s", m.from, name, note_en);
    snprintf(fr, sizeof fr, "L'État n'est devenu membre de l'Union européenne que le %s, après la date d'évaluation ; %s ne le liait donc pas encore.%s", m.from, nom, note_fr);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  if (m.law_until && strcmp(as_of, m.law_until) > 0) {
    if (m.member_until && strcmp(m.member_until, m.law_until) != 0) {
      snprintf(en, sizeof en, "The State withdrew from the European Union on %s; Union law ceased to apply to it at the end of the transition period, on %s, so %s no longer binds it.", m.member_until, m.law_until, name);
      snprintf(fr, sizeof fr, "L'État s'est retiré de l'Union européenne le %s ; le droit de l'Union a cessé de s'y appliquer à la fin de la période de transition, le %s ; %s ne le lie donc plus.", m.member_until, m.law_until, nom);
    } else {
      snprintf(en, sizeof en, "The State left the European Union (last day of membership: %s), so %s no longer binds it.", m.law_until, name);
      snprintf(fr, sizeof fr, "L'État a quitté l'Union européenne (dernier jour d'appartenance : %s) ; %s ne le lie donc plus.", m.law_until, nom);
    }
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const data_value *party = data_get(data_get(p->data, "parties"), ins->id);
  const data_value *opted = data_get(party, "opted_out");
  int out_by_recital = 0;
  for (int i = 0; i < ins->nnot_bound; i++)
    if (ins->not_bound[i] && p->state_code && strcmp(ins->not_bound[i], p->state_code) == 0) out_by_recital = 1;
  int opted_in = opted && opted->kind == DATA_BOOLEAN && !opted->u.boolean;
  if ((opted && opted->kind == DATA_BOOLEAN && opted->u.boolean) || (out_by_recital && !opted_in)) {
    const data_value *why = out_by_recital ? opt_out_reason(ins, p->state_code) : NULL;
    const char *why_en = data_str(data_get(why, "en")), *why_fr = data_str(data_get(why, "fr"));
    if (why_en && why_fr) {
      snprintf(en, sizeof en, "The State does not take part in %s: %s", name, why_en);
      snprintf(fr, sizeof fr, "L'État ne participe pas à %s : %s", nom, why_fr);
    } else {
      snprintf(en, sizeof en, "The State does not take part in %s (see its recitals).", name);
      snprintf(fr, sizeof fr, "L'État ne participe pas à %s (voir ses considérants).", nom);
    }
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const char *first = earliest_deadline(ins);
  if (first && strcmp(as_of, first) < 0) {
    snprintf(en, sizeof en, "Transposition of %s is due on %s (its transposition deadline), after the assessment date.", name, first);
    snprintf(fr, sizeof fr, "La transposition de %s n'est due qu'au %s (délai de transposition), après la date d'évaluation.", nom, first);
    say(out, NOT_BOUND, en, fr);
    return;
  }
  const char *since = first && strcmp(first, m.from) > 0 ? first : m.from;
  snprintf(out->since, sizeof out->since, "%s", since);
  char more_en[200] = "", more_fr[200] = "";
  if (first && strcmp(m.from, first) > 0) {
    snprintf(more_en, sizeof more_en, " It acceded on %s, after the transposition deadline (%s), and is bound from its accession.", m.from, first);
    snprintf(more_fr, sizeof more_fr, " Il a adhéré le %s, après le délai de transposition (%s), et est lié dès son adhésion.", m.from, first);
  } else if (ins->deadline && strcmp(as_of, ins->deadline) < 0) {
    snprintf(more_en, sizeof more_en, " Only the provisions already due bind it; the others are due on %s.", ins->deadline);
    snprintf(more_fr, sizeof more_fr, " Seules les dispositions déjà dues le lient ; les autres le sont au %s.", ins->deadline);
  }
  if (m.member_until && strcmp(as_of, m.member_until) > 0) {
    snprintf(more_en + strlen(more_en), sizeof more_en - strlen(more_en), " It withdrew on %s; Union law applies to it until %s (transition period).", m.member_until, m.law_until);
    snprintf(more_fr + strlen(more_fr), sizeof more_fr - strlen(more_fr), " Il s'est retiré le %s ; le droit de l'Union s'y applique jusqu'au %s (période de transition).", m.member_until, m.law_until);
  }
  snprintf(en, sizeof en, "The State is bound by %s as a Member State of the European Union since %s.%s%s", name, since, more_en, note_en);
  snprintf(fr, sizeof fr, "L'État est lié par %s en tant qu'État membre de l'Union européenne depuis le %s.%s%s", nom, since, more_fr, note_fr);
  say(out, BOUND, en, fr);
}

int applicability_directive_due(const lx_instrument *ins, const lx_rule *r, const char *as_of,
                                char *reason_en, char *reason_fr, size_t size) {
  if (!ins || strcmp(ins->kind, "eu_directive") != 0 || !r->ref) return 0;
  const char *due = directive_deadline(ins, r->ref);
  if (!due || strcmp(as_of, due) >= 0) return 0;
  snprintf(reason_en, size, "Transposition of this provision is due on %s, the deadline the directive sets for it: not yet at the assessment date.", due);
  snprintf(reason_fr, size, "La transposition de cette disposition n'est due qu'au %s, délai que la directive fixe pour elle : elle ne l'était pas à la date d'évaluation.", due);
  return 1;
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
  if (out->kind != NOT_BOUND && applicability_is_reio(p) &&
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
    char en[sizeof out->reason_en], fr[sizeof out->reason_fr];
    snprintf(en, sizeof en, "Assessed as a prospective party at the user's request. %s", out->reason_en);
    snprintf(fr, sizeof fr, "Évalué comme futur État partie à la demande de l'utilisateur. %s", out->reason_fr);
    say(out, PROSPECTIVE, en, fr);
  }
}

int applicability_may_bind(const lx_instrument *ins, const lx_profile *p, const char *as_of, int prospective) {
  binding b;
  applicability_instrument(ins, p, as_of, prospective, &b);
  return b.kind != NOT_BOUND;
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

reservation_index reservation_index_for(const reservation_index *ix, const char *instrument) {
  if (ix->n == 0) return (reservation_index){ NULL, 0 };
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {              /* the first entry of the instrument, or past it */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(ix->items[mid].instrument, instrument) < 0) lo = mid + 1; else hi = mid;
  }
  size_t end = lo;
  while (end < ix->n && strcmp(ix->items[end].instrument, instrument) == 0) end++;
  return (reservation_index){ ix->items + lo, end - lo };
}

void reservation_index_free(reservation_index *ix) {
  free(ix->items);
  memset(ix, 0, sizeof *ix);
}

/* strcmp(a, the first n bytes of b), by its sign; b holds no NUL before n. */
static int cmp_prefix(const char *a, const char *b, size_t n) {
  int c = strncmp(a, b, n);
  return c ? c : a[n] != '\0';
}

/* The first entry (lowest order) reserving exactly the first n bytes of
** `provision`, or NULL. */
static const reserved_provision *find_reserved(const reservation_index *ix, const char *instrument,
                                               const char *provision, size_t n) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {              /* lower bound of (instrument, provision) */
    size_t mid = lo + (hi - lo) / 2;
    const reserved_provision *m = &ix->items[mid];
    int c = strcmp(m->instrument, instrument);
    if (c == 0) c = cmp_prefix(m->provision, provision, n);
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  if (lo < ix->n && strcmp(ix->items[lo].instrument, instrument) == 0 && cmp_prefix(ix->items[lo].provision, provision, n) == 0)
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

/* Does the descriptor list `provision` under `limited_by_reservation`: a
** provision that a reservation the instrument provides for only limits
** (Cybercrime Convention art. 23(3): art. 29 limited to the offences named,
** arts 29 and 30 to communications outside closed systems)?  Such a
** reservation does not switch the provision off; its rules read it.  Only a
** reservation naming exactly the listed provision is such a reservation: one
** naming a provision below it (cybercrime:29.3, the providers' secrecy,
** which art. 23(3) does not reach) is an ordinary reservation, switching that
** provision off (and flagged if the instrument does not provide for it). */
static int limited_by_reservation(const lx_instrument *ins, const char *provision) {
  const data_value *lim = ins && ins->raw ? data_get(ins->raw, "limited_by_reservation") : NULL;
  for (size_t i = 1; lim && i <= data_len(lim); i++) {
    const char *ref = data_str(data_at(lim, (long long)i));
    if (ref && strcmp(ref, provision) == 0) return 1;
  }
  return 0;
}

int applicability_reserved(const reservation_index *ix, const lx_instrument *ins, const lx_rule *r,
                           char *reason_en, char *reason_fr, size_t size, int *unprovided) {
  *unprovided = 0;
  if (!r->ref || ix->n == 0) return 0;
  /* soft law is no treaty: there is nothing to reserve, and a State's
  ** statement against a recommendation does not withdraw it (docs/profile.md 10.2) */
  if (ins && ins->kind && strcmp(ins->kind, "soft_law") == 0) return 0;
  /* the rule's reference and each reference above it: "untoc:18.9.a",
  ** "untoc:18.9", "untoc:18" (of its first 255 bytes), read in place */
  size_t n = strnlen(r->ref, 255);
  const reserved_provision *best = NULL;
  for (;;) {
    const reserved_provision *hit = find_reserved(ix, r->instrument, r->ref, n);
    if (hit && limited_by_reservation(ins, hit->provision)) hit = NULL;   /* limits, does not exclude */
    if (hit && (!best || hit->order < best->order)) best = hit;
    while (n > 0 && r->ref[n - 1] != '.') n--;
    if (n == 0) break;
    n--;                         /* the prefix before that dot */
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

int applicability_is_reio(const lx_profile *p) {
  const char *kind = data_str(data_get(data_get(p->data, "state"), "kind"));
  return kind && strcmp(kind, "reio") == 0;
}

int applicability_outside_competence(const lx_rule *r, const lx_profile *p, int reio,
                                     char *reason_en, char *reason_fr, size_t size) {
  if (!reio || !r->ref) return 0;
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

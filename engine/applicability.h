/*
 * applicability.h -- is a State bound by an instrument, or by one of its
 * provisions, at the as-of date?  (shared/DOMAIN.md section 4.)
 *
 * Binding follows the instrument's own rules, read from its descriptor:
 *   treaty: bound from max(general entry into force, deposit + N days) (UNTOC
 *     art. 38(2)); signature alone does not bind; a denunciation takes effect
 *     N years after notification (UNTOC art. 40); an instrument not in force
 *     binds nobody (the State can only be assessed as a prospective party).
 *   eu_directive: binds the Member States (rules/eu-members.lua by ISO code,
 *     else the profile's state.eu_member) that take part (opt-outs per the
 *     recitals, in the descriptor's not_bound), each provision from its own
 *     transposition deadline (descriptor: deadline, deadlines) or from the
 *     State's accession when later, until Union law ceases to apply to a
 *     State that withdrew (the United Kingdom: transition until 2020-12-31).
 *   soft_law: never binding; assessed as good practice.
 * A reservation in force switches off the provisions it names.
 */
#ifndef LX_APPLICABILITY_H
#define LX_APPLICABILITY_H

#include "profile.h"
#include "rules.h"

typedef enum {
  BOUND,           /* obligations apply */
  NOT_BOUND,       /* obligations are not applicable, for `reason` */
  PROSPECTIVE,     /* assessed as if bound, at the user's request or because
                      the profile does not record party status */
  GOOD_PRACTICE    /* soft law: assessed, never binding */
} binding_kind;

typedef struct {
  binding_kind kind;
  char since[11];           /* date the State became bound, when known */
  char reason_en[1024];
  char reason_fr[1024];
} binding;

/* Binding of the State to the instrument at as_of.  With prospective set, a
** State that is not bound is assessed as if it were (and the reason says so). */
void applicability_instrument(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                              int prospective, binding *out);

/* If a reservation in force at as_of switches the rule's provision off,
** return 1 and explain why in reason_en / reason_fr. */
int applicability_reserved(const lx_rule *r, const lx_profile *p, const char *as_of,
                           char *reason_en, char *reason_fr, size_t size);

/* EU directive: if provision r is not yet due at as_of (its own deadline,
** e.g. 2004/80 art. 12(2), or the directive's), return 1 with the reason.
** Called once the State is bound by the directive. */
int applicability_directive_due(const lx_instrument *ins, const lx_rule *r, const char *as_of,
                                char *reason_en, char *reason_fr, size_t size);

/* EU directive: the transposition deadline of provision ref (its own entry
** in the descriptor's `deadlines`, or that of a provision containing it, else
** the directive's `deadline`), or NULL. */
const char *applicability_directive_deadline(const lx_instrument *ins, const char *ref);

/* A regional economic integration organisation (state.kind = "reio") is
** bound only within the competence it declared (UNTOC arts 2(j), 36(3)): if
** its party record lists competence_provisions and none covers the rule's
** provision, return 1 with the reason. */
int applicability_outside_competence(const lx_rule *r, const lx_profile *p,
                                     char *reason_en, char *reason_fr, size_t size);

#endif

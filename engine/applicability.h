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
** State that is not bound is assessed as if it were (and the reason says so).
** A regional economic integration organisation (state.kind = "reio") bound
** without parties.<id>.competence_provisions is assessed on every provision,
** and the reason warns that the profile does not state its competence. */
void applicability_instrument(const lx_instrument *ins, const lx_profile *p, const char *as_of,
                              int prospective, binding *out);

/* 0 when applicability_instrument gives NOT_BOUND (then no obligation of
** the instrument is evaluated: each is settled as not applicable in C),
** else 1. */
int applicability_may_bind(const lx_instrument *ins, const lx_profile *p, const char *as_of, int prospective);

/* The reservations of a profile in force at an as-of date, indexed once so
** that finding the reservation covering a rule costs a few binary searches
** (a profile may list tens of thousands; every rule asks).  One entry per
** reserved provision, sorted by (instrument, provision, order in the
** profile).  Strings point into the profile, which must outlive the index. */
typedef struct {
  const char *instrument;
  const char *provision;    /* the reserved reference, as the profile states it */
  const char *from;
  const char *source;       /* may be NULL */
  size_t order;             /* reservation index * provisions, for ties */
} reserved_provision;

typedef struct {
  reserved_provision *items;
  size_t n;
} reservation_index;

/* Index the reservations (kind absent or "reservation") in force at as_of:
** on or after `from`, before `withdrawn`.  Returns 0, or -1 out of memory
** (the index is then empty).  Free with reservation_index_free. */
int reservation_index_build(reservation_index *ix, const lx_profile *p, const char *as_of);
void reservation_index_free(reservation_index *ix);

/* The entries of ix for one instrument (contiguous, as the index is sorted
** by instrument): a view into ix's items, valid while ix is, never freed.
** applicability_reserved gives the same answer for a rule of that
** instrument with it as with the whole index; it is empty (n = 0) when the
** profile reserves nothing of the instrument. */
reservation_index reservation_index_for(const reservation_index *ix, const char *instrument);

/* If a reservation of the index switches the rule's provision off (it names
** the provision or one above it), return 1 and explain why in reason_en /
** reason_fr; the first such reservation of the profile counts.  When the
** instrument's descriptor lists the provisions open to reservation
** (`open_to_reservation`) and the reserved one is not among them, the
** reservation is still honoured (VCLT arts 19-21) but *unprovided is set to 1
** and the reason says that its effect is uncertain.  A reservation naming
** exactly a provision the descriptor lists under `limited_by_reservation`
** (Cybercrime Convention: "cybercrime:29", "cybercrime:30", by art. 23(3))
** only limits it: it switches nothing off, and the provision's rules read it
** themselves; a reservation naming a provision below such a one (e.g.
** "cybercrime:29.3") is not, and switches that provision off as above. */
int applicability_reserved(const reservation_index *ix, const lx_instrument *ins, const lx_rule *r,
                           char *reason_en, char *reason_fr, size_t size, int *unprovided);

/* EU directive: if provision r is not yet due at as_of (its own deadline,
** e.g. 2004/80 art. 12(2), or the directive's), return 1 with the reason.
** Called once the State is bound by the directive. */
int applicability_directive_due(const lx_instrument *ins, const lx_rule *r, const char *as_of,
                                char *reason_en, char *reason_fr, size_t size);

/* EU directive: the transposition deadline of provision ref (its own entry
** in the descriptor's `deadlines`, or that of a provision containing it, else
** the directive's `deadline`), or NULL. */
const char *applicability_directive_deadline(const lx_instrument *ins, const char *ref);

/* Does the profile describe a regional economic integration organisation
** (state.kind = "reio")? */
int applicability_is_reio(const lx_profile *p);

/* A regional economic integration organisation (state.kind = "reio") is
** bound only within the competence it declared (UNTOC arts 2(j), 36(3)): if
** reio (applicability_is_reio(p), worked out once per profile by the
** caller) and its party record lists competence_provisions and none covers
** the rule's provision, return 1 with the reason; 0 when !reio. */
int applicability_outside_competence(const lx_rule *r, const lx_profile *p, int reio,
                                     char *reason_en, char *reason_fr, size_t size);

#endif

-- France: country profile for lexgap (UNTOC arts 5, 6, 8, 10, 12, 15, 23, 34(2)).
--
-- What it is: the facts of French law that the UNTOC rule packs read, each
-- with the provision it comes from.  A real State, described from its
-- published law (Code pénal, Code de procédure pénale, Code monétaire et
-- financier, Code civil) and from the case law of the Cour de cassation.
--
-- Date described: French law as of 1 January 2026 (describes_law_as_of).
-- Entry-into-force dates (`from`) are given only where they are known with
-- confidence; a fact without `from` is treated as in force at any date, so an
-- assessment at an early date (before about 2010) is not reliable on this
-- profile.  In particular the general liability of legal persons for all
-- offences dates only from 31 December 2005 (see legal_persons.scope).
--
-- Prepared by: lexgap bundled example.
--
-- How it was sourced: from the text of the codes as known to the preparer and
-- from published decisions of the Cour de cassation (chambre criminelle).
-- It is an example, not legal advice.  Rules followed:
--   * every fact cites its article as lawyers write it ("Code pénal,
--     art. 450-1");
--   * no Légifrance URL is given: Légifrance article identifiers
--     (LEGIARTI...) are version-specific and were not verified, so none is
--     written rather than risk a wrong one;
--   * where a point could not be confirmed, the fact is left out (the finding
--     becomes "unknown", which is honest) or a `note` says what to verify;
--   * amendments enacted in 2025 (notably the 2025 law against drug
--     trafficking, which reorganised the prosecution of organised crime) were
--     NOT checked: verify arts 450-1, 131-21 and 706-73 et seq. against the
--     version in force on 2026-01-01 before relying on this profile.
-- Facts deliberately left out (unknown): notifications to the UN
-- Secretary-General (arts 5(3), 6(2)(d), 18(13)...: their dates were not
-- verified); reservations (none is recorded here; verify in the UN Treaty
-- Collection); jurisdiction over stateless residents, over preparatory acts
-- abroad (art. 15(2)(c)) and the legal basis of consultation (art. 15(5));
-- abuse of functions (UNTOC art. 8(2) other forms of corruption).

return {
  profile_format = 1,

  state = {
    code = "FRA",
    name = "France",
    name_fr = "France",
    kind = "state",
    eu_member = {
      from = "1958-01-01",
      source = "Traité instituant la Communauté économique européenne (Rome, 25 mars 1957), entré en vigueur le 1er janvier 1958",
      note = "Founding member of the European Communities.",
    },
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Built from the published codes and case law as known to the preparer; no Légifrance identifiers verified. See the header of this file for what was left out.",
  },

  parties = {
    untoc = {
      signed = "2000-12-12",
      depo
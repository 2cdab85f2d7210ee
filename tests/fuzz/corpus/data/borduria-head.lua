-- Borduria: a FICTIONAL State, country profile for lexgap.
--
-- What it is: a profile with deliberate gaps and unknowns, for testing and
-- demonstration of the UNTOC rule packs (arts 5, 6, 8, 10, 12, 15, 23, 34(2)).
-- What it should produce:
--   * art. 5(1)(a): the conspiracy offence aims only at offences punishable by
--     at least 5 years, the penalty scale is open, and the catalogue holds a
--     serious crime of 4 years (passive bribery, art. 181) -> partly met;
--   * art. 5(1)(b): organizing and directing are neither covered nor declared
--     absent -> unknown;
--   * art. 6: the laundering offence requires a transnational element
--     (-> art. 34(2) gap); no offence of acquisition, possession or use;
--     foreign predicates not stated (-> unknown); the predicate list misses
--     serious crimes;
--   * art. 8(2): no offence of passive bribery of foreign officials;
--   * art. 10: liability of legal persons limited to a list of offences that
--     misses the conspiracy and obstruction offences;
--   * art. 12: no value-based confiscation; bank secrecy can be invoked
--     against courts; several confiscation facts absent (-> unknown);
--   * art. 15: no jurisdiction over aircraft; nationals are not extradited and
--     there is no jurisdiction over them instead (art. 15(3) not met);
--   * dates: the laundering offence of the 1999 Act was repealed on
--     2016-01-01 and replaced by the Penal Code offence; intimidation of
--     officials (art. 291) is in force only since 2022-03-01;
--   * Borduria deposited its ratification on 2011-03-14: an assessment as of
--     2005 finds the Convention not yet binding (not applicable).
-- Facts deliberately left absent (-> unknown): inference from circumstances,
-- passive personality, consultation, several confiscation measures, natural
-- persons' liability alongside legal persons, other sanctions for legal
-- persons, notifications.
--
-- Date described: the law of Borduria as of 1 January 2026.
-- Prepared by: lexgap bundled example.
-- How it was sourced: invented for testing and demonstration; the citations
-- ("Bordurian Penal Code, art. 201") are fictional.  No real State's law is
-- described.

return {
  profile_format = 1,

  state = {
    code = "BOR",
    name = "Borduria",
    name_fr = "Bordurie",
    kind = "state",
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Fictional State: every fact and citation is invented. Gaps and unknowns are deliberate.",
  },

  parties = {
    untoc = {
      signed = "2000-12-14",
      deposited = "2011-03-14",
      means = "ratification",
      source = "Instrument of ratification of Borduria (fictional)",
      note = "Deposited late: bound from the 30th day after deposit (UNTOC art. 38(2)).",
    },
  },

  penalty_scale = {
    life_imprisonment = true,
    closed = false,
    source = "Bordurian Penal Code, art. 40",
    note = "Statutes set maxi
-- Arcadia: a FICTIONAL State, country profile for lexgap.
--
-- What it is: a complete, largely compliant profile for the UNTOC rule packs
-- (arts 5, 6, 8, 10, 12, 15, 23, 34(2)) whose legal choices differ from
-- France's, so that the alternatives the Convention allows are exercised:
--   * art. 5 through active participation in a criminal organization
--     (option (ii)); Arcadia has NO conspiracy offence (declared in
--     no_offence_for), so art. 5(3) does not apply;
--   * laundering predicates defined by a penalty threshold (4 years), offences
--     abroad counted under dual criminality;
--   * self-laundering not punishable, a fundamental principle invoked for
--     UNTOC art. 6(2)(e);
--   * liability of legal persons administrative and civil, not criminal
--     (UNTOC art. 10(2)), for all offences;
--   * nationals are extradited, so UNTOC art. 15(3) is not applicable;
--   * a reservation to art. 35(2) (dispute settlement) under art. 35(3).
-- Known shortcoming kept on purpose: intermingled property can be
-- confiscated only in part (UNTOC art. 12(4) partly met).
--
-- Date described: the law of Arcadia as of 1 January 2026.
-- Prepared by: lexgap bundled example.
-- How it was sourced: invented for testing and demonstration.  The citations
-- ("Arcadian Criminal Code, s. 210") are fictional but written the way a real
-- profile cites its sources; no real State's law is described.

return {
  profile_format = 1,

  state = {
    code = "ARC",
    name = "Arcadia",
    name_fr = "Arcadie",
    kind = "state",
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Fictional State: every fact and citation is invented.",
  },

  parties = {
    untoc = {
      signed = "2000-12-13",
      deposited = "2004-05-10",
      means = "ratification",
      source = "Instrument of ratification of Arcadia, deposited with the Secretary-General of the United Nations (fictional)",
      note = "Enters into force for Arcadia on the 30th day after deposit (UNTOC art. 38(2)).",
    },
  },

  reservations = {
    {
      instrument = "untoc",
      provisions = { "untoc:35.2" },
      kind = "reservation",
      from = "2004-05-10",
      text = "In accordance with article 35, paragraph 3, of the Convention, the Republic of Arcadia declares that it does not consider itself bound by article 35, paragraph 2.",
      source = "Reservation made upon ratification (fictional)",
    },
  },

  notifications = {
    {
      provision = "untoc:31.6",
      date = "2004-05-10",
      content = "Authority that can assist other States Parties in developing prevention measures: the National Crime Prevention Council, 12 Republic Square, Arcadia City.",
      source = "Notification made upon ratification (fictional)",
    },
    {
      provision = "untoc:6.2.d",
      date = "2005-02-01",
      content = "Copies of the Arcadian Criminal Code, Part 3 (laundering), and of the Proceeds of C
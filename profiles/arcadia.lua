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
      provision = "untoc:6.2.d",
      date = "2005-02-01",
      content = "Copies of the Arcadian Criminal Code, Part 3 (laundering), and of the Proceeds of Crime Act 2003, with their amendments.",
      source = "Note verbale of the Permanent Mission of Arcadia to the United Nations (fictional)",
    },
    {
      provision = "untoc:16.5.a",
      date = "2004-05-10",
      content = "Arcadia takes the Convention as the legal basis for cooperation on extradition with other States Parties.",
      source = "Declaration made upon ratification (fictional)",
    },
    {
      provision = "untoc:18.13",
      date = "2004-05-10",
      content = "Central authority for mutual legal assistance: the Attorney-General's Department, International Cooperation Unit.",
      source = "Notification made upon ratification (fictional)",
    },
    {
      provision = "untoc:18.14",
      date = "2004-05-10",
      content = "Requests are accepted in Arcadian, English and French.",
      source = "Notification made upon ratification (fictional)",
    },
  },

  principles = {
    {
      provisions = { "untoc:6.2.e" },
      statement = "No one may be punished twice for the same gain: the author of the predicate offence cannot also be convicted of laundering its proceeds, since disposing of the proceeds is deemed part of the predicate offence already punished.",
      source = "Constitution of Arcadia, art. 19(3); Supreme Court of Arcadia, State v. Halloran (2001)",
      note = "The exemption is limited to the author of the predicate offence; accomplices and third parties remain liable for laundering.",
    },
  },

  penalty_scale = {
    life_imprisonment = true,
    closed = false,
    source = "Sentencing Act 1998, s. 4 (fictional)",
    note = "Each statute fixes its own maximum; the scale is open.",
  },

  offences = {
    -- UNTOC art. 5: active participation (option (ii)) and art. 5(1)(b).
    arc_cc_210 = {
      name = "Participation in the activities of a criminal organization",
      source = "Arcadian Criminal Code, s. 210",
      from = "2003-09-01",
      max_prison_years = 10,
      conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
      mental = { "knowledge", "intent" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "A structured group of three or more persons acting in concert to commit offences punishable by at least 4 years, for a financial or other material benefit: the UNTOC art. 2(a) definition.",
      },
      note = "Taking part in the criminal activities of the organization, or in its other activities knowing that the participation will contribute to its criminal aim (s. 210(1)(a) and (b)).",
    },
    arc_cc_211 = {
      name = "Directing or organizing offences for a criminal organization",
      source = "Arcadian Criminal Code, s. 211",
      from = "2003-09-01",
      max_prison_years = 20,
      conduct = { "ocg_crime_organizing", "ocg_crime_directing" },
      mental = { "intent" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "Offences committed for a criminal organization, which aims at offences punishable by at least 4 years.",
      },
    },
    arc_cc_212 = {
      name = "Facilitating offences of a criminal organization",
      source = "Arcadian Criminal Code, s. 212",
      from = "2003-09-01",
      max_prison_years = 14,
      conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" },
      mental = { "intent", "knowledge" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "Offences committed for a criminal organization, which aims at offences punishable by at least 4 years.",
      },
    },

    -- UNTOC art. 6.
    arc_cc_310 = {
      name = "Laundering proceeds of crime",
      source = "Arcadian Criminal Code, s. 310",
      from = "2003-09-01",
      max_prison_years = 12,
      conduct = {
        "laundering_conversion_transfer",
        "laundering_concealment_disguise",
        "laundering_association_conspiracy",
        "laundering_attempt",
        "laundering_aiding_abetting",
      },
      mental = { "knowledge", "intent" },
      predicates = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 309 (definition of designated offence)",
        note = "Every offence punishable by imprisonment for 4 years or more.",
      },
      foreign_predicates = "dual_criminality",
      self_laundering = false,
      note = "Subsection (3) extends the offence to whoever participates or associates in, attempts, aids, abets, facilitates or counsels the laundering. Offences committed abroad are predicates if they would be designated offences in Arcadia and were offences where committed (s. 309(2)). The author of the predicate offence is exempt (s. 310(5)): see principles.",
    },
    arc_cc_311 = {
      name = "Acquisition, possession or use of proceeds of crime",
      source = "Arcadian Criminal Code, s. 311",
      from = "2003-09-01",
      max_prison_years = 6,
      conduct = { "laundering_acquisition_possession_use" },
      mental = { "knowledge" },
      predicates = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 309",
      },
      foreign_predicates = "dual_criminality",
      self_laundering = false,
    },

    -- UNTOC art. 8.
    arc_cc_401 = {
      name = "Bribery of a public official",
      source = "Arcadian Criminal Code, s. 401",
      max_prison_years = 10,
      conduct = {
        "bribery_active_promise",
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    arc_cc_402 = {
      name = "Acceptance of a bribe by a public official",
      source = "Arcadian Criminal Code, s. 402",
      max_prison_years = 10,
      conduct = {
        "bribery_passive_solicit",
        "bribery_passive_accept",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    arc_cc_405 = {
      name = "Bribery of foreign public officials and international civil servants",
      source = "Arcadian Criminal Code, s. 405",
      from = "2006-01-01",
      max_prison_years = 10,
      conduct = { "bribery_active_foreign_official", "bribery_passive_foreign_official" },
      mental = { "intent" },
    },
    arc_cc_407 = {
      name = "Trading in influence",
      source = "Arcadian Criminal Code, s. 407",
      max_prison_years = 6,
      conduct = { "corruption_trading_in_influence" },
      mental = { "intent" },
    },
    arc_cc_408 = {
      name = "Embezzlement by a public official",
      source = "Arcadian Criminal Code, s. 408",
      max_prison_years = 10,
      conduct = { "corruption_embezzlement" },
      mental = { "intent" },
    },

    -- UNTOC art. 23.
    arc_cc_520 = {
      name = "Interference with witnesses and evidence",
      source = "Arcadian Criminal Code, s. 520",
      max_prison_years = 7,
      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" },
      mental = { "intent" },
      note = "Using force, threats or intimidation, or promising, offering or giving an undue advantage, to induce false testimony or to interfere with testimony or the production of evidence.",
    },
    arc_cc_521 = {
      name = "Intimidation of judicial and law-enforcement officers",
      source = "Arcadian Criminal Code, s. 521",
      max_prison_years = 7,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
    },
  },

  no_offence_for = {
    {
      conduct = "participation_conspiracy",
      source = "Arcadian Criminal Code (no general offence of conspiracy)",
      note = "Arcadia chose the participation option of UNTOC art. 5(1)(a)(ii); a mere agreement to commit an offence is not punishable unless the offence is attempted.",
    },
  },

  general_part = {
    attempt = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 25",
      note = "Attempt of any offence punishable by imprisonment.",
    },
    complicity = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 30",
      note = "Aiding, abetting, counselling or procuring any offence; the accomplice incurs the penalty of the principal.",
    },
    inference_from_circumstances = {
      adopted = true,
      source = "Evidence Act 1995, s. 12",
      note = "Knowledge, intent and purpose may be inferred from objective factual circumstances.",
    },
  },

  legal_persons = {
    criminal = {
      adopted = false,
      source = "Arcadian Criminal Code, s. 14",
      note = "Only natural persons can commit an offence (societas delinquere non potest).",
    },
    administrative = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 4",
      from = "2003-09-01",
      note = "The Corporate Sanctions Authority imposes administrative sanctions on a legal person for any offence committed for its benefit by a person in a leading position, or made possible by a lack of supervision.",
    },
    civil = {
      adopted = true,
      source = "Civil Code of Arcadia, art. 1120",
      note = "Civil liability of legal persons for damage caused by their organs and employees.",
    },
    scope = {
      scope = "all_offences",
      source = "Corporate Responsibility Act 2003, s. 3",
    },
    natural_persons_unaffected = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 6",
    },
    monetary_sanctions = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 8",
      max_fine = 10000000,
      currency = "ACR",
      note = "Up to 10 000 000 Arcadian crowns, or three times the benefit obtained if higher.",
    },
    other_sanctions = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 9",
      note = "Exclusion from public procurement, withdrawal of licences, judicial supervision, winding-up.",
    },
  },

  jurisdiction = {
    territory = { adopted = true, source = "Arcadian Criminal Code, s. 5" },
    flag_vessels = { adopted = true, source = "Arcadian Criminal Code, s. 6(1)" },
    registered_aircraft = { adopted = true, source = "Arcadian Criminal Code, s. 6(2)" },
    passive_personality = { adopted = true, source = "Arcadian Criminal Code, s. 7(2)" },
    active_nationality = { adopted = true, source = "Arcadian Criminal Code, s. 7(1)(a)" },
    stateless_residents = { adopted = true, source = "Arcadian Criminal Code, s. 7(1)(b)" },
    preparatory_participation_abroad = { adopted = true, source = "Arcadian Criminal Code, s. 8(a)" },
    preparatory_laundering_abroad = { adopted = true, source = "Arcadian Criminal Code, s. 8(b)" },
    non_extradited_others = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 9",
      note = "Jurisdiction over any offence committed abroad by a person present in Arcadia whose extradition has been refused.",
    },
    consultation = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, s. 31",
      note = "The Attorney-General consults foreign authorities conducting proceedings for the same conduct.",
    },
  },

  confiscation = {
    proceeds = { adopted = true, source = "Proceeds of Crime Act 2003, s. 5" },
    value_based = { adopted = true, source = "Proceeds of Crime Act 2003, s. 7" },
    instrumentalities = { adopted = true, source = "Proceeds of Crime Act 2003, s. 6(1)" },
    intended_instrumentalities = { adopted = true, source = "Proceeds of Crime Act 2003, s. 6(2)" },
    identification_tracing = { adopted = true, source = "Proceeds of Crime Act 2003, Part 4 (production and monitoring orders)" },
    freezing_seizure = { adopted = true, source = "Proceeds of Crime Act 2003, Part 3 (restraining orders)" },
    transformed_property = { adopted = true, source = "Proceeds of Crime Act 2003, s. 2(4)" },
    intermingled_property = {
      adopted = "partly",
      source = "Proceeds of Crime Act 2003, s. 2(5)",
      missing = {
        "Intermingled property can be confiscated only where the share derived from the proceeds can be traced and separated, not up to the assessed value of the intermingled proceeds in every case.",
      },
    },
    income_from_proceeds = { adopted = true, source = "Proceeds of Crime Act 2003, s. 2(6)" },
    records_orders = { adopted = true, source = "Proceeds of Crime Act 2003, s. 40 (production orders)" },
    bank_secrecy_no_bar = {
      adopted = true,
      source = "Banking Act 1990, s. 55(2)(c)",
      note = "Bank secrecy yields to a production order or warrant issued in criminal proceedings.",
    },
    reversed_burden = {
      adopted = false,
      considered = true,
      source = "Law Commission of Arcadia, Report No. 112 (2008)",
      note = "Considered and rejected as incompatible with the presumption of innocence (Constitution, art. 19(2)).",
    },
    third_party_protection = { adopted = true, source = "Proceeds of Crime Act 2003, s. 12" },
  },

  extradition = {
    nationals = {
      adopted = true,
      policy = "extradited",
      source = "Extradition Act 2002, s. 3",
      note = "Nationality is not a ground for refusing extradition.",
    },
  },
}

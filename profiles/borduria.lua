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
    note = "Statutes set maxima freely between 3 months and 25 years; no closed scale.",
  },

  offences = {
    -- UNTOC art. 5 -----------------------------------------------------------
    bor_pc_201 = {
      name = "Criminal conspiracy",
      source = "Bordurian Penal Code, art. 201",
      from = "1998-01-01",
      max_prison_years = 5,
      conduct = { "participation_conspiracy", "laundering_association_conspiracy" },
      mental = { "intent" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 5,
        source = "Bordurian Penal Code, art. 201(1)",
        note = "An agreement between two or more persons to commit an offence punishable by at least 5 years.",
      },
    },
    bor_pc_32 = {
      name = "Complicity",
      source = "Bordurian Penal Code, art. 32",
      from = "1998-01-01",
      max_prison_years = 5,
      conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling", "laundering_aiding_abetting" },
      mental = { "intent" },
      aims_at = {
        scope = "all_offences",
        source = "Bordurian Penal Code, art. 32",
        note = "Complicity in any offence.",
      },
      note = "Aiding or counselling an offence; the accomplice incurs the principal's penalty reduced by one third, up to 5 years for the offences at stake here.",
    },

    -- UNTOC art. 6 -----------------------------------------------------------
    bor_aml_1999_4 = {
      name = "Money laundering (Anti-Money Laundering Act 1999)",
      source = "Anti-Money Laundering Act 1999, s. 4",
      from = "1999-07-01",
      repealed = "2016-01-01",
      max_prison_years = 6,
      conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
      mental = { "knowledge" },
      predicates = {
        scope = "list",
        offences = { "bor_pc_310" },
        source = "Anti-Money Laundering Act 1999, s. 2",
        note = "Drug trafficking only.",
      },
      self_laundering = true,
      note = "Repealed and replaced by art. 250 of the Penal Code.",
    },
    bor_pc_250 = {
      name = "Laundering of the proceeds of transnational crime",
      source = "Bordurian Penal Code, art. 250",
      from = "2016-01-01",
      max_prison_years = 8,
      conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
      mental = { "knowledge" },
      requires = { "transnational" },
      predicates = {
        scope = "list",
        offences = { "bor_pc_310", "bor_pc_180", "bor_pc_201" },
        source = "Bordurian Penal Code, art. 250(2)",
        note = "Drug trafficking, active bribery and criminal conspiracy.",
      },
      self_laundering = true,
      note = "The proceeds must derive from an offence committed in whole or in part abroad, or the operation must involve a foreign account or person.",
    },

    -- A serious crime outside arts 5, 6, 8 and 23 that the predicate list
    -- names.
    bor_pc_310 = {
      name = "Drug trafficking",
      source = "Bordurian Penal Code, art. 310",
      from = "1998-01-01",
      max_prison_years = 15,
    },
    -- Another serious crime, left out of the predicate list and of the
    -- liability of legal persons.
    bor_pc_220 = {
      name = "Aggravated fraud",
      source = "Bordurian Penal Code, art. 220",
      from = "1998-01-01",
      max_prison_years = 7,
    },

    -- UNTOC art. 8 -----------------------------------------------------------
    bor_pc_180 = {
      name = "Active bribery of a public official",
      source = "Bordurian Penal Code, art. 180",
      from = "1998-01-01",
      max_prison_years = 8,
      conduct = {
        "bribery_active_promise",
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    bor_pc_181 = {
      name = "Passive bribery of a public official",
      source = "Bordurian Penal Code, art. 181",
      from = "1998-01-01",
      max_prison_years = 4,
      conduct = { "bribery_passive_solicit", "bribery_passive_accept", "bribery_indirect" },
      mental = { "intent" },
      note = "A serious crime (4 years) that the conspiracy offence (at least 5 years) does not reach. Whether an advantage solicited or accepted for a third person is covered is not stated (left unknown on purpose).",
    },
    bor_pc_182 = {
      name = "Active bribery of a foreign public official",
      source = "Bordurian Penal Code, art. 182",
      from = "2012-06-01",
      max_prison_years = 5,
      conduct = { "bribery_active_foreign_official" },
      mental = { "intent" },
    },

    -- UNTOC art. 23 ----------------------------------------------------------
    bor_pc_290 = {
      name = "Intimidation of witnesses",
      source = "Bordurian Penal Code, art. 290",
      from = "1998-01-01",
      max_prison_years = 6,
      conduct = { "obstruction_witness_force_threats" },
      mental = { "intent" },
      note = "Whether offering an undue advantage to a witness is punishable is not stated.",
    },
    bor_pc_291 = {
      name = "Intimidation of judicial and police officers",
      source = "Bordurian Penal Code, art. 291",
      from = "2022-03-01",
      max_prison_years = 5,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
      note = "Inserted by the Justice Protection Act 2021, in force on 1 March 2022.",
    },
  },

  no_offence_for = {
    {
      conduct = "laundering_acquisition_possession_use",
      source = "Bordurian Penal Code (no offence of acquisition, possession or use of proceeds)",
      note = "No basic concept of the legal system is invoked to justify the absence.",
    },
    {
      conduct = "bribery_passive_foreign_official",
      source = "Bordurian Penal Code, art. 182 (active bribery only)",
    },
    {
      conduct = "participation_ocg_criminal_activities",
      source = "Bordurian Penal Code (no offence of participation in a criminal organization)",
    },
    {
      conduct = "participation_ocg_other_activities",
      source = "Bordurian Penal Code (no offence of participation in a criminal organization)",
    },
  },

  general_part = {
    attempt = {
      adopted = true,
      source = "Bordurian Penal Code, art. 28",
      note = "Attempt of any offence punishable by at least 3 years.",
    },
    complicity = {
      adopted = true,
      source = "Bordurian Penal Code, art. 32",
    },
  },

  legal_persons = {
    criminal = {
      adopted = true,
      source = "Corporate Criminal Liability Act 2009, s. 3",
      from = "2009-07-01",
    },
    scope = {
      scope = "list",
      offences = { "bor_pc_250", "bor_pc_180", "bor_pc_181", "bor_pc_310" },
      source = "Corporate Criminal Liability Act 2009, Schedule 1",
      note = "The schedule lists laundering, bribery and drug trafficking only.",
    },
    monetary_sanctions = {
      adopted = true,
      source = "Corporate Criminal Liability Act 2009, s. 7",
      max_fine = 500000,
      currency = "BDN",
      note = "Fines up to 500 000 Bordurian dinars.",
    },
  },

  jurisdiction = {
    territory = { adopted = true, source = "Bordurian Penal Code, art. 5" },
    flag_vessels = { adopted = true, source = "Bordurian Penal Code, art. 6" },
    registered_aircraft = {
      adopted = false,
      note = "Offences on board Bordurian aircraft abroad are tried only if the aircraft lands in Borduria.",
    },
    active_nationality = {
      adopted = "partly",
      source = "Bordurian Penal Code, art. 9",
      missing = { "Offences by nationals abroad are covered only if punishable by at least 10 years." },
    },
    non_extradited_nationals = {
      adopted = false,
      note = "Nationals who are not extradited can be tried only under art. 9 (offences of at least 10 years); no general rule of aut dedere aut judicare.",
    },
  },

  confiscation = {
    proceeds = { adopted = true, source = "Bordurian Penal Code, art. 60" },
    value_based = {
      adopted = false,
      source = "Bordurian Penal Code, art. 60",
      note = "Only the proceeds themselves can be confiscated; if they have been spent or hidden, no equivalent value can be taken.",
    },
    instrumentalities = { adopted = true, source = "Bordurian Penal Code, art. 61" },
    identification_tracing = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 140" },
    freezing_seizure = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 141" },
    records_orders = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 150" },
    bank_secrecy_no_bar = {
      adopted = false,
      source = "Banking Act 1994, s. 40",
      note = "A bank may refuse to disclose customer records to a court unless the Governor of the National Bank consents.",
    },
    reversed_burden = { adopted = false },
    third_party_protection = { adopted = true, source = "Bordurian Penal Code, art. 62" },
  },

  extradition = {
    nationals = {
      adopted = true,
      policy = "not_extradited",
      source = "Constitution of Borduria, art. 28",
      note = "No Bordurian citizen may be surrendered to a foreign State.",
    },
  },
}

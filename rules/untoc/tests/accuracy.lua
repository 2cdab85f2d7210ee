-- Test cases for the points of issue 14 (legal accuracy) that cut across
-- articles: elements an offence requires beyond its conduct (`requires`,
-- `advantage`), and the better of several routes.
--
-- A case with `adding` is assessed twice: with its profile, then with the
-- fact `adding` states merged on top.  The fact is true, so no finding of the
-- run may get worse (not_met < partly_met < met; a settled finding may not
-- become unknown); `expect` is about the profile with the fact added.
return {
  -- Art. 8(1): the kind of advantage and a breach of duty ---------------------
  {
    name = "8(1)(a): active bribery limited to pecuniary advantages is partly met, naming the limit",
    profile = {
      offences = {
        bribery = { name = "Bribery", source = "Prevention of Corruption Act s. 2", max_prison_years = 7,
                    advantage = "pecuniary",
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "partly_met" },
  },
  {
    name = "8(1)(a): an advantage of any kind stated explicitly is met",
    profile = {
      offences = {
        bribery = { name = "Bribery", source = "Prevention of Corruption Act s. 2", max_prison_years = 7,
                    advantage = "any",
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "met" },
  },
  {
    name = "8(1)(b): passive bribery requiring a breach of the official's duties is partly met",
    profile = {
      offences = {
        bribery = { name = "Passive bribery", source = "Penal Code art. 318", max_prison_years = 8,
                    requires = { "breach_of_duty" },
                    conduct = { "bribery_passive_solicit", "bribery_passive_accept",
                                "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.b"] = "partly_met" },
  },
  {
    name = "8(1)(b): the purpose the Convention names (to act or refrain from acting) does not narrow the offence",
    profile = {
      offences = {
        bribery = { name = "Passive bribery", source = "Penal Code art. 318", max_prison_years = 8,
                    requires = { "specific_purpose" },
                    conduct = { "bribery_passive_solicit", "bribery_passive_accept",
                                "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.b"] = "met" },
  },
  {
    name = "8(1)(a): an element the profile does not describe (`other`) is unknown, with a question",
    profile = {
      offences = {
        bribery = { name = "Bribery", source = "Penal Code art. 317", max_prison_years = 8,
                    requires = { "other" }, note = "Requires a prior complaint of the official's employer.",
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "unknown" },
  },
  {
    name = "8(1)(a): a narrow offence beside a full one: the full one counts",
    profile = {
      offences = {
        narrow = { name = "Bribery (pecuniary)", source = "Act 1 s. 2", max_prison_years = 7, advantage = "pecuniary",
                   conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                               "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    adding = {
      offences = {
        wide = { name = "Bribery", source = "Act 2 s. 5", max_prison_years = 10,
                 conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                             "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "met" },
  },
  {
    name = "8(2): foreign bribery limited to pecuniary advantages is partly met (consider level)",
    profile = {
      offences = {
        foreign = { name = "Foreign bribery", source = "Act 3 s. 1", max_prison_years = 10, advantage = "pecuniary",
                    conduct = { "bribery_active_foreign_official", "bribery_passive_foreign_official" } },
      },
    },
    expect = { ["untoc:8.2#foreign-officials"] = "partly_met" },
  },

  -- Arts 6 and 23: requirements that narrow, and those the Convention contains --
  {
    name = "6(1)(a)(i): a purpose the Convention names does not lower the finding",
    profile = {
      offences = {
        ml = { name = "Money laundering", source = "Penal Code art. 305", max_prison_years = 10,
               requires = { "specific_purpose" }, self_laundering = true,
               conduct = { "laundering_conversion_transfer" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "met" },
  },
  {
    name = "6(1)(a)(ii): concealment requiring a material benefit is partly met",
    profile = {
      offences = {
        ml = { name = "Money laundering", source = "Penal Code art. 305", max_prison_years = 10,
               requires = { "material_benefit" }, self_laundering = true,
               conduct = { "laundering_concealment_disguise" } },
      },
    },
    expect = { ["untoc:6.1.a.ii"] = "partly_met" },
  },
  {
    name = "6(1)(b)(i): acquisition requiring a specific purpose is partly met",
    profile = {
      offences = {
        recel = { name = "Receiving", source = "Penal Code art. 321", max_prison_years = 5,
                  requires = { "specific_purpose" },
                  conduct = { "laundering_acquisition_possession_use" } },
      },
    },
    expect = { ["untoc:6.1.b.i"] = "partly_met" },
  },
  {
    name = "23(a): intimidation of witnesses requiring a material benefit is partly met",
    profile = {
      offences = {
        obstruction = { name = "Obstruction of justice", source = "Penal Code art. 434", max_prison_years = 3,
                        requires = { "material_benefit" },
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
    },
    expect = { ["untoc:23.a"] = "partly_met" },
  },
  {
    name = "23(a): an undue advantage limited to money is partly met; the purpose named by 23 does not narrow",
    profile = {
      offences = {
        obstruction = { name = "Subornation", source = "Penal Code art. 434-15", max_prison_years = 3,
                        requires = { "specific_purpose" }, advantage = "pecuniary",
                        conduct = { "obstruction_witness_undue_advantage" } },
        threats = { name = "Threats against witnesses", source = "Penal Code art. 434-5", max_prison_years = 3,
                    requires = { "specific_purpose" },
                    conduct = { "obstruction_witness_force_threats" } },
      },
    },
    expect = { ["untoc:23.a"] = "partly_met" },
  },
  {
    name = "23(b): an overt-act requirement narrows the offence",
    profile = {
      offences = {
        threats = { name = "Threats against officials", source = "Penal Code art. 433-3", max_prison_years = 5,
                    requires = { "overt_act" }, conduct = { "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:23.b"] = "partly_met" },
  },

  -- Art. 5: the material benefit of 5(1)(a)(i), and the better of the routes of 5(1)(b)
  {
    name = "5(1)(a)(i): conspiracy requiring a financial or other material benefit is met (the Convention contains it)",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10,
                       requires = { "material_benefit" }, aims_at = { scope = "all_offences" },
                       conduct = { "participation_conspiracy" } },
      },
    },
    expect = { ["untoc:5.1.a"] = { status = "met", option = "i" } },
  },
  {
    name = "5(1)(a)(ii): participation requiring a specific purpose is partly met",
    profile = {
      offences = {
        org = { name = "Participation in a criminal organisation", source = "Criminal Code s. 22", max_prison_years = 7,
                requires = { "organized_group", "specific_purpose" }, aims_at = { scope = "all_offences" },
                conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
      },
      no_offence_for = { { conduct = "participation_conspiracy" } },
    },
    expect = { ["untoc:5.1.a"] = "partly_met" },
  },
  {
    name = "5(1)(b): an offence entry of narrow scope, then the general rules on complicity stated: met (never lower)",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Criminal Code s. 23", max_prison_years = 15,
                    aims_at = { scope = "all_offences" }, conduct = { "ocg_crime_organizing", "ocg_crime_directing" } },
        helping = { name = "Assisting a criminal organisation", source = "Criminal Code s. 24", max_prison_years = 5,
                    aims_at = { scope = "threshold", threshold_prison_years = 10 },
                    conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" } },
        robbery = { name = "Robbery", source = "Criminal Code s. 40", max_prison_years = 6 },
      },
    },
    adding = { general_part = { complicity = { adopted = true, source = "Criminal Code s. 8" } } },
    expect = { ["untoc:5.1.b"] = "met" },
  },
  {
    name = "5(1)(b): an offence entry of unknown scope, then the general rules on complicity stated: met",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Criminal Code s. 23", max_prison_years = 15,
                    aims_at = { scope = "all_offences" }, conduct = { "ocg_crime_organizing", "ocg_crime_directing" } },
        helping = { name = "Assisting a criminal organisation", source = "Criminal Code s. 24", max_prison_years = 5,
                    conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" } },
      },
    },
    adding = { general_part = { complicity = { adopted = true, source = "Criminal Code s. 8" } } },
    expect = { ["untoc:5.1.b"] = "met" },
  },
  {
    name = "5(1)(b): complicity rules first, then an offence entry of narrow scope added: still met",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Criminal Code s. 23", max_prison_years = 15,
                    aims_at = { scope = "all_offences" }, conduct = { "ocg_crime_organizing", "ocg_crime_directing" } },
        robbery = { name = "Robbery", source = "Criminal Code s. 40", max_prison_years = 6 },
      },
      general_part = { complicity = { adopted = true, source = "Criminal Code s. 8" } },
    },
    adding = {
      offences = {
        helping = { name = "Assisting a criminal organisation", source = "Criminal Code s. 24", max_prison_years = 5,
                    aims_at = { scope = "threshold", threshold_prison_years = 10 },
                    conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" } },
      },
    },
    expect = { ["untoc:5.1.b"] = "met" },
  },

  -- Art. 18(13): a stated absence is a gap, and no question on its notification
  {
    name = "18(13): no central authority, no notification listed: not met (not unknown)",
    profile = { mutual_legal_assistance = { central_authority = { adopted = false, source = "Ministry of Justice, circular of 2019" } } },
    expect = { ["untoc:18.13"] = "not_met" },
  },
  {
    name = "18(13): no central authority, notifications listed: not met",
    profile = { notifications = {}, mutual_legal_assistance = { central_authority = { adopted = false } } },
    expect = { ["untoc:18.13"] = "not_met" },
  },

  -- no_offence_for carries dates like any fact ------------------------------------
  {
    name = "23(b): the offence repealed in 2020 and its absence stated from then: not met in 2021",
    as_of = "2021-01-01",
    profile = {
      offences = { threats = { name = "Threats against officials", source = "Penal Code art. 433-3 (old)", max_prison_years = 5,
                               repealed = "2020-01-01", conduct = { "obstruction_official_force_threats" } } },
      no_offence_for = { { conduct = "obstruction_official_force_threats", from = "2020-01-01", source = "Law 2019-99, art. 4 (repeal)" } },
    },
    expect = { ["untoc:23.b"] = "not_met" },
  },
  {
    name = "23(b): the same profile in 2019: met (the statement of absence is not yet in force)",
    as_of = "2019-01-01",
    profile = {
      offences = { threats = { name = "Threats against officials", source = "Penal Code art. 433-3 (old)", max_prison_years = 5,
                               repealed = "2020-01-01", conduct = { "obstruction_official_force_threats" } } },
      no_offence_for = { { conduct = "obstruction_official_force_threats", from = "2020-01-01", source = "Law 2019-99, art. 4 (repeal)" } },
    },
    expect = { ["untoc:23.b"] = "met" },
  },
  {
    name = "23(b): an offence in force only after the as-of date: unknown, saying so",
    as_of = "2019-01-01",
    profile = {
      offences = { threats = { name = "Threats against officials", source = "Penal Code art. 433-3", max_prison_years = 5,
                               from = "2020-01-01", conduct = { "obstruction_official_force_threats" } } },
    },
    expect = { ["untoc:23.b"] = "unknown" },
  },

  -- A definition stated once and referred to ----------------------------------------
  {
    name = "definitions: one 'criminal organization' scope shared by two offences, limited to 10 years: 5(1)(a) partly met",
    profile = {
      definitions = { criminal_organization = { scope = "threshold", threshold_prison_years = 10, source = "Criminal Code s. 20 (definition)" } },
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10,
                       conduct = { "participation_conspiracy" }, aims_at = { ref = "criminal_organization" } },
        org = { name = "Participation", source = "Criminal Code s. 22", max_prison_years = 10,
                conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                aims_at = { ref = "criminal_organization" } },
        robbery = { name = "Robbery", source = "Criminal Code s. 40", max_prison_years = 6 },
      },
    },
    expect = { ["untoc:5.1.a"] = "partly_met" },
  },
  {
    name = "definitions: the shared scope reaches every serious crime: 5(1)(a) met through both options",
    profile = {
      definitions = { criminal_organization = { scope = "threshold", threshold_prison_years = 4 } },
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10,
                       conduct = { "participation_conspiracy" }, aims_at = { ref = "criminal_organization" } },
        org = { name = "Participation", source = "Criminal Code s. 22", max_prison_years = 10,
                conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                aims_at = { ref = "criminal_organization" } },
      },
    },
    expect = { ["untoc:5.1.a"] = { status = "met", option = "both" } },
  },

  -- Art. 6(2)(b): a laundering offence is not a missing predicate of itself --------
  {
    name = "6(2)(b): a list of predicates that does not name the laundering offence itself is met",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "list", offences = { "drug_trafficking", "fraud", "criminal_association", "bribery", "obstruction" } } },
        drug_trafficking = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 20 },
        fraud = { name = "Fraud", source = "Penal Code s. 150", max_prison_years = 5 },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 3,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "met" },
  },
}

return {
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
  }

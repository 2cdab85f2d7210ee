-- Test cases for UNTOC article 16 (rules/untoc/art16.lua).
-- Each case: a profile fragment merged onto tests/base.lua (Testland,
-- deposit 2003-01-15, as of 2024-01-01), and the expected status of each
-- obligation named.  An expectation is a status, or { status = ..., option = <id> }.
return {
  ---------------------------------------------------------------------------
  -- Nothing known: every obligation unknown (conditions unsettled included).
  ---------------------------------------------------------------------------
  {
    name = "nothing known about extradition",
    profile = {},
    expect = {
      ["untoc:16.2"] = "unknown",
      ["untoc:16.3#existing-treaties"] = "unknown", ["untoc:16.3#future-treaties"] = "unknown",
      ["untoc:16.4"] = "unknown", ["untoc:16.5.a"] = "unknown", ["untoc:16.5.b"] = "unknown",
      ["untoc:16.6"] = "unknown", ["untoc:16.8"] = "unknown", ["untoc:16.9"] = "unknown",
      ["untoc:16.10#submission"] = "unknown", ["untoc:16.10#cooperation"] = "unknown",
      ["untoc:16.11"] = "unknown", ["untoc:16.12"] = "unknown", ["untoc:16.13"] = "unknown",
      ["untoc:16.15"] = "unknown", ["untoc:16.16"] = "unknown", ["untoc:16.17"] = "unknown",
    },
  },

  ---------------------------------------------------------------------------
  -- Paragraphs 2, 3, 9, 13, 15, 16, 17: plain measures
  ---------------------------------------------------------------------------
  {
    name = "all unconditional measures adopted",
    profile = {
      extradition = {
        accessory_offences = { adopted = true, source = "Extradition Act s. 6(3)" },
        existing_treaties = { adopted = true, source = "Constitution art. 91 (treaties have direct effect)" },
        new_treaties = { adopted = true, source = "Model extradition treaty of the Ministry of Foreign Affairs, art. 2" },
        provisional_arrest = { adopted = true, source = "Extradition Act s. 12" },
        fair_treatment = { adopted = true, source = "Code of Criminal Procedure s. 1; Extradition Act s. 15" },
        fiscal_offences_no_bar = { adopted = true, source = "Extradition Act s. 8(2)" },
        consultation_before_refusal = { adopted = true, source = "Extradition Act s. 20" },
        agreements = { adopted = true, source = "European Convention on Extradition; 14 bilateral treaties" },
      },
    },
    expect = {
      ["untoc:16.2"] = "met", ["untoc:16.3#existing-treaties"] = "met", ["untoc:16.3#future-treaties"] = "met",
      ["untoc:16.9"] = "met", ["untoc:16.13"] = "met", ["untoc:16.15"] = "met",
      ["untoc:16.16"] = "met", ["untoc:16.17"] = "met",
    },
  },
  {
    name = "unconditional measures absent: gaps for the mandatory ones, not adopted for the others",
    profile = {
      extradition = {
        accessory_offences = { adopted = false },
        existing_treaties = { adopted = "partly", source = "Extradition Act s. 3",
                              missing = { "Treaties concluded before 2003 are applied only to the offences they list; the Convention was not incorporated." } },
        new_treaties = { adopted = false, note = "Treaties concluded since ratification keep a closed list that omits laundering." },
        provisional_arrest = { adopted = false },
        fair_treatment = { adopted = "partly", source = "Extradition Act s. 15", missing = { "No right to an interpreter in extradition hearings." } },
        fiscal_offences_no_bar = { adopted = false, source = "Extradition Act s. 8(c)", note = "Extradition is refused for fiscal offences." },
        consultation_before_refusal = { adopted = false },
        agreements = { adopted = false },
      },
    },
    expect = {
      ["untoc:16.2"] = "not_met", ["untoc:16.3#existing-treaties"] = "partly_met", ["untoc:16.3#future-treaties"] = "not_met",
      ["untoc:16.9"] = "not_met", ["untoc:16.13"] = "partly_met", ["untoc:16.15"] = "not_met",
      ["untoc:16.16"] = "not_met", ["untoc:16.17"] = "not_met",
    },
  },
  {
    name = "fiscal exception abolished only after the as-of date: 16(15) not met",
    as_of = "2020-01-01",
    profile = { extradition = { fiscal_offences_no_bar = { adopted = true, source = "Extradition (Amendment) Act 2021, s. 4", from = "2021-07-01" } } },
    expect = { ["untoc:16.15"] = "not_met" },
  },
  {
    name = "agreements considered but none concluded: the endeavour of 16(17) is met",
    profile = { extradition = { agreements = { adopted = false, considered = true, note = "Negotiations opened with three States Parties in 2022." } } },
    expect = { ["untoc:16.17"] = { status = "met", option = "considered" } },
  },

  ---------------------------------------------------------------------------
  -- Paragraphs 4 and 5: a treaty is required
  ---------------------------------------------------------------------------
  {
    name = "treaty required, Convention taken as legal basis and notified at deposit",
    profile = {
      extradition = {
        treaty_required = { required = true, source = "Extradition Act s. 2" },
        convention_as_legal_basis = { adopted = true, source = "Extradition Act s. 2(3)" },
      },
      notifications = { { provision = "untoc:16.5.a", date = "2003-01-15", content = "The Convention is the legal basis for extradition." } },
    },
    expect = {
      ["untoc:16.4"] = "met", ["untoc:16.5.a"] = "met", ["untoc:16.5.b"] = "not_applicable",
      ["untoc:16.6"] = "not_applicable",
    },
  },
  {
    name = "treaty required, notification made late: 16(5)(a) met all the same",
    profile = {
      extradition = { treaty_required = { required = true, source = "Extradition Act s. 2" } },
      notifications = { { provision = "untoc:16.5.a", date = "2006-03-01" } },
    },
    expect = { ["untoc:16.5.a"] = "met" },
  },
  {
    name = "treaty required, notification dated after the as-of date does not count",
    as_of = "2005-01-01",
    profile = {
      extradition = { treaty_required = { required = true, source = "Extradition Act s. 2" } },
      notifications = { { provision = "untoc:16.5.a", date = "2006-03-01" } },
    },
    expect = { ["untoc:16.5.a"] = "not_met" },
  },
  {
    name = "treaty required, notifications listed but none under 16(5)(a): not met",
    profile = {
      extradition = { treaty_required = { required = true, source = "Extradition Act s. 2" } },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15" } },
    },
    expect = { ["untoc:16.5.a"] = "not_met" },
  },
  {
    name = "treaty required, notifications not stated: 16(5)(a) unknown",
    profile = { extradition = { treaty_required = { required = true, source = "Extradition Act s. 2" } } },
    expect = { ["untoc:16.5.a"] = "unknown", ["untoc:16.4"] = "unknown", ["untoc:16.5.b"] = "unknown" },
  },
  {
    name = "treaty required, Convention not a legal basis, treaties sought",
    profile = {
      extradition = {
        treaty_required = { required = true, source = "Extradition Act s. 2" },
        convention_as_legal_basis = { adopted = false, source = "Extradition Act s. 2", note = "Only bilateral treaties can found extradition." },
        agreements = { adopted = true, source = "Treaties with six States Parties concluded 2005-2019" },
      },
    },
    expect = { ["untoc:16.4"] = "not_met", ["untoc:16.5.b"] = "met", ["untoc:16.17"] = "met" },
  },
  {
    name = "treaty required, Convention not a legal basis, treaties only considered",
    profile = {
      extradition = {
        treaty_required = { required = true },
        convention_as_legal_basis = { adopted = false },
        agreements = { adopted = false, considered = true, note = "A treaty programme was studied in 2015 and shelved." },
      },
    },
    expect = { ["untoc:16.5.b"] = { status = "met", option = "considered" } },
  },
  {
    name = "treaty required, Convention a basis only under reciprocity, few treaties: 16(5)(b) partly met",
    profile = {
      extradition = {
        treaty_required = { required = true },
        convention_as_legal_basis = { adopted = "partly", source = "Extradition Act s. 2(4)", missing = { "Only towards States Parties that grant reciprocity." } },
        agreements = { adopted = "partly", missing = { "No treaty concluded since ratification." } },
      },
    },
    expect = { ["untoc:16.4"] = "partly_met", ["untoc:16.5.b"] = "partly_met" },
  },
  {
    name = "treaty required, Convention not a basis, no efforts: 16(5)(b) not met",
    profile = {
      extradition = {
        treaty_required = { required = true },
        convention_as_legal_basis = { adopted = false },
        agreements = { adopted = false },
      },
    },
    expect = { ["untoc:16.5.b"] = "not_met" },
  },
  {
    name = "treaty required, Convention not a basis, efforts not stated: 16(5)(b) unknown",
    profile = { extradition = { treaty_required = { required = true }, convention_as_legal_basis = { adopted = false } } },
    expect = { ["untoc:16.5.b"] = "unknown" },
  },

  ---------------------------------------------------------------------------
  -- Paragraph 6: no treaty required
  ---------------------------------------------------------------------------
  {
    name = "no treaty required: paragraphs 4 and 5 do not apply; threshold of 2 years reaches every offence",
    profile = {
      offences = {
        tst_pc_100 = { name = "Money laundering", source = "Penal Code s. 100", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } },
        tst_pc_200 = { name = "Obstruction of justice", source = "Penal Code s. 200", max_prison_years = 3, conduct = { "obstruction_witness_force_threats" } },
        tst_pc_121 = { name = "Complicity", source = "Penal Code s. 21", conduct = { "laundering_aiding_abetting" } },
      },
      extradition = {
        treaty_required = { required = false, source = "Extradition Act s. 1" },
        extraditable_offences = { adopted = true, source = "Extradition Act s. 3",
                                  scope = { scope = "threshold", threshold_prison_years = 2 } },
      },
    },
    expect = {
      ["untoc:16.4"] = "not_applicable", ["untoc:16.5.a"] = "not_applicable", ["untoc:16.5.b"] = "not_applicable",
      ["untoc:16.6"] = { status = "met", option = "threshold" },
    },
  },
  {
    name = "16(6): an offence of another instrument only (Cybercrime Convention art. 8) below the threshold is not an offence of the Convention",
    profile = {
      offences = {
        tst_pc_100 = { name = "Money laundering", source = "Penal Code s. 100", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } },
        tst_pc_300 = { name = "Interception of communications", source = "Penal Code s. 300", max_prison_years = 1, conduct = { "ict_illegal_interception" } },
      },
      extradition = {
        treaty_required = { required = false, source = "Extradition Act s. 1" },
        extraditable_offences = { adopted = true, source = "Extradition Act s. 3",
                                  scope = { scope = "threshold", threshold_prison_years = 2 } },
      },
    },
    expect = { ["untoc:16.6"] = { status = "met", option = "threshold" } },
  },
  {
    name = "no treaty required: every offence extraditable",
    profile = {
      extradition = {
        treaty_required = { required = false, source = "Extradition Act s. 1" },
        extraditable_offences = { adopted = true, source = "Extradition Act s. 3", scope = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:16.6"] = { status = "met", option = "all-offences" } },
  },
  {
    name = "no treaty required: a list that holds every offence of the profile",
    profile = {
      offences = {
        tst_pc_100 = { name = "Money laundering", source = "Penal Code s. 100", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } },
        tst_pc_300 = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 15 },
      },
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, source = "Extradition Act, Schedule 1",
                                  scope = { scope = "list", offences = { "tst_pc_100", "tst_pc_300" } } },
      },
    },
    expect = { ["untoc:16.6"] = { status = "met", option = "list" } },
  },
  {
    name = "no treaty required: a list that omits a serious crime and a laundering offence",
    profile = {
      offences = {
        tst_pc_100 = { name = "Money laundering", source = "Penal Code s. 100", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } },
        tst_pc_300 = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 15 },
      },
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, source = "Extradition Act, Schedule 1",
                                  scope = { scope = "list", offences = { "tst_pc_300" } } },
      },
    },
    expect = { ["untoc:16.6"] = "partly_met" },
  },
  {
    name = "no treaty required: a threshold of 5 years leaves out serious crimes and a 3-year obstruction offence",
    profile = {
      offences = {
        tst_pc_200 = { name = "Obstruction of justice", source = "Penal Code s. 200", max_prison_years = 3, conduct = { "obstruction_witness_force_threats" } },
      },
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, source = "Extradition Act s. 3",
                                  scope = { scope = "threshold", threshold_prison_years = 5 } },
      },
    },
    expect = { ["untoc:16.6"] = "partly_met" },
  },
  {
    name = "no treaty required: a threshold of 2 years, but bribery of officials punishable by 1 year",
    profile = {
      offences = {
        tst_pc_400 = { name = "Bribery", source = "Penal Code s. 400", max_prison_years = 1, conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
      },
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, scope = { scope = "threshold", threshold_prison_years = 2 } },
      },
    },
    expect = { ["untoc:16.6"] = "partly_met" },
  },
  {
    name = "no treaty required: an offence without a stated penalty leaves coverage unknown",
    profile = {
      offences = {
        tst_pc_500 = { name = "Intimidation of witnesses", source = "Penal Code s. 500", conduct = { "obstruction_witness_force_threats" } },
      },
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, scope = { scope = "threshold", threshold_prison_years = 1 } },
      },
    },
    expect = { ["untoc:16.6"] = "unknown" },
  },
  {
    name = "no treaty required: offences not extraditable without a treaty in fact",
    profile = {
      extradition = {
        treaty_required = { required = false, source = "Extradition Act s. 1" },
        extraditable_offences = { adopted = false, note = "Without a treaty only the offences of the 1930 schedule are extraditable, which omits all the Convention's offences." },
      },
    },
    expect = { ["untoc:16.6"] = "not_met" },
  },
  {
    name = "no treaty required: extraditable offences stated without their scope",
    profile = {
      extradition = {
        treaty_required = { required = false },
        extraditable_offences = { adopted = true, source = "Extradition Act s. 3" },
      },
    },
    expect = { ["untoc:16.6"] = "met" },
  },
  {
    name = "no treaty required: extraditable offences not stated",
    profile = { extradition = { treaty_required = { required = false } } },
    expect = { ["untoc:16.6"] = "unknown" },
  },

  ---------------------------------------------------------------------------
  -- Paragraph 8: expedite and simplify (endeavour, two objects)
  ---------------------------------------------------------------------------
  {
    name = "expedited procedures and simplified evidence",
    profile = { extradition = {
      expedited_procedures = { adopted = true, source = "Extradition Act s. 30 (consent procedure)" },
      simplified_evidence = { adopted = true, source = "Extradition Act s. 14 (record of the case suffices)" } } },
    expect = { ["untoc:16.8"] = "met" },
  },
  {
    name = "expedited procedures only: 16(8) partly met",
    profile = { extradition = {
      expedited_procedures = { adopted = true, source = "Extradition Act s. 30" },
      simplified_evidence = { adopted = false, note = "A prima facie case is still required." } } },
    expect = { ["untoc:16.8"] = "partly_met" },
  },
  {
    name = "neither expedited nor simplified: 16(8) not met",
    profile = { extradition = { expedited_procedures = { adopted = false }, simplified_evidence = { adopted = false } } },
    expect = { ["untoc:16.8"] = "not_met" },
  },
  {
    name = "both measures considered and rejected: the endeavour is met",
    profile = { extradition = {
      expedited_procedures = { adopted = false, considered = true },
      simplified_evidence = { adopted = false, considered = true, note = "Law Commission report 2019 kept the prima facie requirement." } } },
    expect = { ["untoc:16.8"] = "met" },
  },

  ---------------------------------------------------------------------------
  -- Paragraphs 10 to 12: nationals
  ---------------------------------------------------------------------------
  {
    name = "nationals extradited: paragraphs 10 to 12 do not apply",
    profile = { extradition = { nationals = { adopted = true, policy = "extradited", source = "Extradition Act s. 4" } } },
    expect = {
      ["untoc:16.10#submission"] = "not_applicable", ["untoc:16.10#cooperation"] = "not_applicable",
      ["untoc:16.11"] = "not_applicable", ["untoc:16.12"] = "not_applicable",
    },
  },
  {
    name = "nationals not extradited, case submitted for prosecution, cooperation, sentence enforcement",
    profile = {
      extradition = {
        nationals = { adopted = true, policy = "not_extradited", source = "Constitution art. 12" },
        submission_for_prosecution = { adopted = true, source = "Code of Criminal Procedure s. 9A" },
        prosecution_cooperation = { adopted = true, source = "Mutual Legal Assistance Act s. 3" },
        conditional_surrender = { adopted = false, note = "The Constitution forbids any surrender of nationals." },
        sentence_enforcement = { adopted = true, source = "Foreign Judgments (Criminal) Act s. 2" },
      },
      jurisdiction = { non_extradited_nationals = { adopted = true, source = "Penal Code s. 10" } },
    },
    expect = {
      ["untoc:16.10#submission"] = { status = "met", option = "submission" },
      ["untoc:16.10#cooperation"] = "met", ["untoc:16.11"] = "not_met", ["untoc:16.12"] = "met",
    },
  },
  {
    name = "nationals surrendered only on condition of return, no submission procedure: 16(10) partly met",
    profile = {
      extradition = {
        nationals = { adopted = true, policy = "conditional", source = "Extradition Act s. 4" },
        conditional_surrender = { adopted = true, source = "Extradition Act s. 4(2)" },
        submission_for_prosecution = { adopted = false },
        prosecution_cooperation = { adopted = false },
      },
    },
    expect = {
      ["untoc:16.10#submission"] = "partly_met", ["untoc:16.11"] = "met", ["untoc:16.10#cooperation"] = "not_met",
    },
  },
  {
    name = "nationals not extradited, no submission and no jurisdiction: 16(10) not met",
    profile = {
      extradition = {
        nationals = { adopted = true, policy = "not_extradited", source = "Constitution art. 28" },
        submission_for_prosecution = { adopted = false },
        sentence_enforcement = { adopted = false, note = "Foreign sentences cannot be enforced." },
      },
      jurisdiction = { non_extradited_nationals = { adopted = false } },
    },
    expect = { ["untoc:16.10#submission"] = "not_met", ["untoc:16.12"] = "not_applicable" },
  },
  {
    name = "nationals not extradited, submission only for some offences, sentences enforced only under treaties",
    profile = {
      extradition = {
        nationals = { adopted = true, policy = "not_extradited" },
        submission_for_prosecution = { adopted = "partly", missing = { "Only offences punishable by at least 10 years are submitted." } },
        sentence_enforcement = { adopted = "partly", source = "Transfer of Prisoners Act s. 5", missing = { "Only under a treaty on the transfer of sentenced persons." } },
      },
    },
    expect = { ["untoc:16.10#submission"] = "partly_met", ["untoc:16.12"] = "partly_met" },
  },
  {
    name = "nationals not extradited, nothing else known",
    profile = { extradition = { nationals = { adopted = true, policy = "not_extradited" } } },
    expect = {
      ["untoc:16.10#submission"] = "unknown", ["untoc:16.10#cooperation"] = "unknown",
      ["untoc:16.11"] = "unknown", ["untoc:16.12"] = "unknown",
    },
  },
  {
    name = "extradition of nationals not stated, no submission, no cooperation, no conditional surrender: unknown, not gaps (16(10)-(11) may not bind)",
    profile = {
      extradition = {
        nationals = { adopted = true, source = "Extradition Act s. 1" },
        submission_for_prosecution = { adopted = false },
        prosecution_cooperation = { adopted = false },
        conditional_surrender = { adopted = false },
        sentence_enforcement = { adopted = "partly", source = "Transfer of Prisoners Act s. 5", missing = { "Only under a treaty on the transfer of sentenced persons." } },
      },
    },
    expect = {
      ["untoc:16.10#submission"] = "unknown", ["untoc:16.10#cooperation"] = "unknown",
      ["untoc:16.11"] = "unknown", ["untoc:16.12"] = "unknown",
    },
  },
  {
    name = "extradition of nationals not stated, submission and cooperation provided: met either way",
    profile = {
      extradition = {
        nationals = { adopted = true, source = "Extradition Act s. 1" },
        submission_for_prosecution = { adopted = true, source = "Code of Criminal Procedure art. 113-8-1" },
        prosecution_cooperation = { adopted = true, source = "Code of Criminal Procedure art. 694" },
        sentence_enforcement = { adopted = false, note = "Foreign sentences cannot be enforced." },
      },
    },
    expect = {
      ["untoc:16.10#submission"] = { status = "met", option = "submission" }, ["untoc:16.10#cooperation"] = "met",
      ["untoc:16.12"] = "not_applicable",
    },
  },
}

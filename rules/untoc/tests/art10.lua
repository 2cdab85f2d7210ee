-- Test cases for UNTOC article 10 (rules/untoc/art10.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
-- Option ids of 10(1) and 10(2) name the forms of liability: "criminal",
-- "civil", "administrative", or several joined with "+" in that order.
return {
  {
    name = "criminal liability of legal persons for every offence",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Penal Code art. 121-2" },
        civil = { adopted = false }, administrative = { adopted = false },
        scope = { scope = "all_offences", source = "Penal Code art. 121-2" },
        natural_persons_unaffected = { adopted = true, source = "Penal Code art. 121-2 para. 3" },
        monetary_sanctions = { adopted = true, source = "Penal Code art. 131-38", max_fine = 5000000, currency = "EUR" },
        other_sanctions = { adopted = true, source = "Penal Code art. 131-39", note = "Dissolution, exclusion from public procurement." },
      },
    },
    expect = {
      ["untoc:10.1"] = { status = "met", option = "criminal" },
      ["untoc:10.2"] = { status = "met", option = "criminal" },
      ["untoc:10.3"] = "met",
      ["untoc:10.4"] = "met",
    },
  },
  {
    name = "administrative liability only, criminal liability excluded by legal principles",
    profile = {
      legal_persons = {
        criminal = { adopted = false, note = "Societas delinquere non potest." },
        civil = { adopted = false },
        administrative = { adopted = true, source = "Administrative Offences Act s. 30" },
        scope = { scope = "all_offences", source = "Administrative Offences Act s. 30" },
      },
      principles = {
        { provisions = { "untoc:10.2" }, statement = "Only natural persons can bear criminal guilt.", source = "Constitutional Court, 1966" },
      },
    },
    expect = {
      ["untoc:10.1"] = { status = "met", option = "administrative" },
      ["untoc:10.2"] = { status = "met", option = "administrative" },
    },
  },
  {
    name = "civil liability only",
    profile = {
      legal_persons = {
        criminal = { adopted = false }, administrative = { adopted = false },
        civil = { adopted = true, source = "Civil Code art. 1384" },
        scope = { scope = "all_offences" },
      },
    },
    expect = {
      ["untoc:10.1"] = { status = "met", option = "civil" },
      ["untoc:10.2"] = { status = "met", option = "civil" },
    },
  },
  {
    name = "criminal and administrative liability",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        civil = { adopted = false },
        administrative = { adopted = true, source = "Corporate Sanctions Act s. 4" },
        scope = { scope = "all_offences" },
      },
    },
    expect = {
      ["untoc:10.1"] = { status = "met", option = "criminal+administrative" },
      ["untoc:10.2"] = { status = "met", option = "criminal+administrative" },
    },
  },
  {
    name = "one form adopted, the others not stated: 10(2) names the form found",
    profile = { legal_persons = { criminal = { adopted = true, source = "Criminal Code s. 22" } } },
    expect = { ["untoc:10.2"] = { status = "met", option = "criminal" } },
  },
  {
    name = "no liability of legal persons at all",
    profile = {
      legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } },
    },
    expect = {
      ["untoc:10.1"] = "not_met", ["untoc:10.2"] = "not_met",
      ["untoc:10.3"] = "not_applicable", ["untoc:10.4"] = "not_applicable",
    },
  },
  {
    name = "a legal principle invoked does not excuse the absence of any liability",
    profile = {
      legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } },
      principles = {
        { provisions = { "untoc:10" }, statement = "Only natural persons can commit offences.", source = "Penal Code art. 1" },
      },
    },
    expect = { ["untoc:10.1"] = "not_met", ["untoc:10.2"] = "not_met" },
  },
  {
    name = "nothing known about legal persons",
    profile = {},
    expect = { ["untoc:10.1"] = "unknown", ["untoc:10.2"] = "unknown", ["untoc:10.3"] = "unknown", ["untoc:10.4"] = "unknown" },
  },
  {
    name = "criminal liability, scope not stated",
    profile = { legal_persons = { criminal = { adopted = true, source = "Criminal Code s. 22" } } },
    expect = { ["untoc:10.1"] = "unknown" },
  },
  {
    name = "list of offences reaching every treaty offence and every serious crime",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
        pc_222_37 = { name = "Drug trafficking", source = "Penal Code art. 222-37", max_prison_years = 10 },
        pc_311_3 = { name = "Theft", source = "Penal Code art. 311-3", max_prison_years = 3 },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Corporate Liability Act s. 2" },
        scope = { scope = "list", offences = { "pc_450_1", "pc_324_1", "pc_433_1", "pc_434_15", "pc_222_37" },
                  source = "Corporate Liability Act, schedule" },
      },
    },
    expect = { ["untoc:10.1"] = { status = "met", option = "criminal" } },
  },
  {
    name = "list of offences leaving out bribery: partly met",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 3,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Corporate Liability Act s. 2" },
        scope = { scope = "list", offences = { "pc_450_1", "pc_324_1", "pc_434_15" } },
      },
    },
    expect = { ["untoc:10.1"] = "partly_met" },
  },
  {
    name = "list of offences leaving out a serious crime: partly met",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
        pc_222_37 = { name = "Drug trafficking", source = "Penal Code art. 222-37", max_prison_years = 10 },
      },
      legal_persons = {
        administrative = { adopted = true, source = "Corporate Sanctions Act s. 4" },
        scope = { scope = "list", offences = { "pc_450_1", "pc_324_1", "pc_433_1", "pc_434_15" } },
      },
    },
    expect = { ["untoc:10.1"] = "partly_met" },
  },
  {
    name = "penalty threshold of 3 years reaches every treaty offence and serious crime",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        scope = { scope = "threshold", threshold_prison_years = 3, source = "Criminal Code s. 22(2)" },
      },
    },
    expect = { ["untoc:10.1"] = { status = "met", option = "criminal" } },
  },
  {
    name = "penalty threshold of 5 years leaves out obstruction of justice (3 years)",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
      penalty_scale = { max_prison_years = { 1, 2, 3, 5, 7, 10 }, closed = true, source = "Penal Code art. 131-4" },
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        scope = { scope = "threshold", threshold_prison_years = 5 },
      },
    },
    expect = { ["untoc:10.1"] = "partly_met" },
  },
  {
    name = "penalty threshold of 5 years and an open scale of penalties: serious crime not settled",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 5,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        scope = { scope = "threshold", threshold_prison_years = 5 },
      },
    },
    expect = { ["untoc:10.1"] = "unknown" },
  },
  {
    name = "list of offences, but the profile names no obstruction offence: unknown",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Corporate Liability Act s. 2" },
        scope = { scope = "list", offences = { "pc_450_1", "pc_324_1", "pc_433_1" } },
      },
    },
    expect = { ["untoc:10.1"] = "unknown" },
  },
  {
    name = "list of offences; obstruction of justice declared not criminalized: nothing left to list",
    profile = {
      offences = {
        pc_450_1 = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                     conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        pc_324_1 = { name = "Money laundering", source = "Penal Code art. 324-1", max_prison_years = 5,
                     conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 10,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
      },
      no_offence_for = {
        { conduct = "obstruction_witness_force_threats" }, { conduct = "obstruction_witness_undue_advantage" },
        { conduct = "obstruction_official_force_threats" },
      },
      legal_persons = {
        criminal = { adopted = true, source = "Corporate Liability Act s. 2" },
        scope = { scope = "list", offences = { "pc_450_1", "pc_324_1", "pc_433_1" } },
      },
    },
    expect = { ["untoc:10.1"] = { status = "met", option = "criminal" } },
  },
  {
    name = "corporate criminal liability repealed, nothing else: not met",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code 1995 s. 22", repealed = "2021-01-01" },
        civil = { adopted = false }, administrative = { adopted = false },
        scope = { scope = "all_offences" },
      },
    },
    expect = { ["untoc:10.1"] = "not_met", ["untoc:10.2"] = "not_met", ["untoc:10.3"] = "not_applicable" },
  },
  {
    name = "the same liability counted while in force",
    as_of = "2018-06-30",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code 1995 s. 22", repealed = "2021-01-01" },
        civil = { adopted = false }, administrative = { adopted = false },
        scope = { scope = "all_offences" },
      },
    },
    expect = { ["untoc:10.1"] = { status = "met", option = "criminal" }, ["untoc:10.2"] = { status = "met", option = "criminal" } },
  },
  {
    name = "corporate liability enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Corporate Liability Act 2015 s. 2", from = "2015-03-01" },
        civil = { adopted = false }, administrative = { adopted = false },
        scope = { scope = "all_offences" },
      },
    },
    expect = { ["untoc:10.1"] = "not_met", ["untoc:10.4"] = "not_applicable" },
  },
  {
    name = "criminal liability only in part (private companies only)",
    profile = {
      legal_persons = {
        criminal = { adopted = "partly", source = "Criminal Code s. 22",
                     missing = { "liability of State-owned enterprises and associations" } },
        civil = { adopted = false }, administrative = { adopted = false },
        scope = { scope = "all_offences" },
      },
    },
    expect = { ["untoc:10.1"] = "partly_met", ["untoc:10.2"] = { status = "met", option = "criminal" } },
  },
  {
    name = "criminal liability only in part, other forms not stated: 10(1) unknown",
    profile = {
      legal_persons = {
        criminal = { adopted = "partly", source = "Criminal Code s. 22",
                     missing = { "liability of State-owned enterprises and associations" } },
        scope = { scope = "all_offences" },
      },
    },
    expect = { ["untoc:10.1"] = "unknown" },
  },
  {
    name = "conviction of the company bars prosecution of its managers: 10(3) not met",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        natural_persons_unaffected = { adopted = false, source = "Criminal Code s. 22(4)",
                                       note = "Managers are not prosecuted once the company is convicted." },
      },
    },
    expect = { ["untoc:10.3"] = "not_met" },
  },
  {
    name = "liability exists, effect on natural persons not stated: 10(3) unknown",
    profile = { legal_persons = { administrative = { adopted = true, source = "Corporate Sanctions Act s. 4" } } },
    expect = { ["untoc:10.3"] = "unknown", ["untoc:10.4"] = "unknown" },
  },
  {
    name = "sanctions without any fine: 10(4) partly met",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        monetary_sanctions = { adopted = false },
        other_sanctions = { adopted = true, source = "Criminal Code s. 23", note = "Dissolution and debarment only." },
      },
    },
    expect = { ["untoc:10.4"] = "partly_met" },
  },
  {
    name = "no sanction at all against liable legal persons: 10(4) not met",
    profile = {
      legal_persons = {
        civil = { adopted = true, source = "Civil Code art. 1384" },
        monetary_sanctions = { adopted = false }, other_sanctions = { adopted = false },
      },
    },
    expect = { ["untoc:10.4"] = "not_met" },
  },
  {
    name = "fines only for some offences: 10(4) partly met",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        monetary_sanctions = { adopted = "partly", source = "Criminal Code s. 24", max_fine = 100000, currency = "USD",
                               missing = { "fines for obstruction of justice" } },
      },
    },
    expect = { ["untoc:10.4"] = "partly_met" },
  },
  {
    name = "no fine, other sanctions not stated: 10(4) unknown",
    profile = {
      legal_persons = {
        criminal = { adopted = true, source = "Criminal Code s. 22" },
        monetary_sanctions = { adopted = false },
      },
    },
    expect = { ["untoc:10.4"] = "unknown" },
  },
}

-- Test cases for UNTOC article 8 (rules/untoc/art08.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
return {
  {
    name = "active and passive bribery criminalized with both modalities",
    profile = {
      offences = {
        pc_433_1 = {
          name = "Active bribery of public officials", source = "Penal Code art. 433-1",
          max_prison_years = 10, mental = { "intent" },
          conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                      "bribery_indirect", "bribery_third_party_beneficiary" },
        },
        pc_432_11 = {
          name = "Passive bribery of public officials", source = "Penal Code art. 432-11",
          max_prison_years = 10, mental = { "intent" },
          conduct = { "bribery_passive_solicit", "bribery_passive_accept",
                      "bribery_indirect", "bribery_third_party_beneficiary" },
        },
      },
    },
    expect = { ["untoc:8.1.a"] = "met", ["untoc:8.1.b"] = "met" },
  },
  {
    name = "one bribery offence covering both sides",
    profile = {
      offences = {
        anti_corruption_act_3 = {
          name = "Bribery", source = "Anti-Corruption Act 2009 s. 3", max_prison_years = 7,
          conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                      "bribery_passive_solicit", "bribery_passive_accept",
                      "bribery_indirect", "bribery_third_party_beneficiary" },
        },
      },
    },
    expect = { ["untoc:8.1.a"] = "met", ["untoc:8.1.b"] = "met" },
  },
  {
    name = "advantages for third parties not covered: both sides partly met",
    profile = {
      offences = {
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 5,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_indirect" } },
        pc_432_11 = { name = "Passive bribery", source = "Penal Code art. 432-11", max_prison_years = 5,
                      conduct = { "bribery_passive_solicit", "bribery_passive_accept", "bribery_indirect" } },
      },
      no_offence_for = {
        { conduct = "bribery_third_party_beneficiary", source = "Penal Code art. 433-1",
          note = "The advantage must be for the official himself." },
      },
    },
    expect = { ["untoc:8.1.a"] = "partly_met", ["untoc:8.1.b"] = "partly_met" },
  },
  {
    name = "a modality covered by the passive offence only does not count for active bribery",
    profile = {
      offences = {
        pc_433_1 = { name = "Active bribery", source = "Penal Code art. 433-1", max_prison_years = 5,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                 "bribery_third_party_beneficiary" } },
        pc_432_11 = { name = "Passive bribery", source = "Penal Code art. 432-11", max_prison_years = 5,
                      conduct = { "bribery_passive_solicit", "bribery_passive_accept",
                                  "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "unknown", ["untoc:8.1.b"] = "met" },
  },
  {
    name = "only the giving of a bribe is an offence: active bribery partly met",
    profile = {
      offences = {
        pc_210 = { name = "Bribing an official", source = "Penal Code s. 210", max_prison_years = 3,
                   conduct = { "bribery_active_give", "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
      no_offence_for = {
        { conduct = "bribery_active_promise", note = "A mere promise is not punishable." },
        { conduct = "bribery_active_offer", note = "An offer not accepted is not punishable." },
      },
    },
    expect = { ["untoc:8.1.a"] = "partly_met" },
  },
  {
    name = "solicitation covered, acceptance not stated: passive bribery unknown",
    profile = {
      offences = {
        pc_211 = { name = "Soliciting a bribe", source = "Penal Code s. 211", max_prison_years = 3,
                   conduct = { "bribery_passive_solicit", "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.b"] = "unknown" },
  },
  {
    name = "no bribery offence at all: paragraph 1 not met",
    profile = {
      no_offence_for = {
        { conduct = "bribery_active_promise" }, { conduct = "bribery_active_offer" }, { conduct = "bribery_active_give" },
        { conduct = "bribery_passive_solicit" }, { conduct = "bribery_passive_accept" },
      },
    },
    expect = { ["untoc:8.1.a"] = "not_met", ["untoc:8.1.b"] = "not_met" },
  },
  {
    name = "nothing known about corruption offences",
    profile = {},
    expect = {
      ["untoc:8.1.a"] = "unknown", ["untoc:8.1.b"] = "unknown",
      ["untoc:8.2#foreign-officials"] = "unknown", ["untoc:8.2#other-corruption"] = "unknown",
      ["untoc:8.3"] = "unknown",
    },
  },
  {
    name = "bribery offence enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = {
      offences = {
        ac_act_3 = { name = "Bribery", source = "Anti-Corruption Act 2012 s. 3", from = "2012-07-01", max_prison_years = 7,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                 "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "unknown" },
  },
  {
    name = "the same offence counts once in force",
    profile = {
      offences = {
        ac_act_3 = { name = "Bribery", source = "Anti-Corruption Act 2012 s. 3", from = "2012-07-01", max_prison_years = 7,
                     conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                 "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
    },
    expect = { ["untoc:8.1.a"] = "met" },
  },
  {
    name = "bribery offence repealed without replacement: not met",
    profile = {
      offences = {
        old_pc_120 = { name = "Bribery", source = "Penal Code 1950 s. 120", repealed = "2020-01-01", max_prison_years = 5,
                       conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                   "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
      no_offence_for = {
        { conduct = "bribery_active_promise" }, { conduct = "bribery_active_offer" }, { conduct = "bribery_active_give" },
      },
    },
    expect = { ["untoc:8.1.a"] = "not_met" },
  },
  {
    name = "the repealed offence counted while in force",
    as_of = "2015-01-01",
    profile = {
      offences = {
        old_pc_120 = { name = "Bribery", source = "Penal Code 1950 s. 120", repealed = "2020-01-01", max_prison_years = 5,
                       conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                   "bribery_indirect", "bribery_third_party_beneficiary" } },
      },
      no_offence_for = {
        { conduct = "bribery_active_promise" }, { conduct = "bribery_active_offer" }, { conduct = "bribery_active_give" },
      },
    },
    expect = { ["untoc:8.1.a"] = "met" },
  },
  {
    name = "foreign bribery, active and passive, criminalized",
    profile = {
      offences = {
        pc_435_3 = { name = "Active bribery of foreign public officials", source = "Penal Code art. 435-3", max_prison_years = 10,
                     conduct = { "bribery_active_foreign_official" } },
        pc_435_1 = { name = "Passive bribery of foreign public officials", source = "Penal Code art. 435-1", max_prison_years = 10,
                     conduct = { "bribery_passive_foreign_official" } },
      },
    },
    expect = { ["untoc:8.2#foreign-officials"] = "met" },
  },
  {
    name = "active foreign bribery only: duty to consider partly met",
    profile = {
      offences = {
        fcpa_like_2 = { name = "Bribery of foreign officials", source = "Foreign Bribery Act s. 2", max_prison_years = 5,
                        conduct = { "bribery_active_foreign_official" } },
      },
      no_offence_for = { { conduct = "bribery_passive_foreign_official" } },
    },
    expect = { ["untoc:8.2#foreign-officials"] = "partly_met" },
  },
  {
    name = "no foreign bribery offence, stated as never considered: duty to consider not met",
    profile = {
      no_offence_for = { { conduct = "bribery_active_foreign_official", considered = { outcome = "not_considered", source = "Answer to the review questionnaire, 2022" } },
                         { conduct = "bribery_passive_foreign_official", considered = { outcome = "not_considered" } } },
    },
    expect = { ["untoc:8.2#foreign-officials"] = "not_met" },
  },
  {
    name = "no foreign bribery offence, consideration not recorded: unknown (not 'not considered')",
    profile = {
      no_offence_for = { { conduct = "bribery_active_foreign_official" }, { conduct = "bribery_passive_foreign_official" } },
    },
    expect = { ["untoc:8.2#foreign-officials"] = "unknown" },
  },
  {
    name = "no foreign bribery offence, creation considered and declined: duty to consider met",
    profile = {
      no_offence_for = {
        { conduct = "bribery_active_foreign_official", considered = { outcome = "declined", date = "2019-05-02", source = "Law Commission Report No. 12 (2019)" } },
        { conduct = "bribery_passive_foreign_official", considered = { outcome = "pending", source = "Bill 45 of 2023" } },
      },
    },
    expect = { ["untoc:8.2#foreign-officials"] = { status = "met", option = "considered" } },
  },
  {
    name = "trading in influence criminalized, other forms not stated: met",
    profile = {
      offences = {
        pc_433_2 = { name = "Trading in influence", source = "Penal Code art. 433-2", max_prison_years = 5,
                     conduct = { "corruption_trading_in_influence" } },
      },
    },
    expect = { ["untoc:8.2#other-corruption"] = "met" },
  },
  {
    name = "no other form of corruption criminalized, consideration not recorded: unknown",
    profile = {
      no_offence_for = {
        { conduct = "corruption_trading_in_influence" }, { conduct = "corruption_private_sector" },
        { conduct = "corruption_embezzlement" }, { conduct = "corruption_abuse_of_functions" },
      },
    },
    expect = { ["untoc:8.2#other-corruption"] = "unknown" },
  },
  {
    name = "no other form of corruption criminalized, one stated as never considered: not met",
    profile = {
      no_offence_for = {
        { conduct = "corruption_trading_in_influence", considered = { outcome = "declined" } },
        { conduct = "corruption_private_sector", considered = { outcome = "not_considered" } },
        { conduct = "corruption_embezzlement", considered = { outcome = "declined" } },
        { conduct = "corruption_abuse_of_functions", considered = { outcome = "declined" } },
      },
    },
    expect = { ["untoc:8.2#other-corruption"] = "not_met" },
  },
  {
    name = "no statement of absence before 2015, the offence created then: dated no_offence_for",
    as_of = "2014-06-01",
    profile = {
      offences = { pc_9 = { name = "Trading in influence", source = "Penal Code art. 9", from = "2015-01-01", max_prison_years = 5,
                            conduct = { "corruption_trading_in_influence" } } },
      no_offence_for = {
        { conduct = "corruption_trading_in_influence", repealed = "2015-01-01", considered = { outcome = "declined" } },
        { conduct = "corruption_private_sector", considered = { outcome = "declined" } },
        { conduct = "corruption_embezzlement", considered = { outcome = "declined" } },
        { conduct = "corruption_abuse_of_functions", considered = { outcome = "declined" } },
      },
    },
    expect = { ["untoc:8.2#other-corruption"] = { status = "met", option = "considered" } },
  },
  {
    name = "private-sector bribery not criminalized, other forms not stated: unknown",
    profile = { no_offence_for = { { conduct = "corruption_private_sector" } } },
    expect = { ["untoc:8.2#other-corruption"] = "unknown" },
  },
  {
    name = "general-part complicity reaches the corruption offences",
    profile = { general_part = { complicity = { adopted = true, source = "Penal Code art. 121-7" } } },
    expect = { ["untoc:8.3"] = "met" },
  },
  {
    name = "complicity punished only for felonies: partly met",
    profile = {
      general_part = {
        complicity = { adopted = "partly", source = "Penal Code s. 27",
                       missing = { "complicity in misdemeanours, which include passive bribery" } },
      },
    },
    expect = { ["untoc:8.3"] = "partly_met" },
  },
  {
    name = "no punishment of accomplices",
    profile = { general_part = { complicity = { adopted = false } } },
    expect = { ["untoc:8.3"] = "not_met" },
  },
}

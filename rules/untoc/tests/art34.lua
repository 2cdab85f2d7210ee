-- Test cases for UNTOC article 34(2) (rules/untoc/art34.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
return {
  {
    name = "no offence of arts 5, 6, 8 or 23 in the profile: unknown",
    profile = {},
    expect = { ["untoc:34.2"] = "unknown" },
  },
  {
    name = "offences of arts 5, 6, 8 and 23 with no transnational or group element: met",
    profile = {
      offences = {
        criminal_org = { name = "Participation in a criminal organisation", source = "Penal Code art. 416", max_prison_years = 7,
                         conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                         requires = { "organized_group" } },
        laundering = { name = "Money laundering", source = "Penal Code art. 305bis", max_prison_years = 5,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
        bribery = { name = "Bribery of public officials", source = "Penal Code art. 322ter", max_prison_years = 5,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_indirect" } },
        obstruction = { name = "Witness tampering", source = "Penal Code art. 307", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
      },
    },
    expect = { ["untoc:34.2"] = "met" },
  },
  {
    name = "conspiracy offence requiring an organized criminal group: allowed by art. 5, met",
    profile = {
      offences = {
        conspiracy = { name = "Organised conspiracy", source = "Criminal Code s. 21A", conduct = { "participation_conspiracy" },
                       requires = { "organized_group", "overt_act" } },
        leading = { name = "Directing a criminal organisation", source = "Criminal Code s. 21B",
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, requires = { "organized_group" } },
      },
    },
    expect = { ["untoc:34.2"] = "met" },
  },
  {
    name = "participation offence limited to transnational groups: not met (art. 5 allows a group, never transnationality)",
    profile = {
      offences = {
        criminal_org = { name = "Participation in a transnational criminal organisation", source = "Organised Crime Act s. 3",
                         conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                         requires = { "organized_group", "transnational" } },
      },
    },
    expect = { ["untoc:34.2"] = "not_met" },
  },
  {
    name = "laundering punished only when transnational, bribery without such element: partly met",
    profile = {
      offences = {
        laundering = { name = "International money laundering", source = "Anti-Laundering Act s. 2",
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" }, requires = { "transnational" } },
        bribery = { name = "Bribery", source = "Penal Code s. 118", conduct = { "bribery_active_give", "bribery_passive_accept" } },
      },
    },
    expect = { ["untoc:34.2"] = "partly_met" },
  },
  {
    name = "bribery punished only when committed within an organized criminal group: not met",
    profile = {
      offences = {
        bribery = { name = "Organised corruption", source = "Organised Crime Act s. 9",
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                "bribery_passive_solicit", "bribery_passive_accept" },
                    requires = { "organized_group" } },
      },
    },
    expect = { ["untoc:34.2"] = "not_met" },
  },
  {
    name = "one offence covering art. 5 and art. 6 conduct and requiring a group: the group is allowed for art. 5 only, partly met",
    profile = {
      offences = {
        association = { name = "Criminal association for laundering", source = "Penal Code art. 450-1",
                        conduct = { "participation_conspiracy", "laundering_association_conspiracy" },
                        requires = { "organized_group" } },
      },
    },
    expect = { ["untoc:34.2"] = "partly_met" },
  },
  {
    name = "an aggravated transnational form alongside the basic laundering offence: met",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code art. 324-1",
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        laundering_aggr = { name = "Aggravated money laundering", source = "Penal Code art. 324-2",
                            conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                            requires = { "organized_group", "transnational" } },
      },
    },
    expect = { ["untoc:34.2"] = "met" },
  },
  {
    name = "obstruction offence requiring transnationality replaced in 2018: not met before",
    as_of = "2015-01-01",
    profile = {
      offences = {
        obstruction_old = { name = "Interference with witnesses in transnational cases", source = "Justice Act 1999 s. 12",
                            conduct = { "obstruction_witness_force_threats", "obstruction_official_force_threats" },
                            requires = { "transnational" }, repealed = "2018-03-01" },
        obstruction_new = { name = "Obstruction of justice", source = "Penal Code s. 140 (as amended 2018)",
                            conduct = { "obstruction_witness_force_threats", "obstruction_official_force_threats" },
                            from = "2018-03-01" },
      },
    },
    expect = { ["untoc:34.2"] = "not_met" },
  },
  {
    name = "obstruction offence requiring transnationality replaced in 2018: met after",
    profile = {
      offences = {
        obstruction_old = { name = "Interference with witnesses in transnational cases", source = "Justice Act 1999 s. 12",
                            conduct = { "obstruction_witness_force_threats", "obstruction_official_force_threats" },
                            requires = { "transnational" }, repealed = "2018-03-01" },
        obstruction_new = { name = "Obstruction of justice", source = "Penal Code s. 140 (as amended 2018)",
                            conduct = { "obstruction_witness_force_threats", "obstruction_official_force_threats" },
                            from = "2018-03-01" },
      },
    },
    expect = { ["untoc:34.2"] = "met" },
  },
  {
    name = "only art. 8(2) offences (foreign bribery, trading in influence) in the profile: outside 34(2) here, unknown",
    profile = {
      offences = {
        foreign_bribery = { name = "Bribery of foreign officials", source = "Penal Code s. 119",
                            conduct = { "bribery_active_foreign_official" }, requires = { "transnational" } },
        influence = { name = "Trading in influence", source = "Penal Code s. 120",
                      conduct = { "corruption_trading_in_influence" }, requires = { "organized_group" } },
      },
    },
    expect = { ["untoc:34.2"] = "unknown" },
  },
}

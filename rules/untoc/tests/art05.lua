-- Test cases for UNTOC article 5 (rules/untoc/art05.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  -- 5(1)(a): the options ------------------------------------------------------
  {
    name = "conspiracy offence reaching every offence: 5(1)(a) met through option (i)",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10,
                       conduct = { "participation_conspiracy" }, mental = { "intent" },
                       aims_at = { scope = "all_offences", source = "Criminal Code s. 21(1)" } },
      },
    },
    expect = {
      ["untoc:5.1.a"] = { status = "met", option = "i" },
      ["untoc:5.3#coverage"] = "not_applicable",
      ["untoc:5.3#notification"] = "not_applicable",
    },
  },
  {
    name = "participation offence only, conspiracy declared absent: 5(1)(a) met through option (ii); 5(3) does not apply",
    profile = {
      offences = {
        criminal_org = { name = "Participation in a criminal organisation", source = "Penal Code art. 416", max_prison_years = 7,
                         conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                         requires = { "organized_group" },
                         aims_at = { scope = "threshold", threshold_prison_years = 4 } },
      },
      no_offence_for = { { conduct = "participation_conspiracy", note = "Civil law system: no conspiracy offence." } },
    },
    expect = {
      ["untoc:5.1.a"] = { status = "met", option = "ii" },
      ["untoc:5.3#coverage"] = "not_applicable",
      ["untoc:5.3#notification"] = "not_applicable",
    },
  },
  {
    name = "conspiracy and participation both criminalized: 5(1)(a) met through both options",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10,
                       conduct = { "participation_conspiracy" }, aims_at = { scope = "all_offences" } },
        criminal_org = { name = "Participation in a criminal organisation", source = "Criminal Code s. 22", max_prison_years = 7,
                         conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                         requires = { "organized_group" }, aims_at = { scope = "threshold", threshold_prison_years = 3 } },
      },
    },
    expect = { ["untoc:5.1.a"] = { status = "met", option = "both" } },
  },
  {
    name = "conspiracy limited to crimes punishable by 5 years while robbery carries 4: 5(1)(a) partly met",
    profile = {
      offences = {
        conspiracy = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                       conduct = { "participation_conspiracy" },
                       aims_at = { scope = "threshold", threshold_prison_years = 5 } },
        robbery = { name = "Robbery", source = "Penal Code art. 311", max_prison_years = 4 },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = "partly_met" },
  },
  {
    name = "5-year threshold but closed penalty scale with no maximum between 4 and 5 years: 5(1)(a) met through option (i)",
    profile = {
      offences = {
        conspiracy = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                       conduct = { "participation_conspiracy" },
                       aims_at = { scope = "threshold", threshold_prison_years = 5 } },
      },
      penalty_scale = { max_prison_years = { 1, 2, 3, 5, 7, 10, 15, 20 }, life_imprisonment = true, closed = true,
                        source = "Penal Code art. 131-4" },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = { status = "met", option = "i" } },
  },
  {
    name = "5-year threshold and closed penalty scale with a 4-year maximum: 5(1)(a) partly met",
    profile = {
      offences = {
        conspiracy = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                       conduct = { "participation_conspiracy" },
                       aims_at = { scope = "threshold", threshold_prison_years = 5 } },
      },
      penalty_scale = { max_prison_years = { 1, 2, 3, 4, 5, 7, 10 }, closed = true, source = "Penal Code art. 131-4" },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = "partly_met" },
  },
  {
    name = "5-year threshold and no penalty scale: whether serious crimes are left out is unknown",
    profile = {
      offences = {
        conspiracy = { name = "Criminal association", source = "Penal Code art. 450-1", max_prison_years = 10,
                       conduct = { "participation_conspiracy" },
                       aims_at = { scope = "threshold", threshold_prison_years = 5 } },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = "unknown" },
  },
  {
    name = "conspiracy offence whose scope (aims_at) is not stated: 5(1)(a) unknown",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" } },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = "unknown" },
  },
  {
    name = "participation in criminal activities only, not in other activities of the group: 5(1)(a) partly met",
    profile = {
      offences = {
        gang = { name = "Gang crime", source = "Criminal Code s. 300", max_prison_years = 6,
                 conduct = { "participation_ocg_criminal_activities" }, requires = { "organized_group" },
                 aims_at = { scope = "all_offences" } },
      },
      no_offence_for = { { conduct = "participation_conspiracy" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = { ["untoc:5.1.a"] = "partly_met" },
  },
  {
    name = "no art. 5 conduct criminalized and no general complicity: 5(1)(a) and 5(1)(b) not met",
    profile = {
      no_offence_for = {
        { conduct = "participation_conspiracy" }, { conduct = "participation_ocg_criminal_activities" },
        { conduct = "participation_ocg_other_activities" }, { conduct = "ocg_crime_organizing" },
        { conduct = "ocg_crime_directing" }, { conduct = "ocg_crime_aiding_abetting" },
        { conduct = "ocg_crime_facilitating_counselling" },
      },
      general_part = { complicity = { adopted = false } },
    },
    expect = {
      ["untoc:5.1.a"] = "not_met",
      ["untoc:5.1.b"] = "not_met",
      ["untoc:5.3#coverage"] = "not_applicable",
      ["untoc:5.3#notification"] = "not_applicable",
    },
  },
  {
    name = "nothing known about article 5",
    profile = {},
    expect = {
      ["untoc:5.1.a"] = "unknown",
      ["untoc:5.1.b"] = "unknown",
      ["untoc:5.2"] = "unknown",
      ["untoc:5.3#coverage"] = "unknown",
      ["untoc:5.3#notification"] = "unknown",
    },
  },
  {
    name = "conspiracy offence repealed and replaced by a narrower one: met before the repeal",
    as_of = "2015-01-01",
    profile = {
      offences = {
        conspiracy_old = { name = "Conspiracy", source = "Criminal Code 1960 s. 21", conduct = { "participation_conspiracy" },
                           aims_at = { scope = "all_offences" }, repealed = "2020-01-01" },
        conspiracy_new = { name = "Organised conspiracy", source = "Criminal Code 2020 s. 90", conduct = { "participation_conspiracy" },
                           requires = { "organized_group" }, aims_at = { scope = "threshold", threshold_prison_years = 10 },
                           from = "2020-01-01" },
        robbery = { name = "Robbery", source = "Criminal Code s. 120", max_prison_years = 5 },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = {
      ["untoc:5.1.a"] = { status = "met", option = "i" },
      ["untoc:5.3#coverage"] = "not_applicable",
    },
  },
  {
    name = "conspiracy offence repealed and replaced by a narrower one: partly met after the repeal",
    profile = {
      offences = {
        conspiracy_old = { name = "Conspiracy", source = "Criminal Code 1960 s. 21", conduct = { "participation_conspiracy" },
                           aims_at = { scope = "all_offences" }, repealed = "2020-01-01" },
        conspiracy_new = { name = "Organised conspiracy", source = "Criminal Code 2020 s. 90", conduct = { "participation_conspiracy" },
                           requires = { "organized_group" }, aims_at = { scope = "threshold", threshold_prison_years = 10 },
                           from = "2020-01-01" },
        robbery = { name = "Robbery", source = "Criminal Code s. 120", max_prison_years = 5 },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
    },
    expect = {
      ["untoc:5.1.a"] = "partly_met",
      ["untoc:5.3#coverage"] = "partly_met",
    },
  },

  -- 5(1)(b) -------------------------------------------------------------------
  {
    name = "5(1)(b) met by a specific offence covering all four conducts",
    profile = {
      offences = {
        ocg_crime = { name = "Organising or assisting organised crime", source = "Organised Crime Act s. 4", max_prison_years = 15,
                      conduct = { "ocg_crime_organizing", "ocg_crime_directing", "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" },
                      requires = { "organized_group" }, aims_at = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:5.1.b"] = "met" },
  },
  {
    name = "5(1)(b) met by an offence of leading a criminal organisation plus the general rules on complicity",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, requires = { "organized_group" },
                    aims_at = { scope = "threshold", threshold_prison_years = 4 } },
      },
      general_part = { complicity = { adopted = true, source = "Penal Code arts 26-27" } },
    },
    expect = { ["untoc:5.1.b"] = "met" },
  },
  {
    name = "5(1)(b): general complicity covers aiding and counselling, but organizing and directing are not criminalized: partly met",
    profile = {
      no_offence_for = { { conduct = "ocg_crime_organizing" }, { conduct = "ocg_crime_directing" } },
      general_part = { complicity = { adopted = true, source = "Penal Code arts 26-27" } },
    },
    expect = { ["untoc:5.1.b"] = "partly_met" },
  },
  {
    name = "5(1)(b): leading offence limited to crimes punishable by 10 years, drug trafficking carries 8: partly met",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, requires = { "organized_group" },
                    aims_at = { scope = "threshold", threshold_prison_years = 10 } },
        drugs = { name = "Drug trafficking", source = "Narcotics Act s. 5", max_prison_years = 8 },
      },
      general_part = { complicity = { adopted = true, source = "Penal Code arts 26-27" } },
    },
    expect = { ["untoc:5.1.b"] = "partly_met" },
  },
  {
    name = "5(1)(b): complicity rules not stated and no specific aiding offence: unknown",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, aims_at = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:5.1.b"] = "unknown" },
  },
  {
    name = "5(1)(b): general complicity rules enacted after the as-of date do not count: partly met",
    as_of = "2010-01-01",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, aims_at = { scope = "all_offences" } },
      },
      no_offence_for = { { conduct = "ocg_crime_aiding_abetting" }, { conduct = "ocg_crime_facilitating_counselling" } },
      general_part = { complicity = { adopted = true, source = "Penal Code arts 26-27 (new)", from = "2015-07-01" } },
    },
    expect = { ["untoc:5.1.b"] = "partly_met" },
  },
  {
    name = "5(1)(b): the same complicity rules count once in force",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, aims_at = { scope = "all_offences" } },
      },
      no_offence_for = { { conduct = "ocg_crime_aiding_abetting" }, { conduct = "ocg_crime_facilitating_counselling" } },
      general_part = { complicity = { adopted = true, source = "Penal Code arts 26-27 (new)", from = "2015-07-01" } },
    },
    expect = { ["untoc:5.1.b"] = "met" },
  },
  {
    name = "5(1)(b): general complicity rules adopted only in part, no specific aiding offence: partly met",
    profile = {
      offences = {
        leading = { name = "Leading a criminal organisation", source = "Penal Code art. 416(2)", max_prison_years = 12,
                    conduct = { "ocg_crime_organizing", "ocg_crime_directing" }, aims_at = { scope = "all_offences" } },
      },
      general_part = { complicity = { adopted = "partly", source = "Penal Code art. 26",
                                      missing = { "complicity is punishable only in felonies (crimes), not in misdemeanours punishable by up to 5 years" } } },
    },
    expect = { ["untoc:5.1.b"] = "partly_met" },
  },

  -- 5(2) ----------------------------------------------------------------------
  {
    name = "5(2): knowledge may be inferred from objective circumstances (optional measure adopted)",
    profile = { general_part = { inference_from_circumstances = { adopted = true, source = "Evidence Act s. 12; Supreme Court case law" } } },
    expect = { ["untoc:5.2"] = "met" },
  },
  {
    name = "5(2): no inference from circumstances (optional measure not adopted, not a gap)",
    profile = { general_part = { inference_from_circumstances = { adopted = false } } },
    expect = { ["untoc:5.2"] = "not_met" },
  },

  -- 5(3) ----------------------------------------------------------------------
  {
    name = "conspiracy requires an organized criminal group, reaches every offence, notified at ratification: 5(3) met",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy within an organised criminal group", source = "Criminal Code s. 21A",
                       conduct = { "participation_conspiracy" }, requires = { "organized_group" },
                       aims_at = { scope = "all_offences" } },
      },
      notifications = { { provision = "untoc:5.3", date = "2003-01-15", content = "Domestic law requires the involvement of an organized criminal group." } },
    },
    expect = {
      ["untoc:5.1.a"] = { status = "met", option = "i" },
      ["untoc:5.3#coverage"] = "met",
      ["untoc:5.3#notification"] = "met",
    },
  },
  {
    name = "conspiracy requires a group and is limited to listed crimes, no notification: coverage partly met, notification not met",
    profile = {
      offences = {
        conspiracy = { name = "Organised conspiracy", source = "Criminal Code s. 21A", conduct = { "participation_conspiracy" },
                       requires = { "organized_group" }, aims_at = { scope = "list", offences = { "drugs" } } },
        drugs = { name = "Drug trafficking", source = "Narcotics Act s. 5", max_prison_years = 10 },
        robbery = { name = "Robbery", source = "Criminal Code s. 120", max_prison_years = 10 },
      },
      no_offence_for = { { conduct = "participation_ocg_criminal_activities" }, { conduct = "participation_ocg_other_activities" } },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15" } },
    },
    expect = {
      ["untoc:5.1.a"] = "partly_met",
      ["untoc:5.3#coverage"] = "partly_met",
      ["untoc:5.3#notification"] = "not_met",
    },
  },
  {
    name = "conspiracy requires a group but its scope is not stated: 5(3) coverage unknown",
    profile = {
      offences = {
        conspiracy = { name = "Organised conspiracy", source = "Criminal Code s. 21A", conduct = { "participation_conspiracy" },
                       requires = { "organized_group" } },
      },
    },
    expect = { ["untoc:5.3#coverage"] = "unknown" },
  },
  {
    name = "conspiracy requires an overt act only, notified: 5(3) coverage does not apply, notification met",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" },
                       requires = { "overt_act" }, aims_at = { scope = "all_offences" } },
      },
      notifications = { { provision = "untoc:5.3", date = "2000-12-12", content = "An overt act is required." } },
    },
    expect = {
      ["untoc:5.1.a"] = { status = "met", option = "i" },
      ["untoc:5.3#coverage"] = "not_applicable",
      ["untoc:5.3#notification"] = "met",
    },
  },
  {
    name = "conspiracy requires an overt act, the profile lists no notifications: notification unknown",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" },
                       requires = { "overt_act" }, aims_at = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:5.3#coverage"] = "not_applicable", ["untoc:5.3#notification"] = "unknown" },
  },
  {
    name = "notification made after deposit still informs the depositary: met",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" },
                       requires = { "overt_act" }, aims_at = { scope = "all_offences" } },
      },
      notifications = { { provision = "untoc:5.3", date = "2005-06-01" } },
    },
    expect = { ["untoc:5.3#notification"] = "met" },
  },
  {
    name = "notification dated after the as-of date does not count: not met",
    as_of = "2004-01-01",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" },
                       requires = { "overt_act" }, aims_at = { scope = "all_offences" } },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15" }, { provision = "untoc:5.3", date = "2005-06-01" } },
    },
    expect = { ["untoc:5.3#notification"] = "not_met" },
  },
  {
    name = "a general conspiracy offence without extra elements alongside an organised one: 5(3) does not apply",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", conduct = { "participation_conspiracy" },
                       aims_at = { scope = "all_offences" } },
        conspiracy_ocg = { name = "Organised conspiracy", source = "Criminal Code s. 21A", conduct = { "participation_conspiracy" },
                           requires = { "organized_group", "overt_act" }, aims_at = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:5.3#coverage"] = "not_applicable", ["untoc:5.3#notification"] = "not_applicable" },
  },
}

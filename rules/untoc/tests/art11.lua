-- Test cases for UNTOC article 11 (rules/untoc/art11.lua).
return {
  -- Paragraph 1 ------------------------------------------------------------
  {
    name = "11(1): every offence of arts 5, 6, 8 and 23 carries imprisonment",
    profile = {
      offences = {
        t_5 = { name = "Participation in a criminal organization", source = "Penal Code s. 210", max_prison_years = 10,
                conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" } },
        t_121 = { name = "Complicity", source = "Penal Code s. 30",
                  conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling", "laundering_aiding_abetting" } },
        t_6 = { name = "Money laundering", source = "Penal Code s. 310", max_prison_years = 12,
                conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        t_8a = { name = "Active bribery", source = "Penal Code s. 401", life_imprisonment = true,
                 conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give" } },
        t_8p = { name = "Passive bribery", source = "Penal Code s. 402", max_prison_years = 10,
                 conduct = { "bribery_passive_solicit", "bribery_passive_accept" } },
        t_23 = { name = "Witness tampering", source = "Penal Code s. 520", max_prison_years = 3,
                 conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:11.1"] = "met" },
  },
  {
    name = "11(1): no offence known at all",
    profile = {},
    expect = { ["untoc:11.1"] = "unknown" },
  },
  {
    name = "11(1): obstruction punishable by a fine only: partly met",
    profile = {
      offences = {
        t_5 = { name = "Conspiracy", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        t_6 = { name = "Money laundering", source = "Penal Code s. 310", max_prison_years = 8, conduct = { "laundering_conversion_transfer" } },
        t_8 = { name = "Bribery", source = "Penal Code s. 401", max_prison_years = 7, conduct = { "bribery_active_give", "bribery_passive_accept" } },
        t_23 = { name = "Interference with witnesses", source = "Penal Code s. 520", max_prison_years = 0,
                 conduct = { "obstruction_witness_force_threats" }, note = "Fine only." },
      },
    },
    expect = { ["untoc:11.1"] = "partly_met" },
  },
  {
    name = "11(1): every offence punishable by a fine only: not met",
    profile = {
      offences = {
        t_5 = { name = "Conspiracy", source = "Penal Code s. 200", max_prison_years = 0, conduct = { "participation_conspiracy" } },
        t_6 = { name = "Money laundering", source = "Penal Code s. 310", max_prison_years = 0, conduct = { "laundering_conversion_transfer" } },
        t_8 = { name = "Bribery", source = "Penal Code s. 401", max_prison_years = 0, conduct = { "bribery_active_give" } },
        t_23 = { name = "Interference with witnesses", source = "Penal Code s. 520", max_prison_years = 0, conduct = { "obstruction_witness_force_threats" } },
      },
    },
    expect = { ["untoc:11.1"] = "not_met" },
  },
  {
    name = "11(1): a penalty not stated keeps the finding unknown",
    profile = {
      offences = {
        t_5 = { name = "Conspiracy", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        t_6 = { name = "Money laundering", source = "Penal Code s. 310", conduct = { "laundering_conversion_transfer" } },
        t_8 = { name = "Bribery", source = "Penal Code s. 401", max_prison_years = 7, conduct = { "bribery_active_give" } },
        t_23 = { name = "Interference with witnesses", source = "Penal Code s. 520", max_prison_years = 5, conduct = { "obstruction_witness_force_threats" } },
      },
    },
    expect = { ["untoc:11.1"] = "unknown" },
  },
  {
    name = "11(1): obstruction declared absent is reported under art. 23, not here",
    profile = {
      offences = {
        t_5 = { name = "Conspiracy", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        t_6 = { name = "Money laundering", source = "Penal Code s. 310", max_prison_years = 8, conduct = { "laundering_conversion_transfer" } },
        t_8 = { name = "Bribery", source = "Penal Code s. 401", max_prison_years = 7, conduct = { "bribery_active_give" } },
      },
      no_offence_for = {
        { conduct = "obstruction_witness_force_threats", source = "Penal Code" },
        { conduct = "obstruction_witness_undue_advantage", source = "Penal Code" },
        { conduct = "obstruction_official_force_threats", source = "Penal Code" },
      },
    },
    expect = { ["untoc:11.1"] = "met" },
  },
  {
    name = "11(1): no offence of arts 5, 6, 8 or 23 at all (all declared absent): not applicable",
    profile = {
      no_offence_for = {
        { conduct = "participation_conspiracy" }, { conduct = "participation_ocg_criminal_activities" },
        { conduct = "participation_ocg_other_activities" }, { conduct = "ocg_crime_organizing" },
        { conduct = "ocg_crime_directing" }, { conduct = "ocg_crime_aiding_abetting" },
        { conduct = "ocg_crime_facilitating_counselling" },
        { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" },
        { conduct = "laundering_acquisition_possession_use" }, { conduct = "laundering_association_conspiracy" },
        { conduct = "laundering_attempt" }, { conduct = "laundering_aiding_abetting" },
        { conduct = "bribery_active_promise" }, { conduct = "bribery_active_offer" }, { conduct = "bribery_active_give" },
        { conduct = "bribery_passive_solicit" }, { conduct = "bribery_passive_accept" },
        { conduct = "bribery_indirect" }, { conduct = "bribery_third_party_beneficiary" },
        { conduct = "obstruction_witness_force_threats" }, { conduct = "obstruction_witness_undue_advantage" },
        { conduct = "obstruction_official_force_threats" },
      },
    },
    expect = { ["untoc:11.1"] = "not_applicable" },
  },
  {
    name = "11(1): an offence repealed before the as-of date no longer counts",
    profile = {
      offences = {
        t_5 = { name = "Conspiracy", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        t_6 = { name = "Money laundering (old)", source = "AML Act 1999, s. 4", max_prison_years = 6, repealed = "2020-01-01",
                conduct = { "laundering_conversion_transfer" } },
        t_8 = { name = "Bribery", source = "Penal Code s. 401", max_prison_years = 7, conduct = { "bribery_active_give" } },
        t_23 = { name = "Interference with witnesses", source = "Penal Code s. 520", max_prison_years = 5, conduct = { "obstruction_witness_force_threats" } },
      },
    },
    expect = { ["untoc:11.1"] = "unknown" },
  },

  -- Paragraph 2 ------------------------------------------------------------
  {
    name = "11(2): opportunity of prosecution guided by criminal-policy instructions",
    profile = { prosecution = { discretion = { adopted = true, system = "opportunity", source = "Code of Criminal Procedure, s. 40; Prosecution Guidelines 2019" } } },
    expect = { ["untoc:11.2"] = { status = "met", option = "opportunity" } },
  },
  {
    name = "11(2): legality with exceptions, guided",
    profile = { prosecution = { discretion = { adopted = true, system = "legality_with_exceptions", source = "Code of Criminal Procedure, ss. 153-154" } } },
    expect = { ["untoc:11.2"] = { status = "met", option = "legality_with_exceptions" } },
  },
  {
    name = "11(2): strict legality, no discretion: not applicable",
    profile = { prosecution = { discretion = { system = "strict_legality", source = "Constitution, art. 112" } } },
    expect = { ["untoc:11.2"] = "not_applicable" },
  },
  {
    name = "11(2): discretion without any guidance",
    profile = { prosecution = { discretion = { adopted = false, system = "opportunity", note = "No guidelines on the use of prosecutorial discretion." } } },
    expect = { ["untoc:11.2"] = "not_met" },
  },
  {
    name = "11(2): guidance in part",
    profile = { prosecution = { discretion = { adopted = "partly", source = "Prosecution Guidelines", missing = { "Plea agreements are not covered." } } } },
    expect = { ["untoc:11.2"] = "partly_met" },
  },
  {
    name = "11(2): efforts made without a measure in force",
    profile = { prosecution = { discretion = { adopted = false, considered = true, source = "Draft guidelines under consultation (2025)" } } },
    expect = { ["untoc:11.2"] = { status = "met", option = "considered" } },
  },

  -- Paragraph 3 ------------------------------------------------------------
  {
    name = "11(3): conditions of release pending trial and appeal",
    profile = {
      prosecution = {
        release_pending_trial = { adopted = true, source = "Code of Criminal Procedure, s. 130 (bail conditions)" },
        release_pending_appeal = { adopted = true, source = "Code of Criminal Procedure, s. 390" },
      },
    },
    expect = { ["untoc:11.3"] = "met" },
  },
  {
    name = "11(3): pending trial only: partly met",
    profile = {
      prosecution = {
        release_pending_trial = { adopted = true, source = "Code of Criminal Procedure, s. 130" },
        release_pending_appeal = { adopted = false, note = "A convicted person released pending appeal is subject to no condition." },
      },
    },
    expect = { ["untoc:11.3"] = "partly_met" },
  },
  {
    name = "11(3): neither: not met",
    profile = {
      prosecution = {
        release_pending_trial = { adopted = false },
        release_pending_appeal = { adopted = false },
      },
    },
    expect = { ["untoc:11.3"] = "not_met" },
  },
  {
    name = "11(3) to 11(5): nothing stated",
    profile = {},
    expect = { ["untoc:11.2"] = "unknown", ["untoc:11.3"] = "unknown", ["untoc:11.4"] = "unknown", ["untoc:11.5"] = "unknown" },
  },

  -- Paragraph 4 ------------------------------------------------------------
  {
    name = "11(4): gravity of the offence among the criteria for parole",
    profile = { prosecution = { early_release = { adopted = true, available = true, source = "Sentencing Act, s. 70" } } },
    expect = { ["untoc:11.4"] = "met" },
  },
  {
    name = "11(4): parole without regard to the gravity of the offence",
    profile = { prosecution = { early_release = { adopted = false, note = "Automatic release after half the sentence." } } },
    expect = { ["untoc:11.4"] = "not_met" },
  },
  {
    name = "11(4): no early release or parole at all: not applicable",
    profile = { prosecution = { early_release = { available = false, source = "Sentencing Act, s. 2" } } },
    expect = { ["untoc:11.4"] = "not_applicable" },
  },
  {
    name = "11(4): gravity borne in mind for some offences only",
    profile = { prosecution = { early_release = { adopted = "partly", source = "Sentencing Act, s. 70", missing = { "Not for laundering." } } } },
    expect = { ["untoc:11.4"] = "partly_met" },
  },

  -- Paragraph 5 ------------------------------------------------------------
  {
    name = "11(5): long period, suspended while the offender absconds",
    profile = {
      prosecution = {
        limitation = { adopted = true, years = 15, source = "Penal Code, s. 80" },
        limitation_evasion = { adopted = true, source = "Penal Code, s. 83 (suspension while abroad)" },
      },
    },
    expect = { ["untoc:11.5"] = { status = "met", option = "limitation-periods" } },
  },
  {
    name = "11(5): no limitation period at all",
    profile = { prosecution = { limitation = { adopted = true, no_limitation = true, source = "Criminal Procedure Act (no limitation for indictable offences)" } } },
    expect = { ["untoc:11.5"] = { status = "met", option = "no-limitation" } },
  },
  {
    name = "11(5): long period but no longer period for evasion: partly met",
    profile = {
      prosecution = {
        limitation = { adopted = true, years = 10, source = "Penal Code, s. 80" },
        limitation_evasion = { adopted = false },
      },
    },
    expect = { ["untoc:11.5"] = "partly_met" },
  },
  {
    name = "11(5): short period, nothing for evasion: not met",
    profile = {
      prosecution = {
        limitation = { adopted = false, years = 2, source = "Penal Code, s. 80" },
        limitation_evasion = { adopted = false },
      },
    },
    expect = { ["untoc:11.5"] = "not_met" },
  },
  {
    name = "11(5): shortcoming explained under 'where appropriate'",
    profile = {
      principles = {
        { provisions = { "untoc:11.5" },
          statement = "Trials in absentia are held once the limitation period runs, so a longer period is not needed.",
          source = "Code of Criminal Procedure, s. 500" },
      },
      prosecution = {
        limitation = { adopted = true, years = 12, source = "Penal Code, s. 80" },
        limitation_evasion = { adopted = false },
      },
    },
    expect = { ["untoc:11.5"] = { status = "met", option = "where-appropriate" } },
  },
  {
    name = "11(5): evasion rule stated, period not stated",
    profile = { prosecution = { limitation_evasion = { adopted = true, source = "Penal Code, s. 83" } } },
    expect = { ["untoc:11.5"] = "unknown" },
  },
}

-- Test cases for Directive 2004/81/EC article 8 (rules/eu-2004-81/art08.lua).
return {
  {
    name = "permit on the three criteria, valid one year, renewable",
    profile = { victim_residence = {
      permit = { adopted = true, source = "Aliens Act s. 41" },
      permit_validity = { adopted = true, months = 12, source = "Aliens Act s. 41(2)" },
      permit_renewal = { adopted = true, source = "Aliens Act s. 41(3)" } } },
    expect = { ["eu-2004-81:8.1"] = "met", ["eu-2004-81:8.3#validity"] = "met", ["eu-2004-81:8.3#renewal"] = "met" },
  },
  {
    name = "exactly six months meets 8(3)",
    profile = { victim_residence = { permit_validity = { adopted = true, months = 6, source = "Aliens Act s. 41(2)" } } },
    expect = { ["eu-2004-81:8.3#validity"] = "met" },
  },
  {
    name = "a three-month permit: 8(3) partly met (a permit, too short)",
    profile = { victim_residence = { permit_validity = { adopted = true, months = 3, source = "Aliens Act s. 41(2)" } } },
    expect = { ["eu-2004-81:8.3#validity"] = "partly_met" },
  },
  {
    name = "no permit, no renewal",
    profile = { victim_residence = { permit = { adopted = false }, permit_validity = { adopted = false }, permit_renewal = { adopted = false } } },
    expect = { ["eu-2004-81:8.1"] = "not_met", ["eu-2004-81:8.3#validity"] = "not_met", ["eu-2004-81:8.3#renewal"] = "not_met" },
  },
  {
    name = "permit only after a conviction: partly met",
    profile = { victim_residence = { permit = { adopted = "partly", source = "Aliens Act s. 41", missing = { "a permit during the investigation and proceedings, before any conviction" } } } },
    expect = { ["eu-2004-81:8.1"] = "partly_met" },
  },
  {
    name = "a permit whose length is not given: 8(3) unknown",
    profile = { victim_residence = { permit_validity = { adopted = true, source = "Aliens Act s. 41(2)" } } },
    expect = { ["eu-2004-81:8.3#validity"] = "unknown" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:8.1"] = "unknown", ["eu-2004-81:8.3#validity"] = "unknown", ["eu-2004-81:8.3#renewal"] = "unknown" },
  },
}

-- Test cases for Directive 2004/81/EC article 6 (rules/eu-2004-81/art06.lua).
return {
  {
    name = "a 30-day reflection period, protected, that may be ended",
    profile = { victim_residence = {
      reflection_period = { adopted = true, days = 30, source = "Aliens Decree s. 13" },
      reflection_protection = { adopted = true, source = "Aliens Decree s. 14" },
      reflection_termination = { adopted = true, source = "Aliens Decree s. 15" } } },
    expect = { ["eu-2004-81:6.1"] = "met", ["eu-2004-81:6.2"] = "met", ["eu-2004-81:6.4"] = "met" },
  },
  {
    name = "a reflection period of unstated length still meets 6(1)",
    profile = { victim_residence = { reflection_period = { adopted = true, source = "Aliens Decree s. 13" } } },
    expect = { ["eu-2004-81:6.1"] = "met" },
  },
  {
    name = "no reflection period; expulsion may be enforced during it; no early end",
    profile = { victim_residence = {
      reflection_period = { adopted = false }, reflection_protection = { adopted = false }, reflection_termination = { adopted = false } } },
    expect = { ["eu-2004-81:6.1"] = "not_met", ["eu-2004-81:6.2"] = "not_met", ["eu-2004-81:6.4"] = "not_met" },
  },
  {
    name = "care during the period but expulsion not suspended: 6(2) partly met",
    profile = { victim_residence = { reflection_protection = { adopted = "partly", source = "Aliens Decree s. 14", missing = { "no expulsion order enforced during the period" } } } },
    expect = { ["eu-2004-81:6.2"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:6.1"] = "unknown", ["eu-2004-81:6.2"] = "unknown", ["eu-2004-81:6.4"] = "unknown" },
  },
}

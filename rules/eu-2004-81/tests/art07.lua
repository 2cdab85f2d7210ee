-- Test cases for Directive 2004/81/EC article 7 (rules/eu-2004-81/art07.lua).
return {
  {
    name = "every treatment provided, and free legal aid",
    profile = { victim_residence = {
      subsistence = { adopted = true, source = "Social Aid Act s. 3" },
      vulnerable_needs = { adopted = true, source = "Social Aid Act s. 4" },
      translation = { adopted = true, source = "Aliens Decree s. 16" },
      free_legal_aid = { adopted = true, source = "Legal Aid Act s. 2" } },
      protection = { victim_protection = { adopted = true, source = "Victims' Rights Act s. 9 (also UNTOC art. 25(1))" } } },
    expect = { ["eu-2004-81:7.1"] = "met", ["eu-2004-81:7.2"] = "met", ["eu-2004-81:7.3"] = "met", ["eu-2004-81:7.4"] = "met" },
  },
  {
    name = "subsistence but no attention to the most vulnerable: 7(1) partly met",
    profile = { victim_residence = { subsistence = { adopted = true, source = "Social Aid Act s. 3" }, vulnerable_needs = { adopted = false } } },
    expect = { ["eu-2004-81:7.1"] = "partly_met" },
  },
  {
    name = "nothing provided",
    profile = { victim_residence = {
      subsistence = { adopted = false }, vulnerable_needs = { adopted = false },
      translation = { adopted = false }, free_legal_aid = { adopted = false } },
      protection = { victim_protection = { adopted = false } } },
    expect = { ["eu-2004-81:7.1"] = "not_met", ["eu-2004-81:7.2"] = "not_met", ["eu-2004-81:7.3"] = "not_met", ["eu-2004-81:7.4"] = "not_met" },
  },
  {
    name = "subsistence known, the most vulnerable not stated: 7(1) unknown",
    profile = { victim_residence = { subsistence = { adopted = true, source = "Social Aid Act s. 3" } } },
    expect = { ["eu-2004-81:7.1"] = "unknown", ["eu-2004-81:7.2"] = "unknown", ["eu-2004-81:7.3"] = "unknown", ["eu-2004-81:7.4"] = "unknown" },
  },
}
